package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"newskg/graph"
	"newskg/graph/graphtest"
	"newskg/graph/resolve"
	"newskg/graph/store/storetest"
)

// engines returns the stores the suite runs on: SQLite always, and a
// fresh PostgreSQL database when KG_TEST_POSTGRES names a server (an
// admin URL); under CI=true its absence fails the suite.
func engines(t *testing.T) map[string]func(t *testing.T) *Store {
	t.Helper()
	out := map[string]func(t *testing.T) *Store{
		"sqlite": func(t *testing.T) *Store {
			s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
	}
	if os.Getenv("KG_TEST_POSTGRES") != "" || os.Getenv("CI") == "true" {
		out["postgres"] = func(t *testing.T) *Store { return openTestPostgres(t) }
	}
	return out
}

// suite runs fn on every engine.
// writeGraph writes g whole to s in one transaction.
func writeGraph(ctx context.Context, s *Store, g *graph.KG) (sum Summary, err error) {
	err = s.Update(ctx, func(tx *Tx) (err error) {
		sum, err = tx.WriteGraph(ctx, Change{Graph: g})
		return err
	})
	return sum, err
}

func suite(t *testing.T, fn func(t *testing.T, s *Store)) {
	for name, open := range engines(t) {
		t.Run(name, func(t *testing.T) { fn(t, open(t)) })
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kg.db")
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.Version(ctx)
		if err != nil || v != 4 {
			t.Fatalf("open %d: version %d, %v; want 4", i, v, err)
		}
		s.Close()
	}
	suite(t, func(t *testing.T, s *Store) {
		if err := s.migrate(ctx); err != nil {
			t.Fatalf("second migration: %v", err)
		}
		var n int
		if err := s.queryRow(ctx, `SELECT COUNT(*) FROM schema_version`).Scan(&n); err != nil || n != 4 {
			t.Fatalf("schema_version rows %d, %v; want 4", n, err)
		}
	})
}

func TestSplitSQL(t *testing.T) {
	got := splitSQL("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX b\n ON a (x);\n")
	want := []string{"CREATE TABLE a (x INTEGER);", "CREATE INDEX b\n ON a (x);"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("splitSQL = %q, want %q", got, want)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://kg:secret@127.0.0.1:5432/kg": "postgres://kg:***@127.0.0.1:5432/kg",
		"postgres://127.0.0.1/kg":                "postgres://127.0.0.1/kg",
		"kg.db":                                  "kg.db",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocuments(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		h := Hash("T", "Some text.", "https://x.example/a", "2025-01-02", "")
		if h == Hash("T", "Some text.", "https://x.example/a", "2025-01-02", "en") {
			t.Fatal("the hash ignores the language")
		}
		doc := Document{DocInfo: graph.DocInfo{ID: "a.txt", Title: "T", URL: "https://x.example/a", Published: "2025-01-02", Lang: "en"}, Hash: h, Text: "Some text."}
		err := s.Update(ctx, func(tx *Tx) error {
			return tx.PutDocument(ctx, doc, []Sentence{{0, 0, 10, "en"}}, Extraction{}, []BookName{{"ivo maren", "ivo"}, {"maren", "maren"}}, []string{"ivo", "maren", "some"})
		})
		if err != nil {
			t.Fatal(err)
		}
		if id, ok, err := s.DocByHash(ctx, h); err != nil || !ok || id != "a.txt" {
			t.Fatalf("DocByHash = %q %v %v", id, ok, err)
		}
		if _, ok, _ := s.DocHash(ctx, "b.txt"); ok {
			t.Fatal("DocHash of a missing document")
		}
		cl, err := s.Pending(ctx, "", 10)
		if err != nil || len(cl) != 1 || cl[0].Text != "Some text." || cl[0].Needs != 1 {
			t.Fatalf("Pending = %+v, %v", cl, err)
		}
		x := Extraction{Mentions: []graph.Mention{{Doc: "a.txt", Text: "Some", Type: graph.Person, Start: 0, End: 4}}}
		if err := s.Update(ctx, func(tx *Tx) error { return tx.SetExtraction(ctx, "a.txt", 1, "v1", x, false, "") }); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.CountPending(ctx); n != 0 {
			t.Fatalf("%d pending after extraction", n)
		}
		var got []Extraction
		s.Extractions(ctx, func(d graph.DocInfo, x Extraction) error {
			if d.ID != "a.txt" || d.Lang != "en" {
				t.Errorf("doc %+v", d)
			}
			got = append(got, x)
			return nil
		})
		if len(got) != 1 || !reflect.DeepEqual(got[0].Mentions, x.Mentions) {
			t.Fatalf("extractions %+v", got)
		}
		sents, err := s.Sentences(ctx, "a.txt")
		if err != nil || len(sents) != 1 || sents[0].End != 10 {
			t.Fatalf("sentences %+v %v", sents, err)
		}
		// A second document brings a new book name that can start in
		// a.txt ("maren" is known, "ivo sten" is new and starts on "ivo").
		doc2 := Document{DocInfo: graph.DocInfo{ID: "b.txt"}, Hash: "h2", Text: "Ivo Sten."}
		var stale []string
		err = s.Update(ctx, func(tx *Tx) error {
			if err := tx.PutDocument(ctx, doc2, nil, Extraction{}, []BookName{{"ivo sten", "ivo"}, {"maren", "maren"}}, []string{"ivo", "sten"}); err != nil {
				return err
			}
			nk, err := tx.NewBookKeys(ctx, []string{"ivo sten", "maren"}, []string{"b.txt"})
			if err != nil {
				return err
			}
			if !reflect.DeepEqual(nk, []string{"ivo sten"}) {
				return fmt.Errorf("new keys %q", nk)
			}
			stale, err = tx.MarkStale(ctx, []string{"ivo"}, []string{"b.txt"})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(stale, []string{"a.txt"}) {
			t.Fatalf("stale %q", stale)
		}
		cl, _ = s.Pending(ctx, "", 10)
		if len(cl) != 2 || cl[0].ID != "a.txt" || cl[0].Needs != 2 {
			t.Fatalf("pending after a new name: %+v", cl)
		}
		// an extraction made for an older generation leaves it pending
		if err := s.Update(ctx, func(tx *Tx) error { return tx.SetExtraction(ctx, "a.txt", 1, "v1", x, false, "") }); err != nil {
			t.Fatal(err)
		}
		if cl, _ = s.Pending(ctx, "", 10); len(cl) != 2 {
			t.Fatalf("an outdated extraction cleared the mark: %+v", cl)
		}
		names, _ := s.BookNames(ctx)
		if !reflect.DeepEqual(names, []string{"ivo maren", "ivo sten", "maren"}) {
			t.Fatalf("book %q", names)
		}
	})
}

func TestUpdateRollsBack(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		boom := errors.New("boom")
		err := s.Update(ctx, func(tx *Tx) error {
			if err := tx.PutDocument(ctx, Document{DocInfo: graph.DocInfo{ID: "a.txt"}, Hash: "h", Text: "x"}, nil, Extraction{}, nil, nil); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Update = %v", err)
		}
		docs, _ := s.Documents(ctx)
		if len(docs) != 0 {
			t.Fatalf("a failed transaction left %d documents", len(docs))
		}
	})
}

func TestGraphRoundTrip(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		g := graphtest.Fixture()
		g.Normalize()
		for _, d := range g.Docs {
			d := d
			err := s.Update(ctx, func(tx *Tx) error {
				if err := tx.PutDocument(ctx, Document{DocInfo: d, Hash: d.ID, Text: "x"}, nil, Extraction{}, nil, nil); err != nil {
					return err
				}
				return tx.SetExtraction(ctx, d.ID, 1, "v1", Extraction{}, false, "")
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		sum, err := writeGraph(ctx, s, g)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != len(g.Entities) || sum.FactsAdded != len(g.Facts) {
			t.Fatalf("summary %+v", sum)
		}
		back, err := s.LoadGraph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(g)
		got, _ := json.Marshal(back)
		if string(want) != string(got) {
			t.Fatalf("round trip differs:\nwant %s\n got %s", want, got)
		}
		// writing the same graph again changes nothing
		sum, err = writeGraph(ctx, s, g)
		if err != nil || sum.Unchanged != len(g.Entities) || sum.Changed+sum.Added+sum.Removed+sum.FactsAdded+sum.FactsChanged+sum.FactsRemoved != 0 {
			t.Fatalf("rewrite: %+v %v", sum, err)
		}
		// nor does a copy handed over with Release, whose entities go
		// once written
		w := &graph.KG{Entities: slices.Clone(g.Entities), Facts: slices.Clone(g.Facts)}
		err = s.Update(ctx, func(tx *Tx) (err error) {
			sum, err = tx.WriteGraph(ctx, Change{Graph: w, Release: true})
			return err
		})
		if err != nil || sum.Unchanged != len(g.Entities) || sum.Changed+sum.Added+sum.Removed+sum.FactsAdded+sum.FactsChanged+sum.FactsRemoved != 0 {
			t.Fatalf("rewrite with Release: %+v %v", sum, err)
		}
		if w.Entities != nil || len(w.Facts) != len(g.Facts) {
			t.Fatalf("after a write with Release: %d entities, %d facts; want none and %d", len(w.Entities), len(w.Facts), len(g.Facts))
		}
		if back, err = s.LoadGraph(ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := json.Marshal(back); string(want) != string(got) {
			t.Fatalf("after a write with Release the store differs:\nwant %s\n got %s", want, got)
		}
		// alias search finds an entity by part of a spelling in either script
		for q, want := range map[string]string{"Berg": "person-anna-berg", "بيرغ": "person-anna-berg", "eneva": "city-geneva"} {
			ids, err := s.Search(ctx, q, 5)
			if err != nil || len(ids) == 0 || ids[0] != want {
				t.Errorf("Search(%q) = %q, %v; want %s first", q, ids, err, want)
			}
		}
		if ids, _ := s.Search(ctx, "Zzyzx", 5); len(ids) != 0 {
			t.Errorf("Search found %q for a name nobody has", ids)
		}
	})
}

func TestRedirects(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		g := graphtest.Fixture()
		g.Normalize()
		err := s.Update(ctx, func(tx *Tx) error {
			if _, err := tx.WriteGraph(ctx, Change{Graph: g}); err != nil {
				return err
			}
			for _, r := range []Redirect{
				{Kind: "entity", Old: "person-a", New: "person-b"},
				{Kind: "entity", Old: "person-b", New: "person-anna-berg"},
				{Kind: "entity", Old: "person-loop", New: "person-loop"},
			} {
				if err := tx.AddRedirect(ctx, r); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for in, want := range map[string]string{"person-a": "person-anna-berg", "person-b": "person-anna-berg", "person-anna-berg": "person-anna-berg"} {
			if got, err := s.ResolveID(ctx, "entity", in); err != nil || got != want {
				t.Errorf("ResolveID(%s) = %s, %v; want %s", in, got, err, want)
			}
		}
		if _, err := s.ResolveID(ctx, "entity", "person-nobody"); !errors.Is(err, ErrNotFound) {
			t.Errorf("ResolveID of an unknown id: %v", err)
		}
		if _, err := s.ResolveID(ctx, "entity", "person-loop"); !errors.Is(err, ErrNotFound) {
			t.Errorf("a self-redirect resolved: %v", err)
		}
	})
}

func TestDecisions(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.AddDecision(ctx, Decision{Decision: graph.Decision{Op: graph.OpRename, Entities: []string{"x"}, Name: "Y"}}); !errors.Is(err, graph.ErrBadDecision) {
			t.Fatalf("a decision without author: %v", err)
		}
		if _, err := s.AddDecision(ctx, Decision{Decision: graph.Decision{Op: "merge-all", Author: "ana"}}); !errors.Is(err, graph.ErrBadDecision) {
			t.Fatalf("a bad op: %v", err)
		}
		id, err := s.AddDecision(ctx, Decision{Decision: graph.Decision{Op: graph.OpRename, Entities: []string{"person-x"}, Name: "Ivo Sten", Author: "ana"}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddDecision(ctx, Decision{Decision: graph.Decision{Op: graph.OpReject, Fact: "rel-1", Author: "ben"}, At: "2025-01-01T00:00:00Z"}); err != nil {
			t.Fatal(err)
		}
		if err := s.Revoke(ctx, id, ""); !errors.Is(err, graph.ErrBadDecision) {
			t.Fatalf("revoke without author: %v", err)
		}
		if err := s.Revoke(ctx, id, "ben"); err != nil {
			t.Fatal(err)
		}
		if err := s.Revoke(ctx, id, "ben"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("second revoke: %v", err)
		}
		ds, err := s.Decisions(ctx)
		if err != nil || len(ds) != 2 {
			t.Fatalf("decisions %+v %v", ds, err)
		}
		if ds[0].Active() || ds[0].RevokedBy != "ben" || ds[0].Author != "ana" || ds[0].At == "" {
			t.Errorf("revoked decision %+v", ds[0])
		}
		if !ds[1].Active() || ds[1].At != "2025-01-01T00:00:00Z" || ds[1].Author != "ben" {
			t.Errorf("active decision %+v", ds[1])
		}
		r := PostReview(ds, nil, map[string]string{"rel-1": "rel-2"})
		if len(r.Decisions) != 1 || r.Decisions[0].Fact != "rel-2" {
			t.Errorf("post review %+v: want the reject only, redirected", r.Decisions)
		}
	})
}

func TestConstraints(t *testing.T) {
	a := resolve.Span{Doc: "a", Start: 0, End: 3, Type: graph.Person}
	b := resolve.Span{Doc: "b", Start: 5, End: 9, Type: graph.Person}
	c := resolve.Span{Doc: "c", Start: 1, End: 2, Type: graph.Person}
	ds := []Decision{
		{Decision: graph.Decision{Op: graph.OpSameAs}, Spans: [][]AnchorSpan{{{a, "Ivo"}}, {{b, "Ivo Sten"}}}},
		{Decision: graph.Decision{Op: graph.OpNotSameAs}, Spans: [][]AnchorSpan{{{a, "Ivo"}}, {{c, "Sten"}}}},
		{Decision: graph.Decision{Op: graph.OpSplit, Forms: []string{"sten"}}, Spans: [][]AnchorSpan{{{a, "Ivo"}, {b, "Ivo Sten"}, {c, "Sten"}}}},
		{Decision: graph.Decision{Op: graph.OpSameAs}, Spans: [][]AnchorSpan{{{a, "Ivo"}}, {{c, "Sten"}}}, RevokedAt: "2025-01-01T00:00:00Z"},
	}
	got := Constraints(ds)
	want := resolve.Constraints{
		Same:  [][]resolve.Span{{a, b}},
		Apart: [][][]resolve.Span{{{a}, {c}}, {{c}, {a, b}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Constraints = %+v\nwant %+v", got, want)
	}
}

// TestResolveIDs resolves synthetic mentions in three steps: ids stay,
// a join makes a redirect, and the mentions follow their entities.
func TestResolveIDs(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		put := func(id, text string, ms ...graph.Mention) { t.Helper(); putExtracted(t, s, id, text, ms...) }
		pm := func(doc, text string, start int) graph.Mention {
			return graph.Mention{Doc: doc, Text: text, Type: graph.Person, Start: start, End: start + len(text), Lang: "en"}
		}
		put("a.txt", "Ivo Marenko spoke.", pm("a.txt", "Ivo Marenko", 0))
		put("b.txt", "Marenko spoke. Marenko left.", pm("b.txt", "Marenko", 0), pm("b.txt", "Marenko", 15))
		if _, err := s.Resolve(ctx, ResolveOptions{}); err != nil {
			t.Fatal(err)
		}
		g, _ := s.LoadGraph(ctx)
		ids := map[string]bool{}
		for _, e := range g.Entities {
			ids[e.ID] = true
		}
		// "Marenko" alone joins the one full name across articles
		if len(g.Entities) != 1 || !ids["person-ivo-marenko"] {
			t.Fatalf("entities %v", ids)
		}
		// a second full name makes the surname ambiguous: it splits off,
		// and the full name keeps its id
		put("c.txt", "Ana Marenko spoke.", pm("c.txt", "Ana Marenko", 0))
		res, err := s.Resolve(ctx, ResolveOptions{})
		if err != nil {
			t.Fatal(err)
		}
		g, _ = s.LoadGraph(ctx)
		ids = map[string]bool{}
		for _, e := range g.Entities {
			ids[e.ID] = true
		}
		if !ids["person-ivo-marenko"] || !ids["person-ana-marenko"] || len(g.Entities) != 3 {
			t.Fatalf("after a split: %v (%+v)", ids, res.Summary)
		}
		ms, _ := s.MentionsOf(ctx, "person-ivo-marenko")
		if len(ms) != 1 || ms[0].Doc != "a.txt" {
			t.Fatalf("mentions of the full name: %+v", ms)
		}
		// an analyst joins the lone surname to Ana Marenko: the surname's
		// entity id becomes a redirect
		var lone string
		for id := range ids {
			if id != "person-ivo-marenko" && id != "person-ana-marenko" {
				lone = id
			}
		}
		if _, err := s.AddDecision(ctx, Decision{Decision: graph.Decision{Op: graph.OpSameAs, Entities: []string{"person-ana-marenko", lone}, Author: "ana"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Resolve(ctx, ResolveOptions{}); err != nil {
			t.Fatal(err)
		}
		if got, err := s.ResolveID(ctx, "entity", lone); err != nil || got != "person-ana-marenko" {
			t.Fatalf("the joined id %s resolves to %q, %v", lone, got, err)
		}
		ms, _ = s.MentionsOf(ctx, "person-ana-marenko")
		if len(ms) != 3 {
			t.Fatalf("after the join Ana Marenko has %d mentions, want 3", len(ms))
		}
	})
}

// openTestPostgres opens a store on a fresh database of the test server.
func openTestPostgres(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), storetest.Database(t, storetest.Admin(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
func TestMintedFrom(t *testing.T) {
	for _, c := range []struct {
		id, nat string
		want    bool
	}{
		{"person-ivo", "person-ivo", true},
		{"person-ivo-3fa9c1", "person-ivo", true},
		{"person-ivo-3fa9c1-2", "person-ivo", true},
		{"person-ivo-marenko", "person-ivo", false},
		{"person-ivo-3fa9c1-", "person-ivo", false},
		{"person-ivo-3fa9c1x", "person-ivo", false},
	} {
		if got := mintedFrom(c.id, c.nat); got != c.want {
			t.Errorf("mintedFrom(%q, %q) = %v", c.id, c.nat, got)
		}
	}
}

// TestTxStatements runs more distinct statements in one transaction than
// a transaction keeps prepared, each several times, and reads back what
// they wrote: past the cache, statements run unprepared; a cached one
// runs with each call's own arguments; a rolled-back transaction's
// statements write nothing.
func TestTxStatements(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := maxStmts + 6
		err := s.Update(ctx, func(tx *Tx) error {
			for round := 0; round < 3; round++ {
				for i := 0; i < n; i++ {
					q := fmt.Sprintf(`INSERT INTO counters (name, n) VALUES (?, %d) ON CONFLICT (name) DO UPDATE SET n = counters.n + %d`, i, i)
					if _, err := tx.exec(ctx, q, fmt.Sprintf("t%03d", i)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range []int{0, 1, maxStmts - 1, maxStmts, n - 1} {
			got, err := s.counter(ctx, fmt.Sprintf("t%03d", i))
			if err != nil {
				t.Fatal(err)
			}
			if got != int64(3*i) {
				t.Errorf("statement %d: counter = %d, want %d", i, got, 3*i)
			}
		}
		boom := errors.New("boom")
		err = s.Update(ctx, func(tx *Tx) error {
			if _, err := tx.exec(ctx, `UPDATE counters SET n = n + 1 WHERE name = ?`, "t001"); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Update = %v", err)
		}
		if got, _ := s.counter(ctx, "t001"); got != 3 {
			t.Errorf("after a rollback: counter = %d, want 3", got)
		}
	})
}

// TestRowWriter inserts more rows than one multi-row statement takes,
// with a query in the middle of the transaction (it must see every row
// added before it), rows that conflict (ON CONFLICT DO NOTHING keeps
// the first), and a transaction that fails when its rows are sent at
// the commit: nothing of it is kept.
func TestRowWriter(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		count := func(q func(string, ...any) *sql.Row) int {
			var n int
			if err := q(`SELECT COUNT(*) FROM name_starts`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		n := 2*maxInsertRows + 37
		err := s.Update(ctx, func(tx *Tx) error {
			w := tx.rows(`name_starts (key, doc)`, 2, " ON CONFLICT DO NOTHING")
			for i := 0; i < n; i++ {
				if err := w.add(ctx, fmt.Sprintf("k%05d", i), "d1"); err != nil {
					return err
				}
			}
			if got := count(func(q string, a ...any) *sql.Row { return tx.queryRow(ctx, q, a...) }); got != n {
				t.Errorf("inside the transaction: %d rows, want %d", got, n)
			}
			for i := 0; i < 10; i++ { // the same rows again: kept once
				if err := w.add(ctx, fmt.Sprintf("k%05d", i), "d1"); err != nil {
					return err
				}
			}
			return tx.rows(`sentences (doc, idx, start, stop, lang)`, 5, "").add(ctx, "d1", 0, 0, 5, "en")
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := count(func(q string, a ...any) *sql.Row { return s.queryRow(ctx, q, a...) }); got != n {
			t.Errorf("after the commit: %d rows, want %d", got, n)
		}
		// a row that breaks a key, sent at the commit: the whole
		// transaction is rolled back
		err = s.Update(ctx, func(tx *Tx) error {
			if err := tx.rows(`name_starts (key, doc)`, 2, " ON CONFLICT DO NOTHING").add(ctx, "new", "d2"); err != nil {
				return err
			}
			return tx.rows(`sentences (doc, idx, start, stop, lang)`, 5, "").add(ctx, "d1", 0, 1, 2, "ar")
		})
		if err == nil {
			t.Fatal("a duplicate key was accepted")
		}
		if got := count(func(q string, a ...any) *sql.Row { return s.queryRow(ctx, q, a...) }); got != n {
			t.Errorf("after a failed transaction: %d rows, want %d", got, n)
		}
		if err := s.Update(ctx, func(tx *Tx) error {
			return tx.rows(`name_starts (key, doc)`, 2, "").add(ctx, "only one value")
		}); err == nil {
			t.Error("a row with too few values was accepted")
		}
	})
}

// TestRowWriterBulk writes more rows than one bulk insert takes (COPY
// on PostgreSQL) with every kind of value (text in two scripts,
// integers, floats, bytes and a NULL), reads them back as written,
// inside the transaction and after it, and checks that a bulk insert
// that breaks a key fails its transaction whole.
func TestRowWriterBulk(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n := maxCopyRows + 300
		text := func(i int) string {
			if i%2 == 0 {
				return fmt.Sprintf("Tarin Vosk %d", i)
			}
			return fmt.Sprintf("تارين فوسك %d", i)
		}
		put := func(tx *Tx, lo, hi int) error {
			m, r := tx.mentionRows(), tx.rows(`resolver (doc, gen, version, settled, tail, share, assigned)`, 7, "")
			for i := lo; i < hi; i++ {
				if err := m.add(ctx, "d1", i, i+3, "Person", "", text(i), i/10, "en", "", "", "", "x", float64(i)/8, "e"); err != nil {
					return err
				}
				var assigned []byte // NULL
				if i%3 == 0 {
					assigned = []byte{0, byte(i), 0xff}
				}
				if err := r.add(ctx, fmt.Sprintf("d%05d", i), int64(i)<<33, "v", "", []byte{}, []byte{byte(i >> 8), byte(i)}, assigned); err != nil {
					return err
				}
			}
			return nil
		}
		check := func(q func(string, ...any) (*sql.Rows, error), where string) {
			t.Helper()
			rows, err := q(`SELECT start, stop, text, sent, confidence FROM mentions WHERE doc = 'd1' ORDER BY start`)
			if err != nil {
				t.Fatal(err)
			}
			i := 0
			for rows.Next() {
				var start, stop, sent int
				var txt string
				var c float64
				if err := rows.Scan(&start, &stop, &txt, &sent, &c); err != nil {
					t.Fatal(err)
				}
				if start != i || stop != i+3 || txt != text(i) || sent != i/10 || c != float64(i)/8 {
					t.Fatalf("%s: mention %d read back as %d %d %q %d %v", where, i, start, stop, txt, sent, c)
				}
				i++
			}
			rows.Close()
			if i != n {
				t.Errorf("%s: %d mentions, want %d", where, i, n)
			}
			rows, err = q(`SELECT doc, gen, share, assigned FROM resolver ORDER BY doc`)
			if err != nil {
				t.Fatal(err)
			}
			i = 0
			for rows.Next() {
				var doc string
				var gen int64
				var share, assigned []byte
				if err := rows.Scan(&doc, &gen, &share, &assigned); err != nil {
					t.Fatal(err)
				}
				want := []byte(nil)
				if i%3 == 0 {
					want = []byte{0, byte(i), 0xff}
				}
				if doc != fmt.Sprintf("d%05d", i) || gen != int64(i)<<33 || !bytes.Equal(share, []byte{byte(i >> 8), byte(i)}) || !bytes.Equal(assigned, want) || (assigned == nil) != (want == nil) {
					t.Fatalf("%s: resolver row %d read back as %s %d %v %v", where, i, doc, gen, share, assigned)
				}
				i++
			}
			rows.Close()
			if i != n {
				t.Errorf("%s: %d resolver rows, want %d", where, i, n)
			}
		}
		err := s.Update(ctx, func(tx *Tx) error {
			if err := put(tx, 0, n); err != nil {
				return err
			}
			check(func(q string, a ...any) (*sql.Rows, error) { return tx.query(ctx, q, a...) }, "inside the transaction")
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		check(func(q string, a ...any) (*sql.Rows, error) { return s.query(ctx, q, a...) }, "after the commit")
		// new rows, then a bulk of rows one of which is there already:
		// nothing of the transaction is kept
		err = s.Update(ctx, func(tx *Tx) error {
			if _, err := tx.exec(ctx, `DELETE FROM resolver WHERE doc = 'd00000'`); err != nil {
				return err
			}
			return put(tx, n-2*copyMin, n+copyMin)
		})
		if err == nil {
			t.Fatal("a duplicate key was accepted")
		}
		check(func(q string, a ...any) (*sql.Rows, error) { return s.query(ctx, q, a...) }, "after a failed transaction")
	})
}

// TestUpdatePanics: a panic inside a transaction reaches the caller,
// nothing of the transaction is kept, and the store goes on working
// (its connection is not left waiting for the transaction).
func TestUpdatePanics(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for i := 0; i < 3; i++ {
			func() {
				defer func() {
					if r := recover(); r != "boom" {
						t.Errorf("recovered %v, want the panic", r)
					}
				}()
				s.Update(ctx, func(tx *Tx) error {
					if err := tx.rows(`sentences (doc, idx, start, stop, lang)`, 5, "").add(ctx, "d1", i, 0, 5, "en"); err != nil {
						return err
					}
					if err := tx.flush(ctx); err != nil {
						return err
					}
					panic("boom")
				})
			}()
		}
		var n int
		if err := s.queryRow(ctx, `SELECT COUNT(*) FROM sentences`).Scan(&n); err != nil || n != 0 {
			t.Errorf("after the panics: %d sentences (%v), want 0", n, err)
		}
		if err := s.Update(ctx, func(tx *Tx) error {
			return tx.rows(`sentences (doc, idx, start, stop, lang)`, 5, "").add(ctx, "d1", 0, 0, 5, "en")
		}); err != nil {
			t.Error(err)
		}
	})
}

// TestFactEvidenceRewrite: a changed fact keeps the stored evidence it
// begins with and rewrites the rest, whatever changed: evidence added
// at the end, in the middle, changed, or taken away; the graph read
// back is the graph written each time.
func TestFactEvidenceRewrite(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		g := graphtest.Fixture()
		g.Normalize()
		var f *graph.Fact
		for _, x := range g.Facts {
			if len(x.Evidence) > 0 {
				f = x
				break
			}
		}
		if f == nil {
			t.Fatal("the fixture has no fact with evidence")
		}
		ev := func(doc string, start int) graph.Evidence {
			e := f.Evidence[0]
			e.Doc, e.Start = doc, start
			return e
		}
		a, b, c, d := ev("a", 1), ev("b", 2), ev("c", 3), ev("bb", 4) // in evidence order: a, b, bb, c
		changed := c
		changed.Confidence /= 2
		for i, evs := range [][]graph.Evidence{
			{a, b},
			{a, b, c},       // added at the end
			{a, b, d, c},    // in the middle
			{a, d, changed}, // changed, one taken away
			{d},             // the first changed
			{d},             // as stored: the fact is not rewritten
		} {
			f.Evidence = append([]graph.Evidence(nil), evs...)
			sum, err := writeGraph(ctx, s, g)
			if err != nil {
				t.Fatal(err)
			}
			if want := i > 0 && i < 5; (sum.FactsChanged == 1) != want {
				t.Errorf("step %d: %d facts changed", i, sum.FactsChanged)
			}
			back, err := s.LoadGraph(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(g.Facts)
			got, _ := json.Marshal(back.Facts)
			if string(want) != string(got) {
				t.Fatalf("step %d: facts read back differ:\nwant %s\n got %s", i, want, got)
			}
		}
	})
}
