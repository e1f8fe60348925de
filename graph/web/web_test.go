package web

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"newskg/graph"
)

type fixture struct {
	dir, review, out string
	h                http.Handler
	calls            atomic.Int32
	rendered         atomic.Pointer[graph.KG]
}

func newFixture(t *testing.T, render bool) *fixture {
	t.Helper()
	f := &fixture{dir: t.TempDir()}
	f.review = filepath.Join(f.dir, "review.json")
	f.out = filepath.Join(f.dir, "out")
	cfg := Config{Build: reviewBuild(fixtureKG, f.review, &f.calls), ReviewPath: f.review, Save: saveJSONLD(f.out), Token: testToken}
	if render {
		cfg.Render = func(ctx context.Context, g *graph.KG, format string) ([]byte, error) {
			f.rendered.Store(g)
			return []byte("digraph {} // " + format), nil
		}
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.h = h
	return f
}

func (f *fixture) do(t *testing.T, method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	return serve(f.h, method, target, body, hdr...)
}

// files lists the files under dir, relative to it.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			r, _ := filepath.Rel(dir, p)
			out = append(out, r)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

var (
	gromovMuscat = graph.FactID("person-pavel-gromov", graph.LocatedIn, "city-muscat", "")
)

func TestRoutes(t *testing.T) {
	big := `{"op":"rename","entities":["city-muscat"],"name":"` + strings.Repeat("x", MaxBodyBytes) + `"}`
	tests := []struct {
		name, method, target, body string
		hdr                        []string
		code                       int
		want                       string // a substring of the body
	}{
		{"app", "GET", "/", "", nil, 200, "cytoscape.min.js"},
		{"app script", "GET", "/static/app.js", "", nil, 200, "kgReady"},
		{"vendored library", "GET", "/static/vendor/cytoscape.min.js", "", nil, 200, "cytoscape"},
		{"no such file", "GET", "/static/nope.js", "", nil, 404, ""},
		{"no such page", "GET", "/nope", "", nil, 404, ""},
		{"no such API route", "GET", "/api/nope", "", nil, 404, "no such API route"},
		{"graph", "GET", "/api/graph", "", nil, 200, `"person-pavel-gromov"`},
		{"graph by type", "GET", "/api/graph?types=City,Event", "", nil, 200, `"counts":{"entities":2,"facts":1}`},
		{"graph by predicate", "GET", "/api/graph?preds=represents", "", nil, 200, `"counts":{"entities":4,"facts":2}`},
		{"graph by document", "GET", "/api/graph?docs=ar-1", "", nil, 200, `"counts":{"entities":3,"facts":2}`},
		{"graph by confidence", "GET", "/api/graph?minConf=0.85", "", nil, 200, `"counts":{"entities":6,"facts":3}`},
		{"graph by sources", "GET", "/api/graph?minSources=2", "", nil, 200, `"counts":{"entities":0,"facts":0}`},
		{"graph ego network", "GET", "/api/graph?focus=country-russia&hops=2", "", nil, 200, `"counts":{"entities":6,"facts":6}`},
		{"graph unknown type", "GET", "/api/graph?types=Planet", "", nil, 400, "unknown entity type"},
		{"graph unknown predicate", "GET", "/api/graph?preds=likes", "", nil, 400, "unknown predicate"},
		{"graph unknown document", "GET", "/api/graph?docs=zz", "", nil, 400, "unknown document"},
		{"graph bad confidence", "GET", "/api/graph?minConf=2", "", nil, 400, "minConf"},
		{"graph bad sources", "GET", "/api/graph?minSources=x", "", nil, 400, "minSources"},
		{"graph bad hops", "GET", "/api/graph?focus=city-muscat&hops=0", "", nil, 400, "hops"},
		{"graph unknown focus", "GET", "/api/graph?focus=person-nobody", "", nil, 404, "unknown entity"},
		{"graph wrong method", "POST", "/api/graph", "", nil, 405, ""},
		{"search Arabic", "GET", "/api/search?q=" + urlq("غروموف"), "", nil, 200, `"id":"person-pavel-gromov"`},
		{"search Arabic with diacritics", "GET", "/api/search?q=" + urlq("مَسْقَط"), "", nil, 200, `"id":"city-muscat"`},
		{"search Latin any case", "GET", "/api/search?q=KESSLER", "", nil, 200, `"id":"person-martin-kessler"`},
		{"search a spelling never seen", "GET", "/api/search?q=Kesseler", "", nil, 200, `"id":"person-martin-kessler"`},
		{"search by sound across scripts", "GET", "/api/search?q=" + urlq("غروموفف"), "", nil, 200, `"how":"sound"`},
		{"search empty", "GET", "/api/search?q=", "", nil, 200, "[]"},
		{"search too long", "GET", "/api/search?q=" + strings.Repeat("a", 300), "", nil, 400, "too long"},
		{"search bad limit", "GET", "/api/search?q=a&limit=0", "", nil, 400, "limit"},
		{"entity", "GET", "/api/entity/person-pavel-gromov", "", nil, 200, `"ar":[{"text":"بافل غروموف"`},
		{"entity merges", "GET", "/api/entity/person-pavel-gromov", "", nil, 200, `"rule":"transliteration"`},
		{"entity unknown", "GET", "/api/entity/person-nobody", "", nil, 404, "unknown entity"},
		{"entity wrong method", "DELETE", "/api/entity/city-muscat", "", nil, 405, ""},
		{"fact", "GET", "/api/fact/" + gromovMuscat, "", nil, 200, `{"text":"بافل غروموف","mark":"subject"}`},
		{"fact unknown", "GET", "/api/fact/rel-000000000000", "", nil, 404, "unknown fact"},
		{"export without renderer", "GET", "/api/export?format=dot", "", nil, 501, "no dot renderer"},
		{"export bad format", "GET", "/api/export?format=png", "", nil, 400, "format"},
		{"export bad filter", "GET", "/api/export?format=svg&focus=nobody", "", nil, 404, "unknown entity"},
		{"review list", "GET", "/api/review", "", nil, 200, `"decisions":[]`},
		{"review wrong method", "PUT", "/api/review", "{}", nil, 405, ""},
		{"review malformed", "POST", "/api/review", `{"op":`, nil, 400, "malformed"},
		{"review not an object", "POST", "/api/review", `[1,2]`, nil, 400, "malformed"},
		{"review unknown field", "POST", "/api/review", `{"op":"reject","fact":"` + gromovMuscat + `","x":1}`, nil, 400, "unknown field"},
		{"review two objects", "POST", "/api/review", `{"op":"reject","fact":"` + gromovMuscat + `"}{}`, nil, 400, "one JSON object"},
		{"review empty body", "POST", "/api/review", ``, nil, 400, "malformed"},
		{"review too large", "POST", "/api/review", big, nil, 413, "larger than"},
		{"review unknown op", "POST", "/api/review", `{"op":"delete","fact":"x"}`, nil, 422, "unknown op"},
		{"review rename without name", "POST", "/api/review", `{"op":"rename","entities":["city-muscat"]}`, nil, 422, "needs one entity and a name"},
		{"review rename blank", "POST", "/api/review", `{"op":"rename","entities":["city-muscat"],"name":"  "}`, nil, 422, "blank"},
		{"review retype bad type", "POST", "/api/review", `{"op":"retype","entities":["city-muscat"],"type":"Planet"}`, nil, 422, "valid type"},
		{"review same-as one entity", "POST", "/api/review", `{"op":"same-as","entities":["city-muscat"]}`, nil, 422, "two or more"},
		{"review same-as twice the same", "POST", "/api/review", `{"op":"same-as","entities":["city-muscat","city-muscat"]}`, nil, 422, "named twice"},
		{"review unknown entity", "POST", "/api/review", `{"op":"same-as","entities":["city-muscat","city-atlantis"]}`, nil, 404, "unknown entity"},
		{"review unknown fact", "POST", "/api/review", `{"op":"reject","fact":"rel-000000000000"}`, nil, 404, "unknown fact"},
		{"review fact with entities", "POST", "/api/review", `{"op":"accept","fact":"` + gromovMuscat + `","entities":["city-muscat"]}`, nil, 422, "names a fact only"},
		{"review split unknown form", "POST", "/api/review", `{"op":"split","entities":["city-muscat"],"forms":["Jeddah"]}`, nil, 422, "not a form"},
		{"review split every form", "POST", "/api/review", `{"op":"split","entities":["city-muscat"],"forms":["Muscat","مسقط"]}`, nil, 422, "must stay"},
		{"review wrong content type", "POST", "/api/review", `{}`, []string{"Content-Type", "text/plain"}, 415, "application/json"},
		{"review cross-origin", "POST", "/api/review", `{}`, []string{"Origin", "http://evil.example"}, 403, "cross-origin"},
		{"rebuild wrong method", "GET", "/api/rebuild", "", nil, 405, ""},
	}
	f := newFixture(t, false)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := f.do(t, tc.method, tc.target, tc.body, tc.hdr...)
			if w.Code != tc.code {
				t.Fatalf("%s %s: status %d, want %d: %s", tc.method, tc.target, w.Code, tc.code, w.Body)
			}
			if !strings.Contains(w.Body.String(), tc.want) {
				t.Fatalf("%s %s: body lacks %q: %.400s", tc.method, tc.target, tc.want, w.Body)
			}
			if w.Code >= 400 && strings.HasPrefix(tc.target, "/api/") && w.Code != 405 {
				var e struct{ Error string }
				if json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error == "" {
					t.Fatalf("error response is not JSON with a message: %s", w.Body)
				}
			}
		})
	}
	// None of the bad requests wrote anything: the review file does not
	// exist yet, and only the build's output is there.
	if got, want := files(t, f.dir), []string{"out/" + graph.ManifestName, "out/graph.jsonld"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("files after the bad requests: %v, want %v", got, want)
	}
}

func urlq(s string) string { return strings.NewReplacer(" ", "%20").Replace(s) }

func TestExportIsTheCurrentView(t *testing.T) {
	f := newFixture(t, true)
	for _, tc := range []struct {
		query    string
		entities int
	}{
		{"", 7},
		{"&types=Person", 3},
		{"&focus=country-united-states&hops=1", 2},
		{"&focus=country-united-states&hops=2", 3},
		{"&focus=country-united-states&hops=3", 7},
	} {
		w := f.do(t, "GET", "/api/export?format=svg"+tc.query, "")
		if w.Code != 200 || w.Header().Get("Content-Type") != "image/svg+xml" || !strings.Contains(w.Header().Get("Content-Disposition"), "kg-view.svg") {
			t.Fatalf("%s: %d %v", tc.query, w.Code, w.Header())
		}
		g := f.rendered.Load()
		var view struct{ Entities []struct{ ID string } }
		json.Unmarshal(f.do(t, "GET", "/api/graph?"+strings.TrimPrefix(tc.query, "&"), "").Body.Bytes(), &view)
		if len(g.Entities) != tc.entities || len(view.Entities) != tc.entities {
			t.Fatalf("%s: rendered %d entities, view %d, want %d", tc.query, len(g.Entities), len(view.Entities), tc.entities)
		}
	}
}

func TestReviewRoundTrip(t *testing.T) {
	f := newFixture(t, false)
	decisions := []string{
		`{"op":"reject","fact":"` + gromovMuscat + `"}`,
		`{"op":"accept","fact":"` + graph.FactID("event-muscat-talks", graph.HeldIn, "city-muscat", "") + `"}`,
		`{"op":"same-as","entities":["person-martin-kessler","person-kesslar"],"note":"same envoy"}`,
		`{"op":"rename","entities":["event-muscat-talks"],"name":"Muscat peace talks"}`,
		`{"op":"retype","entities":["event-muscat-talks"],"type":"Place"}`,
		`{"op":"split","entities":["person-pavel-gromov"],"forms":["Gromov"]}`,
		`{"op":"not-same-as","entities":["country-russia","country-united-states"]}`,
	}
	for i, d := range decisions {
		w := f.do(t, "POST", "/api/review", d)
		if w.Code != http.StatusCreated {
			t.Fatalf("decision %d: %d %s", i, w.Code, w.Body)
		}
		if !strings.Contains(w.Body.String(), `"status":"pending"`) {
			t.Fatalf("decision %d not pending: %s", i, w.Body)
		}
	}
	var list struct {
		Applied, Pending int
		Decisions        []struct {
			Status    string
			Reflected bool
			Time      string
		}
	}
	json.Unmarshal(f.do(t, "GET", "/api/review", "").Body.Bytes(), &list)
	if list.Pending != len(decisions) || list.Applied != 0 || list.Decisions[0].Time == "" {
		t.Fatalf("before rebuild: %+v", list)
	}
	if w := f.do(t, "POST", "/api/rebuild", ""); w.Code != 200 {
		t.Fatalf("rebuild: %d %s", w.Code, w.Body)
	}
	json.Unmarshal(f.do(t, "GET", "/api/review", "").Body.Bytes(), &list)
	if list.Pending != 0 || list.Applied != len(decisions) {
		t.Fatalf("after rebuild: %+v", list)
	}
	for i, d := range list.Decisions {
		if d.Status != "applied" || !d.Reflected {
			t.Errorf("decision %d: %+v", i, d)
		}
	}
	// Every kind of correction is in out/graph.jsonld.
	b, err := os.ReadFile(filepath.Join(f.out, "graph.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"name": "Muscat peace talks"`, `"review:same-as"`, `"review:split"`, `"e:person-gromov-`} {
		if !strings.Contains(s, want) {
			t.Errorf("graph.jsonld lacks %s", want)
		}
	}
	for _, gone := range []string{`"f:` + gromovMuscat + `"`, `"e:person-kesslar"`} {
		if strings.Contains(s, gone) {
			t.Errorf("graph.jsonld still has %s", gone)
		}
	}
	if got, want := files(t, f.dir), []string{"out/" + graph.ManifestName, "out/graph.jsonld", "review.json"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("files: %v, want %v (no temporary files left)", got, want)
	}
	// The saved review file loads and holds the decisions in order.
	r, err := graph.LoadReview(f.review)
	if err != nil || len(r.Decisions) != len(decisions) || r.Decisions[2].Note != "same envoy" {
		t.Fatalf("review file: %v %+v", err, r)
	}
	// A decision naming the merged-away entity is now refused.
	if w := f.do(t, "POST", "/api/review", `{"op":"rename","entities":["person-kesslar"],"name":"X"}`); w.Code != 404 {
		t.Fatalf("decision on a merged-away entity: %d", w.Code)
	}
}

func TestRebuildFailureKeepsTheGraph(t *testing.T) {
	dir := t.TempDir()
	var fail atomic.Bool
	h, err := New(Config{
		Build: func(ctx context.Context) (*graph.KG, error) {
			if fail.Load() {
				return nil, errors.New("extractor exploded")
			}
			return fixtureKG(), nil
		},
		ReviewPath: filepath.Join(dir, "review.json"),
		Token:      testToken,
	})
	if err != nil {
		t.Fatal(err)
	}
	fail.Store(true)
	w := serve(h, "POST", "/api/rebuild", "")
	if w.Code != 500 || !strings.Contains(w.Body.String(), "extractor exploded") {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	w = serve(h, "GET", "/api/entity/city-muscat", "")
	if w.Code != 200 {
		t.Fatalf("graph lost after a failed rebuild: %d", w.Code)
	}
	if got := files(t, dir); len(got) != 0 {
		t.Fatalf("wrote %v with no Save", got)
	}
}

func TestNewChecksConfig(t *testing.T) {
	if _, err := New(Config{ReviewPath: "r.json", Token: testToken}); err == nil {
		t.Error("no Build accepted")
	}
	if _, err := New(Config{Build: func(context.Context) (*graph.KG, error) { return fixtureKG(), nil }, Token: testToken}); err == nil {
		t.Error("no ReviewPath accepted")
	}
	if _, err := New(Config{ReviewPath: "r.json", Build: func(context.Context) (*graph.KG, error) { return nil, errors.New("no") }, Token: testToken}); err == nil {
		t.Error("failed build accepted")
	}
	if _, err := New(Config{ReviewPath: "r.json", Build: func(context.Context) (*graph.KG, error) { return fixtureKG(), nil }}); err == nil {
		t.Error("no Token accepted")
	}
}

// TestConcurrentSwap reads the graph while rebuilds swap it and decisions
// are posted; run with -race.
func TestConcurrentSwap(t *testing.T) {
	f := newFixture(t, false)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 15; j++ {
				switch (i + j) % 5 {
				case 0:
					f.do(t, "POST", "/api/rebuild", "")
				case 1:
					f.do(t, "GET", "/api/graph?focus=city-muscat&hops=2", "")
				case 2:
					f.do(t, "POST", "/api/review", `{"op":"accept","fact":"`+graph.FactID("event-muscat-talks", graph.HeldIn, "city-muscat", "")+`"}`)
				case 3:
					f.do(t, "GET", "/api/search?q=muscat", "")
				case 4:
					f.do(t, "GET", "/api/review", "")
				}
			}
		}(i)
	}
	wg.Wait()
	r, err := graph.LoadReview(f.review)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; i < 4; i++ {
		for j := 0; j < 15; j++ {
			if (i+j)%5 == 2 {
				n++
			}
		}
	}
	if len(r.Decisions) != n {
		t.Fatalf("review file has %d decisions, want %d: writes were lost", len(r.Decisions), n)
	}
}

func TestMarkSentence(t *testing.T) {
	tests := []struct {
		name string
		ev   graph.Evidence
		want []Part
	}{
		{"Arabic runes", ev("d", arSent2, 90, "بافل غروموف", "مسقط", 1),
			[]Part{{"وصل ", ""}, {"بافل غروموف", "subject"}, {" إلى ", ""}, {"مسقط", "object"}, {" يوم الاثنين.", ""}}},
		{"object first", ev("d", "Muscat hosted Gromov.", 5, "Gromov", "Muscat", 1),
			[]Part{{"Muscat", "object"}, {" hosted ", ""}, {"Gromov", "subject"}, {".", ""}}},
		{"offsets outside the sentence", graph.Evidence{Text: "abc", Start: 10, End: 13, SubjectStart: 0, SubjectEnd: 2, ObjectStart: 12, ObjectEnd: 20},
			[]Part{{"abc", ""}}},
		{"overlap keeps the subject", graph.Evidence{Text: "abcd", Start: 0, End: 4, SubjectStart: 0, SubjectEnd: 2, ObjectStart: 1, ObjectEnd: 3},
			[]Part{{"ab", "subject"}, {"c", "object"}, {"d", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := markSentence(tc.ev); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGraphPositions checks that /api/graph places every entity of the
// view, that a filtered view is laid out on its own, and that a rebuild
// drops the old layouts.
func TestGraphPositions(t *testing.T) {
	f := newFixture(t, false)
	get := func(target string) graphOut {
		t.Helper()
		w := f.do(t, "GET", target, "")
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		var out graphOut
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if len(out.Positions) != len(out.Entities) {
			t.Fatalf("%s: %d positions for %d entities", target, len(out.Positions), len(out.Entities))
		}
		for _, e := range out.Entities {
			if _, ok := out.Positions[e.ID]; !ok {
				t.Fatalf("%s: no position for %s", target, e.ID)
			}
		}
		return out
	}
	all := get("/api/graph")
	if again := get("/api/graph"); !reflect.DeepEqual(all.Positions, again.Positions) {
		t.Error("the same view was placed differently")
	}
	focus := get("/api/graph?focus=person-martin-kessler")
	if len(focus.Positions) >= len(all.Positions) {
		t.Errorf("focused view has %d positions, the whole graph %d", len(focus.Positions), len(all.Positions))
	}
	// Merge Kesslar into Kessler and rebuild: the merged-away entity is no
	// longer placed.
	if w := f.do(t, "POST", "/api/review", `{"op":"same-as","entities":["person-martin-kessler","person-kesslar"]}`); w.Code != 201 {
		t.Fatalf("review: %d %s", w.Code, w.Body)
	}
	if w := f.do(t, "POST", "/api/rebuild", ""); w.Code != 200 {
		t.Fatalf("rebuild: %d %s", w.Code, w.Body)
	}
	after := get("/api/graph")
	if _, ok := after.Positions["person-kesslar"]; ok || len(after.Positions) != len(all.Positions)-1 {
		t.Errorf("after the merge: %d positions, kesslar placed: %v", len(after.Positions), ok)
	}
}
