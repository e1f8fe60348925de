package rules

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLexiconFiles reads every data file: each row parses, has a
// non-empty key, and no phrase is listed twice in one class.
func TestLexiconFiles(t *testing.T) {
	files := map[string]bool{}
	err := fs.WalkDir(dataFS, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tsv") {
			return err
		}
		parts := strings.Split(path, "/")
		if len(parts) != 3 {
			t.Errorf("%s: data files live in data/LANG/", path)
			return nil
		}
		files[parts[2]] = true
		es, err := readLex(parts[1], parts[2])
		if err != nil {
			t.Error(err)
			return nil
		}
		if len(es) == 0 {
			t.Errorf("%s: no rows", path)
		}
		seen := map[string]int{}
		for _, e := range es {
			if e.Key == "" {
				t.Errorf("%s:%d: %q has an empty key", path, e.Line, e.Phrase)
			}
			// Arabic phrases are looked up by key, English ones also as
			// written ("it's" is not "it")
			k := e.Class + "\x00" + e.Key
			if e.Lang == "en" {
				k += "\x00" + strings.ToLower(e.Phrase)
			}
			if l, ok := seen[k]; ok {
				t.Errorf("%s:%d: %q repeats line %d in class %s", path, e.Line, e.Phrase, l, e.Class)
			}
			seen[k] = e.Line
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// every language has every file
	for f := range files {
		for _, l := range lexLangs {
			if _, err := readLex(l, f); err != nil {
				t.Errorf("%s/%s: %v", l, f, err)
			}
		}
	}
}

func TestReadLexRejectsMalformedRows(t *testing.T) {
	if _, err := readLex("en", "no-such-file.tsv"); err == nil {
		t.Error("a missing file gave no error")
	}
}

// TestPhraseList reads a phrase class word by word, in file order, by
// the words' keys.
func TestPhraseList(t *testing.T) {
	got := phraseList("words.tsv", "occasion-opener", "ar")
	if len(got) == 0 {
		t.Fatal("no phrases in occasion-opener")
	}
	want := []string{"وفي", "وقت", "لاحق"}
	found := false
	for _, ws := range got {
		if strings.Join(ws, " ") == strings.Join(want, " ") {
			found = true
		}
	}
	if !found {
		t.Errorf("«وفي وقت لاحق» not read as %q: %q", want, got)
	}
	if en := phraseList("words.tsv", "occasion-opener", "en"); len(en) == 0 || len(en[0]) != 1 || en[0][0] != "later" {
		t.Errorf("English openers: %q", en)
	}
	if ws := phraseList("words.tsv", "no-such-class"); ws != nil {
		t.Errorf("a missing class gave %q", ws)
	}
}

// TestReaderClassesTagNothing: every class that Go readers alone read
// has rows, and none of them is a tag of a word for the patterns, nor
// makes a word known to the «و» split.
func TestReaderClassesTagNothing(t *testing.T) {
	g, wc := grammars()
	for c := range readerClasses {
		if len(lexRows("words.tsv", c)) == 0 {
			t.Errorf("reader class %s has no rows in words.tsv", c)
		}
		for k, tags := range wc {
			if containsString(tags, "@"+c) {
				t.Errorf("%q is tagged @%s", k, c)
			}
		}
	}
	// «متصل» is in context-other alone: no word class lists it
	r := &Relations{grammars: g, wordClass: wc}
	if r.knownWord([]string{"متصل"}) {
		t.Error("a word of a reader class alone is a known word")
	}
}

// TestLexFileParsedOnce: a lexicon file is parsed once and its rows
// shared, and a caller's append does not write into the shared rows.
func TestLexFileParsedOnce(t *testing.T) {
	a := lexFile("en", "words.tsv")
	b := lexFile("en", "words.tsv")
	if len(a) == 0 || &a[0] != &b[0] {
		t.Fatalf("words.tsv parsed again (or empty): %d rows", len(a))
	}
	c := append(a, lexEntry{Phrase: "zzz", Class: "zzz"})
	c[0].Phrase = "changed"
	if d := lexFile("en", "words.tsv"); len(d) != len(a) || d[0].Phrase == "changed" {
		t.Errorf("an append to the rows changed the shared rows: %d rows, first %q", len(d), d[0].Phrase)
	}
}
