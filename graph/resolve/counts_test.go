package resolve

import (
	"fmt"
	"math/rand"
	"reflect"
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
