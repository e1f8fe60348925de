package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
	"newskg/graph/jsonld"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture is the test graph as it comes back from its JSON-LD, the way
// kg export sees it.
func fixture(t testing.TB) *graph.KG {
	b, err := jsonld.Marshal(kgtest.Fixture())
	if err != nil {
		t.Fatal(err)
	}
	g, err := jsonld.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// render writes g in f: a single stream, or for folder formats every file
// of the folder, each headed by its name.
func render(t testing.TB, f Format, g *graph.KG) []byte {
	var b bytes.Buffer
	if !f.Dir {
		if err := f.Write(&b, g); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		return b.Bytes()
	}
	dir := t.TempDir()
	if err := WriteFile(f, g, dir); err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("==> " + e.Name() + " <==\n")
		b.Write(data)
	}
	return b.Bytes()
}

func goldenFormats() []Format {
	var fs []Format
	for _, f := range Formats() {
		if f.Name != "svg" { // Graphviz's SVG is checked by structure in graph/svg
			fs = append(fs, f)
		}
	}
	return fs
}

func TestGolden(t *testing.T) {
	g := fixture(t)
	for _, f := range goldenFormats() {
		t.Run(f.Name, func(t *testing.T) {
			kgtest.Golden(t, filepath.Join("testdata", "fixture."+f.Name), render(t, f, g), *update)
		})
	}
}

func TestNamesSurvive(t *testing.T) {
	g := fixture(t)
	for _, f := range goldenFormats() {
		out := string(render(t, f, g))
		for _, e := range g.Entities {
			if !strings.Contains(out, e.ID) {
				t.Errorf("%s: entity id %s missing", f.Name, e.ID)
			}
			for _, a := range e.Aliases {
				if !strings.ContainsRune(a.Text, '\n') && !strings.Contains(out, a.Text) {
					t.Errorf("%s: alias %q of %s missing", f.Name, a.Text, e.ID)
				}
			}
		}
		if f.Name == "dot" {
			continue // DOT carries names and facts, not evidence
		}
		for _, fa := range g.Facts {
			if !strings.Contains(out, fa.ID) {
				t.Errorf("%s: fact %s missing", f.Name, fa.ID)
			}
			for _, ev := range fa.Evidence {
				if !strings.Contains(out, ev.Doc) {
					t.Errorf("%s: evidence document %s of %s missing", f.Name, ev.Doc, fa.ID)
				}
			}
		}
	}
}

// TestDeadFactsLeftOut: a fact whose entity was removed is an edge to
// nowhere; the graph formats that draw edges leave it out.
func TestDeadFactsLeftOut(t *testing.T) {
	g := kgtest.Generate(50, 200, 3)
	dead := &graph.Fact{ID: "f:dead-edge-x", Subject: g.Entities[0].ID, Predicate: graph.MeetsWith, Object: "e:removed-entity-x"}
	g.Facts = append(g.Facts, dead)
	for _, name := range []string{"graphml", "gexf", "csv", "neo4j", "cypher"} {
		f, ok := Lookup(name)
		if !ok {
			t.Fatalf("no format %s", name)
		}
		out := string(render(t, f, g))
		if strings.Contains(out, dead.ID) {
			t.Errorf("%s writes the dead fact %s", name, dead.ID)
		}
		if !strings.Contains(out, g.LiveFacts()[0].ID) {
			t.Errorf("%s lost the live fact %s", name, g.LiveFacts()[0].ID)
		}
	}
}

func TestDeterministic(t *testing.T) {
	g := kgtest.Generate(500, 2000, 7)
	for _, f := range goldenFormats() {
		a := render(t, f, g)
		// Reverse the slices: writers sort, they do not trust the order.
		h := *g
		h.Entities = append([]*graph.Entity(nil), g.Entities...)
		h.Facts = append([]*graph.Fact(nil), g.Facts...)
		sort.Slice(h.Entities, func(i, j int) bool { return h.Entities[i].ID > h.Entities[j].ID })
		sort.Slice(h.Facts, func(i, j int) bool { return h.Facts[i].ID > h.Facts[j].ID })
		b := render(t, f, &h)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two writes of one graph differ", f.Name)
		}
	}
}

func TestJSONLDRoundTrip(t *testing.T) {
	g := fixture(t)
	a, _ := jsonld.Marshal(g)
	h, err := jsonld.Read(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := jsonld.Marshal(h)
	if !bytes.Equal(a, b) {
		t.Error("JSON-LD does not read back to the same graph")
	}
}

func TestWriteErrors(t *testing.T) {
	g := kgtest.Generate(1000, 3000, 8)
	for _, f := range Formats() {
		if f.Write == nil || f.Name == "svg" || f.Name == "jsonld" {
			continue
		}
		for _, n := range []int{0, 1000, 100000} {
			w := &kgtest.FailWriter{N: n}
			if err := f.Write(w, g); !errors.Is(err, kgtest.ErrDisk) {
				t.Errorf("%s n=%d: got %v, want the write error", f.Name, n, err)
			}
			if w.After > 1 {
				t.Errorf("%s n=%d: %d writes after the error; want writing to stop", f.Name, n, w.After)
			}
		}
	}
}

func TestWriteAll(t *testing.T) {
	g := fixture(t)
	dir := t.TempDir()
	if err := WriteAll(g, dir, []string{"bogus"}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("got %v, want ErrUnknownFormat", err)
	}
	if err := WriteAll(g, dir, Names()); err != nil {
		t.Fatal(err)
	}
	for _, n := range Names() {
		f, _ := Lookup(n)
		st, err := os.Stat(Path(dir, f))
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if st.IsDir() != f.Dir || (!f.Dir && st.Size() == 0) {
			t.Errorf("%s: bad output %s", n, Path(dir, f))
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	b, err := os.ReadFile(Path(dir, mustLookup(t, "jsonld")))
	if err != nil {
		t.Fatal(err)
	}
	h, err := jsonld.Read(bytes.NewReader(b))
	if err != nil || len(h.Entities) != len(g.Entities) || len(h.Facts) != len(g.Facts) {
		t.Errorf("graph.jsonld does not read back: %v", err)
	}
}

func mustLookup(t *testing.T, n string) Format {
	f, ok := Lookup(n)
	if !ok {
		t.Fatalf("no format %s", n)
	}
	return f
}

func TestResolveEntity(t *testing.T) {
	g := fixture(t)
	for _, c := range []struct{ in, want string }{
		{kgtest.Gromov, kgtest.Gromov},
		{"pavel gromov", kgtest.Gromov},
		{"بافل غروموف", kgtest.Gromov},
		{"روسيا", kgtest.Russia},
	} {
		if got, err := ResolveEntity(g, c.in); err != nil || got != c.want {
			t.Errorf("ResolveEntity(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := ResolveEntity(g, "nobody"); !errors.Is(err, graph.ErrUnknownEntity) {
		t.Errorf("got %v, want ErrUnknownEntity", err)
	}
}
