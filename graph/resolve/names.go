package resolve

import (
	"sort"
	"strings"
	"unicode"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// honorifics are words that precede a name but are not part of it; the
// extractor strips titles, but a leading "Mr." or «السيد» may remain.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"president": true, "prof": true, "professor": true, "gen": true, "general": true,
	"sheikh": true, "prince": true, "king": true, "queen": true, "minister": true,
	"senator": true, "sen": true, "rep": true, "gov": true, "governor": true, "mayor": true,
	"السيد": true, "السيدة": true, "الرئيس": true, "الدكتور": true, "الشيخ": true,
	"الأمير": true, "الامير": true, "الملك": true, "الوزير": true, "الجنرال": true,
	"رئيس": true, "الأستاذ": true, "المبعوث": true, "السفير": true,
}

// tailWords are words that machine translation glues to the end of a
// name ("WitkoffSaid"); after SplitGlued they are dropped from the tail.
var tailWords = map[string]bool{
	"said": true, "says": true, "and": true, "in": true, "including": true, "on": true, "of": true,
	"the": true, "to": true, "with": true, "who": true, "which": true, "after": true, "before": true,
	"for": true, "from": true, "at": true, "as": true, "also": true, "added": true, "told": true,
}

// particles are name words that carry no identity by themselves
// (Arabic and European nobiliary and patronymic particles); they are
// kept in forms but skipped when aligning given names and surnames.
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "ben": true, "abu": true,
	"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true, "la": true, "le": true,
	"بن": true, "ابن": true, "بنت": true, "آل": true, "ال": true, "أبو": true, "ابو": true,
}

// genericWords are head words of place and body names that translate
// word for word ("Donetsk region", «منطقة دونيتسك»); they are removed
// before matching so that the proper-name part decides.
var genericWords = map[string]bool{
	"region": true, "oblast": true, "province": true, "city": true, "republic": true, "county": true,
	"district": true, "governorate": true, "state": true,
	"منطقة": true, "مقاطعة": true, "محافظة": true, "إقليم": true, "اقليم": true, "مدينة": true,
	"جمهورية": true, "ولاية": true,
}

// nicknames maps common English hypocoristic given names to the full
// name they shorten (general knowledge, not tied to any article).
var nicknames = map[string]string{
	"mike": "michael", "mick": "michael", "bill": "william", "will": "william", "billy": "william",
	"bob": "robert", "rob": "robert", "bobby": "robert", "jim": "james", "jimmy": "james",
	"joe": "joseph", "steve": "steven", "tony": "anthony", "alex": "alexander", "sasha": "alexander",
	"dick": "richard", "rick": "richard", "tom": "thomas", "tommy": "thomas", "dan": "daniel",
	"danny": "daniel", "dave": "david", "chris": "christopher", "ben": "benjamin", "sam": "samuel",
	"nick": "nicholas", "pete": "peter", "ted": "edward", "ed": "edward", "kate": "katherine",
	"liz": "elizabeth", "beth": "elizabeth", "andy": "andrew", "matt": "matthew", "jeff": "jeffrey",
	"jon": "jonathan", "larry": "lawrence", "ron": "ronald", "don": "donald", "chuck": "charles",
	"charlie": "charles", "hank": "henry", "jack": "john", "johnny": "john", "greg": "gregory",
	"tammy": "tamara", "vlad": "vladimir", "kostya": "konstantin", "misha": "mikhail",
	"volodya": "vladimir", "dima": "dmitry", "seryozha": "sergei", "yura": "yuri",
}

// cleanText strips leading honorifics and a glued tail of function
// words from a mention's text. It returns the text to show and to key.
func cleanText(s string) string {
	s = strings.TrimSpace(s)
	if textnorm.Script(s) != "ar" {
		s = textnorm.SplitGlued(s)
	}
	ws := strings.Fields(s)
	for len(ws) > 1 && honorifics[strings.Trim(strings.ToLower(ws[0]), ".,")] {
		ws = ws[1:]
	}
	for len(ws) > 1 && tailWords[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	out := strings.Join(ws, " ")
	out = strings.TrimFunc(out, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
	if out == "" {
		return strings.TrimSpace(s)
	}
	return out
}

// nameWords returns the words of a name that carry identity: particles
// and initials removed, and for non-person types generic head words too.
func nameWords(key string, t graph.EntityType) []tok {
	var out []tok
	for _, w := range strings.Fields(strings.ReplaceAll(key, "-", " ")) {
		if particles[w] {
			continue
		}
		if t != graph.Person && genericWords[w] {
			continue
		}
		tk := makeTok(w)
		if tk.lat == "" {
			continue
		}
		if t == graph.Person && len(tk.lat) == 1 {
			continue // an initial ("Vladimir F. Putin")
		}
		out = append(out, tk)
	}
	return out
}

// stripGeneric removes generic head words from a name, for a second KB
// lookup ("Donbas region" -> "Donbas").
func stripGeneric(key string) string {
	var ws []string
	for _, w := range strings.Fields(key) {
		if !genericWords[w] {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// wellFormedLatin reports whether s looks like a properly written Latin
// name: Latin script, every word capitalised (particles aside), letters,
// hyphens, apostrophes and initials' periods only.
func wellFormedLatin(s string) bool {
	if textnorm.Script(s) != "en" {
		return false
	}
	for _, w := range strings.Fields(s) {
		if particles[strings.ToLower(w)] {
			continue
		}
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs {
			if !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '.' || r == '’') {
				return false
			}
		}
	}
	return true
}

// givenCompatible reports whether two given names can be the same
// person's: similar enough, one a known nickname of the other, or one an
// initial of the other.
func givenCompatible(a, b tok) (bool, float64) {
	s := tokSim(a, b)
	if s >= 0.8 {
		return true, s
	}
	fa, fb := fullGiven(a), fullGiven(b)
	for _, x := range fa {
		for _, y := range fb {
			if x == y {
				return true, 0.8
			}
		}
	}
	return false, s
}

// fullGiven returns the full given names a word may stand for: itself,
// and the full name of any nickname it spells (in either script).
func fullGiven(t tok) []string {
	out := []string{t.lat}
	if x, ok := nicknames[t.lat]; ok {
		return append(out, x)
	}
	for _, n := range nicknameList {
		if tokSim(n.tok, t) >= 0.9 {
			out = append(out, n.full)
		}
	}
	return out
}

type nick struct {
	tok  tok
	full string
}

var nicknameList = func() []nick {
	var out []nick
	for k, v := range nicknames {
		out = append(out, nick{makeTok(k), v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].tok.lat < out[j].tok.lat })
	return out
}()
