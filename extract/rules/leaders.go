package rules

import (
	"strings"
	"unicode/utf8"
)

// News names a government after the person who leads it: "the Ortega
// administration", "the Halvorsen government", «إدارة أورتيغا»,
// «حكومة هالفورسن». Such a name is a body (an Organization), not its
// leader and not a place; a tagger that sees a capitalised word before
// "administration" often calls it a location. The leader's name comes
// before the head noun in English and after it in Arabic; a country,
// a city, a nationality or a party in that place ("the Israeli
// government", «حكومة طرابلس», «حكومة الوحدة») names no leader.

// leaderHeads are the head nouns of governments named after a leader.
var leaderHeads = map[string]bool{"administration": true, "government": true}

// arabicLeaderHeads are their Arabic heads, the leader's name after them.
var arabicLeaderHeads = map[string]bool{"اداره": true, "حكومه": true}

// leaderBody returns the end of a government named after its leader
// that starts at toks[i] (a token index), the byte length of a
// proclitic before an Arabic head and of a possessive after an English
// one; end is 0 where none starts there.
func (x *Lexicon) leaderBody(toks []token, i int) (end, prefix, suffix int) {
	t := toks[i]
	if t.arabic {
		end, prefix = x.arabicLeaderBody(toks, i)
		return end, prefix, 0
	}
	if !t.upper || !x.leaderWord(toks, i) {
		return 0, 0, 0
	}
	// the name opens here: the word before is no part of a capitalised run
	if i > 0 {
		if p := toks[i-1]; !p.arabic && p.upper && p.end == t.start-1 && !commonTok(p) {
			return 0, 0, 0
		}
	}
	j := i + 1
	if j < len(toks) && toks[j].upper && x.leaderWord(toks, j) {
		j++ // "the Diaz Ortega administration"
	}
	if j >= len(toks) || !headIs(toks[j], leaderHeads) {
		return 0, 0, 0
	}
	return j + 1, 0, len(toks[j].text) - len(strings.TrimSuffix(strings.TrimSuffix(toks[j].text, "'s"), "’s"))
}

// leaderWord reports a Latin word that may be a leader's name: no
// common or function word, no known name (a country, a city, a body)
// and no nationality.
func (x *Lexicon) leaderWord(toks []token, i int) bool {
	t := toks[i]
	if t.arabic || !t.upper || commonTok(t) || utf8.RuneCountInString(t.text) < 3 || strings.ToUpper(t.text) == t.text {
		return false
	}
	if n, _, _ := x.lx.entities.match(toks, i); n > 0 {
		return false
	}
	if n, _, _ := x.lx.demonyms.match(toks, i); n > 0 {
		return false
	}
	return true
}

// arabicLeaderBody is leaderBody for «إدارة X» and «حكومة X»: one word
// after the head that is no common word, carries no article and is no
// known name or nationality.
func (x *Lexicon) arabicLeaderBody(toks []token, i int) (end, prefix int) {
	prefix = -1
	for _, s := range toks[i].keys() {
		if arabicLeaderHeads[s.key] {
			prefix = s.prefix
			break
		}
	}
	if prefix < 0 || i+1 >= len(toks) {
		return 0, 0
	}
	n := toks[i+1]
	if !n.arabic || n.punct || definite(n) || commonTok(n) || cliticCommon(n) || wordlikeAr[n.key] || arabicStop[n.key] ||
		isArabicVerb(n) || utf8.RuneCountInString(n.key) < 3 {
		return 0, 0
	}
	// the endings of plurals and of feminine nouns and adjectives
	// («إدارة مستشفيات», «حكومة انتقالية», «حكومة موظفين»): the word
	// describes the body, it names no one (not «ون» or «ان», which end
	// many surnames: «ماكرون», «ريغان»)
	for _, e := range []string{"ات", "ه", "ين"} {
		if strings.HasSuffix(n.key, e) {
			return 0, 0
		}
	}
	// the head of another body («حكومة حزب …»), or a name that goes on
	// («حكومة كمال رشيد», «حكومة كمال الرشيدي»): the person is named,
	// and the body is left to other rules
	if arabicOrgHeads[n.key] || arabicPlaceHeads[n.key] || i+2 < len(toks) && nameGoesOn(toks[i+2]) {
		return 0, 0
	}
	if m, _, _ := x.lx.entities.match(toks, i+1); m > 0 {
		return 0, 0
	}
	if m, _, _ := x.lx.demonyms.match(toks, i+1); m > 0 {
		return 0, 0
	}
	return i + 2, prefix
}

// nameGoesOn reports an Arabic word that may continue a person's name:
// no punctuation, common or function word, verb or glued preposition.
func nameGoesOn(t token) bool {
	return t.arabic && !t.punct && !commonTok(t) && !cliticCommon(t) && !procliticCommon(t) && !arabicStop[t.key] && !isArabicVerb(t) && !futureVerbTok(t) && !wordlikeAr[t.key]
}
