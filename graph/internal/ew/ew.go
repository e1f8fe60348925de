// Package ew is the buffered writer the exporters share: it keeps the
// first error and makes every later write a no-op, so that a writer can
// emit a whole document with plain calls and check once at the end.
// Output is appended to a buffer that goes out in blocks of 64 KiB;
// Ordered formats the runs of a long list on every core and writes
// them in order.
package ew

import (
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newskg/graph"
)

// flushAt is the size at which a Writer hands its buffer to its io.Writer.
const flushAt = 64 << 10

// Writer buffers output to an io.Writer and keeps the first error. A
// Writer without an io.Writer (a run of Ordered) keeps all it is given.
type Writer struct {
	w   io.Writer
	buf []byte
	err error
}

// New returns a Writer with a 64 KiB buffer over w.
func New(w io.Writer) *Writer {
	return &Writer{w: w, buf: make([]byte, 0, flushAt+flushAt/4)}
}

// spill hands a full buffer to the io.Writer.
func (w *Writer) spill() {
	if w.w != nil && len(w.buf) >= flushAt {
		w.flushBuf()
	}
}

func (w *Writer) flushBuf() {
	if w.err == nil && len(w.buf) > 0 {
		_, w.err = w.w.Write(w.buf)
	}
	w.buf = w.buf[:0]
}

// Write implements io.Writer, so that encoders can write through it.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.w != nil && len(p) >= flushAt {
		w.flushBuf()
		if w.err == nil {
			_, w.err = w.w.Write(p)
		}
		if w.err != nil {
			return 0, w.err
		}
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	w.spill()
	return len(p), w.err
}

// S writes a string.
func (w *Writer) S(s string) {
	w.buf = append(w.buf, s...)
	w.spill()
}

// WriteString writes a string (io.StringWriter).
func (w *Writer) WriteString(s string) (int, error) {
	w.S(s)
	return len(s), w.err
}

// WriteByte writes one byte (io.ByteWriter).
func (w *Writer) WriteByte(c byte) error {
	w.Byte(c)
	return w.err
}

// Strs writes strings in turn.
func (w *Writer) Strs(ss ...string) {
	for _, s := range ss {
		w.buf = append(w.buf, s...)
	}
	w.spill()
}

// Byte writes one byte.
func (w *Writer) Byte(c byte) {
	w.buf = append(w.buf, c)
	w.spill()
}

// Rune writes one rune as UTF-8.
func (w *Writer) Rune(r rune) {
	w.buf = utf8.AppendRune(w.buf, r)
	w.spill()
}

// Int writes a decimal integer.
func (w *Writer) Int(i int) {
	w.buf = strconv.AppendInt(w.buf, int64(i), 10)
	w.spill()
}

// Float writes a float in the shortest form that reads back exactly.
func (w *Writer) Float(f float64) {
	w.buf = strconv.AppendFloat(w.buf, f, 'g', -1, 64)
	w.spill()
}

// Buf returns the buffer, for appending to it with the Append functions
// and giving it back with SetBuf.
func (w *Writer) Buf() []byte { return w.buf }

// SetBuf takes back the buffer Buf gave, with what was appended to it.
func (w *Writer) SetBuf(b []byte) {
	w.buf = b
	w.spill()
}

// Err returns the first error seen so far.
func (w *Writer) Err() error { return w.err }

// Flush writes out the buffer and returns the first error.
func (w *Writer) Flush() error {
	if w.w != nil {
		w.flushBuf()
	}
	return w.err
}

// maxRunBuf is the largest buffer Ordered keeps for another run.
const maxRunBuf = 32 << 20

// Ordered writes n items, formatted by format in runs: format(out, from,
// to) writes items from..to-1 to out. With more than one core the runs
// are formatted on every core, each to a Writer of its own, and written
// to w in order, so that the output is the same as one format(w, 0, n):
// format must write what the items alone decide (it may look at items
// before from, never at what an earlier run wrote). A run is size items;
// at most a few runs per core are held at a time.
func (w *Writer) Ordered(n, size int, format func(out *Writer, from, to int)) {
	OrderedTo([]*Writer{w}, n, size, func(outs []*Writer, from, to int) { format(outs[0], from, to) })
}

// OrderedTo is Ordered for several outputs written side by side (the
// files of one folder, say): format(outs, from, to) writes items
// from..to-1, each part to the output it goes to, outs[i] standing for
// ws[i]. The runs' parts are written to each of ws in order, so that
// every output is the same as with one format(ws, 0, n). Once any of ws
// has failed no further run is formatted; the error stays with the
// Writer that met it (and Flush returns it).
func OrderedTo(ws []*Writer, n, size int, format func(outs []*Writer, from, to int)) {
	size = max(size, 1)
	runs := (n + size - 1) / size
	workers := min(runtime.GOMAXPROCS(0), runs)
	failed := func() bool {
		for _, w := range ws {
			if w.err != nil {
				return true
			}
		}
		return false
	}
	if workers <= 1 {
		for from := 0; from < n && !failed(); from += size {
			format(ws, from, min(from+size, n))
		}
		return
	}
	type run struct {
		from, to int
		outs     []*Writer
		done     chan struct{}
	}
	held := 2 * workers
	free := make(chan []*Writer, held)
	for range held {
		free <- runSet(len(ws))
	}
	defer func() { // every set is back once the runs are written
		for range held {
			putRunSet(<-free)
		}
	}()
	todo := make(chan *run)
	inOrder := make(chan *run, held)
	quit := make(chan struct{})
	go func() {
		defer close(todo)
		defer close(inOrder)
		for from := 0; from < n; from += size {
			var outs []*Writer
			select {
			case outs = <-free:
			case <-quit:
				return
			}
			r := &run{from: from, to: min(from+size, n), outs: outs, done: make(chan struct{})}
			inOrder <- r // never blocks: at most held runs are out
			todo <- r
		}
	}()
	for range workers {
		go func() {
			for r := range todo {
				for _, out := range r.outs {
					out.buf = out.buf[:0]
				}
				format(r.outs, r.from, r.to)
				close(r.done)
			}
		}()
	}
	stopped := false
	for r := range inOrder {
		<-r.done
		for i, out := range r.outs {
			if len(out.buf) > 0 {
				ws[i].Write(out.buf)
			}
			if cap(out.buf) > maxRunBuf {
				out.buf = nil // an outsized run: let it go
			}
		}
		if !stopped && failed() {
			stopped = true
			close(quit) // the runs already handed out still finish
		}
		free <- r.outs
	}
}

// runSets keeps the Writers of Ordered's runs, a set per run, for the
// calls after, so that a writer's phases, and the writers of a folder's
// files, format into memory grown and touched already (each output of a
// set keeps its buffer, sized by the runs before).
var runSets sync.Pool

// runSet returns a set of n run Writers, from runSets when it has one of
// that size.
func runSet(n int) []*Writer {
	if p, ok := runSets.Get().(*[]*Writer); ok && len(*p) == n {
		return *p
	}
	outs := make([]*Writer, n)
	for i := range outs {
		outs[i] = &Writer{buf: make([]byte, 0, 256<<10/n)}
	}
	return outs
}

func putRunSet(outs []*Writer) {
	for _, out := range outs {
		out.buf = out.buf[:0]
	}
	runSets.Put(&outs)
}

// JSON returns v as compact JSON without HTML escaping: the form list and
// record attributes take in formats that have no lists.
func JSON(v any) string { return string(AppendJSON(nil, v)) }

// AppendJSON appends v as JSON returns it.
func AppendJSON(b []byte, v any) []byte {
	switch x := v.(type) { // the lists the exporters write, without reflection
	case []string:
		return appendList(b, x, AppendJSONString)
	case []graph.Evidence:
		return appendList(b, x, appendEvidence)
	case []graph.Alias:
		return appendList(b, x, appendAlias)
	case []graph.Merge:
		return appendList(b, x, appendMerge)
	}
	var s strings.Builder
	enc := json.NewEncoder(&s)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return b
	}
	return append(b, strings.TrimSuffix(s.String(), "\n")...)
}

// XML writes s escaped for XML character data and attribute values, as
// xml.EscapeText escapes it.
func (w *Writer) XML(s string) {
	w.buf = AppendXML(w.buf, s)
	w.spill()
}

// AppendXML appends s escaped as xml.EscapeText escapes it: the five
// markup characters, tab, line feed and carriage return as character
// references, and invalid UTF-8 and characters XML does not allow as
// U+FFFD.
func AppendXML(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, width := utf8.DecodeRuneInString(s[i:])
			i += width
			if r == utf8.RuneError && width == 1 || r == 0xFFFE || r == 0xFFFF {
				b = append(b, s[last:i-width]...)
				b = append(b, "\uFFFD"...)
				last = i
			}
			continue
		}
		i++
		if xmlSafe[c] {
			continue
		}
		b = append(b, s[last:i-1]...)
		b = append(b, xmlEscape(c)...)
		last = i
	}
	return append(b, s[last:]...)
}

// xmlSafe marks the ASCII bytes that xml.EscapeText writes as they are.
var xmlSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range "\"'&<>" {
		t[c] = false
	}
	return t
}()

func xmlEscape(c byte) string {
	switch c {
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '\t':
		return "&#x9;"
	case '\n':
		return "&#xA;"
	case '\r':
		return "&#xD;"
	}
	return "\uFFFD" // other control characters
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
	return string(AppendQuote(nil, s, q))
}

// Quote writes s as Quote returns it.
func (w *Writer) Quote(s string, q byte) {
	w.buf = AppendQuote(w.buf, s, q)
	w.spill()
}

// AppendQuote appends s as Quote returns it: in one pass over s, which
// checks that the rest of s is valid UTF-8 at its first non-ASCII byte.
func AppendQuote(b []byte, s string, q byte) []byte {
	if out, ok := appendQuoteFast(b, s, q, false); ok {
		return out
	}
	return appendQuoteSlow(b, s, q)
}

// QuoteValid writes s, which must be valid UTF-8 (JSON that AppendJSON
// wrote, say), as Quote returns it.
func (w *Writer) QuoteValid(s string, q byte) {
	w.buf = AppendQuoteValid(w.buf, s, q)
	w.spill()
}

// AppendQuoteValid appends s, which must be valid UTF-8, as Quote
// returns it: only ASCII bytes are escaped, and no byte of a multi-byte
// character is ASCII, so s is copied in stretches between them.
func AppendQuoteValid(b []byte, s string, q byte) []byte {
	out, _ := appendQuoteFast(b, s, q, true)
	return out
}

// appendQuoteFast appends s quoted, escaping ASCII bytes only and
// copying the stretches between them; unless valid says s is valid
// UTF-8 it checks the rest of s at its first non-ASCII byte and reports
// false (b as it was) when it is not.
func appendQuoteFast(b []byte, s string, q byte, valid bool) ([]byte, bool) {
	at := len(b)
	b = append(b, q)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != 0x7f && c != q && c != '\\' {
			if c >= utf8.RuneSelf && !valid {
				if !utf8.ValidString(s[i:]) {
					return b[:at], false
				}
				valid = true
			}
			continue
		}
		b = append(b, s[start:i]...)
		b = appendQuoteEscape(b, c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, q), true
}

// appendQuoteEscape appends the escape of ASCII byte c in a Quote: the
// quote character, backslash or a control character.
func appendQuoteEscape(b []byte, c byte) []byte {
	switch c {
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	}
	if c < 0x20 || c == 0x7f {
		return append(b, '\\', 'u', '0', '0', upperHex[c>>4], upperHex[c&0xF])
	}
	return append(b, '\\', c)
}

// appendQuoteSlow is AppendQuote without its fast path.
func appendQuoteSlow(b []byte, s string, q byte) []byte {
	b = append(b, q)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == rune(q) || r == '\\' || r < 0x20 || r == 0x7f {
			b = appendQuoteEscape(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, r) // utf8.RuneError for invalid bytes: U+FFFD
	}
	return append(b, q)
}

const upperHex = "0123456789ABCDEF"

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

// CSV writes one record as encoding/csv's Writer writes it with its
// defaults (comma, "\n" line ends): a field is quoted, with its quotes
// doubled, when it holds a comma, quote, carriage return or line feed,
// starts with a space character, or is `\.`.
func (w *Writer) CSV(rec ...string) {
	w.buf = AppendCSV(w.buf, rec...)
	w.spill()
}

// AppendCSV appends rec as CSV writes it.
func AppendCSV(b []byte, rec ...string) []byte {
	for i, f := range rec {
		if i > 0 {
			b = append(b, ',')
		}
		if !csvQuoted(f) {
			b = append(b, f...)
			continue
		}
		b = append(b, '"')
		for {
			j := strings.IndexByte(f, '"')
			if j < 0 {
				break
			}
			b = append(b, f[:j+1]...)
			b = append(b, '"')
			f = f[j+1:]
		}
		b = append(b, f...)
		b = append(b, '"')
	}
	return append(b, '\n')
}

// csvQuoted reports whether encoding/csv quotes field f.
func csvQuoted(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` {
		return true
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c == '\n' || c == '\r' || c == '"' || c == ',' {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}
