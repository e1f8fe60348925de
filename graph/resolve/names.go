package resolve

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"newskg/graph"
	"newskg/graph/kb"
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

// adminWords are head words of administrative areas that translate
// word for word ("Donetsk region", «منطقة دونيتسك») and do not change
// which place is meant; they are dropped before matching.
var adminWords = foldSet("region", "oblast", "province", "governorate", "district", "county",
	"منطقة", "مقاطعة", "محافظة", "إقليم", "اقليم")

// glossary maps the generic words of institution and facility names in
// both languages to one concept each, so that «القوات المسلحة الروسية»
// and "Russian Armed Forces" meet: word order differs between the
// languages, so concepts are compared as sets, and the proper-name words
// that remain are compared by transliteration. General vocabulary, not
// names of any entity.
var glossary = func() map[string]string {
	m := map[string]string{}
	add := func(concept string, words ...string) {
		for _, w := range words {
			m[textnorm.Key(w)] = concept
		}
	}
	add("ministry", "ministry", "department", "وزارة")
	add("foreign", "foreign", "affairs", "الخارجية", "خارجية")
	add("defense", "defense", "defence", "الدفاع", "دفاع")
	add("interior", "interior", "الداخلية")
	add("council", "council", "مجلس")
	add("security", "security", "الأمن", "أمن")
	add("national", "national", "القومي", "الوطني", "الوطنية", "القومية")
	add("forces", "forces", "القوات", "قوات")
	add("armed", "armed", "المسلحة")
	add("army", "army", "الجيش", "جيش")
	add("general", "general", "العامة", "العام")
	add("staff", "staff", "الأركان", "أركان")
	add("administration", "administration", "إدارة")
	add("fund", "fund", "صندوق")
	add("investment", "investment", "الاستثمار", "للاستثمار")
	add("direct", "direct", "المباشر")
	add("bank", "bank", "بنك", "مصرف")
	add("central", "central", "المركزي")
	add("agency", "agency", "وكالة")
	add("intelligence", "intelligence", "المخابرات", "الاستخبارات")
	add("military", "military", "العسكرية", "العسكري")
	add("party", "party", "حزب")
	add("union", "union", "الاتحاد", "اتحاد")
	add("university", "university", "جامعة")
	add("plant", "plant", "station", "محطة")
	add("nuclear", "nuclear", "النووية", "نووية", "النووي")
	add("power", "power", "energy", "الطاقة", "للطاقة", "طاقة")
	add("palace", "palace", "قصر")
	add("sea", "sea", "بحر", "البحر")
	add("airport", "airport", "مطار")
	add("base", "base", "قاعدة")
	add("peninsula", "peninsula", "جزيرة")
	add("president", "president", "presidential", "الرئيس", "الرئاسة", "الرئاسي")
	add("office", "office", "مكتب")
	add("parliament", "parliament", "البرلمان", "برلمان")
	add("government", "government", "الحكومة", "حكومة")
	return m
}()

// fillers are words without content in institution names.
var fillers = foldSet("of", "the", "and", "for", "in", "on", "شبه")

func foldSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[textnorm.Key(w)] = true
	}
	return m
}

// concept returns the glossary concept of a folded word, trying the
// Arabic conjunction و and the article forms ال, لل, بال as prefixes.
func concept(w string) (string, bool) {
	if c, ok := glossary[w]; ok {
		return c, true
	}
	if textnorm.Script(w) != "ar" {
		return "", false
	}
	for _, p := range []string{"و", "وال", "لل", "بال", "ال"} {
		if r := strings.TrimPrefix(w, p); r != w && len([]rune(r)) >= 3 {
			if c, ok := glossary[r]; ok {
				return c, true
			}
			if c, ok := glossary["ال"+r]; ok {
				return c, true
			}
		}
	}
	return "", false
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
func cleanText(s string) string { return cleanTyped(s, graph.Person) }

// cleanTyped is cleanText for a mention of type t: titles are stripped
// from persons only ("General Staff" is a body's name).
func cleanTyped(s string, t graph.EntityType) string {
	s = strings.TrimSpace(s)
	if textnorm.Script(s) != "ar" {
		s = textnorm.SplitGlued(s)
	}
	ws := strings.Fields(s)
	for t == graph.Person && len(ws) > 1 && honorifics[strings.Trim(strings.ToLower(ws[0]), ".,")] {
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

// nameWords splits a name (its folded key) into the words that carry
// identity and, for institutions and places, the set of generic concepts
// (glossary words and country adjectives, as "c:" and the KB id).
// Particles and initials are dropped, and for places administrative
// head words too.
func nameWords(key string, t graph.EntityType, k *kb.KB) ([]tok, []string) {
	var out []tok
	var cs []string
	for _, w := range strings.Fields(strings.ReplaceAll(key, "-", " ")) {
		if particles[w] {
			continue
		}
		if t != graph.Person {
			if adminWords[w] || fillers[w] {
				continue
			}
			if c, ok := concept(w); ok {
				cs = append(cs, c)
				continue
			}
			if k != nil && (t == graph.Organization || t == graph.Place) {
				if es := k.Demonym(w); len(es) == 1 {
					cs = append(cs, "c:"+es[0].ID)
					continue
				}
				if es := k.Lookup(w); len(es) == 1 && es[0].Type == graph.Country {
					cs = append(cs, "c:"+es[0].ID)
					continue
				}
			}
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
	sort.Strings(cs)
	cs = uniqStrings(cs)
	// «إدارة» (directorate, administration) heads Arabic names of bodies
	// that English names without it («إدارة الأركان العامة», "General
	// Staff"): with two other concepts it tells nothing apart
	if len(cs) >= 3 && !(len(out) > 0) {
		for i, c := range cs {
			if c == "administration" {
				cs = append(cs[:i:i], cs[i+1:]...)
				break
			}
		}
	}
	return out, cs
}

func uniqStrings(xs []string) []string {
	var out []string
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// stripGeneric removes administrative head words from a name, for a
// second KB lookup ("Donbas region" -> "Donbas").
func stripGeneric(key string) string {
	var ws []string
	for _, w := range strings.Fields(key) {
		if !adminWords[w] {
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
		// "al-Hayya", "bin-Salman": a particle joined by a hyphen
		if i := strings.Index(w, "-"); i > 0 && particles[strings.ToLower(w[:i])] && i+1 < len(w) {
			w = w[i+1:]
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
	fa, fb := fullGivenCached(a), fullGivenCached(b)
	for _, x := range fa {
		for _, y := range fb {
			if x == y {
				return true, 0.8
			}
		}
	}
	return false, s
}

var givenCache = struct {
	sync.Mutex
	m map[string][]string
}{m: map[string][]string{}}

func fullGivenCached(t tok) []string {
	givenCache.Lock()
	defer givenCache.Unlock()
	if x, ok := givenCache.m[t.lat]; ok {
		return x
	}
	x := fullGiven(t)
	if len(givenCache.m) > 100000 {
		givenCache.m = map[string][]string{}
	}
	givenCache.m[t.lat] = x
	return x
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
