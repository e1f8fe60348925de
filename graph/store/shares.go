package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"newskg/graph"
	"newskg/graph/internal/wire"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// A resolution reads, for each document, what the last one kept of it
// (the resolver table): what the corpus passes read of it (its tail),
// the resolver's reduction of its mentions and relations (its share,
// graph/resolve.Share) and the entity each of its forms went to. A
// document's row is made again when its extraction changed (its
// generation), when the resolver, the passes or the knowledge base
// changed (the version), or, for a document whose relations wait for
// the corpus pass that places leaders, when what that pass read for it
// changed (settled). Everything else is read, not made.

// Corpus is the extraction's corpus-level passes as a resolution runs
// them: the pass that completes deferred documents (leaders whose
// country another article gives) and event linking across documents.
// The store keeps what they read of each document, so that the first
// pass runs again only for a deferred document whose input changed.
type Corpus interface {
	// Version names the passes (with the extraction): rows made under
	// another version are made again.
	Version() string
	// Titles returns the relations of a document's stored output that
	// the completing pass reads across documents.
	Titles(x Extraction) []graph.Relation
	// Fingerprint returns a function giving digests of what the titles
	// of all documents (by document) hold under some keys, as far as the
	// completing pass reads them: a deferred document whose kept digest
	// is one of them would come out of the pass as it did. The first is
	// the one to keep; the others are digests earlier versions kept.
	Fingerprint(titles map[string][]graph.Relation) func(keys []string) []string
	// Settle completes deferred documents (their text and stage in
	// claims) with the titles of all documents: for each, its output
	// after the pass and the keys of the titles it may have read.
	Settle(ctx context.Context, claims []Claim, titles map[string][]graph.Relation) (map[string]Settled, error)
	// Events returns event linking across documents, to be given every
	// document's delegation and event mentions and relations with such
	// an end, a document at a time, in document order.
	Events() EventLinking
}

// EventLinking links the events of different documents (Corpus.Events),
// given them a document at a time: it keeps what linking reads of them,
// not the mentions and relations.
type EventLinking interface {
	// Add notes the delegation and event mentions of document doc and
	// its relations with such an end.
	Add(doc string, ms []graph.Mention, rels []graph.Relation)
	// Link links the events noted, with each document's publication
	// date, and returns the key each delegation and event mention
	// takes in place of the one it had (nil: none changes).
	Link(published map[string]string) func(graph.Mention) string
}

// Settled is a deferred document after the completing pass.
type Settled struct {
	Output Extraction
	Keys   []string // the keys of the titles the pass read
}

// row is a document's row of the resolver table.
type row struct {
	doc     string
	gen     int64
	version string
	settled string
	tail    []byte
	share   []byte
	assign  []byte
}

// tail is what the corpus passes read of a document: the titles of its
// stored output, the keys a deferred document's pass read, and the
// delegation and event mentions and the relations with such an end of
// its output after that pass, for event linking.
type tail struct {
	titles []graph.Relation
	keys   []string
	events []graph.Mention
	erels  []graph.Relation
	// enc is the tail encoded, where its events wait packed (pack),
	// nev and nrel how many events and relations it has
	enc       []byte
	nev, nrel int
}

const tailVersion = "tail-1"

func (t *tail) encode() []byte {
	e := wire.NewEncoder()
	e.Str(tailVersion)
	e.Uint(len(t.titles))
	for i := range t.titles {
		e.Relation(&t.titles[i])
	}
	e.Strs(t.keys)
	e.Uint(len(t.events))
	for i := range t.events {
		e.Mention(&t.events[i])
	}
	e.Uint(len(t.erels))
	for i := range t.erels {
		e.Relation(&t.erels[i])
	}
	return e.Bytes()
}

func decodeTail(b []byte) (*tail, error) {
	d := wire.NewDecoder(b)
	t, err := decodeTailHead(d)
	if err != nil {
		return nil, err
	}
	t.events = make([]graph.Mention, d.Len())
	for i := range t.events {
		t.events[i] = d.Mention()
	}
	t.erels = make([]graph.Relation, d.Len())
	for i := range t.erels {
		t.erels[i] = d.Relation()
	}
	return t, d.Done()
}

// decodeTailHead reads what a tail has before its events: its titles
// and keys.
func decodeTailHead(d *wire.Decoder) (*tail, error) {
	if v := d.Str(); v != tailVersion {
		return nil, fmt.Errorf("tail of version %q", v)
	}
	t := &tail{}
	t.titles = make([]graph.Relation, d.Len())
	for i := range t.titles {
		t.titles[i] = d.Relation()
	}
	t.keys = d.Strs()
	return t, d.Err()
}

// decodePacked reads a kept tail as pack leaves it: its titles and
// keys, its events and their relations only counted, left encoded in
// b until event linking reads them (linkEvents). Decoding them here as
// well, to let them go at once, read every stored document's events
// twice. The titles and keys point into b (wire.NewDecoderShared),
// which the tail keeps.
func decodePacked(b []byte) (*tail, error) {
	d := wire.NewDecoderShared(b)
	t, err := decodeTailHead(d)
	if err != nil {
		return nil, err
	}
	t.enc = b
	t.nev = d.Len()
	for i := 0; i < t.nev && d.Err() == nil; i++ {
		d.Mention()
	}
	t.nrel = d.Len()
	for i := 0; i < t.nrel && d.Err() == nil; i++ {
		d.Relation()
	}
	return t, d.Done()
}

// unpack decodes a packed tail's events into ms and their relations,
// without their evidence (event linking reads none), into rels, each
// sized by what pack counted. Their strings point into the encoded
// tail (wire.NewDecoderShared): only what event linking keeps of them
// keeps it.
func (t *tail) unpack(ms []graph.Mention, rels []graph.Relation) error {
	d := wire.NewDecoderShared(t.enc)
	if v := d.Str(); v != tailVersion {
		return fmt.Errorf("tail of version %q", v)
	}
	for n := d.Len(); n > 0 && d.Err() == nil; n-- {
		d.Relation() // a title
	}
	for n := d.Len(); n > 0 && d.Err() == nil; n-- {
		d.Str() // a key
	}
	if n := d.Len(); n != len(ms) || d.Err() != nil {
		return fmt.Errorf("%d events, %d expected: %w", n, len(ms), errors.Join(wire.ErrCorrupt, d.Err()))
	}
	for i := range ms {
		ms[i] = d.Mention()
	}
	if n := d.Len(); n != len(rels) || d.Err() != nil {
		return fmt.Errorf("%d relations of events, %d expected: %w", n, len(rels), errors.Join(wire.ErrCorrupt, d.Err()))
	}
	for i := range rels {
		rels[i] = d.Relation()
		rels[i].Evidence = graph.Evidence{}
	}
	return d.Done()
}

// eventsOf returns what event linking reads of a document's output: its
// delegation and event mentions and the relations with such an end, in
// the order given.
func eventsOf(x Extraction) ([]graph.Mention, []graph.Relation) {
	var ms []graph.Mention
	var rels []graph.Relation
	for _, m := range x.Mentions {
		if !m.Type.Named() {
			ms = append(ms, m)
		}
	}
	for _, r := range x.Relations {
		if !r.Subject.Type.Named() || !r.Object.Type.Named() {
			rels = append(rels, r)
		}
	}
	return ms, rels
}

// assigned is the entity of each form of a document at a resolution:
// of each named form of its share, and of each delegation or event
// mention with the key it had after linking.
type assigned struct {
	named  []string
	groups []string
	keys   []string
	// clu is the document's part of the clustering (the type of each
	// named form's cluster and the merges of its forms), which the next
	// resolution keeps where no change reaches (resolve.Prior); nil in
	// rows written before it was kept, or when it could not be.
	clu *resolve.Clustering
}

func (a *assigned) encode() []byte {
	e := wire.NewEncoder()
	e.Strs(a.named)
	e.Strs(a.groups)
	e.Strs(a.keys)
	if c := a.clu; c != nil {
		e.Uint(1)
		encodeClustering(e, c)
	}
	return e.Bytes()
}

// encodeClustering writes a document's part of a clustering.
func encodeClustering(e *wire.Encoder, c *resolve.Clustering) {
	types := make([]string, len(c.Types))
	for i, t := range c.Types {
		types[i] = string(t)
	}
	e.Strs(types)
	e.Uint(len(c.Merges))
	for _, m := range c.Merges {
		e.Uint(m.Form)
		e.Str(m.IntoDoc)
		e.Uint(m.Into)
		e.Str(m.Rule)
		e.Str(m.Key)
		e.Float(m.Score)
		e.Uint(m.Seq)
	}
}

// decodeClustering reads what encodeClustering wrote.
func decodeClustering(d *wire.Decoder) *resolve.Clustering {
	c := &resolve.Clustering{}
	for _, t := range d.Strs() {
		c.Types = append(c.Types, graph.EntityType(t))
	}
	n := d.Len()
	for i := 0; i < n && d.Err() == nil; i++ {
		c.Merges = append(c.Merges, resolve.FormMerge{Form: d.Uint(), IntoDoc: d.Str(), Into: d.Uint(), Rule: d.Str(), Key: d.Str(), Score: d.Float(), Seq: d.Uint()})
	}
	return c
}

// packClusterings encodes each document's part of a clustering (nil:
// none), to be read back as its row is written (unpackClustering):
// held as made, the parts were about 35 MB of the live heap from the
// clustering to the end of a resolution of 10,000 articles; encoded,
// a tenth of that.
func packClusterings(cs []resolve.Clustering) [][]byte {
	if cs == nil {
		return nil
	}
	out := make([][]byte, len(cs))
	parallelDo(len(cs), func(i int) {
		e := wire.NewEncoder()
		encodeClustering(e, &cs[i])
		out[i] = e.Bytes()
	})
	return out
}

// unpackClustering reads back a part packClusterings encoded.
func unpackClustering(b []byte) (*resolve.Clustering, error) {
	d := wire.NewDecoderShared(b)
	c := decodeClustering(d)
	return c, d.Done()
}

// decodeAssigned reads a row's assignments. Their strings point into b
// (wire.NewDecoderShared), which the resolution keeps to the end
// anyway (the row written is compared with it), so they cost no copy.
func decodeAssigned(b []byte) (*assigned, error) {
	if len(b) == 0 {
		return nil, nil
	}
	d := wire.NewDecoderShared(b)
	a := &assigned{named: d.Strs(), groups: d.Strs(), keys: d.Strs()}
	if len(d.Rest()) > 0 && d.Uint() == 1 {
		a.clu = decodeClustering(d)
	}
	return a, d.Done()
}

// resolverVersion names what a row was made with: the share encoding,
// the corpus passes and the knowledge base.
func resolverVersion(base *kb.KB, c Corpus) string {
	b, _ := json.Marshal(base.Entries())
	h := sha256.Sum256(b)
	v := resolve.ShareVersion + "; " + tailVersion + "; kb " + hex.EncodeToString(h[:8])
	if c != nil {
		v += "; " + c.Version()
	}
	return v
}

// docState is a document to resolve: its metadata and extraction state.
type docState struct {
	info     graph.DocInfo
	done     int64
	deferred bool
}

// resolvable returns the documents with an extraction output, in id
// order.
func (s *Store) resolvable(ctx context.Context) ([]docState, error) {
	rows, err := s.query(ctx, `SELECT d.id, d.title, d.url, d.published, d.lang, d.done, d.deferred FROM documents d JOIN extractions x ON x.doc = d.id WHERE x.data IS NOT NULL ORDER BY d.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []docState
	for rows.Next() {
		var d docState
		var def int
		if err := rows.Scan(&d.info.ID, &d.info.Title, &d.info.URL, &d.info.Published, &d.info.Lang, &d.done, &def); err != nil {
			return nil, err
		}
		d.deferred = def != 0
		out = append(out, d)
	}
	return out, rows.Err()
}

// resolverRows returns the resolver table.
func (s *Store) resolverRows(ctx context.Context) (map[string]*row, error) {
	rows, err := s.query(ctx, `SELECT doc, gen, version, settled, tail, share, assigned FROM resolver`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]*row{}
	for rows.Next() {
		r := &row{}
		if err := rows.Scan(&r.doc, &r.gen, &r.version, &r.settled, &r.tail, &r.share, &r.assign); err != nil {
			return nil, err
		}
		out[r.doc] = r
	}
	return out, rows.Err()
}

// inBatch is how many ids one query names (IN lists).
const inBatch = 500

// extractionsOf returns the stored outputs of some documents.
func (s *Store) extractionsOf(ctx context.Context, ids []string) (map[string]Extraction, error) {
	raw := make(map[string][]byte, len(ids))
	err := chunks(ids, inBatch, func(ids []string) error {
		rows, err := s.query(ctx, `SELECT doc, data FROM extractions WHERE doc IN (`+inList(len(ids))+`)`, anys(ids)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var b []byte
			if err := rows.Scan(&id, &b); err != nil {
				return err
			}
			raw[id] = b
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Extraction, len(ids))
	for _, id := range ids {
		b, ok := raw[id]
		if !ok || b == nil {
			return nil, fmt.Errorf("document %s: %w", id, sql.ErrNoRows)
		}
		var x Extraction
		if err := decodeGz(b, &x); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		out[id] = x
	}
	return out, nil
}

// ClaimsOf returns some documents with their text and stage, in the
// order of ids (those that are not stored left out).
func (s *Store) ClaimsOf(ctx context.Context, ids []string) ([]Claim, error) {
	byID := make(map[string]Claim, len(ids))
	err := chunks(ids, inBatch, func(ids []string) error {
		rows, err := s.query(ctx, `SELECT d.id, d.hash, d.title, d.url, d.published, d.lang, d.source, d.text, d.needs, x.stage
			FROM documents d JOIN extractions x ON x.doc = d.id WHERE d.id IN (`+inList(len(ids))+`)`, anys(ids)...)
		if err != nil {
			return err
		}
		cs, err := scanClaims(rows)
		for _, c := range cs {
			byID[c.ID] = c
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	var out []Claim
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// spanRows returns the stored mentions of some documents by span, with
// their entities, into out.
func (s *Store) spanRows(ctx context.Context, docs []string, out map[resolve.Span]string) error {
	return chunks(docs, inBatch, func(docs []string) error {
		rows, err := s.query(ctx, `SELECT doc, start, stop, type, gkey, entity FROM mentions WHERE doc IN (`+inList(len(docs))+`)`, anys(docs)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var sp resolve.Span
			var e string
			if err := rows.Scan(&sp.Doc, &sp.Start, &sp.End, &sp.Type, &sp.Key, &e); err != nil {
				return err
			}
			out[sp] = e
		}
		return rows.Err()
	})
}

// prepared is a document ready to resolve: its share and tail, what it
// was assigned at the last resolution (nil: read its stored mentions),
// and, when its row is made again, the output it was made from and the
// row to write.
type prepared struct {
	doc   docState
	share *resolve.Share
	tail  *tail
	old   *assigned
	// at is where, made again, its row's tail and share and the
	// mentions to write (relation ends included) wait (scratch.go);
	// the row's tail and share are read back as it is written
	at   *resolve.SpillAt
	row  *row // to write
	made bool // its output was read: its share is made again
}

// park puts what a document made again writes into the scratch file:
// the tail and share of r (taken from it) and the mentions ms.
func (p *prepared) park(sc *scratch, r *row, ms []graph.Mention) error {
	at, err := sc.put(parkedRow{tail: r.tail, share: r.share, mentions: ms})
	if err != nil {
		return fmt.Errorf("document %s: %w", p.doc.info.ID, err)
	}
	r.tail, r.share = nil, nil
	p.at, p.row = &at, r
	return nil
}

// parked reads back what park put away: the row's tail and share are
// set again, and the mentions returned.
func (p *prepared) parked(sc *scratch) ([]graph.Mention, error) {
	if p.at == nil {
		return nil, fmt.Errorf("document %s: %w: no output", p.doc.info.ID, errRowGone)
	}
	m, err := sc.get(*p.at)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", p.doc.info.ID, err)
	}
	if p.row != nil {
		p.row.tail, p.row.share = m.tail, m.share
	}
	return m.mentions, nil
}

// unpark lets the row's tail and share go again once written.
func (p *prepared) unpark() {
	if p.row != nil {
		p.row.tail, p.row.share = nil, nil
	}
}

// pack lets a tail's events go until event linking reads them back
// from enc, the tail encoded: held decoded, every document's events
// and their relations were half the live heap while deferred documents
// were completed (224 MB at 10,000 articles).
func (t *tail) pack(enc []byte) {
	t.enc, t.nev, t.nrel = enc, len(t.events), len(t.erels)
	t.events, t.erels = nil, nil
}

// readBatch is how many stored outputs are read and reduced together.
const readBatch = 512

// settleBatch is how many deferred documents are completed together
// (their text and extraction in memory at once).
const settleBatch = 256

// errRowGone marks a row that cannot be read (made again).
var errRowGone = errors.New("resolver row unreadable")

// prepare makes or reads every document's share and tail, running the
// completing pass where its input changed. Outputs are read, and
// deferred documents completed, a batch at a time, so that only the
// shares, not the outputs, of the whole store are in memory at once.
func (s *Store) prepare(ctx context.Context, sc *scratch, docs []docState, rows map[string]*row, opt ResolveOptions, base *kb.KB, version string) (_ []*prepared, made, settled int, _ error) {
	out := make([]*prepared, len(docs))
	byID := make(map[string]*prepared, len(docs))
	var redo []string // rows made again from the stored output
	for i, d := range docs {
		p := &prepared{doc: d}
		out[i] = p
		byID[d.info.ID] = p
	}
	// the kept rows decoded on every core; a row that cannot be is made
	// again
	parallelDo(len(out), func(i int) {
		p := out[i]
		r := rows[p.doc.info.ID]
		if r == nil || opt.Full || r.gen != p.doc.done || r.version != version || len(r.tail) == 0 || len(r.share) == 0 || len(r.assign) == 0 {
			return
		}
		t, err := decodePacked(r.tail)
		if err != nil {
			return
		}
		a, err := decodeAssigned(r.assign)
		if err != nil || a == nil {
			return
		}
		p.tail, p.old = t, a
	})
	for _, p := range out {
		if p.tail == nil {
			redo = append(redo, p.doc.info.ID)
		}
	}
	redo, err := s.takePremade(ctx, sc, redo, byID, version, base) // rows a worker made (premade.go)
	if err != nil {
		return nil, 0, 0, err
	}
	var mu sync.Mutex
	var firstErr error
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	// make a share from an output (after the completing pass, which
	// read keys, giving settled)
	make1 := func(p *prepared, x Extraction, keys []string, settled string) {
		sh, r, err := makeRow(sc.sum, p.doc.info.ID, p.doc.done, x, p.tail, keys, settled, version)
		if err != nil {
			fail(err)
			return
		}
		p.tail.pack(r.tail)
		if err := p.park(sc, r, mentionsOf(x)); err != nil {
			fail(err)
			return
		}
		p.share = sh
		p.old = nil // its stored mentions say where they were
	}
	settling := opt.Corpus != nil
	for lo := 0; lo < len(redo); lo += readBatch {
		batch := redo[lo:min(lo+readBatch, len(redo))]
		outputs, err := s.extractionsOf(ctx, batch)
		if err != nil {
			return nil, 0, 0, err
		}
		parallelDo(len(batch), func(i int) {
			p := byID[batch[i]]
			x := outputs[batch[i]]
			var ts []graph.Relation
			if settling {
				ts = opt.Corpus.Titles(x)
			}
			p.tail = &tail{titles: ts}
			p.made = true
			if !settling || !p.doc.deferred {
				make1(p, x, nil, "")
			}
		})
		if firstErr != nil {
			return nil, 0, 0, firstErr
		}
	}
	opt.lap("made")
	// deferred documents made again, or whose pass would read something
	// else now
	var settle []string
	var fp func([]string) []string
	if settling {
		titles := map[string][]graph.Relation{}
		for _, p := range out {
			if len(p.tail.titles) > 0 {
				titles[p.doc.info.ID] = p.tail.titles
			}
		}
		fp = opt.Corpus.Fingerprint(titles)
		for _, p := range out {
			if p.doc.deferred && (p.made || !slices.Contains(fp(p.tail.keys), keptSettled(p, rows))) {
				settle = append(settle, p.doc.info.ID)
			}
		}
		for lo := 0; lo < len(settle); lo += settleBatch {
			claims, err := s.ClaimsOf(ctx, settle[lo:min(lo+settleBatch, len(settle))])
			if err != nil {
				return nil, 0, 0, err
			}
			got, err := opt.Corpus.Settle(ctx, claims, titles)
			if err != nil {
				return nil, 0, 0, err
			}
			parallelDo(len(claims), func(i int) {
				id := claims[i].ID
				st, ok := got[id]
				if !ok {
					fail(fmt.Errorf("document %s: not completed by the corpus pass", id))
					return
				}
				make1(byID[id], st.Output, st.Keys, fp(st.Keys)[0])
			})
			if firstErr != nil {
				return nil, 0, 0, firstErr
			}
		}
	}
	opt.lap("settle")
	// the other shares are read
	dec := resolve.NewShareDecoder(base)
	parallelDo(len(out), func(i int) {
		p := out[i]
		if p.share != nil {
			return
		}
		sh, err := dec.Decode(rows[p.doc.info.ID].share)
		if err != nil || sh.Forms() != len(p.old.named) || sh.Groups() != len(p.old.groups) || len(p.old.keys) != len(p.old.groups) {
			fail(fmt.Errorf("document %s: %w", p.doc.info.ID, errRowGone))
			return
		}
		p.share = sh
	})
	if firstErr != nil {
		return nil, 0, 0, firstErr
	}
	for _, p := range out {
		if p.row != nil {
			made++
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].doc.info.ID < out[j].doc.info.ID })
	return out, made, len(settle), nil
}

// linkEvents runs event linking over every document's events and
// returns the key each delegation and event mention takes. The events
// are read back a batch of documents at a time, on every core, and
// given to the linking in document order, so that only a batch's are
// held decoded (every document's at once, with their relations, were
// the live heap's peak at 10,000 articles). It lets the documents'
// tails go.
func linkEvents(c Corpus, ps []*prepared) (func(graph.Mention) string, error) {
	if c == nil {
		return nil, nil
	}
	l := c.Events()
	type events struct {
		ms   []graph.Mention
		rels []graph.Relation
	}
	for lo := 0; lo < len(ps); lo += readBatch {
		batch := ps[lo:min(lo+readBatch, len(ps))]
		got := make([]events, len(batch))
		errs := make([]error, len(batch))
		parallelDo(len(batch), func(i int) {
			p := batch[i]
			e := events{make([]graph.Mention, p.tail.nev), make([]graph.Relation, p.tail.nrel)}
			if err := p.tail.unpack(e.ms, e.rels); err != nil {
				errs[i] = fmt.Errorf("document %s: events read back: %w", p.doc.info.ID, errors.Join(errRowGone, err))
				return
			}
			got[i] = e
			// nothing reads a tail after linking (the row keeps it
			// encoded): its events go before clustering
			p.tail = nil
		})
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
		for i, p := range batch {
			l.Add(p.doc.info.ID, got[i].ms, got[i].rels)
		}
	}
	published := make(map[string]string, len(ps))
	for _, p := range ps {
		published[p.doc.info.ID] = p.doc.info.Published
	}
	return l.Link(published), nil
}

// parallelDo calls fn(i) for i in [0, n) on every core.
func parallelDo(n int, fn func(i int)) {
	w := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// pairKey is an entity of a resolution (its resolver id) and a stored
// entity.
type pairKey = [2]string

// tallySpans counts, for each entity of the resolution r and each stored
// entity, the mention spans they share: the spans of the documents'
// shares with the entity each goes to now and the stored entity it was
// with, from a document's resolver row where its share was read, else
// from its stored mentions. Spans are unique within a document's share
// (one per start, end, type and key), so a document whose share was read
// and whose delegation and event keys stayed is counted form by form,
// without making its spans; the others span by span.
//
// It also returns the stored entities of the documents made again (of
// their stored mentions, whether their spans are still there or not).
func (s *Store) tallySpans(ctx context.Context, ps []*prepared, r *resolve.ShareResolution) (map[pairKey]int, map[string]bool, error) {
	count := map[pairKey]int{}
	var made []string
	var madeIdx []int
	for i, p := range ps {
		if p.old == nil {
			made = append(made, p.doc.info.ID)
			madeIdx = append(madeIdx, i)
			continue
		}
		sh, named, groups, keys := p.share, r.Named[i], r.Groups[i], r.Keys[i]
		if !slices.Equal(keys, p.old.keys) || !groupSpansDistinct(sh) {
			old := map[resolve.Span]string{}
			eachSpan(sh, p.old.named, p.old.groups, p.old.keys, func(sp resolve.Span, e string) { old[sp] = e })
			countSpans(sh, named, groups, keys, old, count)
			continue
		}
		for j := 0; j < sh.Forms() && j < len(named) && j < len(p.old.named); j++ {
			if sid := p.old.named[j]; sid != "" {
				count[pairKey{named[j], sid}] += sh.FormSize(j)
			}
		}
		for j := 0; j < sh.Groups() && j < len(groups) && j < len(keys) && j < len(p.old.groups); j++ {
			if sid := p.old.groups[j]; sid != "" {
				count[pairKey{groups[j], sid}]++
			}
		}
	}
	old := map[resolve.Span]string{}
	if err := s.spanRows(ctx, made, old); err != nil {
		return nil, nil, err
	}
	for _, i := range madeIdx {
		sh, err := ps[i].share.Load() // a made share waits in the scratch file
		if err != nil {
			return nil, nil, err
		}
		countSpans(sh, r.Named[i], r.Groups[i], r.Keys[i], old, count)
	}
	was := map[string]bool{}
	for _, sid := range old {
		was[sid] = true
	}
	return count, was, nil
}

// untouched returns the store ids of the entities a resolution left as
// they were: every mention of the entity is in a document whose share
// was read, was with it before and is with it now, with the key it
// had; and no mention that was with it went elsewhere or is in a
// document made again (madeWas: the stored entities of those). Such an
// entity's forms, hence its content, are those it had (the clustering
// of one cluster's forms depends on them alone; analysts' decisions
// applied after it, or documents removed, make every entity touched:
// the caller passes none then).
func untouched(ps []*prepared, r *resolve.ShareResolution, idmap map[string]string, madeWas map[string]bool) map[string]bool {
	touched := map[string]bool{} // resolver ids
	for i, p := range ps {
		named, groups, keys := r.Named[i], r.Groups[i], r.Keys[i]
		if p.old == nil {
			for _, rid := range named {
				touched[rid] = true
			}
			for _, rid := range groups {
				touched[rid] = true
			}
			continue
		}
		for j, rid := range named {
			if j >= len(p.old.named) || idmap[rid] != p.old.named[j] {
				touched[rid] = true
				if j < len(p.old.named) {
					madeWas[p.old.named[j]] = true
				}
			}
		}
		for j, rid := range groups {
			if j >= len(p.old.groups) || j >= len(keys) || j >= len(p.old.keys) || idmap[rid] != p.old.groups[j] || keys[j] != p.old.keys[j] {
				touched[rid] = true
				if j < len(p.old.groups) {
					madeWas[p.old.groups[j]] = true
				}
			}
		}
	}
	out := map[string]bool{}
	for rid, sid := range idmap {
		if !touched[rid] && !madeWas[sid] {
			out[sid] = true
		}
	}
	return out
}

// groupSpansDistinct reports whether no two of a share's delegation and
// event mentions have one start, end and type (they are in that order),
// so that no two of their spans are one whatever keys they take.
func groupSpansDistinct(sh *resolve.Share) bool {
	for j := 1; j < sh.Groups(); j++ {
		a, b := sh.GroupSpan(j-1), sh.GroupSpan(j)
		if a.Start == b.Start && a.End == b.End && a.Type == b.Type {
			return false
		}
	}
	return true
}

// countSpans counts the spans of one share, each once, by the entity it
// goes to (named, groups, keys) and its stored entity in old.
func countSpans(sh *resolve.Share, named, groups, keys []string, old map[resolve.Span]string, count map[pairKey]int) {
	ent := map[resolve.Span]string{}
	eachSpan(sh, named, groups, keys, func(sp resolve.Span, e string) { ent[sp] = e })
	for sp, rid := range ent {
		if sid, ok := old[sp]; ok && sid != "" {
			count[pairKey{rid, sid}]++
		}
	}
}

// firstSpans returns the first span (resolve.Span.Less) of each entity
// of the resolution r named in want.
func firstSpans(ps []*prepared, r *resolve.ShareResolution, want map[string]bool) (map[string]resolve.Span, error) {
	out := map[string]resolve.Span{}
	if len(want) == 0 {
		return out, nil
	}
	// ps is in document order and a span's document orders first: an
	// entity's first span is in the first document it has one in
	for i, p := range ps {
		here := map[string]resolve.Span{}
		sh, err := p.share.Load()
		if err != nil {
			return nil, err
		}
		eachSpanOf(sh, r.Named[i], r.Groups[i], r.Keys[i], func(rid string) bool {
			_, done := out[rid]
			return want[rid] && !done
		}, func(sp resolve.Span, rid string) {
			if f, ok := here[rid]; !ok || sp.Less(f) {
				here[rid] = sp
			}
		})
		for rid, sp := range here {
			out[rid] = sp
		}
		if len(out) == len(want) {
			break
		}
	}
	return out, nil
}

// eachSpan calls fn with every span of a share and its entity, given
// the entity of each named form, and the entity and key of each group
// mention.
func eachSpan(sh *resolve.Share, named, groups, keys []string, fn func(resolve.Span, string)) {
	eachSpanOf(sh, named, groups, keys, nil, fn)
}

// eachSpanOf is eachSpan for the entities that pick accepts (nil: all),
// making the spans of those only.
func eachSpanOf(sh *resolve.Share, named, groups, keys []string, pick func(string) bool, fn func(resolve.Span, string)) {
	for j := 0; j < sh.Forms() && j < len(named); j++ {
		if pick != nil && !pick(named[j]) {
			continue
		}
		for _, sp := range sh.FormSpans(j) {
			fn(sp, named[j])
		}
	}
	for j := 0; j < sh.Groups(); j++ {
		if j >= len(groups) || j >= len(keys) {
			break
		}
		if pick != nil && !pick(groups[j]) {
			continue
		}
		sp := sh.GroupSpan(j)
		sp.Key = keys[j]
		fn(sp, groups[j])
	}
}

// writeResolver writes what this resolution keeps of each document: the
// rows made again, and the entity (store id) of each form; it moves the
// stored mentions to their entities, writes the mentions of documents
// whose share was made, and removes what is kept of documents no longer
// there.
func (t *Tx) writeResolver(ctx context.Context, sc *scratch, ps []*prepared, r *resolve.ShareResolution, clus [][]byte, rekey func(graph.Mention) string, idmap map[string]string, rows map[string]*row) error {
	ids := func(xs []string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = idmap[x]
		}
		return out
	}
	// Each document's rows are its own: the deletes and updates of
	// every document go first, then the inserts, which go together
	// (rowWriter).
	here := map[string]bool{}
	as := make([]*assigned, len(ps))
	for i, p := range ps {
		id := p.doc.info.ID
		here[id] = true
		a := &assigned{named: ids(r.Named[i]), groups: ids(r.Groups[i]), keys: r.Keys[i]}
		if clus != nil {
			c, err := unpackClustering(clus[i])
			if err != nil {
				return fmt.Errorf("document %s: clustering read back: %w", id, err)
			}
			a.clu = c
			clus[i] = nil
		}
		as[i] = a
		if p.old == nil {
			if _, err := t.exec(ctx, `DELETE FROM mentions WHERE doc = ?`, id); err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
		} else if err := t.moveMentions(ctx, p, a); err != nil {
			return fmt.Errorf("document %s: %w", id, err)
		}
		b := a.encode()
		a.clu = nil // written: the mentions read only the entities
		switch {
		case p.row != nil:
			p.row.assign = b
			if rows[id] != nil {
				if _, err := p.parked(sc); err != nil {
					return err
				}
				if err := t.putRow(ctx, p.row, true); err != nil {
					return err
				}
				p.unpark()
			}
		case !bytes.Equal(b, rows[id].assign):
			if _, err := t.exec(ctx, `UPDATE resolver SET assigned = ? WHERE doc = ?`, b, id); err != nil {
				return err
			}
		}
	}
	for i, p := range ps {
		id := p.doc.info.ID
		if p.old != nil && (p.row == nil || rows[id] != nil) {
			continue
		}
		ms, err := p.parked(sc)
		if err != nil {
			return err
		}
		if p.old == nil {
			if err := t.insertMentions(ctx, p, ms, as[i], rekey); err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
		}
		if p.row != nil && rows[id] == nil {
			if err := t.putRow(ctx, p.row, false); err != nil {
				return err
			}
		}
		p.unpark()
	}
	var gone []string
	for id := range rows {
		if !here[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	for _, id := range gone {
		for _, q := range []string{`DELETE FROM mentions WHERE doc = ?`, `DELETE FROM resolver WHERE doc = ?`} {
			if _, err := t.exec(ctx, q, id); err != nil {
				return err
			}
		}
	}
	if len(rows) > 0 {
		return nil
	}
	// the first resolution with a resolver table: mentions of documents
	// removed before it
	_, err := t.exec(ctx, `DELETE FROM mentions WHERE doc NOT IN (SELECT doc FROM resolver)`)
	return err
}

func (t *Tx) putRow(ctx context.Context, r *row, exists bool) error {
	if exists {
		_, err := t.exec(ctx, `UPDATE resolver SET gen = ?, version = ?, settled = ?, tail = ?, share = ?, assigned = ? WHERE doc = ?`, r.gen, r.version, r.settled, r.tail, r.share, r.assign, r.doc)
		return err
	}
	return t.rows(`resolver (doc, gen, version, settled, tail, share, assigned)`, 7, "").add(ctx, r.doc, r.gen, r.version, r.settled, r.tail, r.share, r.assign)
}

// insertMentions writes the mentions of a document whose share was
// made, its stored ones deleted, from its output (relation ends
// included, one per span, the first given), each with its entity.
func (t *Tx) insertMentions(ctx context.Context, p *prepared, ms []graph.Mention, a *assigned, rekey func(graph.Mention) string) error {
	sh, err := p.share.Load() // a made share waits in the scratch file
	if err != nil {
		return err
	}
	ent := map[resolve.Span]string{}
	eachSpan(sh, a.named, a.groups, a.keys, func(sp resolve.Span, e string) { ent[sp] = e })
	done := map[resolve.Span]bool{}
	for _, m := range ms {
		if rekey != nil && !m.Type.Named() {
			m.Key = rekey(m)
		}
		sp := resolve.SpanOf(m)
		if done[sp] {
			continue
		}
		done[sp] = true
		if err := t.mentionRows().add(ctx, m.Doc, m.Start, m.End, string(m.Type), m.Key, m.Text, m.Sent, m.Lang, m.Name, m.KBID, m.Role, m.Extractor, m.Confidence, ent[sp]); err != nil {
			return err
		}
	}
	return nil
}

// mentionsOf returns the mentions of an output, relation ends included
// (after them), as the mentions table holds them.
func mentionsOf(x Extraction) []graph.Mention {
	if len(x.Relations) == 0 {
		return x.Mentions
	}
	all := make([]graph.Mention, 0, len(x.Mentions)+2*len(x.Relations))
	all = append(all, x.Mentions...)
	for _, r := range x.Relations {
		all = append(all, r.Subject, r.Object)
	}
	return all
}

// moveMentions moves the stored mentions of a document whose share was
// read to the entities (and, for delegations and events, the keys) of
// this resolution, where they changed.
func (t *Tx) moveMentions(ctx context.Context, p *prepared, a *assigned) error {
	doc := p.doc.info.ID
	for j := 0; j < p.share.Forms(); j++ {
		if a.named[j] == p.old.named[j] {
			continue
		}
		for _, sp := range p.share.FormSpans(j) {
			if _, err := t.exec(ctx, `UPDATE mentions SET entity = ? WHERE doc = ? AND start = ? AND stop = ? AND type = ? AND gkey = ?`, a.named[j], doc, sp.Start, sp.End, string(sp.Type), sp.Key); err != nil {
				return err
			}
		}
	}
	for j := 0; j < p.share.Groups(); j++ {
		if a.groups[j] == p.old.groups[j] && a.keys[j] == p.old.keys[j] {
			continue
		}
		m := p.share.GroupSpan(j)
		if _, err := t.exec(ctx, `UPDATE mentions SET entity = ?, gkey = ? WHERE doc = ? AND start = ? AND stop = ? AND type = ? AND gkey = ?`, a.groups[j], a.keys[j], doc, m.Start, m.End, string(m.Type), p.old.keys[j]); err != nil {
			return err
		}
	}
	return nil
}
