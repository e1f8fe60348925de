package rules

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"

	"newskg/graph/textnorm"
)

// The rule extractors' word lists are data: one folder per language
// under data/, each file a table of phrase, class and optional value
// (data/README.md says what each file holds and where it comes from).
// Every phrase is read through graph/textnorm, the one normaliser, so a
// list never needs spelling variants that the normaliser already folds.
//
//go:embed data
var dataFS embed.FS

// Data is the rule extractors' embedded data (patterns, word lists), for
// a digest of what an extraction was made with.
func Data() fs.FS { return dataFS }

// lexEntry is one row of a lexicon file.
type lexEntry struct {
	Phrase string // as written in the file
	Key    string // textnorm.Key of the phrase
	Class  string
	Value  string
	Lang   string
	Line   int
}

// lexLangs are the languages with a data folder.
var lexLangs = []string{"en", "ar"}

// readLex parses one lexicon file. Malformed rows are errors naming the
// file and line: the data ships inside the binary, so a test reads every
// file and a bad row never reaches a user.
func readLex(lang, name string) ([]lexEntry, error) {
	path := "data/" + lang + "/" + name
	f, err := dataFS.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []lexEntry
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			return nil, fmt.Errorf("%s:%d: want phrase<TAB>class[<TAB>value], got %d columns", path, n, len(cols))
		}
		e := lexEntry{Phrase: strings.TrimSpace(cols[0]), Class: strings.TrimSpace(cols[1]), Lang: lang, Line: n}
		if len(cols) == 3 {
			e.Value = strings.TrimSpace(cols[2])
		}
		if e.Phrase == "" || e.Class == "" {
			return nil, fmt.Errorf("%s:%d: empty phrase or class", path, n)
		}
		e.Key = textnorm.Key(e.Phrase)
		out = append(out, e)
	}
	return out, sc.Err()
}

// lexFile returns the rows of a lexicon file; it panics on a malformed
// file (see readLex). A file is parsed once: the package's word sets
// are read from a few files at start-up, and parsing them again for
// each set was most of every kg command's start (175 ms and 81 MB of
// garbage). The rows are shared: callers read them and do not change
// them (the slice is clipped, so that an append copies).
func lexFile(lang, name string) []lexEntry {
	lexCache.Lock()
	defer lexCache.Unlock()
	k := lang + "/" + name
	if es, ok := lexCache.files[k]; ok {
		return es
	}
	es, err := readLex(lang, name)
	if err != nil {
		panic(err)
	}
	es = slices.Clip(es)
	lexCache.files[k] = es
	return es
}

// lexCache holds the lexicon files parsed (lexFile).
var lexCache = struct {
	sync.Mutex
	files map[string][]lexEntry
}{files: map[string][]lexEntry{}}

// lexRows returns the rows of class in file name, for the given
// languages (both when none is given), in file order.
func lexRows(name, class string, langs ...string) []lexEntry {
	if len(langs) == 0 {
		langs = lexLangs
	}
	var out []lexEntry
	for _, l := range langs {
		for _, e := range lexFile(l, name) {
			if e.Class == class {
				out = append(out, e)
			}
		}
	}
	return out
}

// wordSet returns the keys of the phrases of class in file name.
func wordSet(name, class string, langs ...string) map[string]bool {
	return wordSetWhere(name, class, func(lexEntry) bool { return true }, langs...)
}

// wordSetOf is wordSet of the rows of a class with one value.
func wordSetOf(name, class, value string, langs ...string) map[string]bool {
	return wordSetWhere(name, class, func(e lexEntry) bool { return e.Value == value }, langs...)
}

func wordSetWhere(name, class string, keep func(lexEntry) bool, langs ...string) map[string]bool {
	m := map[string]bool{}
	for _, e := range lexRows(name, class, langs...) {
		if keep(e) {
			// the key, and the phrase in lower case for lists that
			// English text is looked up in as written ("it's")
			m[e.Key] = true
			m[strings.ToLower(e.Phrase)] = true
		}
	}
	return m
}

// phraseList returns the phrases of class in file name, each as the
// words of its key, in file order: for a reader that compares a phrase
// word by word with a sentence's words ("في وقت لاحق").
func phraseList(name, class string, langs ...string) [][]string {
	var out [][]string
	for _, e := range lexRows(name, class, langs...) {
		out = append(out, strings.Fields(e.Key))
	}
	return out
}

// readerClasses are the classes of words.tsv that Go readers alone read
// and no pattern tests: they tag no word (grammars), so that a word
// listed in one neither gains a tag nor becomes a word whose «و» the
// items split off (knownWord).
var readerClasses = map[string]bool{
	"occasion-opener": true, "future-aux": true, "future-word": true, "may-modal": true,
	"schedule-word": true, "context-noun": true, "context-other": true, "deputy-word": true,
	"also-word": true, "again-word": true, "earlier-word": true, "home-country": true,
	"source-word": true, "appoint-gap": true, "brief-verb": true, "preparation": true,
	"quarter": true, "past-date": true, "send-gap": true,
	"second-object": true, "represented-aux": true, "seat-kind": true,
	"chunk-past": true, "chunk-next": true, "title-of-many": true, "style-pronoun": true,
	"definite-event": true, "recall-word": true, "government": true,
	"elliptic-event": true, "elliptic-before": true, "elliptic-after": true, "elliptic-verb": true, "delegation-kind": true,
	"arrival-place": true, "guest-role": true, "scholar-role": true,
}

// lexClasses lists the classes of a file in both languages, sorted.
func lexClasses(name string) []string {
	seen := map[string]bool{}
	for _, l := range lexLangs {
		for _, e := range lexFile(l, name) {
			seen[e.Class] = true
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// lexValues maps the keys of the phrases of class in file name to their
// values.
func lexValues(name, class string, langs ...string) map[string]string {
	m := map[string]string{}
	for _, e := range lexRows(name, class, langs...) {
		m[e.Key] = e.Value
	}
	return m
}

// Word classes the name finders and the vetter use directly.
var (
	meetVerbs   = wordSet("words.tsv", "meet")
	attendVerbs = wordSet("words.tsv", "attend")
	callVerbs   = wordSet("words.tsv", "call")
	leadVerbs   = wordSet("words.tsv", "lead")
	locatives   = wordSet("words.tsv", "in", "en")
	ordinals    = lexValues("words.tsv", "ordinal")
	// titleQualifiers: the word each adds to a title's English role
	titleQualifiers = lexValues("words.tsv", "title-qualifier")
)

// union returns a set of the keys of both sets.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}
