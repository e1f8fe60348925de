package svg

import (
	"context"
	"fmt"
	"testing"
	"time"

	"newskg/graph/diagram"
	"newskg/graph/diagram/diagramtest"
)

// TestEverySize draws generated graphs of every size from 1 to 400
// entities, the shapes taken in turn (star, chain, clusters, random,
// events), and each shape at the sizes around the bounds: each must be
// drawn by dot at the first try, be a whole SVG with every drawn node,
// and be readable by measure.
func TestEverySize(t *testing.T) {
	if testing.Short() {
		t.Skip("draws 400 graphs")
	}
	type tc struct {
		shape diagramtest.Shape
		n     int
	}
	var cases []tc
	for n := 1; n <= 400; n++ {
		cases = append(cases, tc{diagramtest.Shapes[n%len(diagramtest.Shapes)], n})
	}
	for _, s := range diagramtest.Shapes {
		for _, n := range []int{diagram.DefaultMaxNodes, diagram.DefaultMaxNodes + 1, 101, 156, 189, 211, 300} {
			if diagramtest.Shapes[n%len(diagramtest.Shapes)] != s {
				cases = append(cases, tc{s, n})
			}
		}
	}
	ctx := context.Background()
	start := time.Now()
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/%d", c.shape, c.n), func(t *testing.T) {
			g := diagramtest.Generate(c.shape, c.n, uint64(c.n))
			r, err := Draw(ctx, g, Options{Title: fmt.Sprintf("%s of %d", c.shape, c.n)})
			if err != nil {
				t.Fatal(err)
			}
			if r.Drawing == nil || (r.Engine != "dot" && r.Engine != QuickDot) || len(r.Errors) > 0 {
				t.Fatalf("engine %q after %v", r.Engine, r.Errors)
			}
			d := r.Drawing
			if d.Nodes+d.Unlinked+d.LeftOut != c.n {
				t.Errorf("drawn %d + listed %d + left out %d != %d", d.Nodes, d.Unlinked, d.LeftOut, c.n)
			}
			readable(t, "drawing", r.SVG)
		})
	}
	t.Logf("%d drawings in %v", len(cases), time.Since(start).Round(time.Millisecond))
}

// TestGenerated300Readable draws 300-entity graphs of every shape with
// their story diagrams, all readable by measure.
func TestGenerated300Readable(t *testing.T) {
	if testing.Short() {
		t.Skip("draws story diagrams of five 300-entity graphs")
	}
	for _, s := range diagramtest.Shapes {
		t.Run(string(s), func(t *testing.T) {
			g := diagramtest.Generate(s, 300, 7)
			dir := t.TempDir()
			pages, err := WriteDiagrams(context.Background(), g, dir, DiagramsOptions{MaxEvents: 8, MaxPeople: 8})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pages {
				b := readFile(t, dir+"/"+p.File)
				if p.Note != "" {
					t.Errorf("%s: %s", p.File, p.Note)
				}
				readable(t, p.File, b)
			}
		})
	}
}
