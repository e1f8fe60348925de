package resolve

import (
	"encoding/binary"
	"maps"
	"slices"
)

// What an entity takes from a form's mentions (its mentionAgg: aliases,
// documents, dates, titles) is read once the forms are clustered, when
// the entities are made; while the rules run it only waits. Held as Go
// records it was about a sixth of the live heap at the peak of a large
// build (a record, a slice of aliases and a slice of documents for each
// of half a million forms at 30,000 articles). Put together (assemble),
// a resolution's forms hand their summaries to an aggSlab, which keeps
// them encoded, a few dozen bytes each, in large chunks; the entity of a
// cluster decodes its forms' summaries as it is made (state.aggOf).

// aggChunk is the size of an aggSlab's chunks: large enough that the
// chunks are few, small enough that the last one's unused end is little.
const aggChunk = 1 << 20

// aggSlab keeps mention summaries encoded. Its records are read by many
// goroutines at once once written (entities are made on every core);
// writing is not safe for concurrent use.
type aggSlab struct {
	chunks [][]byte
	buf    []byte         // the record being encoded
	docAt  map[string]int // a document's place among docs
	docs   []*docInput    // the resolution's documents, by place
}

// aggRef is where a record lies in an aggSlab: its chunk (from 1) in the
// upper half, its offset in the lower; 0 is none.
type aggRef uint64

// newAggSlab returns a slab for the summaries of a resolution of docs:
// a document among them is written by its place.
func newAggSlab(docs []*docInput) *aggSlab {
	s := &aggSlab{docAt: make(map[string]int, len(docs)), docs: docs}
	for i, d := range docs {
		s.docAt[d.doc] = i
	}
	return s
}

// put encodes a, the summary of a form of document doc ("" for a
// delegation or event), and returns where it lies.
func (s *aggSlab) put(a *mentionAgg, doc string) aggRef {
	b := s.buf[:0]
	b = binary.AppendUvarint(b, uint64(len(a.aliases)))
	for i := range a.aliases {
		x := &a.aliases[i]
		b = appendStr(b, x.lang)
		b = appendStr(b, x.text)
		b = binary.AppendUvarint(b, uint64(x.count))
		b = s.appendDocs(b, x.docs, doc)
	}
	b = s.appendDocs(b, a.docs, doc)
	b = binary.AppendUvarint(b, uint64(len(a.dates)))
	for _, d := range slices.Sorted(maps.Keys(a.dates)) {
		b = appendStr(b, d)
		b = binary.AppendUvarint(b, uint64(a.dates[d]))
	}
	b = binary.AppendUvarint(b, uint64(len(a.roles)))
	for _, r := range a.roles {
		b = appendStr(b, r)
	}
	s.buf = b
	return s.store(b)
}

// store copies a record into the last chunk, or a new one, and returns
// where it lies.
func (s *aggSlab) store(b []byte) aggRef {
	n := len(s.chunks)
	if n == 0 || len(s.chunks[n-1])+len(b) > cap(s.chunks[n-1]) {
		s.chunks = append(s.chunks, make([]byte, 0, max(aggChunk, len(b))))
		n++
	}
	c := s.chunks[n-1]
	off := len(c)
	s.chunks[n-1] = append(c, b...)
	return aggRef(uint64(n)<<32 | uint64(off))
}

// appendStr writes a string: its length, then its bytes.
func appendStr(b []byte, x string) []byte {
	b = binary.AppendUvarint(b, uint64(len(x)))
	return append(b, x...)
}

// appendDocs writes a list of documents: 0 for none, 1 for the form's
// own document alone, else the count plus 2 and each document, by its
// place plus 1 where it is one of the resolution's, else 0 and its name.
func (s *aggSlab) appendDocs(b []byte, docs []string, doc string) []byte {
	switch {
	case len(docs) == 0:
		return append(b, 0)
	case len(docs) == 1 && docs[0] == doc && doc != "":
		return append(b, 1)
	}
	b = binary.AppendUvarint(b, uint64(len(docs)+2))
	for _, d := range docs {
		if i, ok := s.docAt[d]; ok {
			b = binary.AppendUvarint(b, uint64(i+1))
			continue
		}
		b = append(b, 0)
		b = appendStr(b, d)
	}
	return b
}

// aggReader reads one record of an aggSlab.
type aggReader struct {
	s   *aggSlab
	b   []byte
	bad bool
}

func (r *aggReader) uint() int {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *aggReader) str() string {
	n := r.uint()
	if n > len(r.b) {
		r.bad, r.b = true, nil
		return ""
	}
	x := keep(string(r.b[:n]))
	r.b = r.b[n:]
	return x
}

// docs reads what appendDocs wrote; own is the list of the form's own
// document alone (shared by the form's lists that are only it).
func (r *aggReader) docs(own []string) []string {
	switch k := r.uint(); k {
	case 0:
		return nil
	case 1:
		return own
	default:
		out := make([]string, k-2)
		for i := range out {
			if at := r.uint(); at > 0 && at <= len(r.s.docs) {
				out[i] = r.s.docs[at-1].doc
			} else {
				out[i] = r.str()
			}
		}
		return out
	}
}

// get decodes the summary at ref of a form of document doc. It panics if
// the record is not one put wrote: the slab is the resolution's own
// memory, so that can only be a defect.
func (s *aggSlab) get(ref aggRef, doc string) *mentionAgg {
	c := s.chunks[ref>>32-1]
	r := &aggReader{s: s, b: c[uint32(ref):]}
	var own []string
	if doc != "" {
		own = []string{doc}
	}
	a := &mentionAgg{}
	if n := r.uint(); n > 0 && !r.bad {
		a.aliases = make([]aliasN, n)
		for i := range a.aliases {
			x := &a.aliases[i]
			x.lang = r.str()
			x.text = r.str()
			x.count = r.uint()
			x.docs = r.docs(own)
		}
	}
	a.docs = r.docs(own)
	if n := r.uint(); n > 0 && !r.bad {
		a.dates = make(map[string]int, n)
		for range n {
			d := r.str()
			a.dates[d] = r.uint()
		}
	}
	if n := r.uint(); n > 0 && !r.bad {
		a.roles = make([]string, n)
		for i := range a.roles {
			a.roles[i] = r.str()
		}
	}
	if r.bad {
		panic("resolve: a mention summary read back is not one that was written")
	}
	return a
}

// pack hands the form's mention summary to the slab (the form then
// keeps where it lies).
func (s *aggSlab) pack(f *form) {
	if f.agg == nil {
		return
	}
	f.aggAt = s.put(f.agg, f.doc)
	f.aliasless = len(f.agg.aliases) == 0
	f.agg = nil
}

// aggOf returns the mention summary of form f: its own, or the one its
// slab keeps (nil: none).
func (st *state) aggOf(f *form) *mentionAgg {
	if f.agg != nil || f.aggAt == 0 {
		return f.agg
	}
	return st.aggs.get(f.aggAt, f.doc)
}
