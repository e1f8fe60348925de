package main

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"newskg/graph"
	"newskg/graph/svg"
)

// writeDiagrams writes the folder dir/diagrams (svg.WriteDiagrams): one
// SVG per event and per most connected person, and index.html. The
// folder is written whole beside the old one, which it then replaces.
func writeDiagrams(ctx context.Context, g *graph.KG, dir string) (string, error) {
	final := filepath.Join(dir, "diagrams")
	tmp, err := os.MkdirTemp(dir, ".diagrams-*")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // gone once renamed; what is left of a failure
	if _, err := svg.WriteDiagrams(ctx, g, tmp, svg.DiagramsOptions{Overview: "../graph.svg"}); err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", err
	}
	old := tmp + ".old"
	if err := os.Rename(final, old); err != nil && !os.IsNotExist(err) {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Rename(old, final)
		return "", err
	}
	return final, os.RemoveAll(old)
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
