package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

type kind int

const (
	kTok   kind = iota
	kEnt        // an entity mention
	kDem        // a nationality adjective
	kRole       // a title
	kHon        // an honorific
	kEvent      // an event word
	kDeleg      // a delegation noun
	kConj       // a coordinating conjunction, also the «و» of a clitic
	kChunk      // a chunk made by the chunk stage
	kSkip       // taken into the item before it by coreference, dropped
)

// item is a unit of a sentence for the patterns.
type item struct {
	k          kind
	start, end int // byte span in the document
	m          graph.Mention
	country    *kb.Entry // kDem: the country of the adjective
	role       role
	ev         eventKind
	text, key  string
	pre        string   // the proclitics before the item's word («لل» of «للأمين العام»)
	forms      []string // kTok: the word's keys with clitics stripped
	pron       bool     // a pronoun or bare title standing for an earlier person
	poss       bool     // ends in a possessive 's
	shared     bool     // kDeleg: a noun of sport's and business's teams too ("team")
	tags       []string
	ch         *chunk // kChunk
}

func (it item) is(t graph.EntityType) bool { return it.k == kEnt && it.m.Type == t }
func (it item) isBody() bool {
	return it.k == kEnt && (it.m.Type == graph.Country || it.m.Type == graph.Organization) || it.k == kDem
}
func (it item) isPerson() bool {
	return it.is(graph.Person) || it.k == kChunk && it.ch.kind == chPerson
}
func (it item) word(ws ...string) bool {
	if it.k != kTok {
		return false
	}
	for _, w := range ws {
		for _, f := range it.forms {
			if f == w {
				return true
			}
		}
	}
	return false
}

// wordIn is word over a set of keys (wordSet).
func (it item) wordIn(set map[string]bool) bool {
	if it.k != kTok {
		return false
	}
	for _, f := range it.forms {
		if set[f] {
			return true
		}
	}
	return false
}
func (it item) punct() bool { return it.k == kTok && it.key == "" }
func (it item) comma() bool { return it.k == kTok && (it.text == "," || it.text == "،") }

// hasConj reports a token that starts with the conjunction «و» before
// something the lexicons know.
func hasConj(t token, prefix int) bool {
	return prefix > 0 && t.arabic && strings.HasPrefix(t.text, "و")
}

// conjItem is the «و» glued to the word at byte start.
func conjItem(start int) item {
	return item{k: kConj, start: start, end: start + len("و"), text: "و", key: "و"}
}

// items turns a sentence, read into toks, into items: the document's mentions, titles,
// honorifics, event and delegation words, nationality adjectives,
// conjunctions and plain words. A conjunction glued to an Arabic word
// («ووزير») becomes an item of its own, so that coordination reads the
// same in both languages.
func (x *Relations) items(d *extract.Document, s extract.Sentence, toks []token) []item {
	var out []item
	headlineSent := inHeadline(d, s.Start)
	ms := d.Mentions
	// the document's mentions do not overlap and are sorted, so their
	// ends are too: the sentence's first one is found by bisection
	mi := sort.Search(len(ms), func(i int) bool { return ms[i].End > s.Start })
	for i := 0; i < len(toks); {
		t := toks[i]
		for mi < len(ms) && ms[mi].End <= t.start {
			mi++
		}
		if mi < len(ms) && ms[mi].Start < t.end && ms[mi].Start >= t.start {
			m := ms[mi]
			j := i
			for j < len(toks) && toks[j].start < m.End {
				j++
			}
			if m.Start > t.start && strings.HasPrefix(t.text, "و") && t.arabic {
				out = append(out, conjItem(t.start))
			}
			it := item{k: kEnt, start: m.Start, end: m.End, m: m, text: m.Text, poss: possessive(m.Text)}
			if t.arabic && m.Start > t.start {
				it.pre = d.Text[t.start:m.Start] // «للشرق الأوسط»: the proclitics before the name
			}
			out = append(out, it)
			i = j
			continue
		}
		// «وهيئة إيغاد», «حركة حماس», «منظمة اليونسكو»: a body's kind
		// noun in apposition before the short name the knowledge base
		// knows is no word between that name and what governs it or is
		// joined to it; only its «و» stays
		if t.arabic && !definite(t) && headIs(t, arabicOrgHeads) && i+1 < len(toks) && mi < len(ms) && ms[mi].Start == toks[i+1].start &&
			ms[mi].KBID != "" && ms[mi].Type == graph.Organization {
			if strings.HasPrefix(t.text, "و") && !arabicOrgHeads[t.key] { // («وكالة» is a head of its own)
				out = append(out, conjItem(t.start))
			}
			i++
			continue
		}
		add := func(it item, n, prefix int) {
			if hasConj(t, prefix) {
				out = append(out, conjItem(t.start))
			}
			it.start, it.end = t.start+prefix, toks[i+n-1].end
			it.text, it.pre = d.Text[it.start:it.end], d.Text[t.start:it.start]
			out = append(out, it)
			i += n
		}
		// a title ends where a place the mentions found begins: "President
		// of the Republic of Kenya X" is the president of the Republic of
		// Kenya, not the President of the Republic of a "Kenya" (a body's
		// name inside a title does not cut it: «وزيرة الخارجية الأمريكية»)
		rtoks := toks
		if mi < len(ms) && ms[mi].Type.Location() {
			for k := i + 1; k < len(toks); k++ {
				if toks[k].start >= ms[mi].Start {
					if toks[k].start == ms[mi].Start {
						rtoks = toks[:k]
					}
					break
				}
			}
		}
		if n, prefix, v := x.lx.roles.match(rtoks, i); n > 0 {
			if r := v.(role); r.honorific {
				add(item{k: kHon}, n, prefix) // "Sheikh", «الأمير»: a style, not an office
			} else {
				add(item{k: kRole, role: r}, n, prefix)
			}
			continue
		}
		if dottedStyle(toks[i].text) {
			// "H.E. Mr. X": His Excellency, a style
			add(item{k: kHon}, 1, 0)
			continue
		}
		if n, prefix, _ := x.lx.honorifics.match(toks, i); n > 0 {
			if i+n < len(toks) && toks[i+n].text == "." {
				n++ // "Mr." is one item
			}
			add(item{k: kHon}, n, prefix)
			continue
		}
		if n, prefix, v := x.lx.events.match(toks, i); n > 0 && !(n == 1 && definiteEvents[toks[i].key] && gatheringOwn(d, toks, i)) {
			add(item{k: kEvent, ev: v.(eventKind)}, n, prefix)
			continue
		}
		if k, ok := ellipticEvent(toks, i); ok {
			add(item{k: kEvent, ev: k}, 1, 0)
			continue
		}
		if x.namedDialogue(toks, i) {
			add(item{k: kEvent, ev: evTalks}, 1, 0)
			continue
		}
		if n, prefix, v := x.lx.delegation.match(toks, i); n > 0 {
			add(item{k: kDeleg, shared: v.(bool)}, n, prefix)
			continue
		}
		if it, ok := x.suffixed(t); ok && !(it.k == kRole && i > 0 && relativeAr[toks[i-1].key]) {
			// «اجتماعهما», «وفدها»: an event or delegation word with a
			// pronoun suffix (not a title's after a relative pronoun:
			// «الوفد الذي قادته السيدة X», the verb "led it")
			if hasConj(t, it.start-t.start) {
				out = append(out, conjItem(t.start))
			}
			it.text = d.Text[it.start:it.end]
			out = append(out, it)
			i++
			continue
		}
		if n, prefix, v := x.lx.demonyms.match(toks, i); n > 0 {
			add(item{k: kDem, country: v.(*kb.Entry)}, n, prefix)
			continue
		}
		if c := x.accusativeDemonym(t, out); c != nil {
			add(item{k: kDem, country: c}, 1, 0)
			continue
		}
		if c := x.maliAfterTitle(t, out); c != nil {
			add(item{k: kDem, country: c}, 1, 0)
			continue
		}
		if parts, extra := x.hyphenParts(d, toks, i, s.Lang == "ar"); parts != nil {
			out = append(out, parts...)
			i += 1 + extra
			continue
		}
		if t.key == "و" || t.key == "and" {
			out = append(out, item{k: kConj, start: t.start, end: t.end, text: t.text, key: t.key})
			i++
			continue
		}
		it := item{k: kTok, start: t.start, end: t.end, text: t.text}
		if !t.punct {
			it.key = t.key
			it.forms = wordForms(t)
			// «وقال» -> a conjunction and «قال»
			if t.arabic && strings.HasPrefix(t.text, "و") && len(t.stems) > 1 && x.knownWord(it.forms[1:]) {
				out = append(out, conjItem(t.start))
				it.start += len("و")
				it.text = d.Text[it.start:it.end]
			}
		}
		out = append(out, it)
		i++
	}
	// "Tomas R. Valdez Jr., President of ...": the period of a
	// name's suffix inside a sentence is no item (it ends no sentence
	// and stands between the name and its apposition)
	kept := out[:0]
	for k, it := range out {
		if it.k == kTok && it.text == "." && k > 0 && k+1 < len(out) && out[k-1].end == it.start && nameSuffixEnd(d.Text[out[k-1].start:out[k-1].end]) {
			continue
		}
		if k > 0 && postNominal(it) && out[k-1].is(graph.Person) {
			// "the Hon X MP": the letters after a member's name are no
			// title before the next words
			continue
		}
		kept = append(kept, it)
	}
	out = kept
	first, opening := true, true
	for k := range out {
		out[k].tags = x.tagsOf(out[k])
		if out[k].k == kTok && !out[k].punct() {
			// a capital opening a sentence, or on a function word, is no
			// sign of a name; a capital inside the word still is in a
			// headline ("ASEAN-Japan summit, Jakarta"; not "Follow-Up
			// talks ..." opening a sentence of the text)
			if first && !(headlineSent && innerCapital(out[k].text)) || hasTag(out[k].tags, "@stop") {
				out[k].tags = removeTag(out[k].tags, "CAP")
			}
		}
		if out[k].k == kEvent && first {
			// "Talks took place in Minsk": an event word opening a
			// sentence is capitalised, not the name of an event
			out[k].tags = removeTag(out[k].tags, "CAP")
		}
		if hasTag(out[k].tags, "DASH") && k > 0 && k+1 < len(out) && out[k-1].end == out[k].start && out[k+1].start == out[k].end {
			// "EU-China": a dash glued to the words on both sides joins
			// them ("CAIRO — Talks ...": a dateline's dash does not)
			out[k].tags = append(out[k].tags, "HYPHEN")
		}
		if opening && out[k].k == kTok && !out[k].punct() {
			// machine-translated Arabic opens with its verb ("And received
			// the Minister X the ambassador Y"): the rules may ask
			out[k].tags = append(out[k].tags, "FIRST")
		}
		if k <= 12 && hasTag(out[k].tags, "DASH") && !hasTag(out[k].tags, "HYPHEN") && hasTag(out[0].tags, "LOC") {
			// "KUWAIT, May 6 (KUNA) -- Received the Minister X ...": a
			// wire dateline's dash opens the sentence anew
			opening = true
			continue
		}
		if !out[k].punct() {
			first = false
			if out[k].k != kConj {
				opening = false
			}
		}
	}
	return out
}

// dottedStyle reports "H.E." or "H.H." (His Excellency, His Highness),
// a style the honorific lists cannot hold: its key is the pronoun "he".
func dottedStyle(text string) bool { return text == "H.E." || text == "H.H." }

// styleHE reports the style His Excellency at its[k]: "H.E.", or "HE"
// in capitals before a word that is not in capitals too ("HE the
// Minister", "HE Minister X"; not "HE SAID" in a line of capitals).
func styleHE(its []item, k int) bool {
	t := its[k].text
	if dottedStyle(t) {
		return true
	}
	if t != "HE" || k+1 >= len(its) {
		return false
	}
	n := its[k+1].text
	return n != strings.ToUpper(n) || n == "," || n == "."
}

// postNominal reports the letters a member of a parliament writes after
// the name ("MP", "MLA", "MEP").
func postNominal(it item) bool {
	switch it.text {
	case "MP", "MPs", "MLA", "MEP", "MHA", "MNA":
		return true
	}
	return false
}

// nameSuffixEnd reports a text that ends with a suffix of an English
// name written with a period: "Jr", "Sr" ("Valdez Jr.").
func nameSuffixEnd(text string) bool {
	return strings.HasSuffix(text, "Jr") || strings.HasSuffix(text, "Sr")
}

func removeTag(tags []string, t string) []string {
	out := tags[:0]
	for _, x := range tags {
		if x != t {
			out = append(out, x)
		}
	}
	return out
}

// hyphenParts splits a hyphenated word whose parts are all countries,
// nationality adjectives or known bodies ("Japanese-Korean", "U.S.-China",
// "EU-Mercosur") into items of those countries and bodies; the last part
// may be a word of mediation ("Qatari-mediated", "Egypt-brokered": the
// country, then the word). Bodies only in a sentence not in Arabic.
func (x *Relations) hyphenParts(d *extract.Document, toks []token, i int, arabic bool) ([]item, int) {
	t := toks[i]
	if t.arabic {
		return nil, 0
	}
	var out []item
	parts := hyphenSplit(d, t)
	for pi, hp := range parts {
		start, end, part, pt := hp.start, hp.end, hp.text, hp.toks
		if pi == len(parts)-1 && pi > 0 && len(pt) == 1 && mediateWords[pt[0].key] {
			out = append(out, item{k: kTok, start: start, end: end, text: part, key: pt[0].key, forms: wordForms(pt[0])})
			return out, 0
		}
		if n, _, v := x.lx.demonyms.match(pt, 0); n == len(pt) {
			out = append(out, item{k: kDem, start: start, end: end, text: part, country: v.(*kb.Entry)})
			continue
		}
		if n, _, v := x.lx.entities.match(pt, 0); n == len(pt) && v.(*kb.Entry).Type == graph.Country {
			out = append(out, item{k: kDem, start: start, end: end, text: part, country: v.(*kb.Entry)})
			continue
		}
		if n, _, v := x.lx.entities.match(pt, 0); n == len(pt) && v.(*kb.Entry).Type == graph.Organization && pt[0].upper && !arabic {
			// "EU-Mercosur", "ASEAN-Japan": a body the knowledge base
			// knows, a party as a country is (in an English sentence: an
			// Arabic one's Latin name of a forum is read as a whole)
			e := v.(*kb.Entry)
			m := d.Mention(start, end, graph.Organization, "lexicon", 0.8)
			m.Name, m.KBID = e.Name, e.ID
			out = append(out, item{k: kEnt, start: start, end: end, text: part, m: m})
			continue
		}
		// "China-South Korea", "India-Sri Lanka", "Japan-Viet Nam": the
		// last part's country goes on over the words after the hyphenated
		// one
		if pi == len(parts)-1 && pi > 0 {
			for k := 1; k <= 2 && i+k < len(toks); k++ {
				nt := toks[i+k]
				if nt.arabic || nt.punct || !nt.upper {
					break
				}
				ext := append(slices.Clone(pt), toks[i+1:i+k+1]...)
				if n, _, v := x.lx.entities.match(ext, 0); n == len(ext) && v.(*kb.Entry).Type == graph.Country {
					out = append(out, item{k: kDem, start: start, end: nt.end, text: d.Text[start:nt.end], country: v.(*kb.Entry)})
					return out, k
				}
			}
		}
		return nil, 0
	}
	if len(out) < 2 {
		return nil, 0
	}
	return out, 0
}

// hyphenPart is one part of a hyphenated word: its span, text and tokens.
type hyphenPart struct {
	start, end int
	text       string
	toks       []token
}

// hyphenSplit splits a hyphenated word into its parts ("U.S.-China": "U.S."
// and "China"); nil when it has no hyphen or a part has no token.
func hyphenSplit(d *extract.Document, t token) []hyphenPart {
	if !strings.Contains(t.text, "-") {
		return nil
	}
	var out []hyphenPart
	off := t.start
	for _, part := range strings.Split(t.text, "-") {
		start, end := off, off+len(part)
		off = end + 1
		pt := tokenize(d.Text, start, end)
		if len(pt) == 0 {
			return nil
		}
		out = append(out, hyphenPart{start, end, part, pt})
	}
	return out
}

// mediateWords are the English words of mediation (words.tsv, mediate).
var mediateWords = wordSet("words.tsv", "mediate", "en")

// suffixed matches an Arabic word whose pronoun suffix hides it from
// the lexicons («اجتماعهما» is «اجتماع» + «هما») against the event,
// delegation and title words.
// accusativeDemonym returns the country of an Arabic adjective of
// nationality in the indefinite accusative («وفدا عراقيا», «وفدا
// برلمانيا عراقيا»): after a delegation noun in the accusative and at
// most two other adjectives in it. Elsewhere a word in «يا» is as often
// a country's own name («روسيا») or the adjective of a predicate
// («رئيسا فرنسيا»), which names no one after it.
func (x *Relations) accusativeDemonym(t token, before []item) *kb.Entry {
	stem, ok := strings.CutSuffix(t.key, "ا")
	if !t.arabic || !ok || !strings.HasSuffix(stem, "ي") {
		return nil
	}
	accusative := func(s string) bool { return strings.HasSuffix(strings.TrimSuffix(s, "ً"), "ا") }
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		it := before[k]
		if it.k == kDeleg && accusative(it.text) {
			for _, p := range x.lx.demonyms[stem] {
				if len(p.keys) == 1 {
					return p.val.(*kb.Entry)
				}
			}
			return nil
		}
		if it.k != kTok || !accusative(it.text) {
			return nil
		}
	}
	return nil
}

func (x *Relations) suffixed(t token) (item, bool) {
	for _, base := range encliticBases(t) {
		if n, prefix, v := x.lx.events.match(base, 0); n == 1 {
			return item{k: kEvent, ev: v.(eventKind), start: t.start + prefix, end: t.end}, true
		}
		if n, prefix, v := x.lx.delegation.match(base, 0); n == 1 {
			return item{k: kDeleg, shared: v.(bool), start: t.start + prefix, end: t.end}, true
		}
		if n, prefix, v := x.lx.roles.match(base, 0); n == 1 && !v.(role).honorific {
			// «نائبه», «مستشارها»: a title held under someone named before
			return item{k: kRole, role: v.(role), start: t.start + prefix, end: t.end}, true
		}
	}
	return item{}, false
}

// encliticBases returns an Arabic word without each pronoun suffix it
// may carry, as one-token phrases for the lexicons, longest suffix
// first, with the ta marbuta restored where the suffix turned it into
// ت; none for other words.
func encliticBases(t token) [][]token {
	if !t.arabic {
		return nil
	}
	var out [][]token
	for _, e := range arabicEnclitics {
		if strings.HasSuffix(t.text, e) && utf8.RuneCountInString(t.text)-utf8.RuneCountInString(e) >= 3 {
			base := strings.TrimSuffix(t.text, e)
			out = append(out, []token{newToken(base, t.start, t.end-len(e))})
			if b, ok := taMarbuta(base); ok {
				out = append(out, []token{newToken(b, t.start, t.end-len(e))})
			}
		}
	}
	return out
}

// taMarbuta returns a word stripped of its pronoun suffix with the ta
// marbuta back where the suffix made it ت («مستشارت» of «مستشارتها»).
func taMarbuta(base string) (string, bool) {
	b, ok := strings.CutSuffix(base, "ت")
	return b + "ة", ok
}

// knownWord reports whether a word class lists one of the forms.
func (x *Relations) knownWord(forms []string) bool {
	for _, f := range forms {
		if len(x.wordClass[f]) > 0 {
			return true
		}
		for _, g := range x.grammars {
			if g.Known("w:" + f) {
				return true
			}
		}
	}
	return false
}

// lamGlued reports proclitics that hold the preposition «ل» (after a
// conjunction «و» or «ف»): «للأمين العام», «ولنظيره».
func lamGlued(pre string) bool {
	return strings.HasPrefix(strings.TrimLeft(pre, "وف"), "ل")
}

// possessive reports a Latin word with the possessive ending
// ("Tottenham's", "Reuters'") or the ending alone.
func possessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "s'")
}

// indefiniteAccusative reports an Arabic word without the article that
// ends on the alif of the indefinite accusative («بيانا», «اتفاقاً»),
// which no noun in the genitive does.
func indefiniteAccusative(text string) bool {
	w := strings.TrimSuffix(text, "ً")
	if r, _ := utf8.DecodeRuneInString(w); r < 0x0600 || r > 0x06FF {
		return false
	}
	return !strings.HasPrefix(strings.TrimLeft(w, "وفب"), "ال") && strings.HasSuffix(w, "ا") && utf8.RuneCountInString(w) >= 4
}

// encliticForm reports an Arabic word that carries a pronoun suffix: its
// text ends on one and the word without it is among its forms («عينه»:
// "appointed him", a form «عين»). A word in ta marbuta carries none.
func encliticForm(it item) bool {
	for _, e := range arabicEnclitics {
		if !strings.HasSuffix(it.text, e) {
			continue
		}
		base := textnorm.Key(strings.TrimSuffix(it.text, e))
		for _, f := range it.forms {
			if f == base || strings.HasSuffix(base, f) && utf8.RuneCountInString(f) >= 3 && utf8.RuneCountInString(base)-utf8.RuneCountInString(f) <= 2 {
				return true
			}
		}
	}
	return false
}

// arabicEnclitics are the pronoun suffixes stripped to find a word's
// base («اجتماعهما» -> «اجتماع», «نظيره» -> «نظير»), longest first.
var arabicEnclitics = []string{"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه"}

// wordForms returns the keys a word may match as: the word, its forms
// without proclitics (tokenize's stems), and, in Arabic, those forms
// without a pronoun suffix or the future prefix «س» (Arabic morphology
// is handled here once, not in each pattern).
func wordForms(t token) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add(t.key)
	if !t.arabic {
		if strings.HasSuffix(t.key, "'s") {
			add(strings.TrimSuffix(t.key, "'s"))
		}
		return out
	}
	for _, s := range t.keys() {
		add(s.key)
	}
	base := append([]string(nil), out...)
	for _, f := range base {
		for _, e := range arabicEnclitics {
			if strings.HasSuffix(f, e) && utf8.RuneCountInString(f)-utf8.RuneCountInString(e) >= 3 {
				b := strings.TrimSuffix(f, e)
				add(b)
				if r, ok := taMarbuta(b); ok {
					add(textnorm.Key(r)) // «زيارته» -> «زيارة»
				}
				break
			}
		}
		// the future prefix: «سيلتقي» -> «يلتقي»
		if strings.HasPrefix(f, "س") && utf8.RuneCountInString(f) >= 5 {
			if r, _ := utf8.DecodeRuneInString(f[len("س"):]); r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا' {
				add(f[len("س"):])
			}
		}
	}
	return out
}

// peopleNoun reports a nationality word in the plural, a noun of the
// people ("Ukrainians", «الأوكرانيين», «الأوكرانيون»), not the adjective
// ("Ukrainian", «الأوكراني»): the demonyms of the knowledge base give
// the English plural in -s and the Arabic sound plurals of the nisba.
func peopleNoun(text string) bool {
	w := strings.TrimSpace(text)
	if w == "" || strings.Contains(w, " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); r < 0x0600 || r > 0x06FF {
		return strings.HasSuffix(w, "s") // no adjective of the list ends so
	}
	k := textnorm.Key(w)
	return strings.HasSuffix(k, "يين") || strings.HasSuffix(k, "يون")
}

// definiteEvents are the English event words that name an event only
// with the definite article (words.tsv definite-event).
var definiteEvents = wordSet("words.tsv", "definite-event", "en")

// gatheringOwn reports an event word of words.tsv definite-event
// ("reception") that names a gathering of its own, not the report's
// receiving: with "a" ("attended a reception hosted by X"), or with "the"
// after the text brought one in so ("... a reception at the embassy. The
// reception was attended by Y").
func gatheringOwn(d *extract.Document, toks []token, i int) bool {
	if i > 0 && (toks[i-1].key == "a" || toks[i-1].key == "an") {
		return true
	}
	w := strings.ToLower(toks[i].text)
	before := strings.ToLower(d.Text[:toks[i].start])
	return strings.Contains(before, " a "+w) || strings.Contains(before, " an "+w)
}

// relativeAr are the Arabic relative pronouns: a verb comes after one.
var relativeAr = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true}

// tagsOf returns an item's tags for the pattern engine.
func (x *Relations) tagsOf(it item) []string {
	var tags []string
	add := func(t ...string) { tags = append(tags, t...) }
	if strings.HasPrefix(it.text, "ال") && it.k != kTok {
		add("DEF") // an Arabic title, adjective or name with the article
	}
	if it.k == kEnt && textnorm.Script(it.text) == "en" {
		add("LATIN") // a name in Latin letters («السيد X (Jean Dupont)»)
	}
	if lamGlued(it.pre) || it.k == kTok && strings.HasPrefix(strings.TrimLeft(it.text, "وف"), "لل") {
		add("LI") // the preposition «ل» glued to the word («للشرق الأوسط», «للصحة»)
	}
	if strings.HasPrefix(strings.TrimLeft(it.pre, "وف"), "ب") {
		add("BI") // the preposition «ب» glued to the word («بالرباط», «بأبوظبي»)
	}
	switch it.k {
	case kEnt:
		add("ENT")
		switch it.m.Type {
		case graph.Person:
			add("PER", "AGENT")
		case graph.Organization:
			add("ORG", "BODY", "AGENT")
		case graph.Country:
			add("CTRY", "BODY", "AGENT", "LOC")
		case graph.City:
			add("CITY", "LOC")
		case graph.Place:
			add("PLACE", "LOC")
		case graph.Delegation:
			add("DLG", "AGENT")
		case graph.Event:
			add("EVT")
		}
		if it.pron {
			add("PRON")
		}
		if it.poss {
			add("POSS")
		}
	case kDem:
		add("DEM")
		if peopleNoun(it.text) {
			add("PEOPLE")
		}
	case kRole:
		add("ROLE")
		if possessive(it.text) {
			add("POSS") // "the prime minister's adviser": the title of another
		}
		if !strings.ContainsAny(strings.TrimSpace(it.text), " \t") {
			add("ONEWORD")
		}
		if arabicOwnTitle(it.text) {
			add("ROLE_OWN") // «مستشاره»: the title with its pronoun, of one named before
		}
		if it.role.head {
			add("ROLE_HEAD")
		}
		if it.role.plural {
			add("ROLE_PL")
		}
		if f := strings.Fields(textnorm.Key(it.text)); len(f) > 1 && titleOfMany[f[len(f)-1]] {
			add("ROLE_OF") // «كبير مستشاري»: one of the aides of the name after it
		}
		for _, c := range roleClasses(it.role.en) {
			add(c)
		}
	case kHon:
		add("HON")
	case kEvent:
		add("EVT", eventTag[it.ev])
		if it.ev != evCall {
			add("EVT_MEET")
		}
		if r, _ := utf8.DecodeRuneInString(it.text); unicode.IsUpper(r) {
			add("CAP")
		}
	case kDeleg:
		add("DLG", "DLGW")
	case kConj:
		add("CONJ")
	case kChunk:
		add(it.ch.tags()...)
	case kTok:
		switch {
		case it.comma():
			add("COMMA", "PUNCT")
		case it.punct():
			add("PUNCT")
			switch it.text {
			case "(", "[":
				add("LPAR")
			case ")", "]":
				add("RPAR")
			case "-", "–", "—":
				add("DASH")
			case ":":
				add("COLON")
			case ";", "؛":
				add("STOP", "SEMI")
			case ".", "!", "?", "؟":
				add("STOP")
			case "\"", "“", "”", "«", "»", "'":
				add("QUOTE")
			}
		default:
			for _, f := range it.forms {
				add("w:" + f)
				add(x.wordClass[f]...)
			}
			if encliticForm(it) {
				add("ENC") // «عينه»: the verb with its object pronoun
			}
			if it.text == "هنا" {
				add("HERE") // «هنا» as written: its key is also «هنأ», congratulated
			}
			if strings.HasPrefix(it.text, "ال") {
				add("ALW") // a plain word with the article («المرافق»)
			}
			if indefiniteAccusative(it.text) {
				add("ACC") // «بيانا», «اتفاقاً»: a noun in the indefinite accusative
			}
			if r, _ := utf8.DecodeRuneInString(it.text); unicode.IsUpper(r) {
				add("CAP")
			}
			if n, ok := strings.CutPrefix(strings.TrimPrefix(it.text, "و"), "ال"); ok && isNumber(strings.TrimLeft(n, "ـ")) {
				add("ORDNUM") // «الـ164», «ال58»: the ordinal of a session, in figures
			} else if _, ok := figureOrdinal(it.text); ok {
				add("ORDNUM") // "3rd", "167th"
			}
			if dayRange(it.text) {
				add("NUM") // "16-17 February": a range of days
			}
			if isNumber(it.text) {
				add("NUM")
				if len(it.text) == 4 && (it.text[:2] == "19" || it.text[:2] == "20") {
					add("YEAR")
				}
			}
			if _, ok := months[it.key]; ok || numericDate(it.text) {
				add("DATEW") // a month's name, or a date in figures ("19/1/2025")
			}
			if _, ok := weekdays[it.key]; ok {
				add("DATEW")
			}
		}
	}
	return tags
}

var eventTag = map[eventKind]string{evTalks: "EVT_TALKS", evMeeting: "EVT_MEETING", evCall: "EVT_CALL", evSummit: "EVT_SUMMIT", evConference: "EVT_CONF"}

// roleClasses tags titles by what they imply: advisers, spokespeople,
// envoys, counterparts.
func roleClasses(en string) []string {
	var out []string
	switch {
	case strings.Contains(en, "adviser") || strings.Contains(en, "advisor") || strings.Contains(en, "aide") || strings.HasPrefix(en, "assistant to the"):
		out = append(out, "ROLE_ADV")
	case strings.Contains(en, "spokes") || strings.Contains(en, "press secretary"):
		out = append(out, "ROLE_SPOKES")
	case strings.Contains(en, "envoy") || strings.Contains(en, "representative") || en == "special coordinator" || en == "resident coordinator":
		// (the United Nations' coordinators for a country are its envoys
		// there: "the UN Special Coordinator for Lebanon")
		out = append(out, "ROLE_ENVOY")
	case en == "counterpart":
		out = append(out, "ROLE_PEER")
	case strings.Contains(en, "ambassador") || en == "high commissioner":
		// (a Commonwealth state's envoy to another is its high
		// commissioner: "the British High Commissioner to Nigeria")
		out = append(out, "ROLE_AMB")
	case en == "negotiator":
		out = append(out, "ROLE_NEG")
	case en == "chancellor":
		out = append(out, "ROLE_CHANC") // «المستشار»: the head of a government (Germany, Austria), and the style of a judge before his name (Egypt)
	case en == "minister":
		out = append(out, "ROLE_MIN") // a minister whose portfolio the title leaves to the words after it
	case en == "minister of state":
		out = append(out, "ROLE_MIN_STATE") // «وزير الدولة»: his portfolio may follow behind «ل» («للتعاون الدولي»)
	case en == "king" || en == "queen":
		out = append(out, "ROLE_KING") // «ملك البحرين الملك X»: the title again before the name
	case en == "general" || en == "lieutenant general" || en == "major general" || en == "brigadier general" || en == "field marshal":
		out = append(out, "ROLE_RANK") // "the Minister of Defence of X General Y": a rank before the name
	}
	return out
}

// maliAfterTitle reads «المالي», «المالية» ("financial", and Malian)
// right after an office of state (a minister, a president, an
// ambassador, an envoy, a counterpart) as Mali's adjective: «وزير
// الخارجية المالي», «الرئيس المالي», «السفيرة المالية»; not after an
// adviser's or a director's title («المستشار المالي»: financial).
func (x *Relations) maliAfterTitle(t token, out []item) *kb.Entry {
	if len(out) == 0 || !t.arabic || t.key != "المالي" && t.key != "الماليه" {
		return nil
	}
	p := out[len(out)-1]
	if p.k != kRole || p.role.plural {
		return nil
	}
	en := p.role.en
	if strings.Contains(p.text, "مستشار") || strings.Contains(p.text, "مدير") {
		return nil // «المستشار المالي»: the financial adviser (or chancellor)
	}
	if !(strings.Contains(en, "minister") || strings.Contains(en, "president") || strings.Contains(en, "ambassador") || strings.Contains(en, "envoy") || en == "counterpart" || p.role.state) {
		return nil
	}
	// «وزير المالية»: the portfolio's own word after «وزير» alone
	if en == "minister" && t.key == "الماليه" {
		return nil
	}
	return x.lx.kb.Country("ML")
}

// titleOfMany: the plural in construct that closes a title of one among a
// person's aides («كبير مستشاري»; words.tsv title-of-many).
var titleOfMany = wordSet("words.tsv", "title-of-many", "ar")

// innerCapital reports a word in mixed case with a capital letter after
// its first letter ("EU-Canada", "McKay"): a name wherever it stands. (A
// word in capitals only may be a headline's: "PACIFIC ISLANDS FORUM".)
func innerCapital(w string) bool {
	inner, lower := false, false
	for i, r := range w {
		inner = inner || i > 0 && unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	return inner && lower
}

// ellipticWords are adjectives that English news uses as nouns of a
// meeting ("held a bilateral", "a 40-minute trilateral on the margins"):
// words.tsv, elliptic-event, with the kind; ellipticBefore the words
// that may stand between the determiner and the noun ("brief",
// "separate"; a length in a compound, "40-minute", always may), and
// ellipticAfter the words that may follow the noun (a preposition: not
// "a bilateral agreement").
var (
	ellipticWords  = lexValues("words.tsv", "elliptic-event", "en")
	ellipticBefore = wordSet("words.tsv", "elliptic-before", "en")
	ellipticAfter  = wordSet("words.tsv", "elliptic-after", "en")
	ellipticVerbs  = wordSet("words.tsv", "elliptic-verb", "en")
)

// ellipticEvent reports an adjective used as the noun of a meeting at
// toks[i] ("held a bilateral", "had their trilateral"), and its kind: a
// verb of holding (ellipticVerbs), a determiner (a length or a word of
// ellipticBefore between), then the noun before the sentence's end, a
// punctuation mark or a word of ellipticAfter ("a bilateral between Chile
// and Peru came into force" is an accord).
func ellipticEvent(toks []token, i int) (eventKind, bool) {
	kind, ok := ellipticWords[toks[i].key]
	if !ok || toks[i].arabic {
		return 0, false
	}
	if j := i + 1; j < len(toks) && !toks[j].punct && !ellipticAfter[toks[j].key] {
		return 0, false
	}
	j := i - 1
	for n := 0; j >= 0 && n < 2 && (ellipticBefore[toks[j].key] || lengthWord(toks[j].key)); n++ {
		j--
	}
	if j < 1 || !determiners[toks[j].key] || !ellipticVerbs[toks[j-1].key] {
		return 0, false // ("a bilateral between Chile and Peru came into force": an accord)
	}
	k, ok := eventKinds[kind]
	return k, ok
}

// namedDialogue reports a capitalised "Dialogue" that ends a proper
// name after a capitalised word or a figure ("the China-Peru Strategic
// Dialogue", "the 2+2 Dialogue", "the Foreign Ministers' Dialogue"): a
// standing series of talks, named; not "dialogue" in lower case, a
// word of policy ("political dialogue"), nor a headline's "Hold
// Dialogue" after a verb, nor a body's "Centre for Humanitarian
// Dialogue", nor a portfolio's "Labour and Social Dialogue", nor the
// forum a title holds ("president of the Inter-American Dialogue").
func (x *Relations) namedDialogue(toks []token, i int) bool {
	if i == 0 || toks[i].arabic || !toks[i].upper || toks[i].key != "dialogue" {
		return false
	}
	p := toks[i-1]
	if p.arabic || p.punct && p.text != "'" && p.text != "’" {
		return false
	}
	if !p.upper && !unicode.IsDigit(firstRune(p.text)) && !possessive(p.text) && p.text != "'" && p.text != "’" {
		return false
	}
	// "the Centre for Humanitarian Dialogue": after "for" a body's name
	// goes on, no event's
	j := i - 1
	for j >= 0 && (toks[j].upper || toks[j].punct && toks[j].text != ",") {
		j--
	}
	if j >= 0 && (toks[j].key == "for" || toks[j].key == "and" || toks[j].key == "of" && j > 0 && toks[j-1].upper) {
		return false // ("Minister of Labour and Social Dialogue": a portfolio)
	}
	// "president of the Inter-American Dialogue", "co-chair of the X-Y
	// Political Dialogue": after "of the" only an event's word ("the
	// third round of the X-Y Dialogue") makes the run an event's name,
	// else it is a body's or a forum's that a title holds
	if j > 1 && toks[j].key == "the" && toks[j-1].key == "of" {
		if n, _, _ := x.lx.events.match(toks, j-2); n != 1 {
			return false
		}
	}
	return !dialogueVerbs[p.key]
}

// dialogueVerbs are the verbs of holding or opening talks (words.tsv
// event-verb, conduct, meet), which a headline capitalises before a
// common noun.
var dialogueVerbs = union(union(wordSet("words.tsv", "event-verb", "en"), wordSet("words.tsv", "conduct", "en")), wordSet("words.tsv", "meet", "en"))

// lengthWord reports a compound of a length ("40-minute", "two-hour":
// keys "40 minute", "two hour").
func lengthWord(key string) bool {
	return strings.HasSuffix(key, " minute") || strings.HasSuffix(key, " hour")
}

// determiners open a noun phrase whose noun may be left to an adjective.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "their": true, "his": true, "her": true, "its": true}
