// Package kb is the knowledge base of canonical entities: each entry has a
// type, a canonical English name, aliases in several scripts and, where
// known, an external id (a Wikidata QID, exported as sameAs).
//
// The product ships a starter base (Starter) built from the gazetteer
// data in data/ (countries with their official names, capitals and
// demonyms; cities; regions) and a hand-written list of international
// organisations, government bodies, news outlets and places. Users add
// their own entries with a JSON Lines file of the same shape (Load):
//
//	{"type":"Person","name":"Tomas Varga","aliases":[{"text":"توماس فارغا","lang":"ar"}],"qid":"Q..."}
//
// Fields: type (an entity type of the ontology), name (canonical English
// name), aliases (text and lang), qid (optional Wikidata id), country
// (optional ISO 3166 alpha-2 code of the country a city or body belongs
// to), demonyms (optional adjectival forms: "Russian", «الروسي»), id
// (optional; defaults to the QID, else to the type and name), weak
// (optional: the entry types and links the mentions other extractors
// find, finds none itself and overrules no extractor's type; the
// starter's GeoNames cities are weak).
package kb

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newskg/graph"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

//go:embed data/*.tsv data/extra.jsonl
var data embed.FS

// Data is the starter knowledge base's embedded files, for a digest of
// what an extraction was made with.
func Data() fs.FS { return data }

// Alias is a name of an entry in one language.
type Alias struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

// Entry is one canonical entity.
type Entry struct {
	ID       string           `json:"id,omitempty"`
	Type     graph.EntityType `json:"type"`
	Name     string           `json:"name"`
	Aliases  []Alias          `json:"aliases,omitempty"`
	QID      string           `json:"qid,omitempty"`
	Country  string           `json:"country,omitempty"`
	Demonyms []Alias          `json:"demonyms,omitempty"`
	Capital  string           `json:"capital,omitempty"`
	Code     string           `json:"code,omitempty"` // ISO code for countries
	// Region marks a world region (a continent, "Middle East"): it lies
	// in no country
	Region bool `json:"region,omitempty"`
	// Monarchy marks a country whose head of state is a monarch (a king,
	// an emir, a sultan: monarchies.tsv)
	Monarchy bool `json:"monarchy,omitempty"`
	// Weak marks an entry of a large gazetteer (the GeoNames cities):
	// it types and links the mentions that other extractors find, but
	// finds none itself and overrules no extractor's type
	Weak bool `json:"weak,omitempty"`
}

// SameAs returns the entry's external IRIs.
func (e *Entry) SameAs() []string {
	if e.QID == "" {
		return nil
	}
	return []string{"http://www.wikidata.org/entity/" + e.QID}
}

// Forms returns the canonical name and every alias.
func (e *Entry) Forms() []Alias {
	out := []Alias{{Text: e.Name, Lang: "en"}}
	return append(out, e.Aliases...)
}

// KB is a set of entries with lookups by normalised form.
type KB struct {
	entries []*Entry
	byForm  map[string][]*Entry
	byDem   map[string][]*Entry
	byCode  map[string]*Entry
	byID    map[string]*Entry // the first entry of each id
	holders map[string][]*OfficeHolder
	sounds  map[string][]*OfficeHolder // by SoundKey
	firsts  map[string]bool            // the sound of the first word of each SoundKey
	held    []*OfficeHolder            // in the order they were added
}

// New returns an empty KB.
func New() *KB {
	return &KB{byForm: map[string][]*Entry{}, byDem: map[string][]*Entry{}, byCode: map[string]*Entry{}, byID: map[string]*Entry{}, holders: map[string][]*OfficeHolder{}, sounds: map[string][]*OfficeHolder{}, firsts: map[string]bool{}}
}

// OfficeHolder is one who holds one of a state's highest offices
// (data/officeholders.tsv): its head of state, its head of government,
// its foreign minister. The holders are no entries: they find and link
// no mention and merge nothing; a title before a known holder's name
// that gives no country ("President X" in a report from the country he
// visits) is his own country's, not the report's.
type OfficeHolder struct {
	Name    string
	Country string // ISO 3166 alpha-2 code, or
	Org     string // the id of the organisation the holder heads (orgholders.tsv)
	Office  string // head-of-state, head-of-government, foreign-minister; an organisation's office in words
	Aliases []Alias
}

// AddHolder indexes an office-holder by its name and aliases.
func (k *KB) AddHolder(h *OfficeHolder) {
	k.held = append(k.held, h)
	seen := map[string]bool{}
	for _, f := range h.Forms() {
		key := textnorm.Key(f)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		k.holders[key] = append(k.holders[key], h)
	}
	heard := map[string]bool{}
	for _, f := range h.Forms() {
		if key := SoundKey(f); key != "" && !heard[key] {
			heard[key] = true
			k.sounds[key] = append(k.sounds[key], h)
			k.firsts[strings.Fields(key)[0]] = true
		}
	}
}

// SoundKey returns the phonetic key of a full name (translit.Key: the
// consonant classes of each word, in either script) when it is long
// enough to tell one person from another: two words or more and six
// consonant classes or more; "" otherwise. Two spellings of one name
// that differ in a vowel or in a letter of one sound class («إيده» and
// «إيدي», «لويز» and «لويس», «سوجيونو» and «سوغيونو») share it.
func SoundKey(form string) string { return soundKey(translit.Key(form)) }

// soundKey is SoundKey of a name's translit.Key.
func soundKey(key string) string {
	ws := strings.Fields(key)
	if len(ws) < 2 || len(strings.ReplaceAll(key, " ", "")) < 6 {
		return ""
	}
	return key
}

// Forms returns the holder's names: the English one, its unaccented
// spelling where it has accents, the Arabic ones.
func (h *OfficeHolder) Forms() []string {
	out := []string{h.Name}
	if u := unaccented(h.Name); u != h.Name {
		out = append(out, u)
	}
	for _, a := range h.Aliases {
		out = append(out, a.Text)
	}
	return out
}

// HolderForms returns every name of every office-holder, in the order
// they were added.
func (k *KB) HolderForms() []string {
	var out []string
	for _, h := range k.held {
		out = append(out, h.Forms()...)
	}
	return out
}

// Holders returns the office-holders a full name names: by its
// spelling, else by its sound (SoundKey) when it is long enough.
func (k *KB) Holders(form string) []*OfficeHolder {
	if hs := k.holders[textnorm.Key(form)]; len(hs) > 0 {
		return hs
	}
	return k.holdersBySound(form)
}

// holdersBySound returns the office-holders whose full name sounds as
// form does (SoundKey), whatever its spelling.
func (k *KB) holdersBySound(form string) []*OfficeHolder {
	// (the first word's sound first: most names are no holder's)
	ws := strings.Fields(form)
	if len(ws) < 2 || !k.HolderOpens(translit.Key(ws[0])) {
		return nil
	}
	return k.HoldersByKey(translit.Key(form))
}

// HolderOpens reports a word whose sound (translit.Key) opens an
// office-holder's full name.
func (k *KB) HolderOpens(key string) bool {
	ws := strings.Fields(key)
	return len(ws) > 0 && k.firsts[ws[0]]
}

// HoldersByKey is holdersBySound of a name's sound (translit.Key).
func (k *KB) HoldersByKey(key string) []*OfficeHolder {
	if key = soundKey(strings.Join(strings.Fields(key), " ")); key == "" {
		return nil
	}
	return k.sounds[key]
}

// offices are the offices of officeholders.tsv.
var offices = map[string]bool{"head-of-state": true, "head-of-government": true, "foreign-minister": true, "crown-prince": true, "vice-president": true, "speaker": true}

// addOfficeHolders loads data/officeholders.tsv: code, office, English
// name, Arabic names separated by "|"; "#" opens a comment line.
func (k *KB) addOfficeHolders() error {
	b, err := data.ReadFile("data/officeholders.tsv")
	if err != nil {
		return err
	}
	hs, err := parseHolders("officeholders.tsv", string(b), false)
	if err != nil {
		return err
	}
	for _, h := range hs {
		if k.Country(h.Country) == nil {
			return fmt.Errorf("officeholders.tsv: %s: no country of code %q", h.Name, h.Country)
		}
		k.AddHolder(h)
	}
	// the heads of international organisations (orgholders.tsv): the
	// organisation by the name the base knows it by
	if b, err = data.ReadFile("data/orgholders.tsv"); err != nil {
		return err
	}
	if hs, err = parseHolders("orgholders.tsv", string(b), true); err != nil {
		return err
	}
	for _, h := range hs {
		id := ""
		for _, e := range k.Lookup(h.Org) {
			if e.Type == graph.Organization {
				id = e.ID
				break
			}
		}
		if id == "" {
			return fmt.Errorf("orgholders.tsv: %s: no organisation %q in the base", h.Name, h.Org)
		}
		h.Org = id
		k.AddHolder(h)
	}
	return nil
}

// parseHolders reads the rows of an office-holders table (name: the
// file's, for errors): a country's code and one of its three offices,
// or (orgs) an organisation's name, kept in Org, and its office in words.
func parseHolders(name, text string, orgs bool) ([]*OfficeHolder, error) {
	var hs []*OfficeHolder
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		ok := len(f) == 4 && strings.TrimSpace(f[2]) != ""
		if ok && orgs {
			ok = strings.TrimSpace(f[0]) != "" && strings.TrimSpace(f[1]) != ""
		} else if ok {
			ok = len(f[0]) == 2 && offices[f[1]]
		}
		if !ok {
			return nil, fmt.Errorf("%s:%d: want code or organisation<TAB>office<TAB>English name<TAB>Arabic names: %q", name, i+1, line)
		}
		h := &OfficeHolder{Name: f[2], Country: f[0], Office: f[1]}
		if orgs {
			h.Country, h.Org = "", f[0]
		}
		for _, ar := range strings.Split(f[3], "|") {
			if ar = strings.TrimSpace(ar); ar != "" {
				h.Aliases = append(h.Aliases, Alias{ar, "ar"})
			}
		}
		hs = append(hs, h)
	}
	return hs, nil
}

// Add puts an entry in the base, filling its id.
func (k *KB) Add(e *Entry) {
	if e.ID == "" {
		if e.QID != "" {
			e.ID = e.QID
		} else {
			e.ID = graph.EntityID(e.Type, e.Name)
		}
	}
	k.entries = append(k.entries, e)
	if _, ok := k.byID[e.ID]; !ok {
		k.byID[e.ID] = e
	}
	addUnaccented(e)
	seen := map[string]bool{}
	for _, a := range e.Forms() {
		key := textnorm.Key(a.Text)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		k.byForm[key] = append(k.byForm[key], e)
	}
	for _, d := range e.Demonyms {
		key := textnorm.Key(d.Text)
		if key != "" && !seen["dem:"+key] {
			seen["dem:"+key] = true
			k.byDem[key] = append(k.byDem[key], e)
		}
	}
	if e.Code != "" {
		k.byCode[e.Code] = e
	}
}

// addUnaccented gives an entry the unaccented spelling of each Latin
// name with accents ("Chisinau" for "Chișinău", "Bogota" for "Bogotá"),
// as news wires and machine translation write them, and each Arabic name
// with the common letters for foreign sounds.
func addUnaccented(e *Entry) {
	have := map[string]bool{}
	for _, a := range e.Forms() {
		have[a.Text] = true
	}
	for _, a := range e.Forms() {
		if !isLatin(a.Text) {
			if f := arabicLetters.Replace(a.Text); !have[f] {
				have[f] = true
				e.Aliases = append(e.Aliases, Alias{Text: f, Lang: a.Lang})
			}
			continue
		}
		if f := unaccented(a.Text); !have[f] {
			have[f] = true
			e.Aliases = append(e.Aliases, Alias{Text: f, Lang: "en"})
		}
	}
}

// arabicLetters writes the letters that Persian and some gazetteers use
// for foreign sounds as most Arabic news writes them («مولدوڤا» is
// «مولدوفا»).
var arabicLetters = strings.NewReplacer("ڤ", "ف", "پ", "ب", "گ", "غ", "چ", "تش")

// unaccented drops the combining marks of a text's decomposed letters.
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Merge adds every entry of o.
func (k *KB) Merge(o *KB) {
	for _, e := range o.entries {
		k.Add(e)
	}
	for _, h := range o.held {
		k.AddHolder(h)
	}
}

// Entries returns the entries in the order they were added.
func (k *KB) Entries() []*Entry { return k.entries }

// Lookup returns the entries one of whose forms normalises like form.
func (k *KB) Lookup(form string) []*Entry { return k.byForm[textnorm.Key(form)] }

// Demonym returns the countries whose adjective normalises like form
// ("Russian", «الروسي»).
func (k *KB) Demonym(form string) []*Entry { return k.byDem[textnorm.Key(form)] }

// Country returns the country with ISO alpha-2 code, or nil.
func (k *KB) Country(code string) *Entry { return k.byCode[code] }

// Forms returns every normalised form the base knows, sorted.
func (k *KB) Forms() []string {
	out := make([]string, 0, len(k.byForm))
	for f := range k.byForm {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// DemonymForms returns every normalised demonym, sorted.
func (k *KB) DemonymForms() []string {
	out := make([]string, 0, len(k.byDem))
	for f := range k.byDem {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// WithUser returns a new base with the starter entries and the entries
// of the user files (JSON Lines, see Load). A user entry wins over a
// starter entry it conflicts with: one with the same id, or of the same
// type with the same canonical name, replaces it.
func WithUser(paths ...string) (*KB, error) {
	var user []*Entry
	for _, p := range paths {
		u, err := Load(p)
		if err != nil {
			return nil, err
		}
		user = append(user, u.entries...)
	}
	replaced := map[string]bool{}
	for _, e := range user {
		replaced[e.ID] = true
		replaced[string(e.Type)+"\x00"+textnorm.Key(e.Name)] = true
	}
	k := New()
	for _, e := range Starter().entries {
		if replaced[e.ID] || replaced[string(e.Type)+"\x00"+textnorm.Key(e.Name)] {
			continue
		}
		k.Add(e)
	}
	for _, e := range user {
		k.Add(e)
	}
	// the office-holders too: a user's base replaces entries, not them
	for _, h := range Starter().held {
		k.AddHolder(h)
	}
	return k, nil
}

// Entry returns the entry with the given id, or nil.
func (k *KB) Entry(id string) *Entry { return k.byID[id] }

// Load reads a user knowledge base in JSON Lines.
func Load(path string) (*KB, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	k, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// Read parses JSON Lines entries.
func Read(r io.Reader) (*KB, error) {
	k := New()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if !e.Type.Valid() || e.Name == "" {
			return nil, fmt.Errorf("line %d: an entry needs a valid type and a name", line)
		}
		k.Add(&e)
	}
	return k, sc.Err()
}

var (
	starterOnce sync.Once
	starter     *KB
	starterErr  error
)

// Starter returns the shipped base, built once.
func Starter() *KB {
	starterOnce.Do(func() { starter, starterErr = buildStarter() })
	if starterErr != nil {
		panic("kb: embedded data is broken: " + starterErr.Error())
	}
	return starter
}

func readTSV(name string) ([][]string, error) {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) > 0 {
		rows = rows[1:]
	}
	return rows, nil
}

// ArabicNisba derives the Arabic adjective forms of a country name:
// «روسيا» -> «روسي», «الروسي», «الروسية»; «الهند» -> «هندي». A name
// of a noun in -iyā and an adjective that agrees with it («كوريا
// الشمالية») makes its adjective of both, each word with the article
// and the endings («الكوري الشمالي», «الكوريون الشماليون»).
func ArabicNisba(name string) []string {
	if head, adj, ok := strings.Cut(name, " "); ok {
		return agreeingNisba(head, adj)
	}
	n := strings.TrimPrefix(name, "ال")
	var stem string
	switch {
	case strings.HasSuffix(n, "يا"):
		stem = strings.TrimSuffix(n, "ا")
	case strings.HasSuffix(n, "ية"):
		stem = strings.TrimSuffix(n, "ة")
	case strings.HasSuffix(n, "ا"):
		stem = strings.TrimSuffix(n, "ا") + "ي"
	case strings.HasSuffix(n, "ة"):
		// the adjective drops the feminine ending: «سنغافورة» → «سنغافوري»
		stem = strings.TrimSuffix(n, "ة") + "ي"
	case strings.HasSuffix(n, "ي") && len([]rune(n)) >= 5:
		// a name in -ī is its own adjective: «تشيلي», «التشيلي»; not a
		// short one, a word too («مالي»: financial)
		stem = n
	default:
		stem = n + "ي"
	}
	if strings.Contains(stem, " ") || len([]rune(stem)) < 3 {
		return nil
	}
	return nisbaForms(stem)
}

// agreeingNisba gives the adjective forms of a country named by a noun
// in -iyā and a feminine adjective with the article («غينيا
// الاستوائية»): the nisba of the noun and the adjective, in the same
// gender, number and definiteness. Nothing for other two-word names:
// a construct («جنوب السودان») or a plural head («الولايات المتحدة»)
// has its adjective elsewhere.
func agreeingNisba(head, adj string) []string {
	a, ok := strings.CutPrefix(adj, "ال")
	if !ok || strings.Contains(a, " ") || !strings.HasSuffix(head, "يا") || !strings.HasSuffix(a, "ية") || utf8.RuneCountInString(head) < 4 {
		return nil
	}
	x, y := strings.TrimSuffix(head, "ا"), strings.TrimSuffix(a, "ة")
	var out []string
	for _, end := range []string{"", "ة", "ون", "ين"} {
		out = append(out, x+end+" "+y+end, "ال"+x+end+" ال"+y+end)
	}
	return out
}

// nisbaForms are the forms of an Arabic adjective of nationality from
// its masculine stem: with the article, feminine, plural; a compound
// («جنوب أفريقي») takes the article on its first word and the endings
// on its last.
func nisbaForms(stem string) []string {
	first, rest, compound := strings.Cut(stem, " ")
	if compound {
		return []string{stem, "ال" + first + " " + rest, stem + "ة", "ال" + first + " " + rest + "ة"}
	}
	return []string{stem, "ال" + stem, stem + "ة", "ال" + stem + "ة", stem + "ون", stem + "ين", "ال" + stem + "ون", "ال" + stem + "ين"}
}

// shortOfficial returns the name an official name "Republic of X"
// ("Kingdom of X", "Union of X", ...) gives after its style, where X is
// not a word of another country's common name ("Republic of Korea":
// not "Korea", which North Korea shares), nor a parenthesis.
func shortOfficial(official string, countries [][]string) string {
	_, x, ok := strings.Cut(official, " of ")
	if !ok || strings.ContainsAny(x, "()") {
		return ""
	}
	style := strings.TrimSuffix(official, " of "+x)
	for _, w := range strings.Fields(style) {
		switch w {
		case "Republic", "Kingdom", "Federation", "Union", "State", "Sultanate", "Principality", "Commonwealth", "Democratic", "Federal", "Islamic", "Arab", "People's", "United", "Socialist":
		default:
			return ""
		}
	}
	x = strings.TrimPrefix(x, "the ")
	for _, r := range countries {
		if len(r) < 3 {
			continue
		}
		if r[2] == x || r[3] == official {
			continue
		}
		for _, w := range strings.Fields(x) {
			for _, cw := range strings.Fields(r[2]) {
				if w == cw && len(w) > 3 {
					return ""
				}
			}
		}
	}
	return x
}

func buildStarter() (*KB, error) {
	k := New()
	extra, err := data.ReadFile("data/extra.jsonl")
	if err != nil {
		return nil, err
	}
	ex, err := Read(bytes.NewReader(extra))
	if err != nil {
		return nil, fmt.Errorf("extra.jsonl: %w", err)
	}
	known := map[string]bool{}
	for _, e := range ex.entries {
		known[textnorm.Key(e.Name)] = true
		for _, a := range e.Aliases {
			known[textnorm.Key(a.Text)] = true // "Gaza": the Strip's, not the time zone's city
		}
	}
	countries, err := readTSV("countries_en_ar.tsv")
	if err != nil {
		return nil, err
	}
	nisbas, err := readTSV("demonyms_ar.tsv")
	if err != nil {
		return nil, err
	}
	enRows, err := readTSV("demonyms_en.tsv")
	if err != nil {
		return nil, err
	}
	enDemonyms := map[string][]string{} // country code -> English adjectives
	for _, r := range enRows {
		if len(r) >= 2 {
			enDemonyms[r[0]] = append(enDemonyms[r[0]], r[1])
		}
	}
	irregular := map[string][]string{} // country code -> Arabic adjective stems
	for _, r := range nisbas {
		if len(r) >= 2 {
			irregular[r[0]] = append(irregular[r[0]], r[1])
		}
	}
	qrows, err := readTSV("country_qids.tsv")
	if err != nil {
		return nil, err
	}
	mrows, err := readTSV("monarchies.tsv")
	if err != nil {
		return nil, err
	}
	monarchies := map[string]bool{}
	for _, r := range mrows {
		if len(r) >= 1 {
			monarchies[r[0]] = true
		}
	}
	qids := map[string]string{}
	for _, r := range qrows {
		if len(r) >= 2 {
			qids[r[0]] = r[1]
		}
	}
	pressRows, err := readTSV("countries_ar_press.tsv")
	if err != nil {
		return nil, err
	}
	press := map[string][]string{} // country code -> the Arabic press's spellings
	for _, r := range pressRows {
		if len(r) >= 2 {
			press[r[0]] = strings.Split(r[1], "|")
		}
	}
	for _, r := range countries {
		if len(r) < 9 {
			continue
		}
		e := &Entry{ID: "country-" + strings.ToLower(r[0]), Type: graph.Country, Name: r[2], Code: r[0], Capital: r[6], QID: qids[r[0]], Monarchy: monarchies[r[0]]}
		if n, ok := newsNames[r[0]]; ok {
			// the name English-language news uses; the gazetteer's stays an alias
			e.Aliases = append(e.Aliases, Alias{e.Name, "en"})
			e.Name = n
		}
		add := func(text, lang string) {
			if text != "" && text != e.Name {
				e.Aliases = append(e.Aliases, Alias{text, lang})
			}
		}
		add(r[3], "en")
		if x := shortOfficial(r[3], countries); x != "" {
			add(x, "en") // "Republic of Cabo Verde": "Cabo Verde"
		}
		add(r[4], "ar")
		add(r[5], "ar")
		// the official style before another English name of the country
		// ("Socialist Republic of Viet Nam" beside "Socialist Republic of
		// Vietnam")
		style := ""
		if x := shortOfficial(r[3], countries); x != "" {
			style = strings.TrimSuffix(strings.TrimSuffix(r[3], x), "the ")
		}
		for _, a := range strings.Split(r[7], "|") {
			// Two-letter codes other than well-known ones are too ambiguous as words.
			if len(a) <= 2 || !isLatin(a) {
				continue
			}
			add(a, "en")
			if style != "" && !strings.Contains(a, " of ") && a != r[2] && !isAcronymName(a) {
				add(style+a, "en")
			}
		}
		if r[0] == "US" {
			add("US", "en")
			add("U.S.", "en")
			add("U.S.A.", "en")
			add("America", "en")
			add("أمريكا", "ar")
			add("أميركا", "ar")
			add("الولايات المتحدة الأمريكية", "ar")
			add("الولايات المتحدة الأميركية", "ar")
		}
		if r[0] == "GB" {
			add("UK", "en")
			add("U.K.", "en")
			add("Britain", "en")
			add("بريطانيا", "ar")
		}
		if r[0] == "RU" {
			add("الاتحاد الروسي", "ar")
		}
		for _, a := range newsInitials[r[0]] {
			add(a, "en")
		}
		// the gazetteer's demonyms ("Bosnian, Herzegovinian": two) and
		// the adjectives it lacks (demonyms_en.tsv)
		for _, d := range append(strings.Split(r[8], ","), enDemonyms[r[0]]...) {
			d = strings.TrimSpace(d)
			if d == "" {
				continue
			}
			e.Demonyms = append(e.Demonyms, Alias{d, "en"})
			// plural nouns of nationality: "Ukrainians", "Iraqis" (not
			// "Frenchs")
			if !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") && !strings.HasSuffix(d, "s") {
				e.Demonyms = append(e.Demonyms, Alias{d + "s", "en"})
			}
		}
		// the press's spellings; one word also gives its adjective
		// («صربيا» → «الصربي»)
		var phrases []string
		for _, p := range press[r[0]] {
			if strings.Contains(p, " ") {
				phrases = append(phrases, p)
			} else {
				add(p, "ar")
			}
		}
		ars := []string{r[4], r[5]}
		for _, a := range e.Aliases {
			if a.Lang == "ar" {
				ars = append(ars, a.Text)
			}
		}
		for _, ar := range ars {
			// and of the spelling with the common letters for foreign
			// sounds (addUnaccented: «مولدوڤا» is «مولدوفا»)
			for _, n := range ArabicNisba(ar) {
				e.Demonyms = append(e.Demonyms, Alias{n, "ar"})
			}
			if f := arabicLetters.Replace(ar); f != ar {
				for _, n := range ArabicNisba(f) {
					e.Demonyms = append(e.Demonyms, Alias{n, "ar"})
				}
			}
		}
		for _, stem := range irregular[r[0]] {
			for _, n := range nisbaForms(stem) {
				e.Demonyms = append(e.Demonyms, Alias{n, "ar"})
			}
		}
		for _, p := range phrases {
			add(p, "ar")
		}
		k.Add(e)
	}
	cities, err := readTSV("cldr_cities_en_ar.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range cities {
		if len(r) < 3 || known[textnorm.Key(r[1])] {
			continue
		}
		k.Add(&Entry{ID: "city-" + graph.Slug(r[1]), Type: graph.City, Name: r[1], Aliases: []Alias{{r[2], "ar"}}})
	}
	for _, e := range ex.entries {
		e.ID = ""
		k.Add(e)
	}
	// world regions (CLDR's numeric codes; "world" itself is no place)
	regions, err := readTSV("cldr_territories_en_ar.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range regions {
		if len(r) < 3 || len(r[0]) != 3 || r[0] == "001" || r[0][0] < '0' || r[0][0] > '9' {
			continue
		}
		if known := k.Lookup(r[1]); len(known) > 0 {
			for _, e := range known {
				e.Region = e.Region || e.Type == graph.Place
			}
			continue
		}
		e := &Entry{ID: "place-region-" + r[0], Type: graph.Place, Name: r[1], Aliases: []Alias{{r[2], "ar"}}, Region: true}
		// «أمريكا» is written «أميركا» as often in the Arabic press
		// («أميركا اللاتينية»), as the gazetteer writes the country
		if strings.Contains(r[2], "أمريكا") {
			e.Aliases = append(e.Aliases, Alias{strings.ReplaceAll(r[2], "أمريكا", "أميركا"), "ar"})
		}
		// "Northern Africa" is "North Africa" in the news
		for long, short := range map[string]string{"Northern ": "North ", "Southern ": "South ", "Eastern ": "East ", "Western ": "West "} {
			if strings.HasPrefix(r[1], long) {
				e.Aliases = append(e.Aliases, Alias{short + strings.TrimPrefix(r[1], long), "en"})
			}
		}
		k.Add(e)
	}
	k.addCLDRCountryNames(regions)
	// A capital belongs to its country: link cities that lack a country,
	// and add the capitals the city list lacks, with the Arabic names the
	// gazetteer lacks (capitals_ar.tsv).
	capAr, err := readTSV("capitals_ar.tsv")
	if err != nil {
		return nil, err
	}
	arOf := map[string][]Alias{}
	for _, r := range capAr {
		if len(r) < 2 {
			continue
		}
		for _, n := range strings.Split(r[1], "|") {
			arOf[r[0]] = append(arOf[r[0]], Alias{n, "ar"})
		}
	}
	var capitals []*Entry
	for _, c := range k.entries {
		if c.Type != graph.Country || c.Capital == "" {
			continue
		}
		known := false
		for _, e := range k.Lookup(c.Capital) {
			known = true
			if e.Type == graph.City && e.Country == "" {
				e.Country = c.Code
			}
			if e.Type == graph.City && e.Country == c.Code {
				k.addAliases(e, arOf[c.Code]) // «الجزائر العاصمة»
			}
		}
		if !known {
			capitals = append(capitals, &Entry{Type: graph.City, Name: c.Capital, Country: c.Code, Aliases: arOf[c.Code]})
		}
	}
	for _, e := range capitals {
		k.Add(e)
	}
	if err := k.addGeoNames(); err != nil {
		return nil, err
	}
	if err := k.addPressCities(); err != nil {
		return nil, err
	}
	if err := k.addOfficeHolders(); err != nil {
		return nil, err
	}
	return k, nil
}

// addPressCities gives the cities of cities_ar_press.tsv the Arabic
// names the press writes them by, which the gazetteers lack or spell
// otherwise («مكة المكرمة», «أربيل», «كوالا لمبور»): a city the base
// knows by its English name takes them (and is no longer weak: the
// press names it so), another is added. A name another entry has is
// left to it.
func (k *KB) addPressCities() error {
	rows, err := readTSV("cities_ar_press.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		var as []Alias
		c := k.knownCity(r[0], r[1])
		for _, a := range strings.Split(r[2], "|") {
			if a == "" {
				continue
			}
			if len(k.Lookup(a)) == 0 {
				as = append(as, Alias{a, "ar"})
			} else if c == nil {
				// known by its Arabic name under another English one
				// (GeoNames' "Makkah al Mukarramah"): the press's English
				// name becomes its name, the other stays an alias
				if c = k.knownCity(a, r[1]); c != nil && len(k.Lookup(r[0])) == 0 {
					c.Aliases = append(c.Aliases, Alias{c.Name, "en"})
					c.Name = r[0]
					key := textnorm.Key(r[0])
					k.byForm[key] = append(k.byForm[key], c)
				}
			}
		}
		if c != nil {
			c.Weak = false
			if c.Country == "" {
				c.Country = r[1]
			}
			k.addAliases(c, as)
			continue
		}
		if len(k.Lookup(r[0])) > 0 {
			continue // the English name is another kind's
		}
		k.Add(&Entry{Type: graph.City, Name: r[0], Country: r[1], Aliases: as})
	}
	return nil
}

// addGeoNames adds the larger cities of GeoNames
// (geonames_cities_en_ar.tsv, made by ./gencities) that the base does not
// know by any name: a name the base already gives a country, a city, a
// body or a nationality stays theirs («طرابلس» is Libya's capital, not
// Lebanon's city), and a city whose English names are all taken is left
// out. The list is sorted by population, so that of two cities of one
// name the larger one has it.
func (k *KB) addGeoNames() error {
	rows, err := readTSV("geonames_cities_en_ar.tsv")
	if err != nil {
		return err
	}
	free := func(text string) bool {
		key := textnorm.Key(text)
		if key == "" || len(k.byForm[key]) > 0 || len(k.byDem[key]) > 0 {
			return false
		}
		return isASCII(text) || len(k.Lookup(unaccented(text))) == 0
	}
	for _, r := range rows {
		if len(r) < 6 {
			continue
		}
		if !free(r[3]) {
			// a city the base knows by this English name: the Arabic
			// names it lacks («مقديشو», «كمبالا» where CLDR writes
			// «مقديشيو», «كامبالا»)
			if c := k.knownCity(r[3], r[1]); c != nil {
				var as []Alias
				for _, a := range arabicCityNames(r[5]) {
					if free(a) {
						as = append(as, Alias{a, "ar"})
					}
				}
				k.addAliases(c, as)
			}
			continue
		}
		e := &Entry{ID: "city-" + graph.Slug(r[3]), Type: graph.City, Name: r[3], Country: r[1], Weak: true}
		if k.byID[e.ID] != nil {
			continue
		}
		for _, a := range strings.Split(r[4], "|") {
			if free(a) {
				e.Aliases = append(e.Aliases, Alias{a, "en"})
			}
		}
		for _, a := range arabicCityNames(r[5]) {
			if free(a) {
				e.Aliases = append(e.Aliases, Alias{a, "ar"})
			}
		}
		k.Add(e)
	}
	return nil
}

// knownCity returns the one city the base has by an English name, in a
// country or none; nil when the name is another kind's or ambiguous.
func (k *KB) knownCity(name, country string) *Entry {
	var c *Entry
	for _, e := range k.Lookup(name) {
		if e.Type != graph.City || e.Country != "" && e.Country != country {
			return nil
		}
		if c != nil && c != e {
			return nil
		}
		c = e
	}
	return c
}

// arabicCityNames splits a gazetteer's Arabic names of a city, and
// gives a name written «مدينة الإسماعيلية» ("the city of ...") its name
// with the article alone too, as the press writes it.
func arabicCityNames(field string) []string {
	var out []string
	for _, a := range strings.Split(field, "|") {
		if a == "" {
			continue
		}
		out = append(out, a)
		if rest, ok := strings.CutPrefix(a, "مدينة "); ok && strings.HasPrefix(rest, "ال") && !strings.Contains(rest, " ") {
			out = append(out, rest)
		}
	}
	return out
}

// addCLDRCountryNames gives each country the Arabic name CLDR gives it
// where the gazetteer spells it otherwise (CLDR's «المكسيك», «تايلاند»,
// «الدانمرك» for the gazetteer's «المسكيك», «تايلند», «الدنمارك»), with
// the adjectives that name makes («المكسيكي»). A name with a
// parenthesis or a spaced dash (CLDR's way to tell two Congos apart) is
// no spelling of the press, and a name or an adjective that another
// entry has already is left to it.
func (k *KB) addCLDRCountryNames(rows [][]string) {
	for _, r := range rows {
		if len(r) < 3 || len(r[0]) != 2 {
			continue
		}
		e, name := k.byCode[r[0]], r[2]
		if e == nil || e.Type != graph.Country || strings.ContainsAny(name, "()") || strings.Contains(name, " - ") || len(k.Lookup(name)) > 0 {
			continue
		}
		k.addAliases(e, []Alias{{name, "ar"}})
		for _, n := range ArabicNisba(name) {
			key := textnorm.Key(n)
			if len(k.byDem[key]) == 0 && len(k.byForm[key]) == 0 {
				e.Demonyms = append(e.Demonyms, Alias{n, "ar"})
				k.byDem[key] = append(k.byDem[key], e)
			}
		}
	}
}

// addAliases gives an entry the aliases it lacks, and indexes them.
func (k *KB) addAliases(e *Entry, as []Alias) {
	have := map[string]bool{}
	for _, a := range e.Forms() {
		have[textnorm.Key(a.Text)] = true
	}
	for _, a := range as {
		key := textnorm.Key(a.Text)
		if key == "" || have[key] {
			continue
		}
		have[key] = true
		e.Aliases = append(e.Aliases, a)
		k.byForm[key] = append(k.byForm[key], e)
	}
}

// newsInitials are the initialisms news writers use for some states
// ("PRC" in a White House readout).
var newsInitials = map[string][]string{"CN": {"PRC"}, "KP": {"DPRK"}, "KR": {"ROK"}, "AE": {"UAE"}, "SA": {"KSA"}}

// newsNames are the English names news writers use where the gazetteer
// has a newer or official one.
var newsNames = map[string]string{"TR": "Turkey", "CZ": "Czech Republic", "CV": "Cape Verde"}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x24F {
			return false
		}
	}
	return true
}

// isAcronymName reports a name written in capitals ("USA", "UAE"): no
// official style goes before it.
func isAcronymName(a string) bool {
	return a == strings.ToUpper(a)
}
