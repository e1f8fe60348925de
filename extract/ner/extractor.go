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

// Shipped is the tagger as kg build, kg add and kg worker run it: spans
// scored under 0.5 dropped, the rest vetted by the rules' gate
// (rules.NameStage).
func Shipped(k *kb.KB) *Extractor { return &Extractor{KB: k, MinScore: 0.5} }

func (*Extractor) Name() string { return "ner" }

func (x *Extractor) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var res extract.Result
	// Each language's sentences are tagged together, in order, so that a
	// sentence sees the others of its article (document context).
	for _, lang := range []string{"en", "ar"} {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		var idx []int
		var words [][]string
		var toks [][]Token
		for i, s := range d.Sentences {
			if err := ctx.Err(); err != nil {
				return extract.Result{}, err
			}
			l := s.Lang
			if l != "ar" {
				l = "en"
			}
			if l != lang {
				continue
			}
			tk := Tokenize(s.Text)
			w := make([]string, len(tk))
			for j, t := range tk {
				w[j] = t.Text
			}
			idx, words, toks = append(idx, i), append(words, w), append(toks, tk)
		}
		if len(idx) == 0 {
			continue
		}
		m, err := ForLang(lang)
		if err != nil {
			return res, err
		}
		for k, spans := range m.TagDoc(words) {
			if err := ctx.Err(); err != nil {
				return extract.Result{}, err
			}
			s, tk := d.Sentences[idx[k]], toks[k]
			for _, sp := range spans {
				if sp.Score < x.MinScore || sp.Type == "MISC" {
					continue
				}
				if w := words[k][sp.Start]; sp.End-sp.Start == 1 && m.common(w) && !(lang == "ar" && x.known(w)) {
					continue // "Interview": a common noun capitalised by the translation, or «شتاء»
				}
				start, end := s.Start+tk[sp.Start].Start, s.Start+tk[sp.End-1].End
				men := d.Mention(start, end, "", "ner", sp.Score)
				men.Type = x.typeOf(sp.Type, &men)
				if men.Type == "" || x.Accept != nil && !x.Accept(d, men) {
					continue
				}
				res.Mentions = append(res.Mentions, men)
			}
		}
	}
	return res, nil
}

// known reports whether the knowledge base knows a name.
func (x *Extractor) known(name string) bool {
	return x.KB != nil && len(x.KB.Lookup(name)) > 0
}

func (x *Extractor) typeOf(tag string, m *graph.Mention) graph.EntityType {
	var known *kb.Entry
	if x.KB != nil {
		if es := x.KB.Lookup(m.Text); len(es) > 0 && (!es[0].Weak || tag == "LOC") {
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
