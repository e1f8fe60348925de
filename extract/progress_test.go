package extract

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestPipelineProgress: the hook is called once per document, in
// increasing order, with the total, and never by two workers at once.
func TestPipelineProgress(t *testing.T) {
	for _, workers := range []int{1, 4} {
		arts := articles(25)
		var calls []int
		var inside, overlaps atomic.Int32
		p := Pipeline{Extractors: []Extractor{capitals, pairs}, Workers: workers,
			Progress: func(done, total int) {
				if inside.Add(1) > 1 {
					overlaps.Add(1)
				}
				time.Sleep(100 * time.Microsecond) // widen the window for an overlap
				if total != len(arts) {
					t.Errorf("total %d, want %d", total, len(arts))
				}
				calls = append(calls, done)
				inside.Add(-1)
			}}
		out := p.Run(context.Background(), arts)
		if len(out.Docs) != len(arts) {
			t.Fatalf("workers %d: %d documents", workers, len(out.Docs))
		}
		if len(calls) != len(arts) {
			t.Fatalf("workers %d: %d progress calls, want one per document (%d)", workers, len(calls), len(arts))
		}
		for i, d := range calls {
			if d != i+1 {
				t.Fatalf("workers %d: call %d reports %d done, want %d", workers, i, d, i+1)
			}
		}
		if n := overlaps.Load(); n > 0 {
			t.Errorf("workers %d: %d overlapping progress calls", workers, n)
		}
	}
}

// TestPipelineProgressCancelled: documents that never run are not
// reported as done.
func TestPipelineProgressCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var calls int
	Pipeline{Extractors: []Extractor{capitals}, Workers: 2, Progress: func(done, total int) { calls++ }}.Run(ctx, articles(30))
	if calls > 2 {
		t.Errorf("%d documents reported done after cancellation; at most the workers' two in flight", calls)
	}
}
