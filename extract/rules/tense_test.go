package rules

import (
	"testing"
	"time"
)

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

// TestNumericMonth checks the month of a date in figures in a header
// line: day before month unless the first is no month, a year first with
// dashes, and nothing where no date is.
func TestNumericMonth(t *testing.T) {
	for _, c := range []struct {
		text string
		want time.Month
	}{
		{"Samuel Banda |14.10.2025 - Update : 14.10.2025", time.October},
		{"نواكشوط، 24/11/2025 (وكالة الأنباء)", time.November},
		{"Released 2025-03-07 by the ministry", time.March},
		{"WASHINGTON, 10/14/2025 -", time.October},
		{"5/6/2025", time.June},
		{"The vote was 14.10 in favour", 0},
		{"Issue 12/2025 of the review", 0},
		{"Room 31/13/2025", 0},
	} {
		if got := numericMonth(c.text); got != c.want {
			t.Errorf("numericMonth(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
