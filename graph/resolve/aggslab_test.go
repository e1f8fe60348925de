package resolve

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// sameAgg reports whether two mention summaries say the same (an empty
// list or map and none alike).
func sameAgg(a, b *mentionAgg) bool {
	norm := func(a *mentionAgg) mentionAgg {
		c := *a
		if len(c.dates) == 0 {
			c.dates = nil
		}
		if len(c.roles) == 0 {
			c.roles = nil
		}
		if len(c.docs) == 0 {
			c.docs = nil
		}
		c.aliases = nil
		for _, x := range a.aliases {
			if len(x.docs) == 0 {
				x.docs = nil
			}
			c.aliases = append(c.aliases, x)
		}
		return c
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

// TestAggSlabRoundTrip writes random summaries of named forms (their
// own document alone), of delegations and events (many documents, some
// not among the resolution's) and of forms with nothing, in both
// scripts, some longer than a chunk, and reads each back as it was.
func TestAggSlabRoundTrip(t *testing.T) {
	docs := []*docInput{{doc: "en/a.txt"}, {doc: "en/b.txt"}, {doc: "ar/c.txt"}}
	words := []string{"Ivan Petrenko", "Petrenko", "إيفان بيترينكو", "the summit", "القمة", ""}
	for seed := range uint64(30) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 3))
			s := newAggSlab(docs)
			type put struct {
				ref aggRef
				doc string
				a   *mentionAgg
			}
			var puts []put
			for i := range 200 {
				doc := ""
				if rng.IntN(2) == 0 {
					doc = docs[rng.IntN(len(docs))].doc
				}
				some := func() []string {
					if doc != "" && rng.IntN(2) == 0 {
						return []string{doc}
					}
					var ds []string
					for range rng.IntN(4) {
						if rng.IntN(4) == 0 {
							ds = append(ds, "elsewhere/"+fmt.Sprint(rng.IntN(9)))
						} else {
							ds = append(ds, docs[rng.IntN(len(docs))].doc)
						}
					}
					return ds
				}
				a := &mentionAgg{docs: some()}
				for range rng.IntN(4) {
					text := words[rng.IntN(len(words))]
					if i%50 == 7 {
						text = strings.Repeat("x", aggChunk+rng.IntN(100)) // a record longer than a chunk
					}
					a.aliases = append(a.aliases, aliasN{lang: []string{"en", "ar", ""}[rng.IntN(3)], text: text, count: rng.IntN(1000), docs: some()})
				}
				for range rng.IntN(3) {
					if a.dates == nil {
						a.dates = map[string]int{}
					}
					a.dates[fmt.Sprintf("2024-0%d-1%d", 1+rng.IntN(9), rng.IntN(9))] += 1 + rng.IntN(5)
				}
				for range rng.IntN(3) {
					a.roles = append(a.roles, words[rng.IntN(len(words))])
				}
				puts = append(puts, put{s.put(a, doc), doc, a})
			}
			for i, p := range puts {
				if got := s.get(p.ref, p.doc); !sameAgg(got, p.a) {
					t.Fatalf("record %d of %q: read back %+v, wrote %+v", i, p.doc, got, p.a)
				}
			}
		})
	}
}

// TestAggSlabEntities resolves the same small corpus with the forms'
// summaries in the slab and held as records, and checks that the
// entities are the same, and that a form packed reads back what it had.
func TestAggSlabEntities(t *testing.T) {
	ms := []graph.Mention{
		{Doc: "a", Text: "Ivan Petrenko", Type: graph.Person, Start: 0, End: 13, Lang: "en", Role: "minister", Date: "2024-03-01"},
		{Doc: "a", Text: "Petrenko", Type: graph.Person, Start: 30, End: 38, Lang: "en"},
		{Doc: "b", Text: "إيفان بيترينكو", Type: graph.Person, Start: 0, End: 14, Lang: "ar"},
		{Doc: "b", Text: "Vantoria", Type: graph.Country, Start: 20, End: 28, Lang: "en"},
		{Doc: "a", Text: "the Vantoria talks", Type: graph.Event, Start: 40, End: 58, Lang: "en", Key: "talks-1", Date: "2024-03-02"},
		{Doc: "b", Text: "محادثات فانتوريا", Type: graph.Event, Start: 40, End: 56, Lang: "ar", Key: "talks-1", Date: "2024-03-02"},
	}
	entities := func(pack bool) []*graph.Entity {
		st, err := prepare(kb.Starter(), ms, nil, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range st.forms {
			if f.agg != nil {
				t.Fatalf("form %q keeps its summary after assemble", f.key)
			}
			a := st.aggOf(f)
			if !pack {
				f.agg, f.aggAt = a, 0
			}
		}
		g := st.build(st.clusterize(constraints{}))
		return g.Entities
	}
	packed, held := entities(true), entities(false)
	if len(packed) == 0 || !reflect.DeepEqual(packed, held) {
		t.Fatalf("entities with summaries in the slab:\n%+v\nheld as records:\n%+v", packed, held)
	}
	var docs2 bool
	for _, e := range packed {
		docs2 = docs2 || e.Type == graph.Event && len(e.Docs) == 2 && len(e.Aliases) == 2 && e.Date == "2024-03-02"
	}
	if !docs2 {
		t.Errorf("no event with two documents, two aliases and its date: %+v", packed)
	}
}
