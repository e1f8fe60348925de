package ner

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// Span is a tagged entity over tokens [Start, End) with Type "PER", "LOC",
// "ORG" or "MISC" and a Score in [0,1], the model's marginal probability of
// the span's tags (the least sure token of the span).
type Span struct {
	Start, End int
	Type       string
	Score      float64
}

// Model is a trained first-order averaged-perceptron tagger. It is safe for
// concurrent use.
type Model struct {
	Lang string
	res  resources
	tab  table
	// ts is the model's tag set (IOB2 or BILOU); nT is its size.
	ts *tagSet
	nT int
	w  []float32 // rows of nT weights
	// trans[(prev+1)*nT+cur]; prev -1 is the sentence start.
	trans []float32
	pool  sync.Pool
	epoch int     // epoch chosen in training (not saved)
	oBias float32 // subtracted from the O score of every token
	// docCtx is set for models trained with document-context features:
	// TagDoc then gives each sentence the context of its neighbours.
	docCtx bool
	// spread is set for models that tag the untagged repeats of the names
	// they find in a document (propagate; only with docCtx).
	spread bool
	// plurals is set for Arabic models that drop the names whose every
	// word is the plural or dual of a relative adjective (dropPlurals)
	plurals bool
	// pairs is set for models with token-conditioned transitions: the
	// score of moving from one tag to the next also depends on a few
	// properties of the token moved to (pairKeys), each with a row of
	// transition weights in pairW, found through pairTab.
	pairs   bool
	pairTab table
	pairW   []float32
	// norm names the normaliser of the model's words (textnorm.FoldVersion
	// when it was trained or loaded).
	norm string
	// first is the first-stage model of a second-stage model (stack.go):
	// it shares the model's resources and tags a document first. joint
	// holds both models' feature rows under one table (built once, on
	// first use), so that a token's features are found once for both.
	first     *Model
	jointOnce sync.Once
	// scale is the quantisation step of a loaded model's weights (0 for a
	// model trained in this process)
	scale float64
	joint *flatRows
	// flat holds the feature rows as decoding reads them (flat.go), built
	// from tab and w on first use
	flatOnce sync.Once
	flat     *flatRows
}

// rows returns the model's feature rows for decoding, building them on
// first use (after training: tab and w no longer change).
func (m *Model) rows() *flatRows {
	m.flatOnce.Do(func() { m.flat = flatOf(&m.tab, m.w, m.nT) })
	return m.flat
}

// nTr is the number of transition weights: (start or a tag) x tag.
func (m *Model) nTr() int { return (m.nT + 1) * m.nT }

// setTags gives the model a tag set and transitions of its size, zero.
func (m *Model) setTags(ts *tagSet) {
	m.ts, m.nT = ts, ts.n
	m.trans = make([]float32, m.nTr())
}

// common reports whether a word is common vocabulary: for English, written
// in lower case nine times in ten in the training text; for Arabic, which
// has no capitals, a word of the model's dictionary that is not in its
// lists of persons, places and organisations (which hold the words of the
// training data's names too).
func (m *Model) common(w string) bool {
	n := normalize(w)
	if !isArabic(w) {
		return m.res.lex[n] == "4"
	}
	// Arabic: a dictionary word as written that no name list has as a
	// person, place or organisation, or a word of one («شتاء», winter);
	// or such a word with the alef of the indefinite accusative
	// («مشتركا», joint), unless its stem is a relative adjective, whose
	// alef makes a country's name («روسيا» from «روسي»)
	if m.res.gaz != nil && m.res.gaz.m[phraseHash([]string{n})]&^miscBits != 0 {
		return false
	}
	if m.res.lex[n] == "D" {
		return true
	}
	stem, ok := strings.CutSuffix(n, "ا")
	return ok && utf8.RuneCountInString(stem) >= 3 && !strings.HasSuffix(stem, "ي") && m.res.lex[stem] == "D"
}

// miscBits are the MISC bits of a gazetteer entry, one a source.
const miscBits = 1<<(0*4+3) | 1<<(1*4+3) | 1<<(2*4+3) | 1<<(3*4+3)

// tagSentences tags labelled sentences as documents and returns IOB2 tags.
func (m *Model) tagSentences(ss []Sentence) [][]string {
	toks := make([][]string, len(ss))
	for i, s := range ss {
		toks[i] = s.Tokens
	}
	out := make([][]string, len(ss))
	for i, sp := range m.tagDocs(toks, docsOf(ss)) {
		out[i] = spanTags(len(ss[i].Tokens), sp)
	}
	return out
}

// table is an open-addressing hash table from feature hash to row.
type table struct {
	keys []uint64
	rows []int32
	mask uint64
}

func newTable(n int) table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

func (t *table) put(k uint64, row int32) {
	if k == 0 {
		k = 1
	}
	i := (k * 0x9e3779b97f4a7c15 >> 17) & t.mask
	for t.keys[i] != 0 {
		if t.keys[i] == k {
			t.rows[i] = row
			return
		}
		i = (i + 1) & t.mask
	}
	t.keys[i] = k
	t.rows[i] = row
}

func (t *table) get(k uint64) int32 {
	if len(t.keys) == 0 {
		return -1
	}
	if k == 0 {
		k = 1
	}
	i := (k * 0x9e3779b97f4a7c15 >> 17) & t.mask
	for {
		c := t.keys[i]
		if c == k {
			return t.rows[i]
		}
		if c == 0 {
			return -1
		}
		i = (i + 1) & t.mask
	}
}

type scratch struct {
	pt    []float32 // per-position transitions of a model with pairs
	infos []tokInfo
	feats []uint64
	offs  []int32  // the rows of feats (flatRows.findAll)
	ents  []uint32 // findAll's scratch
	em    []float32
	path  []int
	back  []int8
	alpha []float64
	beta  []float64
	phi   []float64 // marginals: exp of the emissions
	psi   []float64 // ... and of the transitions
}

func (m *Model) emissions(toks []string, s *scratch) []float32 {
	s.infos = m.res.infos(toks, m.res.gaz, m.res.labels, s.infos)
	return m.emissionsOf(s.infos, s)
}

func (m *Model) emissionsOf(infos []tokInfo, s *scratch) []float32 {
	n, nT := len(infos), m.nT
	if m.pairs {
		s.pt = m.posTrans(infos, s.pt)
	}
	if cap(s.em) < n*nT {
		s.em = make([]float32, n*nT)
	}
	em := s.em[:n*nT]
	clear(em)
	fr := m.rows()
	for i := 0; i < n; i++ {
		s.feats = features(infos, i, s.feats[:0])
		e := em[i*nT : i*nT+nT]
		e[0] = -m.oBias
		for _, o := range s.rowsOf(fr) {
			if o < 0 {
				continue
			}
			row := fr.data[o : o+int32(nT)]
			for t := range e {
				e[t] += row[t]
			}
		}
	}
	return em
}

// rowsOf returns the offsets in fr of the rows of s.feats (-1: none).
func (s *scratch) rowsOf(fr *flatRows) []int32 {
	n := len(s.feats)
	if cap(s.offs) < n {
		s.offs = make([]int32, n, 2*n)
		s.ents = make([]uint32, n, 2*n)
	}
	s.offs, s.ents = s.offs[:n], s.ents[:n]
	fr.findAll(s.feats, s.offs, s.ents)
	return s.offs
}

// posTrans returns the transitions into each token of a sentence, nTr a
// token: the model's transitions plus the rows of the token's pair keys.
func (m *Model) posTrans(infos []tokInfo, pt []float32) []float32 {
	n, nTr := len(infos), m.nTr()
	if cap(pt) < n*nTr {
		pt = make([]float32, n*nTr)
	}
	pt = pt[:n*nTr]
	var keys [maxPairKeys]uint64
	for i := range infos {
		row := pt[i*nTr : i*nTr+nTr]
		copy(row, m.trans)
		for _, k := range pairKeys(&infos[i], keys[:0]) {
			if r := m.pairTab.get(k); r >= 0 {
				for j, v := range m.pairW[int(r)*nTr : int(r)*nTr+nTr] {
					row[j] += v
				}
			}
		}
	}
	return pt
}

// viterbi returns the best tag path of tag set ts for emission scores em.
// Token i's transitions are trans[i*stride:]: stride 0 shares one set.
func viterbi(ts *tagSet, em []float32, n int, trans []float32, stride int, path []int, back []int8) []int {
	path = path[:0]
	if n == 0 {
		return path
	}
	nT := ts.n
	var cur, prev [maxT]float32
	const neg = -1e30
	for t := 0; t < nT; t++ {
		if ts.start[t] {
			prev[t] = trans[t] + em[t]
		} else {
			prev[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		tr := trans[i*stride:]
		for t := 0; t < nT; t++ {
			best, arg := float32(neg), 0
			for _, p := range ts.prevs[t] {
				v := prev[p] + tr[(int(p)+1)*nT+t]
				if v > best {
					best, arg = v, int(p)
				}
			}
			cur[t] = best + em[i*nT+t]
			back[i*nT+t] = int8(arg)
		}
		prev = cur
	}
	best, arg := float32(neg), 0
	for t := 0; t < nT; t++ {
		if ts.end[t] && prev[t] > best {
			best, arg = prev[t], t
		}
	}
	for i := 0; i < n; i++ {
		path = append(path, 0)
	}
	path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nT+arg])
		path[i-1] = arg
	}
	return path
}

// marginals runs forward-backward over the scores (as log-potentials) and
// returns, for each position, the posterior probability of path's tag. It
// works with probabilities scaled at each position (a few exponentials a
// token, no logarithms); where they underflow it falls back to
// marginalsLog.
func (m *Model) marginals(em []float32, n int, path []int, s *scratch) []float64 {
	ts, nT, nTr := m.ts, m.nT, m.nTr()
	trans, stride := m.trans, 0
	if m.pairs {
		trans, stride = s.pt, nTr
	}
	if cap(s.alpha) < n*nT {
		s.alpha = make([]float64, n*nT)
		s.beta = make([]float64, n*nT)
	}
	if cap(s.phi) < n*nT {
		s.phi = make([]float64, n*nT)
	}
	np := n
	if stride == 0 {
		np = 1
	}
	if cap(s.psi) < np*nTr {
		s.psi = make([]float64, np*nTr)
	}
	a, b, phi, psi := s.alpha[:n*nT], s.beta[:n*nT], s.phi[:n*nT], s.psi[:np*nTr]
	// phi: exp of the emissions less their largest at the position; psi:
	// exp of the allowed transitions into a position less their largest
	for i := 0; i < n; i++ {
		e := em[i*nT : i*nT+nT]
		mx := e[0]
		for _, v := range e[1:] {
			mx = max(mx, v)
		}
		for t, v := range e {
			phi[i*nT+t] = math.Exp(float64(v - mx))
		}
	}
	for i := 0; i < np; i++ {
		tr, ps := trans[i*stride:i*stride+nTr], psi[i*nTr:i*nTr+nTr]
		mx := float32(math.Inf(-1))
		for t := 0; t < nT; t++ {
			if ts.start[t] {
				mx = max(mx, tr[t])
			}
			for _, p := range ts.prevs[t] {
				mx = max(mx, tr[(int(p)+1)*nT+t])
			}
		}
		for t := 0; t < nT; t++ {
			ps[t] = 0
			if ts.start[t] {
				ps[t] = math.Exp(float64(tr[t] - mx))
			}
			for _, p := range ts.prevs[t] {
				k := (int(p)+1)*nT + t
				ps[k] = math.Exp(float64(tr[k] - mx))
			}
		}
	}
	psiAt := func(i int) []float64 {
		if np == 1 {
			return psi
		}
		return psi[i*nTr : i*nTr+nTr]
	}
	// scale normalises a position's values to sum 1; false if they vanish
	scale := func(v []float64) bool {
		sum := 0.0
		for _, x := range v {
			sum += x
		}
		if !(sum > 0) || math.IsInf(sum, 0) {
			return false
		}
		for k := range v {
			v[k] /= sum
		}
		return true
	}
	ps := psiAt(0)
	for t := 0; t < nT; t++ {
		a[t] = ps[t] * phi[t]
	}
	ok := scale(a[:nT])
	for i := 1; i < n && ok; i++ {
		ps := psiAt(i)
		for t := 0; t < nT; t++ {
			sum := 0.0
			for _, p := range ts.prevs[t] {
				sum += a[(i-1)*nT+int(p)] * ps[(int(p)+1)*nT+t]
			}
			a[i*nT+t] = sum * phi[i*nT+t]
		}
		ok = scale(a[i*nT : i*nT+nT])
	}
	for t := 0; t < nT && ok; t++ {
		b[(n-1)*nT+t] = 0
		if ts.end[t] {
			b[(n-1)*nT+t] = 1
		}
	}
	for i := n - 2; i >= 0 && ok; i-- {
		ps := psiAt(i + 1)
		for p := 0; p < nT; p++ {
			sum := 0.0
			for _, t := range ts.nexts[p] {
				sum += ps[(p+1)*nT+int(t)] * phi[(i+1)*nT+int(t)] * b[(i+1)*nT+int(t)]
			}
			b[i*nT+p] = sum
		}
		ok = scale(b[i*nT : i*nT+nT])
	}
	if !ok {
		return m.marginalsLog(em, n, path, s)
	}
	// every position's a*b sums to the same constant: normalise by it
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		z := 0.0
		for t := 0; t < nT; t++ {
			z += a[i*nT+t] * b[i*nT+t]
		}
		if !(z > 0) {
			return m.marginalsLog(em, n, path, s)
		}
		out[i] = a[i*nT+path[i]] * b[i*nT+path[i]] / z
	}
	return out
}

// marginalsLog is marginals in log space.
func (m *Model) marginalsLog(em []float32, n int, path []int, s *scratch) []float64 {
	ts, nT := m.ts, m.nT
	if cap(s.alpha) < n*nT {
		s.alpha = make([]float64, n*nT)
		s.beta = make([]float64, n*nT)
	}
	a, b := s.alpha[:n*nT], s.beta[:n*nT]
	trans, stride := m.trans, 0
	if m.pairs {
		trans, stride = s.pt, m.nTr()
	}
	ninf := math.Inf(-1)
	// lse returns log(sum(exp(xs))) over the k values of xs
	lse := func(xs *[maxT]float64, k int) float64 {
		mx := ninf
		for _, x := range xs[:k] {
			if x > mx {
				mx = x
			}
		}
		if math.IsInf(mx, -1) {
			return mx
		}
		sum := 0.0
		for _, x := range xs[:k] {
			sum += math.Exp(x - mx)
		}
		return mx + math.Log(sum)
	}
	var buf [maxT]float64
	for t := 0; t < nT; t++ {
		if ts.start[t] {
			a[t] = float64(trans[t] + em[t])
		} else {
			a[t] = ninf
		}
	}
	for i := 1; i < n; i++ {
		tr := trans[i*stride:]
		for t := 0; t < nT; t++ {
			ps := ts.prevs[t]
			for k, p := range ps {
				buf[k] = a[(i-1)*nT+int(p)] + float64(tr[(int(p)+1)*nT+t])
			}
			a[i*nT+t] = lse(&buf, len(ps)) + float64(em[i*nT+t])
		}
	}
	for t := 0; t < nT; t++ {
		b[(n-1)*nT+t] = ninf
		if ts.end[t] {
			b[(n-1)*nT+t] = 0
		}
	}
	for i := n - 2; i >= 0; i-- {
		tr := trans[(i+1)*stride:]
		for p := 0; p < nT; p++ {
			ns := ts.nexts[p]
			for k, t := range ns {
				buf[k] = float64(tr[(p+1)*nT+int(t)]+em[(i+1)*nT+int(t)]) + b[(i+1)*nT+int(t)]
			}
			b[i*nT+p] = lse(&buf, len(ns))
		}
	}
	for t := 0; t < nT; t++ {
		buf[t] = a[(n-1)*nT+t] + b[(n-1)*nT+t]
	}
	z := lse(&buf, nT)
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		out[i] = math.Exp(a[i*nT+path[i]] + b[i*nT+path[i]] - z)
	}
	return out
}

// Tag returns the entity spans of a tokenised sentence. It is safe for
// concurrent use.
func (m *Model) Tag(tokens []string) []Span {
	n := len(tokens)
	if n == 0 {
		return nil
	}
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer m.pool.Put(s)
	return m.decode(m.emissions(tokens, s), s)
}

// TagDoc tags the sentences of one document, in order. A model trained
// with document context gives each sentence the context of the sentences
// within docWindow of it; for other models it is Tag on each sentence. It
// is safe for concurrent use.
func (m *Model) TagDoc(sents [][]string) [][]Span {
	return m.tagDocs(sents, nil)
}

// tagDocs is TagDoc over sentences of several documents (docs[i] is
// sentence i's document; nil: all one document).
func (m *Model) tagDocs(sents [][]string, docs []int) [][]Span {
	out := make([][]Span, len(sents))
	if !m.docCtx {
		for i, t := range sents {
			out[i] = m.Tag(t)
		}
		return out
	}
	infos := make([][]tokInfo, len(sents))
	for i, t := range sents {
		infos[i] = m.res.infos(t, m.res.gaz, m.res.labels, nil)
	}
	if docs == nil {
		docs = make([]int, len(sents))
	}
	applyDocContext(infos, docs)
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer m.pool.Put(s)
	if m.first != nil {
		m.tagStacked(sents, infos, docs, s, out)
	} else {
		for i := range sents {
			if len(infos[i]) > 0 {
				out[i] = m.decode(m.emissionsOf(infos[i], s), s)
			}
		}
		if m.spread {
			m.propagate(sents, infos, out, docs)
		}
	}
	if m.plurals {
		for i := range out {
			out[i] = m.res.dropPlurals(infos[i], out[i])
		}
	}
	return out
}

// pluralSuffixes end the sound plurals and duals of a relative adjective
// («ون», «ين», «ان» after its «ي»).
var pluralSuffixes = []string{"ون", "ين", "ان"}

// pluralWord reports whether stem, a normalised Arabic word without its
// proclitics, is the sound plural or dual of a word of four letters or
// more that ends in «ي» and that dict knows: a relative adjective or a
// noun like it («أميركيون», «عراقيان», «جنديين»), words for people, not
// names. A name that ends so («سفيان», «ليون») leaves too short a word, or
// one no dictionary has.
func pluralWord(stem string, dict func(string) bool) bool {
	for _, suf := range pluralSuffixes {
		base, ok := strings.CutSuffix(stem, suf)
		if ok && strings.HasSuffix(base, "ي") && utf8.RuneCountInString(base) >= 4 && dict(base) {
			return true
		}
	}
	return false
}

// pluralAdj reports whether an Arabic token is a plural or dual of a
// relative adjective of the model's dictionary (pluralWord).
func (res *resources) pluralAdj(t *tokInfo) bool {
	return t.ar && res.hasDict && pluralWord(t.stem, func(w string) bool { return res.lex[w] == "D" })
}

// dropPlurals returns spans without the names (persons, places,
// organisations) whose every word is a plural or dual of a relative
// adjective (pluralAdj): «أميركيون», «جنديان عراقيان».
func (res *resources) dropPlurals(in []tokInfo, spans []Span) []Span {
	out := spans[:0]
	for _, sp := range spans {
		drop := sp.Type != "MISC" && sp.End <= len(in)
		for k := sp.Start; drop && k < sp.End; k++ {
			drop = res.pluralAdj(&in[k])
		}
		if !drop {
			out = append(out, sp)
		}
	}
	return out
}

// Spreads reports whether the model tags the untagged repeats of the names
// it finds in a document (see TrainConfig.Spread).
func (m *Model) Spreads() bool { return m.spread }

// SetSpread turns the spreading of names to their untagged repeats on or
// off, for comparing the two; call it before the model is used.
func (m *Model) SetSpread(on bool) { m.spread = on && m.docCtx }

// decode returns the spans of the best path through emissions em, scored
// by their marginals.
func (m *Model) decode(em []float32, s *scratch) []Span {
	nT := m.nT
	n := len(em) / nT
	if cap(s.back) < n*nT {
		s.back = make([]int8, n*nT)
	}
	trans, stride := m.trans, 0
	if m.pairs {
		trans, stride = s.pt, m.nTr()
	}
	s.path = viterbi(m.ts, em, n, trans, stride, s.path, s.back[:n*nT])
	spans := spansOf(m.ts.decode(s.path))
	if len(spans) == 0 {
		return nil
	}
	marg := m.marginals(em, n, s.path, s)
	for k := range spans {
		sc := 1.0
		for i := spans[k].Start; i < spans[k].End; i++ {
			sc = math.Min(sc, marg[i])
		}
		if sc < 0 || math.IsNaN(sc) {
			sc = 0
		}
		spans[k].Score = sc
	}
	return spans
}

// spanTags returns the IOB2 tags of n tokens with spans.
func spanTags(n int, spans []Span) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, sp := range spans {
		for i := sp.Start; i < sp.End; i++ {
			if i == sp.Start {
				tags[i] = "B-" + sp.Type
			} else {
				tags[i] = "I-" + sp.Type
			}
		}
	}
	return tags
}
