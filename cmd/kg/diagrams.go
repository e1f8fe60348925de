package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"newskg/graph"
	"newskg/graph/svg"
)

// writeDiagrams writes the folder diagrams/ of the output set
// (svg.WriteDiagrams): one SVG per event and per most connected person,
// and index.html, which links the overview as ../graph.svg.
func writeDiagrams(ctx context.Context, g *graph.KG, set *graph.OutputSet) error {
	dir, err := set.Path("diagrams")
	if err != nil {
		return err
	}
	if _, err := svg.WriteDiagrams(ctx, g, dir, svg.DiagramsOptions{Overview: "../graph.svg"}); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Join(set.Dir(), "diagrams"), err)
	}
	return nil
}

// svgWriter draws a graph for kg export -f svg: the overview, with the
// -focus entity always drawn and marked.
func svgWriter(ctx context.Context, focus string) func(io.Writer, *graph.KG) error {
	return func(w io.Writer, g *graph.KG) error {
		b, err := svg.RenderKG(ctx, g, svg.Options{Focus: focus})
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
}
