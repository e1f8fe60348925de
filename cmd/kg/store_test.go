package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/store"
)

// canonical renders a graph with every entity id replaced by a digest of
// the entity's content, so that two graphs that differ only in ids
// render the same. meetsWith facts are oriented by those digests.
func canonical(t testing.TB, g *graph.KG) string {
	t.Helper()
	key := map[string]string{}
	type ent struct {
		Key string
		E   graph.Entity
	}
	var es []ent
	for _, e := range g.Entities {
		c := *e
		c.ID = ""
		b, _ := json.Marshal(c)
		h := sha256.Sum256(b)
		k := string(e.Type) + ":" + e.Name + ":" + hex.EncodeToString(h[:6])
		key[e.ID] = k
		es = append(es, ent{k, c})
	}
	sort.Slice(es, func(i, j int) bool { return es[i].Key < es[j].Key })
	var fs []string
	for _, f := range g.Facts {
		c := *f
		c.ID = ""
		c.Subject, c.Object = key[f.Subject], key[f.Object]
		if c.Predicate.Symmetric() && c.Object < c.Subject {
			c.Subject, c.Object = c.Object, c.Subject
			c.Evidence = append([]graph.Evidence(nil), f.Evidence...)
			for i := range c.Evidence {
				ev := &c.Evidence[i]
				ev.SubjectStart, ev.ObjectStart = ev.ObjectStart, ev.SubjectStart
				ev.SubjectEnd, ev.ObjectEnd = ev.ObjectEnd, ev.SubjectEnd
			}
			graph.SortEvidence(c.Evidence)
		}
		b, _ := json.Marshal(c)
		fs = append(fs, string(b))
	}
	sort.Strings(fs)
	b, _ := json.MarshalIndent(map[string]any{"entities": es, "facts": fs, "docs": g.Docs}, "", " ")
	return string(b)
}

// firstDiff describes where two canonical renderings part.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			lo := max(0, i-3)
			return "want:\n" + strings.Join(al[lo:min(len(al), i+3)], "\n") + "\ngot:\n" + strings.Join(bl[lo:min(len(bl), i+3)], "\n")
		}
	}
	return "lengths differ"
}

func files(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

func addTo(t testing.TB, dsn string, paths ...string) *ingestStats {
	t.Helper()
	st, in := openIngester(t, dsn)
	defer st.Close()
	s, err := in.add(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// openIngester opens the store at dsn and an ingester over it with the
// default options; the caller closes the store.
func openIngester(t testing.TB, dsn string) (*store.Store, *ingester) {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	in, err := newIngester(st, ingestOptions{}, io.Discard)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	return st, in
}

func loadStore(t testing.TB, dsn string) (*store.Store, *graph.KG) {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	g, err := st.LoadGraph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st, g
}

// TestStoreIncremental checks the incremental property: adding the
// articles in parts, in a random order, gives the graph that adding them
// at once gives, and the graph kg build gives, up to ids; and every id
// the all-at-once store gave resolves, in the incremental store, to the
// same entity (directly or through a redirect).
func TestStoreIncremental(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three corpora several times")
	}
	gen := filepath.Join(t.TempDir(), "gen")
	genCorpus(t, gen, 40, 7)
	corpora := []struct{ name, dir string }{
		{"seeds", "../../seeds"},
		{"dev", "../../../shared/eval/dev/articles"},
		{"generated", gen},
	}
	kept := 0 // named forms whose clusters a later part kept
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.dir); err != nil {
				if os.Getenv("CI") == "true" {
					t.Fatalf("corpus %s: %v", c.dir, err)
				}
				t.Skipf("corpus %s: %v", c.dir, err)
			}
			ctx := context.Background()
			ref, _, err := buildGraph(ctx, buildOptions{}, []string{c.dir}, nil, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			want := canonical(t, ref)
			dir := t.TempDir()
			all := filepath.Join(dir, "all.db")
			addTo(t, all, c.dir)
			_, g := loadStore(t, all)
			if got := canonical(t, g); got != want {
				t.Fatalf("all at once differs from kg build:\n%s", firstDiff(want, got))
			}
			fs := files(t, c.dir)
			r := rand.New(rand.NewPCG(uint64(len(fs)), 11))
			r.Shuffle(len(fs), func(i, j int) { fs[i], fs[j] = fs[j], fs[i] })
			inc := filepath.Join(dir, "inc.db")
			third := (len(fs) + 2) / 3
			for i := 0; i < len(fs); i += third {
				s := addTo(t, inc, fs[i:min(i+third, len(fs))]...)
				if r := s.Result; i > 0 {
					t.Logf("part %d: %d of %d named forms clustered again", i/third+1, r.Reclustered, r.Forms)
					kept += r.Forms - r.Reclustered
				}
			}
			incStore, g2 := loadStore(t, inc)
			if got := canonical(t, g2); got != want {
				t.Fatalf("added in three parts differs from kg build:\n%s", firstDiff(want, got))
			}
			// ids of the all-at-once store resolve to the same entities
			key := func(g *graph.KG, id string) string {
				e := g.Entity(id)
				if e == nil {
					return ""
				}
				c := *e
				c.ID = ""
				b, _ := json.Marshal(c)
				return string(b)
			}
			same, other := 0, 0
			for _, e := range g.Entities {
				id, err := incStore.ResolveID(ctx, "entity", e.ID)
				if err != nil || key(g2, id) != key(g, e.ID) {
					other++
					continue
				}
				same++
			}
			// every mention is stored once, with the entity that holds it
			allStore, _ := loadStore(t, all)
			wantM, err := allStore.Assignments(ctx)
			if err != nil {
				t.Fatal(err)
			}
			gotM, err := incStore.Assignments(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(gotM) != len(wantM) {
				t.Errorf("the incremental store has %d mentions, the all-at-once store %d", len(gotM), len(wantM))
			}
			moved := 0
			for sp, id := range wantM {
				if gid, ok := gotM[sp]; !ok || key(g2, gid) != key(g, id) {
					moved++
				}
			}
			if moved > 0 {
				t.Errorf("%d of %d mentions are not stored with the same entity in the incremental store", moved, len(wantM))
			}
			t.Logf("%d of %d ids of the all-at-once store name the same entity in the incremental store", same, same+other)
			if other*100 > len(g.Entities) {
				t.Errorf("%d of %d ids of the all-at-once store do not resolve to their entity in the incremental store", other, len(g.Entities))
			}
			// a store that took the documents at once has kg build's ids
			for _, e := range ref.Entities {
				if g.Entity(e.ID) == nil {
					t.Errorf("kg build's %s is not an id of the all-at-once store", e.ID)
				}
			}
		})
	}
	// the later parts kept the clusters their documents do not reach
	// (else the test says nothing of the incremental clustering)
	if kept == 0 {
		t.Error("no part kept a cluster of the last resolution")
	}
}

// TestAddInterrupted interrupts kg add with SIGINT after its first
// commits: the store stays consistent, and running the same command
// again completes the work with the graph of an uninterrupted add.
func TestAddInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	bin := kgBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	genCorpus(t, corpus, 40, 3)
	db := filepath.Join(dir, "kg.db")
	cmd := exec.Command(bin, "add", "-store", db, "-batch", "4", corpus)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("kg add committed nothing in a minute:\n%s", out.String())
		}
		st, err := store.Open(ctx, db)
		if err != nil {
			continue
		}
		docs, _ := st.Documents(ctx)
		st.Close()
		if len(docs) >= 8 {
			break
		}
	}
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if err == nil {
		t.Logf("kg add finished before the signal took effect:\n%s", out.String())
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := st.DB().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q %v", check, err)
	}
	docs, _ := st.Documents(ctx)
	var xs int
	st.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM extractions`).Scan(&xs)
	for _, d := range docs {
		if d.Hash == "" || d.ID == "" {
			t.Errorf("half-written document %+v", d)
		}
	}
	t.Logf("after the signal: %d documents, %d extracted\n%s", len(docs), xs, out.String())
	st.Close()
	rerun := exec.Command(bin, "add", "-store", db, corpus)
	if b, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, b)
	}
	ref := filepath.Join(dir, "ref.db")
	addTo(t, ref, corpus)
	_, want := loadStore(t, ref)
	_, got := loadStore(t, db)
	if w, g := canonical(t, want), canonical(t, got); w != g {
		t.Fatalf("interrupted and rerun differs from one add:\n%s", firstDiff(w, g))
	}
}

// TestAddBadInput records unreadable inputs in the store, each with its
// error, and adds the rest.
func TestAddBadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, err := runKG(t, "add", "-store", db, "testdata/articles")
	if err != nil {
		t.Fatalf("add: %v\n%s", err, stderr)
	}
	st, g := loadStore(t, db)
	if len(g.Docs) != 2 {
		t.Fatalf("%d documents stored, want the 2 readable ones", len(g.Docs))
	}
	ps, err := st.Problems(context.Background())
	if err != nil || len(ps) != 1 || !strings.Contains(ps[0].Source, "latin1.txt") || !strings.Contains(ps[0].Error, "UTF-8") {
		t.Fatalf("problems %+v %v", ps, err)
	}
	// a rerun skips what it has by content hash
	_, stderr, err = runKG(t, "add", "-store", db, "testdata/articles")
	if err != nil || !strings.Contains(stderr, "0 added, 2 unchanged") {
		t.Fatalf("rerun: %v\n%s", err, stderr)
	}
}

// TestAddStreamedDuplicates: kg add reads its articles as it stores
// them, yet tells unchanged and duplicate articles by the store as it
// was before the run, whatever the batch: an article with the content a
// replaced document had is a duplicate of it, and two new articles of
// one content are both added, as when the corpus was read first.
func TestAddStreamedDuplicates(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	text := func(name, place string) string {
		return "Talks in " + place + "\n\nThe envoy " + name + " arrived in " + place + " on Monday for talks with officials.\n"
	}
	write := func(sub, name, body string) {
		t.Helper()
		p := filepath.Join(dir, sub, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, y, z := text("Orla Vantis", "Tolvia"), text("Pel Arkady", "Marvonia"), text("Ines Dobrava", "Kestrel Bay")
	write("one", "a.txt", x)
	write("one", "e.txt", y)
	write("two", "a.txt", z) // replaces a.txt
	write("two", "b.txt", x) // a.txt's content before the run
	write("two", "c.txt", y) // e.txt's, which stays
	write("two", "d.txt", text("Ada Rusk", "Belvar"))
	write("two", "f.txt", text("Ada Rusk", "Belvar")) // d.txt's: both new
	for _, batch := range []string{"1", "64"} {
		t.Run("batch"+batch, func(t *testing.T) {
			os.Remove(db)
			os.Remove(db + "-wal")
			os.Remove(db + "-shm")
			if _, stderr, err := runKG(t, "add", "-store", db, "-no-ner", filepath.Join(dir, "one")); err != nil {
				t.Fatalf("add: %v\n%s", err, stderr)
			}
			_, stderr, err := runKG(t, "add", "-store", db, "-no-ner", "-batch", batch, filepath.Join(dir, "two"))
			if err != nil {
				t.Fatalf("add: %v\n%s", err, stderr)
			}
			for _, want := range []string{"read 5 articles: 3 added, 0 unchanged, 2 duplicates", "b.txt: same content as a.txt", "c.txt: same content as e.txt"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			_, g := loadStore(t, db)
			var ids []string
			for _, d := range g.Docs {
				ids = append(ids, d.ID)
			}
			if got := strings.Join(ids, " "); got != "a.txt d.txt e.txt f.txt" {
				t.Errorf("documents %s, want a.txt d.txt e.txt f.txt", got)
			}
		})
	}
}

// TestStoreCommands runs the store's commands on the seeds: kg build
// -store writes what kg build writes, kg resolve -full and kg reextract
// change nothing, decisions go out to a review file and into another
// store with their authors and revocations, and explain takes a retired
// id.
func TestStoreCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the seeds")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	mustKG := func(args ...string) string {
		t.Helper()
		out, stderr, err := runKG(t, args...)
		if err != nil {
			t.Fatalf("kg %v: %v\n%s", args, err, stderr)
		}
		return out + stderr
	}
	mustKG("build", "-o", filepath.Join(dir, "built"), "-formats", "jsonld", "-review", "", "../../seeds")
	mustKG("add", "-store", db, "../../seeds")
	mustKG("build", "-store", db, "-o", filepath.Join(dir, "stored"), "-formats", "jsonld")
	a, _ := os.ReadFile(filepath.Join(dir, "built", "graph.jsonld"))
	b, _ := os.ReadFile(filepath.Join(dir, "stored", "graph.jsonld"))
	if len(a) == 0 || string(a) != string(b) {
		t.Fatalf("kg build -store differs from kg build (%d and %d bytes)", len(a), len(b))
	}
	if out := mustKG("resolve", "-store", db, "-full"); !strings.Contains(out, "no change") {
		t.Errorf("resolve -full of a resolved store:\n%s", out)
	}
	if out := mustKG("reextract", "-store", db, "-all"); !strings.Contains(out, "0 new, 0 changed, 0 merged away or removed; facts: 0 new, 0 changed, 0 removed") {
		t.Errorf("reextract -all changed the graph:\n%s", out)
	}
	// decisions: rename a country, revoke it, rename it again
	st, g := loadStore(t, db)
	var country *graph.Entity
	for _, e := range g.Entities {
		if e.Type == graph.Country {
			country = e
			break
		}
	}
	ctx := context.Background()
	id, err := st.AddDecision(ctx, store.Decision{Decision: graph.Decision{Op: graph.OpRename, Entities: []string{country.ID}, Name: "First Name", Author: "ana"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Revoke(ctx, id, "ben"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddDecision(ctx, store.Decision{Decision: graph.Decision{Op: graph.OpRename, Entities: []string{country.ID}, Name: "Second Name", Author: "cy"}}); err != nil {
		t.Fatal(err)
	}
	mustKG("build", "-store", db, "-o", filepath.Join(dir, "renamed"), "-formats", "jsonld")
	_, g = loadStore(t, db)
	if e := g.Entity(country.ID); e == nil || e.Name != "Second Name" {
		t.Fatalf("after the decisions: %+v", e)
	}
	rf := filepath.Join(dir, "review.json")
	mustKG("review", "export", "-store", db, rf)
	r, err := graph.LoadReview(rf)
	if err != nil || len(r.Decisions) != 3 || r.Decisions[2].Op != graph.OpRevoke || r.Decisions[2].Author != "ben" || r.Decisions[0].Author != "ana" {
		t.Fatalf("exported review %+v %v", r, err)
	}
	db2 := filepath.Join(dir, "other.db")
	mustKG("add", "-store", db2, "../../seeds")
	mustKG("review", "import", "-store", db2, rf)
	mustKG("build", "-store", db2, "-o", filepath.Join(dir, "imported"), "-formats", "jsonld")
	st2, g2 := loadStore(t, db2)
	if w, gt := canonical(t, g), canonical(t, g2); w != gt {
		t.Fatalf("the imported decisions give another graph:\n%s", firstDiff(w, gt))
	}
	ds, _ := st2.Decisions(ctx)
	if len(ds) != 2 || ds[0].Active() || ds[0].RevokedBy != "ben" || !ds[1].Active() || ds[1].Author != "cy" {
		t.Errorf("imported decisions %+v", ds)
	}
	// a retired id: a redirect written by hand stands for a join
	err = st.Update(ctx, func(tx *store.Tx) error {
		return tx.AddRedirect(ctx, store.Redirect{Kind: "entity", Old: "country-retired", New: country.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	if out := mustKG("explain", "-store", db, "country-retired"); !strings.Contains(out, country.ID) || !strings.Contains(out, "Second Name") {
		t.Errorf("explain of a retired id:\n%s", out)
	}
}

// TestFingerprint holds what the digest of a deferred document's keys
// changes with: what the leaders pass reads under them (a key's one
// country, or none), not every title under them.
func TestFingerprint(t *testing.T) {
	title := func(doc, person, country string) graph.Relation {
		return graph.Relation{
			Subject:   graph.Mention{Doc: doc, Type: graph.Person, Text: person},
			Predicate: graph.HoldsPosition,
			Object:    graph.Mention{Doc: doc, Type: graph.Country, Text: country, KBID: country},
		}
	}
	keys := uniq(append(append(rulesKeys("Tomas Berkov"), rulesKeys("Ilse Varnak")...), rulesKeys("Kiden Moru")...))
	base := map[string][]graph.Relation{
		"a.txt": {title("a.txt", "Tomas Berkov", "Q1"), title("a.txt", "Ilse Varnak", "Q2")},
		"b.txt": {title("b.txt", "Ilse Varnak", "Q3")},
	}
	with := func(extra ...graph.Relation) map[string][]graph.Relation {
		out := map[string][]graph.Relation{}
		for d, rs := range base {
			out[d] = append([]graph.Relation(nil), rs...)
		}
		for _, r := range extra {
			out[r.Subject.Doc] = append(out[r.Subject.Doc], r)
		}
		return out
	}
	fp := corpusPasses{}.Fingerprint
	was := fp(base)(keys)
	if len(was) != 2 || was[0] == was[1] {
		t.Fatalf("digests %q: want the one read and the one of every title, different", was)
	}
	cases := []struct {
		name              string
		titles            map[string][]graph.Relation
		sameRead, sameAll bool
	}{
		{"nothing new", with(), true, true},
		{"the same country again", with(title("c.txt", "Tomas Berkov", "Q1")), true, true},
		{"a third country for a key that gives none", with(title("c.txt", "Ilse Varnak", "Q4")), true, false},
		{"a second country for a key that gives one", with(title("c.txt", "Tomas Berkov", "Q5")), false, false},
		{"a first country for a key", with(title("c.txt", "Kiden Moru", "Q1")), false, false},
		{"another person of a surname read, with its country", with(title("c.txt", "Mara Berkov", "Q1")), true, true},
		{"a person not read", with(title("c.txt", "Otto Selig", "Q1")), true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fp(c.titles)(keys)
			if (got[0] == was[0]) != c.sameRead {
				t.Errorf("read digest %s, was %s: same = %v, want %v", got[0], was[0], got[0] == was[0], c.sameRead)
			}
			if (got[1] == was[1]) != c.sameAll {
				t.Errorf("digest of every title %s, was %s: same = %v, want %v", got[1], was[1], got[1] == was[1], c.sameAll)
			}
		})
	}
}

// rulesKeys returns the keys under which the leaders pass looks up a
// person named name.
func rulesKeys(name string) []string {
	return rules.PersonKeys(graph.Mention{Type: graph.Person, Text: name})
}

// TestExtractorVersionNamesData: the version a stored extraction is
// tagged with names the digest of the embedded rules, models and
// knowledge base, so a build that changed a rule file is another
// extraction for kg reextract even when the binary has no version stamp.
func TestExtractorVersionNamesData(t *testing.T) {
	in := &ingester{base: kb.Starter()}
	v := in.extractorVersion()
	d := extractionData()
	if len(d) != 16 || strings.Trim(d, "0123456789abcdef") != "" {
		t.Fatalf("extractionData() = %q, want 16 hex digits", d)
	}
	if !strings.Contains(v, "; data "+d+";") {
		t.Errorf("extractorVersion() = %q, want it to name the data digest %s", v, d)
	}
	sum, err := graph.DigestFS(rules.Data())
	if err != nil || len(sum) != 64 {
		t.Fatalf("digest of the rule data: %q, %v", sum, err)
	}
}
