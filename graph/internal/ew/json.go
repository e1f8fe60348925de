package ew

import (
	"math"
	"strconv"
	"unicode/utf8"

	"newskg/graph"
)

// The lists JSON writes most, appended by hand: the bytes
// encoding/json gives with HTML escaping off (TestJSONAsEncodingJSON),
// in a fraction of its time.

func appendList[T any](b []byte, xs []T, item func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = item(b, x)
	}
	return append(b, ']')
}

func appendKey(b []byte, first bool, key string) []byte {
	if first {
		b = append(b, '{')
	} else {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

func appendEvidence(b []byte, v graph.Evidence) []byte {
	b = appendKey(b, true, "doc")
	b = AppendJSONString(b, v.Doc)
	if v.URL != "" {
		b = appendKey(b, false, "url")
		b = AppendJSONString(b, v.URL)
	}
	if v.Published != "" {
		b = appendKey(b, false, "published")
		b = AppendJSONString(b, v.Published)
	}
	b = appendKey(b, false, "text")
	b = AppendJSONString(b, v.Text)
	for _, f := range []struct {
		k string
		v int
	}{{"start", v.Start}, {"end", v.End}, {"subjectStart", v.SubjectStart}, {"subjectEnd", v.SubjectEnd}, {"objectStart", v.ObjectStart}, {"objectEnd", v.ObjectEnd}} {
		b = appendKey(b, false, f.k)
		b = strconv.AppendInt(b, int64(f.v), 10)
	}
	b = appendKey(b, false, "extractor")
	b = AppendJSONString(b, v.Extractor)
	b = appendKey(b, false, "rule")
	b = AppendJSONString(b, v.Rule)
	b = appendKey(b, false, "confidence")
	b = AppendJSONFloat(b, v.Confidence)
	return append(b, '}')
}

func appendAlias(b []byte, a graph.Alias) []byte {
	b = appendKey(b, true, "text")
	b = AppendJSONString(b, a.Text)
	b = appendKey(b, false, "lang")
	b = AppendJSONString(b, a.Lang)
	b = appendKey(b, false, "count")
	b = strconv.AppendInt(b, int64(a.Count), 10)
	if len(a.Docs) > 0 {
		b = appendKey(b, false, "docs")
		b = appendList(b, a.Docs, AppendJSONString)
	}
	return append(b, '}')
}

func appendMerge(b []byte, m graph.Merge) []byte {
	b = appendKey(b, true, "form")
	b = AppendJSONString(b, m.Form)
	b = appendKey(b, false, "into")
	b = AppendJSONString(b, m.Into)
	b = appendKey(b, false, "rule")
	b = AppendJSONString(b, m.Rule)
	b = appendKey(b, false, "key")
	b = AppendJSONString(b, m.Key)
	b = appendKey(b, false, "score")
	b = AppendJSONFloat(b, m.Score)
	return append(b, '}')
}

// AppendJSONFloat appends f as encoding/json writes a float64 (which
// refuses NaN and infinities; here they are null).
func AppendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	return AppendFloat(b, f)
}

// AppendFloat appends f as encoding/json formats a float64; NaN and
// infinities as strconv writes them.
func AppendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it with HTML escaping off: quotes, backslashes, control
// characters, U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func AppendJSONString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		return appendJSONStringRunes(b, s)
	}
	// Valid UTF-8: only the bytes jsonSpecial marks need a look, and
	// 0xE2 only starts U+2028 and U+2029 when followed by 80 A8 or A9.
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !jsonSpecial[c] {
			continue
		}
		if c == 0xE2 {
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				i += 2
				start = i + 1
			}
			continue
		}
		b = append(b, s[start:i]...)
		b = appendJSONEscape(b, c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSpecial marks the bytes AppendJSONString looks at in valid UTF-8.
var jsonSpecial = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'], t[0xE2] = true, true, true
	return t
}()

// appendJSONEscape appends the escape of ASCII byte c: a quote,
// backslash or control character.
func appendJSONEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}

// appendJSONStringRunes is AppendJSONString going rune by rune, for
// strings with invalid UTF-8.
func appendJSONStringRunes(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendJSONEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
