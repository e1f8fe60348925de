package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/resolve"
	"newskg/graph/textnorm"
)

// runExplain implements "kg explain [-graph FILE] NAME": it finds the
// entity that carries NAME (any form, either script; exactly after
// normalisation, else by any spelling with the resolver's search) and
// prints its id, type, canonical name and sameAs, its forms grouped by
// script with counts and source documents, the reason for every merge,
// and why the entity most like it by name was not merged with it.
func runExplain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("explain", "[-graph FILE] NAME", "Shows an entity's forms in every script, their sources, and why they were merged.", stderr)
	graphPath := fs.String("graph", "out/graph.jsonld", "the graph to read (JSON-LD written by kg build); - for stdin")
	dsn := fs.String("store", "", "read the graph from this store (a SQLite `file` or postgres:// URL); NAME may be a retired id")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	name := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if name == "" {
		fs.Usage()
		return fmt.Errorf("%w: explain needs a NAME", errUsage)
	}
	var g *graph.KG
	if *dsn != "" {
		var err error
		if g, name, err = explainFromStore(ctx, *dsn, name, stderr); err != nil {
			return err
		}
		*graphPath = *dsn
	} else {
		var r io.Reader = stdin
		if *graphPath != "-" {
			f, err := os.Open(*graphPath)
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		var err error
		if g, err = jsonld.Read(r); err != nil {
			return fmt.Errorf("read %s: %w", *graphPath, err)
		}
	}
	found, closest := findEntities(g, name)
	if len(found) == 0 {
		return fmt.Errorf("no entity named %q in %s", name, *graphPath)
	}
	if closest {
		fmt.Fprintf(stdout, "no entity carries %q exactly; closest by name:\n\n", name)
	}
	for i, e := range found {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		explainEntity(stdout, e)
		explainApart(stdout, g, e)
	}
	return nil
}

// explainApart tells why the entity most like e by name was not merged
// with it: the closest pair of forms, its score and the rule that kept
// them apart.
func explainApart(w io.Writer, g *graph.KG, e *graph.Entity) {
	o, sim := resolve.Nearest(g, e, 0.6)
	if o == nil {
		fmt.Fprintln(w, "not merged: no other entity has a similar name")
		return
	}
	v := resolve.WhyApart(g, e, o)
	fmt.Fprintf(w, "not merged with: %s  %s  %q  (name similarity %.3f)\n", o.ID, o.Type, o.Name, sim)
	fmt.Fprintf(w, "  closest forms %q ~ %q  rule=%s  score=%.3f\n", v.Form, v.Other, v.Rule, v.Score)
	if v.Reason == "" {
		fmt.Fprintln(w, "  kept apart: not by the name rules (an analyst's decision, or a link to the knowledge base)")
		return
	}
	fmt.Fprintf(w, "  kept apart: %s\n", v.Reason)
}

// findEntities returns the entities that carry name as a form (after
// normalisation); failing that, the three best found by the resolver's
// search, by any spelling in either script (resolve.Index.Search),
// best first; closest tells which.
func findEntities(g *graph.KG, name string) (found []*graph.Entity, closest bool) {
	hits := resolve.NewIndex(g).Search(name, 0)
	for _, h := range hits {
		if h.How == resolve.MatchExact {
			found = append(found, h.Entity)
		}
	}
	for _, e := range g.Entities {
		if strings.EqualFold(e.ID, name) && !containsEntity(found, e) {
			found = append(found, e)
		}
	}
	if len(found) > 0 {
		return found, false
	}
	for i := 0; i < len(hits) && i < 3; i++ {
		found = append(found, hits[i].Entity)
	}
	return found, true
}

func containsEntity(es []*graph.Entity, e *graph.Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func explainEntity(w io.Writer, e *graph.Entity) {
	fmt.Fprintf(w, "%s  %s  %q\n", e.ID, e.Type, e.Name)
	if e.Romanized {
		fmt.Fprintln(w, "  name    romanised from the Arabic forms (no article writes it)")
	}
	for _, s := range e.SameAs {
		fmt.Fprintf(w, "  sameAs  %s\n", s)
	}
	if len(e.Roles) > 0 {
		fmt.Fprintf(w, "  roles   %s\n", strings.Join(e.Roles, "; "))
	}
	fmt.Fprintf(w, "  %d mentions in %d documents\n", e.Mentions, len(e.Docs))
	groups := map[string][]graph.Alias{}
	for _, a := range e.Aliases {
		s := textnorm.Script(a.Text)
		if s == "" {
			s = a.Lang
		}
		groups[s] = append(groups[s], a)
	}
	for _, s := range []string{"en", "ar", ""} {
		as := groups[s]
		if len(as) == 0 {
			continue
		}
		label := map[string]string{"en": "Latin", "ar": "Arabic", "": "other"}[s]
		fmt.Fprintf(w, "forms (%s):\n", label)
		for _, a := range as {
			fmt.Fprintf(w, "  %-32s x%-3d %s\n", a.Text, a.Count, strings.Join(a.Docs, ", "))
		}
	}
	if len(e.Merges) == 0 {
		fmt.Fprintln(w, "merges: none (a single form)")
		return
	}
	fmt.Fprintln(w, "merges:")
	for _, m := range e.Merges {
		fmt.Fprintf(w, "  %s -> %s  rule=%s", m.Form, m.Into, m.Rule)
		if m.Key != "" {
			fmt.Fprintf(w, "  key=%s", m.Key)
		}
		fmt.Fprintf(w, "  score=%.3f\n", m.Score)
	}
}
