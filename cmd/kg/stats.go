package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// stageTime is what one stage of a build took.
type stageTime struct {
	Name      string
	Wall, CPU time.Duration // CPU: user and system time of the process
	Heap      uint64        // live heap bytes at the end of the stage
	RSS       int64         // the process's peak resident memory so far (0: not known)
}

// stageClock times the stages of a build, one lap per stage. The zero
// value is ready; a nil clock records nothing.
type stageClock struct {
	stages []stageTime
	t      time.Time
	cpu    time.Duration
}

// lap ends the stage called name (begun at the previous lap or at the
// first call) and starts the next.
func (c *stageClock) lap(name string) {
	if c == nil {
		return
	}
	now, cpu := time.Now(), processCPU()
	if !c.t.IsZero() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		c.stages = append(c.stages, stageTime{Name: name, Wall: now.Sub(c.t), CPU: cpu - c.cpu, Heap: ms.HeapAlloc, RSS: peakRSS()})
	}
	c.t, c.cpu = now, cpu
}

// summed returns the clock's stages added up by name, in the order
// each name first ended; stages named "" are left out.
func (c *stageClock) summed() *stageClock {
	out := &stageClock{}
	at := map[string]int{}
	for _, s := range c.stages {
		if s.Name == "" {
			continue
		}
		i, ok := at[s.Name]
		if !ok {
			i = len(out.stages)
			at[s.Name] = i
			out.stages = append(out.stages, stageTime{Name: s.Name})
		}
		t := &out.stages[i]
		t.Wall += s.Wall
		t.CPU += s.CPU
		t.Heap, t.RSS = s.Heap, s.RSS
	}
	return out
}

// write prints the stages as a table, with the process's peak resident
// memory where the system reports it: at the end of each stage (the
// stage where it grows is where the peak was set), and at the end.
func (c *stageClock) write(w io.Writer) {
	var wall, cpu time.Duration
	n := 12 // the width of the stage's name
	for _, s := range c.stages {
		n = max(n, len(s.Name))
	}
	fmt.Fprintf(w, "kg: %-*s %9s %9s %8s %9s %9s\n", n, "stage", "wall s", "cpu s", "cpu/wall", "heap MB", "peak MB")
	for _, s := range c.stages {
		fmt.Fprintf(w, "kg: %-*s %9.2f %9.2f %8.2f %9.1f %9.0f\n", n, s.Name, s.Wall.Seconds(), s.CPU.Seconds(), ratio(s.CPU, s.Wall), float64(s.Heap)/(1<<20), float64(s.RSS)/(1<<20))
		wall += s.Wall
		cpu += s.CPU
	}
	fmt.Fprintf(w, "kg: %-*s %9.2f %9.2f %8.2f", n, "total", wall.Seconds(), cpu.Seconds(), ratio(cpu, wall))
	if rss := peakRSS(); rss > 0 {
		fmt.Fprintf(w, "   peak RSS %.0f MB", float64(rss)/(1<<20))
	}
	fmt.Fprintln(w)
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
}

// startCPUProfile writes a CPU profile to path until the returned
// function is called; an empty path profiles nothing.
func startCPUProfile(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}

// peakHeap keeps the heap profile taken when the live heap (as of the
// last garbage collection) was largest: the profile of the build's
// peak, not of its end, when most of it is garbage.
type peakHeap struct {
	path string
	stop chan struct{}
	done chan struct{}
	max  uint64
	prof bytes.Buffer
}

// startPeakHeap samples the live heap every interval until the returned
// peakHeap is written; an empty path samples nothing.
func startPeakHeap(path string, interval time.Duration) *peakHeap {
	p := &peakHeap{path: path, stop: make(chan struct{}), done: make(chan struct{})}
	if path == "" {
		close(p.done)
		return p
	}
	go func() {
		defer close(p.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.sample()
			}
		}
	}()
	return p
}

// sample takes a profile when the live heap is the largest seen so far.
func (p *peakHeap) sample() {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if live := s[0].Value.Uint64(); live > p.max {
		p.max = live
		p.prof.Reset()
		_ = pprof.Lookup("heap").WriteTo(&p.prof, 0)
	}
}

// write stops the sampling and writes the profile of the peak (or of
// now, after a collection, when that is larger) to the path given.
func (p *peakHeap) write() error {
	if p.path == "" {
		return nil
	}
	close(p.stop)
	<-p.done
	runtime.GC()
	p.sample()
	if err := os.WriteFile(p.path, p.prof.Bytes(), 0o644); err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	return nil
}

// writeHeapProfile writes the live heap to path; an empty path writes nothing.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("memory profile: %w", err)
	}
	return f.Close()
}
