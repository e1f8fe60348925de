// Package svg renders DOT to SVG with Graphviz compiled to WebAssembly
// (github.com/goccy/go-graphviz), so that no native Graphviz is needed.
//
// The library is not safe for concurrent use and shares one WebAssembly
// module between all its instances: every call into it here holds one
// package-level mutex, and one Graphviz context is created lazily and
// reused. Its context deadline is not honoured, so the input is bounded
// instead: diagrams over MaxNodes nodes or MaxEdges edges are refused
// with ErrTooLarge, and large ones are laid out with sfdp, which is much
// faster than dot.
package svg

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"

	"newskg/graph"
	"newskg/graph/dot"
)

// Size limits and the layout threshold.
const (
	MaxNodes = 2000 // more nodes than this: ErrTooLarge
	MaxEdges = 8000 // more edges than this: ErrTooLarge
	// DotLimit is the largest number of nodes laid out with dot by
	// default; larger graphs use sfdp. Measured on 2 cores (wasm): a
	// random graph of 100 nodes and 200 labelled edges takes 0.5 s with
	// dot, 150 nodes and 300 edges 5.6 s, 300 nodes and 600 edges over
	// 90 s; sfdp lays out the last in 3 s.
	DotLimit = 100
)

// ErrTooLarge is returned for a graph too large for one diagram.
var ErrTooLarge = errors.New("graph too large for one diagram: narrow it with -focus ENTITY -hops K, -types, -predicates or -min-confidence")

// ErrEmpty is returned when Graphviz produces no output.
var ErrEmpty = errors.New("graphviz produced an empty SVG")

// Options adjusts rendering.
type Options struct {
	// Layout forces a Graphviz layout engine ("dot", "sfdp", "neato",
	// ...); empty chooses by size.
	Layout string
	// DOT is passed to dot.Write by RenderKG.
	DOT dot.Options
}

var (
	mu sync.Mutex
	gv *graphviz.Graphviz
)

// instance returns the shared Graphviz context; mu must be held.
func instance(ctx context.Context) (*graphviz.Graphviz, error) {
	if gv != nil {
		return gv, nil
	}
	g, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("svg: start graphviz: %w", err)
	}
	gv = g
	return gv, nil
}

// LayoutFor returns the layout engine Render uses for a graph of n nodes.
func LayoutFor(n int) string {
	if n > DotLimit {
		return string(graphviz.SFDP)
	}
	return string(graphviz.DOT)
}

// Count parses DOT source and returns its numbers of nodes and edges.
// It reports whether Graphviz accepts the source.
func Count(dotSrc []byte) (nodes, edges int, err error) {
	mu.Lock()
	defer mu.Unlock()
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return 0, 0, fmt.Errorf("svg: parse DOT: %w", err)
	}
	defer g.Close()
	if nodes, err = g.NodeNum(); err != nil {
		return 0, 0, err
	}
	if edges, err = g.EdgeNum(); err != nil {
		return 0, 0, err
	}
	return nodes, edges, nil
}

// Render lays out DOT source and returns the SVG. It checks the context
// before starting, since Graphviz itself cannot be interrupted.
func Render(ctx context.Context, dotSrc []byte, opt Options) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return nil, fmt.Errorf("svg: parse DOT: %w", err)
	}
	defer g.Close()
	nodes, err := g.NodeNum()
	if err != nil {
		return nil, err
	}
	edges, err := g.EdgeNum()
	if err != nil {
		return nil, err
	}
	if nodes > MaxNodes || edges > MaxEdges {
		return nil, fmt.Errorf("%w (%d nodes, %d edges; the limit is %d nodes, %d edges)", ErrTooLarge, nodes, edges, MaxNodes, MaxEdges)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	inst, err := instance(ctx)
	if err != nil {
		return nil, err
	}
	layout := opt.Layout
	if layout == "" {
		layout = LayoutFor(nodes)
	}
	inst.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := inst.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("svg: render with %s: %w", layout, err)
	}
	if buf.Len() == 0 {
		return nil, ErrEmpty
	}
	return buf.Bytes(), nil
}

// RenderKG writes g as DOT and renders it. Graphs over the size limits
// are refused before any DOT is written.
func RenderKG(ctx context.Context, g *graph.KG, opt Options) ([]byte, error) {
	if len(g.Entities) > MaxNodes || len(g.Facts) > MaxEdges {
		return nil, fmt.Errorf("%w (%d entities, %d facts; the limit is %d nodes, %d edges)", ErrTooLarge, len(g.Entities), len(g.Facts), MaxNodes, MaxEdges)
	}
	var src bytes.Buffer
	if err := dot.Write(&src, g, opt.DOT); err != nil {
		return nil, err
	}
	return Render(ctx, src.Bytes(), opt)
}
