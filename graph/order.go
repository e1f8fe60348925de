package graph

import "sort"

// SortedEntities returns the entities ordered by id. When they already are
// (as Normalize leaves them) it returns g.Entities itself; otherwise a
// sorted copy, so that exporters never reorder the caller's graph.
func (g *KG) SortedEntities() []*Entity {
	less := func(s []*Entity) func(i, j int) bool {
		return func(i, j int) bool { return s[i].ID < s[j].ID }
	}
	if sort.SliceIsSorted(g.Entities, less(g.Entities)) {
		return g.Entities
	}
	s := append([]*Entity(nil), g.Entities...)
	sort.SliceStable(s, less(s))
	return s
}

// SortedFacts returns the facts ordered by subject, predicate, object,
// role and id, the order of SortFacts; g.Facts itself when already so.
func (g *KG) SortedFacts() []*Fact {
	less := func(s []*Fact) func(i, j int) bool {
		return func(i, j int) bool { return factLess(s[i], s[j]) }
	}
	if sort.SliceIsSorted(g.Facts, less(g.Facts)) {
		return g.Facts
	}
	s := append([]*Fact(nil), g.Facts...)
	sort.SliceStable(s, less(s))
	return s
}

func factLess(a, b *Fact) bool {
	if a.Subject != b.Subject {
		return a.Subject < b.Subject
	}
	if a.Predicate != b.Predicate {
		return a.Predicate < b.Predicate
	}
	if a.Object != b.Object {
		return a.Object < b.Object
	}
	if a.Role != b.Role {
		return a.Role < b.Role
	}
	return a.ID < b.ID
}
