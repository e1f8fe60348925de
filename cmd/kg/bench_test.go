package main

import (
	"context"
	"io"
	"testing"
)

// BenchmarkBuildSeeds measures `kg build seeds` end to end in process:
// reading, both extraction passes, resolution, and writing JSON-LD, DOT
// and SVG. The NER models and Graphviz are loaded once before the timer.
func BenchmarkBuildSeeds(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	opts := buildOptions{}
	g, _, err := buildGraph(ctx, opts, []string{"../../seeds"}, nil, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := writeOutputs(ctx, g, dir, []string{"jsonld", "dot", "svg"}, io.Discard); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, _, err := buildGraph(ctx, opts, []string{"../../seeds"}, nil, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := writeOutputs(ctx, g, dir, []string{"jsonld", "dot", "svg"}, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
