package rules

import (
	"context"
	"testing"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// TestWeakEntriesFindNothing: the lexicon finds the names of the
// knowledge base's entries but not those of weak ones (the GeoNames
// cities), which only type and link what other extractors find.
func TestWeakEntriesFindNothing(t *testing.T) {
	for _, c := range []struct{ text, known, weak string }{
		{"Amman and Irbid residents protested on Monday.", "Amman", "Irbid"},
		{"وقال سكان عمان وسكان إربد إن الطريق مفتوح.", "عمان", "إربد"},
	} {
		if es := kb.Starter().Lookup(c.weak); len(es) != 1 || !es[0].Weak {
			t.Fatalf("%q is no weak entry of the base: %v", c.weak, es)
		}
		d := extract.NewDocument(extract.Article{ID: "t.txt", Text: c.text})
		res, err := NewLexicon(kb.Starter()).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, m := range res.Mentions {
			found[m.Text] = true
		}
		if !found[c.known] || found[c.weak] {
			t.Errorf("%s: found %v, want %q and not %q", c.text, found, c.known, c.weak)
		}
	}
}

// TestWeakPlaceCued checks that a weak town is typed where the text says a
// place stands: after "in", "to", "at" that a verb or noun of meeting or
// travel opens, or in a wire's dateline; and nowhere else.
func TestWeakPlaceCued(t *testing.T) {
	for _, c := range []struct {
		text, weak string
		want       bool
	}{
		{"The ministers flew from Amman to Irbid on Monday.", "Irbid", true},
		{"The two leaders met in Irbid on Monday.", "Irbid", true},
		{"IRBID, Jordan, May 3 (Reuters) - The governor said the road was open.", "IRBID", true},
		{"Irbid residents protested on Monday.", "Irbid", false},
		{"He thanked Irbid for the gift.", "Irbid", false},
		{"وعقد الاجتماع في إربد يوم الاثنين.", "إربد", true},
		{"وتوجه الوزيران من عمان إلى إربد يوم الاثنين.", "إربد", true},
		{"وقال سكان إربد إن الطريق مفتوح.", "إربد", false},
	} {
		d := extract.NewDocument(extract.Article{ID: "t.txt", Text: c.text})
		res, err := NewLexicon(kb.Starter()).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range res.Mentions {
			if m.Text == c.weak && m.Type == graph.City {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: found %s as a city %v, want %v", c.text, c.weak, found, c.want)
		}
	}
}
