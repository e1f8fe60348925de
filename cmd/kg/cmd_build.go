package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"newskg/graph"
	"newskg/graph/jsonld"
)

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runBuild(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("build", "[-o DIR] [flags] PATH...", stderr)
	outDir := fs.String("o", "out", "output `folder`")
	review := fs.String("review", "review.json", "analysts' review `file` applied at build time (ignored if absent)")
	var kbs stringList
	fs.Var(&kbs, "kb", "extra knowledge-base `file` (JSON Lines; repeatable)")
	workers := fs.Int("workers", 0, "extraction workers (0: one per core)")
	minConf := fs.Float64("min-confidence", 0, "drop facts below this confidence")
	noNER := fs.Bool("no-ner", false, "extract with rules and lexicons only (no statistical tagger)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: build needs at least one PATH (a file, a folder or -)", errUsage)
	}
	t0 := time.Now()
	g, st, err := buildGraph(ctx, buildOptions{ReviewPath: *review, KBPaths: kbs, Workers: *workers, MinConfidence: *minConf, NoNER: *noNER}, fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	b, err := jsonld.Marshal(g)
	if err != nil {
		return err
	}
	var written []string
	path := filepath.Join(*outDir, "graph.jsonld")
	if err := graph.WriteFileAtomic(path, b); err != nil {
		return err
	}
	written = append(written, path)
	byType, byPred := g.Stats()
	fmt.Fprintf(stderr, "kg: read %d articles, skipped %d", st.Read, st.Skipped)
	for _, p := range st.Problems {
		var reason string
		if errors.Unwrap(p) != nil {
			reason = p.Err.Error()
		}
		_ = reason
	}
	fmt.Fprintf(stderr, "; %d entities (%s); %d relations (%s); %s\n", len(g.Entities), countsT(byType), len(g.Facts), countsP(byPred), time.Since(t0).Round(time.Millisecond))
	fmt.Fprintf(stderr, "kg: wrote %s\n", strings.Join(written, ", "))
	return nil
}

func countsT(m map[graph.EntityType]int) string {
	var parts []string
	for _, t := range graph.EntityTypes {
		if m[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[t], t))
		}
	}
	return strings.Join(parts, ", ")
}

func countsP(m map[graph.Predicate]int) string {
	var parts []string
	for _, p := range graph.Predicates {
		if m[p] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[p], p))
		}
	}
	return strings.Join(parts, ", ")
}
