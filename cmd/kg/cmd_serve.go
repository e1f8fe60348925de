package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"newskg/graph"
	"newskg/graph/dot"
	"newskg/graph/jsonld"
	"newskg/graph/svg"
	"newskg/graph/web"
)

const serveDoc = `Builds the graph from the articles at PATH... (or loads a built
graph.jsonld given as the only PATH) and serves the review app on
http://HOST:PORT/ (127.0.0.1:8080 by default). Corrections made in the
app are appended to the review file and applied by the Rebuild button,
which also rewrites every output kg build writes in DIR (graph.jsonld,
graph.dot, graph.svg), all together, and only when the rebuild succeeds.

The app's URL carries a random token made at each start; open the URL
printed at start. The server listens on loopback only and answers only
to loopback host names, unless -public names the host names (or
addresses) by which other machines reach it.
`

// runServe is the "serve" subcommand.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "[-addr HOST:PORT] [-public HOSTS] [-review FILE] [-o DIR] PATH...", serveDoc, stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	public := fs.String("public", "", "serve beyond loopback, answering to these comma-separated `HOSTS` (names or addresses) too; anyone with the printed URL can read and correct the graph")
	review := fs.String("review", "review.json", "the review `file` that corrections are written to")
	out := fs.String("o", "out", "output `dir`ectory rewritten after each build (the files of kg build)")
	workers := fs.Int("workers", 0, "extraction workers (0: the build's default)")
	dsn := fs.String("store", "", "serve this store (a SQLite `file` or postgres:// URL): decisions are stored there and applied at once; PATHs are added to it first")
	author := fs.String("author", defaultAuthor(), "the `author` of decisions made in the app (a client may send X-KG-Author)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 && *dsn == "" {
		fs.Usage()
		return fmt.Errorf("%w: serve needs a PATH", errUsage)
	}
	hosts := splitList(*public)
	if err := checkLoopback(*addr, len(hosts) > 0); err != nil {
		return err
	}
	if err := checkInputs(paths); err != nil {
		return err
	}
	var cfg web.Config
	var err error
	if *dsn != "" {
		st, err := openStore(ctx, *dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		cfg, err = storeConfig(ctx, st, *author, *out, ingestOptions{Workers: *workers}, paths, stdin, stderr)
		if err != nil {
			return err
		}
	} else if cfg, err = serveConfig(ctx, paths, *review, *out, *workers, stdin, stderr); err != nil {
		return err
	}
	cfg.Token, cfg.Hosts = web.NewToken(), hosts
	h, err := web.New(cfg)
	if err != nil {
		return interrupted(ctx, err, *out)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		// No WriteTimeout: a rebuild can take a while.
	}
	fmt.Fprintf(stdout, "kg serve: http://%s/?token=%s\n", ln.Addr(), cfg.Token)
	if len(hosts) > 0 {
		_, port, _ := net.SplitHostPort(ln.Addr().String())
		for _, h := range hosts {
			fmt.Fprintf(stdout, "kg serve: http://%s/?token=%s\n", net.JoinHostPort(strings.Trim(h, "[]"), port), cfg.Token)
		}
		fmt.Fprintf(stderr, "kg serve: WARNING: -public: the app is reachable from other machines as %s, over plain HTTP; anyone who has the URL with its token can read the graph and the articles' sentences and write corrections. Serve it on a network you trust, and stop the server when you are done.\n", strings.Join(hosts, ", "))
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// serveConfig returns the app's configuration for serving paths, less
// its token and hosts: a build from the articles (or the review applied
// to a built graph.jsonld given alone), and a Save that writes every
// output kg build writes into out, as one set.
func serveConfig(ctx context.Context, paths []string, review, out string, workers int, stdin io.Reader, stderr io.Writer) (web.Config, error) {
	var build func(ctx context.Context) (*graph.KG, error)
	skipFirst := func() bool { return false }
	if len(paths) == 1 && strings.HasSuffix(paths[0], ".jsonld") {
		// Read once (from its snapshot when kg build wrote one): -o may
		// name the folder of the input, and each rebuild must apply the
		// review to the graph as it was built.
		base, from, err := jsonld.ReadFile(paths[0])
		if err != nil {
			return web.Config{}, fmt.Errorf("read %s: %w", paths[0], err)
		}
		if from == jsonld.StaleSnapshot {
			fmt.Fprintf(stderr, "kg serve: %s does not record %s as it is now (changed since the build?): read the JSON-LD\n", jsonld.SnapshotPath(paths[0]), paths[0])
		}
		fmt.Fprintf(stderr, "kg serve: serving the built graph %s; decisions from %s are applied to it (graph.ApplyReview, as a build from the articles applies them)\n", paths[0], review)
		// The first build serves the graph as it was built: when the
		// input is DIR/graph.jsonld itself and no decision changes it,
		// the outputs of that build stand and are not written again
		// (at corpus scale, minutes of diagrams before the first page).
		keep := sameFile(paths[0], filepath.Join(out, "graph.jsonld"))
		handed := false // base is served: later builds copy it
		build = func(ctx context.Context) (*graph.KG, error) {
			g, decided, err := loadReviewed(base, !handed, review, stderr)
			handed = handed || g == base
			keep = keep && decided == 0
			return g, err
		}
		skipFirst = func() bool {
			k := keep
			keep = false
			return k
		}
	} else {
		opts := buildOptions{ReviewPath: review, Workers: workers}
		build = func(ctx context.Context) (*graph.KG, error) {
			g, _, err := buildGraph(ctx, opts, paths, stdin, stderr)
			return g, err
		}
	}
	save := func(ctx context.Context, g *graph.KG) error {
		if skipFirst() {
			fmt.Fprintf(stderr, "kg serve: %s is the graph served: not written again\n", paths[0])
			return nil
		}
		written, err := writeOutputs(ctx, g, out, defaultFormats, stderr)
		if err == nil {
			fmt.Fprintf(stderr, "kg serve: wrote %s\n", strings.Join(written, ", "))
		}
		return err
	}
	return web.Config{Build: build, ReviewPath: review, Save: save, Context: ctx, Render: renderView}, nil
}

// checkLoopback refuses a listening address that is not a loopback one
// unless public is set. An empty host listens on every interface.
func checkLoopback(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%w: -addr %q: %v", errUsage, addr, err)
	}
	if public {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%w: -addr %q is not a loopback address; pass -public HOSTS (the names other machines use to reach it) to serve beyond this machine", errUsage, addr)
}

// loadReviewed applies the review file to a copy of the built graph
// base (base itself when the file holds no decision, which would leave
// it as it is, and mayShare). It returns the number of decisions the
// review file holds.
func loadReviewed(base *graph.KG, mayShare bool, review string, stderr io.Writer) (*graph.KG, int, error) {
	r, err := graph.LoadReview(review)
	if err != nil {
		return nil, 0, err
	}
	if len(r.Decisions) == 0 {
		if mayShare {
			return base, 0, nil
		}
		return base.Clone(), 0, nil
	}
	g := base.Clone()
	res := graph.ApplyReview(g, r)
	for _, s := range res.Stale() {
		fmt.Fprintf(stderr, "kg serve: review: %s\n", s)
	}
	fmt.Fprintf(stderr, "kg serve: review: %d of %d decisions applied\n", len(res.Applied()), len(r.Decisions))
	if n := res.Unanchored(); n > 0 {
		fmt.Fprintf(stderr, "kg serve: review: %d decisions have no anchor and were applied by id alone\n", n)
	}
	return g, len(r.Decisions), nil
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

// renderView draws a (filtered) graph as DOT or SVG for the app's downloads.
func renderView(ctx context.Context, g *graph.KG, format string) ([]byte, error) {
	switch format {
	case "dot":
		var b bytes.Buffer
		err := dot.Write(&b, g, dot.Options{})
		return b.Bytes(), err
	case "svg":
		return svg.RenderKG(ctx, g, svg.Options{})
	}
	return nil, fmt.Errorf("unknown format %q", format)
}
