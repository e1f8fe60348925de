package resolve

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unique"

	"newskg/graph"
	"newskg/graph/internal/wire"
)

// A relation's evidence (its sentence, offsets, extractor and rule) is
// read once, when the facts are made, after the entities are
// clustered; until then a build's shares need not hold it. A Summarizer
// given a Spill (SpillTo) writes each share's evidence to a temporary
// file as the share is made, one record per document, and keeps where
// it is; the facts step reads each document's record back as it comes
// to its relations (in the order given, a document's relations come
// together), and a share's encoding reads it back too.

// evidenceVersion starts a document's record of evidence in a Spill.
const evidenceVersion = "evidence-1"

// Spill is a temporary file of evidence, written as shares are made and
// read back when facts are made. It is safe for concurrent use. The file
// is unlinked as soon as it is made where the system allows it (it then
// goes with the process, however that ends), or else removed by Close.
type Spill struct {
	mu   sync.Mutex
	f    *os.File
	path string // where it must still be removed by Close; "" once unlinked
	off  int64
	err  error // the first failure, reported by every later put and by Err
}

// spillRef is where a record lies in a Spill.
type spillRef struct {
	off int64
	n   int32
}

// SpillAt is where a record given to Spill.Put lies.
type SpillAt struct{ ref spillRef }

// Put writes a record to the spill (a build's other records that wait
// for a later pass, such as a held document's packed records) and
// returns where it lies.
func (s *Spill) Put(b []byte) (SpillAt, error) {
	ref, err := s.put(b)
	return SpillAt{ref}, err
}

// Get reads back the record written at a.
func (s *Spill) Get(a SpillAt) ([]byte, error) { return s.get(a.ref) }

// NewSpill makes a spill file in dir ("": the system's temporary
// folder).
func NewSpill(dir string) (*Spill, error) {
	f, err := os.CreateTemp(dir, "kg-evidence-*")
	if err != nil {
		return nil, fmt.Errorf("resolve: spill: %w", err)
	}
	s := &Spill{f: f, path: f.Name()}
	if os.Remove(f.Name()) == nil {
		s.path = ""
	}
	return s, nil
}

// Close closes the file, removing it if it was not unlinked at once.
func (s *Spill) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.path != "" {
		if e := os.Remove(s.path); e != nil && !errors.Is(e, os.ErrNotExist) && err == nil {
			err = e
		}
	}
	s.f = nil
	return err
}

// Err returns the first error writing or reading the file.
func (s *Spill) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *Spill) fail(err error) {
	s.mu.Lock()
	if s.err == nil {
		s.err = fmt.Errorf("resolve: spill: %w", err)
	}
	s.mu.Unlock()
}

// put appends a record.
func (s *Spill) put(b []byte) (spillRef, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return spillRef{}, s.err
	}
	if s.f == nil {
		s.err = errors.New("resolve: spill: closed")
		return spillRef{}, s.err
	}
	ref := spillRef{off: s.off, n: int32(len(b))}
	if _, err := s.f.WriteAt(b, s.off); err != nil {
		s.err = fmt.Errorf("resolve: spill: %w", err)
		return spillRef{}, s.err
	}
	s.off += int64(len(b))
	return ref, nil
}

// get reads a record back.
func (s *Spill) get(ref spillRef) ([]byte, error) {
	s.mu.Lock()
	f := s.f
	s.mu.Unlock()
	if f == nil {
		return nil, errors.New("resolve: spill: closed")
	}
	b := make([]byte, ref.n)
	if _, err := f.ReadAt(b, ref.off); err != nil {
		s.fail(err)
		return nil, fmt.Errorf("resolve: spill: %w", err)
	}
	return b, nil
}

// spillEvidence writes the evidence of the document's relations to s
// and lets the share's records of it go.
func (d *docInput) spillEvidence(s *Spill) error {
	e := wire.NewEncoder()
	e.Str(evidenceVersion)
	e.Uint(len(d.evs))
	for i := range d.evs {
		ev := d.evs[i].evidence()
		e.Evidence(&ev)
	}
	ref, err := s.put(e.Bytes())
	if err != nil {
		return err
	}
	d.evs, d.spill, d.evAt = nil, s, ref
	return nil
}

// relCount returns the number of the document's relations.
func (d *docInput) relCount() int {
	if d.rels == nil {
		return d.nrels
	}
	return len(d.rels)
}

// evidence returns the evidence of the document's relations, in their
// order: from the share, or read back from its spill.
func (d *docInput) evidence() ([]graph.Evidence, error) {
	if d.spill == nil {
		out := make([]graph.Evidence, len(d.evs))
		for i := range d.evs {
			out[i] = d.evs[i].evidence()
		}
		return out, nil
	}
	b, err := d.spill.get(d.evAt)
	if err != nil {
		return nil, err
	}
	r := wire.NewDecoder(b)
	if v := r.Str(); v != evidenceVersion {
		d.spill.fail(fmt.Errorf("document %s: record of version %q", d.doc, v))
		return nil, d.spill.Err()
	}
	n := r.Len()
	if n != d.relCount() && r.Err() == nil {
		d.spill.fail(fmt.Errorf("document %s: %d pieces of evidence for %d relations", d.doc, n, d.relCount()))
		return nil, d.spill.Err()
	}
	out := make([]graph.Evidence, n)
	for i := 0; i < n && r.Err() == nil; i++ {
		out[i] = r.Evidence()
		out[i].Extractor, out[i].Rule = internStr(out[i].Extractor), internStr(out[i].Rule)
	}
	if err := r.Done(); err != nil {
		d.spill.fail(fmt.Errorf("document %s: %w", d.doc, err))
		return nil, d.spill.Err()
	}
	ownTexts(out)
	return out, nil
}

// ownTexts gives a document's evidence strings of their own, so that
// the record they were decoded from (its strings are one allocation)
// can go, and makes every text that lies inside a wider one of them a
// substring of that one's copy. A document-level event's evidence runs
// from its first sentence to its last, and the evidence of another
// event of the document, or of a relation inside it, is part of the same
// stretch of text: at 30,000 generated articles the distinct texts were
// 2.5 times the size of the documents, and the evidence held in memory
// while the facts were made was the largest thing the build held. A
// text is taken as part of a wider one only where its offsets say so and
// the characters there are the same.
func ownTexts(evs []graph.Evidence) {
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := &evs[order[a]], &evs[order[b]]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End > y.End
	})
	var cover string // the text of the widest span so far
	cs, ce := 0, -1  // its offsets (runes)
	var doc, url, published string
	for _, i := range order {
		e := &evs[i]
		if e.Doc != doc || e.URL != url || e.Published != published {
			doc, url, published = strings.Clone(e.Doc), strings.Clone(e.URL), strings.Clone(e.Published)
		}
		e.Doc, e.URL, e.Published = doc, url, published
		if e.Start >= cs && e.End <= ce {
			if t, ok := runeSpan(cover, e.Start-cs, e.End-cs); ok && t == e.Text {
				e.Text = t
			} else { // not what the offsets say: a copy of its own
				e.Text = strings.Clone(e.Text)
			}
			continue
		}
		e.Text = strings.Clone(e.Text)
		if utf8.RuneCountInString(e.Text) == e.End-e.Start {
			cover, cs, ce = e.Text, e.Start, e.End
		}
	}
}

// runeSpan returns s's runes from the a-th to the b-th (b excluded); ok
// is false where s has fewer.
func runeSpan(s string, a, b int) (string, bool) {
	if a < 0 || b < a {
		return "", false
	}
	start, n := -1, 0
	for i := range s {
		if n == a {
			start = i
		}
		if n == b {
			return s[start:i], true
		}
		n++
	}
	if n == b && start >= 0 {
		return s[start:], true
	}
	if n == b && a == b {
		return "", true
	}
	return "", false
}

// internStr returns s from the process's set of strings: extractor and
// rule names repeat in every document.
func internStr(s string) string {
	if s == "" {
		return s
	}
	return unique.Make(s).Value()
}
