package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"newskg/graph"
	"newskg/graph/store"
)

// runResolve implements "kg resolve -store S -full": everything is
// re-resolved (after a rule, lexicon or knowledge-base change) and the
// difference printed: entities added, changed, merged away, facts.
func runResolve(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("resolve", "-store S -full [-kb FILE]", "Re-resolves every entity of a store (after a rule, lexicon or knowledge-base change) and prints what changed: + added, - removed, ~ changed.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a SQLite `file` or a postgres:// URL")
	full := fs.Bool("full", false, "re-resolve every entity (required: resolution of new documents happens in kg add)")
	var kbs stringList
	fs.Var(&kbs, "kb", "extra knowledge-base `file` (JSON Lines; repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*full || fs.NArg() != 0 {
		fs.Usage()
		return fmt.Errorf("%w: kg resolve -full", errUsage)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(st, ingestOptions{KBPaths: kbs}, stderr)
	if err != nil {
		return err
	}
	before, err := st.LoadGraph(ctx)
	if err != nil {
		return err
	}
	res, err := st.Resolve(ctx, store.ResolveOptions{KB: in.base, Link: in.link})
	if err != nil {
		return err
	}
	after, err := st.LoadGraph(ctx)
	if err != nil {
		return err
	}
	printDiff(stdout, before, after)
	fmt.Fprintf(stderr, "kg resolve: %d documents; entities: %d new, %d changed, %d merged away or removed, %d unchanged; facts: %d new, %d changed, %d removed; %d redirects\n",
		res.Docs, res.Added, res.Changed, res.Removed, res.Unchanged, res.FactsAdded, res.FactsChanged, res.FactsRemoved, res.Redirects)
	return nil
}

// printDiff prints the entities and facts that differ between two
// graphs: + added, - removed, ~ changed (name, type or mentions).
func printDiff(w io.Writer, a, b *graph.KG) {
	var lines []string
	for _, e := range b.Entities {
		o := a.Entity(e.ID)
		switch {
		case o == nil:
			lines = append(lines, fmt.Sprintf("+ %s %s %q", e.ID, e.Type, e.Name))
		case o.Name != e.Name || o.Type != e.Type || o.Mentions != e.Mentions:
			lines = append(lines, fmt.Sprintf("~ %s %s %q (%d mentions) -> %s %q (%d mentions)", e.ID, o.Type, o.Name, o.Mentions, e.Type, e.Name, e.Mentions))
		}
	}
	for _, e := range a.Entities {
		if b.Entity(e.ID) == nil {
			lines = append(lines, fmt.Sprintf("- %s %s %q", e.ID, e.Type, e.Name))
		}
	}
	fa, fb := map[string]*graph.Fact{}, map[string]*graph.Fact{}
	for _, f := range a.Facts {
		fa[f.ID] = f
	}
	for _, f := range b.Facts {
		fb[f.ID] = f
		if fa[f.ID] == nil {
			lines = append(lines, fmt.Sprintf("+ %s %s %s %s", f.ID, f.Subject, f.Predicate, f.Object))
		}
	}
	for _, f := range a.Facts {
		if fb[f.ID] == nil {
			lines = append(lines, fmt.Sprintf("- %s %s %s %s", f.ID, f.Subject, f.Predicate, f.Object))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if len(lines) == 0 {
		fmt.Fprintln(w, "no change")
	}
}
