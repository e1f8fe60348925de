package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"newskg/graph/store"
)

// BenchmarkAddToStore measures kg add of a batch of new articles into a
// store built beforehand (KG_BENCH_STORE, a SQLite file, copied so that
// every iteration starts from it) and compares it with adding the whole
// corpus at once when KG_BENCH_FULL names the folder of the base corpus:
//
//	KG_GEN_DIR=/tmp/c10k KG_GEN_N=10000 go test -run TestWriteCorpus ./cmd/kg
//	KG_GEN_DIR=/tmp/c100 KG_GEN_N=100 KG_GEN_SEED=99 go test -run TestWriteCorpus ./cmd/kg
//	kg add -store /tmp/base.db /tmp/c10k
//	KG_BENCH_STORE=/tmp/base.db KG_BENCH_NEW=/tmp/c100 go test -run - -bench AddToStore -benchtime 1x ./cmd/kg
func BenchmarkAddToStore(b *testing.B) {
	base, fresh := os.Getenv("KG_BENCH_STORE"), os.Getenv("KG_BENCH_NEW")
	if base == "" || fresh == "" {
		b.Skip("KG_BENCH_STORE and KG_BENCH_NEW not set")
	}
	ctx := context.Background()
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
		st, err := store.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		in, _ := newIngester(st, ingestOptions{}, io.Discard)
		b.StartTimer()
		t0 := time.Now()
		s, err := in.add(ctx, []string{fresh}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(t0).Seconds(), "s/add")
		b.ReportMetric(float64(s.Added), "docs")
		st.Close()
	}
}
