package rules

import "testing"

// TestLastUnit: "last" before a date unit is a past date, for pastAfter
// and pastWhere alike; "last" before another word, or a unit alone, is not.
func TestLastUnit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"last week", true},
		{"last months", true},
		{"last minister", false},
		{"next week", false},
		{"last ,", false},
	} {
		toks := tokenize(c.text, 0, len(c.text))
		if len(toks) != 2 {
			t.Fatalf("%q: %d tokens", c.text, len(toks))
		}
		if got := lastUnit(toks[0], toks[1]); got != c.want {
			t.Errorf("lastUnit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
