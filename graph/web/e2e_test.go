package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newskg/graph"
	"newskg/graph/jsonld"
)

// browser starts a headless chromium for the test, or skips when there is
// none, except under CI, where a missing browser fails the test.
func browser(t testing.TB) context.Context {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium found: CI must run the browser tests (install it with .ci/chromium.sh)")
		}
		t.Skip("no chromium, chromium-browser or google-chrome on PATH; skipping the browser test")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("headless", "new"),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("lang", "en-GB"),
		chromedp.WindowSize(1400, 900),
		// chromium leaves its singleton socket folder in TMPDIR after
		// it exits: give it the test's own, which the test removes
		chromedp.Env("TMPDIR="+t.TempDir()),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// a bound on a hung browser, not a speed target: a machine loaded
	// by other builds took over 90 s for the whole review once
	ctx, cancel3 := context.WithTimeout(ctx, 240*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// waitReady waits until the app has drawn the graph n times in all.
func waitReady(draws int) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`window.kgDraws >= `+strconv.Itoa(draws), chromedp.WithPollingTimeout(30*time.Second))(ctx, t)
		return err
	})
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](ctx context.Context, t *testing.T, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func text(ctx context.Context, t *testing.T, css string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("text of %s: %v", css, err)
	}
	return v
}

func do(ctx context.Context, t *testing.T, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("KG_SCREENSHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserReview drives the app in chromium: search by an Arabic name,
// open an edge's evidence, reject a relation, merge two entities, rebuild,
// reload, and find both corrections in the page and in out/graph.jsonld.
func TestBrowserReview(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	review := filepath.Join(dir, "review.json")
	out := filepath.Join(dir, "out")
	h, err := New(Config{Build: reviewBuild(fixtureKG, review, nil), ReviewPath: review, Save: saveJSONLD(out), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	rejected := graph.FactID("person-pavel-gromov", graph.LocatedIn, "city-muscat", "")
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	do(ctx, t, "load", chromedp.Navigate(srv.URL+"/?token="+testToken), waitReady(1))
	if n := eval[int](ctx, t, `kgCy.nodes().length`); n != 7 {
		t.Fatalf("load: want 7 nodes drawn, got %d", n)
	}
	screenshot(t, ctx, "graph")

	// The server placed the nodes; Relayout lays them out again with
	// fcose, which loads on first use.
	do(ctx, t, "relayout", chromedp.Click(css(`#relayout`)), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`window.kgRelayouts >= 1`, chromedp.WithPollingTimeout(30*time.Second))(ctx, tg)
		return err
	}))
	if n := eval[int](ctx, t, `kgCy.nodes().length`); n != 7 {
		t.Fatalf("relayout: want 7 nodes, got %d", n)
	}

	do(ctx, t, "search by Arabic name",
		chromedp.SendKeys(css(`#q`), "غروموف"),
		chromedp.WaitVisible(css(`#results li[data-id="person-pavel-gromov"]`)),
		chromedp.Click(css(`#results li[data-id="person-pavel-gromov"]`)),
		chromedp.WaitVisible(css(`#entityName[data-id="person-pavel-gromov"]`)),
		waitReady(2))
	if d := text(ctx, t, `#details`); !strings.Contains(d, "بافل غروموف") || !strings.Contains(d, "transliteration") {
		t.Fatalf("entity panel lacks the Arabic name or the merge reason: %s", d)
	}
	screenshot(t, ctx, "entity")

	do(ctx, t, "open an edge's evidence",
		chromedp.Evaluate[chromedp.Void](`void kgCy.getElementById("`+rejected+`").emit("tap")`),
		chromedp.WaitVisible(css(`#factTitle[data-id="`+rejected+`"]`)))
	if s := text(ctx, t, `#details .ev mark.subject`); s != "بافل غروموف" {
		t.Fatalf("subject highlight is %q", s)
	}
	if s := text(ctx, t, `#details .ev mark.object`); s != "مسقط" {
		t.Fatalf("object highlight is %q", s)
	}
	screenshot(t, ctx, "evidence")

	do(ctx, t, "reject the relation",
		chromedp.Click(css(`#rejectBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-status="pending"]`)))

	do(ctx, t, "merge two entities",
		chromedp.Evaluate[chromedp.Void](`void kgShow("node", "person-martin-kessler")`),
		chromedp.WaitVisible(css(`#entityName[data-id="person-martin-kessler"]`)),
		chromedp.SendKeys(css(`#mergeQ`), "Kesslar"),
		chromedp.WaitVisible(css(`#mergeHits li[data-id="person-kesslar"]`)),
		chromedp.Click(css(`#mergeHits li[data-id="person-kesslar"]`)),
		chromedp.Click(css(`#mergeBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="same-as"][data-status="pending"]`)))
	screenshot(t, ctx, "pending")

	// The other kinds of correction, through the same forms.
	heldIn := graph.FactID("event-muscat-talks", graph.HeldIn, "city-muscat", "")
	do(ctx, t, "accept a relation",
		chromedp.Evaluate[chromedp.Void](`void kgShow("edge", "`+heldIn+`")`),
		chromedp.WaitVisible(css(`#factTitle[data-id="`+heldIn+`"]`)),
		chromedp.Click(css(`#acceptBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="accept"]`)))
	do(ctx, t, "rename and retype",
		chromedp.Evaluate[chromedp.Void](`void kgShow("node", "event-muscat-talks")`),
		chromedp.WaitVisible(css(`#entityName[data-id="event-muscat-talks"]`)),
		chromedp.SetValue(css(`#renameInput`), "محادثات مسقط"),
		chromedp.Click(css(`#renameBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="rename"]`)),
		chromedp.SetValue(css(`#retypeSel`), "Place"),
		chromedp.Click(css(`#retypeBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="retype"]`)))
	do(ctx, t, "split",
		chromedp.Evaluate[chromedp.Void](`void kgShow("node", "person-pavel-gromov")`),
		chromedp.WaitVisible(css(`#entityName[data-id="person-pavel-gromov"]`)),
		chromedp.Click(css(`#splitForms input[value="Gromov"]`)),
		chromedp.Click(css(`#splitBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="split"]`)))

	do(ctx, t, "rebuild and reload",
		chromedp.Click(css(`#rebuild`)),
		chromedp.WaitVisible(css(`#pending li[data-op="same-as"][data-status="applied"]`)),
		chromedp.Navigate(srv.URL), // a fresh visit: a reload would keep the focus in the URL
		waitReady(1),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-status="applied"]`)),
		chromedp.WaitVisible(css(`#pending li[data-op="same-as"][data-status="applied"]`)))
	if n := eval[int](ctx, t, `kgCy.nodes().length`); n != 7 {
		t.Fatalf("after the merge and the split want 7 nodes, got %d", n)
	}
	if gone := eval[bool](ctx, t, `kgCy.getElementById("person-kesslar").length === 0 && kgCy.getElementById("`+rejected+`").length === 0`); !gone {
		t.Fatal("merged-away node or rejected edge still drawn after reload")
	}
	screenshot(t, ctx, "applied")

	// The corrections reached the review file and the rebuilt graph.
	r, err := graph.LoadReview(review)
	if err != nil || len(r.Decisions) != 6 {
		t.Fatalf("review file: %v, %+v", err, r)
	}
	f, err := os.Open(filepath.Join(out, "graph.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := jsonld.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	g.Normalize()
	if g.Entity("person-kesslar") != nil || g.Entity("person-martin-kessler") == nil {
		t.Error("out/graph.jsonld does not show the merge")
	}
	for _, fa := range g.Facts {
		if fa.ID == rejected {
			t.Error("out/graph.jsonld still has the rejected fact")
		}
		if fa.ID == heldIn && fa.Confidence != 1 {
			t.Error("out/graph.jsonld does not show the accepted fact")
		}
	}
	if e := g.Entity("event-muscat-talks"); e == nil || e.Name != "محادثات مسقط" || e.Type != graph.Place {
		t.Errorf("out/graph.jsonld does not show the rename and retype: %+v", e)
	}
	split := false
	for _, e := range g.Entities {
		split = split || strings.HasPrefix(e.ID, "person-gromov-") && e.Name == "Gromov"
	}
	if !split || len(g.Entity("person-pavel-gromov").Aliases) != 2 {
		t.Error("out/graph.jsonld does not show the split")
	}
}
