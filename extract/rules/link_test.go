package rules

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"newskg/graph"
)

// TestLinkEventsAllPairs: over random corpora, LinkEvents groups events
// as the test of every pair of a place's events does: same place,
// different articles, a shared party, dates (or publications) within
// the window and the same day where both are dated.
func TestLinkEventsAllPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	places := []string{"Lisbon", "Oslo"}
	parties := []string{"Nora Vell", "Ivo Marsh", "Alma Ruiz", "Tess Hald", ""}
	day := func(d int) string { return time.Date(2024, 3, 1+d, 0, 0, 0, 0, time.UTC).Format("2006-01-02") }
	linked := 0
	for n := 0; n < 200; n++ {
		type ev struct {
			m       graph.Mention
			parties map[string]bool
		}
		var evs []ev
		var ms []graph.Mention
		var rels []graph.Relation
		pub := map[string]string{}
		for d := 0; d < 2+rng.IntN(8); d++ {
			doc := fmt.Sprintf("d%d.txt", d)
			pub[doc] = day(rng.IntN(8))
			for k := 0; k < 1+rng.IntN(3); k++ {
				m := graph.Mention{Doc: doc, Type: graph.Event, Key: fmt.Sprintf("event|%s|%d", doc, k), Place: places[rng.IntN(len(places))]}
				if rng.IntN(2) == 0 {
					m.Date = day(rng.IntN(8))
				}
				e := ev{m: m, parties: map[string]bool{}}
				ms = append(ms, m)
				for p := rng.IntN(3); p > 0; p-- {
					name := parties[rng.IntN(len(parties))]
					s := graph.Mention{Doc: doc, Type: graph.Person, Text: name, Name: name}
					rels = append(rels, graph.Relation{Subject: s, Predicate: graph.ParticipatesIn, Object: m})
					if k := partyKey(s); k != "" {
						e.parties[k] = true
					}
				}
				evs = append(evs, e)
			}
		}
		// every pair, as the rule reads
		when := func(e ev) (time.Time, bool) {
			if t, ok := parsePublished(e.m.Date); ok {
				return t, true
			}
			t, _ := parsePublished(pub[e.m.Doc])
			return t, false
		}
		root := make([]int, len(evs))
		for i := range root {
			root[i] = i
		}
		var find func(int) int
		find = func(i int) int {
			if root[i] != i {
				root[i] = find(root[i])
			}
			return root[i]
		}
		for i := range evs {
			for j := range evs {
				a, b := evs[i], evs[j]
				ta, da := when(a)
				tb, db := when(b)
				gap := tb.Sub(ta)
				if gap < 0 {
					gap = -gap
				}
				share := false
				for p := range a.parties {
					share = share || b.parties[p]
				}
				if i == j || a.m.Place != b.m.Place || a.m.Doc == b.m.Doc || !share || gap > linkWindow*24*time.Hour || da && db && !ta.Equal(tb) {
					continue
				}
				root[find(i)] = find(j)
			}
		}
		want := map[string]string{}
		for i, e := range evs {
			least, size := e.m.Key, 0
			for j, o := range evs {
				if find(j) == find(i) {
					size++
					if o.m.Key < least {
						least = o.m.Key
					}
				}
			}
			want[e.m.Key] = e.m.Key
			if size > 1 {
				want[e.m.Key] = "event|" + e.m.Place + "|" + least
				linked++
			}
		}
		before := make([]string, len(ms))
		for i, m := range ms {
			before[i] = m.Key
		}
		LinkEvents(ms, rels, pub)
		for i, m := range ms {
			if m.Key != want[before[i]] {
				t.Fatalf("corpus %d: event %s keyed %q, every pair says %q", n, before[i], m.Key, want[before[i]])
			}
		}
	}
	if linked == 0 {
		t.Error("no event was ever linked: the test tests nothing")
	}
}
