package web

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"newskg/graph"
)

func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *graph.KG
	}{
		{"fixture", fixtureKG()},
		{"generated-100", genKG(100, 1)},
		{"generated-2000", genKG(2000, 2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			p := Layout(tc.g)
			took := time.Since(start)
			if len(p) != len(tc.g.Entities) {
				t.Fatalf("%d positions for %d entities", len(p), len(tc.g.Entities))
			}
			for id, q := range p {
				if math.IsNaN(q.X) || math.IsNaN(q.Y) || math.IsInf(q.X, 0) || math.IsInf(q.Y, 0) {
					t.Fatalf("%s at %v", id, q)
				}
			}
			// Deterministic.
			again := Layout(tc.g)
			for id, q := range p {
				if again[id] != q {
					t.Fatalf("%s at %v, then at %v", id, q, again[id])
				}
			}
			// Spread out: few nodes closer than a fifth of an edge.
			ps := make([]Point, 0, len(p))
			for _, q := range p {
				ps = append(ps, q)
			}
			close := 0
			for i := range ps {
				for j := i + 1; j < len(ps); j++ {
					if math.Hypot(ps[i].X-ps[j].X, ps[i].Y-ps[j].Y) < EdgeLength/5 {
						close++
					}
				}
			}
			if close > len(ps)/50 {
				t.Errorf("%d pairs of nodes closer than %d px", close, EdgeLength/5)
			}
			// Up to LabelledMax, labels are drawn and kept apart.
			overlaps := 0
			if len(tc.g.Entities) <= LabelledMax {
				for i, a := range tc.g.Entities {
					ba, pa := labelBox(a), p[a.ID]
					for _, b := range tc.g.Entities[i+1:] {
						bb, pb := labelBox(b), p[b.ID]
						if math.Abs(pa.X-pb.X) < (ba.W+bb.W)/2 && math.Abs(pa.Y+ba.DY-pb.Y-bb.DY) < (ba.H+bb.H)/2 {
							overlaps++
						}
					}
				}
				if overlaps > len(p)/50 {
					t.Errorf("%d pairs of labelled nodes overlap", overlaps)
				}
			}
			t.Logf("%d nodes laid out in %v; %d close pairs, %d overlapping labels", len(p), took, close, overlaps)
		})
	}
}

func TestLayoutComponents(t *testing.T) {
	// Two triangles, a pair and two isolated nodes: no overlap between
	// components, isolated nodes apart.
	adj := [][]int{{1, 2}, {0, 2}, {0, 1}, {4, 5}, {3, 5}, {3, 4}, {7}, {6}, {}, {}}
	p := layoutIndexed(adj, nil)
	for i := range p {
		for j := i + 1; j < len(p); j++ {
			if d := math.Hypot(p[i].X-p[j].X, p[i].Y-p[j].Y); d < EdgeLength/2 {
				t.Errorf("nodes %d and %d only %.1f apart: %v %v", i, j, d, p[i], p[j])
			}
		}
	}
}

// TestLimitView checks that a view over MaxView entities keeps the focus
// and the most mentioned entities, only facts between kept entities, and
// the view's order; and that a small view is returned as it is.
func TestLimitView(t *testing.T) {
	small := genKG(50, 4)
	if v, limited := limitView(small, "", MaxView); v != small || limited {
		t.Fatalf("a view of %d entities was cut", len(small.Entities))
	}
	g := genKG(MaxView+300, 5)
	g.Normalize()
	top := g.Entities[len(g.Entities)-1]
	top.Mentions = 1000
	focus := g.Entities[1]
	focus.Mentions = 0
	v, limited := limitView(g, focus.ID, MaxView)
	if !limited || len(v.Entities) != MaxView {
		t.Fatalf("limited %v, %d entities; want %d", limited, len(v.Entities), MaxView)
	}
	kept := map[string]bool{}
	for i, e := range v.Entities {
		kept[e.ID] = true
		if i > 0 && v.Entities[i-1].ID >= e.ID {
			t.Fatalf("entities out of the view's order at %d", i)
		}
	}
	if !kept[focus.ID] || !kept[top.ID] {
		t.Errorf("focus kept %v, most mentioned kept %v", kept[focus.ID], kept[top.ID])
	}
	want := 0
	for _, f := range g.Facts {
		if kept[f.Subject] && kept[f.Object] {
			want++
		}
	}
	if len(v.Facts) != want || want == 0 {
		t.Errorf("%d facts kept, %d lie between kept entities", len(v.Facts), want)
	}
	for _, f := range v.Facts {
		if !kept[f.Subject] || !kept[f.Object] {
			t.Fatalf("fact %s leaves the view", f.ID)
		}
	}
	if again, _ := limitView(g, focus.ID, MaxView); !reflect.DeepEqual(entityIDs(again), entityIDs(v)) {
		t.Error("the same view was cut differently")
	}
}

// limitViewAll is limitView as it was, ranking every entity: the
// reference that limitView, which ranks only those that can be kept,
// must agree with (in which entities it keeps).
func limitViewAll(v *graph.KG, focus string, limit int) []string {
	degree := map[string]int{}
	for _, f := range v.Facts {
		degree[f.Subject]++
		degree[f.Object]++
	}
	rank := slices.Clone(v.Entities)
	rankEntities(rank, focus, degree)
	var ids []string
	for _, e := range rank[:min(limit, len(rank))] {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}

// TestLimitViewRanksAll: limitView keeps the entities that ranking all
// of them keeps, with ties in mentions at the cut, a focus among the
// least mentioned, and every entity mentioned alike.
func TestLimitViewRanksAll(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		g := genKG(700, seed)
		rnd := rand.New(rand.NewSource(seed))
		for _, e := range g.Entities {
			switch seed % 3 {
			case 0:
				e.Mentions = 1 + rnd.Intn(4) // many ties at the cut
			case 1:
				e.Mentions = 7 // all alike: degree and id decide
			}
		}
		focus := ""
		if seed%2 == 0 {
			focus = g.Entities[rnd.Intn(len(g.Entities))].ID
			g.Entity(focus).Mentions = 0
		}
		for _, limit := range []int{1, 50, FirstView, 699} {
			v, _ := limitView(g, focus, limit)
			if got, want := entityIDs(v), limitViewAll(g, focus, limit); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, limit %d, focus %q: kept %d entities unlike ranking all (%d)", seed, limit, focus, len(got), len(want))
			}
		}
	}
}

func entityIDs(g *graph.KG) []string {
	var ids []string
	for _, e := range g.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestGraphLimited checks that /api/graph of a graph over MaxView entities
// sends and places FirstView of them unfiltered and MaxView under a
// filter, says so, and counts the whole graph; and that the view carries
// no evidence, documents or merges of its entities and facts (those come
// with /api/entity and /api/fact).
func TestGraphLimited(t *testing.T) {
	review := filepath.Join(t.TempDir(), "review.json")
	big := func() *graph.KG { return genKG(MaxView+500, 6) }
	h, err := New(Config{Build: reviewBuild(big, review, nil), ReviewPath: review, Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, tc := range []struct {
		query string
		want  int
	}{{"", FirstView}, {"?minConf=0.01", MaxView}} {
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/api/graph"+tc.query, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set(TokenHeader, testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /api/graph%s: %s", tc.query, resp.Status)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var out graphOut
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatal(err)
		}
		if !out.Limited || len(out.Entities) != tc.want || len(out.Positions) != tc.want {
			t.Errorf("%q: limited %v, %d entities, %d positions; want %d", tc.query, out.Limited, len(out.Entities), len(out.Positions), tc.want)
		}
		if out.Total["entities"] != MaxView+500 || out.Counts["entities"] != tc.want {
			t.Errorf("%q: total %v, counts %v", tc.query, out.Total, out.Counts)
		}
		for _, field := range []string{`"evidence"`, `"merges"`, `"url"`} {
			if bytes.Contains(body, []byte(field)) {
				t.Errorf("%q: the view sends %s", tc.query, field)
			}
		}
	}
}
