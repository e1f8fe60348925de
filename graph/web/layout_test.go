package web

import (
	"math"
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
