package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"newskg/graph"
	"newskg/graph/internal/wire"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// A worker makes the resolver rows of the documents it stores (the
// premade table) while it holds their jobs, so that the resolution,
// which one worker runs alone once the queue is empty, reads them
// instead of making them: a deferred document is completed against the
// titles stored then, and its row is taken only when what its pass
// read under its people's keys is what every document's titles give at
// the resolution (the digest a kept resolver row is checked by);
// otherwise the resolution completes it again. A row is taken only for
// the document's content hash, extraction generation and resolver
// version it was made for, so a taken row is the one the resolution
// would have made.

// Ahead is a document's output as a worker holds it after extracting
// it: Output is its stored output (whose titles the completing pass
// reads across documents), Settled, for a deferred document, its
// output after that pass and the keys the pass read.
type Ahead struct {
	Doc, Hash string
	Gen       int64 // the extraction generation Output was stored for
	Output    Extraction
	Settled   *Settled
}

// Premaker makes rows ahead of a resolution for one process; it keeps
// the titles of every stored document it has read, by document.
type Premaker struct {
	s       *Store
	corpus  Corpus
	base    *kb.KB
	version string
	titles  map[string]keptTitles
	all     map[string][]graph.Relation // as Titles last gave them
}

type keptTitles struct {
	hash   string
	gen    int64
	titles []graph.Relation
}

// NewPremaker returns a premaker for resolutions with opt's knowledge
// base and corpus passes.
func (s *Store) NewPremaker(opt ResolveOptions) *Premaker {
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	return &Premaker{s: s, corpus: opt.Corpus, base: base, version: resolverVersion(base, opt.Corpus), titles: map[string]keptTitles{}}
}

// Titles returns the titles of every extracted document (what the
// completing pass reads across documents), by document: those of held
// from their outputs, the others from their premade or resolver rows,
// else from their stored outputs, each read once per process and
// generation.
func (m *Premaker) Titles(ctx context.Context, held []Ahead) (map[string][]graph.Relation, error) {
	if m.corpus == nil {
		return nil, nil
	}
	for _, a := range held {
		m.titles[a.Doc] = keptTitles{a.Hash, a.Gen, m.corpus.Titles(a.Output)}
	}
	rows, err := m.s.query(ctx, `SELECT id, hash, done FROM documents WHERE done > 0`)
	if err != nil {
		return nil, err
	}
	want := map[string]keptTitles{}
	for rows.Next() {
		var k keptTitles
		var id string
		if err := rows.Scan(&id, &k.hash, &k.gen); err != nil {
			rows.Close()
			return nil, err
		}
		want[id] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var missing []string
	for id, k := range want {
		if t, ok := m.titles[id]; !ok || t.hash != k.hash || t.gen != k.gen {
			missing = append(missing, id)
		}
	}
	slices.Sort(missing)
	// from kept tails: premade rows of the document's hash, resolver
	// rows of its generation
	for _, q := range []string{
		`SELECT doc, hash, gen, tail FROM premade WHERE version = ? AND doc IN (`,
		`SELECT doc, '', gen, tail FROM resolver WHERE version = ? AND doc IN (`,
	} {
		var left []string
		got := map[string]bool{}
		err := chunks(missing, inBatch, func(ids []string) error {
			rows, err := m.s.query(ctx, q+inList(len(ids))+`)`, append([]any{m.version}, anys(ids)...)...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id, hash string
				var gen int64
				var b []byte
				if err := rows.Scan(&id, &hash, &gen, &b); err != nil {
					return err
				}
				w := want[id]
				if gen != w.gen || hash != "" && hash != w.hash {
					continue
				}
				if t, err := decodeTail(b); err == nil {
					m.titles[id] = keptTitles{w.hash, w.gen, t.titles}
					got[id] = true
				}
			}
			return rows.Err()
		})
		if err != nil {
			return nil, err
		}
		for _, id := range missing {
			if !got[id] {
				left = append(left, id)
			}
		}
		missing = left
	}
	for lo := 0; lo < len(missing); lo += readBatch {
		batch := missing[lo:min(lo+readBatch, len(missing))]
		xs, err := m.s.extractionsOf(ctx, batch)
		if err != nil {
			return nil, err
		}
		for _, id := range batch {
			m.titles[id] = keptTitles{want[id].hash, want[id].gen, m.corpus.Titles(xs[id])}
		}
	}
	m.all = make(map[string][]graph.Relation, len(want))
	for id := range m.titles {
		if _, ok := want[id]; !ok {
			delete(m.titles, id)
		} else if ts := m.titles[id].titles; len(ts) > 0 {
			m.all[id] = ts
		}
	}
	return m.all, nil
}

// Put makes the rows of docs and stores them, replacing older ones; a
// deferred document's (Settled set) is kept with the digest of what the
// titles Titles last gave hold under its keys. It returns how many rows
// it stored.
func (m *Premaker) Put(ctx context.Context, docs []Ahead) (int, error) {
	var fp func([]string) []string
	if m.corpus != nil {
		fp = m.corpus.Fingerprint(m.all)
	}
	type made struct {
		a   Ahead
		r   *row
		out []byte
	}
	// in document order: two workers writing rows of one document lock
	// them in the same order
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b Ahead) int { return strings.Compare(a.Doc, b.Doc) })
	var ms []made
	sum := resolve.NewSummarizer(m.base)
	for _, a := range docs {
		t := &tail{}
		x, settled := a.Output, ""
		var keys []string
		if m.corpus != nil {
			t.titles = m.corpus.Titles(a.Output)
			if a.Settled != nil {
				x, keys, settled = a.Settled.Output, a.Settled.Keys, fp(a.Settled.Keys)[0]
			}
		}
		_, r, err := makeRow(sum, a.Doc, a.Gen, x, t, keys, settled, m.version)
		if err != nil {
			return 0, err
		}
		ms = append(ms, made{a, r, encodeMentions(mentionsOf(x))})
	}
	err := m.s.Update(ctx, func(tx *Tx) error {
		w := tx.rows(`premade (doc, hash, gen, version, settled, tail, share, output)`, 8,
			` ON CONFLICT (doc) DO UPDATE SET hash = excluded.hash, gen = excluded.gen, version = excluded.version, settled = excluded.settled, tail = excluded.tail, share = excluded.share, output = excluded.output`)
		for _, x := range ms {
			if err := w.add(ctx, x.a.Doc, x.a.Hash, x.a.Gen, x.r.version, x.r.settled, x.r.tail, x.r.share, x.out); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(ms), nil
}

// makeRow makes, with sum, a document's share and resolver row
// (without its assignment) from its output x after the completing pass,
// which read keys and found what settled digests; t holds the titles of
// its stored output and gets the rest of its tail.
func makeRow(sum *resolve.Summarizer, id string, gen int64, x Extraction, t *tail, keys []string, settled, version string) (*resolve.Share, *row, error) {
	sh, err := sum.SummarizeDoc(id, x.Mentions, x.Relations)
	if err != nil {
		return nil, nil, fmt.Errorf("document %s: %w", id, err)
	}
	t.keys = keys
	t.events, t.erels = eventsOf(x)
	b, err := sh.MarshalBinary()
	if err != nil {
		return nil, nil, fmt.Errorf("document %s: %w", id, err)
	}
	return sh, &row{doc: id, gen: gen, version: version, settled: settled, tail: t.encode(), share: b}, nil
}

func encodeMentions(ms []graph.Mention) []byte {
	e := wire.NewEncoder()
	e.Uint(len(ms))
	for i := range ms {
		e.Mention(&ms[i])
	}
	return e.Bytes()
}

func decodeMentions(b []byte) ([]graph.Mention, error) {
	d := wire.NewDecoder(b)
	ms := make([]graph.Mention, d.Len())
	for i := range ms {
		ms[i] = d.Mention()
	}
	return ms, d.Done()
}

// takePremade gives the documents of redo (those whose kept row cannot
// be read) the premade row of their content hash, generation and
// version where there is one: their share, tail, output and row to
// write; it returns the others.
func (s *Store) takePremade(ctx context.Context, sc *scratch, redo []string, byID map[string]*prepared, version string, base *kb.KB) ([]string, error) {
	if len(redo) == 0 {
		return redo, nil
	}
	dec := resolve.NewShareDecoder(base)
	taken := map[string]bool{}
	err := chunks(redo, inBatch, func(ids []string) error {
		rows, err := s.query(ctx, `SELECT p.doc, p.gen, p.settled, p.tail, p.share, p.output FROM premade p JOIN documents d ON d.id = p.doc AND d.hash = p.hash
			WHERE p.version = ? AND p.doc IN (`+inList(len(ids))+`)`, append([]any{version}, anys(ids)...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := &row{version: version}
			var out []byte
			if err := rows.Scan(&r.doc, &r.gen, &r.settled, &r.tail, &r.share, &out); err != nil {
				return err
			}
			p := byID[r.doc]
			if p == nil || r.gen != p.doc.done {
				continue
			}
			t, err := decodePacked(r.tail)
			if err != nil {
				continue
			}
			sh, err := dec.Decode(r.share)
			if err != nil {
				continue
			}
			ms, err := decodeMentions(out)
			if err != nil {
				continue
			}
			if err := p.park(sc, r, ms); err != nil {
				return err
			}
			p.tail, p.share, p.old = t, sh, nil
			taken[r.doc] = true
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	left := redo[:0:0]
	for _, id := range redo {
		if !taken[id] {
			left = append(left, id)
		}
	}
	return left, nil
}

// keptSettled is the digest a document's kept or premade row was
// settled with.
func keptSettled(p *prepared, rows map[string]*row) string {
	if p.row != nil {
		return p.row.settled
	}
	return rows[p.doc.info.ID].settled
}

// dropPremade deletes, after a resolution and in a transaction of its
// own, the premade rows that a resolver row as recent replaced, and
// those of documents no longer there. It is tidying, not part of the
// resolution: when it fails (a worker writing rows at the same time
// may make one of the two give way), the rows stay until the next
// resolution, and none is taken for another generation.
func (s *Store) dropPremade(ctx context.Context) {
	s.Update(ctx, func(tx *Tx) error {
		_, err := tx.exec(ctx, `DELETE FROM premade WHERE gen <= (SELECT r.gen FROM resolver r WHERE r.doc = premade.doc) OR doc NOT IN (SELECT id FROM documents)`)
		return err
	})
}
