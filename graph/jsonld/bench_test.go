package jsonld

import (
	"bytes"
	"runtime"
	"testing"

	"newskg/graph/internal/kgtest"
)

// BenchmarkRead50k reads back the JSON-LD of a generated graph of 50,000
// entities and 200,000 facts (the size of a 10,000-article build, and
// more), as `kg export` and `kg serve` do. heap-MB is the live heap after
// reading, with the graph still held.
func BenchmarkRead50k(b *testing.B) {
	var buf bytes.Buffer
	if err := Write(&buf, kgtest.Generate(50000, 200000, 10)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, err := Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
		runtime.KeepAlive(g)
		b.StartTimer()
	}
}

// BenchmarkReadSnapshot50k reads the snapshot of the same graph, as
// `kg export` and `kg serve` do when kg build wrote one.
func BenchmarkReadSnapshot50k(b *testing.B) {
	snap, err := SnapshotOf(kgtest.Generate(50000, 200000, 10), Sum{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(snap)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, _, err := ReadSnapshot(bytes.NewReader(snap))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MB")
		runtime.KeepAlive(g)
		b.StartTimer()
	}
}
