package rules

import (
	"context"
	"newskg/graph/textnorm"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Lexicon is the extractor of knowledge-base names: countries, cities,
// regions, organisations, in either script, with Arabic proclitics
// stripped («وروسيا» -> «روسيا»).
type Lexicon struct {
	lx   *lexicon
	gate *Gate
}

// NewLexicon returns the extractor over knowledge base k. Its names pass
// the gate too (see Gate).
func NewLexicon(k *kb.KB) *Lexicon { return &Lexicon{lx: newLexicon(k), gate: NewGate(k)} }

func (*Lexicon) Name() string { return "lexicon" }

// isAcronym reports whether s is written in capitals ("US", "NATO", "U.S.").
func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			up++
		}
	}
	return up > 0
}

func (x *Lexicon) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var res extract.Result
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		toks := tokenize(d.Text, s.Start, s.End)
		for i := 0; i < len(toks); {
			if toks[i].punct {
				i++
				continue
			}
			// a government named after its leader ("the Ortega
			// administration", «حكومة هالفورسن», leaders.go)
			if k, pre, post := x.leaderBody(toks, i); k > i {
				m := d.Mention(toks[i].start+pre, toks[k-1].end-post, graph.Organization, "lexicon", 0.8)
				if vs := x.gate.vetEv(d, m, evKnown); len(vs) > 0 {
					res.Mentions = append(res.Mentions, vs...)
					i = k
					continue
				}
			}
			// a body's or a place's name that holds known names comes
			// first ("ECOWAS Accra Group", «بعثة الأمم المتحدة»)
			if k, typ := x.compound(toks, i); k > i {
				m := d.Mention(toks[i].start+compoundPrefix(toks[i]), toks[k-1].end, typ, "lexicon", 0.8)
				vs := x.gate.vetEv(d, m, evNone)
				if len(vs) > 0 && headIs(toks[i], cityNamedAr) && vs[0].Start != m.Start {
					vs = nil // «رئيس بلدية X»: a title's words, the city is the name
				}
				if len(vs) > 0 {
					res.Mentions = append(res.Mentions, vs...)
					i = k
					continue
				}
			}
			// "the Kenyan capital", «العاصمة الكينية» with no name after
			// it: the country's capital city, which lies in the country
			if k, city, cy, ds := x.unnamedCapital(toks, i); k > i {
				m := d.Mention(toks[i].start+compoundPrefix(toks[i]), toks[k-1].end, graph.City, "lexicon", 0.8)
				m.Name, m.KBID = city.Name, city.ID
				c := d.Mention(toks[ds].start, toks[ds].end, graph.Country, "implied", 0.6)
				c.Name, c.KBID = cy.Name, cy.ID
				res.Mentions = append(res.Mentions, m)
				res.Relations = append(res.Relations, d.Relation(m, graph.LocatedIn, c, "", "", "rules", "unnamed-capital", 0.8))
				i = k
				continue
			}
			n, prefix, v := x.lx.entities.match(toks, i)
			if n == 0 {
				// a town the gazetteer knows only weakly, where the text
				// says a place stands ("met in Mombasa", "arrived in
				// Kisumu", a wire's dateline "HURGHADA, Egypt -")
				if k, e := x.weakPlace(toks, i); k > i {
					m := d.Mention(toks[i].start, toks[k-1].end, e.Type, "lexicon", 0.8)
					m.Name, m.KBID = e.Name, e.ID
					if vs := x.gate.vetEv(d, m, evKnown); len(vs) > 0 {
						res.Mentions = append(res.Mentions, vs...)
						i = k
						continue
					}
				}
				i++
				continue
			}
			e := v.(*kb.Entry)
			t := toks[i]
			// «أبريل / نيسان»: a month's Levantine name after its
			// Gregorian one is the month, not the body or the place the
			// word also names (a carmaker)
			if n == 1 && t.arabic && monthPair(toks, i) {
				i++
				continue
			}
			e = x.sense(d, d.Text[t.start+prefix:toks[i+n-1].end], e)
			if e.Type == graph.Country && prefix == 0 && i == 0 && datelineShaped(d, toks, n) {
				// «الجزائر – استقبل ...», «تونس (وات) -»: a dateline names
				// a city, the capital that bears its country's name
				if c := x.capitalOfForm(d.Text[t.start:toks[n-1].end], e); c != nil {
					e = c
				}
			}
			if !t.arabic && !latinCaseOK(t.text, e) || t.arabic && n == 1 && !placeCued(toks, i, prefix, e.Type == graph.City) {
				i++
				continue
			}
			// «دعم مالي»: a country's name that is also an adjective,
			// after an indefinite common noun, is the adjective
			if n == 1 && t.arabic && prefix == 0 && x.placeAdjective(toks, i) {
				i++
				continue
			}
			// «معبر رفح», «مطار القاهرة الدولي», «وميناء صفاقس»: after the
			// head of a facility a city's name is the facility's (the
			// names pass makes the place)
			if t.arabic && i > 0 && prefix == 0 && headIs(toks[i-1], facilityHeads) && (e.Type == graph.City || e.Type == graph.Place) {
				i++
				continue
			}
			// «إسماعيل بن الخليل», «أبو الناصرة»: after a connector of a
			// lineage a place's name is the name of a father or a family
			if t.arabic && i > 0 && arabicConnectors[toks[i-1].key] && e.Type != graph.Organization {
				i++
				continue
			}
			// "President Sofia Arellano", "Senator Florence Kamau": after a
			// person's title a place's one-word name that a proper word
			// follows is a given name (the name finder's)
			if !t.arabic && n == 1 && e.Type != graph.Organization && x.givenAfterTitle(toks, i) {
				i++
				continue
			}
			// «مصطفى أورال أوغلو»: a place's one-word name before a word
			// that ends Turkish, Persian and South Asian names is a word
			// of the name (the name finder's)
			if t.arabic && n == 1 && e.Type != graph.Organization && prefix == 0 && nameFinalAt(toks, i+1) {
				i++
				continue
			}
			// «رئيسة الوزراء الإيطالية جورجيا X»: after a title (and its
			// nationality) a country's one-word name that a proper word
			// follows is a given name (the name finder's)
			if t.arabic && n == 1 && prefix == 0 && e.Type == graph.Country && x.givenAfterTitleAr(toks, i) {
				i++
				continue
			}
			// «فخامة سانتياغو X», «معالي فيكتوريا X»: after a style of
			// address a place's one-word name that a proper word follows
			// is a given name (the name finder's); not after a style that
			// is also a statehood noun, «دولة», a prime minister's style
			// and the noun of a state («دولة قطر تستضيف»)
			if t.arabic && n == 1 && prefix == 0 && e.Type != graph.Organization && i > 0 && styleWords[toks[i-1].key] && !statehoodWords[toks[i-1].key] && x.properAfterAr(toks, i) {
				i++
				continue
			}
			// «وزير الخارجية الألماني كلود فاغنر»: after a title and a
			// given name, a body's one-word name (as a body is named after
			// a man) is the family name (the name finder's); so is a
			// city's («معالي كارلوس مندوزا»: Arabic puts «في» before a
			// place after a name)
			if t.arabic && n == 1 && prefix == 0 && (e.Type == graph.Organization || e.Type == graph.City) && x.familyAfterTitledGiven(toks, i) {
				i++
				continue
			}
			// "Virginia Tessaro said", "Jordan Bellamy scored": a place's
			// one-word name that is also a given name, before a proper
			// word that is no known name, head, common or given word, opens
			// a person's name (the name finder's); not after "of" ("the
			// Foreign Minister of Jordan Ayman Khatib")
			if !t.arabic && n == 1 && e.Type != graph.Organization && givenTok(t) && x.properAfter(toks, i) && !givenTok(toks[i+1]) && (i == 0 || toks[i-1].key != "of") {
				i++
				continue
			}
			// «مجلس الأمن الغذائي والمائي»: a known body's name that a
			// genitive chain continues names another body (the name
			// finder's)
			if e.Type == graph.Organization && t.arabic && x.gate.lx != nil && chainGoesOn(toks, i, n) {
				i += n
				continue
			}
			// «في مدينة جيبوتي», "in Djibouti City": the word for a city
			// before (Arabic) or "City" after (English) the name of a
			// country that its capital bears too names the capital
			if e.Type == graph.Country && prefix == 0 {
				if c := x.capitalOfForm(d.Text[t.start:toks[i+n-1].end], e); c != nil {
					switch {
					case t.arabic && i > 0 && cityWordTok(toks[i-1]):
						e = c
					case !t.arabic && i+n < len(toks) && toks[i+n].text == "City":
						e = c
						n++
					}
				}
			}
			// "the Golan Heights region": a region's lower-case head word
			// is part of the name
			if e.Type == graph.Place && i+n < len(toks) && !toks[i+n].arabic && !toks[i+n].upper && placeHeads[toks[i+n].key] && !modifiedHeads[toks[i+n].key] && !kindFollows(toks, i+n) {
				n++
			}
			start, end := t.start+prefix, toks[i+n-1].end
			if t.arabic && e.Type != graph.Organization && outletNamed(toks, i, n) {
				// «جريدة بغداد», «قال لـ « أوروبا »»: a newspaper
				// named after a place, with the word that goes on its
				// title («صحيفة "مينسك هيرالد"»)
				if i+n < len(toks) {
					w := toks[i+n]
					if w.arabic && !w.punct && !definite(w) && !stopTok(w) && !commonTok(w) && utf8.RuneCountInString(w.text) >= 3 {
						if k, _, _ := x.lx.entities.match(toks, i+n); k == 0 {
							end = w.end
							n++
						}
					}
				}
				res.Mentions = append(res.Mentions, x.gate.vetEv(d, d.Mention(start, end, graph.Organization, "lexicon", 0.8), evTitle)...)
				i += n
				continue
			}
			// «في العاصمة تونس», "in the capital Kuwait": a country's
			// name right after the word for a capital names its capital
			if e.Type == graph.Country && capitalWordBefore(toks, i, n, prefix) && !x.knownAt(toks, i+n) {
				if cy := x.lx.capitalOf[e.ID]; cy != nil && cy.ID != e.ID {
					e = cy
				}
			}
			// «جمهورية فرنسا», «مملكة السويد»: a statehood noun before a
			// country's short name is its formal name, though the
			// gazetteer words it otherwise («الجمهورية الفرنسية»)
			// («جمهورية موريتانيا الإسلامية»: the adjectives that close
			// the formal name are of it too)
			if e.Type == graph.Country && t.arabic && prefix == 0 && i > 0 {
				if at, ok := statehoodBefore(toks[i-1]); ok {
					start = at
					for i+n < len(toks) && toks[i+n].arabic && statehoodAdjectives[toks[i+n].key] {
						end = toks[i+n].end
						n++
					}
				}
			}
			m := d.Mention(start, end, e.Type, "lexicon", 0.95)
			m.Name, m.KBID = e.Name, e.ID
			res.Mentions = append(res.Mentions, x.gate.vetEv(d, m, evKnown)...)
			i += n
		}
	}
	return res, nil
}

// statehoodAdjectives close a state's formal name after «جمهورية X»
// («الإسلامية», «الاتحادية»; names.tsv: statehood-adjective).
var statehoodAdjectives = wordSet("names.tsv", "statehood-adjective", "ar")

// statehoodBefore returns where a statehood noun («جمهورية», «مملكة»,
// «سلطنة», with a proclitic before it: «لجمهورية») in token t starts.
func statehoodBefore(t token) (int, bool) {
	if !t.arabic || t.punct {
		return 0, false
	}
	for _, st := range t.keys() {
		if statehoodWords[st.key] {
			return t.start + st.prefix, true
		}
	}
	return 0, false
}

// unnamedCapital returns the end of "the Kenyan capital" (English: a
// nationality adjective and "capital") or «العاصمة الكينية» (Arabic:
// «العاصمة» and a nationality adjective) at toks[i] that no city's name
// follows, with the country's capital city, the country and the index of
// the adjective's token. Only the knowledge base's capitals count.
func (x *Lexicon) unnamedCapital(toks []token, i int) (int, *kb.Entry, *kb.Entry, int) {
	t := toks[i]
	var k, ds int
	var cy *kb.Entry
	switch {
	case !t.arabic && t.upper && i > 0 && toks[i-1].key == "the":
		n, _, v := x.lx.demonyms.match(toks, i)
		if n != 1 || i+1 >= len(toks) || !capitalWords[toks[i+1].key] {
			return 0, nil, nil, 0
		}
		cy, ds, k = v.(*kb.Entry), i, i+2
	case t.arabic && headIs(t, capitalWords):
		if i+1 >= len(toks) {
			return 0, nil, nil, 0
		}
		n, _, v := x.lx.demonyms.match(toks, i+1)
		if n != 1 {
			return 0, nil, nil, 0
		}
		cy, ds, k = v.(*kb.Entry), i+1, i+2
	default:
		return 0, nil, nil, 0
	}
	// "Doha, the Qatari capital", «الدوحة، العاصمة القطرية»: an
	// apposition to the name before it, which is the place
	b := i - 1
	if !t.arabic {
		b = i - 2
	}
	if b >= 0 && toks[b].punct && (toks[b].text == "," || toks[b].text == "،") {
		return 0, nil, nil, 0
	}
	city := x.lx.capitalOf[cy.ID]
	if city == nil {
		return 0, nil, nil, 0
	}
	// a name follows ("the Omani capital Muscat", "the Omani capital,
	// Muscat", «العاصمة العمانية مسقط»): the name is the place
	j := k
	if j < len(toks) && toks[j].punct && (toks[j].text == "," || toks[j].text == "،") {
		j++
	}
	if j < len(toks) && !toks[j].punct {
		if n, _, _ := x.lx.entities.match(toks, j); n > 0 {
			return 0, nil, nil, 0
		}
		if !toks[j].arabic && toks[j].upper || toks[j].key == "city" {
			return 0, nil, nil, 0
		}
	}
	return k, city, cy, ds
}

// capitalWords are the words for a capital that, right before a
// country's name, make it the capital's name («العاصمة», "the capital").
var capitalWords = wordSet("words.tsv", "capital-word", "en", "ar")

// capitalWordBefore reports whether the name toks[i:i+n] (prefix: the
// bytes of a proclitic glued to it) follows the definite word for a
// capital right before it: «في العاصمة تونس», «بالعاصمة الكويت», "in the
// capital Kuwait"; not a possessive ("the capital Kuwait's emir"). Not
// where the city is named next («العاصمة السعودية الرياض»: knownAt).
func capitalWordBefore(toks []token, i, n, prefix int) bool {
	if i == 0 || prefix != 0 {
		return false
	}
	w := toks[i-1]
	if w.arabic {
		for _, s := range w.keys() {
			if capitalWords[s.key] {
				return true
			}
		}
		return false
	}
	last := toks[i+n-1].text
	if w.upper || !capitalWords[w.key] || i < 2 || toks[i-2].key != "the" || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return false
	}
	return i+n >= len(toks) || toks[i+n].text != "'" && toks[i+n].text != "’"
}

// cityWordTok reports the Arabic word for a city, with a glued
// preposition too («مدينة», «بمدينة»).
func cityWordTok(t token) bool {
	for _, s := range t.keys() {
		if s.key == "مدينه" {
			return true
		}
	}
	return false
}

// knownAt reports whether a known name opens at toks[j] («العاصمة
// السعودية الرياض»: the country's name is the capital's adjective).
func (x *Lexicon) knownAt(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	k, _, _ := x.lx.entities.match(toks, j)
	return k > 0
}

// placeCueWords are the English verbs and event nouns after which "in",
// "to" or "at" and a capitalised name give a place: "met in", "held in",
// "talks in", "arrived in", "visit to".
var placeCueWords = wordSet("words.tsv", "place-cue-verb", "en", "ar")

// realmTitles are the English titles of one who rules a territory
// ("Ruler", "Governor", "Emir"): "of" and a name after one give a place.
var realmTitles = wordSet("names.tsv", "realm-title", "en")

// weakPlace returns the end and the entry of a town or a region of the
// knowledge base's weak entries (kb.Entry.Weak: names that are as often a
// family's, "Henderson", "Santos") at toks[i], one to three capitalised
// words, where the text cues a place: after "in", "to", "at" or "near"
// that a verb or a noun of meeting or travel opens ("met in Mombasa",
// "the summit in Hurghada", "arrived in Kisumu"), or a wire's dateline
// in capitals at the start of a line ("MOMBASA, Kenya -"); in Arabic
// after «في» or «إلى» that such a word opens («عقد الاجتماع في إربد»).
func (x *Lexicon) weakPlace(toks []token, i int) (int, *kb.Entry) {
	t := toks[i]
	if t.punct || !t.arabic && !t.upper || t.arabic && (commonTok(t) || wordlikeAr[t.key]) {
		return i, nil // («مساكن»: dwellings, and a town)
	}
	cued := false
	if p := toks[max(i-1, 0)].key; i >= 2 && (p == "in" || p == "to" || p == "at" || p == "near" || p == "في" || p == "الي") {
		reach := 8 // "met with President X and Prime Minister Y in"
		if t.arabic {
			reach = 6 // «محادثات مع نظيرته X Y في»
		}
		for j := i - 2; j >= 0 && j >= i-reach; j-- {
			if headIs(toks[j], placeCueWords) {
				cued = true
				break
			}
			if toks[j].punct {
				break
			}
		}
	}
	if i == 0 && strings.ToUpper(t.text) == t.text && len(toks) > 1 && (toks[1].text == "," || toks[1].text == "-" || toks[1].text == "—") {
		cued = true // a dateline
	}
	// a dateline in Arabic («X في 21 أكتوبر /وام/», «X - », «X، 3 مايو»)
	// or in title case ("X, Oct 21 (WAM) --"): the place opens the
	// sentence before a dash, a bracket, or a date
	// (a day's number then its month, not an age: "Tyler, 34, a former
	// aide")
	dayMonth := func(k int) bool {
		return k+1 < len(toks) && isNumber(toks[k].text) && len(toks[k].text) <= 2 && monthKey(toks[k+1])
	}
	if i == 0 && t.arabic && (datelineNext(toks, 1, false) || len(toks) > 2 && toks[1].text == "،" && dayMonth(2)) ||
		i == 0 && !t.arabic && len(toks) > 2 && toks[1].text == "," && (dayMonth(2) || monthKey(toks[2])) {
		cued = true
	}
	// the realm of a ruler's title: «حاكم X», "the Ruler of X", "Governor
	// of X", when the town's name is the whole name there ("Governor of
	// Aurora Province", "the Mayor of Jackson County" name other places)
	realm := i >= 1 && constructTitle(toks[i-1]) || i >= 2 && toks[i-1].key == "of" && realmTitles[toks[i-2].key]
	if !cued && !realm {
		return i, nil
	}
	for k := min(i+3, len(toks)); k > i; k-- {
		if !toks[k-1].upper && !toks[k-1].arabic || toks[k-1].punct {
			continue
		}
		if !cued && k < len(toks) && !toks[k].arabic && toks[k].upper && !toks[k].punct {
			continue // a capitalised word goes on the name
		}
		text := toks[i].text
		for _, w := range toks[i+1 : k] {
			text += " " + w.text
		}
		var found *kb.Entry
		for _, e := range x.lx.kb.Lookup(text) {
			if !e.Weak {
				return i, nil // a strong entry is the lexicon's own
			}
			if (e.Type == graph.City || e.Type == graph.Place) && found == nil {
				found = e
			}
		}
		if found != nil {
			return k, found
		}
	}
	return i, nil
}

// givenAfterTitle reports a Latin word at toks[i] that a person's title
// or honorific ends right before and a capitalised word follows that is no known name
// and no function word: "President Sofia Arellano", not "President of
// Bulgaria" or "the Bulgarian President Sofia visit".
func (x *Lexicon) givenAfterTitle(toks []token, i int) bool {
	if !x.properAfter(toks, i) {
		return false
	}
	if i > 0 && toks[i-1].text == "." {
		i-- // "Mr. Jordan Hale"
	}
	return x.titleEndsBefore(toks, i)
}

// titleEndsBefore reports a title or an honorific of at most four words
// that ends right before toks[i].
func (x *Lexicon) titleEndsBefore(toks []token, i int) bool {
	return endsBefore(toks, i, x.lx.roles, x.lx.honorifics)
}

// endsBefore reports a phrase of the tries, of at most four words, that
// ends right before toks[i].
func endsBefore(toks []token, i int, tries ...trie) bool {
	for j := max(0, i-4); j < i; j++ {
		if n, _, _ := matchAny(toks, j, tries...); n > 0 && j+n == i {
			return true
		}
	}
	return false
}

// familyAfterTitledGiven reports an Arabic word at toks[i] after one
// proper word (a given name: no known name, article, function, common or
// pronoun word) that a title, an honorific or a style of address
// announces, a nationality with the article allowed between («وزير
// الخارجية الألماني كلود X»).
func (x *Lexicon) familyAfterTitledGiven(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	g := toks[i-1]
	if !g.arabic || g.punct || definite(g) || stopTok(g) || commonTok(g) || pronounTok(g) || strings.HasPrefix(g.text, "و") && !givenTok(g) || headIs(g, arabicOrgHeads) || headIs(g, arabicPlaceHeads) || wordlikeAr[g.key] {
		return false
	}
	if n, _, _ := matchAny(toks, i-1, x.lx.entities, x.lx.roles, x.lx.demonyms); n > 0 {
		return false
	}
	a := i - 1
	if d, _, _ := x.lx.demonyms.match(toks, a-1); d == 1 && definite(toks[a-1]) || d == 1 && strings.HasPrefix(toks[a-1].text, "وال") {
		// the nationality of the title, or one joined by «و» after a
		// plural title's first name («ونظيراه البلجيكي X Y واللوكسمبورغي
		// كلود Z»): a name follows it
		return true
	}
	// («معالي كارلوس X», «سعادة ماريا X»: a style of address announces a
	// name as a title does)
	return x.titleEndsBefore(toks, a) || a > 0 && styleWords[toks[a-1].key]
}

// givenAfterTitleAr reports an Arabic word at toks[i] that a title or an
// honorific announces, with the title's nationality between
// («رئيسة الوزراء الإيطالية جورجيا»), and a proper word follows: no
// article, function, common or pronoun word, and no known name.
func (x *Lexicon) givenAfterTitleAr(toks []token, i int) bool {
	if !x.properAfterAr(toks, i) {
		return false
	}
	a := i
	if d, _, _ := x.lx.demonyms.match(toks, a-1); a > 0 && d == 1 && definite(toks[a-1]) {
		a--
	} else if a == 0 || !definite(toks[a-1]) {
		// «رئيس وزراء جورجيا X»: after a title in construct the country
		// is its complement, the title's body
		return false
	}
	return x.titleEndsBefore(toks, a)
}

// properAfterAr reports an Arabic word after toks[i] that may be a
// family name: no article, function, common or pronoun word, no «و»
// glued before it, no known name, title or nationality.
func (x *Lexicon) properAfterAr(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	f := toks[i+1]
	if !f.arabic || f.punct || definite(f) || stopTok(f) || commonTok(f) || pronounTok(f) || wordlikeAr[f.key] || strings.HasPrefix(f.text, "و") || utf8.RuneCountInString(f.text) < 3 {
		return false
	}
	n, _, _ := matchAny(toks, i+1, x.lx.entities, x.lx.roles, x.lx.demonyms)
	return n == 0
}

// properAfter reports a capitalised word after toks[i] that is no known
// name, function word, common word or head of a body's or place's name:
// "Sofia Arellano", not "Beirut Stock Exchange" or "China Daily".
func (x *Lexicon) properAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].upper || capStop[strings.ToLower(toks[i+1].text)] || commonTok(toks[i+1]) ||
		orgHeads[toks[i+1].key] || placeHeads[toks[i+1].key] || siteHeads[toks[i+1].key] {
		return false
	}
	n, _, _ := x.lx.entities.match(toks, i+1)
	return n == 0
}

// placeCued reports whether an Arabic word that names a known place may
// be read as the place: a word that is also a common or function word of
// the language («كيف»: Kyiv, and "how"), or a city's name that is more
// often a word than a name in running text («ترك»: a city's name and
// "leaving"), is the place only after a preposition of place or a
// place's head noun («إلى كيف», «مدينة كيف»), or such a cue and an
// adjective of origin.
func placeCued(toks []token, i, prefix int, city bool) bool {
	k := textnorm.Key(toks[i].text[prefix:])
	if !commonAr[k] && !(city && wordlikeAr[k]) && !arabicStop[k] && !homographPlaces[k] {
		return true
	}
	// the cue right before, or before an adjective of origin («العاصمة
	// العمانية مسقط»: a definite word in -ī)
	cue := func(j int) bool {
		for _, s := range toks[j].keys() {
			if placeCues[s.key] {
				return true
			}
		}
		return false
	}
	if i >= 1 && cue(i-1) {
		return true
	}
	// a dateline: a city's name opens the sentence before a dash, the
	// agency's name in brackets or «في» and the day's date («مسقط -
	// العمانية:», «مسقط (العمانية) -», «مسقط في 3 مارس /العمانية/»)
	// («مسقط، 14 أكتوبر 2025 — وزارة الخارجية»: a comma, then the date)
	if city && i == 0 && prefix == 0 && (datelineNext(toks, i+1, false) || i+2 < len(toks) && (toks[i+1].text == "،" || toks[i+1].text == ",") && isNumber(toks[i+2].text)) {
		return true
	}
	// the preposition «ب» glued on a word that ends its phrase («عقد
	// الاجتماع بمسقط أمس»; not «بمسقط رأسه»: in his birthplace)
	if pre := strings.TrimLeft(toks[i].text[:prefix], "وف"); pre == "ب" && (i+1 == len(toks) || toks[i+1].punct || stopTok(toks[i+1]) || timeWords[toks[i+1].key]) {
		return true
	}
	adj := i >= 2 && strings.HasPrefix(toks[i-1].key, "ال") && (strings.HasSuffix(toks[i-1].key, "يه") || strings.HasSuffix(toks[i-1].key, "ي"))
	return adj && cue(i-2)
}

// placeAdjective reports a known place's name that is also an adjective
// (names.tsv, adjective-place: «مالي», financial) right after an
// indefinite common noun that is no title, place cue or head of a state's,
// a body's or a place's name: the adjective qualifying it («دعم مالي»;
// not «رئيس مالي», «حكومة مالي», «جمهورية مالي», «في مالي»).
func (x *Lexicon) placeAdjective(toks []token, i int) bool {
	if i == 0 || !adjectivePlaces[toks[i].key] {
		return false
	}
	p := toks[i-1]
	if !p.arabic || p.punct || definite(p) || !commonAr[p.key] || arabicStop[p.key] || placeCues[p.key] ||
		statehoodWords[p.key] || descriptionHeads[p.key] || arabicOrgHeads[p.key] || arabicPlaceHeads[p.key] || facilityHeads[p.key] {
		return false
	}
	if n, _, _ := matchAny(toks, i-1, x.lx.roles, x.lx.honorifics, x.lx.delegation); n > 0 {
		return false
	}
	// «وزير خارجية مالي», «سفير دولة مالي»: a title that ends right
	// before the name, its last word a common noun, is in construct with
	// the country
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if n, _, _ := matchAny(toks, j, x.lx.roles); n > 0 && j+n == i {
			return false
		}
	}
	return true
}

var (
	adjectivePlaces = wordSet("names.tsv", "adjective-place", "ar")
	facilityHeads   = wordSet("names.tsv", "facility-head", "ar")
	placeCues       = wordSet("words.tsv", "place-cue", "ar")
	homographPlaces = wordSet("names.tsv", "homograph-place", "ar")
)

// sense chooses between the entries a form names («عمان»: Oman, and
// Amman when the diacritics are gone): a city whose country the document
// names, by name or adjective, wins over the country the lexicon gives
// first.
func (x *Lexicon) sense(d *extract.Document, form string, e *kb.Entry) *kb.Entry {
	es := x.lx.kb.Lookup(form)
	if len(es) < 2 || e.Type != graph.Country {
		return e
	}
	// «عمّان» with the shadda is the city, Amman; the country is «عُمان»
	// (the key drops the marks): a written shadda the country's own
	// forms lack picks the city
	shadda := strings.ContainsRune(form, '\u0651') && !slices.ContainsFunc(e.Forms(), func(a kb.Alias) bool { return strings.ContainsRune(a.Text, '\u0651') })
	for _, o := range es {
		if o.Type != graph.City || o.Country == "" || o.Country == e.Code {
			continue
		}
		if shadda {
			return o
		}
		// the city of the country whose wire agency the dateline names
		// («عمان 11 آذار (بترا) -»: Amman)
		if wireAgency(d.Text) == o.Country {
			return o
		}
		if c := x.lx.kb.Country(o.Country); c != nil && namedIn(d.Text, c) {
			return o
		}
	}
	return e
}

// datelineShaped reports a sentence that opens one of a document's first
// three paragraphs with a place of n tokens followed by a dateline's dash,
// bracket or comma, or by «في» and a day («الجزائر – »، «تونس (وات) -»،
// "ALGIERS, May 3 -").
func datelineShaped(d *extract.Document, toks []token, n int) bool {
	if n >= len(toks) {
		return false
	}
	opens := false
	for pi, p := range d.Paragraphs {
		if pi > 2 {
			break
		}
		opens = opens || toks[0].start == paragraphText(d, p)
	}
	return opens && datelineNext(toks, n, true)
}

// paragraphText returns the offset of a paragraph's first character
// past its leading blanks and a list's bullet ("• LIMA — ..." opens its
// item with the place, as "LIMA — ..." does).
func paragraphText(d *extract.Document, p extract.Paragraph) int {
	rest := strings.TrimLeft(d.Text[p.Start:p.End], " \t")
	for _, b := range bulletSigns {
		if after, ok := strings.CutPrefix(rest, b); ok && strings.HasPrefix(after, " ") {
			rest = strings.TrimLeft(after, " \t")
			break
		}
	}
	return p.End - len(rest)
}

// datelineNext reports what follows a dateline's place at toks[k]: a
// dash or the agency's bracket («مسقط - العمانية:», «مسقط (العمانية) -»),
// «في» and the day's date («مسقط في 3 مارس»), or with comma a comma
// ("ALGIERS, May 3 -").
func datelineNext(toks []token, k int, comma bool) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].text {
	case "-", "–", "—", "(":
		return true
	case ",", "،":
		return comma
	}
	// «في 3 مارس», «12 تشرين الثاني (بترا)»: «في» and a day, or a day
	// and its month
	return toks[k].key == "في" && k+1 < len(toks) && isNumber(toks[k+1].text) ||
		isNumber(toks[k].text) && len(toks[k].text) <= 2 && k+1 < len(toks) && (monthKey(toks[k+1]) || calendarWords[toks[k+1].key])
}

// capitalOfForm returns the capital city of country e that the knowledge
// base also names by form («الجزائر»: Algiers and Algeria), or nil.
func (x *Lexicon) capitalOfForm(form string, e *kb.Entry) *kb.Entry {
	for _, o := range x.lx.kb.Lookup(form) {
		if o.Type == graph.City && o.Country == e.Code && (e.Capital == "" || strings.EqualFold(o.Name, e.Capital)) {
			return o
		}
	}
	return nil
}

// namedIn reports whether a text holds a country's name or adjective.
func namedIn(text string, c *kb.Entry) bool {
	for _, a := range append(c.Forms(), c.Demonyms...) {
		if utf8.RuneCountInString(a.Text) >= 4 && strings.Contains(text, a.Text) {
			return true
		}
	}
	return false
}

// knownAfter returns the end of a name of type t that the knowledge
// base knows right after the head at toks[i], written without a
// proclitic («جامعة فيينا», «مقر الاتحاد الأفريقي»); else i.
func (x *Lexicon) knownAfter(toks []token, i int, t graph.EntityType) int {
	if i+1 >= len(toks) {
		return i
	}
	if n, pre, v := x.lx.entities.match(toks, i+1); n > 0 && pre == 0 && v.(*kb.Entry).Type == t {
		return i + 1 + n
	}
	return i
}

// venueOfCity returns the end of an Arabic venue's name that starts at
// toks[i] with a venue's head (names.tsv venue-head), goes on with a
// city the knowledge base knows and ends with a venue's kind after «لل»
// (venue-kind) and its adjectives in «ية»; else i.
func (x *Lexicon) venueOfCity(toks []token, i int) int {
	if !toks[i].arabic || !headIs(toks[i], arabicVenueHeads) {
		return i
	}
	e := x.knownAfter(toks, i, graph.City)
	if e == i || e >= len(toks) {
		return i
	}
	// («مركز الرياض الدولي للمؤتمرات»: the venue's adjective before its kind)
	if e+1 < len(toks) && toks[e].arabic && venueAdjectives[toks[e].key] {
		e++
	}
	if !lamVenueKind(toks[e]) {
		return i
	}
	e++
	for n := 0; n < 2 && e < len(toks) && toks[e].arabic && strings.HasPrefix(toks[e].text, "ال") && strings.HasSuffix(toks[e].text, "ية"); n++ {
		e++
	}
	return e
}

// venueAdjectives (names.tsv venue-adjective) may stand between a
// venue's city and its kind: «مركز الرياض الدولي للمؤتمرات».
var venueAdjectives = wordSet("names.tsv", "venue-adjective", "ar")

// compound returns the end of the name of a body or a place that
// starts at toks[i], holds at least one known name (a name of the
// knowledge base, a nationality, an acronym) and is longer than any
// known name at i, with its type by head; else i.
func (x *Lexicon) compound(toks []token, i int) (int, graph.EntityType) {
	if n, _, _ := x.lx.entities.match(toks, i); n > 0 && toks[i].arabic {
		return i, ""
	}
	// «جامعة فيينا», «دينامو مينسك»: a university, a club or a
	// municipality is named after its city
	if toks[i].arabic && headIs(toks[i], cityNamedAr) {
		if e := x.knownAfter(toks, i, graph.City); e > i {
			return e, graph.Organization
		}
	}
	// «فندق X Y الدوحة»: a hotel's head, its brand and the city it stands
	// in name one place, the hotel
	if e := x.hotelInCity(toks, i); e > i {
		return e, graph.Place
	}
	// «مركز كوالالمبور للمؤتمرات», «مركز دبي للمعارض الدولية»: a venue's
	// head, the city it stands in and the venue's kind after «لل» name
	// one building
	if e := x.venueOfCity(toks, i); e > i {
		return e, graph.Place
	}
	// "the South Caucasus", «جنوب القوقاز»: a compass word before a known
	// region (no state, no city: «جنوب لبنان» is the country's south)
	// names a region of its own
	if e := x.compassRegion(toks, i); e > i {
		return e, graph.Place
	}
	// «مقر الاتحاد الأفريقي»: the seat of a body the knowledge base knows
	// is a place (not «مقر وزارة الخارجية», a body no list knows, nor
	// a seat glued to a preposition's common sense «بمقر» of a person)
	if toks[i].arabic && headIs(toks[i], bodySeatsAr) && !definite(toks[i]) {
		if e := x.knownAfter(toks, i, graph.Organization); e > i {
			return e, graph.Place
		}
	}
	// «مفوضية الاتحاد الأفريقي»: an organ of a body the knowledge base
	// knows is a body of its own, named with it
	if toks[i].arabic && headIs(toks[i], organHeadsAr) && !definite(toks[i]) {
		if e := x.knownAfter(toks, i, graph.Organization); e > i {
			return e, graph.Organization
		}
	}
	// «مجموعة شرق أفريقيا»: a bloc's head before a region the knowledge
	// base knows names the bloc (not «مجموعة مصر»: a country's group)
	if toks[i].arabic && headIs(toks[i], blocHeadsAr) && !definite(toks[i]) {
		// (not «منظمة الشرق الأوسط للتنمية والتعاون»: the name goes on
		// after the region with what the body is for)
		if e := x.knownAfter(toks, i, graph.Place); e > i && !(e < len(toks) && toks[e].arabic && (strings.HasPrefix(toks[e].text, "ل") || definite(toks[e]))) {
			return e, graph.Organization
		}
	}
	// «محافظة شمال سيناء»: a province's head before a compass word and a
	// known place names the province
	if e := x.provinceOfKnown(toks, i); e > i {
		return e, graph.Place
	}
	// «صندوق أبوظبي للتنمية», «هيئة قطر للمساعدات الإنسانية»: a body's
	// head, the country or the city it serves and its purpose after «لل»
	// name one body
	if e := x.placeLamBody(toks, i); e > i {
		return e, graph.Organization
	}
	// "Dynamo Minsk", "Harbury United": a club named with its city
	if !toks[i].arabic && toks[i].upper && i+1 < len(toks) {
		if clubBeforeEn[toks[i].text] {
			if n, _, v := x.lx.entities.match(toks, i+1); n > 0 && v.(*kb.Entry).Type == graph.City && toks[i+1].upper {
				return i + 1 + n, graph.Organization
			}
		}
		if n, _, v := x.lx.entities.match(toks, i); n > 0 && v.(*kb.Entry).Type == graph.City && i+n < len(toks) && clubAfterEn[toks[i+n].text] {
			return i + n + 1, graph.Organization
		}
		// "Ashford Kestrels", "Nevada Miners": a known city's, state's or
		// country's name and a capitalised plural that is no word of the
		// language name a team (or a firm), not the place
		if n, _, v := x.lx.entities.match(toks, i); n > 0 && v.(*kb.Entry).Type.Location() && teamWord(toks, i+n) {
			return i + n + 1, graph.Organization
		}
		// "Kansas City", "Panama City": a state's or a country's name and
		// "City" name a city, not the state
		if n, _, v := x.lx.entities.match(toks, i); n > 0 && i+n < len(toks) && strings.EqualFold(toks[i+n].text, "City") && toks[i+n].upper {
			if t := v.(*kb.Entry).Type; t == graph.Place || t == graph.Country {
				return i + n + 1, graph.City
			}
		}
	}
	var k int
	if toks[i].arabic {
		k = x.arabicCompound(toks, i)
	} else if possessive(toks[i].text) {
		// "Chile's Ministry of Finance": the country owns the body, whose
		// name opens after the possessive
		return i, ""
	} else if i > 0 && possessive(toks[i-1].text) && !toks[i-1].arabic && x.titleWord(toks[i-1].text) {
		// "the Prime Minister's Office in Tokyo": a title holder's
		// office, no body named "Office in Tokyo" (not "Egypt's Cairo
		// University": a country's)
		return i, ""
	} else {
		k = x.latinCompound(toks, i)
	}
	if k <= i+1 {
		return i, ""
	}
	// "the 34th Arab League summit": an ordinal before a known body's
	// name numbers the body's meeting; it opens no name with the body
	if !toks[i].arabic {
		if _, ok := figureOrdinal(toks[i].text); ok {
			if n, _, _ := x.lx.entities.match(toks, i+1); n > 0 && i+1+n == k {
				return i, ""
			}
		}
	}
	known, only := false, 0
	for j := i; j < k; {
		if n, _, _ := x.lx.entities.match(toks, j); n > 0 && j+n <= k && !toks[j].punct {
			if j == i && j+n == k {
				return i, "" // the whole is a known name
			}
			known = true
			only++
			j += n
			continue
		}
		if !toks[j].punct && !(j == i && toks[j].arabic) {
			only += 10 // a word of its own besides the head
		}
		j++
	}
	// «جامعة فيينا», «دينامو مينسك»: a university, a club or a
	// municipality is named after its city
	// «وكالة رويترز»: a head noun before one known name classifies it
	if toks[i].arabic && only == 1 {
		return i, ""
	}
	if !known {
		return i, ""
	}
	if !toks[i].arabic && x.adjectivesBeforeKnown(toks, i, k) {
		// "the Turkish Black Sea coast", "the Egyptian Red Sea resort":
		// adjectives of a country before a known name whose own last word
		// is the head say whose part it is; they name nothing new
		return i, ""
	}
	h, _ := x.gate.head(toks, part{i, k, 0})
	switch {
	case headIs(h, orgHeads) && !h.arabic, h.arabic && headIs(h, arabicOrgHeads):
		return k, graph.Organization
	case headIs(h, placeHeads) && !h.arabic, h.arabic && headIs(h, arabicPlaceHeads):
		return k, graph.Place
	case !h.arabic && venueHeaded(toks, i, k):
		// "Jakarta Convention Center", "Harlow International Exhibition
		// Centre": a city's name opens a venue's
		return k, graph.Place
	}
	return i, ""
}

// adjectivesBeforeKnown reports an English run [i, k) made of adjectives
// of nationality ("Turkish") and then one known name that ends it.
func (x *Lexicon) adjectivesBeforeKnown(toks []token, i, k int) bool {
	j := i
	for j < k {
		n, _, _ := x.lx.demonyms.match(toks, j)
		if n == 0 || j+n > k {
			break
		}
		j += n
	}
	if j == i || j >= k {
		return false
	}
	n, _, _ := x.lx.entities.match(toks, j)
	return n > 0 && j+n == k
}

// provinceOfKnown returns the end of an Arabic province's name at toks[i]:
// a landform or province head without the article («ولاية», «محافظة»,
// names.tsv landform), then a compass word and a known place («محافظة
// شمال سيناء»: the province named by the part of the region); else i.
func (x *Lexicon) provinceOfKnown(toks []token, i int) int {
	if !toks[i].arabic || i+1 >= len(toks) || !headIs(toks[i], arabicLandforms) || definite(toks[i]) {
		return i
	}
	j := i + 1
	compass := compassWords[toks[j].key]
	if compass {
		j++
	}
	if j >= len(toks) {
		return i
	}
	n, pre, v := x.lx.entities.match(toks, j)
	if n == 0 || pre != 0 {
		return i
	}
	e, ok := v.(*kb.Entry)
	if !ok {
		return i
	}
	if compass && e.Type.Location() {
		return j + n
	}
	return i
}

// placeLamBody returns the end of an Arabic body's name at toks[i] made of
// an indefinite head («صندوق», «هيئة», «مؤسسة»), a known country's or
// city's name and the body's purpose: a noun with «لل» and its definite
// adjectives or conjoined nouns («للتنمية», «للمساعدات الإنسانية»,
// «للتربية والعلوم»); else i. Without the purpose the head is a common
// noun before the place («هيئة قطر» may be "Qatar's authority").
func (x *Lexicon) placeLamBody(toks []token, i int) int {
	if !toks[i].arabic || i+2 >= len(toks) || !headIs(toks[i], arabicOrgHeads) || definite(toks[i]) {
		return i
	}
	n, pre, v := x.lx.entities.match(toks, i+1)
	if n == 0 || pre != 0 {
		return i
	}
	if e, ok := v.(*kb.Entry); !ok || !(e.Type == graph.Country || e.Type == graph.City) {
		return i
	}
	k := i + 1 + n
	if k >= len(toks) || !lamNoun(toks[k]) {
		return i
	}
	if j, _, _ := x.lx.entities.match(toks, k); j > 0 {
		return i // «لمصر»: a country the body gives to, no purpose
	}
	k++
	for m := 0; m < 3 && k < len(toks); m++ {
		t := toks[k]
		if t.punct || !t.arabic || stopTok(t) || dateWord(t) || !(strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "وال")) {
			break
		}
		if j, _, _ := x.lx.entities.match(toks, k); j > 0 {
			break
		}
		if j, _, _ := x.lx.roles.match(toks, k); j > 0 {
			break
		}
		k++
	}
	return k
}

// lamNoun reports a noun with the preposition «ل» on its article
// («للتنمية»): an Arabic word of four letters or more after «لل», no
// pronoun on it, no word of time.
func lamNoun(t token) bool {
	if !t.arabic || t.punct || !strings.HasPrefix(t.text, "لل") || utf8.RuneCountInString(t.text) < 6 || pronounSuffixed(t.text) || dateWord(t) {
		return false
	}
	return !timeWords["ال"+strings.TrimPrefix(t.key, "لل")]
}

// compoundPrefix is the byte length of a proclitic before an Arabic
// compound's head.
func compoundPrefix(t token) int {
	for _, s := range t.keys() {
		if arabicOrgHeads[s.key] || arabicPlaceHeads[s.key] || bodySeatsAr[s.key] || arabicVenueHeads[s.key] || organHeadsAr[s.key] || blocHeadsAr[s.key] {
			return namePrefix(t, s)
		}
	}
	return 0
}

// modifierBeforeHead reports whether the capitalised run toks[i:k] before
// a lower-case place head is a name in the genitive ("Romania's state
// budget", "Ruritania's Kursk region" names no "Romania's state") or a
// sovereign state's whole name ("U.S. territory", "a U.S. base", "UAE
// state media"): a modifier of a common noun, not the first words of a
// place's name, as a region's or a town's is ("Golan Heights region").
func (x *Lexicon) modifierBeforeHead(toks []token, i, k int) bool {
	if possessive(toks[k-1].text) {
		return true
	}
	n, prefix, v := x.lx.entities.match(toks, i)
	return n == k-i && prefix == 0 && isCountryEntry(v)
}

// latinCompound returns the end of a capitalised English name with a
// body's or a place's head: capitalised words, acronyms ("P5", "G7"),
// hyphenated pairs ("U.S.-EU") and "and" between capitalised words, cut
// after its last head ("Andean Council Ministerial" is the council's),
// then "of", "for" or "on" (and "in" after a mission's or an embassy's
// head) with another such run ("Office of the Trade and Fisheries
// Commission", "Joint Working Group on Water Security"). A lower-case
// place head closes it ("UN headquarters").
func (x *Lexicon) latinCompound(toks []token, i int) int {
	run := func(j int) int {
		k := j
		for k < len(toks) && k-j < 8 {
			t := toks[k]
			if t.punct {
				// "P5+1": a plus sign between a name and a digit;
				// "U.S.-EU": a hyphen or dash between two names
				if t.text == "+" && k > j && k+1 < len(toks) && unicode.IsDigit(firstRune(toks[k+1].text)) ||
					(t.text == "-" || t.text == "–") && k > j && k+1 < len(toks) && toks[k+1].upper && t.start == toks[k-1].end {
					k += 2
					continue
				}
				break
			}
			if t.arabic {
				break
			}
			if !t.upper && !unicode.IsDigit(firstRune(t.text)) {
				if t.text == "and" && k > j && k+1 < len(toks) && toks[k+1].upper && !x.andPlace(toks, j, k) && !x.placeAnd(toks, j, k) {
					k++
					continue
				}
				break
			}
			lk := strings.ToLower(t.text)
			if capStop[lk] || speechVerbs[lk] {
				break
			}
			if n, _, _ := x.lx.events.match(toks, k); n > 0 && !venueKindAt(toks, k, n) {
				break
			}
			if n, _, _ := x.lx.roles.match(toks, k); n > 0 && !orgHeads[lk] {
				break
			}
			k++
		}
		return k
	}
	k := run(i)
	h := -1
	for j := i; j < k; j++ {
		if lk := strings.ToLower(toks[j].text); orgHeads[lk] || placeHeads[lk] || toks[j].upper && siteHeads[lk] || venueHeaded(toks, i, j+1) {
			h = j
		}
	}
	if k < len(toks) && !toks[k].upper && placeHeads[toks[k].key] && !modifiedHeads[toks[k].key] && !kindFollows(toks, k) && h < 0 && k > i && !x.modifierBeforeHead(toks, i, k) {
		return k + 1
	}
	// "the Arab League headquarters": a body's name and the noun of its
	// seat, lower case, name the place where the body sits
	if h >= 0 && h == k-1 && k < len(toks) && orgHeads[strings.ToLower(toks[h].text)] && bodySeats[toks[k].key] && !toks[k].upper {
		return k + 1
	}
	if h < 0 {
		return i
	}
	// "the DRC Government", "the Government of Kenya": a country's
	// government stands for the country, no body of its own; the
	// country's name is the mention (as «الحكومة السودانية» is)
	if x.countryGovernment(toks, i, h+1) {
		return i
	}
	// "North and Baltic Seas": "and" joins the words of a body's
	// name only
	if !orgHeads[strings.ToLower(toks[h].text)] {
		for j := i; j < h; j++ {
			if toks[j].text == "and" {
				return i
			}
		}
	}
	end := h + 1
	if end < len(toks) {
		w := toks[end].text
		seat := seatHeads[strings.ToLower(toks[h].text)]
		// a state's name takes no portfolio after it: "the President of
		// the Russian Federation for the Middle East" is the state's
		state := stateHeads[strings.ToLower(toks[h].text)]
		if w == "of" || (w == "for" || w == "on") && !state || w == "in" && seat {
			j := end + 1
			if j < len(toks) && toks[j].text == "the" {
				j++
			}
			// "the X Convention Centre for the 40th SADC Summit": an
			// ordinal opens the name of what is held there, no tail of
			// the venue's
			if j < len(toks) {
				if _, ok := figureOrdinal(toks[j].text); ok {
					return end
				}
			}
			if e := run(j); e > j {
				// "Special Representative of the President of the Russian
				// Federation for the Middle East Mikhail Bogdan": the tail
				// ends before a person's given name and surname
				for g := j + 1; g+1 < e; g++ {
					if givenTok(toks[g]) && !orgHeads[strings.ToLower(toks[g].text)] && !placeHeads[strings.ToLower(toks[g].text)] {
						e = g
						break
					}
				}
				// "the President of the State of Palestine Karim Nasser": a
				// known name, then two words or more with no head of a
				// body or a place, a person's name
				if n, _, _ := x.lx.entities.match(toks, j); n > 0 && j+n+2 <= e && !hasHead(toks[j+n:e], orgHeads) && !hasHead(toks[j+n:e], placeHeads) {
					e = j + n
					// "Department of Middle East and North Africa": a
					// body's portfolio of two regions joined by "and"
					if e+1 < len(toks) && toks[e].text == "and" && x.regionAt(toks, j) > 0 {
						if m := x.regionAt(toks, e+1); m > 0 {
							e += 1 + m
						}
					}
				}
				end = e
			}
		}
	}
	return end
}

// bodySeats and bodySeatsAr (names.tsv body-seat) are the nouns of the
// building a body sits in: "the Arab League headquarters", «مقر الاتحاد
// الأفريقي» name a place.
var (
	bodySeats    = wordSet("names.tsv", "body-seat", "en")
	bodySeatsAr  = wordSet("names.tsv", "body-seat", "ar")
	organHeadsAr = wordSet("names.tsv", "organ-head", "ar")
	blocHeadsAr  = wordSet("names.tsv", "bloc-head", "ar")
)

// titleWord reports a possessive whose word is a title of one word
// ("Minister's", "President's").
func (x *Lexicon) titleWord(w string) bool {
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	return slices.ContainsFunc(x.lx.roles[textnorm.Key(w)], func(p phrase) bool { return len(p.keys) == 1 })
}

// compassRegion returns the end of a region's name at toks[i]: a
// compass word (capitalised in English, bare in Arabic) and a known
// region after it, else i.
func (x *Lexicon) compassRegion(toks []token, i int) int {
	t := toks[i]
	if t.punct || i+1 >= len(toks) || !compassWords[t.key] && !compassWords[strings.ToLower(t.text)] || !t.arabic && !t.upper {
		return i
	}
	if n, _, _ := x.lx.entities.match(toks, i); n > 0 {
		return i // "North Africa": a known name of its own
	}
	if t.arabic && t.key == textnorm.Key("وسط") {
		return i // «وسط أوروبا»: "amid", "in the middle of", more than a region
	}
	if n := x.regionAt(toks, i+1); n > 0 {
		if _, pre, _ := x.lx.entities.match(toks, i+1); pre == 0 {
			return i + 1 + n
		}
	}
	return i
}

// regionAt is the length of a known region's name at toks[i] (a Place
// of the knowledge base: "Middle East", "North Africa"), else 0.
func (x *Lexicon) regionAt(toks []token, i int) int {
	if n, _, v := x.lx.entities.match(toks, i); n > 0 && v.(*kb.Entry).Type == graph.Place {
		return n
	}
	return 0
}

// stateHeads are the heads of states' long names ("Russian Federation",
// "United Kingdom"), which take no "for" or "on" after them: the
// statehood nouns of names.tsv.
var stateHeads = wordSet("names.tsv", "statehood", "en")

// arabicCompound returns the end of an Arabic body's or place's name
// that holds known names: a head noun, then definite words, known names
// (also after ل: «للأمم المتحدة»), nationalities, an indefinite noun
// before a known name («مجموعة أصدقاء بوليفيا»), digits joined by a plus
// sign («5+1»), and for an embassy the city it sits in («في دمشق»).
func (x *Lexicon) arabicCompound(toks []token, i int) int {
	if !headIs(toks[i], arabicOrgHeads) && !headIs(toks[i], arabicPlaceHeads) && !headIs(toks[i], cityNamedAr) {
		return i
	}
	// «اللجنة التنفيذية للاتحاد الأفريقي»: a definite head of names.tsv
	// adjective-head with a known body after it is that body's organ; the
	// known body is the name
	if headIs(toks[i], adjectiveHeads) {
		return i
	}
	k := i + 1
	seen := false   // a known name: only known names may follow it
	region := false // the last word read ends a known region's name
	for k < len(toks) && k-i < 8 {
		t := toks[k]
		// «إدارة الشرق الأوسط وشمال أفريقيا»: a body's portfolio of two
		// known regions joined by «و» (not a country: «إدارة آسيا ومصر»)
		if region && strings.HasPrefix(t.text, "و") && headIs(toks[i], arabicOrgHeads) {
			// the region's name must end there («وآسيا الوسطى»: a region
			// the knowledge base does not know goes on)
			if n, pre, v := x.lx.entities.match(toks, k); n > 0 && pre == len("و") && v.(*kb.Entry).Type == graph.Place && (k+n >= len(toks) || !definite(toks[k+n]) || stopTok(toks[k+n])) {
				k += n
				continue
			}
		}
		region = false
		if n, pre, v := x.lx.entities.match(toks, k); n > 0 && !stopTok(t) {
			// «للأمم المتحدة» after a definite word: "of the UN"
			if pre > 0 && !(k > i+1 && strings.HasPrefix(toks[k-1].text, "ال") && strings.HasPrefix(t.text, "ل")) {
				break
			}
			k += n
			seen = true
			region = pre == 0 && v.(*kb.Entry).Type == graph.Place
			continue
		}
		if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
			k += n
			continue
		}
		if unicode.IsDigit(firstRune(t.text)) && k > i+1 {
			k++
			for k+1 < len(toks) && toks[k].text == "+" && unicode.IsDigit(firstRune(toks[k+1].text)) {
				k += 2
			}
			continue
		}
		if t.punct || !t.arabic || stopTok(t) {
			if t.key == "في" && headIs(toks[i], seatHeadsAr) && k+1 < len(toks) {
				if n, _, v := x.lx.entities.match(toks, k+1); n > 0 && v.(*kb.Entry).Type == graph.City {
					k += 1 + n
				}
			}
			break
		}
		if seen {
			break
		}
		if strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "وال") && k > i+1 {
			if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
				break
			}
			k++
			continue
		}
		// an indefinite noun in construct with a known name, in a body's
		// name («مجموعة أصدقاء بوليفيا»); never after a definite word,
		// which no genitive follows («القوات معبر رفح»: the forces, then
		// the crossing)
		if k+1 < len(toks) && !strings.HasPrefix(t.text, "و") && !pronounTok(t) && headIs(toks[i], arabicOrgHeads) && !definite(toks[k-1]) {
			if n, pre, _ := x.lx.entities.match(toks, k+1); n > 0 && pre == 0 {
				k++
				continue
			}
		}
		break
	}
	return k
}

// outletHeads are the nouns of newspapers and magazines that a title
// follows (names.tsv, outlet-head: «صحيفة», «جريدة»).
var outletHeads = wordSet("names.tsv", "outlet-head", "ar")

// outletNamed reports a known place's name at toks[i:i+n] that names a
// newspaper: after «صحيفة» or «جريدة», a quotation mark between or not
// («جريدة بغداد», «صحيفة "أوروبا"»), or quoted after «لـ» ("told"),
// the way agency copy credits a paper («قال لـ « أوروبا »»).
func outletNamed(toks []token, i, n int) bool {
	quote := func(t token) bool {
		return t.punct && (t.text == "«" || t.text == "»" || t.text == "\"" || t.text == "“" || t.text == "”")
	}
	j, quoted := i-1, false
	for j >= 0 && quote(toks[j]) {
		j--
		quoted = true
	}
	for j >= 0 && toks[j].text == "ـ" {
		j--
	}
	if j < 0 {
		return false
	}
	if headIs(toks[j], outletHeads) {
		return true
	}
	closed := i+n < len(toks) && quote(toks[i+n]) || i+n+1 < len(toks) && quote(toks[i+n+1])
	return quoted && closed && toks[j].arabic && toks[j].key == "ل"
}

// monthPair reports a month's name at toks[i] written with another
// month's name across a slash («أبريل / نيسان», «نيسان / أبريل»).
func monthPair(toks []token, i int) bool {
	if !dateWord(toks[i]) {
		return false
	}
	if _, ok := months[toks[i].key]; !ok {
		return false
	}
	month := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		_, ok := months[toks[j].key]
		return ok
	}
	return i >= 2 && toks[i-1].text == "/" && month(i-2) || i+2 < len(toks) && toks[i+1].text == "/" && month(i+2)
}

// hotelHeadsAr head the names of hotels and resorts (names.tsv,
// hotel-head): «فندق», «منتجع».
var hotelHeadsAr = wordSet("names.tsv", "hotel-head", "ar")

// hotelBrand returns the end of a hotel's brand after its head at
// toks[k]: one to three proper words, the first of which may carry the
// article («الX Y») when a proper word follows it; no common word, no
// function word, no known name, no word glued to «ل» or «و»; else k.
func hotelBrand(lx *lexicon, toks []token, k int) int {
	e := k
	for n := 0; n < 3 && e < len(toks); n++ {
		t := toks[e]
		if t.punct || !t.arabic || stopTok(t) || commonTok(t) || dateWord(t) || isArabicVerb(t) || pronounSuffixed(t.text) ||
			strings.HasPrefix(t.text, "لل") || strings.HasPrefix(t.text, "و") || utf8.RuneCountInString(t.text) < 3 {
			break
		}
		if m, _, _ := lx.entities.match(toks, e); m > 0 {
			break
		}
		if prepGlued(t) {
			break // «منتجع بضواحي X»: a preposition on a common word
		}
		if m, _, _ := matchAny(toks, e, lx.roles, lx.demonyms, lx.events); m > 0 {
			break
		}
		if definite(t) && (n > 0 || e+1 >= len(toks) || definite(toks[e+1])) {
			break
		}
		e++
	}
	if e == k+1 && definite(toks[k]) && givenAr[strings.TrimPrefix(toks[k].key, "ال")] {
		return e // «فندق الرشيد»: a given name with the article, the hotel's name
	}
	if e > k && definite(toks[e-1]) {
		e-- // an article word alone is no brand
	}
	return e
}

// prepGlued reports an Arabic word that is a preposition glued to a
// common word or a word of place («بضواحي», «لمدة»): no word of a name.
func prepGlued(t token) bool {
	for _, s := range t.stems {
		if s.prefix > 0 && utf8.RuneCountInString(s.key) >= 3 && strings.ContainsAny(t.text[:s.prefix], "بلك") && (commonAr[s.key] || arabicStop[s.key] || placeCues[s.key] || quarterWords[s.key]) {
			return true
		}
	}
	return false
}

// hotelInCity returns the end of a hotel's name at toks[i] that ends on
// its city: the head, the brand and a known city without a proclitic
// («فندق X الدوحة»; «فندق X بالدوحة» places the hotel in the city), else i.
func (x *Lexicon) hotelInCity(toks []token, i int) int {
	if !toks[i].arabic || !headIs(toks[i], hotelHeadsAr) {
		return i
	}
	b := hotelBrand(x.lx, toks, i+1)
	if b == i+1 {
		return i
	}
	if n, pre, v := x.lx.entities.match(toks, b); n > 0 && pre == 0 && v.(*kb.Entry).Type == graph.City {
		return b + n
	}
	return i
}

// cityNamedAr are the heads of bodies named after their city and the
// words that open a club's name before it (names.tsv, city-named).
var cityNamedAr = wordSet("names.tsv", "city-named", "ar")

// phrasesOf is the set of the English phrases of a class, as written,
// whose value keep accepts.
func phrasesOf(name, class string, keep func(string) bool) map[string]bool {
	m := map[string]bool{}
	for _, e := range lexRows(name, class, "en") {
		if keep(e.Value) {
			m[e.Phrase] = true
		}
	}
	return m
}

// clubBeforeEn and clubAfterEn are the words that open or close an
// English club's name with its city, as written ("Real", "United";
// names.tsv, city-named).
var (
	clubBeforeEn = phrasesOf("names.tsv", "city-named", func(v string) bool { return v == "" })
	clubAfterEn  = phrasesOf("names.tsv", "city-named", func(v string) bool { return v == "after" })
)

// teamWord reports a capitalised English plural at toks[j] that ends a
// name and is no common word, given name, acronym or head of a body's or
// place's name: the plural nickname of a team after its place ("Kestrels",
// "Miners"), not "Texas Instruments Inc" or "Carolina Street".
func teamWord(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	lk := strings.ToLower(t.text)
	if t.arabic || t.punct || !t.upper || isAcronym(t.text) || utf8.RuneCountInString(t.text) < 4 || strings.ContainsAny(t.text, "'’.") {
		return false
	}
	if !strings.HasSuffix(lk, "s") || strings.HasSuffix(lk, "ss") || strings.HasSuffix(lk, "us") || strings.HasSuffix(lk, "is") {
		return false
	}
	if capStop[lk] || commonTok(t) || givenTok(t) || orgHeads[lk] || placeHeads[lk] || siteHeads[lk] {
		return false
	}
	// a family name made of a given name ("Roberts", "Williams") or in
	// -kins, -ings ("Watkins", "Hastings") is a person's
	if givenEn[strings.TrimSuffix(lk, "s")] || strings.HasSuffix(lk, "kins") || strings.HasSuffix(lk, "ings") {
		return false
	}
	return j+1 >= len(toks) || !toks[j+1].upper || toks[j+1].punct
}

// Heads of bodies named with the city they sit in.
var (
	seatHeads   = wordSet("names.tsv", "seat-head", "en")
	seatHeadsAr = wordSet("names.tsv", "seat-head", "ar")
)

// chainGoesOn reports whether an Arabic name of n tokens at toks[i],
// opened by a body's head noun, is followed by a definite word of its
// genitive chain.
func chainGoesOn(toks []token, i, n int) bool {
	if !headIs(toks[i], arabicOrgHeads) || i+n >= len(toks) {
		return false
	}
	t := toks[i+n]
	return t.arabic && strings.HasPrefix(t.text, "ال") && !stopTok(t) && !genericAdj[t.key] && !honorificWords[t.key] && !relativeParticiples[t.key]
}

// honorificWords are the styles before names («السيد»): no body's name
// runs over them.
var honorificWords = wordSet("names.tsv", "honorific")

// latinCaseOK applies English case rules: a name starts with a capital;
// a short form written in capitals in the base ("US", "UN") matches only
// in capitals, so that the pronoun "us" is no country.
func latinCaseOK(text string, e *kb.Entry) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	letters := 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters <= 4 {
		for _, a := range e.Forms() {
			if a.Text == text || strings.ReplaceAll(a.Text, ".", "") == strings.ReplaceAll(text, ".", "") && isAcronym(text) {
				return true
			}
		}
		return !isAcronym(text) || letters > 3
	}
	return true
}

// placeAnd reports an "and" at toks[k] of a run that starts at j with a
// known country's or city's name that ends there, before a word that
// starts no such name: "talks between Russia and Ministry of Foreign
// Affairs officials" are a country and a body, not one name, and so are
// "President X of France and European Council President Y", a known
// body after "and"; "Trinidad and Tobago" is one known name, and "the
// Qatar and Chad Joint Committee" joins two countries.
func (x *Lexicon) placeAnd(toks []token, j, k int) bool {
	n, _, v := x.lx.entities.match(toks, j)
	if n == 0 || j+n != k {
		return false
	}
	if e := v.(*kb.Entry); e.Type != graph.Country && e.Type != graph.City {
		return false
	}
	if m, _, v := x.lx.entities.match(toks, k+1); m > 0 && v.(*kb.Entry).Type.Location() {
		return false
	}
	return true
}

// andPlace reports an "and" at toks[k] of a run that starts at j before
// a known country's or city's name that is no part of a known name
// holding the "and" ("Bosnia and Herzegovina"): "the Ministry of Defense
// and Russia" is a body and a country, not one name.
func (x *Lexicon) andPlace(toks []token, j, k int) bool {
	for i := j; i < k; i++ {
		if n, _, _ := x.lx.entities.match(toks, i); n > 0 && i+n > k {
			return false
		}
	}
	n, _, v := x.lx.entities.match(toks, k+1)
	if n == 0 {
		return false
	}
	e := v.(*kb.Entry)
	return e.Type == graph.Country || e.Type == graph.City
}

// countryGovernment reports a run toks[i:k] that is a country's name and
// "Government" only ("DRC Government", "Government of Kenya", "Government
// of the Republic of Chile").
func (x *Lexicon) countryGovernment(toks []token, i, k int) bool {
	switch {
	case k-i >= 2 && toks[k-1].key == "government":
		n, _, v := x.lx.entities.match(toks, i)
		return i+n == k-1 && isCountryEntry(v)
	case k-i == 1 && toks[i].key == "government" && k+1 < len(toks) && toks[k].text == "of":
		j := k + 1
		if j < len(toks) && toks[j].text == "the" {
			j++
		}
		n, _, v := x.lx.entities.match(toks, j)
		return n > 0 && isCountryEntry(v)
	}
	return false
}

// isCountryEntry reports a knowledge-base entry of a country.
func isCountryEntry(v any) bool {
	e, ok := v.(*kb.Entry)
	return ok && e.Type == graph.Country
}
