package extract

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"newskg/graph"
)

// Result is what one extractor finds in one document.
type Result struct {
	Mentions  []graph.Mention
	Relations []graph.Relation
}

// Extractor finds mentions and relations in a document. Extractors run in
// pipeline order over each document; each sees in d.Mentions what the
// earlier ones found, so a relation extractor can build on a tagger.
// Implementations must be safe for concurrent use on different documents.
type Extractor interface {
	Name() string
	Extract(ctx context.Context, d *Document) (Result, error)
}

// Func adapts a function to the Extractor interface.
type Func struct {
	ID string
	F  func(ctx context.Context, d *Document) (Result, error)
}

func (f Func) Name() string { return f.ID }
func (f Func) Extract(ctx context.Context, d *Document) (Result, error) {
	return f.F(ctx, d)
}

// Pipeline runs extractors over documents.
type Pipeline struct {
	Extractors []Extractor
	Workers    int // 0 means GOMAXPROCS
	// Progress, if set, is called once per finished document with the
	// number of documents finished so far and the total. Calls come from
	// the workers but never overlap, and done grows by one each time.
	Progress func(done, total int)
}

// Output is the merged result of a pipeline run.
type Output struct {
	Docs      []*Document
	Mentions  []graph.Mention
	Relations []graph.Relation
	Problems  ErrorList
	// Err is the context's error when the run was cancelled. The run is
	// then void: Output holds nothing else, and the articles it stopped
	// in are not reported as problems.
	Err error
}

// Run extracts from every article with a bounded pool of workers. Results
// come back in article order whatever the scheduling, and an extractor
// that fails or panics on one document loses only its own result there.
// A cancelled ctx stops the run as soon as each worker's extractors
// notice (they check it per sentence) and is reported once, in Err.
func (p Pipeline) Run(ctx context.Context, arts []Article) Output {
	n := p.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	docs := make([]*Document, len(arts))
	results := make([]Result, len(arts))
	probs := make([]ErrorList, len(arts))
	jobs := make(chan int)
	var wg sync.WaitGroup
	finished := p.counter(len(arts))
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				docs[i], results[i], probs[i] = p.one(ctx, arts[i])
				finished()
			}
		}()
	}
feed:
	for i := range arts {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Output{Err: err}
	}
	var out Output
	for i := range arts {
		out.Docs = append(out.Docs, docs[i])
		out.Mentions = append(out.Mentions, results[i].Mentions...)
		out.Relations = append(out.Relations, results[i].Relations...)
		out.Problems = append(out.Problems, probs[i]...)
	}
	return out
}

// counter returns the function a worker calls after each document: it
// reports to p.Progress, one call at a time.
func (p Pipeline) counter(total int) func() {
	if p.Progress == nil {
		return func() {}
	}
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		p.Progress(done, total)
	}
}

func (p Pipeline) one(ctx context.Context, a Article) (d *Document, res Result, probs ErrorList) {
	d = NewDocument(a)
	for _, x := range p.Extractors {
		if ctx.Err() != nil {
			return d, res, nil // the run is void; Run reports it once
		}
		r, err := safeExtract(ctx, x, d)
		if err != nil {
			probs.Add(a.ID, fmt.Errorf("%s: %w", x.Name(), err))
			continue
		}
		d.AddMentions(r.Mentions)
		res.Relations = append(res.Relations, r.Relations...)
	}
	res.Mentions = append([]graph.Mention(nil), d.Mentions...)
	return d, res, probs
}

func safeExtract(ctx context.Context, x Extractor, d *Document) (r Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	return x.Extract(ctx, d)
}

// AddMentions adds mentions that do not overlap ones already found: the
// earlier extractor wins a conflict. Mentions stay sorted by position.
// The test for overlap takes time in proportion to each mention's length,
// not to the number of mentions found so far.
func (d *Document) AddMentions(ms []graph.Mention) {
	// Positions taken by this document's mentions; nil when d.Mentions
	// holds one the set cannot stand for (of another document, or empty),
	// and every test is then made pair by pair.
	taken := NewSpans(len(d.Text))
	for _, o := range d.Mentions {
		if o.Doc != d.ID || o.Start >= o.End {
			taken = nil
			break
		}
		taken.Add(o.Start, o.End)
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
			continue
		}
		fast := taken != nil && m.Doc == d.ID
		clash := fast && taken.Meets(m.Start, m.End)
		for i := 0; !fast && !clash && i < len(d.Mentions); i++ {
			clash = m.Overlaps(d.Mentions[i])
		}
		if clash {
			continue
		}
		d.Mentions = append(d.Mentions, m)
		if fast {
			taken.Add(m.Start, m.End)
		}
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool {
		if d.Mentions[i].Start != d.Mentions[j].Start {
			return d.Mentions[i].Start < d.Mentions[j].Start
		}
		return d.Mentions[i].End < d.Mentions[j].End
	})
}
