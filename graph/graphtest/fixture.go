// Package graphtest provides a small knowledge graph for the tests of
// exporters and tools: a few entities in both scripts, parallel facts
// between one pair, an event with a date, and names that need escaping.
package graphtest

import "newskg/graph"

// Fixture returns a fresh copy of the test graph.
func Fixture() *graph.KG {
	ev := func(doc, text string, s, e, ss, se, os, oe int, rule string) graph.Evidence {
		return graph.Evidence{Doc: doc, Text: text, Start: s, End: e, SubjectStart: ss, SubjectEnd: se, ObjectStart: os, ObjectEnd: oe,
			Extractor: "rules", Rule: rule, Confidence: 0.8}
	}
	g := &graph.KG{
		Docs: []graph.DocInfo{
			{ID: "a.txt", Title: "Talks in Geneva", URL: "https://news.example/a", Published: "2025-03-01", Lang: "en"},
			{ID: "b.txt", Lang: "ar"},
		},
		Entities: []*graph.Entity{
			{ID: "person-anna-berg", Type: graph.Person, Name: "Anna Berg", Mentions: 3, Docs: []string{"a.txt", "b.txt"},
				Aliases: []graph.Alias{{Text: "Anna Berg", Lang: "en", Count: 2, Docs: []string{"a.txt"}}, {Text: "آنا بيرغ", Lang: "ar", Count: 1, Docs: []string{"b.txt"}}},
				Merges:  []graph.Merge{{Form: "آنا بيرغ", Into: "Anna Berg", Rule: "translit-key", Key: "anbrg", Score: 0.92}},
				Roles:   []string{"foreign minister"}},
			{ID: "person-omar-said", Type: graph.Person, Name: `Omar "the Envoy" Said`, Mentions: 1, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: `Omar "the Envoy" Said`, Lang: "en", Count: 1, Docs: []string{"a.txt"}}}},
			{ID: "country-xx", Type: graph.Country, Name: "Freedonia", SameAs: []string{"http://www.wikidata.org/entity/Q0"}, Mentions: 2, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: "Freedonia", Lang: "en", Count: 2, Docs: []string{"a.txt"}}}},
			{ID: "organization-a-b", Type: graph.Organization, Name: `A&B <News> \ Agency`, Mentions: 1, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: `A&B <News> \ Agency`, Lang: "en", Count: 1, Docs: []string{"a.txt"}}}},
			{ID: "city-geneva", Type: graph.City, Name: "Geneva", Mentions: 1, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: "Geneva", Lang: "en", Count: 1, Docs: []string{"a.txt"}}}},
			{ID: "event-talks-in-geneva", Type: graph.Event, Name: "talks in Geneva", Date: "2025-03-01", Mentions: 1, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: "talks", Lang: "en", Count: 1, Docs: []string{"a.txt"}}}},
			{ID: "delegation-freedonian-delegation", Type: graph.Delegation, Name: "Freedonian delegation", Mentions: 1, Docs: []string{"a.txt"},
				Aliases: []graph.Alias{{Text: "Freedonian delegation", Lang: "en", Count: 1, Docs: []string{"a.txt"}}}},
		},
	}
	s1 := "Freedonian Foreign Minister Anna Berg met Omar \"the Envoy\" Said in Geneva."
	s2 := "وقالت وزيرة الخارجية آنا بيرغ إنها ستلتقي بالوفد."
	g.Facts = []*graph.Fact{
		{Subject: "person-anna-berg", Predicate: graph.HoldsPosition, Object: "country-xx", Role: "foreign minister", RolePhrase: "Foreign Minister", Confidence: 0.85,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 28, 37, 0, 10, "title-before-name")}},
		{Subject: "person-anna-berg", Predicate: graph.MeetsWith, Object: "person-omar-said", Confidence: 0.7,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 28, 37, 42, 63, "meets-with")}},
		{Subject: "person-anna-berg", Predicate: graph.ParticipatesIn, Object: "event-talks-in-geneva", Confidence: 0.7,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 28, 37, 38, 41, "meet-verb")}},
		{Subject: "person-anna-berg", Predicate: graph.Leads, Object: "delegation-freedonian-delegation", Confidence: 0.6,
			Evidence: []graph.Evidence{ev("b.txt", s2, 0, 49, 21, 29, 42, 48, "leads")}},
		{Subject: "person-anna-berg", Predicate: graph.MemberOf, Object: "delegation-freedonian-delegation", Confidence: 0.5,
			Evidence: []graph.Evidence{ev("b.txt", s2, 0, 49, 21, 29, 42, 48, "member")}},
		{Subject: "event-talks-in-geneva", Predicate: graph.HeldIn, Object: "city-geneva", Confidence: 0.8,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 38, 41, 67, 73, "event-in-place")}},
		{Subject: "delegation-freedonian-delegation", Predicate: graph.Represents, Object: "country-xx", Confidence: 0.9,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 0, 10, 0, 10, "delegation-country")}},
		{Subject: "organization-a-b", Predicate: graph.Mediates, Object: "event-talks-in-geneva", Confidence: 0.4,
			Evidence: []graph.Evidence{ev("a.txt", s1, 0, 73, 0, 10, 38, 41, "mediated-by")}},
	}
	for _, f := range g.Facts {
		f.ID = graph.FactID(f.Subject, f.Predicate, f.Object, f.Role)
	}
	g.Normalize()
	return g
}
