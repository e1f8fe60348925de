package ner

import (
	"context"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Extractor runs the shipped taggers over a document's sentences, each in
// its own language, and types the spans: PER as Person, ORG as
// Organization, LOC as Country or City when the knowledge base knows the
// name, else Place. A span the base knows under another type takes the
// base's type (an "organisation" that is a country is a country). MISC is
// dropped.
type Extractor struct {
	KB       *kb.KB
	MinScore float64 // spans scored below this are dropped
	// Accept, when set, vets each typed span (the rule lexicons know
	// titles, event words and function words a tagger misreads as names).
	Accept func(d *extract.Document, m graph.Mention) bool
}

func (*Extractor) Name() string { return "ner" }

func (x *Extractor) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var res extract.Result
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		lang := s.Lang
		if lang != "ar" {
			lang = "en"
		}
		m, err := ForLang(lang)
		if err != nil {
			return res, err
		}
		toks := Tokenize(s.Text)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		for _, sp := range m.Tag(words) {
			if sp.Score < x.MinScore || sp.Type == "MISC" {
				continue
			}
			start, end := s.Start+toks[sp.Start].Start, s.Start+toks[sp.End-1].End
			men := d.Mention(start, end, "", "ner", sp.Score)
			men.Type = x.typeOf(sp.Type, &men)
			if men.Type == "" || x.Accept != nil && !x.Accept(d, men) {
				continue
			}
			res.Mentions = append(res.Mentions, men)
		}
	}
	return res, nil
}

func (x *Extractor) typeOf(tag string, m *graph.Mention) graph.EntityType {
	var known *kb.Entry
	if x.KB != nil {
		if es := x.KB.Lookup(m.Text); len(es) > 0 {
			known = es[0]
		}
	}
	if known != nil {
		m.Name, m.KBID = known.Name, known.ID
		if tag == "PER" && known.Type != graph.Person {
			return "" // a person tag over a place name is a tagging error
		}
		return known.Type
	}
	switch tag {
	case "PER":
		return graph.Person
	case "ORG":
		return graph.Organization
	case "LOC":
		return graph.Place
	}
	return ""
}
