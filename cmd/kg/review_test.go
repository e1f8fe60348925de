package main

import (
	"context"
	"io"
	"path/filepath"
	"sort"
	"testing"

	"newskg/graph"
	"newskg/graph/reviewtest"
)

// TestServeBuiltOrArticlesSameGraph: one review file of every kind of
// decision, made on the seeds' graph, gives the same graph whether it is
// applied while building from the articles (`kg serve seeds`, `kg build`)
// or to the graph built without it and read back from its JSON-LD (`kg
// serve out/graph.jsonld`). The decisions are chosen by the graph's shape,
// never by name.
func TestServeBuiltOrArticlesSameGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the seeds twice")
	}
	ctx := context.Background()
	g0, _, err := buildGraph(ctx, buildOptions{}, []string{"../../seeds"}, nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	rv := &graph.Review{Version: 1, Decisions: seedDecisions(t, g0)}
	rv.AssignIDs()
	rv.Decisions = append(rv.Decisions, graph.Decision{Op: graph.OpRevoke, Revokes: rv.Decisions[len(rv.Decisions)-1].ID})
	rv.AssignIDs()
	reviewtest.Anchor(g0, rv)
	path := filepath.Join(t.TempDir(), "review.json")
	if err := rv.Save(path); err != nil {
		t.Fatal(err)
	}
	fromArticles, st, err := buildGraph(ctx, buildOptions{ReviewPath: path}, []string{"../../seeds"}, nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Stale) != 0 {
		t.Errorf("stale building from the articles: %q", st.Stale)
	}
	// Both as the JSON-LD has them (it writes numbers as the reader
	// gives them back, not with the float noise of the extractors).
	fromArticles = reviewtest.RoundTrip(t, fromArticles)
	builtReadBack := reviewtest.RoundTrip(t, g0)
	res := graph.ApplyReview(builtReadBack, rv)
	if s := res.Stale(); len(s) != 0 {
		t.Errorf("stale applying to the built graph: %q", s)
	}
	if d := reviewtest.Diff(fromArticles, builtReadBack); d != "" {
		t.Errorf("`kg serve seeds` and `kg serve out/graph.jsonld` differ:\n%s", d)
	}
	// Serving the graph built with the review applies it again: nothing
	// changes and nothing is stale.
	again := reviewtest.RoundTrip(t, fromArticles)
	if s := graph.ApplyReview(again, rv).Stale(); len(s) != 0 {
		t.Errorf("stale applying to the graph built with the review: %q", s)
	}
	if d := reviewtest.Diff(fromArticles, again); d != "" {
		t.Errorf("applying the review twice changed the graph:\n%s", d)
	}
	for i, ok := range graph.Reflected(fromArticles, rv) {
		if d := rv.Decisions[i]; !ok && d.Op != graph.OpRevoke && !revoked(rv, d.ID) {
			t.Errorf("decision %d (%s) is not shown applied", i+1, d.Op)
		}
	}
}

func revoked(rv *graph.Review, id string) bool {
	for _, d := range rv.Decisions {
		if d.Op == graph.OpRevoke && d.Revokes == id {
			return true
		}
	}
	return false
}

// seedDecisions makes one decision of each kind on g, choosing entities
// and facts by their shape: the least mentioned people, a person with
// forms in two documents, the first position held, and so on.
func seedDecisions(t *testing.T, g *graph.KG) []graph.Decision {
	t.Helper()
	var people []*graph.Entity
	for _, e := range g.Entities {
		if e.Type == graph.Person {
			people = append(people, e)
		}
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Mentions < people[j].Mentions })
	if len(people) < 4 {
		t.Fatalf("want four people in the seeds' graph, got %d", len(people))
	}
	var ds []graph.Decision
	ds = append(ds, graph.Decision{Op: graph.OpSameAs, Entities: []string{people[0].ID, people[1].ID}})
	ds = append(ds, graph.Decision{Op: graph.OpNotSameAs, Entities: []string{people[2].ID, people[3].ID}})
	// Split off the form of another document from a person known by
	// forms in several.
	for i := len(people) - 1; i >= 0; i-- {
		e := people[i]
		if len(e.Docs) < 2 || len(e.Aliases) < 2 {
			continue
		}
		first := e.Aliases[0].Docs
		for _, a := range e.Aliases[1:] {
			if len(a.Docs) == 1 && len(first) > 0 && a.Docs[0] != first[0] && graph.EntityID(e.Type, a.Text) != e.ID {
				ds = append(ds, graph.Decision{Op: graph.OpSplit, Entities: []string{e.ID}, Forms: []string{a.Text}})
				break
			}
		}
		if ds[len(ds)-1].Op == graph.OpSplit {
			break
		}
	}
	var place *graph.Entity
	for _, e := range g.Entities {
		if e.Type == graph.City {
			place = e
			break
		}
	}
	if place == nil {
		t.Fatal("no city in the seeds' graph")
	}
	ds = append(ds, graph.Decision{Op: graph.OpRetype, Entities: []string{place.ID}, Type: string(graph.Place)})
	// the facts judged are of entities no other decision touches: a
	// reviewer judges the facts of the graph he sees, and a merge or a
	// split before gives a fact of theirs another id
	touched := map[string]bool{}
	for _, d := range ds {
		for _, id := range d.Entities {
			touched[id] = true
		}
	}
	var position, other *graph.Fact
	for _, f := range g.Facts {
		if touched[f.Subject] || touched[f.Object] {
			continue
		}
		switch {
		case position == nil && f.Predicate == graph.HoldsPosition && f.Role != "":
			position = f
		case other == nil && f.Predicate == graph.ParticipatesIn:
			other = f
		}
	}
	if position == nil || other == nil {
		t.Fatal("no position or participation in the seeds' graph")
	}
	ds = append(ds, graph.Decision{Op: graph.OpReject, Fact: position.ID})
	ds = append(ds, graph.Decision{Op: graph.OpAccept, Fact: other.ID})
	ds = append(ds, graph.Decision{Op: graph.OpRename, Entities: []string{people[len(people)-1].ID}, Name: "Renamed By Review"})
	if len(ds) != 7 {
		t.Fatalf("could not make every kind of decision: %+v", ds)
	}
	return ds
}
