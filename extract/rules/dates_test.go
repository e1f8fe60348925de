package rules

import "testing"

func TestNumericDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"19/1/2025", true},
		{"2025.01.19", true},
		{"18-5-2025", true},
		{"3/4/25", true},
		{"1/2", false},        // a fraction, no year
		{"2024-2025", false},  // two years
		{"12345/1/2", false},  // no date's parts
		{"19/1/2025x", false}, // not figures
		{"", false},
	} {
		if got := numericDate(c.s); got != c.want {
			t.Errorf("numericDate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestDateYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Sunday, 19 January 2025 - 04:20 PM", "2025"},
		{"Budapest, October 16, 2024", "2024"},
		{"President X received on Sunday 19/1/2025 Minister Y", "2025"},
		{"جوبا 18-5-2025 (سونا) - أجرى الوفد", "2025"},
		{"الرباط - 14 نونبر 2024 (ومع) - ترأس", "2024"},
		// a year alone dates nothing of the report's own
		{"X receives Y a decade after 2015 accord", ""},
		{"the first summit since 2019", ""},
	} {
		if got := dateYear(c.text); got != c.want {
			t.Errorf("dateYear(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
