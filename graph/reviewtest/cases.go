package reviewtest

import (
	"slices"
	"testing"

	"newskg/graph"
)

// WithForm returns the entity of g that has the surface form, or nil.
func WithForm(g *graph.KG, form string) *graph.Entity {
	for _, e := range g.Entities {
		for _, a := range e.Aliases {
			if a.Text == form {
				return e
			}
		}
	}
	return nil
}

func idOf(g *graph.KG, form string) string {
	if e := WithForm(g, form); e != nil {
		return e.ID
	}
	return "no-entity-with-" + form
}

// factOf returns the fact of g between the entities with the two forms.
func factOf(g *graph.KG, s string, p graph.Predicate, o string) *graph.Fact {
	se, oe := WithForm(g, s), WithForm(g, o)
	if se == nil || oe == nil {
		return nil
	}
	for _, f := range g.Facts {
		if f.Predicate == p && (f.Subject == se.ID && f.Object == oe.ID || p.Symmetric() && f.Subject == oe.ID && f.Object == se.ID) {
			return f
		}
	}
	return nil
}

func factID(g *graph.KG, s string, p graph.Predicate, o string) string {
	if f := factOf(g, s, p, o); f != nil {
		return f.ID
	}
	return "rel-000000000000"
}

func same(t *testing.T, g *graph.KG, a, b string, want bool) {
	t.Helper()
	ea, eb := WithForm(g, a), WithForm(g, b)
	if ea == nil || eb == nil {
		t.Fatalf("no entity with %q or %q", a, b)
	}
	if (ea == eb) != want {
		t.Errorf("%q and %q one entity: %v, want %v", a, b, ea == eb, want)
	}
}

func unchanged(t *testing.T, g0, g *graph.KG) {
	t.Helper()
	if d := Diff(g0, g); d != "" {
		t.Errorf("the graph changed:\n%s", d)
	}
}

// Cases returns the suite's reviews. Every kind of decision has at least
// one; sequences show that decisions compose the same way on both paths.
func Cases() []Case {
	sameAs := func(g0 *graph.KG) graph.Decision {
		return graph.Decision{ID: "d-merge", Op: graph.OpSameAs, Entities: []string{idOf(g0, "Karl Vinter"), idOf(g0, "Charles Winters")}}
	}
	split := func(g0 *graph.KG) graph.Decision {
		return graph.Decision{ID: "d-split", Op: graph.OpSplit, Entities: []string{idOf(g0, "Tomas Brandt")}, Forms: []string{"Brandt"}}
	}
	return []Case{
		{
			Name:   "same-as",
			Decide: func(g0 *graph.KG) []graph.Decision { return []graph.Decision{sameAs(g0)} },
			Check: func(t *testing.T, g0, g *graph.KG) {
				same(t, g, "Karl Vinter", "Charles Winters", true)
				e := WithForm(g, "Charles Winters")
				if e.ID != idOf(g0, "Karl Vinter") || e.Name != "Karl Vinter" || g.Entity(idOf(g0, "Charles Winters")) != nil {
					t.Errorf("the first entity keeps its id and name: %s %q", e.ID, e.Name)
				}
				f := factOf(g, "Karl Vinter", graph.MeetsWith, "Mira Kovac")
				if f == nil || len(f.Evidence) != 2 || f.Confidence != 0.94 {
					t.Errorf("the two meetings are one fact with both sentences: %+v", f)
				}
				if factOf(g, "Lina Ortis", graph.Advises, "Karl Vinter") == nil {
					t.Error("a fact of the merged-away entity was not re-pointed")
				}
				if !slices.ContainsFunc(e.Merges, func(m graph.Merge) bool {
					return m.Rule == graph.MergeSameAs && m.Key == idOf(g0, "Charles Winters")
				}) {
					t.Errorf("no record of the merged-away id: %+v", e.Merges)
				}
			},
		},
		{
			Name: "same-as by an Arabic form",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpSameAs, Entities: []string{idOf(g0, "Charles Winters"), "توماس براندت"}}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				same(t, g, "Charles Winters", "Brandt", true)
				if g.Entity(idOf(g0, "Tomas Brandt")) != nil {
					t.Error("the merged-away id is still an entity")
				}
			},
		},
		{
			Name: "not-same-as of two entities",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpNotSameAs, Entities: []string{idOf(g0, "Karl Vinter"), idOf(g0, "Charles Winters")}}}
			},
			Check: unchanged,
		},
		{
			Name: "not-same-as of two forms the rules merged",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpNotSameAs, Entities: []string{"Lena Ortiz", "Lina Ortis"}}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				same(t, g0, "Lena Ortiz", "Lina Ortis", true)
				same(t, g, "Lena Ortiz", "Lina Ortis", false)
				if idOf(g, "Lena Ortiz") != idOf(g0, "Lena Ortiz") {
					t.Error("the first form's side lost the id")
				}
				if factOf(g, "Lina Ortis", graph.Advises, "Charles Winters") == nil || factOf(g, "Brandt", graph.MeetsWith, "Lena Ortiz") == nil {
					t.Error("the facts did not follow their forms")
				}
				if factOf(g, "Lena Ortiz", graph.Advises, "Charles Winters") != nil {
					t.Error("a fact read from the form split off stayed behind")
				}
			},
		},
		{
			Name:   "split",
			Decide: func(g0 *graph.KG) []graph.Decision { return []graph.Decision{split(g0)} },
			Check: func(t *testing.T, g0, g *graph.KG) {
				same(t, g0, "Tomas Brandt", "Brandt", true)
				same(t, g, "Tomas Brandt", "Brandt", false)
				n := WithForm(g, "Brandt")
				if n.ID != graph.SplitID(graph.Person, []string{"Brandt"}, "d-split") {
					t.Errorf("the part split off has id %q", n.ID)
				}
				if idOf(g, "Tomas Brandt") != idOf(g0, "Tomas Brandt") {
					t.Error("the rest lost the id")
				}
				if factOf(g, "Brandt", graph.HoldsPosition, "Velm Town Hall") == nil || factOf(g, "Tomas Brandt", graph.HoldsPosition, "Velm Town Hall") != nil {
					t.Error("the position read from the form split off did not follow it")
				}
				if !slices.Contains(n.Roles, "mayor") || slices.Contains(WithForm(g, "Tomas Brandt").Roles, "mayor") {
					t.Errorf("the role did not follow its fact: %v / %v", n.Roles, WithForm(g, "Tomas Brandt").Roles)
				}
				if factOf(g, "Tomas Brandt", graph.HoldsPosition, "مجلس هالدن") == nil {
					t.Error("the rest lost its own fact")
				}
			},
		},
		{
			Name: "split, then rename the part split off",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{split(g0), {Op: graph.OpRename, Entities: []string{graph.SplitID(graph.Person, []string{"Brandt"}, "d-split")}, Name: "Ivo Brandt"}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if e := WithForm(g, "Brandt"); e.Name != "Ivo Brandt" {
					t.Errorf("name %q", e.Name)
				}
			},
		},
		{
			Name: "rename",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpRename, Entities: []string{idOf(g0, "Karl Vinter")}, Name: "Karl J. Vinter"}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				e := g.Entity(idOf(g0, "Karl Vinter"))
				if e == nil || e.Name != "Karl J. Vinter" || WithForm(g, "Karl J. Vinter") != e {
					t.Errorf("not renamed (or the id moved, or the name is not a form): %+v", e)
				}
			},
		},
		{
			Name: "rename to an Arabic name",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpRename, Entities: []string{idOf(g0, "Mira Kovac")}, Name: "ميرا كوفاتش"}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if e := g.Entity(idOf(g0, "Mira Kovac")); e == nil || e.Name != "ميرا كوفاتش" {
					t.Errorf("not renamed: %+v", e)
				}
			},
		},
		{
			Name: "retype",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpRetype, Entities: []string{idOf(g0, "Brelik")}, Type: string(graph.Place)}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if e := g.Entity(idOf(g0, "Brelik")); e == nil || e.Type != graph.Place {
					t.Errorf("not retyped: %+v", e)
				}
			},
		},
		{
			Name: "accept",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpAccept, Fact: factID(g0, "Karl Vinter", graph.HoldsPosition, "Norland")}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if f := factOf(g, "Karl Vinter", graph.HoldsPosition, "Norland"); f == nil || f.Confidence != 1 {
					t.Errorf("not accepted: %+v", f)
				}
			},
		},
		{
			Name: "reject a position",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpReject, Fact: factID(g0, "Karl Vinter", graph.HoldsPosition, "Norland")}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if factOf(g, "Karl Vinter", graph.HoldsPosition, "Norland") != nil {
					t.Error("the fact is still there")
				}
				if !slices.Contains(WithForm(g0, "Karl Vinter").Roles, "foreign minister") || slices.Contains(WithForm(g, "Karl Vinter").Roles, "foreign minister") {
					t.Errorf("the role only the fact supported is still on the card: %v", WithForm(g, "Karl Vinter").Roles)
				}
				if WithForm(g, "Norland") == nil {
					t.Error("Norland went, though another sentence mentions it")
				}
			},
		},
		{
			Name: "reject what alone supports two entities",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpReject, Fact: factID(g0, "Garo Pell", graph.HoldsPosition, "Ostrava Trust")}}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if WithForm(g, "Garo Pell") != nil || WithForm(g, "Ostrava Trust") != nil {
					t.Error("entities mentioned only in the rejected fact are still there")
				}
				if len(g.Entities) != len(g0.Entities)-2 {
					t.Errorf("%d entities, want %d", len(g.Entities), len(g0.Entities)-2)
				}
			},
		},
		{
			Name: "reject, then a merge joins the statement",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpReject, Fact: factID(g0, "Charles Winters", graph.MeetsWith, "Mira Kovac")}, sameAs(g0)}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if f := factOf(g, "Karl Vinter", graph.MeetsWith, "Mira Kovac"); f != nil {
					t.Errorf("the rejected statement came back with the merge: %+v", f)
				}
			},
		},
		{
			Name: "accept, then a merge joins the statement",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpAccept, Fact: factID(g0, "Charles Winters", graph.MeetsWith, "Mira Kovac")}, sameAs(g0)}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if f := factOf(g, "Karl Vinter", graph.MeetsWith, "Mira Kovac"); f == nil || f.Confidence != 1 || len(f.Evidence) != 2 {
					t.Errorf("the accepted statement lost its verdict in the merge: %+v", f)
				}
			},
		},
		{
			Name: "accept, then split the subject",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{{Op: graph.OpAccept, Fact: factID(g0, "Tomas Brandt", graph.HoldsPosition, "Velm Town Hall")}, split(g0)}
			},
			Check: func(t *testing.T, g0, g *graph.KG) {
				if f := factOf(g, "Brandt", graph.HoldsPosition, "Velm Town Hall"); f == nil || f.Confidence == 1 {
					t.Errorf("the verdict is on the statement of the entity judged, not on the part split off: %+v", f)
				}
			},
		},
		{
			Name: "revoke",
			Decide: func(g0 *graph.KG) []graph.Decision {
				rej := graph.Decision{ID: "d-reject", Op: graph.OpReject, Fact: factID(g0, "Garo Pell", graph.HoldsPosition, "Ostrava Trust")}
				return []graph.Decision{sameAs(g0), rej,
					{Op: graph.OpRevoke, Revokes: "d-merge", Author: "second analyst"},
					{Op: graph.OpRevoke, Revokes: "d-reject"}}
			},
			Check: unchanged,
		},
		{
			Name: "stale: kept apart after a merge, revocation of a revocation",
			Decide: func(g0 *graph.KG) []graph.Decision {
				d := sameAs(g0)
				return []graph.Decision{d, {Op: graph.OpNotSameAs, Entities: d.Entities},
					{ID: "d-undo", Op: graph.OpRevoke, Revokes: "d-nothing"}, {Op: graph.OpRevoke, Revokes: "d-undo"}}
			},
			Stale: 3,
			Check: func(t *testing.T, g0, g *graph.KG) { same(t, g, "Karl Vinter", "Charles Winters", true) },
		},
		{
			Name: "stale: unknown entity, fact and form",
			Decide: func(g0 *graph.KG) []graph.Decision {
				return []graph.Decision{
					{Op: graph.OpRename, Entities: []string{"person-nobody"}, Name: "X"},
					{Op: graph.OpReject, Fact: "rel-000000000000"},
					{Op: graph.OpRetype, Entities: []string{"no such form"}, Type: string(graph.City)},
				}
			},
			Stale: 3,
			Check: unchanged,
		},
		{
			Name: "stale: the anchor names another entity",
			Decide: func(g0 *graph.KG) []graph.Decision {
				d := graph.Decision{Op: graph.OpRename, Entities: []string{idOf(g0, "Karl Vinter")}, Name: "Wrong"}
				d.Anchor = graph.AnchorFor(g0, graph.Decision{Op: graph.OpRename, Entities: []string{idOf(g0, "Mira Kovac")}, Name: "Wrong"})
				return []graph.Decision{d}
			},
			Stale: 1,
			Check: unchanged,
		},
	}
}
