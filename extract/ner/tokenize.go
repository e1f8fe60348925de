package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a token of a sentence with byte offsets into the string given to
// Tokenize.
type Token struct {
	Text       string
	Start, End int
}

// abbreviations keep their final full stop, as in the CoNLL-2003 tokenisation.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "bros": true, "cos": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "etc": true, "no": true, "nos": true, "vol": true, "pp": true, "approx": true,
	"dept": true, "univ": true, "assn": true, "ave": true, "blvd": true, "mt": true, "ft": true,
	"calif": true, "mass": true, "conn": true, "wash": true, "ariz": true, "fla": true, "ga": true,
	"ill": true, "penn": true, "tenn": true, "tex": true, "va": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// Tokenize splits text into tokens the way the models were trained:
// punctuation is split off words, numbers such as 1,000.5 and 1996-08-22 are
// kept whole, hyphenated words stay together, English clitics ('s, n't) are
// split off as in CoNLL-2003, abbreviations such as "U.S." and "Mr." keep
// their full stop, and Arabic punctuation (، ؛ ؟ « ») is split off.
// Offsets are byte offsets into text.
func Tokenize(text string) []Token {
	var toks []Token
	n := len(text)
	i := 0
	for i < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f' || r == '\ufeff' {
			i += sz
			continue
		}
		if !isWordRune(r) {
			// Punctuation: runs of the same ASCII mark (..., --) stay together.
			j := i + sz
			if r == '.' || r == '-' || r == '=' || r == '*' {
				for j < n && rune(text[j]) == r {
					j++
				}
			}
			toks = append(toks, Token{text[i:j], i, j})
			i = j
			continue
		}
		// A word: letters, digits, marks, with internal joiners.
		j := i + sz
		for j < n {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if (r2 == '-' || r2 == '.' || r2 == ',' || r2 == '/' || r2 == ':' || r2 == '&' || r2 == '\'' || r2 == '’' || r2 == '_' || r2 == '\u0640') && j+s2 < n {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if !isWordRune(r3) {
					break
				}
				prevR, _ := utf8.DecodeLastRuneInString(text[:j])
				switch r2 {
				case '-', '_', '\u0640':
					j += s2
					continue
				case '.', ',', ':', '/':
					// only between digits (numbers, times, dates), or "U.S"-like letters
					if unicode.IsDigit(prevR) && unicode.IsDigit(r3) {
						j += s2
						continue
					}
					if r2 == '.' && unicode.IsLetter(prevR) && unicode.IsLetter(r3) && singleLetterBefore(text[i:j]) {
						j += s2
						continue
					}
				case '&':
					if unicode.IsUpper(prevR) && unicode.IsUpper(r3) { // AT&T
						j += s2
						continue
					}
				case '\'', '’':
					// O'Neill, but not clitics 's n't 're 've 'll 'd 'm
					rest := strings.ToLower(text[j+s2:])
					if isClitic(rest) {
						break
					}
					if unicode.IsUpper(r3) || unicode.IsLetter(prevR) && j-i <= 2 {
						j += s2
						continue
					}
				}
			}
			break
		}
		word := text[i:j]
		// split "n't": don't -> do n't
		if j < n && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && strings.HasSuffix(strings.ToLower(word), "n") && len(word) > 1 {
			q := 1
			if text[j] != '\'' {
				q = len("’")
			}
			if j+q < n && (text[j+q] == 't' || text[j+q] == 'T') && (j+q+1 >= n || !isWordByte(text, j+q+1)) {
				toks = append(toks, Token{text[i : j-1], i, j - 1})
				toks = append(toks, Token{text[j-1 : j+q+1], j - 1, j + q + 1})
				i = j + q + 1
				continue
			}
		}
		// abbreviation full stop
		if j < n && text[j] == '.' {
			lw := strings.ToLower(strings.ReplaceAll(word, ".", ""))
			if abbreviations[lw] || strings.Contains(word, ".") && singleLetterBefore(word+".") || isSingleUpper(word) {
				j++
				word = text[i:j]
			}
		}
		toks = append(toks, Token{word, i, j})
		i = j
		// clitic after the word
		if i < n && (text[i] == '\'' || strings.HasPrefix(text[i:], "’")) {
			q := 1
			if text[i] != '\'' {
				q = len("’")
			}
			rest := strings.ToLower(text[i+q:])
			for _, c := range clitics {
				if strings.HasPrefix(rest, c) && (i+q+len(c) >= n || !isWordByte(text, i+q+len(c))) {
					e := i + q + len(c)
					toks = append(toks, Token{text[i:e], i, e})
					i = e
					break
				}
			}
		}
	}
	return toks
}

var clitics = []string{"s", "re", "ve", "ll", "d", "m"}

func isClitic(rest string) bool {
	for _, c := range clitics {
		if strings.HasPrefix(rest, c) {
			if len(rest) == len(c) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest[len(c):])
			if !isWordRune(r) {
				return true
			}
		}
	}
	if strings.HasPrefix(rest, "t") && (len(rest) == 1 || !isWordRune(rune(rest[1]))) {
		return true
	}
	return false
}

func isWordByte(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// singleLetterBefore reports whether s looks like "U.S" / "U.S." / "e.g":
// single letters separated by full stops.
func singleLetterBefore(s string) bool {
	parts := strings.Split(strings.TrimSuffix(s, "."), ".")
	if len(parts) < 1 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isSingleUpper(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsUpper(r)
}
