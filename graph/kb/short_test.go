package kb

import "testing"

func TestShortOfficial(t *testing.T) {
	countries := [][]string{
		{"CV", "CPV", "Cape Verde", "Republic of Cabo Verde"},
		{"KR", "KOR", "South Korea", "Republic of Korea"},
		{"KP", "PRK", "North Korea", "Democratic People's Republic of Korea"},
		{"TW", "TWN", "Taiwan", "Republic of China (Taiwan)"},
		{"BA", "BIH", "Bosnia and Herzegovina", "Bosnia and Herzegovina"},
		{"IE", "IRL", "Ireland", "Republic of Ireland"},
		{"VA", "VAT", "Vatican City", "Vatican City State"},
	}
	for _, c := range []struct{ official, want string }{
		{"Republic of Cabo Verde", "Cabo Verde"},
		{"Republic of Korea", ""},          // North Korea shares "Korea"
		{"Republic of China (Taiwan)", ""}, // a parenthesis
		{"Bosnia and Herzegovina", ""},     // no style
		{"Republic of Ireland", "Ireland"}, // the common name itself: add skips it
		{"Vatican City State", ""},         // no "of"
	} {
		if got := shortOfficial(c.official, countries); got != c.want {
			t.Errorf("shortOfficial(%q) = %q, want %q", c.official, got, c.want)
		}
	}
	e := Starter().Lookup("Cabo Verde")
	if len(e) == 0 || e[0].Code != "CV" {
		t.Errorf("Cabo Verde: %v, want Cape Verde", e)
	}
}
