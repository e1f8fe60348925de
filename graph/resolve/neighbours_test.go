package resolve

import (
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// TestNeighbours checks that relations give each named form the keys of
// the entities it is related to, the evidence the fuzzy rule adds to a
// name's similarity.
func TestNeighbours(t *testing.T) {
	p := graph.Mention{Doc: "a", Text: "Ivan Petrenko", Type: graph.Person, Start: 0, End: 13, Lang: "en"}
	q := graph.Mention{Doc: "b", Text: "Ivan Petrenkow", Type: graph.Person, Start: 0, End: 14, Lang: "en"}
	body := graph.Mention{Doc: "a", Text: "NATO", Type: graph.Organization, Start: 20, End: 24, Lang: "en"}
	body2 := graph.Mention{Doc: "b", Text: "NATO", Type: graph.Organization, Start: 20, End: 24, Lang: "en"}
	rels := []graph.Relation{{Subject: p, Predicate: graph.HoldsPosition, Object: body}, {Subject: q, Predicate: graph.HoldsPosition, Object: body2}}
	st, err := prepare(kb.Starter(), []graph.Mention{p, q, body, body2}, rels, false)
	if err != nil {
		t.Fatal(err)
	}
	u := st.newUF(constraints{})
	var fp, fq = -1, -1
	for i, f := range st.forms {
		if f.typ == graph.Person && f.doc == "a" {
			fp = i
		}
		if f.typ == graph.Person && f.doc == "b" {
			fq = i
		}
	}
	if fp < 0 || fq < 0 {
		t.Fatalf("forms not found")
	}
	if !u.sharedNeighbour(fp, fq) {
		t.Errorf("two persons holding a position in NATO share no neighbour: %v %v", st.forms[fp].nbrs, st.forms[fq].nbrs)
	}
}
