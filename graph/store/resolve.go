package store

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// ResolveOptions configure a resolution of the stored mentions.
type ResolveOptions struct {
	KB *kb.KB // nil: kb.Starter()
	// Corpus runs the extraction's corpus-level passes (leaders placed
	// by other articles, event linking) over the stored outputs before
	// resolution. Nil: none.
	Corpus Corpus
	// Full makes every document's share again, as after a change of
	// rules, lexicon or knowledge base (kg resolve -full).
	Full bool
	// MinConfidence drops facts below it from what is written (0: none).
	MinConfidence float64
	// Locked says the caller holds the resolution lock (TryResolveLock).
	Locked bool
	// Lap, when set, is called at the end of each stage of the
	// resolution with the stage's name (rows: the resolver table read;
	// made: shares made from stored outputs; settle: deferred documents
	// completed; shares: the others read; link, cluster, ids; graph:
	// entities and facts written; write: mentions and resolver rows
	// written and committed), so that a caller can time them.
	Lap func(stage string)
}

func (o ResolveOptions) lap(stage string) {
	if o.Lap != nil {
		o.Lap(stage)
	}
}

// Result tells what a resolution did.
type Result struct {
	Summary
	Stale []string // decisions that name nothing any more
	Docs  int
	Made  int // documents whose share was made (not read)
	// Settled is how many deferred documents the corpus pass completed
	// again (extracted anew from their stage): new, re-extracted, or
	// whose people's keys read other titles now.
	Settled int
	// Forms is how many named forms were clustered, Reclustered how many
	// of them again (the others kept the clusters of the last
	// resolution: no change reached them), Largest how many were in the
	// largest interaction component (0: not found this time).
	Forms, Reclustered, Largest int
}

// resolveLock serialises resolutions of one PostgreSQL store.
const resolveLock = 0x6b67_0002

// Resolve re-resolves the stored documents into entities and facts with
// the analysts' decisions, keeps every id already given (a joined
// entity's id becomes a redirect; a split keeps the id on the larger
// part), mints ids for new entities, and writes the differences in one
// transaction. A document's share of the resolution is read from the
// resolver table where the document, the passes and the knowledge base
// are as when it was made (see shares.go), so that adding documents
// reduces only the new ones.
func (s *Store) Resolve(ctx context.Context, opt ResolveOptions) (Result, error) {
	var res Result
	if !opt.Locked {
		unlock, err := s.lock(ctx, resolveLock)
		if err != nil {
			return res, err
		}
		defer unlock()
	}
	seen, err := s.counter(ctx, "changes")
	if err != nil {
		return res, err
	}
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	docs, err := s.resolvable(ctx)
	if err != nil {
		return res, err
	}
	rows, err := s.resolverRows(ctx)
	if err != nil {
		return res, err
	}
	opt.lap("rows")
	version := resolverVersion(base, opt.Corpus)
	sc, err := newScratch(base)
	if err != nil {
		return res, err
	}
	defer sc.Close()
	ps, made, settled, err := s.prepare(ctx, sc, docs, rows, opt, base, version)
	if err != nil {
		return res, err
	}
	res.Docs, res.Made, res.Settled = len(ps), made, settled
	// of the kept rows only the assignments are read from here on, and
	// the shares of documents made again (prior); of the tails only the
	// events (the titles, decoded from each output made again, were a
	// fifth of the live heap when event linking unpacked the events)
	for _, p := range ps {
		p.tail.titles, p.tail.keys = nil, nil
		if r := rows[p.doc.info.ID]; r != nil {
			r.tail = nil
			if p.old != nil {
				r.share = nil
			}
		}
	}
	opt.lap("shares")
	rekey, err := linkEvents(opt.Corpus, ps)
	if err != nil {
		return res, err
	}
	ds, err := s.Decisions(ctx)
	if err != nil {
		return res, err
	}
	opt.lap("link")
	infos := make([]graph.DocInfo, len(ps))
	shares := make([]*resolve.Share, len(ps))
	for i, p := range ps {
		infos[i], shares[i] = p.doc.info, p.share
	}
	cons := Constraints(ds)
	prior, last, err := s.prior(ctx, ps, rows, version, cons, opt, base)
	if err != nil {
		return res, err
	}
	r, err := resolve.ResolveShares(infos, shares, rekey, resolve.Options{KB: base, Prior: prior}, cons)
	if err != nil {
		return res, err
	}
	res.Forms, res.Reclustered, res.Largest = r.Forms, r.Reclustered, r.Largest
	clus, clustered := packClusterings(r.Clustering), r.Clustering != nil
	r.Clustering = nil
	opt.lap("cluster")
	count, madeWas, err := s.tallySpans(ctx, ps, r)
	if err != nil {
		return res, err
	}
	taken, err := s.EntityIDs(ctx)
	if err != nil {
		return res, err
	}
	var ferr error
	first := func(want map[string]bool) map[string]resolve.Span {
		f, err := firstSpans(ps, r, want)
		ferr = err
		return f
	}
	idmap, reds := assignIDs(r.Graph, count, first, taken)
	if ferr != nil {
		return res, ferr
	}
	g := renameGraph(r.Graph, idmap)
	r.Graph = nil // g is it: let go once written (below)
	oldFacts, err := s.factKeysOf(ctx, reds)
	if err != nil {
		return res, err
	}
	reds = append(reds, factRedirects(g, oldFacts, reds)...)
	entRed, err := s.Redirects(ctx, "entity")
	if err != nil {
		return res, err
	}
	factRed, err := s.Redirects(ctx, "fact")
	if err != nil {
		return res, err
	}
	for _, rd := range reds {
		if rd.Kind == "entity" {
			entRed[rd.Old] = rd.New
		} else {
			factRed[rd.Old] = rd.New
		}
	}
	// entities whose rows need no digest: none where decisions are
	// applied to the graph, facts filtered or documents removed
	var same map[string]bool
	post := PostReview(ds, entRed, factRed)
	if len(post.Decisions) == 0 && opt.MinConfidence <= 0 && !opt.Full && !docsGone(ps, rows) {
		same = untouched(ps, r, idmap, madeWas)
	}
	if len(post.Decisions) > 0 {
		res.Stale = graph.ApplyReview(g, post).Stale()
	}
	if opt.MinConfidence > 0 {
		if g, err = (graph.Filter{MinConfidence: opt.MinConfidence}).Apply(g); err != nil {
			return res, err
		}
	}
	opt.lap("ids")
	err = s.Update(ctx, func(tx *Tx) error {
		// nothing reads the graph after it is written: its entities go
		// once written, before the facts are, and the rest before the
		// resolver rows and mentions are written (at 10,000 articles
		// it was most of the live heap then); handed over without the
		// index of its entities that Normalize made
		w := &graph.KG{Entities: g.Entities, Facts: g.Facts}
		g = nil
		sum, err := tx.WriteGraph(ctx, Change{Graph: w, Redirects: reds, Seen: seen, NoMentions: true, Same: same, Release: true})
		res.Summary = sum
		if err != nil {
			return err
		}
		opt.lap("graph")
		if err := tx.writeResolver(ctx, sc, ps, r, clus, rekey, idmap, rows); err != nil {
			return err
		}
		now := last
		now.free = clustered && len(cons.Same)+len(cons.Apart) == 0
		if r.Largest > 0 {
			now.forms, now.largest = r.Forms, r.Largest
		}
		return tx.SetMeta(ctx, clusteringMeta, now.String())
	})
	if err == nil {
		s.dropPremade(ctx)
	}
	opt.lap("write")
	return res, err
}

// clusteringMeta is the meta key that says how the clustering kept in
// the resolver rows was made and what keeping it can gain (clustering):
// "free" when no analyst's decision constrained it, so that the next
// resolution may keep the clusters no change reaches, else
// "constrained"; then the named forms and the size of the largest
// interaction component when they were last found.
const clusteringMeta = "clustering"

// clustering is the value of clusteringMeta.
type clustering struct {
	free           bool
	forms, largest int // 0: never found
}

func parseClustering(v string) clustering {
	var c clustering
	var state string
	fmt.Sscan(v, &state, &c.forms, &c.largest)
	c.free = state == "free"
	return c
}

func (c clustering) String() string {
	state := "constrained"
	if c.free {
		state = "free"
	}
	return fmt.Sprintf("%s %d %d", state, c.forms, c.largest)
}

// plan decides, for a resolution of forms named forms, whether to try
// keeping the last clustering (keep: the try finds the interaction
// components) and whether they are to be found when it does not
// (stale: never found, or the store has doubled since). Keeping clusters pays only when
// changes leave most forms alone: when half the forms or more were in
// one interaction component, almost any new article reaches it, and
// finding the components costs about as much as clustering (at 10,000
// generated articles 96% of the forms are one component, its names
// sharing consonant keys within one deletion), so the store clusters
// every form without looking, until it has grown to twice the forms
// of the last look.
func (c clustering) plan(forms int) (keep, stale bool) {
	stale = c.forms == 0 || forms >= 2*c.forms
	return c.free && (stale || 2*c.largest <= c.forms), stale
}

// prior returns the clustering of the last resolution for this one to
// keep where no change reaches (resolve.Prior), or one with no Changed
// (every form clustered again) when the whole clustering must be made:
// decisions constrain it (a decision may join or part forms of any
// components), a full resolution was asked for, documents were removed,
// the rows were made by another resolver version or before clusterings
// were kept, the last clustering was constrained, or keeping cannot pay
// (clustering.plan). It also returns what the meta key said.
func (s *Store) prior(ctx context.Context, ps []*prepared, rows map[string]*row, version string, cons resolve.Constraints, opt ResolveOptions, base *kb.KB) (*resolve.Prior, clustering, error) {
	m, err := s.Meta(ctx, clusteringMeta)
	if err != nil {
		return nil, clustering{}, err
	}
	last := parseClustering(m)
	forms := 0
	for _, x := range ps {
		forms += x.share.Forms()
	}
	keep, stale := last.plan(forms)
	none := &resolve.Prior{Measure: stale}
	if !keep || opt.Full || len(cons.Same)+len(cons.Apart) > 0 || docsGone(ps, rows) {
		return none, last, nil
	}
	p := &resolve.Prior{Changed: make([]bool, len(ps)), Entity: make([][]string, len(ps)), Clustering: make([]resolve.Clustering, len(ps))}
	dec := resolve.NewShareDecoder(base)
	for i, x := range ps {
		if x.old != nil {
			if x.old.clu == nil {
				return none, last, nil
			}
			p.Entity[i], p.Clustering[i] = x.old.named, *x.old.clu
			continue
		}
		p.Changed[i] = true
		r := rows[x.doc.info.ID]
		if r == nil {
			continue // a new document
		}
		if r.version != version {
			return none, last, nil
		}
		g, err := dec.Decode(r.share)
		if err != nil {
			return none, last, nil
		}
		p.Ghosts = append(p.Ghosts, g)
	}
	return p, last, nil
}

// docsGone reports whether a document the last resolution kept is no
// longer there.
func docsGone(ps []*prepared, rows map[string]*row) bool {
	here := make(map[string]bool, len(ps))
	for _, p := range ps {
		here[p.doc.info.ID] = true
	}
	for id := range rows {
		if !here[id] {
			return true
		}
	}
	return false
}

// Dirty reports whether documents or decisions changed since the last
// resolution started.
func (s *Store) Dirty(ctx context.Context) (bool, error) {
	c, err := s.counter(ctx, "changes")
	if err != nil {
		return false, err
	}
	r, err := s.counter(ctx, "resolved")
	return c > r, err
}

func (s *Store) counter(ctx context.Context, name string) (int64, error) {
	var n int64
	err := s.queryRow(ctx, `SELECT n FROM counters WHERE name = ?`, name).Scan(&n)
	return n, err
}

type factKey struct {
	s, o string
	p    graph.Predicate
	role string
}

// factKeysOf returns the stored facts with an end among the old ids of
// the entity redirects in reds: the only facts factRedirects can
// redirect (a fact with no such end keeps its id).
func (s *Store) factKeysOf(ctx context.Context, reds []Redirect) (map[string]factKey, error) {
	var ids []string
	for _, r := range reds {
		if r.Kind == "entity" {
			ids = append(ids, r.Old)
		}
	}
	out := map[string]factKey{}
	err := chunks(ids, inBatch/2, func(ids []string) error {
		args := append(anys(ids), anys(ids)...)
		rows, err := s.query(ctx, `SELECT id, subject, predicate, object, role FROM facts WHERE subject IN (`+inList(len(ids))+`) OR object IN (`+inList(len(ids))+`)`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var k factKey
			if err := rows.Scan(&id, &k.s, &k.p, &k.o, &k.role); err != nil {
				return err
			}
			out[id] = k
		}
		return rows.Err()
	})
	return out, err
}

// assignIDs gives each entity of a resolution a store id. An entity
// takes the id of the stored entity it shares most mentions with (each
// stored id goes to one entity: on a split the part whose name still
// gives that id keeps it, else the larger part);
// a stored entity whose id went to none becomes a redirect to the
// entity that holds most of its mentions (a join); the other entities
// get new ids, minted once: the resolver's id (from content), else one
// from their type and name, with a hash of their first mention when
// that is taken.
//
// count holds, for each pair of an entity (resolver id) and a stored
// entity, the mention spans they share (tallySpans); first gives the
// first mention span of the entities it is asked for (the new ones).
func assignIDs(g *graph.KG, count map[pairKey]int, first func(map[string]bool) map[string]resolve.Span, taken map[string]bool) (map[string]string, []Redirect) {
	type pair struct {
		rid, sid string
		n        int
		named    bool // the stored id is the one the entity's name gives
	}
	natural := map[string]string{}
	for _, e := range g.Entities {
		natural[e.ID] = graph.EntityID(e.Type, e.Name)
	}
	var pairs []pair
	for k, n := range count {
		nat := natural[k[0]]
		pairs = append(pairs, pair{k[0], k[1], n, k[1] == k[0] || mintedFrom(k[1], nat)})
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.named != b.named {
			return a.named
		}
		if a.n != b.n {
			return a.n > b.n
		}
		if a.sid != b.sid {
			return a.sid < b.sid
		}
		return a.rid < b.rid
	})
	idmap := map[string]string{}
	used := map[string]bool{}
	for _, p := range pairs {
		if _, ok := idmap[p.rid]; ok || used[p.sid] {
			continue
		}
		idmap[p.rid] = p.sid
		used[p.sid] = true
	}
	// new entities, the most mentioned first, take the plain id
	var fresh []*graph.Entity
	for _, e := range g.Entities {
		if _, ok := idmap[e.ID]; !ok {
			fresh = append(fresh, e)
		}
	}
	want := make(map[string]bool, len(fresh))
	for _, e := range fresh {
		want[e.ID] = true
	}
	firsts := first(want)
	sort.SliceStable(fresh, func(i, j int) bool {
		if fresh[i].Mentions != fresh[j].Mentions {
			return fresh[i].Mentions > fresh[j].Mentions
		}
		return spanLess(firsts[fresh[i].ID], firsts[fresh[j].ID])
	})
	for _, e := range fresh {
		id := e.ID // the resolver's id, from content
		if taken[id] || used[id] {
			id = graph.EntityID(e.Type, e.Name)
		}
		if taken[id] || used[id] {
			sp := firsts[e.ID]
			h := sha1.Sum([]byte(sp.Doc + "\x00" + strconv.Itoa(sp.Start) + "\x00" + string(sp.Type) + "\x00" + sp.Key))
			base := id + "-" + hex.EncodeToString(h[:3])
			id = base
			for k := 2; taken[id] || used[id]; k++ {
				id = fmt.Sprintf("%s-%d", base, k)
			}
		}
		idmap[e.ID] = id
		used[id] = true
	}
	// joins: a stored id that went to no entity redirects to the one
	// holding most of its mentions
	best := map[string]pair{}
	for _, p := range pairs {
		if used[p.sid] && idmap[p.rid] == p.sid {
			continue
		}
		if b, ok := best[p.sid]; !ok || p.n > b.n {
			best[p.sid] = p
		}
	}
	var reds []Redirect
	for sid, p := range best {
		if used[sid] {
			continue
		}
		reds = append(reds, Redirect{Kind: "entity", Old: sid, New: idmap[p.rid], Reason: "joined"})
	}
	// an entity known by another id also answers to the id the resolver
	// gives it now, which is the id kg build, or a store that took the
	// same documents at once, gives it
	for _, e := range g.Entities {
		if id := idmap[e.ID]; id != e.ID && !taken[e.ID] && !used[e.ID] {
			used[e.ID] = true
			reds = append(reds, Redirect{Kind: "entity", Old: e.ID, New: id, Reason: "name"})
		}
	}
	sort.Slice(reds, func(i, j int) bool { return reds[i].Old < reds[j].Old })
	return idmap, reds
}

// mintedFrom reports whether id is the natural id nat or was minted
// from it with a hash suffix (nat-3fa9c1, nat-3fa9c1-2).
func mintedFrom(id, nat string) bool {
	if id == nat {
		return true
	}
	rest, ok := strings.CutPrefix(id, nat+"-")
	if !ok || len(rest) < 6 {
		return false
	}
	for i, r := range rest {
		switch {
		case i < 6 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'f'):
		case i == 6 && r == '-':
		case i > 6 && r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return len(rest) == 6 || len(rest) > 7
}

func spanLess(a, b resolve.Span) bool { return a.Less(b) }

// renameGraph gives a resolved graph its store ids, in place (the
// resolution's graph is not used after): entities, fact endpoints and
// fact ids (meetsWith stored with the smaller id first).
func renameGraph(g *graph.KG, idmap map[string]string) *graph.KG {
	for _, e := range g.Entities {
		e.ID = idmap[e.ID]
	}
	for _, f := range g.Facts {
		f.Subject, f.Object = idmap[f.Subject], idmap[f.Object]
		if f.Predicate.Symmetric() && f.Object < f.Subject {
			f.Subject, f.Object = f.Object, f.Subject
			ev := make([]graph.Evidence, len(f.Evidence))
			for i, x := range f.Evidence {
				x.SubjectStart, x.ObjectStart = x.ObjectStart, x.SubjectStart
				x.SubjectEnd, x.ObjectEnd = x.ObjectEnd, x.SubjectEnd
				ev[i] = x
			}
			f.Evidence = ev
		}
		f.ID = graph.FactID(f.Subject, f.Predicate, f.Object, f.Role)
	}
	g.Normalize()
	return g
}

// factRedirects redirects the ids of stored facts whose endpoints were
// joined into other entities to the facts that now carry them.
func factRedirects(g *graph.KG, old map[string]factKey, ents []Redirect) []Redirect {
	to := map[string]string{}
	for _, r := range ents {
		to[r.Old] = r.New
	}
	live := map[string]bool{}
	for _, f := range g.Facts {
		live[f.ID] = true
	}
	var out []Redirect
	for id, k := range old {
		if live[id] {
			continue
		}
		s, o := k.s, k.o
		if n, ok := to[s]; ok {
			s = n
		}
		if n, ok := to[o]; ok {
			o = n
		}
		if k.p.Symmetric() && o < s {
			s, o = o, s
		}
		nid := graph.FactID(s, k.p, o, k.role)
		if nid != id && live[nid] {
			out = append(out, Redirect{Kind: "fact", Old: id, New: nid, Reason: "endpoint joined"})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Old < out[j].Old })
	return out
}

// lock takes a store-wide lock: a PostgreSQL advisory lock held on one
// connection until unlock; SQLite's single writer needs none.
func (s *Store) lock(ctx context.Context, key int64) (func(), error) {
	if s.kind != Postgres {
		return func() {}, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		conn.Close()
		return nil, err
	}
	return func() {
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, key)
		conn.Close()
	}, nil
}
