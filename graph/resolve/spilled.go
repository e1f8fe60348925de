package resolve

import (
	"fmt"
	"slices"
	"strings"
	"unique"

	"newskg/graph"
	"newskg/graph/internal/wire"
)

// A build's shares wait for the resolution, while the rest of the
// corpus is extracted, in its spill file, not in memory: held in
// memory, they were most of a build's live heap from the middle of
// extraction on (about 600 MB at 30,000 articles), and the collector
// marked them again at every cycle. A Summarizer that spills
// (SpillTo) writes each share it makes to the spill as one record
// (spillShare) and keeps only where it lies; the resolution reads the
// records back one document at a time as it puts the shares together
// (assemble), and keeps of each only what the rules and the entities
// read (the named forms, the relations' ends and roles), never every
// document's mentions at once. Name words are not written: a form gets
// the Summarizer's shared record of its key back.

// spilledVersion starts a share's record in a Spill.
const spilledVersion = "spilled-share-1"

// spilledShare is where a share waits in a spill.
type spilledShare struct {
	doc   string
	at    spillRef // the share's record
	evAt  spillRef // its evidence's record
	nrels int
	src   *Summarizer // its name keys and knowledge base
}

// spillShare writes d (its evidence already spilled) to s and returns
// where it lies.
func (x *Summarizer) spillShare(d *docInput, s *Spill) (*spilledShare, error) {
	e := wire.NewEncoder()
	e.Str(spilledVersion)
	e.Str(d.doc)
	encodeNamedSpans(e, d, x.encodeNamed)
	e.Uint(len(d.groups))
	for i := range d.groups {
		g := &d.groups[i]
		m := &g.m
		for _, s := range [...]string{m.Doc, m.Text, m.Lang, m.Name, m.Role, m.Date, m.Key, m.Country, string(m.Type)} {
			e.Str(s)
		}
		e.Int(int(m.Start))
		e.Int(int(m.End))
		e.Bool(m.adjectival)
		e.Uint(int(g.rank))
		e.Uint(int(g.seq))
	}
	e.Uint(len(d.rels))
	for i := range d.rels {
		r := &d.rels[i]
		e.Int(r.ord)
		e.Str(string(r.pred))
		e.Str(r.role)
		e.Str(r.phrase)
		encodeRef(e, r.s)
		encodeRef(e, r.o)
	}
	at, err := s.put(e.Bytes())
	if err != nil {
		return nil, err
	}
	return &spilledShare{doc: d.doc, at: at, evAt: d.evAt, nrels: len(d.rels), src: x}, nil
}

// encodeNamed writes a named form: its name words by the key and type
// they were made for (the Summarizer's cache gives them back), unless
// they are not the cache's.
func (x *Summarizer) encodeNamed(e *wire.Encoder, f *form) {
	e.Str(string(f.typ))
	e.Str(f.key)
	wtyp := graph.EntityType("")
	for _, t := range []graph.EntityType{f.typ, graph.Place} {
		if w, ok := x.kc.cachedWords(f.key, t); ok && sameWordsOut(w, f.wordsOut) {
			wtyp = t
			break
		}
	}
	e.Str(string(wtyp))
	if wtyp == "" {
		e.Uint(len(f.words))
		for _, w := range f.words {
			encodeTok(e, w)
		}
		e.Str(f.phon)
		e.Strs(f.concepts)
	}
	encodeCounts(e, f.texts)
	e.Str(f.lang)
	encodeCounts(e, f.roles)
	id := ""
	if f.entry != nil {
		id = f.entry.ID
	}
	e.Str(id)
	e.Bool(f.acronym)
	encodeCounts(e, f.names)
	e.Uint(int(f.n))
	e.Uint(int(f.first.rank))
	e.Str(f.firstText)
	encodeAgg(e, f.agg)
}

// sameWordsOut reports whether two records of name words say the same.
func sameWordsOut(a, b *wordsOut) bool {
	if a == b {
		return true
	}
	if a.phon != b.phon || !slices.Equal(a.concepts, b.concepts) || len(a.words) != len(b.words) {
		return false
	}
	for i := range a.words {
		p, q := &a.words[i], &b.words[i]
		if p.lat != q.lat || p.key != q.key || p.shape != q.shape || p.ar != q.ar || !slices.Equal(p.vowels, q.vowels) {
			return false
		}
	}
	return true
}

// encodeCounts writes counts in their order.
func encodeCounts(e *wire.Encoder, c counts) {
	e.Uint(len(c))
	for _, x := range c {
		e.Str(x.s)
		e.Uint(x.n)
	}
}

// decodeCounts reads what encodeCounts wrote.
func decodeCounts(r *wire.Decoder) counts {
	n := r.Len()
	if n == 0 {
		return nil
	}
	c := make(counts, n)
	for i := range c {
		c[i] = strCount{r.Str(), r.Uint()}
	}
	return c
}

// keep returns a string read from a record as its own: a short one
// shared with every other copy of it, a long one copied, so that
// nothing kept holds the record.
func keep(s string) string {
	switch {
	case s == "":
		return ""
	case len(s) <= maxShared:
		return unique.Make(s).Value()
	default:
		return strings.Clone(s)
	}
}

// load reads the share back in full: its named forms (with their
// spans), delegation and event mentions and relations; the evidence
// stays in the spill.
func (p *spilledShare) load(s *Spill) (*docInput, error) {
	b, err := s.get(p.at)
	if err != nil {
		return nil, err
	}
	r := wire.NewDecoderShared(b)
	r.Own(keep) // every string read is its own, not the record's
	if v := r.Str(); v != spilledVersion {
		s.fail(fmt.Errorf("document %s: share of version %q", p.doc, v))
		return nil, s.Err()
	}
	d := &docInput{doc: p.doc, spill: s, evAt: p.evAt}
	if doc := r.Str(); doc != p.doc && r.Err() == nil {
		s.fail(fmt.Errorf("share of %s read for %s", doc, p.doc))
		return nil, s.Err()
	}
	n := r.Len()
	d.named = make([]*form, n)
	d.spans = make([][]spanKey, n)
	for i := 0; i < n && r.Err() == nil; i++ {
		f, err := p.decodeNamed(r)
		if err != nil {
			return nil, err
		}
		d.named[i] = f
		spans := make([]spanKey, r.Len())
		for j := range spans {
			spans[j] = decodeSpan(r)
		}
		d.spans[i] = spans
		if len(spans) > 0 {
			f.firstSpan = &spans[0]
		}
	}
	n = r.Len()
	d.groups = make([]groupMention, n)
	for i := 0; i < n && r.Err() == nil; i++ {
		g := &d.groups[i]
		m := &g.m
		for _, s := range [...]*string{&m.Doc, &m.Text, &m.Lang, &m.Name, &m.Role, &m.Date, &m.Key, &m.Country, (*string)(&m.Type)} {
			*s = r.Str()
		}
		m.Start, m.End = int32(r.Int()), int32(r.Int())
		m.adjectival = r.Bool()
		g.rank, g.seq = int32(r.Uint()), int32(r.Uint())
	}
	n = r.Len()
	d.rels = make([]relInput, n)
	for i := 0; i < n && r.Err() == nil; i++ {
		x := &d.rels[i]
		x.ord = r.Int()
		x.pred = graph.Predicate(r.Str())
		x.role = r.Str()
		x.phrase = r.Str()
		x.s = decodeRef(r)
		x.o = decodeRef(r)
	}
	if err := r.Done(); err != nil {
		s.fail(fmt.Errorf("document %s: %w", p.doc, err))
		return nil, s.Err()
	}
	if len(d.rels) != p.nrels {
		s.fail(fmt.Errorf("document %s: %d relations read back, %d written", p.doc, len(d.rels), p.nrels))
		return nil, s.Err()
	}
	return d, nil
}

// decodeNamed reads what encodeNamed wrote.
func (p *spilledShare) decodeNamed(r *wire.Decoder) (*form, error) {
	f := &form{doc: p.doc}
	f.typ = graph.EntityType(r.Str())
	f.key = r.Str()
	if wtyp := graph.EntityType(r.Str()); wtyp != "" {
		f.wordsOut = p.src.kc.nameWords(f.key, wtyp)
	} else {
		w := &wordsOut{}
		if n := r.Len(); n > 0 {
			w.words = make([]tok, n)
			for i := range w.words {
				w.words[i] = decodeTok(r)
			}
		}
		w.phon = r.Str()
		w.concepts = r.Strs()
		f.wordsOut = w
	}
	f.texts = decodeCounts(r)
	f.lang = r.Str()
	f.roles = decodeCounts(r)
	if id := r.Str(); id != "" {
		f.entry = p.src.base.Entry(id)
		if f.entry == nil && r.Err() == nil {
			return nil, fmt.Errorf("resolve: share of %s: no entry %q in the knowledge base", p.doc, id)
		}
	}
	f.acronym = r.Bool()
	f.names = decodeCounts(r)
	f.n = int32(r.Uint())
	f.first = mpos{0, int32(r.Uint())}
	f.firstText = r.Str()
	f.agg = decodeAgg(r, p.doc)
	return f, r.Err()
}
