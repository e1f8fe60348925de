package main

import (
	"context"
	"fmt"
	"io"

	"newskg/graph/store"
)

// runPush implements "kg push -from kg.db -to postgres://...": a local
// store moves whole to an empty shared one, ids kept.
func runPush(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("push", "-from STORE -to STORE", "Copies a store (documents, extraction, graph, redirects, decisions) into an empty one, keeping ids.", stderr)
	from := fs.String("from", defaultStore, "the store to copy (a SQLite `file` or postgres:// URL)")
	to := fs.String("to", "", "the empty store to copy it to (a postgres:// `URL` or SQLite file)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *to == "" || fs.NArg() != 0 {
		fs.Usage()
		return fmt.Errorf("%w: kg push -from STORE -to STORE", errUsage)
	}
	src, err := openStore(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	counts, err := store.Push(ctx, src, dst)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg push: %d documents, %d mentions, %d entities, %d facts, %d redirects, %d decisions copied to %s\n",
		counts["documents"], counts["mentions"], counts["entities"], counts["facts"], counts["redirects"], counts["decisions"], store.Redact(*to))
	return nil
}
