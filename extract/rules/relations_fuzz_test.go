package rules

import (
	"context"
	"testing"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph/kb"
)

// FuzzRelations runs the rule passes (no tagger) over any text, in
// either language or both: no panic, and every fact's evidence lies in
// the document — the sentence's rune offsets inside the text, the
// evidence text the sentence itself, its mentions' offsets inside it.
func FuzzRelations(f *testing.F) {
	for _, s := range []string{
		"Lukas Weber was received by President Joao Mendes in Luanda on Tuesday.",
		"The Qatari-mediated talks between the two sides resumed in Doha.",
		"Russian President Pavel Orlov's spokesman, Dmitry Volkov, said so.",
		"وقالت كارين ليند إن المحادثات ستستمر، حيث سيلتقي الرئيس توم ووكر بقادة الحلف.",
		"وأجرى الرئيس التركي أحمد دمير اتصالا هاتفيا بنظيره الروسي إيفان سوكولوف.",
		"ووقعت اشتباكات في ولاية البحيرات النفطية أمس. وبدأ الرئيس ولاية ثانية.",
		"بقادة ب ب-mediated -brokered the country's",
	} {
		f.Add(s)
	}
	k := kb.Starter()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		rel := NewRelations(k)
		c, err := extract.Driver{Passes: Passes(k, nil, rel)}.Run(context.Background(), []extract.Article{{ID: "f.txt", Text: "Title\n\n" + text}})
		if err != nil || len(c.Docs) == 0 {
			return
		}
		d := c.Docs[0]
		runes := []rune(d.Text)
		for _, r := range d.Relations {
			e := r.Evidence
			if e.Start < 0 || e.End > len(runes) || e.Start > e.End {
				t.Fatalf("evidence %d..%d outside the text (%d runes)", e.Start, e.End, len(runes))
			}
			if got := string(runes[e.Start:e.End]); got != e.Text {
				t.Fatalf("evidence text %q is not the text at %d..%d (%q)", e.Text, e.Start, e.End, got)
			}
			for _, p := range [][2]int{{e.SubjectStart, e.SubjectEnd}, {e.ObjectStart, e.ObjectEnd}} {
				if p[0] < 0 || p[1] > len(runes) || p[0] > p[1] {
					t.Fatalf("%s: a mention at %d..%d outside the text (%d runes)", r.Predicate, p[0], p[1], len(runes))
				}
			}
		}
	})
}
