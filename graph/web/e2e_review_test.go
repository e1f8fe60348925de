package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newskg/graph"
)

// TestBrowserSharedViewAndUndo opens a shared URL (focus, hops, filters,
// the selected entity, and a parameter the app does not own), finds the
// view restored, changes a filter and reloads, then undoes a pending
// decision and revokes an applied one.
func TestBrowserSharedViewAndUndo(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	review := filepath.Join(dir, "review.json")
	h, err := New(Config{Build: reviewBuild(fixtureKG, review, nil), ReviewPath: review, Save: saveJSONLD(filepath.Join(dir, "out")), Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	poll := func(expr string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
			return err
		})
	}

	shared := srv.URL + "/?focus=person-pavel-gromov&hops=2&types=Person,Country,Event&sel=e:person-martin-kessler&other=kept&token=" + testToken
	do(ctx, t, "open a shared view", chromedp.Navigate(shared), waitReady(1),
		chromedp.WaitVisible(css(`#entityName[data-id="person-martin-kessler"]`)),
		poll(`document.getElementById("focusBox").textContent.includes("Pavel Gromov")`))
	// The same filter through the API: the view shows what it says.
	want := viewSize(t, srv.URL+"/api/graph?focus=person-pavel-gromov&hops=2&types=Person,Country,Event")
	if n := eval[int](ctx, t, `kgCy.nodes().length`); n != want || n == 0 || n == 7 {
		t.Fatalf("shared view: %d nodes drawn, the filter gives %d of 7", n, want)
	}
	if v := eval[string](ctx, t, `document.getElementById("hops").value`); v != "2" {
		t.Errorf("hops %q", v)
	}
	if ticked := eval[string](ctx, t, `[...document.querySelectorAll("#types input:checked")].map(x => x.value).join(",")`); ticked != "Person,Country,Event" {
		t.Errorf("types ticked: %q", ticked)
	}

	do(ctx, t, "untick a type", chromedp.Click(css(`#types input[value="Event"]`)), waitReady(2))
	search := eval[string](ctx, t, `location.search`)
	for _, want := range []string{"types=Person%2CCountry", "focus=person-pavel-gromov", "hops=2", "sel=e%3Aperson-martin-kessler", "other=kept"} {
		if !strings.Contains(search, want) {
			t.Errorf("the URL %q lacks %s", search, want)
		}
	}
	if strings.Contains(search, "Event") {
		t.Errorf("the URL %q still has the type unticked", search)
	}
	drawn := eval[int](ctx, t, `kgCy.nodes().length`)
	do(ctx, t, "reload", chromedp.Reload(), waitReady(1), chromedp.WaitVisible(css(`#entityName[data-id="person-martin-kessler"]`)))
	if n := eval[int](ctx, t, `kgCy.nodes().length`); n != drawn {
		t.Errorf("after a reload %d nodes, before %d", n, drawn)
	}
	if ticked := eval[string](ctx, t, `[...document.querySelectorAll("#types input:checked")].map(x => x.value).join(",")`); ticked != "Person,Country" {
		t.Errorf("after a reload types ticked: %q", ticked)
	}

	// Undo a pending decision: it leaves the list and the file.
	fact := graph.FactID("person-martin-kessler", graph.Represents, "country-united-states", "")
	do(ctx, t, "reject a relation",
		chromedp.SetValue(css(`#author`), "rana"),
		chromedp.Evaluate[chromedp.Void](`void kgShow("edge", "`+fact+`")`),
		chromedp.WaitVisible(css(`#factTitle[data-id="`+fact+`"]`)),
		chromedp.Click(css(`#rejectBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-status="pending"] button.undo`)))
	if r, _ := graph.LoadReview(review); len(r.Decisions) != 1 || r.Decisions[0].Author != "rana" || r.Decisions[0].Anchor == nil {
		t.Fatalf("review file before the undo: %+v", r)
	}
	do(ctx, t, "undo it",
		chromedp.Click(css(`#pending li[data-op="reject"] button.undo`)),
		poll(`document.querySelectorAll("#pending li").length === 0`))
	if r, _ := graph.LoadReview(review); len(r.Decisions) != 0 {
		t.Fatalf("the undone decision is still in the file: %+v", r.Decisions)
	}

	// Revoke an applied decision: the file keeps both, the fact comes back.
	do(ctx, t, "reject again and rebuild",
		chromedp.Click(css(`#rejectBtn`)),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-status="pending"]`)),
		chromedp.Click(css(`#rebuild`)),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-status="applied"] button.revoke`)),
		poll(`kgCy.getElementById("`+fact+`").length === 0`))
	do(ctx, t, "revoke and rebuild",
		chromedp.Click(css(`#pending li[data-op="reject"] button.revoke`)),
		chromedp.WaitVisible(css(`#pending li[data-op="revoke"][data-status="pending"]`)),
		chromedp.Click(css(`#rebuild`)),
		chromedp.WaitVisible(css(`#pending li[data-op="reject"][data-revoked="applied"]`)),
		poll(`kgCy.getElementById("`+fact+`").length === 1`))
	screenshot(t, ctx, "revoked")
	r, err := graph.LoadReview(review)
	if err != nil || len(r.Decisions) != 2 || r.Decisions[1].Op != graph.OpRevoke || r.Decisions[1].Revokes != r.Decisions[0].ID || r.Decisions[1].Author != "rana" || r.Decisions[1].Time == "" {
		t.Fatalf("review file after the revocation: %v %+v", err, r)
	}
}

// viewSize returns how many entities the view at url has.
func viewSize(t *testing.T, url string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set(TokenHeader, testToken)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var v struct{ Counts map[string]int }
	if err := json.NewDecoder(res.Body).Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v.Counts["entities"]
}
