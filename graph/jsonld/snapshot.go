package jsonld

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/internal/iri"
	"newskg/graph/internal/wire"
)

// A snapshot is the graph of a graph.jsonld in a compact binary form
// (graph/internal/wire: every string once, numbers as varints), written
// beside it by kg build so that kg export and kg serve load a large
// graph in a fraction of the time and memory that parsing the JSON-LD
// takes. It records the size and CRC-32C of the JSON-LD it was written
// with: a snapshot whose JSON-LD has since changed (edited by hand,
// written again by another tool) is ignored and the JSON-LD read
// instead. The graph it gives is the graph Read gives of that JSON-LD,
// field for field (confidences rounded, sameAs as IRIs, invalid UTF-8
// replaced, as the JSON-LD holds them); it holds no time or path, so the
// same graph gives the same bytes.

// snapshotMagic starts a snapshot; its last digit is the version.
const snapshotMagic = "kg-graph-snapshot 1\n"

// SnapshotPath returns the snapshot's path for the JSON-LD at path:
// DIR/graph.snapshot for DIR/graph.jsonld.
func SnapshotPath(path string) string {
	return strings.TrimSuffix(path, ".jsonld") + ".snapshot"
}

// Sum identifies the bytes of a JSON-LD document: its size and CRC-32C.
type Sum struct {
	Size int64
	CRC  uint32
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// SumOf reads r to its end and returns the Sum of what it read.
func SumOf(r io.Reader) (Sum, error) {
	h := crc32.New(castagnoli)
	n, err := io.CopyBuffer(h, r, make([]byte, 1<<20))
	return Sum{Size: n, CRC: h.Sum32()}, err
}

// SumFile returns the Sum of the file at path.
func SumFile(path string) (Sum, error) {
	f, err := os.Open(path)
	if err != nil {
		return Sum{}, err
	}
	defer f.Close()
	return SumOf(f)
}

// WriteSnapshot writes the snapshot of g, whose JSON-LD (as Write writes
// it) has the Sum src.
func WriteSnapshot(w io.Writer, g *graph.KG, src Sum) error {
	g = g.Sorted()
	e := wire.NewEncoder()
	e.Uint(len(g.Docs))
	for _, d := range g.Docs {
		for _, s := range []string{d.ID, d.Title, d.URL, d.Published, d.Lang} {
			e.Str(clean(s))
		}
	}
	e.Uint(len(g.Entities))
	for _, x := range g.Entities {
		e.Str(x.ID)
		e.Str(string(x.Type))
		e.Str(clean(x.Name))
		e.Bool(x.Romanized)
		e.Uint(len(x.Aliases))
		for _, a := range x.Aliases {
			e.Str(clean(a.Text))
			e.Str(clean(a.Lang))
			e.Int(a.Count)
			cleanStrs(e, a.Docs)
		}
		e.Uint(len(x.SameAs))
		for _, s := range x.SameAs {
			e.Str(clean(iri.External(s)))
		}
		cleanStrs(e, x.Roles)
		e.Str(clean(x.Date))
		e.Int(x.Mentions)
		cleanStrs(e, x.Docs)
		e.Uint(len(x.Merges))
		for _, m := range x.Merges {
			e.Str(clean(m.Form))
			e.Str(clean(m.Into))
			e.Str(clean(m.Rule))
			e.Str(clean(m.Key))
			e.Float(m.Score)
		}
	}
	e.Uint(len(g.Facts))
	for _, f := range g.Facts {
		e.Str(f.ID)
		e.Str(f.Subject)
		e.Str(string(f.Predicate))
		e.Str(f.Object)
		e.Str(clean(f.Role))
		e.Str(clean(f.RolePhrase))
		e.Int(thousandths(f.Confidence))
		e.Uint(len(f.Evidence))
		for i := range f.Evidence {
			v := &f.Evidence[i]
			e.Str(clean(v.Doc))
			e.Str(clean(v.URL))
			e.Str(clean(v.Published))
			e.Str(clean(v.Text))
			e.Int(v.Start)
			e.Int(v.End)
			e.Int(v.SubjectStart)
			e.Int(v.SubjectEnd)
			e.Int(v.ObjectStart)
			e.Int(v.ObjectEnd)
			e.Str(clean(v.Extractor))
			e.Str(clean(v.Rule))
			e.Int(thousandths(v.Confidence))
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(snapshotMagic)
	var head []byte
	head = binary.AppendUvarint(head, uint64(src.Size))
	head = binary.LittleEndian.AppendUint32(head, src.CRC)
	bw.Write(head)
	if _, err := e.WriteTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// thousandths is x rounded as the JSON-LD writes it, in thousandths.
func thousandths(x float64) int { return int(int64(x*1000 + 0.5)) }

// clean replaces each byte of invalid UTF-8 by U+FFFD, as the JSON-LD
// writer does.
func clean(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune { return r }, s) // each bad byte becomes U+FFFD
}

func cleanStrs(e *wire.Encoder, ss []string) {
	e.Uint(len(ss))
	for _, s := range ss {
		e.Str(clean(s))
	}
}

// ErrNoSnapshot is returned by ReadSnapshot for a file that is not a
// snapshot (or one of another version).
var ErrNoSnapshot = errors.New("not a graph snapshot")

// snapshotHead reads a snapshot's magic and the Sum it records, and
// returns the record that follows.
func snapshotHead(b []byte) (Sum, []byte, error) {
	if len(b) < len(snapshotMagic) || string(b[:len(snapshotMagic)]) != snapshotMagic {
		return Sum{}, nil, ErrNoSnapshot
	}
	b = b[len(snapshotMagic):]
	size, n := binary.Uvarint(b)
	if n <= 0 || len(b) < n+4 {
		return Sum{}, nil, ErrNoSnapshot
	}
	crc := binary.LittleEndian.Uint32(b[n:])
	return Sum{Size: int64(size), CRC: crc}, b[n+4:], nil
}

// ReadSnapshot reads a snapshot: the graph and the Sum of the JSON-LD it
// was written with.
func ReadSnapshot(r io.Reader) (*graph.KG, Sum, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, Sum{}, err
	}
	sum, rec, err := snapshotHead(b)
	if err != nil {
		return nil, sum, err
	}
	g, err := decodeSnapshot(rec)
	return g, sum, err
}

// decodeSnapshot decodes the record of a snapshot; the graph's strings
// point into rec, which must not change afterwards.
func decodeSnapshot(rec []byte) (*graph.KG, error) {
	d := wire.NewDecoderShared(rec)
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	g := &graph.KG{}
	if n := d.Len(); n > 0 {
		g.Docs = make([]graph.DocInfo, n)
		for i := range g.Docs {
			g.Docs[i] = graph.DocInfo{ID: d.Str(), Title: d.Str(), URL: d.Str(), Published: d.Str(), Lang: d.Str()}
		}
	}
	var evs arena[graph.Evidence]
	var lists arena[string]
	strs := func() []string { // d.Strs, from the arena
		n := d.Len()
		if n == 0 {
			return nil
		}
		out := lists.take(n)
		for i := range out {
			out[i] = d.Str()
		}
		return out
	}
	if n := d.Len(); n > 0 {
		g.Entities = make([]*graph.Entity, n)
		all := make([]graph.Entity, n) // one allocation for every entity
		for i := range all {
			x := &all[i]
			x.ID = d.Str()
			x.Type = graph.EntityType(d.Str())
			if !x.Type.Valid() {
				return nil, fmt.Errorf("snapshot: entity %q: unknown type %q", x.ID, x.Type)
			}
			x.Name = d.Str()
			x.Romanized = d.Bool()
			if k := d.Len(); k > 0 {
				x.Aliases = make([]graph.Alias, k)
				for j := range x.Aliases {
					x.Aliases[j] = graph.Alias{Text: d.Str(), Lang: d.Str(), Count: d.Int(), Docs: strs()}
				}
			}
			x.SameAs = strs()
			x.Roles = strs()
			x.Date = d.Str()
			x.Mentions = d.Int()
			x.Docs = strs()
			if k := d.Len(); k > 0 {
				x.Merges = make([]graph.Merge, k)
				for j := range x.Merges {
					x.Merges[j] = graph.Merge{Form: d.Str(), Into: d.Str(), Rule: d.Str(), Key: d.Str(), Score: d.Float()}
				}
			}
			g.Entities[i] = x
			if d.Err() != nil {
				break
			}
		}
	}
	if n := d.Len(); n > 0 {
		g.Facts = make([]*graph.Fact, n)
		all := make([]graph.Fact, n)
		for i := range all {
			f := &all[i]
			f.ID = d.Str()
			f.Subject = d.Str()
			f.Predicate = graph.Predicate(d.Str())
			if !f.Predicate.Valid() {
				return nil, fmt.Errorf("snapshot: fact %q: unknown predicate %q", f.ID, f.Predicate)
			}
			f.Object = d.Str()
			f.Role = d.Str()
			f.RolePhrase = d.Str()
			f.Confidence = float64(d.Int()) / 1000
			if k := d.Len(); k > 0 {
				f.Evidence = evs.take(k)
				for j := range f.Evidence {
					f.Evidence[j] = graph.Evidence{Doc: d.Str(), URL: d.Str(), Published: d.Str(), Text: d.Str(),
						Start: d.Int(), End: d.Int(), SubjectStart: d.Int(), SubjectEnd: d.Int(), ObjectStart: d.Int(), ObjectEnd: d.Int(),
						Extractor: d.Str(), Rule: d.Str(), Confidence: float64(d.Int()) / 1000}
				}
			}
			g.Facts[i] = f
			if d.Err() != nil {
				break
			}
		}
	}
	if err := d.Done(); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return g, finish(g)
}

// arena hands out short slices cut from large blocks, so that a graph
// of a million evidence records is a few hundred allocations. Each slice
// is capped at its length: appending to it copies.
type arena[T any] struct{ block []T }

func (a *arena[T]) take(n int) []T {
	if n > len(a.block) {
		a.block = make([]T, max(n, 4096))
	}
	s := a.block[:n:n]
	a.block = a.block[n:]
	return s
}

// finish does what Read does after parsing: normalise the graph and
// check that every fact's ends are entities of it.
func finish(g *graph.KG) error {
	g.Normalize()
	for _, f := range g.Facts {
		if g.Entity(f.Subject) == nil || g.Entity(f.Object) == nil {
			return fmt.Errorf("jsonld: fact %s refers to a missing entity", f.ID)
		}
	}
	return nil
}

// Source says where ReadFile took a graph from.
type Source int

// The sources of ReadFile.
const (
	FromJSONLD    Source = iota // no snapshot beside the JSON-LD
	FromSnapshot                // the snapshot, which records the JSON-LD as it is
	StaleSnapshot               // the JSON-LD: the snapshot records other bytes, or is unreadable
)

// ReadFile reads the graph saved at path (a graph.jsonld): from its
// snapshot (SnapshotPath) when there is one that records the JSON-LD as
// it is now, else from the JSON-LD itself. Either way the graph is the
// one Read gives of the JSON-LD. The snapshot is decoded while the
// JSON-LD's sum is checked.
func ReadFile(path string) (*graph.KG, Source, error) {
	if g, ok := readSnapshotFor(path); ok {
		return g, FromSnapshot, nil
	}
	src := FromJSONLD
	if _, err := os.Stat(SnapshotPath(path)); err == nil {
		src = StaleSnapshot
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, src, err
	}
	defer f.Close()
	g, err := Read(f)
	return g, src, err
}

// readSnapshotFor returns the graph of path's snapshot, when there is
// one, it decodes, and it records the Sum of the file at path.
func readSnapshotFor(path string) (*graph.KG, bool) {
	if SnapshotPath(path) == path {
		return nil, false
	}
	sf, err := os.Open(SnapshotPath(path))
	if err != nil {
		return nil, false
	}
	defer sf.Close()
	st, err := sf.Stat()
	if err != nil || st.Size() > math.MaxInt32*int64(64) {
		return nil, false
	}
	b := make([]byte, st.Size()) // one buffer: the graph's strings point into it
	if _, err := io.ReadFull(sf, b); err != nil {
		return nil, false
	}
	want, rec, err := snapshotHead(b)
	if err != nil {
		return nil, false
	}
	if st, err := os.Stat(path); err != nil || st.Size() != want.Size || !st.Mode().IsRegular() {
		return nil, false
	}
	sums := make(chan bool, 1)
	go func() {
		got, err := SumFile(path)
		sums <- err == nil && got == want
	}()
	// Everything decoded is kept: collecting garbage meanwhile would
	// only trace the graph again and again.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	g, err := decodeSnapshot(rec)
	if ok := <-sums; !ok || err != nil {
		return nil, false
	}
	return g, true
}

// SnapshotOf returns the snapshot bytes of g, whose JSON-LD has Sum src.
func SnapshotOf(g *graph.KG, src Sum) ([]byte, error) {
	var b bytes.Buffer
	err := WriteSnapshot(&b, g, src)
	return b.Bytes(), err
}
