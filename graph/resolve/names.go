package resolve

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// honorifics are titles of address, rank, office and religion that
// precede a name but are not part of it, as folded phrases: the
// extractor strips titles, but one may remain inside a mention ("Sheikh
// Hamad ...", «سماحة آية الله ...», «وسمو الأمير ...»); a mention
// keeps none of them, however many come in a row.
var honorifics = phraseSet(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
	"president", "vice president", "prime minister", "minister", "senator", "sen", "rep", "gov", "governor",
	"mayor", "ambassador", "envoy", "secretary",
	"gen", "general", "col", "colonel", "maj", "major", "lt", "capt", "captain", "adm", "admiral", "field marshal", "marshal",
	"king", "queen", "prince", "princess", "crown prince", "emir", "amir", "sultan", "sheikh", "sheikha", "shaikh", "shaykh", "sheik",
	"his highness", "her highness", "his royal highness", "his majesty", "her majesty", "his excellency", "her excellency", "hrh",
	"imam", "ayatollah", "grand ayatollah", "hojatoleslam", "mullah", "mufti", "grand mufti", "sayyid", "sayyed", "sayed",
	"haj", "hajj", "haji", "hajji", "pope", "cardinal", "archbishop", "bishop", "patriarch", "rabbi", "father", "reverend", "rev", "pastor",
	"السيد", "السيدة", "الرئيس", "رئيس", "نائب الرئيس", "الدكتور", "الدكتورة", "د", "الأستاذ", "الأستاذة", "المهندس",
	"الوزير", "الوزيرة", "المبعوث", "السفير", "السفيرة", "النائب", "السناتور", "الحاكم",
	"الجنرال", "المشير", "الفريق", "الفريق أول", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
	"الملك", "الملكة", "الأمير", "الأميرة", "ولي العهد", "السلطان", "الشيخ", "الشيخة",
	"سمو", "صاحب السمو", "سمو الشيخ", "سمو الأمير", "معالي", "فخامة", "جلالة", "دولة", "سعادة",
	"سماحة", "فضيلة", "الإمام", "آية الله", "آية الله العظمى", "المرجع", "حجة الإسلام", "المفتي", "مفتي",
	"الحاج", "الحاجة", "البابا", "الكاردينال", "المطران", "البطريرك", "الأب", "القس", "الحاخام",
	// ranks with their staff qualifier, offices of government and
	// professions that news puts before a name
	"brig", "brigadier", "brigadier general", "rear admiral", "vice admiral", "commodore", "lieutenant", "lieutenant general",
	"commander", "cmdr", "sergeant", "sgt", "chief", "deputy", "speaker", "chancellor", "pres", "premier",
	"counselor", "counsellor", "judge", "engineer",
	"الركن", "ركن", "أول", "النقيب", "الملازم", "الرقيب", "القائد",
	"رئيس الوزراء", "رئيسة الوزراء", "نائب رئيس الوزراء", "رئيس الحكومة", "رئيسة الحكومة",
	"المستشار", "المستشارة", "القاضي", "القاضية", "المهندسة", "المحامي", "المحامية",
)

// phraseSet folds phrases into a set keyed by their words joined with
// a space.
func phraseSet(ps ...string) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		m[textnorm.Key(p)] = true
	}
	return m
}

// maxHonorific is the longest honorific phrase, in words.
const maxHonorific = 3

// honorificAt returns how many words of ws, from the first, are one
// honorific phrase (0 if none); an Arabic proclitic (و, ف, ب, ل, ك) on
// the first word is allowed («وسمو», «للشيخ»).
func honorificAt(ws []string) int {
	folded := make([]string, 0, maxHonorific)
	for i := 0; i < len(ws) && i < maxHonorific; i++ {
		folded = append(folded, textnorm.Key(strings.Trim(ws[i], ".,:")))
	}
	for n := len(folded); n >= 1; n-- {
		p := strings.Join(folded[:n], " ")
		if honorifics[p] {
			return n
		}
		if w := folded[0]; textnorm.Script(w) == "ar" {
			for _, c := range []string{"و", "ف", "ب", "ل", "ك"} {
				r := strings.TrimPrefix(p, c)
				if r == p {
					continue
				}
				if honorifics[r] || strings.HasPrefix(r, "ل") && honorifics["ا"+r] {
					return n // «للشيخ» is ل + الشيخ
				}
			}
		}
	}
	return 0
}

// gluedInitials are initials written against the surname with no space
// ("V.K.Morozov", as Russian official texts write a name).
var gluedInitials = regexp.MustCompile(`^((?:\p{Lu}\.)+)(\p{Lu}\p{Ll})`)

// spaceInitials writes glued initials apart from the surname and from
// each other: "V.K.Morozov" is "V. K. Morozov".
func spaceInitials(s string) string {
	m := gluedInitials.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	ini := strings.ReplaceAll(s[m[2]:m[3]], ".", ". ")
	return ini + s[m[4]:]
}

// lineageWords join a given name to the father's ("bin", «بن»; a
// daughter's "bint", «بنت»).
var lineageWords = phraseSet("bin", "ibn", "بن", "ابن", "bint", "بنت")

// tailWords are words that machine translation glues to the end of a
// name ("KesslerSaid"); after SplitGlued they are dropped from the tail.
var tailWords = map[string]bool{
	"said": true, "says": true, "and": true, "in": true, "including": true, "on": true, "of": true,
	"the": true, "to": true, "with": true, "who": true, "which": true, "after": true, "before": true,
	"for": true, "from": true, "at": true, "as": true, "also": true, "added": true, "told": true,
}

// suffixWords are generational and academic suffixes after a surname
// ("Jr."): part of the form as written, skipped when matching.
var suffixWords = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "phd": true}

// particles are name words that carry no identity by themselves
// (Arabic and European nobiliary and patronymic particles, and their
// Arabic spellings; "Aal" is the Gulf English spelling of the family
// particle «آل»); they are kept in forms but skipped when aligning
// given names and surnames.
var particles = map[string]bool{
	"al": true, "el": true, "ul": true, "bin": true, "ibn": true, "bint": true, "ben": true, "abu": true,
	"ould": true, "mint": true, "ولد": true, "منت": true, // Mauritanian: son of, daughter of
	"aal": true, // Gulf English «آل»
	"de":  true, "da": true, "di": true, "du": true, "del": true, "dos": true, "das": true,
	"van": true, "von": true, "der": true, "la": true, "le": true,
	"بن": true, "ابن": true, "بنت": true, "آل": true, "ال": true, "أبو": true, "ابو": true,
	"دي": true, "دو": true, "دا": true, "فان": true, "فون": true,
}

// compound joins the words of a name that are written apart in one
// script and as one word in the other: «عبد» or "Abdul" with the next
// word ("Abdul Rahman", "Abd al-Rahman", «عبد الرحمن» and
// "Abdulrahman" meet), a word with «الله» or "Allah" after it
// ("Nasrallah", «نصر الله»), and a word with «الدين» or "al-Din"
// after it. Words are folded keys.
func compound(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case i+1 < len(ws) && abdWords[w]:
			j := i + 1
			if articles[ws[j]] && j+1 < len(ws) {
				j++
			}
			out = append(out, strings.Join(ws[i:j+1], ""))
			i = j
			continue
		case i+1 < len(ws) && !particles[w] && (godWords[ws[i+1]] || dinWords[ws[i+1]]):
			out = append(out, w+ws[i+1])
			i++
			continue
		case i+2 < len(ws) && !particles[w] && articles[ws[i+1]] && (ws[i+2] == "din" || ws[i+2] == "allah"):
			out = append(out, w+ws[i+1]+ws[i+2])
			i += 2
			continue
		}
		out = append(out, w)
	}
	return out
}

// sunArticles are the Arabic article as romanised before a "sun"
// consonant, which it assimilates: "ez-Zor", "ash-Sham", "an-Nasr",
// "ar-Rashid", "adh-Dhahab".
var sunArticles = foldSet("ad", "ed", "adh", "edh", "an", "en", "ar", "er", "as", "es", "ash", "esh",
	"at", "et", "ath", "eth", "az", "ez", "ud", "un", "ur", "us", "ush", "ut", "uz")

// sunArticle drops an assimilated article before the word whose first
// consonant it doubles ("Deir ez-Zor" is "Deir al-Zour", «دير الزور»,
// whose article is dropped too; "Dar es Salaam"), save after «عبد» or
// "Abd" and before "Din" or "Allah", which compound joins with their
// article. Names of places and bodies only: "Ed Davey" is a person.
func sunArticle(ws []string) []string {
	var out []string
	for i, w := range ws {
		if i+1 < len(ws) && sunArticles[w] && len(ws[i+1]) > len(w) && strings.HasPrefix(ws[i+1], w[1:]) &&
			!(i > 0 && abdWords[ws[i-1]]) && !godWords[ws[i+1]] && ws[i+1] != "din" && ws[i+1] != "deen" && ws[i+1] != "dine" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// kunya joins a person's name that opens with "Abu" (father of) to the
// name after it, its article and a compound with «عبد» too: "Abu Hamza"
// is a name of its own, not "Hamza", and «أبو مازن» is no "Mason".
// Arabic writes the word by its case, «أبو» or «أبا» («أبا هريرة»,
// «أبو هريرة»): the join is spelt «ابو» for both. Inside a name "Abu"
// stays a particle ("Ahmad Abu Zeid" is also "Zeid").
func kunya(ws []string) []string {
	if len(ws) < 2 || !abuWords[ws[0]] {
		return ws
	}
	head := "abu"
	if textnorm.Script(ws[0]) == "ar" {
		head = "ابو"
	}
	rest := compound(ws[1:])
	j := 0
	if articles[rest[0]] && len(rest) > 1 {
		j = 1
	}
	out := []string{head + strings.Join(rest[:j+1], "")}
	return append(out, rest[j+1:]...)
}

// abdRest returns what follows "Abd" and its article in a romanised
// compound given name ("abdulaziz" "aziz", «عبدالعزيز» "abdalaziz"
// "aziz", "abdurrahman" "rahman"), and whether the word is one.
func abdRest(lat string) (string, bool) {
	r, ok := strings.CutPrefix(lat, "abd")
	if !ok || len(r) < 3 {
		return "", false
	}
	for _, p := range []string{"ul", "al", "el", "ol", "ur", "ar", "er", "us", "as", "un", "an", "u", "a", "e", "o"} {
		if rest, ok := strings.CutPrefix(r, p); ok && len(rest) >= 2 {
			return rest, true
		}
	}
	return r, true
}

var (
	abdWords = foldSet("abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "عبد")
	abuWords = foldSet("abu", "abou", "ابو", "ابا")
	godWords = foldSet("allah", "ullah", "ollah", "illah", "الله")
	dinWords = foldSet("eddin", "eddine", "uddin", "addin", "aldin", "eldin", "الدين")
	articles = foldSet("al", "el", "ul", "ad", "ed", "ud", "ar", "as", "ash", "an", "at")
)

// adminWords are head words of administrative areas that translate
// word for word ("Sumy region", «منطقة سومي») and do not change
// which place is meant; they are dropped before matching.
var adminWords = foldSet("region", "oblast", "province", "governorate", "district", "county", "state",
	"منطقة", "مقاطعة", "محافظة", "إقليم", "اقليم", "ولاية")

// glossary maps the generic words of institution and facility names in
// both languages to one concept each, so that «القوات المسلحة البلغارية»
// and "Bulgarian Armed Forces" meet: word order differs between the
// languages, so concepts are compared as sets, and the proper-name words
// that remain are compared by transliteration. General vocabulary, not
// names of any entity, kept as data (data/glossary.tsv).
var glossary = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(glossaryTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for _, w := range f[1:] {
			m[textnorm.Key(w)] = f[0]
		}
	}
	return m
}()

//go:embed data/glossary.tsv
var glossaryTSV string

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

// holderNamed reports the full name of an office-holder of the knowledge
// base (kb.OfficeHolder); a variable for tests.
var holderNamed = func(name string) bool { return len(kb.Starter().Holders(name)) > 0 }

// cleanText strips leading honorifics and a glued tail of function
// words from a mention's text. It returns the text to show and to key.
func cleanText(s string) string { return cleanTyped(s, graph.Person) }

// cleanTyped is cleanText for a mention of type t: titles are stripped
// from persons only ("General Command" is a body's name).
func cleanTyped(s string, t graph.EntityType) string {
	s = strings.TrimSpace(s)
	if textnorm.Script(s) != "ar" {
		s = textnorm.SplitGlued(s)
	}
	if t == graph.Person && textnorm.Script(s) != "ar" {
		// (each word: a style may come first, "Mr. V.K.Morozov")
		ws := strings.Fields(s)
		for i, w := range ws {
			ws[i] = spaceInitials(w)
		}
		s = strings.Join(ws, " ")
	}
	ws := strings.Fields(s)
	for t == graph.Person {
		n := honorificAt(ws)
		if n == 0 || n >= len(ws) {
			break
		}
		// "Mr. Amir bin Wadih": a style of one word right before "bin" ("bint")
		// is a given name (a ruler's style comes before his given name,
		// "Emir Qadir bin Nabhan")
		if n == 1 && n+1 < len(ws) && lineageWords[textnorm.Key(ws[n])] {
			break
		}
		// "Amir Khan X": a word of a title that opens an office-holder's
		// full name (the knowledge base's) is his given name
		if holderNamed(strings.Join(ws, " ")) {
			break
		}
		ws = ws[n:]
	}
	for len(ws) > 1 && tailWords[strings.Trim(strings.ToLower(ws[len(ws)-1]), ".,")] {
		ws = ws[:len(ws)-1]
	}
	if n := len(ws); n > 0 && t == graph.Person {
		// a possessive ends no name ("Kessler's")
		w := ws[n-1]
		for _, p := range []string{"'s", "’s", "'", "’"} {
			if r := strings.TrimSuffix(w, p); r != w && r != "" {
				ws[n-1] = r
				break
			}
		}
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
	ws := strings.Fields(strings.ReplaceAll(key, "-", " "))
	if t != graph.Person {
		ws = sunArticle(ws)
	}
	if t == graph.Person {
		ws = kunya(ws)
	}
	for _, w := range compound(ws) {
		if particles[w] || t == graph.Person && suffixWords[w] {
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
			continue // an initial ("Pavel F. Gromov")
		}
		out = append(out, tk)
	}
	sort.Strings(cs)
	cs = uniqStrings(cs)
	if t == graph.Organization && len(out) == 0 {
		cs = impliedMinistry(cs)
		cs = countryArmy(cs)
	}
	// «إدارة» (directorate, administration) heads Arabic names of bodies
	// that English names without it («إدارة الأمن العسكري», "Military
	// Security"): with two other concepts it tells nothing apart
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

// portfolios are the concepts that name a ministry by themselves
// («الداخلية الليبية» is Libya's interior ministry).
var portfolios = map[string]bool{"foreign": true, "defense": true, "interior": true}

// qualifiers are concepts that only qualify a body's head.
var qualifiers = map[string]bool{"national": true, "general": true, "central": true, "direct": true, "military": true, "nuclear": true}

// impliedMinistry adds the ministry concept to the concepts of a body
// named only by its portfolio and its country: Arabic drops the head
// («الداخلية الليبية» for «وزارة الداخلية الليبية»).
func impliedMinistry(cs []string) []string {
	portfolio := false
	for _, c := range cs {
		switch {
		case portfolios[c]:
			portfolio = true
		case qualifiers[c] || strings.HasPrefix(c, "c:"):
		default:
			return cs // another head (council, forces, ...) or the ministry itself
		}
	}
	if !portfolio {
		return cs
	}
	out := append(append([]string(nil), cs...), "ministry")
	sort.Strings(out)
	return out
}

// countryArmy names a country's armed forces as its army: news in both
// languages calls a state's military by either ("the Chadian army",
// «الجيش التشادي», "Chadian Armed Forces", «القوات المسلحة التشادية»).
// Only a body named by these generic words and one country at most (the
// bare «القوات المسلحة» of an article that named «الجيش السوداني» is that
// army): "armed forces" beside another head or a proper word (a militia's
// "Armed Forces of X") stays as it is.
func countryArmy(cs []string) []string {
	armed, forces, country := false, false, 0
	for _, c := range cs {
		switch {
		case c == "armed":
			armed = true
		case c == "forces":
			forces = true
		case strings.HasPrefix(c, "c:"):
			country++
		default:
			return cs
		}
	}
	if !armed || !forces || country > 1 {
		return cs
	}
	out := []string{"army"}
	for _, c := range cs {
		if strings.HasPrefix(c, "c:") {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// isAcronym reports whether a name is an initialism: one Latin word of
// capitals, with digits or signs perhaps ("GCC", "G7", "P5+1").
func isAcronym(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t") || textnorm.Script(s) != "en" {
		return false
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == '+' || r == '-' || r == '&' || r == '.' || r == '/':
		default:
			return false
		}
	}
	return letters >= 2 || letters >= 1 && digits >= 1
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
// second KB lookup ("Sumy region" -> "Sumy").
func stripGeneric(key string) string {
	var ws []string
	for _, w := range strings.Fields(key) {
		if !adminWords[w] {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// bodyHeads are head nouns that news puts before or after the name of
// a movement or an armed group and that are no part of it: «حركة حماس»
// and "the Hamas movement" are Hamas.
var bodyHeads = foldSet("movement", "group", "militia", "حركة", "جماعة", "ميليشيا", "مليشيا", "تنظيم")

// stripBodyHead removes a body's head noun that comes first or last,
// for a KB lookup of organisations only.
func stripBodyHead(key string) string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return key
	}
	switch {
	case bodyHeads[ws[0]]:
		ws = ws[1:]
	case bodyHeads[ws[len(ws)-1]]:
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// stripCity removes the word that calls a place a city from its name,
// for a lookup that takes cities only: "X City" (a city named like its
// country or state), «مدينة X» (the city of X) and «X العاصمة» (X the
// capital) are the city X; without "City", "Mexico City" would be the
// country, hence cities only.
func stripCity(key string) string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return key
	}
	switch {
	case cityWords[ws[len(ws)-1]]:
		ws = ws[:len(ws)-1]
	case cityWords[ws[0]]:
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// ofParent returns the known body that a body's name qualified by the
// body it belongs to names: "the Security Council of the United
// Nations", «مجلس الأمن للأمم المتحدة», where the unqualified name
// («مجلس الأمن») is a known body one of whose names holds one of the
// parent's («مجلس الأمن الدولي» does not, "United Nations Security
// Council" does). A body of another parent keeps its own name: the
// security council of a regional union is not the United Nations'.
func ofParent(key string, k *kb.KB) []*kb.Entry {
	ws := strings.Fields(key)
	for i := 1; i < len(ws); i++ {
		var child, parent string
		switch w := ws[i]; {
		case w == "of" && i+1 < len(ws):
			child, parent = strings.Join(ws[:i], " "), strings.Join(ws[i+1:], " ")
		case strings.HasPrefix(w, "لل") && len([]rune(w)) > 3:
			child, parent = strings.Join(ws[:i], " "), strings.Join(append([]string{"ال" + strings.TrimPrefix(w, "لل")}, ws[i+1:]...), " ")
		default:
			continue
		}
		ps := k.Lookup(strings.TrimPrefix(parent, "the "))
		if len(ps) != 1 || ps[0].Type != graph.Organization {
			continue
		}
		var out []*kb.Entry
		for _, e := range k.Lookup(child) {
			if e.Type == graph.Organization && e != ps[0] && namesHold(e, ps[0]) {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// namesHold reports whether a name of entry e holds a name of entry p
// word for word.
func namesHold(e, p *kb.Entry) bool {
	names := func(x *kb.Entry) []string {
		out := []string{" " + textnorm.Key(x.Name) + " "}
		for _, a := range x.Aliases {
			out = append(out, " "+textnorm.Key(a.Text)+" ")
		}
		return out
	}
	pn := names(p)
	for _, n := range names(e) {
		for _, q := range pn {
			if len(q) > 2 && n != q && strings.Contains(n, q) {
				return true
			}
		}
	}
	return false
}

// cityWords call a place a city: "city" and «العاصمة» after its name,
// «مدينة» before it.
var cityWords = foldSet("city", "العاصمة", "مدينة")

// formKey is the folded key of a cleaned name of type t: a family
// particle glued to it written apart (splitParticle), and, for a person,
// initials written together written apart ("K.L. Marchenko" is "K. L.
// Marchenko", whose initials the words leave out).
func formKey(text string, t graph.EntityType) string {
	if t == graph.Person {
		text = hamzaLam(spreadInitials(text))
	}
	return textnorm.Key(splitParticle(text))
}

// hamzaLam keeps apart, in a person's name in Arabic script, a word that
// opens with an alef carrying a hamza and a lam («إلمور» Elmore,
// «ألبرتو» Alberto, «إلهام» Ilham) from one that opens with the article:
// the key folds the hamza's alef to a plain one, and the romanisation
// would then drop the two letters as the article ("ison"). The article
// is never written with a hamza, so the word keeps the hamza before a
// plain alef («ءالمور»), which the romanisation reads as its vowel.
func hamzaLam(s string) string {
	if !strings.Contains(s, "إل") && !strings.Contains(s, "أل") {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		rs := []rune(w)
		if len(rs) > 4 && (rs[0] == 'إ' || rs[0] == 'أ') && rs[1] == 'ل' {
			ws[i] = "ءا" + string(rs[1:])
		}
	}
	return strings.Join(ws, " ")
}

// unHamzaLam is a key without hamzaLam's mark, as other tables spell it.
func unHamzaLam(key string) string {
	return strings.ReplaceAll(key, "ءا", "ا")
}

// spreadInitials writes apart initials written together ("K.L." is
// "K. L."), in a Latin name of two words or more.
func spreadInitials(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 || !strings.Contains(s, ".") {
		return s
	}
	for i, w := range ws {
		if len(w) >= 4 && initialsOnly(w) {
			ws[i] = strings.TrimSpace(strings.ReplaceAll(w, ".", ". "))
		}
	}
	return strings.Join(ws, " ")
}

// splitParticle writes apart a family particle glued to a Latin name
// ("AlKasimi", "ElHaddad"): "Al Kasimi" and «آل قاسمي» then meet.
func splitParticle(s string) string {
	if textnorm.Script(s) == "ar" {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		rs := []rune(w)
		if len(rs) >= 5 && (rs[0] == 'A' && rs[1] == 'l' || rs[0] == 'E' && rs[1] == 'l') && unicode.IsUpper(rs[2]) && unicode.IsLower(rs[3]) {
			ws[i] = string(rs[:2]) + " " + string(rs[2:])
		}
	}
	return strings.Join(ws, " ")
}

// definiteHead restores the article of an Arabic name's head noun that
// a preposition absorbed: «للائتلاف الليبي» is ل + «الائتلاف الليبي»,
// and a span that starts after the first ل reads «لائتلاف الليبي»; a
// noun followed by a definite adjective is itself definite, so the key
// is «الائتلاف الليبي». Names the knowledge base knows as written keep
// their key. key is a folded key.
func definiteHead(key string, k *kb.KB) string {
	ws := strings.Fields(key)
	if len(ws) < 2 || !strings.HasPrefix(ws[0], "ل") || strings.HasPrefix(ws[0], "لل") ||
		!strings.HasPrefix(ws[1], "ال") || len([]rune(ws[0])) < 4 || textnorm.Script(ws[0]) != "ar" {
		return key
	}
	if k != nil && len(k.Lookup(ws[0])) > 0 {
		return key // «لبنان» is a name, not ل + a noun
	}
	ws[0] = "ا" + ws[0]
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
// person's: similar enough, one a known nickname of the other (in
// either script), or one an initial of the other.
func givenCompatible(a, b tok) (bool, float64) {
	// two common given names that share their consonants are still two
	// names: «حسن» and «حسين», "Mohammed" and "Mahmoud", "Said" and "Saad"
	if twoGivenNames(a, b) {
		return false, 0
	}
	if ra, ok := abdRest(a.lat); ok {
		if rb, ok := abdRest(b.lat); ok {
			// «عبد العزيز» and «عبد الولي» share "Abd al-", which every
			// such name has: the name of God after it tells them apart
			s := tokSim(makeTok(ra), makeTok(rb))
			return s >= 0.8, s
		}
	}
	s := tokSim(a, b)
	// Arabic spells a given name with other letters («غريغوري»,
	// «جريجوري») or long vowels, not with a consonant more or less:
	// «محمد» is not «حمد», though the keys drop the h; only a nickname
	// of the table («توني» for «أنتوني») joins such two
	if a.ar && b.ar && !consonantsAgree(a, b) {
		return tableNickname(a, b), s
	}
	if s >= 0.8 {
		return true, s
	}
	fa, fb := fullGivenCached(a), fullGivenCached(b)
	for _, x := range fa {
		for _, y := range fb {
			if x.lat == y.lat || tokSim(x, y) >= 0.9 {
				return true, 0.8
			}
		}
	}
	return false, s
}

// twoGivenNames reports two common given names of the table that are
// two names (translit.TwoGivenNames), neither a nickname of the other
// ("Joe" and «جوزيف» are one name).
func twoGivenNames(a, b tok) bool {
	if !translit.TwoGivenNames(a.given, b.given) {
		return false
	}
	for _, p := range [2][2]string{{a.given, b.given}, {b.given, a.given}} {
		if full, ok := nicknames[strings.ToLower(p[0])]; ok && tokSim(makeTok(full), makeTok(strings.ToLower(p[1]))) >= 0.9 {
			return false
		}
	}
	return true
}

// tableNickname reports whether one given name is a nickname of the
// table whose full name is the other word itself, consonants and vowels
// («توني» Tony for «أنتوني» Anthony), not two words that stand for one
// full name, nor a full name that only shares a key and vowels with
// the other, not its letters ("Matthew" is no «محمد»).
func tableNickname(a, b tok) bool {
	for _, p := range [2][2]tok{{a, b}, {b, a}} {
		for _, x := range fullGivenCached(p[0])[1:] {
			if x.lat == p[1].lat || x.key == p[1].key && vowelAgree(x, p[1]) >= 0.7 && JaroWinkler(x.lat, p[1].lat) >= 0.85 {
				return true
			}
		}
	}
	return false
}

var givenCache = struct {
	sync.Mutex
	m map[string][]tok
}{m: map[string][]tok{}}

func fullGivenCached(t tok) []tok {
	givenCache.Lock()
	defer givenCache.Unlock()
	if x, ok := givenCache.m[t.lat]; ok {
		return x
	}
	x := fullGiven(t)
	if len(givenCache.m) > 100000 {
		givenCache.m = map[string][]tok{}
	}
	givenCache.m[t.lat] = x
	return x
}

// fullGiven returns the given names a word may stand for: itself, and
// the full name of any nickname it spells (in either script).
func fullGiven(t tok) []tok {
	out := []tok{t}
	if x, ok := nicknames[t.lat]; ok {
		return append(out, makeTok(x))
	}
	for _, n := range nicknameList {
		if tokSim(n.tok, t) >= 0.9 {
			out = append(out, makeTok(n.full))
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
