// Command gencities writes data/geonames_cities_en_ar.tsv, the world's
// larger cities with their English and Arabic names, from the GeoNames
// data that Debian ships in the libgeonames packages (CC BY 4.0, see
// ../data/PROVENANCE.md for the commands and the selection rule).
//
//	go run ./graph/kb/gencities -root DIR > graph/kb/data/geonames_cities_en_ar.tsv
//
// DIR holds the unpacked packages libgeonames0 (the city table, a
// compressed GResource inside the library), libgeonames-common (the
// English and Arabic names, gettext catalogues keyed by GeoNames id) and
// wamerican (an English word list: a city whose name is a common word,
// "Reading", "Mobile", is left out). The product's own word lists
// (extract/rules/data/{en,ar}/*.tsv: common words, given names, the name
// finders' head nouns, cue words, titles, months) rule out names too.
// Run from the repository root.
package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/graph/textnorm"
)

// city is one row of the GeoNames table (cities with 15,000 people or
// more, and capitals).
type city struct {
	id, name, admin1, admin1Name, country, countryName, tz string
	pop                                                    uint32
}

// arabWorld are the members of the Arab League: there every city of the
// table (15,000 people or more) is taken; elsewhere 100,000 or more.
var arabWorld = map[string]bool{}

func init() {
	for _, c := range strings.Fields("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE") {
		arabWorld[c] = true
	}
}

var verbose bool

// lexFiles are the word lists of the product (extract/rules/data/{en,ar})
// whose words are no city's name.
var lexFiles = []string{"common.tsv", "given.tsv", "names.tsv", "words.tsv", "roles.tsv", "dates.tsv", "events.tsv"}

func skip(why, name string, c city) {
	if verbose {
		fmt.Fprintf(os.Stderr, "skip\t%s\t%s\t%s\t%d\n", why, name, c.country, c.pop)
	}
}

const (
	minPop     = 100000
	minPopArab = 15000
	// a city named by a word of the dictionary ("Orange") is taken from
	// this size on ("Shanghai")
	minPopWord = 300000
)

func main() {
	root := flag.String("root", "", "folder holding the unpacked libgeonames0, libgeonames-common and wamerican packages")
	lists := flag.String("lists", "extract/rules/data", "the product's word lists")
	flag.BoolVar(&verbose, "v", false, "list the names left out on the standard error")
	flag.Parse()
	if err := run(*root, *lists, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gencities:", err)
		os.Exit(1)
	}
}

func run(root, lists string, w io.Writer) error {
	libs, _ := filepath.Glob(filepath.Join(root, "usr/lib/*/libgeonames.so.*.*"))
	if len(libs) == 0 {
		return errors.New("no libgeonames.so under " + root)
	}
	table, err := cityTable(libs[0])
	if err != nil {
		return err
	}
	en, err := readMO(filepath.Join(root, "usr/share/locale/en/LC_MESSAGES/geonames.mo"))
	if err != nil {
		return err
	}
	ar, err := readMO(filepath.Join(root, "usr/share/locale/ar/LC_MESSAGES/geonames.mo"))
	if err != nil {
		return err
	}
	dict, err := wordList(filepath.Join(root, "usr/share/dict/american-english"))
	if err != nil {
		return err
	}
	// the product's word lists: common words, given names, and the words
	// of its name finders and patterns (head nouns «جامعة», "University";
	// cue words; titles; months)
	enWords, arWords := map[string]bool{}, map[string]bool{}
	for _, f := range lexFiles {
		if err := tsvWords(filepath.Join(lists, "en", f), func(p, class string) { enWords[strings.ToLower(p)] = true }); err != nil {
			return err
		}
		if err := tsvWords(filepath.Join(lists, "ar", f), func(p, class string) { arWords[textnorm.Key(p)] = true }); err != nil {
			return err
		}
	}
	sort.SliceStable(table, func(i, j int) bool { return table[i].pop > table[j].pop })
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "geonameid\tcountry\tpopulation\tname_en\taliases_en\tnames_ar")
	seenEn, seenAr := map[string]bool{}, map[string]bool{}
	var kept, noArabic, wordy int
	for _, c := range table {
		if c.pop < minPop && !(arabWorld[c.country] && c.pop >= minPopArab) {
			continue
		}
		arName := cleanArabic(ar[c.id])
		if arName == "" {
			noArabic++
			continue
		}
		// English names: the catalogue's, and the table's own where
		// it differs ("Ar Raqqah")
		var ens []string
		for _, n := range []string{en[c.id], c.name} {
			n = cleanLatin(n)
			k := strings.ToLower(n)
			if n == "" {
				continue
			}
			if seenEn[k] {
				skip("en-taken", n, c)
				continue
			}
			if !englishOK(n, c.pop, dict, enWords) {
				skip("en-word", n, c)
				continue
			}
			dup := false
			for _, e := range ens {
				if strings.EqualFold(e, n) {
					dup = true
				}
			}
			if !dup {
				ens = append(ens, n)
			}
		}
		if len(ens) == 0 {
			wordy++
			continue
		}
		var ars []string
		for i, n := range arabicForms(arName, cleanArabic(ar[c.country+"."+c.admin1])) {
			if k := textnorm.Key(n); seenAr[k] {
				skip("ar-taken", n, c)
			} else if arWords[k] || utf8.RuneCountInString(k) < 3 {
				skip("ar-word", n, c)
			} else if i == 0 || len(ars) > 0 {
				ars = append(ars, n)
				seenAr[k] = true
			}
		}
		for _, n := range ens {
			seenEn[strings.ToLower(n)] = true
		}
		kept++
		fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%s\t%s\n", c.id, c.country, c.pop, ens[0], strings.Join(ens[1:], "|"), strings.Join(ars, "|"))
	}
	fmt.Fprintf(os.Stderr, "gencities: %d cities in the table, %d kept, %d without an Arabic name, %d whose every English name is a word\n", len(table), kept, noArabic, wordy)
	return bw.Flush()
}

// englishOK reports whether an English city name may be read as the city
// wherever it is written with a capital: not a word that news writes in
// lower case as often as not, nor a given name (the product's lists:
// "Reading", "Mobile", "Nice", "Charlotte"), not a word of the dictionary
// unless the city has 300,000 people or more ("Orange", "Paradise" are
// left out; "Shanghai", "Cologne" are not), not shorter than three
// letters ("Of"), and no district's name ("Al-Hamdaniya District").
func englishOK(n string, pop uint32, dict map[string]bool, words map[string]bool) bool {
	letters := 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	k := strings.ToLower(n)
	for _, w := range strings.Fields(k) {
		if w == "district" || w == "governorate" || w == "province" || w == "region" || w == "county" {
			return false
		}
	}
	return letters >= 3 && !words[k] && (!dict[k] || pop >= minPopWord)
}

// cleanLatin drops the transliteration's marks at a name's end ("Kazan’")
// and refuses names that are not in the Latin script.
func cleanLatin(s string) string {
	s = strings.TrimSpace(strings.TrimRight(s, "’ʼ'ʹ"))
	for _, r := range s {
		if r > 0x24F && !strings.ContainsRune("‘’ʻʼ", r) {
			return ""
		}
	}
	return s
}

// adminWords are the heads of a district's Arabic name that the
// catalogue sometimes gives for its seat («شعبية سرت»).
var adminWords = []string{"شعبية ", "محافظة ", "ولاية ", "إمارة ", "منطقة ", "قضاء ", "لواء ", "ناحية "}

// persianLetters are written as Arabic writes them («دهک» is «دهك»).
var persianLetters = strings.NewReplacer("ک", "ك", "ی", "ي", "ۀ", "ة", "ە", "ه")

// cleanArabic drops diacritics, tatweel and direction marks, and a
// district's head noun; a name with any letter outside the Arabic script
// is no Arabic name ("Tārūt": the catalogue falls back on the Latin one).
func cleanArabic(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case textnorm.IsArabicDiacritic(r), r == 'ـ', r == '\u200e', r == '\u200f', r == '\u200c', r == '\u200d':
		case unicode.IsLetter(r) && !textnorm.IsArabic(r):
			return ""
		default:
			b.WriteRune(r)
		}
	}
	out := strings.Join(strings.Fields(persianLetters.Replace(b.String())), " ")
	for _, w := range adminWords {
		out = strings.TrimPrefix(out, w)
	}
	if !strings.ContainsFunc(out, textnorm.IsArabic) {
		return ""
	}
	return out
}

// arabicForms are an Arabic name and, for a one-word name without the
// article whose province GeoNames names with it, the name with the
// article: the catalogue writes the city «بصرة», «لاذقية», «سويس» and the
// provinces «البصرة», «محافظة اللاذقية», «محافظة السويس», as the press
// writes the cities too (no article is made up for «جدة» or «غزة»).
func arabicForms(n, province string) []string {
	if strings.Contains(n, " ") || strings.HasPrefix(n, "ال") || province == "" {
		return []string{n}
	}
	if d := "ال" + n; textnorm.Key(d) == textnorm.Key(province) {
		return []string{n, d}
	}
	return []string{n}
}

// cityTable reads the GeoNames city table that libgeonames compiles into
// its library: a GResource (zlib-compressed) holding a GVariant array
// of (id, name, admin1 code, admin1 name, country code, country name,
// time zone, population, latitude, longitude).
func cityTable(lib string) ([]city, error) {
	b, err := os.ReadFile(lib)
	if err != nil {
		return nil, err
	}
	at := bytes.Index(b, []byte("GVariant"))
	if at < 0 {
		return nil, errors.New("no GResource in " + lib)
	}
	var raw []byte
	for i := at; i < len(b)-2 && i < at+1<<16; i++ {
		if b[i] != 0x78 {
			continue
		}
		r, err := zlib.NewReader(bytes.NewReader(b[i:]))
		if err != nil {
			continue
		}
		d, err := io.ReadAll(r)
		if err == nil && len(d) > 1<<20 {
			raw = d
			break
		}
	}
	if raw == nil {
		return nil, errors.New("no compressed city table in " + lib)
	}
	return parseTable(raw)
}

// parseTable reads a GVariant array of (sssssssudd): the array's framing
// offsets (4 bytes, its size being over 64 KiB) end each element; an
// element's strings are NUL-terminated, the population is aligned on 4
// bytes and the coordinates on 8.
func parseTable(d []byte) ([]city, error) {
	if len(d) < 4 {
		return nil, errors.New("short table")
	}
	end := int(binary.LittleEndian.Uint32(d[len(d)-4:]))
	if end > len(d) || (len(d)-end)%4 != 0 {
		return nil, errors.New("bad framing")
	}
	n := (len(d) - end) / 4
	var out []city
	start := 0
	for i := 0; i < n; i++ {
		stop := int(binary.LittleEndian.Uint32(d[end+4*i:]))
		if stop < start || stop > end {
			return nil, fmt.Errorf("element %d: bad offset", i)
		}
		el := d[start:stop]
		var s [7]string
		p := 0
		for k := range s {
			q := bytes.IndexByte(el[p:], 0)
			if q < 0 {
				return nil, fmt.Errorf("element %d: short", i)
			}
			s[k] = string(el[p : p+q])
			p += q + 1
		}
		p = (p + 3) &^ 3
		if p+4 > len(el) {
			return nil, fmt.Errorf("element %d: no population", i)
		}
		pop := binary.LittleEndian.Uint32(el[p:])
		p = (p + 4 + 7) &^ 7
		if p+16 <= len(el) {
			lat := math.Float64frombits(binary.LittleEndian.Uint64(el[p:]))
			if lat < -90 || lat > 90 {
				return nil, fmt.Errorf("element %d: bad latitude", i)
			}
		}
		out = append(out, city{id: s[0], name: s[1], admin1: s[2], admin1Name: s[3], country: s[4], countryName: s[5], tz: s[6], pop: pop})
		start = (stop + 7) &^ 7
	}
	return out, nil
}

// readMO reads a GNU gettext catalogue (msgid -> msgstr).
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, errors.New(path + ": short")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	switch bo.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, errors.New(path + ": not a gettext catalogue")
	}
	n, orig, trans := int(bo.Uint32(b[8:])), int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", errors.New(path + ": bad table")
		}
		l, o := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if o+l > len(b) {
			return "", errors.New(path + ": bad string")
		}
		return string(b[o : o+l]), nil
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

// wordList reads a word list, one word a line, keeping the words written
// in lower case (a common word, not a proper name).
func wordList(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && w == strings.ToLower(w) {
			out[w] = true
		}
	}
	return out, sc.Err()
}

// tsvWords calls f with each phrase and class of a word list of the
// product.
func tsvWords(path string, f func(phrase, class string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		class := ""
		if len(cols) > 1 {
			class = cols[1]
		}
		f(cols[0], class)
	}
	return nil
}
