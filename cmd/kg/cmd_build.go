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
	"newskg/graph/jsonld"
	"newskg/graph/svg"
)

// defaultFormats are the outputs of kg build without -formats, and of
// every build of kg serve.
var defaultFormats = []string{"jsonld", "dot", "svg"}

const buildDoc = `Reads the articles at PATH... (files, folders read recursively, or - for
standard input) and writes the graph to DIR: graph.jsonld, graph.dot and
graph.svg, or the -formats given. A PATH that does not exist is an error.
On a terminal, progress is shown on stderr; -q prints nothing but errors.`

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runBuild(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("build", "[-o DIR] [flags] PATH...", buildDoc, stderr)
	outDir := fs.String("o", "out", "output `folder`")
	review := fs.String("review", "review.json", "analysts' review `file` applied at build time (ignored if absent)")
	var kbs stringList
	fs.Var(&kbs, "kb", "extra knowledge-base `file` (JSON Lines; repeatable)")
	workers := fs.Int("workers", 0, "extraction workers (0: one per core)")
	minConf := fs.Float64("min-confidence", 0, "drop facts below this confidence")
	noNER := fs.Bool("no-ner", false, "extract with rules and lexicons only (no statistical tagger)")
	formats := fs.String("formats", strings.Join(defaultFormats, ","), "comma-separated output `formats`: "+strings.Join(export.Names(), ", "))
	quiet := fs.Bool("q", false, "quiet: print nothing but errors (no progress, warnings or summary)")
	dsn := fs.String("store", "", "read the graph from this store (a SQLite `file` or postgres:// URL), adding any PATH to it first")
	stats := fs.Bool("stats", false, "print the time, CPU and memory of each stage on stderr")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to `file` (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile of the build at the peak of its live heap to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 && *dsn == "" {
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
	if err := checkInputs(fs.Args()); err != nil {
		return err
	}
	stderr, prog := progressFor(stderr, *quiet)
	defer prog.Clear()
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	t0 := time.Now()
	if *dsn != "" {
		return buildFromStore(ctx, *dsn, ingestOptions{KBPaths: kbs, Workers: *workers, NoNER: *noNER}, *minConf, fs.Args(), *outDir, names, stdin, stderr)
	}
	defer governMemory()() // the build and its writing, in memory
	peak := startPeakHeap(*memProfile, 100*time.Millisecond)
	g, st, err := buildGraph(ctx, buildOptions{ReviewPath: *review, KBPaths: kbs, Workers: *workers, MinConfidence: *minConf, NoNER: *noNER, Progress: prog}, fs.Args(), stdin, stderr)
	if err != nil {
		return interrupted(ctx, err, *outDir)
	}
	prog.Stage("writing " + strings.Join(names, ", "))
	tightenForWriting()
	written, err := writeOutputs(ctx, g, *outDir, names, stderr)
	if err != nil {
		return interrupted(ctx, err, *outDir)
	}
	st.Stages.lap("write")
	if err := stopProfile(); err != nil {
		return err
	}
	if err := peak.write(); err != nil {
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

// interrupted turns the error of a build stopped by ctx into one line
// that says nothing was written (exit status 130); other errors are
// returned as they are.
func interrupted(ctx context.Context, err error, dir string) error {
	if ctx.Err() == nil {
		return err
	}
	return fmt.Errorf("%w: nothing written, %s is as it was", errInterrupted, dir)
}

// writeOutputs writes the graph in each named format into dir
// (graph.EXT, or a folder graph-NAME) as one set (graph.OutputSet): all
// are written into a staging folder and moved into place together once
// every one is written, and the outputs of the previous build that this
// one does not write are removed. An error or a cancelled ctx leaves dir
// as it was. A graph too large for one diagram gets no SVG and a message
// saying how to narrow it; the other files are still written. With svg
// comes the folder diagrams/ (writeDiagrams), and with jsonld its
// snapshot and the app's first page (graph.view, writeView), in the
// same set.
func writeOutputs(ctx context.Context, g *graph.KG, dir string, names []string, stderr io.Writer) ([]string, error) {
	set, err := graph.NewOutputSet(dir)
	if err != nil {
		return nil, err
	}
	defer set.Discard()
	for _, n := range names {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, ok := export.Lookup(n)
		if !ok {
			return nil, fmt.Errorf("%w %q", export.ErrUnknownFormat, n)
		}
		name := filepath.Base(export.Path(dir, f))
		path, err := set.Path(name)
		if err != nil {
			return nil, err
		}
		var sum jsonld.Sum // of the JSON-LD, taken as it is written
		err = export.WriteFile(summed(f, &sum), g, path)
		switch {
		case errors.Is(err, svg.ErrTooLarge):
			fmt.Fprintf(stderr, "kg: warning: no %s: %v\n", name, err)
		case err != nil:
			if u := errors.Unwrap(err); u != nil {
				err = u // named after the staging folder; name the output instead
			}
			return nil, fmt.Errorf("write %s: %w", filepath.Join(dir, name), err)
		}
		if n == "jsonld" { // and its snapshot, which kg export and kg serve read, and the app's first page
			snap, err := set.Path(filepath.Base(jsonld.SnapshotPath(name)))
			if err == nil {
				err = export.WriteSnapshot(g, sum, snap)
			}
			var view string
			if err == nil {
				view, err = set.Path(filepath.Base(viewPath(name)))
			}
			if err == nil {
				err = writeView(g, sum, view)
			}
			if err != nil {
				return nil, err
			}
		}
		if n == "svg" {
			if err := writeDiagrams(ctx, g, set); err != nil {
				return nil, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return set.Commit()
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
