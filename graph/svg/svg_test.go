package svg

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"newskg/graph"
	"newskg/graph/dot"
	"newskg/graph/internal/kgtest"
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

func TestRenderFixture(t *testing.T) {
	g := kgtest.Fixture()
	b, err := RenderKG(context.Background(), g, Options{DOT: dot.Options{Title: "Fixture"}})
	if err != nil {
		t.Fatal(err)
	}
	n, e, texts := svgCounts(t, b)
	if n != len(g.Entities) || e != len(g.Facts) {
		t.Errorf("SVG has %d nodes and %d edges, want %d and %d", n, e, len(g.Entities), len(g.Facts))
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"محمد بن عبدالرحمن آل ثاني", `Smith & "Sons" <Holdings> \ Ltd`, "holdsPosition: foreign minister"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	if !bytes.Contains(b, []byte("Noto Naskh Arabic")) {
		t.Error("SVG lacks the Arabic font list")
	}
}

func TestRenderSFDP(t *testing.T) {
	g := kgtest.Generate(DotLimit+20, 400, 3)
	if LayoutFor(len(g.Entities)) != "sfdp" {
		t.Fatalf("want sfdp above %d nodes", DotLimit)
	}
	b, err := RenderKG(context.Background(), g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n, e, _ := svgCounts(t, b)
	if n != len(g.Entities) || e != len(g.Facts) {
		t.Errorf("SVG has %d nodes and %d edges, want %d and %d", n, e, len(g.Entities), len(g.Facts))
	}
}

func TestTooLarge(t *testing.T) {
	g := kgtest.Generate(MaxNodes+1, 10, 4)
	if _, err := RenderKG(context.Background(), g, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("RenderKG: got %v, want ErrTooLarge", err)
	}
	var src bytes.Buffer
	if err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	_, err := Render(context.Background(), src.Bytes(), Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "-focus") {
		t.Errorf("Render: got %v, want ErrTooLarge naming -focus", err)
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
			if err == nil && !bytes.Contains(b, []byte("Sergey Lavrov")) {
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

// FuzzDOTParses checks that every DOT we write, whatever the names,
// parses with Graphviz into the right numbers of nodes and edges.
func FuzzDOTParses(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, `a\"b\\`, "x\ny\r", "لافروف", "}];\n\"a\" -> \"b\"", "\x00\xff<>&"} {
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

// BenchmarkRenderSeedsSize renders a graph the size of a few days of
// news: 100 entities and 200 facts, with the dot layout.
func BenchmarkRenderSeedsSize(b *testing.B) {
	g := kgtest.Generate(100, 200, 5)
	ctx := context.Background()
	if _, err := RenderKG(ctx, g, Options{}); err != nil { // start Graphviz outside the timing
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := RenderKG(ctx, g, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayout compares dot and sfdp at sizes around DotLimit.
func BenchmarkLayout(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{100, 150, 300} {
		g := kgtest.Generate(n, 2*n, 6)
		var src bytes.Buffer
		if err := dot.Write(&src, g, dot.Options{}); err != nil {
			b.Fatal(err)
		}
		for _, layout := range []string{"dot", "sfdp"} {
			if layout == "dot" && n > DotLimit {
				continue // minutes: the reason for DotLimit
			}
			b.Run(layout+"/"+itoa(n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := Render(ctx, src.Bytes(), Options{Layout: layout}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func itoa(n int) string {
	var b []byte
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
