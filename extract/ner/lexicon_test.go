package ner

import (
	"math/bits"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// docSent builds a labelled sentence of document doc from "word/TAG" pairs
// ("word" alone: O).
func docSent(doc int, s string) Sentence {
	var out Sentence
	out.Doc = doc
	for _, f := range strings.Fields(s) {
		w, tag, ok := strings.Cut(f, "/")
		if !ok {
			tag = "O"
		}
		out.Tokens = append(out.Tokens, w)
		out.Tags = append(out.Tags, tag)
	}
	return out
}

// lexiconHits returns, per token of text, the sorted names (gzNames) of the
// name-list bits that fire on it: source a external, b harvested phrase,
// c extra, d harvested single word; then the type and B (starts a listed
// name) or I (continues one).
func lexiconHits(gz *gazTable, text string) [][]string {
	res := &resources{}
	infos := res.infos(strings.Fields(text), gz, nil, nil)
	out := make([][]string, len(infos))
	for i, t := range infos {
		for mm := t.gz; mm != 0; mm &= mm - 1 {
			out[i] = append(out[i], gzNames[bits.TrailingZeros32(mm)])
		}
		sort.Strings(out[i])
	}
	return out
}

func TestLexiconFeatures(t *testing.T) {
	gz := newGaz()
	for _, s := range []Sentence{
		docSent(0, "قال سامر/B-PER الحلبي/I-PER إن"),
		docSent(0, "فاز نادي/B-ORG الأفق/I-ORG الرياضي/I-ORG"),
		docSent(1, "Dorian/B-PER Vale/I-PER spoke"),
		// a span in lower case is no name to list
		docSent(1, "the/B-ORG committee/I-ORG met"),
	} {
		addNames(gz, s, srcHarvested)
	}
	gz.add([]string{normalize("Brelmark")}, srcExternal, typeIndex("LOC"))
	for _, c := range []struct {
		name, text string
		want       [][]string
	}{
		{"whole Arabic name", "التقى سامر الحلبي أمس",
			[][]string{nil, {"bPB", "dPB"}, {"bPI", "dPB"}, nil}},
		{"name behind a proclitic", "وسامر الحلبي",
			[][]string{{"bPB", "dPB"}, {"bPI", "dPB"}}},
		{"three-word organisation", "نادي الأفق الرياضي",
			[][]string{{"bOB", "dOB"}, {"bOI", "dOB"}, {"bOI", "dOB"}}},
		// a word of a longer name is listed as a word of that type, never
		// as the whole name
		{"word inside another name", "الأفق واسع",
			[][]string{{"dOB"}, nil}},
		{"first two words of a three-word name", "نادي الأفق",
			[][]string{{"dOB"}, {"dOB"}}},
		{"lone common word", "كتاب جديد", [][]string{nil, nil}},
		{"whole English name", "Then Dorian Vale left",
			[][]string{nil, {"bPB", "dPB"}, {"bPI", "dPB"}, nil}},
		{"lower-case span not listed", "the committee", [][]string{nil, nil}},
		{"external list", "in Brelmark", [][]string{nil, {"aLB"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := lexiconHits(gz, c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q: got %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestJackknifeFolds(t *testing.T) {
	for _, c := range []struct {
		name  string
		block bool
		want  []int
	}{
		{"interleaved", false, []int{0, 1, 2, 0, 1, 2}},
		{"blocks", true, []int{0, 0, 1, 1, 2, 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := jackknifeFold(6, 3, c.block)
			var got []int
			for si := range 6 {
				got = append(got, f(si))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}

	// two articles of two sentences; the first names سامر الحلبي twice
	train := []Sentence{
		docSent(0, "قال سامر/B-PER الحلبي/I-PER إن"),
		docSent(0, "وأضاف سامر/B-PER الحلبي/I-PER أمس"),
		docSent(1, "فاز نادي/B-ORG الأفق/I-ORG الرياضي/I-ORG"),
		docSent(1, "لعب الفريق"),
	}
	for _, c := range []struct {
		name  string
		block bool
		// whether each sentence's own name list holds the person
		sees []bool
	}{
		// every other sentence: the article's other sentence lists the name
		// for each of its own
		{"interleaved", false, []bool{true, true, true, true}},
		// whole articles: a sentence never sees its own article's names
		{"blocks", true, []bool{false, false, true, true}},
	} {
		t.Run("harvest "+c.name, func(t *testing.T) {
			foldOf := jackknifeFold(len(train), 2, c.block)
			full, foldGaz := harvestNames(newGaz(), train, len(train), 2, true, false, foldOf)
			if h := lexiconHits(full, "سامر الحلبي"); !reflect.DeepEqual(h[0], []string{"bPB", "dPB"}) {
				t.Errorf("full lists: %v", h)
			}
			for si := range train {
				h := lexiconHits(foldGaz[foldOf(si)], "سامر الحلبي")
				if got := len(h[0]) > 0; got != c.sees[si] {
					t.Errorf("sentence %d (fold %d) sees the person: %v, want %v", si, foldOf(si), got, c.sees[si])
				}
			}
		})
	}
	t.Run("no harvest", func(t *testing.T) {
		full, foldGaz := harvestNames(newGaz(), train, len(train), 1, false, false, jackknifeFold(len(train), 1, false))
		if len(full.m) != 0 || foldGaz[0] != full {
			t.Errorf("without harvest the lists must be the base alone: %d phrases", len(full.m))
		}
	})
}
