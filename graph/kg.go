package graph

import (
	"errors"
	"fmt"
	"slices"
	"sort"

	dg "github.com/dominikbraun/graph"
)

// KG is a resolved knowledge graph: entities, facts between them and the
// documents they were read from. Entities and Facts are kept sorted by id
// (see Normalize) so that every export is deterministic.
type KG struct {
	Entities []*Entity `json:"entities"`
	Facts    []*Fact   `json:"facts"`
	Docs     []DocInfo `json:"docs"`

	byID  map[string]*Entity
	index dg.Graph[string, string]
}

// ErrUnknownEntity is returned when an id names no entity of the graph.
var ErrUnknownEntity = errors.New("unknown entity")

// Normalize sorts entities, facts, evidence and documents, deduplicates
// aliases, and rebuilds the lookup index and the traversal graph. Call it
// after changing the KG. It also removes bidirectional controls from
// names (see StripBidi).
func (g *KG) Normalize() {
	g.stripBidi()
	sort.Slice(g.Entities, func(i, j int) bool { return g.Entities[i].ID < g.Entities[j].ID })
	for _, e := range g.Entities {
		sort.Slice(e.Aliases, func(i, j int) bool { return aliasLess(&e.Aliases[i], &e.Aliases[j]) })
		sort.Strings(e.Docs)
		sort.Strings(e.SameAs)
		sort.Strings(e.Roles)
	}
	for _, f := range g.Facts {
		SortEvidence(f.Evidence)
	}
	SortFacts(g.Facts)
	sort.Slice(g.Docs, func(i, j int) bool { return g.Docs[i].ID < g.Docs[j].ID })
	g.byID = make(map[string]*Entity, len(g.Entities))
	for _, e := range g.Entities {
		g.byID[e.ID] = e
	}
	g.index = nil
}

// Entity returns the entity with the given id, or nil.
func (g *KG) Entity(id string) *Entity {
	if g.byID == nil || len(g.byID) != len(g.Entities) {
		g.byID = make(map[string]*Entity, len(g.Entities))
		for _, e := range g.Entities {
			g.byID[e.ID] = e
		}
	}
	return g.byID[id]
}

// Index returns a directed traversal graph over entity ids. The library
// allows one edge per ordered pair, so each edge carries only the pair;
// the facts themselves stay in g.Facts.
func (g *KG) Index() dg.Graph[string, string] {
	if g.index != nil {
		return g.index
	}
	ix := dg.New(dg.StringHash, dg.Directed())
	for _, e := range g.Entities {
		_ = ix.AddVertex(e.ID)
	}
	for _, f := range g.Facts {
		if err := ix.AddEdge(f.Subject, f.Object); err != nil && !errors.Is(err, dg.ErrEdgeAlreadyExists) {
			continue
		}
	}
	g.index = ix
	return ix
}

// Neighbourhood returns the ids of the entities within k hops of id,
// following facts in both directions, id included.
func (g *KG) Neighbourhood(id string, k int) (map[string]bool, error) {
	if g.Entity(id) == nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknownEntity, id)
	}
	ix := g.Index()
	adj, err := ix.AdjacencyMap()
	if err != nil {
		return nil, err
	}
	pred, err := ix.PredecessorMap()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{id: true}
	frontier := []string{id}
	for hop := 0; hop < k && len(frontier) > 0; hop++ {
		var next []string
		for _, v := range frontier {
			for w := range adj[v] {
				if !seen[w] {
					seen[w] = true
					next = append(next, w)
				}
			}
			for w := range pred[v] {
				if !seen[w] {
					seen[w] = true
					next = append(next, w)
				}
			}
		}
		sort.Strings(next)
		frontier = next
	}
	return seen, nil
}

// Filter selects part of a graph. The zero Filter keeps everything.
type Filter struct {
	Types         []EntityType // keep only entities of these types (none: all)
	Predicates    []Predicate  // keep only facts with these predicates (none: all)
	MinConfidence float64      // drop facts below this confidence
	MinSources    int          // drop facts with fewer supporting documents
	Docs          []string     // keep only facts with evidence from these documents (none: all)
	Focus         string       // an entity id: keep its neighbourhood only
	Hops          int          // the neighbourhood's radius, with Focus (0 means 1)
}

// Empty reports whether the filter keeps everything.
func (f Filter) Empty() bool {
	return len(f.Types) == 0 && len(f.Predicates) == 0 && f.MinConfidence <= 0 && f.MinSources <= 1 && len(f.Docs) == 0 && f.Focus == ""
}

// Apply returns a new KG with the entities and facts that pass the filter.
// Entities are shared with g; facts are copied when their evidence is cut.
// Entities left without facts are kept only when no fact filter is set.
func (f Filter) Apply(g *KG) (*KG, error) {
	if f.Empty() {
		return g, nil
	}
	types := map[EntityType]bool{}
	for _, t := range f.Types {
		types[t] = true
	}
	preds := map[Predicate]bool{}
	for _, p := range f.Predicates {
		preds[p] = true
	}
	docs := map[string]bool{}
	for _, d := range f.Docs {
		docs[d] = true
	}
	keepEnt := func(e *Entity) bool { return e != nil && (len(types) == 0 || types[e.Type]) }
	out := &KG{Docs: g.Docs}
	var facts []*Fact
	for _, fa := range g.Facts {
		if len(preds) > 0 && !preds[fa.Predicate] {
			continue
		}
		if fa.Confidence < f.MinConfidence {
			continue
		}
		if !keepEnt(g.Entity(fa.Subject)) || !keepEnt(g.Entity(fa.Object)) {
			continue
		}
		if len(docs) > 0 {
			var ev []Evidence
			for _, e := range fa.Evidence {
				if docs[e.Doc] {
					ev = append(ev, e)
				}
			}
			if len(ev) == 0 {
				continue
			}
			if len(ev) != len(fa.Evidence) {
				c := *fa
				c.Evidence = ev
				fa = &c
			}
		}
		if f.MinSources > 1 && fa.Sources() < f.MinSources {
			continue
		}
		facts = append(facts, fa)
	}
	factFilter := len(preds) > 0 || f.MinConfidence > 0 || f.MinSources > 1 || len(docs) > 0
	used := map[string]bool{}
	for _, fa := range facts {
		used[fa.Subject], used[fa.Object] = true, true
	}
	var keep map[string]bool
	if f.Focus != "" {
		hops := f.Hops
		if hops <= 0 {
			hops = 1
		}
		tmp := &KG{Entities: g.Entities, Facts: facts}
		n, err := tmp.Neighbourhood(f.Focus, hops)
		if err != nil {
			return nil, err
		}
		keep = n
	}
	for _, e := range g.Entities {
		if !keepEnt(e) {
			continue
		}
		if keep != nil && !keep[e.ID] {
			continue
		}
		if factFilter && !used[e.ID] && e.ID != f.Focus {
			continue
		}
		out.Entities = append(out.Entities, e)
	}
	out.Normalize()
	for _, fa := range facts {
		if out.Entity(fa.Subject) != nil && out.Entity(fa.Object) != nil {
			out.Facts = append(out.Facts, fa)
		}
	}
	return out, nil
}

// Stats counts entities by type and facts by predicate.
func (g *KG) Stats() (byType map[EntityType]int, byPred map[Predicate]int) {
	byType, byPred = map[EntityType]int{}, map[Predicate]int{}
	for _, e := range g.Entities {
		byType[e.Type]++
	}
	for _, f := range g.Facts {
		byPred[f.Predicate]++
	}
	return byType, byPred
}

// Clone copies g deeply enough that changing the copy (applying a review
// to it) leaves g as it was: every entity, fact and slice is new; the
// strings, which nothing changes in place, are shared.
func (g *KG) Clone() *KG {
	out := &KG{Docs: slices.Clone(g.Docs)}
	ents := make([]Entity, len(g.Entities))
	out.Entities = make([]*Entity, len(g.Entities))
	for i, e := range g.Entities {
		c := &ents[i]
		*c = *e
		c.Aliases = slices.Clone(e.Aliases)
		for j := range c.Aliases {
			c.Aliases[j].Docs = slices.Clone(c.Aliases[j].Docs)
		}
		c.SameAs, c.Docs, c.Roles = slices.Clone(e.SameAs), slices.Clone(e.Docs), slices.Clone(e.Roles)
		c.Merges = slices.Clone(e.Merges)
		out.Entities[i] = c
	}
	facts := make([]Fact, len(g.Facts))
	out.Facts = make([]*Fact, len(g.Facts))
	for i, f := range g.Facts {
		c := &facts[i]
		*c = *f
		c.Evidence = slices.Clone(f.Evidence)
		out.Facts[i] = c
	}
	out.Normalize()
	return out
}

// aliasLess orders aliases by language, then text.
func aliasLess(a, b *Alias) bool {
	if a.Lang != b.Lang {
		return a.Lang < b.Lang
	}
	return a.Text < b.Text
}
