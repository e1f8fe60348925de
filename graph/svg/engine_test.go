package svg

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"newskg/graph/diagram"
	"newskg/graph/diagram/diagramtest"
)

// TestSpans checks the estimate of the virtual nodes dot threads edges
// through on graphs whose ranking is known.
func TestSpans(t *testing.T) {
	cases := []struct {
		name string
		dot  string
		want int
	}{
		{"empty", `digraph { }`, 0},
		{"no edges, labelled nodes", "digraph {\n\t\"a\" [label=\"A -> C\"];\n\t\"b\" [label=\"B\"];\n}", 0},
		// A node's label with an arrow is no edge, nor the graph's label.
		{"arrows in labels", "digraph {\n\tgraph [label=\"x -> y\"];\n\t\"a\" [label=\"p -> q\"];\n\t\"a\" -> \"b\";\n}", 0},
		{"chain", "digraph {\n\t\"a\" -> \"b\";\n\t\"b\" -> \"c\";\n\t\"c\" -> \"d\";\n}", 0},
		// Every edge's length doubles and its middle is a node.
		{"labelled chain", "digraph {\n\t\"a\" -> \"b\" [label=\"x\"];\n\t\"b\" -> \"c\";\n\t\"c\" -> \"d\";\n}", 3},
		// A shortcut over two ranks passes one virtual node.
		{"shortcut", "digraph {\n\t\"a\" -> \"b\";\n\t\"b\" -> \"c\";\n\t\"a\" -> \"c\";\n}", 1},
		// The cycle is broken by reversing c -> a; it then spans two ranks.
		{"cycle", "digraph {\n\t\"a\" -> \"b\";\n\t\"b\" -> \"c\";\n\t\"c\" -> \"a\";\n}", 1},
		{"self loop", "digraph {\n\t\"a\" -> \"a\";\n\t\"a\" -> \"b\";\n}", 0},
		// A source is pulled next to its only target, not left at rank 0:
		// a -> b -> c -> d and e -> d need no virtual node.
		{"source moved", "digraph {\n\t\"a\" -> \"b\";\n\t\"b\" -> \"c\";\n\t\"c\" -> \"d\";\n\t\"e\" -> \"d\";\n}", 0},
		// Names with escaped quotes and arrows inside are one node each.
		{"quoted", "digraph {\n\t\"say \\\"a -> b\\\"\" -> \"b\";\n\t\"b\" -> \"c\";\n\t\"say \\\"a -> b\\\"\" -> \"c\";\n}", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := spans([]byte(c.dot)); got != c.want {
				t.Errorf("spans = %d, want %d", got, c.want)
			}
		})
	}
}

// measured is one layout of testdata/dotcost.tsv.
type measured struct {
	shape                   diagramtest.Shape
	n, seed                 int
	nodes, edges, labels, v int
	cpu                     float64
}

func readCosts(t *testing.T, name string) []measured {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ms []measured
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") || strings.HasPrefix(sc.Text(), "shape\t") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 8 {
			t.Fatalf("%s:%d: %d fields, want 8", name, line, len(f))
		}
		var n [6]int
		for i := range n {
			if n[i], err = strconv.Atoi(f[1+i]); err != nil {
				t.Fatalf("%s:%d: %v", name, line, err)
			}
		}
		cpu, err := strconv.ParseFloat(f[7], 64)
		if err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		ms = append(ms, measured{diagramtest.Shape(f[0]), n[0], n[1], n[2], n[3], n[4], n[5], cpu})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestCostEnvelopes holds the cost models to the layouts measured for
// them (testdata/dotcost.tsv, quickcost.tsv; the drawings are made again, so a change to
// the generator, the overview or the span estimate shows here). Each
// is an upper envelope: every layout took under 2.5 times its
// prediction and at least 85% of them under it; and it orders the
// layouts as measured (Spearman's rank correlation at least 0.9). The
// model it replaced, nodes times edges, fails all three.
func TestCostEnvelopes(t *testing.T) {
	for _, c := range []struct {
		file string
		cost func(Shape) float64
	}{{"dotcost.tsv", DotCost}, {"quickcost.tsv", QuickCost}} {
		t.Run(c.file, func(t *testing.T) { costEnvelope(t, readCosts(t, c.file), c.cost) })
	}
}

func costEnvelope(t *testing.T, ms []measured, cost func(Shape) float64) {
	if len(ms) < 50 {
		t.Fatalf("%d measured layouts, want at least 50", len(ms))
	}
	pred := make([]float64, len(ms))
	cpu := make([]float64, len(ms))
	under := 0
	for i, m := range ms {
		g := diagramtest.Generate(m.shape, m.n, uint64(1000*m.seed+m.n))
		s := drawingShape(diagram.Overview(g, diagram.Options{MaxNodes: m.n}))
		if s.Nodes != m.nodes || s.Edges != m.edges || s.Labels != m.labels || s.Virtual != m.v {
			t.Fatalf("%s/%d/%d: drawn %+v, measured nodes %d edges %d labels %d virtual %d: measure again (BenchmarkLayoutCost)",
				m.shape, m.n, m.seed, s, m.nodes, m.edges, m.labels, m.v)
		}
		pred[i], cpu[i] = cost(s), m.cpu
		if m.cpu > 2.5*pred[i] {
			t.Errorf("%s/%d/%d: took %.2fs, predicted %.2fs", m.shape, m.n, m.seed, m.cpu, pred[i])
		}
		if m.cpu <= pred[i] {
			under++
		}
	}
	if share := float64(under) / float64(len(ms)); share < 0.85 {
		t.Errorf("%.0f%% of the layouts took less than predicted, want 85%%", 100*share)
	}
	if rho := spearman(pred, cpu); rho < 0.9 {
		t.Errorf("rank correlation of predicted and measured %.3f, want at least 0.9", rho)
	}
}

// spearman is the rank correlation of x and y (ties ranked in order).
func spearman(x, y []float64) float64 {
	rank := func(v []float64) []float64 {
		ix := make([]int, len(v))
		for i := range ix {
			ix[i] = i
		}
		sort.SliceStable(ix, func(a, b int) bool { return v[ix[a]] < v[ix[b]] })
		r := make([]float64, len(v))
		for k, i := range ix {
			r[i] = float64(k)
		}
		return r
	}
	rx, ry := rank(x), rank(y)
	n := float64(len(x))
	var d2 float64
	for i := range rx {
		d2 += (rx[i] - ry[i]) * (rx[i] - ry[i])
	}
	return 1 - 6*d2/(n*(n*n-1))
}

// TestFewer checks the bisection that bounds a drawing to DotBudget: it
// finds the most entities within budget, sets MaxNodes to them, and
// draws two when even two are over.
func TestFewer(t *testing.T) {
	for _, c := range []struct {
		name     string
		perNode  int // edges of a drawing of m entities: perNode·m·m
		over     int
		wantSome bool
	}{
		{"quadratic", 1, 300, true},
		{"steep", 20, 300, true},
		{"nothing fits", 1e6, 50, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			mk := func(o diagram.Options) *diagram.Drawing {
				return &diagram.Drawing{Nodes: o.MaxNodes, Edges: c.perNode * o.MaxNodes * o.MaxNodes}
			}
			cost := func(m int) float64 { return layoutCost(mk(diagram.Options{MaxNodes: m})) }
			var o diagram.Options
			d := fewer(&o, c.over, mk, layoutCost)
			if d.Nodes != o.MaxNodes {
				t.Fatalf("drew %d, MaxNodes %d", d.Nodes, o.MaxNodes)
			}
			if !c.wantSome {
				if d.Nodes != 2 {
					t.Errorf("drew %d, want 2 when nothing fits", d.Nodes)
				}
				return
			}
			if d.Nodes <= 2 || d.Nodes >= c.over {
				t.Fatalf("drew %d of %d", d.Nodes, c.over)
			}
			if cost(d.Nodes) > DotBudget || cost(d.Nodes+1) <= DotBudget {
				t.Errorf("drew %d (cost %.3f), %d would cost %.3f: not the most within %.2f", d.Nodes, cost(d.Nodes), d.Nodes+1, cost(d.Nodes+1), DotBudget)
			}
		})
	}
}

// TestDrawDeterministic draws graphs whose size the cost model bounds
// twice, with another drawing between: the engine, the entities drawn
// and the SVG bytes are the same, and the layout is within budget.
func TestDrawDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("draws graphs of 300 entities")
	}
	ctx := context.Background()
	for _, s := range []diagramtest.Shape{diagramtest.Random, diagramtest.Dense, diagramtest.PowerLaw, diagramtest.Core} {
		t.Run(string(s), func(t *testing.T) {
			g := diagramtest.Generate(s, 300, 300)
			first, err := Draw(ctx, g, Options{MaxNodes: 300})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Draw(ctx, diagramtest.Generate(diagramtest.Clusters, 60, 1), Options{}); err != nil {
				t.Fatal(err)
			}
			again, err := Draw(ctx, g, Options{MaxNodes: 300})
			if err != nil {
				t.Fatal(err)
			}
			if (first.Engine != "dot" && first.Engine != QuickDot) || again.Engine != first.Engine || again.Drawing.Nodes != first.Drawing.Nodes {
				t.Errorf("engine %s then %s, %d then %d entities", first.Engine, again.Engine, first.Drawing.Nodes, again.Drawing.Nodes)
			}
			if !bytes.Equal(first.SVG, again.SVG) {
				t.Errorf("the same graph drawn twice gave different SVGs (%d and %d bytes)", len(first.SVG), len(again.SVG))
			}
			if c := layoutCost(first.Drawing); c > DotBudget {
				t.Errorf("drew %d entities at a predicted %.2fs, over the budget %.2fs", first.Drawing.Nodes, c, DotBudget)
			}
		})
	}
}
