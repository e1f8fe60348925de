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
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/internal/huge"
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

// CRC returns the CRC-32C of b, the checksum a Sum records.
func CRC(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }

// SumOf reads r to its end and returns the Sum of what it read.
func SumOf(r io.Reader) (Sum, error) {
	h := crc32.New(castagnoli)
	n, err := io.CopyBuffer(h, r, make([]byte, 1<<20))
	return Sum{Size: n, CRC: h.Sum32()}, err
}

// Matches says whether the file at path has the Sum s now: false (and
// no error) when it is missing or of another size, the error when it
// cannot be read to its end.
func (s Sum) Matches(path string) (bool, error) {
	if st, err := os.Stat(path); err != nil || st.Size() != s.Size {
		return false, nil
	}
	got, err := SumFile(path)
	if err != nil {
		return false, err
	}
	return got == s, nil
}

// SumWriter passes what is written on to an io.Writer and keeps the Sum
// of it, so that a JSON-LD document's Sum is known once it is written
// without reading it back.
type SumWriter struct {
	w    io.Writer
	size int64
	crc  uint32
}

// NewSumWriter returns a SumWriter over w.
func NewSumWriter(w io.Writer) *SumWriter { return &SumWriter{w: w} }

// Write writes p to the underlying io.Writer; the Sum counts what it took.
func (s *SumWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.crc = crc32.Update(s.crc, castagnoli, p[:n])
	s.size += int64(n)
	return n, err
}

// Sum returns the Sum of all written so far.
func (s *SumWriter) Sum() Sum { return Sum{Size: s.size, CRC: s.crc} }

// CopySnapshot gives the JSON-LD just written at dst, whose Sum is sum,
// the snapshot beside the JSON-LD at src when that snapshot records sum:
// a snapshot holds the graph of the JSON-LD bytes it records, so it is
// dst's as well (and, written by this code, byte for byte what
// WriteSnapshot writes of that graph). The copy is written atomically;
// it reports whether there was one to copy (or it is already dst's
// snapshot); without one it writes nothing.
func CopySnapshot(src, dst string, sum Sum) (bool, error) {
	from, to := SnapshotPath(src), SnapshotPath(dst)
	if from == src || to == dst {
		return false, nil
	}
	f, err := os.Open(from)
	if err != nil {
		return false, nil
	}
	defer f.Close()
	head := make([]byte, len(snapshotMagic)+binary.MaxVarintLen64+4)
	n, _ := io.ReadFull(f, head)
	if got, _, err := snapshotHead(head[:n]); err != nil || got != sum {
		return false, nil
	}
	if st, err := f.Stat(); err == nil {
		if dt, err := os.Stat(to); err == nil && os.SameFile(st, dt) {
			return true, nil // the JSON-LD was written over its source
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	err = graph.WriteAtomicFunc(to, func(w io.Writer) error {
		_, err := io.Copy(w, f)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("write %s: %w", to, err)
	}
	return true, nil
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
// it) has the Sum src. The snapshot's body waits in a temporary file
// (in the system's temporary folder, unlinked at once where the system
// allows it) while its string table is gathered, which must come
// first: held in memory, it was the largest thing a build made after
// the graph (a third of a large graph's size again, twice over while
// it grew). Where no temporary file can be made it waits in memory.
func WriteSnapshot(w io.Writer, g *graph.KG, src Sum) error {
	e := wire.NewEncoder()
	if f, err := os.CreateTemp("", "kg-snapshot-*"); err == nil {
		unlinked := os.Remove(f.Name()) == nil
		defer func() {
			f.Close()
			if !unlinked {
				os.Remove(f.Name())
			}
		}()
		e.SpillTo(f)
	}
	return writeSnapshot(w, e, g, src)
}

// spillEvery is how many entities or facts writeSnapshot encodes
// between two moves of the body to its file.
const spillEvery = 1024

// writeSnapshot writes the snapshot of g with e.
func writeSnapshot(w io.Writer, e *wire.Encoder, g *graph.KG, src Sum) error {
	g = g.Sorted()
	e.Uint(len(g.Docs))
	for _, d := range g.Docs {
		for _, s := range []string{d.ID, d.Title, d.URL, d.Published, d.Lang} {
			e.Str(clean(s))
		}
	}
	e.Uint(len(g.Entities))
	for i, x := range g.Entities {
		if i%spillEvery == 0 {
			if err := e.Spill(); err != nil {
				return err
			}
		}
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
	for i, f := range g.Facts {
		if i%spillEvery == 0 {
			if err := e.Spill(); err != nil {
				return err
			}
		}
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
// point into rec, which must not change afterwards. A first pass finds
// where each run of entities and facts starts in the record and how many
// lists they hold; the runs are then decoded on every core, each into
// memory sized for it.
func decodeSnapshot(rec []byte) (*graph.KG, error) {
	d := wire.NewDecoderShared(rec)
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	body := d.Rest()
	l, ok := scanSnapshot(body)
	if !ok {
		return nil, fmt.Errorf("snapshot: %w", wire.ErrCorrupt)
	}
	g := &graph.KG{}
	if l.docs > 0 {
		g.Docs = make([]graph.DocInfo, l.docs)
	}
	if l.entities > 0 {
		g.Entities = make([]*graph.Entity, l.entities)
	}
	if l.facts > 0 {
		g.Facts = make([]*graph.Fact, l.facts)
	}
	sl := newSlabs(&l)
	errs := make([]error, len(l.runs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(l.runs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(l.runs) {
					return
				}
				r := &l.runs[i]
				end := len(body)
				if i+1 < len(l.runs) {
					end = l.runs[i+1].at
				}
				rd := d.At(body[r.at:end])
				switch r.kind {
				case docRun:
					rd.Uint() // the count, checked by the scan
					for j := range g.Docs {
						g.Docs[j] = graph.DocInfo{ID: rd.Str(), Title: rd.Str(), URL: rd.Str(), Published: rd.Str(), Lang: rd.Str()}
					}
				case entityRun:
					errs[i] = decodeEntities(rd, r, g.Entities[r.from:r.to], sl)
				case factRun:
					errs[i] = decodeFacts(rd, r, g.Facts[r.from:r.to], sl)
				}
				if errs[i] == nil {
					errs[i] = rd.Done() // the run ends where the next starts
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
	}
	return g, finish(g)
}

// The kinds of run of a snapshot.
const (
	docRun = iota
	entityRun
	factRun
)

// snapRun is a run of a snapshot's documents, entities or facts: where
// it starts in the record, its items, and how many list elements they
// hold, so that it is decoded into memory of its size.
type snapRun struct {
	kind, at, from, to         int
	strs, aliases, merges, evs int
	strAt, aliasAt, evAt       int // where its lists start in the slabs
}

// slabs is the memory a snapshot's entities and facts are decoded
// into: one allocation of each kind for the whole graph, each run taking
// its part, in huge pages where the system has them (huge.Make: 4 KiB
// pages of the graph of 30,000 articles took over 100,000 page faults).
type slabs struct {
	ents    []graph.Entity
	strs    []string
	aliases []graph.Alias
	facts   []graph.Fact
	evs     []graph.Evidence
}

// newSlabs allocates the slabs of l and sets where each run's lists
// start in them.
func newSlabs(l *snapLayout) *slabs {
	var strs, aliases, evs int
	for i := range l.runs {
		r := &l.runs[i]
		r.strAt, r.aliasAt, r.evAt = strs, aliases, evs
		strs, aliases, evs = strs+r.strs, aliases+r.aliases, evs+r.evs
	}
	return &slabs{ents: huge.Make[graph.Entity](l.entities), strs: huge.Make[string](strs),
		aliases: huge.Make[graph.Alias](aliases), facts: huge.Make[graph.Fact](l.facts), evs: huge.Make[graph.Evidence](evs)}
}

// snapLayout is what scanSnapshot finds.
type snapLayout struct {
	docs, entities, facts int
	runs                  []snapRun
}

// runItems is how many entities or facts a run holds (a variable for
// the tests).
var runItems = 4096

// scanner steps over the fields of a record without decoding them.
type scanner struct {
	b   []byte
	bad bool
}

func (s *scanner) uint() int {
	v, n := binary.Uvarint(s.b)
	if n <= 0 || v > math.MaxInt32 {
		s.bad, s.b = true, nil
		return 0
	}
	s.b = s.b[n:]
	return int(v)
}

// skip steps over n integers or strings.
func (s *scanner) skip(n int) {
	for range n {
		_, k := binary.Uvarint(s.b)
		if k <= 0 {
			s.bad, s.b = true, nil
			return
		}
		s.b = s.b[k:]
	}
}

// len reads a length, checked as Decoder.Len checks it.
func (s *scanner) len() int {
	n := s.uint()
	if n > len(s.b) {
		s.bad, s.b = true, nil
		return 0
	}
	return n
}

// raw steps over n bytes (a flag, a float).
func (s *scanner) raw(n int) {
	if len(s.b) < n {
		s.bad, s.b = true, nil
		return
	}
	s.b = s.b[n:]
}

// scanSnapshot finds the runs of the record's body (the fields
// WriteSnapshot writes, after the string table); false if it is cut
// short or has bytes after its end.
func scanSnapshot(body []byte) (snapLayout, bool) {
	var l snapLayout
	s := &scanner{b: body}
	at := func() int { return len(body) - len(s.b) }
	l.docs = s.len()
	l.runs = append(l.runs, snapRun{kind: docRun, at: 0})
	s.skip(5 * l.docs)
	runAt := at() // the first run reads the count
	l.entities = s.len()
	for i := 0; i < l.entities && !s.bad; i++ {
		if i%runItems == 0 {
			l.runs = append(l.runs, snapRun{kind: entityRun, at: runAt, from: i, to: min(i+runItems, l.entities)})
		}
		r := &l.runs[len(l.runs)-1]
		s.skip(3)
		s.raw(1)
		k := s.len()
		r.aliases += k
		for range k {
			s.skip(3)
			n := s.len()
			r.strs += n
			s.skip(n)
		}
		for range 2 { // sameAs, roles
			n := s.len()
			r.strs += n
			s.skip(n)
		}
		s.skip(2)
		n := s.len()
		r.strs += n
		s.skip(n)
		k = s.len()
		r.merges += k
		for range k {
			s.skip(4)
			s.raw(8)
		}
		runAt = at()
	}
	if l.entities == 0 {
		l.runs = append(l.runs, snapRun{kind: entityRun, at: runAt})
	}
	runAt = at()
	l.facts = s.len()
	for i := 0; i < l.facts && !s.bad; i++ {
		if i%runItems == 0 {
			l.runs = append(l.runs, snapRun{kind: factRun, at: runAt, from: i, to: min(i+runItems, l.facts)})
		}
		r := &l.runs[len(l.runs)-1]
		s.skip(7)
		k := s.len()
		r.evs += k
		s.skip(13 * k)
		runAt = at()
	}
	if l.facts == 0 {
		l.runs = append(l.runs, snapRun{kind: factRun, at: runAt})
	}
	return l, !s.bad && len(s.b) == 0
}

// decodeEntities decodes run r's entities into out; the run's first
// reads the count of entities.
func decodeEntities(d *wire.Decoder, r *snapRun, out []*graph.Entity, sl *slabs) error {
	if r.from == 0 {
		d.Uint() // the count, checked by the scan
	}
	all := sl.ents[r.from:r.to:r.to]
	strs := sl.strs[r.strAt : r.strAt+r.strs : r.strAt+r.strs]
	aliases := sl.aliases[r.aliasAt : r.aliasAt+r.aliases : r.aliasAt+r.aliases]
	var merges []graph.Merge
	if r.merges > 0 {
		merges = make([]graph.Merge, r.merges)
	}
	take := func() []string { // a list of strings, cut from strs
		n := d.Len()
		if n == 0 || n > len(strs) {
			return nil
		}
		out := strs[:n:n]
		strs = strs[n:]
		for i := range out {
			out[i] = d.Str()
		}
		return out
	}
	for i := range all {
		x := &all[i]
		x.ID = d.Str()
		x.Type = graph.EntityType(d.Str())
		if !x.Type.Valid() && d.Err() == nil {
			return fmt.Errorf("entity %q: unknown type %q", x.ID, x.Type)
		}
		x.Name = d.Str()
		x.Romanized = d.Bool()
		if k := d.Len(); k > 0 && k <= len(aliases) {
			x.Aliases, aliases = aliases[:k:k], aliases[k:]
			for j := range x.Aliases {
				x.Aliases[j] = graph.Alias{Text: d.Str(), Lang: d.Str(), Count: d.Int(), Docs: take()}
			}
		}
		x.SameAs = take()
		x.Roles = take()
		x.Date = d.Str()
		x.Mentions = d.Int()
		x.Docs = take()
		if k := d.Len(); k > 0 && k <= len(merges) {
			x.Merges, merges = merges[:k:k], merges[k:]
			for j := range x.Merges {
				x.Merges[j] = graph.Merge{Form: d.Str(), Into: d.Str(), Rule: d.Str(), Key: d.Str(), Score: d.Float()}
			}
		}
		out[i] = x
	}
	return d.Err()
}

// decodeFacts decodes run r's facts into out; the run's first reads the
// count of facts.
func decodeFacts(d *wire.Decoder, r *snapRun, out []*graph.Fact, sl *slabs) error {
	if r.from == 0 {
		d.Uint() // the count, checked by the scan
	}
	all := sl.facts[r.from:r.to:r.to]
	evs := sl.evs[r.evAt : r.evAt+r.evs : r.evAt+r.evs]
	for i := range all {
		f := &all[i]
		f.ID = d.Str()
		f.Subject = d.Str()
		f.Predicate = graph.Predicate(d.Str())
		if !f.Predicate.Valid() && d.Err() == nil {
			return fmt.Errorf("fact %q: unknown predicate %q", f.ID, f.Predicate)
		}
		f.Object = d.Str()
		f.Role = d.Str()
		f.RolePhrase = d.Str()
		f.Confidence = float64(d.Int()) / 1000
		if k := d.Len(); k > 0 && k <= len(evs) {
			f.Evidence, evs = evs[:k:k], evs[k:]
			for j := range f.Evidence {
				f.Evidence[j] = graph.Evidence{Doc: d.Str(), URL: d.Str(), Published: d.Str(), Text: d.Str(),
					Start: d.Int(), End: d.Int(), SubjectStart: d.Int(), SubjectEnd: d.Int(), ObjectStart: d.Int(), ObjectEnd: d.Int(),
					Extractor: d.Str(), Rule: d.Str(), Confidence: float64(d.Int()) / 1000}
			}
		}
		out[i] = f
	}
	return d.Err()
}

// finish does what Read does after parsing: normalise the graph (a
// graph read back from its own output already is: then only its lookup
// index is built) and check that every fact's ends are entities of it,
// on every core.
func finish(g *graph.KG) error {
	workers := runtime.GOMAXPROCS(0)
	if g.Normalized() {
		g.Entity("") // builds the index; ids are distinct, so lookups only read it
	} else {
		g.Normalize()
		workers = 1 // equal ids: a lookup may build the index again
	}
	bad := make([]*graph.Fact, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := len(g.Facts)*w/workers, len(g.Facts)*(w+1)/workers
			for _, f := range g.Facts[from:to] {
				if g.Entity(f.Subject) == nil || g.Entity(f.Object) == nil {
					bad[w] = f
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, f := range bad {
		if f != nil {
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
	b, unmap, err := mapFile(sf, st.Size()) // the graph's strings point into b
	if err != nil {
		return nil, false
	}
	want, rec, err := snapshotHead(b)
	if err != nil {
		unmap()
		return nil, false
	}
	if st, err := os.Stat(path); err != nil || st.Size() != want.Size || !st.Mode().IsRegular() {
		unmap()
		return nil, false
	}
	sums := make(chan bool, 1)
	go func() {
		ok, err := want.Matches(path)
		sums <- err == nil && ok
	}()
	// Everything decoded is kept: collecting garbage meanwhile would
	// only trace the graph again and again.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	g, err := decodeSnapshot(rec)
	if ok := <-sums; !ok || err != nil {
		g = nil
		unmap()
		return nil, false
	}
	return g, true
}

// readFull reads the first n bytes of f into memory.
func readFull(f *os.File, n int64) ([]byte, func(), error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, nil, err
	}
	return b, func() {}, nil
}

// SnapshotOf returns the snapshot bytes of g, whose JSON-LD has Sum src.
func SnapshotOf(g *graph.KG, src Sum) ([]byte, error) {
	var b bytes.Buffer
	err := writeSnapshot(&b, wire.NewEncoder(), g, src)
	return b.Bytes(), err
}
