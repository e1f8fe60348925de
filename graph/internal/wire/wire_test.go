package wire

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"newskg/graph"
)

func sample() (graph.Mention, graph.Relation, graph.Evidence) {
	m := graph.Mention{Doc: "z1.txt", Start: 4, End: 17, Text: "Talia Verrano", Type: graph.Person, Lang: "en", Sent: 2, Key: "", Name: "Talia Verrano", Role: "envoy", Extractor: "rules", Confidence: 0.75}
	o := graph.Mention{Doc: "z1.txt", Start: 30, End: 36, Text: "بلدية", Type: graph.Organization, Lang: "ar", KBID: "org-x", Confidence: 1}
	ev := graph.Evidence{Doc: "z1.txt", Text: "Talia Verrano met them.", Start: 4, End: 40, SubjectStart: 4, SubjectEnd: 17, ObjectStart: 30, ObjectEnd: 36, Extractor: "rules", Rule: "met", Confidence: 0.5}
	r := graph.Relation{Subject: m, Object: o, Predicate: graph.MemberOf, Role: "member", Evidence: ev}
	return m, r, ev
}

// TestRoundTrip writes every kind of field and reads it back, with
// repeated strings stored once.
func TestRoundTrip(t *testing.T) {
	m, r, ev := sample()
	e := NewEncoder()
	e.Str("v1")
	e.Int(-42)
	e.Uint(7)
	e.Bool(true)
	e.Bool(false)
	e.Float(0.125)
	e.Strs([]string{"a", "", "a"})
	e.Counts(map[string]int{"x": 2, "y": 1}, []string{"x", "y"})
	e.Mention(&m)
	e.Relation(&r)
	e.Evidence(&ev)
	b := e.Bytes()
	d := NewDecoder(b)
	if got := d.Str(); got != "v1" {
		t.Fatalf("Str %q", got)
	}
	if got := d.Int(); got != -42 {
		t.Fatalf("Int %d", got)
	}
	if got := d.Uint(); got != 7 {
		t.Fatalf("Uint %d", got)
	}
	if !d.Bool() || d.Bool() {
		t.Fatal("Bool")
	}
	if got := d.Float(); got != 0.125 {
		t.Fatalf("Float %v", got)
	}
	if got := d.Strs(); !reflect.DeepEqual(got, []string{"a", "", "a"}) {
		t.Fatalf("Strs %q", got)
	}
	if got := d.Counts(); !reflect.DeepEqual(got, map[string]int{"x": 2, "y": 1}) {
		t.Fatalf("Counts %v", got)
	}
	if got := d.Mention(); got != m {
		t.Fatalf("Mention %+v, want %+v", got, m)
	}
	if got := d.Relation(); !reflect.DeepEqual(got, r) {
		t.Fatalf("Relation %+v, want %+v", got, r)
	}
	if got := d.Evidence(); got != ev {
		t.Fatalf("Evidence %+v", got)
	}
	if err := d.Done(); err != nil {
		t.Fatal(err)
	}
}

// TestCorrupt: a truncated record, one with bytes left over and one
// with a string index out of its table are errors, never a panic or a
// wrong value read silently.
func TestCorrupt(t *testing.T) {
	e := NewEncoder()
	e.Str("hello")
	e.Strs([]string{"a", "b"})
	b := e.Bytes()
	for n := 0; n < len(b); n++ {
		d := NewDecoder(b[:n])
		d.Str()
		d.Strs()
		if err := d.Done(); !errors.Is(err, ErrCorrupt) {
			t.Errorf("truncated to %d bytes: %v", n, err)
		}
	}
	d := NewDecoder(append(append([]byte(nil), b...), 0))
	d.Str()
	d.Strs()
	if err := d.Done(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a byte left over: %v", err)
	}
}

func FuzzDecoder(f *testing.F) {
	m, r, _ := sample()
	e := NewEncoder()
	e.Mention(&m)
	e.Relation(&r)
	f.Add(e.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		d := NewDecoder(b)
		d.Mention()
		d.Relation()
		d.Strs()
		d.Counts()
		_ = d.Done() // any error, no panic
	})
}

// TestDecoderShared checks that a record read without copying its
// strings gives what NewDecoder gives, and that a cut record is corrupt.
func TestDecoderShared(t *testing.T) {
	_, r, _ := sample()
	e := NewEncoder()
	e.Relation(&r)
	e.Strs([]string{"", "x", "ضيف"})
	var buf bytes.Buffer
	if _, err := e.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), e.Bytes()) {
		t.Fatal("WriteTo and Bytes differ")
	}
	d := NewDecoderShared(buf.Bytes())
	if got := d.Relation(); got != r {
		t.Errorf("Relation %+v, want %+v", got, r)
	}
	if got := d.Strs(); !reflect.DeepEqual(got, []string{"", "x", "ضيف"}) {
		t.Errorf("Strs %q", got)
	}
	if err := d.Done(); err != nil {
		t.Error(err)
	}
	for cut := 0; cut < buf.Len(); cut += 7 {
		d := NewDecoderShared(buf.Bytes()[:cut])
		d.Relation()
		d.Strs()
		if d.Done() == nil {
			t.Errorf("cut at %d: no error", cut)
		}
	}
}

// TestDecoderOwn: after Own, the strings read are f's of the table's
// (so they need not be the record's bytes), and f is called once per
// string of the table, however often it is read.
func TestDecoderOwn(t *testing.T) {
	e := NewEncoder()
	e.Strs([]string{"alpha", "ضيف", "alpha", "beta"})
	d := NewDecoderShared(e.Bytes())
	calls := 0
	d.Own(func(s string) string { calls++; return strings.ToUpper(s) + "!" })
	if got := d.Strs(); !reflect.DeepEqual(got, []string{"ALPHA!", "ضيف!", "ALPHA!", "BETA!"}) {
		t.Errorf("Strs %q, want f's strings", got)
	}
	if calls != 3 {
		t.Errorf("f called %d times for 3 strings", calls)
	}
	if err := d.Done(); err != nil {
		t.Error(err)
	}
}

// A record whose body waits in a file (SpillTo, Spill) is written as
// the same record kept in memory, whatever the points it was moved at,
// and WriteTo counts every byte; Bytes refuses it.
func TestSpilledBody(t *testing.T) {
	write := func(e *Encoder, every int) {
		for i := 0; i < 500; i++ {
			if every > 0 && i%every == 0 {
				if err := e.Spill(); err != nil {
					t.Fatal(err)
				}
			}
			e.Str(fmt.Sprintf("name %d", i%37))
			e.Int(-i)
			e.Uint(i * 1000)
			e.Float(float64(i) / 3)
			e.Bool(i%2 == 0)
		}
	}
	mem := NewEncoder()
	write(mem, 0)
	want := mem.Bytes()
	for _, every := range []int{1, 7, 100, 1000} {
		t.Run(fmt.Sprint(every), func(t *testing.T) {
			f, err := os.CreateTemp(t.TempDir(), "body")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			e := NewEncoder()
			e.SpillTo(f)
			write(e, every)
			var got bytes.Buffer
			n, err := e.WriteTo(&got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) || n != int64(len(want)) {
				t.Fatalf("spilled record: %d bytes (counted %d), want the %d of the record in memory", got.Len(), n, len(want))
			}
			defer func() {
				if recover() == nil {
					t.Error("Bytes of a spilled record did not panic")
				}
			}()
			e.Bytes()
		})
	}
}
