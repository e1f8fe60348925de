package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"
	"time"

	"newskg/graph"
	"newskg/graph/store"
	"newskg/graph/web"
)

// buildFromStore is kg build -store: PATHs are added to the store, then
// the store's graph is written like a build's.
func buildFromStore(ctx context.Context, dsn string, opts ingestOptions, minConf float64, paths []string, outDir string, names []string, stdin io.Reader, stderr io.Writer) error {
	t0 := time.Now()
	st, err := openStore(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if len(paths) > 0 {
		in, err := newIngester(st, opts, stderr)
		if err != nil {
			return err
		}
		s, err := in.add(ctx, paths, stdin)
		if err != nil {
			return err
		}
		printIngest(stderr, s)
	}
	g, err := graphFromStore(ctx, st, opts, stderr)
	if err != nil {
		return err
	}
	if minConf > 0 {
		if g, err = (graph.Filter{MinConfidence: minConf}).Apply(g); err != nil {
			return err
		}
	}
	written, err := writeOutputs(ctx, g, outDir, names, stderr)
	if err != nil {
		return err
	}
	byType, byPred := g.Stats()
	fmt.Fprintf(stderr, "kg: store %d documents; %d entities (%s); %d relations (%s); %s\n", len(g.Docs), len(g.Entities), countsT(byType), len(g.Facts), countsP(byPred), time.Since(t0).Round(time.Millisecond))
	fmt.Fprintf(stderr, "kg: wrote %s\n", strings.Join(written, ", "))
	return nil
}

// explainFromStore reads the store's graph for kg explain; a NAME that
// is a retired id is replaced by the id it redirects to.
func explainFromStore(ctx context.Context, dsn, name string, stderr io.Writer) (*graph.KG, string, error) {
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, name, err
	}
	defer st.Close()
	g, err := graphFromStore(ctx, st, ingestOptions{}, stderr)
	if err != nil {
		return nil, name, err
	}
	if g.Entity(name) == nil {
		if id, err := st.ResolveID(ctx, "entity", name); err == nil {
			fmt.Fprintf(stderr, "kg explain: %s now resolves to %s\n", name, id)
			name = id
		}
	}
	return g, name, nil
}

// defaultAuthor names the person running kg: $KG_AUTHOR, else the user.
func defaultAuthor() string {
	if a := os.Getenv("KG_AUTHOR"); a != "" {
		return a
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "kg"
}

// storeDecisions keeps the review app's decisions in a store.
type storeDecisions struct {
	st     *store.Store
	author string
}

func (s storeDecisions) Load(ctx context.Context) (*graph.Review, error) {
	return s.st.Review(ctx)
}

func (s storeDecisions) Append(ctx context.Context, author string, d graph.Decision) error {
	if author == "" {
		author = s.author
	}
	if d.Author == "" {
		d.Author = author
	}
	_, err := s.st.AddDecision(ctx, store.Decision{Decision: d})
	return err
}

// storeConfig is the app's configuration for kg serve -store (less its
// token and hosts): the app reads the store's graph, and a decision
// posted to it is stored and applied at once. Several servers may share
// one PostgreSQL store.
func storeConfig(ctx context.Context, st *store.Store, author, outDir string, opts ingestOptions, paths []string, stdin io.Reader, stderr io.Writer) (web.Config, error) {
	if len(paths) > 0 {
		in, err := newIngester(st, opts, stderr)
		if err != nil {
			return web.Config{}, err
		}
		s, err := in.add(ctx, paths, stdin)
		if err != nil {
			return web.Config{}, err
		}
		printIngest(stderr, s)
	}
	save := func(ctx context.Context, g *graph.KG) error {
		written, err := writeOutputs(ctx, g, outDir, defaultFormats, stderr)
		if err == nil {
			fmt.Fprintf(stderr, "kg serve: wrote %s\n", strings.Join(written, ", "))
		}
		return err
	}
	return web.Config{
		Build:     func(ctx context.Context) (*graph.KG, error) { return graphFromStore(ctx, st, opts, stderr) },
		Decisions: storeDecisions{st: st, author: author},
		Save:      save,
		Context:   ctx,
		Render:    renderView,
	}, nil
}
