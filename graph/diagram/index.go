package diagram

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"newskg/graph"
)

// index holds, for one graph, the facts that touch each entity and its
// neighbours, computed once for every drawing made from the graph.
type index struct {
	g     *graph.KG
	facts map[string][]*graph.Fact // facts touching an entity, in fact order
	nbrs  map[string][]string      // distinct neighbours, sorted by id

	// the ranking of the whole graph, made once for every overview (a
	// drawing bounded by its layout's cost asks for several sizes)
	rankOnce sync.Once
	rank     []*graph.Entity // ranked()
	rankPos  map[string]int  // an entity's place in rank
	unlinked []*graph.Entity // entities without neighbours, in id order
}

// ranking returns ranked(), each entity's place in it, and the entities
// without neighbours in id order, computed on the first call.
func (ix *index) ranking() ([]*graph.Entity, map[string]int, []*graph.Entity) {
	ix.rankOnce.Do(func() {
		ix.rank = ix.ranked()
		ix.rankPos = make(map[string]int, len(ix.rank))
		for i, e := range ix.rank {
			ix.rankPos[e.ID] = i
		}
		for _, e := range ix.g.SortedEntities() {
			if ix.degree(e.ID) == 0 {
				ix.unlinked = append(ix.unlinked, e)
			}
		}
	})
	return ix.rank, ix.rankPos, ix.unlinked
}

func newIndex(g *graph.KG) *index {
	ix := &index{g: g, facts: map[string][]*graph.Fact{}, nbrs: map[string][]string{}}
	for _, f := range g.SortedFacts() {
		if g.Entity(f.Subject) == nil || g.Entity(f.Object) == nil {
			continue
		}
		ix.facts[f.Subject] = append(ix.facts[f.Subject], f)
		if f.Object != f.Subject {
			ix.facts[f.Object] = append(ix.facts[f.Object], f)
			ix.nbrs[f.Subject] = append(ix.nbrs[f.Subject], f.Object)
			ix.nbrs[f.Object] = append(ix.nbrs[f.Object], f.Subject)
		}
	}
	for id, n := range ix.nbrs {
		sort.Strings(n)
		ix.nbrs[id] = slices.Compact(n)
	}
	return ix
}

// kept returns the ids of keep, sorted.
func kept(keep map[string]bool) []string {
	ids := make([]string, 0, len(keep))
	for id, ok := range keep {
		if ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// degree is the number of distinct neighbours of an entity.
func (ix *index) degree(id string) int { return len(ix.nbrs[id]) }

// ranked returns the entities that have neighbours, the most connected
// first (then the most mentioned, then by id).
func (ix *index) ranked() []*graph.Entity {
	var es []*graph.Entity
	for _, e := range ix.g.SortedEntities() {
		if ix.degree(e.ID) > 0 {
			es = append(es, e)
		}
	}
	ix.sortByRank(es)
	return es
}

// sortByRank sorts es the most connected first, then the most
// mentioned, then by id; stable, each degree looked up once.
func (ix *index) sortByRank(es []*graph.Entity) {
	type ranked struct {
		e   *graph.Entity
		deg int
	}
	rs := make([]ranked, len(es))
	for i, e := range es {
		rs[i] = ranked{e, ix.degree(e.ID)}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if a.deg != b.deg {
			return cmp.Compare(b.deg, a.deg)
		}
		if a.e.Mentions != b.e.Mentions {
			return cmp.Compare(b.e.Mentions, a.e.Mentions)
		}
		return strings.Compare(a.e.ID, b.e.ID)
	})
	for i := range rs {
		es[i] = rs[i].e
	}
}

// label is the text drawn for an entity: an event's place, kind and
// date; for others the English name with the Arabic under it.
func (ix *index) label(e *graph.Entity) []string {
	if e.Type == graph.Event {
		return Wrap(EventLabel(ix.g, e, ix.facts[e.ID]), MaxLine, 2)
	}
	en, ar := Names(e)
	var lines []string
	if en != "" {
		lines = append(lines, Cut(en, MaxLine))
	}
	if ar != "" {
		lines = append(lines, Cut(ar, MaxLine))
	}
	if len(lines) == 0 {
		lines = []string{"(" + string(e.Type) + ")"}
	}
	return lines
}

// oneLine is the label of an entity on one line, for lists and titles.
func (ix *index) oneLine(e *graph.Entity) string {
	if e.Type == graph.Event {
		return Cut(EventLabel(ix.g, e, ix.facts[e.ID]), 2*MaxLine)
	}
	en, ar := Names(e)
	switch {
	case en != "" && ar != "":
		return Cut(en, MaxLine) + " / " + Cut(ar, MaxLine)
	case en != "":
		return Cut(en, MaxLine)
	case ar != "":
		return Cut(ar, MaxLine)
	}
	return "(" + string(e.Type) + ")"
}
