package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"newskg/cmd/kg-gen/corpus"
	"newskg/extract/ner"
)

// Benchmarks of kg build at scale, on corpora made by kg-gen's generator
// (English, Arabic and mixed articles with invented names):
//
//	go test -run '^$' -bench 'BuildCorpus|LongInput|ManyFiles' -benchtime 1x ./cmd/kg
//
// With -short the largest sizes are left out (10,000 articles, inputs
// over 1 MiB, 50,000 files). Each reports its throughput and the peak of
// the live heap sampled during the run.

// heapPeak samples the live heap until stop is called, which returns the
// peak in bytes.
func heapPeak() (stop func() uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak {
				peak = v
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// benchBuild builds the graph of paths b.N times and writes its JSON-LD,
// as `kg build -formats jsonld` does, reporting peak heap, CPU seconds,
// entities and facts. It returns the wall and CPU seconds of one build:
// on a shared machine CPU time is the steadier measure.
func benchBuild(b *testing.B, paths []string) (wall, cpu float64) {
	b.Helper()
	ctx := context.Background()
	dir := b.TempDir()
	for _, l := range []string{"en", "ar"} { // load the models before the clock starts
		if _, err := ner.ForLang(l); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	stop := heapPeak()
	t0, cpu0 := time.Now(), processCPU()
	var ents, facts int
	for i := 0; i < b.N; i++ {
		g, _, err := buildGraph(ctx, buildOptions{}, paths, nil, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := writeOutputs(ctx, g, dir, []string{"jsonld"}, io.Discard); err != nil {
			b.Fatal(err)
		}
		ents, facts = len(g.Entities), len(g.Facts)
	}
	b.StopTimer()
	wall = time.Since(t0).Seconds() / float64(b.N)
	cpu = (processCPU() - cpu0).Seconds() / float64(b.N)
	b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MB")
	b.ReportMetric(cpu, "cpu-s/op")
	b.ReportMetric(float64(ents), "entities")
	b.ReportMetric(float64(facts), "facts")
	return wall, cpu
}

// BenchmarkBuildCorpus builds generated corpora of 1,000 and 10,000
// articles (about 2 KB each) and reports articles/s and MB/s.
func BenchmarkBuildCorpus(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("-short")
			}
			dir := b.TempDir()
			size, err := corpus.WriteText(corpus.Options{N: n, Seed: 1}, dir)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			wall, cpu := benchBuild(b, []string{dir})
			b.ReportMetric(float64(n)/wall, "articles/s")
			b.ReportMetric(float64(n)/cpu, "articles/cpu-s")
		})
	}
}

// longText returns about size bytes of generated news text on one line;
// with noStops every sentence end is a comma, so that it is one sentence.
func longText(size int, noStops bool) string {
	var sb strings.Builder
	stop := fmt.Errorf("enough")
	corpus.Generate(corpus.Options{N: size/1000 + 10, Seed: 7}, func(a corpus.Article) error {
		sb.WriteString(strings.ReplaceAll(a.Text, "\n", " "))
		if sb.Len() >= size {
			return stop
		}
		return nil
	})
	t := sb.String()
	if noStops {
		t = strings.NewReplacer(".", ",", "?", ",", "!", ",", "؟", "،").Replace(t)
	}
	if len(t) > size { // cut at a character boundary
		i := size
		for i > 0 && !utf8.RuneStart(t[i]) {
			i--
		}
		t = t[:i]
	}
	return t
}

// BenchmarkLongInput builds one article of one line, from 64 KiB to
// 8 MiB, of ordinary sentences ("line") and of a single sentence with no
// full stop ("sentence"), and reports seconds per MiB: flat when every
// stage grows linearly with the input.
func BenchmarkLongInput(b *testing.B) {
	for _, kind := range []string{"line", "sentence"} {
		for _, kib := range []int{64, 256, 1024, 4096, 8192} {
			b.Run(fmt.Sprintf("%s/%dKiB", kind, kib), func(b *testing.B) {
				if kib > 1024 && testing.Short() {
					b.Skip("-short")
				}
				path := filepath.Join(b.TempDir(), "long.txt")
				text := longText(kib<<10, kind == "sentence")
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(text)))
				wall, cpu := benchBuild(b, []string{path})
				mib := float64(len(text)) / (1 << 20)
				b.ReportMetric(wall/mib, "s/MiB")
				b.ReportMetric(cpu/mib, "cpu-s/MiB")
			})
		}
	}
}

// BenchmarkManyFiles builds 5,000 and 50,000 small files (the title and
// lead of generated articles) and reports milliseconds per file: the
// same for both when nothing grows faster than the number of files.
func BenchmarkManyFiles(b *testing.B) {
	for _, n := range []int{5000, 50000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 5000 && testing.Short() {
				b.Skip("-short")
			}
			dir := b.TempDir()
			var size int64
			err := corpus.Generate(corpus.Options{N: n, Seed: 3}, func(a corpus.Article) error {
				lines := strings.SplitN(a.Text, "\n", 3)
				text := lines[0] + "\n" + lines[1] + "\n"
				size += int64(len(text))
				return os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(text), 0o644)
			})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			wall, cpu := benchBuild(b, []string{dir})
			b.ReportMetric(wall*1000/float64(n), "ms/file")
			b.ReportMetric(cpu*1000/float64(n), "cpu-ms/file")
		})
	}
}
