package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/store"
)

// queuedArticle is an article as kg enqueue queues it.
type queuedArticle struct {
	extract.Article
	From string `json:"source,omitempty"`
}

// runEnqueue implements "kg enqueue -store S PATH|-": articles are read
// and queued for kg worker; nothing is extracted here.
func runEnqueue(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("enqueue", "-store S PATH|-...", "Queues articles in a shared store for kg worker; nothing is extracted here.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a postgres:// URL (or a SQLite `file`)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: enqueue needs at least one PATH (a file, a folder or -)", errUsage)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	arts, probs := extract.Loader{Stdin: stdin}.Load(fs.Args())
	for _, p := range probs {
		fmt.Fprintf(stderr, "kg: warning: skipped %s\n", p.Error())
		if err := st.AddProblem(ctx, store.Problem{Source: p.Source, Error: p.Err.Error()}); err != nil {
			return err
		}
	}
	if len(arts) == 0 {
		return fmt.Errorf("%w in %v", extract.ErrNoArticle, fs.Args())
	}
	var jobs []store.Job
	for _, a := range arts {
		b, err := json.Marshal(queuedArticle{Article: a, From: a.Source})
		if err != nil {
			return err
		}
		jobs = append(jobs, store.Job{Doc: a.ID, Article: string(b)})
	}
	if err := st.Enqueue(ctx, jobs); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg enqueue: queued %d articles, skipped %d\n", len(jobs), len(probs))
	return nil
}

// runWorker implements "kg worker -store S": a stateless worker that
// claims queued articles under a lease, extracts them, stores the
// documents of a claim with their extraction and their jobs' completion
// in one transaction, and re-resolves the store when the queue is empty,
// or at most every -resolve-every while jobs keep coming, when no other
// worker is doing so. A worker that dies loses only its lease.
func runWorker(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("worker", "-store S [-n N] [-lease D] [-drain]", "A stateless worker: claims queued articles under a lease, extracts them, stores them with their jobs in one transaction, and re-resolves the store when the queue is empty (or at most every -resolve-every while jobs keep coming) and no other worker does.", stderr)
	dsn := fs.String("store", defaultStore, "the store: a postgres:// URL (or a SQLite `file`)")
	n := fs.Int("n", 16, "`jobs` claimed at a time")
	lease := fs.Duration("lease", time.Minute, "how long a claim lasts; a job whose worker died is claimed again after it")
	drain := fs.Bool("drain", false, "exit when the queue is empty and the store resolved")
	name := fs.String("name", "", "the worker's `name` in the queue (default host:pid)")
	workers := fs.Int("workers", 0, "extraction workers (0: one per core)")
	poll := fs.Duration("poll", 500*time.Millisecond, "how often an idle worker looks for work")
	every := fs.Duration("resolve-every", 30*time.Second, "while jobs keep coming, re-resolve the store at most this often (0: after every claim); it is always re-resolved once the queue is empty")
	times := fs.Bool("times", false, "print wall and CPU seconds per stage at exit")
	noPremake := fs.Bool("no-premake", false, "leave the resolver rows of the worker's documents to the resolution (by default the worker makes them while it holds their jobs)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the worker to `file` (go tool pprof)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *n < 1 {
		fs.Usage()
		return fmt.Errorf("%w: kg worker takes no PATH and -n >= 1", errUsage)
	}
	if *name == "" {
		h, _ := os.Hostname()
		*name = fmt.Sprintf("%s:%d", h, os.Getpid())
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	in, err := newIngester(st, ingestOptions{Workers: *workers}, stderr)
	if err != nil {
		return err
	}
	w := &worker{in: in, name: *name, lease: *lease, clock: &stageClock{}}
	if !*noPremake {
		w.pre = st.NewPremaker(store.ResolveOptions{KB: in.base, Corpus: in.corpus()})
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	if *times {
		defer func() { w.clock.lap("exit"); w.clock.summed().write(stderr) }()
	}
	w.clock.lap("")
	done := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		jobs, err := st.Claim(ctx, w.name, *n, w.lease)
		w.clock.lap("claim")
		if err != nil {
			return err
		}
		if len(jobs) > 0 {
			k, err := w.process(ctx, jobs)
			done += k
			if err != nil {
				return err
			}
			if due, err := w.due(ctx, *every); err != nil {
				return err
			} else if due {
				if _, err := w.resolve(ctx, false); err != nil {
					return err
				}
			}
			continue
		}
		// Nothing to claim. While other workers still hold jobs the
		// last of them resolves, unless a resolution is due.
		qs, err := st.QueueStats(ctx)
		if err != nil {
			return err
		}
		due := qs["queued"] == 0 && qs["running"] == 0
		if !due {
			if due, err = w.due(ctx, *every); err != nil {
				return err
			}
		}
		if due {
			resolved, err := w.resolve(ctx, *drain)
			if err != nil {
				return err
			}
			if *drain && resolved {
				if qs, err = st.QueueStats(ctx); err != nil {
					return err
				}
				if qs["queued"] == 0 && qs["running"] == 0 {
					fmt.Fprintf(stderr, "kg worker %s: %d jobs done, %d resolutions; queue empty\n", w.name, done, w.resolutions)
					return nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(*poll):
		}
		w.clock.lap("idle")
	}
}

type worker struct {
	in    *ingester
	pre   *store.Premaker // nil: no rows made ahead
	name  string
	lease time.Duration
	clock *stageClock
	since time.Time // when this worker first found no resolution recorded
	// resolutions is how many resolutions this worker ran
	resolutions int
}

// process extracts a batch of claimed jobs and stores their documents
// with the jobs' completion. It returns how many jobs it finished.
func (w *worker) process(ctx context.Context, jobs []store.Job) (int, error) {
	st := w.in.st
	finished := 0
	finish := func(j store.Job, problem string) error {
		err := st.Update(ctx, func(tx *store.Tx) error { return tx.Finish(ctx, j.ID, w.name, problem) })
		if errors.Is(err, store.ErrLeaseLost) {
			return nil
		}
		if err == nil {
			finished++
		}
		return err
	}
	var arts []extract.Article
	byID := map[string]store.Job{}
	hash := map[string]string{}
	for _, j := range jobs {
		var qa queuedArticle
		if err := json.Unmarshal([]byte(j.Article), &qa); err != nil {
			st.AddProblem(ctx, store.Problem{Source: j.Doc, Doc: j.Doc, Error: "queued article: " + err.Error()})
			if err := finish(j, "queued article: "+err.Error()); err != nil {
				return finished, err
			}
			continue
		}
		a := qa.Article
		a.Source = qa.From
		h := store.Hash(a.Title, a.Text, a.URL, a.Published, a.Lang)
		old, ok, err := st.DocHash(ctx, a.ID)
		if err != nil {
			return finished, err
		}
		other, dup, err := st.DocByHash(ctx, h)
		if err != nil {
			return finished, err
		}
		if ok && old == h || dup && other != a.ID {
			if err := finish(j, ""); err != nil {
				return finished, err
			}
			continue
		}
		if _, seen := byID[a.ID]; seen {
			// the same id twice in one batch: the later one waits
			continue
		}
		byID[a.ID], hash[a.ID] = j, h
		arts = append(arts, a)
	}
	w.clock.lap("check")
	if len(arts) == 0 {
		return finished, nil
	}
	c, err := w.in.stage(ctx, arts)
	if err != nil {
		return finished, err
	}
	w.clock.lap("extract")
	known, err := st.BookNames(ctx)
	if err != nil {
		return finished, err
	}
	w.clock.lap("book")
	book := rules.NewNameBook()
	book.AddNames(known)
	names := map[string][]string{}
	stages := map[string]store.Extraction{}
	for _, d := range c.Docs {
		names[d.ID] = bookNames(d)
		book.AddNames(names[d.ID])
		stages[d.ID] = stageOf(d)
	}
	inBook := map[string]bool{}
	for _, k := range book.Names() {
		inBook[k] = true
	}
	out, deferred, tail, rel, err := w.in.finish(ctx, arts, stages, book)
	if err != nil {
		return finished, err
	}
	probs := w.in.problems(ctx, out.Problems)
	w.clock.lap("mid")
	// store the documents with their extraction in one transaction
	version := w.in.extractorVersion()
	var redo []string // documents to extract again: marked for this claim's names, or caught up
	err = st.Update(ctx, func(tx *store.Tx) error {
		redo = nil
		var ids, all []string
		// in id order: two claims holding the same documents lock
		// their rows in the same order (no deadlock)
		order := make([]int, len(out.Docs))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return out.Docs[order[a]].ID < out.Docs[order[b]].ID })
		for _, i := range order {
			d, first := out.Docs[i], c.Docs[i]
			if err := tx.PutDocument(ctx, storedDoc(first, hash[d.ID]), sentencesOf(first), stages[d.ID], bookEntries(names[d.ID]), rules.NameStarts(first)); err != nil {
				return err
			}
			if err := tx.SetExtraction(ctx, d.ID, 1, version, store.Extraction{Mentions: d.Mentions, Relations: d.Relations}, deferred[d.ID], probs[d.ID]); err != nil {
				return err
			}
			ids, all = append(ids, d.ID), append(all, names[d.ID]...)
		}
		// The book's checks under its lock, after the documents'
		// rows: a transaction that takes the lock after this one
		// commits sees its book names, and this one sees those of
		// every transaction that committed before it took the lock.
		// The documents were extracted with each other's names, so
		// only the stored documents are marked for them.
		if err := tx.LockBook(ctx); err != nil {
			return err
		}
		marked, err := markForNames(ctx, tx, uniq(all), ids)
		if err != nil {
			return err
		}
		redo = marked
		late, err := tx.CatchUpAll(ctx, ids, inBook)
		redo = append(redo, late...)
		return err
	})
	w.clock.lap("write")
	if err != nil {
		return finished, err
	}
	// While the jobs are held (so that no worker resolves before),
	// the documents marked for the new names, and those of the claim
	// that missed a name another worker added, are extracted again
	// here rather than by the one worker that resolves.
	again, err := w.complete(ctx, redo)
	if err != nil {
		return finished, err
	}
	// and their resolver rows are made (store.Premaker)
	first := extracted{out: out, deferred: deferred, tail: tail, rel: rel}
	for i, d := range out.Docs {
		first.claims = append(first.claims, store.Claim{Document: store.Document{DocInfo: graph.DocInfo{ID: d.ID}, Hash: hash[d.ID]}, Needs: 1})
		if !slices.Contains(redo, d.ID) {
			first.stored = append(first.stored, i)
		}
	}
	if err := w.premake(ctx, append(again, first)); err != nil {
		return finished, err
	}
	// the jobs' completion: all at once; when a lease went to another
	// worker (this one was too slow), each alone, so that the others
	// are kept (the documents are stored either way, and the other
	// worker finds them stored)
	var held []store.Job
	for _, d := range out.Docs {
		held = append(held, byID[d.ID])
	}
	sort.Slice(held, func(a, b int) bool { return held[a].ID < held[b].ID })
	defer w.clock.lap("finish")
	fin := func(js []store.Job) error {
		return st.Update(ctx, func(tx *store.Tx) error {
			for _, j := range js {
				if err := tx.Finish(ctx, j.ID, w.name, ""); err != nil {
					return err
				}
			}
			return nil
		})
	}
	err = fin(held)
	if err == nil {
		return finished + len(held), nil
	}
	if !errors.Is(err, store.ErrLeaseLost) {
		return finished, err
	}
	for _, j := range held {
		err := fin([]store.Job{j})
		switch {
		case errors.Is(err, store.ErrLeaseLost):
			fmt.Fprintf(w.in.stderr, "kg worker %s: lease of job %d (%s) lost; it is left to the other worker\n", w.name, j.ID, j.Doc)
		case err != nil:
			return finished, err
		default:
			finished++
		}
	}
	return finished, nil
}

// complete extracts again, with the store's name book, the documents
// of ids that are pending (a batch at a time); it returns the batches
// with the documents it stored.
func (w *worker) complete(ctx context.Context, ids []string) ([]extracted, error) {
	ids = uniq(ids)
	if len(ids) == 0 {
		return nil, nil
	}
	defer w.clock.lap("complete")
	names, err := w.in.st.BookNames(ctx)
	if err != nil {
		return nil, err
	}
	var out []extracted
	for lo := 0; lo < len(ids); lo += w.in.opts.batch() {
		claims, err := w.in.st.ClaimsOf(ctx, ids[lo:min(lo+w.in.opts.batch(), len(ids))])
		if err != nil {
			return nil, err
		}
		x, err := w.in.extractClaims(ctx, claims, names)
		if err != nil {
			return nil, err
		}
		if x.stored, err = w.in.storeExtracted(ctx, x); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// premake makes the resolver rows of the documents stored from each
// batch (their claims' hashes and generations): a deferred one is
// completed against the titles of every document stored now.
func (w *worker) premake(ctx context.Context, xs []extracted) error {
	if w.pre == nil {
		return nil
	}
	defer w.clock.lap("premake")
	var held []store.Ahead
	var at [][]int // each batch's documents in held
	for _, x := range xs {
		var idx []int
		for _, i := range x.stored {
			d, c := x.out.Docs[i], x.claims[i]
			idx = append(idx, len(held))
			held = append(held, store.Ahead{Doc: d.ID, Hash: c.Hash, Gen: c.Needs, Output: store.Extraction{Mentions: slices.Clip(d.Mentions), Relations: slices.Clip(d.Relations)}})
		}
		at = append(at, idx)
	}
	if len(held) == 0 {
		return nil
	}
	titles, err := w.pre.Titles(ctx, held)
	if err != nil {
		return err
	}
	for k, x := range xs {
		waits := false
		for _, i := range x.stored {
			waits = waits || x.deferred[x.out.Docs[i].ID]
		}
		if !waits {
			continue
		}
		settled, err := settleFresh(ctx, x.out, x.tail, x.rel, titles)
		if err != nil {
			return err
		}
		for j, i := range x.stored {
			if id := x.out.Docs[i].ID; x.deferred[id] {
				s := settled[id]
				held[at[k][j]].Settled = &s
			}
		}
	}
	// rows made ahead are a saving, not the work: when they cannot be
	// stored, the resolution makes them
	if _, err := w.pre.Put(ctx, held); err != nil && ctx.Err() == nil {
		fmt.Fprintf(w.in.stderr, "kg worker %s: warning: rows made ahead not stored (the resolution will make them): %v\n", w.name, err)
	}
	return ctx.Err()
}

// resolve re-extracts documents marked stale and re-resolves the store
// when it changed, unless another worker holds the resolution lock
// (wait: block for it). It reports whether the store is resolved.
func (w *worker) resolve(ctx context.Context, wait bool) (bool, error) {
	st := w.in.st
	dirty, err := st.Dirty(ctx)
	if err != nil {
		return false, err
	}
	pending, err := st.CountPending(ctx)
	if err != nil || !dirty && pending == 0 {
		return err == nil, err
	}
	w.clock.lap("resolve:check")
	unlock, ok, err := st.TryResolveLock(ctx)
	for err == nil && !ok && wait {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(lockPoll):
		}
		unlock, ok, err = st.TryResolveLock(ctx)
	}
	if err != nil || !ok {
		return false, err
	}
	defer unlock()
	w.clock.lap("resolve:wait")
	// One worker resolves while the others wait for work or for it: its
	// extraction of pending and deferred documents runs on every core
	// the process has, whatever -workers says for claims.
	defer func(n int) { w.in.opts.Workers = n }(w.in.opts.Workers)
	w.in.opts.Workers = 0
	if _, err := w.in.secondPass(ctx); err != nil {
		return false, err
	}
	w.clock.lap("resolve:second")
	if dirty, err = st.Dirty(ctx); err != nil || !dirty {
		return err == nil, err
	}
	started := time.Now()
	w.resolutions++
	res, err := st.Resolve(ctx, store.ResolveOptions{KB: w.in.base, Corpus: w.in.corpus(), Locked: true, Lap: func(s string) { w.clock.lap("resolve:" + s) }})
	if err != nil {
		return false, err
	}
	for _, s := range res.Stale {
		fmt.Fprintf(w.in.stderr, "kg worker %s: review: %s\n", w.name, s)
	}
	err = st.Update(ctx, func(tx *store.Tx) error {
		return tx.SetMeta(ctx, resolvedAtKey, started.UTC().Format(time.RFC3339Nano)+" "+time.Since(started).String())
	})
	return err == nil, err
}

// lockPoll is how often a draining worker asks for the resolution lock
// while another worker resolves: the draining workers exit that long
// after the resolution at most (a try is one cheap query).
const lockPoll = 50 * time.Millisecond

// resolvedAtKey is the meta key under which workers record when the
// last resolution by a worker began and how long it took.
const resolvedAtKey = "worker resolution"

// resolveShare bounds the part of a backlog's time spent resolving: a
// resolution is not due before resolveShare times the last one's
// length has passed since it began, however short -resolve-every is.
const resolveShare = 4

// due reports whether a worker's resolution is due while jobs keep
// coming: when none began within every, nor within resolveShare times
// the length of the last one (store-wide, whichever worker ran it),
// and at once when every is 0.
func (w *worker) due(ctx context.Context, every time.Duration) (bool, error) {
	if every <= 0 {
		return true, nil
	}
	v, err := w.in.st.Meta(ctx, resolvedAtKey)
	if err != nil {
		return false, err
	}
	if v == "" {
		if w.since.IsZero() {
			w.since = time.Now()
		}
		return time.Since(w.since) >= every, nil
	}
	at, took, _ := strings.Cut(v, " ")
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return true, nil
	}
	if d, err := time.ParseDuration(took); err == nil && resolveShare*d > every {
		every = resolveShare * d
	}
	return time.Since(t) >= every, nil
}
