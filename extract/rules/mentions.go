package rules

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph/kb"
)

// Lexicon is the extractor of knowledge-base names: countries, cities,
// regions, organisations, in either script, with Arabic proclitics
// stripped («وروسيا» -> «روسيا»).
type Lexicon struct{ lx *lexicon }

// NewLexicon returns the extractor over knowledge base k.
func NewLexicon(k *kb.KB) *Lexicon { return &Lexicon{lx: newLexicon(k)} }

func (*Lexicon) Name() string { return "lexicon" }

// isAcronym reports whether s is written in capitals ("US", "NATO", "U.S.").
func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up > 0
}

func (x *Lexicon) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var res extract.Result
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		toks := tokenize(d.Text, s.Start, s.End)
		for i := 0; i < len(toks); {
			if toks[i].punct {
				i++
				continue
			}
			n, prefix, v := x.lx.entities.match(toks, i)
			if n == 0 {
				i++
				continue
			}
			e := v.(*kb.Entry)
			t := toks[i]
			if !t.arabic && !latinCaseOK(t.text, e) {
				i++
				continue
			}
			start, end := t.start+prefix, toks[i+n-1].end
			m := d.Mention(start, end, e.Type, "lexicon", 0.95)
			m.Name, m.KBID = e.Name, e.ID
			res.Mentions = append(res.Mentions, m)
			i += n
		}
	}
	return res, nil
}

// latinCaseOK applies English case rules: a name starts with a capital;
// a short form written in capitals in the base ("US", "UN") matches only
// in capitals, so that the pronoun "us" is no country.
func latinCaseOK(text string, e *kb.Entry) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	letters := 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters <= 4 {
		for _, a := range e.Forms() {
			if a.Text == text || strings.ReplaceAll(a.Text, ".", "") == strings.ReplaceAll(text, ".", "") && isAcronym(text) {
				return true
			}
		}
		return !isAcronym(text) || letters > 3
	}
	return true
}
