// Package kgtest builds knowledge graphs for the exporters' tests and
// benchmarks: a small hand-made fixture with the awkward cases (Arabic
// names, quotes and markup characters in names, parallel facts, a dated
// event) and large generated graphs.
package kgtest

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"newskg/graph"
)

// Fixture ids used by tests.
const (
	Gromov = "person-pavel-gromov"
	Russia = "country-russia"
)

// Fixture returns a small normalised graph: 9 entities and 10 facts, two
// of them parallel (Gromov holds two positions for Russia).
func Fixture() *graph.KG {
	arab := graph.EntityID(graph.Person, "محمد بن عبدالرحمن آل ثاني")
	odd := graph.EntityID(graph.Organization, `Smith & "Sons" <Holdings> \ Ltd`)
	ev := func(doc, text string, conf float64) graph.Evidence {
		return graph.Evidence{Doc: doc, URL: "https://news.example/" + doc + "?a=1&b=2", Published: "2024-03-05",
			Text: text, Start: 10, End: 10 + len([]rune(text)), SubjectStart: 10, SubjectEnd: 16,
			ObjectStart: 20, ObjectEnd: 26, Extractor: "patterns", Rule: "r-" + doc, Confidence: conf}
	}
	en, ar := "art-en-1.txt", "art-ar-1.txt"
	g := &graph.KG{
		Docs: []graph.DocInfo{
			{ID: en, Title: `Gromov in Doha: "talks" & <more>`, URL: "https://news.example/en?a=1&b=2", Published: "2024-03-05", Lang: "en"},
			{ID: ar, Title: "غروموف في الدوحة", URL: "https://news.example/ar", Published: "2024-03-06", Lang: "ar"},
		},
		Entities: []*graph.Entity{
			{ID: Gromov, Type: graph.Person, Name: "Pavel Gromov", Aliases: []graph.Alias{
				{Text: "Gromov", Lang: "en", Count: 3, Docs: []string{en}},
				{Text: "بافل غروموف", Lang: "ar", Count: 2, Docs: []string{ar}},
			}, Docs: []string{ar, en}, Roles: []string{"foreign minister", "head of delegation"}, Mentions: 5,
				Merges: []graph.Merge{{Form: "بافل غروموف", Into: "Pavel Gromov", Rule: "translit", Key: "gromov", Score: 0.92}}},
			{ID: Russia, Type: graph.Country, Name: "Russia", Aliases: []graph.Alias{
				{Text: "Russia", Lang: "en", Count: 2}, {Text: "روسيا", Lang: "ar", Count: 1},
			}, SameAs: []string{"https://www.wikidata.org/wiki/Q159"}, Docs: []string{ar, en}, Mentions: 3},
			{ID: "country-qatar", Type: graph.Country, Name: "Qatar", Aliases: []graph.Alias{{Text: "قطر", Lang: "ar", Count: 1}}, Docs: []string{ar}, Mentions: 1},
			{ID: "city-doha", Type: graph.City, Name: "Doha", Aliases: []graph.Alias{{Text: "الدوحة", Lang: "ar", Count: 2}}, Docs: []string{ar, en}, Mentions: 2},
			{ID: "place-lusail-palace", Type: graph.Place, Name: "Lusail Palace", Docs: []string{en}, Mentions: 1},
			{ID: "delegation-russia", Type: graph.Delegation, Name: "Russian delegation", Docs: []string{en}, Mentions: 1},
			{ID: "event-doha-talks", Type: graph.Event, Name: "Doha talks", Date: "2024-03-05", Docs: []string{en}, Mentions: 2},
			{ID: arab, Type: graph.Person, Name: "محمد بن عبدالرحمن آل ثاني", Aliases: []graph.Alias{
				{Text: "Mohammed bin Abdulrahman Al Thani", Lang: "en", Count: 1},
			}, Docs: []string{ar}, Roles: []string{"prime minister"}, Mentions: 2},
			{ID: odd, Type: graph.Organization, Name: `Smith & "Sons" <Holdings> \ Ltd`, Aliases: []graph.Alias{
				{Text: "Smith\nSons", Lang: "en", Count: 1},
			}, Docs: []string{en}, Mentions: 1},
		},
	}
	add := func(s string, p graph.Predicate, o, role string, conf float64, evs ...graph.Evidence) {
		g.Facts = append(g.Facts, &graph.Fact{ID: graph.FactID(s, p, o, role), Subject: s, Predicate: p, Object: o,
			Role: role, Confidence: conf, Evidence: evs})
	}
	add(Gromov, graph.HoldsPosition, Russia, "foreign minister", 0.9,
		ev(en, "Russian Foreign Minister Pavel Gromov said \"yes\".", 0.9),
		ev(ar, "قال وزير الخارجية الروسي بافل غروموف", 0.85))
	g.Facts[0].RolePhrase = "Foreign Minister"
	add(Gromov, graph.HoldsPosition, Russia, "head of delegation", 0.6, ev(en, "Gromov, head of the delegation,\narrived.", 0.6))
	add(Gromov, graph.Leads, "delegation-russia", "", 0.8, ev(en, "Gromov led the Russian delegation.", 0.8))
	add(Gromov, graph.MeetsWith, arab, "", 0.75, ev(en, "Gromov met Al Thani.", 0.7), ev(ar, "التقى غروموف آل ثاني", 0.8))
	add("delegation-russia", graph.Represents, Russia, "", 0.95, ev(en, "the Russian delegation", 0.95))
	add("delegation-russia", graph.ParticipatesIn, "event-doha-talks", "", 0.7, ev(en, "The delegation joined the Doha talks.", 0.7))
	add("event-doha-talks", graph.HeldIn, "place-lusail-palace", "", 0.65, ev(en, "talks at Lusail Palace", 0.65))
	add("place-lusail-palace", graph.LocatedIn, "city-doha", "", 0.5, ev(en, "Lusail Palace in Doha", 0.5))
	add("city-doha", graph.LocatedIn, "country-qatar", "", 0.99, ev(ar, "الدوحة، قطر", 0.99))
	add(arab, graph.MemberOf, odd, "", 0.4, ev(en, `He sits on the board of Smith & "Sons" <Holdings>.`, 0.4))
	g.Normalize()
	return g
}

// Generate returns a normalised graph of n entities and m facts between
// random pairs, each fact with one short evidence; the same seed gives
// the same graph.
func Generate(n, m int, seed uint64) *graph.KG {
	r := rand.New(rand.NewPCG(seed, 42))
	g := &graph.KG{Entities: make([]*graph.Entity, 0, n), Facts: make([]*graph.Fact, 0, m)}
	docs := n/50 + 1
	for i := 0; i < docs; i++ {
		g.Docs = append(g.Docs, graph.DocInfo{ID: fmt.Sprintf("doc-%05d.txt", i), Title: fmt.Sprintf("Article %d", i), Lang: "en"})
	}
	for i := 0; i < n; i++ {
		t := graph.EntityTypes[i%len(graph.EntityTypes)]
		name := fmt.Sprintf("%s %d", t, i)
		e := &graph.Entity{ID: fmt.Sprintf("%s-%07d", t, i), Type: t, Name: name,
			Aliases: []graph.Alias{{Text: name, Lang: "en", Count: 2}, {Text: fmt.Sprintf("كيان %d", i), Lang: "ar", Count: 1}},
			Docs:    []string{g.Docs[i%docs].ID}, Mentions: 3}
		if t == graph.Event {
			e.Date = fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
		}
		g.Entities = append(g.Entities, e)
	}
	for i := 0; i < m; i++ {
		s, o := g.Entities[r.IntN(n)], g.Entities[r.IntN(n)]
		p := graph.Predicates[i%len(graph.Predicates)]
		role := ""
		if p == graph.HoldsPosition {
			role = "minister"
		}
		doc := g.Docs[r.IntN(docs)].ID
		g.Facts = append(g.Facts, &graph.Fact{ID: fmt.Sprintf("rel-%08x", i), Subject: s.ID, Predicate: p, Object: o.ID, Role: role,
			Confidence: float64(r.IntN(1000)) / 1000,
			Evidence: []graph.Evidence{{Doc: doc, Text: s.Name + " and " + o.Name + " met.", Start: 0, End: 30,
				SubjectEnd: 8, ObjectStart: 13, ObjectEnd: 20, Extractor: "gen", Rule: "gen", Confidence: 0.5}}})
	}
	g.Normalize()
	return g
}

// ErrDisk is the error a FailWriter fails with.
var ErrDisk = errors.New("disk full")

// FailWriter accepts N bytes, then fails every call with ErrDisk and
// counts the calls made after the first failure in After.
type FailWriter struct{ N, After int }

func (w *FailWriter) Write(p []byte) (int, error) {
	if w.N <= 0 {
		w.After++
		return 0, ErrDisk
	}
	if len(p) > w.N {
		k := w.N
		w.N = 0
		return k, ErrDisk
	}
	w.N -= len(p)
	return len(p), nil
}

// Golden compares got with the golden file at path, first rewriting the
// file with got when update is set (the tests' -update flag).
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it)", path)
	}
}
