package resolve

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"newskg/graph"
)

// counts must answer as the map it replaced: mostFrequent the least in
// sorting order among the most counted, not the first added.
func TestCountsAsMap(t *testing.T) {
	cases := []struct {
		name string
		add  []string
		most string
	}{
		{"none", nil, ""},
		{"one", []string{"Lavrenko"}, "Lavrenko"},
		{"tie goes to the least, not the first", []string{"Zorin", "Abakan"}, "Abakan"},
		{"most counted wins over order", []string{"Abakan", "Zorin", "Zorin"}, "Zorin"},
		{"empty string counted", []string{"", "", "Ivo"}, ""},
		{"arabic and latin", []string{"كارين", "Karin", "كارين"}, "كارين"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cs counts
			m := map[string]int{}
			for _, s := range c.add {
				cs.add(s)
				m[s]++
			}
			if got := cs.mostFrequent(); got != c.most || got != mostFrequent(m) {
				t.Errorf("mostFrequent = %q, want %q (map: %q)", got, c.most, mostFrequent(m))
			}
			if !reflect.DeepEqual(cs.toMap(), map[string]int(nil)) && !reflect.DeepEqual(cs.toMap(), m) {
				t.Errorf("toMap = %v, want %v", cs.toMap(), m)
			}
			if len(c.add) == 0 && cs != nil {
				t.Errorf("no string added, yet %v allocated", cs)
			}
			if !reflect.DeepEqual(countsOf(m).toMap(), cs.toMap()) {
				t.Errorf("countsOf(map) = %v, want %v", countsOf(m), cs)
			}
			for s, n := range m {
				if cs.get(s) != n {
					t.Errorf("get(%q) = %d, want %d", s, cs.get(s), n)
				}
			}
			if cs.get("not added") != 0 {
				t.Errorf("a string never added is counted")
			}
		})
	}
}

func TestCountsRandomAgainstMap(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 200; i++ {
		var cs counts
		m := map[string]int{}
		for j := r.Intn(12); j > 0; j-- {
			s := fmt.Sprintf("w%d", r.Intn(5))
			n := 1 + r.Intn(3)
			cs.addN(s, n)
			m[s] += n
		}
		if cs.mostFrequent() != mostFrequent(m) || !reflect.DeepEqual(cs.keys(), sortedKeys(m)) {
			t.Fatalf("counts %v: most %q keys %v; map %v: most %q keys %v", cs, cs.mostFrequent(), cs.keys(), m, mostFrequent(m), sortedKeys(m))
		}
	}
}

// A fact read in many documents keeps each piece of evidence once, in
// the order first read, past the length where repeats are found by a
// set instead of a scan; a repeated piece is not listed twice.
func TestFactEvidenceOnceEach(t *testing.T) {
	for _, n := range []int{3, factSeenAfter, factSeenAfter + 1, 3 * factSeenAfter} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var ms []graph.Mention
			var rels []graph.Relation
			for i := 0; i < n; i++ {
				doc := fmt.Sprintf("d%03d.txt", i)
				s := graph.Mention{Doc: doc, Text: "Oskar Veltman", Type: graph.Person, Start: 0, End: 13, Lang: "en"}
				o := graph.Mention{Doc: doc, Text: "Danube Freight Union", Type: graph.Organization, Start: 30, End: 50, Lang: "en"}
				ms = append(ms, s, o)
				ev := graph.Evidence{Doc: doc, Text: "Oskar Veltman leads the Danube Freight Union.", Start: 0, End: 45, SubjectEnd: 13, ObjectStart: 24, ObjectEnd: 44, Extractor: "rules", Rule: "lead", Confidence: 0.9}
				r := graph.Relation{Subject: s, Predicate: graph.Leads, Object: o, Evidence: ev}
				rels = append(rels, r, r) // the same sentence read twice
			}
			g, _ := mustResolve(t, ms, rels, Options{})
			var f *graph.Fact
			for _, x := range g.Facts {
				if x.Predicate == graph.Leads {
					if f != nil {
						t.Fatalf("two leads facts: %v and %v", f, x)
					}
					f = x
				}
			}
			if f == nil {
				t.Fatal("no leads fact")
			}
			if len(f.Evidence) != n {
				t.Fatalf("%d pieces of evidence, want %d (one per document, the repeat not listed)", len(f.Evidence), n)
			}
			for i, ev := range f.Evidence {
				if want := fmt.Sprintf("d%03d.txt", i); ev.Doc != want {
					t.Errorf("evidence %d from %s, want %s (order first read)", i, ev.Doc, want)
				}
			}
		})
	}
}

// Facts whose relations come interleaved, document by document, each
// get their own evidence: every piece once, a symmetric fact's pieces
// with the ends the fact's way round (whichever way the relation had
// them), and no fact's evidence reaching into another's (they share one
// slab: appending to one must not write over the next).
func TestFactEvidenceSegments(t *testing.T) {
	const sent = "Oskar Veltman met Ilse Marrow, who leads the Danube Freight Union."
	var ms []graph.Mention
	var rels []graph.Relation
	const ndocs = 5
	for i := 0; i < ndocs; i++ {
		doc := fmt.Sprintf("d%03d.txt", i)
		osk := graph.Mention{Doc: doc, Text: "Oskar Veltman", Type: graph.Person, Start: 0, End: 13, Lang: "en"}
		ilse := graph.Mention{Doc: doc, Text: "Ilse Marrow", Type: graph.Person, Start: 18, End: 29, Lang: "en"}
		union := graph.Mention{Doc: doc, Text: "Danube Freight Union", Type: graph.Organization, Start: 45, End: 65, Lang: "en"}
		ms = append(ms, osk, ilse, union)
		ev := func(s, o graph.Mention, rule string) graph.Evidence {
			return graph.Evidence{Doc: doc, Text: sent, Start: 0, End: len(sent), SubjectStart: int(s.Start), SubjectEnd: int(s.End),
				ObjectStart: int(o.Start), ObjectEnd: int(o.End), Extractor: "rules", Rule: rule, Confidence: 0.8}
		}
		meet := graph.Relation{Subject: osk, Predicate: graph.MeetsWith, Object: ilse, Evidence: ev(osk, ilse, "meet")}
		if i%2 == 1 { // the other way round
			meet = graph.Relation{Subject: ilse, Predicate: graph.MeetsWith, Object: osk, Evidence: ev(ilse, osk, "meet")}
		}
		lead := graph.Relation{Subject: ilse, Predicate: graph.Leads, Object: union, Evidence: ev(ilse, union, "lead")}
		rels = append(rels, lead, meet, lead) // the lead read twice, around the meeting
	}
	g, _ := mustResolve(t, ms, rels, Options{})
	byPred := map[graph.Predicate]*graph.Fact{}
	for _, f := range g.Facts {
		if byPred[f.Predicate] != nil {
			t.Fatalf("two %s facts", f.Predicate)
		}
		byPred[f.Predicate] = f
	}
	meet, lead := byPred[graph.MeetsWith], byPred[graph.Leads]
	if meet == nil || lead == nil || len(g.Facts) != 2 {
		t.Fatalf("facts %v, want one meetsWith and one leads", g.Facts)
	}
	start := map[string]int{} // entity id -> where its name starts in the sentence
	for _, e := range g.Entities {
		start[e.ID] = strings.Index(sent, e.Name)
	}
	for _, f := range []*graph.Fact{meet, lead} {
		if len(f.Evidence) != ndocs {
			t.Fatalf("%s: %d pieces of evidence, want %d (one per document)", f.Predicate, len(f.Evidence), ndocs)
		}
		if cap(f.Evidence) != len(f.Evidence) {
			t.Errorf("%s: evidence has room for %d past its end: an append would write into another fact's", f.Predicate, cap(f.Evidence)-len(f.Evidence))
		}
		for i, ev := range f.Evidence {
			if want := fmt.Sprintf("d%03d.txt", i); ev.Doc != want {
				t.Errorf("%s: evidence %d from %s, want %s", f.Predicate, i, ev.Doc, want)
			}
			if ev.SubjectStart != start[f.Subject] || ev.ObjectStart != start[f.Object] {
				t.Errorf("%s: evidence %d gives the ends at %d and %d, want the subject's %d and the object's %d",
					f.Predicate, i, ev.SubjectStart, ev.ObjectStart, start[f.Subject], start[f.Object])
			}
		}
	}
	for _, p := range [][2]*graph.Fact{{lead, meet}, {meet, lead}} {
		before := append([]graph.Evidence(nil), p[1].Evidence...)
		_ = append(p[0].Evidence, graph.Evidence{Doc: "z.txt"})
		if !reflect.DeepEqual(before, p[1].Evidence) {
			t.Errorf("appending to the %s fact's evidence changed the %s fact's", p[0].Predicate, p[1].Predicate)
		}
	}
}

// TestFactRolePhrases checks that a fact's phrases are counted per role:
// the most frequent phrase of one role is never another role's.
func TestFactRolePhrases(t *testing.T) {
	var a factRoles
	for _, x := range [][2]string{
		{"foreign minister", "Foreign Minister"},
		{"minister", "minister"},
		{"foreign minister", "وزير الخارجية"},
		{"foreign minister", "وزير الخارجية"},
		{"minister", "Minister"},
		{"minister", "Minister"},
	} {
		a.roles.add(x[0])
		a.addPhrase(x[0], x[1])
	}
	for role, want := range map[string]string{"foreign minister": "وزير الخارجية", "minister": "Minister", "envoy": ""} {
		if got := a.phrasesOf(role).mostFrequent(); got != want {
			t.Errorf("role %q: phrase %q, want %q", role, got, want)
		}
	}
	if got := len(a.phrasesOf("minister")); got != 2 {
		t.Errorf("role minister: %d phrases, want 2", got)
	}
}
