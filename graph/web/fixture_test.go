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
	arSent1 = "التقى وزير الخارجية الروسي سيرغي لافروف بالمبعوث الأمريكي ستيف ويتكوف في الرياض."
	arSent2 = "وصل سيرغي لافروف إلى الرياض يوم الاثنين."
	enSent1 = "Russian Foreign Minister Sergei Lavrov represents Russia at the Riyadh talks."
	enSent2 = "US envoy Witkev met Lavrov in Riyadh on Tuesday."
	enSent3 = "The Riyadh talks were held in Riyadh, the Saudi capital."
	enSent4 = "Steve Witkoff represents the United States."
)

// fixtureKG is a small graph with an Arabic-named person, a duplicate to
// merge and facts with evidence in both scripts.
func fixtureKG() *graph.KG {
	g := &graph.KG{
		Docs: []graph.DocInfo{
			{ID: "ar-1", Title: "لافروف في الرياض", URL: "https://example.org/ar-1", Lang: "ar", Published: "2025-03-20"},
			{ID: "en-1", Title: "Talks in Riyadh", URL: "https://example.org/en-1", Lang: "en", Published: "2025-03-21"},
		},
		Entities: []*graph.Entity{
			ent("person-sergei-lavrov", graph.Person, "Sergei Lavrov", alias("Sergei Lavrov", "en", "en-1"), alias("Lavrov", "en", "en-1"), alias("سيرغي لافروف", "ar", "ar-1")),
			ent("person-steve-witkoff", graph.Person, "Steve Witkoff", alias("Steve Witkoff", "en", "en-1"), alias("ستيف ويتكوف", "ar", "ar-1")),
			ent("person-witkev", graph.Person, "Witkev", alias("Witkev", "en", "en-1")),
			ent("country-russia", graph.Country, "Russia", alias("Russia", "en", "en-1"), alias("روسيا", "ar", "ar-1")),
			ent("country-united-states", graph.Country, "United States", alias("United States", "en", "en-1"), alias("الولايات المتحدة", "ar", "ar-1")),
			ent("city-riyadh", graph.City, "Riyadh", alias("Riyadh", "en", "en-1"), alias("الرياض", "ar", "ar-1")),
			ent("event-riyadh-talks", graph.Event, "Riyadh talks", alias("Riyadh talks", "en", "en-1")),
		},
	}
	g.Entities[0].Merges = []graph.Merge{{Form: "سيرغي لافروف", Into: "Sergei Lavrov", Rule: "transliteration", Key: "srgy lafrof", Score: 0.91}}
	g.Facts = []*graph.Fact{
		fact("person-sergei-lavrov", graph.MeetsWith, "person-steve-witkoff", 0.8, ev("ar-1", arSent1, 0, "سيرغي لافروف", "ستيف ويتكوف", 0.8)),
		fact("person-sergei-lavrov", graph.Represents, "country-russia", 0.9, ev("en-1", enSent1, 0, "Sergei Lavrov", "Russia", 0.9)),
		fact("person-witkev", graph.MeetsWith, "person-sergei-lavrov", 0.6, ev("en-1", enSent2, 80, "Witkev", "Lavrov", 0.6)),
		fact("person-sergei-lavrov", graph.ParticipatesIn, "event-riyadh-talks", 0.7, ev("en-1", enSent1, 0, "Sergei Lavrov", "Riyadh talks", 0.7)),
		fact("event-riyadh-talks", graph.HeldIn, "city-riyadh", 0.85, ev("en-1", enSent3, 140, "Riyadh talks", "Riyadh, the", 0.85)),
		fact("person-sergei-lavrov", graph.LocatedIn, "city-riyadh", 0.4, ev("ar-1", arSent2, 90, "سيرغي لافروف", "الرياض", 0.4)),
		fact("person-steve-witkoff", graph.Represents, "country-united-states", 0.9, ev("en-1", enSent4, 200, "Steve Witkoff", "United States", 0.9)),
	}
	// The heldIn object span is "Riyadh" only.
	f := g.Facts[4]
	f.Evidence[0].ObjectEnd = f.Evidence[0].ObjectStart + len([]rune("Riyadh"))
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
	arNames := []string{"محمد", "أحمد", "سيرغي", "لافروف", "الرياض", "موسكو", "كييف", "عمان", "بغداد", "القاهرة"}
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
