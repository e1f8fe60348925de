package rules

import (
	"context"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// TestVetterSentenceCache checks that the vetter answers the same for
// each mention whether the sentences it reads come from its cache or
// not: mentions of two documents, in both languages, asked in turn.
func TestVetterSentenceCache(t *testing.T) {
	texts := []string{
		"Foreign Minister Talvo Remsik met Oduna Varrell in Korvia. The Korvian delegation left on Monday.",
		"التقى وزير الخارجية تالفو ريمسيك الوفد في العاصمة. وقال أودونا فاريل إن المحادثات مفيدة.",
	}
	spans := [][]string{
		{"Foreign Minister", "Talvo Remsik", "Oduna Varrell", "Korvian delegation", "Monday", "The"},
		{"وزير الخارجية", "تالفو ريمسيك", "أودونا فاريل", "المحادثات"},
	}
	k := kb.Starter()
	var docs []*extract.Document
	var ms [][]graph.Mention
	for i, text := range texts {
		d := extract.NewDocument(extract.Article{ID: "d" + string(rune('0'+i)), Text: text})
		docs = append(docs, d)
		var row []graph.Mention
		for _, s := range spans[i] {
			j := strings.Index(text, s)
			row = append(row, d.Mention(j, j+len(s), graph.Person, "ner", 0.9))
		}
		ms = append(ms, row)
	}
	// each answer from a vetter that has seen nothing
	want := map[[2]int]bool{}
	for i := range docs {
		for j := range ms[i] {
			want[[2]int{i, j}] = NewVetter(k).Accept(docs[i], ms[i][j])
		}
	}
	// one vetter, the documents' mentions asked in turn
	v := NewVetter(k)
	for round := 0; round < 2; round++ {
		for j := 0; j < 6; j++ {
			for i := range docs {
				if j < len(ms[i]) {
					if got := v.Accept(docs[i], ms[i][j]); got != want[[2]int{i, j}] {
						t.Errorf("round %d: Accept(%q) = %v, alone %v", round, ms[i][j].Text, got, want[[2]int{i, j}])
					}
				}
			}
		}
	}
	if !want[[2]int{0, 1}] || want[[2]int{0, 0}] {
		t.Errorf("a name must pass and a title must not: %v", want)
	}
}

// TestNameBookSeesLaterNames checks that a name added to the book after
// a document was read is known in the next one (the book's lookup is
// rebuilt after an Add), and that a surname alone is found from the book.
func TestNameBookSeesLaterNames(t *testing.T) {
	k := kb.Starter()
	book := NewNameBook()
	names := NewNames(k, book)
	surnames := func(text string) []string {
		d := extract.NewDocument(extract.Article{ID: "b.txt", Text: text})
		res, err := names.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range res.Mentions {
			if m.Type == graph.Person {
				out = append(out, m.Text)
			}
		}
		return out
	}
	text := "Vandermolt arrived late and Qorvelline followed him."
	book.Add(graph.Mention{Text: "Tarek Vandermolt", Type: graph.Person})
	got := surnames(text)
	if strings.Join(got, "|") != "Vandermolt" {
		t.Fatalf("with one name in the book: %q", got)
	}
	book.Add(graph.Mention{Text: "Nadia Qorvelline", Type: graph.Person})
	if got := surnames(text); strings.Join(got, "|") != "Vandermolt|Qorvelline" {
		t.Errorf("after adding a second name: %q", got)
	}
	book.Add(graph.Mention{Text: "Alone", Type: graph.Person}) // one word: not a name to look for
	book.Add(graph.Mention{Text: "Dorin Sallavé", Type: graph.Place})
	if got := surnames("Alone, Sallavé waited."); len(got) != 0 {
		t.Errorf("a one-word name or a place in the book found %q", got)
	}
}
