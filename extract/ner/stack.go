package ner

import (
	"fmt"
	"io"
	"slices"
	"sync"
)

// Two-stage tagging (prediction aggregation: Krishnan and Manning 2006,
// Ratinov and Roth 2009). A first-stage model tags a document; a
// second-stage model then tags it again with, as extra features of each
// word, what the first stage said about it and about the same word (by its
// form without proclitics) elsewhere in its context (the sentences within
// docWindow): the first stage's tag of the word itself and of its
// neighbours, the type the word's other occurrences have most often, the
// type of its nearest earlier occurrence, and the types of the longer
// names its other occurrences are words of. In training, the first
// stage's tags of the training sentences come from models trained on the
// other folds (JackknifeTags), so the second stage learns how far to
// trust the first stage's errors as they are on new text.

// tS1 is the first of the second stage's templates (tS1 .. tS1+7).
const tS1 = 130

// s1Info is what the first stage said about a token (its classes: 0 O,
// 1+type index a name's word; 7 none or a tie).
type s1Info struct {
	on   bool
	own  uint8 // the token's own tag: 0 O, 1+2*type B-, 2+2*type I-
	maj  uint8 // the class the word's other occurrences have most often; 7 none or a tie
	prev uint8 // the class of the word's nearest earlier occurrence; 7 none
	long uint8 // bit per type: another occurrence is a word of a name of two or more words
	// with extS1X: the class the word has most often in the rest of its
	// document (s1None: none or a tie), and where the token lies in a
	// repeat of one of the document's names of two or more words
	// (0: none; 1+2*type first word, 2+2*type another)
	dmaj, match uint8
}

const s1None = 7

// s1Features appends the second-stage features of token i.
func s1Features(in []tokInfo, i int, out []uint64) []uint64 {
	t := &in[i].s1
	if !t.on {
		return out
	}
	nb := func(j int) uint64 {
		if j < 0 || j >= len(in) {
			return 15
		}
		return uint64(in[j].s1.own)
	}
	out = append(out, fhn(tS1, uint64(t.own)), fhn(tS1+5, nb(i-1)<<4|uint64(t.own)), fhn(tS1+6, nb(i+1)<<4|uint64(t.own)))
	if !in[i].letters {
		return out
	}
	out = append(out, fhn(tS1+1, uint64(t.maj)), fhn(tS1+2, uint64(t.prev)),
		fhn(tS1+4, uint64(t.own)<<4|uint64(t.maj)),
		fh2(tS1+7, string(rune('0'+t.maj)), in[i].lc))
	for l := t.long; l != 0; l &= l - 1 {
		b := 0
		for l>>b&1 == 0 {
			b++
		}
		out = append(out, fhn(tS1+3, uint64(b)))
	}
	if in[i].ext&extS1X != 0 {
		out = append(out, fhn(tS1+9, uint64(t.dmaj)), fhn(tS1+10, uint64(t.own)<<4|uint64(t.dmaj)),
			fhn(tS1+11, uint64(t.own)<<4|uint64(t.match)))
		if in[i].cls != nil {
			out = append(out, fhn(tS1+8, uint64(t.own)<<16|uint64(in[i].cls[0])))
		}
	}
	return out
}

// majority returns the class counted most often, s1None where none is
// counted or two tie.
func majority(c *[5]int32) uint8 {
	m, best, tie := uint8(s1None), int32(0), false
	for q, v := range c {
		switch {
		case v > best:
			best, m, tie = v, uint8(q), false
		case v == best && v > 0:
			tie = true
		}
	}
	if tie {
		return s1None
	}
	return m
}

// setStage1X sets the extS1X facts of the tokens of sentences infos from
// the first stage's spans: the class each word has most often in the rest
// of its document, and the repeats of the document's names of two or
// more words (the longest that starts at a token).
func setStage1X(infos [][]tokInfo, spans [][]Span, cls [][]uint8, docs []int) {
	for lo := 0; lo < len(infos); {
		hi := lo
		for hi < len(infos) && docs[hi] == docs[lo] {
			hi++
		}
		count := map[string]*[5]int32{}
		type name struct {
			keys []string
			ty   int
		}
		names := map[string][]name{} // by first word
		for i := lo; i < hi; i++ {
			in := infos[i]
			for k := range in {
				if key := docKey(&in[k]); key != "" {
					c := count[key]
					if c == nil {
						c = &[5]int32{}
						count[key] = c
					}
					c[cls[i][k]]++
				}
			}
			for _, sp := range spans[i] {
				ty := typeIndex(sp.Type)
				if ty < 0 || sp.End > len(in) || sp.End-sp.Start < 2 {
					continue
				}
				nm := name{ty: ty}
				for k := sp.Start; k < sp.End; k++ {
					nm.keys = append(nm.keys, docKey(&in[k]))
				}
				names[nm.keys[0]] = append(names[nm.keys[0]], nm)
			}
		}
		for i := lo; i < hi; i++ {
			in := infos[i]
			for k := range in {
				s := &in[k].s1
				s.dmaj = s1None
				key := docKey(&in[k])
				if key == "" {
					continue
				}
				c := *count[key]
				c[cls[i][k]]--
				s.dmaj = majority(&c)
			}
			for k := 0; k < len(in); k++ {
				bl, bt := 0, 0
				for _, nm := range names[docKey(&in[k])] {
					l := len(nm.keys)
					if l <= bl || k+l > len(in) {
						continue
					}
					ok := true
					for q, key := range nm.keys {
						if key == "" || docKey(&in[k+q]) != key {
							ok = false
							break
						}
					}
					if ok {
						bl, bt = l, nm.ty
					}
				}
				if bl > 0 {
					in[k].s1.match = uint8(1 + 2*bt)
					for q := k + 1; q < k+bl; q++ {
						in[q].s1.match = uint8(2 + 2*bt)
					}
					k += bl - 1
				}
			}
		}
		lo = hi
	}
}

// setStage1 sets the first-stage facts of the tokens of sentences infos
// (docs[i]: sentence i's document) from the first stage's spans.
func setStage1(infos [][]tokInfo, spans [][]Span, docs []int) {
	type occ struct {
		cls  [5]int32 // occurrences by class
		long [4]int32 // occurrences inside a longer name, by type
		last uint8    // the class of the sentence's last occurrence
	}
	cls := make([][]uint8, len(infos))
	longT := make([][]int8, len(infos))
	stats := make([]map[string]*occ, len(infos))
	for i, in := range infos {
		cls[i] = make([]uint8, len(in))
		longT[i] = make([]int8, len(in))
		for k := range in {
			in[k].s1 = s1Info{on: true}
			longT[i][k] = -1
		}
		for _, sp := range spans[i] {
			ty := typeIndex(sp.Type)
			if ty < 0 || sp.End > len(in) {
				continue
			}
			for k := sp.Start; k < sp.End; k++ {
				cls[i][k] = uint8(1 + ty)
				in[k].s1.own = uint8(2 + 2*ty)
				if sp.End-sp.Start >= 2 {
					longT[i][k] = int8(ty)
				}
			}
			in[sp.Start].s1.own = uint8(1 + 2*ty)
		}
		st := map[string]*occ{}
		for k := range in {
			key := docKey(&in[k])
			if key == "" {
				continue
			}
			o := st[key]
			if o == nil {
				o = &occ{}
				st[key] = o
			}
			o.cls[cls[i][k]]++
			if longT[i][k] >= 0 {
				o.long[longT[i][k]]++
			}
			o.last = cls[i][k]
		}
		stats[i] = st
	}
	for _, in := range infos {
		if len(in) > 0 {
			if in[0].ext&extS1X != 0 {
				setStage1X(infos, spans, cls, docs)
			}
			break
		}
	}
	for i, in := range infos {
		lo, hi := windowOf(i, docs)
		for k := range in {
			key := docKey(&in[k])
			if key == "" {
				continue
			}
			var c [5]int32
			var l [4]int32
			for j := lo; j <= hi; j++ {
				if o := stats[j][key]; o != nil {
					for q := range c {
						c[q] += o.cls[q]
					}
					for q := range l {
						l[q] += o.long[q]
					}
				}
			}
			// the others: leave this occurrence out
			c[cls[i][k]]--
			if longT[i][k] >= 0 {
				l[longT[i][k]]--
			}
			s := &in[k].s1
			s.maj = majority(&c)
			for q, v := range l {
				if v > 0 {
					s.long |= 1 << q
				}
			}
			// the nearest earlier occurrence: in this sentence, then before
			s.prev = s1None
			for q := k - 1; q >= 0; q-- {
				if docKey(&in[q]) == key {
					s.prev = cls[i][q]
					break
				}
			}
			for j := i - 1; s.prev == s1None && j >= lo; j-- {
				if o := stats[j][key]; o != nil {
					s.prev = o.last
				}
			}
		}
	}
}

// JackknifeTags returns the first stage's tags (IOB2) of the sentences of
// train and then of cfg.Extra, each tagged by a model trained with cfg on
// the other folds of both (folds runs of consecutive sentences), as a
// first-stage model trained on all of them would tag new text. Two fold
// models are trained at once (each holds about 0.8 GB while it trains on
// ANERcorp and AQMAR).
func JackknifeTags(cfg TrainConfig, train []Sentence, folds int, log io.Writer) ([][]string, error) {
	if log == nil {
		log = io.Discard
	}
	if folds < 2 {
		return nil, fmt.Errorf("ner: jackknife needs two folds or more, not %d", folds)
	}
	extra := cfg.Extra
	cut := func(n, k int) (int, int) { return n * k / folds, n * (k + 1) / folds }
	out := make([][]string, len(train)+len(extra))
	errs := make([]error, folds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	for k := 0; k < folds; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			a, b := cut(len(train), k)
			ea, eb := cut(len(extra), k)
			c := cfg
			c.Extra = append(append([]Sentence{}, extra[:ea]...), extra[eb:]...)
			rest := append(append([]Sentence{}, train[:a]...), train[b:]...)
			m, err := Train(c, rest, nil, nil)
			if err != nil {
				errs[k] = err
				return
			}
			tt := m.tagSentences(train[a:b])
			et := m.tagSentences(extra[ea:eb])
			mu.Lock()
			copy(out[a:b], tt)
			copy(out[len(train)+ea:len(train)+eb], et)
			fmt.Fprintf(log, "jackknife fold %d/%d: tagged %d + %d sentences\n", k+1, folds, b-a, eb-ea)
			mu.Unlock()
		}(k)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// jointTable returns the feature rows of a second-stage model m and its
// first stage under one index, built on first use: a row is the first
// stage's nT weights, then the second stage's (zero where a model lacks
// the feature).
func (m *Model) jointTable() *flatRows {
	m.jointOnce.Do(func() {
		f, nT := m.first, m.nT
		var keys []uint64
		ff, mf := f.rows(), m.rows()
		for _, t := range []*flatRows{ff, mf} {
			for r := 0; r < t.len(); r++ {
				k, _ := t.row(r)
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		j := newFlatRows(len(keys), 2*nT)
		for _, k := range keys {
			row := j.add(k)
			if o := ff.find(k); o >= 0 {
				copy(row[:nT], ff.data[o:o+nT])
			}
			if o := mf.find(k); o >= 0 {
				copy(row[nT:], mf.data[o:o+nT])
			}
		}
		m.joint = j
	})
	return m.joint
}

// tagStacked tags a document's sentences (infos with document context,
// docs their documents) with the first stage and then with the second,
// into out. Each token's features are hashed and found once: one lookup
// in the joint table gives both stages' rows, so the second stage costs
// its own few features, the first stage's Viterbi and agreement, and its
// own decoding.
func (m *Model) tagStacked(sents [][]string, infos [][]tokInfo, docs []int, s *scratch, out [][]Span) {
	f, j, nT := m.first, m.jointTable(), m.nT
	total := 0
	for _, in := range infos {
		total += len(in)
	}
	em2 := make([]float32, total*nT)
	first := make([][]Span, len(sents))
	off := 0
	for i, in := range infos {
		n := len(in)
		if n == 0 {
			continue
		}
		if cap(s.em) < n*nT {
			s.em = make([]float32, n*nT)
		}
		e1, e2 := s.em[:n*nT], em2[off*nT:(off+n)*nT]
		off += n
		clear(e1)
		for k := 0; k < n; k++ {
			s.feats = features(in, k, s.feats[:0])
			a, b := e1[k*nT:k*nT+nT], e2[k*nT:k*nT+nT]
			a[0], b[0] = -f.oBias, -m.oBias
			for _, o := range s.rowsOf(j) {
				if o < 0 {
					continue
				}
				row := j.data[o : o+2*int32(nT)]
				for t := range a {
					a[t] += row[t]
				}
				for t := range b {
					b[t] += row[nT+t]
				}
			}
		}
		first[i] = f.decodeSpans(in, e1, s)
	}
	if f.spread {
		f.propagate(sents, infos, first, docs)
	}
	setStage1(infos, first, docs)
	off = 0
	for i, in := range infos {
		n := len(in)
		if n == 0 {
			continue
		}
		e2 := em2[off*nT : (off+n)*nT]
		off += n
		for k := 0; k < n; k++ {
			s.feats = s1Features(in, k, s.feats[:0])
			b := e2[k*nT : k*nT+nT]
			for _, o := range s.rowsOf(j) {
				if o >= 0 {
					for t, v := range j.data[o+int32(nT) : o+2*int32(nT)] {
						b[t] += v
					}
				}
			}
		}
		if m.pairs {
			s.pt = m.posTrans(in, s.pt)
		}
		out[i] = m.decode(e2, s)
	}
	if m.spread {
		m.propagate(sents, infos, out, docs)
	}
}

// FirstStage returns the first stage of a two-stage model, or m itself.
func (m *Model) FirstStage() *Model {
	if m.first != nil {
		return m.first
	}
	return m
}

// decodeSpans returns the spans of the best path through emissions em of
// tokens in, unscored (Score 1): what a first stage passes on.
func (m *Model) decodeSpans(in []tokInfo, em []float32, s *scratch) []Span {
	nT, n := m.nT, len(in)
	if cap(s.back) < n*nT {
		s.back = make([]int8, n*nT)
	}
	trans, stride := m.trans, 0
	if m.pairs {
		s.pt = m.posTrans(in, s.pt)
		trans, stride = s.pt, m.nTr()
	}
	s.path = viterbi(m.ts, em, n, trans, stride, s.path, s.back[:n*nT])
	return spansOf(m.ts.decode(s.path))
}
