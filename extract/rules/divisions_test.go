package rules

import (
	"strings"
	"testing"

	"newskg/extract"
	"newskg/graph"
)

// TestDivisionNamed: which place names say they are a country's
// division, and which describe a country or name something else.
func TestDivisionNamed(t *testing.T) {
	known := func(s string) bool { return s == "Porto Velho" }
	cases := []struct {
		text, before string
		want         bool
	}{
		{"Upper Lake State", "in ", true},
		{"Kherson Oblast", "the ", true},
		{"Province of Alvar", "the ", true},
		{"Dorval province", "in ", true},
		{"Porto Velho state", "the ", true}, // a known place's state
		{"Jewish state", "the ", false},
		{"Marwan state", "an independent ", false},
		{"Marwan state", "in ", false}, // a common "state" needs a known place
		{"Dorval province", "the ", true},
		{"Jewish State", "the ", false},
		{"Islamic State", "the ", false},
		{"tri-state", "a ", false},
		{"York's Empire State", "New ", false},
		{"State", "the ", false},
		{"Lake Victoria", "on ", false},
		{"ولاية النخيل", "في ", true},
		{"إقليم الوادي", "في ", true},
		{"مطار النخيل", "في ", false},
		{"النخيل", "ولاية ", false}, // the head outside the name: the list rule's
	}
	for _, c := range cases {
		arabic := c.text[0] >= 0x80
		if got := divisionNamed(c.text, c.before, arabic, known); got != c.want {
			t.Errorf("divisionNamed(%q after %q) = %v, want %v", c.text, c.before, got, c.want)
		}
	}
}

// FuzzDivisionNamed: any text before and in a place's name is read
// without a panic, and the same way twice.
func FuzzDivisionNamed(f *testing.F) {
	for _, s := range []string{"Upper Lake State", "tri-state", "ولاية النخيل", "State", " state", "a-b state", "’s State"} {
		f.Add(s, "the ")
	}
	known := func(s string) bool { return len(s)%2 == 0 }
	f.Fuzz(func(t *testing.T, text, before string) {
		a := divisionNamed(text, before, false, known)
		b := divisionNamed(text, before, true, known)
		if a != divisionNamed(text, before, false, known) || b != divisionNamed(text, before, true, known) {
			t.Fatalf("divisionNamed(%q, %q) is not deterministic", text, before)
		}
	})
}

// placeIn returns a document state of text alone and a Place mention of
// name, its first occurrence in text.
func placeIn(text, name string) (*docState, graph.Mention) {
	i := strings.Index(text, name)
	st := &docState{d: &extract.Document{Article: extract.Article{Text: text}}}
	return st, graph.Mention{Type: graph.Place, Text: name, Start: i, End: i + len(name)}
}

// TestQuarter: a place named as a town's quarter, by a quarter word
// closing its name, opening an Arabic one («حي Y»), or right after it.
func TestQuarter(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"The talks were held at the Orla Hotel in the Belmora district.", "Belmora", true},
		{"The talks were held in the Belmora Quarter.", "Belmora Quarter", true},
		{"وعقد الاجتماع في حي الزيتون بالمدينة.", "حي الزيتون", true},
		{"The talks were held in Belmora.", "Belmora", false},
		// the word right after the name, no punctuation between
		{"The talks were held in Belmora, district officials said.", "Belmora", false},
		{"The talks were held in the Belmora district, officials said.", "Belmora", true},
		// the quarter word opens only an Arabic name: the District of
		// Columbia is no quarter
		{"The envoy flew to the District of Columbia on Monday.", "District of Columbia", false},
	}
	for _, c := range cases {
		st, m := placeIn(c.text, c.name)
		if got := st.quarter(m); got != c.want {
			t.Errorf("quarter(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestTownsOwn: a place the text gives as a town's own, "the city's Y".
func TestTownsOwn(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"The talks were held in the city's Belmora district.", "Belmora", true},
		{"The talks were held in the town’s Belmora quarter.", "Belmora", true},
		{"The talks were held in Belmora.", "Belmora", false},
		// the possessive, not the noun alone
		{"The envoys arrived in the city. Belmora officials met them.", "Belmora", false},
		{"The envoys toured the town, Belmora officials said.", "Belmora", false},
	}
	for _, c := range cases {
		st, m := placeIn(c.text, c.name)
		if got := st.townsOwn(m); got != c.want {
			t.Errorf("townsOwn(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}
