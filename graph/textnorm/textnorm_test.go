package textnorm

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"U.S.", "us"},
		{"US", "us"},
		{"Kremlin’s", "kremlin"},
		{"  Martin   Kessler ", "martin kessler"},
		{"G-20", "g 20"},
		{"أوكرانيا", "اوكرانيا"},
		{"إيغور", "ايغور"},
		{"المملكة العربية السعودية", "المملكه العربيه السعوديه"},
		{"مُحَمَّد", "محمد"},
		{"اجتماعًا", "اجتماعا"},
		{"مـوسـكو", "موسكو"},
		{"«الكرملين»", "الكرملين"},
		{"ﻻ", "لا"}, // presentation form folded by NFKC
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScript(t *testing.T) {
	for in, want := range map[string]string{"Kyiv": "en", "كييف": "ar", "لقاء Kessler وغروموف": "ar", "2025": "", "Kessler و": "en"} {
		if got := Script(in); got != want {
			t.Errorf("Script(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitGlued(t *testing.T) {
	for in, want := range map[string]string{
		"positionsIncluding": "positions Including",
		"KeslarHe":           "Keslar He",
		"McDonald":           "McDonald",
		"MacAllister":        "MacAllister",
		"Sara FitzGerald":    "Sara FitzGerald",
		"MacronSaid":         "Macron Said",
		"talksMacAllister":   "talks MacAllister",
		"iPhone":             "iPhone",
		"NATO":               "NATO",
	} {
		if got := SplitGlued(in); got != want {
			t.Errorf("SplitGlued(%q) = %q, want %q", in, got, want)
		}
	}
	if g := GluedAt("President KesslerMr. Gromov"); len(g) != 1 || g[0] != len("President Kessler") {
		t.Errorf("GluedAt(KesslerMr.) = %v", g)
	}
	if g := GluedAt("discussionsWhich"); len(g) != 1 || g[0] != len("discussions") {
		t.Errorf("GluedAt = %v", g)
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"U.S.", "الولايات المتحدة", "Kremlin’s «x» - G-20", "ـًٌٍَُِّْ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if !utf8.ValidString(k) {
			t.Fatalf("Key(%q) is not UTF-8", s)
		}
		if Key(k) != k {
			t.Fatalf("Key is not idempotent: %q -> %q -> %q", s, k, Key(k))
		}
		_ = SplitGlued(s)
		for _, i := range GluedAt(s) {
			if i <= 0 || i >= len(s) {
				t.Fatalf("GluedAt offset %d out of range", i)
			}
		}
	})
}

func TestFoldWord(t *testing.T) {
	for in, want := range map[string]string{
		"paris":        "paris",
		"Paris":        "paris",
		"أحمد":         "احمد",
		"إسلام":        "اسلام",
		"مستشفى":       "مستشفي",
		"القاهرة":      "القاهره",
		"مُحَمَّد":     "محمد",
		"الـرئيس":      "الرييس", // tatweel gone, hamza carrier folded
		"مؤتمر":        "موتمر",
		"حسان\u200f":   "حسان", // a bidi mark
		"بين\u200cهم":  "بينهم",
		"ﻻ":            "لا", // presentation form, by NFKC
		"“Kyiv’s”":     "\"kyiv's\"",
		"1996":         "1996", // digits stay
		"\u0661\u0662": "\u0661\u0662",
	} {
		if got := FoldWord(in); got != want {
			t.Errorf("FoldWord(%q) = %q, want %q", in, got, want)
		}
	}
	if FoldVersion == "" {
		t.Error("FoldVersion is empty")
	}
}

func FuzzFoldWord(f *testing.F) {
	for _, s := range []string{"Paris", "الـرئيس", "حسان\u200f", "ﻻ", "“x”", "İstanbul", "K", "`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		w := FoldWord(s)
		if !utf8.ValidString(w) {
			t.Fatalf("FoldWord(%q) is not UTF-8", s)
		}
		// FoldWord is Fold without format characters
		want := strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, Fold(s))
		if w != want {
			t.Fatalf("FoldWord(%q) = %q, Fold without format characters %q", s, w, want)
		}
		for _, r := range w {
			if IsArabicDiacritic(r) || unicode.Is(unicode.Cf, r) || r == 'أ' || r == 'ة' || r == 'ى' {
				t.Fatalf("FoldWord(%q) = %q keeps %U", s, w, r)
			}
		}
	})
}

func TestDottedInitials(t *testing.T) {
	for s, want := range map[string]bool{"K.L.": true, "A.B.C.": true, "K.": false, "K.L": false, "U.S": false, "k.l.": false, "KL..": false, "Dr.": false} {
		if got := DottedInitials(s); got != want {
			t.Errorf("DottedInitials(%q) = %v, want %v", s, got, want)
		}
	}
}
