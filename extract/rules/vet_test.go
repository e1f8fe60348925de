package rules

import (
	"strings"
	"testing"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// TestVetter checks what the vetter lets through of a tagger's spans.
func TestVetter(t *testing.T) {
	v := NewVetter(kb.Starter())
	tests := []struct {
		text, span string
		typ        graph.EntityType
		want       bool
	}{
		{"Officials will meet their Russian and Gravani counterparts in Doha.", "Gravani", graph.Person, false},
		{"Officials met Gravani in Doha on Monday.", "Gravani", graph.Person, true},
		{"The minister said via Signalgram that talks would resume.", "Signalgram", graph.Place, false},
		{"The minister added, via Signalgram, that talks would resume.", "Signalgram", graph.Place, false},
		{"The convoy travelled via Tarnopol to the border.", "Tarnopol", graph.Place, true},
		{"The convoy travelled to Tarnopol on Monday.", "Tarnopol", graph.Place, true},
		{"وقالت المصادر إن روسياأوكرانيا تتفاوضان.", "روسياأوكرانيا", graph.Place, false},
		{"وصل الوفد إلى مدينة زابوروجيا أمس.", "زابوروجيا", graph.Place, true},
	}
	for _, tc := range tests {
		d := extract.NewDocument(extract.Article{ID: "t.txt", Text: tc.text})
		i := strings.Index(tc.text, tc.span)
		m := d.Mention(i, i+len(tc.span), tc.typ, "ner", 0.9)
		if got := v.Accept(d, m); got != tc.want {
			t.Errorf("Accept(%q in %q) = %v, want %v", tc.span, tc.text, got, tc.want)
		}
	}
}
