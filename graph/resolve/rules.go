package resolve

import (
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// The rules in this file mend what extraction leaves split: a name cut
// short, a name typed a person in one place and a location in another,
// a body's name with and without its country.

// thWordStrict is the similarity each word must reach when a rule
// matches names word by word without a surname to anchor them.
const thWordStrict = 0.9

// sameWords reports whether two word lists are the same name word by
// word (each pair at least thWordStrict, short keys agreeing in their
// vowels too) and returns the mean similarity.
func sameWords(a, b []tok) (float64, bool) {
	if len(a) != len(b) || len(a) == 0 {
		return 0, false
	}
	total := 0.0
	for i := range a {
		s := surnameSim(a[i], b[i])
		if s < thWordStrict {
			return 0, false
		}
		total += s
	}
	return total / float64(len(a)), true
}

// spelledAlike reports whether two names of as many words are spelled
// alike word for word where both words are in one script (a word in
// Latin letters and one in Arabic script are alike to it).
func spelledAlike(a, b []tok) bool {
	for i := range a {
		if a[i].ar == b[i].ar && a[i].lat != b[i].lat {
			return false
		}
	}
	return true
}

// prefixNames merges a person's name of two words or more with a longer
// full name of the same article that it begins («محمد بن سالم» and
// «محمد بن سالم آل قاسمي», a truncated Arabic name), when one longer
// name fits. Across articles a name cut short may be anyone's: two
// given names are shared by many ("José Manuel").
func (st *state) prefixNames(u *uf) {
	byDoc := map[string][]int{}
	for fi, f := range st.forms {
		if f.typ == graph.Person && len(f.words) >= 3 {
			byDoc[f.doc] = append(byDoc[f.doc], fi)
		}
	}
	for fi, f := range st.forms {
		if f.typ != graph.Person || len(f.words) < 2 || len(byDoc[f.doc]) == 0 {
			continue
		}
		best, bs := -1, 0.0
		roots := map[int]bool{}
		for _, li := range byDoc[f.doc] {
			l := st.forms[li]
			if len(l.words) <= len(f.words) {
				continue
			}
			s, ok := sameWords(f.words, l.words[:len(f.words)])
			if !ok {
				continue
			}
			roots[u.find(li)] = true
			if s > bs {
				best, bs = li, s
			}
		}
		if len(roots) == 1 {
			u.union(fi, best, RulePrefix, f.phon+" < "+st.forms[best].phon, bs, false)
		}
	}
}

// suffixNames merges a person's name of two words with the one longer
// full name of its article that it ends, when its first word is no
// given name of the table: a family name of two words that the article
// repeats without the given name (Persian names written apart in
// Arabic, «بهرام تاج بخش» then «تاج بخش»; a double-barrelled name,
// "Ana Lopez Ferrer" then "Lopez Ferrer"). A first word of the table
// («علي الحلواني» after «سامر علي الحلواني») may be a father named in the article,
// and across articles two words of a family name are anyone's.
func (st *state) suffixNames(u *uf) {
	byDoc := map[string][]int{}
	for fi, f := range st.forms {
		if f.typ == graph.Person && len(f.words) >= 3 {
			byDoc[f.doc] = append(byDoc[f.doc], fi)
		}
	}
	for fi, f := range st.forms {
		if f.typ != graph.Person || len(f.words) != 2 || f.words[0].given != "" || len(byDoc[f.doc]) == 0 {
			continue
		}
		if best, bs := st.onlyEnding(u, f.words, byDoc[f.doc]); best >= 0 {
			u.union(fi, best, RuleSuffix, f.phon+" > "+st.forms[best].phon, bs, false)
		}
	}
}

// typeConflicts merges, within one article, a person's name and a
// location's name that are the same name in either script: a tagger or
// a rule typed one of them wrongly ("Danlak" a person beside «مدينة
// دانلاك»), and a type conflict does not veto what the names strongly
// support. The person's type wins when its entity has person evidence
// (a full name or a title), else the location's. Locations the
// knowledge base knows never become persons, and the location must be
// the only one of the article that fits. In one script the two must be
// spelled alike: one article writes one name one way in a script, and
// two spellings there are two names ("Ain", a place, is not "Aoun", a
// person, though their keys agree), where across scripts the
// transliteration's similarity is what tells.
func (st *state) typeConflicts(u *uf) {
	locs := map[string][]int{}
	for fi, f := range st.forms {
		if f.group || len(f.words) == 0 || len(f.concepts) > 0 || f.entry != nil {
			continue
		}
		if f.typ == graph.Place || f.typ == graph.City {
			locs[f.doc] = append(locs[f.doc], fi)
		}
	}
	for fi, f := range st.forms {
		if f.typ != graph.Person || len(f.words) == 0 || len(locs[f.doc]) == 0 {
			continue
		}
		best, bs, n := -1, 0.0, 0
		seen := map[int]bool{}
		for _, li := range locs[f.doc] {
			s, ok := sameWords(f.words, st.forms[li].words)
			if !ok || !spelledAlike(f.words, st.forms[li].words) {
				continue
			}
			r := u.find(li)
			if u.kbid[r] != 0 || seen[r] {
				continue
			}
			seen[r] = true
			n++
			if s > bs {
				best, bs = li, s
			}
		}
		if n != 1 {
			continue
		}
		rp, rl := u.find(fi), u.find(best)
		if rp == rl || u.typeOf(rl) == graph.Person {
			continue
		}
		typ := u.typeOf(rl)
		if u.full[rp] || u.roleLen(rp) > 0 {
			typ = graph.Person
		}
		u.retype(best, fi, typ, RuleTypeConflict, f.phon, bs)
	}
}

// surnameBodies merges, within one article, a body's name of one word
// that no knowledge-base entry and no generic word makes a body with the
// one full-name person of the article whose surname it is: a tagger
// typed the surname an organisation where the article repeats it alone
// ("Nadir Fathi Al-Rawdhan ... Al-Rawdhan thanked", «الروضان»). The
// person's type wins; so with a place of one word with the article
// (oneWordArticlePlace); a body of several words, or one the knowledge
// base knows, stays a body, and a surname two people of the article
// share is left alone.
func (st *state) surnameBodies(u *uf) {
	byDoc := map[string][]int{}
	for fi, f := range st.forms {
		if f.typ == graph.Person && f.full() {
			byDoc[f.doc] = append(byDoc[f.doc], fi)
		}
	}
	for fi, f := range st.forms {
		place := f.oneWordArticlePlace()
		if !f.oneWordBody() && !place || len(byDoc[f.doc]) == 0 {
			continue
		}
		r := u.find(fi)
		if u.kbid[r] != 0 || !place && u.typeOf(r) != graph.Organization || place && u.typeOf(r) != graph.Place {
			continue
		}
		if best, bs := st.onlyEnding(u, f.words, byDoc[f.doc]); best >= 0 {
			u.retype(fi, best, graph.Person, RuleTypeConflict, f.phon, bs)
		}
	}
}

// bodiesByDoc returns the forms of bodies by article, no group and no
// acronym among them: what the in-article body rules compare.
func (st *state) bodiesByDoc() map[string][]int {
	byDoc := map[string][]int{}
	for fi, f := range st.forms {
		if f.typ == graph.Organization && !f.group && !f.acronym {
			byDoc[f.doc] = append(byDoc[f.doc], fi)
		}
	}
	return byDoc
}

// qualifiedBodies merges, within one article, a body's name with the
// same name qualified by its country («المجلس الأعلى» after «المجلس
// الأعلى الليبي», "the Interior Ministry" after "the Libyan Interior
// Ministry"): the same words and concepts, the country aside, when
// exactly one qualified body of the article fits. Across articles an
// unqualified name says too little.
func (st *state) qualifiedBodies(u *uf) {
	byDoc := st.bodiesByDoc()
	for _, doc := range sortedKeys(byDoc) {
		fs := byDoc[doc]
		for _, a := range fs {
			fa := st.forms[a]
			if fa.entry != nil || len(fa.concepts) == 0 || countryOf(fa.concepts) != "" {
				continue
			}
			bare := strings.Join(fa.concepts, " ")
			b, ok := soleCluster(u, fs, a, func(b int) bool {
				fb := st.forms[b]
				if countryOf(fb.concepts) == "" || strings.Join(withoutCountries(fb.concepts), " ") != bare {
					return false
				}
				if len(fa.words) > 0 || len(fb.words) > 0 {
					if _, ok := sameWords(fa.words, fb.words); !ok {
						return false
					}
				}
				return true
			})
			if ok {
				u.union(a, b, RuleQualified, bare+" < "+strings.Join(st.forms[b].concepts, " "), 0.9, false)
			}
		}
	}
}

// shortBodies merges, within one article, a body's name of two words or
// more with the one longer body name of the article that it begins, when
// what follows opens with a preposition that attaches the body to its
// field or members and names something proper: news spells the name out
// once and then shortens it to its head («مجلس الشراكة لدول الساحل», then
// «مجلس الشراكة»; "Supreme Council for Varnish Affairs", then "the Supreme
// Council"). An adjective after the head makes another body («مجلس الأمن
// القومي» is no «مجلس الأمن»), so only a preposition is read; a rest of
// generic words only («للشؤون السياسية») says too little, and two longer
// names of the article that the name begins leave it alone.
func (st *state) shortBodies(u *uf) {
	byDoc := st.bodiesByDoc()
	for _, doc := range sortedKeys(byDoc) {
		fs := byDoc[doc]
		for _, a := range fs {
			fa := st.forms[a]
			aw := strings.Fields(fa.key)
			if len(aw) < 2 || fa.entry != nil || genericBody(fa) {
				continue // a body of generic words alone is each article's own (qualified-in-article)
			}
			b, ok := soleCluster(u, fs, a, func(b int) bool {
				fb := st.forms[b]
				if !shortOf(aw, strings.Fields(fb.key)) {
					return false
				}
				// the rest names something proper (or the whole is a body
				// the KB knows)
				return fb.entry != nil || len(fb.words) > len(fa.words) || countryOf(fb.concepts) != "" && countryOf(fa.concepts) == ""
			})
			if ok && u.find(a) != u.find(b) {
				u.union(a, b, RuleShort, fa.key+" < "+st.forms[b].key, 0.9, false)
			}
		}
	}
}

// soleCluster returns the first form of fs, a aside, that fits accepts,
// when the forms it accepts lie in exactly one cluster of u: the one body
// of an article that a shorter or unqualified name may stand for.
func soleCluster(u *uf, fs []int, a int, fits func(b int) bool) (int, bool) {
	first, clusters := -1, 0
	seen := map[int]bool{}
	for _, b := range fs {
		if b == a || !fits(b) {
			continue
		}
		if r := u.find(b); !seen[r] {
			seen[r] = true
			clusters++
			if first < 0 {
				first = b
			}
		}
	}
	return first, clusters == 1
}

// shortOf reports whether the words of a name (a) begin a longer name
// (b) whose next word is a preposition: English "of", "for", "on", or
// Arabic «في», «من», «على», or a word with the proclitic «ل» («لدول»,
// «للتنمية», «لشؤون»).
func shortOf(a, b []string) bool {
	if len(b) <= len(a) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	next := b[len(a)]
	switch next {
	case "of", "for", "on", "في", "من", "على":
		return true
	}
	return strings.HasPrefix(next, "ل") && len([]rune(next)) >= 4
}

// countryOf returns the one country concept ("c:" and a KB id) of a
// concept set, or "" when there is none or more than one.
func countryOf(cs []string) string {
	out := ""
	for _, c := range cs {
		if strings.HasPrefix(c, "c:") {
			if out != "" {
				return ""
			}
			out = c
		}
	}
	return out
}

func withoutCountries(cs []string) []string {
	var out []string
	for _, c := range cs {
		if !strings.HasPrefix(c, "c:") {
			out = append(out, c)
		}
	}
	return out
}

// acronymBodies merges, within one article, an initialism with the one
// body of the article whose name it abbreviates: news writes "the Rapid
// Support Forces (RSF)" and then "the RSF". The initialism's letters
// must be the initials of the name's words, with or without its
// function words ("Organisation of Islamic Cooperation", OIC; "Syrian
// Democratic Forces", SDF), and one body of the article must fit.
// Across articles an initialism names too many bodies.
func (st *state) acronymBodies(u *uf) {
	byDoc := map[string]map[string][]int{}
	// the same by the letters in another order (permutedKey)
	byDocPerm := map[string]map[string][]int{}
	for fi, f := range st.forms {
		if f.typ != graph.Organization || f.group || f.acronym {
			continue
		}
		for _, in := range initials(f.text()) {
			if byDoc[f.doc] == nil {
				byDoc[f.doc] = map[string][]int{}
				byDocPerm[f.doc] = map[string][]int{}
			}
			byDoc[f.doc][in] = append(byDoc[f.doc][in], fi)
			if p := permutedKey(in); p != "" {
				byDocPerm[f.doc][p] = append(byDocPerm[f.doc][p], fi)
			}
		}
	}
	// the initialisms each entity holds already
	acr := map[int]map[string]bool{}
	for fi, f := range st.forms {
		if f.typ == graph.Organization && f.acronym {
			if l := acronymLetters(f.text()); l != "" {
				r := u.find(fi)
				if acr[r] == nil {
					acr[r] = map[string]bool{}
				}
				acr[r][l] = true
			}
		}
	}
	for fi, f := range st.forms {
		if f.typ != graph.Organization || !f.acronym || byDoc[f.doc] == nil {
			continue
		}
		l := acronymLetters(f.text())
		best, n := -1, 0
		seen := map[int]bool{}
		for _, b := range byDoc[f.doc][l] {
			if r := u.find(b); !seen[r] {
				seen[r] = true
				best = b
				n++
			}
		}
		// no body's initials in their order: the initials of a name in
		// another word order, as the initialism of the body's name in
		// its own language keeps it ("Movement for Popular Renewal",
		// "MRP"), when one body of the article fits
		if n == 0 && permutedKey(l) != "" {
			for _, b := range byDocPerm[f.doc][permutedKey(l)] {
				if r := u.find(b); !seen[r] {
					seen[r] = true
					best = b
					n++
				}
			}
		}
		if n == 1 && !otherAcronym(acr[u.find(best)], l) {
			ra, rb := u.find(fi), u.find(best)
			if u.union(fi, best, RuleAcronym, l, 0.9, false) {
				m := map[string]bool{}
				for x := range acr[ra] {
					m[x] = true
				}
				for x := range acr[rb] {
					m[x] = true
				}
				acr[u.find(fi)] = m
			}
		}
	}
}

// otherAcronym reports whether an entity's initialisms hold one other
// than l: one body has one ("KDP" is not "KDPI").
func otherAcronym(have map[string]bool, l string) bool {
	for x := range have {
		if x != l {
			return true
		}
	}
	return false
}

// acronymLetters is an initialism's letters, upper case ("U.N.": "UN"),
// or "" when it has digits or fewer than two letters.
func acronymLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		case r >= '0' && r <= '9':
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// permutedKey is an initialism's letters in alphabetical order, for
// initialisms of three letters or more ("MRP" and "MPR" are "MPR"); ""
// for shorter ones, whose letters in another order say too little.
func permutedKey(l string) string {
	if len(l) < 3 {
		return ""
	}
	b := []byte(l)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

// acronymFillers are the words an initialism may leave out.
var acronymFillers = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "&": true}

// initials are the initialisms a body's name in Latin letters may have:
// the first letters of its words, with and without its function words;
// none for a name of one word or in another script.
func initials(name string) []string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) < 2 || textnorm.Script(name) != "en" {
		return nil
	}
	var all, content strings.Builder
	for _, w := range ws {
		c := w[0]
		if c >= 'a' && c <= 'z' {
			c = c - 'a' + 'A'
		}
		if c < 'A' || c > 'Z' {
			continue
		}
		all.WriteByte(c)
		if !acronymFillers[strings.ToLower(w)] {
			content.WriteByte(c)
		}
	}
	var out []string
	for _, x := range []string{content.String(), all.String()} {
		if len(x) >= 2 && (len(out) == 0 || out[0] != x) {
			out = append(out, x)
		}
	}
	return out
}

// onlyEnding returns the form of cands whose last words are ws that
// agrees best with them, and its score, when every such form is one
// entity; else -1.
func (st *state) onlyEnding(u *uf, ws []tok, cands []int) (int, float64) {
	best, bs := -1, 0.0
	roots := map[int]bool{}
	for _, ci := range cands {
		c := st.forms[ci]
		if len(c.words) < len(ws) {
			continue
		}
		s, ok := sameWords(ws, c.words[len(c.words)-len(ws):])
		if !ok {
			continue
		}
		roots[u.find(ci)] = true
		if s > bs {
			best, bs = ci, s
		}
	}
	if len(roots) != 1 {
		return -1, 0
	}
	return best, bs
}

// oneWordArticlePlace reports a location's name (a Place, not a City or
// Country) of one proper word with the Arabic article, no knowledge-base
// entry and no generic word ("Al-Rawdhan", «الروضان»): a tagger reads a
// family name the article repeats alone as a place, as so many places
// open with the article; surnameBodies gives it to the article's one
// person whose surname it is.
func (f *form) oneWordArticlePlace() bool {
	if f.typ != graph.Place || f.group || f.acronym || f.entry != nil || len(f.concepts) > 0 || len(f.words) != 1 {
		return false
	}
	k := f.key
	return strings.HasPrefix(k, "ال") || strings.HasPrefix(k, "al-") || strings.HasPrefix(k, "al ") || strings.HasPrefix(k, "el-")
}

// oneWordBody reports a body's name of one proper word, no group, no
// initialism, no knowledge-base entry and no generic word: a surname the
// tagger may have typed a body (type-conflict with its article's person).
func (f *form) oneWordBody() bool {
	return f.typ == graph.Organization && !f.group && !f.acronym && f.entry == nil && len(f.concepts) == 0 && len(f.words) == 1
}
