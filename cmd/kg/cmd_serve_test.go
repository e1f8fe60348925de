package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/web"
)

// lockedBuffer is a bytes.Buffer safe for one writer and one reader.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeBuiltGraph(t *testing.T) {
	dir := t.TempDir()
	g := &graph.KG{Entities: []*graph.Entity{
		{ID: "city-riyadh", Type: graph.City, Name: "Riyadh", Aliases: []graph.Alias{{Text: "الرياض", Lang: "ar", Count: 1}}},
		{ID: "event-talks", Type: graph.Event, Name: "Talks"},
	}}
	g.Facts = []*graph.Fact{{ID: graph.FactID("event-talks", graph.HeldIn, "city-riyadh", ""), Subject: "event-talks", Predicate: graph.HeldIn, Object: "city-riyadh", Confidence: 0.5}}
	g.Normalize()
	b, err := jsonld.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	// The input lies in the output folder, as after "kg build".
	in := filepath.Join(dir, "out", "graph.jsonld")
	if err := graph.WriteFileAtomic(in, b); err != nil {
		t.Fatal(err)
	}
	review := filepath.Join(dir, "review.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"-addr", "127.0.0.1:0", "-public", "kg.test.example", "-review", review, "-o", filepath.Join(dir, "out"), in}, nil, &stdout, &stderr)
	}()
	re := regexp.MustCompile(`(http://[^/\s]+/)\?token=([A-Za-z0-9_-]{16,})\n`)
	var base, token string
	for i := 0; i < 200 && base == ""; i++ {
		if m := re.FindStringSubmatch(stdout.String()); m != nil {
			base, token = m[1], m[2]
		}
		time.Sleep(10 * time.Millisecond)
	}
	if base == "" {
		t.Fatalf("no address with a token printed: %s; stderr: %s", stdout.String(), stderr.String())
	}
	// The graph served is out/graph.jsonld itself and the review is
	// empty: the first build writes nothing (no diagrams before the
	// first page); the rebuild below writes every output.
	if _, err := os.Stat(filepath.Join(dir, "out", "graph.dot")); err == nil {
		t.Error("the first build of a served out/graph.jsonld wrote graph.dot")
	}
	if !strings.Contains(stderr.String(), "not written again") {
		t.Errorf("no word that the served graph is not written again: %s", stderr.String())
	}
	// -public: a warning, the URL by the public name, which is answered;
	// any other name is refused.
	if !strings.Contains(stderr.String(), "WARNING: -public") || !strings.Contains(stdout.String(), "http://kg.test.example:") {
		t.Errorf("-public: no warning or no public URL:\n%s\n%s", stdout.String(), stderr.String())
	}
	for host, code := range map[string]int{"kg.test.example": 200, "evil.example": 403} {
		req, _ := http.NewRequest("GET", base+"api/graph", nil)
		_, port, _ := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/"))
		req.Host = net.JoinHostPort(host, port)
		req.Header.Set(web.TokenHeader, token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != code {
			t.Errorf("Host %s: %d, want %d", req.Host, res.StatusCode, code)
		}
	}
	get := func(path string) string {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.Header.Set(web.TokenHeader, token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
		}
		return string(body)
	}
	if s := get("api/search?q=" + "%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6"); !strings.Contains(s, "city-riyadh") {
		t.Fatalf("search: %s", s)
	}
	post := func(path, body string) {
		req, _ := http.NewRequest("POST", base+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(web.TokenHeader, token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode >= 300 {
			t.Fatalf("POST %s: %d", path, res.StatusCode)
		}
	}
	post("api/review", `{"op":"rename","entities":["event-talks"],"name":"Riyadh talks"}`)
	post("api/rebuild", "")
	post("api/rebuild", "") // a second rebuild applies the review to the original again
	out, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"name": "Riyadh talks"`) {
		t.Fatal("the rename is not in out/graph.jsonld")
	}
	if strings.Contains(stderr.String(), "decision 1") {
		t.Fatalf("the review was applied twice: %s", stderr.String())
	}
	// Every output of kg build is rewritten, as one set.
	for _, name := range []string{"graph.dot", "graph.svg", graph.ManifestName} {
		if _, err := os.Stat(filepath.Join(dir, "out", name)); err != nil {
			t.Errorf("rebuild did not write %s: %v", name, err)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no graceful shutdown")
	}
}

func TestServeRefusesPublicAddr(t *testing.T) {
	for _, tc := range []struct {
		args []string
		ok   bool
	}{
		{[]string{"-addr", "0.0.0.0:0", "x.jsonld"}, false},
		{[]string{"-addr", ":8080", "x.jsonld"}, false},
		{[]string{"-addr", "192.0.2.1:80", "x.jsonld"}, false},
		{[]string{"-addr", "nonsense", "x.jsonld"}, false},
		{[]string{"-addr", "0.0.0.0:0", "-public", "", "x.jsonld"}, false},
		{[]string{"-public", "x.jsonld"}, false}, // -public needs its hosts
		{[]string{}, false},
	} {
		err := runServe(context.Background(), tc.args, nil, io.Discard, io.Discard)
		if !errors.Is(err, errUsage) {
			t.Errorf("%q: err = %v, want a usage error", tc.args, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0", "localhost:0"} {
		if err := checkLoopback(addr, false); err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
	}
	if err := checkLoopback("0.0.0.0:0", true); err != nil {
		t.Errorf("-public refused: %v", err)
	}
}

// TestServeRebuildClientGone rebuilds the real build from articles with a
// request whose client has gone (its context is cancelled): the rebuild
// completes, and writes every output kg build writes, byte-identical to
// kg build's (the SVG aside, which is checked for presence).
func TestServeRebuildClientGone(t *testing.T) {
	dir := t.TempDir()
	out, review := filepath.Join(dir, "out"), filepath.Join(dir, "review.json")
	cfg, err := serveConfig(context.Background(), []string{"testdata/articles/en.txt", "testdata/articles/ar.txt"}, review, out, 2, nil, io.Discard, new(sync.WaitGroup))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Token = web.NewToken()
	h, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// An analyst's decision, then the outputs are set aside to be
	// replaced by the rebuild.
	var g struct{ Entities []struct{ ID, Name string } }
	if err := json.Unmarshal([]byte(serveReq(t, h, cfg.Token, context.Background(), "GET", "/api/graph", "", 200)), &g); err != nil || len(g.Entities) == 0 {
		t.Fatalf("graph: %v %+v", err, g)
	}
	serveReq(t, h, cfg.Token, context.Background(), "POST", "/api/review", `{"op":"rename","entities":["`+g.Entities[0].ID+`"],"name":"Renamed Once"}`, 201)
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the client is gone before the rebuild even starts
	serveReq(t, h, cfg.Token, ctx, "POST", "/api/rebuild", "", 200)
	want := t.TempDir()
	if _, stderr, err := runKG(t, "build", "-o", want, "-review", review, "-workers", "2", "testdata/articles/en.txt", "testdata/articles/ar.txt"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, name := range outputs(t, want) {
		a, errA := os.ReadFile(filepath.Join(out, name))
		b, _ := os.ReadFile(filepath.Join(want, name))
		switch {
		case errA != nil:
			t.Errorf("the rebuild did not write %s", name)
		case name != "graph.svg" && !bytes.Equal(a, b):
			t.Errorf("%s differs from kg build's", name)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "graph.jsonld")); !strings.Contains(string(b), "Renamed Once") {
		t.Error("the rebuilt graph.jsonld lacks the decision")
	}
}

// serveReq sends one request with the token and checks its status.
func serveReq(t *testing.T, h http.Handler, token string, ctx context.Context, method, target, body string, code int) string {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body)).WithContext(ctx)
	req.Host = "localhost:8080"
	req.Header.Set(web.TokenHeader, token)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != code {
		t.Fatalf("%s %s: %d, want %d: %s", method, target, w.Code, code, w.Body)
	}
	return w.Body.String()
}

func TestServeOutDir(t *testing.T) {
	for _, c := range []struct {
		out   string
		set   bool
		paths []string
		want  string
	}{
		{"out", false, []string{"/data/run1/graph.jsonld"}, "/data/run1"}, // a built graph: its own folder
		{"out", false, []string{"graph.jsonld"}, "."},
		{"elsewhere", true, []string{"/data/run1/graph.jsonld"}, "elsewhere"}, // -o given
		{"out", false, []string{"articles"}, "out"},                           // a build from articles
		{"out", false, []string{"/data/a.jsonld", "/data/b.txt"}, "out"},
	} {
		if got := serveOutDir(c.out, c.set, c.paths); got != c.want {
			t.Errorf("serveOutDir(%q, %v, %q) = %q, want %q", c.out, c.set, c.paths, got, c.want)
		}
	}
}
