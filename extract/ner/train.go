package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"time"
	"unicode"

	"newskg/graph/textnorm"
)

// GazEntry is a name of a known type for the gazetteer features.
type GazEntry struct {
	Phrase string // tokenised with Tokenize
	Type   string // PER, LOC, ORG or MISC
}

// TrainConfig controls Train.
type TrainConfig struct {
	// Stop, when set, is asked before every epoch; an error it returns
	// (a cancelled context's) ends the training with that error, so that
	// an interrupted kg train-ner stops within an epoch and writes nothing.
	Stop   func() error
	Lang   string // "en" or "ar"; informational
	Epochs int    // maximum passes over the training data (default 15)
	Seed   int64  // shuffling seed (training is deterministic for a seed)
	// LabelStats adds features of how often each word was inside a name of
	// each type in the training data (jackknifed like the harvested names).
	// Off in the shipped models: with interleaved folds an article's names
	// are seen from its other sentences, so in training an unseen word is
	// rarely a name, which is not so on new text (ANERcorp: dev +0.01 F1,
	// test -0.07).
	LabelStats bool
	// BlockFolds makes the jackknife folds runs of consecutive sentences,
	// so that an article's names are not seen from its own other sentences.
	BlockFolds bool
	// Bags is the number of perceptrons trained side by side in different
	// orders and averaged into the model (default 1).
	Bags int
	// MinCount drops features seen fewer times in training (default 1: keep all).
	MinCount int
	// Folds is the number of jackknife folds used to harvest entity names
	// from the training data itself: a training sentence sees only the
	// names of the other folds, so the feature is as reliable in training
	// as on new text (default 5; 1 or less disables harvesting).
	Folds int
	// Gazetteer holds external names (countries, cities, ...).
	Gazetteer []GazEntry
	// ExtraNames are labelled sentences whose entities are harvested into
	// name lists but which are not trained on.
	ExtraNames []Sentence
	// Extra are labelled sentences of another domain (encyclopaedia text
	// for a news tagger) trained on with the training sentences. Their
	// documents are kept apart from the training sentences' documents.
	Extra []Sentence
	// ExtraDomain gives each feature of an Extra sentence a second copy
	// of its own, which the model never sees in use: what holds only in the
	// other domain is learned there, and the shared copy learns what the
	// domains have in common.
	ExtraDomain bool
	// ExtraApart lists the names of Extra with those of ExtraNames, not
	// with the names harvested from the training sentences (whose single
	// words are listed too).
	ExtraApart bool
	// Text is unlabelled tokenised text used, with the training tokens, for
	// the lower-case-ratio lexicon.
	Text [][]string
	// Words is a word list of the language's common vocabulary (a spelling
	// dictionary). For Arabic, which has no capitals, whether a word, its
	// form without proclitics or its form without an enclitic pronoun is a
	// dictionary word stands in for the lower-case ratio.
	Words []string
	// ClusterK lists the numbers of word classes of the clusterings learned
	// (cluster.go) from the training sentences, Extra and Text, coarse to
	// fine; none: no cluster features. Words, without their proclitics, that
	// occur fewer than ClusterMin times (default 3) are left unclustered, as
	// most names in new text will be; ClusterIters bounds the passes of the
	// exchange algorithm (default 10).
	ClusterK     []int
	ClusterMin   int
	ClusterIters int
	// Pairs makes transitions depend on properties of the token moved to
	// (pairKeys), not only on the two tags.
	Pairs bool
	// FixedEpochs trains exactly Epochs passes without early stopping on dev
	// (dev is still scored and logged).
	FixedEpochs bool
	// PruneBelow drops feature rows whose largest absolute averaged weight is
	// below this value, to keep the model small.
	PruneBelow float64
	// OBias is subtracted from the score of the O tag when decoding, to
	// trade precision for recall. If TuneOBias is set and dev is not empty,
	// Train picks it on dev instead.
	OBias     float64
	TuneOBias bool
	// DocContext adds features of a word's other occurrences in the
	// sentences around it (docctx.go); the model then tags documents.
	DocContext bool
	// Spread makes the model tag the untagged repeats of the names it finds
	// in a document's context (propagate in docctx.go); with DocContext only.
	Spread bool
	// BILOU tags with the BILOU encoding (a name's last word and one-word
	// names have tags of their own) instead of IOB2.
	BILOU bool
	// Dropout leaves each feature of a training token out of a pass with
	// this probability, so that no single feature (a word seen in
	// training) carries a decision alone.
	Dropout float64
	// Margin makes training decode with a cost (tokenCost): every tag but
	// the gold one scores Margin more (MissCost times Margin where the gold
	// tag is a name's and the tag is O), so that the model learns to keep
	// the gold path ahead by the cost of each error, not only ahead
	// (a margin perceptron; decoding in use is unchanged).
	Margin, MissCost float64
	// PA replaces the perceptron's step of 1 by the passive-aggressive
	// step (paStep) of the cost Margin and MissCost define (which must be
	// above 0), capped at PACap (0: no cap).
	PA    bool
	PACap float64
	// ExtraWeight, if above 0, is the perceptron's step on the sentences
	// of Extra (1 on the training sentences).
	ExtraWeight float64
	// Quotes and Conj add the extra feature sets extQuote and extConj.
	Quotes, Conj bool
	// Stage1X adds a second stage's extra features (extS1X).
	Stage1X bool
	// Lex adds a second stage's lexicon and letter-shape features
	// (extLex, lexfeat.go) with the word classes of Lexicon (phrase ->
	// class letters: LexTitle, LexOrgHead, ...).
	Lex     bool
	Lexicon map[string]string
	// LexFirst gives the features of Lex to a first stage (a model without
	// First) too: LexAll the lexicon classes and the letter shape,
	// LexShape the letter shape only ("": none). A second stage over a
	// first stage that has them must have Lex (the two stages share one
	// feature lookup; a feature one stage never learned weighs nothing).
	LexFirst string
	// Plurals makes an Arabic model with a dictionary (Words) drop the
	// names whose every word is a plural or dual of a relative adjective
	// (dropPlurals).
	Plurals bool
	// First, if set, makes the model a second stage of it (stack.go): the
	// first stage's tags of each training sentence, then of each Extra
	// sentence, are Stage1 (IOB2; from JackknifeTags), and First tags dev
	// and, in use, every document before the model does. First must be
	// trained with the same data and resources.
	First  *Model
	Stage1 [][]string
}

// tokenCost is the cost of tagging a token t whose gold tag is g (index 0
// is O): 0 if right, margin*miss for a name's token tagged O, margin for
// any other error.
func tokenCost(g, t int, margin, miss float64) float64 {
	switch {
	case g == t:
		return 0
	case g != 0 && t == 0:
		return margin * miss
	}
	return margin
}

// paStep is the passive-aggressive step (Crammer et al. 2006, PA-I) of an
// update whose feature difference has squared norm sq, for a predicted
// path whose cost is loss and whose score the gold path's exceeds by gap:
// (loss-gap)/sq, at least 0, at most cap (0: no cap). After the step the
// gold path leads by the cost.
func paStep(loss, gap, sq, cap float64) float64 {
	if sq <= 0 || loss <= gap {
		return 0
	}
	tau := (loss - gap) / sq
	if cap > 0 && tau > cap {
		tau = cap
	}
	return tau
}

func docsOf(ss []Sentence) []int {
	d := make([]int, len(ss))
	for i, s := range ss {
		d[i] = s.Doc
	}
	return d
}

type encSent struct {
	off   []int32 // token i's features are feats[off[i]:off[i+1]]
	feats []int32
	gold  []int
	// token i's pair keys are pairs[poff[i]:poff[i+1]] (models with pairs)
	poff, pairs []int32
}

// Train trains a tagger on train, early-stopping on dev (if not empty) by
// the overall PER+LOC+ORG F1, and logs progress to log (may be nil).
func Train(cfg TrainConfig, train, dev []Sentence, log io.Writer) (*Model, error) {
	if log == nil {
		log = io.Discard
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("ner: no training sentences")
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 15
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	if cfg.MinCount <= 0 {
		cfg.MinCount = 1
	}
	start := time.Now()
	m := &Model{Lang: cfg.Lang, norm: textnorm.FoldVersion}
	ts := bioTags
	if cfg.BILOU {
		ts = bilouTags
	}
	m.setTags(ts)
	if cfg.Quotes {
		m.res.ext |= extQuote
	}
	if cfg.Conj {
		m.res.ext |= extConj
	}
	if cfg.Stage1X && cfg.First != nil {
		m.res.ext |= extS1X
	}
	if cfg.First != nil && cfg.First.res.ext&extLex != 0 && !cfg.Lex {
		return nil, fmt.Errorf("ner: the first stage has lexicon features, so the second stage must have them (Lex)")
	}
	switch {
	case cfg.Lex && (cfg.First != nil || cfg.LexFirst == LexAll):
		m.res.setLex(cfg.Lexicon)
	case cfg.Lex && cfg.LexFirst == LexShape:
		m.res.setLex(nil) // no word has a class
	}
	m.plurals = cfg.Plurals && len(cfg.Words) > 0
	nT, nTr := m.nT, m.nTr()
	nMain := len(train)
	docs := docsOf(train)
	if len(cfg.Extra) > 0 {
		next := 0
		for _, d := range docs {
			next = max(next, d+1)
		}
		train = append(train[:nMain:nMain], cfg.Extra...)
		for _, s := range cfg.Extra {
			docs = append(docs, next+s.Doc)
		}
	}

	// lexicon of lower-case ratios, from training and unlabelled text
	lower, capMid := map[string]int{}, map[string]int{}
	countLex := func(toks []string) {
		for i, w := range toks {
			r := []rune(w)
			if len(r) == 0 || !unicode.IsLetter(r[0]) {
				continue
			}
			nw := normalize(w)
			if unicode.IsLower(r[0]) {
				lower[nw]++
			} else if i > 0 && unicode.IsUpper(r[0]) && !openers[toks[i-1]] {
				up := true
				for _, c := range r {
					if unicode.IsLetter(c) && !unicode.IsUpper(c) {
						up = false
						break
					}
				}
				if !up || len(r) == 1 {
					capMid[nw]++
				}
			}
		}
	}
	for _, s := range train {
		countLex(s.Tokens)
	}
	for _, s := range cfg.ExtraNames {
		countLex(s.Tokens)
	}
	for _, t := range cfg.Text {
		countLex(t)
	}
	m.res.lex = map[string]string{}
	for w := range lower {
		if b := lcBucket(lower[w], capMid[w]); b != "" {
			m.res.lex[w] = b
		}
	}
	for w := range capMid {
		if b := lcBucket(lower[w], capMid[w]); b != "" {
			m.res.lex[w] = b
		}
	}
	for _, w := range cfg.Words {
		if nw := normalize(w); isArabic(nw) {
			m.res.lex[nw] = "D"
			m.res.hasDict = true
		}
	}
	if len(cfg.ClusterK) > 0 {
		m.res.clus, m.res.noClass = learnClusters(cfg, train)
		fmt.Fprintf(log, "clusters %v: %d words (%s)\n", cfg.ClusterK, len(m.res.clus), time.Since(start).Round(time.Millisecond))
	}
	// gazetteers: external and extra lists, then names harvested per fold
	base := newGaz()
	for _, g := range cfg.Gazetteer {
		ti := typeIndex(g.Type)
		if ti < 0 {
			continue
		}
		toks := Tokenize(g.Phrase)
		norms := make([]string, len(toks))
		for i, t := range toks {
			norms[i] = normalize(t.Text)
		}
		base.add(norms, srcExternal, ti)
	}
	for _, s := range cfg.ExtraNames {
		addNames(base, s, srcExtra)
	}
	folds := max(cfg.Folds, 1)
	foldOf := jackknifeFold(len(train), folds, cfg.BlockFolds)
	full, foldGaz := harvestNames(base, train, nMain, folds, cfg.Folds > 1, cfg.ExtraApart, foldOf)
	m.res.gaz = full
	// label statistics per word, for the full data and per fold
	var foldLab []map[string]string
	if cfg.LabelStats {
		nf := max(folds, 1)
		all := map[string]*[5]int32{}
		perFold := make([]map[string]*[5]int32, nf)
		for k := range perFold {
			perFold[k] = map[string]*[5]int32{}
		}
		for si, s := range train {
			types := make([]int, len(s.Tokens))
			for _, sp := range spansOf(s.Tags) {
				for i := sp.Start; i < sp.End; i++ {
					types[i] = typeIndex(sp.Type) + 1
				}
			}
			for i, w := range s.Tokens {
				nw := normalize(w)
				for _, mp := range []map[string]*[5]int32{all, perFold[foldOf(si)]} {
					c := mp[nw]
					if c == nil {
						c = &[5]int32{}
						mp[nw] = c
					}
					c[0]++
					if types[i] > 0 {
						c[types[i]]++
					}
				}
			}
		}
		sigs := func(skip int) map[string]string {
			out := map[string]string{}
			for w, c := range all {
				cc := *c
				if skip >= 0 {
					if f := perFold[skip][w]; f != nil {
						for k := range cc {
							cc[k] -= f[k]
						}
					}
				}
				if cc[0] >= 2 || cc[0] >= 1 && cc[1]+cc[2]+cc[3]+cc[4] > 0 {
					out[w] = labelSig(cc)
				}
			}
			return out
		}
		m.res.labels = sigs(-1)
		foldLab = make([]map[string]string, nf)
		for k := range foldLab {
			if nf > 1 {
				foldLab[k] = sigs(k)
			} else {
				foldLab[k] = m.res.labels
			}
		}
	}
	fmt.Fprintf(log, "gazetteer: %d phrases, lexicon %d words (%s)\n", len(full.m), len(m.res.lex), time.Since(start).Round(time.Millisecond))

	// feature extraction
	m.docCtx = cfg.DocContext
	m.spread = cfg.Spread && cfg.DocContext
	m.pairs = cfg.Pairs
	pairIdx := map[uint64]int32{}
	var pairList []uint64
	encPairs := func(in []tokInfo, add bool) (poff, pairs []int32) {
		if !m.pairs {
			return nil, nil
		}
		poff = make([]int32, 1, len(in)+1)
		var buf [maxPairKeys]uint64
		for i := range in {
			for _, k := range pairKeys(&in[i], buf[:0]) {
				r, ok := pairIdx[k]
				if !ok && add {
					r, ok = int32(len(pairList)), true
					pairIdx[k] = r
					pairList = append(pairList, k)
				}
				if ok {
					pairs = append(pairs, r)
				}
			}
			poff = append(poff, int32(len(pairs)))
		}
		return poff, pairs
	}
	trainPairs := make([][2][]int32, len(train))
	counts := map[uint64]int32{}
	raw := make([][][]uint64, len(train))
	allInfos := make([][]tokInfo, len(train))
	for si, s := range train {
		g := foldGaz[0]
		var lab map[string]string
		if foldLab != nil {
			lab = foldLab[0]
		}
		if cfg.Folds > 1 {
			g = foldGaz[foldOf(si)]
			if foldLab != nil {
				lab = foldLab[foldOf(si)]
			}
		}
		allInfos[si] = m.res.infos(s.Tokens, g, lab, nil)
	}
	if m.docCtx {
		applyDocContext(allInfos, docs)
	}
	if cfg.First != nil {
		if len(cfg.Stage1) != len(train) || !m.docCtx {
			return nil, fmt.Errorf("ner: a second stage needs document context and the first stage's tags of all %d training sentences (got %d)", len(train), len(cfg.Stage1))
		}
		sp := make([][]Span, len(train))
		for si, tags := range cfg.Stage1 {
			if len(tags) != len(train[si].Tokens) {
				return nil, fmt.Errorf("ner: first-stage tags of sentence %d: %d tags for %d tokens", si, len(tags), len(train[si].Tokens))
			}
			sp[si] = spansOf(tags)
		}
		setStage1(allInfos, sp, docs)
		m.first = cfg.First
	}
	// the domain copies of Extra's features: learned there, never seen in
	// use, so left out of the model
	domain := map[uint64]bool{}
	for si, s := range train {
		fs := make([][]uint64, len(s.Tokens))
		for i := range s.Tokens {
			fs[i] = features(allInfos[si], i, nil)
			if si >= nMain && cfg.ExtraDomain {
				for _, f := range fs[i] {
					d := mix64(f, extraDomainSalt)
					fs[i] = append(fs[i], d)
					domain[d] = true
				}
			}
			for _, f := range fs[i] {
				counts[f]++
			}
		}
		raw[si] = fs
		trainPairs[si][0], trainPairs[si][1] = encPairs(allInfos[si], true)
		allInfos[si] = nil
	}
	index := map[uint64]int32{}
	keys := make([]uint64, 0, len(counts))
	for f, c := range counts {
		if int(c) >= cfg.MinCount {
			keys = append(keys, f)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for i, k := range keys {
		index[k] = int32(i)
	}
	counts = nil
	nF := len(keys)
	fmt.Fprintf(log, "features: %d kept (min count %d) (%s)\n", nF, cfg.MinCount, time.Since(start).Round(time.Millisecond))
	enc := func(fs [][]uint64, tags []string) encSent {
		e := encSent{off: make([]int32, 1, len(fs)+1)}
		for _, tf := range fs {
			for _, f := range tf {
				if r, ok := index[f]; ok {
					e.feats = append(e.feats, r)
				}
			}
			e.off = append(e.off, int32(len(e.feats)))
		}
		e.gold = ts.encode(tags)
		return e
	}
	data := make([]encSent, len(train))
	for si := range train {
		data[si] = enc(raw[si], train[si].Tags)
		data[si].poff, data[si].pairs = trainPairs[si][0], trainPairs[si][1]
		raw[si] = nil
	}
	raw = nil
	devData := make([]encSent, len(dev))
	devInfos := make([][]tokInfo, len(dev))
	for si, s := range dev {
		devInfos[si] = m.res.infos(s.Tokens, full, m.res.labels, nil)
	}
	if m.docCtx {
		applyDocContext(devInfos, docsOf(dev))
	}
	if m.first != nil && len(dev) > 0 {
		toks := make([][]string, len(dev))
		for si, s := range dev {
			toks[si] = s.Tokens
		}
		setStage1(devInfos, m.first.tagDocs(toks, docsOf(dev)), docsOf(dev))
	}
	for si, s := range dev {
		fs := make([][]uint64, len(s.Tokens))
		for i := range s.Tokens {
			fs[i] = features(devInfos[si], i, nil)
		}
		devData[si] = enc(fs, s.Tags)
		devData[si].poff, devData[si].pairs = encPairs(devInfos[si], false)
	}

	// averaged perceptron: w are the current weights, u the sums of
	// c*update, so that the average is w - u/c.
	nP := len(pairList)
	nRows := nF + nT + 1 + nP*(nT+1)
	transRow := func(prev int) int { return nF + prev + 1 }
	// pair key r's transitions start at weight pairBase(r)
	pairBase := func(r int32) int { return (nF + nT + 1 + int(r)*(nT+1)) * nT }
	// Each bag is a perceptron of its own, trained in a different order;
	// the model is the mean of their averaged weights.
	type bag struct {
		w, u  []float64
		c     float64
		rng   *rand.Rand
		order []int
	}
	bags := make([]*bag, max(cfg.Bags, 1))
	for b := range bags {
		bg := &bag{w: make([]float64, nRows*nT), u: make([]float64, nRows*nT), c: 1,
			rng:   rand.New(rand.NewSource(cfg.Seed + int64(1000*b))),
			order: make([]int, len(data))}
		for i := range bg.order {
			bg.order[i] = i
		}
		bags[b] = bg
	}
	w, u, c := bags[0].w, bags[0].u, bags[0].c
	avg := make([]float32, nRows*nT)
	var em []float32
	var back []int8
	var path []int
	trans32 := make([]float32, nTr)
	var pt []float32 // the transitions decode used: trans32, or per token
	var obias float32
	// aug is the gold path of a training decode with a cost (cfg.Margin)
	var aug []int
	miss := cfg.MissCost
	if miss <= 0 {
		miss = 1
	}
	decode := func(e encSent, wt func(int) float32) []int {
		n := len(e.gold)
		if cap(em) < n*nT {
			em = make([]float32, n*nT)
			back = make([]int8, n*nT)
		}
		em = em[:n*nT]
		for i := 0; i < n; i++ {
			for t := 0; t < nT; t++ {
				em[i*nT+t] = 0
			}
			for _, r := range e.feats[e.off[i]:e.off[i+1]] {
				base := int(r) * nT
				for t := 0; t < nT; t++ {
					em[i*nT+t] += wt(base + t)
				}
			}
		}
		if obias != 0 {
			for i := 0; i < n; i++ {
				em[i*nT] -= obias
			}
		}
		if aug != nil {
			for i := 0; i < n; i++ {
				for t := 0; t < nT; t++ {
					em[i*nT+t] += float32(tokenCost(aug[i], t, cfg.Margin, miss))
				}
			}
		}
		for k := range trans32 {
			trans32[k] = wt(nF*nT + k)
		}
		if !m.pairs {
			pt = trans32
			path = viterbi(ts, em, n, trans32, 0, path, back[:n*nT])
			return path
		}
		if cap(pt) < n*nTr {
			pt = make([]float32, n*nTr)
		}
		pt = pt[:n*nTr]
		for i := 0; i < n; i++ {
			row := pt[i*nTr : i*nTr+nTr]
			copy(row, trans32)
			for _, r := range e.pairs[e.poff[i]:e.poff[i+1]] {
				b := pairBase(r)
				for k := range row {
					row[k] += wt(b + k)
				}
			}
		}
		path = viterbi(ts, em, n, pt, nTr, path, back[:n*nT])
		return path
	}
	cur := func(k int) float32 { return float32(w[k]) }
	av := func(k int) float32 { return avg[k] }
	upd := func(k int, d float64) {
		w[k] += d
		u[k] += c * d
	}
	// pathScore is the score of path under the emissions and transitions
	// of the last decode
	pathScore := func(path []int) float64 {
		s, stride := 0.0, 0
		if m.pairs {
			stride = nTr
		}
		prev := -1
		for i, t := range path {
			s += float64(em[i*nT+t]) + float64(pt[i*stride+(prev+1)*nT+t])
			prev = t
		}
		return s
	}
	// the passive-aggressive update: the perceptron's changes gathered,
	// then applied times the step
	var delta map[int]float64
	if cfg.PA {
		if cfg.Margin <= 0 {
			return nil, fmt.Errorf("ner: the passive-aggressive update needs a cost (Margin > 0)")
		}
		delta = map[int]float64{}
		upd = func(k int, d float64) { delta[k] += d }
	}
	bestF, bestEpoch := -1.0, 0
	var best []float32
	for ep := 1; ep <= cfg.Epochs; ep++ {
		if cfg.Stop != nil {
			if err := cfg.Stop(); err != nil {
				return nil, err
			}
		}
		errs, toks := 0, 0
		for k := range avg {
			avg[k] = 0
		}
		for _, bg := range bags {
			w, u, c = bg.w, bg.u, bg.c
			order := bg.order
			bg.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, si := range order {
				// the perceptron's step: 1, ExtraWeight on Extra
				step := 1.0
				if si >= nMain && cfg.ExtraWeight > 0 {
					step = cfg.ExtraWeight
				}
				e := data[si]
				if cfg.Dropout > 0 {
					de := encSent{off: make([]int32, 1, len(e.off)), feats: make([]int32, 0, len(e.feats)), gold: e.gold, poff: e.poff, pairs: e.pairs}
					for i := 0; i+1 < len(e.off); i++ {
						for _, r := range e.feats[e.off[i]:e.off[i+1]] {
							if bg.rng.Float64() >= cfg.Dropout {
								de.feats = append(de.feats, r)
							}
						}
						de.off = append(de.off, int32(len(de.feats)))
					}
					e = de
				}
				if cfg.Margin > 0 {
					aug = e.gold
				}
				pred := decode(e, cur)
				aug = nil
				n := len(e.gold)
				toks += n
				var loss, gap float64
				if cfg.PA {
					for i := 0; i < n; i++ {
						loss += tokenCost(e.gold[i], pred[i], cfg.Margin, miss)
					}
					// the scores without the cost: the cost is on the
					// emissions of tags other than gold
					gap = pathScore(e.gold) - (pathScore(pred) - loss)
				}
				for i := 0; i < n; i++ {
					g, p := e.gold[i], pred[i]
					if g != p {
						errs++
						for _, r := range e.feats[e.off[i]:e.off[i+1]] {
							upd(int(r)*nT+g, step)
							upd(int(r)*nT+p, -step)
						}
					}
					gp, pp := -1, -1
					if i > 0 {
						gp, pp = e.gold[i-1], pred[i-1]
					}
					if g != p || gp != pp {
						upd(transRow(gp)*nT+g, step)
						upd(transRow(pp)*nT+p, -step)
						if m.pairs {
							for _, r := range e.pairs[e.poff[i]:e.poff[i+1]] {
								b := pairBase(r)
								upd(b+(gp+1)*nT+g, step)
								upd(b+(pp+1)*nT+p, -step)
							}
						}
					}
				}
				if cfg.PA && len(delta) > 0 {
					sq := 0.0
					for _, d := range delta {
						sq += d * d
					}
					if tau := paStep(loss, gap, sq, cfg.PACap); tau > 0 {
						for k, d := range delta {
							w[k] += tau * d
							u[k] += c * tau * d
						}
					}
					clear(delta)
				}
				c++
			}
			bg.c = c
			if len(bags) == 1 {
				for k := range avg {
					avg[k] = float32(w[k] - u[k]/c)
				}
			} else {
				for k := range avg {
					avg[k] += float32((w[k] - u[k]/c) / float64(len(bags)))
				}
			}
		}
		msg := fmt.Sprintf("epoch %d: train token errors %.4f", ep, float64(errs)/float64(max(toks, 1)))
		if len(devData) > 0 {
			var r Report
			for si, e := range devData {
				r.add(dev[si].Tags, ts.decode(decode(e, av)))
			}
			f := r.Overall().F1()
			msg += fmt.Sprintf(", dev F1 %.4f (MISC %.4f)", f, r.Types["MISC"].F1())
			if f > bestF {
				bestF, bestEpoch = f, ep
				best = append(best[:0], avg...)
			}
		}
		fmt.Fprintf(log, "%s (%s)\n", msg, time.Since(start).Round(time.Millisecond))
	}
	if best == nil || cfg.FixedEpochs {
		best, bestEpoch = avg, cfg.Epochs
	}
	m.oBias = float32(cfg.OBias)
	if cfg.TuneOBias && len(devData) > 0 {
		bestF = -1
		bw := func(k int) float32 { return best[k] }
		for _, b := range []float32{0, 1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128} {
			obias = b
			var r Report
			for si, e := range devData {
				r.add(dev[si].Tags, ts.decode(decode(e, bw)))
			}
			o := r.Overall()
			fmt.Fprintf(log, "O bias %.1f: dev P %.4f R %.4f F1 %.4f\n", b, o.P(), o.R(), o.F1())
			if o.F1() > bestF {
				bestF, m.oBias = o.F1(), b
			}
		}
		obias = 0
	}
	fmt.Fprintf(log, "using epoch %d, O bias %.1f\n", bestEpoch, m.oBias)
	m.epoch = bestEpoch

	// keep the rows that matter
	kept := 0
	m.tab = newTable(nF)
	m.w = make([]float32, 0, nF*nT/2)
	for f := 0; f < nF; f++ {
		row := best[f*nT : f*nT+nT]
		mx := 0.0
		for _, v := range row {
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		if mx == 0 || mx < cfg.PruneBelow || domain[keys[f]] {
			continue
		}
		m.tab.put(keys[f], int32(kept))
		m.w = append(m.w, row...)
		kept++
	}
	copy(m.trans, best[nF*nT:nF*nT+nTr])
	if m.pairs {
		m.pairTab = newTable(nP)
		for r, k := range pairList {
			b := pairBase(int32(r))
			m.pairTab.put(k, int32(r))
			m.pairW = append(m.pairW, best[b:b+nTr]...)
		}
	}
	fmt.Fprintf(log, "model: %d feature rows of %d (%s)\n", kept, nF, time.Since(start).Round(time.Millisecond))
	return m, nil
}

// extraDomainSalt marks the domain-specific copies of Extra features.
const extraDomainSalt = 0x6a09e667f3bcc909

// addNames adds the entity phrases of a labelled sentence to g.
func addNames(g *gazTable, s Sentence, src int) {
	for _, sp := range spansOf(s.Tags) {
		ti := typeIndex(sp.Type)
		if ti < 0 {
			continue
		}
		ok := false
		for _, w := range s.Tokens[sp.Start:sp.End] {
			for _, r := range w {
				if unicode.IsUpper(r) || r >= 0x0600 && r <= 0x06FF {
					ok = true
				}
				break
			}
		}
		if !ok {
			continue
		}
		norms := make([]string, sp.End-sp.Start)
		for i, w := range s.Tokens[sp.Start:sp.End] {
			norms[i] = normalize(w)
		}
		g.add(norms, src, ti)
		if src == srcHarvested {
			for _, w := range norms {
				g.add([]string{w}, srcTokens, ti)
			}
		}
	}
}

// jackknifeFold returns the fold of training sentence si of n: every
// folds-th sentence, or with block runs of consecutive sentences (whole
// articles, as the sentences of an article are consecutive).
func jackknifeFold(n, folds int, block bool) func(si int) int {
	return func(si int) int {
		if block {
			return si * folds / n
		}
		return si % folds
	}
}

// harvestNames returns the name lists of the training sentences: full
// holds base and every sentence's names, foldGaz[k] base and the names of
// the sentences outside fold k, so that a sentence of fold k is tagged in
// training with the lists of the other folds only, as new text is with
// full. Sentences from nMain on (Extra) list their names as srcExtra when
// extraApart is set. Without harvest, full is base and foldGaz[0] is full.
func harvestNames(base *gazTable, train []Sentence, nMain, folds int, harvest, extraApart bool, foldOf func(int) int) (full *gazTable, foldGaz []*gazTable) {
	foldGaz = make([]*gazTable, folds)
	full = base.clone()
	for k := range foldGaz {
		foldGaz[k] = base.clone()
	}
	if !harvest {
		foldGaz[0] = full
		return full, foldGaz
	}
	for si, s := range train {
		src := srcHarvested
		if si >= nMain && extraApart {
			src = srcExtra
		}
		addNames(full, s, src)
		for k := range foldGaz {
			if k != foldOf(si) {
				addNames(foldGaz[k], s, src)
			}
		}
	}
	return full, foldGaz
}

// BestOBias returns the O-tag bias Train chose or was given for m.
func BestOBias(m *Model) float64 { return float64(m.oBias) }

// BestEpoch returns the epoch Train chose for m (0 if unknown).
func BestEpoch(m *Model) int { return m.epoch }

// learnClusters learns the clusterings of cfg.ClusterK over the words,
// without proclitics, of train (which holds Extra) and cfg.Text.
func learnClusters(cfg TrainConfig, train []Sentence) (map[string][]uint16, []uint16) {
	var text [][]string
	stems := func(toks []string) []string {
		out := make([]string, len(toks))
		for i, w := range toks {
			_, out[i] = splitClitics(normalize(w))
		}
		return out
	}
	for _, s := range train {
		text = append(text, stems(s.Tokens))
	}
	for _, t := range cfg.Text {
		text = append(text, stems(t))
	}
	minCount, iters := cfg.ClusterMin, cfg.ClusterIters
	if minCount <= 0 {
		minCount = 3
	}
	if iters <= 0 {
		iters = 10
	}
	out := map[string][]uint16{}
	for g, k := range cfg.ClusterK {
		for w, c := range Clusters(text, k, minCount, iters) {
			v := out[w]
			if v == nil {
				v = make([]uint16, len(cfg.ClusterK))
				out[w] = v
			}
			v[g] = c
		}
	}
	return out, make([]uint16, len(cfg.ClusterK))
}
