package rules

import (
	"strings"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// A story about one country names its states, provinces and governorates
// without the country: «ولاية الوحدة», "Kherson Oblast", «محافظات درعا
// والقنيطرة». A division the text places nowhere else lies in the
// country the story is about: the country its headline opens with, else
// the one country the document names. A story that names several
// countries and opens with none of them places no division.

// divisionOne and divisionMany are the nouns of first-level divisions,
// singular («ولاية», "province") and plural («ولايات», "states").
var (
	divisionOne  = wordSetOf("words.tsv", "division", "one")
	divisionMany = wordSetOf("words.tsv", "division", "many")
)

// division is a place named as a division of a country, in sentence sent.
type division struct {
	sent int
	m    graph.Mention
	rule string
}

// divisionNamed reports a place's name that says it is a division: the
// noun first in Arabic («ولاية X», «إقليم X»), last in English ("X
// Province", "Tunceli province", "X State") or first with "of"
// ("Province of X"). Not an English description: "the Jewish state",
// "the Baltic state" (a common noun after "the" and an adjective name
// the country itself), "New York's Empire State".
func divisionNamed(text, before string, arabic bool, known func(string) bool) bool {
	ws := strings.Fields(textnorm.Key(text))
	if len(ws) < 2 {
		return false
	}
	if arabic {
		return divisionOne[ws[0]]
	}
	if divisionOne[ws[0]] && ws[1] == "of" && len(ws) > 2 {
		return true
	}
	if !divisionOne[ws[len(ws)-1]] || strings.ContainsAny(text, "'’") {
		return false
	}
	i := strings.LastIndexByte(text, ' ')
	if last := text[i+1:]; last != strings.ToLower(last) {
		return true // "Upper Nile State", "Kherson Oblast"
	}
	// "the Jewish state", "an independent Basque state" describe a
	// country; "Sao Paulo state", "Van province" name a division: a
	// common noun after the name is one only after a known place or
	// without an article
	described := false
	for _, a := range []string{"the", "a", "an"} {
		described = described || strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), " "+a) || strings.ToLower(strings.TrimSpace(before)) == a
	}
	return known(text[:i]) || !described && ws[len(ws)-1] != "state"
}

// finishDivisions places the document's divisions in the country its
// story is about.
func (st *docState) finishDivisions() {
	for _, m := range st.d.Mentions {
		if m.Type == graph.Place && divisionNamed(m.Text, st.d.Text[max(0, m.Start-8):m.Start], strings.IndexFunc(m.Text, textnorm.IsArabic) >= 0, st.knownPlace) {
			st.divisions = append(st.divisions, division{st.d.SentenceAt(m.Start), m, "division-named"})
		}
	}
	if len(st.divisions) == 0 {
		return
	}
	cy := st.storyCountry()
	if cy == nil {
		return
	}
	located := map[string]bool{}
	for _, r := range st.res.Relations {
		if r.Predicate == graph.LocatedIn {
			located[partyKey(r.Subject)] = true
		}
	}
	for _, dv := range st.divisions {
		k := partyKey(dv.m)
		if located[k] || dv.sent < 0 || !st.mayLieIn(dv.m, cy) {
			continue
		}
		located[k] = true
		body, ok := st.countryNear(cy, dv.m.Start)
		if !ok {
			continue
		}
		st.rel(dv.sent, dv.m, body, graph.LocatedIn, "", "", dv.rule, 0.6)
	}
}

// storyCountry is the country a story is about: the one its headline
// opens with, else the one country the document names, else nil.
func (st *docState) storyCountry() *kb.Entry {
	if c := st.headlineCountry(); c != nil {
		return c
	}
	one := ""
	for _, m := range st.d.Mentions {
		if m.Type != graph.Country || m.KBID == "" {
			continue
		}
		if one != "" && m.KBID != one {
			return nil
		}
		one = m.KBID
	}
	if one == "" {
		return nil
	}
	return st.lx.kb.Entry(one)
}

// countryNear returns the document's mention of a country nearest before
// pos (a name rather than an adjective where both are there), else the
// first one after it.
func (st *docState) countryNear(cy *kb.Entry, pos int) (graph.Mention, bool) {
	var best graph.Mention
	found, named := false, false
	for _, m := range st.d.Mentions {
		if m.Type != graph.Country || m.KBID != cy.ID {
			continue
		}
		if found && m.Start > pos {
			break
		}
		if !found || m.Start <= pos && (!m.Adjectival() || !named) {
			best, found, named = m, true, !m.Adjectival()
		}
	}
	return best, found
}

// mayLieIn reports whether the knowledge base lets a place lie in a
// country: a place it does not know, or knows in no country or in that
// one, and no world region.
func (st *docState) mayLieIn(m graph.Mention, cy *kb.Entry) bool {
	if m.KBID == "" {
		return true
	}
	e := st.lx.kb.Entry(m.KBID)
	return e == nil || !e.Region && (e.Country == "" || e.Country == cy.Code)
}

// knownPlace reports a name the knowledge base knows as a city or place.
func (st *docState) knownPlace(name string) bool {
	for _, e := range st.lx.kb.Lookup(name) {
		if e.Type == graph.City || e.Type == graph.Place {
			return true
		}
	}
	return false
}
