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

// TestAdjectiveBeforeKnownPlace: adjectives of nationality before a known
// place whose own last word is its head ("the Turkish Black Sea coast")
// name no place of their own; a lower-case place noun before a noun of a
// kind of town ("the Greek Ionian island town") heads no name.
func TestAdjectiveBeforeKnownPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // mentions that must come out (text)
		not  []string // mentions that must not
	}{
		{"Fishing boats crossed the Turkish Black Sea coast on Monday.", nil, []string{"Turkish Black Sea", "Turkish Black Sea coast"}},
		{"The ferry left the Greek Ionian island town at noon.", nil, []string{"Ionian island"}},
		{"The delegates arrived in Samsun, the Turkish Black Sea port city, on Monday.", []string{"Samsun"}, []string{"Turkish Black Sea", "Black Sea port"}},
		{"Warships sailed into the Black Sea on Monday.", []string{"Black Sea"}, nil},
	} {
		d := extract.NewDocument(extract.Article{ID: "t.txt", Text: c.text})
		res, err := NewLexicon(kb.Starter()).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		names, err := NewNames(kb.Starter(), nil).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, m := range append(res.Mentions, names.Mentions...) {
			found[m.Text] = true
		}
		for _, w := range c.want {
			if !found[w] {
				t.Errorf("%s: %q not found (found %v)", c.text, w, found)
			}
		}
		for _, w := range c.not {
			if found[w] {
				t.Errorf("%s: %q found, want none", c.text, w)
			}
		}
	}
}

// TestCityWordBeforeCountryName: the word for a city before (Arabic) or
// "City" after (English) a country's name that its capital bears too
// names the capital; the bare name stays the country.
func TestCityWordBeforeCountryName(t *testing.T) {
	for _, c := range []struct{ text, form, id string }{
		{"Talks opened on Monday in Djibouti City between the two sides.", "Djibouti City", "city-djibouti"},
		{"Talks opened on Monday in Djibouti between the two sides.", "Djibouti", "country-dj"},
		{"انطلقت يوم الاثنين في مدينة جيبوتي محادثات مباشرة بين الجانبين.", "جيبوتي", "city-djibouti"},
		{"انطلقت يوم الاثنين في جيبوتي محادثات مباشرة بين الجانبين.", "جيبوتي", "country-dj"},
	} {
		d := extract.NewDocument(extract.Article{ID: "t.txt", Text: c.text})
		res, err := NewLexicon(kb.Starter()).Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range res.Mentions {
			if m.Text == c.form {
				got = m.KBID
			}
		}
		if got != c.id {
			t.Errorf("%s: %q is %q, want %q", c.text, c.form, got, c.id)
		}
	}
}
