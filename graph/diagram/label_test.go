package diagram

import (
	"strings"
	"testing"
	"unicode/utf8"

	"newskg/graph"
)

func TestFormatDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2025-02-18", "18 Feb 2025"},
		{"2025-12-01", "1 Dec 2025"},
		{"2025-02", "Feb 2025"},
		{"2025", "2025"},
		{"2025-13-01", "2025-13-01"},
		{"2025-02-32", "2025-02-32"},
		{"18/02/2025", "18/02/2025"},
		{"", ""},
		{"20x5-01-01", "20x5-01-01"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := FormatDate(tc.in); got != tc.want {
				t.Errorf("FormatDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestEventKind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"talks of Freedonia", "talks"},
		{"talks in Kessel", "talks"},
		{"phone call", "call"},
		{"Video Call between leaders", "call"},
		{"round 3 of talks", "talks, round 3"},
		{"round new of talks", "talks"},
		{"summit in Arvon", "summit"},
		{"state visit", "visit"},
		{"something", "event"},
		{"round 2", "talks, round 2"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := EventKind(tc.in); got != tc.want {
				t.Errorf("EventKind(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// eventGraph is an event held in a city and its country, with a
// garbled extracted name that must not show.
func eventGraph(date string, places ...*graph.Entity) (*graph.KG, *graph.Entity) {
	ev := &graph.Entity{ID: "event-talks-of-x", Type: graph.Event, Name: "talks of Freedonia, Sylvania", Date: date}
	g := &graph.KG{Entities: append([]*graph.Entity{ev}, places...)}
	for _, p := range places {
		g.Facts = append(g.Facts, &graph.Fact{ID: "f-" + p.ID, Subject: ev.ID, Predicate: graph.HeldIn, Object: p.ID})
	}
	g.Normalize()
	return g, ev
}

func TestEventLabel(t *testing.T) {
	city := &graph.Entity{ID: "city-kessel", Type: graph.City, Name: "Kessel", Aliases: []graph.Alias{{Text: "كيسل", Lang: "ar"}}}
	country := &graph.Entity{ID: "country-arvon", Type: graph.Country, Name: "Arvon"}
	palace := &graph.Entity{ID: "place-x1", Type: graph.Place, Name: "قصر الندى"}
	for _, tc := range []struct {
		name   string
		date   string
		places []*graph.Entity
		want   string
	}{
		{"city and date", "2025-02-18", []*graph.Entity{country, city}, "Kessel talks, 18 Feb 2025"},
		{"city before place before country", "", []*graph.Entity{palace, country, city}, "Kessel talks"},
		{"place in Arabic only", "2024-05", []*graph.Entity{palace, country}, "قصر الندى talks, May 2024"},
		{"country only", "", []*graph.Entity{country}, "Arvon talks"},
		{"nothing known", "", nil, "talks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, ev := eventGraph(tc.date, tc.places...)
			var facts []*graph.Fact
			for _, f := range g.Facts {
				if f.Subject == ev.ID {
					facts = append(facts, f)
				}
			}
			got := EventLabel(g, ev, facts)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if strings.Contains(got, "Freedonia") || strings.Contains(got, " of ") {
				t.Errorf("label %q shows the raw extracted name", got)
			}
		})
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		e      graph.Entity
		en, ar string
	}{
		{"English name, Arabic alias", graph.Entity{Name: "Lena Marsh", Aliases: []graph.Alias{
			{Text: "مارش", Lang: "ar", Count: 1}, {Text: "لينا مارش", Lang: "ar", Count: 3}, {Text: "Marsh", Lang: "en", Count: 5}}},
			"Lena Marsh", "لينا مارش"},
		{"Arabic name, English alias", graph.Entity{Name: "لينا مارش", Aliases: []graph.Alias{{Text: "Lena Marsh", Lang: "en", Count: 1}}},
			"Lena Marsh", "لينا مارش"},
		{"Arabic only", graph.Entity{Name: "لينا مارش"}, "", "لينا مارش"},
		{"tie: the shorter", graph.Entity{Name: "Kessel", Aliases: []graph.Alias{{Text: "مدينة كيسل", Count: 2}, {Text: "كيسل", Count: 2}}},
			"Kessel", "كيسل"},
		{"controls removed", graph.Entity{Name: "Lena\u202e Marsh\n"}, "Lena Marsh", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			en, ar := Names(&tc.e)
			if en != tc.en || ar != tc.ar {
				t.Errorf("got %q, %q; want %q, %q", en, ar, tc.en, tc.ar)
			}
		})
	}
}

func TestCutWrap(t *testing.T) {
	if got := Cut("Arlen Vantor", 20); got != "Arlen Vantor" {
		t.Errorf("Cut kept short text as %q", got)
	}
	if got := Cut("Arlen Vantor of the Northern Marches", 12); got != "Arlen Vanto…" || utf8.RuneCountInString(got) != 12 {
		t.Errorf("Cut = %q", got)
	}
	got := Wrap("one two three four five six seven", 9, 2)
	if len(got) != 2 || got[0] != "one two" || !strings.HasSuffix(got[1], "…") {
		t.Errorf("Wrap = %q", got)
	}
	for _, l := range Wrap(strings.Repeat("x", 50)+" y", 10, 3) {
		if utf8.RuneCountInString(l) > 10 {
			t.Errorf("line %q longer than 10", l)
		}
	}
}

// FuzzClean checks that a cleaned label is one line of valid UTF-8
// without control or bidirectional override characters.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "a\nb", "\u202eabc\u2066", "\xff\xfe", "  x  ", "غروموف\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) {
			t.Fatalf("invalid UTF-8: %q", c)
		}
		for _, r := range c {
			if r < 0x20 || r == 0x7f || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 {
				t.Fatalf("Clean(%q) keeps %U", s, r)
			}
		}
		if strings.HasPrefix(c, " ") || strings.HasSuffix(c, " ") || strings.Contains(c, "  ") {
			t.Fatalf("Clean(%q) = %q: spaces not squeezed", s, c)
		}
	})
}
