package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// phrase is a multi-token lexicon entry.
type phrase struct {
	keys []string
	val  any
}

// trie maps the key of a phrase's first token to its phrases, longest first.
type trie map[string][]phrase

func (tr trie) add(text string, val any) {
	toks := tokenize(text, 0, len(text))
	if len(toks) == 0 {
		return
	}
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		k := t.key
		if t.punct {
			k = t.text
		}
		keys = append(keys, k)
	}
	for _, p := range tr[keys[0]] {
		if equalKeys(p.keys, keys) {
			return // the first entry wins
		}
	}
	tr[keys[0]] = append(tr[keys[0]], phrase{keys: keys, val: val})
	sort.SliceStable(tr[keys[0]], func(i, j int) bool { return len(tr[keys[0]][i].keys) > len(tr[keys[0]][j].keys) })
}

// accusativeTitle returns the predicate form of an Arabic title in
// construct, as a verb of appointing or electing takes it: the head in
// the indefinite accusative and the genitive after «ل» («وزير الخارجية»
// → «وزيرا للخارجية», «رئيس مجلس الوزراء» → «رئيسا لمجلس الوزراء»; a
// feminine head keeps its spelling: «وزيرة للخارجية»); "" for a title
// of one word or with the article.
func accusativeTitle(phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) < 2 || strings.HasPrefix(ws[0], "ال") || strings.HasSuffix(ws[0], "ا") || strings.HasPrefix(ws[1], "ل") && !strings.HasPrefix(ws[1], "ال") {
		return ""
	}
	head := ws[0] + "ا"
	if strings.HasSuffix(ws[0], "ة") {
		head = ws[0]
	}
	gen := "ل" + ws[1]
	if rest, ok := strings.CutPrefix(ws[1], "ال"); ok {
		gen = "لل" + rest
	}
	return strings.Join(append([]string{head, gen}, ws[2:]...), " ")
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func tokKey(t token) string {
	if t.punct {
		return t.text
	}
	return t.key
}

// match finds the longest phrase starting at toks[i]. It returns the
// number of tokens, the byte length of a proclitic stripped from the
// first token, and the value.
func (tr trie) match(toks []token, i int) (n, prefix int, val any) {
	return matchAny(toks, i, tr)
}

// matchAny is match over the union of tries, without building it. At
// or past the end of toks nothing matches: a caller may look past a
// word that ends the sentence ("Sgt ." alone on a line).
func matchAny(toks []token, i int, trs ...trie) (n, prefix int, val any) {
	if i < 0 || i >= len(toks) {
		return 0, 0, nil
	}
	for _, st := range toks[i].keys() {
		for _, tr := range trs {
			for _, p := range tr[st.key] {
				if i+len(p.keys) > len(toks) {
					continue
				}
				ok := true
				for k := 1; k < len(p.keys); k++ {
					if tokKey(toks[i+k]) != p.keys[k] {
						ok = false
						break
					}
				}
				if r, isRole := p.val.(role); isRole && r.capital && !toks[i].upper {
					continue // "a speaker at the rally": no title in lower case
				} else if isRole && r.determined && !determinedAt(toks, i, len(p.keys)) {
					continue // "Amir" alone is a given name
				} else if isRole && r.given && afterOffice(toks, i, tr) {
					continue // "Minister of State Sultan X": a given name
				} else if isRole && r.abbrev && (i+len(p.keys) >= len(toks) || !toks[i+len(p.keys)].upper) {
					continue // "Omani FM hold talks": no name after the abbreviation
				}
				if ok && len(p.keys) > n {
					n, prefix, val = len(p.keys), st.prefix, p.val
				}
			}
		}
	}
	return n, prefix, val
}

// role is a title with its normalised English form. head marks the
// generic "head/president" title whose English form depends on what
// follows (a country: president; a body: head).
type role struct {
	en      string
	head    bool   // the generic head title: president of a country, head of a body
	leads   bool   // the holder of this title of a body leads it
	country string // an unqualified title of this country's government (ISO code)
	// honorific: a style before a name ("Sheikh", «الأمير») rather than an
	// office
	honorific bool
	// state: the head of a state or government (president, prime
	// minister, king), whom news names without a country abroad too
	state bool
	// abroad: the role a counterpart abroad of the holder of this
	// national title holds ("foreign secretary": "foreign minister")
	abroad string
	// plural: the title in the dual or plural ("foreign ministers",
	// «وزيرا الخارجية»): it names more than one person
	plural bool
	// capital: an English word that is a title only when written with
	// a capital ("Speaker X", "Speaker of the Senate"; "a speaker at the
	// rally" is one who speaks)
	capital bool
	// asis: an Arabic title matched only as written, not with the
	// article added or removed nor in the dual («السلطان»: the bare
	// «سلطان» is a given name)
	asis bool
	// determined: an English title that is also a given name, a title
	// only where a determiner, a style or a possessive stands before it
	// or "of" after it ("HH the Amir", "Qatar's Amir", "Amir of the
	// State of Kuwait"; not "Amir Farhadi")
	determined bool
	// given: an English title of a ruler that is also a given name: a
	// given name right after the title of an office ("Minister of State
	// Sultan Al X"; "Sultan X" alone is the ruler)
	given bool
	// abbrev: a title's abbreviation ("FM X"): a title only right before
	// a name in capitals ("X, Omani FM hold talks" is two parties), its
	// country only from the words around it, never from the document's
	// home (readouts write it of foreign ministers abroad as often as of
	// the home one)
	abbrev bool
}

// afterOffice reports a title of an office, not a ruler's nor a style,
// that ends right before toks[i] (roles, the trie of titles).
func afterOffice(toks []token, i int, roles trie) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if n, _, v := matchAny(toks[:i], j, roles); n > 0 && j+n == i {
			r, ok := v.(role)
			return ok && !r.state && !r.honorific
		}
	}
	return false
}

// determinedAt reports the word before toks[i] a determiner or a style,
// a possessive before a style ("Qatar's Amir Sheikh X"), or "of" after
// the n words from toks[i]: a role flagged determined is a title there.
func determinedAt(toks []token, i, n int) bool {
	if i+n < len(toks) && toks[i+n].key == "of" {
		return true
	}
	if i == 0 {
		return false
	}
	switch p := toks[i-1]; p.key {
	case "the", "hh", "highness", "deputy":
		return true
	default:
		// "Qatar's Amir Sheikh X": a possessive only before a style
		// ("Iran's Amir Hossein Karimi" is a given name)
		return possessive(p.text) && i+n < len(toks) && (toks[i+n].key == "sheikh" || toks[i+n].key == "shaikh")
	}
}

// arabicDuals returns the dual forms of an Arabic title: its head noun
// in construct (وزير الخارجية -> وزيرا الخارجية، وزيري الخارجية) or,
// alone, with the article (رئيس -> الرئيسان، الرئيسين); and a one-word
// title's indefinite accusative (رئيسا).
func arabicDuals(p string) []string {
	w, rest, multi := strings.Cut(p, " ")
	w = strings.TrimSuffix(w, "ة")
	if utf8.RuneCountInString(strings.TrimPrefix(w, "ال")) < 3 {
		return nil
	}
	if multi {
		if strings.HasPrefix(w, "ال") {
			return nil
		}
		return []string{w + "ا " + rest, w + "ي " + rest}
	}
	base := strings.TrimPrefix(w, "ال")
	// and the indefinite accusative: «انتخب رئيسا للائتلاف», «بصفته مبعوثا»
	return []string{"ال" + base + "ان", "ال" + base + "ين", base + "ان", base + "ين", base + "ا"}
}

// englishPlural makes the plural of a title by its last word
// ("foreign minister" -> "foreign ministers", "secretary" ->
// "secretaries", "spokesman" -> "spokesmen").
func englishPlural(p string) string {
	if strings.Contains(p, " of ") {
		return p // "secretary of state": the plural is inside
	}
	i := strings.LastIndexByte(p, ' ') + 1
	w := p[i:]
	switch {
	case strings.HasSuffix(w, "man"):
		w = strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "oy"):
		w = strings.TrimSuffix(w, "y") + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		w += "es"
	default:
		w += "s"
	}
	return p[:i] + w
}

// roleOf reads a row of roles.tsv.
func roleOf(e lexEntry) role {
	r := role{en: e.Class}
	for _, f := range strings.Split(e.Value, ",") {
		switch k, v, _ := strings.Cut(strings.TrimSpace(f), "="); k {
		case "head":
			r.head = true
		case "leads":
			r.leads = true
		case "country":
			r.country = v
		case "honorific":
			r.honorific = true
		case "state":
			r.state = true
		case "abroad":
			r.abroad = v
		case "plural":
			r.plural = true
		case "cap":
			r.capital = true
		case "asis":
			r.asis = true
		case "determined":
			r.determined = true
		case "given":
			r.given = true
		case "abbrev":
			r.abbrev = true
		case "":
		default:
			panic(fmt.Sprintf("data/%s/roles.tsv:%d: unknown flag %q", e.Lang, e.Line, f))
		}
	}
	return r
}

// eventKind classifies event triggers.
type eventKind int

const (
	evTalks eventKind = iota
	evMeeting
	evCall
	evSummit
	evConference
	// evAny: a verb that names no kind of event ("X and Y discussed
	// trade"): it joins the article's event of any kind, a meeting when
	// there is none
	evAny
)

// eventKinds names the kinds in data/*/events.tsv.
var eventKinds = map[string]eventKind{"talks": evTalks, "meeting": evMeeting, "call": evCall, "summit": evSummit, "conference": evConference}

type eventTrigger struct {
	kind eventKind
}

// lexicon holds the tries the extractors match against.
type lexicon struct {
	kb         *kb.KB
	entities   trie // KB forms -> *kb.Entry
	demonyms   trie // adjectives -> *kb.Entry (a country)
	roles      trie // titles -> role
	honorifics trie
	events     trie // -> eventKind
	delegation trie // -> shared: the noun names teams of sport and business too
	// national: the English roles of titles of one country's government
	// ("secretary of state"), both languages' roles.tsv rows with a
	// country flag
	national map[string]bool
	// abroad: the role of a counterpart abroad of a national role's
	// holder ("secretary of state": "foreign minister")
	abroad map[string]string
	// capitals: the country of each capital city, by the city's id
	// ("talks with Nairobi": a capital standing for its government)
	capitals map[string]*kb.Entry
	// capitalOf: the capital city of each country, by the country's id
	// ("the Kenyan capital", «العاصمة الكينية»: the city left unnamed)
	capitalOf map[string]*kb.Entry
	// holders: the full names of the knowledge base's office-holders
	// (kb.OfficeHolder), which a person's name the finders cut short
	// runs on to («لويس إيناسيو» of «لويس إيناسيو لولا دا سيلفا»)
	holders trie
	// titleKeys: the words of every title and honorific ("minister",
	// "shri", «معالي»)
	titleKeys map[string]bool
}

var typeRank = map[graph.EntityType]int{graph.Country: 0, graph.City: 1, graph.Organization: 2, graph.Place: 3, graph.Person: 4}

var lexicons sync.Map // *kb.KB -> *lexicon

// newLexicon returns the lexicon of a knowledge base, built once per base.
func newLexicon(k *kb.KB) *lexicon {
	if v, ok := lexicons.Load(k); ok {
		return v.(*lexicon)
	}
	lx := buildLexicon(k)
	v, _ := lexicons.LoadOrStore(k, lx)
	return v.(*lexicon)
}

func buildLexicon(k *kb.KB) *lexicon {
	lx := &lexicon{kb: k, entities: trie{}, demonyms: trie{}, roles: trie{}, honorifics: trie{}, events: trie{}, delegation: trie{}, national: map[string]bool{}, abroad: map[string]string{}, capitals: map[string]*kb.Entry{}, capitalOf: map[string]*kb.Entry{}, holders: trie{}}
	for _, e := range k.Entries() {
		if e.Type != graph.City || e.Country == "" {
			continue
		}
		if c := k.Country(e.Country); c != nil && c.Capital != "" && c.Capital == e.Name {
			lx.capitals[e.ID] = c
			lx.capitalOf[c.ID] = e
		}
	}
	for _, f := range k.HolderForms() {
		lx.holders.add(f, true)
	}
	// entries in type order so that a form shared by a country and a city
	// resolves to the country
	entries := append([]*kb.Entry(nil), k.Entries()...)
	sort.SliceStable(entries, func(i, j int) bool { return typeRank[entries[i].Type] < typeRank[entries[j].Type] })
	type dem struct {
		text string
		e    *kb.Entry
	}
	var dems []dem
	for _, e := range entries {
		if e.Weak {
			continue // it only types and links what others find (kb.Entry.Weak)
		}
		for _, a := range e.Forms() {
			if commonAlias(a.Text, e) {
				continue
			}
			lx.entities.add(a.Text, e)
		}
		for _, d := range e.Demonyms {
			dems = append(dems, dem{d.Text, e})
		}
	}
	// a body's name in the other spelling of English ("Organisation for
	// Security and Co-operation in Europe" for the knowledge base's
	// "Organization for Security and Cooperation in Europe"), after every
	// form as written, so that a form of another entry wins
	for _, e := range entries {
		if e.Weak || e.Type != graph.Organization {
			continue
		}
		for _, a := range e.Forms() {
			if v := otherSpelling(a.Text); v != "" {
				lx.entities.add(v, e)
			}
		}
	}
	// an adjective shared by several countries ("French": France and the
	// French Southern Lands) goes to the country whose name it resembles,
	// then to the one with the shortest name
	score := func(d dem) (int, int) {
		a, b := []rune(strings.ToLower(d.text)), []rune(strings.ToLower(d.e.Name))
		same := 0
		for same < len(a) && same < len(b) && same < 2 && a[same] == b[same] {
			same++
		}
		return -same, len(b)
	}
	sort.SliceStable(dems, func(i, j int) bool {
		si, li := score(dems[i])
		sj, lj := score(dems[j])
		if si != sj {
			return si < sj
		}
		return li < lj
	})
	for _, d := range dems {
		lx.demonyms.add(d.text, d.e)
	}
	// a role is national when only titles of one country's government
	// give it: "secretary of state", not "prime minister" (the Irish
	// "taoiseach" renders as a role every country has)
	general := map[string]bool{}
	for _, lang := range []string{"en", "ar"} {
		for _, e := range lexFile(lang, "roles.tsv") {
			if r := roleOf(e); r.country == "" {
				general[r.en] = true
			}
		}
	}
	national := func(r role) role {
		if r.country != "" && !general[r.en] {
			lx.national[r.en] = true
			if r.abroad != "" {
				lx.abroad[r.en] = r.abroad
			}
		}
		return r
	}
	for _, e := range lexFile("en", "roles.tsv") {
		lx.roles.add(e.Phrase, national(roleOf(e)))
	}
	// and with the article that translation from French and Arabic puts
	// before a minister's portfolio: "the Minister of the Foreign
	// Affairs", "Minister of the Agriculture" (ministers' portfolios only:
	// "the head of the Government Media Office" is a body's head, "the
	// Minister of the State Property Fund" a body's minister)
	for _, e := range lexFile("en", "roles.tsv") {
		ws := strings.Fields(e.Phrase)
		if r := roleOf(e); r.country == "" && len(ws) >= 3 && ws[0] == "minister" && ws[1] == "of" && ws[2] != "the" && ws[2] != "state" {
			lx.roles.add("minister of the "+strings.Join(ws[2:], " "), r)
		}
	}
	// and their plurals: "the foreign ministers of France and Italy"
	// ("officials" and "diplomats" are plurals of people, not titles)
	groups := wordSet("names.tsv", "group-noun")
	for _, e := range lexFile("en", "roles.tsv") {
		if p := englishPlural(e.Phrase); p != e.Phrase && !roleOf(e).head && !roleOf(e).capital && !groups[textnorm.Key(p)] { // "heads" is mostly a verb; "Speakers" opens a sentence
			r := roleOf(e)
			r.plural = true
			lx.roles.add(p, r)
		}
	}
	// explicit Arabic titles first, then their forms with or without the
	// article, so that an explicit entry always wins a clash
	ars := lexFile("ar", "roles.tsv")
	for _, e := range ars {
		lx.roles.add(e.Phrase, national(roleOf(e)))
	}
	for _, e := range ars {
		r := roleOf(e)
		if r.asis {
			continue
		}
		if strings.HasPrefix(e.Phrase, "ال") {
			lx.roles.add(strings.TrimPrefix(e.Phrase, "ال"), r)
		} else {
			lx.roles.add("ال"+e.Phrase, r)
		}
	}
	// and their duals: «وزيرا الخارجية», «وزيري الخارجية», «الرئيسان»
	for _, e := range ars {
		if roleOf(e).asis {
			continue
		}
		for _, d := range arabicDuals(e.Phrase) {
			if !groups[textnorm.Key(d)] {
				r := roleOf(e)
				// all but the indefinite accusative «رئيسا» name two or more
				r.plural = !strings.HasSuffix(d, "ا") || strings.Contains(d, " ")
				lx.roles.add(d, r)
			}
		}
	}
	// and the office one is made in the accusative, its genitive made a
	// phrase of «ل»: «عين X وزيرا للخارجية», «رئيسا لمجلس الوزراء»
	for _, e := range ars {
		if p := accusativeTitle(e.Phrase); p != "" && !roleOf(e).asis {
			lx.roles.add(p, roleOf(e))
		}
	}
	for _, e := range lexRows("names.tsv", "honorific") {
		lx.honorifics.add(e.Phrase, true)
	}
	for _, l := range lexLangs {
		for _, e := range lexFile(l, "events.tsv") {
			k, ok := eventKinds[e.Class]
			if !ok {
				panic(fmt.Sprintf("data/%s/events.tsv:%d: unknown event kind %q", l, e.Line, e.Class))
			}
			lx.events.add(e.Phrase, k)
		}
	}
	for _, e := range lexRows("words.tsv", "delegation") {
		lx.delegation.add(e.Phrase, e.Value == "shared")
	}
	// every word of a title or an honorific, of either language
	lx.titleKeys = map[string]bool{}
	for _, tr := range []trie{lx.roles, lx.honorifics} {
		for _, ps := range tr {
			for _, p := range ps {
				for _, k := range p.keys {
					lx.titleKeys[k] = true
				}
			}
		}
	}
	return lx
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// spellings maps the words of bodies' names that British and American
// English spell apart, each to the other spelling (names.tsv: spelling).
var spellings = func() map[string]string {
	m := map[string]string{}
	for _, e := range lexRows("names.tsv", "spelling", "en") {
		a, b := strings.ToLower(e.Phrase), strings.ToLower(e.Value)
		m[a], m[b] = b, a
	}
	return m
}()

// otherSpelling returns a Latin name with every word of spellings in its
// other spelling, or "" when it has none.
func otherSpelling(text string) string {
	ws := strings.Fields(text)
	changed := false
	for i, w := range ws {
		if o, ok := spellings[strings.ToLower(w)]; ok {
			ws[i] = o
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(ws, " ")
}

// commonAlias reports another name of an entry that is one common English
// word written with a capital ("Island", Iceland in its own language;
// "Male" for Malé): in an English text it is the word far more often (a
// heading's capital, "Trakai Island Castle"); acronyms ("US", "WHO"), the
// entry's own name and a body's short name ("Amnesty") stay.
func commonAlias(form string, e *kb.Entry) bool {
	if form == e.Name || e.Type == graph.Organization || strings.Contains(form, " ") || strings.ToUpper(form) == form {
		return false
	}
	return commonEn[strings.ToLower(form)]
}
