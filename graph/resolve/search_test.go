package resolve

import (
	"testing"

	"newskg/graph"
)

// TestSearch finds entities by spellings they never had, in either
// script, ranked; and refuses what only looks alike.
func TestSearch(t *testing.T) {
	g, _ := mustResolve(t, mentionsOf(
		"a|Person|Oleg Berchov", "a|Person|Berkev", "b|Person|بيركوف", "b|Person|أوليغ بيركوف",
		"c|Person|Tomas Bakun", "d|Person|Piotr Pokin",
		"e|Organization|Grain Carriers Council", "e|Organization|GCC", "f|Organization|G7",
		"g|City|كييف", "h|Person|Maria Berr",
	), nil, Options{})
	cases := []struct {
		q, want, how string
		not          []string // names that must not be found
	}{
		{"Berkov", "بيركوف", MatchSound, nil},
		{"بيركوف", "بيركوف", MatchExact, nil},
		{"Oleg Berkov", "بيركوف", MatchSound, []string{"Maria Berr"}},
		{"أوليغ", "بيركوف", MatchPrefix, nil},
		{"Bakoun", "Tomas Bakun", MatchSound, nil},
		{"باكون", "Tomas Bakun", MatchSound, nil},
		{"Kiyef", "كييف", MatchSound, nil},
		{"Kyiv", "كييف", MatchExact, nil},
		{"GCC", "GCC", MatchExact, []string{"G7"}},
		{"G8", "", "", []string{"G7", "GCC"}},
		{"tomas", "Tomas Bakun", MatchPrefix, nil},
		{"bak", "Tomas Bakun", MatchWord, nil},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			hits := Search(g, c.q, 0)
			if c.want == "" {
				if len(hits) > 0 {
					t.Errorf("found %v", hits)
				}
				return
			}
			w := entityWith(g, c.want)
			if w == nil {
				t.Fatalf("no entity with %q", c.want)
			}
			if len(hits) == 0 || hits[0].Entity != w {
				t.Fatalf("first hit %+v, want %s", hits, w.ID)
			}
			if hits[0].How != c.how {
				t.Errorf("matched %s, want %s", hits[0].How, c.how)
			}
			for _, h := range hits {
				for _, n := range c.not {
					if e := entityWith(g, n); e == h.Entity {
						t.Errorf("%q found %q", c.q, n)
					}
				}
			}
		})
	}
	// ranked: the vowels put the nearer spelling first
	if hs := Search(g, "Pokkin", 0); len(hs) < 2 || hs[0].Entity != entityWith(g, "Piotr Pokin") {
		t.Errorf("Pokkin: %+v", hs)
	}
	// ranked: an exact form comes before a match by sound
	hits := Search(g, "Berkev", 0)
	if len(hits) == 0 || hits[0].How != MatchExact {
		t.Errorf("Berkev: %+v", hits)
	}
	if hs := Search(g, "t", 1); len(hs) > 1 {
		t.Errorf("limit 1 gave %d hits", len(hs))
	}
	if hs := Search(g, " ", 0); len(hs) != 0 {
		t.Errorf("blank query: %v", hs)
	}
}

// FuzzSearch checks Search on any query: no panic, each entity at most
// once, and hits in rank order.
func FuzzSearch(f *testing.F) {
	g, _, err := Resolve(nil, mentionsOf("a|Person|Oleg Berchov", "b|Person|أوليغ بيركوف", "c|Organization|GCC", "d|City|كييف"), nil, Options{})
	if err != nil {
		f.Fatal(err)
	}
	idx := NewIndex(g)
	for _, s := range []string{"Berkov", "بيركوف", "G7", "", " ", "k", "أوليغ بيركوففف"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits := idx.Search(q, 0)
		seen := map[*graph.Entity]bool{}
		for i, h := range hits {
			if seen[h.Entity] {
				t.Fatalf("%q: %s twice", q, h.Entity.ID)
			}
			seen[h.Entity] = true
			if i > 0 && better(h, hits[i-1]) {
				t.Fatalf("%q: hit %d (%s %.3f) ranks above hit %d (%s %.3f)", q, i, h.How, h.Score, i-1, hits[i-1].How, hits[i-1].Score)
			}
		}
	})
}
