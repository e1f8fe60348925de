package ner

import (
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// TestWeakTyping: a known name types the tagger's mention, except that a
// weak entry (a GeoNames city) overrules no person's or organisation's
// tag: a club named after its city in a results table, a surname that is
// also a town.
func TestWeakTyping(t *testing.T) {
	x := &Extractor{KB: kb.Starter()}
	for _, c := range []struct {
		tag, text string
		want      graph.EntityType
	}{
		{"LOC", "Irbid", graph.City},
		{"LOC", "إربد", graph.City},
		{"ORG", "Irbid", graph.Organization},
		{"PER", "Jackson", graph.Person},
		{"ORG", "Damascus", graph.City}, // not weak: the base's type wins
		{"PER", "Damascus", ""},         // a person's tag over a known place is an error
	} {
		m := &graph.Mention{Text: c.text}
		if got := x.typeOf(c.tag, m); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.tag, c.text, got, c.want)
		}
	}
}
