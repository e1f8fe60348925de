package resolve

import (
	"fmt"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Verdict is what the resolution rules make of the closest pair of
// forms of two entities: the rule that judges such a pair, the pair's
// score under it, and what kept them apart.
type Verdict struct {
	Form, Other string  // the closest pair: a form of the first entity, one of the second
	Rule        string  // the rule that judges the pair
	Score       float64 // the pair's score under that rule
	Reason      string  // what keeps them apart; "" when the rule would merge them
}

// Nearest returns the entity of g most like e by name, and how alike:
// the closest pair of their forms, whole (Similarity) or word by word
// (as Search compares them). An entity of e's type (or, for a place, of
// any location type) comes first; another type only when none of e's
// reaches min. It returns nil when none reaches min.
func Nearest(g *graph.KG, e *graph.Entity, min float64) (*graph.Entity, float64) {
	type fw struct {
		text  string
		words []tok
	}
	words := func(x *graph.Entity) []fw {
		var out []fw
		for _, t := range formsOf(x) {
			out = append(out, fw{t, searchWords(textnorm.Key(splitParticle(t)), x.Type)})
		}
		return out
	}
	mine := words(e)
	var best [2]*graph.Entity // same type, other type
	var bs [2]float64
	for _, o := range g.Entities {
		if o == e || !o.Type.Named() {
			continue
		}
		k := 1
		if o.Type == e.Type || o.Type.Location() && e.Type.Location() {
			k = 0
		}
		for _, a := range mine {
			for _, b := range words(o) {
				s := Similarity(a.text, b.text)
				s = max(s, soundSim(a.words, b.words), soundSim(b.words, a.words))
				if s > bs[k] || s == bs[k] && best[k] != nil && o.Mentions > best[k].Mentions {
					best[k], bs[k] = o, s
				}
			}
		}
	}
	for k := range best {
		if best[k] != nil && bs[k] >= min {
			return best[k], round3(bs[k])
		}
	}
	return nil, 0
}

func formsOf(e *graph.Entity) []string {
	out := []string{e.Name}
	for _, a := range e.Aliases {
		out = append(out, a.Text)
	}
	return out
}

// ghost is a form rebuilt from a saved entity's alias.
type ghost struct {
	f    *form
	text string
}

func ghosts(e *graph.Entity, base *kb.KB) []ghost {
	var out []ghost
	seen := map[string]bool{}
	for _, a := range e.Aliases {
		docs := a.Docs
		if len(docs) == 0 {
			docs = []string{""}
		}
		for _, d := range docs {
			text := cleanTyped(a.Text, e.Type)
			k := formKey(text, e.Type)
			if seen[d+"\x00"+k] {
				continue
			}
			seen[d+"\x00"+k] = true
			f := &form{typ: e.Type, doc: d, key: k, texts: counts{{text, a.Count}}, lang: textnorm.Script(text), wordsOut: &wordsOut{}}
			f.words, f.concepts = nameWords(k, e.Type, base)
			f.acronym = e.Type != graph.Person && isAcronym(text)
			var ks []string
			for _, w := range f.words {
				ks = append(ks, w.key)
			}
			f.phon = strings.Join(ks, " ")
			out = append(out, ghost{f, a.Text})
		}
	}
	return out
}

// WhyApart tells why the rules keep entities a and b of graph g apart:
// it rebuilds their forms from their aliases (with their documents),
// judges every pair of forms by the rule that applies to it, and returns
// the verdict on the pair that came closest. It sees what a saved graph
// keeps, not the build's mentions: an analyst's decision, or a link to
// the knowledge base that a form's text alone does not give, may also
// have kept them apart.
func WhyApart(g *graph.KG, a, b *graph.Entity) Verdict {
	base := kb.Starter()
	if len(a.SameAs) > 0 && len(b.SameAs) > 0 && strings.Join(a.SameAs, " ") != strings.Join(b.SameAs, " ") {
		return Verdict{Form: a.Name, Other: b.Name, Rule: RuleKBAlias, Score: round3(Similarity(a.Name, b.Name)),
			Reason: "they are two different entries of the knowledge base"}
	}
	ga, gb := ghosts(a, base), ghosts(b, base)
	var best Verdict
	found := false
	for _, x := range ga {
		for _, y := range gb {
			v := judge(g, base, a, b, x, y)
			if !found || v.Reason == "" && best.Reason != "" || (v.Reason == "") == (best.Reason == "") && v.Score > best.Score {
				best, found = v, true
			}
		}
	}
	if !found {
		return Verdict{Form: a.Name, Other: b.Name, Rule: "none", Reason: "no forms to compare"}
	}
	return best
}

// judge applies the rule that would merge forms x (of a) and y (of b).
func judge(g *graph.KG, base *kb.KB, a, b *graph.Entity, x, y ghost) Verdict {
	fx, fy := x.f, y.f
	v := Verdict{Form: x.text, Other: y.text}
	sim := round3(Similarity(x.text, y.text))
	placeLike := a.Type.Location() && b.Type.Location() && (a.Type == graph.Place || b.Type == graph.Place)
	if a.Type != b.Type && !placeLike {
		v.Rule, v.Score = RuleTypeConflict, sim
		loc := func(t graph.EntityType) bool { return t == graph.Place || t == graph.City }
		switch {
		case a.Type == graph.Person && loc(b.Type) || b.Type == graph.Person && loc(a.Type):
			if fx.doc != fy.doc {
				v.Reason = fmt.Sprintf("types differ (%s, %s): a person's and a place's same name are merged only within one article", a.Type, b.Type)
			} else if _, ok := sameWords(fx.words, fy.words); !ok {
				v.Reason = fmt.Sprintf("types differ (%s, %s), and the names are not the same word for word (%.2f)", a.Type, b.Type, sim)
			} else {
				v.Reason = fmt.Sprintf("types differ (%s, %s): a place the knowledge base knows, or another place of the article with that name, keeps them apart", a.Type, b.Type)
			}
		default:
			v.Reason = fmt.Sprintf("types differ (%s, %s)", a.Type, b.Type)
		}
		return v
	}
	if fx.acronym || fy.acronym {
		v.Rule, v.Score = RuleExactKey, sim
		v.Reason = "an initialism is matched by its letters only, never by sound"
		return v
	}
	if a.Type != graph.Person {
		return judgeNames(v, fx, fy)
	}
	switch {
	case fx.full() && fy.full():
		return judgeFull(v, fx, fy)
	case !fx.full() && !fy.full():
		v.Rule = RuleExactKey
		if len(fx.words) == 0 || len(fy.words) == 0 {
			v.Reason = "no name words to compare"
			return v
		}
		v.Score = round3(tokSim(fx.words[0], fy.words[0]))
		nx, _, _ := ownFull(a, fx.words[0])
		ny, _, _ := ownFull(b, fy.words[0])
		switch va := vowelAgree(fx.words[0], fy.words[0]); {
		case nx != "" && ny != "":
			v.Rule = RuleSurnameCross
			v.Reason = fmt.Sprintf("%q went with its own entity's full name %q, and %q with %q (vowels of the pair agree %.2f)", x.text, nx, y.text, ny, va)
		case v.Score < thCross:
			v.Reason = fmt.Sprintf("one-word names %.2f similar, below %.2f", v.Score, thCross)
		case va >= 0 && va < 0.7:
			v.Reason = fmt.Sprintf("their consonants agree but their vowels do not (%.2f, below 0.70)", va)
		default:
			v.Reason = "each may be the surname of a different full name (ambiguous surnames stay apart)"
		}
		return v
	}
	// a one-word name and a full name
	s, f, own := fx, fy, a
	if s.full() {
		s, f, own = fy, fx, b
	}
	if len(s.words) == 0 {
		v.Reason = "no name words to compare"
		return v
	}
	w, last := s.words[0], f.words[len(f.words)-1]
	v.Score = round3(surnameSim(w, last))
	if s.doc == f.doc && s.doc != "" {
		v.Rule = RuleSurnameArticle
	} else {
		v.Rule = RuleSurnameCross
	}
	if namesFather(f, w) {
		v.Reason = fmt.Sprintf("%q is the father's name after \"bin\" in %q: another man", s.text(), f.text())
		return v
	}
	min := thCross
	if v.Rule == RuleSurnameArticle {
		min = inArticleMin(w, last)
	}
	if v.Score < min {
		v.Reason = fmt.Sprintf("a surname alone must match %.2f here, this one %.2f", min, v.Score)
		return v
	}
	// the one-word form went with its own entity's full name
	if n, sc, va := ownFull(own, w); n != "" {
		v.Reason = fmt.Sprintf("%q went with its own entity's full name %q (%.2f, vowels %.2f; here vowels %.2f)", s.text(), n, sc, va, vowelAgree(w, last))
		return v
	}
	doc := ""
	if v.Rule == RuleSurnameArticle {
		doc = s.doc
	}
	if others := rivals(g, a, b, w, doc, min); len(others) > 0 {
		v.Reason = fmt.Sprintf("the surname fits %s too, and the vowels do not settle it (ambiguous)", strings.Join(others, ", "))
		return v
	}
	v.Reason = "" // the rule would attach them now
	return v
}

// ownFull returns the full name of entity e whose surname w fits best,
// with the score and the vowel agreement ("" if none fits).
func ownFull(e *graph.Entity, w tok) (string, float64, float64) {
	best, bs, bv := "", 0.0, 0.0
	for _, al := range e.Aliases {
		ws, _ := nameWords(formKey(cleanText(al.Text), graph.Person), graph.Person, nil)
		if len(ws) < 2 {
			continue
		}
		l := ws[len(ws)-1]
		if sc := surnameSim(w, l); sc >= thInArticle && sc > bs {
			best, bs, bv = al.Text, sc, vowelAgree(w, l)
		}
	}
	return best, round3(bs), round3(bv)
}

// rivals lists the other persons (neither a nor b) with a full name
// whose surname fits w at least min, in doc (any doc if "").
func rivals(g *graph.KG, a, b *graph.Entity, w tok, doc string, min float64) []string {
	var out []string
	for _, e := range g.Entities {
		if e == a || e == b || e.Type != graph.Person {
			continue
		}
		for _, al := range e.Aliases {
			if doc != "" && !contains(al.Docs, doc) {
				continue
			}
			ws, _ := nameWords(formKey(cleanText(al.Text), graph.Person), graph.Person, nil)
			if len(ws) >= 2 && surnameSim(w, ws[len(ws)-1]) >= min {
				out = append(out, fmt.Sprintf("%s (%q)", e.ID, al.Text))
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// judgeFull judges two full names by the fuzzy rule.
func judgeFull(v Verdict, x, y *form) Verdict {
	v.Rule = RuleFuzzy
	sx, sy := x.words[len(x.words)-1], y.words[len(y.words)-1]
	ss := surnamesSim(x.words, y.words)
	ok, gs := givenCompatible(x.words[0], y.words[0])
	v.Score = round3(0.6*ss + 0.4*gs)
	switch {
	case ss < thSurname:
		v.Reason = fmt.Sprintf("surnames %q and %q are %.2f similar, below %.2f", sx.lat, sy.lat, ss, thSurname)
	case !ok:
		v.Reason = fmt.Sprintf("given names %q and %q are not compatible (%.2f, not a nickname or an initial)", x.words[0].lat, y.words[0].lat, gs)
	case v.Score < thFullName:
		v.Reason = fmt.Sprintf("the full names score %.2f, below %.2f", v.Score, thFullName)
	}
	return v
}

// judgeNames judges two names of bodies or places word by word.
func judgeNames(v Verdict, x, y *form) Verdict {
	v.Rule = RuleFuzzy
	if len(x.words) == 0 && len(y.words) == 0 {
		v.Rule = RuleGlossary
	}
	cx, cy := strings.Join(x.concepts, " "), strings.Join(y.concepts, " ")
	v.Score = round3(wordsSim(x, y))
	switch {
	case cx != cy:
		v.Reason = fmt.Sprintf("their generic words differ ([%s] and [%s])", cx, cy)
		if strings.Join(withoutCountries(x.concepts), " ") == strings.Join(withoutCountries(y.concepts), " ") && (countryOf(x.concepts) == "") != (countryOf(y.concepts) == "") {
			v.Rule = RuleQualified
			v.Reason += "; a name without its country joins the qualified one only within one article, when one fits"
		}
	case len(x.words) != len(y.words) && v.Score < thWord:
		v.Reason = fmt.Sprintf("%d and %d name words, not the same joined", len(x.words), len(y.words))
	case len(x.words) == 0 && x.doc != y.doc && !strings.Contains(cx, "c:"):
		v.Reason = "a name of generic words only is matched within one article, or with its country"
	case v.Score < thWord && len(x.words) == 1 && len(y.words) == 1 && vowelsClash(x.words[0], y.words[0]) && tokSim(x.words[0], y.words[0]) >= thWord:
		v.Reason = fmt.Sprintf("one-word names across scripts with other consonants must agree in their vowels (%.2f, below 0.70)", vowelAgree(x.words[0], y.words[0]))
	case v.Score < thWord:
		for i := range x.words {
			if s := tokSim(x.words[i], y.words[i]); s < thWord {
				v.Reason = fmt.Sprintf("words %q and %q are %.2f similar, below %.2f", x.words[i].lat, y.words[i].lat, s, thWord)
				break
			}
		}
		if v.Reason == "" {
			v.Reason = fmt.Sprintf("the names score %.2f, below %.2f", v.Score, thWord)
		}
	}
	return v
}
