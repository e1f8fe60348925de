package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/svg"
)

// writeArticles writes n made-up English articles into dir, each a
// meeting of two ministers of two countries (from the knowledge base) in
// a capital, with their delegations: about nine entities an article.
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	given := []string{"Arlen", "Bexley", "Corvin", "Dalia", "Edris", "Fenna", "Galen", "Hesper", "Ivo", "Jorun", "Kasia", "Lorcan", "Mirela", "Nadir", "Orla", "Petra", "Quintus", "Rhosyn", "Sabine", "Tamsin"}
	family := []string{"Vantor", "Quillan", "Osric", "Marwood", "Tallis", "Brenn", "Castell", "Dunmore", "Elsing", "Farrow", "Greave", "Holm", "Ingram", "Jessup", "Kettering"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	var countries []*kb.Entry
	for _, e := range kb.Starter().Entries() {
		if e.Type == graph.Country && len(e.Demonyms) > 0 && e.Capital != "" {
			countries = append(countries, e)
		}
	}
	if len(countries) < 20 {
		t.Fatalf("only %d countries with a demonym and a capital", len(countries))
	}
	p := 0
	person := func() string {
		p++
		return given[p%len(given)] + " " + family[(p/len(given))%len(family)]
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		c1, c2 := countries[(i*7)%len(countries)], countries[(i*13+5)%len(countries)]
		dem1, dem2 := c1.Demonyms[0].Text, c2.Demonyms[0].Text
		capital, _, _ := strings.Cut(c2.Capital, "|") // some countries list several
		p1, p2, p3, p4 := person(), person(), person(), person()
		date := fmt.Sprintf("%d %s 2025", 1+i%28, months[i%12])
		text := fmt.Sprintf("%s Foreign Minister %s met %s Defence Minister %s in %s on %s.\n\n"+
			"The %s delegation, led by %s, included Deputy Minister %s. The %s delegation was headed by %s and included Ambassador %s.\n\n"+
			"%s and %s held talks in %s on %s, the ministry said.\n",
			dem1, p1, dem2, p2, capital, date, dem1, p1, p3, dem2, p2, p4, p1, p2, capital, date)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// copySeeds writes the seed articles k times into dir under new names.
func copySeeds(t *testing.T, dir string, k int) {
	t.Helper()
	es, err := os.ReadDir("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < k; i++ {
		for _, e := range es {
			b, err := os.ReadFile(filepath.Join("../../seeds", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("copy%02d-%s", i, e.Name())), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestBuildDiagramsReadable builds real and generated corpora: the build
// succeeds, graph.svg and every story diagram are whole SVG documents
// with no overlapping text and no label under a node, and the index
// links every diagram.
func TestBuildDiagramsReadable(t *testing.T) {
	if testing.Short() {
		t.Skip("builds four corpora")
	}
	dev := "../../../shared/eval/dev/articles"
	for _, tc := range []struct {
		name  string
		input func(t *testing.T) string
		least int // entities the corpus must give, so that the test tests a graph of that size
	}{
		{"seeds", func(*testing.T) string { return "../../seeds" }, 50},
		{"seeds copied 10 times", func(t *testing.T) string {
			d := filepath.Join(t.TempDir(), "in")
			copySeeds(t, d, 10)
			return d
		}, 50},
		{"generated 300 entities", func(t *testing.T) string {
			d := filepath.Join(t.TempDir(), "in")
			writeArticles(t, d, 32)
			return d
		}, 280},
		{"development set", func(t *testing.T) string {
			if _, err := os.Stat(dev); err != nil {
				t.Skip("no development set at", dev)
			}
			return dev
		}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.input(t)
			out := t.TempDir()
			_, stderr, err := runKG(t, "build", "-o", out, "-review", "", in)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			if strings.Contains(stderr, "warning: no graph.svg") {
				t.Errorf("no SVG: %s", stderr)
			}
			var n int
			if _, err := fmt.Sscanf(stderr[strings.Index(stderr, "skipped"):], "skipped %d; %d entities", new(int), &n); err != nil || n < tc.least {
				t.Fatalf("%d entities (%v), want at least %d:\n%s", n, err, tc.least, stderr)
			}
			t.Logf("%d entities", n)
			check := func(name string) {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				m, err := svg.Measure(b)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if m.Problems() > 0 || m.Nodes == 0 {
					t.Errorf("%s: %d nodes; %d overlapping texts, %d labels under nodes:\n%s", name, m.Nodes, len(m.Overlaps), len(m.Hidden),
						strings.Join(append(m.Overlaps, m.Hidden...), "\n"))
				}
			}
			check("graph.svg")
			index, err := os.ReadFile(filepath.Join(out, "diagrams", "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(out, "diagrams", "*.svg"))
			if len(files) == 0 {
				t.Error("no story diagrams")
			}
			for _, f := range files {
				check(filepath.Join("diagrams", filepath.Base(f)))
				if !strings.Contains(string(index), `href="`+filepath.Base(f)+`"`) {
					t.Errorf("index.html does not link %s", filepath.Base(f))
				}
			}
		})
	}
}

// TestExportSVGFocus: kg export -f svg -focus NAME -hops K draws the
// neighbourhood with the focus marked, to a file and to stdout.
func TestExportSVGFocus(t *testing.T) {
	out := t.TempDir()
	if _, stderr, err := runKG(t, "build", "-o", out, "-review", "", "-formats", "jsonld", "testdata/articles/en.txt", "testdata/articles/ar.txt"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "diagrams")); err == nil {
		t.Error("diagrams written without the svg format")
	}
	g := filepath.Join(out, "graph.jsonld")
	stdout, stderr, err := runKG(t, "export", "-f", "svg", "-focus", "Geneva", "-hops", "2", g)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	m, err := svg.Measure([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if m.Nodes < 2 || m.Problems() > 0 {
		t.Errorf("%d nodes, %d problems", m.Nodes, m.Problems())
	}
	if raw := strings.ReplaceAll(stdout, "&#45;", "-"); !strings.Contains(raw, `id="n-city-geneva"`) || !strings.Contains(raw, `stroke="#c92a2a"`) {
		t.Error("the focus is not drawn or not marked")
	}
	file := filepath.Join(out, "focus.svg")
	if _, stderr, err := runKG(t, "export", "-f", "svg", "-focus", "Geneva", "-hops", "1", "-o", file, g); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if b, err := os.ReadFile(file); err != nil || !strings.Contains(string(b), "</svg>") {
		t.Errorf("focus.svg: %v", err)
	}
}
