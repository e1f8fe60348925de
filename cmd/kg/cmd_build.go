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
	"newskg/graph/export"
	"newskg/graph/svg"
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
	formats := fs.String("formats", "jsonld,dot,svg", "comma-separated output `formats`: "+strings.Join(export.Names(), ", "))
	stats := fs.Bool("stats", false, "print the time, CPU and memory of each stage on stderr")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to `file` (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile at the end of the build to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: build needs at least one PATH (a file, a folder or -)", errUsage)
	}
	var names []string
	for _, n := range strings.Split(*formats, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		if _, ok := export.Lookup(n); !ok {
			return fmt.Errorf("%w: unknown format %q (known: %s)", errUsage, n, strings.Join(export.Names(), ", "))
		}
		names = append(names, n)
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	t0 := time.Now()
	g, st, err := buildGraph(ctx, buildOptions{ReviewPath: *review, KBPaths: kbs, Workers: *workers, MinConfidence: *minConf, NoNER: *noNER}, fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	var written []string
	for _, n := range names {
		w, err := writeOutputs(ctx, g, *outDir, []string{n}, stderr)
		written = append(written, w...)
		if err != nil {
			return err
		}
		st.Stages.lap("write " + n)
	}
	if err := stopProfile(); err != nil {
		return err
	}
	if err := writeHeapProfile(*memProfile); err != nil {
		return err
	}
	byType, byPred := g.Stats()
	fmt.Fprintf(stderr, "kg: read %d articles, skipped %d", st.Read, st.Skipped)
	fmt.Fprintf(stderr, "; %d entities (%s); %d relations (%s); %s\n", len(g.Entities), countsT(byType), len(g.Facts), countsP(byPred), time.Since(t0).Round(time.Millisecond))
	fmt.Fprintf(stderr, "kg: wrote %s\n", strings.Join(written, ", "))
	if *stats {
		st.Stages.write(stderr)
	}
	return nil
}

// writeOutputs writes the graph in each named format to dir (graph.EXT, or
// a folder graph-NAME), each file atomically. A graph too large for one
// diagram gets no SVG and a message saying how to narrow it; the other
// files are still written.
func writeOutputs(ctx context.Context, g *graph.KG, dir string, names []string, stderr io.Writer) ([]string, error) {
	var written []string
	for _, n := range names {
		f, ok := export.Lookup(n)
		if !ok {
			return written, fmt.Errorf("%w %q", export.ErrUnknownFormat, n)
		}
		path := export.Path(dir, f)
		err := export.WriteFile(f, g, path)
		switch {
		case errors.Is(err, svg.ErrTooLarge):
			fmt.Fprintf(stderr, "kg: warning: no %s: %v\n", filepath.Base(path), err)
		case err != nil:
			return written, err
		default:
			written = append(written, path)
		}
	}
	return written, nil
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
