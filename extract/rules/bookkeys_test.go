package rules

import (
	"strings"
	"testing"

	"newskg/graph"
)

// TestNamesFoundIn: a new book name matters to a document only where
// it matches as the book-names pass matches it; a document that merely
// shares its first word (a given name of someone else) does not need
// extracting again.
func TestNamesFoundIn(t *testing.T) {
	book := func(texts ...string) []string {
		b := NewNameBook()
		for _, s := range texts {
			b.Add(graph.Mention{Type: graph.Person, Text: s})
		}
		return b.Names()
	}
	cases := []struct {
		name  string
		text  string
		names []string
		want  bool
	}{
		{"full name", "Yesterday Tovan Reske arrived in Orlin.", book("Tovan Reske"), true},
		{"surname alone", "Reske said the talks went well.", book("Tovan Reske"), true},
		{"another Tovan", "Tovan Barlo met the delegation.", book("Tovan Reske"), false},
		{"lower case", "the word reske is not a name here.", book("Tovan Reske"), false},
		{"other sentence", "Tovan arrived. Reske left.", book("Tovan Reske"), true},
		{"arabic full name", "وصل توفان ريسكه إلى المدينة.", book("توفان ريسكه"), true},
		{"arabic other person", "وصل توفان بارلو إلى المدينة.", book("توفان ريسكه"), false},
		{"nothing new", "Tovan Reske arrived.", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := NamesFoundIn(c.text, [][2]int{{0, len(c.text)}}, c.names)
			if got != c.want {
				t.Errorf("NamesFoundIn(%q, %q) = %v, want %v", c.text, c.names, got, c.want)
			}
		})
	}
}

// TestNameBookSurnames: the book keeps a person's full name and, for
// another article, the surname alone, save an Arab family name with the
// article: alone it is as often an adjective («الصالح», the good), and
// so is a given name in the shape of an adjective («سعيد», happy).
func TestNameBookSurnames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // token keys, sorted
	}{
		{"latin", "Tovan Reske", []string{"reske", "tovan reske"}},
		{"arabic without the article", "توفان ريسكه", []string{"توفان ريسكه", "ريسكه"}},
		{"arabic with the article", "سامي الحسني", []string{"سامي الحسني"}},
		{"arabic surname more often a word", "عادل امام", []string{"عادل امام"}},
		// a given name shaped as an adjective (فاعل, فعيل) is the word
		// as often: alone in another article it names no one
		{"arabic given name shaped faail", "نادر حافظ", []string{"نادر حافظ"}},
		{"arabic given name shaped faiil", "كريم سعيد", []string{"كريم سعيد"}},
		{"arabic given name of another shape", "نادر مبارك", []string{"مبارك", "نادر مبارك"}},
		// the word after «بن», «أبي» or «آل» names the father, the kunya
		// or the house, never this person alone
		{"arabic name after bin", "حمد بن راشد", []string{"حمد بن راشد"}},
		{"arabic kunya", "علي بن أبي ناصف", []string{"علي بن ابي ناصف"}},
		{"arabic house", "سالم بن حمد آل زامل", []string{"سالم بن حمد ال زامل"}},
		{"short surname", "Tovan Li", []string{"tovan li"}},
		{"one word", "Reske", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewNameBook()
			b.Add(graph.Mention{Type: graph.Person, Text: c.text})
			got := b.Names()
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("book of %q = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
