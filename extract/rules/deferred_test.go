package rules

import (
	"testing"

	"newskg/extract"
	"newskg/graph"
)

// TestKeptRelationsRestore: a kept document's relations are read back
// from the end of the document's own, only when it ends with them, and
// the corpus pass cannot write into the document's array.
func TestKeptRelationsRestore(t *testing.T) {
	rel := func(rule string) graph.Relation {
		return graph.Relation{Predicate: graph.Leads, Evidence: graph.Evidence{Doc: "a.txt", Rule: rule}}
	}
	found := []graph.Relation{rel("x"), rel("y")}
	for _, tc := range []struct {
		name string
		doc  []graph.Relation
		ok   bool
	}{
		{"document ends with them", []graph.Relation{rel("earlier"), rel("x"), rel("y")}, true},
		{"exactly them", []graph.Relation{rel("x"), rel("y")}, true},
		{"not added", []graph.Relation{rel("earlier")}, false},
		{"others at the end", []graph.Relation{rel("x"), rel("y"), rel("later")}, false},
		{"none", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := &Relations{}
			st := &docState{x: x, d: &extract.Document{}, leads: []pendingLead{{sent: -1}}}
			st.d.ID = "a.txt"
			st.res.Relations = append([]graph.Relation(nil), found...)
			x.keep(st)
			if st.res.Relations != nil {
				t.Fatal("the kept state still holds its own copy of the relations")
			}
			d := &extract.Document{Relations: append(make([]graph.Relation, 0, 8), tc.doc...)}
			if got := st.restore(d); got != tc.ok {
				t.Fatalf("restore = %v, want %v", got, tc.ok)
			}
			if !tc.ok {
				return
			}
			if len(st.res.Relations) != 2 || st.res.Relations[0] != found[0] || st.res.Relations[1] != found[1] {
				t.Fatalf("restored %v, want %v", st.res.Relations, found)
			}
			st.res.Relations = append(st.res.Relations, rel("new"))
			if full := d.Relations[:cap(d.Relations)]; full[len(d.Relations)] == rel("new") {
				t.Error("the corpus pass wrote into the document's array")
			}
		})
	}
}
