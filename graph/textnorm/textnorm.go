// Package textnorm normalises text for matching, in English and Arabic.
// The original text is always kept for evidence; these functions produce
// keys to compare forms, never text to show.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsArabic reports whether r is a letter of the Arabic script.
func IsArabic(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// IsArabicDiacritic reports whether r is an Arabic short-vowel mark,
// Quranic annotation or the tatweel.
func IsArabicDiacritic(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
}

// Script returns "ar" when s has more Arabic than Latin letters, "en"
// when it has Latin letters, and "" when it has no letters.
func Script(s string) string {
	ar, la := 0, 0
	for _, r := range s {
		switch {
		case IsArabic(r):
			ar++
		case unicode.IsLetter(r) && r < 0x0250:
			la++
		}
	}
	switch {
	case ar == 0 && la == 0:
		return ""
	case ar > la:
		return "ar"
	default:
		return "en"
	}
}

// FoldArabicRune unifies alef, ya, ta marbuta and hamza-carrier variants.
// It returns -1 for runes to drop (diacritics, tatweel).
func FoldArabicRune(r rune) rune {
	switch {
	case IsArabicDiacritic(r):
		return -1
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case r == 'ئ':
		return 'ي'
	case r == 'ک':
		return 'ك'
	case r == 'ی':
		return 'ي'
	}
	return r
}

// QuoteFold maps typographic quotes and apostrophes to ASCII ones.
func QuoteFold(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u2032', '`', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033':
		return '"'
	case '\u2013', '\u2014', '\u2212':
		return '-'
	}
	return r
}

// Fold returns s in NFKC with Arabic variants unified, diacritics and
// tatweel removed, quotes folded, and case lowered. Punctuation stays.
func Fold(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = FoldArabicRune(r)
		if r < 0 {
			continue
		}
		b.WriteRune(unicode.ToLower(QuoteFold(r)))
	}
	return b.String()
}

// FoldVersion names the folding that Fold and FoldWord apply. Anything
// that stores folded forms (the NER models keep folded words and hashes of
// them) records it, and refuses stored forms folded under another version.
// Change it whenever FoldArabicRune, QuoteFold or FoldWord change.
const FoldVersion = "textnorm.FoldWord/1"

// FoldWord is Fold for one token of running text: NFKC, Arabic variants
// unified, diacritics and tatweel removed, quotes folded, lower case, and
// also format characters (bidi marks, zero-width joiners) dropped. A word
// of ASCII without capitals or a backquote comes back as it is, without
// allocating.
func FoldWord(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '`' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	if !norm.NFKC.IsNormalString(w) {
		w = norm.NFKC.String(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if r = FoldArabicRune(r); r < 0 || unicode.Is(unicode.Cf, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(QuoteFold(r)))
	}
	return b.String()
}

// Key is the matching key of a name: Fold, then punctuation and symbols
// to spaces (periods in abbreviations dropped, so "U.S." and "US" meet),
// a trailing possessive removed, spaces collapsed.
func Key(s string) string {
	f := strings.ReplaceAll(Fold(s)+" ", "'s ", " ")
	var b strings.Builder
	b.Grow(len(f))
	rs := []rune(f)
	for i, r := range rs {
		switch {
		case r == '.' || r == '\'':
			// "u.s." -> "us"; "o'brien" -> "obrien"
			if i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && i > 0 && unicode.IsLetter(rs[i-1]) {
				continue
			}
			if r == '.' && i > 0 && unicode.IsLetter(rs[i-1]) && (i+1 == len(rs) || rs[i+1] == ' ') && i >= 2 && rs[i-2] == '.' {
				continue
			}
			b.WriteByte(' ')
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	fs := strings.Fields(b.String())
	if n := len(fs); n > 0 {
		fs[n-1] = strings.TrimSuffix(fs[n-1], "'s")
	}
	return strings.Join(fs, " ")
}

// SplitGlued inserts a space where machine translation glued two words
// ("positionsIncluding" -> "positions Including"): a run of two or more
// lower-case letters directly followed by a capital that starts a
// lower-case run ("McDonald" and "iPhone" stay whole, and so does a
// surname whose prefix is written with a capital inside: "MacAllister",
// "FitzGerald", "VanDyke"). Offsets change, so use it for matching keys
// only.
func SplitGlued(s string) string {
	var b strings.Builder
	prev := 0
	for _, i := range GluedAt(s) {
		b.WriteString(s[prev:i])
		b.WriteByte(' ')
		prev = i
	}
	b.WriteString(s[prev:])
	return b.String()
}

// surnamePrefixes are the prefixes of surnames that are written with a
// capital after them ("MacAllister", "FitzGerald", "VanDyke", "DellaRosa").
var surnamePrefixes = map[string]bool{"Mac": true, "Fitz": true, "Van": true, "Von": true, "Della": true, "Ben": true, "Abu": true, "Ibn": true}

// GluedAt returns the byte offsets inside s where SplitGlued would insert
// a space.
func GluedAt(s string) []int {
	var out []int
	lower := 0 // length of the lower-case run before the current rune
	word := 0  // where the current word starts
	for i, r := range s {
		if !unicode.IsLetter(r) {
			word = i + utf8.RuneLen(r)
		}
		if unicode.IsUpper(r) && lower >= 2 && !surnamePrefixes[s[word:i]] {
			rest := s[i+utf8.RuneLen(r):]
			if nr, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(nr) {
				out = append(out, i)
				word = i
			}
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	return out
}

// DottedInitials reports a word of two or more capitals each followed by
// a period, written together ("K.L.", "A.B.C."): a person's initials.
func DottedInitials(s string) bool {
	rs := []rune(s)
	if len(rs) < 4 || len(rs)%2 != 0 {
		return false
	}
	for k := 0; k < len(rs); k += 2 {
		if !unicode.IsUpper(rs[k]) || rs[k+1] != '.' {
			return false
		}
	}
	return true
}
