package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/resolve"
	"newskg/graph/textnorm"
)

// runExplain implements "kg explain [-graph FILE] NAME": it finds the
// entity that carries NAME (any form, either script; exactly after
// normalisation, else the closest by name similarity) and prints its
// id, type, canonical name and sameAs, its forms grouped by script with
// counts and source documents, and the reason for every merge.
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
	}
	return nil
}

// findEntities returns the entities with a form whose key equals the
// key of name; failing that, the entities whose best form is most
// similar to it (at least 0.75), best first, at most three.
func findEntities(g *graph.KG, name string) ([]*graph.Entity, bool) {
	k := textnorm.Key(name)
	var out []*graph.Entity
	for _, e := range g.Entities {
		hit := textnorm.Key(e.Name) == k || strings.EqualFold(e.ID, name)
		for _, a := range e.Aliases {
			hit = hit || textnorm.Key(a.Text) == k
		}
		if hit {
			out = append(out, e)
		}
	}
	if len(out) > 0 {
		return out, false
	}
	type scored struct {
		e *graph.Entity
		s float64
	}
	var ss []scored
	for _, e := range g.Entities {
		// The whole form, or one of its words: "Witkof" finds
		// "Steve Witkoff".
		best := 0.0
		forms := []string{e.Name}
		for _, a := range e.Aliases {
			forms = append(forms, a.Text)
		}
		for _, f := range forms {
			cands := []string{f}
			if len(strings.Fields(name)) == 1 {
				cands = append(cands, strings.Fields(f)...)
			}
			for _, c := range cands {
				if s := resolve.Similarity(name, c); s > best {
					best = s
				}
			}
		}
		if best >= 0.75 {
			ss = append(ss, scored{e, best})
		}
	}
	sort.SliceStable(ss, func(i, j int) bool {
		if ss[i].s != ss[j].s {
			return ss[i].s > ss[j].s
		}
		return ss[i].e.ID < ss[j].e.ID
	})
	for i := 0; i < len(ss) && i < 3; i++ {
		out = append(out, ss[i].e)
	}
	return out, true
}

func explainEntity(w io.Writer, e *graph.Entity) {
	fmt.Fprintf(w, "%s  %s  %q\n", e.ID, e.Type, e.Name)
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
