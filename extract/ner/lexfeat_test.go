package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// lexRes returns resources with extLex, a small dictionary and lexicon.
func lexRes() resources {
	res := resources{lex: map[string]string{}, hasDict: true}
	for _, w := range []string{"يجتمع", "مدينه", "سارب", "تسارا", "دفتر"} {
		res.lex[normalize(w)] = "D"
	}
	res.setLex(map[string]string{
		"حزب":          string(LexOrgHead),
		"وزير الزراعة": string(LexTitle),
		"مدينة":        string(LexPlace),
		"الوادي":       string(LexKBPlace) + string(LexPlace),
		"party":        string(LexOrgHead), // not Arabic: no class
	})
	return res
}

func TestLexiconClasses(t *testing.T) {
	res := lexRes()
	for _, c := range []struct{ tok, want string }{
		{"حزب", "o"},
		{"وحزب", "o"},    // a conjunction before it
		{"الحزب", "o"},   // the article
		{"الزراعة", "t"}, // a title's second word
		{"وزير", "t"},
		{"الوادي", "lp"}, // two classes, in the set's order
		{"بالوادي", "lp"},
		// what must not fire
		{"حزبي", ""},  // another word (an adjective)
		{"زراع", ""},  // a part of a word
		{"party", ""}, // a Latin word of the list
		{"دفتر", ""},
	} {
		t.Run(c.tok, func(t *testing.T) {
			in := res.infos([]string{c.tok}, nil, nil, nil)
			if in[0].wc != c.want {
				t.Errorf("classes of %q = %q, want %q", c.tok, in[0].wc, c.want)
			}
			var plain resources
			if got := plain.infos([]string{c.tok}, nil, nil, nil)[0].wc; got != "" {
				t.Errorf("classes %q without extLex", got)
			}
		})
	}
}

func TestLetterShape(t *testing.T) {
	res := lexRes()
	for _, c := range []struct {
		tok, cv      string
		vowel, novel byte
	}{
		// a transliterated foreign name: vowels as letters, 4-grams no
		// dictionary word has
		{"تيرادوني", "cvcvcvcv", '2', '3'},
		{"وتيرادوني", "cvcvcvcv", '2', '3'}, // proclitic split off
		{"جروستافين", "ccvccvcv", '1', '3'},
		// every 4-gram in some dictionary word, none the word itself
		{"سارا", "cvcv", '2', '0'},
		// what must not fire: dictionary words, with clitics too,
		// Latin words, digits, one letter
		{"يجتمع", "", 0, 0},
		{"المدينة", "", 0, 0},
		{"دفترها", "", 0, 0},
		{"Sarkozy", "", 0, 0},
		{"2024", "", 0, 0},
		{"بن", "", 0, 0}, // two letters
	} {
		t.Run(c.tok, func(t *testing.T) {
			in := res.infos([]string{c.tok}, nil, nil, nil)[0]
			if in.cv != c.cv || in.vowel != c.vowel || in.novel != c.novel {
				t.Errorf("%q: cv %q vowel %q novel %q, want %q %q %q", c.tok, in.cv, in.vowel, in.novel, c.cv, c.vowel, c.novel)
			}
			var plain resources
			plain.lex, plain.hasDict = res.lex, true
			if p := plain.infos([]string{c.tok}, nil, nil, nil)[0]; p.cv != "" || p.vowel != 0 || p.novel != 0 {
				t.Errorf("letter shape %+v without extLex", p)
			}
		})
	}
}

func TestLexFeatures(t *testing.T) {
	res := lexRes()
	in := res.infos(strings.Fields("قال وزير الزراعة تيرادوني في دفتر"), nil, nil, nil)
	for _, c := range []struct {
		name string
		i    int
		want []uint64 // among the features
		none bool     // no extLex feature at all
	}{
		{"a title word", 1, []uint64{fh1(tLx, "t"), fh1(tLxP1, "t")}, false},
		{"after a title", 3, []uint64{fh1(tLxM1, "t"), fh1(tLxM2, "t"), fh1(tCV, "cvcvcvcv"), fh2(tNovel, "3", "2")}, false},
		// a dictionary word after «في» and the name: no class around it,
		// no shape
		{"a dictionary word", 5, nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := lexFeatures(in, c.i, nil)
			if c.none && len(got) != 0 {
				t.Errorf("%d extLex features, want none", len(got))
			}
			for _, w := range c.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("feature %x missing from %x", w, got)
				}
			}
			// and features() carries them
			all := features(in, c.i, nil)
			for _, w := range c.want {
				found := false
				for _, g := range all {
					found = found || g == w
				}
				if !found {
					t.Errorf("features() lacks %x", w)
				}
			}
		})
	}
}

// TestStackedLexSaveLoad trains a second stage with the lexicon features,
// saves and loads it: the flag, the word classes and the tags survive,
// and a model saved again is the same bytes. A first stage takes no
// lexicon features (Lex is a second stage's).
func TestStackedLexSaveLoad(t *testing.T) {
	train := toySentences()
	cfg := TrainConfig{Lang: "en", Epochs: 4, Seed: 1, Folds: 1, DocContext: true, Lex: true, Lexicon: map[string]string{"حزب": "o"}}
	first, err := Train(cfg, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.res.ext&extLex != 0 || first.flags()&flagLex != 0 {
		t.Fatal("a first stage with lexicon features")
	}
	tags, err := JackknifeTags(cfg, train, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	c2 := cfg
	c2.First, c2.Stage1 = first, tags
	m, err := Train(c2, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.flags()&flagLex == 0 || m.res.wcls["حزب"] != "o" {
		t.Fatalf("second stage: flags %#x, classes %v", m.flags(), m.res.wcls)
	}
	b := saved(t, m)
	m2 := saveLoad(t, m)
	if m2.res.ext&extLex == 0 || !reflect.DeepEqual(m2.res.wcls, m.res.wcls) || m2.res.dg == nil {
		t.Fatalf("after Save/Load: ext %#x classes %v", m2.res.ext, m2.res.wcls)
	}
	if b2 := saved(t, m2); !bytes.Equal(b, b2) {
		t.Error("a loaded model saved again differs")
	}
	var docs [][]string
	for _, s := range train {
		docs = append(docs, s.Tokens)
	}
	a, bb := m.TagDoc(docs), m2.TagDoc(docs)
	for i := range a {
		if !reflect.DeepEqual(spanTags(len(docs[i]), a[i]), spanTags(len(docs[i]), bb[i])) {
			t.Errorf("after Save/Load: %q tagged %+v, before %+v", docs[i], bb[i], a[i])
		}
	}
}
