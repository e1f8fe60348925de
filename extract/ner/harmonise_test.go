package ner

import (
	"reflect"
	"strings"
	"testing"
)

func sent(s string) Sentence {
	var out Sentence
	for _, f := range strings.Fields(s) {
		w, tag, _ := strings.Cut(f, "/")
		out.Tokens = append(out.Tokens, w)
		out.Tags = append(out.Tags, tag)
	}
	return out
}

func TestHarmonise(t *testing.T) {
	// the reference convention: «فريق» stays outside the team's country
	// name, «جامعة» starts organisations, «الحكومة» is never a name, and
	// «الوسطى» is left outside the place it follows
	ref := []Sentence{
		sent("فاز/O فريق/O كنارا/B-LOC امس/O"),
		sent("خسر/O فريق/O لوريا/B-LOC اليوم/O"),
		sent("درس/O في/O جامعة/B-ORG سمارا/I-ORG"),
		sent("زار/O جامعة/B-ORG تيلدا/I-ORG"),
		sent("قالت/O الحكومة/O ان/O الحكومة/O تدرس/O"),
		sent("في/O كنارا/B-LOC الوسطى/O"),
		sent("في/O لوريا/B-LOC الوسطى/O"),
	}
	extra := []Sentence{
		sent("لعب/O فريق/B-ORG كنارا/I-ORG"),     // leading word out, the country keeps ref's type
		sent("في/O جامعة/B-LOC فاروسا/I-LOC"),    // retyped by its head
		sent("كانت/O الحكومة/B-LOC قوية/O"),      // dropped
		sent("في/O الحكومة/B-ORG المؤقتة/I-ORG"), // dropped: its first word is never a name
		sent("عبر/O أوستريا/B-LOC الوسطى/I-LOC"), // trailing word out
		sent("قال/O نادر/B-PER فلوري/I-PER"),     // untouched
		sent("لعب/O فريق/B-MISC"),                // a lone word ref leaves outside names: dropped
	}
	got, st := Harmonise(extra, ref, 2, 0.9)
	want := [][]string{
		{"O", "O", "B-LOC"},
		{"O", "B-ORG", "I-ORG"},
		{"O", "O", "O"},
		{"O", "O", "O"},
		{"O", "B-LOC", "O"},
		{"O", "B-PER", "I-PER"},
		{"O", "O"},
	}
	for i := range want {
		if !reflect.DeepEqual(got[i].Tags, want[i]) {
			t.Errorf("%q: tags %q, want %q", extra[i].Tokens, got[i].Tags, want[i])
		}
		if !reflect.DeepEqual(got[i].Tokens, extra[i].Tokens) {
			t.Errorf("tokens changed: %q", got[i].Tokens)
		}
	}
	if st.Trimmed != 2 || st.Dropped != 3 || st.Retyped != 2 {
		t.Errorf("stats %+v, want 2 trimmed, 3 dropped, 2 retyped", st)
	}
	if extra[0].Tags[1] != "B-ORG" {
		t.Error("Harmonise changed its input")
	}
	// a word seen fewer than minCount times decides nothing
	if got, _ := Harmonise(extra[:1], ref[:1], 2, 0.9); !reflect.DeepEqual(got[0].Tags, extra[0].Tags) {
		t.Errorf("with one reference sentence: %q", got[0].Tags)
	}
}

func TestHarmonisePlurals(t *testing.T) {
	// the dictionary knows the relative adjectives «تدمري», «قرطاجي»,
	// «جبلي» and the words «كاسي», «سفي»
	words := []string{"تدمري", "قرطاجي", "جبلي", "كاسي", "سفي"}
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"a plural adjective as a person", "هزم/O التدمريون/B-PER الجيش/O", []string{"O", "O", "O"}},
		{"with a conjunction and a preposition", "قاتل/O وللقرطاجيين/B-PER", []string{"O", "O"}},
		{"a dual, two words", "وصل/O جبليان/B-PER قرطاجيان/I-PER", []string{"O", "O", "O"}},
		{"as an organisation", "قال/O التدمريين/B-ORG", []string{"O", "O"}},
		// kept: a name of other words too, a word the dictionary lacks,
		// a base too short, a base not ending in «ي», a MISC
		{"a plural with another word", "قاد/O ملك/B-PER التدمريين/I-PER", []string{"O", "B-PER", "I-PER"}},
		{"not in the dictionary", "قال/O الرومانيون/B-PER", []string{"O", "B-PER"}},
		{"a short base", "قال/O سفيان/B-PER", []string{"O", "B-PER"}},
		{"no «ي» before the ending", "قال/O جبلان/B-PER", []string{"O", "B-PER"}},
		{"a miscellaneous name", "عصر/O التدمريين/B-MISC", []string{"O", "B-MISC"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := []Sentence{sent(c.in)}
			orig := append([]string(nil), in[0].Tags...)
			got, n := HarmonisePlurals(in, words)
			if !reflect.DeepEqual(got[0].Tags, c.want) {
				t.Errorf("tags %q, want %q", got[0].Tags, c.want)
			}
			if d := !reflect.DeepEqual(c.want, orig); (n == 1) != d {
				t.Errorf("%d dropped", n)
			}
			if !reflect.DeepEqual(in[0].Tags, orig) {
				t.Error("HarmonisePlurals changed its input")
			}
		})
	}
}

func TestDropPlurals(t *testing.T) {
	var res resources
	res.lex = map[string]string{}
	for _, w := range []string{"تدمري", "جبلي"} {
		res.lex[normalize(w)] = "D"
	}
	res.hasDict = true
	toks := []string{"قال", "التدمريون", "إن", "سفيان", "الجبلي", "وجبليان", "تدمريين"}
	in := res.infos(toks, nil, nil, nil)
	spans := []Span{
		{Start: 1, End: 2, Type: "PER"}, // dropped
		{Start: 3, End: 5, Type: "PER"}, // kept: a name and an adjective
		{Start: 5, End: 7, Type: "LOC"}, // dropped: both words
	}
	got := res.dropPlurals(in, append([]Span(nil), spans...))
	if want := spans[1:2]; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// MISC stays; and without a dictionary nothing is dropped
	misc := []Span{{Start: 1, End: 2, Type: "MISC"}}
	if got := res.dropPlurals(in, misc); len(got) != 1 {
		t.Errorf("a MISC dropped: %v", got)
	}
	res.hasDict = false
	if got := res.dropPlurals(in, append([]Span(nil), spans...)); len(got) != 3 {
		t.Errorf("without a dictionary: %v", got)
	}
}

func TestModelDropsPlurals(t *testing.T) {
	// a model taught that «التدمريون» is a person tags it as one, unless
	// it drops plurals of relative adjectives
	train := []Sentence{
		sent("قال/O التدمريون/B-PER امس/O"),
		sent("وصل/O التدمريون/B-PER الى/O المدينة/O"),
		sent("قال/O كريم/B-PER امس/O"),
	}
	doc := [][]string{{"قال", "التدمريون", "امس"}, {"قال", "كريم", "امس"}}
	for _, plurals := range []bool{false, true} {
		m, err := Train(TrainConfig{Lang: "ar", Epochs: 5, Seed: 1, Folds: 1, DocContext: true, Words: []string{"تدمري", "قال"}, Plurals: plurals}, train, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := m.TagDoc(doc)
		if n := len(got[0]); (n == 0) != plurals {
			t.Errorf("plurals %v: %v in %q", plurals, got[0], doc[0])
		}
		if len(got[1]) != 1 || got[1][0].Type != "PER" {
			t.Errorf("plurals %v: the person lost: %v", plurals, got[1])
		}
	}
}
