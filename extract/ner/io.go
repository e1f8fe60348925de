package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

const magic = "NEWSKG-NER 3\n"

// magic2 is the header of models without a flags field.
const magic2 = "NEWSKG-NER 2\n"

// Model flags.
const flagDocCtx = 1

// Save writes the model, gzip-compressed. Weights are quantised to 16 bits
// and only non-zero ones are stored.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(magic))
	e.str(m.Lang)
	var flags uint64
	if m.docCtx {
		flags |= flagDocCtx
	}
	e.uv(flags)
	sortedStrMap := func(mp map[string]string) {
		ks := make([]string, 0, len(mp))
		for k := range mp {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		e.uv(uint64(len(ks)))
		for _, k := range ks {
			e.str(k)
			e.str(mp[k])
		}
	}
	sortedStrMap(m.res.lex)
	sortedStrMap(m.res.labels)
	g := m.res.gaz
	if g == nil {
		g = newGaz()
	}
	e.uv(uint64(g.maxLen))
	gk := make([]uint64, 0, len(g.m))
	for k := range g.m {
		gk = append(gk, k)
	}
	sort.Slice(gk, func(i, j int) bool { return gk[i] < gk[j] })
	e.uv(uint64(len(gk)))
	var prev uint64
	for _, k := range gk {
		e.uv(k - prev)
		e.uv(uint64(g.m[k]))
		prev = k
	}
	for _, v := range m.trans {
		e.uv(uint64(math.Float32bits(v)))
	}
	e.uv(uint64(math.Float32bits(m.oBias)))
	// feature rows
	type kr struct {
		k uint64
		r int32
	}
	var rows []kr
	for i, k := range m.tab.keys {
		if k != 0 {
			rows = append(rows, kr{k, m.tab.rows[i]})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].k < rows[j].k })
	mx := 0.0
	for _, v := range m.w {
		mx = math.Max(mx, math.Abs(float64(v)))
	}
	scale := mx / 32767
	if scale == 0 {
		scale = 1
	}
	e.uv(math.Float64bits(scale))
	e.uv(uint64(len(rows)))
	prev = 0
	var q [nT]int64
	for _, r := range rows {
		mask := uint64(0)
		for t := 0; t < nT; t++ {
			q[t] = int64(math.Round(float64(m.w[int(r.r)*nT+t]) / scale))
			if q[t] != 0 {
				mask |= 1 << t
			}
		}
		e.uv(r.k - prev)
		prev = r.k
		e.uv(mask)
		for t := 0; t < nT; t++ {
			if q[t] != 0 {
				e.sv(q[t])
			}
		}
	}
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) uv(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) sv(v int64)  { e.bytes(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *encoder) str(s string) {
	e.uv(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.err = err
	return v
}

func (d *decoder) sv() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.err = err
	return v
}

func (d *decoder) count(limit uint64) int {
	n := d.uv()
	if n > limit {
		if d.err == nil {
			d.err = fmt.Errorf("count %d too large", n)
		}
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	_, d.err = io.ReadFull(d.r, b)
	return string(b)
}

// ErrFormat is returned by Load for data that is not a model.
var ErrFormat = errors.New("ner: not a model file")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, mg); err != nil || string(mg) != magic && string(mg) != magic2 {
		return nil, ErrFormat
	}
	m := &Model{}
	m.Lang = d.str()
	if string(mg) == magic {
		m.docCtx = d.uv()&flagDocCtx != 0
	}
	strMap := func() map[string]string {
		n := d.count(1 << 26)
		if n == 0 {
			return nil
		}
		mp := make(map[string]string, n)
		for i := 0; i < n && d.err == nil; i++ {
			k := d.str()
			mp[k] = d.str()
		}
		return mp
	}
	m.res.lex = strMap()
	for _, v := range m.res.lex {
		if v == "D" {
			m.res.hasDict = true
			break
		}
	}
	if m.res.labels = strMap(); len(m.res.labels) == 0 {
		m.res.labels = nil
	}
	g := newGaz()
	g.maxLen = d.count(64)
	n := d.count(1 << 28)
	g.m = make(map[uint64]uint16, n)
	var prev uint64
	for i := 0; i < n && d.err == nil; i++ {
		prev += d.uv()
		g.m[prev] = uint16(d.uv())
	}
	m.res.gaz = g
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(uint32(d.uv()))
	}
	m.oBias = math.Float32frombits(uint32(d.uv()))
	scale := math.Float64frombits(d.uv())
	n = d.count(1 << 28)
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	m.tab = newTable(n)
	m.w = make([]float32, n*nT)
	prev = 0
	for i := 0; i < n && d.err == nil; i++ {
		prev += d.uv()
		mask := d.uv()
		for t := 0; t < nT; t++ {
			if mask&(1<<t) != 0 {
				m.w[i*nT+t] = float32(float64(d.sv()) * scale)
			}
		}
		m.tab.put(prev, int32(i))
	}
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	return m, nil
}

//go:embed models
var modelFS embed.FS

var shipped = map[string]*struct {
	once sync.Once
	m    *Model
	err  error
}{"en": {}, "ar": {}}

// ForLang returns the shipped model for "en" or "ar", decoded from the
// embedded file once, lazily. The model is safe for concurrent use.
func ForLang(lang string) (*Model, error) {
	s, ok := shipped[lang]
	if !ok {
		return nil, fmt.Errorf("ner: no model for language %q", lang)
	}
	s.once.Do(func() {
		f, err := modelFS.Open("models/" + lang + ".model.gz")
		if err != nil {
			s.err = fmt.Errorf("ner: model for %q: %w", lang, err)
			return
		}
		defer f.Close()
		s.m, s.err = Load(f)
	})
	return s.m, s.err
}
