package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkAddIncremental measures kg add of a batch of new articles
// into a store built beforehand (KG_BENCH_STORE, a SQLite file, copied
// so that every iteration starts from it), in wall and CPU seconds; with
// KG_BENCH_FULL, the folder of the base corpus and the new articles
// together, it also builds that corpus (kg build) once and reports the
// add's share of it (ratio: CPU of the add / CPU of the build; the bar
// of issue 15 is 0.05, and 2 s for the add):
//
//	go run ./cmd/kg-gen -n 10100 -o /tmp/all   # then link the first 10,000 into /tmp/base, the rest into /tmp/new
//	kg add -store /tmp/base.db /tmp/base
//	KG_BENCH_STORE=/tmp/base.db KG_BENCH_NEW=/tmp/new KG_BENCH_FULL=/tmp/all \
//	  go test -run - -bench AddIncremental -benchtime 3x ./cmd/kg
func BenchmarkAddIncremental(b *testing.B) {
	base, fresh := os.Getenv("KG_BENCH_STORE"), os.Getenv("KG_BENCH_NEW")
	if base == "" || fresh == "" {
		b.Skip("KG_BENCH_STORE and KG_BENCH_NEW not set")
	}
	ctx := context.Background()
	var addCPU, addWall time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "kg.db")
		src, err := os.ReadFile(base)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(db, src, 0o644); err != nil {
			b.Fatal(err)
		}
		st, in := openIngester(b, db)
		b.StartTimer()
		t0, c0 := time.Now(), processCPU()
		s, err := in.add(ctx, []string{fresh}, nil)
		if err != nil {
			b.Fatal(err)
		}
		addWall += time.Since(t0)
		addCPU += processCPU() - c0
		b.StopTimer()
		if s.Added == 0 {
			b.Fatalf("nothing added from %s", fresh)
		}
		b.ReportMetric(float64(s.Result.Made), "shares-made")
		st.Close()
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(addWall.Seconds()/n, "s/add")
	b.ReportMetric(addCPU.Seconds()/n, "cpu-s/add")
	full := os.Getenv("KG_BENCH_FULL")
	if full == "" {
		return
	}
	b.StopTimer()
	t0, c0 := time.Now(), processCPU()
	if _, _, err := buildGraph(ctx, buildOptions{}, []string{full}, nil, io.Discard); err != nil {
		b.Fatal(err)
	}
	wall, cpu := time.Since(t0), processCPU()-c0
	b.ReportMetric(wall.Seconds(), "s/build")
	b.ReportMetric(cpu.Seconds(), "cpu-s/build")
	b.ReportMetric(addCPU.Seconds()/n/cpu.Seconds(), "ratio")
	b.ReportMetric(addWall.Seconds()/n/wall.Seconds(), "wall-ratio")
}
