package export

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/gexf"
	"newskg/graph/internal/kgtest"
)

// awkwardGraph is a generated graph of some thousands of entities and
// facts, long enough that the writers format it in many runs, whose
// names, aliases, roles and evidence hold every kind of character the
// escapers treat apart: quotes, markup, backslashes, line breaks (CR LF
// split across aliases too), control characters, invalid UTF-8, U+2028,
// U+FFFE, bidirectional controls, Arabic.
func awkwardGraph() *graph.KG {
	g := kgtest.Generate(3000, 12000, 7)
	odd := []string{`Smith & "Sons" <Holdings>`, "back\\slash 'single'", "line\nbreak", "carriage\r", "\nstarts with LF",
		"tab\tand\x01\x1f\x7f", "bad \xff\xfe utf8", "split \xe2\x80", "\u2028sep\u2029", "\uFFFE\uFFFF", "عربي \u202Eمقلوب\u202C",
		"emoji \U0001F600", "x&amp;y", "]]> --> */", "a,b;c\"d", "  padded  "}
	for i, e := range g.Entities {
		if i%3 != 0 {
			continue
		}
		s := odd[i%len(odd)]
		e.Name += " " + s
		e.Aliases = append(e.Aliases, graph.Alias{Text: s, Lang: "xx", Count: i % 5, Docs: []string{s}},
			graph.Alias{Text: odd[(i+3)%len(odd)], Lang: "en-GB", Count: 1})
		e.Roles = append(e.Roles, s)
		e.SameAs = append(e.SameAs, "https://example.org/"+s, s)
		if i%2 == 0 {
			e.Merges = append(e.Merges, graph.Merge{Form: s, Into: e.Name, Rule: "r" + s, Key: s, Score: float64(i%7) / 3})
			e.Date = s
		}
		if i%9 == 0 {
			e.Date = "2024-02-29"
		}
	}
	for i, f := range g.Facts {
		if i%4 != 0 {
			continue
		}
		s := odd[i%len(odd)]
		f.RolePhrase = s
		if f.Predicate == graph.HoldsPosition {
			f.Role = s
		}
		f.Confidence = []float64{0, 1, 1e-7, 0.3333333, 0.995}[i%5]
		ev := f.Evidence[0]
		ev.Text, ev.Doc, ev.URL, ev.Published, ev.Rule = s+ev.Text, odd[(i+1)%len(odd)], "https://x.example/"+s, s, s
		ev.Confidence = float64(i%1000) / 999
		f.Evidence = append(f.Evidence, ev)
		if i%8 == 0 {
			for k := 0; k < 20; k++ { // more than a few: Sources counts with a map
				ev.Doc = fmt.Sprintf("doc-%05d.txt", (i+k*7)%61)
				ev.Start = k
				f.Evidence = append(f.Evidence, ev)
			}
		}
	}
	g.Docs = append(g.Docs, graph.DocInfo{ID: odd[1], Title: odd[0], URL: odd[2], Published: odd[3], Lang: odd[10]})
	g.Normalize()
	return g
}

// digest is the SHA-256 of what format f writes of g: its stream, or the
// files of its folder in name order, each headed by its name.
func digest(t *testing.T, f Format, g *graph.KG) string {
	h := sha256.New()
	if !f.Dir {
		bw := bufio.NewWriter(h)
		if err := f.Write(bw, g); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		bw.Flush()
		return fmt.Sprintf("%x", h.Sum(nil))
	}
	dir := t.TempDir()
	if err := WriteFile(f, g, dir); err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		r, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "==> %s <==\n", n)
		_, err = io.Copy(h, r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// TestDigests holds every writer to the bytes it wrote when the digests
// were recorded (testdata/awkward.sha256, -update rewrites it) for a
// graph too large for the golden files: a change of one byte anywhere
// in a format fails it. The writers format long lists in runs on every
// core; the digests are those of writing item after item on one.
func TestDigests(t *testing.T) {
	g := awkwardGraph()
	fs := goldenFormats()
	v13, _ := Lookup("gexf")
	v13.Name = "gexf-1.3"
	v13.Write = func(w io.Writer, g *graph.KG) error { return gexf.WriteVersion(w, g, gexf.V13) }
	fs = append(fs, v13)
	var got strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&got, "%s %s\n", digest(t, f, g), f.Name)
	}
	path := filepath.Join("testdata", "awkward.sha256")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("digests changed:\n got\n%s\nwant\n%s", got.String(), want)
	}
}
