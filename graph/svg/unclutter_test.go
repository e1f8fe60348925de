package svg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"newskg/graph/diagram"
)

// overlapping is a picture in Graphviz's form whose two names overlap.
const overlapping = `<svg xmlns="http://www.w3.org/2000/svg"><g id="graph0" class="graph">` +
	`<g id="node1" class="node"><title>a</title><ellipse cx="0" cy="0" rx="30" ry="18"/><text text-anchor="middle" x="0" y="0" font-size="14.00">Alpha</text></g>` +
	`<g id="node2" class="node"><title>b</title><ellipse cx="6" cy="0" rx="30" ry="18"/><text text-anchor="middle" x="6" y="0" font-size="14.00">Beta</text></g>` +
	`</g></svg>`

// denseDrawing is a drawing of n entities and e edges without labels,
// the same every time.
func denseDrawing(n, e int) *diagram.Drawing {
	var b strings.Builder
	b.WriteString("digraph g {\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "n%d [label=\"N%d\"];\n", i, i)
	}
	x := uint32(7)
	for i := 0; i < e; i++ {
		x = x*1664525 + 1013904223
		a := int(x>>8) % n
		x = x*1664525 + 1013904223
		c := int(x>>8) % n
		fmt.Fprintf(&b, "n%d -> n%d;\n", a, c)
	}
	b.WriteString("}\n")
	return &diagram.Drawing{DOT: []byte(b.String()), Nodes: n, Edges: e}
}

// TestUnclutterKeepsTheMode redraws a cluttered picture when the only
// redraw on offer is one dot is over budget for and the quick dot is
// not: the default overview (held to dot's cost) keeps its picture, as
// drawBounded would not have let dot's budget be passed; a picture
// asked for by number (held to the cheaper of the two) takes the quick
// dot's redraw.
func TestUnclutterKeepsTheMode(t *testing.T) {
	dense := denseDrawing(220, 1000)
	s := drawingShape(dense)
	if DotCost(s) <= DotBudget || QuickCost(s) > DotBudget {
		t.Fatalf("fixture: dot %.2f s, quick %.2f s; want dot over %.2f and quick within", DotCost(s), QuickCost(s), DotBudget)
	}
	small := &diagram.Drawing{DOT: []byte("digraph g { a -> b }\n"), Nodes: 2, Edges: 1}
	mk := func(o diagram.Options) *diagram.Drawing {
		if o.NoClusters {
			return dense
		}
		return small
	}
	dotOnly := func(d *diagram.Drawing) float64 { return DotCost(drawingShape(d)) }
	for _, c := range []struct {
		name       string
		cost       func(*diagram.Drawing) float64
		wantEngine string
	}{
		{"default overview", dotOnly, "dot"},
		{"asked for a number", layoutCost, QuickDot},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := &Result{SVG: []byte(overlapping), Drawing: small, Engine: "dot"}
			if m, err := Measure(r.SVG); err != nil || m.Problems() == 0 {
				t.Fatalf("fixture not cluttered: %v %v", m, err)
			}
			if err := unclutter(context.Background(), r, diagram.Options{}, mk, Options{}, c.cost); err != nil {
				t.Fatal(err)
			}
			if r.Engine != c.wantEngine {
				t.Errorf("engine %q, want %q", r.Engine, c.wantEngine)
			}
		})
	}
}
