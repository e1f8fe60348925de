package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
	"newskg/graph/jsonld"
)

// withoutBuild returns body with its build field as FirstPage leaves it.
func withoutBuild(t *testing.T, body []byte) []byte {
	t.Helper()
	b, n := WithoutSession(body)
	if n != 1 {
		t.Fatalf("%d build fields in %.200s", n, body)
	}
	return b
}

// loadedAnswer is what a server that has built g answers to target.
func loadedAnswer(t *testing.T, g *graph.KG, target string) []byte {
	t.Helper()
	h, err := New(Config{Build: func(context.Context) (*graph.KG, error) { return g, nil }, ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	w := serve(h, "GET", target, "")
	if w.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, w.Code, w.Body)
	}
	return w.Body.Bytes()
}

// asJSONLD returns g as a server holds it once read back from its JSON-LD.
func asJSONLD(g *graph.KG) (*graph.KG, error) {
	b, err := jsonld.Marshal(g)
	if err != nil {
		return nil, err
	}
	return jsonld.Read(bytes.NewReader(b))
}

// hostileKG is a graph whose JSON-LD reads back other than it was held:
// invalid UTF-8 and bidirectional controls in names, roles and titles,
// confidences finer than thousandths, aliases out of order, and more
// entities than the first page shows.
func hostileKG() *graph.KG {
	g := genKG(FirstView+40, 7)
	g.Entities[0].Name = "Bad \xff name \u202eevil"
	g.Entities[1].Aliases = append(g.Entities[1].Aliases, graph.Alias{Text: "\u2067زيد\u2069 \xfe", Lang: "ar", Count: 9})
	for _, e := range g.Entities[:3] {
		e.Mentions = 1000 // shown
	}
	for i, f := range g.Facts {
		f.Confidence = 0.1234567 + float64(i%7)/10
		if i%5 == 0 {
			f.Role = "envoy \xc3("
		}
	}
	g.Docs[0].Title = "Title \u202a\xffx"
	// Two sources as held, one once the documents' bad bytes are replaced.
	a, b := g.Entities[0].ID, g.Entities[1].ID
	g.Facts = append(g.Facts, fact(a, graph.MeetsWith, b, 0.5,
		graph.Evidence{Doc: "doc-\xff", Text: "They met."}, graph.Evidence{Doc: "doc-\xfe", Text: "They met again."}))
	g.Normalize()
	return g
}

// TestFirstPageIsTheServedPage: the page kept with a graph is, byte for
// byte but for the build field, what a server that loaded the graph
// answers to the unfiltered GET /api/graph (and to one with parameters
// that filter nothing).
func TestFirstPageIsTheServedPage(t *testing.T) {
	for _, tc := range []struct {
		name    string
		g       func() *graph.KG
		limited bool
	}{
		{"fixture", fixtureKG, false},
		{"exporters' fixture", kgtest.Fixture, false},
		{"generated, limited", func() *graph.KG { return genKG(1000, 3) }, true},
		{"generated, 2000 entities", func() *graph.KG { return kgtest.Generate(2000, 6000, 5) }, true},
		{"hostile", hostileKG, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Held as built: the server serves g itself.
			page, err := FirstPage(tc.g(), nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, target := range []string{"/api/graph", "/api/graph?minConf=0&hops=2&types="} {
				if got := withoutBuild(t, loadedAnswer(t, tc.g(), target)); !bytes.Equal(got, page) {
					t.Errorf("GET %s differs from the first page:\n%s", target, firstDiff(got, page))
				}
			}
			if got := bytes.Contains(page, []byte(`"limited":true`)); got != tc.limited {
				t.Errorf("limited: %v, want %v", got, tc.limited)
			}
			// Saved and read back: the page is made of the graph as it
			// comes back, and the server serves the graph read back.
			page, err = FirstPage(tc.g(), asJSONLD)
			if err != nil {
				t.Fatal(err)
			}
			back, err := asJSONLD(tc.g())
			if err != nil {
				t.Fatal(err)
			}
			if got := withoutBuild(t, loadedAnswer(t, back, "/api/graph")); !bytes.Equal(got, page) {
				t.Errorf("read back: GET /api/graph differs from the first page:\n%s", firstDiff(got, page))
			}
		})
	}
	// Not vacuous: the hostile graph's page differs as held and as read back.
	held, _ := FirstPage(hostileKG(), nil)
	back, _ := FirstPage(hostileKG(), asJSONLD)
	if bytes.Equal(held, back) {
		t.Error("the hostile graph reads back as it was held: the test shows nothing")
	}
}

// firstDiff shows where two answers part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "got  …" + string(a[from:min(len(a), i+80)]) + "…\nwant …" + string(b[from:min(len(b), i+80)]) + "…"
}

// answer runs a request in the background and hands over its recorder.
func answer(h http.Handler, target string) <-chan *httptest.ResponseRecorder {
	c := make(chan *httptest.ResponseRecorder, 1)
	go func() { c <- serve(h, "GET", target, "") }()
	return c
}

// TestFirstPageWhileLoading: a server given the first page answers it at
// once while the graph loads; every other request waits for the graph
// (or for its own end) and then answers as a loaded server does.
func TestFirstPageWhileLoading(t *testing.T) {
	g := genKG(800, 11)
	page, err := FirstPage(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	loaded := make(chan error, 1)
	h, err := New(Config{
		Build: func(ctx context.Context) (*graph.KG, error) {
			select {
			case <-release:
				return genKG(800, 11), nil
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		},
		ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: testToken,
		FirstPage: page, Loaded: func(err error) { loaded <- err },
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	// The first page, now, with the fields of the first build.
	var session []byte
	for _, target := range []string{"/api/graph", "/api/graph?minConf=0&minSources=1"} {
		w := serve(h, "GET", target, "")
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/json; charset=utf-8" {
			t.Fatalf("GET %s while loading: %d %s", target, w.Code, w.Header())
		}
		if !bytes.Contains(w.Body.Bytes(), []byte(`"build":{"decisions":0,"generation":1,"time":"`)) {
			t.Errorf("GET %s while loading: build field %s", target, buildField.Find(w.Body.Bytes()))
		}
		if got := withoutBuild(t, w.Body.Bytes()); !bytes.Equal(got, page) {
			t.Errorf("GET %s while loading is not the first page:\n%s", target, firstDiff(got, page))
		}
		session = buildField.Find(w.Body.Bytes())
	}
	// The static page needs no graph either.
	if w := serve(h, "GET", "/", ""); w.Code != http.StatusOK {
		t.Errorf("GET / while loading: %d", w.Code)
	}
	focus := g.Entities[5].ID
	waiting := map[string]<-chan *httptest.ResponseRecorder{}
	for _, target := range []string{"/api/graph?types=Person,City", "/api/graph?focus=" + focus + "&hops=1", "/api/graph?minConf=2", "/api/entity/" + focus, "/api/search?q=person", "/api/review"} {
		waiting[target] = answer(h, target)
	}
	// A request that ends while the graph loads is answered 503.
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequestWithContext(ctx, "GET", "/api/graph?types=Person", nil)
	req.Host = "127.0.0.1:8080"
	req.Header.Set(TokenHeader, testToken)
	w := httptest.NewRecorder()
	done := make(chan struct{})
	go func() { h.ServeHTTP(w, req); close(done) }()
	cancel()
	<-done
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "still loading") {
		t.Errorf("a request that ended while loading: %d %s", w.Code, w.Body)
	}
	// Over a second: the build's time, in seconds, could differ.
	time.Sleep(1100 * time.Millisecond)
	for target, c := range waiting {
		select {
		case w := <-c:
			t.Fatalf("GET %s answered %d before the graph was loaded", target, w.Code)
		default:
		}
	}
	close(release)
	if err := <-loaded; err != nil {
		t.Fatalf("Loaded: %v", err)
	}
	for target, c := range waiting {
		w := <-c
		want := serve(mustLoaded(t, g), "GET", target, "")
		if w.Code != want.Code {
			t.Errorf("GET %s: %d, a loaded server %d", target, w.Code, want.Code)
			continue
		}
		got, exp := w.Body.Bytes(), want.Body.Bytes()
		if buildField.Match(got) { // the session's time differs
			got, exp = withoutBuild(t, got), withoutBuild(t, exp)
		}
		if !bytes.Equal(got, exp) {
			t.Errorf("GET %s after the load differs from a loaded server's:\n%s", target, firstDiff(got, exp))
		}
	}
	// Loaded: the first page is the graph's, and its build the one the
	// first page said.
	w = serve(h, "GET", "/api/graph", "")
	if got := withoutBuild(t, w.Body.Bytes()); !bytes.Equal(got, page) {
		t.Errorf("GET /api/graph after the load:\n%s", firstDiff(got, page))
	}
	if got := buildField.Find(w.Body.Bytes()); !bytes.Equal(got, session) {
		t.Errorf("build after the load %s, while loading %s", got, session)
	}
}

func mustLoaded(t *testing.T, g *graph.KG) http.Handler {
	t.Helper()
	h, err := New(Config{Build: func(context.Context) (*graph.KG, error) { return g, nil }, ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestFirstPageLoadFails: when the graph cannot be loaded, Loaded says
// why and every /api/ request is answered 503 with the reason.
func TestFirstPageLoadFails(t *testing.T) {
	page, err := FirstPage(fixtureKG(), nil)
	if err != nil {
		t.Fatal(err)
	}
	loaded := make(chan error, 1)
	h, err := New(Config{
		Build:      func(context.Context) (*graph.KG, error) { return nil, errors.New("disk on fire") },
		ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: testToken,
		FirstPage: page, Loaded: func(err error) { loaded <- err },
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := <-loaded; err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("Loaded: %v", err)
	}
	for _, target := range []string{"/api/graph", "/api/graph?types=Person", "/api/search?q=x"} {
		if w := serve(h, "GET", target, ""); w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "disk on fire") {
			t.Errorf("GET %s after a failed load: %d %s", target, w.Code, w.Body)
		}
	}
}

func TestFirstPageChecked(t *testing.T) {
	for _, page := range []string{"", "{}", `{"build":null`, `["build":null]`, `{"entities":[],"build":{}}`} {
		_, err := New(Config{Build: func(context.Context) (*graph.KG, error) { return fixtureKG(), nil }, ReviewPath: "r.json", Token: testToken, FirstPage: []byte(page)})
		if err == nil {
			t.Errorf("FirstPage %q accepted", page)
		}
	}
}

// TestFirstPageHostileNames: the hostile graph's page shows its odd
// names as a server shows them: invalid UTF-8 replaced, no
// bidirectional controls, confidences rounded as saved.
func TestFirstPageHostileNames(t *testing.T) {
	page, err := FirstPage(hostileKG(), asJSONLD)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	met := fmt.Sprintf(`"subject":%q,"predicate":"meetsWith","object":%q,"confidence":0.5,"sources":1}`, hostileKG().Entities[0].ID, hostileKG().Entities[1].ID)
	for _, want := range []string{"Bad \ufffd name evil", "Title \ufffdx", `"confidence":0.123,`, "envoy \ufffd(", met} {
		if !strings.Contains(s, want) {
			t.Errorf("the page has no %q", want)
		}
	}
	for _, bad := range []string{"\u202e", "\u202a", "\u2067", "\xff", "0.1234567"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page has %q", bad)
		}
	}
}

// TestFirstPageServerStops: a request waiting for the graph is answered
// 503 when the server stops (Config.Context), and Loaded says why the
// load ended.
func TestFirstPageServerStops(t *testing.T) {
	page, err := FirstPage(fixtureKG(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	loaded := make(chan error, 1)
	h, err := New(Config{
		Build: func(ctx context.Context) (*graph.KG, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		},
		ReviewPath: filepath.Join(t.TempDir(), "review.json"), Token: testToken, Context: ctx,
		FirstPage: page, Loaded: func(err error) { loaded <- err },
	})
	if err != nil {
		t.Fatal(err)
	}
	waiting := answer(h, "/api/search?q=x")
	time.Sleep(20 * time.Millisecond)
	cancel()
	if w := <-waiting; w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "loading") {
		t.Errorf("a waiting request when the server stops: %d %s", w.Code, w.Body)
	}
	if err := <-loaded; !errors.Is(err, context.Canceled) {
		t.Errorf("Loaded: %v", err)
	}
}
