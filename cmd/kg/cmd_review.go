package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"newskg/graph"
	"newskg/graph/store"
)

// runReview implements "kg review import|export -store S FILE": decisions
// move between a store and a review file, with their ids, authors and
// times, revocations as revoke decisions. Import anchors each decision
// to the entities' mentions as the store has them now.
func runReview(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("review", "import|export [-store S] [-author NAME] FILE", "Moves decisions between a store and a review file.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a SQLite `file` or a postgres:// URL")
	author := fs.String("author", defaultAuthor(), "the `author` recorded for imported decisions")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		fs.Usage()
		return fmt.Errorf("%w: review needs import or export", errUsage)
	}
	verb := args[0]
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 || (verb != "import" && verb != "export") {
		fs.Usage()
		return fmt.Errorf("%w: kg review import|export FILE", errUsage)
	}
	path := fs.Arg(0)
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if verb == "export" {
		r, err := st.Review(ctx)
		if err != nil {
			return err
		}
		if err := r.Save(path); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "kg review: wrote %d decisions to %s\n", len(r.Decisions), path)
		return nil
	}
	r, err := graph.LoadReview(path)
	if err != nil {
		return err
	}
	n := 0
	for i, d := range r.Decisions {
		if d.Author == "" {
			d.Author = *author
		}
		if _, err := st.AddDecision(ctx, store.Decision{Decision: d, At: d.Time}); err != nil {
			return fmt.Errorf("%s: decision %d: %w", path, i+1, err)
		}
		n++
	}
	fmt.Fprintf(stderr, "kg review: imported %d decisions from %s; they apply at the next kg add, build, resolve or serve\n", n, path)
	return nil
}
