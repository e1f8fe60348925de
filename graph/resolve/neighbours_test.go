package resolve

import (
	"slices"
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
		t.Errorf("two persons holding a position in NATO share no neighbour: %v %v", st.nbrsOf(fp), st.nbrsOf(fq))
	}
}

// TestNeighboursList checks the state's list of every form's neighbours
// against each form's sorted set made the way it was before the list
// (a sorted insert per relation end), on a corpus with repeated
// relations, relations both ways, KB-linked and one-word ends.
func TestNeighboursList(t *testing.T) {
	m := func(doc, text string, typ graph.EntityType, start int) graph.Mention {
		return graph.Mention{Doc: doc, Text: text, Type: typ, Start: start, End: start + len(text), Lang: "en"}
	}
	var ms []graph.Mention
	var rels []graph.Relation
	for i, doc := range []string{"a", "b", "c"} {
		p := m(doc, "Ivan Petrenko", graph.Person, 0)
		q := m(doc, "Olena Marchuk", graph.Person, 20)
		s := m(doc, "Petrenko", graph.Person, 40)
		o := m(doc, "Vantorian Council", graph.Organization, 60)
		c := m(doc, "France", graph.Country, 90)
		ms = append(ms, p, q, s, o, c)
		rels = append(rels,
			graph.Relation{Subject: p, Predicate: graph.HoldsPosition, Object: o},
			graph.Relation{Subject: p, Predicate: graph.MeetsWith, Object: q},
			graph.Relation{Subject: q, Predicate: graph.MeetsWith, Object: p},
			graph.Relation{Subject: s, Predicate: graph.MeetsWith, Object: q},
			graph.Relation{Subject: o, Predicate: graph.LocatedIn, Object: c})
		if i == 1 {
			rels = append(rels, graph.Relation{Subject: p, Predicate: graph.HoldsPosition, Object: o})
		}
	}
	st, err := prepare(kb.Starter(), ms, rels, false)
	if err != nil {
		t.Fatal(err)
	}
	// the sets as they were made before
	ids := map[string]int32{}
	num := make([]int32, len(st.forms))
	for i := range num {
		num[i] = -2
	}
	want := make([][]int32, len(st.forms))
	for ri := range st.rels {
		a, b := int(st.relAt[ri][0]), int(st.relAt[ri][1])
		if a < 0 || b < 0 {
			continue
		}
		for _, p := range [][2]int{{a, b}, {b, a}} {
			if num[p[1]] == -2 {
				num[p[1]] = -1
				f := st.forms[p[1]]
				k := ""
				switch {
				case f.group:
				case f.entry != nil:
					k = "kb:" + f.entry.ID
				case f.full():
					k = "n:" + f.key
				}
				if k != "" {
					if _, ok := ids[k]; !ok {
						ids[k] = int32(len(ids))
					}
					num[p[1]] = ids[k]
				}
			}
			if k := num[p[1]]; k >= 0 {
				if i, ok := slices.BinarySearch(want[p[0]], k); !ok {
					want[p[0]] = slices.Insert(want[p[0]], i, k)
				}
			}
		}
	}
	some := 0
	for fi := range st.forms {
		got := st.nbrsOf(fi)
		if !slices.Equal(got, want[fi]) {
			t.Errorf("form %d %q: neighbours %v, want %v", fi, st.forms[fi].key, got, want[fi])
		}
		if len(got) > 1 {
			some++
		}
	}
	if some == 0 {
		t.Errorf("no form with two neighbours or more: the corpus tests nothing")
	}
	if st.nbrsOf(len(st.forms)) != nil {
		t.Errorf("a form past the list has neighbours")
	}
}
