package rules

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"newskg/graph/textnorm"
)

// The word classes given (given names) and common (words that are
// seldom part of a name) are counted from the training splits of the
// NER corpora in ../shared/ner, never from an evaluation set:
//
//	go test ./extract/rules -run TestGenerateLexicons -gen-lexicons
//
// rewrites data/{en,ar}/given.tsv and data/{en,ar}/common.tsv.
var genLexicons = flag.Bool("gen-lexicons", false, "rewrite data/*/given.tsv and common.tsv from ../shared/ner")

// corpusTok is one token of a tagged corpus with its IOB tag.
type corpusTok struct{ text, tag string }

// readCorpus reads a CoNLL-like file: the token is the first column,
// the tag the last; blank lines and -DOCSTART- end a sentence.
func readCorpus(path, sep, strip string) ([][]corpusTok, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]corpusTok
	var cur []corpusTok
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "-DOCSTART-") {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		var p []string
		if sep == "" {
			p = strings.Fields(line)
		} else {
			p = strings.Split(line, sep)
		}
		if len(p) < 2 {
			continue // a token lost by the corpus (" O")
		}
		cur = append(cur, corpusTok{strings.TrimPrefix(p[0], strip), p[len(p)-1]})
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// personSpans returns the token sequences tagged as persons (IOB1 or IOB2).
func personSpans(sents [][]corpusTok) [][]string {
	var out [][]string
	for _, s := range sents {
		var cur []string
		prev := "O"
		for _, t := range s {
			typ, begin := t.tag, false
			if i := strings.Index(t.tag, "-"); i > 0 {
				typ, begin = t.tag[i+1:], t.tag[:i] == "B"
			}
			per := strings.HasPrefix(typ, "PER")
			if len(cur) > 0 && (!per || begin || typ != prev) {
				out = append(out, cur)
				cur = nil
			}
			if per {
				cur = append(cur, t.text)
			}
			prev = typ
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out
}

// classWords are the words of one class of a class file.
type classWords struct {
	class string
	words []string
}

// writeClassFile writes a class file: its header, then the words of
// each class in turn.
func writeClassFile(t *testing.T, path, header string, classes ...classWords) {
	t.Helper()
	var b strings.Builder
	b.WriteString(header)
	for _, c := range classes {
		for _, w := range c.words {
			fmt.Fprintf(&b, "%s\t%s\n", w, c.class)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGenerateLexicons(t *testing.T) {
	if !*genLexicons {
		t.Skip("run with -gen-lexicons to rewrite the counted word classes")
	}
	root := filepath.Join("..", "..", "..", "shared", "ner")
	load := func(rel, sep, strip string) [][]corpusTok {
		s, err := readCorpus(filepath.Join(root, rel), sep, strip)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ar := append(load("anercorp/train.txt", "", ""), load("aqmar/aqmar.conll", "\t", "")...)
	en := load("conll2003/eng.train", "", "")
	enPer := append(personSpans(en), personSpans(load("wikiann-en/train", "\t", "en:"))...)

	// Arabic: a word seen three times or more, inside a name at most one
	// time in twenty, is common; the first word of a person's name of two
	// words or more, seen twice or more and not common, is a given name.
	total, inName := map[string]int{}, map[string]int{}
	for _, s := range ar {
		for _, tk := range s {
			k := textnorm.Key(tk.text)
			if k == "" || strings.ContainsAny(k, " 0123456789") || textnorm.Script(k) != "ar" {
				continue
			}
			total[k]++
			if tk.tag != "O" {
				inName[k]++
			}
		}
	}
	common, wordlike := map[string]bool{}, map[string]bool{}
	for k, n := range total {
		if n >= 3 && inName[k]*20 <= n {
			common[k] = true
		} else if n >= 5 && inName[k]*2 < n {
			// more often a word than a name («امام»: before, and a family
			// name): never a surname alone in another article
			wordlike[k] = true
		}
	}
	first := map[string]int{}
	for _, sp := range personSpans(ar) {
		if len(sp) >= 2 {
			first[textnorm.Key(sp[0])]++
		}
	}
	var arGiven []string
	for k, n := range first {
		if n >= 2 && !common[k] && !arabicConnectors[k] && !arabicStop[k] && textnorm.Script(k) == "ar" && !strings.Contains(k, " ") {
			// «ومحمد»: a conjunction before a name seen without it
			if strings.HasPrefix(k, "و") && first[strings.TrimPrefix(k, "و")] > 0 {
				continue
			}
			arGiven = append(arGiven, k)
		}
	}
	sort.Strings(arGiven)
	arCommon := sortedKeys(common)

	// English: a word written in lower case at least twice, and at least
	// half as often as capitalised inside a sentence, is common; given
	// names are the first words of persons' names of two words or more,
	// seen three times or more, capitalised letters only.
	low, up := map[string]int{}, map[string]int{}
	for _, s := range en {
		for i, tk := range s {
			r := []rune(tk.text)
			k := strings.ToLower(tk.text)
			switch {
			case unicode.IsLower(r[0]):
				low[k]++
			case unicode.IsUpper(r[0]) && i > 0:
				up[k]++
			}
		}
	}
	var enCommon []string
	for k, n := range low {
		if n >= 2 && 2*n >= up[k] && wordOnly(k) {
			enCommon = append(enCommon, k)
		}
	}
	sort.Strings(enCommon)
	firstEn := map[string]int{}
	for _, sp := range enPer {
		if len(sp) >= 2 {
			firstEn[sp[0]]++
		}
	}
	isCommon := map[string]bool{}
	for _, w := range enCommon {
		isCommon[w] = true
	}
	var enGiven []string
	for w, n := range firstEn {
		r := []rune(w)
		if n < 3 || len(r) < 2 || !unicode.IsUpper(r[0]) || !wordOnly(strings.ToLower(w)) || isAcronym(w) {
			continue
		}
		lk := strings.ToLower(w)
		// titles that the corpora tag inside names ("Premier") are
		// common words; particles are no given names
		if capStop[lk] || honorificWord(lk) || isCommon[lk] || nameParticle(lk) {
			continue
		}
		enGiven = append(enGiven, w)
	}
	sort.Strings(enGiven)

	src := "# Counted from the training splits of the NER corpora in ../shared/ner by\n# TestGenerateLexicons (lexgen_test.go): %s.\n# Regenerate, never edit by hand. Columns: phrase<TAB>class.\n"
	arSrc := fmt.Sprintf(src, "ANERcorp train (CC BY-SA 4.0) and AQMAR (CC BY-SA 3.0)")
	writeClassFile(t, "data/ar/common.tsv", arSrc+"# common: words seen three times or more, inside a name at most one time in twenty.\n# wordlike: words seen five times or more, inside a name less than half the time, not common.\n", classWords{"common", arCommon}, classWords{"wordlike", sortedKeys(wordlike)})
	writeClassFile(t, "data/ar/given.tsv", arSrc+"# given: first words of persons' names of two words or more, seen twice or more, not common.\n", classWords{"given", arGiven})
	enSrc := fmt.Sprintf(src, "CoNLL-2003 eng.train (Reuters RCV1, research use) and WikiANN en train (CC BY-SA)")
	writeClassFile(t, "data/en/common.tsv", enSrc+"# common: words written in lower case twice or more, at least half as often as capitalised (CoNLL-2003).\n", classWords{"common", enCommon})
	writeClassFile(t, "data/en/given.tsv", enSrc+"# given: first words of persons' names of two words or more, seen three times or more, not common.\n", classWords{"given", enGiven})
	t.Logf("ar: %d common, %d given; en: %d common, %d given", len(arCommon), len(arGiven), len(enCommon), len(enGiven))
}

// wordOnly reports whether w is letters, with inner hyphens or apostrophes.
func wordOnly(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && !((r == '-' || r == '\'') && i > 0) {
			return false
		}
	}
	return w != ""
}

func honorificWord(w string) bool {
	for _, e := range lexRows("names.tsv", "honorific", "en") {
		if strings.ToLower(e.Phrase) == w {
			return true
		}
	}
	return false
}
