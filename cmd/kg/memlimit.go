package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// A build's peak resident memory was 2.5 to 2.7 times its live heap:
// with the collector's default pacing the heap may grow to twice what
// survived the last collection before the next one, and the pages
// freed after a phase's garbage stay with the process. governMemory
// keeps a soft memory limit (debug.SetMemoryLimit) at a factor of the
// largest live heap seen so far (never under a floor), so that the
// collector works harder and the scavenger gives pages back as the
// process nears it; the limit follows the live heap up, so it never
// holds the collector at a heap the build needs. During extraction,
// which makes garbage fast and holds little, the factor is 3 (extractFactor:
// 2 cost 12% more CPU at 10,000 articles for the same peak at 30,000, and
// 1.5 made the collector run twice as often, 40% more CPU); from the
// corpus passes on, where the live heap peaks, it is limitFactor
// (tightenMemory). During extraction the limit is also never more than
// extractHeadroom over the largest live heap: at 30,000 articles the
// live heap passes 450 MB before extraction ends, and three times that
// was the build's peak resident memory; under about 160 MB live the
// factor alone sets it. With 640 MiB the relation pass set the peak at
// 30,000 (1,282 MiB); with 320 MiB it is 815 MiB there and the peak
// (1,152 MiB) is the resolution's, with no CPU cost measurable on this
// machine (10,000 articles: 122.7 CPU s against 140.3 in one quiet
// spell). But the collector's work per cycle is the live heap, which
// grows with the corpus while the headroom does not, so a fixed
// headroom makes the relation pass's collection grow faster than the
// corpus: at 320 MiB, 30,000 articles cost 3.46 times the CPU of
// 10,000. Once reduced documents no longer held their titles
// (rules.Relations.NoteTitles) the relation pass peaked at 721 MiB
// there against 932 for the resolution; 480 MiB takes it to 901 and
// the relation pass from 120.6 to 112.2 CPU s (3.30 times 10,000's
// build), the build's peak still the resolution's. The rules of the
// fourth round of December 3 made the relation pass hold more, and it
// set the peak again (968 MiB, 1.016e9 bytes, at 30,000 articles);
// 400 MiB takes it to 869 MiB for the same CPU (449.9 against 453.1
// CPU s for the build, the relation pass 198.9 against 196.0; one run
// each, one quiet spell; 10,000 articles 107-111 against 108-127 CPU s).
//
// Writing the graph holds the whole graph and what each writer gathers
// (the snapshot's table of strings) while the JSON-LD makes garbage
// fast: at 30,000 articles that was the build's peak once resolution
// held less (1,088 MiB against 992 at the end of resolution, the live
// heap about 720 MB). While the outputs are written the limit is never
// more than writeHeadroom over the largest live heap (tightenForWriting):
// at 30,000 articles about 1.25 times it (peak 988 MiB, set by the
// resolution), while under about 360 MB live the factor alone sets it
// (at 1.25 times, 10,000 articles' writing took twice the CPU: 14.7 s
// against 6.7). The factor was 1.5 until the rules of December 3 made
// extraction find more: the 30,000-article build then peaked at 960 MiB
// (1.007e9 bytes), and at 1.4 it peaks at 931 MiB for 3% more CPU (280
// against 288 CPU s, one run each in one quiet spell). Later rules and
// cities took it to 991 MiB, set in the writing by the live heap, which
// no factor or headroom lowered (1.3, and 120 or 64 MiB of headroom, all
// peaked at 983-1,004 MiB): the build now lets the tagger's models and
// the compiled patterns go before resolving (buildGraph), 938 MiB.
const (
	limitFactor     = 1.4
	writeHeadroom   = 180 << 20
	extractFactor   = 3
	extractHeadroom = 400 << 20
	limitFloor      = 160 << 20 // below it the collector paces itself
	limitEvery      = 50 * time.Millisecond
)

// factorNow is the factor of the live heap the limit is kept at, in
// hundredths; peakSeen the largest live heap seen.
var factorNow, peakSeen atomic.Int64

// tightenMemory lowers the factor to limitFactor for the rest of the
// build (the limit comes down to it at once).
func tightenMemory() { factorNow.Store(int64(limitFactor * 100)) }

// writing is set while the outputs are written (tightenForWriting).
var writing atomic.Bool

// tightenForWriting caps the limit at writeHeadroom over the largest
// live heap for the writing of the outputs.
func tightenForWriting() { writing.Store(true) }

// writeLimitFor is the soft limit while the outputs are written, for
// the largest live heap seen, peak: limitFactor times it, never more
// than writeHeadroom over it, never under limitFloor.
func writeLimitFor(peak int64) int64 {
	return max(limitFloor, min(peak*int64(limitFactor*100)/100, peak+writeHeadroom))
}

// governMemory starts keeping the soft memory limit and returns the
// function that stops it and lifts the limit again. It does nothing
// (and the returned function nothing either) where GOMEMLIMIT or the
// program set a limit already.
func governMemory() (stop func()) {
	if os.Getenv("GOMEMLIMIT") != "" || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	limit, peak := int64(limitFloor), int64(0) // peak: the largest live heap seen
	debug.SetMemoryLimit(limit)
	factorNow.Store(extractFactor * 100)
	writing.Store(false)
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
			peak = max(peak, int64(live[0].Value.Uint64()))
			peakSeen.Store(peak)
			want := limitFor(peak, factorNow.Load())
			if writing.Load() {
				want = writeLimitFor(peak)
			}
			if want != limit {
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

// limitFor is the soft limit for the largest live heap seen, peak, at a
// factor of it in hundredths (extractFactor's headroom capped at
// extractHeadroom), never under limitFloor.
func limitFor(peak, factor int64) int64 {
	want := peak * factor / 100
	if factor == extractFactor*100 {
		want = min(want, peak+extractHeadroom)
	}
	return max(limitFloor, want)
}
