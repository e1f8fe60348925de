package svg

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hostileGraph is a meeting whose names carry markup, quotes, bidi
// overrides and a path.
func hostileGraph() *graph.KG {
	g := &graph.KG{Entities: []*graph.Entity{
		{ID: "event-a", Type: graph.Event, Name: "talks", Date: "2025-03-01"},
		{ID: "city-x", Type: graph.City, Name: `<script>alert("x")</script>`},
		{ID: "person-a", Type: graph.Person, Name: "Arlen \u202eVantor", Aliases: []graph.Alias{{Text: "أرلين فانتور", Lang: "ar"}}},
		{ID: "person-b", Type: graph.Person, Name: `Bexley "B" & <Co>`},
		{ID: "person-../../etc/passwd", Type: graph.Person, Name: "Corvin Osric"},
	}}
	add := func(s string, p graph.Predicate, o string) {
		g.Facts = append(g.Facts, &graph.Fact{ID: graph.FactID(s, p, o, ""), Subject: s, Predicate: p, Object: o, Confidence: 0.9,
			Evidence: []graph.Evidence{{Doc: "a.txt"}}})
	}
	add("event-a", graph.HeldIn, "city-x")
	add("person-a", graph.ParticipatesIn, "event-a")
	add("person-b", graph.ParticipatesIn, "event-a")
	add("person-../../etc/passwd", graph.ParticipatesIn, "event-a")
	add("person-a", graph.MeetsWith, "person-b")
	add("person-a", graph.MeetsWith, "person-../../etc/passwd")
	g.Normalize()
	return g
}

func TestWriteDiagrams(t *testing.T) {
	g := hostileGraph()
	dir := filepath.Join(t.TempDir(), "diagrams")
	pages, err := WriteDiagrams(context.Background(), g, dir, DiagramsOptions{Overview: "../graph.svg"})
	if err != nil {
		t.Fatal(err)
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range es {
		files = append(files, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	sort.Strings(files)
	// The event, and the people with two neighbours, the most connected first.
	if len(pages) != 4 || pages[0].Kind != "event" || pages[1].Kind != "person" || pages[1].Entity != "person-a" {
		t.Fatalf("pages %+v", pages)
	}
	if len(files) != 5 || files[0] != "event-a.svg" || files[1] != "index.html" || files[2] != "person-a.svg" || files[3] != "person-b.svg" ||
		!strings.HasPrefix(files[4], "person-etc-passwd-") {
		t.Errorf("files %v", files)
	}
	for _, p := range pages {
		b := readFile(t, filepath.Join(dir, p.File))
		n, _, texts := svgCounts(t, b)
		if n == 0 || p.Nodes != n {
			t.Errorf("%s: %d nodes drawn, page says %d", p.File, n, p.Nodes)
		}
		all := strings.Join(texts, "|")
		if strings.Contains(all, "\u202e") {
			t.Errorf("%s keeps a bidi override", p.File)
		}
		readable(t, p.File, b)
	}
	ev := string(readFile(t, filepath.Join(dir, "event-a.svg")))
	if !strings.Contains(ev, "talks, 1 Mar 2025") || !strings.Contains(ev, "Corvin Osric") {
		t.Errorf("event diagram lacks its label or a participant")
	}
	index := string(readFile(t, filepath.Join(dir, "index.html")))
	for _, want := range []string{`<a href="event-a.svg">`, `<a href="person-a.svg">`, `<a href="../graph.svg">`,
		"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; talks, 1 Mar 2025", "Arlen Vantor / أرلين فانتور",
		"Arlen Vantor, Corvin Osric, Bexley &#34;B&#34; &amp; &lt;Co&gt;"} {
		if !strings.Contains(index, want) {
			t.Errorf("index lacks %q:\n%s", want, index)
		}
	}
	for _, bad := range []string{"<script", "\u202e", "etc/passwd", "<Co>"} {
		if strings.Contains(index, bad) {
			t.Errorf("index has %q:\n%s", bad, index)
		}
	}
	again := filepath.Join(t.TempDir(), "d")
	if _, err := WriteDiagrams(context.Background(), g, again, DiagramsOptions{Overview: "../graph.svg"}); err != nil {
		t.Fatal(err)
	}
	if string(readFile(t, filepath.Join(again, "index.html"))) != index {
		t.Error("index.html differs between two runs")
	}
}

func TestWriteDiagramsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := WriteDiagrams(ctx, hostileGraph(), t.TempDir(), DiagramsOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestFileName(t *testing.T) {
	used := map[string]bool{}
	for _, tc := range []struct{ id, want string }{
		{"event-talks-in-kessel", "event-talks-in-kessel.svg"},
		{"event-talks-in-kessel", "event-talks-in-kessel-2.svg"},
		{"person-../../etc/passwd", "person-etc-passwd-"},
		{"Person-Upper", "person-upper-"},
		{"سيرجي", ""},
	} {
		got := fileName(tc.id, used)
		if !strings.HasPrefix(got, tc.want) || strings.ContainsAny(got, "/\\") || strings.Contains(got, "..") || !strings.HasSuffix(got, ".svg") {
			t.Errorf("fileName(%q) = %q, want %q…", tc.id, got, tc.want)
		}
	}
}
