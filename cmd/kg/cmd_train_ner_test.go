package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newskg/extract/ner"
)

// TestJackknifeCache checks that the jackknifed tags are written to the
// cache file once computed, read back the same, and that a file of other
// sentences, or a line of the wrong length, is refused with its name.
func TestJackknifeCache(t *testing.T) {
	sents := []ner.Sentence{
		{Tokens: []string{"Orla", "Venn", "visited", "Kastor", "."}, Tags: []string{"B-PER", "I-PER", "O", "B-LOC", "O"}},
		{Tokens: []string{"The", "Amber", "Guild", "met", "."}, Tags: []string{"O", "B-ORG", "I-ORG", "O", "O"}},
		{Tokens: []string{"Venn", "left", "Kastor", "."}, Tags: []string{"B-PER", "O", "B-LOC", "O"}},
		{Tokens: []string{"Guild", "members", "stayed", "."}, Tags: []string{"B-ORG", "O", "O", "O"}},
	}
	cfg := ner.TrainConfig{Lang: "en", Seed: 1, Epochs: 1, FixedEpochs: true, Folds: 1}
	path := filepath.Join(t.TempDir(), "jk.txt")
	got, err := jackknifeTags(cfg, sents, 2, path, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("cache not written: %v", err)
	}
	again, err := jackknifeTags(cfg, sents, 2, path, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, again) {
		t.Errorf("read back %v, computed %v", again, got)
	}
	for _, c := range []struct {
		name string
		ss   []ner.Sentence
		edit func(string) string
		want string
	}{
		{"other sentences", sents[:3], nil, "not the jackknife tags of 3 sentences"},
		{"a short line", sents, func(s string) string { return strings.Replace(s, " O O\n", " O\n", 1) }, "tags for a sentence of"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := path
			if c.edit != nil {
				b, _ := os.ReadFile(path)
				p = filepath.Join(t.TempDir(), "bad.txt")
				os.WriteFile(p, []byte(c.edit(string(b))), 0o644)
			}
			_, err := jackknifeTags(cfg, c.ss, 2, p, io.Discard)
			if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one naming %s: %q", err, p, c.want)
			}
		})
	}
}

// TestArabicNERLexicon checks the tagger's lexicon taken from the
// product's own lists: titles, head nouns and stop words of the rule
// extractors, the knowledge base's organisations and places; words of
// other classes (connectors, compass words) and English rows stay out.
func TestArabicNERLexicon(t *testing.T) {
	lex, err := arabicNERLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ phrase, want string }{
		{"حزب", string(ner.LexOrgHead)},        // names.tsv org-head
		{"مطار", string(ner.LexPlace)},         // place-head
		{"الأمين العام", string(ner.LexTitle)}, // roles.tsv
		{"موسكو", string(ner.LexKBPlace)},      // the knowledge base
		{"الأمم المتحدة", string(ner.LexKBOrg)},
		// not in the lexicon
		{"شمال", ""},   // a compass word
		{"Party", ""},  // English
		{"Moscow", ""}, // an English alias
		{"بن", ""},     // a connector
	} {
		t.Run(c.phrase, func(t *testing.T) {
			got := lex[c.phrase]
			if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
				t.Errorf("%q: classes %q, want %q", c.phrase, got, c.want)
			}
		})
	}
}

// TestTrainNERLexFirstUsage checks that -lex-first alone, or with a
// value it does not know, is a usage error that says so, before any data
// is read.
func TestTrainNERLexFirstUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-lex-first", "all"}, "-lex-first needs -lex"},
		{[]string{"-lex", "-lex-first", "shapes"}, "-lex-first must be all or shape"},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			err := runTrainNER(context.Background(), append([]string{"-lang", "ar", "-data", t.TempDir()}, c.args...), nil, &out, &errb)
			if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want a usage error: %q", err, c.want)
			}
		})
	}
}
