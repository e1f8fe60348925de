package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestGovernMemory: the soft memory limit starts at the floor, follows
// the live heap up (twice it, then limitFactor times the largest once
// tightened), and is lifted when the build ends; a GOMEMLIMIT given is
// left alone.
func TestGovernMemory(t *testing.T) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("a memory limit is set already")
	}
	stop := governMemory()
	if got := debug.SetMemoryLimit(-1); got != limitFloor {
		stop()
		t.Fatalf("limit %d at the start, want the floor %d", got, limitFloor)
	}
	live := make([][]byte, 0, 160)
	for range 160 {
		live = append(live, make([]byte, 1<<20)) // 160 MiB, over the floor / limitFactor
	}
	runtime.GC()
	want := int64(160 << 20 * limitFactor)
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < want && time.Now().Before(deadline) {
		time.Sleep(limitEvery)
	}
	got := debug.SetMemoryLimit(-1)
	if got < want {
		t.Errorf("limit %d MiB with 160 MiB live, want at least %d MiB", got>>20, want>>20)
	}
	// during extraction the limit is extractFactor times the live heap; after it,
	// limitFactor times the largest
	tightenMemory()
	at := func() int64 { return max(limitFloor, peakSeen.Load()*int64(limitFactor*100)/100) }
	deadline = time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) != at() && time.Now().Before(deadline) {
		time.Sleep(limitEvery)
	}
	tight, peak := debug.SetMemoryLimit(-1), peakSeen.Load()
	// for the writing, no more than writeHeadroom over the largest
	tightenForWriting()
	atWrite := func() int64 { return writeLimitFor(peakSeen.Load()) }
	deadline = time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) != atWrite() && time.Now().Before(deadline) {
		time.Sleep(limitEvery)
	}
	writing, wpeak := debug.SetMemoryLimit(-1), peakSeen.Load()
	runtime.KeepAlive(live)
	stop()
	if tight != max(limitFloor, peak*int64(limitFactor*100)/100) || tight < want {
		t.Errorf("limit %d MiB once tightened, with a peak of %d MiB live, want %v times it (at least %d MiB)", tight>>20, peak>>20, limitFactor, want>>20)
	}
	if writing != writeLimitFor(wpeak) {
		t.Errorf("limit %d MiB for the writing, with a peak of %d MiB live, want %d MiB", writing>>20, wpeak>>20, writeLimitFor(wpeak)>>20)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit %d after the build, want none", got)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	governMemory()()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit %d set although GOMEMLIMIT was given", got)
	}
}

// TestLimitFor: the limit during extraction is extractFactor times the
// live heap, but no more than extractHeadroom over it; after extraction,
// limitFactor times it; never under the floor.
func TestLimitFor(t *testing.T) {
	const mib = 1 << 20
	extract, after := int64(extractFactor*100), int64(limitFactor*100)
	for _, c := range []struct {
		name               string
		peak, factor, want int64
	}{
		{"small heap: the floor", 20 * mib, extract, limitFloor},
		{"extraction: the factor", 100 * mib, extract, 300 * mib},
		{"extraction: the headroom", 800 * mib, extract, 800*mib + extractHeadroom},
		{"after extraction: no headroom cap", 800 * mib, after, 1120 * mib},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := limitFor(c.peak, c.factor); got != c.want {
				t.Errorf("limitFor(%d MiB, %d) = %d MiB, want %d MiB", c.peak/mib, c.factor, got/mib, c.want/mib)
			}
		})
	}
}

// TestWriteLimitFor: while the outputs are written the limit is
// limitFactor times the live heap, but no more than writeHeadroom over
// it; never under the floor.
func TestWriteLimitFor(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		name       string
		peak, want int64
	}{
		{"small heap: the floor", 20 * mib, limitFloor},
		{"10,000 articles: the factor", 250 * mib, 350 * mib},
		{"30,000 articles: the headroom", 700 * mib, 700*mib + writeHeadroom},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := writeLimitFor(c.peak); got != c.want {
				t.Errorf("writeLimitFor(%d MiB) = %d MiB, want %d MiB", c.peak/mib, got/mib, c.want/mib)
			}
		})
	}
}
