package rules

import (
	"context"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Passes returns the extraction passes of the product, in order, for an
// extract.Driver: the command line, the review server, the store and the
// tests all run these.
//
//	mentions     knowledge-base names, titled and capitalised names, and
//	             the statistical tagger when one is given
//	name-book    the person names of the whole corpus (one pass over the
//	             mentions), so that a surname alone in one article is
//	             known from a full name in another
//	book-names   the uses of the book's names in every document
//	relations    the pattern engine: chunks, relations, event frames
//	link-events  one event for the reports of several articles
//
// tagger may be nil (rules and lexicons only); rel may be nil for the
// default relation extractor.
func Passes(k *kb.KB, tagger extract.Extractor, rel *Relations) []extract.Pass {
	return PassesWithBook(k, tagger, rel, NewNameBook())
}

// PassesWithBook is Passes with a name book that may already hold names:
// a store keeps the book of the documents it holds, and extracts new
// ones against it.
func PassesWithBook(k *kb.KB, tagger extract.Extractor, rel *Relations, book *NameBook) []extract.Pass {
	if rel == nil {
		rel = NewRelations(k)
	}
	first := NameStage(k, nil, tagger) // every name behind the gate
	return []extract.Pass{
		{Name: "mentions", Doc: "knowledge-base names, names after titles, capitalised names, the tagger", Extractors: first},
		{Name: "name-book", Doc: "person names of the corpus", Requires: []string{"mentions"}, Corpus: func(ctx context.Context, c *extract.Corpus) error {
			for _, d := range c.Docs {
				for _, m := range d.Mentions {
					book.Add(m)
				}
			}
			return ctx.Err()
		}},
		{Name: "book-names", Doc: "uses of the corpus's person names", Requires: []string{"name-book"}, Extractors: []extract.Extractor{NewBookNames(k, book)}},
		{Name: "relations", Doc: "titles, delegations, events, meetings", Requires: []string{"book-names"}, Extractors: []extract.Extractor{rel}},
		{Name: "leaders", Doc: "delegations of leaders whose country another article gives", Requires: []string{"relations"}, Corpus: func(ctx context.Context, c *extract.Corpus) error {
			return rel.settle(ctx, c, k)
		}},
		{Name: "link-events", Doc: "one event across articles", Requires: []string{"leaders"}, Corpus: func(ctx context.Context, c *extract.Corpus) error {
			linkCorpus(c)
			return ctx.Err()
		}},
	}
}

// linkCorpus runs LinkEvents over the whole corpus, rewriting the keys
// in place in each document: the corpus's mentions and relations are
// not copied into one list and back.
func linkCorpus(c *extract.Corpus) {
	ms := make([][]graph.Mention, len(c.Docs))
	rels := make([][]graph.Relation, len(c.Docs))
	pub := make(map[string]string, len(c.Docs))
	for i, d := range c.Docs {
		ms[i], rels[i] = d.Mentions, d.Relations
		pub[d.ID] = d.Published
	}
	linkEvents(ms, rels, pub)
}
