package resolve

import "testing"

func TestNisbaPair(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"ibrahim", "ibrahimi", true},
		{"hashem", "al-hashemi", true},
		{"karim", "alkarimi", true},
		{"zelensky", "zelenskyy", false}, // one name, two spellings
		{"ibrahim", "ibrahim", false},
		{"sami", "samii", false}, // the base ends in a vowel
		{"omar", "al-omari", true},
		{"nur", "nuri", false}, // a base under four letters
		{"haddad", "haddadin", false},
	}
	for _, c := range cases {
		if got := nisbaPair(c.a, c.b); got != c.want {
			t.Errorf("nisbaPair(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
