package rules

import (
	"slices"
	"testing"
)

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

func TestFullDates(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Sunday, 19 January 2025 - 04:20 PM", []string{"2025-01-19"}},
		{"Budapest, October 16, 2024", []string{"2024-10-16"}},
		{"President X received on Sunday 19/1/2025 Minister Y", []string{"2025-01-19"}},
		{"جوبا 18-5-2025 (سونا) - أجرى الوفد", []string{"2025-05-18"}},
		{"الرباط - 14 نونبر 2024 (ومع) - ترأس", []string{"2024-11-14"}},
		{"2025.01.19 and 3 March 2024", []string{"2025-01-19", "2024-03-03"}},
		{"Sunday, January 19th, 2025", []string{"2025-01-19"}},
		{"received on Sunday 1/19/2025 the minister", []string{"2025-01-19"}},
		// a year alone, or a month and a year, is no day
		{"X receives Y a decade after 2015 accord", nil},
		{"in March 2024 the two met", nil},
	} {
		if got := fullDates(c.text); !slices.Equal(got, c.want) {
			t.Errorf("fullDates(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestDayRange(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"16-17", true},
		{"1–3", true},
		{"30-31", true},
		{"17-16", false},     // not a range
		{"31-32", false},     // no day 32
		{"2024-2025", false}, // years
		{"1-2-3", false},
		{"16", false},
		{"a-b", false},
	} {
		if got := dayRange(c.in); got != c.want {
			t.Errorf("dayRange(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
