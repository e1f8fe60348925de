package resolve

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Resolution works in two steps. Each document is first reduced, on its
// own, to its share of the resolution (docInput): its named forms, with
// everything the rules compare (keys, name words, the KB entry) and
// everything an entity takes from their mentions (counts, aliases,
// dates, roles) worked out; its delegation and event mentions, which
// the extractor's keys group across documents; and its relations, with
// their ends pointing at those. Then the shares of all documents are
// put together (assemble) and clustered. The first step is most of the
// work and depends on nothing outside the document, so documents are
// reduced on every core, and a store can keep each document's share and
// resolve again without reading its mentions.

// docInput is one document's share of a resolution.
type docInput struct {
	doc string
	// named are the document's named forms, in the order of their first
	// mentions; each has mention counts, aliases and spans.
	named []*form
	// spans are, per named form, the spans of its mentions.
	spans [][]spanKey
	// groups are its delegation and event mentions in mention order
	// (rank), as given (their keys before corpus-level event linking
	// where the caller links later).
	groups []groupMention
	rels   []relInput
	// nrels is len(rels) once rels are let go (state.dropMentions), or
	// while the share waits in the spill
	nrels int
	// lazy is where the share waits in the spill (named, spans, groups
	// and rels are then empty: assemble reads them back)
	lazy *spilledShare
	// evs are the evidence of rels, by index; nil once written to spill
	// (at evAt) by a Summarizer that spills (Summarizer.SpillTo).
	evs   []evRec
	spill *Spill
	evAt  spillRef
	// ms are the document's mentions, deduplicated and ordered, when the
	// caller wants them back (ResolveSpans).
	ms []graph.Mention
}

// spanKey is a mention's span within its document.
type spanKey struct {
	start, end int
	typ        graph.EntityType
	key        string
}

// groupMention is a delegation or event mention and its place among
// the document's mentions: rank in mention order, seq in the order given.
type groupMention struct {
	m         groupRec
	rank, seq int32
}

// groupRec is what a share keeps of a delegation or event mention: what
// the resolution reads of it (its sentence, knowledge-base id, place,
// extractor and confidence are not read), in two thirds of the room of
// a graph.Mention.
type groupRec struct {
	Doc, Text, Lang, Name, Role, Date, Key, Country string
	Type                                            graph.EntityType
	Start, End                                      int32
	adjectival                                      bool // graph.Mention.Adjectival
}

func groupRecOf(m *graph.Mention) groupRec {
	return groupRec{Doc: m.Doc, Text: m.Text, Lang: m.Lang, Name: m.Name, Role: m.Role, Date: m.Date, Key: m.Key, Country: m.Country,
		Type: m.Type, Start: int32(m.Start), End: int32(m.End), adjectival: m.Adjectival()}
}

// mention returns the mention the record keeps (an adjectival one with
// the extractor "demonym").
func (g *groupRec) mention() graph.Mention {
	m := graph.Mention{Doc: g.Doc, Text: g.Text, Lang: g.Lang, Name: g.Name, Role: g.Role, Date: g.Date, Key: g.Key, Country: g.Country,
		Type: g.Type, Start: int(g.Start), End: int(g.End)}
	if g.adjectival {
		m.Extractor = "demonym"
	}
	return m
}

// Adjectival is graph.Mention.Adjectival of the mention kept.
func (g *groupRec) Adjectival() bool { return g.adjectival }

// relInput is a relation with its ends resolved to the document's
// forms: ord orders relations as given (0: in document order).
type relInput struct {
	ord          int
	pred         graph.Predicate
	role, phrase string
	s, o         mref
}

// relFact is what the facts read of a relation once its ends are
// forms (state.relAt): its predicate, role and phrase, each as its
// place in the state's relStrs: 12 bytes where a relInput takes 104
// (and three strings 48), and none of the document's records.
type relFact struct{ pred, role, phrase int32 }

// strTable keeps strings once each and gives each a place; "" is 0.
type strTable struct {
	strs []string
	at   map[string]int32
}

// of returns the place of s, giving it one if it has none.
func (t *strTable) of(s string) int32 {
	if s == "" {
		return 0
	}
	if i, ok := t.at[s]; ok {
		return i
	}
	if t.at == nil {
		t.at = map[string]int32{}
		t.strs = append(t.strs, "")
	}
	i := int32(len(t.strs))
	t.at[s] = i
	t.strs = append(t.strs, s)
	return i
}

// str returns the string at place i.
func (t *strTable) str(i int32) string {
	if i == 0 {
		return ""
	}
	return t.strs[i]
}

// evRec is a relation's evidence as a share keeps it: the document, its
// address and date once per document (evDoc, shared by its relations),
// offsets as 32-bit numbers; 88 bytes where a graph.Evidence takes 152.
type evRec struct {
	doc                                    *evDoc
	text, extractor, rule                  string
	start, end, sStart, sEnd, oStart, oEnd int32
	conf                                   float64
}

// evDoc is the document of evidence.
type evDoc struct{ doc, url, published string }

// evRecOf returns the record of ev, with last (the document of the
// evidence before, nil at first) when it is ev's document.
func evRecOf(ev *graph.Evidence, last *evDoc) evRec {
	d := last
	if d == nil || d.doc != ev.Doc || d.url != ev.URL || d.published != ev.Published {
		d = &evDoc{ev.Doc, ev.URL, ev.Published}
	}
	return evRec{doc: d, text: ev.Text, extractor: ev.Extractor, rule: ev.Rule,
		start: int32(ev.Start), end: int32(ev.End), sStart: int32(ev.SubjectStart), sEnd: int32(ev.SubjectEnd),
		oStart: int32(ev.ObjectStart), oEnd: int32(ev.ObjectEnd), conf: ev.Confidence}
}

// evidence returns the evidence the record keeps.
func (r *evRec) evidence() graph.Evidence {
	return graph.Evidence{Doc: r.doc.doc, URL: r.doc.url, Published: r.doc.published, Text: r.text,
		Start: int(r.start), End: int(r.end), SubjectStart: int(r.sStart), SubjectEnd: int(r.sEnd),
		ObjectStart: int(r.oStart), ObjectEnd: int(r.oEnd), Extractor: r.extractor, Rule: r.rule, Confidence: r.conf}
}

// mref points at a mention of a document's share: a named form (index
// into named), or a delegation or event mention (index into groups); -1
// when the relation's end is not a mention of its document (the span
// is then looked up when shares are put together).
type mref struct {
	group bool
	i     int
	ext   *extRef // where i is -1
}

// extRef is a relation's end that is not a mention of its document:
// the document of the mention and its span.
type extRef struct {
	doc  string
	span spanKey
}

// mentionAgg is what an entity takes from a form's mentions.
type mentionAgg struct {
	aliases []aliasN
	docs    []string // documents of the mentions, sorted
	dates   map[string]int
	roles   []string // roles seen with mentions that are names (not adjectives)
}

type aliasN struct {
	lang, text string
	count      int
	docs       []string // sorted
}

// mpos is a mention's place in the order of all mentions: its
// document's position among the documents, then its rank there.
type mpos struct{ doc, rank int32 }

func (a mpos) less(b mpos) bool { return a.doc < b.doc || a.doc == b.doc && a.rank < b.rank }

// keyCache keeps what cleaning and keying names cost, once per distinct
// text and key; documents reduced in parallel share it.
type keyCache struct {
	base  *kb.KB
	named sync.Map // namedIn -> namedKey
	words sync.Map // wordsIn -> wordsOut
	alias sync.Map // aliasIn -> the alias's text
}

type namedIn struct {
	typ    graph.EntityType
	text   string
	linked bool
}

// namedKey is the cleaned text and the key of a named mention.
type namedKey struct{ text, key string }

type wordsIn struct {
	key string
	typ graph.EntityType
}

type wordsOut struct {
	words    []tok
	concepts []string
	phon     string
}

// noWords is the wordsOut of a form without name words (a delegation's
// or event's); it is never written.
var noWords = &wordsOut{}

func newKeyCache(base *kb.KB) *keyCache { return &keyCache{base: base} }

// nameKey cleans a named mention's text and keys it.
func (c *keyCache) nameKey(m *graph.Mention) namedKey {
	in := namedIn{m.Type, m.Text, m.KBID != ""}
	if v, ok := c.named.Load(in); ok {
		return v.(namedKey)
	}
	text := cleanTyped(m.Text, m.Type)
	key := formKey(text, m.Type)
	if key == "" {
		key = textnorm.Key(m.Text)
	}
	if m.Type != graph.Person && m.KBID == "" {
		key = definiteHead(key, c.base)
	}
	v := namedKey{text, key}
	c.named.Store(in, v)
	return v
}

// aliasText is the form a named mention gives its entity as an alias:
// its cleaned text, save for an Arabic name the knowledge base knows
// only with the article, written after the preposition «ل» that elides
// the article's alef («للأمم المتحدة», "to the United Nations»: the text
// is «أمم المتحدة»): the form is the name as written elsewhere, with
// the article («الأمم المتحدة»).
func (c *keyCache) aliasText(m *graph.Mention, text string) string {
	if m.KBID == "" || c.base == nil || m.Lang != "ar" && textnorm.Script(text) != "ar" || strings.HasPrefix(text, "ال") {
		return text
	}
	in := aliasIn{m.KBID, text}
	if v, ok := c.alias.Load(in); ok {
		return v.(string)
	}
	out := text
	if !hasID(c.base.Lookup(text), m.KBID) && hasID(c.base.Lookup("ال"+text), m.KBID) {
		out = "ال" + text
	}
	c.alias.Store(in, out)
	return out
}

type aliasIn struct{ id, text string }

// hasID reports whether one of es has the id.
func hasID(es []*kb.Entry, id string) bool {
	for _, e := range es {
		if e.ID == id {
			return true
		}
	}
	return false
}

// nameWords is nameWords of a key and type, with the phonetic key.
func (c *keyCache) nameWords(key string, t graph.EntityType) *wordsOut {
	in := wordsIn{key, t}
	if v, ok := c.words.Load(in); ok {
		return v.(*wordsOut)
	}
	ws, cs := nameWords(key, t, c.base)
	ks := make([]string, len(ws))
	for i, w := range ws {
		ks[i] = w.key
	}
	v := &wordsOut{ws, cs, strings.Join(ks, " ")}
	c.words.Store(in, v)
	return v
}

// cachedWords is nameWords of a key and type already made (ok false:
// none).
func (c *keyCache) cachedWords(key string, t graph.EntityType) (*wordsOut, bool) {
	v, ok := c.words.Load(wordsIn{key, t})
	if !ok {
		return nil, false
	}
	return v.(*wordsOut), true
}

// dedupeDoc keeps the first mention given of each span of one document
// and orders them by offsets, type and text, ties in the order given;
// seq gives each kept mention's position in the order given.
func dedupeDoc(in []graph.Mention) (ms []graph.Mention, seq []int) {
	type skey struct {
		start, end int
		typ        graph.EntityType
		key        string
	}
	seen := make(map[skey]bool, len(in))
	idx := make([]int, 0, len(in))
	for i := range in {
		m := &in[i]
		k := skey{m.Start, m.End, m.Type, m.Key}
		if seen[k] {
			continue
		}
		seen[k] = true
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := &in[idx[i]], &in[idx[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Text < b.Text
	})
	ms = make([]graph.Mention, len(idx))
	for i, j := range idx {
		ms[i] = in[j]
	}
	return ms, idx
}

// summarize reduces one document to its share of a resolution. in are
// the document's mentions in the order given (its mentions, then its
// relations' ends), rels its relations (by their subject's document)
// and ords their order among all relations (nil: as listed). keep keeps
// the ordered mentions in the share.
func summarize(doc string, in []graph.Mention, rels []graph.Relation, ords []int, kc *keyCache, keep bool) *docInput {
	ms, seq := dedupeDoc(in)
	d := &docInput{doc: doc}
	if keep {
		d.ms = ms
	}
	type fk struct {
		typ graph.EntityType
		key string
	}
	formOf := map[fk]int{}
	var members [][]int // named form -> its mentions (ranks)
	var texts []string  // cleaned text of each mention (named)
	texts = make([]string, len(ms))
	refOf := make([]mref, len(ms)) // rank -> what it became
	for r := range ms {
		m := &ms[r]
		if !m.Type.Named() {
			refOf[r] = mref{group: true, i: len(d.groups)}
			d.groups = append(d.groups, groupMention{m: groupRecOf(m), rank: int32(r), seq: int32(seq[r])})
			continue
		}
		nk := kc.nameKey(m)
		texts[r] = nk.text
		k := fk{m.Type, nk.key}
		fi, ok := formOf[k]
		if !ok {
			fi = len(d.named)
			formOf[k] = fi
			d.named = append(d.named, &form{typ: m.Type, doc: doc, key: nk.key})
			members = append(members, nil)
		}
		f := d.named[fi]
		f.texts.add(nk.text)
		if m.Role != "" {
			f.roles.add(m.Role)
		}
		if m.Name != "" {
			f.names.add(m.Name)
		}
		members[fi] = append(members[fi], r)
		refOf[r] = mref{i: fi}
	}
	d.spans = make([][]spanKey, len(d.named))
	for fi, f := range d.named {
		mem := members[fi]
		first := &ms[mem[0]]
		f.n = int32(len(mem))
		f.first = mpos{0, int32(mem[0])}
		f.firstText = first.Text
		t := f.text()
		f.lang = textnorm.Script(t)
		if f.lang == "" {
			f.lang = first.Lang
		}
		f.acronym = f.typ != graph.Person && isAcronym(t)
		w := kc.nameWords(f.key, f.typ)
		f.wordsOut = w
		var kbids []string
		agg := &mentionAgg{docs: []string{doc}}
		aliases := map[[2]string]int{}
		var akeys [][2]string
		roles := map[string]bool{}
		spans := make([]spanKey, len(mem))
		f.firstSpan = &spans[0] // filled below
		for i, r := range mem {
			m := &ms[r]
			spans[i] = spanKey{m.Start, m.End, m.Type, m.Key}
			if m.KBID != "" {
				kbids = append(kbids, m.KBID)
			}
			if m.Date != "" {
				if agg.dates == nil {
					agg.dates = map[string]int{}
				}
				agg.dates[m.Date]++
			}
			if m.Adjectival() {
				continue // "Russian" stands for Russia but is not its name
			}
			lang := f.lang
			if l := scriptOf(texts[r]); l != "" {
				lang = l
			}
			k := [2]string{lang, kc.aliasText(m, texts[r])}
			if _, ok := aliases[k]; !ok {
				akeys = append(akeys, k)
			}
			aliases[k]++
			if m.Role != "" {
				roles[m.Role] = true
			}
		}
		for _, k := range akeys {
			agg.aliases = append(agg.aliases, aliasN{lang: k[0], text: k[1], count: aliases[k], docs: agg.docs})
		}
		agg.roles = sortedKeys(roles)
		f.agg = agg
		d.spans[fi] = spans
		linkForm(f, kbids, kc.base)
	}
	// relation ends: the kept mention with the end's span
	spanAt := func(m graph.Mention) (mref, bool) {
		i := sort.Search(len(ms), func(i int) bool {
			x := &ms[i]
			if x.Start != m.Start {
				return x.Start > m.Start
			}
			if x.End != m.End {
				return x.End > m.End
			}
			return x.Type >= m.Type
		})
		for ; i < len(ms) && ms[i].Start == m.Start && ms[i].End == m.End && ms[i].Type == m.Type; i++ {
			if ms[i].Key == m.Key {
				return refOf[i], true
			}
		}
		return mref{}, false
	}
	end := func(m graph.Mention) mref {
		if m.Doc == doc {
			if r, ok := spanAt(m); ok {
				return r
			}
		}
		return mref{i: -1, ext: &extRef{doc: m.Doc, span: spanKey{m.Start, m.End, m.Type, m.Key}}}
	}
	d.rels = make([]relInput, len(rels))
	d.evs = make([]evRec, len(rels))
	var last *evDoc
	for i := range rels {
		r := &rels[i]
		ord := 0
		if ords != nil {
			ord = ords[i]
		}
		d.rels[i] = relInput{ord: ord, pred: r.Predicate, role: r.Role, phrase: r.RolePhrase, s: end(r.Subject), o: end(r.Object)}
		d.evs[i] = evRecOf(&r.Evidence, last)
		last = d.evs[i].doc
	}
	return d
}

// summarizeAll reduces every document of the input to its share, on
// every core: mentions (relation ends included, in the order given)
// grouped by document, relations by their subject's document, with
// their order among all relations. It returns the shares in document
// order.
func summarizeAll(base *kb.KB, mentions []graph.Mention, rels []graph.Relation, keep bool) ([]*docInput, error) {
	// Each document's mentions are listed by index first (a mention's, or
	// 2i and 2i+1 past them for relation i's ends), and gathered on every
	// core below: the corpus is not copied mention by mention on one.
	type docIn struct {
		id   string
		at   []int32
		ms   []graph.Mention
		rels []graph.Relation
		ords []int
	}
	byDoc := map[string]*docIn{}
	var docs []*docIn
	get := func(id string) *docIn {
		d := byDoc[id]
		if d == nil {
			d = &docIn{id: id}
			byDoc[id] = d
			docs = append(docs, d)
		}
		return d
	}
	var last *docIn
	add := func(i int, m *graph.Mention) error {
		if err := validMention(i, *m); err != nil {
			return err
		}
		if last == nil || last.id != m.Doc {
			last = get(m.Doc)
		}
		last.at = append(last.at, int32(i))
		return nil
	}
	for i := range mentions {
		if err := add(i, &mentions[i]); err != nil {
			return nil, err
		}
	}
	for i := range rels {
		if err := add(len(mentions)+2*i, &rels[i].Subject); err != nil {
			return nil, err
		}
		if err := add(len(mentions)+2*i+1, &rels[i].Object); err != nil {
			return nil, err
		}
	}
	for i, r := range rels {
		d := get(r.Subject.Doc)
		d.rels = append(d.rels, r)
		d.ords = append(d.ords, i+1)
	}
	gather := func(d *docIn) {
		d.ms = make([]graph.Mention, len(d.at))
		for k, i := range d.at {
			switch j := int(i) - len(mentions); {
			case j < 0:
				d.ms[k] = mentions[i]
			case j%2 == 0:
				d.ms[k] = rels[j/2].Subject
			default:
				d.ms[k] = rels[j/2].Object
			}
		}
		d.at = nil
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].id < docs[j].id })
	kc := newKeyCache(base)
	out := make([]*docInput, len(docs))
	parallel(len(docs), 8, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			gather(docs[i])
			out[i] = summarize(docs[i].id, docs[i].ms, docs[i].rels, docs[i].ords, kc, keep)
			docs[i].ms = nil
		}
	})
	return out, nil
}

// validMention reports a mention that cannot be resolved (the i-th given).
func validMention(i int, m graph.Mention) error {
	if !m.Type.Valid() || strings.TrimSpace(m.Text) == "" {
		return fmt.Errorf("%w: %d (%q in %s): type %q", ErrBadMention, i, m.Text, m.Doc, m.Type)
	}
	return nil
}

// linkForm attaches a form to a knowledge-base entry: the extractor's
// KBID (kbids, of its mentions in order), else its Name, else a lookup
// of the form itself (then without generic head words). The entry's
// type must agree; a Place may take the type of a City or Country entry
// (an extractor that only knows "a location" is corrected by the KB),
// never the other way round.
func linkForm(f *form, kbids []string, base *kb.KB) {
	var cands []*kb.Entry
	for _, id := range kbids {
		if e := base.Entry(id); e != nil {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		for _, n := range f.names.keys() {
			cands = append(cands, base.Lookup(n)...)
		}
	}
	if len(cands) == 0 {
		cands = base.Lookup(unHamzaLam(f.key))
	}
	if len(cands) == 0 && f.typ != graph.Person {
		if s := stripGeneric(f.key); s != f.key && s != "" {
			cands = base.Lookup(s)
		}
	}
	if len(cands) == 0 && f.typ == graph.Organization {
		cands = ofParent(f.key, base)
	}
	if len(cands) == 0 && f.typ == graph.Organization {
		// a movement or group named with its head noun: «حركة حماس»,
		// "the Hamas movement"
		if s := stripBodyHead(f.key); s != f.key && s != "" {
			for _, e := range base.Lookup(s) {
				if e.Type == graph.Organization {
					cands = append(cands, e)
				}
			}
		}
	}
	if len(cands) == 0 && (f.typ == graph.City || f.typ == graph.Place) {
		if s := stripCity(f.key); s != f.key && s != "" {
			for _, e := range base.Lookup(s) {
				if e.Type == graph.City {
					cands = append(cands, e)
				}
			}
		}
	}
	var same, loc []*kb.Entry
	seen := map[string]bool{}
	for _, e := range cands {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		switch {
		case e.Type == f.typ:
			same = append(same, e)
		case f.typ == graph.Place && (e.Type == graph.City || e.Type == graph.Country):
			loc = append(loc, e)
		}
	}
	switch {
	case len(same) == 1:
		f.entry = same[0]
	case len(same) == 0 && len(loc) == 1:
		f.entry = loc[0]
		f.typ = loc[0].Type
	}
}
