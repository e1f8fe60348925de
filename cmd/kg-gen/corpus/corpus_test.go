package corpus

import (
	"math"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func generate(t *testing.T, opts Options) []Article {
	t.Helper()
	var out []Article
	if err := Generate(opts, func(a Article) error { out = append(out, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDeterministicAndPrefix checks that a seed gives the same corpus,
// that a smaller corpus is the prefix of a larger one, and that another
// seed gives another corpus.
func TestDeterministicAndPrefix(t *testing.T) {
	a := generate(t, Options{N: 60, Seed: 5})
	b := generate(t, Options{N: 200, Seed: 5})
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between a corpus of 60 and one of 200", i)
		}
	}
	c := generate(t, Options{N: 60, Seed: 6})
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 60 articles are the same under another seed", same)
	}
}

// TestArticles checks the shape of the articles: ids, languages in
// proportion (mixed ones hold both scripts), a title line, UTF-8, size.
func TestArticles(t *testing.T) {
	arts := generate(t, Options{N: 400, Seed: 1})
	langs := map[string]int{}
	ids := map[string]bool{}
	arabic := regexp.MustCompile(`[\x{0600}-\x{06FF}]`)
	latin := regexp.MustCompile(`[A-Za-z]{3}`)
	size := 0
	for _, a := range arts {
		langs[a.Lang]++
		if ids[a.ID] || !strings.HasSuffix(a.ID, "_"+a.Lang) {
			t.Fatalf("id %q (lang %s) repeated or misnamed", a.ID, a.Lang)
		}
		ids[a.ID] = true
		if !utf8.ValidString(a.Text) || !strings.HasPrefix(a.Text, a.Title+"\n") || strings.Count(a.Text, "\n") < 5 {
			t.Fatalf("%s: not a title and paragraphs: %q", a.ID, a.Text)
		}
		hasAr, hasEn := arabic.MatchString(a.Text), latin.MatchString(a.Text)
		switch a.Lang {
		case "mixed":
			if !hasAr || !hasEn {
				t.Errorf("%s: mixed without both scripts", a.ID)
			}
		case "ar":
			if !hasAr || hasEn {
				t.Errorf("%s: Arabic article with Latin words", a.ID)
			}
		case "en":
			if hasAr {
				t.Errorf("%s: English article with Arabic", a.ID)
			}
		}
		if strings.Contains(a.Text, "%!") {
			t.Fatalf("%s: a template went wrong: %q", a.ID, a.Text)
		}
		size += len(a.Text)
	}
	if langs["en"] < 150 || langs["ar"] < 100 || langs["mixed"] < 20 {
		t.Errorf("languages %v", langs)
	}
	if avg := size / len(arts); avg < 1500 || avg > 3000 {
		t.Errorf("average article %d bytes, want about 2,000", avg)
	}
}

// TestPeopleGrowth checks that the number of distinct people named grows
// as People says (about N^0.6), each with one spelling per script.
func TestPeopleGrowth(t *testing.T) {
	g := newGenerator(Options{N: 3000, Seed: 2})
	count := func(n int) int {
		seen := map[string]bool{}
		pairs := map[string]bool{} // every two words that follow each other
		for _, a := range generate(t, Options{N: n, Seed: 2}) {
			words := strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsLetter(r) })
			for i := 1; i < len(words); i++ {
				pairs[words[i-1]+" "+words[i]] = true
			}
		}
		for _, p := range g.people {
			if pairs[p.fullEN()] || pairs[p.fullAR()] {
				seen[p.fullEN()] = true
			}
		}
		return len(seen)
	}
	small, large := count(300), count(3000)
	if small < People(300, 0)*9/10 || small > People(300, 0) || large < People(3000, 0)*9/10 || large > People(3000, 0) {
		t.Errorf("distinct people: %d in 300 articles (People %d), %d in 3000 (People %d)", small, People(300, 0), large, People(3000, 0))
	}
	if e := math.Log(float64(large)/float64(small)) / math.Log(10); e < 0.5 || e > 0.7 {
		t.Errorf("growth exponent %.2f, want about 0.6", e)
	}
	names := map[string]bool{}
	for _, p := range g.people {
		if names[p.fullEN()] || names[p.fullAR()] {
			t.Fatalf("two people named %s / %s", p.fullEN(), p.fullAR())
		}
		names[p.fullEN()], names[p.fullAR()] = true, true
	}
}
