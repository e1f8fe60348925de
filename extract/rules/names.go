package rules

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// Names finds names the knowledge base does not know: persons after a
// title or an honorific, in apposition to a title, or before a verb of
// speech; capitalised English sequences typed by their head noun
// (organisations, places); and every later use of a name found so far in
// the document or in the NameBook (surnames alone included).
type Names struct {
	lx   *lexicon
	gate *Gate
	Book *NameBook // names found in a first pass over all documents; may be nil
	// onlyBook: find only the uses of the book's names (the pass after
	// the name book), not new names
	onlyBook bool
}

// NewBookNames returns the finder of the uses of the book's names: a
// surname alone in one article, known from a full name in another.
func NewBookNames(k *kb.KB, book *NameBook) *Names {
	return &Names{lx: newLexicon(k), gate: NewGate(k), Book: book, onlyBook: true}
}

// NewNames returns the name finder. Every name it proposes passes the
// gate (see Gate).
func NewNames(k *kb.KB, book *NameBook) *Names {
	return &Names{lx: newLexicon(k), gate: NewGate(k), Book: book}
}

func (*Names) Name() string { return "names" }

// NameBook is a set of person names collected over a corpus, so that a
// surname alone in one article is known from a full name in another.
type NameBook struct {
	mu    sync.Mutex
	names map[string]graph.EntityType // token-key sequence -> type
	once  sync.Once
	tr    trie // the names, built once on first lookup
}

// lookup returns the book's names as a trie, built once: the book is
// complete before any document looks names up in it.
func (b *NameBook) lookup() trie {
	b.once.Do(func() {
		b.tr = trie{}
		for _, n := range b.Names() {
			b.tr.add(n, true)
		}
	})
	return b.tr
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
	b.names[strings.Join(keys, " ")] = graph.Person
	last := keys[len(keys)-1]
	// an Arab family name with the article is often an adjective too
	// («الصالح»: the good), and some are more often words («امام»:
	// before), or given names shaped as adjectives («عادل», «سعيد»):
	// alone, in another article, they name no one. Nor does the
	// word after «بن», «أبو»/«أبي» or «آل» («حمد بن راشد», «علي بن أبي
	// ناصف», «آل زامل»): it names the father, the kunya or the house with
	// its connector, never this person alone
	patronym := patronymAt(keys, len(keys)-1)
	if utf8.RuneCountInString(last) >= 4 && !strings.HasPrefix(last, "ال") && !wordlikeAr[last] && !commonAr[last] && !(givenAr[last] && adjectiveShaped(last)) && !patronym {
		b.names[last] = graph.Person
	}
}

// patronymAt reports a word of a name's keys after a connector («بن»,
// «أبو»/«أبي»/«أبا», «آل», «عبد»): it names the father, the kunya, the
// house or God with the connector, never the person alone.
func patronymAt(keys []string, i int) bool {
	if i < 1 {
		return false
	}
	prev := keys[i-1]
	return arabicConnectors[prev] || prev == "ابي" || prev == "ابا"
}

// adjectiveShaped reports an Arabic key of four letters in the shape of
// an adjective or a participle, فاعل or فعيل («عادل», «حافظ»: just,
// keeping; «سعيد», «حبيب»: happy, beloved). A given name so shaped is
// also the word: a family name that is one names no one alone in another
// article.
func adjectiveShaped(key string) bool {
	r := []rune(key)
	if len(r) != 4 || r[0] == 'ا' || r[0] == 'ي' || r[0] == 'و' {
		return false
	}
	return r[1] == 'ا' && r[2] != 'ا' && r[2] != 'ي' && r[2] != 'و' || r[2] == 'ي' && r[1] != 'ا' && r[1] != 'ي' && r[1] != 'و'
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

// familyNamesFirst are the family names written first (names.tsv
// family-first): "Zhang" of "Zhang Wei".
var familyNamesFirst = wordSet("names.tsv", "family-first", "en")

// Words that start a capitalised run without being part of a name.
var capStop = wordSet("names.tsv", "stop", "en")

// orgHeads and placeHeads type a capitalised run by its words.
var orgHeads = wordSet("names.tsv", "org-head", "en")

var placeHeads = wordSet("names.tsv", "place-head", "en")

// siteHeads head the names of sites when capitalised (names.tsv site-head).
var siteHeads = wordSet("names.tsv", "site-head", "en")

// placeModifiers may stand between a name and a lower-case place noun.
var placeModifiers = wordSet("names.tsv", "place-modifier", "en")

// modifiedHeads are lower-case place nouns that close a place's name only
// after a place modifier ("the Belmora refugee camp"; "the Belmora camp"
// is a faction).
var modifiedHeads = wordSet("names.tsv", "modified-head", "en")

// speech verbs after a name mark a person.
var speechVerbs = wordSet("names.tsv", "speech", "en")

// arabicStop are frequent words that are never part of a name, and the
// verbs of speech of the relation patterns («صرحت», «أوضح»: after a title
// in a sentence that puts its subject first, the verb is no name).
var arabicStop = union(wordSet("names.tsv", "stop", "ar"), arabicSpeech)

// arabicConnectors join the parts of an Arabic name (keys, so «آل» is «ال»).
var arabicConnectors = wordSet("names.tsv", "connector", "ar")

// alGiven lists given names that carry the article («الطاهر», «الحبيب»):
// after a title or an honorific they may open a name.
var alGiven = wordSet("names.tsv", "given-al", "ar")

// Extract finds names.
func (x *Names) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var found []graph.Mention
	// the positions of the mentions found so far, earlier and here, and
	// where persons' names end: tests that take time in proportion to a
	// span, not to the mentions of the document
	spans := extract.NewSpans(len(d.Text))
	personEnd := map[int]bool{}
	// the last words of the Arabic persons' names of two words or more
	// found so far: family names the article has given in full
	family := map[string]bool{}
	empty := false // an empty span, which the set cannot hold: test pair by pair
	note := func(m graph.Mention) {
		spans.Add(m.Start, m.End)
		empty = empty || m.Start >= m.End
		if m.Type == graph.Person {
			personEnd[m.End] = true
			if k := lastKey(m.Text); k != "" {
				family[k] = true
			}
		}
	}
	for _, m := range d.Mentions {
		note(m)
	}
	taken := func(start, end int) bool {
		if start < end && !empty {
			return spans.Meets(start, end)
		}
		for _, ms := range [][]graph.Mention{d.Mentions, found} {
			for _, m := range ms {
				if m.Start < end && start < m.End {
					return true
				}
			}
		}
		return false
	}
	// each sentence is read once, for every loop below
	sentToks := make([][]token, len(d.Sentences))
	tokensOf := func(si int) []token {
		if sentToks[si] == nil {
			s := d.Sentences[si]
			sentToks[si] = tokenize(d.Text, s.Start, s.End)
		}
		return sentToks[si]
	}
	// add vets a candidate and keeps what the gate lets through and no
	// earlier name covers; it reports whether anything was kept
	add := func(m graph.Mention, ev evidence) bool {
		if m.Start >= m.End {
			return false
		}
		if e := x.lx.holderEnd(d, m); e > m.End && !taken(m.End, e) {
			// a known office-holder's full name runs on past where the
			// finder stopped: the name is the whole of it
			m = respan(d, m, m.Start, e)
		}
		if b := x.lx.holderStart(d, m, tokensOf); b < m.Start && !taken(b, m.Start) {
			// or opens before it: a word of it read as a title ("Amir"
			// of "Amir Khan X")
			m = respan(d, m, b, m.End)
		}
		kept := false
		for _, n := range x.gate.vetIn(d, m, ev, tokensOf) {
			if !taken(n.Start, n.End) {
				found = append(found, n)
				note(n)
				kept = true
			}
		}
		return kept
	}
	// personEnds reports a person's name found so far that ends at byte e
	personEnds := func(e int) bool { return personEnd[e] }
	familyName := func(key string) bool { return family[key] }
	// the wire agency of a dateline: its place is the slot's evidence
	// (the gate, which reads words, would refuse the initials «أ ش أ»)
	if s, e := datelineAgency(d); s < e && !x.onlyBook && !taken(s, e) {
		m := d.Mention(s, e, graph.Organization, "names", 0.6)
		found = append(found, m)
		note(m)
	}
	for si, s := range d.Sentences {
		if x.onlyBook {
			break
		}
		if ctx.Err() != nil {
			return extract.Result{}, ctx.Err()
		}
		toks := tokensOf(si)
		for i := 0; i < len(toks); i++ {
			if toks[i].arabic && !taken(toks[i].start, toks[i].end) {
				if k, typ := x.namedAfter(toks, i, taken); k > i && add(d.Mention(toks[i].start+eponymPrefix(toks[i]), toks[k-1].end, typ, "names", 0.6), evNone) {
					i = k - 1
				} else if k := x.arabicOrg(toks, i, taken); k > i && add(d.Mention(toks[i].start+x.orgPrefix(toks[i]), toks[k-1].end, graph.Organization, "names", 0.6), evNone) {
					i = k - 1
				} else if k := x.arabicPlace(toks, i, taken); k > i && add(d.Mention(toks[i].start+x.placePrefix(toks[i]), toks[k-1].end, graph.Place, "names", 0.6), evNone) {
					i = k - 1
				} else if a, k := x.arabicCityOfKind(toks, i, taken); k > a && add(d.Mention(toks[a].start, toks[k-1].end, graph.City, "names", 0.6), evTitle) { // the kind names it
					i = k - 1
				} else if items := x.arabicPlaceList(toks, i, taken); len(items) > 0 {
					for _, it := range items {
						add(d.Mention(it[0], it[1], graph.Place, "names", 0.6), evTitle) // the head names them
					}
				}
			}
		}
		x.sentence(d, toks, add, taken, personEnds, familyName, s.Lang)
		// an office-holder's full name no finder took: the knowledge
		// base names a person («موساليا مودافادي» after a verb, «محمد
		// شياع السوداني», whose last word is an adjective too)
		for i := 0; i < len(toks); i++ {
			if toks[i].punct || taken(toks[i].start, toks[i].end) {
				continue
			}
			if e, pre := x.lx.holderAt(toks, i); e > 0 && !taken(toks[i].start+pre, e) && add(d.Mention(toks[i].start+pre, e, graph.Person, "names", 0.8), evKnown) {
				for i+1 < len(toks) && toks[i+1].end <= e {
					i++
				}
			}
		}
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
		// the last word alone, save after a connector: «عبد الرحيم»,
		// «أبو الخير», «بن راشد» name the person with the connector, and
		// the word alone is another's name or a word («الرحيم», «الخير»)
		// «الله» closes a theophoric name («نصر الله», «فضل الله»): alone it
		// is God's name, and the person is named with the word before it
		if last := keys[len(keys)-1]; len(keys) > 1 && utf8.RuneCountInString(last) >= 4 && !patronymAt(keys, len(keys)-1) {
			if last == "الله" {
				known[keys[len(keys)-2]+" "+last] = true
			} else {
				known[last] = true
			}
		}
		// Chinese and Korean names open with the family name, by which
		// the news names the person again ("Zhang Wei", then "Zhang")
		if len(keys) >= 2 && len(keys) <= 3 && !toks[0].arabic && familyNamesFirst[keys[0]] {
			known[keys[0]] = true
		}
		// a family name that is a kunya is used with its «أبو» («أحمد أبو
		// سمرة», then «أبو سمرة»)
		if n := len(keys); n > 2 && keys[n-2] == "ابو" {
			known[keys[n-2]+" "+keys[n-1]] = true
		}
		// a Latin name of four words or more is cut short by one of its
		// middle words too ("Luiz Carlos Bento da Rocha", then "Bento";
		// "Ana Maria Lopez Ortega", then "Lopez"): a word of four letters
		// or more, no particle, no given name of the lists
		if len(keys) >= 4 && !toks[0].arabic {
			for _, w := range keys[1 : len(keys)-1] {
				if utf8.RuneCountInString(w) >= 4 && !nameParticle(w) && !givenEn[w] {
					known[w] = true
				}
			}
		}
	}
	var tries []trie
	if len(known) > 0 {
		tr := trie{}
		for k := range known {
			tr.add(k, true)
		}
		tries = append(tries, tr)
	}
	if x.Book != nil {
		tries = append(tries, x.Book.lookup())
	}
	for _, tr := range tries {
		for si := range d.Sentences {
			if err := ctx.Err(); err != nil {
				return extract.Result{}, err
			}
			toks := tokensOf(si)
			for i := 0; i < len(toks); i++ {
				n, prefix, _ := tr.match(toks, i)
				if n == 0 {
					continue
				}
				if !toks[i].arabic && !toks[i].upper {
					continue
				}
				if n == 1 && x.inOtherName(toks, i, prefix, taken) {
					continue
				}
				m := d.Mention(toks[i].start+prefix, toks[i+n-1].end, graph.Person, "names", 0.7)
				if add(m, evKnown) {
					i += n - 1
				}
			}
		}
	}
	return extract.Result{Mentions: found}, nil
}

// inOtherName reports a known Arabic family name, one word alone, that
// stands inside another person's name: a given name right before it
// («جمال توفيق»; not «صبري وعنان», a list, nor «طالب عنان», a verb), or, when the word is itself a
// given name, after it a given name («عباس محمود»), the second word of a
// compound given name («صلاح الدين»), a family name with the article or a
// proper word («توفيق الخطيب», «أحمد فهمي») that no list knows as a word,
// a title, a nationality or an event's word and no other name holds (not
// «توفيق الحكومة», «زار توفيق القاهرة», «رافق توفيق المستشار», «عادت
// عائشة ومرافقوها»). The word is then that person's given or father's
// name, not a later use of the name the article gave in full. prefix is
// the byte length of the proclitic before the known word.
func (x *Names) inOtherName(toks []token, i, prefix int, taken func(int, int) bool) bool {
	t := toks[i]
	if !t.arabic {
		// English: before the head of a body or a place named after a
		// person ("the Nolan Prize", "Verdi Street") the name is the
		// eponym's
		if i+1 < len(toks) && toks[i+1].upper {
			w := strings.ToLower(toks[i+1].text)
			return eponymHeadsEn[w]
		}
		return false
	}
	// right after the head of a body or a place named after a person
	// («جائزة نوبل», «بجامعة X», «شارع X») the name is the eponym's,
	// part of that name, no use of the person's
	if i > 0 && toks[i-1].arabic && prefix == 0 {
		for _, s := range toks[i-1].keys() {
			if eponymHeads[s.key] {
				return true
			}
		}
	}
	if i > 0 && toks[i-1].arabic && !strings.HasPrefix(t.text[:prefix], "و") {
		// a given name shaped as a participle is also a verb or a word
		// («طالب أنان»: Annan asked)
		for _, s := range toks[i-1].keys() {
			if givenAr[s.key] && !adjectiveShaped(s.key) {
				return true
			}
		}
	}
	if i+1 >= len(toks) || !toks[i+1].arabic || toks[i+1].punct || !givenTok(t) {
		return false
	}
	n := toks[i+1]
	if givenAr[n.key] || alGivenTok(n) || n.key == "الدين" {
		return true
	}
	stem, al := strings.CutPrefix(n.key, "ال")
	switch {
	case taken(n.start, n.end), strings.HasPrefix(n.key, "و"), timeWords[n.key], pronounSuffixed(n.key):
		return false
	case al:
		if utf8.RuneCountInString(stem) < 3 || definiteCommon(n) || commonAr[stem] || wordlikeAr[stem] || arabicStop[n.key] || wordlikeAr[n.key] {
			return false
		}
	case !nameGoesOn(n):
		return false
	}
	for _, tr := range []trie{x.lx.roles, x.lx.honorifics, x.lx.demonyms, x.lx.events, x.lx.delegation} {
		if k, _, _ := tr.match(toks, i+1); k > 0 {
			return false
		}
	}
	return true
}

// holderEnd returns the byte end of the knowledge base's office-holder
// whose full name opens at a person mention m and runs past its end
// («لويس إيناسيو» found, «لويس إيناسيو لولا دا سيلفا» written: «لولا»
// and «دا» are words of Arabic too, where the finder stops), within m's
// sentence; 0 when none. The name is matched by its spelling, else by
// its sound (kb.SoundKey: «لويز إيناسيو لولا دا سيلفا», «إسبن بارث
// إيده» are the holders' names in another spelling).
func (lx *lexicon) holderEnd(d *extract.Document, m graph.Mention) int {
	if m.Type != graph.Person || len(lx.holders) == 0 || len(d.Sentences) == 0 {
		return 0
	}
	si := d.SentenceAt(m.Start)
	if si < 0 || si >= len(d.Sentences) {
		return 0
	}
	toks := tokenize(d.Text, m.Start, d.Sentences[si].End)
	if n, prefix, _ := lx.holders.match(toks, 0); n > 0 && prefix == 0 {
		if toks[n-1].end > m.End {
			return toks[n-1].end
		}
		return 0
	}
	// by sound: the longest run of words from m's start, past its end,
	// no further than a holder's name is long
	if toks[0].end <= m.Start {
		return 0
	}
	key := translit.Key(d.Text[m.Start:toks[0].end])
	if !lx.kb.HolderOpens(key) {
		return 0
	}
	end := 0
	for j := 1; j < len(toks) && j < maxHolderWords; j++ {
		if toks[j].punct && toks[j].text != "-" {
			break
		}
		if !toks[j].punct {
			key += " " + translit.Key(toks[j].text)
		}
		if toks[j].end > m.End && !toks[j].punct && len(lx.kb.HoldersByKey(key)) > 0 {
			end = toks[j].end
		}
	}
	return end
}

// respan returns mention m over bytes [start, end) of d, with what its
// proposer knew of it (its title's role, its language).
func respan(d *extract.Document, m graph.Mention, start, end int) graph.Mention {
	n := d.Mention(start, end, m.Type, m.Extractor, m.Confidence)
	n.Role, n.Lang = m.Role, m.Lang
	return n
}

// holderStart returns the byte start of the knowledge base's office-
// holder whose full name ends where a person mention m does and opens up
// to three words before it, in m's sentence ("Khan X" found, "Amir Khan
// X" written, "Amir" read as a title); m.Start when none.
func (lx *lexicon) holderStart(d *extract.Document, m graph.Mention, tokensOf func(int) []token) int {
	if m.Type != graph.Person || len(lx.holders) == 0 {
		return m.Start
	}
	si := d.SentenceAt(m.Start)
	if si < 0 || si >= len(d.Sentences) {
		return m.Start
	}
	toks := tokensOf(si)
	a := -1
	for i, t := range toks {
		if t.start == m.Start {
			a = i
			break
		}
	}
	for j := a - 1; a > 0 && j >= 0 && j >= a-3 && !toks[j].punct; j-- {
		if n, prefix, _ := lx.holders.match(toks, j); n > a-j && toks[j+n-1].end == m.End {
			return toks[j].start + prefix
		}
	}
	return m.Start
}

// maxHolderWords bounds the words of an office-holder's name read by
// its sound.
const maxHolderWords = 6

// holderAt returns the end of the office-holder's full name (two words
// or more, as the knowledge base spells it) that opens at toks[i] and
// stands alone: no capitalised or given name joins it before or after
// (the holder's name is then part of another's). 0 when none.
func (lx *lexicon) holderAt(toks []token, i int) (end, prefix int) {
	n, prefix, _ := lx.holders.match(toks, i)
	words := 0
	for _, t := range toks[i : i+n] {
		if !t.punct {
			words++
		}
	}
	if n == 0 || words < 2 {
		return 0, 0
	}
	if i > 0 && prefix == 0 && lx.nameWordTok(toks[i-1], false) {
		return 0, 0
	}
	if i+n < len(toks) && lx.nameWordTok(toks[i+n], true) {
		return 0, 0
	}
	return toks[i+n-1].end, prefix
}

// nameWordTok reports a word that may be part of a person's name next to
// another: a capitalised Latin word that is no title or sentence's first
// word, an Arabic given name or family particle; after: the word follows
// the name.
func (lx *lexicon) nameWordTok(t token, after bool) bool {
	if t.punct || lx.titleKeys[t.key] {
		return false
	}
	if !t.arabic {
		return t.upper && !commonEn[t.key]
	}
	return givenTok(t) || after && (t.key == "بن" || t.key == "ال" || t.key == "ابو")
}

// lastKey returns the key of the last word of an Arabic name of two
// words or more, "" for a shorter one or a Latin one.
func lastKey(name string) string {
	toks := tokenize(name, 0, len(name))
	var words []token
	for _, t := range toks {
		if !t.punct {
			words = append(words, t)
		}
	}
	if len(words) < 2 || !words[len(words)-1].arabic || utf8.RuneCountInString(words[len(words)-1].key) < 3 {
		return ""
	}
	return words[len(words)-1].key
}

// runOnWord reports an Arabic word that goes on from a name into the
// sentence: a common word of the language, a function word or a verb
// («تجاوز», «حالة», «اجرى», «سيزور»), no given name.
func runOnWord(t token) bool {
	if !t.arabic || t.punct || givenTok(t) {
		return false
	}
	return commonTok(t) || stopTok(t) || futureVerbTok(t) || presentVerbTok(t) || pluralVerbTok(t) || verbShapeTok(t)
}

// titleAt matches a title at toks[i], an Arabic one with a pronoun
// suffix too («نائبه», «مستشارها»: his deputy, her adviser).
// binAfter reports "bin", "bint" or "ibn" after the English word at
// toks[i]: the word is a given name of a nasab, whatever else it reads as
// ("Sultan bin Khalifa", "Amir bin Saad", «مساعد بن محمد»).
func binAfter(toks []token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	if toks[i].arabic {
		return lineageOpens(toks, i) // «الدكتور مساعد بن محمد»
	}
	return lineageParticle(toks[i+1].text) && toks[i+2].upper
}

// lineageParticle reports an English name's word of lineage: "bin",
// "bint", "ibn".
func lineageParticle(w string) bool { return w == "bin" || w == "bint" || w == "ibn" }

func (x *Names) titleAt(toks []token, i int) (int, any) {
	if n, _, v := x.lx.roles.match(toks, i); n > 0 {
		if n == 1 && binAfter(toks, i) {
			return 0, nil // "Sultan bin Khalifa": a given name before "bin", no title
		}
		return n, v
	}
	for _, base := range encliticBases(toks[i]) {
		if n, _, v := x.lx.roles.match(base, 0); n == 1 && !v.(role).honorific {
			return 1, v
		}
	}
	return 0, nil
}

// sentence finds names in one sentence.
func (x *Names) sentence(d *extract.Document, toks []token, add func(graph.Mention, evidence) bool, taken func(int, int) bool, personEnds func(int) bool, familyName func(string) bool, lang string) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.punct || taken(t.start, t.end) {
			continue
		}
		// a title or honorific, then (optionally) a nationality, a known
		// body or a comma, then a name
		if n, v := x.titleAt(toks, i); n > 0 {
			r := v.(role)
			j := i + n
			if i > 0 && toks[i].arabic && facilityHeads[toks[i-1].key] {
				// «مطار الملك خالد الدولي», «جسر الملك فهد»: a place named
				// after a ruler, no person here (names.tsv: facility-head)
				i += n - 1
				continue
			}
			genitive := false
			if constructTitle(toks[j-1]) && j < len(toks) && toks[j].arabic && !toks[j].punct && !taken(toks[j].start, toks[j].end) && !definite(toks[j]) && !x.orgHead(toks[j]) {
				// «ملك نافارا»: the realm in construct, not a name; a name
				// may follow a proper one («ملك نافارا سانشو»), not a
				// common noun the chain goes on from («زعيم قبيلة X»)
				genitive = true
				// («أمير حسين X»: a given name after it, the title word is
				// a given name too)
				if commonTok(toks[j]) || headIs(toks[j], arabicPlaceHeads) || notNameStartAt(toks, j, taken) || givenAr[toks[j].key] {
					i += n - 1
					continue
				}
				j++
			}
			// «المتحدث الرسمي باسم الحكومة»: a spokesman's title whose
			// «باسم» has not come yet takes it before the body; after any
			// other title «باسم» may be the given name Basem
			basim := !strings.HasPrefix(r.en, "spokes") || hasKey(toks[i:j], "باسم")
			j = x.skipQualifiers(toks, j, taken, basim)
			if j < len(toks) && (toks[j].text == "," || toks[j].text == "،") {
				j++
			}
			// «الوزير الأول السيد المختار ولد X»: a style of address
			// between the title and the name, before a given name with
			// the article
			if h, _, _ := x.lx.honorifics.match(toks, j); h == 1 && toks[j].arabic && j+1 < len(toks) && alGiven[toks[j+1].key] {
				j++
			}
			if genitive && j < len(toks) && weakNameStart(toks[j]) || j < len(toks) && conjunctionOpens(toks, j) {
				i += n - 1
				continue
			}
			if end, typ := x.namedAfterEn(toks, i, j, taken); end > j && n == 1 && add(d.Mention(t.start, toks[end-1].end, typ, "names", 0.6), evNone) {
				i = end - 1 // "King Hamid Causeway", "Sheikh Rashid Center for Cancer Research"
				continue
			}
			if k := x.name(toks, j, taken); k > j && hasHead(toks[j:k], orgHeads) && n == 1 && t.upper && j == i+1 {
				// "General Staff": a capitalised title word opens a body's name
				if add(d.Mention(t.start, toks[k-1].end, graph.Organization, "names", 0.6), evNone) {
					i = k - 1
					continue
				}
			}
			k := verbEnds(toks, j, x.titleName(toks, j, taken))
			if k > j+1 && toks[j].arabic {
				// «وزير العدل مولانا X Y Z W،»: after a style of address
				// a comma closes a longer name
				if h, _, _ := x.lx.honorifics.match(toks, j); h == 1 {
					k = x.commaClosedName(toks, j+1, k, taken)
				}
			}
			if k == j+3 && eastAsianOpens(toks, j, k) || k == j && eastAsianOpens(toks, j, len(toks)) && !taken(toks[j+1].start, toks[j+1].end) && !taken(toks[j+2].start, toks[j+2].end) && !givenTok(toks[j+2]) && x.properNext(toks, j+2, taken) {
				k = j + 3 // «رئيس الوزراء الفيتنامي فام مينه تشينه»
			}
			if k == j+2 && familyName(toks[j].key) && runOnWord(toks[j+1]) {
				// «الرئيس كارتوف تجاوز صلاحياته»: after a title, a family
				// name the article has given in full is the whole name;
				// the common word after it opens what the person did
				k = j + 1
			}
			if k > j && k < len(toks) && !taken(toks[k].start, toks[k].end) && nisbaAfterNationality(x.lx, toks, j, k) {
				// «نظيره العراقي فؤاد المصري», «السفير الإماراتي محمد
				// المغربي»: the title has its nationality already, so a
				// nationality after the given names is the family's
				k++
			}
			if j < len(toks) && notNameStartAt(toks, j, taken) && x.foreignPair(toks, j, taken) {
				k = j + 2 // «وزير الخارجية التركي أمره أكدوغان،»
			} else if j < len(toks) && notNameStartAt(toks, j, taken) && foreignTripleShape(toks, j) && !taken(toks[j].start, toks[j+2].end) {
				k = j + 3 // «وزير الخارجية التركي أمره قايا أوغلو،»
			}
			if k > j && !hasHead(toks[j:k], orgHeads) && (!placeHeaded(toks[j:k]) || givenSurnameHead(toks, j, k)) && (!notNameStartAt(toks, j, taken) || k == j+2 && x.foreignPair(toks, j, taken) || k == j+3 && foreignTripleShape(toks, j) || basim && x.basimAt(toks, j, taken) || k == j+3 && eastAsianOpens(toks, j, k) || nationalityOpensName(x.lx, toks, j, k)) && !(r.plural && pluralTitleStop(toks[j])) {
				if r.plural {
					// «نظيراه النرويجي X والدنماركي Y»: the next country's
					// adjective ends the first name
					for c := j + 1; c < k; c++ {
						if x.sharedNext(d, toks, c) {
							k = c
							break
						}
					}
				}
				m := d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.8)
				m.Role = r.en
				if add(m, evTitle) {
					if r.plural {
						// (the bodies a list: «وزيرا خارجية تونس والمغرب X وY»)
						listed := false
						for _, b := range toks[i+n : j] {
							listed = listed || b.arabic && strings.HasPrefix(b.text, "و")
						}
						x.sharedTitleNames(d, toks, k, listed, taken, add)
					}
					if j == i+n {
						i = k - 1
					} else {
						i += n - 1 // the words between, a body's name, are read next
					}
				} else {
					i += n - 1
				}
			} else {
				i += n - 1
			}
			continue
		}
		// «وترأس وفد الحوثيين X», «ويقود الوفد اليمني X»: a verb of
		// leading, then the delegation it governs, then its head's name
		if j := x.ledDelegationEnd(toks, i, taken); j > 0 {
			if k := x.arabicNameAl(toks, j, taken, true); k >= j+2 && !notNameStartAt(toks, j, taken) && !conjunctionOpens(toks, j) && !cliticVerbTok(toks[j]) && !prepPhraseAt(toks, j) {
				if add(d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.7), evTitle) {
					i = k - 1
				}
			}
			continue
		}
		// «منافسه X Y»: a noun of kinship or rivalry with its pronoun,
		// then a name of two words or more that reads as one without
		// the noun's help
		if t.arabic && headIs(t, personCues) {
			j := i + 1
			if k := x.arabicNameAl(toks, j, taken, true); k >= j+2 && properAfter(toks[j]) && properAfter(toks[j+1]) && !(strings.HasPrefix(toks[j].text, "و") && !givenAr[toks[j].key]) && !notNameStartAt(toks, j, taken) && !conjunctionOpens(toks, j) && !cliticVerbTok(toks[j]) && !prepPhraseAt(toks, j) {
				if add(d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.7), evTitle) {
					i = k - 1
				}
			}
			continue
		}
		n, _, _ := x.lx.honorifics.match(toks, i)
		if n == 0 && excellencyAt(toks, i) {
			n = 2 // "His Excellency"
		}
		if n > 0 || t.key == "برياسه" || t.key == "بقياده" || headedByVerbs[t.key] && i > 0 && delegationWordBefore(toks, i) ||
			(t.key == "by" && i > 0 && (toks[i-1].key == "led" || toks[i-1].key == "headed")) {
			if n == 0 {
				n = 1
			}
			j := i + n
			if t.key == "السلطان" && !(j+1 < len(toks) && arabicConnectors[toks[j+1].key]) {
				// «السلطان X بن Y», the style of a reigning sultan,
				// before his nasab; a sultan of history is named by
				// epithets the other finders read («السلطان المنصور
				// قلاوون»)
				continue
			}
			if j < len(toks) && (toks[j].text == "." || toks[j].text == "/" && toks[i].arabic) {
				j++ // "Mr. X", «السيد/ X» (a slash after an Arabic style, as Egyptian releases write it)
			}
			// «برئاسة عضو المكتب السياسي X», «بقيادة القيادي في الحركة X»:
			// a membership of an organ the titles lack, between the verb
			// of heading and the name
			if t.key == "برياسه" || t.key == "بقياده" {
				j = memberPhraseEnd(toks, j, taken)
			}
			// «المشير الليبي X»: a rank, then a nationality, then the name
			if d, _, _ := x.lx.demonyms.match(toks, j); n > 0 && d > 0 && toks[i].arabic && !(d == 1 && lineageOpens(toks, j)) {
				j += d
			}
			// an honorific says a name follows, as a title does: an Arab
			// family name may carry the article («السيد كريم العلوي»),
			// where a proper word opens it («سعادة السيد»: a common one)
			name := x.name
			if j < len(toks) && (toks[j].arabic && !notNameStartAt(toks, j, taken) || !toks[j].arabic && t.key != "by") {
				name = x.titleName // and "Mr. Said Nasser"
			}
			k := verbEnds(toks, j, name(toks, j, taken))
			if t.arabic && k > j {
				k = x.commaClosedName(toks, j, k, taken)
			}
			if k > j && (t.key != "by" || k-j >= 2) && !(n == 1 && t.key == "الفريق" && !teamRankName(toks, j, k)) && !conjunctionOpens(toks, j) && !cliticVerbTok(toks[j]) && !prepPhraseAt(toks, j) {
				if add(d.Mention(toks[j].start, x.nameEnd(toks, j, k), graph.Person, "names", 0.8), evTitle) {
					i = k - 1
					continue
				}
			}
			// the words of a style of several words name no one ("the
			// Custodian of the Two Holy Mosques received ...")
			i += n - 1
			continue
		}
		if t.arabic && t.key == "كلا" && i+2 < len(toks) && toks[i+1].key == "من" {
			// «ضم الوفد كلا من X Y وZ W»: a list of persons' names
			if k := x.listedNames(d, toks, i+2, taken, add); k > i+2 {
				i = k - 1
				continue
			}
		}
		if t.arabic {
			// a verb that opens its clause, then its subject's name: a
			// given name of the lists, then a proper word («وصلت لينا X
			// إلى P», «التقت سلمى X نظيرها»); a woman's given name is
			// often a common word too, which a tagger passes over
			// (the third word may be the object's: «استقبلت ريم X وفدا»)
			if k := x.subjectAfterVerb(toks, i, taken, i > 0 && personEnds(toks[i-1].end) && meetVerbBefore(toks, i-1)); k > i {
				if add(d.Mention(toks[i].start, toks[k-1].end, graph.Person, "names", 0.7), evTitle) {
					i = k - 1
					continue
				}
				if k > i+2 && add(d.Mention(toks[i].start, toks[i+1].end, graph.Person, "names", 0.7), evTitle) {
					i++
					continue
				}
			}
			// a name between a verb of speech and its title in apposition,
			// without a comma: «أعلن كارل نوردن مبعوث الأمم المتحدة أن ...»
			if k := x.speakerBeforeTitle(toks, i, taken, i > 0 && personEnds(toks[i-1].end) && meetVerbBefore(toks, i-1)); k > i {
				if add(d.Mention(toks[i].start, toks[k-1].end, graph.Person, "names", 0.7), evTitle) {
					i = k - 1
					continue
				}
			}
			// a name before «بصفته» (in his capacity as): «وشارك X Y
			// بصفته وزيرا للخارجية»
			if k := x.arabicNameAl(toks, i, taken, true); k >= i+2 && k <= i+4 && k < len(toks) && !notNameStartAt(toks, i, taken) && !definite(toks[i]) {
				c := k
				if toks[c].text == "،" || toks[c].text == "," {
					c++
				}
				if c < len(toks) && (toks[c].key == "بصفته" || toks[c].key == "بصفتها") {
					if add(d.Mention(toks[i].start, x.nameEnd(toks, i, k), graph.Person, "names", 0.7), evTitle) {
						i = k - 1
						continue
					}
				}
			}
			// the person whose office another takes over: «سيخلف X Y
			// المستقيل كمبعوث ...»
			if k := x.succeededName(toks, i, taken); k > i {
				if add(d.Mention(toks[i].start, toks[k-1].end, graph.Person, "names", 0.7), evTitle) {
					i = k - 1
					continue
				}
			}
			// a name in apposition before a title: «فاليري غوردييف ، رئيس ...»
			if k := x.arabicNameAl(toks, i, taken, true); k >= i+2 && k+1 < len(toks) && (toks[k].text == "،" || toks[k].text == ",") {
				if n, _, _ := x.lx.roles.match(toks, k+1); n > 0 && add(d.Mention(toks[i].start, toks[k-1].end, graph.Person, "names", 0.7), evTitle) {
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
		typ, conf, ev := x.classify(toks, i, k, lang)
		if typ == "" && k-i >= 2 && i >= 3 && toks[i-1].text == "," && toks[i-2].upper && taken(toks[i-2].start, toks[i-2].end) && endsBefore(toks, i-1, x.lx.roles) && memberHeaded(x.lx, toks, part{max(0, i-5), i - 1, 0}) {
			// "Member of the Council of Ministers, Loreto Tarabi": the
			// members' title that ends a body's name (names.tsv
			// member-body) titles the name after the comma, as the
			// title alone would
			typ, conf, ev = graph.Person, 0.7, evTitle
		}
		if typ == "" && k-i >= 2 && i >= 2 && (toks[i-1].text == "and" || toks[i-1].text == ",") && personEnds(toks[i-2].end) {
			// "Anna Lind and Olof Berg": a name coordinated with a person's
			typ, conf, ev = graph.Person, 0.6, evTagger
		}
		if typ == "" {
			i = k - 1
			continue
		}
		add(d.Mention(toks[i].start, x.nameEnd(toks, i, k), typ, "names", conf), ev)
		i = k - 1
	}
}

// constructTitles are the titles that, without the article, stand in
// construct with what they rule (names.tsv, construct-title).
var constructTitles = wordSet("names.tsv", "construct-title", "ar")

// constructTitle reports an Arabic title of constructTitles written
// without the article, a preposition or «ك» aside («ملك», «لملك», «كزعيم»;
// not «الملك», «للملك»).
func constructTitle(t token) bool {
	if !t.arabic || strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "لل") {
		return false
	}
	for _, s := range t.keys() {
		if constructTitles[s.key] && !strings.Contains(t.text[:s.prefix], "ال") {
			return true
		}
	}
	return false
}

// conjunctionOpens reports an Arabic word with the conjunction «و» after
// a title that opens what is coordinated with the title, not the titled
// person's name («قائد المنتخب وسجلت الكاميرات», «لاعب الفريق ومنتخب
// الناشئين», «، وعقيلته برفقته», «ومشرف على الفروع»): no given name («وليد»),
// and a verb, a pronoun, an accusative or a participle behind «و», or a
// noun in construct with a definite word. A foreign name that opens with
// the letter («ولفغانغ شولتس», «وانغ لي») is none of these.
func conjunctionOpens(toks []token, j int) bool {
	t := toks[j]
	if !t.arabic || t.punct || givenTok(t) || !strings.HasPrefix(t.text, "و") || strings.HasPrefix(t.text, "وال") {
		return false
	}
	rest := strings.TrimPrefix(t.key, "و")
	n := utf8.RuneCountInString(rest)
	if n < 3 {
		return false
	}
	if j+1 < len(toks) && toks[j+1].arabic && !toks[j+1].punct && definite(toks[j+1]) && commonTok(toks[j+1]) {
		return true // «ومنتخب الناشئين»: a noun in construct
	}
	switch {
	case strings.HasSuffix(rest, "ت") && n >= 4: // «وسجلت», «وكتبت»
		return true
	case n >= 4 && (strings.HasSuffix(t.text, "ه") || strings.HasSuffix(t.text, "ها") || strings.HasSuffix(t.text, "هم") || strings.HasSuffix(t.text, "هن")): // «وعقيلته»; not a ta marbuta («وداعة»)
		return !strings.HasSuffix(rest, "يه")
	case n >= 4 && strings.HasSuffix(rest, "ا") && (commonAr[strings.TrimSuffix(rest, "ا")] || verbShapeTok(token{text: strings.TrimPrefix(t.text, "و"), key: rest, arabic: true})): // «وتماشيا»; not a name («وفيرونا»)
		return true
	case n >= 4 && strings.HasPrefix(rest, "م"): // «ومشرف», «ومنتخب»
		return true
	}
	return false
}

// weakNameStart reports an Arabic word that opens no name after a realm
// in construct with a title («ملك نافارا تحثه», «… وخيم», «… بإعطائه»):
// a conjunction or preposition glued on, or the pronoun «ه», where no
// given name is written so.
func weakNameStart(t token) bool {
	if !t.arabic || givenTok(t) {
		return false
	}
	return procliticWord(t) || strings.HasPrefix(t.text, "و") || strings.HasSuffix(t.key, "ه") && !strings.HasSuffix(t.key, "يه")
}

// nationalityNouns are nouns of nationality before a name (names.tsv,
// nationality-noun: "Swede", "Briton").
var nationalityNouns = wordSet("names.tsv", "nationality-noun", "en")

// nationalityNoun reports a capitalised English noun of nationality: one
// of nationalityNouns, or a demonym with "man", "woman", "men" or "women"
// ("Frenchman", "Dutchwoman"), which sports and agency copy put before a
// person's name.
func nationalityNoun(lx *lexicon, t token) bool {
	if t.arabic || !t.upper {
		return false
	}
	lk := strings.ToLower(t.text)
	if nationalityNouns[lk] {
		return true
	}
	for _, suf := range []string{"woman", "women", "man", "men"} {
		if stem, ok := strings.CutSuffix(t.text, suf); ok && utf8.RuneCountInString(stem) >= 4 {
			st := tokenize(stem, 0, len(stem))
			if n, _, _ := lx.demonyms.match(st, 0); n == 1 && len(st) == 1 {
				return true
			}
		}
	}
	return false
}

// notNameStart reports an Arabic word after a title that cannot open the
// name the title announces: a common word, a verb, a word with a pronoun
// («الوزيرة تحمل أفكارا»: "the minister carries ideas"). The gate would
// trim it and keep what follows as the name; after a title nothing that
// follows such a word is the titled person.
func notNameStart(t token) bool {
	return t.arabic && !dottedYa(t) && (commonTok(t) || stopTok(t) || pronounTok(t) || futureVerbTok(t) || pluralVerbTok(t) || verbShapeTok(t) || pluralPossessiveTok(t) || constructTitle(t))
}

// notNameStartAt is notNameStart of toks[j], save for a title word that
// a lineage connector follows: then it is a given name («الأمير سلطان
// بن فهد»), not a title in construct; nor one that a family name with the
// article follows, no known place or body, no common word («وزير
// الخارجية الإماراتي سلطان الجابر»; «ملك الأردن», «زعيم الحزب» stay
// titles in construct).
func notNameStartAt(toks []token, j int, taken func(int, int) bool) bool {
	if shaykhSabah(toks, j) {
		return false
	}
	t := toks[j]
	if constructTitle(t) && j+1 < len(toks) {
		n := toks[j+1]
		if arabicConnectors[n.key] {
			return false
		}
		if definite(n) && n.arabic && !n.punct && !taken(n.start, n.end) && !commonTok(n) && !stopTok(n) && !headIs(n, arabicPlaceHeads) && !headIs(n, arabicOrgHeads) && !definiteCommon(n) {
			return false
		}
	}
	return notNameStart(t) || cliticVerbTok(t) || prepPhraseAt(toks, j)
}

// pluralTitleStop reports an Arabic word after a plural or dual title
// that opens no list of the titled persons' names: a word of the
// language («قادة أجهزة الأمن»), a word behind the conjunction «و»
// («ممثلين غربيين وهنود»: and Indians), a verb of the plural that agrees
// with the title («الممثلين احترفوا»), or a relative adjective in the
// plural («وزراء أوروبيون»). The names open with a proper word («الوزيرين
// مايك والتون وبيتر كارلسون»).
func pluralTitleStop(t token) bool {
	if !t.arabic || t.punct || givenTok(t) {
		return false
	}
	n := utf8.RuneCountInString(t.key)
	switch {
	case wordlikeAr[t.key]:
		return true
	case strings.HasPrefix(t.text, "و") && n >= 4:
		return true
	case strings.HasSuffix(t.key, "وا") && n >= 5:
		return true
	case (strings.HasSuffix(t.key, "يون") || strings.HasSuffix(t.key, "يين")) && n >= 6:
		return true
	}
	return false
}

// cliticVerbTok reports an Arabic verb of the present with a conjunction
// or the particle «ل» glued on, and maybe a pronoun after it («ويتصدر»,
// "and tops"; «ليخبره», "to tell him"; «لتضرب»): the letter of the
// present («ي», «ت», «ن») on a stem that is a word of the language. After
// a title it opens what was done, never the titled person's name.
func cliticVerbTok(t token) bool {
	if !t.arabic || t.punct || givenTok(t) {
		return false
	}
	for _, s := range t.stems {
		if p := t.text[:s.prefix]; p != "و" && p != "ف" && p != "ل" && p != "ول" && p != "فل" {
			continue
		}
		for i, k := range []string{s.key, strings.TrimSuffix(s.key, "ه"), strings.TrimSuffix(s.key, "ها"), strings.TrimSuffix(s.key, "هم")} {
			r := []rune(k)
			if len(r) < 4 || r[0] != 'ي' && r[0] != 'ت' && r[0] != 'ن' || i > 0 && k == s.key {
				continue
			}
			// «لي» on three letters and nothing after them opens foreign
			// names («ليفني», «ليندا»): a verb so written needs a stem of
			// four letters or a pronoun after it («ليخبره»)
			if len(r) == 4 && r[0] == 'ي' && i == 0 {
				continue
			}
			if stem := string(r[1:]); (commonAr[stem] || wordlikeAr[stem]) && !givenAr[stem] {
				return true
			}
		}
	}
	return false
}

// verbEnds returns the end of a name found over toks[j:k] that a verb
// of cliticVerbTok ends: the name stops before it («الفريق المصري
// لمصلحته ويتصدر المجموعة»: the verb opens the next clause).
func verbEnds(toks []token, j, k int) int {
	for i := j + 1; i < k; i++ {
		if cliticVerbTok(toks[i]) {
			return i
		}
	}
	return k
}

// prepPhraseAt reports a preposition glued on a common noun at toks[j]
// that opens a phrase («كمدرب», "as a coach"; «لدفع العلاقات», "to push
// relations"): a stem of four letters or more that is a word of the
// language, or one of three after «ل» before a definite common word, its
// genitive. Names so written are followed by names or by function words
// («باسم يوسف», «الوزير كيري إن»).
func prepPhraseAt(toks []token, j int) bool {
	t := toks[j]
	if !t.arabic || t.punct || givenTok(t) {
		return false
	}
	for _, s := range t.stems {
		p := t.text[:s.prefix]
		if p != "ل" && p != "ب" && p != "ك" {
			continue
		}
		if !commonAr[s.key] || givenAr[s.key] {
			continue
		}
		switch n := utf8.RuneCountInString(s.key); {
		case n >= 4:
			return true
		case n == 3 && p == "ل" && j+1 < len(toks) && toks[j+1].arabic && !toks[j+1].punct && definite(toks[j+1]) && commonTok(toks[j+1]) && !stopTok(toks[j+1]):
			return true
		}
	}
	return false
}

// skipQualifiers passes over nationality adjectives, known bodies, "باسم",
// adjectives of a title («الخاص») and the post of a title («في», «لدى»,
// «إلى» a known place) between a title and a name.
func (x *Names) skipQualifiers(toks []token, j int, taken func(int, int) bool, basim bool) int {
	for j < len(toks) {
		// «رئيس الهيئة الفريق بحري متقاعد X»: a rank of several words
		// between the title and the name is no word of the name
		if h, _, _ := x.lx.honorifics.match(toks, j); h > 1 && toks[j].arabic {
			j += h
			continue
		}
		// (not a given name that reads as a nationality, a lineage after
		// it: «الأمير تركي بن سعود»)
		if n, _, _ := x.lx.demonyms.match(toks, j); n > 0 && !(n == 1 && nationalityOpensName(x.lx, toks, j, len(toks))) {
			j += n
			continue
		}
		if taken(toks[j].start, toks[j].end) {
			j++
			continue
		}
		// «وزير الخارجية إندونيسيا X» (translated word for word): a
		// country's name after the title, no word of the name
		// (right after the title: after a nationality, a country's name
		// is a given name, «رئيسة الوزراء الإيطالية جورجيا X»)
		if toks[j].arabic && !givenTok(toks[j]) && endsBefore(toks, j, x.lx.roles) {
			if n, _, v := x.lx.entities.match(toks, j); n > 0 && j+n < len(toks) {
				if e, ok := v.(*kb.Entry); ok && e.Type == graph.Country {
					j += n
					continue
				}
			}
		}
		// «وزير الخارجية والتجارة المجري X»: a second portfolio joined by
		// «و» before the nationality
		if t := toks[j]; t.arabic && strings.HasPrefix(t.key, "وال") && j+1 < len(toks) && !orgHeads[t.key] {
			if n, _, _ := x.lx.roles.match(toks, j); n == 0 {
				if d, _, _ := x.lx.demonyms.match(toks, j+1); d > 0 {
					j++
					continue
				}
			}
		}
		// «سفير إيطاليا لدى البلاد X»: accredited to the country the
		// article is written in
		if toks[j].key == "لدي" && j+1 < len(toks) && hostCountryWords[toks[j+1].key] {
			j += 2
			continue
		}
		// «سفير كينيا المعتمد لدى المملكة X»: "accredited", before «لدى»
		if (toks[j].key == "المعتمد" || toks[j].key == "المعتمده") && j+1 < len(toks) && toks[j+1].key == "لدي" {
			j++
			continue
		}
		// «سفير المملكة لدى فرنسا X», «سفير الدولة لدى X»: the envoy of
		// the country the article is written in
		if hostCountryWords[toks[j].key] && j+1 < len(toks) && toks[j+1].key == "لدي" {
			j++
			continue
		}
		// «سفير جمهورية إيطاليا X»: the formal style of a country
		if statehoodWords[toks[j].key] && j+1 < len(toks) && taken(toks[j+1].start, toks[j+1].end) {
			j++
			continue
		}
		// "Cabinet Secretary for Foreign Affairs Ann Wanjiru", "Assistant
		// Secretary for Near Eastern Affairs Paul Grant": the portfolio of
		// a title, capitalised words up to "Affairs"
		if e := affairsEnd(toks, j); e > j {
			j = e
			continue
		}
		// "Ambassador of the Sultanate of Oman to Moscow Said Al-Harthi":
		// the body and the post of a title, names found already
		if t := toks[j]; !t.arabic && (t.key == "of" || t.key == "to" || t.key == "in" || t.key == "at") {
			e := j + 1
			if e < len(toks) && toks[e].key == "the" {
				e++
			}
			if e < len(toks) && taken(toks[e].start, toks[e].end) {
				j = e
				continue
			}
			// "Minister of State at the Foreign Ministry, X": a body's
			// name this finder has not read yet, by its head
			if e < len(toks) && toks[e].upper {
				if k := x.name(toks, e, taken); k > e && hasHead(toks[e:k], orgHeads) {
					j = k
					continue
				}
			}
		}
		// «المتحدث باسم القوات الطاهر X»: the body a spokesman speaks
		// for, a definite word, before a given name with the article
		// (names.tsv given-al) and a family name after it
		if j > 0 && toks[j-1].key == "باسم" && definite(toks[j]) && !alGiven[toks[j].key] && j+1 < len(toks) && alGiven[toks[j+1].key] && x.familyNext(toks, j+2, taken) {
			j++
			continue
		}
		if toks[j].key == "باسم" && !(basim && x.basimAt(toks, j, taken)) || qualifierWords[toks[j].key] || titleQualifiers[toks[j].key] != "" || (toks[j].key == "في" || toks[j].key == "لدي" || toks[j].key == "الي") && j+1 < len(toks) && taken(toks[j+1].start, toks[j+1].end) {
			j++
			continue
		}
		// «وزير الدولة البريطاني لشؤون الشرق الأوسط X»: the affairs of
		// a portfolio, «ل» on an indefinite «شؤون» in construct (a key
		// writes «ؤ» as «و»; «لشئون» is the same word)
		if affairsWord[toks[j].key] == "ل" && j+1 < len(toks) && toks[j+1].arabic && !toks[j+1].punct {
			j++
			continue
		}
		// «وزيرة شؤون الأسرة X», «وزير شؤون الرئاسة X»: «شؤون» in
		// construct with a definite noun, the title's portfolio (the
		// definite words are read next), no name
		if affairsWord[toks[j].key] == "-" && j+1 < len(toks) && toks[j+1].arabic && definite(toks[j+1]) && !taken(toks[j+1].start, toks[j+1].end) {
			j++
			continue
		}
		// «الأمين العام السابق للحزب سامي الفارس»: the body of a title,
		// a definite noun after the preposition ل
		if strings.HasPrefix(toks[j].text, "لل") && j+1 < len(toks) && toks[j+1].arabic && !toks[j+1].punct {
			j++
			continue
		}
		// «وكيل وزارة التخطيط سامي الفارس»: a body's name of its own
		if toks[j].arabic && !strings.HasPrefix(toks[j].text, "ال") {
			if e := x.arabicOrg(toks, j, taken); e > j+1 && e < len(toks) && toks[e].arabic && !toks[e].punct {
				j = e
				continue
			}
		}
		// «رئيس المجلس الوطني سامي الفارس», «وزير التجارة سامي الفارس»:
		// a body or a portfolio in definite words, before a name (which
		// opens indefinite)
		// («وزير الإسكان والمرافق سامي الفارس»: a portfolio's second
		// noun joined by «و», the title list having the first)
		defOrJoined := func(t token) bool {
			return strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "وال") && utf8.RuneCountInString(t.text) > 5
		}
		if toks[j].arabic && defOrJoined(toks[j]) {
			e := j
			for e < len(toks) && e < j+4 && toks[e].arabic && defOrJoined(toks[e]) && !taken(toks[e].start, toks[e].end) && (!stopTok(toks[e]) || qualifierWords[toks[e].key]) {
				if h, _, _ := x.lx.honorifics.match(toks, e); h > 1 && e > j || h == 1 && e+1 < len(toks) && alGiven[toks[e+1].key] {
					break // «رئيس الهيئة الفريق بحري X»: a rank ends the body; «السيد المختار»: a style before a name
				}
				if e == j && alGiven[toks[e].key] && e+1 < len(toks) && (arabicConnectors[toks[e+1].key] || toks[e+1].arabic && !toks[e+1].punct && !definite(toks[e+1]) && !stopTok(toks[e+1]) && !commonTok(toks[e+1]) && !taken(toks[e+1].start, toks[e+1].end) ||
					definite(toks[e+1]) && x.familyNext(toks, e+1, taken)) {
					// «الرئيس الموريتاني المختار ولد X», «الرئيس الحبيب بن
					// X», «رئيس الحكومة الحبيب X»: a given name with the
					// article opens a lineage or a name, no portfolio; so
					// too before a family name with the article («مستشار
					// الرئيس المنجي الجلاصي لشؤون الأمن»: the affairs
					// after the name are the adviser's, not words of a
					// portfolio before it)
					break
				}
				if n, _, _ := x.lx.demonyms.match(toks, e); n > 0 {
					break
				}
				if n, _, _ := x.lx.roles.match(toks, e); n > 0 {
					break
				}
				e++
			}
			if e > j && e < len(toks) && toks[e].arabic && !toks[e].punct && !stopTok(toks[e]) && !strings.HasPrefix(toks[e].text, "ال") {
				j = e
				continue
			}
			if n, _, _ := x.lx.demonyms.match(toks, e); e > j && n > 0 {
				j = e // «وزير الزراعة الأردني …»: the nationality is read next
				continue
			}
		}
		break
	}
	return j
}

// nisbaAfterNationality reports a masculine adjective of nationality at
// toks[k], right after one or two given names toks[j:k]
// that a nationality of their own stands before (a title's: «نظيره
// العراقي فؤاد المصري», «السفير الإماراتي السيد محمد المغربي»): a man has
// one nationality in a title, so the second is his family name of origin,
// not an adjective; and an indefinite one cannot qualify a definite title
// («السفير الإيطالي ماركو روسي»).
func nisbaAfterNationality(lx *lexicon, toks []token, j, k int) bool {
	// («ولي العهد السعودي الأمير X بن Y السوري»: a lineage, given names
	// joined by «بن», before the family's nisba)
	most := 2
	if k-j > 2 && lineageJoined(toks[j:k]) {
		most = 5
	}
	if k-j < 1 || k-j > most || k >= len(toks) || !toks[k].arabic || toks[k].punct || !strings.HasSuffix(toks[k].key, "ي") {
		return false
	}
	if n, _, _ := lx.demonyms.match(toks, k); n != 1 {
		return false
	}
	for i := j; i < k; i++ {
		if definite(toks[i]) || !toks[i].arabic || toks[i].punct {
			return false
		}
		if n, _, _ := matchAny(toks, i, lx.roles, lx.events, lx.demonyms, lx.delegation); n > 0 {
			return false
		}
	}
	b := j - 1
	if b >= 0 {
		if n, _, _ := lx.honorifics.match(toks, b); n == 1 {
			b-- // «السفير الإماراتي السيد X»
		}
	}
	if b >= 0 && titledCountryEndsAt(lx, toks, b) {
		// «وزير خارجية سلطنة عمان X بن Y الكندي»: the title names the
		// country in construct, so the nationality is the family's
		return true
	}
	if b < 0 || !definite(toks[b]) {
		return false
	}
	n, _, _ := lx.demonyms.match(toks, b)
	return n == 1
}

// titleEndsAt reports a title ending right before toks[i] («رئيس
// وزراء», «حاكم», «والي»).
func titleEndsAt(lx *lexicon, toks []token, i int) bool {
	if i > 0 && (toks[i-1].key == "حكومه" || toks[i-1].key == "برلمان") {
		i-- // «رئيس حكومة إقليم P»: the head of the place's government
	}
	return endsBefore(toks, i, lx.roles)
}

// givenAfterNationality reports an indefinite adjective of nationality
// at toks[j] right after the definite one of a title, or after that and
// the title's post («السفير السعودي تركي العنزي», «السفير السعودي في
// القاهرة تركي العنزي»): it cannot qualify the definite title, so it is
// a given name («تركي»); a family name or a proper word follows it.
func givenAfterNationality(lx *lexicon, toks []token, j int) bool {
	if j+1 >= len(toks) || !toks[j].arabic || definite(toks[j]) || strings.HasPrefix(toks[j].text, "و") || strings.Contains(toks[j].text, "ال") || !toks[j+1].arabic || toks[j+1].punct || stopTok(toks[j+1]) || commonTok(toks[j+1]) {
		return false
	}
	if n, _, _ := lx.demonyms.match(toks, j); n != 1 {
		return false
	}
	if n, _, _ := matchAny(toks, j+1, lx.roles, lx.events, lx.demonyms, lx.delegation, lx.entities); n > 0 {
		return false
	}
	b := j - 1
	if b >= 1 && (toks[b-1].key == "في" || toks[b-1].key == "لدي") {
		if n, _, _ := lx.entities.match(toks, b); n == 1 {
			b -= 2 // «في القاهرة»: the title's post
		}
	}
	if b < 1 || !definite(toks[b]) {
		return false
	}
	if n, _, _ := lx.demonyms.match(toks, b); n != 1 {
		return false
	}
	r, _, _ := lx.roles.match(toks, b-1)
	return r > 0
}

// lineageJoined reports given names joined by a connector of lineage
// («بن», «ابن», «بنت», «ولد»), each of them without the article.
func lineageJoined(toks []token) bool {
	joined := false
	for i, t := range toks {
		switch t.key {
		case "بن", "ابن", "بنت", "ولد":
			if i == 0 || i == len(toks)-1 {
				return false
			}
			joined = true
		}
	}
	return joined
}

// titledCountryEndsAt reports a country's name ending at toks[b] in
// construct with a title right before it («وزير خارجية سلطنة عمان»,
// «رئيس جمهورية العراق»).
func titledCountryEndsAt(lx *lexicon, toks []token, b int) bool {
	for s := max(b-3, 0); s <= b; s++ {
		n, _, v := lx.entities.match(toks, s)
		if n == 0 || s+n-1 != b {
			continue
		}
		if e, ok := v.(*kb.Entry); !ok || e.Type != graph.Country {
			return false
		}
		return endsBefore(toks, s, lx.roles)
	}
	return false
}

// shaykhSabah reports «صباح» ("morning", a stop word) right after the
// honorific «الشيخ»: the given name Sabah of the Kuwaiti rulers' family
// («الشيخ صباح الخالد») before a proper word; not «قال الشيخ صباح
// اليوم»: the morning of a sheikh's words.
func shaykhSabah(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].key == "صباح" && toks[k].text == "صباح" && toks[k-1].key == "الشيخ" &&
		toks[k+1].arabic && !toks[k+1].punct && !stopTok(toks[k+1])
}

// hostCountryWords name the country an article is written in after
// «لدى» («سفير إيطاليا لدى البلاد X»; words.tsv host-land, as the
// patterns' $hostland)
var hostCountryWords = wordSet("words.tsv", "host-land", "ar")

// personCues are Arabic nouns of kinship, rivalry or succession with a
// pronoun («منافسه»: his rival): a name after one is a person's, as
// after an honorific (names.tsv: person-cue).
var personCues = wordSet("names.tsv", "person-cue", "ar")

// statehoodWords open the formal name of a country before its short
// name («جمهورية إيطاليا», «مملكة السويد»): the statehood nouns of
// names.tsv.
var statehoodWords = wordSet("names.tsv", "statehood", "ar")

// affairsEnd is the end of an English portfolio at toks[j], "for
// (the) Foreign Affairs", "of Near Eastern Affairs", "for Foreign Trade"
// before a given name, "of Commerce" and "of Housing and Urban
// Development" (words of portfolios, names.tsv) before a word of none, or
// j.
func affairsEnd(toks []token, j int) int {
	// "Minister of Health and Population Amina Yusuf": a title the list
	// knows with its portfolio ("minister of health"), more after "and"
	// ("Minister of Foreign Affairs and Emigration X": after "Affairs"
	// too)
	and := j > 0 && j < len(toks) && (toks[j].key == "and" || toks[j].text == "&") && (portfolioEn[toks[j-1].key] || toks[j-1].key == "affairs")
	if j >= len(toks) || toks[j].key != "for" && toks[j].key != "of" && !and {
		return j
	}
	k := j + 1
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	upper := func(e int) bool {
		return e < len(toks) && toks[e].upper && !toks[e].punct && !toks[e].arabic
	}
	for e := k; e < len(toks) && e < k+8; e++ {
		// "of Labour and Social Affairs": portfolios joined by "and"
		if e > k && (toks[e].key == "and" || toks[e].text == "&") && upper(e+1) && portfolioEn[toks[e-1].key] {
			continue
		}
		if !upper(e) {
			break
		}
		if toks[e].key == "affairs" {
			if e == k {
				return j
			}
			return e + 1
		}
		// "Minister for Foreign Trade Anne Morel": the portfolio ends
		// where a given name opens the name
		if e > k && givenTok(toks[e]) && upper(e+1) {
			return e
		}
		// "Minister of Commerce Qais Al-Busaidi": the portfolio ends
		// after a word of portfolios, before a word of none (a given
		// name the lists lack)
		if portfolioEn[toks[e].key] && upper(e+1) && !portfolioEn[toks[e+1].key] && toks[e+1].key != "affairs" {
			return e + 1
		}
	}
	return j
}

// portfolioEn are the words of English ministers' portfolios
// (names.tsv: portfolio).
var portfolioEn = wordSet("names.tsv", "portfolio", "en")

// qualifierWords may stand between a title and a name: «وزير الخارجية
// آنذاك مارتن كيسلر», "former".
var qualifierWords = wordSet("names.tsv", "qualifier")

// pastWords say a title is no longer held ("former", «السابق»), newWords
// that its holder is new (names.tsv, qualifier values past and new).
var pastWords, newWords = wordSetOf("names.tsv", "qualifier", "past"), wordSetOf("names.tsv", "qualifier", "new")

// nameEnd is the byte end of a name over toks[i:k], cutting a glued tail
// ("NovakHe" -> "Novak").
func (x *Names) nameEnd(toks []token, i, k int) int {
	last := toks[k-1]
	if g := textnorm.GluedAt(last.text); len(g) > 0 {
		return last.start + g[0]
	}
	return last.end
}

// saidOpensName reports the given name Said at toks[k], where the verb
// cannot stand: before a lineage connector and a capitalised word ("Said
// bin Zuhair", "Said al-Kindi": the verb is never followed by "bin"), or
// capitalised after a lower-case word in running text ("met with Said
// Wadhah": the verb in mid-sentence is written in lower case). Not in a
// Title Case heading.
func saidOpensName(toks []token, k int) bool {
	if toks[k].text != "Said" || k+1 >= len(toks) || headline(toks) {
		return false
	}
	if binAfter(toks, k) {
		return true
	}
	n := toks[k+1]
	if (strings.HasPrefix(n.text, "al-") || strings.HasPrefix(n.text, "el-")) && len(n.text) > 4 {
		return true
	}
	if k == 0 || !n.upper || capStop[strings.ToLower(n.text)] {
		return false
	}
	p := toks[k-1]
	if p.punct || p.upper || p.arabic {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text)
	return unicode.IsLower(r)
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
	// (a lineage makes a name long: "Saif bin Hamad bin Khalifa Al
	// Qasimi", seven words; a run of capitals without one stops at six)
	for k < len(toks) && (k-j < 6 || k-j < 9 && lineageWithin(toks[j:k])) {
		t := toks[k]
		if x.dashJoin(toks, j, k) {
			k += 2
			continue
		}
		if t.punct || taken(t.start, t.end) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsUpper(r) {
			// name particles: "Mohammed bin Abdulrahman", "Khalil al-Hayya"
			// (two of them: "Anna von der Heide", "Pieter van den
			// Berg")
			if k > j && nameParticle(t.text) && k+1 < len(toks) && (toks[k+1].upper || strings.Contains(t.text, "-") || nameParticle(toks[k+1].text) && k+2 < len(toks) && toks[k+2].upper) {
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
		// "Mohamed Said Ali Soilihi": "Said" inside a name, between a
		// given name and a capitalised word (not a heading's Title Case)
		saidInName := lk == "said" && k > j && k+1 < len(toks) && toks[k+1].upper && !capStop[strings.ToLower(toks[k+1].text)] && !headline(toks)
		if saidInName {
			if n, _, _ := matchAny(toks, k+1, x.lx.roles, x.lx.demonyms, x.lx.entities); n > 0 {
				saidInName = false // "Ali Noor said French ..."
			}
		}
		// "with Sultan Fahd Said in attendance": "Said" capitalised after a
		// given name, in running text, ends the name (the verb is written
		// in lower case)
		saidInName = saidInName || lk == "said" && t.text == "Said" && k > j && !headline(toks)
		saidInName = saidInName || k == j && saidOpensName(toks, k)
		if (capStop[lk] && !regnalAt(toks, k, j)) || speechVerbs[lk] && !saidInName || callVerbs[t.key] || meetVerbs[t.key] {
			break
		}
		// "Garaad Sheikh Dhuxul": a style inside a person's name, after a given
		// name and before a capitalised word that is no title or known
		// name, is a word of the name (names.tsv: inner-style)
		if x.innerStyle(toks, j, k, taken) {
			k++
			continue
		}
		// a title's word inside a body's name before its head goes on
		// ("Police General Command", "Army General Staff"; not "Police
		// General Fadi Daou": a rank before a person's name)
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 && !(k > j && orgHeads[lk]) && !(n == 1 && binAfter(toks, k)) &&
			!(k > j && n == 1 && k+1 < len(toks) && toks[k+1].upper && orgHeads[strings.ToLower(toks[k+1].text)] && (k+2 == len(toks) || !toks[k+2].upper)) {
			break
		}
		if k == j && nationalityNoun(x.lx, t) {
			break // "Swede Lars Berg": the nationality, then the name
		}
		if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 && k == j {
			// "Russian Armed Forces": a nationality opens a body's name
			if e := x.name(toks, k+n, taken); e > k+n && hasHead(toks[k+n:e], orgHeads) {
				k = e
			}
			break
		}
		if n, _, _ := x.lx.events.match(toks, k); n > 0 && !venueKindAt(toks, k, n) {
			break
		}
		// "St." and "Mt." open the names of places and churches ("St.
		// Anselm's Church", "Mt. Kerrin")
		if (t.text == "St" || t.text == "Mt" || t.text == "Ste") && k+2 < len(toks) && toks[k+1].text == "." && toks[k+2].upper && toks[k+1].end == toks[k+2].start-1 {
			k += 2
			continue
		}
		// an initial: "B." in "Viktor B. Halden"; not the numeral of a
		// monarch ("Anselm I")
		if utf8.RuneCountInString(t.text) == 1 && !regnalAt(toks, k, j) {
			// and the initial that opens a name ("governor C. Halden",
			// "leader M. Varadan"): the way South Asian and agency copy
			// writes a person
			if k > j && k+1 < len(toks) && toks[k+1].text == "." || k == j && initialOpens(toks, k, len(toks)) {
				k += 2
				continue
			}
			break
		}
		// dotted initials open a name as one initial does ("Deputy
		// Minister K.L. Marchenko"), a surname after them
		if k == j && textnorm.DottedInitials(t.text) && k+1 < len(toks) && !toks[k+1].arabic && toks[k+1].upper && utf8.RuneCountInString(toks[k+1].text) > 1 && !capStop[strings.ToLower(toks[k+1].text)] {
			k++
			continue
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
		// a possessive ends a name ("Ana Ruiz's Liberal party", "Ruritania's
		// Moslem parties") unless the words after it are a body's or a
		// place's name that holds it ("People's Liberation Army", "St.
		// Anselm's Church")
		if possessive(t.text) {
			if e := x.name(toks, k, taken); e <= k || !hasHead(toks[k:e], orgHeads) && !placeHeaded(toks[k:e]) {
				break
			}
		}
	}
	// a body's name ends at its head when a person's name follows it:
	// "the Speaker of the Hellenic Parliament Nikos Vlachos" (two or three
	// capitalised words with no head of a body or a place after the head)
	// and so a lineage's longer name: "Chief of the Royal Court Saad bin
	// Faris Al Hamdi" (a court, "Diwan", is a site's head elsewhere)
	if k-j >= 3 && !toks[j].arabic {
		for h := k - 3; h >= j; h-- {
			lineage := binAfter(toks, h+1)
			if h < k-4 && !lineage {
				continue
			}
			if toks[h].upper && (orgHeads[toks[h].key] || lineage && siteHeads[toks[h].key]) && !hasHead(toks[h+1:k], orgHeads) && !placeHeaded(toks[h+1:k]) && !headline(toks) {
				k = h + 1
				break
			}
		}
	}
	// do not end on an initial
	for k > j && (toks[k-1].text == "." || utf8.RuneCountInString(toks[k-1].text) == 1 && !regnalAt(toks, k-1, j)) {
		k--
	}
	// "Golan Heights region", "Koeberg nuclear power plant": lower-case
	// place nouns close a place name
	if k > j {
		e := k
		for e < len(toks) && e < k+3 && placeModifiers[toks[e].key] {
			e++
		}
		if e < len(toks) && placeHeads[toks[e].key] && !toks[e].upper && !kindFollows(toks, e) && !x.originWords(toks[j:k]) && (e > k || !modifiedHeads[toks[e].key]) {
			k = e + 1
		}
	}
	// names of bodies run over "of", "for" and "and": "Ministry of Foreign
	// Affairs", "National Planning and Development Council"
	// Affairs", "National Planning and Development Council", and on over
	// a list of portfolios ("Ministry of Foreign Affairs and International
	// Cooperation"); a known name after "and" is taken and ends it
	for k > j && k+1 < len(toks) && (toks[k].text == "of" || toks[k].text == "and" || toks[k].text == "for") && toks[k+1].upper {
		k2 := x.name(toks, k+1, taken)
		if k2 <= k+1 || !hasHead(toks[j:k], orgHeads) && !hasHead(toks[k+1:k2], orgHeads) {
			break
		}
		k = k2
	}
	// a body named by its members or its holder: "Council of Ministers",
	// "House of Representatives", "Office of the Prime Minister" (names.tsv
	// member-body); a capitalised title after "of" ("the"), no name after
	// it in the run ("the Office of the President, Anna Quist": the comma
	// ends it)
	if e := memberBodyEnd(x.lx, toks, j, k); e > k {
		k = e
	}
	// a place of a name: "Church of the Holy Sepulchre", "Palace of the
	// Nations", "Square of Martyrs"
	if k > j && k+1 < len(toks) && toks[k].text == "of" && (placeHeads[toks[k-1].key] || siteHeads[toks[k-1].key] && toks[k-1].upper) {
		at := k + 1
		if toks[at].text == "the" {
			at++
		}
		if at < len(toks) && toks[at].upper {
			if k2 := x.name(toks, at, taken); k2 > at {
				k = k2
			}
		}
	}
	// a body of a body: "Office of the National Security Council"
	if k > j && k+2 < len(toks) && toks[k].text == "of" && toks[k+1].text == "the" && orgHeads[toks[k-1].key] && toks[k+2].upper {
		if k2 := x.name(toks, k+2, taken); k2 > k+2 && orgHeads[toks[k2-1].key] {
			k = k2
		}
	}
	// and over "on" straight after their head: "Council on Foreign
	// Relations", "Working Group on Water Security" (not "the Council on
	// Monday")
	if k > j && k+1 < len(toks) && toks[k].text == "on" && orgHeads[toks[k-1].key] && toks[k+1].upper && !dateWord(toks[k+1]) {
		if k2 := x.name(toks, k+1, taken); k2 > k+1 && !dateWord(toks[k2-1]) {
			k = k2
		}
	}
	return k
}

// innerStyles are the styles that may be a word inside a person's name.
var innerStyles = wordSet("names.tsv", "inner-style", "en")

// innerStyle reports whether toks[k], inside the name that opens at j, is
// a style that is a word of the name: after a capitalised word that is
// no known name or title, before a capitalised word that no title,
// nationality or known name opens and that no body's or place's head
// follows, not in a heading ("Garaad Sheikh Dhuxul"; not "Oman Sheikh Dhuxul",
// a road or a mosque named after a sheikh).
func (x *Names) innerStyle(toks []token, j, k int, taken func(int, int) bool) bool {
	if k == j || k+1 >= len(toks) || !innerStyles[toks[k].key] || !toks[k].upper || !toks[k+1].upper || capStop[strings.ToLower(toks[k+1].text)] {
		return false
	}
	p := toks[k-1]
	// ("H.H. Sheikh X": a style before the style, no word of a name)
	if !p.upper || possessive(p.text) || dottedStyle(p.text) || orgHeads[p.key] || placeHeads[p.key] || headline(toks) {
		return false
	}
	if n, _, _ := matchAny(toks, k-1, x.lx.roles, x.lx.demonyms, x.lx.entities); n > 0 {
		return false
	}
	if n, _, _ := matchAny(toks, k+1, x.lx.roles, x.lx.demonyms, x.lx.entities); n > 0 {
		return false
	}
	e := x.name(toks, k+1, taken)
	return e > k+1 && !hasHead(toks[k+1:e], orgHeads) && !placeHeaded(toks[k+1:e]) && !hasHead(toks[k+1:e], siteHeads)
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
// "bin", "ibn", "al" ("al-Hayya"), "de", "van", "von"...; the Turkic
// patronymics "oglu" (son of) and "qizi" (daughter of) after the father's
// name ("Elmar Vugar oglu Mammadov")
func nameParticle(w string) bool {
	if i := strings.Index(w, "-"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "bin", "bint", "ibn", "al", "el", "ul", "abu", "de", "da", "di", "du", "dos", "van", "von", "der", "den", "la", "le", "ben", "oglu", "ogly", "qizi", "kyzy", "uulu":
		return true
	}
	return false
}

// kindFollows reports a lower-case place noun that another noun of a kind
// of town follows ("the Turkish Aegean port city", "a Red Sea island
// town"): it says what kind of town the noun after it is, and heads no
// name of the capitalised words before it.
func kindFollows(toks []token, e int) bool {
	return e+1 < len(toks) && !toks[e+1].upper && !toks[e+1].arabic && kindOfPlace[toks[e+1].key] == "city"
}

// placeHeaded reports an English run whose head word (englishHead, as
// the gate reads it: "Strait of Hormuz", "Gorky Park") is a place's. A
// place's word elsewhere does not make a place: "Park Jae-sung" is a
// person, whose surname is the word.
func placeHeaded(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	h := toks[englishHead(toks, 0, len(toks))]
	return placeHeads[strings.ToLower(h.text)] || h.upper && siteHeads[strings.ToLower(h.text)] || venueHeaded(toks, 0, len(toks))
}

// venueKinds and venueHeads (names.tsv venue-kind, venue-head) make a
// capitalised English name a venue's: "Harlow International Convention
// Centre", "Congress Palace", "Exhibition Center"; the head alone
// ("Centre for Policy Studies") names a body.
var (
	venueKinds = wordSet("names.tsv", "venue-kind", "en")
	venueHeads = wordSet("names.tsv", "venue-head", "en")
)

// venueHeaded reports an English name toks[a:b] whose head word is a
// venue's or a place's and is capitalised after a capitalised venue kind.
func venueHeaded(toks []token, a, b int) bool {
	if b <= a {
		return false
	}
	h := englishHead(toks, a, b)
	if h <= a || toks[h].arabic || !toks[h].upper || !toks[h-1].upper {
		return false
	}
	w := headNoun(toks[h].text)
	return (venueHeads[w] || placeHeads[w]) && venueKinds[strings.ToLower(toks[h-1].text)]
}

// givenSurnameHead reports an English run of two capitalised words, a
// known given name and one word after it: after a title the second is the
// surname even where it is a place's head word ("Foreign Minister Dana
// Hall", "Governor Karen Street"), a person, not a building.
func givenSurnameHead(toks []token, j, k int) bool {
	return k == j+2 && !toks[j].arabic && toks[j].upper && toks[j+1].upper && givenTok(toks[j])
}

// venueKindAt reports an event word toks[k:k+n] that is a venue's kind
// before a capitalised venue's or place's head: "Conference" in "the
// Marwick Conference Hall", "Congress" in "Congress Centre" is a word of
// the building's name, not the event.
func venueKindAt(toks []token, k, n int) bool {
	e := k + n
	if n != 1 || e >= len(toks) || toks[k].arabic || !toks[k].upper || !toks[e].upper || !venueKinds[strings.ToLower(toks[k].text)] {
		return false
	}
	w := headNoun(toks[e].text)
	return venueHeads[w] || placeHeads[w]
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
// «صندوق التنمية الزراعية الكيني», «مجلس الأمن الغذائي والمائي».
var arabicOrgHeads = wordSet("names.tsv", "org-head", "ar")

// arabicPlaceHeads begin the names of Arabic places: «قصر الورد»,
// «محطة كوبيرغ للطاقة النووية», «منطقة كاتانغا».
var arabicPlaceHeads = wordSet("names.tsv", "place-head", "ar")

// arabicPlace returns the end of an Arabic place name starting at toks[i]:
// a head noun, one proper word (not a function word, not definite), then
// the definite or «ل»-joined words of its chain («للطاقة النووية»).
func (x *Names) arabicPlace(toks []token, i int, taken func(int, int) bool) int {
	// «في الديوان الأميري», «بالديوان الملكي»: where a ruler receives, the
	// court named by the adjective of his office, where it stands (after
	// «في» or with «ب» glued; elsewhere the court is a body)
	if k := i + 1; k < len(toks) && toks[k].arabic && !taken(toks[k].start, toks[k].end) && stateAdjectives[toks[k].key] && courtAt(toks, i) {
		return k + 1
	}
	if !headIs(toks[i], arabicPlaceHeads) {
		return x.arabicVenue(toks, i, taken)
	}
	k := i + 1
	// «قصر المؤتمرات», «قاعة المعارض»: a place's head and the kind of
	// gathering it is built for, one name
	if k < len(toks) && toks[k].arabic && !taken(toks[k].start, toks[k].end) && arabicVenueKinds[toks[k].key] {
		return x.venueEponymEnd(toks, k+1, taken)
	}
	// «القصر الجمهوري», «القصر الملكي», «القصر الرئاسي»: the palace of a
	// state's head, named by the adjective of his office
	// (with a preposition glued: «بالقصر الرئاسي»)
	if k < len(toks) && definitePalace(toks[i]) && toks[k].arabic && !taken(toks[k].start, toks[k].end) && stateAdjectives[toks[k].key] {
		return k + 1
	}
	if e := x.palaceName(toks, i, k, taken); e > k {
		return e // «في قصر الياسمين», «بقاعة الشموخ الكبرى»
	}
	if k < len(toks) && toks[k].key == "جزيره" { // «شبه جزيرة»
		k++
	}
	if x.constructPlaceName(toks, k-1, k, taken) {
		return k + 1 // «جبل العرب», «نهر الأردن»: a landform and its name
	}
	// «فندق الX Y»: a hotel's brand, which may open with the article, is
	// the hotel's name
	if headIs(toks[i], hotelHeadsAr) && k < len(toks) && definite(toks[k]) && !taken(toks[k].start, toks[k].end) {
		if b := hotelBrand(x.lx, toks, k); (b > k+1 || b == k+1 && definite(toks[k])) && !taken(toks[b-1].start, toks[b-1].end) {
			return b
		}
	}
	if k >= len(toks) || toks[k].punct || !toks[k].arabic || taken(toks[k].start, toks[k].end) || arabicStop[toks[k].key] ||
		strings.HasPrefix(toks[k].text, "ال") || strings.HasPrefix(toks[k].text, "لل") || arabicPlaceHeads[toks[k].key] || pronounSuffixed(toks[k].text) || placeNameStop(toks[k]) ||
		procliticWord(toks[k]) {
		return i // («منتجع بضواحي X»: a preposition and a common noun, no name)
	}
	if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
		return i
	}
	if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
		return i
	}
	k++
	one := k // the head and one proper word
	// «رئيس وزراء إقليم كردستان X Y», «والي ولاية سنار أحمد الطيب»: a
	// title in construct with the place announces its holder, whose name
	// follows the place's
	titled := titleEndsAt(x.lx, toks, i)
	// a foreign name runs over a few more proper words («مطار سان
	// جوليان», «معبر وادي الحمر»), not over common words
	for proper := 1; k < len(toks) && proper < 4; proper++ {
		t := toks[k]
		// «صلاح الدين»: a compound given name ends on «الدين»
		if t.key == "الدين" && k == i+2 {
			k++
			break
		}
		if t.punct || !t.arabic || taken(t.start, t.end) || stopTok(t) || commonTok(t) || strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "لل") ||
			strings.HasPrefix(t.text, "و") && !arabicConnectors[toks[k-1].key] || utf8.RuneCountInString(t.text) < 2 || compassWords[t.key] || placeNameStop(t) {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			break
		}
		if titled && givenTok(t) {
			return one // a known given name in the holder's name
		}
		k++
	}
	if titled && k-one >= 2 {
		return one // a name of two words or more after the place's one
	}
	if x.constructPlaceName(toks, k-1, k, taken) {
		return k + 1 // «ولاية أعالي النيل»
	}
	chain := false // «للطاقة النووية»: a chain opened by ل and the article
	for k < len(toks) && k-i < 6 {
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] {
			break
		}
		if !chain && placeAdjectives[t.key] {
			k++ // «مطار X الدولي»: the adjective closes the name, opens no chain
			continue
		}
		if !(strings.HasPrefix(t.text, "لل") || strings.HasPrefix(t.text, "ال") && chain) {
			break
		}
		chain = true
		k++
	}
	return k
}

// placeAdjectives (names.tsv place-adjective) close an Arabic facility's
// name after its head and name: «مطار X الدولي», «معبر X الحدودي».
var placeAdjectives = wordSet("names.tsv", "place-adjective", "ar")

// palaceHeads, palaceCues and palaceAdjectives (names.tsv palace-head,
// palace-cue, palace-adjective): a palace or a hall is named by a definite
// common noun in construct, «قصر الياسمين», «قاعة الشموخ الكبرى», where
// the sentence puts something in it.
var (
	palaceHeads      = wordSet("names.tsv", "palace-head", "ar")
	palaceCues       = wordSet("names.tsv", "palace-cue", "ar")
	palaceAdjectives = wordSet("names.tsv", "palace-adjective", "ar")
	palaceNot        = wordSet("names.tsv", "palace-not", "ar")
)

// palaceName returns the end of a palace's or a hall's name, or a
// facility's (a camp, a port: «مخيم الأزرق»), whose head is toks[i] and
// whose name, a definite noun, is toks[k] («قصر الياسمين»),
// with a size adjective after it («قاعة الشموخ الكبرى»), else k. The head
// must stand where something is: after «في» or «إلى», or with «ب» glued
// («بقصر الياسمين», «وبقصر الياسمين»), as «قصر» is also "shortness" («قصر المدة») and
// «قاعة» a room of a building («قاعة الاجتماعات» is none: a plural of
// what is done there).
func (x *Names) palaceName(toks []token, i, k int, taken func(int, int) bool) int {
	if k >= len(toks) || !headIs(toks[i], palaceHeads) && !headIs(toks[i], facilityHeads) {
		return k
	}
	cued := false
	for _, s := range toks[i].keys() {
		if palaceHeads[s.key] && s.prefix > 0 && strings.HasPrefix(strings.TrimPrefix(toks[i].text, "و"), "ب") {
			cued = true
		}
	}
	if i > 0 && headIs(toks[i-1], palaceCues) {
		cued = true
	}
	t := toks[k]
	if !headIs(toks[i], palaceHeads) && (strings.HasSuffix(t.key, "ين") || strings.HasSuffix(t.key, "ون")) {
		return k // «في مخيم اللاجئين»: a plural of those it serves, no name
	}
	if !cued || t.punct || !t.arabic || taken(t.start, t.end) || !strings.HasPrefix(t.text, "ال") || utf8.RuneCountInString(t.text) < 5 ||
		strings.HasSuffix(t.text, "ات") || stopTok(t) || pronounTok(t) || dateWord(t) || timeWords[t.key] || palaceNot[t.key] {
		return k
	}
	if bare := strings.TrimPrefix(t.key, "ال"); arabicOrgHeads[bare] || arabicPlaceHeads[bare] {
		return k
	}
	for _, tr := range []trie{x.lx.roles, x.lx.demonyms, x.lx.events, x.lx.entities} {
		if n, _, _ := tr.match(toks, k); n > 0 {
			return k
		}
	}
	e := k + 1
	if e < len(toks) && toks[e].arabic && !taken(toks[e].start, toks[e].end) && palaceAdjectives[toks[e].key] {
		e++
	}
	return e
}

// lamVenueKind reports a venue's kind after «لل» («للمؤتمرات»: «مركز
// ... للمؤتمرات» is a building).
func lamVenueKind(t token) bool {
	return t.arabic && strings.HasPrefix(t.text, "لل") && arabicVenueKinds["ال"+strings.TrimPrefix(t.key, "لل")]
}

// arabicVenueKinds and arabicVenueHeads (names.tsv venue-kind,
// venue-head): «قصر المؤتمرات»; «مركز ... للمؤتمرات».
var (
	arabicVenueKinds = wordSet("names.tsv", "venue-kind", "ar")
	arabicVenueHeads = wordSet("names.tsv", "venue-head", "ar")
)

// arabicVenue returns the end of an Arabic venue's name at toks[i] whose
// head names a venue only with its kind: «مركز المؤتمرات», «مركز كاريبا
// الدولي للمؤتمرات» (a head, up to three proper words, up to two definite
// adjectives, the kind joined by «ل»), else i: «مركز الدراسات» is a body.
func (x *Names) arabicVenue(toks []token, i int, taken func(int, int) bool) int {
	if !headIs(toks[i], arabicVenueHeads) {
		return i
	}
	k := i + 1
	ok := func(t token) bool { return t.arabic && !t.punct && !taken(t.start, t.end) }
	if k < len(toks) && ok(toks[k]) && arabicVenueKinds[toks[k].key] {
		return x.venueEponymEnd(toks, k+1, taken)
	}
	for n := 0; n < 3 && k < len(toks) && ok(toks[k]) && !strings.HasPrefix(toks[k].text, "ال") && !strings.HasPrefix(toks[k].text, "لل") &&
		!stopTok(toks[k]) && !commonTok(toks[k]) && !strings.HasPrefix(toks[k].text, "و"); n++ {
		k++
	}
	for n := 0; n < 2 && k < len(toks) && ok(toks[k]) && strings.HasPrefix(toks[k].text, "ال"); n++ {
		k++
	}
	if k < len(toks) && ok(toks[k]) && lamVenueKind(toks[k]) {
		// «مركز X للمؤتمرات الدولية»: the kind's adjectives in -ية, in
		// agreement with the plural, are the name's
		k++
		for n := 0; n < 2 && k < len(toks) && ok(toks[k]) && strings.HasPrefix(toks[k].text, "ال") && strings.HasSuffix(toks[k].text, "ية"); n++ {
			if d, _, _ := x.lx.demonyms.match(toks, k); d > 0 {
				break
			}
			k++
		}
		return x.venueEponymEnd(toks, k, taken)
	}
	return i
}

// venueEponymEnd returns the end of the name of a venue's eponym that
// follows its name at toks[k], or k: a name in quotes («المركز الدولي
// للمؤتمرات "X Y"»), a person's name of two or three words that a comma,
// a period or a preposition closes («... للمؤتمرات عبد الكريم X، »), or
// one definite proper word so closed («قصر المؤتمرات المرابطون في P»).
func (x *Names) venueEponymEnd(toks []token, k int, taken func(int, int) bool) int {
	ok := func(j int) bool {
		t := toks[j]
		return t.arabic && !t.punct && !taken(t.start, t.end) && !stopTok(t) && !arabicStop[t.key]
	}
	closed := func(j int) bool {
		if j >= len(toks) {
			return true
		}
		t := toks[j]
		if (t.text == "،" || t.text == ",") && j+1 < len(toks) {
			// («بقصر المؤتمرات X Y، رئيس الوفد»: a person's name and his
			// title in apposition, no eponym)
			if n, _, _ := x.lx.roles.match(toks, j+1); n > 0 {
				return false
			}
		}
		return t.punct || t.key == "في" || t.key == "بمدينه" || strings.HasPrefix(t.text, "ب") && len(x.lx.kb.Lookup(strings.TrimPrefix(t.text, "ب"))) > 0
	}
	if k >= len(toks) {
		return k
	}
	if q := toks[k].text; q == "\"" || q == "«" || q == "“" {
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if t := toks[j].text; t == "\"" || t == "»" || t == "”" {
				if j > k+1 {
					return j // (the closing quote left out: the gate's quotedEponym)
				}
				return k
			}
			if !ok(j) {
				return k
			}
		}
		return k
	}
	if !ok(k) || commonTok(toks[k]) {
		return k
	}
	if n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.demonyms, x.lx.entities); n > 0 {
		return k
	}
	if definite(toks[k]) {
		if closed(k + 1) {
			return k + 1
		}
		return k
	}
	j := k
	if toks[j].key == "عبد" && j+1 < len(toks) && ok(j+1) && definite(toks[j+1]) {
		j += 2 // «عبد اللطيف»: a compound given name
	} else {
		j++
	}
	for n := 0; n < 2 && j < len(toks) && ok(j) && !definite(toks[j]) && !commonTok(toks[j]); n++ {
		j++
	}
	if j-k >= 2 && closed(j) {
		return j
	}
	return k
}

// closedThird reports a third word of the name a title announces after
// two proper words toks[j:j+2], where the sentence shows the name has
// ended after it: a comma or a period, a preposition, «اليوم» or another
// title follows («وزير المالية سامر عوض الجبوري في ...», «رئيس الوفد
// يحيى ماهر فلاحة إلى ...»); Arab names in wires are often of three
// words, given, father's and family's. The third word is a family name
// (a proper word, or one with the article), no common word, no word of
// the lists, no verb; the father's is none either.
func (x *Names) closedThird(toks []token, j int, taken func(int, int) bool) bool {
	k := j + 2
	if k+1 >= len(toks) || !toks[j].arabic || definite(toks[j]) || definite(toks[j+1]) || toks[j].key == "عبد" || toks[j].key == "ابو" {
		return false
	}
	bad := func(i int) bool {
		t := toks[i]
		return t.punct || !t.arabic || taken(t.start, t.end) || arabicConnectors[t.key] || notNameStart(t) || cliticVerbTok(t) || presentVerbTok(t) || x.lexiconWord(toks, i) || dateWord(t) || utf8.RuneCountInString(t.text) < 3
	}
	third, n := toks[k], toks[k+1]
	closes := n.text == "،" || n.text == "," || n.text == "."
	// (the middle word of such a name may be a common word: «شريف»)
	middle := toks[j+1]
	if !bad(j) && nameSyllables[third.key] && closes && !taken(third.start, third.end) && middle.arabic && !middle.punct && !taken(middle.start, middle.end) && !stopTok(middle) && !pronounTok(middle) && !cliticVerbTok(middle) && !presentVerbTok(middle) && !x.lexiconWord(toks, j+1) {
		// «… جين وو.», «… شريف لو،», «… ديوماي فاي.»: a syllable of an
		// East Asian or African name; neither the conjunction before «و»
		// nor the particle «لو» ("if") can end a clause, nor «اي» ("any,
		// which") after a proclitic («فاي», «باي», «لاي», «كاي»)
		return true
	}
	if bad(j) || bad(j+1) || bad(k) || strings.HasPrefix(third.text, "و") && !givenTok(third) || procliticWord(third) || relationalAdjective(third) || genericAdj[third.key] || stanceAdj[third.key] || x.orgHead(third) || headIs(third, arabicPlaceHeads) || definite(third) && !x.nisba(toks, k) && !alGiven[third.key] {
		return false
	}
	if closes || n.key == "في" || n.key == "مع" || n.key == "الي" || n.key == "اليوم" || memberNounsAr[n.key] {
		return true
	}
	r, _, _ := x.lx.roles.match(toks, k+1)
	return r > 0
}

// nameSyllables are Arabic words that are function words, or a
// proclitic and one, which cannot end a clause, so at the end of a
// three-word name before punctuation they are the last syllable of a
// foreign name: «وو» (Wu), «لو» (Lo, "if"), and «اي» ("any, which")
// after a proclitic: «فاي» (Fay), «باي» (Bai), «لاي» (Lai), «كاي» (Kai).
var nameSyllables = map[string]bool{"وو": true, "لو": true, "فاي": true, "باي": true, "لاي": true, "كاي": true}

// memberNounsAr are the nouns of membership (words.tsv: member) that
// open an apposition after a full name as a title does: «الفريق X Y Z
// عضو مجلس …» ("Z, a member of the … council"); the name ends before it.
var memberNounsAr = wordSet("words.tsv", "member", "ar")

// arabicPlaceList returns the byte spans of the names a plural head of
// places at toks[i] lists: «ولايات الشروق (جنوبا) وأعالي الوادي
// وجونقلي», «محافظات درعا والقنيطرة». The plural head types every name
// of the list, common word or not; a list of one name is none (a plural
// head before one word is a phrase: «ولايات عدة»).
func (x *Names) arabicPlaceList(toks []token, i int, taken func(int, int) bool) [][2]int {
	if !headIs(toks[i], arabicPluralPlaceHeads) {
		return nil
	}
	var items [][2]int
	common := 0 // names made of common words only
	for k := i + 1; k < len(toks); {
		pre := 0
		if len(items) > 0 {
			// the next name, after a comma or glued to «و»
			if toks[k].text == "،" || toks[k].text == "," {
				k++
			} else if t := toks[k]; t.arabic && strings.HasPrefix(t.text, "و") && utf8.RuneCountInString(t.text) > 2 {
				pre = len("و")
			} else {
				break
			}
			if k >= len(toks) {
				break
			}
		}
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] || stopTok(t) || pronounSuffixed(t.text) || isArabicVerb(t) {
			break
		}
		if pre > 0 && (arabicStop[textnorm.Key(t.text[pre:])] || len(x.lx.kb.Lookup(t.text)) > 0) {
			break // «وفي», «والسودان»: a word with «و» of its own
		}
		end := k + 1
		// «أعالي النيل»: an indefinite word in construct with a definite one
		if end < len(toks) && toks[end].arabic && !strings.HasPrefix(t.text[pre:], "ال") && strings.HasPrefix(toks[end].text, "ال") &&
			!taken(toks[end].start, toks[end].end) && !arabicStop[toks[end].key] && !commonTok(toks[end]) {
			end++
		}
		items = append(items, [2]int{t.start + pre, toks[end-1].end})
		if !slices.ContainsFunc(toks[k:end], func(t token) bool { return !commonTok(t) && !definiteCommon(t) }) {
			common++
		}
		k = end
		// an aside after a name: «(شمالا)»
		if k < len(toks) && toks[k].text == "(" {
			for k < len(toks) && toks[k].text != ")" && k-end < 6 {
				k++
			}
			if k < len(toks) && toks[k].text == ")" {
				k++
			}
		}
		if k >= len(toks) {
			break
		}
	}
	// a list of names is mostly proper words: «محافظات المملكة
	// واللقاءات» is "the kingdom's governorates and the meetings"
	if len(items) < 2 || 2*common >= len(items) {
		return nil
	}
	return items
}

// definiteCommon reports an Arabic common word with the article, a
// conjunction or both («اللقاءات», «واللقاءات»): the counted list of
// common words holds them bare.
func definiteCommon(t token) bool {
	if !t.arabic || givenTok(t) {
		return false
	}
	for _, s := range t.keys() {
		if k, ok := strings.CutPrefix(s.key, "ال"); ok && utf8.RuneCountInString(k) >= 3 && commonAr[k] {
			return true
		}
	}
	return false
}

// arabicPluralPlaceHeads are the plural heads of places (names.tsv,
// place-head-plural) that list names: «ولايات», «محافظات».
var arabicPluralPlaceHeads = wordSet("names.tsv", "place-head-plural", "ar")

// pronounSuffixed reports an Arabic word ending in an object pronoun
// («ضمها», «تحتلها»): a verb, not a name.
func pronounSuffixed(w string) bool {
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما")
}

// orgPrefix is the byte length of a proclitic before an organisation head.
func (x *Names) orgPrefix(t token) int {
	for _, s := range t.keys() {
		if arabicOrgHeads[s.key] || s.key == governmentKey {
			return namePrefix(t, s)
		}
	}
	return 0
}

// governmentNames follow «حكومة» in a government's name (names.tsv
// government-name: «حكومة الوحدة الوطنية»); formingNouns are the verbal
// nouns of forming one (names.tsv forming-noun: «تشكيل حكومة الوحدة
// الوطنية», one to be formed, no body yet); datedHeads head the names of
// movements and alliances named by a day (names.tsv dated-head: «حركة 14
// يوليو»).
var (
	governmentNames = wordSet("names.tsv", "government-name", "ar")
	formingNouns    = wordSet("names.tsv", "forming-noun", "ar")
	datedHeads      = wordSet("names.tsv", "dated-head", "ar")
	governmentKey   = textnorm.Key("حكومة")
	nationalKeys    = map[string]bool{textnorm.Key("الوطنية"): true, textnorm.Key("الوطني"): true}
)

// namedGovernment reports «حكومة» at toks[i] before a government's name
// and «الوطنية» («رئيس حكومة الوحدة الوطنية», «حكومة الوفاق الوطني»),
// whatever proclitic it bears («حكومة الوحدة» alone is a description).
func namedGovernment(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i+1].arabic || !governmentNames[toks[i+1].key] || !nationalKeys[toks[i+2].key] {
		return false
	}
	if i > 0 && headIs(toks[i-1], formingNouns) {
		return false // «تشكيل حكومة الوحدة الوطنية»: one to be formed
	}
	return slices.ContainsFunc(toks[i].keys(), func(s stem) bool { return s.key == governmentKey })
}

// namePrefix is the byte length of the proclitics before a name in a
// token: «للجمعية» is ل and the article's ل with its alef elided, so the
// name begins at the second ل («لجمعية»), as a reader would copy it.
func namePrefix(t token, s stem) int {
	if s.prefix >= len("لل") && strings.HasPrefix(t.text[s.prefix-len("لل"):], "لل") {
		return s.prefix - len("ل")
	}
	return s.prefix
}

// arabicOrg returns the end of an Arabic body's name starting at toks[i]:
// a head noun and the definite words of its genitive chain.
func (x *Names) arabicOrg(toks []token, i int, taken func(int, int) bool) int {
	head, definiteHead := false, false
	for _, s := range toks[i].keys() {
		if arabicOrgHeads[s.key] {
			head = true
			definiteHead = definiteHead || strings.HasPrefix(s.key, "ال")
		}
	}
	if !head && namedGovernment(toks, i) {
		head = true
	}
	if !head {
		return i
	}
	if e := x.companyName(toks, i, taken); e > i {
		return e
	}
	// «المحكمة الدستورية», «الحرس الرئاسي»: a definite head of names.tsv
	// adjective-head names a body only with an adjective after it («أصدرت
	// المحكمة الحكم»: the court and the object)
	if headIs(toks[i], adjectiveHeads) && !(i+1 < len(toks) && toks[i+1].arabic && (relAdjective(toks[i+1]) || bodyAdjectives[toks[i+1].key])) {
		return i
	}
	construct := headIs(toks[i], arabicConstructHeads)
	// «حركة 23 مارس», «حركة 6 أبريل»: a movement named by the day it
	// was founded on, a number and a month after the head
	// («وحددت الحكومة 14 مارس موعدا»: after another head, or a definite
	// one, the number and the month are a date)
	if headIs(toks[i], datedHeads) && !definite(toks[i]) && i+2 < len(toks) && isNumber(toks[i+1].text) && len(toks[i+1].text) <= 2 && monthKey(toks[i+2]) && !taken(toks[i+1].start, toks[i+2].end) {
		return i + 3
	}
	k := i + 1
	afterDemonym := false
	for k < len(toks) && k-i < 6 {
		t := toks[k]
		// «اللجنة التنفيذية للاتحاد ...»: after a definite head of
		// adjective-head, «لل» on a body's head names the body it is an
		// organ of; the organ is that body's, no name of its own (its
		// members are the body's)
		if k > i+1 && strings.HasPrefix(t.text, "لل") && headIs(toks[i], adjectiveHeads) && (x.orgHead(t) || taken(t.start, t.end)) {
			return i
		}
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] {
			break
		}
		// «الحكومة السورية والمعارضة»: after a nationality a conjunction
		// opens another noun phrase
		if afterDemonym && strings.HasPrefix(t.text, "و") {
			break
		}
		// «الجيش والشرطة», «القوات والمعدات»: a head with the article
		// alone is a common noun, and the conjunction after it joins
		// another; «القوات المسلحة والشرطة», «المجلس التنفيذي والمجلس
		// التشريعي»: a second body's head after the conjunction opens
		// another body, not the name's next word («وزارة الاقتصاد
		// والتجارة» goes on)
		if strings.HasPrefix(t.text, "و") && (k == i+1 && definiteHead || k > i+1 && strings.HasPrefix(t.text, "وال") && headIs(t, arabicOrgHeads)) {
			break
		}
		if k > i+1 && lamPluralChain(toks, k, taken) {
			k += 2 // «الاتحاد الوطني لكرة السلة», «الاتحاد الدولي لعلماء الآثار»
			continue
		}
		// «مجلس السلم و الأمن»: a writer who sets the conjunction apart
		// joins the chain's next definite noun as «والأمن» would; not a
		// second body's head, nor after a nationality
		if t.text == "و" && k > i+1 && !afterDemonym && k+1 < len(toks) && splitAndNoun(x.lx, toks[k+1], taken) {
			k++
			continue
		}
		// «وكيل وزارة الخارجية للشؤون السياسية X»: a ministry is named by
		// its portfolio, and «للشؤون» after it is a title's portfolio, no
		// word of the ministry's name («وزارة الدولة للشؤون الخارجية»
		// names its portfolio there: «الدولة» is none)
		if k > i+1 && ministryHead(toks[i]) && toks[i+1].key != textnorm.Key("الدولة") && slices.Contains(affairsKeys, t.key) {
			break
		}
		// «وزارة الخارجية وشؤون المغتربين», «وزارة الداخلية وشؤون
		// البلديات»: a ministry's second portfolio, «و» and «شؤون» in
		// construct with a definite noun, goes on its name
		if k > i+1 && ministryHead(toks[i]) && strings.HasPrefix(t.key, "و") && affairsWord[strings.TrimPrefix(t.key, "و")] == "-" &&
			k+1 < len(toks) && toks[k+1].arabic && definite(toks[k+1]) && !taken(toks[k+1].start, toks[k+1].end) {
			k += 2
			continue
		}
		// «استعداد الحرس الوطني للرجوع إلى ...», «سعي الهيئة العليا
		// للتوصل إلى ...»: after a noun that governs the body, a verbal
		// noun behind «لل» that governs a preposition is the purpose the
		// noun states, no word of the body's name; after a verb the
		// preposition may be the verb's («دعت الهيئة الوطنية للتنمية إلى
		// الحوار»)
		if strings.HasPrefix(t.text, "لل") && k+1 < len(toks) && purposePreps[toks[k+1].key] && i > 0 && governingNoun(toks[i-1]) {
			break
		}
		if !(strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "وال") || strings.HasPrefix(t.text, "لل") && k > i+1) &&
			!(construct && x.constructNoun(toks, k, taken)) {
			break
		}
		if n, _, v := x.lx.roles.match(toks, k); n > 0 {
			// «مجلس الوزراء»: a council named by its members, a plural
			// title with the article right after the head (names.tsv
			// member-body)
			if r, ok := v.(role); ok && r.plural && n == 1 && k == i+1 && definite(t) && headIs(toks[i], arabicMemberBodies) {
				k++
				continue
			}
			break
		}
		if n, _, _ := x.lx.honorifics.match(toks, k); n > 0 {
			break // «... السيد X»: a style opens a person's name
		}
		// «وانتقد المجلس الوطني الليبي الانتخابات», «وأكدت وزارة
		// الخارجية الكينية الزيارة»: after an adjective of relation a
		// definite word shaped as a noun is the verb's object, not the
		// name's; adjectives go on («مجلس الأمن الدولي», «اللجنة الوطنية
		// العليا», «الائتلاف السوري المعارض»)
		if k > i+1 && relAdjective(toks[k-1]) && strings.HasPrefix(t.text, "ال") && !relAdjective(t) && !bodyAdjectives[t.key] && (nounShape(t) || masdarShape(t)) {
			break
		}
		if headIs(t, relativeParticiples) {
			break // «المجلس البلدي البالغ عدد أعضائه»: a relative phrase
		}
		// «رئيس المجلس الأعلى للقضاء الطاهر العياري»: a given name with
		// the article (names.tsv given-al) and a family name after it
		// open the head's name; the body's name ends before them, also
		// after a bare head («المتحدث باسم القوات الطاهر X Y»: the body
		// the article's readers know)
		if alGiven[t.key] && x.familyNext(toks, k+1, taken) {
			break
		}
		n, _, _ := x.lx.demonyms.match(toks, k)
		afterDemonym = n > 0
		k++
		// «اللجنة الثلاثية المعنية بملف المفقودين», «الفريق العامل
		// المعني بحالات الاختفاء»: a body "concerned with" a matter
		// names it after «ب», a noun and its definite complements
		if (t.key == "المعنيه" || t.key == "المعني") && k < len(toks) && concernedWith(toks[k]) && !taken(toks[k].start, toks[k].end) {
			k++
			for m := 0; m < 2 && k < len(toks) && toks[k].arabic && !toks[k].punct && !taken(toks[k].start, toks[k].end) && definite(toks[k]) && !stopTok(toks[k]) && !dateWord(toks[k]); m++ {
				k++
			}
			break
		}
	}
	if toks[k-1].text == "و" {
		k-- // a conjunction set apart ends no name
	}
	if k == i+1 {
		return i
	}
	return k
}

// ministryHeads (names.tsv ministry-head) head the names of ministries,
// which name their portfolio: «وزارة الخارجية».
var ministryHeads = wordSet("names.tsv", "ministry-head", "ar")

// adjectiveHeads (names.tsv adjective-head) are definite heads that name a
// body only with an adjective after them: «المحكمة الدستورية».
var adjectiveHeads = wordSet("names.tsv", "adjective-head", "ar")

// arabicMemberBodies (names.tsv member-body, Arabic) head a body named by
// its members, a plural title after the head: «مجلس الوزراء».
var arabicMemberBodies = wordSet("names.tsv", "member-body", "ar")

func ministryHead(t token) bool { return t.arabic && headIs(t, ministryHeads) }

// purposePreps (names.tsv purpose-prep) are the prepositions a verbal
// noun of purpose governs after «لل» («للرجوع إلى», «للحصول على»); a
// body's purpose noun takes none of them.
var purposePreps = wordSet("names.tsv", "purpose-prep", "ar")

// governingNoun reports an Arabic noun that may hold a body's name in
// construct after it («استعداد», «سعي»): a word, no verb, no function
// word, no name of the lexicon's classes.
func governingNoun(t token) bool {
	return t.arabic && !t.punct && !isArabicVerb(t) && !stopTok(t) && !definite(t) && !strings.HasPrefix(t.text, "و") && !headIs(t, arabicOrgHeads)
}

// splitAndNoun reports the definite noun after a conjunction set apart
// that goes on a body's chain: an Arabic definite word, free, no body's
// head, no title, no function word, no date.
func splitAndNoun(lx *lexicon, t token, taken func(int, int) bool) bool {
	if !t.arabic || t.punct || !definite(t) || taken(t.start, t.end) || stopTok(t) || dateWord(t) || headIs(t, arabicOrgHeads) {
		return false
	}
	n, _, _ := lx.roles.match([]token{t}, 0)
	return n == 0
}

// companyHeads (names.tsv company-head: «شركة») head the names of firms,
// which are foreign words as often as Arabic ones.
var companyHeads = wordSet("names.tsv", "company-head", "ar")

// companyTrades (names.tsv company-trade) are the indefinite nouns of a
// body's trade between a company head and its name: «غرفة تجارة X».
var companyTrades = wordSet("names.tsv", "company-trade", "ar")

// tradeHeads (names.tsv trade-head) are company heads that take a name
// after a trade noun only.
var tradeHeads = wordSet("names.tsv", "trade-head", "ar")

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// companyName returns the end of a firm's name at toks[i]: an indefinite
// company head, one to three proper words that are no common, function,
// title or given word («شركة بلتا ماريكو»), then its nationality
// («السنغافورية») and its trade after «لل» with definite adjectives
// («للخدمات البحرية»); else i.
func (x *Names) companyName(toks []token, i int, taken func(int, int) bool) int {
	if !headIs(toks[i], companyHeads) || definite(toks[i]) {
		return i
	}
	k := i + 1
	// «غرفة تجارة X», «وكالة أنباء X»: the body's trade, an indefinite
	// noun, between the head and the name (names.tsv company-trade)
	trade := false
	if k+1 < len(toks) && toks[k].arabic && !toks[k].punct && !definite(toks[k]) && !taken(toks[k].start, toks[k].end) && companyTrades[toks[k].key] {
		k++
		trade = true
	}
	// «وكالة أنباء X», «غرفة تجارة X»: these heads take a name after
	// their trade only (names.tsv trade-head); «لوكالة X» quotes the
	// agency by its own name
	if !trade && headIs(toks[i], tradeHeads) {
		return i
	}
	for k < len(toks) && k-i <= 3+btoi(trade) {
		t := toks[k]
		if t.punct || !t.arabic || taken(t.start, t.end) || definite(t) || stopTok(t) || commonTok(t) || givenTok(t) || pronounSuffixed(t.text) ||
			strings.HasPrefix(t.text, "و") || strings.HasPrefix(t.text, "لل") || utf8.RuneCountInString(t.text) < 3 || dateWord(t) || isArabicVerb(t) {
			break
		}
		if n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.demonyms, x.lx.events, x.lx.entities); n > 0 {
			break
		}
		// «هيئة رئاسية», «مؤسسة حكومية»: an indefinite adjective of
		// relation agreeing with a feminine head describes the body, no
		// name
		if k == i+1+btoi(trade) && strings.HasSuffix(toks[i].key, "ه") && strings.HasSuffix(t.key, "يه") {
			break
		}
		k++
	}
	if k == i+1+btoi(trade) {
		return i
	}
	run := k
	if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 && definite(toks[k]) {
		k += n
	}
	// «صندوق X السيادي», «مجموعة X القابضة»: definite adjectives of
	// relation or of bodies (names.tsv body-adjective) after the name
	for m := 0; m < 2 && k < len(toks) && toks[k].arabic && !toks[k].punct && !taken(toks[k].start, toks[k].end) && definite(toks[k]) && (relAdjective(toks[k]) || bodyAdjectives[toks[k].key]) && !dateWord(toks[k]) && !stopTok(toks[k]); m++ {
		if n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.events); n > 0 {
			break
		}
		k++
	}
	if k < len(toks) && toks[k].arabic && strings.HasPrefix(toks[k].text, "لل") && !taken(toks[k].start, toks[k].end) && utf8.RuneCountInString(toks[k].text) >= 5 {
		k++
		for m := 0; m < 2 && k < len(toks) && toks[k].arabic && !toks[k].punct && definite(toks[k]) && !taken(toks[k].start, toks[k].end) && !stopTok(toks[k]) && !dateWord(toks[k]); m++ {
			if n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.demonyms, x.lx.events); n > 0 {
				break
			}
			k++
		}
	}
	// «المتحدث باسم جامعة كيسل لوركان فيرو»: after a title, proper words
	// that nothing closes (no nationality, trade or adjective) are the
	// body's first word and the holder's name after it
	if k == run && run-(i+1+btoi(trade)) >= 2 && i > 0 && (toks[i-1].key == "باسم" || titleEndsAt(x.lx, toks, i)) {
		k = i + 2 + btoi(trade)
	}
	return k
}

// concernedWith reports the noun after «المعنية» that its «ب» governs
// («بملف», «بحالات», «بشؤون»): an Arabic word behind the preposition, no
// pronoun on it, no word of time.
func concernedWith(t token) bool {
	if !t.arabic || t.punct || !strings.HasPrefix(t.text, "ب") || utf8.RuneCountInString(t.text) < 4 || pronounSuffixed(t.text) {
		return false
	}
	for _, s := range t.stems {
		if s.prefix > 0 && strings.HasPrefix(t.text[:s.prefix], "ب") && !timeWords[s.key] && !dateWord(t) {
			return true
		}
	}
	return false
}

// eponymHeads begin the names of bodies and places named after a person
// (names.tsv, named-after; value org or place): «جامعة الملك سعود»,
// «مؤسسة الشيخ زايد للأعمال الخيرية», «مسجد الحسن الثاني», «مطار
// الملكة علياء الدولي».
var (
	eponymOrgHeads   = wordSetOf("names.tsv", "named-after", "org", "ar")
	eponymPlaceHeads = wordSetOf("names.tsv", "named-after", "place", "ar")
	eponymHeads      = union(eponymOrgHeads, eponymPlaceHeads) // either kind
	eponymTitles     = wordSet("names.tsv", "eponym-title", "ar")
)

// eponymPrefix is the byte length of the proclitics before the head of
// a name that namedAfter found.
func eponymPrefix(t token) int {
	for _, s := range t.keys() {
		if eponymHeads[s.key] {
			return namePrefix(t, s)
		}
	}
	return 0
}

// namedAfter returns the end and the type of an Arabic name of a body or
// a place named after a person, starting at toks[i]: the head, the
// person's style (a ruler's or a religious title: «الملك», «الشيخ»,
// «الإمام», «المغفور له») and name, or a given name and a regnal
// ordinal without the style («مسجد الحسن الثاني»), then what the name
// goes on with: adjectives («الدولي», «التخصصي») and a chain opened by
// «لل» («للعلوم والتقنية», «للحوار الوطني»). The person is no mention
// here: the university named after a king is no meeting with him.
func (x *Names) namedAfter(toks []token, i int, taken func(int, int) bool) (int, graph.EntityType) {
	typ := graph.EntityType("")
	switch {
	case headIs(toks[i], eponymOrgHeads):
		typ = graph.Organization
	case headIs(toks[i], eponymPlaceHeads):
		typ = graph.Place
	default:
		return i, typ
	}
	free := func(k int) bool {
		return k < len(toks) && toks[k].arabic && !toks[k].punct && !taken(toks[k].start, toks[k].end)
	}
	j := i + 1
	k := j
	switch {
	case free(j) && eponymTitles[toks[j].key]:
		j++
		if free(j) && toks[j].key == "له" { // «المغفور له»
			j++
		}
		k = x.eponymName(toks, j, free)
	case free(j) && givenTok(toks[j]) && free(j+1) && regnalAr[toks[j+1].key]:
		k = j + 2 // «مسجد الحسن الثاني», «ملعب محمد الخامس»
	}
	if k <= j {
		return i, typ
	}
	if free(k) && regnalAr[toks[k].key] {
		k++
	}
	chain := false
	for n := 0; n < 4 && free(k); n++ {
		t := toks[k]
		if r, _, _ := x.lx.roles.match(toks, k); r > 0 {
			break
		}
		if h, _, _ := x.lx.honorifics.match(toks, k); h > 0 {
			break // «... للأعمال الخيرية السيد X»
		}
		switch {
		case strings.HasPrefix(t.text, "لل"):
			chain = true
		case strings.HasPrefix(t.text, "وال") && chain, relAdjective(t), strings.HasPrefix(t.text, "ال") && chain:
		default:
			return k, typ
		}
		k++
	}
	return k, typ
}

// Heads of English names of bodies and places named after a person
// (names.tsv, named-after), and the styles before the person's name.
var (
	eponymOrgHeadsEn   = wordSetOf("names.tsv", "named-after", "org", "en")
	eponymPlaceHeadsEn = wordSetOf("names.tsv", "named-after", "place", "en")
	eponymHeadsEn      = union(eponymOrgHeadsEn, eponymPlaceHeadsEn) // either kind
	eponymTitlesEn     = wordSet("names.tsv", "eponym-title", "en")
)

// namedAfterEn returns the end and the type of an English name of a body
// or a place named after a person, which a royal or religious style at
// toks[i] opens and whose name, at j, ends on a head noun ("King Hamid
// Causeway", "Sheikh Rashid Grand Mosque", "Sultan Faris University"),
// with what the body is for ("Center for Cancer Research"). It returns
// j when there is none.
func (x *Names) namedAfterEn(toks []token, i, j int, taken func(int, int) bool) (int, graph.EntityType) {
	t := toks[i]
	if t.arabic || !t.upper || j != i+1 || !eponymTitlesEn[strings.ToLower(t.text)] {
		return j, ""
	}
	k := x.name(toks, j, taken)
	typ := graph.EntityType("")
	for h := j + 1; h < k; h++ {
		switch w := strings.ToLower(toks[h].text); {
		case eponymOrgHeadsEn[w]:
			typ = graph.Organization
		case eponymPlaceHeadsEn[w]:
			typ = graph.Place
		default:
			continue
		}
		k = h + 1
		break
	}
	if typ == "" {
		return j, ""
	}
	// "for Cancer Research", "of Science and Technology"
	if k+1 < len(toks) && (toks[k].text == "for" || toks[k].text == "of") && toks[k+1].upper && !taken(toks[k+1].start, toks[k+1].end) {
		e := k + 1
		for e < len(toks) && !taken(toks[e].start, toks[e].end) && (toks[e].upper && !toks[e].punct || toks[e].text == "and" && e+1 < len(toks) && toks[e+1].upper) {
			e++
		}
		if toks[e-1].upper {
			k = e
		}
	}
	return k, typ
}

// eponymName returns the end of the person's name after the style in a
// name that namedAfter reads: up to four words with the connectors of a
// lineage («بن», «آل», «أبو»), none with a glued preposition or a pronoun
// («بمكتبه»), no title («الدكتور») and no adjective of relation, which
// goes on the body's name; a definite family name may close it
// («جابر الأحمد»).
func (x *Names) eponymName(toks []token, j int, free func(int) bool) int {
	k := j
	for k < len(toks) && k-j < 4 && free(k) {
		t := toks[k]
		if stopTok(t) || pronounSuffixed(t.text) || strings.HasPrefix(t.text, "ب") && !givenTok(t) && !arabicConnectors[t.key] && k > j || strings.HasPrefix(t.text, "لل") || strings.HasPrefix(t.text, "و") && !givenTok(t) {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			break
		}
		if n, _, _ := x.lx.honorifics.match(toks, k); n > 0 {
			break
		}
		if definite(t) && !givenTok(t) && (k == j || relAdjective(t) || regnalAr[t.key] || commonTok(t) || timeWords[t.key]) {
			break
		}
		// after the given name only a connector, a word after one or a
		// definite family name: another bare word is the sentence's
		// («جامعة السلطان X تناقش ...»)
		if k > j && !definite(t) && !arabicConnectors[t.key] && !arabicConnectors[toks[k-1].key] {
			break
		}
		k++
		if definite(t) && !arabicConnectors[toks[k-2].key] {
			break // the family's name closes it
		}
		if arabicConnectors[t.key] && !free(k) {
			return j
		}
	}
	return k
}

// relAdjective reports an Arabic definite adjective of relation (a nisba:
// «الوطني», «الليبية», «الدولي»), by its ending.
func relAdjective(t token) bool {
	k := t.key
	return strings.HasPrefix(k, "ال") && utf8.RuneCountInString(k) >= 5 && (strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه"))
}

// nounShape reports a definite Arabic word shaped as a noun rather than
// an adjective: a sound plural («الانتخابات», «المتظاهرين»), a word of
// time («الليلة»), or a feminine noun that is no participle («الزيارة»;
// not «المعارضة», «المستقلة», whose «الم» marks the participle that
// names often carry: «الائتلاف السوري المعارض»).
func nounShape(t token) bool {
	k := t.key
	switch {
	case strings.HasSuffix(k, "ات"), strings.HasSuffix(k, "ين"), timeWords[k]:
		return true
	case strings.HasSuffix(k, "ه"):
		return !strings.HasPrefix(k, "الم")
	}
	return false
}

// masdarShape reports a definite verbal noun of the forms tafaʿʿul and
// tafʿīl («التحقق», «التدخل», «التنسيق», «الترتيب»): after a body's name
// that ends on an adjective of relation it is what the verb asks of the
// body («أن تتولى الوكالة الدولية التحقق من …»), no word of its name.
// («التعاون», tafāʿul, is none: bodies are named after cooperation.)
func masdarShape(t token) bool {
	rs := []rune(t.key)
	if !t.arabic || !strings.HasPrefix(t.key, "الت") {
		return false
	}
	return len(rs) == 6 && rs[4] != 'ا' && rs[4] != 'و' && rs[4] != 'ي' || len(rs) == 7 && rs[5] == 'ي' && rs[4] != 'ا'
}

// relativeParticiples open a relative phrase after a body's name
// (names.tsv, relative-participle: «البالغ», «المؤلف», «التابعة»).
var relativeParticiples = wordSet("names.tsv", "relative-participle", "ar")

// lamPluralChain reports, after a body's name that ends on an adjective
// («الاتحاد العربي», «الاتحاد الوطني»), the preposition «ل» on «كرة»
// (ball) or on a plural of people in «فعلاء», in construct with a
// definite word: the game or the people the body serves, part of its
// name («لكرة القدم», «لعلماء الدين»). A verbal noun after «ل» says the
// purpose of what the body does («لبحث الأزمة», «لإقرار الموازنة»), no
// name; nor is a present («ليكون»). Other plurals («لعلوم», «لدراسات»)
// were tried and lowered the development set's precision.
func lamPluralChain(toks []token, k int, taken func(int, int) bool) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	prev, t, next := toks[k-1], toks[k], toks[k+1]
	if !prev.arabic || !definite(prev) || !(strings.HasSuffix(prev.key, "ي") || strings.HasSuffix(prev.key, "يه") || genericAdj[prev.key]) {
		return false
	}
	if !t.arabic || t.punct || taken(t.start, t.end) || !strings.HasPrefix(t.text, "ل") || strings.HasPrefix(t.text, "لل") {
		return false
	}
	if !next.arabic || next.punct || taken(next.start, next.end) || !definite(next) || stopTok(next) {
		return false
	}
	w := []rune(strings.TrimPrefix(t.key, "ل"))
	n := len(w)
	switch {
	case string(w) == "كره": // «لكرة القدم»
		return true
	case n == 5 && strings.HasSuffix(string(w), "اء") && w[1] != 'ا' && !strings.ContainsRune("ايتن", w[0]): // فعلاء: «لعلماء»
		return true
	}
	return false
}

// bodyAdjectives are the other adjectives of bodies' names after an
// adjective of relation (names.tsv body-adjective).
var bodyAdjectives = wordSet("names.tsv", "body-adjective", "ar")

// teamRankName reports whether toks[j:k] after «الفريق» is the name the
// rank (lieutenant general) announces, not what is said of the team
// that the word names as often («الفريق جاهز بدنيا»: "the team is fit
// to play"): a given name first, else no adjective of the shape فاعل
// («جاهز»; not a name ending in a vowel letter, «سامي», «ماركو») and no
// accusative («تماما») at either end.
func teamRankName(toks []token, j, k int) bool {
	if givenTok(toks[j]) {
		return true
	}
	adjective := func(t token) bool {
		w := []rune(t.key)
		return len(w) == 4 && w[1] == 'ا' && !strings.ContainsRune("اويه", w[3]) && !givenTok(t) || strings.HasSuffix(t.key, "ا") && !givenTok(t)
	}
	return !adjective(toks[j]) && !adjective(toks[k-1])
}

// originWords reports capitalised English words that are all adjectives
// of origin, a compass word aside: a demonym the lexicon knows, or a word
// in "-ish", "-ian" or "-ese" ("the Turkish region", "the Scottish
// county", "the West African coast"). Before a lower-case head they
// describe a place, and name none ("Katanga region" is a name).
func (x *Names) originWords(ws []token) bool {
	adjective := 0
	for i, t := range ws {
		lk := strings.ToLower(t.text)
		if t.arabic || !t.upper {
			return false
		}
		if n, _, _ := x.lx.demonyms.match(ws, i); n > 0 {
			adjective++
			continue
		}
		if utf8.RuneCountInString(lk) >= 5 && (strings.HasSuffix(lk, "ish") || strings.HasSuffix(lk, "ian") || strings.HasSuffix(lk, "ese")) {
			adjective++
			continue
		}
		if compassWords[lk] || lk == "central" {
			continue
		}
		return false
	}
	return adjective > 0
}

// aliInName reports «علي» written with a dotted ya at toks[k], the
// father's name Ali after a given name (aliFatherAt).
func (x *Names) aliInName(toks []token, j, k int, taken func(int, int) bool) bool {
	return k == j+1 && k+1 < len(toks) && !taken(toks[k+1].start, toks[k+1].end) && aliFatherAt(toks, k, j)
}

// aliFatherAt reports «علي» written with a dotted ya at toks[i] right
// after a given name at toks[a] and before a family's name of origin or
// a given name: the father's name Ali («حسن علي الزعابي», «سعيد علي
// نصراوي»), not the preposition «على» so written («وافق محمد علي
// المشروع»), which a common word follows.
func aliFatherAt(toks []token, i, a int) bool {
	if i != a+1 || i+1 >= len(toks) || toks[i].key != "علي" || !dottedYa(toks[i]) {
		return false
	}
	next := toks[i+1]
	// «نعمان علي خان»: before a word that only ends names, any proper
	// word opens the name, given name of the lists or not
	if !givenTok(toks[a]) && !(nameFinalAt(toks, i+1) && toks[a].arabic && !toks[a].punct && properAfter(toks[a]) && !definite(toks[a])) {
		return false
	}
	if next.punct || !next.arabic || commonTok(next) || stopTok(next) {
		return false
	}
	if givenTok(next) && !definite(next) || nameFinalAt(toks, i+1) {
		return true
	}
	return definite(next) && strings.HasSuffix(next.key, "ي") && utf8.RuneCountInString(next.text) >= 5 && !relationalAdjective(next)
}

// nameFinal are the words that end South Asian, Persian and Turkish
// names («خان», «زاده», «أوغلو»; names.tsv, name-final).
var nameFinal = wordSet("names.tsv", "name-final", "ar")

// nameFinalAt reports a word that ends names at toks[k] (nameFinal)
// that no proper word follows: «خان» of a place's name goes on («على خان
// يونس»: on Khan Younis).
func nameFinalAt(toks []token, k int) bool {
	if k >= len(toks) || !nameFinal[toks[k].key] {
		return false
	}
	if toks[k].key == "فرد" && (k == 0 || !strings.HasSuffix(toks[k-1].key, "ي")) {
		return false // «فرد» ("individual") ends a Persian name after «ي» only
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		return !n.arabic || n.punct || stopTok(n) || commonTok(n) || definite(n)
	}
	return true
}

// cardinals are the Arabic numbers written in words (names.tsv, cardinal).
var cardinals = wordSet("names.tsv", "cardinal", "ar")

// placeNameStop reports an Arabic word that a place's name after its
// head does not run over: a number in words («نهر الزاب اثنتان منها»), an
// adjective of direction («مخيم كوراني شمالي الوادي»: north of), a verb
// («المنطقة ويحدثون», «محافظة بيرمان يعطيك»: a present with a pronoun
// glued on), a plural with «ه», or a preposition on a common noun or a
// verbal noun («قاعدة كوراني بمقابل», «المنطقة كتعبير»).
func placeNameStop(t token) bool {
	if !t.arabic || t.punct || givenTok(t) {
		return false
	}
	if cardinals[t.key] {
		return true
	}
	if c, ok := strings.CutSuffix(t.key, "ي"); ok && compassWords[c] {
		return true
	}
	if verbShapeTok(t) || pluralPossessiveTok(t) || dualVerb(t) || futureVerbTok(t) || pluralVerbTok(t) {
		return true
	}
	if procliticStem(t, "بلك", func(k string) bool { return utf8.RuneCountInString(k) >= 3 && (commonAr[k] || arabicStop[k]) }) {
		return true
	}
	// a present with a pronoun: «يعطيك», «تمنحهم»
	w := t.key
	if utf8.RuneCountInString(w) >= 5 && (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) {
		for _, suf := range []string{"ك", "كم", "هم", "ها", "هن"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
	}
	return false
}

// cityKindsAr are the Arabic nouns of a town's kind that stand in
// construct with its name: «مدينة X», «بمدينة X», «بلدة X», «قرية X»
// (names.tsv, kind-of-place with the value city, the class of English's
// "the town of X").
var cityKindsAr = wordSetOf("names.tsv", "kind-of-place", "city", "ar")

// toponymFirstAr are the words that open two-word names of towns: «عين»,
// «بئر», «دير», «كفر», «تل» («قرية عين X»; names.tsv, toponym-first).
var toponymFirstAr = wordSet("names.tsv", "toponym-first", "ar")

// arabicCityOfKind finds the name of a town that Arabic news introduces
// by its kind, a noun without the article in construct with the name:
// «في مدينة X», «بمدينة البX»، «بلدة X»، «قرية عين X». It returns the
// name's span [a, k) (the kind word stays out of it, as a title does), or
// k <= a. The name is one proper word, definite or not, two after a word
// that opens such names; not a function word, a common word (definite or
// not), a title, a nationality, the head of another name, a word with a
// pronoun, or an adjective of the indefinite noun («مدينة ساحلية»).
func (x *Names) arabicCityOfKind(toks []token, i int, taken func(int, int) bool) (int, int) {
	if !headIs(toks[i], cityKindsAr) {
		return i, i
	}
	a := i + 1
	ok := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		t := toks[k]
		if !t.arabic || t.punct || taken(t.start, t.end) || stopTok(t) || commonTok(t) || definiteCommon(t) || pronounTok(t) ||
			pronounSuffixed(t.text) || placeNameStop(t) || procliticWord(t) || x.lexiconWord(toks, k) ||
			headIs(t, arabicPlaceHeads) || headIs(t, arabicOrgHeads) || headIs(t, cityKindsAr) || timeWords[t.key] || wordlikeAr[t.key] || definitePluralShape(t) {
			return false
		}
		return utf8.RuneCountInString(strings.TrimPrefix(t.key, "ال")) >= 3
	}
	// («عين», «بئر» are common words alone)
	if a < len(toks) && toponymFirstAr[toks[a].key] && !taken(toks[a].start, toks[a].end) && ok(a+1) {
		return a, a + 2
	}
	if !ok(a) || !definite(toks[a]) && (strings.HasSuffix(toks[a].text, "ية") || strings.HasSuffix(toks[a].text, "يه")) {
		return a, a // («مدينة ساحلية»: an adjective)
	}
	// «مدينة الX للعلوم»: what a facility is for follows its name
	if a+1 < len(toks) && strings.HasPrefix(toks[a+1].text, "لل") {
		return a, a
	}
	return a, a + 1
}

// definitePluralShape reports a definite word of the broken plural's
// shape «الأفعال» («الأحلام», «الألعاب», «الأشباح»): after «مدينة» a
// facility's or a figure's words («مدينة الألعاب»), no town's name.
func definitePluralShape(t token) bool {
	r := []rune(t.text)
	return len(r) == 7 && string(r[:2]) == "ال" && (r[2] == 'أ' || r[2] == 'ا') && r[5] == 'ا'
}

// arabicLandforms are the words of landforms and parts of a land that
// stand in construct with a name that carries the article: «جبل العرب»,
// «نهر الأردن», «أعالي النيل», «وادي الحمر».
var arabicLandforms = wordSet("names.tsv", "landform", "ar")

// timeWords are nouns of time that never name a place.
var timeWords = wordSet("names.tsv", "time", "ar")

// constructPlaceName reports a landform word at toks[h] followed at
// toks[k] by a definite word that names it (no function word, title,
// nationality, date or word already taken: «جبل الزاوية», not «بحر
// الأسبوع», "within the week").
func (x *Names) constructPlaceName(toks []token, h, k int, taken func(int, int) bool) bool {
	// «لولاية»: the head with a preposition
	if h < 0 || k >= len(toks) || !headIs(toks[h], arabicLandforms) {
		return false
	}
	t := toks[k]
	if t.punct || !t.arabic || taken(t.start, t.end) || stopTok(t) || pronounTok(t) || dateWord(t) || !strings.HasPrefix(t.text, "ال") ||
		utf8.RuneCountInString(t.text) < 4 || arabicPlaceHeads[t.key] || arabicOrgHeads[t.key] {
		return false
	}
	// «ولاية البعثة», «ولاية المجلس»: a body's mandate, not a province
	if bare := strings.TrimPrefix(t.key, "ال"); arabicOrgHeads[bare] || arabicPlaceHeads[bare] {
		return false
	}
	for _, tr := range []trie{x.lx.roles, x.lx.demonyms, x.lx.events} {
		if n, _, _ := tr.match(toks, k); n > 0 {
			return false
		}
	}
	// «في حقل التعليم»: the field of a pursuit, not an oil field
	if headIs(toks[h], fieldHeads) && (commonTok(t) || wordlikeAr[t.key]) {
		return false
	}
	return !timeWords[t.key] && !notPlaceWords[t.key]
}

// fieldHeads name oil and gas fields in construct with a name that is
// no common word (names.tsv field-head: «حقل»).
var fieldHeads = wordSet("names.tsv", "field-head", "ar")

// notPlaceWords follow «ولاية» in idioms of office, not in the name of a
// province («ولاية العهد»: the succession; «ولاية الفقيه»: a doctrine).
var notPlaceWords = wordSet("names.tsv", "not-place", "ar")

// arabicConstructHeads are the heads of bodies whose names may go on
// with an indefinite noun in construct («حركة تحرير …»); not the heads
// that are as often common nouns with a genitive («إدارة ضغوط …»,
// "managing the pressures").
var arabicConstructHeads = wordSet("names.tsv", "construct-head", "ar")

// constructNoun reports an indefinite noun inside a body's genitive
// chain after one of arabicConstructHeads: «حركة تحرير الجنوب», «جبهة
// إنقاذ البلاد». Only an indefinite word governs a genitive, so the word
// before has no article; the next word, or the one after it, carries it;
// the noun is no verb (known, or in the present tense with «ي»),
// function word, title, given name or pronoun-suffixed word («الحركة
// عمر الطيب» and «حركة تدعمها» are none).
func (x *Names) constructNoun(toks []token, k int, taken func(int, int) bool) bool {
	t, p := toks[k], toks[k-1]
	if strings.HasPrefix(t.text, "و") || strings.HasPrefix(t.text, "ي") || pronounSuffixed(t.text) || stopTok(t) || givenAr[t.key] {
		return false
	}
	for _, a := range []string{"ال", "وال", "لل", "بال"} {
		if strings.HasPrefix(p.text, a) {
			return false
		}
	}
	if r, _, _ := x.lx.roles.match(toks, k); r > 0 {
		return false
	}
	// up to two indefinite nouns in a row («هيئة مكافحة تهريب الآثار»),
	// then a word with the article
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		n := toks[j]
		if n.punct || !n.arabic || taken(n.start, n.end) || arabicStop[n.key] || stopTok(n) {
			return false
		}
		if strings.HasPrefix(n.text, "ال") {
			return true
		}
		if strings.HasPrefix(n.text, "و") || pronounSuffixed(n.text) || givenAr[n.key] {
			return false
		}
	}
	return false
}

// arabicName takes up to three tokens of an Arabic name, stopping at
// punctuation, frequent words, titles, known entities and words with the
// article (foreign names rarely carry it).
func (x *Names) arabicName(toks []token, j int, taken func(int, int) bool) int {
	return x.arabicNameAl(toks, j, taken, false)
}

// titleName returns the end of the name after a title: in Arabic the
// title says a name stands there, so a definite word may close a
// two-word one («الوزير سامي الفارس»: Arab family names often carry the
// article), save a weekday or a month («الوزير سامي الاثنين»).
func (x *Names) titleName(toks []token, j int, taken func(int, int) bool) int {
	if j >= len(toks) || !toks[j].arabic {
		// "Foreign Minister Said al-Harthi": after a title a capitalised
		// speech verb opens the name that goes on after it (not in a
		// Title Case heading, where "Said" may be the verb)
		if j+1 < len(toks) && toks[j].upper && speechVerbs[strings.ToLower(toks[j].text)] && !headline(toks) {
			if k := x.name(toks, j+1, taken); k > j+1 {
				return k
			}
			if t := toks[j+1]; strings.Contains(t.text, "-") && nameParticle(t.text) && !taken(t.start, t.end) {
				return j + 2
			}
		}
		// "Mr. MORI Kenta", "Minister SATO Kenji": the family name
		// first, in capitals, then the given name (Japanese and Korean
		// official English)
		if j+1 < len(toks) && !taken(toks[j].start, toks[j+1].end) && lettersOnly(toks[j].text) && familyFirst(toks[j].text+" "+toks[j+1].text) && toks[j+1].upper && !capStop[strings.ToLower(toks[j+1].text)] {
			if n, _, _ := x.lx.roles.match(toks, j+1); n == 0 {
				return j + 2
			}
		}
		k := x.name(toks, j, taken)
		// "Prime Minister Ali Noor and Presidential Council head X": the
		// name a title announces ends before a body's name joined by "and"
		for c := j + 1; c+1 < k; c++ {
			if toks[c].text == "and" && !hasHead(toks[j:c], orgHeads) && hasHead(toks[c+1:k], orgHeads) {
				return c
			}
		}
		return k
	}
	k := x.arabicNameAl(toks, j, taken, true)
	if k == j+2 && dateWord(toks[j+1]) {
		k = j + 1
	}
	if k2 := x.arabicName(toks, j, taken); k2 > k {
		k = k2 // three proper words («كمال رشيد الضاهر»)
	}
	// («خوسيه لويس رويث بيدال», «ماريو دا كوستا فيرنانديز»): a fourth
	// proper word after three, where the name ends at a boundary (a
	// comma or stop, a title, a style, «إن»/«أن», the sentence's end):
	// Spanish and Portuguese names carry two family names
	if k-j == 3 && !definite(toks[j]) && !hasConnector(toks[j:k]) && x.properNext(toks, k, taken) && !strings.HasPrefix(toks[k].text, "لل") && !verbShapeTok(toks[k]) && (nameBoundary(x.lx, toks, k+1) || k+1 < len(toks) && boundaryWords[toks[k+1].key]) {
		k++
	}
	if k == j+2 && x.closedThird(toks, j, taken) {
		k = j + 3
	}
	if x.fatherBefore(toks, j, k) && x.familyAtEnd(toks, k, taken) {
		k++
	}
	if k == j+2 && k < len(toks) && !definite(toks[j]) && definite(toks[j+1]) && glued3Abd(toks[k]) && !taken(toks[k].start, toks[k].end) {
		// «السفير ماهر المجذوب عبدالباقي»: a given name, a second one
		// with the article, then a compound with «عبد» written as one
		// word, which is never a common word: the name goes on
		k++
	}
	return k
}

// glued3Abd reports an Arabic word that is a compound given name with
// «عبد» and the article written as one («عبدالباقي», «عبدالمنعم»).
func glued3Abd(t token) bool {
	if !t.arabic || t.punct {
		return false
	}
	rest, ok := strings.CutPrefix(t.key, "عبدال")
	return ok && utf8.RuneCountInString(rest) >= 3
}

// fatherBefore reports a given name and a father's at toks[j:k]: two
// words, the second a proper word or a given name with the article
// («رامي فهد», «رامي المختار»), or a father's name compounded with «عبد»
// or «الله» («رامي عبد الرحيم», «رامي فضل الله»).
func (x *Names) fatherBefore(toks []token, j, k int) bool {
	if definite(toks[j]) || arabicConnectors[toks[j].key] {
		return false
	}
	switch {
	case k == j+2:
		f := toks[j+1]
		return (!definite(f) || alGivenTok(f)) && !commonTok(f) && !arabicConnectors[f.key] && !x.lexiconWord(toks, j+1)
	case k == j+3:
		return toks[j+1].key == "عبد" || toks[j+2].key == "الله"
	}
	return false
}

// hasConnector reports a connector of a lineage among toks («بن», «ولد»).
func hasConnector(toks []token) bool {
	for _, t := range toks {
		if arabicConnectors[t.key] {
			return true
		}
	}
	return false
}

// boundaryWords open what follows a name at a looser boundary: the «إن»/
// «أن» of a verb of speech, prepositions of place and time («مع» may
// follow a verb: «X تباحث مع»).
var boundaryWords = map[string]bool{"ان": true, "في": true, "خلال": true, "لدي": true}

// nameBoundary reports what ends a name at toks[e]: the sentence's end,
// punctuation, a title or a style.
func nameBoundary(lx *lexicon, toks []token, e int) bool {
	if e >= len(toks) || toks[e].punct {
		return true
	}
	if n, _, _ := lx.roles.match(toks, e); n > 0 {
		return true
	}
	n, _, _ := lx.honorifics.match(toks, e)
	return n > 0
}

// arabicNameAl is arabicName; with allowAl a definite word may close a
// two-word name where the context already says a name stands there
// («خليل الحية، رئيس ...»): Arab family names often carry the article.
func (x *Names) arabicNameAl(toks []token, j int, taken func(int, int) bool, allowAl bool) int {
	k := j
	// «عبد الكريم», «أبو بكر»: a compound given name is one word of the
	// name, and the family name may follow it («عبد الكريم الشامي»)
	unit := j
	if j+1 < len(toks) && (toks[j].key == "عبد" || toks[j].key == "ابو") && toks[j+1].arabic && !toks[j+1].punct {
		unit = j + 1
	} else if j+1 < len(toks) && toks[j+1].key == "الدين" && !strings.HasPrefix(toks[j].text, "ال") {
		unit = j + 1 // «حسام الدين فؤاد», «نور الدين»: a given name compounded with «الدين»
	}
	// six words at most, the connectors of a lineage not counted
	// («سالم بن حمد بن راشد آل زامل»)
	conn, allah := 0, 0
	// after a father's given name («سامر حسن», «نبيل بن خليفة») the word
	// at k goes on the name: the grandfather's name or the family's
	// («سامر حسن الدباغ», «وليد محمد الورداني»)
	lineageAt := func(k int) bool {
		if allowAl && unit == j && conn == 0 && allah == 0 && x.alChainAt(toks, j, k, taken) {
			return true // «مازن المحمد الجابر»
		}
		if allowAl && unit == j && conn == 0 && allah == 0 && k == j+3 && !definite(toks[j+1]) && definite(toks[j+2]) && k < len(toks) && x.alTail(toks, k, taken) {
			return true // «ناصر فهد الحمد الصباح»: given, father, grandfather with the article, family
		}
		// «ناصر فهد الحمد المبارك الصباح»: two forebears with the article,
		// the second a given name so written, then the family
		forebears := k >= j+3 && allowAl && unit == j && conn == 0 && allah == 0 && !definite(toks[j+1]) && definite(toks[j+2])
		if forebears && k == j+3 && k+1 < len(toks) && alGivenTok(toks[k]) && !taken(toks[k].start, toks[k].end) && x.alTail(toks, k+1, taken) {
			return true
		}
		if forebears && k == j+4 && k < len(toks) && alGivenTok(toks[j+3]) && x.alTail(toks, k, taken) {
			return true
		}
		if k-unit-allah-conn != 2 {
			return false
		}
		if allowAl && unit == j && conn == 0 && allah == 0 && k < len(toks) && !taken(toks[k].start, toks[k].end) && familyBeforeTitle(x.lx, toks, j, k) {
			return true // «أحمد سعيد الكندي وزير النقل»
		}
		if father := toks[k-1]; allowAl && unit == j && conn == 0 && allah == 0 && !definite(father) && !commonTok(father) && !stopTok(father) && !x.lexiconWord(toks, k-1) && familyOfOrigin(x.lx, toks, k, taken) {
			return true // «رامي فهد الليبي», «رامي فهد العطار» before a title
		}
		if !x.familyNext(toks, k, taken) {
			return false
		}
		if conn > 0 && !definite(toks[k]) && givenTok(toks[k]) && x.properNext(toks, k+1, taken) {
			// («ماجد بن راشد توماس برانت»: after a nasab a given name
			// that another proper word follows opens another person's
			// name; a grandfather's would take «بن» again)
			return false
		}
		if givenTok(toks[k-1]) || aliAfterConnector(toks, k-1) || unit == j && aliFatherAt(toks, k-1, j) {
			return true
		}
		// where a title announces the name, a father's name that no list
		// knows as a given name («سامي ماجد الزعابي», «خالد عبد العزيز
		// المهيري») is followed by a family name of origin, a nisba with
		// the article; not by a common word (the object of a verb after
		// a name, «فادي عودة الأوضاع») nor by a participle or an adjective
		// describing the person («كمال حداد المسؤول», «الخبيرة»)
		father := toks[k-1]
		compound := k-2 > j && toks[k-2].key == "عبد" // «عبد العزيز»: the article is the father's
		return allowAl && x.nisba(toks, k) && !relationalAdjective(toks[k]) && !commonTok(father) && !stopTok(father) && (compound || !definite(father)) && !x.lexiconWord(toks, k-1)
	}
	for k < len(toks) && k-j-conn < 6 {
		t := toks[k]
		particle := k >= j+1 && foreignParticle(toks, k, taken)
		if k > j && arabicConnectors[t.key] || particle {
			conn++
		}
		// «رامز الثاني»: an ordinal numbering a monarch goes on the name
		regnal := regnalAt(toks, k, j) || k > j && articleParticle(toks, k)
		// («محمد ولد سيدي للاطمئنان»: a noun behind «لل», "to reassure",
		// is no part of a name)
		if t.punct || !t.arabic || taken(t.start, t.end) || k > j && (strings.HasPrefix(t.text, "لل") || prepArticleNoun(t)) || arabicStop[t.key] && !(allowAl && k == j && dottedYa(t)) && !shaykhSabah(toks, k) && !aliAfterConnector(toks, k) && !maddaName(t) && !regnal && !particle && !x.aliInName(toks, j, k, taken) && !theophoricAt(toks, j, k) {
			break
		}
		if k == j && (dualVerb(t) || procliticCommon(t)) {
			// «وزيرا الخارجية يبحثان»: the verb after a dual title;
			// «المتحدث باسم الوزارة بتصريح»: a preposition and a noun
			break
		}
		// «عطاء الله», «فضل الله», «حسب الله»: «الله» closes a
		// theophoric name with the word before it, one word of the name
		if k > unit && t.key == "الله" && !arabicStop[toks[k-1].key] {
			k++
			allah++
			// «كنان جاد الله وردة», «زاهر فضل الله القرنفلي»: after a
			// father's name compounded with «الله», the family's, a
			// given name or a nisba, closes the name where a title
			// announces it (and the Gulf's father's name with the
			// article: «العبد» before «الله»)
			// («ضيف الله المطيري», «فتح الله العلمي»: a given name
			// compounded with «الله», then the family's)
			if allowAl && unit == j && (k == j+3 && (toks[j+1].key == "عبد" || toks[j+1].key == "العبد") || k == j+2) && x.familyNext(toks, k, taken) && (givenTok(toks[k]) || x.nisba(toks, k) && !relationalAdjective(toks[k])) {
				k++
				break
			}
			if k-unit-allah >= 2 && !(k < len(toks) && arabicConnectors[toks[k].key]) && !nasabFamilyAt(toks, j, k, taken) {
				break
			}
			continue
		}
		afterConnector := k > j && arabicConnectors[toks[k-1].key]
		familyName := allowAl && k == unit+1 && !arabicStop[t.key] || k == unit+1 && x.nisba(toks, k) || afterNasab(toks, j, k) && !arabicStop[t.key] ||
			k > unit && dinTail(t)
		// «نظيره الليبي الطاهر البعزاوي»: a given name with the article
		// opens the name a title announces, a proper word after it
		alOpens := allowAl && k == j && alGiven[t.key] && k+1 < len(toks) && toks[k+1].arabic && !toks[k+1].punct && !arabicStop[toks[k+1].key] && !taken(toks[k+1].start, toks[k+1].end)
		// «أحمد ولد الشيخ البكاي»: the family's nisba after the compound
		// «ولد الشيخ», as after «ولد الشيخ سيديا» a word without it
		shaykhFamily := ouldShaykhBefore(toks, j, k) && x.nisba(toks, k)
		if strings.HasPrefix(t.text, "ال") && !afterConnector && !familyName && !lineageAt(k) && !regnal && !(k == unit && unit > j) && !alOpens && !shaykhFamily || x.orgHead(t) {
			break
		}
		// «بن تركي», «بن سلطان»: after «بن» a name, though it reads
		// as an adjective of nationality or a title elsewhere
		if !afterConnector && x.lexiconWord(toks, k) && !(allowAl && unit == j && familyBeforeTitle(x.lx, toks, j, k)) && !(k == j && nationalityOpensName(x.lx, toks, j, len(toks))) && !(k == j+2 && lineageAt(k)) && !x.amirInName(toks, j, k, taken) && !x.shaykhInName(toks, j, k, taken) && !(afterNasab(toks, j, k) && x.demonymNisba(toks, k)) {
			break
		}
		if utf8.RuneCountInString(t.text) < 2 {
			// an initial: «مارتن ج. كيسلر»
			if k > j && k+2 < len(toks) && toks[k+1].text == "." && toks[k+2].arabic {
				k += 2
				continue
			}
			break
		}
		k++
		// two words make a name, unless the last was a connector
		// («كمال بن راشد», «آل»), or a third proper word follows, neither
		// common nor definite («خوان كارلوس بينيدو»)
		// «محمد ولد الشيخ سيديا»: «الشيخ», «سيدي» after «ولد» open a
		// compound family name
		nextJoins := k+1 < len(toks) && arabicConnectors[toks[k].key] && toks[k+1].arabic && !toks[k+1].punct || k >= j+2 && foreignParticle(toks, k, taken) ||
			ouldShaykhBefore(toks, j, k) && k < len(toks) && properAfter(toks[k]) && !taken(toks[k].start, toks[k].end) || k < len(toks) && (regnalAt(toks, k, j) || toks[k].key == "الله") ||
			k < len(toks) && k > unit && dinTail(toks[k]) && !taken(toks[k].start, toks[k].end) || // «برهان الدين»
			k < len(toks) && k > unit && nameFinalAt(toks, k) && !taken(toks[k].start, toks[k].end) || // «رحماني زاده», «رضائي فر»
			k+1 < len(toks) && toks[k+1].key == "الله" && toks[k].arabic && !toks[k].punct && !definite(toks[k]) && (!arabicStop[toks[k].key] || theophoricAt(toks, j, k)) && !taken(toks[k].start, toks[k].end) // «عثمان دفع الله»: a theophoric family name
		// «وضاح بن حمد الكرملي»: after a nasab («بن» and a name) the
		// family name with the article closes the name
		if k-unit-allah >= 2 && !arabicConnectors[toks[k-1].key] && !(k-1 >= j+1 && foreignParticle(toks, k-1, taken)) && !nextJoins && !lineageAt(k) && !nasabFamilyAt(toks, j, k, taken) && !(k-unit-allah == 2 && !allowAl && !commonTok(toks[unit]) && !commonTok(toks[unit+1]) && x.properNext(toks, k, taken)) {
			break
		}
		if nasabFamilyAt(toks, j, k-1, taken) {
			break // the family name after a nasab ends the name
		}
	}
	for k > j && arabicConnectors[toks[k-1].key] {
		k--
	}
	if k > j+1 && x.amirInName(toks, j, k-1, taken) {
		k++ // «حسين أمير صالحي»: the middle name takes the word after it
	}
	return k
}

// ouldShaykhBefore reports the compound «ولد الشيخ» or «ولد سيدي» right
// before toks[k], inside the name that opens at toks[j] («محمد ولد الشيخ
// X»): the word at k goes on the family's name.
func ouldShaykhBefore(toks []token, j, k int) bool {
	return k-2 > j && toks[k-2].key == "ولد" && (toks[k-1].key == "الشيخ" || toks[k-1].key == "سيدي")
}

// amirInName reports «أمير» as written, between a given name and a proper
// word, as a middle name («حسين أمير صالحي»), not the title: the emir
// is followed by what he rules («تميم أمير قطر», «أمير منطقة الرياض»,
// «أمير البلاد»), a place, a common noun or a definite one.
func (x *Names) amirInName(toks []token, j, k int, taken func(int, int) bool) bool {
	if k == j || !amirMiddle(toks, k) || k+1 >= len(toks) {
		return false
	}
	// the middle name is Persian, before a Persian family name's ending
	// («صالحي», «عبداللهيان», «حسين زاده», «رحيمي بور»); «ماجد أمير نجران»
	// is the emir of a place the lists may lack
	n := toks[k+1]
	persian := false
	for _, suf := range []string{"ي", "يان", "زاده", "بور", "پور", "فر", "نيا", "نژاد", "نجاد"} {
		persian = persian || strings.HasSuffix(n.text, suf)
	}
	return persian && x.properAfterMiddle(toks, k, taken)
}

// properAfterMiddle reports a word after a middle «أمير» or «شيخ» at
// toks[k] that goes on a person's name: a proper word, no place the
// knowledge base knows («فهد أمير تبوك»: the emir of Tabuk), no common,
// definite, lexicon or body word.
func (x *Names) properAfterMiddle(toks []token, k int, taken func(int, int) bool) bool {
	n := toks[k+1]
	if e, _, _ := x.lx.entities.match(toks, k+1); e > 0 {
		return false
	}
	return n.arabic && !n.punct && !definite(n) && !taken(n.start, n.end) && !stopTok(n) && !commonTok(n) && !x.lexiconWord(toks, k+1) && !x.orgHead(n)
}

// shaykhInName reports «شيخ» as written (no article), between a given
// name and a proper word, as a middle name of the Horn of Africa
// («حسن شيخ محمود», «شريف شيخ أحمد»), not the style: the style takes the
// article («الشيخ X»), and a sheikh of a tribe or a place is followed by
// what he heads («شيخ قبيلة», «شيخ الأزهر»).
func (x *Names) shaykhInName(toks []token, j, k int, taken func(int, int) bool) bool {
	return k > j && k+1 < len(toks) && shaykhMiddle(toks, k) && x.properAfterMiddle(toks, k, taken)
}

// shaykhMiddle reports «شيخ» as written after a given name (shaykhInName).
func shaykhMiddle(toks []token, k int) bool {
	return k > 0 && toks[k].text == "شيخ" && givenAr[toks[k-1].key]
}

// amirMiddle reports «أمير» as written after a given name (amirInName).
func amirMiddle(toks []token, k int) bool {
	return k > 0 && toks[k].text == "أمير" && givenAr[toks[k-1].key]
}

// familyAtEnd reports a family name at toks[k] after a given name and a
// father's that a title announces, where the name plainly ends right
// after it: at a comma or a stop, the sentence's end, a title or a style,
// the «إن»/«أن» of a verb of speech, or a preposition glued on a common
// noun («وزير الخارجية رامي عبد الرحيم الجابر بكلمة», «السفير رامي
// المختار حمدان،»). Arab family names are often words elsewhere («الجابر»,
// «الحمود»); what may stand there instead is the object of the verb
// before the title, a noun no list lets close a name: a common word, a
// plural or a feminine noun, a word of time, a title, a verb.
func (x *Names) familyAtEnd(toks []token, k int, taken func(int, int) bool) bool {
	if !x.familyNext(toks, k, taken) {
		return false
	}
	t := toks[k]
	if nounShape(t) || verbShapeTok(t) || relationalAdjective(t) || strings.HasPrefix(t.text, "لل") || definite(t) && utf8.RuneCountInString(t.text) < 5 {
		return false
	}
	e := k + 1
	return nameBoundary(x.lx, toks, e) || toks[e].key == "ان" || procliticCommon(toks[e])
}

// prepArticleNoun reports a preposition and the article glued on a noun
// («بالشراكة», "with the partnership"; «كالعادة»): a phrase after a name,
// no word of it. The noun is feminine or plural in shape, or a common
// word («بالتعاون»); a foreign name that begins with the letters
// («بالدوين») is none of these.
func prepArticleNoun(t token) bool {
	for _, pre := range []string{"بال", "كال", "وبال"} {
		if stem, ok := strings.CutPrefix(t.key, pre); ok && utf8.RuneCountInString(stem) >= 3 {
			return strings.HasSuffix(stem, "ه") || strings.HasSuffix(stem, "ات") || commonAr[stem] || commonAr["ال"+stem]
		}
	}
	return false
}

// familyOfOrigin reports, after a given name and a father's given name
// that a title announces, a family name that reads as a word: a
// nationality's nisba («المصري»: a nationality goes before the name in a
// title, so after it the word is the family's name of origin) or a
// craftsman's noun of the shape الفعّال («الحداد», «العطار», «النجار»),
// where the name ends at a boundary: a comma or stop, a title or a style
// after it, or the sentence's end («رامي فهد الحداد السفير»; not «بحث
// الوزير رامي فهد الحوار مع …», an object).
func familyOfOrigin(lx *lexicon, toks []token, k int, taken func(int, int) bool) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if !t.arabic || t.punct || taken(t.start, t.end) || !definite(t) {
		return false
	}
	w := []rune(t.key)
	nisba := false
	if n, _, _ := lx.demonyms.match(toks, k); n == 1 && strings.HasSuffix(t.key, "ي") {
		nisba = true
	}
	craft := len(w) == 6 && w[4] == 'ا' && !strings.ContainsRune("اوي", w[2]) && !strings.ContainsRune("اوي", w[3])
	e := k + 1
	if !nisba && !craft {
		// any other word with the article that names no time, no title,
		// no nationality and no plural or feminine noun, before the
		// «إن» or «أن» of a verb of speech or a comma: «قال وزير الخارجية
		// رامي فهد الصالح إن …»
		if timeWords[t.key] || dateWord(t) || stopTok(t) || nounShape(t) || strings.HasPrefix(t.text, "لل") {
			return false
		}
		if n, _, _ := matchAny(toks, k, lx.roles, lx.events, lx.demonyms, lx.delegation); n > 0 {
			return false
		}
		// («مصطفى عوض القدومي سفير اليابان»: a title after it too)
		return e < len(toks) && (toks[e].key == "ان" || toks[e].text == "،" || toks[e].text == ",") || e < len(toks) && nameBoundary(lx, toks, e) && !toks[e].punct
	}
	return nameBoundary(lx, toks, e)
}

// alChainAt reports a word with the article at toks[k] that goes on a
// name a title announces after a given name and the names of forebears
// with the article, as Gulf and Sudanese names write them («مازن المحمد
// الجابر», «عثمان البشير الطيب», «طلال الخالد الأحمد الصباح»): the next
// forebear's name or the family's. A forebear's name is no nisba (a nisba
// is a family's name of origin and closes the name) and no common word;
// the word at k is none the lists know as common, a title, a nationality,
// a date or a describing adjective («سامي الفارس القيادي في الحزب»).
func (x *Names) alChainAt(toks []token, j, k int, taken func(int, int) bool) bool {
	if k-j < 2 || k-j > 4 || k >= len(toks) || definite(toks[j]) || !toks[j].arabic {
		return false
	}
	if !alGivenTok(toks[j+1]) {
		return false // the father's name is a given name («المحمد», «البشير»)
	}
	for i := j + 1; i < k; i++ {
		t := toks[i]
		if !definite(t) || strings.HasSuffix(t.key, "ي") || commonTok(t) || stopTok(t) || utf8.RuneCountInString(t.text) < 5 || nounShape(t) && !alGivenTok(t) {
			return false
		}
	}
	// not a noun the verb before the name takes as its object: a sound
	// plural, a word of time, a feminine noun («وبحث الوزير سامي المحمد
	// المستجدات», «وحذر … المهربين»)
	return x.alTail(toks, k, taken)
}

// alTail reports a word with the article at toks[k] that closes a Gulf
// chain of forebears' names (alChainAt): no noun the verb before the name
// takes as its object, a sound plural, a word of time or a feminine noun.
func (x *Names) alTail(toks []token, k int, taken func(int, int) bool) bool {
	t := toks[k]
	return definite(t) && utf8.RuneCountInString(t.text) >= 5 && x.familyNext(toks, k, taken) && !relationalAdjective(t) && !(strings.HasSuffix(t.key, "ي") && !x.nisba(toks, k)) &&
		!(nounShape(t) || strings.HasSuffix(t.key, "ون")) || alGivenTok(t) && x.familyNext(toks, k, taken)
}

// alGivenTok reports a given name with the article: one that carries it
// («البشير», names.tsv given-al) or a given name the lists know with the
// article put on («المحمد», «الخالد»).
func alGivenTok(t token) bool {
	stem, ok := strings.CutPrefix(t.key, "ال")
	return ok && t.arabic && (alGiven[t.key] || givenAr[stem] && utf8.RuneCountInString(stem) >= 3)
}

// basimAt reports «باسم» ("in the name of", a common word) at toks[j]
// that is the given name Basem: a proper word follows, that no list knows
// as a common word, a body's or a place's head, a title or a nationality
// («وزير الخارجية باسم الخطيب»; not «باسم الحكومة», «باسم بلاده»).
func (x *Names) basimAt(toks []token, j int, taken func(int, int) bool) bool {
	if j+1 >= len(toks) || toks[j].key != "باسم" || toks[j].text != "باسم" {
		return false
	}
	return basimNext(toks[j+1]) && x.familyNext(toks, j+1, taken)
}

// basimNext reports an Arabic word that may follow the given name «باسم»
// as a father's or family's name: a proper word («باسم عواد»), or with
// the article a nisba («باسم الحلبي») or a given name («باسم المهدي»);
// not what «باسم» ("in the name of") takes: a common word, another
// definite noun («باسم الشعب», «باسم الإسلام»), a plural or feminine
// noun, a word behind a preposition.
func basimNext(n token) bool {
	return n.arabic && !n.punct && !commonTok(n) && !stopTok(n) && !pronounTok(n) && !dateWord(n) && utf8.RuneCountInString(n.text) >= 3 &&
		!procliticWord(n) && !nounShape(n) && (!definite(n) || relAdjective(n) || alGivenTok(n))
}

// eastAsianOpens reports a Vietnamese, Chinese or Korean name of three
// syllables at toks[j:] (within end) whose first reads as a function
// word written with no hamza, a particle behind «ف» («فام مينه تشينه»:
// «ف» and «أم»; «كاو»: «ك» and «أو»). Two proper words follow it, the
// first may be the middle syllable «فان»; the last no given name of the
// lists; no verb, no common or definite word. Not «فان» ("and so that",
// «فإن»), which opens a clause
// far more often than a name («قال الوزير فان الحكومة», «فان دوران
// سيزور»), nor a pronoun («كان الرئيس هو جو …»: the copula).
func eastAsianOpens(toks []token, j, end int) bool {
	if j+3 > end || j+3 > len(toks) {
		return false
	}
	t := toks[j]
	if !t.arabic || utf8.RuneCountInString(t.text) > 3 || strings.ContainsAny(t.text, "أإآ") || !stopTok(t) || pronounTok(t) || commonAr[t.key] || t.key == "فان" {
		return false
	}
	for _, n := range toks[j+1 : j+3] {
		if !n.arabic || n.punct || definite(n) || utf8.RuneCountInString(n.text) < 2 {
			return false
		}
	}
	a, b := toks[j+1], toks[j+2]
	syllable := func(n token) bool {
		return properAfter(n) && !procliticWord(n) && !pronounTok(n) && !futureVerbTok(n) && !presentVerbTok(n) && !pluralVerbTok(n) && !verbShapeTok(n)
	}
	// (the middle syllable may be one a list knows as a given name: «كاو
	// كيم هورن», Kao Kim Hourn; the last may not)
	return (foreignParticles[a.key] || syllable(a)) && syllable(b) && !givenTok(b)
}

// hasKey reports a token of ts whose key is key.
func hasKey(ts []token, key string) bool {
	for _, t := range ts {
		if t.key == key {
			return true
		}
	}
	return false
}

// foreignParticle reports a particle of a European name after two words
// of it, a proper word after it («ماريا تيريزا فرنانديس دي لافيغا», «يان
// فان دير بيرغ», «… دي لا فيغا»): it goes on the name, as «بن» does.
func foreignParticle(toks []token, k int, taken func(int, int) bool) bool {
	if k+1 >= len(toks) || !toks[k].arabic || !foreignParticles[toks[k].key] && !(toks[k].key == "لا" && k > 0 && (toks[k-1].key == "دي" || toks[k-1].key == "دو")) {
		return false
	}
	n := toks[k+1]
	// (a family name after «فان», «دي» may be a common word: «فان دام»)
	return n.arabic && !n.punct && !taken(n.start, n.end) && (foreignParticles[n.key] || n.key == "لا" || !stopTok(n) && (!commonTok(n) || !definite(n) && utf8.RuneCountInString(n.text) >= 3 && !arabicStop[n.key]))
}

// sharedTitleNames finds the names after the first holder of a title in
// the dual or plural shared out by countries, each country or adjective
// of nationality glued to «و» before its holder's name: «رؤساء كينيا X
// وتنزانيا Y وأوغندا Z», «وزيري خارجية البرازيل X والأرجنتين Y»,
// «ونظيراه النرويجي X والدنماركي Y».
func (x *Names) sharedTitleNames(d *extract.Document, toks []token, k int, listed bool, taken func(int, int) bool, add func(graph.Mention, evidence) bool) {
	for k+1 < len(toks) {
		if !x.sharedNext(d, toks, k) {
			// «وزيرا خارجية تونس والمغرب X وY»: the next holder's given
			// name glued to «و»
			// (a given name the lists know, or, after a list of bodies,
			// a proper word a family name follows: «وكريم بناني»; no
			// verb: «وأكد سامي»)
			if listed && k+1 < len(toks) && conjOn(toks[k], func(s string) bool {
				n := toks[k+1]
				// (or a family name with the article: «وخالد الورفلي»)
				family := !definite(n) && properAfter(n) && !commonTok(n) || definite(n) && n.arabic && !n.punct && !commonTok(n) && !definiteCommon(n) && !stopTok(n) && !x.lexiconWord(toks, k+1) && !taken(n.start, n.end)
				return givenAr[s] || !arabicStop[s] && utf8.RuneCountInString(s) >= 3 && family
			}) && !isArabicVerb(toks[k]) && !futureVerbTok(toks[k]) && !taken(toks[k].start, toks[k].end) {
				e := x.titleName(toks, k+1, taken)
				if e <= k+1 && definite(toks[k+1]) {
					e = k + 2 // «وخالد الورفلي»: the family name with the article
				}
				if e > k+1 && !hasHead(toks[k+1:e], orgHeads) && !placeHeaded(toks[k+1:e]) && add(d.Mention(toks[k].start+len("و"), x.nameEnd(toks, k, e), graph.Person, "names", 0.7), evTitle) {
					k = e
					continue
				}
			}
			return
		}
		j := k + 1
		e := verbEnds(toks, j, x.titleName(toks, j, taken))
		if e <= j || notNameStartAt(toks, j, taken) || hasHead(toks[j:e], orgHeads) || placeHeaded(toks[j:e]) {
			return
		}
		if !add(d.Mention(toks[j].start, x.nameEnd(toks, j, e), graph.Person, "names", 0.75), evTitle) {
			return
		}
		k = e
	}
}

// sharedNext reports a country's name or adjective glued to «و» at
// toks[k], that opens the next share of a shared title.
func (x *Names) sharedNext(d *extract.Document, toks []token, k int) bool {
	if !toks[k].arabic || !strings.HasPrefix(toks[k].text, "و") {
		return false
	}
	if dn, pre, _ := x.lx.demonyms.match(toks, k); dn == 1 && pre > 0 {
		return true
	}
	for _, m := range d.Mentions {
		if m.Type == graph.Country && m.Start == toks[k].start+len("و") && m.End == toks[k].end {
			return true
		}
	}
	return false
}

// memberPhraseEnd returns the end of a membership phrase at toks[j]
// before a name: «عضو» or «القيادي» and up to three definite words of
// the organ («عضو المكتب السياسي», «القيادي في الحركة»); else j.
func memberPhraseEnd(toks []token, j int, taken func(int, int) bool) int {
	if j >= len(toks) || !toks[j].arabic {
		return j
	}
	switch toks[j].key {
	case "عضو", "العضو", "عضوه", "القيادي", "القياديه":
	default:
		return j
	}
	k := j + 1
	if k < len(toks) && (toks[k].key == "في" || toks[k].key == "ب") {
		k++
	}
	e := k
	for e < len(toks) && e < k+3 && toks[e].arabic && !toks[e].punct && definite(toks[e]) {
		e++
	}
	if e == k || e >= len(toks) {
		return j
	}
	return e
}

// listedNames finds the names of a list that «كلا من» opens («ضم الوفد
// كلا من X Y وZ W وU V»; not «كل من», "whoever"): each of two to four
// words, no nationality or title among them, the first a proper
// word (no article, no common word save a given name), the next glued to
// «و»; it stops at anything else. It returns the end of the last name
// found, or j.
func (x *Names) listedNames(d *extract.Document, toks []token, j int, taken func(int, int) bool, add func(graph.Mention, evidence) bool) int {
	end := j
	for n := 0; j < len(toks); n++ {
		pre := 0
		if n > 0 {
			if !toks[j].arabic || !conjOn(toks[j], func(s string) bool { return !arabicStop[s] && !commonAr[s] || givenAr[s] }) {
				break
			}
			pre = len("و")
		}
		t := toks[j]
		ali := n == 0 && t.key == "علي" && dottedYa(t) // «كلا من علي محمد X»: the name Ali
		if taken(t.start, t.end) || t.punct || !t.arabic || n == 0 && !ali && (definite(t) || commonTok(t) && !givenTok(t) || notNameStartAt(toks, j, taken)) || isArabicVerb(t) {
			break
		}
		k := x.titleName(toks, j, taken)
		if k < j+2 || k > j+4 || hasHead(toks[j:k], orgHeads) || placeHeaded(toks[j:k]) {
			break
		}
		lexical := false // «ارسنال الانكليزي»: a nationality, a title: no name
		for c := j; c < k; c++ {
			lexical = lexical || c > j && !arabicConnectors[toks[c-1].key] && x.lexiconWord(toks, c)
		}
		if lexical {
			break
		}
		if !add(d.Mention(t.start+pre, x.nameEnd(toks, j, k), graph.Person, "names", 0.7), evTitle) {
			break
		}
		end, j = k, k
	}
	return end
}

// nationalityOpensName reports a word at toks[j], read as a nationality
// or a common word elsewhere, that opens a person's name ending before
// end: a given name that a lineage follows («تركي بن سعود») or that comes
// after the nationality of a title («السفير السعودي تركي العنزي»).
func nationalityOpensName(lx *lexicon, toks []token, j, end int) bool {
	return j+2 < end && lineageOpens(toks, j) || j+1 < end && givenAfterNationality(lx, toks, j)
}

// lineageOpens reports a word without the article at toks[j] that «بن»
// («ابن», «بنت») and a name without the article follow: a given name
// opening a lineage, though it reads as a nationality, a title or a
// common word elsewhere («الأمير تركي بن سعود», «الدكتور مساعد بن محمد»).
func lineageOpens(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].arabic && !toks[j].punct && !definite(toks[j]) && (toks[j+1].key == "بن" || toks[j+1].key == "ابن" || toks[j+1].key == "بنت") && toks[j+2].arabic && !toks[j+2].punct && !definite(toks[j+2])
}

// headedByVerbs are the verbs «يرأسه», «يقوده» ... that name a
// delegation's head right after them («وفدا ألمانيا يرأسه X Y»).
var headedByVerbs = map[string]bool{"يراسه": true, "يراسها": true, "يتراسه": true, "يتراسها": true, "تراسه": true, "تتراسه": true, "يقوده": true, "يقودها": true, "يتقدمه": true, "يتقدمها": true}

// ledDelegationEnd returns where the head's name may start after a verb
// of leading and the delegation it governs at toks[i] («وترأس وفد
// الحوثيين X», «ويقود الوفد اليمني X»: the delegation noun, then a body
// the lexicon found, a nationality or the delegation's kind, four words
// at most), or 0.
func (x *Names) ledDelegationEnd(toks []token, i int, taken func(int, int) bool) int {
	t := toks[i]
	if !t.arabic || i == 0 || !(t.key == "وفد" || t.key == "الوفد") || !(toks[i-1].arabic && headIs(toks[i-1], leadVerbs)) {
		return 0
	}
	j := i + 1
	for n := 0; n < 4 && j < len(toks); n++ {
		u := toks[j]
		if u.punct || !u.arabic {
			break
		}
		if taken(u.start, u.end) {
			j++ // a body the lexicon knows («الحوثيين», «الاتحاد الأفريقي»)
			continue
		}
		if m, _, _ := x.lx.demonyms.match(toks, j); m > 0 {
			j += m
			continue
		}
		if delegationKinds[u.key] || definite(u) && x.orgHead(u) {
			j++ // «الحكومي», «وفد الجماعة»: its kind, or a body by its noun
			continue
		}
		break
	}
	if j == i+1 || j >= len(toks) {
		return 0
	}
	return j
}

// delegationKinds are the adjectives of a delegation's kind («الحكومي»,
// «الرسمي», «البرلماني», «المفاوض»; words.tsv, delegation-kind).
var delegationKinds = wordSet("words.tsv", "delegation-kind", "ar")

// delegationWordBefore reports a word for a delegation within the three
// words before toks[i] («وفد», «الوفد», «وفدا», «وفدا ألمانيا»).
func delegationWordBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t := toks[j]; t.arabic && (strings.HasPrefix(t.key, "وفد") || strings.HasPrefix(t.key, "الوفد") || strings.HasPrefix(t.key, "ووفد") || strings.HasPrefix(t.key, "والوفد")) {
			return true
		}
	}
	return false
}

// foreignParticles are the particles of Spanish, Portuguese, Italian,
// French, Dutch and German names as Arabic writes them.
var foreignParticles = map[string]bool{"دي": true, "دا": true, "دو": true, "ديل": true, "دوس": true, "داس": true, "فان": true, "فون": true, "دير": true, "ديلا": true}

// familyBeforeTitle reports a definite word at toks[k] that the lists
// know as a nationality or a title («الكندي», «الشاعر») but that closes
// a titled name as its family's: after one or two given names and before
// a title in apposition, with the article or without («السيد سعيد الهولندي
// نائب الرئيس», «الدكتور أحمد سعيد الكندي وزير النقل», «حمد السويدي المستشار
// الدبلوماسي»), where a nationality would have stood before the name
// («وزير النقل الكندي»).
func familyBeforeTitle(lx *lexicon, toks []token, j, k int) bool {
	if k-j < 1 || k-j > 2 || !definite(toks[k]) || k+1 >= len(toks) {
		return false
	}
	for i := j; i < k; i++ {
		if !givenTok(toks[i]) || definite(toks[i]) {
			return false
		}
	}
	next := k + 1
	if toks[next].text == "،" || toks[next].text == "," {
		next++
	}
	if next >= len(toks) {
		return false
	}
	// (the title in apposition may take the article: «حمد السويدي
	// المستشار الدبلوماسي»)
	n, _, _ := lx.roles.match(toks, next)
	return n > 0
}

// afterNasab reports whether toks[j:k] ends in a nasab after a given
// name: «بن», «ابن» or «بنت» and one name, or a compound one («بن عبد
// العزيز»).
func afterNasab(toks []token, j, k int) bool {
	b := k - 2 // where «بن» stands
	if k-1 <= j || arabicConnectors[toks[k-1].key] {
		return false
	}
	if b > j && (toks[b].key == "عبد" || toks[b].key == "ابو") {
		b--
	}
	if b <= j {
		return false
	}
	switch toks[b].key {
	case "بن", "ابن", "بنت":
		return true
	}
	return false
}

// nasabFamilyAt reports a word with the article at toks[k] after a
// nasab that toks[j:k] ends in (afterNasab): the family name, which
// closes the name («وضاح بن حمد الكرملي», «زاهر بن فضل الله القرنفلي»).
func nasabFamilyAt(toks []token, j, k int, taken func(int, int) bool) bool {
	return k < len(toks) && afterNasab(toks, j, k) && toks[k].arabic && !toks[k].punct && strings.HasPrefix(toks[k].text, "ال") && !taken(toks[k].start, toks[k].end)
}

// relationalAdjective reports a definite adjective in «ي» made on a
// common noun («القيادي» on «قيادة», «الإعلامي» on «إعلام»): it says
// what a person does («رامز فاخوري القيادي في الحزب»), not a family's origin.
func relationalAdjective(t token) bool {
	stem, ok := strings.CutPrefix(t.key, "ال")
	if !ok {
		return false
	}
	stem, ok = strings.CutSuffix(stem, "ي")
	if !ok || utf8.RuneCountInString(stem) < 3 || givenAr[stem] {
		return false
	}
	return commonStem(stem)
}

// commonStem reports the stem of an adjective of relation that is a
// common noun, with or without the article and the ta marbuta («قياد»:
// «قيادة»; «حدود»).
func commonStem(stem string) bool {
	return commonAr[stem] || commonAr[stem+"ه"] || commonAr["ال"+stem] || commonAr["ال"+stem+"ه"]
}

// dinTail reports «الدين», which makes one given name with the word
// before it («برهان الدين»; «الله» is read where the loop meets it).
func dinTail(t token) bool {
	return t.arabic && t.key == "الدين"
}

// lexiconWord reports a title, an event word, an adjective of
// nationality or a delegation noun at toks[k].
func (x *Names) lexiconWord(toks []token, k int) bool {
	n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.events, x.lx.demonyms, x.lx.delegation)
	return n > 0
}

// dottedYa reports a word written with a dotted ya where the function
// word it folds to has an alef maqsura: «علي» (a given name) is not
// «على» (on), though the normaliser makes them one key.
func dottedYa(t token) bool {
	if !strings.HasSuffix(t.text, "ي") {
		return false
	}
	return arabicStop[strings.TrimSuffix(t.text, "ي")+"ى"]
}

// aliAfterConnector reports «علي» after «بن», «أبو», «عبد», or between
// a given name and a proper word («سالم علي القصاب», «عبد الرحيم علي
// الفلاحي»: a compound given name of «عبد» too): the name Ali, not the
// preposition «على» written with a dotted ya.
func aliAfterConnector(toks []token, k int) bool {
	if k == 0 || !toks[k].arabic || toks[k].key != "علي" || !dottedYa(toks[k]) {
		return false
	}
	if arabicConnectors[toks[k-1].key] {
		return true
	}
	given := givenAr[toks[k-1].key] || k >= 2 && toks[k-2].key == "عبد" && definite(toks[k-1])
	return given && k+1 < len(toks) && toks[k+1].arabic && !toks[k+1].punct && !stopTok(toks[k+1]) && !commonTok(toks[k+1])
}

// procliticCommon reports an Arabic word that is a preposition (ب, ل,
// ك) and a common word («بتصريح»: with a statement), not a given name.
func procliticCommon(t token) bool {
	return !givenTok(t) && procliticStem(t, "بلك", func(k string) bool { return utf8.RuneCountInString(k) >= 4 && commonAr[k] })
}

// procliticStem reports an Arabic word that begins with one of letters
// and one of whose stems behind a proclitic ok accepts.
func procliticStem(t token, letters string, ok func(string) bool) bool {
	if !t.arabic || !strings.ContainsAny(t.text[:len("ب")], letters) {
		return false
	}
	for _, s := range t.stems {
		if s.prefix > 0 && ok(s.key) {
			return true
		}
	}
	return false
}

// dualVerb reports the shape of an Arabic verb in the present tense of
// two or more («يبحثان», «تلتقيان», «يعقدون»): a prefix ي or ت, at least
// three letters of stem, and the ending ان or ون.
func dualVerb(t token) bool {
	w := t.key
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		w = w[len("و"):]
	}
	if !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return false
	}
	return (strings.HasSuffix(w, "ان") || strings.HasSuffix(w, "ون")) && utf8.RuneCountInString(w) >= 6
}

// nisba reports a family name of origin with the article after a first
// name («عمر الفاسي», «منصف الطرابلسي»): a definite word ending in «ي»
// that is no nationality adjective, no common word and no title.
func (x *Names) nisba(toks []token, k int) bool {
	t := toks[k]
	if !strings.HasPrefix(t.text, "ال") || !strings.HasSuffix(t.key, "ي") || utf8.RuneCountInString(t.text) < 5 || arabicStop[t.key] {
		return false
	}
	if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
		return false
	}
	if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
		return false
	}
	return !commonAr[t.key]
}

// demonymNisba reports a family name of origin that reads as an
// adjective of nationality («الكندي», «المصري», «اليمني») after a nasab
// («راشد بن حمد الكندي»): a nationality goes before a name in a title,
// never after a chain of forebears, so there it is the family's name.
func (x *Names) demonymNisba(toks []token, k int) bool {
	t := toks[k]
	if !strings.HasPrefix(t.text, "ال") || !strings.HasSuffix(t.key, "ي") || utf8.RuneCountInString(t.text) < 5 {
		return false
	}
	if n, _, _ := x.lx.demonyms.match(toks, k); n != 1 {
		return false
	}
	if n, _, _ := matchAny(toks, k, x.lx.roles, x.lx.events, x.lx.delegation); n > 0 {
		return false
	}
	// a name does not follow it: «منصور بن راشد الإيراني حسين X» is the
	// Iranian X's adjective, before his name
	return k+1 >= len(toks) || toks[k+1].punct || !toks[k+1].arabic || !givenTok(toks[k+1]) && !x.lexiconWord(toks, k+1)
}

// properNext reports whether toks[k] may continue a foreign name: an
// Arabic word that is no function word, common word, definite word,
// title, known name or word with a conjunction.
func (x *Names) properNext(toks []token, k int, taken func(int, int) bool) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if t.punct || !t.arabic || taken(t.start, t.end) || stopTok(t) || commonTok(t) || pronounTok(t) || givenTok(t) || utf8.RuneCountInString(t.text) < 3 ||
		procliticWord(t) ||
		strings.HasPrefix(t.text, "ال") || strings.HasPrefix(t.text, "و") || x.orgHead(t) || headIs(t, arabicPlaceHeads) {
		return false
	}
	return !x.lexiconWord(toks, k)
}

// familyNext reports an Arabic word that may close a name after a
// father's given name: a given name, or a proper word, with the article
// or without («الدباغ», «الورداني»), that no list knows as a common word,
// a function word, a title or a head noun.
func (x *Names) familyNext(toks []token, k int, taken func(int, int) bool) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if t.punct || !t.arabic || taken(t.start, t.end) || stopTok(t) || commonTok(t) || wordlikeAr[t.key] || pronounTok(t) || utf8.RuneCountInString(t.text) < 3 ||
		procliticWord(t) || strings.HasPrefix(t.text, "و") || x.orgHead(t) || headIs(t, arabicPlaceHeads) || dateWord(t) {
		return false
	}
	return !x.lexiconWord(toks, k)
}

// procliticWord reports an Arabic word that reads as a preposition or
// conjunction (ب, ل, ف) on a common word («بزيارة», «لمدة») or on a noun
// with a pronoun («بإبلاغه»); a foreign name that merely begins with the
// letter («بيرتي», «لوران») is none.
func procliticWord(t token) bool {
	return procliticStem(t, "بلف", func(k string) bool {
		// «بإبلاغه»: a preposition, a noun and a pronoun
		return commonAr[k] || arabicStop[k] || pronounSuffixed(k) || strings.HasSuffix(k, "ه")
	})
}

// placePrefix is the byte length of a proclitic before a place head.
func (x *Names) placePrefix(t token) int {
	for _, s := range t.keys() {
		if arabicPlaceHeads[s.key] || s.key == courtHead || arabicVenueHeads[s.key] {
			return namePrefix(t, s)
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

// knownPlace reports a word that the knowledge base knows as a city or a
// region, or with countries as a country; with weak, by a weak entry too
// (a town of the gazetteer, whose name is often a family name's:
// "Henderson", "Santos").
func (x *Names) knownPlace(t token, countries, weak bool) bool {
	if t.arabic || t.punct || !t.upper || isAcronym(t.text) {
		return false
	}
	for _, e := range x.lx.kb.Lookup(t.text) {
		if e.Weak && !weak {
			continue
		}
		if e.Type == graph.City || e.Type == graph.Place || countries && e.Type == graph.Country {
			return true
		}
	}
	return false
}

// classify types a capitalised English run without a title before it:
// by its head word (a body, a place), else as a person where there is
// person evidence (a given name first, a verb of speech after it, a
// title in apposition); the gate decides on the rest.
func (x *Names) classify(toks []token, i, k int, lang string) (graph.EntityType, float64, evidence) {
	org, place, members := false, placeHeaded(toks[i:k]), false
	for c, t := range toks[i:k] {
		if orgHeads[strings.ToLower(t.text)] {
			org = true
		}
		// ("House of Representatives": a head of names.tsv member-body
		// before "of" and a title, a body even where the head alone is a
		// building's)
		if memberBodies[t.key] && i+c+1 < k && toks[i+c+1].text == "of" && memberBodyEnd(x.lx, toks, i, i+c+1) == k {
			org, members = true, true
		}
	}
	// "Castleford Rovers", "Harbury Athletic": a club's name ends on its
	// word; "Dynamo Velgrad", "Sporting Marvao": or opens on it, before a
	// city the knowledge base need not know
	if k-i >= 2 && (clubAfterEn[toks[k-1].text] || clubBeforeEn[toks[i].text] && !givenTok(toks[i])) {
		org = true
	}
	switch {
	case venueHeaded(toks, i, k) && !members:
		return graph.Place, 0.6, evNone
	case org:
		return graph.Organization, 0.6, evNone
	case place, placeFirst(toks, part{i, k, 0}), compassFirst(x.lx, toks, part{i, k, 0}):
		return graph.Place, 0.6, evNone
	}
	// "Tampa Kestrels", "Hansa Warsaw": a place's name and a proper
	// word that is no given name name a team or a firm, not a person (a
	// town of the gazetteer last is often a family name: "Keld
	// Henderson")
	if k-i == 2 && lang == "en" && !headline(toks) && !givenTok(toks[i]) && !commonTok(toks[i]) {
		if x.knownPlace(toks[i], true, true) && teamWord(toks, i+1) || x.knownPlace(toks[i+1], false, false) && !x.knownPlace(toks[i], true, true) && !honorificWords[toks[i].key] {
			return graph.Organization, 0.5, evNone
		}
	}
	words := 0
	for _, t := range toks[i:k] {
		if utf8.RuneCountInString(t.text) > 1 {
			words++
		}
	}
	// a run after "in" or "at" ("at the") is a place's shape ("in San
	// Marino", "at the Grand Hall"), not a person's, even before a comma
	// and a title
	if i > 0 && locatives[toks[i-1].key] || i > 1 && toks[i-1].key == "the" && locatives[toks[i-2].key] {
		return "", 0, evNone
	}
	// and so is the next name of a list of places after them, a site
	// and the town it stands in: "at Mersa Hall, Kelbo House, Varna"
	if locativeListBefore(toks, i) && placeListAfter(toks, k) {
		return "", 0, evNone
	}
	// a name before a verb of speech, or after a comma and before an
	// apposition with a title
	if k < len(toks) && speechVerbs[strings.ToLower(toks[k].text)] && words >= 1 {
		return graph.Person, 0.7, evTagger
	}
	// machine-translated apposition without commas: "Brandt the German
	// envoy met ...", "with Kovalenko the Ukrainian president"
	if k+2 < len(toks) && toks[k].key == "the" && lang == "en" && !headline(toks) {
		if n, _, _ := x.lx.demonyms.match(toks, k+1); n > 0 && k+1+n < len(toks) {
			if r, _, _ := x.lx.roles.match(toks, k+1+n); r > 0 {
				return graph.Person, 0.7, evTitle
			}
		}
	}
	if k+1 < len(toks) && toks[k].text == "," {
		j := k + 1
		for j < len(toks) && j < k+6 {
			if n, _, _ := x.lx.roles.match(toks, j); n > 0 {
				return graph.Person, 0.75, evTitle
			}
			j++
		}
	}
	// a nasab: a given name, "bin" and a father's ("Faris bin Nayef Al
	// Hamdi"), whatever the given names are
	if lang == "en" && k-i >= 3 && binAfter(toks, i) && !headline(toks) {
		return graph.Person, 0.65, evTagger
	}
	// a run of two capitalised words or more in English prose (not in a
	// Title Case headline, not Latin words inside Arabic text) opened by a
	// given name
	if words >= 2 && lang == "en" && !headline(toks) && givenTok(toks[i]) {
		return graph.Person, 0.6, evNone
	}
	// or made of two or three words none of which is a common word of
	// the language: the shape of a foreign person's name ("Mette Dahl")
	if words >= 2 && words <= 3 && k-i == words && lang == "en" && !headline(toks) {
		rare := true
		for _, t := range toks[i:k] {
			if commonTok(t) || isAcronym(t.text) {
				rare = false
			}
		}
		if rare {
			return graph.Person, 0.5, evTagger
		}
	}
	return "", 0, evNone
}

// arabicSpeech are the Arabic verbs of speech that open a statement.
var arabicSpeech = wordSet("words.tsv", "speech", "ar")

// styleWords are the styles of address before a title or a name
// («معالي», «سعادة»; words.tsv: style)
var styleWords = wordSet("words.tsv", "style", "ar")

// speakerBeforeTitle returns the end of a person's name of two or three
// words (one after a style of address) at toks[i] that a verb of speech opens (with a day or time
// between: «أعلن اليوم الإثنين») and a title in apposition closes,
// without the comma news often leaves out: «أعلن كارل نوردن مبعوث
// الأمم المتحدة», «وقال سامي نور وزير الخارجية». The first word is a
// proper one (no common word, article, verb or title); the family name
// may be a common word («نور», «عودة»). Else i.
func (x *Names) speakerBeforeTitle(toks []token, i int, taken func(int, int) bool, afterHost bool) int {
	// or after a style of address: «معالي X Y وزير خارجية ماليزيا»,
	// «سعادة X Y سفير ...» (words.tsv: style)
	if !x.afterSpeech(toks, i) && !(i > 0 && styleWords[toks[i-1].key]) && !afterReadout(toks, i) && !afterHost {
		return i
	}
	first := toks[i]
	if definite(first) || commonTok(first) && !givenTok(first) || arabicStop[first.key] || isArabicVerb(first) || procliticCommon(first) || styleWords[first.key] || first.key == "صاحب" {
		return i
	}
	if n, _, _ := x.lx.roles.match(toks, i); n > 0 {
		return i
	}
	// «معالي سوكارتو وزير الخارجية»: one proper word between a style of
	// address and a title is a name of one word (as Indonesians are often
	// named); no common, given or dictionary word, four letters or more
	if i > 0 && styleWords[toks[i-1].key] && i+1 < len(toks) && !commonTok(first) && !givenTok(first) && !wordlikeAr[first.key] && !taken(first.start, first.end) && utf8.RuneCountInString(first.text) >= 4 && !strings.HasPrefix(first.text, "و") {
		if n, _, _ := x.lx.roles.match(toks, i+1); n > 0 {
			return i + 1
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if k >= i+2 {
			if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
				if !x.afterSpeech(toks, i) && !headIs(toks[i-1], styleWords) {
					// after a verb of meeting the name may be the
					// subject and the title the guest's, whose name
					// follows it («استقبل X سفير الصين لدى مصر Y»)
					if e := x.skipQualifiers(toks, k+n, taken, false); e < len(toks) && x.titleName(toks, e, taken) >= e+2 {
						return i
					}
				}
				return k
			}
		}
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] || isArabicVerb(t) || futureVerbTok(t) || styleWords[t.key] || t.key == "صاحب" {
			return i // («حضرة صاحب الجلالة الملك»: a style, no name)
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			return i
		}
	}
	return i
}

// foreignPair reports a foreign given name at toks[j] that reads as an
// Arabic noun with the pronoun «ه» («أمره»: his order, for Emre; «أوليه»
// for Oleh), after a title, where a proper word follows that no list
// knows and neither the article nor a clitic opens, and the name then
// ends: a comma or a period, or a word joined by «و» (the next title).
// A verb's object with the pronoun is followed by a common or definite
// word («أكد الوزير دعمه الكامل»), not by such a proper word and a stop.
func (x *Names) foreignPair(toks []token, j int, taken func(int, int) bool) bool {
	return foreignPairShape(toks, j) && !taken(toks[j].start, toks[j].end) && x.properNext(toks, j+1, taken) && (toks[j+2].punct || !taken(toks[j+2].start, toks[j+2].end))
}

// foreignPairShape is foreignPair without the lists of the lexicon and
// the mentions found: the shapes of the three words.
func foreignPairShape(toks []token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	a, b, c := toks[j], toks[j+1], toks[j+2]
	if !a.arabic || a.punct || definite(a) || !strings.HasSuffix(a.text, "ه") || pronounSuffixed(a.text) || !pronounTok(a) || strings.HasPrefix(a.text, "و") || stopTok(a) {
		return false
	}
	if !b.arabic || b.punct || definite(b) || strings.HasPrefix(b.text, "و") || stopTok(b) || commonTok(b) || givenTok(b) || pronounTok(b) || procliticWord(b) || utf8.RuneCountInString(b.text) < 4 || dateWord(b) || presentVerbTok(b) || verbShapeTok(b) || wordlikeAr[b.key] {
		return false
	}
	return c.text == "،" || c.text == "," || c.text == "." || c.arabic && strings.HasPrefix(c.text, "و") && utf8.RuneCountInString(c.text) >= 4
}

// foreignTripleShape is foreignPairShape with a family name of two words
// whose second ends Turkish, Persian and South Asian names («أمره قايا
// أوغلو،»: the given name that reads as a noun with its pronoun, then
// «قايا» and «أوغلو»).
func foreignTripleShape(toks []token, j int) bool {
	if j+3 >= len(toks) || !nameFinalAt(toks, j+2) {
		return false
	}
	pair := append(append([]token(nil), toks[j:j+2]...), toks[j+3])
	return foreignPairShape(pair, 0)
}

// afterReadout reports a style of address or a verb of meeting or
// receiving right before toks[i]: in a readout the guest's name follows
// it, then the guest's title in apposition («استقبل معالي X Y وزير
// خارجية …», «التقى X Y مستشار الأمن القومي …»), a name no title
// before it announces.
func afterReadout(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if !p.arabic || p.punct {
		return false
	}
	return headIs(p, styleWords) || headIs(p, meetVerbs) || headIs(p, welcomeVerbsAr)
}

// meetVerbBefore reports a verb of meeting or receiving that opens the
// sentence's clause before toks[i]: the host's name follows it, then the
// guest's name and the guest's title («التقى ولي العهد الأمير X بن Y Z W
// مستشار …»); with afterHost speakerBeforeTitle reads the guest's.
func meetVerbBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		if t.punct {
			return false
		}
		if t.arabic && (headIs(t, meetVerbs) || headIs(t, welcomeVerbsAr)) {
			return true
		}
	}
	return false
}

// welcomeVerbsAr are the verbs of receiving (words.tsv, welcome: «استقبل»).
var welcomeVerbsAr = wordSet("words.tsv", "welcome", "ar")

// afterSpeech reports an Arabic verb of speech right before toks[i], or
// before a day or a word of time that comes first («قال اليوم», «أعلن
// أمس الثلاثاء»).
func (x *Names) afterSpeech(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		if !t.arabic || t.punct {
			return false
		}
		if headIs(t, arabicSpeech) {
			return true
		}
		if !timeWords[t.key] && t.key != "امس" && !dateWord(t) {
			return false
		}
	}
	return false
}

// arabicSucceed are the Arabic verbs of taking over another's office.
var arabicSucceed = wordSet("words.tsv", "succeed", "ar")

// leavers are the words after a name that say its holder left the
// office («المستقيل»: who resigned; «الراحل»: the late).
var leavers = map[string]bool{"المستقيل": true, "المستقيله": true, "الراحل": true, "الراحله": true, "السابق": true, "السابقه": true, "المنتهيه": true}

// succeededName returns the end of the name of two or three words at
// toks[i] of the person whose office another takes over: after a verb
// of succession (with the future's «س»: «سيخلف»), before a word that
// says the holder left it («المستقيل», «الراحل») or before the office
// with «ك» («كمبعوث», «كرئيس»): «سيخلف كمال الحسيني المستقيل كمبعوث
// ...». The name may open with the article (Maghrebi given names:
// «الطاهر», «المنصف»). Else i.
func (x *Names) succeededName(toks []token, i int, taken func(int, int) bool) int {
	if i == 0 || !succeedTok(toks[i-1]) {
		return i
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if k >= i+2 && (leavers[t.key] || x.asOffice(toks, k)) {
			return k
		}
		if t.punct || !t.arabic || taken(t.start, t.end) || arabicStop[t.key] || isArabicVerb(t) || futureVerbTok(t) || leavers[t.key] {
			return i
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			return i
		}
	}
	return i
}

// succeedTok reports a verb of succession, in the future too.
func succeedTok(t token) bool {
	if !t.arabic {
		return false
	}
	for _, s := range t.keys() {
		k := s.key
		if arabicSucceed[k] || strings.HasPrefix(k, "س") && arabicSucceed[strings.TrimPrefix(k, "س")] {
			return true
		}
	}
	return false
}

// asOffice reports a title with «ك» glued on: "as" an office («كمبعوث»).
func (x *Names) asOffice(toks []token, k int) bool {
	n, prefix, _ := x.lx.roles.match(toks, k)
	return n > 0 && toks[k].arabic && prefix == len("ك") && strings.HasPrefix(toks[k].text, "ك")
}

// dashJoin reports a dash at toks[k], inside a capitalised run that
// started at j, written without spaces between two capitalised words
// that are no known names: one name of two parts ("Joint Base
// Elmendorf–Richardson"), where two known names are a pair
// ("Israel–Jordan talks").
func (x *Names) dashJoin(toks []token, j, k int) bool {
	t := toks[k]
	if k <= j || k+1 >= len(toks) || !t.punct || (t.text != "–" && t.text != "‐" && t.text != "‑") {
		return false
	}
	a, b := toks[k-1], toks[k+1]
	if a.arabic || b.arabic || !a.upper || !b.upper || a.end != t.start || t.end != b.start {
		return false
	}
	if n, _, _ := x.lx.entities.match(toks, k-1); n > 0 {
		return false
	}
	n, _, _ := x.lx.entities.match(toks, k+1)
	return n == 0
}

// memberBodies (names.tsv member-body, English) head the names of bodies
// that name their members or their holder after "of": "Council of
// Ministers", "Office of the Prime Minister".
var memberBodies = wordSet("names.tsv", "member-body", "en")

// memberBodyEnd returns the end of a body's name toks[j:k] that goes on
// with "of", an optional "the" and a capitalised title (a plural of
// members, or the holder's title after "the"), all of the title's words
// capitalised; else k.
func memberBodyEnd(lx *lexicon, toks []token, j, k int) int {
	if k <= j || k+1 >= len(toks) || toks[k].text != "of" || toks[k-1].arabic || !toks[k-1].upper || !memberBodies[toks[k-1].key] {
		return k
	}
	at := k + 1
	the := toks[at].text == "the"
	if the {
		at++
	}
	n, _, v := lx.roles.match(toks, at)
	if n == 0 {
		return k
	}
	for _, t := range toks[at : at+n] {
		if !t.upper && !connectorWord(t.text) {
			return k
		}
	}
	// the members in the plural ("of Ministers"), or the holder after
	// "the" ("of the Prime Minister")
	// (the office of a head of state or government is a body, the
	// presidency's; "the Office of the Spokesperson" is a desk of one)
	r, ok := v.(role)
	if !ok || !(r.plural && !the || the && !r.plural && r.state) {
		return k
	}
	// "the Office of the Prime Minister Anna Quist": the holder's title
	// before a name is the person's; not a plural of members ("Chairman
	// of the Cabinet of Ministers Ilya Dorn"), nor the holder's office
	// that another title is of ("Head of the Office of the President
	// Karl Lind": the head's name)
	if e := at + n; e < len(toks) && toks[e].upper && !toks[e].punct && !r.plural && !titleOfBefore(lx, toks, j) {
		return k
	}
	return at + n
}

// titleOfBefore reports a title and "of the" (or "of") right before
// toks[j]: "Head of the", "Chairman of".
func titleOfBefore(lx *lexicon, toks []token, j int) bool {
	i := j - 1
	if i >= 0 && toks[i].text == "the" {
		i--
	}
	if i < 1 || toks[i].text != "of" {
		return false
	}
	for s := max(i-4, 0); s < i; s++ {
		if n, _, _ := lx.roles.match(toks, s); n > 0 && s+n == i {
			return true
		}
	}
	return false
}

// connectorWord reports a lower-case word inside a capitalised title
// ("Minister of State").
func connectorWord(w string) bool { return w == "of" || w == "for" || w == "and" || w == "the" }

// subjectVerbsAr are the verbs whose subject a person's name may follow
// (words.tsv: meet, attend, welcome, visit, host, conduct, speech).
var subjectVerbsAr = union(union(union(meetVerbs, attendVerbs), union(welcomeVerbsAr, wordSet("words.tsv", "visit", "ar"))), union(union(wordSet("words.tsv", "host", "ar"), wordSet("words.tsv", "conduct", "ar")), arabicSpeech))

// subjectAfterVerb reads a person's name right after a verb of
// subjectVerbsAr, with or without «و»: a given name of the lists (given.tsv,
// names.tsv given-common), then one proper word or two, up to the next
// given name (the object's: «التقت لينا X سامي Y»); with afterHost, the
// same name right after the host's that follows a verb of meeting or
// receiving is the guest's («استقبل X Y لينا Z في P»). It returns i when
// there is none.
func (x *Names) subjectAfterVerb(toks []token, i int, taken func(int, int) bool, afterHost bool) int {
	if i == 0 || i+1 >= len(toks) {
		return i
	}
	v := toks[i-1]
	if !afterHost && (!v.arabic || v.punct || !headIs(v, subjectVerbsAr)) {
		return i
	}
	first := toks[i]
	if !givenAr[first.key] || definite(first) || strings.HasPrefix(first.text, "و") {
		return i
	}
	k := i + 1
	for ; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if !properAfter(t) || taken(t.start, t.end) || definite(t) || isArabicVerb(t) || k > i+1 && givenTok(t) {
			break
		}
		if n, _, _ := x.lx.roles.match(toks, k); n > 0 {
			break
		}
		if n, _, _ := x.lx.demonyms.match(toks, k); n > 0 {
			break
		}
	}
	if k < i+2 {
		return i
	}
	return k
}

// lettersOnly reports a word of letters alone ("MORI"; not "H.E.").
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// lineageWithin reports a Latin name's lineage particle among toks
// ("bin", "bint", "ibn": "Saif bin Hamad bin Khalifa").
func lineageWithin(toks []token) bool {
	for _, t := range toks {
		if lineageParticle(t.text) || t.text != "" && lineageParticle(strings.ToLower(t.text[:1])+t.text[1:]) {
			return true
		}
	}
	return false
}

// stateAdjectives (names.tsv state-adjective) name a palace by its
// holder's office: «القصر الجمهوري», «القصر الملكي».
var stateAdjectives = wordSet("names.tsv", "state-adjective", "ar")

// courtAt reports «الديوان» where something is: after «في» or with «ب»
// glued («بالديوان»).
func courtAt(toks []token, i int) bool {
	t := toks[i]
	if strings.TrimPrefix(t.text, "و") == "ب"+courtHead {
		return true
	}
	return t.text == courtHead && i > 0 && toks[i-1].key == "في"
}

// courtHead is the head of a ruler's court's name («الديوان الأميري»).
const courtHead = "الديوان"

// locativeListBefore reports a comma before toks[i] that closes a run of
// capitalised words (and commas) opened by "in" or "at": toks[i] goes on
// a list of places ("at Mersa Hall, Kelbo House").
func locativeListBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].text != "," {
		return false
	}
	j := i - 2
	for ; j >= 0 && j >= i-10; j-- {
		t := toks[j]
		if t.text == "," || !t.arabic && t.upper {
			continue
		}
		break
	}
	if j < 0 || j+1 >= i-1 || toks[j+1].text == "," {
		return false
	}
	return locatives[toks[j].key] || toks[j].key == "the" && j > 0 && locatives[toks[j-1].key]
}

// excellencyAt reports the style "His Excellency" ("Her Excellency") at
// toks[i], before a name as an honorific is (the patterns read its two
// words as a style of their own: define style).
func excellencyAt(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i].key == "his" || toks[i].key == "her") && toks[i+1].key == "excellency" && toks[i+1].upper
}

// placeListAfter reports a comma at toks[k] and a place's name after it,
// one to three capitalised Latin words that end the list (the sentence's
// end, a comma or a preposition of time or place): "..., Mersa House,
// Varna on Monday"; not "..., Egypt's foreign minister" nor "..., UN
// special envoy" (an apposition).
func placeListAfter(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].text != "," {
		return false
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].upper && !toks[e].arabic && !possessive(toks[e].text) {
		e++
	}
	if e == k+1 {
		return false
	}
	if e == len(toks) {
		return true
	}
	switch t := toks[e]; {
	case t.punct:
		return true
	case t.key == "on" || t.key == "in" || t.key == "at":
		return true
	}
	return false
}

// definitePalace reports a palace's head with the article, a preposition
// glued before it or not («القصر», «بالقصر»).
func definitePalace(t token) bool {
	for _, s := range t.keys() {
		if b, ok := strings.CutPrefix(s.key, "ال"); ok && palaceHeads[b] {
			return true
		}
	}
	return false
}

// commaClosedName returns the end of an Arabic name after a style of
// address that a comma closes within six words, where the finder
// stopped at k before it: the words between are a longer name («السيد
// X Y ولد Z W،», «السيد X الكريم Y،»), each a proper word or a
// connector of lineage, none a title, a nationality, a known name, a
// verb or a date. Else k.
func (x *Names) commaClosedName(toks []token, j, k int, taken func(int, int) bool) int {
	c := k
	for c < len(toks) && c-j < 6 && !toks[c].punct {
		c++
	}
	if c == k || c >= len(toks) || c-j >= 6 || toks[c].text != "،" && toks[c].text != "," {
		return k
	}
	for i := k; i < c; i++ {
		t := toks[i]
		if !t.arabic || taken(t.start, t.end) || arabicConnectors[t.key] && i == c-1 {
			return k
		}
		if stopTok(t) && !arabicConnectors[t.key] || cliticVerbTok(t) || presentVerbTok(t) || isArabicVerb(t) || dateWord(t) || procliticWord(t) && !givenTok(t) {
			return k
		}
		// (an indefinite common noun is the verb's object, «بحث السيد X
		// سبل التعاون،», «تسلم السيد X رسالة خطية،», «استقبل السيد X
		// وفدا،»; a family name with the article may be a common word)
		if !definite(t) && !givenTok(t) && (commonTok(t) || wordlikeAr[t.key] || strings.HasSuffix(t.key, "ا") && commonAr[strings.TrimSuffix(t.key, "ا")]) {
			return k
		}
		if n, _, _ := matchAny(toks, i, x.lx.roles, x.lx.demonyms, x.lx.entities); n > 0 {
			return k
		}
	}
	return c
}

// theophoricAt reports a word at toks[k], after a name's first word at
// toks[j], that «الله» follows: a theophoric name's first word, though
// it reads as a preposition or a particle elsewhere («عبد المنعم خلف
// الله»: Khalafallah).
func theophoricAt(toks []token, j, k int) bool {
	if k <= j || k+1 >= len(toks) || toks[k+1].key != "الله" || !toks[k].arabic || toks[k].punct || definite(toks[k]) || utf8.RuneCountInString(toks[k].text) < 3 {
		return false
	}
	// («حفظه الله», «أيده الله», «رعاه الله»: a blessing, a verb with its
	// pronoun, after a ruler's name)
	t := toks[k].text
	return !strings.HasSuffix(t, "ه") && !strings.HasSuffix(t, "ها") && !strings.HasSuffix(t, "هم")
}
