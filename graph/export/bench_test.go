package export

import (
	"io"
	"runtime"
	"testing"

	"newskg/graph/internal/kgtest"
)

// BenchmarkExport50k exports a generated graph of 50,000 entities and
// 200,000 facts (one short evidence each) in every format but SVG, which
// refuses graphs over svg.MaxNodes. The bar is 5 s and 1 GB per format;
// heap-MB reports the heap the process holds from the system afterwards.
func BenchmarkExport50k(b *testing.B) {
	g := kgtest.Generate(50000, 200000, 10)
	for _, f := range graphFormats() {
		b.Run(f.Name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var err error
				if f.Dir {
					err = f.WriteDir(b.Context(), b.TempDir(), g)
				} else {
					err = f.Write(io.Discard, g)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			b.ReportMetric(float64(m.HeapSys)/(1<<20), "heap-MB")
		})
	}
}

// graphFormats are the formats that write a graph of any size: all but
// SVG, which refuses graphs over svg.MaxNodes.
func graphFormats() []Format {
	var out []Format
	for _, f := range Formats() {
		if f.Name != "svg" {
			out = append(out, f)
		}
	}
	return out
}
