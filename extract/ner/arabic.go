package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize lower-cases a token, applies Arabic orthographic normalisation
// (alef variants to bare alef, alef maqsura to ya, ta marbuta to ha, tatweel
// and diacritics removed) and maps every digit to 0.
func normalize(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || w[i] >= 'A' && w[i] <= 'Z' || w[i] >= '0' && w[i] <= '9' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640, unicode.Is(unicode.Cf, r):
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case unicode.IsDigit(r):
			r = '0'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isArabic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFF
}

// arabicPrefixes lists proclitic sequences, longest first: conjunction (و ف),
// preposition (ب ك ل) and article (ال), with ل+ال written لل.
var arabicPrefixes = []string{
	"وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
	"وب", "ول", "وك", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك",
}

// splitClitics splits proclitics off a normalised Arabic word, keeping a
// stem of at least two letters (three for single-letter prefixes, which are
// often part of the word). It returns the prefix ("" if none) and the stem.
func splitClitics(w string) (prefix, stem string) {
	if !isArabic(w) {
		return "", w
	}
	n := utf8.RuneCountInString(w)
	for _, p := range arabicPrefixes {
		if strings.HasPrefix(w, p) {
			pn := utf8.RuneCountInString(p)
			min := 2
			if pn == 1 {
				min = 3
			}
			if n-pn >= min {
				return p, w[len(p):]
			}
		}
	}
	return "", w
}
