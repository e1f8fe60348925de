package rules

import "testing"

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
		{"Dorval province", "the ", false},
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
