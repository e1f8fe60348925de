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

// LiveFacts returns SortedFacts without the facts whose subject or
// object is no entity of g (what a removal left behind): the edges every
// exporter draws; SortedFacts itself when there are none such.
func (g *KG) LiveFacts() []*Fact {
	fs := g.SortedFacts()
	for i, f := range fs {
		if g.Entity(f.Subject) == nil || g.Entity(f.Object) == nil {
			out := append([]*Fact(nil), fs[:i]...)
			for _, f := range fs[i+1:] {
				if g.Entity(f.Subject) != nil && g.Entity(f.Object) != nil {
					out = append(out, f)
				}
			}
			return out
		}
	}
	return fs
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

// SortedDocs returns the documents ordered by id; g.Docs itself when
// already so.
func (g *KG) SortedDocs() []DocInfo {
	less := func(s []DocInfo) func(i, j int) bool {
		return func(i, j int) bool { return s[i].ID < s[j].ID }
	}
	if sort.SliceIsSorted(g.Docs, less(g.Docs)) {
		return g.Docs
	}
	s := append([]DocInfo(nil), g.Docs...)
	sort.SliceStable(s, less(s))
	return s
}

// Sorted returns g itself when its entities, facts and documents are in
// the order Normalize leaves them, and otherwise a shallow copy with the
// slices sorted (the entities and facts are shared).
func (g *KG) Sorted() *KG {
	e, f, d := g.SortedEntities(), g.SortedFacts(), g.SortedDocs()
	if len(e) > 0 && &e[0] != &g.Entities[0] || len(f) > 0 && &f[0] != &g.Facts[0] || len(d) > 0 && &d[0] != &g.Docs[0] {
		return &KG{Entities: e, Facts: f, Docs: d}
	}
	return g
}
