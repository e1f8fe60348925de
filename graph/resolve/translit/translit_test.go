package translit

import (
	"testing"
)

func TestKeyMeetsAcrossScripts(t *testing.T) {
	cases := []struct {
		name   string
		arabic string
		latin  []string
	}{
		{"witkoff", "ستيف ويتكوف", []string{"Steve Witkoff"}},
		{"zelensky", "زيلينسكي", []string{"Zelensky", "Zelinski", "Zelenskyy"}},
		{"zelensky-short", "زيلنسكي", []string{"Zelensky"}},
		{"kyiv", "كييف", []string{"Kiev", "Kyiv"}},
		{"lavrov", "لافروف", []string{"Lavrov"}},
		{"peskov", "بيسكوف", []string{"Peskov"}},
		{"putin", "فلاديمير بوتين", []string{"Vladimir Putin"}},
		{"kellogg", "كيلوغ", []string{"Kellogg"}},
		{"ushakov", "أوشاكوف", []string{"Ushakov"}},
		{"igor", "إيغور", []string{"Igor"}},
		{"zhukov", "جوكوف", []string{"Zhukov"}},
		{"nato", "الناتو", []string{"NATO"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ka := Key(c.arabic)
			for _, l := range c.latin {
				if kl := Key(l); kl != ka {
					t.Errorf("Key(%q) = %q, Key(%q) = %q", c.arabic, ka, l, kl)
				}
			}
		})
	}
}

func TestLatin(t *testing.T) {
	cases := map[string]string{
		"ستيف ويتكوف": "stif witkof",
		"لافروف":      "lafrof",
		"أوشاكوف":     "ushakof",
		"إيغور":       "ighor",
		"Zelénsky":    "zelensky",
		"الناتو":      "nato",
		"":            "",
	}
	for in, want := range cases {
		if got := Latin(in); got != want {
			t.Errorf("Latin(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeySimilarity(t *testing.T) {
	cases := []struct {
		a, b string
		min  float64
		max  float64
	}{
		{"WTKF", "WTKF", 1, 1},
		{"WTKF", "WTCF", 0.85, 0.9}, // ch for k: a near class
		{"WTKF", "WTF", 0.7, 0.8},   // a dropped consonant
		{"BTN", "BSKF", 0, 0.5},     // different names
		{"", "", 1, 1},
	}
	for _, c := range cases {
		s := KeySimilarity(c.a, c.b)
		if s < c.min || s > c.max {
			t.Errorf("KeySimilarity(%q, %q) = %.3f, want in [%.2f, %.2f]", c.a, c.b, s, c.min, c.max)
		}
		if s2 := KeySimilarity(c.b, c.a); s2 != s {
			t.Errorf("not symmetric: %q %q: %.3f vs %.3f", c.a, c.b, s, s2)
		}
	}
}

func FuzzLatinKey(f *testing.F) {
	for _, s := range []string{"ستيف ويتكوف", "Steve Witkoff", "زيلينسكي", "Kiev", "ـًٌٍَُِّْ", "ء", "ال", "a\x00b", "Ünïcödé ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, k := Latin(s), Key(s)
		if l != Latin(s) || k != Key(s) {
			t.Fatal("not deterministic")
		}
		for _, r := range l {
			if !(r == ' ' || r >= 'a' && r <= 'z') {
				t.Fatalf("Latin(%q) = %q: not lower-case ASCII", s, l)
			}
		}
		for _, r := range k {
			if !(r == ' ' || r >= 'A' && r <= 'Z') {
				t.Fatalf("Key(%q) = %q: not upper-case ASCII", s, k)
			}
		}
		for _, w := range []string{k, l} {
			_ = KeySimilarity(w, k)
		}
	})
}
