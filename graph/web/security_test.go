package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newskg/graph"
	"newskg/graph/graphtest"
	"newskg/graph/jsonld"
)

// testToken is the token of the test servers.
const testToken = "test-token-0123456789"

// saveJSONLD returns a Config.Save that writes graph.jsonld into dir as
// one output set, as kg serve writes its outputs.
func saveJSONLD(dir string) func(context.Context, *graph.KG) error {
	return func(ctx context.Context, g *graph.KG) error {
		set, err := graph.NewOutputSet(dir)
		if err != nil {
			return err
		}
		defer set.Discard()
		p, err := set.Path("graph.jsonld")
		if err != nil {
			return err
		}
		b, err := jsonld.Marshal(g)
		if err != nil {
			return err
		}
		if err := graph.WriteFileAtomic(p, b); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		_, err = set.Commit()
		return err
	}
}

// serve sends one request to h as the app would: from a loopback Host,
// with the token. hdr holds header name and value pairs that override
// that; "Host" sets the Host, and an empty value removes a header.
func serve(h http.Handler, method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.Host = "127.0.0.1:8080"
	req.Header.Set(TokenHeader, testToken)
	if method == http.MethodPost && body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		switch {
		case hdr[i] == "Host":
			req.Host = hdr[i+1]
		case hdr[i+1] == "":
			req.Header.Del(hdr[i])
		default:
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// TestHostRefused plays DNS rebinding: a page served from a foreign name
// that resolves to 127.0.0.1 sends the server its own Host. Every route
// refuses it; loopback names and the hosts of -public pass.
func TestHostRefused(t *testing.T) {
	dir := t.TempDir()
	h, err := New(Config{Build: reviewBuild(fixtureKG, filepath.Join(dir, "review.json"), nil), ReviewPath: filepath.Join(dir, "review.json"),
		Token: testToken, Hosts: []string{"kg.lab.example", "[2001:db8::7]"}})
	if err != nil {
		t.Fatal(err)
	}
	reject := `{"op":"reject","fact":"` + gromovMuscat + `"}`
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"LOCALHOST:8080", true},
		{"[::1]:8080", true},
		{"kg.lab.example:8080", true},
		{"[2001:db8::7]:8080", true},
		{"evil.example:8080", false},
		{"evil.example", false},
		{"localhost.evil.example:8080", false},
		{"127.0.0.1.nip.io:8080", false},
		{"127.0.0.2:8080", false},
		{"", false},
	} {
		for _, rq := range []struct{ method, target, body string }{
			{"GET", "/", ""}, {"GET", "/static/app.js", ""}, {"GET", "/api/graph", ""}, {"POST", "/api/review", reject},
		} {
			w := serve(h, rq.method, rq.target, rq.body, "Host", tc.host)
			if got := w.Code < 300; got != tc.ok {
				t.Errorf("Host %q, %s %s: status %d, want accepted %v", tc.host, rq.method, rq.target, w.Code, tc.ok)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "review.json")); err != nil {
		t.Fatalf("the accepted decisions were not written: %v", err)
	}
	r, _ := graph.LoadReview(filepath.Join(dir, "review.json"))
	if len(r.Decisions) != 6 {
		t.Errorf("%d decisions written, want 6 (one per accepted Host)", len(r.Decisions))
	}

	// Over a real connection the port must be the one it came in on.
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, tc := range []struct {
		host string
		code int
	}{{strings.TrimPrefix(srv.URL, "http://"), 200}, {"127.0.0.1:1", 403}, {"localhost", 403}} {
		req, _ := http.NewRequest("GET", srv.URL+"/api/graph", nil)
		req.Host = tc.host
		req.Header.Set(TokenHeader, testToken)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != tc.code {
			t.Errorf("Host %q on %s: status %d, want %d", tc.host, srv.URL, res.StatusCode, tc.code)
		}
	}
}

// TestTokenRequired: every /api/ route needs the token; the page and its
// files do not (the page reads the token from its URL).
func TestTokenRequired(t *testing.T) {
	f := newFixture(t, true)
	reject := `{"op":"reject","fact":"` + gromovMuscat + `"}`
	for _, rq := range []struct{ method, target, body string }{
		{"GET", "/api/graph", ""}, {"GET", "/api/search?q=muscat", ""}, {"GET", "/api/entity/city-muscat", ""},
		{"GET", "/api/fact/" + gromovMuscat, ""}, {"GET", "/api/export?format=dot", ""}, {"GET", "/api/review", ""},
		{"POST", "/api/review", reject}, {"POST", "/api/rebuild", ""}, {"GET", "/api/nope", ""},
	} {
		for _, tok := range []string{"", "wrong-token-0123456789", testToken + "x", strings.ToUpper(testToken)} {
			w := f.do(t, rq.method, rq.target, rq.body, TokenHeader, tok)
			if w.Code != http.StatusUnauthorized || !strings.Contains(w.Body.String(), "token") {
				t.Errorf("%s %s with token %q: status %d, want 401: %s", rq.method, rq.target, tok, w.Code, w.Body)
			}
		}
		if w := f.do(t, rq.method, rq.target, rq.body); w.Code == http.StatusUnauthorized {
			t.Errorf("%s %s with the token: 401", rq.method, rq.target)
		}
	}
	if calls := f.calls.Load(); calls != 2 {
		t.Errorf("%d builds, want 2 (start and the one rebuild with the token)", calls)
	}
	for _, target := range []string{"/", "/static/app.js"} {
		if w := f.do(t, "GET", target, "", TokenHeader, ""); w.Code != 200 {
			t.Errorf("GET %s without token: %d", target, w.Code)
		}
	}
	r, err := graph.LoadReview(f.review)
	if err != nil || len(r.Decisions) != 1 {
		t.Errorf("review file: %v, %d decisions, want the one posted with the token", err, len(r.Decisions))
	}
	if _, err := New(Config{Build: reviewBuild(fixtureKG, f.review, nil), ReviewPath: f.review, Token: "short"}); err == nil {
		t.Error("a short token was accepted")
	}
}

// gatedBuild returns a Build that signals started, waits for release,
// and then behaves as kg's build: an error once its ctx is cancelled.
func gatedBuild(review string, started chan<- struct{}, release <-chan struct{}) func(context.Context) (*graph.KG, error) {
	inner := reviewBuild(fixtureKG, review, nil)
	first := true
	return func(ctx context.Context) (*graph.KG, error) {
		if first {
			first = false // the build at start-up
			return inner(ctx)
		}
		started <- struct{}{}
		<-release
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return inner(ctx)
	}
}

// TestRebuildClientDisconnects closes the client's side (the request's
// context) while a rebuild runs: the rebuild goes on, applies the
// pending decision, saves and swaps the graph in.
func TestRebuildClientDisconnects(t *testing.T) {
	dir := t.TempDir()
	review, out := filepath.Join(dir, "review.json"), filepath.Join(dir, "out")
	started, release := make(chan struct{}), make(chan struct{})
	h, err := New(Config{Build: gatedBuild(review, started, release), ReviewPath: review, Save: saveJSONLD(out), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	if w := serve(h, "POST", "/api/review", `{"op":"rename","entities":["city-muscat"],"name":"Muscat City"}`); w.Code != 201 {
		t.Fatalf("review: %d %s", w.Code, w.Body)
	}
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequest("POST", "/api/rebuild", nil).WithContext(ctx)
	req.Host = "127.0.0.1:8080"
	req.Header.Set(TokenHeader, testToken)
	done := make(chan *httptest.ResponseRecorder)
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		done <- w
	}()
	<-started
	cancel() // the tab is closed
	close(release)
	w := <-done
	if w.Code != 200 {
		t.Fatalf("rebuild after the client left: %d %s", w.Code, w.Body)
	}
	var g struct {
		Entities []graph.Entity
		Build    struct{ Generation, Decisions int }
	}
	json.Unmarshal(serve(h, "GET", "/api/graph", "").Body.Bytes(), &g)
	if len(g.Entities) != 7 || g.Build.Generation != 2 || g.Build.Decisions != 1 {
		t.Errorf("served graph: %d entities, build %+v; want 7 entities from generation 2 with 1 decision", len(g.Entities), g.Build)
	}
	b, err := os.ReadFile(filepath.Join(out, "graph.jsonld"))
	if err != nil || !strings.Contains(string(b), `"Muscat City"`) {
		t.Errorf("out/graph.jsonld does not hold the rebuilt graph (%v)", err)
	}
}

// TestRebuildCancelledKeepsEverything: a rebuild that runs out of time,
// or whose server shuts down, swaps nothing and writes nothing, even
// when the build returns a graph (an empty one, as a build cut short
// would) with no error.
func TestRebuildCancelledKeepsEverything(t *testing.T) {
	for _, tc := range []struct {
		name    string
		timeout time.Duration
		stop    bool
		status  int
	}{
		{"server limit", 30 * time.Millisecond, false, http.StatusServiceUnavailable},
		{"server stops", time.Hour, true, http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			review, out := filepath.Join(dir, "review.json"), filepath.Join(dir, "out")
			base, stop := context.WithCancel(context.Background())
			defer stop()
			first := true
			build := func(ctx context.Context) (*graph.KG, error) {
				if first {
					first = false
					return fixtureKG(), nil
				}
				if tc.stop {
					stop()
				}
				<-ctx.Done()
				return &graph.KG{}, nil // what the old build returned
			}
			h, err := New(Config{Build: build, ReviewPath: review, Save: saveJSONLD(out), Token: testToken, Context: base, RebuildTimeout: tc.timeout})
			if err != nil {
				t.Fatal(err)
			}
			before := graphtest.Tree(t, dir)
			graphBefore := serve(h, "GET", "/api/graph", "").Body.String()
			w := serve(h, "POST", "/api/rebuild", "")
			if w.Code != tc.status || !strings.Contains(w.Body.String(), "unchanged") {
				t.Errorf("status %d, want %d: %s", w.Code, tc.status, w.Body)
			}
			if got := graphtest.Tree(t, dir); !reflect.DeepEqual(got, before) {
				t.Errorf("files changed: %v", got)
			}
			if got := serve(h, "GET", "/api/graph", "").Body.String(); got != graphBefore {
				t.Errorf("the served graph changed")
			}
		})
	}
}

// TestFilterDocumentWithComma filters by document ids that hold commas:
// a whole id matches first, and the parameter may repeat.
func TestFilterDocumentWithComma(t *testing.T) {
	rename := func() *graph.KG {
		g := fixtureKG()
		graphtest.RenameDoc(g, "en-1", "Reuters, report (1).txt")
		return g
	}
	dir := t.TempDir()
	h, err := New(Config{Build: reviewBuild(rename, filepath.Join(dir, "review.json"), nil), ReviewPath: filepath.Join(dir, "review.json"), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query string
		code  int
		want  string
	}{
		{"docs=Reuters%2C%20report%20(1).txt", 200, `"counts":{"entities":7,"facts":5}`},
		{"docs=ar-1", 200, `"counts":{"entities":3,"facts":2}`},
		{"docs=ar-1&docs=Reuters%2C%20report%20(1).txt", 200, `"counts":{"entities":7,"facts":7}`},
		{"docs=Reuters", 400, "unknown document"},
	} {
		w := serve(h, "GET", "/api/graph?"+tc.query, "")
		if w.Code != tc.code || !strings.Contains(w.Body.String(), tc.want) {
			t.Errorf("%s: %d %s, want %d with %s", tc.query, w.Code, regexp.MustCompile(`"counts":{[^}]*}|"error":"[^"]*"`).FindString(w.Body.String()), tc.code, tc.want)
		}
	}
}

// TestBrowserHostileData drives the app in chromium over a graph with a
// javascript: article URL and a right-to-left override in an evidence
// sentence: the URL is no link, the override is shown as [U+202E], and
// a page opened without the token says what is wrong.
func TestBrowserHostileData(t *testing.T) {
	ctx := browser(t)
	hostile := func() *graph.KG {
		g := fixtureKG()
		for i := range g.Docs {
			if g.Docs[i].ID == "ar-1" {
				g.Docs[i].URL = "javascript:alert(document.domain)"
			}
		}
		for _, f := range g.Facts {
			if f.ID == gromovMuscat {
				f.Evidence[0].Text += " \u202Etxt.exe"
				f.Evidence[0].URL = "JavaScript:alert(1)"
			}
		}
		return g
	}
	dir := t.TempDir()
	review := filepath.Join(dir, "review.json")
	h, err := New(Config{Build: reviewBuild(hostile, review, nil), ReviewPath: review, Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	do(ctx, t, "load", chromedp.Navigate(srv.URL+"/?token="+testToken), waitReady(1),
		chromedp.Evaluate[chromedp.Void](`void kgShow("node", "person-pavel-gromov")`),
		chromedp.WaitVisible(chromedp.CSS(`#entityName[data-id="person-pavel-gromov"]`)))
	if n := eval[int](ctx, t, `document.querySelectorAll('#details a[href="https://example.org/en-1"]').length`); n != 1 {
		t.Errorf("the https source is %d links, want 1", n)

	}
	if n := eval[int](ctx, t, `[...document.querySelectorAll('#details a')].filter((a) => !/^https?:/.test(a.href)).length`); n != 0 {
		t.Errorf("%d links that are not http(s)", n)
	}
	do(ctx, t, "evidence", chromedp.Evaluate[chromedp.Void](`void kgShow("edge", "`+gromovMuscat+`")`),
		chromedp.WaitVisible(chromedp.CSS(`#factTitle[data-id="`+gromovMuscat+`"]`)))
	ev := text(ctx, t, `#details .ev`)
	if !strings.Contains(ev, "[U+202E]txt.exe") || strings.ContainsRune(ev, '\u202E') {
		t.Errorf("the override is not shown as [U+202E]: %q", ev)
	}
	if n := eval[int](ctx, t, `[...document.querySelectorAll('#details a')].filter((a) => !/^https?:/.test(a.href)).length`); n != 0 {
		t.Errorf("%d links that are not http(s) in the evidence", n)
	}

	do(ctx, t, "load without the token", chromedp.Navigate(srv.URL+"/"),
		chromedp.Evaluate[chromedp.Void](`sessionStorage.clear()`), chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(`#toast.err`)))
	if s := text(ctx, t, `#toast`); !strings.Contains(s, "token") {
		t.Errorf("without the token the page says %q", s)
	}
}

// TestDecisionBounds posts decisions with a field over its bound: each is
// refused, naming the field, and nothing is written.
func TestDecisionBounds(t *testing.T) {
	f := newFixture(t, false)
	long := func(n int) string { return strings.Repeat("x", n) }
	many := func(n int) string {
		var s []string
		for i := 0; i < n; i++ {
			s = append(s, `"Muscat"`)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct{ name, body, want string }{
		{"entity id", `{"op":"same-as","entities":["city-muscat","` + long(600) + `"]}`, "decision.Entities[1] is too long"},
		{"fact id", `{"op":"reject","fact":"` + long(600) + `"}`, "decision.Fact is too long"},
		{"type", `{"op":"retype","entities":["city-muscat"],"type":"` + long(600) + `"}`, "decision.Type is too long"},
		{"form", `{"op":"split","entities":["city-muscat"],"forms":["` + long(600) + `"]}`, "decision.Forms[0] is too long"},
		{"forms", `{"op":"split","entities":["city-muscat"],"forms":[` + many(300) + `]}`, "decision.Forms has too many items"},
		{"note", `{"op":"reject","fact":"` + gromovMuscat + `","note":"` + long(3000) + `"}`, "decision.Note is too long"},
		{"op", `{"op":"` + long(600) + `","fact":"x"}`, "decision.Op is too long"},
		{"time", `{"op":"reject","fact":"` + gromovMuscat + `","time":"` + long(600) + `"}`, "decision.Time is too long"},
	} {
		w := f.do(t, "POST", "/api/review", tc.body)
		if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), tc.want) {
			t.Errorf("%s: %d %.200s, want 422 with %q", tc.name, w.Code, w.Body, tc.want)
		}
	}
	if _, err := os.Stat(f.review); err == nil {
		t.Error("a refused decision was written")
	}
	if w := f.do(t, "POST", "/api/review", `{"op":"reject","fact":"`+gromovMuscat+`","note":"`+long(1500)+`"}`); w.Code != 201 {
		t.Errorf("a note of 1,500 bytes: %d %s", w.Code, w.Body)
	}
}

// TestDecisionTimeIsTheServers: the time a client sends is replaced by
// the server's clock.
func TestDecisionTimeIsTheServers(t *testing.T) {
	f := newFixture(t, false)
	before := time.Now().UTC().Add(-time.Second)
	w := f.do(t, "POST", "/api/review", `{"op":"reject","fact":"`+gromovMuscat+`","time":"1999-12-31T23:59:59Z"}`)
	if w.Code != 201 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	r, err := graph.LoadReview(f.review)
	if err != nil || len(r.Decisions) != 1 {
		t.Fatalf("%v %+v", err, r)
	}
	at, err := time.Parse(time.RFC3339, r.Decisions[0].Time)
	if err != nil || at.Before(before) || at.After(time.Now().Add(time.Second)) {
		t.Errorf("decision time %q, want the server's now (%v)", r.Decisions[0].Time, before)
	}
}
