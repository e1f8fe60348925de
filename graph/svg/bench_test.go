package svg

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"newskg/graph/diagram"
	"newskg/graph/diagram/diagramtest"
)

// BenchmarkRenderKG draws graphs of 100, 200 and 300 entities, as kg
// build draws graph.svg: the overview, its layout, the checks of the
// SVG and of its readability. The bar is one second a drawing on this
// project's 2-core machine. Graphviz is started before the timer. It
// also reports the CPU seconds a drawing took (cpu-s), which a busy
// machine inflates less than wall time.
func BenchmarkRenderKG(b *testing.B) {
	ctx := context.Background()
	if _, err := Render(ctx, []byte("digraph { a -> b }"), Options{}); err != nil {
		b.Fatal(err)
	}
	for _, shape := range []diagramtest.Shape{diagramtest.Events, diagramtest.Random, diagramtest.Clusters} {
		for _, n := range []int{100, 200, 300} {
			g := diagramtest.Generate(shape, n, uint64(n))
			b.Run(fmt.Sprintf("%s/%d", shape, n), func(b *testing.B) {
				t0 := cpuTime()
				for i := 0; i < b.N; i++ {
					if _, err := RenderKG(ctx, g, Options{}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric((cpuTime()-t0).Seconds()/float64(b.N), "cpu-s")
			})
		}
	}
}

// BenchmarkLayoutCost lays out whole generated graphs with dot, every
// entity drawn, and reports the CPU seconds a layout took (cpu-s) next
// to DotCost's prediction (pred-s): how the measurements behind the
// cost model (testdata/dotcost.tsv) are taken. CPU time, unlike wall
// time, does not count what other processes take of a busy machine.
// Layouts predicted to take over ten seconds are left out.
func BenchmarkLayoutCost(b *testing.B) {
	ctx := context.Background()
	for _, shape := range diagramtest.Layout {
		for _, n := range []int{60, 120, 180, 240, 300} {
			g := diagramtest.Generate(shape, n, 1000+uint64(n))
			d := diagram.Overview(g, diagram.Options{MaxNodes: n})
			if DotCost(drawingShape(d)) > 10 {
				continue
			}
			b.Run(fmt.Sprintf("%s/%d", shape, n), func(b *testing.B) {
				var cpu time.Duration
				for i := 0; i < b.N; i++ {
					t0 := cpuTime()
					if _, err := Render(ctx, d.DOT, Options{Layout: "dot"}); err != nil {
						b.Fatal(err)
					}
					cpu += cpuTime() - t0
				}
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s")
				b.ReportMetric(DotCost(drawingShape(d)), "pred-s")
			})
		}
	}
}

func cpuTime() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

// BenchmarkDraw300 draws generated graphs of 300 entities in every
// layout shape (the five of the diagram tests, random graphs sparser
// and denser, a power-law graph and a dense core) with room for all of
// them (MaxNodes 300), as kg export -f svg of a small graph does: the
// engine and the number drawn are chosen by cost. It reports the CPU
// seconds a drawing took (cpu-s; the bar is one) and the entities
// drawn.
func BenchmarkDraw300(b *testing.B) {
	ctx := context.Background()
	if _, err := Render(ctx, []byte("digraph { a -> b }"), Options{}); err != nil {
		b.Fatal(err)
	}
	for _, shape := range diagramtest.Layout {
		g := diagramtest.Generate(shape, 300, 300)
		b.Run(string(shape), func(b *testing.B) {
			t0 := cpuTime()
			var r *Result
			for i := 0; i < b.N; i++ {
				var err error
				if r, err = Draw(ctx, g, Options{MaxNodes: 300}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuTime()-t0).Seconds()/float64(b.N), "cpu-s")
			b.ReportMetric(float64(r.Drawing.Nodes), "drawn")
			b.Logf("%s: engine %s, %d of %d entities drawn", shape, r.Engine, r.Drawing.Nodes, len(g.Entities))
		})
	}
}
