package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// A build's peak resident memory was 2.5 to 2.7 times its live heap:
// with the collector's default pacing the heap may grow to twice what
// survived the last collection before the next one, and the pages
// freed after a phase's garbage stay with the process. governMemory
// keeps a soft memory limit (debug.SetMemoryLimit) at limitFactor
// times the largest live heap seen so far (never under a floor), so
// that the collector works harder and the scavenger gives pages back
// as the process nears it; the limit follows the live heap up, so it
// never holds the collector at a heap the build needs.
const (
	limitFactor = 1.5
	limitFloor  = 160 << 20 // below it the collector paces itself
	limitEvery  = 50 * time.Millisecond
)

// governMemory starts keeping the soft memory limit and returns the
// function that stops it and lifts the limit again. It does nothing
// (and the returned function nothing either) where GOMEMLIMIT or the
// program set a limit already.
func governMemory() (stop func()) {
	if os.Getenv("GOMEMLIMIT") != "" || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	limit := int64(limitFloor)
	debug.SetMemoryLimit(limit)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(limitEvery)
		defer t.Stop()
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(live)
			if live[0].Value.Kind() != metrics.KindUint64 {
				continue
			}
			if want := int64(float64(live[0].Value.Uint64()) * limitFactor); want > limit {
				limit = want
				debug.SetMemoryLimit(limit)
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
