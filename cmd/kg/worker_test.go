package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"newskg/graph"
	"newskg/graph/store"
	"newskg/graph/store/storetest"
	"newskg/graph/web"
)

// kgBinary builds the kg command once per test binary.
func kgBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	return bin
}

func postgresURL(t *testing.T) string {
	t.Helper()
	return storetest.Database(t, storetest.Admin(t))
}

// TestWorkersOnPostgres runs three kg worker processes on one
// PostgreSQL store while batches are queued and decisions posted to a
// kg serve of the same store; one worker is killed in the middle of a
// job. Every job is done exactly once, every decision is stored with its
// author and time, and the graph equals the one a single machine builds
// from the same articles with the same decisions.
func TestWorkersOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dsn := postgresURL(t)
	bin := kgBinary(t)
	dir := t.TempDir()
	var batches []string
	for i := 0; i < 3; i++ {
		b := filepath.Join(dir, fmt.Sprintf("batch%d", i))
		genCorpus(t, b, 24, uint64(100+i))
		// distinct ids across batches
		for _, f := range files(t, b) {
			os.Rename(f, filepath.Join(filepath.Dir(f), fmt.Sprintf("b%d-%s", i, filepath.Base(f))))
		}
		batches = append(batches, b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := func(name string, args ...string) (*exec.Cmd, *bytes.Buffer) {
		var out bytes.Buffer
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}
	kg := func(args ...string) {
		t.Helper()
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("kg %v: %v\n%s", args, err, out)
		}
	}
	var workers []*exec.Cmd
	var logs []*bytes.Buffer
	for i := 0; i < 3; i++ {
		w, l := start("worker", "worker", "-store", dsn, "-n", "4", "-lease", "3s", "-poll", "100ms", "-name", fmt.Sprintf("w%d", i))
		workers, logs = append(workers, w), append(logs, l)
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	settled := func() {
		t.Helper()
		deadline := time.Now().Add(3 * time.Minute)
		for time.Now().Before(deadline) {
			qs, _ := st.QueueStats(ctx)
			dirty, _ := st.Dirty(ctx)
			pending, _ := st.CountPending(ctx)
			if qs["queued"] == 0 && qs["running"] == 0 && !dirty && pending == 0 {
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Fatalf("the workers did not finish; logs:\n%s\n%s\n%s", logs[0], logs[1], logs[2])
	}
	kg("enqueue", "-store", dsn, batches[0])
	settled()

	// the review app on the same store
	srv := exec.CommandContext(ctx, bin, "serve", "-store", dsn, "-addr", "127.0.0.1:0", "-o", filepath.Join(dir, "out"), "-author", "ana")
	stdout, _ := srv.StdoutPipe()
	var srvErr bytes.Buffer
	srv.Stderr = &srvErr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("serve: %v\n%s", err, srvErr.String())
	}
	u, err := url.Parse(strings.TrimSpace(strings.TrimPrefix(line, "kg serve: ")))
	if err != nil {
		t.Fatalf("serve printed %q", line)
	}
	token := u.Query().Get("token")
	base := "http://" + u.Host
	post := func(author string, d graph.Decision) string {
		t.Helper()
		b, _ := json.Marshal(d)
		req, _ := http.NewRequest("POST", base+"/api/review", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(web.TokenHeader, token)
		if author != "" {
			req.Header.Set("X-KG-Author", author)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("POST %+v: %d %s", d, resp.StatusCode, body)
		}
		var out struct{ ID string }
		json.Unmarshal(body, &out)
		return out.ID
	}
	g, err := st.LoadGraph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var countries, people []*graph.Entity
	for _, e := range g.Entities {
		switch e.Type {
		case graph.Country:
			countries = append(countries, e)
		case graph.Person:
			if e.ID == graph.EntityID(e.Type, e.Name) {
				people = append(people, e)
			}
		}
	}
	if len(countries) < 2 || len(people) < 2 {
		t.Fatalf("too few entities to decide on: %d countries, %d people", len(countries), len(people))
	}

	kg("enqueue", "-store", dsn, batches[1])
	// kill a worker in the middle of a job
	killed := -1
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline) && killed < 0; time.Sleep(20 * time.Millisecond) {
		var w string
		st.DB().QueryRowContext(ctx, `SELECT worker FROM jobs WHERE state = 'running' ORDER BY id LIMIT 1`).Scan(&w)
		if _, err := fmt.Sscanf(w, "w%d", &killed); err == nil {
			workers[killed].Process.Signal(syscall.SIGKILL)
		} else {
			killed = -1
		}
	}
	if killed < 0 {
		t.Fatal("no worker ever held a job to be killed in")
	}
	post("ben", graph.Decision{Op: graph.OpRename, Entities: []string{countries[0].ID}, Name: "The Renamed Republic"})
	post("", graph.Decision{Op: graph.OpSameAs, Entities: []string{people[0].ID, people[1].ID}, Note: "one person"})

	kg("enqueue", "-store", dsn, batches[2])
	retype := post("cy", graph.Decision{Op: graph.OpRetype, Entities: []string{countries[1].ID}, Type: string(graph.Organization)})
	post("dee", graph.Decision{Op: graph.OpRevoke, Revokes: retype})
	post("cy", graph.Decision{Op: graph.OpRetype, Entities: []string{countries[1].ID}, Type: string(graph.Place)})
	settled()
	srv.Process.Signal(syscall.SIGTERM)
	for i, w := range workers {
		if i != killed {
			w.Process.Signal(syscall.SIGTERM)
		}
	}
	srv.Wait()
	for _, w := range workers {
		w.Wait()
	}
	var lost int
	st.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM jobs WHERE attempts > 1`).Scan(&lost)
	t.Logf("worker w%d killed; %d jobs claimed again after its lease ran out", killed, lost)

	// every job done exactly once
	var jobs, done, docs int
	st.DB().QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0) FROM jobs`).Scan(&jobs, &done)
	st.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&docs)
	if jobs != 72 || done != 72 || docs != 72 {
		t.Fatalf("%d jobs, %d done, %d documents; want 72 of each", jobs, done, docs)
	}
	per, _ := st.JobsOf(ctx)
	for d, n := range per {
		if n != 1 {
			t.Errorf("document %s finished %d times", d, n)
		}
	}
	// every decision with author and time
	ds, err := st.Decisions(ctx)
	if err != nil || len(ds) != 4 {
		t.Fatalf("decisions %+v %v", ds, err)
	}
	if len(ds) == 4 && (ds[2].Active() || ds[2].RevokedBy != "dee" || ds[2].RevokedAt == "") {
		t.Errorf("the revoked decision: %+v", ds[2])
	}
	for i, want := range []string{"ben", "ana", "cy", "cy"} {
		if ds[i].Author != want || ds[i].At == "" {
			t.Errorf("decision %d: author %q time %q; want %s and a time", i, ds[i].Author, ds[i].At, want)
		}
	}
	// the single-machine build of the same articles with the same decisions
	ref := filepath.Join(dir, "ref.db")
	var all []string
	for _, b := range batches {
		all = append(all, files(t, b)...)
	}
	addTo(t, ref, all...)
	rs, err := store.Open(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	for _, d := range ds {
		d.Row = 0
		id, err := rs.AddDecision(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		if !d.Active() {
			if err := rs.Revoke(ctx, id, d.RevokedBy); err != nil {
				t.Fatal(err)
			}
		}
	}
	in, _ := newIngester(rs, ingestOptions{}, io.Discard)
	if _, err := in.resolve(ctx); err != nil {
		t.Fatal(err)
	}
	want, _ := rs.LoadGraph(ctx)
	got, _ := st.LoadGraph(ctx)
	if w, g := canonical(t, want), canonical(t, got); w != g {
		t.Fatalf("the workers' graph differs from the single-machine one:\n%s", firstDiff(w, g))
	}
	// no entity twice: one entity per name and type among persons
	seen := map[string]string{}
	for _, e := range got.Entities {
		if e.Type != graph.Person {
			continue
		}
		k := e.Name + "|" + strings.Join(e.Docs, ",")
		if o, ok := seen[k]; ok {
			t.Errorf("entities %s and %s are one person twice", o, e.ID)
		}
		seen[k] = e.ID
	}
	if e := got.Entity(countries[0].ID); e == nil || e.Name != "The Renamed Republic" {
		t.Errorf("the rename did not hold: %+v", e)
	}
	if e := got.Entity(countries[1].ID); e == nil || e.Type != graph.Place {
		t.Errorf("the second retype did not hold: %+v", e)
	}
}

// TestWorkersMatchSingleMachine drains one queue with one kg worker and
// with three, on PostgreSQL, and compares the graphs with the
// single-machine store of the same articles. With the default
// debounced resolution (the store is re-resolved when the queue is
// empty, or at most every -resolve-every while jobs keep coming) a
// drain of a short queue resolves once, so the workers' graph is the
// single-machine one, ids included. Resolving after every claim (as
// workers did before) gives the same entities and facts, and ids up to
// redirects.
func TestWorkersMatchSingleMachine(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	admin := storetest.Admin(t)
	bin := kgBinary(t)
	dir := t.TempDir()
	ctx := context.Background()
	corpus, want := refCorpus(t, dir, 40, 23)
	js := func(v any) string { return jsonString(t, v) }
	for _, c := range []struct {
		name    string
		workers int
		every   string
		exact   bool // the same ids, not only up to redirects
	}{
		{"one worker", 1, "1h", true},
		{"three workers", 3, "1h", true},
		{"three workers resolving after every claim", 3, "0", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dsn := storetest.Database(t, admin)
			if out, err := exec.Command(bin, "enqueue", "-store", dsn, corpus).CombinedOutput(); err != nil {
				t.Fatalf("kg enqueue: %v\n%s", err, out)
			}
			cmds := make([]*exec.Cmd, c.workers)
			logs := make([]*bytes.Buffer, c.workers)
			for i := range cmds {
				logs[i] = &bytes.Buffer{}
				cmds[i] = exec.Command(bin, "worker", "-store", dsn, "-drain", "-n", "4", "-poll", "50ms", "-resolve-every", c.every, "-name", fmt.Sprintf("w%d", i))
				cmds[i].Stdout, cmds[i].Stderr = logs[i], logs[i]
				if err := cmds[i].Start(); err != nil {
					t.Fatal(err)
				}
			}
			for i, cmd := range cmds {
				if err := cmd.Wait(); err != nil {
					t.Fatalf("worker w%d: %v\n%s", i, err, logs[i])
				}
			}
			st, got := loadStore(t, dsn)
			var jobs, done int
			st.DB().QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0) FROM jobs`).Scan(&jobs, &done)
			if jobs != 40 || done != 40 {
				t.Fatalf("%d jobs, %d done; want 40", jobs, done)
			}
			if dirty, err := st.Dirty(ctx); err != nil || dirty {
				t.Fatalf("the drained store needs resolving (%v)", err)
			}
			if w, g := canonical(t, want), canonical(t, got); w != g {
				t.Fatalf("the workers' graph differs from the single-machine one:\n%s", firstDiff(w, g))
			}
			if c.exact {
				if w, g := js(want.Entities), js(got.Entities); w != g {
					t.Fatalf("the workers' entities (ids included) differ from the single-machine ones:\n%s", firstDiff(w, g))
				}
				if w, g := js(want.Facts), js(got.Facts); w != g {
					t.Fatalf("the workers' facts (ids included) differ from the single-machine ones:\n%s", firstDiff(w, g))
				}
				return
			}
			for _, e := range want.Entities {
				id, err := st.ResolveID(ctx, "entity", e.ID)
				if err != nil {
					t.Errorf("the single-machine id %s: %v", e.ID, err)
					continue
				}
				g := got.Entity(id)
				if g == nil {
					t.Errorf("the single-machine id %s resolves to %s, which is no entity", e.ID, id)
					continue
				}
				a, b := *e, *g
				a.ID, b.ID = "", ""
				if js(a) != js(b) {
					t.Errorf("the single-machine id %s names %s, not the same entity", e.ID, id)
				}
			}
		})
	}
}

// TestWorkerDue checks when a worker's resolution is due while jobs
// keep coming: never before -resolve-every has passed since the last
// one began, nor before four times the last one's length; always with
// -resolve-every 0.
func TestWorkerDue(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := &worker{in: &ingester{st: st}}
	if due, err := w.due(ctx, 0); err != nil || !due {
		t.Errorf("-resolve-every 0: due %v, %v; want due", due, err)
	}
	if due, _ := w.due(ctx, time.Hour); due {
		t.Error("no resolution recorded and the worker just started: due")
	}
	if due, _ := w.due(ctx, time.Nanosecond); !due {
		t.Error("no resolution recorded, -resolve-every passed: not due")
	}
	for _, c := range []struct {
		ago, took, every time.Duration
		want             bool
	}{
		{10 * time.Second, time.Second, 5 * time.Second, true},
		{10 * time.Second, time.Second, 20 * time.Second, false},
		{10 * time.Second, 3 * time.Second, 5 * time.Second, false}, // 4 × 3 s > 10 s
		{13 * time.Second, 3 * time.Second, 5 * time.Second, true},
	} {
		v := time.Now().Add(-c.ago).UTC().Format(time.RFC3339Nano) + " " + c.took.String()
		if err := st.Update(ctx, func(tx *store.Tx) error { return tx.SetMeta(ctx, resolvedAtKey, v) }); err != nil {
			t.Fatal(err)
		}
		if due, err := w.due(ctx, c.every); err != nil || due != c.want {
			t.Errorf("last began %v ago and took %v, -resolve-every %v: due %v (%v), want %v", c.ago, c.took, c.every, due, err, c.want)
		}
	}
}

// TestWorkerPremade drains a queue with a worker in this process on a
// SQLite store and resolves: the worker made every document's resolver
// row while it held its jobs (and extracted again every document a new
// name marked), so the resolution extracts nothing and completes again
// only the deferred documents whose titles changed after their row was
// made; the graph is the single-machine one, ids included. A row whose
// settling digest, generation or content hash no longer holds is not
// taken: its document is completed again, with the same graph.
func TestWorkerPremade(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a corpus five times")
	}
	ctx := context.Background()
	corpus, want := refCorpus(t, t.TempDir(), 48, 31)
	js := func(v any) string { return jsonString(t, v) }
	taken := -1 // deferred documents completed again when every row is taken
	for _, c := range []struct {
		name    string
		none    bool   // no rows made ahead
		spoil   string // a statement on the premade row of the last deferred document
		settled int    // completed again, more than with every row taken
		left    int    // premade rows the resolution keeps (made for a later generation)
	}{
		{name: "rows taken"},
		{name: "no rows made", none: true},
		{name: "a digest that no longer holds", spoil: `UPDATE premade SET settled = 'spoilt' WHERE doc = ?`, settled: 1},
		{name: "another generation", spoil: `UPDATE premade SET gen = gen + 1 WHERE doc = ?`, settled: 1, left: 1},
		{name: "another content", spoil: `UPDATE premade SET hash = 'spoilt' WHERE doc = ?`, settled: 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			if err := runEnqueue(ctx, []string{"-store", db, corpus}, nil, io.Discard, io.Discard); err != nil {
				t.Fatal(err)
			}
			st, in := openIngester(t, db)
			defer st.Close()
			opt := store.ResolveOptions{KB: in.base, Corpus: in.corpus()}
			w := &worker{in: in, name: "w", lease: time.Hour, clock: &stageClock{}}
			if !c.none {
				w.pre = st.NewPremaker(opt)
			}
			for {
				jobs, err := st.Claim(ctx, w.name, 8, w.lease)
				if err != nil {
					t.Fatal(err)
				}
				if len(jobs) == 0 {
					break
				}
				if n, err := w.process(ctx, jobs); err != nil || n != len(jobs) {
					t.Fatalf("%d of %d jobs done: %v", n, len(jobs), err)
				}
			}
			count := func(q string) (n int) {
				t.Helper()
				if err := st.DB().QueryRowContext(ctx, q).Scan(&n); err != nil {
					t.Fatal(err)
				}
				return n
			}
			docs, deferred := count(`SELECT COUNT(*) FROM documents`), count(`SELECT COUNT(*) FROM documents WHERE deferred <> 0`)
			if pending := count(`SELECT COUNT(*) FROM documents WHERE needs > done`); pending != 0 {
				t.Errorf("%d documents left pending by the worker", pending)
			}
			premade := count(`SELECT COUNT(*) FROM premade`)
			if c.none && premade != 0 || !c.none && premade != docs {
				t.Fatalf("%d premade rows for %d documents", premade, docs)
			}
			if c.spoil != "" {
				var last string
				st.DB().QueryRowContext(ctx, `SELECT MAX(id) FROM documents WHERE deferred <> 0`).Scan(&last)
				if _, err := st.DB().ExecContext(ctx, c.spoil, last); err != nil {
					t.Fatal(err)
				}
			}
			res, err := st.Resolve(ctx, opt)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case c.none && res.Settled != deferred:
				t.Errorf("without rows made ahead %d of %d deferred documents completed", res.Settled, deferred)
			case !c.none && c.spoil == "":
				taken = res.Settled
				if deferred == 0 || taken >= deferred {
					t.Errorf("%d of %d deferred documents completed again: the worker's rows were not taken", taken, deferred)
				}
			case !c.none && taken >= 0 && res.Settled != taken+c.settled:
				t.Errorf("%d deferred documents completed again, want %d", res.Settled, taken+c.settled)
			}
			t.Logf("%d documents, %d deferred, %d completed again by the resolution", docs, deferred, res.Settled)
			if n := count(`SELECT COUNT(*) FROM premade`); n != c.left {
				t.Errorf("%d premade rows left after the resolution, want %d", n, c.left)
			}
			got, err := st.LoadGraph(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if w, g := js(want.Entities), js(got.Entities); w != g {
				t.Fatalf("entities (ids included) differ from the single-machine ones:\n%s", firstDiff(w, g))
			}
			if w, g := js(want.Facts), js(got.Facts); w != g {
				t.Fatalf("facts (ids included) differ from the single-machine ones:\n%s", firstDiff(w, g))
			}
		})
	}
}

// refCorpus generates a corpus of n articles (seed) under dir and returns
// its folder and the graph of one store that added it all: the reference
// the workers' stores are held to.
func refCorpus(t *testing.T, dir string, n int, seed uint64) (string, *graph.KG) {
	t.Helper()
	corpus := filepath.Join(dir, "corpus")
	genCorpus(t, corpus, n, seed)
	ref := filepath.Join(dir, "ref.db")
	addTo(t, ref, corpus)
	_, want := loadStore(t, ref)
	return corpus, want
}

// jsonString is v in JSON, for comparing graphs' parts.
func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
