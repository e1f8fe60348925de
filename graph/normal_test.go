package graph_test

import (
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

// TestNormalized checks that Normalized holds of a normalized graph, and
// fails for each thing Normalize would change; and that Normalize then
// makes it hold.
func TestNormalized(t *testing.T) {
	if g := kgtest.Generate(200, 800, 3); !g.Normalized() {
		t.Fatal("a generated graph, normalized, is not Normalized")
	}
	cases := map[string]func(g *graph.KG){
		"entities out of order": func(g *graph.KG) { g.Entities[3], g.Entities[4] = g.Entities[4], g.Entities[3] },
		"facts out of order":    func(g *graph.KG) { g.Facts[5], g.Facts[9] = g.Facts[9], g.Facts[5] },
		"docs out of order":     func(g *graph.KG) { g.Docs[0], g.Docs[1] = g.Docs[1], g.Docs[0] },
		"aliases out of order": func(g *graph.KG) {
			a := g.Entities[0].Aliases
			a[0], a[1] = a[1], a[0]
		},
		"equal aliases": func(g *graph.KG) {
			e := g.Entities[0]
			e.Aliases = append(e.Aliases, e.Aliases[len(e.Aliases)-1])
		},
		"entity docs out of order": func(g *graph.KG) { g.Entities[2].Docs = []string{"b", "a"} },
		"roles out of order":       func(g *graph.KG) { g.Entities[2].Roles = []string{"b", "a"} },
		"sameAs out of order":      func(g *graph.KG) { g.Entities[2].SameAs = []string{"b", "a"} },
		"evidence out of order": func(g *graph.KG) {
			f := g.Facts[7]
			f.Evidence = append(f.Evidence, f.Evidence[0])
			f.Evidence[1].Doc = ""
		},
		"bidi in a name":        func(g *graph.KG) { g.Entities[1].Name += "\u202E" },
		"bidi in an alias":      func(g *graph.KG) { g.Entities[1].Aliases[0].Text += "\u2067" },
		"bidi in a role phrase": func(g *graph.KG) { g.Facts[1].RolePhrase = "x\u202Ay" },
		"bidi in a title":       func(g *graph.KG) { g.Docs[1].Title = "\u2066t" },
		"bidi in a merge":       func(g *graph.KG) { g.Entities[1].Merges = []graph.Merge{{Form: "\u202Bf"}} },
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			g := kgtest.Generate(200, 800, 3)
			spoil(g)
			if g.Normalized() {
				t.Fatal("Normalized, but Normalize would change the graph")
			}
			g.Normalize()
			if name != "equal aliases" && !g.Normalized() {
				t.Error("not Normalized after Normalize")
			}
		})
	}
	t.Run("arabic without controls", func(t *testing.T) {
		g := kgtest.Fixture()
		before := g.Clone()
		if !g.Normalized() {
			t.Fatal("the fixture is not Normalized")
		}
		g.Normalize()
		if !reflect.DeepEqual(g.Entities, before.Entities) || !reflect.DeepEqual(g.Facts, before.Facts) {
			t.Error("Normalize changed a Normalized graph")
		}
	})
}
