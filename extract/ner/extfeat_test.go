package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestMarkQuotes(t *testing.T) {
	for _, c := range []struct {
		name, text, want string // want: each word's quote place, "." none
	}{
		{"one word", `قالت « الوطن » امس`, "..s.."},
		{"three words", `نشرت " شركة النور للطباعة " كتابا`, "..bie.."},
		{"two words", `in « Blue Harbour » today`, "..be.."},
		{"too long", `« a b c d e f g » x`, ".........."},
		{"unclosed", `« a b`, "..."},
		{"two quotations", `" a " and " b c "`, ".s...be."},
		{"empty", `" " a`, "..."},
	} {
		t.Run(c.name, func(t *testing.T) {
			var res resources
			res.ext = extQuote
			in := res.infos(strings.Fields(c.text), nil, nil, nil)
			var b strings.Builder
			for _, ti := range in {
				if ti.quote == 0 {
					b.WriteByte('.')
				} else {
					b.WriteByte(ti.quote)
				}
			}
			if b.String() != c.want {
				t.Errorf("quote places of %q = %q, want %q", c.text, b.String(), c.want)
			}
			// without the feature set, no word is marked
			var plain resources
			for _, ti := range plain.infos(strings.Fields(c.text), nil, nil, nil) {
				if ti.quote != 0 {
					t.Errorf("quote place %q without extQuote", ti.quote)
				}
			}
		})
	}
}

func TestNisbaEnding(t *testing.T) {
	for _, c := range []struct{ stem, want string }{
		{normalize("لبنانية"), "يه"},
		{normalize("لبناني"), "ي"},
		{normalize("لبنانيون"), "يون"},
		{normalize("لبنانيين"), "يين"},
		{normalize("دولية"), "يه"},
		{normalize("مطار"), ""},
		{normalize("علي"), ""}, // too short
		{"Paris", ""},
	} {
		t.Run(c.stem, func(t *testing.T) {
			if got := nisbaEnding(c.stem); got != c.want {
				t.Errorf("nisbaEnding(%q) = %q, want %q", c.stem, got, c.want)
			}
		})
	}
}

func TestCliticClass(t *testing.T) {
	for _, c := range []struct{ clitic, want string }{
		{"", "-"}, {"و", "c"}, {"ال", "a"}, {"وال", "ca"}, {"لل", "a"}, {"ب", "p"}, {"وب", "cp"}, {"فبال", "ca"},
	} {
		if got := cliticClass(c.clitic); got != c.want {
			t.Errorf("cliticClass(%q) = %q, want %q", c.clitic, got, c.want)
		}
	}
}

// TestConjFeatures checks the Arabic conjunctions of extConj: a word after
// a person title has its trigger x dictionary-code and trigger x clitic
// features, a nisba adjective its article x ending one, and none of them
// without the feature set.
func TestConjFeatures(t *testing.T) {
	toks := strings.Fields("قال الرئيس سامر والمصرية")
	for _, ext := range []uint8{0, extConj} {
		res := resources{ext: ext}
		in := res.infos(toks, nil, nil, nil)
		f2 := features(in, 2, nil)
		f3 := features(in, 3, nil)
		wants := []struct {
			name string
			fs   []uint64
			f    uint64
		}{
			{"trigger x dictionary code", f2, fh2(tTrigLC, "P", in[2].lc)},
			{"trigger x clitics", f2, fh2(tTrigCl, "P", "-")},
			{"article x nisba", f3, fh2(tNisba, "a", "يه")},
		}
		for _, w := range wants {
			if has := slices.Contains(w.fs, w.f); has != (ext != 0) {
				t.Errorf("ext %d: %s feature present %v", ext, w.name, has)
			}
		}
	}
}

// TestExtFeatureFlags: a model trained with the extra feature sets keeps
// them through Save and Load.
func TestExtFeatureFlags(t *testing.T) {
	ar := []Sentence{
		{Tokens: []string{"قالت", "صحيفة", "«", "الفجر", "»", "امس"}, Tags: []string{"O", "O", "O", "B-ORG", "O", "O"}},
		{Tokens: []string{"قال", "الرئيس", "كريم", "امس"}, Tags: []string{"O", "O", "B-PER", "O"}},
	}
	for _, c := range []struct {
		quotes, conj bool
		want         uint8
	}{{false, false, 0}, {true, false, extQuote}, {false, true, extConj}, {true, true, extQuote | extConj}} {
		m, err := Train(TrainConfig{Lang: "ar", Epochs: 2, Seed: 1, Folds: 1, Quotes: c.quotes, Conj: c.conj}, ar, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		m2 := saveLoad(t, m)
		if m.res.ext != c.want || m2.res.ext != c.want {
			t.Errorf("quotes %v conj %v: ext %d, after Save/Load %d, want %d", c.quotes, c.conj, m.res.ext, m2.res.ext, c.want)
		}
	}
}
