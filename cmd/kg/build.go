package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"newskg/extract"
	"newskg/extract/ner"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// buildOptions configures a build.
type buildOptions struct {
	ReviewPath    string
	KBPaths       []string
	Workers       int
	MinConfidence float64
	NoNER         bool      // rules and lexicons only
	Progress      *progress // stages and articles done on the terminal; nil: none
}

// buildStats summarises a build for the closing report.
type buildStats struct {
	Read, Skipped int
	Problems      extract.ErrorList
	Stale         []string
	Held          int // documents the leaders pass completed, held packed until it ran
	Parked        int // documents parked between the mentions pass and the name book's uses
	Took          time.Duration
	Stages        stageClock // time per stage, for -stats
}

// buildGraph reads the articles at paths and returns the resolved graph.
// Unreadable inputs are reported on stderr and skipped; no readable
// article at all is an error. A cancelled ctx stops it between files
// and within extraction (per sentence) and returns ctx's error alone,
// with no graph and no per-article warnings.
func buildGraph(ctx context.Context, opts buildOptions, paths []string, stdin io.Reader, stderr io.Writer) (*graph.KG, *buildStats, error) {
	t0 := time.Now()
	st := &buildStats{}
	st.Stages.lap("")
	base := kb.Starter()
	if len(opts.KBPaths) > 0 {
		k, err := kb.WithUser(opts.KBPaths...)
		if err != nil {
			return nil, st, fmt.Errorf("knowledge base: %w", err)
		}
		base = k
	}
	var review *graph.Review
	if opts.ReviewPath != "" {
		r, err := graph.LoadReview(opts.ReviewPath)
		if err != nil {
			return nil, st, err
		}
		review = r
	}
	opts.Progress.Stage("reading articles")
	arts, probs := extract.Loader{Stdin: stdin}.LoadContext(ctx, paths)
	if err := ctx.Err(); err != nil {
		return nil, st, err
	}
	for _, p := range probs {
		fmt.Fprintf(stderr, "kg: warning: skipped %s\n", p.Error())
	}
	st.Problems = append(st.Problems, probs...)
	st.Read, st.Skipped = len(arts), len(probs)
	if len(arts) == 0 {
		return nil, st, fmt.Errorf("%w in %v", extract.ErrNoArticle, paths)
	}
	st.Stages.lap("load")
	var tagger extract.Extractor
	if !opts.NoNER {
		tagger = ner.Shipped(base)
	}
	rel := rules.NewRelations(base)
	// the shares' evidence waits for the facts, and the held documents
	// for the leaders pass, in a temporary file, not in memory; it goes
	// with the process however the build ends
	spill, err := resolve.NewSpill("")
	if err != nil {
		return nil, st, err
	}
	defer spill.Close()
	sum := resolve.NewSummarizer(base)
	sum.SpillTo(spill)
	red := newReducer(sum, spill, rel, arts)
	red.workers = opts.Workers
	// a failure of the reducer (the spill) stops the extraction at once
	xctx, cancel := context.WithCancel(ctx)
	defer cancel()
	red.cancel = cancel
	book := rules.NewNameBook()
	passes := red.wrap(red.park(rules.PassesWithBook(base, tagger, rel, book), book))
	c, err := extract.Driver{Passes: timed(passes, &st.Stages), Workers: opts.Workers, Progress: opts.Progress.passes()}.Run(xctx, arts)
	if red.err != nil {
		return nil, st, red.err
	}
	if err != nil {
		return nil, st, err
	}
	st.Held, st.Parked = int(red.nheld.Load()), int(red.nparked.Load())
	docs := make([]graph.DocInfo, 0, len(c.Docs))
	for _, d := range c.Docs {
		docs = append(docs, d.Info())
	}
	for _, p := range c.Problems {
		fmt.Fprintf(stderr, "kg: warning: %s\n", p.Error())
	}
	st.Problems = append(st.Problems, c.Problems...)
	shares, rekey := make([]*resolve.Share, 0, len(red.shares)), red.rekey
	for _, sh := range red.shares {
		if sh != nil {
			shares = append(shares, sh)
		}
	}
	c, red = nil, nil // the documents are their shares now
	// nor is the extraction needed any more: the tagger's models and the
	// compiled patterns (about 70 MB at the resolution's and the
	// writing's peaks otherwise)
	ner.Release()
	rules.ReleaseGrammars()
	opts.Progress.Stage("resolving entities")
	g, rep, err := resolve.ResolveDocShares(docs, shares, rekey, resolve.Options{KB: base, Review: review})
	if err != nil {
		return nil, st, err
	}
	if err := ctx.Err(); err != nil {
		return nil, st, err
	}
	st.Stages.lap("resolve")
	for _, s := range rep.Stale {
		fmt.Fprintf(stderr, "kg: review: %s\n", s)
	}
	if rep.Unanchored > 0 {
		fmt.Fprintf(stderr, "kg: review: %d decisions have no anchor and were applied by id alone\n", rep.Unanchored)
	}
	st.Stale = rep.Stale
	if opts.MinConfidence > 0 {
		g, err = graph.Filter{MinConfidence: opts.MinConfidence}.Apply(g)
		if err != nil {
			return nil, st, err
		}
		st.Stages.lap("filter")
	}
	st.Took = time.Since(t0)
	return g, st, nil
}

// timed returns passes with a step after each (and one before them, for
// segmentation) that ends the pass's lap on clock c, for -stats.
func timed(passes []extract.Pass, c *stageClock) []extract.Pass {
	lap := func(name string) extract.Pass {
		return extract.Pass{Name: "time " + name, Doc: "ends the lap of " + name + " for -stats",
			Corpus: func(context.Context, *extract.Corpus) error { c.lap(name); return nil }}
	}
	out := []extract.Pass{lap("segment")}
	for _, p := range passes {
		out = append(out, p, lap(p.Name))
	}
	return out
}
