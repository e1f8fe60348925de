package svg

import (
	"bytes"

	"github.com/goccy/go-graphviz"

	"newskg/graph/diagram"
)

// Shape is what the cost of a layout depends on.
type Shape struct {
	Nodes, Edges int
	Labels       int // edges with a label: dot lays each out as a node of its own
	Clusters     int
	// Virtual is the number of virtual nodes dot's ranking is estimated
	// to thread the edges through (see spans): what a random or dense
	// graph has many more of than a tree or a clustered graph of the
	// same size.
	Virtual int
}

// Density is the share of node pairs joined by an edge.
func (s Shape) Density() float64 {
	if s.Nodes < 2 {
		return 0
	}
	return float64(s.Edges) / (float64(s.Nodes) * float64(s.Nodes-1) / 2)
}

// The cost model of the dot layout, in CPU seconds on this project's
// 2-core machine. Dot ranks the nodes (cheap), orders each rank to
// reduce crossings, places the nodes within their ranks with a network
// simplex over every real and virtual node, and routes each edge
// through the boxes its virtual nodes leave; the last three grow with
// the square of the virtual nodes and with the edges per node, which
// make crossings. A tree of 300 nodes has 300 virtual nodes and takes
// 0.1 s; a random graph of 250 nodes and 370 edges has 3,000 and takes
// 1.5 s; a dense one of 110 nodes and 290 edges has 6,000 and takes
// 13 to 20 s.
//
// DotCost = DotSecondsBase + DotSecondsPer·(nodes+labels)·(edges+1)
// + DotSecondsVirtual·virtual²·edges/nodes, fitted on 82 layouts
// (BenchmarkLayoutCost: the shapes of diagramtest.Layout, 60 to 300
// entities, two seeds; testdata/dotcost.tsv) and raised to an upper
// envelope: TestDotCostEnvelope checks that every layout took under
// 2.5 times its prediction and at least 85% of them under it, and that
// the prediction orders the layouts as measured. Nodes times edges
// alone, the model before, underestimated dense layouts 40-fold.
//
// A layout cannot be cut short instead: go-graphviz's WebAssembly
// runtime ignores the context, and one module serves every call.
const (
	DotSecondsBase    = 0.05
	DotSecondsPer     = 1.2e-6
	DotSecondsVirtual = 1.2e-7
	// DotBudget is the most predicted seconds the dot layout is chosen
	// for; drawings of a graph are bounded to it, which leaves room in
	// DrawBudget for two more layouts.
	DotBudget = 0.3
	// DrawBudget is the most predicted seconds of dot that one picture
	// takes, all its layouts together: a drawing whose text overlaps is
	// laid out again (unclutter) only while the layouts stay within it,
	// so that a picture of up to 300 entities of any shape takes under a
	// second (BenchmarkDraw300).
	DrawBudget = 2.5 * DotBudget
)

// The cost model of the quick dot layout ("dot-quick", renderWith):
// dot with straight edges (splines=line: no routing through the boxes
// of the virtual nodes), one network-simplex iteration for the ranks
// and for the positions (nslimit, nslimit1) and a tenth of the
// crossing minimisation (mclimit, searchsize). It draws in layers as
// dot does, edge labels beside their edges, and costs a fraction of it
// where edges are long: 300 entities of a power-law graph 0.19 s
// against 2 s, a dense core of 300 0.4 s against about 25. Same form
// as DotCost, fitted the same way on 90 layouts (testdata/quickcost.tsv;
// TestCostEnvelopes).
const (
	QuickSecondsBase    = 0.04
	QuickSecondsPer     = 4e-7
	QuickSecondsVirtual = 6.3e-6
)

// QuickCost predicts the seconds the quick dot layout takes for a graph
// of shape s.
func QuickCost(s Shape) float64 {
	c := QuickSecondsBase + QuickSecondsPer*float64(s.Nodes+s.Labels)*float64(s.Edges+1)
	if s.Nodes > 0 {
		c += QuickSecondsVirtual * float64(s.Virtual) * float64(s.Edges) / float64(s.Nodes)
	}
	return c
}

// LayoutCost is the predicted cost of the layered layout Engines puts
// first for a graph of shape s: dot's, else the quick dot's when
// cheaper.
func LayoutCost(s Shape) float64 { return min(DotCost(s), QuickCost(s)) }

// DotCost predicts the seconds dot takes to lay out a graph of shape s.
func DotCost(s Shape) float64 {
	c := DotSecondsBase + DotSecondsPer*float64(s.Nodes+s.Labels)*float64(s.Edges+1)
	if s.Nodes > 0 {
		v := float64(s.Virtual)
		c += DotSecondsVirtual * v * v * float64(s.Edges) / float64(s.Nodes)
	}
	return c
}

// Engines returns the layout engines to try for a graph of shape s, in
// order. dot comes first whenever its predicted cost is in budget: it
// alone keeps edge labels clear of nodes and of each other; else the
// quick dot, when its cost is in budget. Otherwise the force-directed
// engines come first, sfdp, the faster on large graphs, before neato,
// with the quick dot last.
func Engines(s Shape) []string {
	if DotCost(s) <= DotBudget {
		return []string{"dot", "neato", "sfdp"}
	}
	if QuickCost(s) <= DotBudget {
		return []string{QuickDot, "sfdp", "neato"}
	}
	return []string{"sfdp", "neato", QuickDot}
}

// QuickDot names the quick dot layout among the engines.
const QuickDot = "dot-quick"

// drawingShape is the shape of a drawing's DOT, counted as it was made.
func drawingShape(d *diagram.Drawing) Shape {
	s := Shape{Nodes: d.Nodes, Edges: d.Edges, Labels: d.Labels, Clusters: d.Clusters}
	s.Virtual = spans(d.DOT)
	if d.Listed > 0 {
		s.Nodes++ // the side table
	}
	return s
}

// shapeOf measures a parsed graph; labels and clusters are counted in
// the source, as the library gives no cheap way to read them.
func shapeOf(g *graphviz.Graph, src []byte) (Shape, error) {
	var s Shape
	var err error
	if s.Nodes, err = g.NodeNum(); err != nil {
		return s, err
	}
	if s.Edges, err = g.EdgeNum(); err != nil {
		return s, err
	}
	for _, line := range bytes.Split(src, []byte("\n")) {
		if bytes.Contains(line, []byte("->")) && bytes.Contains(line, []byte("label=")) {
			s.Labels++
		}
		if bytes.Contains(line, []byte("subgraph")) && bytes.Contains(line, []byte("cluster")) {
			s.Clusters++
		}
	}
	s.Virtual = spans(src)
	return s, nil
}
