package props

import (
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

// TestValuesAsNodeValues checks that Values gives, entity after entity
// and fact after fact from reused memory, what NodeValues and
// EdgeValues give, including evidence whose documents are out of order.
func TestValuesAsNodeValues(t *testing.T) {
	g := kgtest.Fixture()
	g.Entities = append(g.Entities, &graph.Entity{ID: "x", Name: "x"}, &graph.Entity{ID: "y", Type: graph.Person, Name: "y",
		Aliases: []graph.Alias{{Text: "y"}, {Text: "z\r\n"}, {Text: "w"}}})
	g.Facts = append(g.Facts, &graph.Fact{ID: "f", Predicate: graph.HoldsPosition, Role: "r", Evidence: []graph.Evidence{{Doc: "b"}, {Doc: "a"}, {Doc: "b"}, {Doc: "c"}, {Doc: "a"}}},
		&graph.Fact{ID: "g"})
	var v Values
	for _, e := range g.Entities {
		got := v.Node(e)
		if want := NodeValues(e); !reflect.DeepEqual(got, want) {
			t.Errorf("entity %s:\n got %v\nwant %v", e.ID, got, want)
		}
	}
	for _, f := range g.Facts {
		if got, want := v.Edge(f), EdgeValues(f); !reflect.DeepEqual(got, want) {
			t.Errorf("fact %s:\n got %v\nwant %v", f.ID, got, want)
		}
	}
	if got, want := v.Node(g.Entities[0]), NodeValues(g.Entities[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("entity again: got %v, want %v", got, want)
	}
}
