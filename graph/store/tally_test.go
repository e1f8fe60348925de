package store

import (
	"context"
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// putExtracted stores a document with its extraction (mentions only).
func putExtracted(t *testing.T, s *Store, id, text string, ms ...graph.Mention) {
	t.Helper()
	ctx := context.Background()
	err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.PutDocument(ctx, Document{DocInfo: graph.DocInfo{ID: id, Lang: "en"}, Hash: id, Text: text}, nil, Extraction{}, nil, nil); err != nil {
			return err
		}
		return tx.SetExtraction(ctx, id, 1, "v1", Extraction{Mentions: ms}, false, "")
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTallySpans checks the tally of shared spans that ids are given by
// against the plain count (every span of every document, the stored
// entity read from the mentions table): documents whose share was read
// are counted form by form, those made again span by span; and the
// first spans of new entities against the smallest span of each.
func TestTallySpans(t *testing.T) {
	suite(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		put := func(id string, ms ...graph.Mention) { t.Helper(); putExtracted(t, s, id, id, ms...) }
		m := func(doc, text string, typ graph.EntityType, start int) graph.Mention {
			return graph.Mention{Doc: doc, Text: text, Type: typ, Start: start, End: start + len(text), Lang: "en"}
		}
		ev := func(doc, text, key string, start int) graph.Mention {
			x := m(doc, text, graph.Event, start)
			x.Key = key
			return x
		}
		put("a.txt", m("a.txt", "Ivo Marenko", graph.Person, 0), m("a.txt", "Tolvia", graph.Country, 20), ev("a.txt", "the Dunmore talks", "talks-dunmore", 40))
		put("b.txt", m("b.txt", "Marenko", graph.Person, 0), m("b.txt", "Marenko", graph.Person, 15), ev("b.txt", "the talks", "talks-dunmore", 30))
		put("d.txt", m("d.txt", "Lina Voss", graph.Person, 0), m("d.txt", "Voss", graph.Person, 30))
		if _, err := s.Resolve(ctx, ResolveOptions{}); err != nil {
			t.Fatal(err)
		}
		before, err := s.LoadGraph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		updated := func(id string) string {
			t.Helper()
			var u string
			if err := s.queryRow(ctx, `SELECT updated FROM entities WHERE id = ?`, id).Scan(&u); err != nil {
				t.Fatal(err)
			}
			return u
		}
		voss, marenko := updated("person-lina-voss"), updated("person-ivo-marenko")
		// a second full name makes the lone surname ambiguous (a split)
		put("c.txt", m("c.txt", "Ana Marenko", graph.Person, 0), m("c.txt", "Tolvia", graph.Country, 20))
		docs, err := s.resolvable(ctx)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.resolverRows(ctx)
		if err != nil {
			t.Fatal(err)
		}
		base := kb.Starter()
		sc, err := newScratch(base)
		if err != nil {
			t.Fatal(err)
		}
		defer sc.Close()
		ps, made, _, err := s.prepare(ctx, sc, docs, rows, ResolveOptions{}, base, resolverVersion(base, nil))
		if err != nil {
			t.Fatal(err)
		}
		if made != 1 {
			t.Fatalf("%d shares made, want 1 (the new document's)", made)
		}
		infos := make([]graph.DocInfo, len(ps))
		shares := make([]*resolve.Share, len(ps))
		for i, p := range ps {
			infos[i], shares[i] = p.doc.info, p.share
		}
		r, err := resolve.ResolveShares(infos, shares, nil, resolve.Options{KB: base}, resolve.Constraints{})
		if err != nil {
			t.Fatal(err)
		}
		got, madeWas, err := s.tallySpans(ctx, ps, r)
		if err != nil {
			t.Fatal(err)
		}
		// the plain count
		var ids []string
		for _, p := range ps {
			ids = append(ids, p.doc.info.ID)
		}
		old := map[resolve.Span]string{}
		if err := s.spanRows(ctx, ids, old); err != nil {
			t.Fatal(err)
		}
		want := map[pairKey]int{}
		first := map[string]resolve.Span{}
		all := map[string]bool{}
		for i, p := range ps {
			eachSpan(p.share, r.Named[i], r.Groups[i], r.Keys[i], func(sp resolve.Span, rid string) {
				if sid := old[sp]; sid != "" {
					want[pairKey{rid, sid}]++
				}
				if f, ok := first[rid]; !ok || sp.Less(f) {
					first[rid] = sp
				}
				all[rid] = true
			})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tally %v, want %v", got, want)
		}
		if f, err := firstSpans(ps, r, all); err != nil || !reflect.DeepEqual(f, first) {
			t.Errorf("first spans %v, want %v", f, first)
		}
		if len(want) < 4 {
			t.Errorf("the tally has %d pairs: the test no longer splits and keeps entities", len(want))
		}
		// what the new document touches: the country it names, the full
		// name its namesake split the lone surname from; not the other
		// person, whose rows are kept without a digest made
		taken, err := s.EntityIDs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		idmap, _ := assignIDs(r.Graph, got, func(w map[string]bool) map[string]resolve.Span { f, _ := firstSpans(ps, r, w); return f }, taken)
		same := untouched(ps, r, idmap, madeWas)
		for id, want := range map[string]bool{"person-lina-voss": true, "person-ivo-marenko": false, "country-tolvia": false, "person-ana-marenko": false} {
			if same[id] != want {
				t.Errorf("untouched %s: %v, want %v (%v)", id, same[id], want, same)
			}
		}
		// the resolution proper: the untouched entity keeps its id and
		// its row, the full name keeps its id
		res, err := s.Resolve(ctx, ResolveOptions{})
		if err != nil {
			t.Fatal(err)
		}
		after, err := s.LoadGraph(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"person-lina-voss", "person-ivo-marenko"} {
			b, a := before.Entity(id), after.Entity(id)
			if b == nil || a == nil {
				t.Fatalf("%s: before %v, after %v", id, b, a)
			}
		}
		if !reflect.DeepEqual(before.Entity("person-lina-voss"), after.Entity("person-lina-voss")) {
			t.Errorf("an entity no new mention touches changed:\n%+v\n%+v", before.Entity("person-lina-voss"), after.Entity("person-lina-voss"))
		}
		if u := updated("person-lina-voss"); u != voss {
			t.Errorf("the untouched entity's row was written again (updated %s, was %s)", u, voss)
		}
		if u := updated("person-ivo-marenko"); u == marenko {
			t.Errorf("the entity whose surname split off was not written again (updated %s)", u)
		}
		if res.Unchanged == 0 || res.Added == 0 {
			t.Errorf("summary %+v: want unchanged and new entities", res.Summary)
		}
	})
}

// TestClusteringPlan: the last clustering is kept only when it was made
// without decisions and most forms were not in one interaction
// component; the components are found again when never found, or when
// the store has doubled since.
func TestClusteringPlan(t *testing.T) {
	cases := []struct {
		meta        string
		forms       int
		keep, stale bool
	}{
		{"", 100, false, true},                       // never resolved with kept clusterings
		{"free 0 0", 100, true, true},                // kept, never measured: try (the try measures)
		{"free 1000 300", 1500, true, false},         // small components
		{"free 1000 900", 1500, false, false},        // one component holds most forms
		{"free 1000 900", 2000, true, true},          // doubled since: try again
		{"constrained 1000 300", 1500, false, false}, // decisions constrained it
		{"constrained 1000 300", 2500, false, true},
		{"constrained 0 0", 10, false, true},
	}
	for _, c := range cases {
		t.Run(c.meta, func(t *testing.T) {
			cl := parseClustering(c.meta)
			if c.meta != "" && cl.String() != c.meta {
				t.Errorf("%q reads back as %q", c.meta, cl.String())
			}
			keep, stale := cl.plan(c.forms)
			if keep != c.keep || stale != c.stale {
				t.Errorf("plan(%d) = %v, %v; want %v, %v", c.forms, keep, stale, c.keep, c.stale)
			}
		})
	}
}
