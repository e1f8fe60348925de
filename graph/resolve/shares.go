package resolve

import (
	"errors"
	"fmt"
	"sort"

	"newskg/graph"
	"newskg/graph/internal/wire"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
)

// ShareVersion names the resolver's reduction of a document
// (Summarize) and its encoding: a store that kept shares made by
// another version makes them again. Change it whenever what a share
// holds, or what the rules read from it, changes.
const ShareVersion = "share-1"

// Share is one document's share of a resolution: what the rules and
// the entities need of its mentions and relations, reduced once (see
// summary.go). A store keeps the shares of its documents, so that a
// resolution after new documents arrive reads the shares instead of
// every mention, with the same result (ResolveShares).
type Share struct {
	in *docInput     // nil while the share waits in a spill
	sp *spilledShare // where it waits (Summarizer.SpillTo)
}

// input returns the share's docInput, read back from its spill where it
// waits there; err is the failure to read it.
func (s *Share) input() (*docInput, error) {
	if s.in != nil {
		return s.in, nil
	}
	return s.sp.load(s.sp.src.spill)
}

// loaded is input, with a share that cannot be read back taken as
// empty (Spill.Err reports why).
func (s *Share) loaded() *docInput {
	d, err := s.input()
	if err != nil {
		return &docInput{doc: s.sp.doc}
	}
	return d
}

// ErrOtherDocument is returned by Summarize for a relation whose end is
// a mention of another document.
var ErrOtherDocument = errors.New("relation end in another document")

// Summarize reduces one document's output to its share: its mentions
// in the order the extraction gave them, and its relations, whose ends
// are mentions of the document too. The keys of its delegation and
// event mentions may change later (linking events across documents):
// ResolveShares takes the keys they have then.
func Summarize(doc string, mentions []graph.Mention, rels []graph.Relation, base *kb.KB) (*Share, error) {
	return NewSummarizer(base).summarize(doc, mentions, rels, nil)
}

// Summarizer reduces documents to their shares against one knowledge
// base, with one cache of name keys for all of them: a build reduces
// each document as soon as its extraction is done (on every core), so
// that only the shares are held, not every mention and relation.
type Summarizer struct {
	base  *kb.KB
	kc    *keyCache
	spill *Spill // where the shares' evidence goes (nil: kept in the shares)
}

// SpillTo has the Summarizer write the evidence of the shares it makes
// to s (see Spill) instead of keeping it in them: the shares then read
// it back from s, which must stay open until they are resolved or
// encoded. Call it before the first share is made.
func (x *Summarizer) SpillTo(s *Spill) { x.spill = s }

// NewSummarizer returns a Summarizer against base (nil: kb.Starter()).
func NewSummarizer(base *kb.KB) *Summarizer {
	if base == nil {
		base = kb.Starter()
	}
	return &Summarizer{base: base, kc: newKeyCache(base)}
}

// Summarize is the package's Summarize with the order of the
// document's relations among all relations of the resolution: the i-th
// is ordered by ord+i+1 (shares put together order relations by it, as
// Resolve takes them in the order given). It is safe for concurrent use.
func (x *Summarizer) Summarize(doc string, mentions []graph.Mention, rels []graph.Relation, ord int) (*Share, error) {
	ords := make([]int, len(rels))
	for i := range ords {
		ords[i] = ord + i + 1
	}
	return x.summarize(doc, mentions, rels, ords)
}

// summarize checks a document's output and reduces it to its share
// (ords nil: its relations keep their order within the document).
func (x *Summarizer) summarize(doc string, mentions []graph.Mention, rels []graph.Relation, ords []int) (*Share, error) {
	all, err := shareInput(doc, mentions, rels)
	if err != nil {
		return nil, err
	}
	d := summarize(doc, all, rels, ords, x.kc, false)
	if x.spill != nil {
		if err := d.spillEvidence(x.spill); err != nil {
			return nil, err
		}
		sp, err := x.spillShare(d, x.spill)
		if err != nil {
			return nil, err
		}
		return &Share{sp: sp}, nil
	}
	return &Share{in: d}, nil
}

// SummarizeDoc is the package's Summarize by x (its relations keep
// their order within the document, as a store's shares are made); with
// a spill (SpillTo) the share waits there, and ResolveShares reads it
// back one document at a time.
func (x *Summarizer) SummarizeDoc(doc string, mentions []graph.Mention, rels []graph.Relation) (*Share, error) {
	return x.summarize(doc, mentions, rels, nil)
}

// Load returns the share held in memory: s itself, or, where s waits
// in a spill, the share read back (for a caller that reads it more than
// once: each read of a waiting share reads its record again).
func (s *Share) Load() (*Share, error) {
	d, err := s.input()
	if err != nil {
		return nil, err
	}
	return &Share{in: d}, nil
}

// shareInput checks a document's mentions and relations and lists its
// mentions as a share takes them: its own, then its relations' ends.
func shareInput(doc string, mentions []graph.Mention, rels []graph.Relation) ([]graph.Mention, error) {
	all := make([]graph.Mention, 0, len(mentions)+2*len(rels))
	for i, m := range mentions {
		if m.Doc != doc {
			return nil, fmt.Errorf("resolve: mention %d of %s is of document %s", i, doc, m.Doc)
		}
		all = append(all, m)
	}
	for i, r := range rels {
		if r.Subject.Doc != doc || r.Object.Doc != doc {
			return nil, fmt.Errorf("resolve: relation %d of %s: %w", i, doc, ErrOtherDocument)
		}
		all = append(all, r.Subject, r.Object)
	}
	for i, m := range all {
		if err := validMention(i, m); err != nil {
			return nil, err
		}
	}
	return all, nil
}

// ResolveDocShares resolves documents given by their shares as Resolve
// resolves their mentions and relations, the analysts' review included:
// the same graph, byte for byte, when each share was made by a
// Summarizer with the order of its relations among all, and rekey gives
// the keys event linking gave (nil: the keys they have). The shares are
// handed over: the resolution changes them, and they are not to be used
// again.
func ResolveDocShares(docs []graph.DocInfo, shares []*Share, rekey func(graph.Mention) string, opt Options) (*graph.KG, *Report, error) {
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	ins := make([]*docInput, len(shares))
	for i, s := range shares {
		ins[i] = s.in
		if s.in == nil { // read back as the shares are put together
			ins[i] = &docInput{doc: s.sp.doc, spill: s.sp.src.spill, evAt: s.sp.evAt, nrels: s.sp.nrels, lazy: s.sp}
		}
	}
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].doc < ins[j].doc })
	for k := 1; k < len(ins); k++ {
		if ins[k].doc == ins[k-1].doc {
			return nil, nil, fmt.Errorf("resolve: two shares of document %s", ins[k].doc)
		}
	}
	st := assemble(base, ins, rekey, true)
	if st.err != nil {
		return nil, nil, st.err
	}
	st.drop = true
	g, _, rep := st.run(docs, opt.Review, Constraints{})
	if st.err != nil {
		return nil, nil, st.err
	}
	return g, rep, nil
}

// Doc returns the document of a share.
func (s *Share) Doc() string {
	if s.in == nil {
		return s.sp.doc
	}
	return s.in.doc
}

// ShareResolution is the result of ResolveShares. For each share given
// (in that order): Named holds the entity (its id in Graph) of each of
// its named forms (Share.FormSpans), Groups the entity of each of its
// delegation and event mentions (Share.GroupMentions), and Keys the key
// each of those has after linking.
type ShareResolution struct {
	Graph               *graph.KG
	Report              *Report
	Named, Groups, Keys [][]string
	// With Options.Prior: each share's part of the clustering, for the
	// next resolution's Prior (nil when it cannot be kept), the named
	// forms, how many were clustered again, and how many are in the
	// largest interaction component (0: not found; Prior.Measure).
	Clustering                  []Clustering
	Forms, Reclustered, Largest int
}

// ResolveShares resolves documents given by their shares, as
// ResolveSpans resolves their mentions and relations: the same graph,
// with the same ids. docs are the documents' metadata; rekey gives each
// delegation and event mention the key it has after events are linked
// across documents (nil: the key it has). opt.Review is not taken (a
// store gives its decisions as constraints).
func ResolveShares(docs []graph.DocInfo, shares []*Share, rekey func(graph.Mention) string, opt Options, c Constraints) (*ShareResolution, error) {
	if opt.Review != nil && len(opt.Review.Decisions) > 0 {
		return nil, errors.New("resolve: ResolveShares takes constraints, not a review")
	}
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	order := make([]int, len(shares))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return shares[order[i]].Doc() < shares[order[j]].Doc() })
	ins := make([]*docInput, len(shares))
	for k, i := range order {
		in := shares[i].in
		if sp := shares[i].sp; in == nil { // read back as the shares are put together
			in = &docInput{doc: sp.doc, spill: sp.src.spill, evAt: sp.evAt, nrels: sp.nrels, lazy: sp}
		}
		ins[k] = in
		if k > 0 && ins[k].doc == ins[k-1].doc {
			return nil, fmt.Errorf("resolve: two shares of document %s", ins[k].doc)
		}
	}
	st := assemble(base, ins, rekey, false)
	if st.err != nil {
		return nil, st.err
	}
	if opt.Prior != nil {
		st.incr = &incremental{prior: opt.Prior, shareAt: order, measure: opt.Prior.Measure}
		if opt.Prior.Changed == nil {
			st.incr.prior = nil
		}
	}
	res := &ShareResolution{Named: make([][]string, len(shares)), Groups: make([][]string, len(shares)), Keys: make([][]string, len(shares))}
	// what the caller reads of the forms is taken once the entities have
	// their ids, and the forms go before the facts are made, as a
	// build's do: at 10,000 articles the forms were a third of the live
	// heap's peak, in the facts step
	st.taken = func(clusters []*cluster) {
		ent := make([]string, len(st.forms))
		for _, cl := range clusters {
			for _, fi := range cl.forms {
				ent[fi] = cl.entity.ID
			}
		}
		for k, i := range order {
			named := make([]string, len(st.named[k]))
			for j := range named {
				named[j] = ent[st.named[k][j]]
			}
			groups := make([]string, len(st.groups[k]))
			for j := range groups {
				groups[j] = ent[st.groups[k][j]]
			}
			res.Named[i], res.Groups[i], res.Keys[i] = named, groups, st.gkeys[k]
		}
		if st.incr != nil {
			res.Forms, res.Reclustered, res.Largest = st.incr.forms, st.incr.reclustered, st.incr.largest
			if cs := st.clustering(clusters); cs != nil {
				res.Clustering = make([]Clustering, len(shares))
				for k, i := range order {
					res.Clustering[i] = cs[k]
				}
			}
		}
	}
	st.drop, st.once, st.shared = true, true, true
	g, _, rep := st.run(docs, nil, c)
	if st.err != nil {
		return nil, st.err
	}
	res.Graph, res.Report = g, rep
	return res, nil
}

// Forms returns the number of the share's named forms.
func (s *Share) Forms() int { return len(s.loaded().named) }

// FormSpans returns the spans of the mentions of the share's j-th named
// form.
func (s *Share) FormSpans(j int) []Span {
	d := s.loaded()
	spans := d.spans[j]
	out := make([]Span, len(spans))
	for i, x := range spans {
		out[i] = Span{Doc: d.doc, Start: x.start, End: x.end, Type: x.typ, Key: x.key}
	}
	return out
}

// FormSize returns the number of the share's j-th named form's spans
// (len(FormSpans(j)), without making them).
func (s *Share) FormSize(j int) int { return len(s.loaded().spans[j]) }

// Groups returns the number of the share's delegation and event
// mentions (len(GroupMentions()), without making them).
func (s *Share) Groups() int { return len(s.loaded().groups) }

// GroupSpan returns the span of the share's j-th delegation or event
// mention, with the key it had when the share was made
// (SpanOf(GroupMentions()[j]), without making the mentions).
func (s *Share) GroupSpan(j int) Span {
	g := &s.loaded().groups[j].m
	return Span{Doc: g.Doc, Start: int(g.Start), End: int(g.End), Type: g.Type, Key: g.Key}
}

// GroupMentions returns the share's delegation and event mentions, in
// mention order, with the keys they had when it was made.
func (s *Share) GroupMentions() []graph.Mention {
	d := s.loaded()
	out := make([]graph.Mention, len(d.groups))
	for i := range d.groups {
		out[i] = d.groups[i].m.mention()
	}
	return out
}

// MarshalBinary encodes a share (see ShareVersion).
func (s *Share) MarshalBinary() ([]byte, error) {
	d, err := s.input()
	if err != nil {
		return nil, err
	}
	e := wire.NewEncoder()
	e.Str(ShareVersion)
	e.Str(d.doc)
	encodeNamedSpans(e, d, encodeForm)
	e.Uint(len(d.groups))
	for i := range d.groups {
		g := &d.groups[i]
		m := g.m.mention()
		e.Mention(&m)
		e.Uint(int(g.rank))
		e.Uint(int(g.seq))
	}
	evs, err := d.evidence()
	if err != nil {
		return nil, err
	}
	e.Uint(len(d.rels))
	for i := range d.rels {
		r := &d.rels[i]
		e.Int(r.ord)
		e.Str(string(r.pred))
		e.Str(r.role)
		e.Str(r.phrase)
		e.Evidence(&evs[i])
		encodeRef(e, r.s)
		encodeRef(e, r.o)
	}
	return e.Bytes(), nil
}

// UnmarshalShare decodes a share made with the same ShareVersion and
// knowledge base.
func UnmarshalShare(b []byte, base *kb.KB) (*Share, error) {
	if base == nil {
		base = kb.Starter()
	}
	return unmarshalShare(b, base)
}

// ShareDecoder decodes shares against one knowledge base.
type ShareDecoder struct {
	base *kb.KB
}

// NewShareDecoder returns a decoder of shares made with base.
func NewShareDecoder(base *kb.KB) *ShareDecoder {
	if base == nil {
		base = kb.Starter()
	}
	return &ShareDecoder{base}
}

// Decode decodes a share.
func (x *ShareDecoder) Decode(b []byte) (*Share, error) { return unmarshalShare(b, x.base) }

func unmarshalShare(b []byte, base *kb.KB) (*Share, error) {
	r := wire.NewDecoder(b)
	if v := r.Str(); v != ShareVersion {
		if r.Err() != nil {
			return nil, r.Err()
		}
		return nil, fmt.Errorf("resolve: share of version %q, not %q", v, ShareVersion)
	}
	d := &docInput{doc: r.Str()}
	n := r.Len()
	d.named = make([]*form, n)
	d.spans = make([][]spanKey, n)
	for i := 0; i < n && r.Err() == nil; i++ {
		f, err := decodeForm(r, d.doc, base)
		if err != nil {
			return nil, err
		}
		d.named[i] = f
		ns := r.Len()
		d.spans[i] = make([]spanKey, ns)
		for j := range d.spans[i] {
			d.spans[i][j] = decodeSpan(r)
		}
	}
	n = r.Len()
	d.groups = make([]groupMention, n)
	for i := range d.groups {
		g := &d.groups[i]
		m := r.Mention()
		g.m = groupRecOf(&m)
		g.rank = int32(r.Uint())
		g.seq = int32(r.Uint())
	}
	n = r.Len()
	d.rels = make([]relInput, n)
	d.evs = make([]evRec, n)
	var last *evDoc
	for i := range d.rels {
		x := &d.rels[i]
		x.ord = r.Int()
		x.pred = graph.Predicate(r.Str())
		x.role = r.Str()
		x.phrase = r.Str()
		ev := r.Evidence()
		d.evs[i] = evRecOf(&ev, last)
		last = d.evs[i].doc
		x.s = decodeRef(r)
		x.o = decodeRef(r)
	}
	if err := r.Done(); err != nil {
		return nil, err
	}
	_ = base
	return &Share{in: d}, nil
}

func encodeSpan(e *wire.Encoder, s spanKey) {
	e.Int(s.start)
	e.Int(s.end)
	e.Str(string(s.typ))
	e.Str(s.key)
}

func decodeSpan(r *wire.Decoder) spanKey {
	var s spanKey
	s.start = r.Int()
	s.end = r.Int()
	s.typ = graph.EntityType(r.Str())
	s.key = r.Str()
	return s
}

func encodeRef(e *wire.Encoder, m mref) {
	e.Bool(m.group)
	e.Int(m.i)
	if m.i < 0 {
		var x extRef
		if m.ext != nil {
			x = *m.ext
		}
		e.Str(x.doc)
		encodeSpan(e, x.span)
	}
}

func decodeRef(r *wire.Decoder) mref {
	var m mref
	m.group = r.Bool()
	m.i = r.Int()
	if m.i < 0 {
		m.ext = &extRef{doc: r.Str()}
		m.ext.span = decodeSpan(r)
	}
	return m
}

func encodeTok(e *wire.Encoder, t tok) {
	e.Str(t.lat)
	e.Str(t.key)
	e.Str(t.shape)
	e.Strs(t.vowels)
	e.Bool(t.ar)
}

func decodeTok(r *wire.Decoder) tok {
	var t tok
	t.lat = r.Str()
	t.key = r.Str()
	t.shape = r.Str()
	t.vowels = r.Strs()
	t.ar = r.Bool()
	t.given = translit.GivenName(t.lat, t.ar)
	return t
}

// encodeForm writes a named form of a share (not its neighbours, which
// are found when shares are put together).
func encodeForm(e *wire.Encoder, f *form) {
	e.Str(string(f.typ))
	e.Str(f.key)
	e.Counts(f.texts.toMap(), f.texts.keys())
	e.Str(f.lang)
	e.Uint(len(f.words))
	for _, w := range f.words {
		encodeTok(e, w)
	}
	e.Str(f.phon)
	e.Strs(f.concepts)
	e.Counts(f.roles.toMap(), f.roles.keys())
	id := ""
	if f.entry != nil {
		id = f.entry.ID
	}
	e.Str(id)
	e.Bool(f.acronym)
	e.Counts(f.names.toMap(), f.names.keys())
	e.Uint(int(f.n))
	e.Uint(int(f.first.rank))
	encodeSpan(e, *f.firstSpan)
	e.Str(f.firstText)
	encodeAgg(e, f.agg)
}

// encodeNamedSpans writes a document's named forms, each by enc, with
// their spans (the shares' and the spill's encoding alike).
func encodeNamedSpans(e *wire.Encoder, d *docInput, enc func(*wire.Encoder, *form)) {
	e.Uint(len(d.named))
	for i, f := range d.named {
		enc(e, f)
		e.Uint(len(d.spans[i]))
		for _, sp := range d.spans[i] {
			encodeSpan(e, sp)
		}
	}
}

// encodeAgg writes what an entity takes from a form's mentions in one
// document (the shares' and the spill's encoding alike).
func encodeAgg(e *wire.Encoder, a *mentionAgg) {
	e.Uint(len(a.aliases))
	for _, x := range a.aliases {
		e.Str(x.lang)
		e.Str(x.text)
		e.Uint(x.count)
	}
	e.Counts(a.dates, sortedKeys(a.dates))
	e.Strs(a.roles)
}

// decodeAgg reads what encodeAgg wrote, for a form of document doc.
func decodeAgg(r *wire.Decoder, doc string) *mentionAgg {
	a := &mentionAgg{docs: []string{doc}}
	if n := r.Len(); n > 0 {
		a.aliases = make([]aliasN, n)
		for i := range a.aliases {
			a.aliases[i] = aliasN{lang: r.Str(), text: r.Str(), count: r.Uint(), docs: a.docs}
		}
	}
	a.dates = r.Counts()
	a.roles = r.Strs()
	return a
}

func decodeForm(r *wire.Decoder, doc string, base *kb.KB) (*form, error) {
	f := &form{doc: doc, wordsOut: &wordsOut{}}
	f.typ = graph.EntityType(r.Str())
	f.key = r.Str()
	f.texts = countsOf(r.Counts())
	f.lang = r.Str()
	if n := r.Len(); n > 0 {
		f.words = make([]tok, n)
		for i := range f.words {
			f.words[i] = decodeTok(r)
		}
	}
	f.phon = r.Str()
	f.concepts = r.Strs()
	f.roles = countsOf(r.Counts())
	if id := r.Str(); id != "" {
		f.entry = base.Entry(id)
		if f.entry == nil {
			return nil, fmt.Errorf("resolve: share of %s: no entry %q in the knowledge base", doc, id)
		}
	}
	f.acronym = r.Bool()
	f.names = countsOf(r.Counts())
	f.n = int32(r.Uint())
	f.first = mpos{0, int32(r.Uint())}
	sp := decodeSpan(r)
	f.firstSpan = &sp
	f.firstText = r.Str()
	f.agg = decodeAgg(r, doc)
	return f, r.Err()
}
