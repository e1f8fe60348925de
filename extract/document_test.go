package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func sentences(text string) []string {
	d := NewDocument(Article{ID: "t", Text: text})
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSegment(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
		{"titles", "Mr. Smith met Dr. Jones. Then he left.", []string{"Mr. Smith met Dr. Jones.", "Then he left."}},
		{"styles of South Asian and Gulf officials", "President Smt. Asha Verma met Eng. Omar Zaki. Then Engr. Bello left.", []string{"President Smt. Asha Verma met Eng. Omar Zaki.", "Then Engr. Bello left."}},
		// a dotted style of address opens a name, it ends no sentence
		{"styles", "It was attended by H.H. Sheikh Saif Nasser and H.R.H. Prince Ali Hamad. He left.", []string{"It was attended by H.H. Sheikh Saif Nasser and H.R.H. Prince Ali Hamad.", "He left."}},
		{"initials", "President Viktor F. Halden spoke. Oleg S. Marin agreed.", []string{"President Viktor F. Halden spoke.", "Oleg S. Marin agreed."}},
		{"acronym", "The U.S. delegation arrived. It met Russia.", []string{"The U.S. delegation arrived.", "It met Russia."}},
		// dotted initials open a surname; a dotted acronym before a
		// sentence's opener still ends it
		{"dotted initials", "Deputy Minister K.L. Marchenko met the envoy. He left.", []string{"Deputy Minister K.L. Marchenko met the envoy.", "He left."}},
		{"dotted initials, comma", "The talks, chaired by P.R. Devakumar, ended. Both sides agreed.", []string{"The talks, chaired by P.R. Devakumar, ended.", "Both sides agreed."}},
		{"acronym ends", "The envoy flew to Washington, D.C. The talks begin today.", []string{"The envoy flew to Washington, D.C.", "The talks begin today."}},
		{"acronym ends before a name alone", "He stayed in Washington, D.C. Marchenko.", []string{"He stayed in Washington, D.C.", "Marchenko."}},
		{"glued", "He agreed to the truce.Then Moscow objected.", []string{"He agreed to the truce.", "Then Moscow objected."}},
		{"decimal", "Growth was 3.5 percent. Good.", []string{"Growth was 3.5 percent.", "Good."}},
		{"quote", "He said: “We agree.” Then he left.", []string{"He said: “We agree.”", "Then he left."}},
		{"arabic", "التقى الوفدان في الرياض. وقال غروموف إن المحادثات مفيدة؟ نعم.", []string{"التقى الوفدان في الرياض.", "وقال غروموف إن المحادثات مفيدة؟", "نعم."}},
		{"arabic comma stays", "قال غروموف، وزير الخارجية، إن الاجتماع بناء.", []string{"قال غروموف، وزير الخارجية، إن الاجتماع بناء."}},
		{"arabic quotes", "وقال: «لا ننوي الإدلاء بأي تفاصيل». وأضاف أن الوفد وصل.", []string{"وقال: «لا ننوي الإدلاء بأي تفاصيل».", "وأضاف أن الوفد وصل."}},
		{"paragraphs", "Heading\nBody one. Body two.\n\n", []string{"Heading", "Body one.", "Body two."}},
		{"lowercase after period", "See e.g. the report. Next.", []string{"See e.g. the report.", "Next."}},
		// a bidi mark around the period (web text of right-to-left
		// pages: «‏.‏»), and the bullet or middle dot some agencies end
		// sentences with («... أيام • وكان ...», «... المبارك· وتقدم ...»)
		{"bidi marks", "وصل الوفد إلى القاهرة .\u200f وقال المتحدث إن الزيارة مهمة\u200f.\u200f والتقى الوزير نظيره .", []string{"وصل الوفد إلى القاهرة .\u200f", "وقال المتحدث إن الزيارة مهمة\u200f.\u200f", "والتقى الوزير نظيره ."}},
		{"bullet", "وصل الرئيس إلى الرباط في زيارة رسمية • وكان الملك في مقدمة مستقبليه •", []string{"وصل الرئيس إلى الرباط في زيارة رسمية •", "وكان الملك في مقدمة مستقبليه •"}},
		{"middle dot", "استقبل الأمير الوزير في قصره· ورحب به خلال اللقاء·", []string{"استقبل الأمير الوزير في قصره·", "ورحب به خلال اللقاء·"}},
		{"bullet list", "• First item here. Second.\n• Another item", []string{"• First item here.", "Second.", "• Another item"}},
		{"middle dot inside a word", "The col·lecció opened.", []string{"The col·lecció opened."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sentences(c.in)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestLanguagePerParagraph(t *testing.T) {
	d := NewDocument(Article{ID: "m", Text: "هذا نص عربي طويل بما يكفي للاختبار.\nThis is the English translation of it."})
	if len(d.Paragraphs) != 2 || d.Paragraphs[0].Lang != "ar" || d.Paragraphs[1].Lang != "en" {
		t.Fatalf("paragraph languages: %+v", d.Paragraphs)
	}
	if d.Lang != "mixed" {
		t.Errorf("document language %q, want mixed", d.Lang)
	}
	if d.Sentences[1].Lang != "en" {
		t.Errorf("sentence language %q", d.Sentences[1].Lang)
	}
}

func TestRuneOffsetsAndEvidence(t *testing.T) {
	text := "مرحبا Kyiv. Riyadh talks."
	d := NewDocument(Article{ID: "x", Text: text})
	i := strings.Index(text, "Riyadh")
	if got, want := d.RuneOffset(i), utf8.RuneCountInString(text[:i]); got != want {
		t.Errorf("RuneOffset = %d, want %d", got, want)
	}
	a := d.Mention(strings.Index(text, "Kyiv"), strings.Index(text, "Kyiv")+4, "City", "t", 1)
	b := d.Mention(i, i+6, "City", "t", 1)
	r := d.Relation(a, "meetsWith", b, "", "", "t", "r", 1)
	if !strings.Contains(text, r.Evidence.Text) || !strings.Contains(r.Evidence.Text, "Kyiv") || !strings.Contains(r.Evidence.Text, "Riyadh") {
		t.Errorf("evidence across sentences: %q", r.Evidence.Text)
	}
	rs := []rune(text)
	if string(rs[r.Evidence.SubjectStart:r.Evidence.SubjectEnd]) != "Kyiv" || string(rs[r.Evidence.ObjectStart:r.Evidence.ObjectEnd]) != "Riyadh" {
		t.Errorf("mention rune offsets wrong: %+v", r.Evidence)
	}
}

// FuzzSegment checks that sentences are exact, ordered, non-overlapping
// slices of the text, none longer than MaxSentence.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. A. B. said.Then «x». ؟ok", "U.S. e.g. 3.5. “Hi.” – x", "التقى ، الوفد؛ في الرياض. نعم؟ لا!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := NewDocument(Article{ID: "f", Text: s})
		prev := 0
		for _, st := range d.Sentences {
			if st.Start < prev || st.End <= st.Start || st.End > len(s) {
				t.Fatalf("bad span %d-%d after %d in %q", st.Start, st.End, prev, s)
			}
			if st.End-st.Start > MaxSentence {
				t.Fatalf("sentence of %d bytes, over MaxSentence", st.End-st.Start)
			}
			if s[st.Start:st.End] != st.Text || strings.TrimSpace(st.Text) != st.Text {
				t.Fatalf("sentence %q is not the trimmed text at its offsets", st.Text)
			}
			prev = st.End
		}
	})
}
