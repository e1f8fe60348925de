package extract

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"newskg/graph"
)

// Pass is one declared step of extraction, in the manner of
// golang.org/x/tools/go/analysis: a name, the passes it needs, and what
// it runs — extractors over every document, or a function over the
// whole corpus (a name book, the linking of events across articles).
type Pass struct {
	Name     string
	Doc      string // what the pass does, for -stats and errors
	Requires []string
	// Extractors run in order on each document; each sees the mentions
	// of the passes before it and of the extractors before it.
	Extractors []Extractor
	// Corpus runs once, after every document went through the passes
	// before it.
	Corpus func(ctx context.Context, c *Corpus) error
}

// Corpus is the state of an extraction: the documents with their
// mentions and relations, in input order, and the problems met so far.
type Corpus struct {
	Docs     []*Document
	Problems ErrorList
}

// Mentions returns every mention of the corpus, in document order.
func (c *Corpus) Mentions() []graph.Mention {
	n := 0
	for _, d := range c.Docs {
		n += len(d.Mentions)
	}
	out := make([]graph.Mention, 0, n)
	for _, d := range c.Docs {
		out = append(out, d.Mentions...)
	}
	return out
}

// Relations returns every relation of the corpus, in document order.
func (c *Corpus) Relations() []graph.Relation {
	n := 0
	for _, d := range c.Docs {
		n += len(d.Relations)
	}
	out := make([]graph.Relation, 0, n)
	for _, d := range c.Docs {
		out = append(out, d.Relations...)
	}
	return out
}

// Take flattens the corpus as Output does, but moves each document's
// mentions and relations into the corpus-wide lists instead of copying
// them: the documents are left without mentions or relations, so that
// the corpus is never held twice. The documents are not in the result;
// take their Info before.
func (c *Corpus) Take() Output {
	out := Output{Problems: c.Problems}
	nm, nr := 0, 0
	for _, d := range c.Docs {
		nm += len(d.Mentions)
		nr += len(d.Relations)
	}
	out.Mentions = make([]graph.Mention, 0, nm)
	out.Relations = make([]graph.Relation, 0, nr)
	for _, d := range c.Docs {
		out.Mentions = append(out.Mentions, d.Mentions...)
		out.Relations = append(out.Relations, d.Relations...)
		d.Mentions, d.Relations = nil, nil
	}
	return out
}

// Driver runs passes over articles. The command line, the review server,
// the store and the tests all extract through one Driver, so that they
// run the same steps.
type Driver struct {
	Passes  []Pass
	Workers int // 0 means GOMAXPROCS
	// Progress, when set, is called after each document of each pass.
	Progress func(pass string, done, total int)
}

// Check reports a pass that requires a pass not declared before it.
func (dr Driver) Check() error {
	seen := map[string]bool{}
	for _, p := range dr.Passes {
		if p.Name == "" {
			return fmt.Errorf("extract: a pass has no name")
		}
		if seen[p.Name] {
			return fmt.Errorf("extract: pass %s declared twice", p.Name)
		}
		for _, r := range p.Requires {
			if !seen[r] {
				return fmt.Errorf("extract: pass %s requires %s, which does not run before it", p.Name, r)
			}
		}
		if (len(p.Extractors) > 0) == (p.Corpus != nil) {
			return fmt.Errorf("extract: pass %s must have either extractors or a corpus function", p.Name)
		}
		seen[p.Name] = true
	}
	return nil
}

// Run segments the articles and runs every pass over them. Documents
// run in parallel on a bounded pool; results keep input order, so output
// does not depend on scheduling. An extractor that fails or panics on a
// document loses only its own result there (a problem is recorded). A
// cancelled context stops the run: Run returns the context's error and
// no corpus, never a partial one.
func (dr Driver) Run(ctx context.Context, arts []Article) (*Corpus, error) {
	if err := dr.Check(); err != nil {
		return nil, err
	}
	c := &Corpus{Docs: make([]*Document, len(arts))}
	if err := dr.each(ctx, "segment", len(arts), func(i int) ErrorList {
		c.Docs[i] = NewDocument(arts[i])
		return nil
	}); err != nil {
		return nil, err
	}
	for _, p := range dr.Passes {
		var err error
		if p.Corpus != nil {
			err = p.Corpus(ctx, c)
		} else {
			p := p
			probs := make([]ErrorList, len(c.Docs))
			err = dr.each(ctx, p.Name, len(c.Docs), func(i int) ErrorList {
				d := c.Docs[i]
				for _, x := range p.Extractors {
					if ctx.Err() != nil {
						return nil
					}
					r, err := safeExtract(ctx, x, d)
					if err != nil {
						if ctx.Err() != nil {
							return nil
						}
						probs[i].Add(d.ID, fmt.Errorf("%s: %w", x.Name(), err))
						continue
					}
					d.AddMentions(r.Mentions)
					d.Relations = append(d.Relations, r.Relations...)
				}
				d.Mentions, d.Relations = exact(d.Mentions), exact(d.Relations)
				return nil
			})
			for _, pl := range probs {
				c.Problems = append(c.Problems, pl...)
			}
		}
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Each calls f(i) for i in [0, n) on the driver's pool of workers,
// stopping early when ctx is cancelled (it then returns ctx's error).
func (dr Driver) Each(ctx context.Context, n int, f func(i int)) error {
	return Driver{Workers: dr.Workers}.each(ctx, "", n, func(i int) ErrorList { f(i); return nil })
}

// exact returns s in an array of its length when growing it by appends
// left more than an eighth of it unused: the documents of a corpus
// wait between passes, and so does what they hold.
func exact[T any](s []T) []T {
	if cap(s)-len(s) <= len(s)/8 {
		return s
	}
	return append([]T(nil), s...)
}

// each calls f(i) for i in [0, n) on the worker pool, stopping early
// when ctx is cancelled.
func (dr Driver) each(ctx context.Context, stage string, n int, f func(i int) ErrorList) error {
	w := dr.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				f(i)
				if dr.Progress != nil {
					mu.Lock()
					done++
					dr.Progress(stage, done, n)
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for i := 0; i < n; i++ {
		select {
		case <-ctx.Done():
			break feed
		case jobs <- i:
		}
	}
	close(jobs)
	wg.Wait()
	return ctx.Err()
}

// Output flattens a corpus into the shape Pipeline.Run returns.
func (c *Corpus) Output() Output {
	return Output{Docs: c.Docs, Mentions: c.Mentions(), Relations: c.Relations(), Problems: c.Problems}
}
