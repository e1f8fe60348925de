// Package wire is a compact binary encoding for what a graph store
// keeps per document to resolve again without extracting: integers as
// varints, floats as their bits, and strings once each in a table at the
// head of the record, so that the many repeated strings of a document
// (its id, types, extractor names, a name mentioned ten times) cost one
// copy and decoding allocates the table once. It is not a general
// format: the writer and the reader of a record agree on its fields and
// their order, and a record starts with a version the reader checks.
package wire

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"unsafe"

	"newskg/graph"
)

// ErrCorrupt is returned for a record that cannot be decoded.
var ErrCorrupt = errors.New("wire: corrupt record")

// Encoder writes one record.
type Encoder struct {
	body  []byte
	index map[string]int
	table []string
	spill *bodySpill // where the body written so far waits (nil: in body)
}

// bodySpill is a file the start of a record's body waits in (SpillTo).
type bodySpill struct {
	f *os.File
	w *bufio.Writer
	n int64 // bytes written to it
}

// SpillTo makes the encoder keep the body it has written in f, not in
// memory, from each Spill on; WriteTo then copies it from f. The
// caller owns f (an empty temporary file opened for reading and
// writing) and closes it after WriteTo. A large record (a whole graph's
// snapshot) then holds only its table in memory: its body had taken as
// much again, twice over while it grew.
func (e *Encoder) SpillTo(f *os.File) {
	e.spill = &bodySpill{f: f, w: bufio.NewWriterSize(f, 1<<16)}
}

// Spill moves the body written so far to the encoder's file (SpillTo;
// without one it does nothing).
func (e *Encoder) Spill() error {
	if e.spill == nil || len(e.body) == 0 {
		return nil
	}
	n, err := e.spill.w.Write(e.body)
	e.spill.n += int64(n)
	e.body = e.body[:0]
	return err
}

// NewEncoder starts a record.
func NewEncoder() *Encoder { return &Encoder{index: map[string]int{}} }

// Int writes a signed integer.
func (e *Encoder) Int(v int) { e.body = binary.AppendVarint(e.body, int64(v)) }

// Uint writes a non-negative integer (a length, a count).
func (e *Encoder) Uint(v int) { e.body = binary.AppendUvarint(e.body, uint64(v)) }

// Bool writes a flag.
func (e *Encoder) Bool(v bool) {
	if v {
		e.body = append(e.body, 1)
	} else {
		e.body = append(e.body, 0)
	}
}

// Float writes a float64 exactly.
func (e *Encoder) Float(v float64) {
	e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(v))
}

// Str writes a string (an index into the record's table).
func (e *Encoder) Str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = len(e.table)
		e.index[s] = i
		e.table = append(e.table, s)
	}
	e.Uint(i)
}

// Strs writes a list of strings.
func (e *Encoder) Strs(ss []string) {
	e.Uint(len(ss))
	for _, s := range ss {
		e.Str(s)
	}
}

// Counts writes a map of strings to counts, in key order.
func (e *Encoder) Counts(m map[string]int, keys []string) {
	e.Uint(len(keys))
	for _, k := range keys {
		e.Str(k)
		e.Int(m[k])
	}
}

// head returns the record's head (the number of strings in the table,
// their total length n, and each one's length), and n.
func (e *Encoder) head() ([]byte, int) {
	n := 0
	for _, s := range e.table {
		n += len(s)
	}
	head := make([]byte, 0, 2*binary.MaxVarintLen64+len(e.table)*2)
	head = binary.AppendUvarint(head, uint64(len(e.table)))
	head = binary.AppendUvarint(head, uint64(n))
	for _, s := range e.table {
		head = binary.AppendUvarint(head, uint64(len(s)))
	}
	return head, n
}

// Bytes returns the record: the head, the table's strings, then the body.
// It must not be called on an encoder that spills (SpillTo).
func (e *Encoder) Bytes() []byte {
	if e.spill != nil {
		panic("wire: Bytes of a record whose body is spilled")
	}
	head, n := e.head()
	out := append(make([]byte, 0, len(head)+n+len(e.body)), head...)
	for _, s := range e.table {
		out = append(out, s...)
	}
	return append(out, e.body...)
}

// WriteTo writes the record Bytes returns without building it in
// memory: the table's strings go to w as they are, then the body.
func (e *Encoder) WriteTo(w io.Writer) (int64, error) {
	head, n := e.head()
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.Write(head)
	for _, s := range e.table {
		bw.WriteString(s)
	}
	var spilled int64
	if sp := e.spill; sp != nil {
		if err := sp.w.Flush(); err != nil {
			return 0, err
		}
		if _, err := sp.f.Seek(0, io.SeekStart); err != nil {
			return 0, err
		}
		if m, err := io.CopyN(bw, sp.f, sp.n); err != nil {
			return 0, fmt.Errorf("wire: spilled body: %d of %d bytes read back: %w", m, sp.n, err)
		}
		spilled = sp.n
	}
	bw.Write(e.body)
	return int64(len(head)+n+len(e.body)) + spilled, bw.Flush()
}

// Decoder reads one record. Errors are sticky: after the first, every
// read returns a zero value and Err reports it.
type Decoder struct {
	b     []byte
	table []string
	err   error
}

// NewDecoder reads the table of a record.
func NewDecoder(b []byte) *Decoder { return newDecoder(b, false) }

// NewDecoderShared reads the record b as NewDecoder does, except that
// the table's strings are not copied: they point into b, which the
// caller must never change afterwards. A large record then costs its
// own size once, and no time to copy.
func NewDecoderShared(b []byte) *Decoder { return newDecoder(b, true) }

// newDecoder reads the table: its count, its strings' total size, each
// string's length, then the strings end to end, cut from one string
// (a copy of them, or b's own bytes when shared).
func newDecoder(b []byte, shared bool) *Decoder {
	d := &Decoder{b: b}
	n := d.Uint()
	size := d.Uint()
	if d.err != nil || n > len(d.b) || size > len(d.b) {
		d.fail()
		return d
	}
	d.table = make([]string, n)
	lens := d.b
	// the lengths come first; find where they end
	for range d.table {
		if d.Uint(); d.err != nil {
			return d
		}
	}
	if size > len(d.b) {
		d.fail()
		return d
	}
	var all string
	switch {
	case !shared:
		all = string(d.b[:size]) // one allocation for every string
	case size > 0:
		all = unsafe.String(&d.b[0], size)
	}
	d.b = d.b[size:]
	at := 0
	for i := range d.table {
		l, k := binary.Uvarint(lens)
		lens = lens[k:]
		if at+int(l) > size {
			d.fail()
			return d
		}
		d.table[i] = all[at : at+int(l)]
		at += int(l)
	}
	if at != size {
		d.fail()
	}
	return d
}

func (d *Decoder) fail() {
	if d.err == nil {
		d.err = ErrCorrupt
	}
	d.b = nil
}

// Own replaces each string of the record's table by f of it (a copy,
// or one shared with every other copy of it), so that the strings read
// after it do not hold the record's bytes (NewDecoderShared) and each
// string of the record costs f once, however often it is read.
func (d *Decoder) Own(f func(string) string) {
	for i, s := range d.table {
		d.table[i] = f(s)
	}
}

// Err returns the first error met.
func (d *Decoder) Err() error { return d.err }

// Done reports an error unless the record was read to its end.
func (d *Decoder) Done() error {
	if d.err == nil && len(d.b) != 0 {
		d.err = ErrCorrupt
	}
	return d.err
}

// Rest returns what is left of the record to read.
func (d *Decoder) Rest() []byte { return d.b }

// At returns a Decoder of b, part of the record d reads (from a
// position the caller found), with d's table: several parts of one
// record may then be read at once, each by its own Decoder.
func (d *Decoder) At(b []byte) *Decoder { return &Decoder{b: b, table: d.table, err: d.err} }

// Int reads a signed integer.
func (d *Decoder) Int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// Uint reads a non-negative integer.
func (d *Decoder) Uint() int {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > math.MaxInt32 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// Len reads a length and checks it against what is left (each element
// takes at least a byte).
func (d *Decoder) Len() int {
	n := d.Uint()
	if n > len(d.b) {
		d.fail()
		return 0
	}
	return n
}

// Bool reads a flag.
func (d *Decoder) Bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v != 0
}

// Float reads a float64.
func (d *Decoder) Float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

// Str reads a string.
func (d *Decoder) Str() string {
	i := d.Uint()
	if i >= len(d.table) {
		d.fail()
		return ""
	}
	return d.table[i]
}

// Strs reads a list of strings (nil when empty).
func (d *Decoder) Strs() []string {
	n := d.Len()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.Str()
	}
	return out
}

// Counts reads a map of strings to counts (nil when empty).
func (d *Decoder) Counts() map[string]int {
	n := d.Len()
	if n == 0 {
		return nil
	}
	m := make(map[string]int, n)
	for i := 0; i < n; i++ {
		k := d.Str()
		m[k] = d.Int()
	}
	return m
}

// Mention writes a mention, every field.
func (e *Encoder) Mention(m *graph.Mention) {
	e.Str(m.Doc)
	e.Str(m.Text)
	e.Str(string(m.Type))
	e.Int(m.Start)
	e.Int(m.End)
	e.Int(m.Sent)
	e.Str(m.Lang)
	e.Str(m.Name)
	e.Str(m.KBID)
	e.Str(m.Key)
	e.Str(m.Country)
	e.Str(m.Place)
	e.Str(m.Role)
	e.Str(m.Date)
	e.Str(m.Extractor)
	e.Float(m.Confidence)
}

// Mention reads a mention.
func (d *Decoder) Mention() graph.Mention {
	var m graph.Mention
	m.Doc = d.Str()
	m.Text = d.Str()
	m.Type = graph.EntityType(d.Str())
	m.Start = d.Int()
	m.End = d.Int()
	m.Sent = d.Int()
	m.Lang = d.Str()
	m.Name = d.Str()
	m.KBID = d.Str()
	m.Key = d.Str()
	m.Country = d.Str()
	m.Place = d.Str()
	m.Role = d.Str()
	m.Date = d.Str()
	m.Extractor = d.Str()
	m.Confidence = d.Float()
	return m
}

// Evidence writes a relation's evidence, every field.
func (e *Encoder) Evidence(v *graph.Evidence) {
	e.Str(v.Doc)
	e.Str(v.URL)
	e.Str(v.Published)
	e.Str(v.Text)
	e.Int(v.Start)
	e.Int(v.End)
	e.Int(v.SubjectStart)
	e.Int(v.SubjectEnd)
	e.Int(v.ObjectStart)
	e.Int(v.ObjectEnd)
	e.Str(v.Extractor)
	e.Str(v.Rule)
	e.Float(v.Confidence)
}

// Evidence reads a relation's evidence.
func (d *Decoder) Evidence() graph.Evidence {
	var v graph.Evidence
	v.Doc = d.Str()
	v.URL = d.Str()
	v.Published = d.Str()
	v.Text = d.Str()
	v.Start = d.Int()
	v.End = d.Int()
	v.SubjectStart = d.Int()
	v.SubjectEnd = d.Int()
	v.ObjectStart = d.Int()
	v.ObjectEnd = d.Int()
	v.Extractor = d.Str()
	v.Rule = d.Str()
	v.Confidence = d.Float()
	return v
}

// Relation writes a relation, every field.
func (e *Encoder) Relation(r *graph.Relation) {
	e.Mention(&r.Subject)
	e.Str(string(r.Predicate))
	e.Mention(&r.Object)
	e.Str(r.Role)
	e.Str(r.RolePhrase)
	e.Evidence(&r.Evidence)
}

// Relation reads a relation.
func (d *Decoder) Relation() graph.Relation {
	var r graph.Relation
	r.Subject = d.Mention()
	r.Predicate = graph.Predicate(d.Str())
	r.Object = d.Mention()
	r.Role = d.Str()
	r.RolePhrase = d.Str()
	r.Evidence = d.Evidence()
	return r
}
