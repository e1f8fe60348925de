package web

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"sync/atomic"

	"newskg/graph"
)

// ev builds evidence for a sentence that starts at rune offset base of a
// document, locating the subject and object forms in it.
func ev(doc, sentence string, base int, subj, obj string, conf float64) graph.Evidence {
	rs := []rune(sentence)
	find := func(s string) (int, int) {
		i := strings.Index(sentence, s)
		if i < 0 {
			panic(fmt.Sprintf("%q not in %q", s, sentence))
		}
		r := len([]rune(sentence[:i]))
		return base + r, base + r + len([]rune(s))
	}
	ss, se := find(subj)
	os, oe := find(obj)
	return graph.Evidence{Doc: doc, Text: sentence, Start: base, End: base + len(rs),
		SubjectStart: ss, SubjectEnd: se, ObjectStart: os, ObjectEnd: oe,
		Extractor: "patterns", Rule: "test-rule", Confidence: conf}
}

func alias(text, lang string, docs ...string) graph.Alias {
	return graph.Alias{Text: text, Lang: lang, Count: len(docs), Docs: docs}
}

func ent(id string, t graph.EntityType, n string, aliases ...graph.Alias) *graph.Entity {
	e := &graph.Entity{ID: id, Type: t, Name: n, Aliases: aliases}
	seen := map[string]bool{}
	for _, a := range aliases {
		e.Mentions += a.Count
		for _, d := range a.Docs {
			if !seen[d] {
				seen[d] = true
				e.Docs = append(e.Docs, d)
			}
		}
	}
	return e
}

func fact(s string, p graph.Predicate, o string, conf float64, evs ...graph.Evidence) *graph.Fact {
	return &graph.Fact{ID: graph.FactID(s, p, o, ""), Subject: s, Predicate: p, Object: o, Confidence: conf, Evidence: evs}
}

const (
	arSent1 = "التقى وزير الخارجية الروسي بافل غروموف بالمبعوث الأمريكي مارتن كيسلر في مسقط."
	arSent2 = "وصل بافل غروموف إلى مسقط يوم الاثنين."
	enSent1 = "Russian Foreign Minister Pavel Gromov represents Russia at the Muscat talks."
	enSent2 = "US envoy Kesslar met Gromov in Muscat on Tuesday."
	enSent3 = "The Muscat talks were held in Muscat, the Omani capital."
	enSent4 = "Martin Kessler represents the United States."
)

// fixtureKG is a small graph with an Arabic-named person, a duplicate to
// merge and facts with evidence in both scripts.
func fixtureKG() *graph.KG {
	g := &graph.KG{
		Docs: []graph.DocInfo{
			{ID: "ar-1", Title: "غروموف في مسقط", URL: "https://example.org/ar-1", Lang: "ar", Published: "2025-03-20"},
			{ID: "en-1", Title: "Talks in Muscat", URL: "https://example.org/en-1", Lang: "en", Published: "2025-03-21"},
		},
		Entities: []*graph.Entity{
			ent("person-pavel-gromov", graph.Person, "Pavel Gromov", alias("Pavel Gromov", "en", "en-1"), alias("Gromov", "en", "en-1"), alias("بافل غروموف", "ar", "ar-1")),
			ent("person-martin-kessler", graph.Person, "Martin Kessler", alias("Martin Kessler", "en", "en-1"), alias("مارتن كيسلر", "ar", "ar-1")),
			ent("person-kesslar", graph.Person, "Kesslar", alias("Kesslar", "en", "en-1")),
			ent("country-russia", graph.Country, "Russia", alias("Russia", "en", "en-1"), alias("روسيا", "ar", "ar-1")),
			ent("country-united-states", graph.Country, "United States", alias("United States", "en", "en-1"), alias("الولايات المتحدة", "ar", "ar-1")),
			ent("city-muscat", graph.City, "Muscat", alias("Muscat", "en", "en-1"), alias("مسقط", "ar", "ar-1")),
			ent("event-muscat-talks", graph.Event, "Muscat talks", alias("Muscat talks", "en", "en-1")),
		},
	}
	g.Entities[0].Merges = []graph.Merge{{Form: "بافل غروموف", Into: "Pavel Gromov", Rule: "transliteration", Key: "bafl ghromof", Score: 0.91}}
	g.Facts = []*graph.Fact{
		fact("person-pavel-gromov", graph.MeetsWith, "person-martin-kessler", 0.8, ev("ar-1", arSent1, 0, "بافل غروموف", "مارتن كيسلر", 0.8)),
		fact("person-pavel-gromov", graph.Represents, "country-russia", 0.9, ev("en-1", enSent1, 0, "Pavel Gromov", "Russia", 0.9)),
		fact("person-kesslar", graph.MeetsWith, "person-pavel-gromov", 0.6, ev("en-1", enSent2, 80, "Kesslar", "Gromov", 0.6)),
		fact("person-pavel-gromov", graph.ParticipatesIn, "event-muscat-talks", 0.7, ev("en-1", enSent1, 0, "Pavel Gromov", "Muscat talks", 0.7)),
		fact("event-muscat-talks", graph.HeldIn, "city-muscat", 0.85, ev("en-1", enSent3, 140, "Muscat talks", "Muscat, the", 0.85)),
		fact("person-pavel-gromov", graph.LocatedIn, "city-muscat", 0.4, ev("ar-1", arSent2, 90, "بافل غروموف", "مسقط", 0.4)),
		fact("person-martin-kessler", graph.Represents, "country-united-states", 0.9, ev("en-1", enSent4, 200, "Martin Kessler", "United States", 0.9)),
	}
	// The heldIn object span is "Muscat" only.
	f := g.Facts[4]
	f.Evidence[0].ObjectEnd = f.Evidence[0].ObjectStart + len([]rune("Muscat"))
	g.Normalize()
	return g
}

// genKG generates a connected graph of n entities with about 1.5n facts.
func genKG(n int, seed int64) *graph.KG {
	rnd := rand.New(rand.NewSource(seed))
	g := &graph.KG{}
	for d := 0; d < 20; d++ {
		g.Docs = append(g.Docs, graph.DocInfo{ID: fmt.Sprintf("doc-%02d", d), Title: fmt.Sprintf("Article %d", d), Lang: "en"})
	}
	arNames := []string{"محمد", "أحمد", "بافل", "غروموف", "مسقط", "موسكو", "كييف", "عمان", "بغداد", "القاهرة"}
	for i := 0; i < n; i++ {
		t := graph.EntityTypes[rnd.Intn(len(graph.EntityTypes))]
		nm := fmt.Sprintf("%s %d", t, i)
		doc := g.Docs[rnd.Intn(len(g.Docs))].ID
		e := ent(fmt.Sprintf("%s-%d", strings.ToLower(string(t)), i), t, nm, alias(nm, "en", doc))
		if i%3 == 0 {
			e.Aliases = append(e.Aliases, alias(arNames[i%len(arNames)]+" "+fmt.Sprint(i), "ar", doc))
		}
		g.Entities = append(g.Entities, e)
	}
	seen := map[string]bool{}
	add := func(a, b int) {
		s, o := g.Entities[a], g.Entities[b]
		p := graph.Predicates[rnd.Intn(len(graph.Predicates))]
		id := graph.FactID(s.ID, p, o.ID, "")
		if a == b || seen[id] {
			return
		}
		seen[id] = true
		sent := s.Name + " and " + o.Name + " appear together."
		g.Facts = append(g.Facts, fact(s.ID, p, o.ID, 0.3+0.7*rnd.Float64(), ev(s.Docs[0], sent, 0, s.Name, o.Name, 0.5)))
	}
	for i := 1; i < n; i++ {
		add(i, rnd.Intn(i)) // a tree keeps it connected
	}
	for i := 0; i < n/2; i++ {
		add(rnd.Intn(n), rnd.Intn(n))
	}
	g.Normalize()
	return g
}

// reviewBuild returns a Build that makes a fresh copy of base and applies
// the review file to it, as the real pipeline does, and counts its calls.
func reviewBuild(base func() *graph.KG, reviewPath string, calls *atomic.Int32) func(context.Context) (*graph.KG, error) {
	return func(ctx context.Context) (*graph.KG, error) {
		if calls != nil {
			calls.Add(1)
		}
		r, err := graph.LoadReview(reviewPath)
		if err != nil {
			return nil, err
		}
		g := base()
		graph.ApplyReview(g, r)
		return g, nil
	}
}
