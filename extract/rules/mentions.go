package rules

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Lexicon is the extractor of knowledge-base names: countries, cities,
// regions, organisations, in either script, with Arabic proclitics
// stripped («وروسيا» -> «روسيا»).
type Lexicon struct {
	lx   *lexicon
	gate *Gate
}

// NewLexicon returns the extractor over knowledge base k. Its names pass
// the gate too (see Gate).
func NewLexicon(k *kb.KB) *Lexicon { return &Lexicon{lx: newLexicon(k), gate: NewGate(k)} }

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
			// «مجلس الأمن القومي والدفاع»: a known body's name that a
			// genitive chain continues names another body (the name
			// finder's)
			if e.Type == graph.Organization && t.arabic && x.gate.lx != nil && chainGoesOn(toks, i, n) {
				i += n
				continue
			}
			// "the Golan Heights region": a region's lower-case head word
			// is part of the name
			if e.Type == graph.Place && i+n < len(toks) && !toks[i+n].arabic && !toks[i+n].upper && placeHeads[toks[i+n].key] {
				n++
			}
			start, end := t.start+prefix, toks[i+n-1].end
			m := d.Mention(start, end, e.Type, "lexicon", 0.95)
			m.Name, m.KBID = e.Name, e.ID
			res.Mentions = append(res.Mentions, x.gate.vetEv(d, m, evKnown)...)
			i += n
		}
	}
	return res, nil
}

// chainGoesOn reports whether an Arabic name of n tokens at toks[i],
// opened by a body's head noun, is followed by a definite word of its
// genitive chain.
func chainGoesOn(toks []token, i, n int) bool {
	if !headIs(toks[i], arabicOrgHeads) || i+n >= len(toks) {
		return false
	}
	t := toks[i+n]
	return t.arabic && strings.HasPrefix(t.text, "ال") && !stopTok(t) && !genericAdj[t.key]
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
