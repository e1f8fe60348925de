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
}

// Density is the share of node pairs joined by an edge.
func (s Shape) Density() float64 {
	if s.Nodes < 2 {
		return 0
	}
	return float64(s.Edges) / (float64(s.Nodes) * float64(s.Nodes-1) / 2)
}

// The cost model of the dot layout. Measured as CPU seconds on this
// project's 2-core machine (BenchmarkLayoutCost: generated graphs of 50
// to 300 nodes in five shapes, drawn whole), dot's time grows with the
// number of nodes it ranks (entities and edge labels) times the number
// of edges it routes: a chain of 300 nodes takes 0.10 s, a clustered
// graph of 300 nodes and 732 labelled edges 1.7 s, a random one of 252
// nodes and 367 edges 1.0 s. With DotSecondsPer the model overestimates
// every shape but the random one, which it underestimates by up to 40%
// at 300 nodes; DotBudget leaves room for that under one second.
const (
	DotSecondsPer = 4e-6
	// DotBudget is the most predicted seconds the dot layout is chosen
	// for; drawings of a graph are bounded to it.
	DotBudget = 0.4
	// DrawBudget is the most predicted seconds of dot that one picture
	// takes, all its layouts together: a drawing whose text overlaps is
	// laid out again (unclutter) only while the layouts stay within it,
	// so that a picture of up to 300 entities of any shape takes under a
	// second (BenchmarkDraw300).
	DrawBudget = 1.25 * DotBudget
)

// DotCost predicts the seconds dot takes to lay out a graph of shape s.
func DotCost(s Shape) float64 {
	return DotSecondsPer * float64(s.Nodes+s.Labels) * float64(s.Edges+1)
}

// Engines returns the layout engines to try for a graph of shape s, in
// order. dot comes first whenever its predicted cost is in budget: it
// alone keeps edge labels clear of nodes and of each other. Otherwise
// the force-directed engines come first, sfdp, the faster on large
// graphs, before neato, with dot last.
func Engines(s Shape) []string {
	if DotCost(s) <= DotBudget {
		return []string{"dot", "neato", "sfdp"}
	}
	return []string{"sfdp", "neato", "dot"}
}

// drawingShape is the shape of a drawing's DOT, counted as it was made.
func drawingShape(d *diagram.Drawing) Shape {
	s := Shape{Nodes: d.Nodes, Edges: d.Edges, Labels: d.Labels, Clusters: d.Clusters}
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
	return s, nil
}
