package rules

import (
	"context"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Names finds names the knowledge base does not know: persons after a
// title or an honorific, in apposition to a title, or before a verb of
// speech; capitalised English sequences typed by their head noun
// (organisations, places); and every later use of a name found so far in
// the document or in the NameBook (surnames alone included).
type Names struct {
	lx   *lexicon
	Book *NameBook // names found in a first pass over all documents; may be nil
}

// NewNames returns the name finder.
func NewNames(k *kb.KB, book *NameBook) *Names { return &Names{lx: newLexicon(k), Book: book} }

func (*Names) Name() string { return "names" }

// NameBook is a set of person names collected over a corpus, so that a
// surname alone in one article is known from a full name in another.
type NameBook struct {
	mu    sync.Mutex
	names map[string]graph.EntityType // token-key sequence -> type
	tr    trie                        // the names to match, built once after the last Add
}

// NewNameBook returns an empty book.
func NewNameBook() *NameBook { return &NameBook{names: map[string]graph.EntityType{}} }

// Add records a person mention (its full form and its last token).
func (b *NameBook) Add(m graph.Mention) {
	if m.Type != graph.Person {
		return
	}
	toks := tokenize(m.Text, 0, len(m.Text))
	var keys []string
	for _, t := range toks {
		if !t.punct {
			keys = append(keys, t.key)
		}
	}
	if len(keys) < 2 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.tr = nil
	b.names[strings.Join(keys, " ")] = graph.Person
	last := keys[len(keys)-1]
	if utf8.RuneCountInString(last) >= 4 {
		b.names[last] = graph.Person
	}
}

// lookup returns the recorded names as a trie to match against: built
// on the first call after an Add, and shared by every document after it.
func (b *NameBook) lookup() trie {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tr == nil {
		b.tr = trie{}
		for k := range b.names {
			b.tr.add(k, true) // every value is the same: the order does not matter
		}
	}
	return b.tr
}

// Names returns the recorded names, sorted.
func (b *NameBook) Names() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]string, 0, len(b.names))
	for k := range b.names {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Words that start a capitalised run without being part of a name.
var capStop = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true, "or": true, "if": true,
	"when": true, "while": true, "after": true, "before": true, "last": true, "this": true, "that": true, "these": true,
	"those": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true, "you": true, "for": true, "from": true, "with": true,
	"as": true, "by": true, "to": true, "of": true, "both": true, "each": true, "many": true, "some": true, "all": true,
	"what": true, "who": true, "how": true, "why": true, "where": true, "there": true, "here": true, "unlike": true,
	"despite": true, "among": true, "meanwhile": true, "basically": true, "looking": true, "according": true, "analysts": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "source": true, "link": true, "related": true,
	"no": true, "not": true, "yes": true, "also": true, "however": true, "today": true, "yesterday": true, "tomorrow": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "it's": true, "every": true, "any": true, "one": true, "two": true,
	"three": true, "four": true, "first": true, "second": true, "third": true, "next": true, "previous": true, "recent": true,
	"such": true, "then": true, "so": true, "because": true, "although": true, "though": true, "whether": true, "most": true,
	"more": true, "only": true, "later": true, "earlier": true, "finally": true, "instead": true, "separately": true, "moreover": true, "furthermore": true, "indeed": true, "yet": true, "thus": true, "hence": true, "therefore": true, "perhaps": true, "even": true, "just": true, "still": true, "now": true, "again": true, "once": true,
}

// orgHeads and placeHeads type a capitalised run by its words.
var orgHeads = map[string]bool{
	"ministry": true, "department": true, "council": true, "agency": true, "fund": true, "forces": true, "army": true,
	"committee": true, "office": true, "bank": true, "party": true, "staff": true, "news": true, "times": true, "post": true,
	"service": true, "commission": true, "organization": true, "organisation": true, "union": true, "institute": true,
	"university": true, "company": true, "group": true, "corporation": true, "parliament": true, "government": true,
	"navy": true, "guard": true, "court": true, "assembly": true, "senate": true, "congress": true, "administration": true,
	"press": true, "television": true, "tv": true, "network": true, "foundation": true, "association": true, "authority": true,
	"directorate": true, "intelligence": true, "police": true, "board": true, "inc": true, "corp": true, "ltd": true, "journal": true,
	"magazine": true, "radio": true, "broadcasting": true, "federation": true, "alliance": true, "league": true, "kremlin": true,
}

var placeHeads = map[string]bool{
	"palace": true, "plant": true, "base": true, "region": true, "oblast": true, "province": true, "sea": true, "ocean": true,
	"river": true, "island": true, "islands": true, "peninsula": true, "airport": true, "square": true, "street": true,
	"bridge": true, "port": true, "gulf": true, "strait": true, "valley": true, "mountains": true, "district": true, "hotel": true,
	"station": true, "county": true, "state": true, "territory": true, "lake": true, "desert": true, "coast": true, "building": true,
}

// placeModifiers may stand between a name and a lower-case place noun.
var placeModifiers = map[string]bool{"nuclear": true, "power": true, "air": true, "naval": true, "military": true, "gas": true,
	"oil": true, "border": true, "river": true, "international": true, "presidential": true, "royal": true}

// speech verbs after a name mark a person.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "stated": true, "announced": true,
	"wrote": true, "noted": true, "asked": true, "replied": true, "warned": true, "insisted": true, "confirmed": true, "denied": true}

// arabicStop are frequent words that are never part of a name.
var arabicStop = keySet(`في من إلى الى على عن مع أن إن ان قال قالت يقول تقول وقال وقالت يوم الاثنين الثلاثاء الأربعاء الخميس
		الجمعة السبت الأحد الذي التي الذين اللذين كما بعد قبل حول خلال منذ بين ضد عبر لدى عند هذا هذه ذلك تلك هو هي هم
		أضاف وأضاف أكد وأكد أعلن وأعلن إنه أنه إنها أنها لا لم لن ما قد كان كانت يكون سيكون ثم أو أم بل حتى لكن ولكن أيضا
		فقط جدا الآن اليوم أمس غدا بشكل وفقا وفق نحو أي كل بعض عدة عدد مثل غير سوف سي يمكن يجب تم وتم حيث لأن إذا
		التقى يلتقي سيلتقي اجتمع شارك يشارك زار يزور وصل أرسل رافق جلب حضر قاد ترأس برئاسة إلى بأن لقد وقد فقد
		إنهما أنهما إنهم أنهم يمكنه يمكنها يمكنهم لديه لديها عليه عليها منه منها له لها لهم المتحدة العام الماضي المقبل الحالي الخاص الرسمي الجديد الأول الثاني
		عاما عام شهر أسبوع الأسبوع ساعات ساعة دقائق يومين مساء صباح`)

// arabicConnectors join the parts of an Arabic name (keys, so «آل» is «ال»).
var arabicConnectors = map[string]bool{"بن": true, "ابن": true, "ال": true, "ابو": true, "عبد": true, "بنت": true}

// Extract finds names.
func (x *Names) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var found []graph.Mention
	// the positions of the mentions found so far, earlier and here
	spans := extract.NewSpans(len(d.Text))
	for _, m := range d.Mentions {
		spans.Add(m.Start, m.End)
	}
	taken := spans.Meets
	add := func(m graph.Mention) {
		if m.Start < m.End && !taken(m.Start, m.End) {
			found = append(found, m)
			spans.Add(m.Start, m.End)
		}
	}
	for _, s := range d.Sentences {
		toks := tokenize(d.Text, s.Start, s.End)
		for i := 0; i < len(toks); i++ {
			if toks[i].arabic && !taken(toks[i].start, toks[i].end) {
				if k := x.arabicOrg(toks, i, taken); k > i {
					add(d.Mention(toks[i].start+x.orgPrefix(toks[i]), toks[k-1].end, graph.Organization, "names", 0.6))
					i = k - 1
				} else if k := x.arabicPlace(toks, i, taken); k > i {
					add(d.Mention(toks[i].start+x.placePrefix(toks[i]), toks[k-1].end, graph.Place, "names", 0.6))
					i = k - 1
				}
			}
		}
		x.sentence(d, toks, add, taken, s.Lang)
	}
	// every later use of a person name of this document or of the book
	known := map[string]bool{}
	for _, m := range append(append([]graph.Mention(nil), d.Mentions...), found...) {
		if m.Type != graph.Person {
			continue
		}
		toks := tokenize(m.Text, 0, len(m.Text))
		var keys []string
		for _, t := range toks {
			if !t.punct {
				keys = append(keys, t.key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		known[strings.Join(keys, " ")] = true
		if last := keys[len(keys)-1]; len(keys) > 1 && utf8.RuneCountInString(last) >= 4 {
			known[last] = true
		}
	}
	var book trie
	if x.Book != nil {
		book = x.Book.lookup()
	}
	if len(known) > 0 || len(book) > 0 {
		tr := trie{}
		for k := range known {
			tr.add(k, true)
		}
		for _, s := range d.Sentences {
			toks := tokenize(d.Text, s.Start, s.End)
			for i := 0; i < len(toks); i++ {
				n, prefix, _ := matchAny(toks, i, tr, book)
				if n == 0 {
					continue
				}
				if !toks[i].arabic && !toks[i].upper {
					continue
				}
				m := d.Mention(toks[i].start+prefix, toks[i+n-1].end, graph.Person, "names", 0.7)
				add(m)
				i += n - 1
			}
		}
	}
	return extract.Result{Mentions: found}, nil
}

// sentence finds names in one sentence.
func (x *Names) sentence(d *extract.Document, toks []token, add func(graph.Mention), taken func(int, int) bool, lang string) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.punct || taken(t.start, t.end) {
			continue
		}
		// a title or honorific, then (optionally) a nationality, a known
		// body or a comma, then a name
		if n, _, v := x.lx.roles.match(toks, i); n > 0 {
			r := v.(role)
			j := i + n
			j = x.skipQualifiers(toks, j, taken)
			if j < len(toks) && (toks[j].text == "," || toks[j].text == "،") {
				j++
			}
			if k := x.name(toks, j, taken); k > j && hasHead(toks[j:k], orgHeads) && n == 1 && t.upper && j == i+1 {
				// "General Staff": a capitalised title word opens a body's name
				add(d.Mention(t.start, toks[k-1].end, graph.Organization, "names", 0.6))
				i = k - 1
				continue
			}
			if k := x.name(toks, j, taken); k > j && !hasHead(toks[j:k], orgHeads) && !hasHead(toks[j:k], placeHeads) {
				m := d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.8)
				m.Role = r.en
				add(m)
				i = k - 1
			} else {
				i += n - 1
			}
			continue
		}
		if n, _, _ := x.lx.honorifics.match(toks, i); n > 0 || t.key == "برياسه" || t.key == "بقياده" ||
			(t.key == "by" && i > 0 && (toks[i-1].key == "led" || toks[i-1].key == "headed")) {
			if n == 0 {
				n = 1
			}
			j := i + n
			if j < len(toks) && toks[j].text == "." {
				j++
			}
			if k := x.name(toks, j, taken); k > j && (t.key != "by" || k-j >= 2) {
				add(d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.8))
				i = k - 1
			}
			continue
		}
		if t.arabic {
			// a name in apposition before a title: «كيريل ديمترييف ، رئيس ...»
			if k := x.arabicNameAl(toks, i, taken, true); k >= i+2 && k+1 < len(toks) && (toks[k].text == "،" || toks[k].text == ",") {
				if n, _, _ := x.lx.roles.match(toks, k+1); n > 0 {
					add(d.Mention(toks[i].start, toks[k-1].end, graph.Person, "names", 0.7))
					i = k - 1
				}
			}
			continue
		}
		// a capitalised English run
		k := x.name(toks, i, taken)
		if k <= i {
			continue
		}
		typ, conf := x.classify(toks, i, k, lang)
		if typ == "" {
			i = k - 1
			continue
		}
		add(d.Mention(toks[i].start, x.nameEnd(toks, i, k), typ, "names", conf))
		i = k - 1
	}
}

// skipQualifiers passes over nationality adjectives, known bodies and
// "باسم" between a title and a name.
func (x *Names) skipQualifiers(toks []token, j int, taken func(int, int) bool) int {
	for j < len(toks) {
		if n, _, _ := x.lx.demonyms.match(toks, j); n > 0 {
			j += n
			continue
		}
		if taken(toks[j].start, toks[j].end) {
			j++
			continue
		}
		if toks[j].key == "باسم" || qualifierWords[toks[j].key] || toks[j].key == "في" && j+1 < len(toks) && taken(toks[j+1].start, toks[j+1].end) {
			j++
			continue
		}
		break
	}
	return j
}

// qualifierWords may stand between a title and a name: «وزير الخارجية
// آنذاك أنتوني بلينكن», "former".
var qualifierWords = keySet(`آنذاك انذاك السابق السابقة الأسبق then former ex acting interim`)

// nameEnd is the byte end of a name over toks[i:k], cutting a glued tail
// ("NovakHe" -> "Novak").
func (x *Names) nameEnd(toks []token, i, k int) int {
	last := toks[k-1]
	if g := textnorm.GluedAt(last.text); len(g) > 0 {
		return last.start + g[0]
	}
	return last.end
}

// name returns the end of a name starting at toks[j], or j.
func (x *Names) name(toks []token, j int, taken func(int, int) bool) int {
	if j >= len(toks) {
		return j
	}
	if toks[j].arabic {
		return x.arabicName(toks, j, taken)
	}
	k := j
	for k < len(toks) && k-j < 6 {
		t := toks[k]
		if t.punct || taken(t.start, t.end) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsUpper(r) {
			// name particles: "Mohammed bin Abdulrahman", "Khalil al-Hayya"
			if k > j && nameParticle(t.text) && k+1 < len(toks) && (toks[k+1].upper || strings.Contains(t.text, "-")) {
				k++
				continue
			}
			if k > j && strings.Contains(t.text, "-") && nameParticle(t.text[:strings.Index(t.text, "-")]) {
				k++
				continue
			}
			break
		}
		lk := strings.ToLower(t.text)
		if k == j && capStop[lk] {
			break
		}
		if capStop[lk] || speechVerbs[lk] || callVerbs[t.key] || meetVerbs[t.key] {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 && !(k > j && orgHeads[lk]) {
			break
		}
		if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 && k == j {
			// "Russian Armed Forces": a nationality opens a body's name
			if e := x.name(toks, k+n, taken); e > k+n && hasHead(toks[k+n:e], orgHeads) {
				k = e
			}
			break
		}
		if n, _, _ := x.lx.events.match(toks, k); n > 0 {
			break
		}
		// an initial: "B." in "Gregory B. Karasin"
		if utf8.RuneCountInString(t.text) == 1 {
			if k > j && k+1 < len(toks) && toks[k+1].text == "." {
				k += 2
				continue
			}
			break
		}
		if isAcronym(t.text) && utf8.RuneCountInString(t.text) > 1 && k == j {
			// "CBS News": an acronym opens a body's name
			if k+1 < len(toks) && orgHeads[strings.ToLower(toks[k+1].text)] {
				k += 2
				continue
			}
			break
		}
		k++
		if len(textnorm.GluedAt(t.text)) > 0 {
			break
		}
	}
	// do not end on an initial
	for k > j && (toks[k-1].text == "." || utf8.RuneCountInString(toks[k-1].text) == 1) {
		k--
	}
	// "Golan Heights region", "Zaporizhzhia nuclear power plant": lower-case
	// place nouns close a place name
	if k > j {
		e := k
		for e < len(toks) && e < k+3 && placeModifiers[toks[e].key] {
			e++
		}
		if e < len(toks) && placeHeads[toks[e].key] && !toks[e].upper {
			k = e + 1
		}
	}
	// names of bodies run over "of", "for" and "and": "Ministry of Foreign
	// Affairs", "National Security and Defense Council"
	if k > j && k+1 < len(toks) && (toks[k].text == "of" || toks[k].text == "and" || toks[k].text == "for") && toks[k+1].upper {
		if k2 := x.name(toks, k+1, taken); k2 > k+1 && (hasHead(toks[j:k], orgHeads) || hasHead(toks[k+1:k2], orgHeads)) {
			k = k2
		}
	}
	return k
}

// headline reports whether a sentence is a Title Case heading: no final
// period and most words capitalised.
func headline(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if last := toks[len(toks)-1].text; last == "." || last == "?" || last == "!" || last == "”" || last == "\"" {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.punct {
			continue
		}
		words++
		if t.upper {
			caps++
		}
	}
	return words <= 12 && caps*2 > words
}

// nameParticle reports the lower-case words inside personal names:
// "bin", "ibn", "al" ("al-Hayya"), "de", "van", "von"...
func nameParticle(w string) bool {
	if i := strings.Index(w, "-"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "bin", "bint", "ibn", "al", "el", "ul", "abu", "de", "da", "di", "du", "dos", "van", "von", "der", "den", "la", "le", "ben":
		return true
	}
	return false
}

func hasHead(toks []token, heads map[string]bool) bool {
	for _, t := range toks {
		if heads[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// arabicOrgHeads begin the names of Arabic bodies: «وزارة الخارجية»,
// «صندوق الاستثمار المباشر الروسي», «مجلس الأمن القومي والدفاع».
var arabicOrgHeads = keySet(`وزارة صندوق مجلس هيئة وكالة شركة جامعة حزب منظمة إدارة القوات لجنة بنك مصرف صحيفة قناة
		جهاز مكتب البرلمان الحكومة الجيش الاتحاد رئاسة مديرية محكمة الوزارة الهيئة الوكالة الشركة`)

// arabicPlaceHeads begin the names of Arabic places: «قصر ديريا»,
// «محطة زابوريجيا للطاقة النووية», «منطقة دونيتسك».
var arabicPlaceHeads = keySet(`قصر مطار منطقة محطة قاعدة جزيرة شبه ميناء بحر نهر جبل إقليم مقاطعة ولاية ساحة فندق معبر مضيق خليج صحراء
		القصر المطار المنطقة المحطة القاعدة الجزيرة الميناء الإقليم المقاطعة الولاية جزيره`)

// arabicPlace returns the end of an Arabic place name starting at toks[i]:
// a head noun, one proper word (not a function word, not definite), then
// the definite or «ل»-joined words of its chain («للطاقة النووية»).
func (x *Names) arabicPlace(toks []token, i int, taken func(int, int) bool) int {
	head := false
	for _, s := range toks[i].keys() {
		if arabicPlaceHeads[s.key] {
			head = true
		}
	}
	if !head {
		return i
	}
	k := i + 1
	if k < len(toks) && toks[k].key == "جزيره" { // «شبه جزيرة»
		k++
	}
	if k >= len(toks) || toks[k].punct || !toks[k].arabic || taken(toks[k].start, toks[k].end) || arabicStop[toks[k].key] ||
		strings.HasPrefix(toks[k].text, "ال") || arabicPlaceHeads[toks[k].key] || pronounSuffixed(toks[k].text) {
		return i
	}
	if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
		return i
	}
	if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
		return i
	}
	k++
	for k < len(toks) && k-i < 6 {
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] {
			break
		}
		if !(strings.HasPrefix(t.text, "لل") || strings.HasPrefix(t.text, "ال") && k > i+2) {
			break
		}
		k++
	}
	return k
}

// pronounSuffixed reports an Arabic word ending in an object pronoun
// («ضمها», «تحتلها»): a verb, not a name.
func pronounSuffixed(w string) bool {
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما")
}

// orgPrefix is the byte length of a proclitic before an organisation head.
func (x *Names) orgPrefix(t token) int {
	for _, s := range t.keys() {
		if arabicOrgHeads[s.key] {
			return s.prefix
		}
	}
	return 0
}

// arabicOrg returns the end of an Arabic body's name starting at toks[i]:
// a head noun and the definite words of its genitive chain.
func (x *Names) arabicOrg(toks []token, i int, taken func(int, int) bool) int {
	head := false
	for _, s := range toks[i].keys() {
		if arabicOrgHeads[s.key] {
			head = true
		}
	}
	if !head {
		return i
	}
	k := i + 1
	for k < len(toks) && k-i < 5 {
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] {
			break
		}
		if !(strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "وال")) {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			break
		}
		k++
	}
	if k == i+1 {
		return i
	}
	return k
}

// arabicName takes up to three tokens of an Arabic name, stopping at
// punctuation, frequent words, titles, known entities and words with the
// article (foreign names rarely carry it).
func (x *Names) arabicName(toks []token, j int, taken func(int, int) bool) int {
	return x.arabicNameAl(toks, j, taken, false)
}

// arabicNameAl is arabicName; with allowAl a definite word may close a
// two-word name where the context already says a name stands there
// («خليل الحية، رئيس ...»): Arab family names often carry the article.
func (x *Names) arabicNameAl(toks []token, j int, taken func(int, int) bool, allowAl bool) int {
	k := j
	for k < len(toks) && k-j < 6 {
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] {
			break
		}
		afterConnector := k > j && arabicConnectors[toks[k-1].key]
		familyName := allowAl && k == j+1 && !arabicStop[t.key]
		if strings.HasPrefix(t.text, "ال") && !afterConnector && !familyName || x.orgHead(t) {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			break
		}
		if n, _, _ := x.lx.events.match(toks, k); n > 0 {
			break
		}
		if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
			break
		}
		if n, _, _ := x.lx.delegation.match(toks, k); n > 0 {
			break
		}
		if utf8.RuneCountInString(t.text) < 2 {
			break
		}
		k++
		// two words make a name, unless the last was a connector
		// («فيصل بن فرحان», «آل»)
		nextJoins := k+1 < len(toks) && arabicConnectors[toks[k].key] && toks[k+1].arabic && !toks[k+1].punct
		if k-j >= 2 && !arabicConnectors[toks[k-1].key] && !nextJoins {
			break
		}
	}
	for k > j && arabicConnectors[toks[k-1].key] {
		k--
	}
	return k
}

// placePrefix is the byte length of a proclitic before a place head.
func (x *Names) placePrefix(t token) int {
	for _, s := range t.keys() {
		if arabicPlaceHeads[s.key] {
			return s.prefix
		}
	}
	return 0
}

// orgHead reports whether t (proclitics aside) begins an Arabic body's name.
func (x *Names) orgHead(t token) bool {
	for _, s := range t.keys() {
		if arabicOrgHeads[s.key] {
			return true
		}
	}
	return false
}

// classify types a capitalised English run without a title before it.
func (x *Names) classify(toks []token, i, k int, lang string) (graph.EntityType, float64) {
	org, place := false, false
	for _, t := range toks[i:k] {
		lk := strings.ToLower(t.text)
		if orgHeads[lk] {
			org = true
		}
		if placeHeads[lk] {
			place = true
		}
	}
	switch {
	case org:
		return graph.Organization, 0.6
	case place:
		return graph.Place, 0.6
	}
	words := 0
	for _, t := range toks[i:k] {
		if utf8.RuneCountInString(t.text) > 1 {
			words++
		}
	}
	// a name before a verb of speech, or after a comma and before an
	// apposition with a title
	if k < len(toks) && speechVerbs[strings.ToLower(toks[k].text)] && words >= 1 {
		return graph.Person, 0.7
	}
	if k+1 < len(toks) && toks[k].text == "," {
		j := k + 1
		for j < len(toks) && j < k+6 {
			if n, _, _ := x.lx.roles.match(toks, j); n > 0 {
				return graph.Person, 0.75
			}
			j++
		}
	}
	// a bare run of two or more capitalised words in English prose (not
	// in a Title Case headline, not Latin words inside Arabic text)
	if words >= 2 && lang == "en" && !headline(toks) {
		return graph.Person, 0.5
	}
	return "", 0
}
