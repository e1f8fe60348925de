package main

import (
	"context"
	"fmt"
	"io"

	"newskg/extract"
	"newskg/graph/store"
)

// runReextract implements "kg reextract -store S": documents extracted
// by another version of kg (or all, with -all) are extracted again from
// their stored text, and the graph re-resolved.
func runReextract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("reextract", "-store S [-all] [-no-ner]", "Re-extracts the stored documents that another version of kg extracted (every one with -all), then re-resolves.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a SQLite `file` or a postgres:// URL")
	all := fs.Bool("all", false, "re-extract every document, whatever version extracted it")
	noNER := fs.Bool("no-ner", false, "extract with rules and lexicons only (no statistical tagger)")
	workers := fs.Int("workers", 0, "extraction workers (0: one per core)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return fmt.Errorf("%w: kg reextract takes no PATH", errUsage)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(st, ingestOptions{NoNER: *noNER, Workers: *workers}, stderr)
	if err != nil {
		return err
	}
	current := in.extractorVersion()
	if *all {
		current = "\x00"
	}
	// Documents of another version go through the stage passes again
	// (their names may differ, and so the book); then every document is
	// re-extracted against the new book, which is exact and cheap next
	// to the stage passes.
	old, err := st.DocumentsNotOf(ctx, current)
	if err != nil {
		return err
	}
	for i := 0; i < len(old); i += in.opts.batch() {
		var arts []extract.Article
		for _, d := range old[i:min(i+in.opts.batch(), len(old))] {
			arts = append(arts, articleOf(d))
		}
		c, err := in.stage(ctx, arts)
		if err != nil {
			return err
		}
		hashes := map[string]string{}
		for _, d := range old[i:min(i+in.opts.batch(), len(old))] {
			hashes[d.ID] = d.Hash
		}
		if _, err := in.storeStagedHashes(ctx, c, hashes); err != nil {
			return err
		}
	}
	var marked int
	if len(old) > 0 {
		err = st.Update(ctx, func(tx *store.Tx) error {
			marked, err = tx.MarkAllStale(ctx, "\x00")
			return err
		})
		if err != nil {
			return err
		}
	}
	n, err := in.secondPass(ctx)
	if err != nil {
		return err
	}
	res, err := in.resolve(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg reextract: %d documents of other versions staged again, %d marked, %d extracted with %q; entities: %d new, %d changed, %d merged away or removed; facts: %d new, %d changed, %d removed\n",
		len(old), marked, n, in.extractorVersion(), res.Added, res.Changed, res.Removed, res.FactsAdded, res.FactsChanged, res.FactsRemoved)
	return nil
}
