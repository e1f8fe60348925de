package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/web"
)

// withoutBuild is an answer less the fields of its serving session.
func withoutBuild(t *testing.T, body []byte) []byte {
	t.Helper()
	b, n := web.WithoutSession(body)
	if n != 1 {
		t.Fatalf("%d build fields in %.200s", n, body)
	}
	return b
}

// loadedPage is the first page (less its build field) of a server that
// loaded the graph.jsonld at path as kg serve reads it.
func loadedPage(t *testing.T, path string) []byte {
	t.Helper()
	g, _, err := jsonld.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tok := web.NewToken()
	h, err := web.New(web.Config{Build: func(context.Context) (*graph.KG, error) { return g, nil }, ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: tok})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/api/graph", nil)
	req.Host = "127.0.0.1:8080"
	req.Header.Set(web.TokenHeader, tok)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("GET /api/graph: %d %s", w.Code, w.Body)
	}
	return withoutBuild(t, w.Body.Bytes())
}

// served is a running kg serve.
type served struct {
	base, token string
	stderr      *lockedBuffer
	stop        func() error
}

// startServe runs kg serve with args (after -addr 127.0.0.1:0) until
// stop is called.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), nil, &stdout, &stderr)
	}()
	re := regexp.MustCompile(`(http://[^/\s]+/)\?token=([A-Za-z0-9_-]{16,})\n`)
	s := &served{stderr: &stderr}
	for deadline := time.Now().Add(60 * time.Second); s.base == "" && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if m := re.FindStringSubmatch(stdout.String()); m != nil {
			s.base, s.token = m[1], m[2]
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended: %v\n%s", err, stderr.String())
		default:
		}
	}
	if s.base == "" {
		cancel()
		t.Fatalf("no address printed; stderr: %s", stderr.String())
	}
	s.stop = func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(30 * time.Second):
			return errors.New("no graceful shutdown")
		}
	}
	return s
}

func (s *served) get(t *testing.T, path string) []byte {
	t.Helper()
	req, _ := http.NewRequest("GET", s.base+path, nil)
	req.Header.Set(web.TokenHeader, s.token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
	}
	return body
}

// hostileGraph has names, roles and titles that the JSON-LD does not
// keep as they are held (invalid UTF-8, bidirectional controls), finer
// confidences than it keeps, and more entities than the first page shows.
func hostileGraph() *graph.KG {
	g := &graph.KG{Docs: []graph.DocInfo{{ID: "d1", Title: "Report \u202e\xff from Velmora"}, {ID: "d2", Title: "تقرير"}}}
	var prev string
	for i := range web.FirstView + 25 {
		name := "Orlan Tessaly " + string(rune('A'+i%26)) + strings.Repeat("x", i%7)
		switch i {
		case 3:
			name = "Kadir \xff Benvolt"
		case 4:
			name = "\u2067ماهر\u2069 Zulan"
		}
		id := graph.EntityID(graph.Person, name) + "-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		e := &graph.Entity{ID: id, Type: graph.Person, Name: name, Mentions: 1 + i%13, Docs: []string{"d1"},
			Aliases: []graph.Alias{{Text: name, Lang: "en", Count: 1 + i%13}, {Text: "ماهر \xfe " + name[:3], Lang: "ar", Count: 1}}}
		g.Entities = append(g.Entities, e)
		if prev != "" {
			f := &graph.Fact{Subject: e.ID, Predicate: graph.MeetsWith, Object: prev, Confidence: 0.31416 + float64(i%5)/10,
				Evidence: []graph.Evidence{{Doc: "d1", Text: "They met.", Extractor: "patterns", Rule: "r", Confidence: 0.777777}}}
			if i%4 == 0 {
				f.Predicate, f.Role = graph.HoldsPosition, "envoy \u202a\xc3( of"
			}
			f.ID = graph.FactID(f.Subject, f.Predicate, f.Object, f.Role)
			g.Facts = append(g.Facts, f)
		}
		prev = e.ID
	}
	return g
}

// TestViewIsTheServedFirstPage: the graph.view a build writes beside
// graph.jsonld is, byte for byte but for the build field, the first page
// of a server that loaded that graph.jsonld, and kg serve answers it.
func TestViewIsTheServedFirstPage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the seeds and a generated corpus")
	}
	corpus := filepath.Join(t.TempDir(), "corpus")
	genCorpus(t, corpus, 300, 5)
	for _, tc := range []struct {
		name    string
		write   func(t *testing.T, dir string)
		limited bool
	}{
		{"seeds", func(t *testing.T, dir string) { buildInto(t, dir, "../../seeds") }, false},
		{"generated", func(t *testing.T, dir string) { buildInto(t, dir, corpus) }, true},
		{"hostile", func(t *testing.T, dir string) {
			if _, err := writeOutputs(context.Background(), hostileGraph(), dir, []string{"jsonld"}, io.Discard); err != nil {
				t.Fatal(err)
			}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.write(t, dir)
			in := filepath.Join(dir, "graph.jsonld")
			page, err := readView(in)
			if err != nil {
				t.Fatalf("graph.view: %v", err)
			}
			want := loadedPage(t, in)
			if !bytes.Equal(page, want) {
				t.Fatalf("graph.view is not the first page of the loaded graph:\n%s", partDiff(page, want))
			}
			if got := bytes.Contains(page, []byte(`"limited":true`)); got != tc.limited {
				t.Errorf("limited: %v, want %v", got, tc.limited)
			}
			s := startServe(t, "-review", filepath.Join(dir, "review.json"), "-o", dir, in)
			if got := withoutBuild(t, s.get(t, "api/graph")); !bytes.Equal(got, want) {
				t.Errorf("kg serve's first page:\n%s", partDiff(got, want))
			}
			// Every other request waits for the graph, then answers.
			s.get(t, "api/graph?types=Person")
			if err := s.stop(); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(s.stderr.String(), "the first page comes from "+viewPath(in)) {
				t.Errorf("no word of the kept first page:\n%s", s.stderr.String())
			}
		})
	}
}

func buildInto(t *testing.T, dir, src string) {
	t.Helper()
	if _, stderr, err := runKG(t, "build", "-q", "-formats", "jsonld", "-o", dir, src); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
}

// firstDiff shows where two answers part.
func partDiff(a, b []byte) string {
	i := 0
	for n := min(len(a), len(b)); i < n && a[i] == b[i]; {
		i++
	}
	return fmt.Sprintf("at byte %d of %d and %d: %q vs %q", i, len(a), len(b), a[i:min(len(a), i+120)], b[i:min(len(b), i+120)])
}

// TestServeIgnoresUnusableView: a graph.view that does not record the
// graph.jsonld as it is, or is damaged, is ignored with one line; the
// first page is the graph's, and kg serve keeps a good one for the next
// start.
func TestServeIgnoresUnusableView(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the seeds")
	}
	seeds, other := t.TempDir(), t.TempDir()
	buildInto(t, seeds, "../../seeds")
	buildInto(t, other, "testdata/articles")
	for _, tc := range []struct {
		name, line string
		spoil      func(t *testing.T, dir string)
	}{
		{"stale", "does not record", func(t *testing.T, dir string) {
			// Another graph.jsonld, as written by hand or another tool.
			copyFile(t, filepath.Join(other, "graph.jsonld"), filepath.Join(dir, "graph.jsonld"))
		}},
		{"damaged", "damaged", func(t *testing.T, dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "graph.view"))
			i := bytes.Index(b, []byte(`"mentions":`))
			b[i+len(`"mentions":`)] ^= 1 // one digit off
			os.WriteFile(filepath.Join(dir, "graph.view"), b, 0o644)
		}},
		{"no header", "no header", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "graph.view"), []byte(viewMagic), 0o644)
		}},
		{"another version", "not a first page of this version", func(t *testing.T, dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "graph.view"))
			os.WriteFile(filepath.Join(dir, "graph.view"), bytes.Replace(b, []byte("page 1\n"), []byte("page 9\n"), 1), 0o644)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, n := range []string{"graph.jsonld", "graph.snapshot", "graph.view"} {
				copyFile(t, filepath.Join(seeds, n), filepath.Join(dir, n))
			}
			tc.spoil(t, dir)
			in := filepath.Join(dir, "graph.jsonld")
			if _, err := readView(in); err == nil {
				t.Fatal("the spoilt graph.view is read")
			}
			want := loadedPage(t, in)
			s := startServe(t, "-review", filepath.Join(dir, "review.json"), "-o", dir, in)
			if got := withoutBuild(t, s.get(t, "api/graph")); !bytes.Equal(got, want) {
				t.Errorf("kg serve's first page:\n%s", partDiff(got, want))
			}
			if err := s.stop(); err != nil {
				t.Fatal(err)
			}
			log := s.stderr.String()
			if n := strings.Count(log, "graph.view"); !strings.Contains(log, tc.line) || strings.Contains(log, "first page comes from") || n != 2 {
				t.Errorf("want one line with %q and one that a new one is written:\n%s", tc.line, log)
			}
			// Kept for the next start: the first page of the graph as it is.
			page, err := readView(in)
			if err != nil {
				t.Fatalf("no first page kept: %v", err)
			}
			if !bytes.Equal(page, want) {
				t.Errorf("the kept first page:\n%s", partDiff(page, want))
			}
		})
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestServeViewWithDecisions: when the review file holds decisions, the
// kept first page is not served (the decisions may change it): the first
// page shows them.
func TestServeViewWithDecisions(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the seeds")
	}
	dir := t.TempDir()
	buildInto(t, dir, "../../seeds")
	in := filepath.Join(dir, "graph.jsonld")
	page, err := readView(in)
	if err != nil {
		t.Fatal(err)
	}
	g, _, err := jsonld.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var shown *graph.Fact
	for _, f := range g.Facts {
		if bytes.Contains(page, []byte(`"id":"`+f.ID+`"`)) {
			shown = f
			break
		}
	}
	if shown == nil {
		t.Fatal("no fact on the first page")
	}
	review := filepath.Join(t.TempDir(), "review.json")
	os.WriteFile(review, []byte(`{"version":1,"decisions":[{"op":"reject","fact":"`+shown.ID+`"}]}`), 0o644)
	s := startServe(t, "-review", review, "-o", dir, in)
	got := s.get(t, "api/graph")
	if err := s.stop(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(got, []byte(`"id":"`+shown.ID+`"`)) {
		t.Errorf("the rejected fact %s is on the first page", shown.ID)
	}
	if strings.Contains(s.stderr.String(), "first page comes from") {
		t.Errorf("the kept first page was served despite decisions:\n%s", s.stderr.String())
	}
}

// errAfter is a context whose Err is nil for its first n calls, then
// context.Canceled: a build cancelled at a chosen point of writeOutputs.
type errAfter struct {
	context.Context
	n int
}

func (c *errAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestCancelledBuildWritesNoView: a build cancelled after its first page
// was staged leaves the folder as it was: no graph.view, or the old one.
func TestCancelledBuildWritesNoView(t *testing.T) {
	g := hostileGraph()
	for _, before := range []bool{false, true} {
		dir := t.TempDir()
		var old []byte
		if before {
			if _, err := writeOutputs(context.Background(), g, dir, []string{"dot", "jsonld"}, io.Discard); err != nil {
				t.Fatal(err)
			}
			old, _ = os.ReadFile(filepath.Join(dir, "graph.view"))
		}
		other := hostileGraph()
		other.Facts = other.Facts[1:]
		// Err is asked before each format: jsonld (and its first page)
		// is written, then the build is cancelled before dot.
		if _, err := writeOutputs(&errAfter{context.Background(), 1}, other, dir, []string{"jsonld", "dot"}, io.Discard); !errors.Is(err, context.Canceled) {
			t.Fatalf("writeOutputs: %v", err)
		}
		got, err := os.ReadFile(filepath.Join(dir, "graph.view"))
		if before && !bytes.Equal(got, old) || !before && err == nil {
			t.Errorf("before=%v: the cancelled build left graph.view (%d bytes)", before, len(got))
		}
		if before {
			if _, err := readView(filepath.Join(dir, "graph.jsonld")); err != nil {
				t.Errorf("the first page kept disagrees with the graph: %v", err)
			}
		}
	}
}

// TestSamePage: the page answered while the graph loads must still be
// the graph's first page once it is read; a build that replaced
// graph.jsonld and graph.view meanwhile is refused, not served beside
// the old page.
func TestSamePage(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "graph.jsonld")
	write := func(g *graph.KG) {
		if _, err := writeOutputs(context.Background(), g, dir, []string{"jsonld"}, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	write(hostileGraph())
	page, err := readView(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := samePage(in, page); err != nil {
		t.Fatalf("unchanged graph: %v", err)
	}
	other := hostileGraph()
	other.Entities = other.Entities[:len(other.Entities)/2]
	other.Facts = nil
	write(other)
	if err := samePage(in, page); err == nil || !strings.Contains(err.Error(), "changed while it was loading") {
		t.Errorf("graph replaced: %v, want an error", err)
	}
	if err := os.Remove(viewPath(in)); err != nil {
		t.Fatal(err)
	}
	if err := samePage(in, page); err == nil {
		t.Error("view removed: no error")
	}
}
