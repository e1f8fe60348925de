package rules

import (
	"reflect"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// TestGateSentenceCache checks that the gate answers the same for each
// candidate whether the sentence's tokens come from its cache or not:
// candidates of two documents, in both languages, asked in turn.
func TestGateSentenceCache(t *testing.T) {
	texts := []string{
		"Foreign Minister Talvo Remsik met Oduna Varrell in Korvia. The Korvian delegation left on Monday with Ilse Varno.",
		"التقى وزير الخارجية تالفو ريمسيك الوفد في العاصمة. وقال أودونا فاريل إن المحادثات مفيدة.",
	}
	spans := [][]string{
		{"Foreign Minister", "Talvo Remsik", "Oduna Varrell", "Korvian delegation", "Monday", "The", "Ilse Varno"},
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
	want := map[[2]int][]graph.Mention{}
	passed := 0
	for i := range docs {
		for j := range ms[i] {
			want[[2]int{i, j}] = NewGate(k).Vet(docs[i], ms[i][j]) // a gate that has seen nothing
			passed += len(want[[2]int{i, j}])
		}
	}
	g := NewGate(k)
	for round := 0; round < 2; round++ {
		for j := 0; j < 7; j++ {
			for i := range docs {
				if j < len(ms[i]) {
					if got := g.Vet(docs[i], ms[i][j]); !reflect.DeepEqual(got, want[[2]int{i, j}]) {
						t.Errorf("round %d: Vet(%q) = %v, alone %v", round, ms[i][j].Text, got, want[[2]int{i, j}])
					}
				}
			}
		}
	}
	if passed == 0 || passed == len(spans[0])+len(spans[1]) {
		t.Errorf("%d candidates passed: the cases must both pass and fail", passed)
	}
}
