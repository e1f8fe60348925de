package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newskg/graph"
	"newskg/graph/jsonld"
)

// TestMeasureInteractive reports the time from navigation start to the
// first painted frame of the graph (window.kgReady) in chromium, for a seeds-sized graph
// and a generated 2,000-node one. It is a measuring command, not a timed
// test: it runs only with KG_MEASURE=1 and fails only if the page breaks.
//
//	KG_MEASURE=1 go test -run TestMeasureInteractive -v ./graph/web
//
// When out/graph.jsonld exists (kg build seeds writes it) it also
// measures the real seeds graph. With KG_SCREENSHOTS=DIR it also saves
// the drawn views.
func TestMeasureInteractive(t *testing.T) {
	if os.Getenv("KG_MEASURE") != "1" {
		t.Skip("set KG_MEASURE=1 to measure time to interactive in chromium")
	}
	runs := 3
	if v, err := strconv.Atoi(os.Getenv("KG_MEASURE_RUNS")); err == nil && v > 0 {
		runs = v
	}
	type graphCase struct {
		name string
		g    func() *graph.KG
	}
	cases := []graphCase{
		{"fixture-7", fixtureKG},
		{"seeds-sized-100", func() *graph.KG { return genKG(100, 1) }},
		{"generated-2000", func() *graph.KG { return genKG(2000, 2) }},
	}
	if b, err := os.ReadFile(filepath.Join("..", "..", "out", "graph.jsonld")); err == nil {
		cases = append(cases, graphCase{"seeds-out-graph", func() *graph.KG {
			g, err := jsonld.Read(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("out/graph.jsonld: %v", err)
			}
			g.Normalize()
			return g
		}})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			review := filepath.Join(dir, "review.json")
			h, err := New(Config{Build: reviewBuild(tc.g, review, nil), ReviewPath: review, Token: testToken})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			g := tc.g()
			for i := 0; i < runs; i++ {
				ctx := browser(t) // a fresh browser: no warm cache
				do(ctx, t, "load", chromedp.Navigate(srv.URL+"/?token="+testToken), waitReady(1))
				ready := eval[float64](ctx, t, `window.kgReady`)
				nodes := eval[int](ctx, t, `kgCy.nodes().length`)
				// One interaction after load: a tap on a node until its panel shows.
				tap := eval[float64](ctx, t, `(() => { const t0 = performance.now(); kgCy.nodes()[0].emit('tap'); return t0; })()`)
				do(ctx, t, "details", chromedp.WaitVisible(chromedp.CSS(`#entityName`)))
				shown := eval[float64](ctx, t, `performance.now()`)
				phases := eval[map[string]float64](ctx, t, `window.kgTimes`)
				t.Logf("%s run %d: %d entities, %d facts; interactive (graph painted) at %.0f ms after navigation (data at %.0f, add %.0f, layout %.0f, paint %.0f); node details in %.0f ms",
					tc.name, i+1, nodes, len(g.Facts), ready, phases["fetched"], phases["add"], phases["layout"], phases["draw"], shown-tap)
				if i == 0 {
					screenshot(t, ctx, "measure-"+tc.name)
					// Zoomed in on the tapped node, where labels show.
					zoom := eval[float64](ctx, t, `(() => { const t0 = performance.now(); kgCy.zoom(1.2); kgCy.center(kgCy.nodes()[0]); return t0; })()`)
					do(ctx, t, "labels", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
						_, err := chromedp.Poll[bool](`window.kgLabels()`, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
						return err
					}))
					labelled, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))))`, chromedp.EvalAwaitPromise))
					if err != nil {
						t.Fatal(err)
					}
					t.Logf("%s: zoomed in to 1.2, labels painted after %.0f ms (large views wait 200 ms for the viewport to settle)", tc.name, labelled-zoom)
					screenshot(t, ctx, "measure-"+tc.name+"-zoomed")
				}
			}
		})
	}
}
