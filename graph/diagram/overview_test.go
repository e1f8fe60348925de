package diagram

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/diagram/diagramtest"
	"newskg/graph/internal/kgtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// parsed is what our DOT draws: node ids with labels, edges, clusters.
type parsed struct {
	labels   map[string]string // node id -> label
	edges    [][2]string
	edgeLbl  []string
	clusters int
	table    string
}

var (
	nodeLine  = regexp.MustCompile(`^\t+"((?:[^"\\]|\\.)*)" \[id="[^"]*", label="((?:[^"\\]|\\.)*)"`)
	edgeLine  = regexp.MustCompile(`^\t"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)" \[(.*)\];$`)
	edgeLabel = regexp.MustCompile(`label="((?:[^"\\]|\\.)*)"`)
)

func parseDOT(t *testing.T, b []byte) parsed {
	t.Helper()
	p := parsed{labels: map[string]string{}}
	for _, l := range strings.Split(string(b), "\n") {
		if m := edgeLine.FindStringSubmatch(l); m != nil {
			p.edges = append(p.edges, [2]string{m[1], m[2]})
			lbl := ""
			if x := edgeLabel.FindStringSubmatch(m[3]); x != nil {
				lbl = x[1]
			}
			p.edgeLbl = append(p.edgeLbl, lbl)
			continue
		}
		if m := nodeLine.FindStringSubmatch(l); m != nil {
			p.labels[m[1]] = m[2]
		}
		if strings.Contains(l, "subgraph \"cluster_") {
			p.clusters++
		}
		if strings.Contains(l, `"side-table"`) {
			p.table = l
		}
	}
	return p
}

func TestOverviewGolden(t *testing.T) {
	d := Overview(kgtest.Fixture(), Options{Title: "Fixture «اختبار»"})
	golden := filepath.Join("testdata", "fixture-overview.dot")
	if *update {
		if err := os.WriteFile(golden, d.DOT, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.DOT, want) {
		t.Errorf("DOT differs from %s (run go test -update):\n%s", golden, d.DOT)
	}
}

func TestOverviewFixture(t *testing.T) {
	g := kgtest.Fixture()
	d := Overview(g, Options{})
	p := parseDOT(t, d.DOT)
	if d.Nodes != len(g.Entities) || len(p.labels) != len(g.Entities) {
		t.Errorf("drew %d (%d parsed) of %d entities", d.Nodes, len(p.labels), len(g.Entities))
	}
	// Gromov's two positions for Russia are one edge.
	if d.Facts != len(g.Facts) || d.Edges != len(g.Facts)-1 || len(p.edges) != d.Edges {
		t.Errorf("edges %d (parsed %d) for %d facts, want %d", d.Edges, len(p.edges), d.Facts, len(g.Facts)-1)
	}
	for i, e := range p.edges {
		if e == [2]string{kgtest.Gromov, kgtest.Russia} && !strings.Contains(p.edgeLbl[i], "foreign minister") {
			t.Errorf("collapsed edge label %q lacks a role", p.edgeLbl[i])
		}
	}
	if got := p.labels[kgtest.Gromov]; got != `Pavel Gromov\nبافل غروموف` {
		t.Errorf("Gromov's label = %q, want English over Arabic", got)
	}
	if got := p.labels["event-doha-talks"]; got != "Lusail Palace talks, 5 Mar 2024" {
		t.Errorf("event label = %q", got)
	}
	if p.clusters != 1 || d.Clusters != 1 {
		t.Errorf("%d clusters, want the event's", p.clusters)
	}
	if p.table != "" || d.Unlinked != 0 {
		t.Errorf("a side table with nothing to list: %q", p.table)
	}
}

// TestOverviewInvariants draws generated graphs of every shape: no more
// entities than the bound, none drawn alone, every entity drawn, listed
// or counted as left out, every edge between drawn entities, and the
// same bytes twice.
func TestOverviewInvariants(t *testing.T) {
	for _, shape := range diagramtest.Shapes {
		for _, n := range []int{1, 2, 7, 31, 80, 81, 300} {
			for _, max := range []int{0, 5, 30} {
				t.Run(fmt.Sprintf("%s/%d/max%d", shape, n, max), func(t *testing.T) {
					g := diagramtest.Generate(shape, n, uint64(n))
					d := Overview(g, Options{MaxNodes: max})
					bound := max
					if bound == 0 {
						bound = DefaultMaxNodes
					}
					if d.Nodes > bound {
						t.Errorf("drew %d entities, bound %d", d.Nodes, bound)
					}
					if d.Nodes+d.Unlinked+d.LeftOut != len(g.Entities) {
						t.Errorf("drawn %d + unlinked %d + left out %d != %d", d.Nodes, d.Unlinked, d.LeftOut, len(g.Entities))
					}
					p := parseDOT(t, d.DOT)
					if len(p.labels) != d.Nodes || len(p.edges) != d.Edges {
						t.Errorf("parsed %d nodes, %d edges; counted %d, %d", len(p.labels), len(p.edges), d.Nodes, d.Edges)
					}
					linked := map[string]bool{}
					for _, e := range p.edges {
						if _, ok := p.labels[e[0]]; !ok {
							t.Errorf("edge from undrawn %s", e[0])
						}
						if _, ok := p.labels[e[1]]; !ok {
							t.Errorf("edge to undrawn %s", e[1])
						}
						linked[e[0]], linked[e[1]] = true, true
					}
					for id := range p.labels {
						if !linked[id] {
							t.Errorf("%s drawn alone", id)
						}
					}
					if d.Unlinked > 0 && p.table == "" {
						t.Errorf("%d unlinked entities but no side table", d.Unlinked)
					}
					if d.LeftOut > 0 && !strings.Contains(string(d.DOT), "left out") {
						t.Errorf("%d left out, and the heading does not say so", d.LeftOut)
					}
					if again := Overview(g, Options{MaxNodes: max}); !bytes.Equal(again.DOT, d.DOT) {
						t.Error("two drawings of one graph differ")
					}
				})
			}
		}
	}
}

// TestSetOverviewSizes draws one Set at several sizes, in an order that
// goes down and up again (as a drawing bounded by its layout's cost
// does), focus included: each drawing equals a fresh one of that size.
func TestSetOverviewSizes(t *testing.T) {
	for _, shape := range diagramtest.Shapes {
		t.Run(string(shape), func(t *testing.T) {
			g := diagramtest.Generate(shape, 120, 7)
			focus := g.SortedEntities()[len(g.Entities)/2].ID
			s := New(g)
			for _, max := range []int{80, 41, 2, 60, 5, 120, 41} {
				for _, f := range []string{"", focus} {
					got := s.Overview(Options{MaxNodes: max, Focus: f})
					want := Overview(g, Options{MaxNodes: max, Focus: f})
					if !bytes.Equal(got.DOT, want.DOT) || got.Nodes != want.Nodes || got.Edges != want.Edges || got.Unlinked != want.Unlinked || got.LeftOut != want.LeftOut || got.Listed != want.Listed {
						t.Errorf("max %d focus %q: a reused Set drew %d nodes, %d unlinked, %d left out; a fresh one %d, %d, %d",
							max, f, got.Nodes, got.Unlinked, got.LeftOut, want.Nodes, want.Unlinked, want.LeftOut)
					}
				}
			}
		})
	}
}

func TestOverviewSideTable(t *testing.T) {
	g := &graph.KG{}
	for i := 0; i < 30; i++ {
		g.Entities = append(g.Entities, &graph.Entity{ID: fmt.Sprintf("event-%02d", i), Type: graph.Event, Name: "talks of somebody", Mentions: 1})
	}
	g.Entities = append(g.Entities,
		&graph.Entity{ID: "person-a", Type: graph.Person, Name: "Arlen <Vantor> & Co", Mentions: 9, Aliases: []graph.Alias{{Text: "أرلين فانتور", Lang: "ar"}}},
		&graph.Entity{ID: "person-b", Type: graph.Person, Name: "Bexley Quillan", Mentions: 2},
		&graph.Entity{ID: "person-c", Type: graph.Person, Name: "Corvin Osric", Mentions: 1},
		&graph.Entity{ID: "city-d", Type: graph.City, Name: "Kessel", Mentions: 1},
	)
	for i := 0; i < 40; i++ {
		g.Entities = append(g.Entities, &graph.Entity{ID: fmt.Sprintf("org-%02d", i), Type: graph.Organization, Name: fmt.Sprintf("Office %02d", i)})
	}
	g.Normalize()
	d := Overview(g, Options{MaxListed: 5})
	if d.Nodes != 0 || d.Unlinked != len(g.Entities) || d.Listed != 5 {
		t.Fatalf("nodes %d, unlinked %d, listed %d", d.Nodes, d.Unlinked, d.Listed)
	}
	tab := parseDOT(t, d.DOT).table
	for _, want := range []string{"talks ×30", "Arlen &lt;Vantor&gt; &amp; Co", "أرلين فانتور", "… and 41 more", "Without relations (74)", "3 Person, 40 Organization, 1 City, 30 Event"} {
		if !strings.Contains(tab, want) {
			t.Errorf("side table lacks %q:\n%s", want, tab)
		}
	}
	for _, bad := range []string{"<Vantor>", "talks of somebody", "<FONT POINT-SIZE=\"9\"></FONT>"} {
		if strings.Contains(tab, bad) {
			t.Errorf("side table has %q:\n%s", bad, tab)
		}
	}
	// The most mentioned come first.
	if strings.Index(tab, "talks ×30") > strings.Index(tab, "Arlen") || strings.Index(tab, "Arlen") > strings.Index(tab, "Bexley") {
		t.Errorf("rows not by mentions:\n%s", tab)
	}
	if d := Overview(g, Options{MaxListed: -1}); d.Listed != 0 || parseDOT(t, d.DOT).table != "" {
		t.Error("MaxListed < 0 still draws a table")
	}
}

func TestOverviewFocus(t *testing.T) {
	g := diagramtest.Generate(diagramtest.Chain, 100, 1)
	last := g.Entities[len(g.Entities)-1].ID // an end of the chain: one neighbour, ranked last
	d := Overview(g, Options{MaxNodes: 10, Focus: last})
	p := parseDOT(t, d.DOT)
	if _, ok := p.labels[last]; !ok {
		t.Fatalf("focus %s not drawn", last)
	}
	if !strings.Contains(string(d.DOT), `"`+last+`" [id="n-`+last+`", label=`) || !strings.Contains(string(d.DOT), "penwidth=\"2.5\"") {
		t.Error("focus not marked")
	}
	// A focus without facts is drawn, alone, and not listed.
	g.Entities = append(g.Entities, &graph.Entity{ID: "person-zz-alone", Type: graph.Person, Name: "Tamsin Holm"})
	g.Normalize()
	d = Overview(g, Options{MaxNodes: 10, Focus: "person-zz-alone"})
	if p := parseDOT(t, d.DOT); p.labels["person-zz-alone"] == "" || strings.Contains(p.table, "Tamsin Holm") {
		t.Errorf("a focus without facts is not drawn, or is listed:\n%s", d.DOT)
	}
}

// storyGraph is one meeting in a city, two delegations with members who
// hold positions, a meeting between the heads, and an unrelated person.
func storyGraph() *graph.KG {
	e := func(id string, t graph.EntityType, name, ar string) *graph.Entity {
		x := &graph.Entity{ID: id, Type: t, Name: name, Mentions: 2}
		if ar != "" {
			x.Aliases = []graph.Alias{{Text: ar, Lang: "ar", Count: 1}}
		}
		return x
	}
	g := &graph.KG{Entities: []*graph.Entity{
		e("event-talks-of-arvon", graph.Event, "talks of Arvon, Sylvania", ""),
		e("city-kessel", graph.City, "Kessel", "كيسل"),
		e("country-arvon", graph.Country, "Arvon", "أرفون"),
		e("country-sylvania", graph.Country, "Sylvania", "سيلفانيا"),
		e("country-host", graph.Country, "Hostland", ""),
		e("delegation-arvon", graph.Delegation, "Arvonian delegation", ""),
		e("delegation-sylvania", graph.Delegation, "Sylvanian delegation", ""),
		e("person-lena-marsh", graph.Person, "Lena Marsh", "لينا مارش"),
		e("person-ivo-brenn", graph.Person, "Ivo Brenn", ""),
		e("person-orla-tallis", graph.Person, "Orla Tallis", ""),
		e("person-nadir-holm", graph.Person, "Nadir Holm", ""),
		e("person-unrelated", graph.Person, "Petra Greave", ""),
		e("person-other", graph.Person, "Kasia Farrow", ""),
	}}
	g.Entities[0].Date = "2025-02-18"
	add := func(s string, p graph.Predicate, o, role string) {
		g.Facts = append(g.Facts, &graph.Fact{ID: graph.FactID(s, p, o, role), Subject: s, Predicate: p, Object: o, Role: role,
			Confidence: 0.8, Evidence: []graph.Evidence{{Doc: "d1.txt"}}})
	}
	add("event-talks-of-arvon", graph.HeldIn, "city-kessel", "")
	add("city-kessel", graph.LocatedIn, "country-host", "")
	add("delegation-arvon", graph.ParticipatesIn, "event-talks-of-arvon", "")
	add("delegation-sylvania", graph.ParticipatesIn, "event-talks-of-arvon", "")
	add("delegation-arvon", graph.Represents, "country-arvon", "")
	add("delegation-sylvania", graph.Represents, "country-sylvania", "")
	add("person-lena-marsh", graph.Leads, "delegation-arvon", "")
	add("person-ivo-brenn", graph.MemberOf, "delegation-arvon", "")
	add("person-orla-tallis", graph.Leads, "delegation-sylvania", "")
	add("person-nadir-holm", graph.MemberOf, "delegation-sylvania", "")
	add("person-lena-marsh", graph.HoldsPosition, "country-arvon", "foreign minister")
	add("person-lena-marsh", graph.MeetsWith, "person-orla-tallis", "")
	add("person-unrelated", graph.Advises, "person-other", "")
	g.Normalize()
	return g
}

func TestEventDiagram(t *testing.T) {
	g := storyGraph()
	s := New(g)
	evs := s.Events(10)
	if len(evs) != 1 || evs[0].ID != "event-talks-of-arvon" {
		t.Fatalf("Events = %v", evs)
	}
	d, err := s.Event("event-talks-of-arvon", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := parseDOT(t, d.DOT)
	for _, id := range []string{"event-talks-of-arvon", "city-kessel", "country-host", "delegation-arvon", "delegation-sylvania",
		"country-arvon", "country-sylvania", "person-lena-marsh", "person-ivo-brenn", "person-orla-tallis", "person-nadir-holm"} {
		if _, ok := p.labels[id]; !ok {
			t.Errorf("event diagram lacks %s", id)
		}
	}
	for _, id := range []string{"person-unrelated", "person-other"} {
		if _, ok := p.labels[id]; ok {
			t.Errorf("event diagram draws unrelated %s", id)
		}
	}
	if p.clusters != 2 {
		t.Errorf("%d clusters, want one per delegation", p.clusters)
	}
	if !strings.Contains(p.labels["person-lena-marsh"], "foreign minister, Arvon") {
		t.Errorf("Lena Marsh's label lacks her position: %q", p.labels["person-lena-marsh"])
	}
	src := string(d.DOT)
	if !strings.Contains(src, "Kessel talks, 18 Feb 2025") || strings.Contains(src, "label=\"talks of") {
		t.Errorf("event diagram title or label wrong:\n%s", src)
	}
	if got := s.Summary(evs[0]); got != "Arvonian delegation, Sylvanian delegation" {
		t.Errorf("event summary %q", got)
	}
	if got := s.Summary(g.Entity("person-lena-marsh")); got != "foreign minister, Arvon" {
		t.Errorf("person summary %q", got)
	}
	if _, err := s.Event("person-lena-marsh", Options{}); err == nil {
		t.Error("Event accepts a person")
	}
	if d, _ := s.Event("event-talks-of-arvon", Options{MaxNodes: 4}); d.Nodes != 4 || d.LeftOut != 7 || !strings.Contains(string(d.DOT), "7 more not drawn") {
		t.Errorf("bounded event diagram: %d nodes, %d left out", d.Nodes, d.LeftOut)
	}
}

func TestEgoDiagram(t *testing.T) {
	g := storyGraph()
	s := New(g)
	people := s.People(10)
	if len(people) == 0 || people[0].ID != "person-lena-marsh" {
		t.Fatalf("People = %v, want Lena Marsh first", people)
	}
	for _, p := range people {
		if p.ID == "person-ivo-brenn" || p.ID == "person-unrelated" {
			t.Errorf("%s has one neighbour and got a diagram", p.ID)
		}
	}
	d, err := s.Ego("person-lena-marsh", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := parseDOT(t, d.DOT)
	for _, id := range []string{"person-lena-marsh", "delegation-arvon", "country-arvon", "person-orla-tallis"} {
		if _, ok := p.labels[id]; !ok {
			t.Errorf("ego diagram lacks %s", id)
		}
	}
	if _, ok := p.labels["person-unrelated"]; ok {
		t.Error("ego diagram draws an unrelated person")
	}
	if _, err := s.Ego("nobody", Options{}); err == nil {
		t.Error("Ego of an unknown id")
	}
}
