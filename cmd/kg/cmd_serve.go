package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

Given a built DIR/graph.jsonld and no -o, the outputs are DIR's: the
served graph's own folder, never an out/ of the working directory that
holds another graph. Its first page is answered at once
from DIR/graph.view (which kg build writes beside it) while the graph
loads; other requests wait for the graph. A graph.view that does not
record the graph.jsonld as it is, or a review file with decisions, makes
the server read the graph first.

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
	oSet := false
	fs.Visit(func(f *flag.Flag) { oSet = oSet || f.Name == "o" })
	*out = serveOutDir(*out, oSet, paths)
	hosts := splitList(*public)
	if err := checkLoopback(*addr, len(hosts) > 0); err != nil {
		return err
	}
	if err := checkInputs(paths); err != nil {
		return err
	}
	var cfg web.Config
	var err error
	var bg sync.WaitGroup // work the server left running: wait for it before returning
	defer bg.Wait()
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
	} else if cfg, err = serveConfig(ctx, paths, *review, *out, *workers, stdin, stderr, &bg); err != nil {
		return err
	}
	cfg.Token, cfg.Hosts = web.NewToken(), hosts
	var loaded chan error // the first build, when it runs in the background (cfg.FirstPage)
	if cfg.FirstPage != nil {
		c := make(chan error, 1)
		cfg.Loaded = func(err error) { c <- err }
		loaded = c
		// the load ends before runServe returns, whichever way it does
		lctx, stop := context.WithCancel(cfg.Context)
		cfg.Context = lctx
		defer func() {
			stop()
			if loaded != nil {
				<-loaded
			}
		}()
	}
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
	var failed error
wait:
	for {
		select {
		case err := <-errc:
			return err
		case err := <-loaded:
			loaded = nil // nil when the graph is served: go on serving it
			if err != nil {
				failed = interrupted(ctx, err, *out)
				break wait
			}
		case <-ctx.Done():
			break wait
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	if loaded != nil { // stopped while loading: the load ends with ctx
		err := <-loaded
		loaded = nil
		if err != nil && failed == nil {
			failed = interrupted(ctx, err, *out)
		}
	}
	return failed
}

// serveOutDir is where kg serve writes its outputs: -o when given;
// else, for a built DIR/graph.jsonld served alone, DIR (serving it wrote
// the served graph over ./out, another build's outputs); else out.
func serveOutDir(out string, set bool, paths []string) string {
	if set || len(paths) != 1 || !strings.HasSuffix(paths[0], ".jsonld") {
		return out
	}
	return filepath.Dir(paths[0])
}

// serveConfig returns the app's configuration for serving paths, less
// its token and hosts: a build from the articles (or the review applied
// to a built graph.jsonld given alone), and a Save that writes every
// output kg build writes into out, as one set.
func serveConfig(ctx context.Context, paths []string, review, out string, workers int, stdin io.Reader, stderr io.Writer, bg *sync.WaitGroup) (web.Config, error) {
	var build func(ctx context.Context) (*graph.KG, error)
	skipFirst := func() bool { return false }
	var page []byte
	keepPage := func(*graph.KG) {} // on the first save: keeps the first page for the next start
	var kept sync.WaitGroup        // keepPage's writing, which a later save waits for
	if len(paths) == 1 && strings.HasSuffix(paths[0], ".jsonld") {
		in := paths[0]
		// The first build serves the graph as it was built: when the
		// input is DIR/graph.jsonld itself and no decision changes it,
		// the outputs of that build stand and are not written again
		// (at corpus scale, minutes of diagrams before the first page).
		keep := sameFile(in, filepath.Join(out, "graph.jsonld"))
		// Its first page, when kept beside it (graph.view) and no
		// decision changes it, is answered while the graph loads; a
		// served out/graph.jsonld without one gets one for the next start.
		page = firstPageOf(in, review, stderr)
		fill := page == nil && keep
		var base *graph.KG
		var sum jsonld.Sum
		var sumErr error
		// Read once (from its snapshot when kg build wrote one): -o may
		// name the folder of the input, and each rebuild must apply the
		// review to the graph as it was built.
		load := func() error {
			if fill { // before reading: a later change makes the page stale, never wrong
				sum, sumErr = jsonld.SumFile(in)
			}
			g, from, err := jsonld.ReadFile(in)
			if err != nil {
				return fmt.Errorf("read %s: %w", in, err)
			}
			if page != nil {
				if err := samePage(in, page); err != nil {
					return err
				}
			}
			if from == jsonld.StaleSnapshot {
				fmt.Fprintf(stderr, "kg serve: %s does not record %s as it is now (changed since the build?): read the JSON-LD\n", jsonld.SnapshotPath(in), in)
			}
			fmt.Fprintf(stderr, "kg serve: serving the built graph %s; decisions from %s are applied to it (graph.ApplyReview, as a build from the articles applies them)\n", in, review)
			base = g
			return nil
		}
		if page == nil { // as before: no address until the graph is read
			if err := load(); err != nil {
				return web.Config{}, err
			}
		}
		// Called on the first save only when the graph served is the
		// input as built (skipFirst): g is base, and the page is made of
		// g as served, beside the build's other outputs. A served graph
		// is never changed in place, so this runs beside the server.
		keepPage = func(g *graph.KG) {
			if !fill || sumErr != nil {
				return
			}
			bg.Add(1)
			kept.Add(1)
			go func() {
				defer bg.Done()
				defer kept.Done()
				p, err := web.FirstPage(g, nil)
				if err == nil {
					err = saveView(viewPath(in), sum, p)
				}
				if err != nil {
					fmt.Fprintf(stderr, "kg serve: warning: the first page is not kept for the next start: %v\n", err)
					return
				}
				fmt.Fprintf(stderr, "kg serve: wrote %s (the first page, answered while the graph loads at the next start)\n", viewPath(in))
			}()
		}
		handed := false // base is served: later builds copy it
		build = func(ctx context.Context) (*graph.KG, error) {
			if base == nil {
				if err := load(); err != nil {
					return nil, err
				}
			}
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
			keepPage(g)
			return nil
		}
		kept.Wait() // its graph.view must not land over this one's
		written, err := writeOutputs(ctx, g, out, defaultFormats, stderr)
		if err == nil {
			fmt.Fprintf(stderr, "kg serve: wrote %s\n", strings.Join(written, ", "))
		}
		return err
	}
	return web.Config{Build: build, ReviewPath: review, Save: save, Context: ctx, Render: renderView, FirstPage: page}, nil
}

// firstPageOf returns the first page kept beside the built graph at in
// (readView) when the review file holds no decision, which could change
// the graph; nil otherwise, with a line saying why when a page is there
// but cannot be used.
func firstPageOf(in, review string, stderr io.Writer) []byte {
	if r, err := graph.LoadReview(review); err != nil || len(r.Decisions) > 0 {
		return nil // the build says what is wrong with the file, or applies the decisions
	}
	page, err := readView(in)
	switch {
	case err == nil:
		fmt.Fprintf(stderr, "kg serve: the first page comes from %s while the graph loads\n", viewPath(in))
		return page
	case errors.Is(err, errStaleView):
		fmt.Fprintf(stderr, "kg serve: %s does not record %s as it is now (changed since the build?): the first page waits for the graph\n", viewPath(in), in)
	case !errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(stderr, "kg serve: %s: %v: ignored, the first page waits for the graph\n", viewPath(in), err)
	}
	return nil
}

// samePage says whether page, answered while in was loading, is still
// the first page of in once it is read: a build that replaced in (and
// its graph.view) meanwhile would otherwise leave the page of one graph
// on screen beside another. Checked after the read, so that a change at
// any time before it is seen; a change after it is a false alarm, never a
// wrong page.
func samePage(in string, page []byte) error {
	now, err := readView(in)
	if err != nil || !bytes.Equal(now, page) {
		return fmt.Errorf("%s changed while it was loading, after its first page was answered from %s: start kg serve again", in, viewPath(in))
	}
	return nil
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
