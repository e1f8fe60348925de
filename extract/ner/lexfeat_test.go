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
	m, _ := trainSecond(t, cfg, first, train)
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
	sameTags(t, "after Save/Load", m, m2, train)
}

// trainSecond trains a second stage over first with cfg, on the tags of
// two jackknifed first stages; it returns the model and its configuration.
func trainSecond(t *testing.T, cfg TrainConfig, first *Model, train []Sentence) (*Model, TrainConfig) {
	t.Helper()
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
	return m, c2
}

// sameTags checks that models a and b tag the documents of ss alike.
func sameTags(t *testing.T, what string, a, b *Model, ss []Sentence) {
	t.Helper()
	var docs [][]string
	for _, s := range ss {
		docs = append(docs, s.Tokens)
	}
	ta, tb := a.TagDoc(docs), b.TagDoc(docs)
	for i := range ta {
		if !reflect.DeepEqual(spanTags(len(docs[i]), ta[i]), spanTags(len(docs[i]), tb[i])) {
			t.Errorf("%s: %q tagged %+v, before %+v", what, docs[i], tb[i], ta[i])
		}
	}
}

// lexToy is made-up Arabic news: bodies after the head noun «حزب», places
// after «مدينة», persons after the title «الوزير» (all in the lexicon).
func lexToy() []Sentence {
	raw := []string{
		"قال/O حزب/B-ORG السنديان/I-ORG إن/O الوزير/O كمال/B-PER نوري/I-PER زار/O مدينة/O الرمال/B-LOC ./O",
		"وصل/O الوزير/O سامر/B-PER عواد/I-PER إلى/O مدينة/O الغدير/B-LOC ./O",
		"أعلن/O حزب/B-ORG الزيتون/I-ORG مرشحه/O في/O مدينة/O الصفصاف/B-LOC ./O",
		"التقى/O الوزير/O نادر/B-PER حلمي/I-PER وفد/O حزب/B-ORG الأرز/I-ORG ./O",
	}
	out := slashSentences(raw)
	for i := range out {
		out[i].Doc = i / 2
	}
	return out
}

// lexRows counts the rows of m whose key is an extLex feature of a token
// of ss, computed with the dictionary words and the lexicon (whatever m's
// own resources): class rows (of the words' lexicon classes) and shape
// rows (of their letter shape).
func lexRows(m *Model, ss []Sentence, words []string, lexicon map[string]string) (class, shape int) {
	res := resources{lex: map[string]string{}, hasDict: true}
	for _, w := range words {
		res.lex[normalize(w)] = "D"
	}
	res.setLex(lexicon)
	rows := m.rows()
	seen := map[uint64]bool{}
	count := func(in []tokInfo, i int, n *int) {
		for _, k := range lexFeatures(in, i, nil) {
			if !seen[k] && rows.find(k) >= 0 {
				*n++
			}
			seen[k] = true
		}
	}
	for _, s := range ss {
		in := res.infos(s.Tokens, nil, nil, nil)
		noShape, noClass := make([]tokInfo, len(in)), make([]tokInfo, len(in))
		for i := range in {
			noShape[i], noClass[i] = in[i], in[i]
			noShape[i].cv, noClass[i].wc = "", ""
		}
		for i := range in {
			count(noShape, i, &class)
			count(noClass, i, &shape)
		}
	}
	return class, shape
}

// TestLexFirst checks LexFirst: a first stage (and a jackknifed fold
// model) learns weights for the lexicon classes and letter shape (LexAll)
// or for the letter shape only (LexShape); a second stage over it saves
// and loads with both stages tagging as before. Without LexFirst a first
// stage has none of them, with LexShape no class, and a second stage
// without Lex over a first stage with them is refused.
func TestLexFirst(t *testing.T) {
	train := lexToy()
	lexicon := map[string]string{"حزب": "o", "مدينة": "l", "الوزير": "t"}
	words := []string{"قال", "إن", "زار", "وصل", "إلى", "أعلن", "في", "التقى", "وفد", "حزب", "مدينة", "الوزير"}
	base := TrainConfig{Lang: "ar", Epochs: 4, Seed: 1, Folds: 1, DocContext: true, Lex: true, Lexicon: lexicon, Words: words}
	for _, c := range []struct {
		mode         string
		class, shape bool // rows of the classes, of the letter shape
		wantFlag     bool
	}{
		{"", false, false, false},
		{LexShape, false, true, true},
		{LexAll, true, true, true},
	} {
		t.Run("mode "+c.mode, func(t *testing.T) {
			cfg := base
			cfg.LexFirst = c.mode
			first, err := Train(cfg, train, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			nc, ns := lexRows(first, train, words, lexicon)
			if first.flags()&flagLex != 0 != c.wantFlag || nc > 0 != c.class || ns > 0 != c.shape {
				t.Fatalf("first stage: flags %#x, %d class rows, %d shape rows; want lex flag %v, class rows %v, shape rows %v", first.flags(), nc, ns, c.wantFlag, c.class, c.shape)
			}
			if c.mode == "" {
				return
			}
			one := saveLoad(t, first)
			if one.res.ext&extLex == 0 || !reflect.DeepEqual(one.res.wcls, first.res.wcls) {
				t.Errorf("one stage after Save/Load: ext %#x classes %v", one.res.ext, one.res.wcls)
			}
			m, c2 := trainSecond(t, cfg, first, train)
			if m.res.wcls["حزب"] != "o" {
				t.Errorf("second stage: classes %v", m.res.wcls)
			}
			m2 := saveLoad(t, m)
			if m2.first.res.ext&extLex == 0 {
				t.Error("the loaded first stage lost its lexicon features")
			}
			sameTags(t, "first stage after Save/Load", first, m2.first, train)
			sameTags(t, "two stages after Save/Load", m, m2, train)
			c3 := c2
			c3.Lex = false
			if _, err := Train(c3, train, nil, nil); err == nil || !strings.Contains(err.Error(), "lexicon features") {
				t.Errorf("a second stage without Lex over a first stage with it: error %v", err)
			}
		})
	}
}
