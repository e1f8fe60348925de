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
