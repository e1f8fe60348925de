// Package ew is the buffered writer the exporters share: it keeps the
// first error and makes every later write a no-op, so that a writer can
// emit a whole document with plain calls and check once at the end.
package ew

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"newskg/graph"
)

// Writer buffers output to an io.Writer and keeps the first error.
type Writer struct {
	b   *bufio.Writer
	err error
	num []byte
}

// New returns a Writer with a 64 KiB buffer over w.
func New(w io.Writer) *Writer {
	return &Writer{b: bufio.NewWriterSize(w, 64<<10)}
}

// Write implements io.Writer, so that encoders can write through it.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.b.Write(p)
	w.err = err
	return n, err
}

// S writes a string.
func (w *Writer) S(s string) {
	if w.err != nil {
		return
	}
	_, w.err = w.b.WriteString(s)
}

// Strs writes strings in turn.
func (w *Writer) Strs(ss ...string) {
	for _, s := range ss {
		w.S(s)
	}
}

// Byte writes one byte.
func (w *Writer) Byte(c byte) {
	if w.err != nil {
		return
	}
	w.err = w.b.WriteByte(c)
}

// Rune writes one rune as UTF-8.
func (w *Writer) Rune(r rune) {
	if w.err != nil {
		return
	}
	_, w.err = w.b.WriteRune(r)
}

// Int writes a decimal integer.
func (w *Writer) Int(i int) {
	w.num = strconv.AppendInt(w.num[:0], int64(i), 10)
	w.bytes(w.num)
}

// Float writes a float in the shortest form that reads back exactly.
func (w *Writer) Float(f float64) {
	w.num = strconv.AppendFloat(w.num[:0], f, 'g', -1, 64)
	w.bytes(w.num)
}

func (w *Writer) bytes(b []byte) {
	if w.err != nil {
		return
	}
	_, w.err = w.b.Write(b)
}

// Err returns the first error seen so far.
func (w *Writer) Err() error { return w.err }

// Flush writes out the buffer and returns the first error.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.b.Flush()
	return w.err
}

// JSON returns v as compact JSON without HTML escaping: the form list and
// record attributes take in formats that have no lists.
func JSON(v any) string {
	switch x := v.(type) { // the lists the exporters write, without reflection
	case []string:
		return string(appendList(nil, x, AppendJSONString))
	case []graph.Evidence:
		return string(appendList(nil, x, appendEvidence))
	case []graph.Alias:
		return string(appendList(nil, x, appendAlias))
	case []graph.Merge:
		return string(appendList(nil, x, appendMerge))
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// XML writes s escaped for XML character data and attribute values.
func (w *Writer) XML(s string) {
	if w.err != nil {
		return
	}
	if xmlPlain(s) {
		w.S(s)
		return
	}
	w.err = xml.EscapeText(w, []byte(s))
}

// xmlPlain reports whether xml.EscapeText would write s as it is: no
// character it escapes or replaces.
func xmlPlain(s string) bool {
	high := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			high = true
		case c < 0x20, c == '"', c == '\'', c == '&', c == '<', c == '>':
			return false
		}
	}
	return !high || utf8.ValidString(s) && !strings.ContainsRune(s, 0xFFFE) && !strings.ContainsRune(s, 0xFFFF)
}

// Quote returns s between two quote characters q, with q, the backslash
// and control characters escaped as Cypher, N-Triples and Turtle all read
// them: \n \r \t \b \f, and \u00XX for the other control characters.
// Invalid UTF-8 becomes U+FFFD; other characters, Arabic included, are
// written as they are.
func Quote(s string, q byte) string {
	if quotePlain(s, q) {
		return string(q) + s + string(q)
	}
	return quoteSlow(s, q)
}

func quoteSlow(s string, q byte) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case rune(q), '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteString(`\u00`)
				b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r)|0x100, 16)[1:]))
				continue
			}
			b.WriteRune(r) // utf8.RuneError for invalid bytes: U+FFFD
		}
	}
	b.WriteByte(q)
	return b.String()
}

// quotePlain reports whether Quote has nothing to escape or replace in s.
func quotePlain(s string, q byte) bool {
	high := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == q || c == '\\' {
			return false
		}
		high = high || c >= utf8.RuneSelf
	}
	return !high || utf8.ValidString(s)
}
