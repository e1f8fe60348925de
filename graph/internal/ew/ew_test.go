package ew

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"newskg/graph"
)

// awkward are strings that every escaper must treat with care.
var awkward = []string{"", "plain", "Arabic عربي", "quote \" and 'single'", `back\slash`, "tab\tnew\nline\rcr", "\b\f\x00\x01\x1f\x7f",
	"bad \xff\xfe utf8", "\u2028\u2029 separators", "<html> & amp;", "\uFFFE\uFFFF nonchars", "\U0001F600 emoji", "trailing \xe2\x80"}

// TestJSONAsEncodingJSON checks that the hand-written lists JSON writes
// are byte for byte those of encoding/json without HTML escaping.
func TestJSONAsEncodingJSON(t *testing.T) {
	want := func(v any) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	var evs []graph.Evidence
	var als []graph.Alias
	var ms []graph.Merge
	for i, s := range awkward {
		evs = append(evs, graph.Evidence{Doc: s, URL: awkward[(i+1)%len(awkward)], Published: awkward[(i+2)%len(awkward)], Text: s + s,
			Start: i, End: -i, SubjectStart: 1 << 40, ObjectEnd: i * 7, Extractor: s, Rule: "r", Confidence: []float64{0, 0.1, 1e-7, 1e21, 0.333, -2, 123456789.125}[i%7]})
		als = append(als, graph.Alias{Text: s, Lang: "ar", Count: i, Docs: awkward[:i%3]})
		ms = append(ms, graph.Merge{Form: s, Into: s, Rule: "x", Key: s, Score: float64(i) / 3})
	}
	cases := []any{awkward, []string{}, []string(nil), evs, evs[:0], []graph.Evidence(nil), als, ms, []graph.Alias(nil)}
	for i, c := range cases {
		if got, w := JSON(c), want(c); got != w {
			t.Errorf("case %d:\n got %s\nwant %s", i, got, w)
		}
	}
}

// TestQuoteAndXMLFastPaths checks that the fast paths of Quote and XML
// give what the escaping loops give.
func TestQuoteAndXMLFastPaths(t *testing.T) {
	slowQuote := func(s string, q byte) string { // Quote without its fast path
		var b strings.Builder
		w := New(&b)
		w.Write(appendQuoteSlow(nil, s, q))
		w.Flush()
		return b.String()
	}
	for _, s := range append(awkward, "it's", `say "x"`) {
		for _, q := range []byte{'"', '\''} {
			if got, want := Quote(s, q), slowQuote(s, q); got != want {
				t.Errorf("Quote(%q, %c) = %s, want %s", s, q, got, want)
			}
		}
		var got, want bytes.Buffer
		w := New(&got)
		w.XML(s)
		w.Flush()
		xml.EscapeText(&want, []byte(s))
		if got.String() != want.String() {
			t.Errorf("XML(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

// FuzzXML holds AppendXML to xml.EscapeText, byte for byte.
func FuzzXML(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		xml.EscapeText(&want, []byte(s))
		if got := AppendXML([]byte("x"), s); string(got[1:]) != want.String() {
			t.Errorf("AppendXML(%q) = %q, want %q", s, got[1:], want.String())
		}
	})
}

// TestOrdered checks that formatting in runs on every core writes what
// one run writes, for run sizes that divide the items and that do not,
// and output larger than a buffer; and that a write error stops it.
func TestOrdered(t *testing.T) {
	format := func(out *Writer, from, to int) {
		for i := from; i < to; i++ {
			out.Int(i)
			out.S(strings.Repeat("x", i%700))
			out.Byte('\n')
		}
	}
	var want bytes.Buffer
	w := New(&want)
	format(w, 0, 5000)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 7, 5000} {
		for _, size := range []int{1, 3, 64, 10000} {
			t.Run(fmt.Sprintf("n%d/size%d", n, size), func(t *testing.T) {
				var got bytes.Buffer
				w := New(&got)
				w.S("head\n")
				w.Ordered(n, size, format)
				w.S("tail\n")
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				var one bytes.Buffer
				w = New(&one)
				w.S("head\n")
				format(w, 0, n)
				w.S("tail\n")
				w.Flush()
				if !bytes.Equal(got.Bytes(), one.Bytes()) {
					t.Errorf("got %d bytes, want %d (first difference at %d)", got.Len(), one.Len(), firstDiff(got.Bytes(), one.Bytes()))
				}
			})
		}
	}
	t.Run("error", func(t *testing.T) {
		w := New(failAfter{})
		w.Ordered(5000, 10, format)
		if err := w.Flush(); !errors.Is(err, errFull) {
			t.Errorf("error %v, want %v", err, errFull)
		}
	})
}

// TestOrderedTo checks that formatting in runs for several outputs
// writes to each what one run writes: items spread over the outputs,
// some to all, some to none, runs that leave an output empty; and that
// a write error in one output stops the formatting of further runs and
// is kept by that output.
func TestOrderedTo(t *testing.T) {
	format := func(outs []*Writer, from, to int) {
		for i := from; i < to; i++ {
			switch {
			case i%11 == 0: // to every output
				for k, out := range outs {
					out.Int(k)
					out.S(strings.Repeat("a", i%300))
					out.Byte('\n')
				}
			case i%5 == 0: // to none
			default:
				out := outs[i%len(outs)]
				out.Int(i)
				out.S(strings.Repeat("b", i%900))
				out.Byte('\n')
			}
		}
	}
	for _, n := range []int{0, 1, 7, 5000} {
		for _, size := range []int{1, 3, 64, 10000} {
			t.Run(fmt.Sprintf("n%d/size%d", n, size), func(t *testing.T) {
				got, one := make([]bytes.Buffer, 3), make([]bytes.Buffer, 3)
				ws, ones := make([]*Writer, 3), make([]*Writer, 3)
				for k := range ws {
					ws[k], ones[k] = New(&got[k]), New(&one[k])
					ws[k].S("head\n")
					ones[k].S("head\n")
				}
				OrderedTo(ws, n, size, format)
				format(ones, 0, n)
				for k := range ws {
					ws[k].S("tail\n")
					ones[k].S("tail\n")
					if err := ws[k].Flush(); err != nil {
						t.Fatal(err)
					}
					ones[k].Flush()
					if !bytes.Equal(got[k].Bytes(), one[k].Bytes()) {
						t.Errorf("output %d: got %d bytes, want %d (first difference at %d)", k, got[k].Len(), one[k].Len(), firstDiff(got[k].Bytes(), one[k].Bytes()))
					}
				}
			})
		}
	}
	t.Run("error", func(t *testing.T) {
		var good bytes.Buffer
		ws := []*Writer{New(&good), New(failAfter{})}
		var runs atomic.Int64
		OrderedTo(ws, 50000, 10, func(outs []*Writer, from, to int) {
			runs.Add(1)
			format(outs, from, to)
		})
		if err := ws[1].Flush(); !errors.Is(err, errFull) {
			t.Errorf("failed output: error %v, want %v", err, errFull)
		}
		if err := ws[0].Flush(); err != nil {
			t.Errorf("good output: error %v", err)
		}
		if n := runs.Load(); n > 100 {
			t.Errorf("%d of 5000 runs formatted after the error; want formatting to stop", n)
		}
	})
}

var errFull = errors.New("disk full")

type failAfter struct{}

func (failAfter) Write(p []byte) (int, error) { return 0, errFull }

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// csvWant is rec as encoding/csv's Writer writes it.
func csvWant(t *testing.T, rec ...string) string {
	var b strings.Builder
	c := csv.NewWriter(&b)
	if err := c.Write(rec); err != nil {
		t.Fatal(err)
	}
	c.Flush()
	return b.String()
}

// TestCSVAsEncodingCSV checks that CSV writes records byte for byte as
// encoding/csv does: the fields it quotes (comma, quote, line ends, a
// leading space character, `\.`) and the ones it must not.
func TestCSVAsEncodingCSV(t *testing.T) {
	fields := append(awkward, "a,b", `\.`, `\.x`, " lead", "\u00a0nbsp lead", "\u3000ideographic", "trail ", "x\"", "\"", ",", "\r", "\n", "مرحبا، عالم")
	recs := [][]string{{}, {""}, {"", ""}, fields}
	for _, f := range fields {
		recs = append(recs, []string{f}, []string{"id", f, f})
	}
	for i, rec := range recs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			var got strings.Builder
			w := New(&got)
			w.CSV(rec...)
			w.Flush()
			if want := csvWant(t, rec...); got.String() != want {
				t.Errorf("CSV(%q) = %q, want %q", rec, got.String(), want)
			}
		})
	}
	// Plain fields are not quoted: what must not come out.
	if got := string(AppendCSV(nil, "a", "b c", "عربي")); got != "a,b c,عربي\n" {
		t.Errorf("plain fields: %q", got)
	}
}

// FuzzCSV holds AppendCSV to encoding/csv, byte for byte.
func FuzzCSV(f *testing.F) {
	for _, s := range awkward {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := string(AppendCSV(nil, a, b)), csvWant(t, a, b); got != want {
			t.Errorf("AppendCSV(%q, %q) = %q, want %q", a, b, got, want)
		}
	})
}

// FuzzJSONString holds AppendJSONString to encoding/json without HTML
// escaping, byte for byte.
func FuzzJSONString(f *testing.F) {
	for _, s := range append(awkward, "\u2028x\u2029", "\xe2\x80", "\xe2\x80\xa8\xff", "é\u2027") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if got := AppendJSONString(nil, s); string(got) != strings.TrimSuffix(want.String(), "\n") {
			t.Errorf("AppendJSONString(%q) = %s, want %s", s, got, want.String())
		}
	})
}

// FuzzQuote holds AppendQuote's fast paths, and AppendQuoteValid, to the
// rune-by-rune escaper.
func FuzzQuote(f *testing.F) {
	for _, s := range append(awkward, "it's", `say "x"`, "\u0639\\'") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []byte{'"', '\''} {
			want := appendQuoteSlow(nil, s, q)
			if got := AppendQuote(nil, s, q); string(got) != string(want) {
				t.Errorf("AppendQuote(%q, %c) = %s, want %s", s, q, got, want)
			}
			if !utf8.ValidString(s) {
				continue // AppendQuoteValid takes valid UTF-8 only
			}
			if got := AppendQuoteValid([]byte("pre"), s, q); string(got) != "pre"+string(want) {
				t.Errorf("AppendQuoteValid(%q, %c) = %s, want pre%s", s, q, got, want)
			}
		}
	})
}
