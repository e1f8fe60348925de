package svg

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"newskg/graph"
	"newskg/graph/diagram"
	"newskg/graph/dot"
	"newskg/graph/internal/kgtest"
	"newskg/graph/jsonld"
)

// svgCounts parses an SVG document and counts the <g> elements of class
// node and edge, and collects the text of <text> elements.
func svgCounts(t *testing.T, b []byte) (nodes, edges int, texts []string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if x.Name.Local == "g" {
				for _, a := range x.Attr {
					if a.Name.Local == "class" && a.Value == "node" {
						nodes++
					}
					if a.Name.Local == "class" && a.Value == "edge" {
						edges++
					}
				}
			}
			inText = x.Name.Local == "text"
		case xml.CharData:
			if inText {
				texts = append(texts, string(x))
			}
		case xml.EndElement:
			inText = false
		}
	}
	return nodes, edges, texts
}

// readable fails the test when Measure finds overlapping or hidden text.
func readable(t *testing.T, name string, b []byte) {
	t.Helper()
	m, err := Measure(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if m.Problems() > 0 {
		t.Errorf("%s: %d overlapping text pairs, %d labels under nodes (of %d texts, %d nodes)\n%s\n%s", name,
			len(m.Overlaps), len(m.Hidden), m.Texts, m.Nodes, strings.Join(first(m.Overlaps, 5), "\n"), strings.Join(first(m.Hidden, 5), "\n"))
	}
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

func TestRenderFixture(t *testing.T) {
	g := kgtest.Fixture()
	r, err := Draw(context.Background(), g, Options{Title: "Fixture"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Engine != "dot" || len(r.Errors) > 0 {
		t.Errorf("engine %q, errors %v; want dot at the first try", r.Engine, r.Errors)
	}
	n, e, texts := svgCounts(t, r.SVG)
	if n != len(g.Entities) || e != len(g.Facts)-1 { // Gromov's two positions are one edge
		t.Errorf("SVG has %d nodes and %d edges, want %d and %d", n, e, len(g.Entities), len(g.Facts)-1)
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"محمد بن عبدالرحمن آل ثاني", `Smith & "Sons" <Holdings> \ Ltd`, "foreign minister, head", "Lusail Palace talks, 5 Mar 2024"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	if strings.Contains(all, "Doha talks") {
		t.Error("the event shows its raw name")
	}
	if !bytes.Contains(r.SVG, []byte(`font-family="`+diagram.FontList+`"`)) || bytes.Contains(r.SVG, []byte(`font-family="`+diagram.FontName+`"`)) {
		t.Error("SVG lacks the font list that covers Arabic")
	}
	readable(t, "fixture", r.SVG)
}

// TestFallback forces a failing engine first: the next one draws, and a
// failure leaves nothing behind that changes later drawings.
func TestFallback(t *testing.T) {
	src := diagram.Overview(kgtest.Fixture(), diagram.Options{}).DOT
	ctx := context.Background()
	clean, err := Render(ctx, src, Options{Layout: "dot"})
	if err != nil {
		t.Fatal(err)
	}
	b, engine, err := render(ctx, src, Options{Layout: "no-such-engine,dot"})
	if err != nil || engine != "dot" {
		t.Fatalf("engine %q, error %v; want dot after the failure", engine, err)
	}
	if !bytes.Equal(b, clean) {
		t.Error("a drawing after a failed engine differs from a first drawing")
	}
	if _, err := Render(ctx, src, Options{Layout: "no-such-engine"}); err == nil || !strings.Contains(err.Error(), "no-such-engine") {
		t.Errorf("got %v, want an error naming the engine", err)
	}
}

// TestSFDPCorruption is the failure found on real corpora: go-graphviz's
// sfdp garbles the module's memory on some graphs ("failed to read wasm
// memory", or garbage returned as success). Render must return a whole
// SVG from the next engine, and later drawings must be unharmed.
func TestSFDPCorruption(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out 156 nodes three times")
	}
	g := kgtest.Generate(156, 234, 156)
	var src bytes.Buffer
	if err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	before, err := Render(ctx, []byte("digraph { a -> b }"), Options{Layout: "dot"})
	if err != nil {
		t.Fatal(err)
	}
	b, engine, err := render(ctx, src.Bytes(), Options{Layout: "sfdp,neato"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("drawn by %s", engine)
	if n, _, _ := svgCounts(t, b); n != len(g.Entities) {
		t.Errorf("%d nodes drawn, want %d", n, len(g.Entities))
	}
	after, err := Render(ctx, []byte("digraph { a -> b }"), Options{Layout: "dot"})
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("drawing after the big one differs (err %v)", err)
	}
}

func TestCheck(t *testing.T) {
	good := []byte(`<?xml version="1.0"?><svg><g class="node"><text x="1" y="2">a</text></g></svg>`)
	if err := check(good, 1); err != nil {
		t.Fatalf("good SVG refused: %v", err)
	}
	for _, tc := range []struct {
		name string
		b    string
		n    int
	}{
		{"cut short", `<?xml version="1.0"?><svg><g class="node"><text>a</text></g>`, 1},
		{"garbage", "\x00\x01\x02\xff   \x00", 0},
		{"two roots", `<svg></svg><svg></svg>`, 0},
		{"not svg", `<html></html>`, 0},
		{"missing node", `<svg><g class="node"></g></svg>`, 2},
		{"nan", `<svg><g class="node"><polygon points="-nan,nan -nan,nan"/></g></svg>`, 1},
		{"inf", `<svg><g class="node"><ellipse cx="inf" cy="1" rx="1" ry="1"/></g></svg>`, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := check([]byte(tc.b), tc.n); !errors.Is(err, ErrBroken) {
				t.Errorf("got %v, want ErrBroken", err)
			}
		})
	}
}

// TestFallbackPage: the page written when nothing can be drawn is an
// SVG that names the drawing and the reason, every text escaped.
func TestFallbackPage(t *testing.T) {
	b := Fallback(`Talks <in> "Kessel" & more`, errors.New("dot: </svg><script>alert(1)</script>"))
	_, _, texts := svgCounts(t, b)
	all := strings.Join(texts, "|")
	if !strings.Contains(all, `Talks <in> "Kessel" & more`) || !strings.Contains(all, "<script>") {
		t.Errorf("texts: %q", all)
	}
	if bytes.Contains(b, []byte("<script")) {
		t.Error("the reason was not escaped")
	}
}

func TestTooLarge(t *testing.T) {
	g := kgtest.Generate(MaxNodes+1, 3000, 4)
	var src bytes.Buffer
	if err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	_, err := Render(context.Background(), src.Bytes(), Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "-focus") {
		t.Errorf("Render: got %v, want ErrTooLarge naming -focus", err)
	}
	// RenderKG draws a bounded overview of any graph.
	r, err := Draw(context.Background(), g, Options{})
	if err != nil || r.Drawing == nil || r.Drawing.Nodes > diagram.DefaultMaxNodes {
		t.Fatalf("Draw: %v", err)
	}
	if !bytes.Contains(r.SVG, []byte("left out")) {
		t.Error("the overview does not say what was left out")
	}
}

func TestBadDOT(t *testing.T) {
	if _, err := Render(context.Background(), []byte("digraph { a -> }"), Options{}); err == nil {
		t.Error("want an error for broken DOT")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Render(ctx, []byte("digraph { a }"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if _, err := RenderKG(ctx, kgtest.Fixture(), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("RenderKG: got %v, want context.Canceled", err)
	}
}

func TestConcurrent(t *testing.T) {
	g := kgtest.Fixture()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := RenderKG(context.Background(), g, Options{})
			if err == nil && !bytes.Contains(b, []byte("Pavel Gromov")) {
				err = errors.New("SVG lacks a node label")
			}
			if err == nil {
				_, _, err = Count([]byte("digraph { a -> b }"))
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestSeedsReadable draws the committed seeds graph: the overview and
// every story diagram are readable by measure.
func TestSeedsReadable(t *testing.T) {
	f, err := os.Open("../../out/graph.jsonld")
	if err != nil {
		t.Skip("no built seeds graph:", err)
	}
	g, err := jsonld.Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Draw(context.Background(), g, Options{Title: "seeds"})
	if err != nil || r.Engine != "dot" {
		t.Fatalf("engine %q, err %v", r.Engine, err)
	}
	readable(t, "seeds overview", r.SVG)
	dir := t.TempDir()
	pages, err := WriteDiagrams(context.Background(), g, dir, DiagramsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 2 {
		t.Fatalf("%d story diagrams", len(pages))
	}
	for _, p := range pages {
		b, err := os.ReadFile(dir + "/" + p.File)
		if err != nil {
			t.Fatal(err)
		}
		if p.Note != "" {
			t.Errorf("%s: %s", p.File, p.Note)
		}
		readable(t, p.File, b)
	}
}

// FuzzDOTParses checks that every DOT we write, whatever the names,
// parses with Graphviz into the right numbers of nodes and edges.
func FuzzDOTParses(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, `a\"b\\`, "x\ny\r", "غروموف", "}];\n\"a\" -> \"b\"", "\x00\xff<>&"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, role string) {
		g := &graph.KG{Entities: []*graph.Entity{
			{ID: "p-" + name, Type: graph.Person, Name: name},
			{ID: "c-" + role, Type: graph.Country, Name: role},
		}}
		g.Facts = []*graph.Fact{
			{ID: "f1", Subject: "p-" + name, Predicate: graph.HoldsPosition, Object: "c-" + role, Role: role},
			{ID: "f2", Subject: "p-" + name, Predicate: graph.HoldsPosition, Object: "c-" + role, Role: name},
		}
		var b bytes.Buffer
		if err := dot.Write(&b, g, dot.Options{Title: name + role}); err != nil {
			t.Fatal(err)
		}
		n, e, err := Count(b.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		if n != 2 || e != 2 {
			t.Fatalf("got %d nodes, %d edges, want 2, 2\n%s", n, e, b.String())
		}
	})
}

// FuzzOverviewParses checks that the overview's DOT, with its HTML side
// table, parses whatever the names: two linked entities and one listed.
func FuzzOverviewParses(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, "<b>&amp;</b>", "x\ny\r", "غروموف", "]]>", "\x00\xff<>&'"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, role string) {
		g := &graph.KG{Entities: []*graph.Entity{
			{ID: "p-" + name, Type: graph.Person, Name: name, Aliases: []graph.Alias{{Text: role, Lang: "ar"}}},
			{ID: "c-" + role, Type: graph.Country, Name: role},
			{ID: "o-" + name + role, Type: graph.Organization, Name: name + role, Aliases: []graph.Alias{{Text: name, Lang: "ar"}}},
		}}
		g.Facts = []*graph.Fact{{ID: "f1", Subject: "p-" + name, Predicate: graph.HoldsPosition, Object: "c-" + role, Role: role}}
		g.Normalize()
		d := diagram.Overview(g, diagram.Options{Title: name})
		n, e, err := Count(d.DOT)
		if err != nil {
			t.Fatalf("%v\n%s", err, d.DOT)
		}
		wantN := 2
		if d.Listed > 0 {
			wantN++
		}
		if n != wantN || e != 1 {
			t.Fatalf("got %d nodes, %d edges, want %d, 1\n%s", n, e, wantN, d.DOT)
		}
	})
}
