package graph_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/graphtest"
)

func TestIDs(t *testing.T) {
	cases := []struct {
		t    graph.EntityType
		name string
		want string
	}{
		{graph.Person, "Tomas Varga", "person-tomas-varga"},
		{graph.City, "São Paulo", "city-sao-paulo"},
		{graph.Organization, "G-20", "organization-g-20"},
		{graph.Country, "Côte d'Ivoire", "country-cote-d-ivoire"},
	}
	for _, c := range cases {
		if got := graph.EntityID(c.t, c.name); got != c.want {
			t.Errorf("EntityID(%s, %q) = %q, want %q", c.t, c.name, got, c.want)
		}
	}
	ar := graph.EntityID(graph.Person, "توماس فارغا")
	if !strings.HasPrefix(ar, "person-x") || ar != graph.EntityID(graph.Person, "توماس فارغا") {
		t.Errorf("Arabic-only name id %q not stable", ar)
	}
	if graph.FactID("a", graph.Leads, "b", "") == graph.FactID("a", graph.Leads, "b", "x") {
		t.Error("fact ids ignore the role")
	}
}

func TestFilter(t *testing.T) {
	g := graphtest.Fixture()
	cases := []struct {
		name           string
		f              graph.Filter
		ents, facts    int
		mustHave       string
		mustNotHave    string
		wantErrUnknown bool
	}{
		{name: "empty", f: graph.Filter{}, ents: len(g.Entities), facts: len(g.Facts)},
		{name: "types", f: graph.Filter{Types: []graph.EntityType{graph.Person, graph.Country}}, ents: 3, facts: 2, mustNotHave: "city-geneva"},
		{name: "predicates", f: graph.Filter{Predicates: []graph.Predicate{graph.HeldIn}}, ents: 2, facts: 1, mustHave: "city-geneva"},
		{name: "min confidence", f: graph.Filter{MinConfidence: 0.75}, ents: 5, facts: 3, mustNotHave: "organization-a-b"},
		{name: "docs", f: graph.Filter{Docs: []string{"b.txt"}}, ents: 2, facts: 2},
		{name: "focus 1 hop", f: graph.Filter{Focus: "city-geneva", Hops: 1}, ents: 2, facts: 1},
		{name: "focus 2 hops", f: graph.Filter{Focus: "city-geneva", Hops: 2}, ents: 4, facts: 3, mustHave: "person-anna-berg"},
		{name: "unknown focus", f: graph.Filter{Focus: "nobody"}, wantErrUnknown: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := c.f.Apply(g)
			if c.wantErrUnknown {
				if !errors.Is(err, graph.ErrUnknownEntity) {
					t.Fatalf("err = %v, want ErrUnknownEntity", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Entities) != c.ents || len(out.Facts) != c.facts {
				t.Errorf("%d entities, %d facts; want %d, %d", len(out.Entities), len(out.Facts), c.ents, c.facts)
			}
			if c.mustHave != "" && out.Entity(c.mustHave) == nil {
				t.Errorf("missing %s", c.mustHave)
			}
			if c.mustNotHave != "" && out.Entity(c.mustNotHave) != nil {
				t.Errorf("unexpected %s", c.mustNotHave)
			}
			for _, f := range out.Facts {
				if out.Entity(f.Subject) == nil || out.Entity(f.Object) == nil {
					t.Errorf("fact %s dangles", f.ID)
				}
			}
		})
	}
}

func TestReviewFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "review.json")
	r, err := graph.LoadReview(path)
	if err != nil || len(r.Decisions) != 0 {
		t.Fatalf("missing file: %v %+v", err, r)
	}
	r.Decisions = append(r.Decisions,
		graph.Decision{Op: graph.OpSameAs, Entities: []string{"a", "b"}},
		graph.Decision{Op: graph.OpRename, Entities: []string{"a"}, Name: "A"},
		graph.Decision{Op: graph.OpReject, Fact: "rel-1"})
	if err := r.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := graph.LoadReview(path)
	if err != nil || len(back.Decisions) != 3 {
		t.Fatalf("reload: %v %+v", err, back)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	bad := []graph.Decision{
		{Op: "delete"}, {Op: graph.OpSameAs, Entities: []string{"a"}}, {Op: graph.OpRename, Entities: []string{"a"}},
		{Op: graph.OpRetype, Entities: []string{"a"}, Type: "Robot"}, {Op: graph.OpSplit, Entities: []string{"a"}}, {Op: graph.OpReject},
	}
	for _, d := range bad {
		if err := d.Validate(); !errors.Is(err, graph.ErrBadDecision) {
			t.Errorf("Validate(%+v) = %v", d, err)
		}
	}
	os.WriteFile(path, []byte(`{"decisions":[{"op":"explode"}]}`), 0o644)
	if _, err := graph.LoadReview(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("bad review file error %v does not name the file", err)
	}
}

// TestClone: changing every part of a clone leaves the graph as it was.
func TestClone(t *testing.T) {
	g := &graph.KG{
		Entities: []*graph.Entity{{ID: "a", Type: graph.Person, Name: "A", Aliases: []graph.Alias{{Text: "A", Lang: "en", Count: 1, Docs: []string{"d1"}}}, Docs: []string{"d1"}, Roles: []string{"r"}, SameAs: []string{"x"}, Merges: []graph.Merge{{Form: "A", Into: "A"}}},
			{ID: "b", Type: graph.Country, Name: "B"}},
		Facts: []*graph.Fact{{ID: "f", Subject: "a", Predicate: graph.MeetsWith, Object: "b", Evidence: []graph.Evidence{{Doc: "d1", Text: "s"}}}},
		Docs:  []graph.DocInfo{{ID: "d1", Title: "t"}},
	}
	g.Normalize()
	before, _ := json.Marshal(g)
	c := g.Clone()
	if got, _ := json.Marshal(c); string(got) != string(before) {
		t.Fatalf("clone differs:\n%s\n%s", got, before)
	}
	e := c.Entity("a")
	e.Name, e.Aliases[0].Docs[0], e.Docs[0], e.Roles[0], e.SameAs[0], e.Merges[0].Form = "Z", "z", "z", "z", "z", "z"
	c.Facts[0].Evidence[0].Text, c.Facts[0].Object = "z", "z"
	c.Docs[0].Title = "z"
	if after, _ := json.Marshal(g); string(after) != string(before) {
		t.Errorf("changing the clone changed the graph:\n%s", after)
	}
}

// TestLiveFacts: the facts whose ends are both entities, in SortedFacts
// order; SortedFacts itself when every fact is live.
func TestLiveFacts(t *testing.T) {
	ents := []*graph.Entity{{ID: "e:a", Type: graph.Person, Name: "A"}, {ID: "e:b", Type: graph.Country, Name: "B"}}
	f := func(id, s, o string) *graph.Fact {
		return &graph.Fact{ID: id, Subject: s, Predicate: graph.Represents, Object: o}
	}
	tests := []struct {
		name  string
		facts []*graph.Fact
		want  []string
	}{
		{"none", nil, nil},
		{"all live", []*graph.Fact{f("f:1", "e:a", "e:b"), f("f:2", "e:b", "e:a")}, []string{"f:1", "f:2"}},
		{"dead between", []*graph.Fact{f("f:0", "e:a", "e:gone"), f("f:1", "e:a", "e:b"), f("f:2", "e:b", "e:a")}, []string{"f:1", "f:2"}},
		{"dead last", []*graph.Fact{f("f:1", "e:a", "e:b"), f("f:3", "e:b", "e:a"), f("f:2", "e:gone", "e:a")}, []string{"f:1", "f:3"}},
		{"all dead", []*graph.Fact{f("f:1", "e:x", "e:b"), f("f:2", "e:a", "e:y")}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := &graph.KG{Entities: ents, Facts: tc.facts}
			var got []string
			for _, f := range g.LiveFacts() {
				got = append(got, f.ID)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("LiveFacts = %v, want %v", got, tc.want)
			}
			if len(tc.want) == len(tc.facts) && len(tc.facts) > 0 && &g.LiveFacts()[0] != &g.SortedFacts()[0] {
				t.Error("every fact is live, yet LiveFacts copied them")
			}
		})
	}
}

// TestSlugPrime: the prime a romanisation writes between two letters
// that are no digraph («زهير» "Zʹhir") stays inside the word.
func TestSlugPrime(t *testing.T) {
	if got := graph.Slug("Zʹhir Daqqomi"); got != "zhir-daqqomi" {
		t.Errorf("Slug = %q", got)
	}
}
