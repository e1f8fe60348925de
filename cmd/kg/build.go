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
	NoNER         bool // rules and lexicons only
}

// buildStats summarises a build for the closing report.
type buildStats struct {
	Read, Skipped int
	Problems      extract.ErrorList
	Stale         []string
	Took          time.Duration
	Stages        stageClock // time per stage, for -stats
}

// buildGraph reads the articles at paths and returns the resolved graph.
// Unreadable inputs are reported on stderr and skipped; no readable
// article at all is an error.
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
	arts, probs := extract.Loader{Stdin: stdin}.Load(paths)
	for _, p := range probs {
		fmt.Fprintf(stderr, "kg: warning: skipped %s\n", p.Error())
	}
	st.Problems = append(st.Problems, probs...)
	st.Read, st.Skipped = len(arts), len(probs)
	if len(arts) == 0 {
		return nil, st, fmt.Errorf("%w in %v", extract.ErrNoArticle, paths)
	}
	st.Stages.lap("load")
	// Pass 1 collects person names over the corpus so that pass 2 knows a
	// surname in one article from a full name in another.
	lex := rules.NewLexicon(base)
	book := rules.NewNameBook()
	tagger := &ner.Extractor{KB: base, MinScore: 0.5, Accept: rules.NewVetter(base).Accept}
	pass1 := []extract.Extractor{lex, rules.NewNames(base, nil), tagger}
	pass2 := []extract.Extractor{lex, rules.NewNames(base, book), tagger, rules.NewRelations(base)}
	if opts.NoNER {
		pass1 = []extract.Extractor{lex, rules.NewNames(base, nil)}
		pass2 = []extract.Extractor{lex, rules.NewNames(base, book), rules.NewRelations(base)}
	}
	first := extract.Pipeline{Workers: opts.Workers, Extractors: pass1}.Run(ctx, arts)
	st.Stages.lap("pass 1")
	for _, m := range first.Mentions {
		book.Add(m)
	}
	st.Stages.lap("name book")
	out := extract.Pipeline{Workers: opts.Workers, Extractors: pass2}.Run(ctx, arts)
	st.Stages.lap("pass 2")
	rules.LinkEvents(out.Mentions, out.Relations)
	st.Stages.lap("link events")
	for _, p := range out.Problems {
		fmt.Fprintf(stderr, "kg: warning: %s\n", p.Error())
	}
	st.Problems = append(st.Problems, out.Problems...)
	var docs []graph.DocInfo
	for _, d := range out.Docs {
		docs = append(docs, d.Info())
	}
	g, rep, err := resolve.Resolve(docs, out.Mentions, out.Relations, resolve.Options{KB: base, Review: review})
	if err != nil {
		return nil, st, err
	}
	st.Stages.lap("resolve")
	for _, s := range rep.Stale {
		fmt.Fprintf(stderr, "kg: review: %s\n", s)
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
