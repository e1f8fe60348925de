package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// defaultStore is the store kg add and the -store flags use by default.
const defaultStore = "kg.db"

// runAdd implements "kg add [-store S] PATH...": articles not yet in the
// store (by content hash) are extracted and the graph re-resolved; ids
// already given stay.
func runAdd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("add", "[-store FILE|postgres://...] [flags] PATH...", "Adds articles to a graph store: documents already there (same content hash) are skipped, new ones extracted, and the graph re-resolved with the analysts' decisions; ids already given stay.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a SQLite `file` or a postgres:// URL")
	var kbs stringList
	fs.Var(&kbs, "kb", "extra knowledge-base `file` (JSON Lines; repeatable)")
	workers := fs.Int("workers", 0, "extraction workers (0: one per core)")
	noNER := fs.Bool("no-ner", false, "extract with rules and lexicons only (no statistical tagger)")
	batch := fs.Int("batch", ingestBatch, "documents extracted and committed together")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the add to `file` (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile of the add at the peak of its live heap to `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: add needs at least one PATH (a file, a folder or -)", errUsage)
	}
	defer governMemory()() // the soft limit follows the live heap (memlimit.go)
	peak := startPeakHeap(*memProfile, 100*time.Millisecond)
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(st, ingestOptions{KBPaths: kbs, Workers: *workers, NoNER: *noNER, Batch: *batch}, stderr)
	if err != nil {
		return err
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	s, err := in.add(ctx, fs.Args(), stdin)
	if perr := stop(); err == nil {
		err = perr
	}
	if perr := peak.write(); err == nil {
		err = perr
	}
	if err != nil {
		if isCancel(err) {
			fmt.Fprintf(stderr, "kg: add interrupted; the store keeps what was committed; run the same command again to finish\n")
		}
		return err
	}
	printIngest(stderr, s)
	return nil
}

func printIngest(w io.Writer, s *ingestStats) {
	r := s.Result
	fmt.Fprintf(w, "kg: read %d articles: %d added, %d unchanged, %d duplicates, %d unreadable; %d stored documents re-extracted for new names\n",
		s.Read, s.Added, s.Unchanged, s.Duplicate, s.Failed, s.Reextracted)
	fmt.Fprintf(w, "kg: entities: %d new, %d changed, %d merged away or removed, %d unchanged; facts: %d new, %d changed, %d removed; %d redirects; %s\n",
		r.Added, r.Changed, r.Removed, r.Unchanged, r.FactsAdded, r.FactsChanged, r.FactsRemoved, r.Redirects, s.Took.Round(time.Millisecond))
	if r.Docs > 0 {
		fmt.Fprintf(w, "kg: resolved %d documents: %d shares made again, %d deferred documents completed again; %d of %d named forms clustered again", r.Docs, r.Made, r.Settled, r.Reclustered, r.Forms)
		if r.Largest > 0 {
			fmt.Fprintf(w, " (%d in the largest interaction component)", r.Largest)
		}
		fmt.Fprintln(w)
	}
	if len(s.Stages.stages) > 0 {
		fmt.Fprintf(w, "kg: stages, wall/CPU s:")
		for i, x := range s.Stages.stages {
			sep := ","
			if i == 0 {
				sep = ""
			}
			fmt.Fprintf(w, "%s %s %.2f/%.2f", sep, x.Name, x.Wall.Seconds(), x.CPU.Seconds())
			if x.RSS > 0 {
				fmt.Fprintf(w, " (%.0f MB)", float64(x.RSS)/(1<<20))
			}
		}
		if rss := peakRSS(); rss > 0 {
			fmt.Fprintf(w, "; peak RSS %.0f MB", float64(rss)/(1<<20))
		}
		fmt.Fprintln(w)
	}
}
