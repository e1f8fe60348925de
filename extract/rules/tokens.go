package rules

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"newskg/graph/textnorm"
)

// token is a word or punctuation mark of a sentence, with byte offsets in
// the document.
type token struct {
	text       string
	start, end int
	key        string // textnorm.Key of the text ("" for punctuation)
	punct      bool
	arabic     bool
	// stems are the Arabic forms with proclitics stripped, each with the
	// byte length of the stripped prefix: «ووزير» -> {«وزير», 2}.
	stems []stem
	upper bool // Latin and starts with a capital letter
}

type stem struct {
	key    string
	prefix int
}

// arabicProclitics are the prefixes stripped to find a stem, longest first.
var arabicProclitics = []string{"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// tokenize splits text[start:end] into tokens. Words keep inner periods
// of abbreviations ("U.S."), inner apostrophes and hyphens ("G-20",
// "US-brokered"); other punctuation is one token per rune.
func tokenize(text string, start, end int) []token {
	var out []token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u200f' || r == '\u200e' || r == '\ufeff' {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{text: text[i : i+n], start: i, end: i + n, punct: true})
			i += n
			continue
		}
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			// inner joiners: a period between letters (U.S.), an apostrophe
			// or hyphen between word characters
			if (r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-') && j+n2 < end {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if isWordRune(r3) && !(r2 == '.' && unicode.IsLower(r3)) {
					j += n2
					continue
				}
			}
			// a slash between figures: a date ("19/1/2025")
			if r2 == '/' && j > i && j+n2 < end && isDigitByte(text[j-1]) && isDigitByte(text[j+n2]) {
				j += n2
				continue
			}
			break
		}
		// a trailing period of a dotted abbreviation ("U.S.")
		w := text[i:j]
		if j < end && text[j] == '.' && strings.Count(w, ".") >= 1 && len(w) <= 6 {
			j++
			w = text[i:j]
		}
		out = append(out, newToken(w, i, j))
		i = j
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// wordInfo is what newToken derives from a word alone: its key, script,
// case and stems.
type wordInfo struct {
	key           string
	arabic, upper bool
	stems         []stem
}

// maxWords bounds the word cache: past it, the cache starts again empty.
const maxWords = 1 << 17

// words caches wordInfo by word, shared by every document and
// extractor: the same sentences are read by several extractors, and news
// repeats its words. Keys take most of the time of tokenizing.
var words struct {
	m sync.Map // string -> *wordInfo
	n atomic.Int64
}

func newToken(w string, start, end int) token {
	f, ok := words.m.Load(w)
	if !ok {
		if words.n.Add(1) > maxWords {
			words.m.Clear()
			words.n.Store(1)
		}
		// a copy of w, so that the cache does not hold the document
		f, _ = words.m.LoadOrStore(strings.Clone(w), formsOf(w))
	}
	wf := f.(*wordInfo)
	return token{text: w, start: start, end: end, key: wf.key, arabic: wf.arabic, upper: wf.upper, stems: wf.stems}
}

// formsOf computes a word's forms. Stems are shared by the tokens of the
// word and must not be changed.
func formsOf(w string) *wordInfo {
	t := &wordInfo{key: textnorm.Key(w)}
	r, _ := utf8.DecodeRuneInString(w)
	t.arabic = textnorm.IsArabic(r)
	t.upper = unicode.IsUpper(r)
	if t.arabic {
		t.stems = []stem{{t.key, 0}}
		for _, p := range arabicProclitics {
			if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 2 {
				rest := w[len(p):]
				k := textnorm.Key(rest)
				// a stripped "ال" stays on the stem: «بالوفد» -> «الوفد»;
				// «للرياض» is ل + «الرياض» with the article's alef elided
				switch {
				case strings.HasSuffix(p, "ال"):
					t.stems = append(t.stems, stem{textnorm.Key(w[len(p)-len("ال"):]), len(p) - len("ال")})
					continue
				case strings.HasSuffix(p, "لل"):
					t.stems = append(t.stems, stem{textnorm.Key("ال" + rest), len(p)})
					continue
				}
				t.stems = append(t.stems, stem{k, len(p)})
			}
		}
	}
	// clones, so that the cache holds no document's text
	t.key = strings.Clone(t.key)
	for i := range t.stems {
		t.stems[i].key = strings.Clone(t.stems[i].key)
	}
	return t
}

// keys returns the forms a token may match as: itself and its stems.
func (t token) keys() []stem {
	if len(t.stems) > 0 {
		return t.stems
	}
	return []stem{{t.key, 0}}
}
