package ner

import (
	"bufio"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"sort"
	"strings"
	"sync"

	"newskg/graph/textnorm"
)

// magic starts a model file. Version 4 records the normaliser the model's
// words were folded with; versions 2 and 3, folded by the tagger's own
// former normaliser, are refused.
const magic = "NEWSKG-NER 4\n"

// magicOld is the start of the headers of earlier versions.
const magicOld = "NEWSKG-NER "

// Model flags.
const (
	flagDocCtx = 1 << iota
	flagPairs
	flagBILOU  // tags in the BILOU encoding (otherwise IOB2)
	flagSpread // names spread to their untagged repeats in a document
	flagQuote  // features of a word's place in a short quotation (extQuote)
	flagConj   // Arabic trigger and nisba conjunctions (extConj)
	// flagStack: a second-stage model (stack.go); its first stage's flags
	// and weights follow its own weights
	flagStack
	// flagS1X: a second stage's extra features (extS1X)
	flagS1X
	// flagPlurals: names of plurals of relative adjectives dropped
	// (dropPlurals)
	flagPlurals
	// flagLex: lexicon and letter-shape features (extLex); the lexicon's
	// word classes follow the gazetteer
	flagLex
	flagsKnown = flagDocCtx | flagPairs | flagBILOU | flagSpread | flagQuote | flagConj | flagStack | flagS1X | flagPlurals | flagLex
)

// flags returns the bits of the model's options that Save records.
func (m *Model) flags() uint64 {
	var flags uint64
	for _, o := range []struct {
		on  bool
		bit uint64
	}{
		{m.docCtx, flagDocCtx}, {m.pairs, flagPairs}, {m.ts.bilou, flagBILOU}, {m.spread, flagSpread},
		{m.res.ext&extQuote != 0, flagQuote}, {m.res.ext&extConj != 0, flagConj}, {m.first != nil, flagStack}, {m.res.ext&extS1X != 0, flagS1X}, {m.plurals, flagPlurals}, {m.res.ext&extLex != 0, flagLex},
	} {
		if o.on {
			flags |= o.bit
		}
	}
	return flags
}

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
	e.uv(m.flags())
	e.str(m.norm)
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
	// word classes: the number of clusterings, then each word and its classes
	e.uv(uint64(len(m.res.noClass)))
	if len(m.res.noClass) > 0 {
		ks := make([]string, 0, len(m.res.clus))
		for k := range m.res.clus {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		e.uv(uint64(len(ks)))
		for _, k := range ks {
			e.str(k)
			for _, c := range m.res.clus[k] {
				e.uv(uint64(c))
			}
		}
	}
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
	if m.res.ext&extLex != 0 {
		sortedStrMap(m.res.wcls)
	}
	m.encodeWeights(e)
	if f := m.first; f != nil {
		e.uv(f.flags() & (flagPairs | flagBILOU | flagSpread)) // what a first stage's tagging reads
		f.encodeWeights(e)
	}
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// encodeWeights writes the model's transitions, O bias, feature rows and
// token-conditioned transitions.
func (m *Model) encodeWeights(e *encoder) {
	for _, v := range m.trans {
		e.uv(uint64(math.Float32bits(v)))
	}
	e.uv(uint64(math.Float32bits(m.oBias)))
	// feature rows, by key
	fr := m.rows()
	rows := make([]int, fr.len())
	for r := range rows {
		rows[r] = r
	}
	key := func(r int) uint64 { k, _ := fr.row(r); return k }
	sort.Slice(rows, func(i, j int) bool { return key(rows[i]) < key(rows[j]) })
	mx := 0.0
	for r := range rows {
		_, w := fr.row(r)
		for _, v := range w {
			mx = math.Max(mx, math.Abs(float64(v)))
		}
	}
	scale := mx / 32767
	if m.scale != 0 {
		// a loaded model: its weights are multiples of the scale it was
		// saved with, so saving it again gives the same bytes
		scale = m.scale
	}
	if scale == 0 {
		scale = 1
	}
	e.uv(math.Float64bits(scale))
	e.uv(uint64(len(rows)))
	prev := uint64(0)
	nT, nTr := m.nT, m.nTr()
	var q [maxT]int64
	for _, r := range rows {
		k, w := fr.row(r)
		mask := uint64(0)
		for t := 0; t < nT; t++ {
			q[t] = int64(math.Round(float64(w[t]) / scale))
			if q[t] != 0 {
				mask |= 1 << t
			}
		}
		e.uv(k - prev)
		prev = k
		e.uv(mask)
		for t := 0; t < nT; t++ {
			if q[t] != 0 {
				e.sv(q[t])
			}
		}
	}
	type kr struct {
		k uint64
		r int32
	}
	if m.pairs {
		// token-conditioned transitions: each key and its weights
		var pk []kr
		for i, k := range m.pairTab.keys {
			if k != 0 {
				pk = append(pk, kr{k, m.pairTab.rows[i]})
			}
		}
		sort.Slice(pk, func(i, j int) bool { return pk[i].k < pk[j].k })
		e.uv(uint64(len(pk)))
		for _, p := range pk {
			e.uv(p.k)
			for _, v := range m.pairW[int(p.r)*nTr : int(p.r)*nTr+nTr] {
				e.uv(uint64(math.Float32bits(v)))
			}
		}
	}
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

// Normaliser names the normaliser the model's words were folded with, as
// its header records it (Load refuses a model of another normaliser).
func (m *Model) Normaliser() string { return m.norm }

// ErrFormat is returned by Load for data that is not a model.
var ErrFormat = errors.New("ner: not a model file")

// ErrNormaliser is returned by Load for a model whose words were folded by
// another normaliser than this build's textnorm.FoldVersion: its features
// would not match the words it is given. Retrain it with kg train-ner.
var ErrNormaliser = errors.New("ner: model trained under another normaliser")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, mg); err != nil || !strings.HasPrefix(string(mg), magicOld) {
		return nil, ErrFormat
	}
	if string(mg) != magic {
		return nil, fmt.Errorf("%w: %q is the tagger's own former normaliser, this build folds with %s", ErrNormaliser, strings.TrimSpace(string(mg)), textnorm.FoldVersion)
	}
	m := &Model{}
	m.Lang = d.str()
	flags := d.uv()
	m.docCtx = flags&flagDocCtx != 0
	m.pairs = flags&flagPairs != 0
	m.spread = flags&flagSpread != 0 && m.docCtx
	if flags&flagQuote != 0 {
		m.res.ext |= extQuote
	}
	if flags&flagConj != 0 {
		m.res.ext |= extConj
	}
	if flags&flagS1X != 0 {
		m.res.ext |= extS1X
	}
	m.plurals = flags&flagPlurals != 0
	if flags&^flagsKnown != 0 && d.err == nil {
		return nil, fmt.Errorf("%w: unknown flags %#x", ErrFormat, flags&^flagsKnown)
	}
	if flags&flagBILOU != 0 {
		m.setTags(bilouTags)
	} else {
		m.setTags(bioTags)
	}
	if m.norm = d.str(); m.norm != textnorm.FoldVersion && d.err == nil {
		return nil, fmt.Errorf("%w: model folded with %q, this build with %q", ErrNormaliser, m.norm, textnorm.FoldVersion)
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
	if ng := d.count(8); ng > 0 {
		n := d.count(1 << 24)
		m.res.clus = make(map[string][]uint16, n)
		m.res.noClass = make([]uint16, ng)
		all := make([]uint16, n*ng)
		for i := 0; i < n && d.err == nil; i++ {
			k := d.str()
			v := all[i*ng : i*ng+ng : i*ng+ng]
			for g := range v {
				v[g] = uint16(d.count(1 << 16))
			}
			m.res.clus[k] = v
		}
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
	if flags&flagLex != 0 {
		m.res.setLex(nil)
		m.res.wcls = strMap()
	}
	if err := m.decodeWeights(d); err != nil {
		return nil, err
	}
	if flags&flagStack != 0 {
		f := &Model{Lang: m.Lang, res: m.res, docCtx: true, norm: m.norm}
		ff := d.uv()
		f.pairs = ff&flagPairs != 0
		f.spread = ff&flagSpread != 0
		if ff&flagBILOU != 0 {
			f.setTags(bilouTags)
		} else {
			f.setTags(bioTags)
		}
		if err := f.decodeWeights(d); err != nil {
			return nil, err
		}
		m.first = f
	}
	if d.err != nil {
		return nil, fmt.Errorf("load model: %w", d.err)
	}
	return m, nil
}

// decodeWeights reads what encodeWeights wrote.
func (m *Model) decodeWeights(d *decoder) error {
	nT, nTr := m.nT, m.nTr()
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(uint32(d.uv()))
	}
	m.oBias = math.Float32frombits(uint32(d.uv()))
	scale := math.Float64frombits(d.uv())
	m.scale = scale
	n := d.count(1 << 28)
	if d.err != nil {
		return fmt.Errorf("load model: %w", d.err)
	}
	// the rows go straight to the layout decoding reads (rows): tab and w
	// stay empty
	fr := newFlatRows(n, nT)
	prev := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		prev += d.uv()
		mask := d.uv()
		var w []float32
		if prev <= 1 && fr.find(prev) >= 0 {
			o := fr.find(prev)
			w = fr.data[o : o+nT] // keys 0 and 1 are one row, as in table
			clear(w)
		} else {
			w = fr.add(prev)
		}
		for t := 0; t < nT; t++ {
			if mask&(1<<t) != 0 {
				w[t] = float32(float64(d.sv()) * scale)
			}
		}
	}
	m.flatOnce.Do(func() { m.flat = fr })
	if m.pairs {
		n := d.count(1 << 16)
		m.pairTab = newTable(n)
		m.pairW = make([]float32, n*nTr)
		for i := 0; i < n && d.err == nil; i++ {
			m.pairTab.put(d.uv(), int32(i))
			for j := 0; j < nTr; j++ {
				m.pairW[i*nTr+j] = math.Float32frombits(uint32(d.uv()))
			}
		}
	}
	if d.err != nil {
		return fmt.Errorf("load model: %w", d.err)
	}
	return nil
}

//go:embed models
var modelFS embed.FS

// Models is the shipped models' embedded files, for a digest of what an
// extraction was made with.
func Models() fs.FS { return modelFS }

// shippedModel is a shipped model, decoded once when first asked for.
type shippedModel struct {
	once sync.Once
	m    *Model
	err  error
}

var (
	shippedMu sync.Mutex
	shipped   = map[string]*shippedModel{"en": {}, "ar": {}}
)

// ForLang returns the shipped model for "en" or "ar", decoded from the
// embedded file once, lazily. The model is safe for concurrent use.
func ForLang(lang string) (*Model, error) {
	shippedMu.Lock()
	s, ok := shipped[lang]
	shippedMu.Unlock()
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

// Release lets the shipped models go (about 30 MB decoded) where no
// caller holds them: a program that is done tagging calls it before
// work that needs the memory more. A later ForLang decodes the model
// again.
func Release() {
	shippedMu.Lock()
	defer shippedMu.Unlock()
	for lang := range shipped {
		shipped[lang] = &shippedModel{}
	}
}
