package resolve

import (
	"strings"

	"newskg/graph"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// nameForm is one distinct text of a person's forms, for choosing the
// canonical name.
type nameForm struct {
	text  string
	n     int   // mentions
	words []tok // identity words (nameWords)
	latin bool  // written in Latin letters
}

// nameSim is tokSim with a share of vowel agreement: spellings the
// consonants cannot tell apart ("Berkev", "Berkov") are told apart by
// how their vowels agree with the other forms («بيركوف» writes the o).
func nameSim(a, b tok) float64 {
	s := tokSim(a, b)
	if v := vowelAgree(a, b); v > 0 {
		s += 0.2 * v
	}
	return s
}

// agreement is how well a candidate name (its words) agrees with a
// form: a full form by its surname (0.6) and given name (0.4), a
// one-word form by the candidate's surname or given name, whichever is
// nearer.
func agreement(c []tok, f nameForm) float64 {
	cl := c[len(c)-1]
	if len(f.words) == 1 {
		s := nameSim(cl, f.words[0])
		if len(c) > 1 {
			if g := nameSim(c[0], f.words[0]); g > s {
				s = g
			}
		}
		return s
	}
	s := nameSim(cl, f.words[len(f.words)-1])
	if len(c) == 1 {
		return s
	}
	return 0.6*s + 0.4*nameSim(c[0], f.words[0])
}

// personName is the canonical name of a person the knowledge base does
// not know: the name most consistent with all the person's forms in
// both scripts. Every form votes, by its mentions, for each candidate as
// much as it agrees with it (a medoid under the resolver's similarity),
// so that a spelling that machine translation garbled once loses to the
// one the other forms, Arabic included, support:
//
//   - the best-supported Latin full name, its surname replaced by a
//     better-supported Latin spelling of it when a one-word form has one
//     ("Tomas Berchov" with "Berkov" and «توماس بيركوف» twice each is
//     "Tomas Berkov");
//   - without a Latin full name, the best-supported Latin surname,
//     completed by the given name of the best full name in Arabic
//     (romanised, and the name marked so);
//   - without any Latin form, the best-supported form romanised
//     (translit.Romanize), marked as romanised.
//
// It returns "" when no form has an identity word.
func personName(counts map[string]int) (string, bool) {
	var fs []nameForm
	for _, t := range sortedKeys(counts) {
		ws, _ := nameWords(formKey(t, graph.Person), graph.Person, nil)
		if len(ws) == 0 {
			continue
		}
		fs = append(fs, nameForm{t, counts[t], ws, textnorm.Script(t) == "en"})
	}
	if len(fs) == 0 {
		return "", false
	}
	support := func(c []tok) float64 {
		s := 0.0
		for _, f := range fs {
			s += float64(f.n) * agreement(c, f)
		}
		return s
	}
	// the best-supported form among those that pass keep; ties go to the
	// more frequent form, then to the first in order
	bestOf := func(keep func(nameForm) bool) (nameForm, float64, bool) {
		var best nameForm
		bs, ok := -1.0, false
		for _, f := range fs {
			if !keep(f) {
				continue
			}
			s := support(f.words)
			if s > bs+1e-9 || s > bs-1e-9 && f.n > best.n {
				best, bs, ok = f, s, true
			}
		}
		return best, bs, ok
	}
	latinFull, _, hasLatinFull := bestOf(func(f nameForm) bool { return f.latin && len(f.words) >= 2 })
	// written is how many Latin mentions spell a surname so
	written := func(w tok) int {
		n := 0
		for _, f := range fs {
			if f.latin && f.words[len(f.words)-1].lat == w.lat {
				n += f.n
			}
		}
		return n
	}
	// the surname spelling: the Latin one-word form (or full form's
	// surname) the forms that name the surname support best; of two
	// that they support alike ("Hrytsenko", "Hritsenko": Arabic ي is
	// either), the one more mentions write
	surname := func(ref tok) (string, tok, float64) {
		best, bt, bs := "", tok{}, -1.0
		for _, f := range fs {
			if !f.latin {
				continue
			}
			w := f.words[len(f.words)-1]
			if tokSim(w, ref) < thInArticle {
				continue
			}
			s := 0.0
			for _, g := range fs {
				gw := g.words[len(g.words)-1]
				if x := nameSim(w, gw); tokSim(gw, ref) >= thInArticle {
					s += float64(g.n) * x
				}
			}
			if s > bs+1e-9 || s > bs-1e-9 && written(w) > written(bt) {
				best, bt, bs = lastField(f.text), w, s
			}
		}
		return best, bt, bs
	}
	if hasLatinFull {
		last := latinFull.words[len(latinFull.words)-1]
		spell, w, s := surname(last)
		if spell != "" && w.lat != last.lat {
			// the full name's own spelling, as the other forms support it
			own := 0.0
			for _, g := range fs {
				gw := g.words[len(g.words)-1]
				if tokSim(gw, last) >= thInArticle {
					own += float64(g.n) * nameSim(last, gw)
				}
			}
			if s > own+1e-9 || s > own-1e-9 && written(w) > written(last) {
				if n, ok := replaceLast(latinFull.text, last, spell); ok {
					return n, false
				}
			}
		}
		return latinFull.text, false
	}
	arFull, _, hasArFull := bestOf(func(f nameForm) bool { return !f.latin && len(f.words) >= 2 })
	if single, _, ok := bestOf(func(f nameForm) bool { return f.latin }); ok {
		w := single.words[len(single.words)-1]
		if hasArFull && tokSim(w, arFull.words[len(arFull.words)-1]) >= thCross {
			ws := strings.Fields(arFull.text)
			if len(ws) >= 2 {
				return translit.Romanize(strings.Join(ws[:len(ws)-1], " ")) + " " + lastField(single.text), true
			}
		}
		return single.text, false
	}
	if hasArFull {
		return translit.Romanize(arFull.text), true
	}
	best, _, _ := bestOf(func(nameForm) bool { return true })
	if r := translit.Romanize(best.text); r != "" {
		return r, true
	}
	return best.text, false
}

// lastField is the last word of a text as written.
func lastField(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return s
	}
	return fs[len(fs)-1]
}

// replaceLast writes spell in place of the word of text that is the
// surname last (compared by romanisation), keeping the rest as written.
func replaceLast(text string, last tok, spell string) (string, bool) {
	fs := strings.Fields(text)
	for i := len(fs) - 1; i >= 0; i-- {
		if makeTok(textnorm.Key(fs[i])).lat == last.lat {
			fs[i] = spell
			return strings.Join(fs, " "), true
		}
	}
	return "", false
}
