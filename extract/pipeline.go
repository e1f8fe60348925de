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
}

// Output is the merged result of a pipeline run.
type Output struct {
	Docs      []*Document
	Mentions  []graph.Mention
	Relations []graph.Relation
	Problems  ErrorList
}

// Run extracts from every article with a bounded pool of workers. Results
// come back in article order whatever the scheduling, and an extractor
// that fails or panics on one document loses only its own result there.
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
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				docs[i], results[i], probs[i] = p.one(ctx, arts[i])
			}
		}()
	}
	for i := range arts {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var out Output
	for i := range arts {
		if docs[i] == nil {
			out.Problems.Add(arts[i].ID, ctx.Err())
			continue
		}
		out.Docs = append(out.Docs, docs[i])
		out.Mentions = append(out.Mentions, results[i].Mentions...)
		out.Relations = append(out.Relations, results[i].Relations...)
		out.Problems = append(out.Problems, probs[i]...)
	}
	return out
}

func (p Pipeline) one(ctx context.Context, a Article) (d *Document, res Result, probs ErrorList) {
	d = NewDocument(a)
	for _, x := range p.Extractors {
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
