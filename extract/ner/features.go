package ner

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is hashed (FNV-1a, 64 bits) from its
// template id and its string values, so no feature string is ever built.
const (
	tBias = iota + 1
	tW
	tRaw
	tShape
	tSShape
	tWm1
	tWp1
	tWm2
	tWp2
	tBiL
	tBiR
	tSSm1
	tSSp1
	tSSL
	tSSR
	tSS3
	tPosSS
	tHeadSS
	tLC
	tLCPos
	tLCm1
	tLCp1
	tGz
	tGzSS
	tGzm1
	tGzp1
	tStem
	tClitic
	tStemm1
	tStemp1
	tStemPre
	tStemSuf
	tLen
	tWm1SS
	tWp1SS
	tCl
	tClm1
	tClp1
	tWm1Stem
	tStemm2
	tStemp2
	tLem
	tLemm1
	tLemp1
	tLemPre
	tLemSuf
	tEnc
	tTrig
	tLemBi
	tDoc
	tDocTrig
	_        // unused: keeps the ids of the templates below those of the shipped models
	tClu     // + granularity: the word's class
	tCluM1   = tClu + 8
	tCluP1   = tCluM1 + 8
	tCluDict = tCluP1 + 8
	tPre     = 100 // +1..4
	tPair    = 200 // pair keys
	tSuf     = 110 // +1..4
	tQuote   = 120 // the token's place in a short quotation (extQuote)
	tTrigLC  = 121 // the trigger class of the word before x the token's dictionary code (extConj)
	tTrigCl  = 122 // ... x the token's proclitics
	tNisba   = 123 // the token's article x its relative-adjective ending
)

// Extra feature sets a model may have (resources.ext, saved as model flags).
const (
	// extQuote: a token's place in a quotation of at most maxQuote words
	// («...», "..."), where names of papers, companies, films are written.
	extQuote = 1 << iota
	// extConj: for Arabic, the trigger class of the word before combined
	// with the token's dictionary code and with its proclitics, and the
	// token's article with its relative-adjective (nisba) ending.
	extConj
	// extS1X: a second stage's extra features of the first stage's tags
	// (s1Features): its tag x the word's class, the repeats of its names
	// of two or more words, the type the word has most often in the whole
	// document
	extS1X
	// extLex: lexicon classes of the token and its neighbours, and the
	// letter shape of a word outside the dictionary (lexfeat.go)
	extLex
)

// maxQuote is the longest quotation, in words, that extQuote marks.
const maxQuote = 6

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hid(id int) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(id)
	h *= fnvPrime
	return h
}

func fh1(id int, a string) uint64 { return hstr(hid(id), a) }
func fh2(id int, a, b string) uint64 {
	h := hstr(hid(id), a)
	h ^= 0xff
	h *= fnvPrime
	return hstr(h, b)
}
func fh3(id int, a, b, c string) uint64 {
	h := fh2(id, a, b)
	h ^= 0xfe
	h *= fnvPrime
	return hstr(h, c)
}

// mix64 combines token hashes into phrase hashes for gazetteer look-up.
func mix64(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

const phraseSeed = 0x51ed270b27a3f1c9

// Gazetteer sources: bits (src*4+type)*2 (+1 for inside tokens).
const (
	srcExternal  = 0 // shipped lists (countries, cities)
	srcHarvested = 1 // entities of the training split (jackknifed in training)
	srcExtra     = 2 // entities of extra labelled data used for lists only
	srcTokens    = 3 // single tokens of harvested training entities
	nSrc         = 4
)

var typeNames = [4]string{"PER", "LOC", "ORG", "MISC"}

func typeIndex(t string) int {
	switch t {
	case "PER", "PERS":
		return 0
	case "LOC":
		return 1
	case "ORG":
		return 2
	case "MISC":
		return 3
	}
	return -1
}

// gazTable maps phrase hashes to bit masks of (source, type).
type gazTable struct {
	m      map[uint64]uint16
	maxLen int
}

func newGaz() *gazTable { return &gazTable{m: map[uint64]uint16{}} }

func (g *gazTable) clone() *gazTable {
	c := &gazTable{m: make(map[uint64]uint16, len(g.m)), maxLen: g.maxLen}
	for k, v := range g.m {
		c.m[k] = v
	}
	return c
}

func phraseHash(norms []string) uint64 {
	h := uint64(phraseSeed)
	for _, w := range norms {
		h = mix64(h, hstr(fnvOffset, w))
	}
	return h
}

func (g *gazTable) add(norms []string, src, typ int) {
	if len(norms) == 0 || len(norms) > 8 {
		return
	}
	g.m[phraseHash(norms)] |= 1 << (src*4 + typ)
	if pre, stem := splitClitics(norms[0]); pre != "" {
		// the same name without its proclitics (بالسعودية -> سعودية)
		v := append([]string{stem}, norms[1:]...)
		g.m[phraseHash(v)] |= 1 << (src*4 + typ)
	}
	if len(norms) > g.maxLen {
		g.maxLen = len(norms)
	}
}

// tokInfo holds the per-token values the templates combine.
type tokInfo struct {
	raw, norm, shape, sshape, stem, clitic, cl string
	lem, enc, trig                             string // Arabic: stem without enclitic, the enclitic, trigger types
	ar                                         bool
	lc                                         string
	cap, allcap, letters                       bool
	gz                                         uint32
	doc                                        uint16   // document-context bits (docctx.go)
	ext                                        uint8    // the model's extra feature sets (extQuote, ...)
	quote                                      byte     // place in a short quotation: 's' alone, 'b' first, 'i' inside, 'e' last; 0 none
	cls                                        []uint16 // word classes, coarse to fine (nil: none)
	s1                                         s1Info   // what a first-stage model said (stack.go)
	// with extLex (lexfeat.go): the word's lexicon classes, and for an
	// Arabic word outside the dictionary its consonant-vowel skeleton,
	// share of vowel letters and 4-grams unknown to the dictionary
	wc, cv       string
	vowel, novel byte
}

// shapes returns the word shape (X upper, x lower, d digit, a Arabic letter,
// punctuation kept) truncated to 8 runes, and the collapsed shape in which
// repeats are merged (Xxxx -> Xx).
func shapes(w string) (string, string) {
	var full, short [32]byte
	nf, ns := 0, 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case r < 0x80 && r >= 'A' && r <= 'Z':
			c = 'X'
		case r < 0x80 && r >= 'a' && r <= 'z':
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.Is(unicode.Cf, r):
			continue
		case r >= 0x0600 && r <= 0x06FF:
			if r >= 0x064B && r <= 0x0652 || r == 0x0640 {
				continue
			}
			if r == 0x060C || r == 0x061B || r == 0x061F {
				c = ','
			} else {
				c = 'a'
			}
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case r < 0x80:
			c = byte(r)
		default:
			c = '*'
		}
		if nf < 8 {
			full[nf] = c
			nf++
		}
		if c != last && ns < 32 {
			short[ns] = c
			ns++
		}
		last = c
	}
	return string(full[:nf]), string(short[:ns])
}

func firstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func lcBucket(lower, capMid int) string {
	t := lower + capMid
	if t < 2 {
		return ""
	}
	r := float64(lower) / float64(t)
	switch {
	case r == 0:
		return "0"
	case r < 0.1:
		return "1"
	case r < 0.5:
		return "2"
	case r < 0.9:
		return "3"
	}
	return "4"
}

// resources are the lists a model carries besides its weights.
type resources struct {
	lex map[string]string // normalised word -> lower-case ratio bucket
	// labels maps a normalised word to its label signature (labelSig) in
	// the training data; nil for models without one.
	labels map[string]string
	gaz    *gazTable
	// hasDict is set when lex holds a dictionary of the language ("D").
	hasDict bool
	// clus maps a word's form without proclitics to its classes in the
	// word clusterings (cluster.go), coarse to fine; nil for models
	// without clusters.
	clus map[string][]uint16
	// noClass holds class 0 at every granularity, for unclustered words.
	noClass []uint16
	// ext holds the model's extra feature sets (extQuote, extConj).
	ext uint8
	// wcls maps a word without its proclitics to its lexicon classes
	// (extLex; nil for models without them), and dg holds the 4-grams of
	// the dictionary's words, built on first use (lexfeat.go)
	wcls map[string]string
	dg   *dictGrams
}

// dictCode tells whether an Arabic word is in the model's dictionary: as
// written ("w"), without its proclitics ("s"), without its enclitic pronoun
// too ("l"), or not at all ("n"); "" for a model without a dictionary.
func (res *resources) dictCode(t *tokInfo) string {
	switch {
	case res.lex[t.norm] == "D":
		return "w"
	case res.lex[t.stem] == "D":
		return "s"
	case t.lem != "" && res.lex[t.lem] == "D":
		return "l"
	case res.hasDict:
		return "n"
	}
	return ""
}

var openers = map[string]bool{"\"": true, "``": true, "'": true, "(": true, "[": true, ":": true, "-": true, "--": true, "«": true, "“": true, "‘": true, ";": true, "...": true, ".": true, "?": true, "!": true, "،": true}

func (res *resources) infos(toks []string, gz *gazTable, labels map[string]string, infos []tokInfo) []tokInfo {
	infos = infos[:0]
	nCap, nAll := 0, 0
	for _, w := range toks {
		ti := tokInfo{raw: w, norm: normalize(w)}
		ti.shape, ti.sshape = shapes(w)
		ti.cap = firstUpper(w)
		hasLetter, allUp := false, true
		for _, r := range w {
			if unicode.IsLetter(r) {
				hasLetter = true
				if !unicode.IsUpper(r) {
					allUp = false
				}
			}
		}
		ti.letters = hasLetter
		ti.allcap = hasLetter && allUp && ti.cap
		if hasLetter {
			nCap++
			if ti.allcap {
				nAll++
			}
		}
		ti.clitic, ti.stem = splitClitics(ti.norm)
		if ti.ar = isArabic(ti.norm); ti.ar {
			ti.lem, ti.enc = splitEnclitic(ti.stem)
			ti.trig = arabicTriggers[ti.stem]
			if ti.trig == "" {
				ti.trig = arabicTriggers[ti.norm]
			}
		}
		if res.lex != nil {
			ti.lc = res.lex[ti.norm]
			if ti.ar {
				ti.lc = res.dictCode(&ti)
			}
		}
		if res.ext&extLex != 0 {
			if ti.wc = res.wcls[ti.stem]; ti.wc == "" {
				ti.wc = res.wcls[ti.norm]
			}
			res.letterShape(&ti)
		}
		if res.clus != nil {
			if ti.cls = res.clus[ti.stem]; ti.cls == nil {
				ti.cls = res.noClass
			}
		}
		if labels != nil && hasLetter {
			if ti.cl = labels[ti.norm]; ti.cl == "" {
				ti.cl = "-"
			}
		}
		ti.ext = res.ext
		infos = append(infos, ti)
	}
	if res.ext&extQuote != 0 {
		markQuotes(infos)
	}
	if nCap >= 3 && nAll*10 >= nCap*7 {
		for i := range infos {
			infos[i].allcap = true // headline: capitals carry no information
		}
		_ = nAll
	} else {
		for i := range infos {
			infos[i].allcap = false
		}
	}
	if gz != nil && gz.maxLen > 0 {
		n := len(infos)
		th := make([]uint64, n)
		for i := range infos {
			th[i] = hstr(fnvOffset, infos[i].norm)
		}
		for i := 0; i < 2*n; i++ {
			first := th[i%n]
			if i >= n {
				if infos[i-n].clitic == "" {
					continue
				}
				first = hstr(fnvOffset, infos[i-n].stem)
			}
			i := i % n
			h := uint64(phraseSeed)
			for L := 1; L <= gz.maxLen && i+L <= n; L++ {
				if L == 1 {
					h = mix64(h, first)
				} else {
					h = mix64(h, th[i+L-1])
				}
				m, ok := gz.m[h]
				if !ok {
					continue
				}
				for mm := uint32(m); mm != 0; mm &= mm - 1 {
					b := uint32(bits.TrailingZeros32(mm))
					infos[i].gz |= 1 << (2 * b)
					for k := i + 1; k < i+L; k++ {
						infos[k].gz |= 1 << (2*b + 1)
					}
				}
			}
		}
	}
	return infos
}

var gzNames [32]string

func init() {
	for b := 0; b < 32; b++ {
		src, typ, in := b/8, (b/2)%4, b%2
		gzNames[b] = string(rune('a'+src)) + typeNames[typ][:1] + "BI"[in:in+1]
	}
}

// features appends the hashed features of token i to out.
func features(in []tokInfo, i int, out []uint64) []uint64 {
	t := &in[i]
	get := func(j int) *tokInfo {
		if j < 0 || j >= len(in) {
			return nil
		}
		return &in[j]
	}
	nw := func(p *tokInfo, edge string) string {
		if p == nil {
			return edge
		}
		return p.norm
	}
	ns := func(p *tokInfo, edge string) string {
		if p == nil {
			return edge
		}
		return p.sshape
	}
	m1, p1, m2, p2 := get(i-1), get(i+1), get(i-2), get(i+2)
	out = append(out, hid(tBias), fh1(tW, t.norm), fh1(tShape, t.shape), fh1(tSShape, t.sshape))
	if t.raw != t.norm {
		out = append(out, fh1(tRaw, t.raw))
	}
	// affixes over runes of the normalised form
	w := t.stem
	if t.clitic == "" {
		w = t.norm
	}
	n := utf8.RuneCountInString(w)
	if n > 1 {
		idx := 0
		for k := 1; k <= 4 && k < n; k++ {
			_, sz := utf8.DecodeRuneInString(w[idx:])
			idx += sz
			out = append(out, fh1(tPre+k, w[:idx]))
		}
		idx = len(w)
		for k := 1; k <= 4 && k < n; k++ {
			_, sz := utf8.DecodeLastRuneInString(w[:idx])
			idx -= sz
			out = append(out, fh1(tSuf+k, w[idx:]))
		}
	}
	wm1, wp1 := nw(m1, "<s>"), nw(p1, "</s>")
	out = append(out,
		fh1(tWm1, wm1), fh1(tWp1, wp1), fh1(tWm2, nw(m2, "<s>")), fh1(tWp2, nw(p2, "</s>")),
		fh2(tBiL, wm1, t.norm), fh2(tBiR, t.norm, wp1),
	)
	sm1, sp1 := ns(m1, "<s>"), ns(p1, "</s>")
	out = append(out, fh1(tSSm1, sm1), fh1(tSSp1, sp1), fh2(tSSL, sm1, t.sshape), fh2(tSSR, t.sshape, sp1), fh3(tSS3, sm1, t.sshape, sp1))
	out = append(out, fh2(tWm1SS, wm1, t.sshape), fh2(tWp1SS, wp1, t.sshape))
	// position and capitalisation that survive noisy input
	pos := "m"
	if m1 == nil {
		pos = "f"
	} else if openers[m1.raw] {
		pos = "o"
	}
	if t.allcap {
		pos += "H"
	}
	out = append(out, fh2(tPosSS, pos, t.sshape))
	if t.letters {
		out = append(out, fh1(tLC, t.lc), fh3(tLCPos, t.lc, pos, t.sshape))
	}
	if m1 != nil && m1.letters {
		out = append(out, fh2(tLCm1, m1.lc, m1.sshape))
	}
	if p1 != nil && p1.letters {
		out = append(out, fh2(tLCp1, p1.lc, p1.sshape))
	}
	for mm := t.gz; mm != 0; mm &= mm - 1 {
		b := bits.TrailingZeros32(mm)
		out = append(out, fh1(tGz, gzNames[b]), fh2(tGzSS, gzNames[b], t.sshape))
	}
	if m1 != nil {
		for mm := m1.gz; mm != 0; mm &= mm - 1 {
			out = append(out, fh1(tGzm1, gzNames[bits.TrailingZeros32(mm)]))
		}
	}
	if p1 != nil {
		for mm := p1.gz; mm != 0; mm &= mm - 1 {
			out = append(out, fh1(tGzp1, gzNames[bits.TrailingZeros32(mm)]))
		}
	}
	if t.ar || t.clitic != "" || (m1 != nil && m1.clitic != "") || (p1 != nil && p1.clitic != "") {
		st := func(p *tokInfo, edge string) string {
			if p == nil {
				return edge
			}
			return p.stem
		}
		out = append(out, fh1(tStem, t.stem), fh1(tClitic, t.clitic),
			fh1(tStemm1, st(m1, "<s>")), fh1(tStemp1, st(p1, "</s>")),
			fh1(tStemm2, st(m2, "<s>")), fh1(tStemp2, st(p2, "</s>")),
			fh2(tWm1Stem, st(m1, "<s>"), t.stem))
	}
	if t.ar {
		out = arabicFeatures(t, m1, p1, m2, p2, out)
	}
	ln := n
	if ln > 8 {
		ln = 8
	}
	out = append(out, fh1(tLen, string(rune('0'+ln))))
	for d := t.doc; d != 0; d &= d - 1 {
		b := bits.TrailingZeros16(d)
		out = append(out, fh1(tDoc, docNames[b]))
		if t.ar {
			out = append(out, fh2(tDoc, docNames[b], t.lc))
		} else {
			out = append(out, fh2(tDoc, docNames[b], t.sshape))
		}
	}
	if t.quote != 0 {
		q := string(rune(t.quote))
		out = append(out, fh1(tQuote, q), fh2(tQuote, q, t.lc))
	}
	out = clusterFeatures(t, m1, p1, out)
	if t.cl != "" {
		out = append(out, fh1(tCl, t.cl))
		for k := 0; k+1 < len(t.cl); k++ {
			out = append(out, fh2(tCl, t.cl[k:k+1], string(rune('0'+k))))
		}
	}
	if m1 != nil && m1.cl != "" {
		out = append(out, fh1(tClm1, m1.cl))
	}
	if p1 != nil && p1.cl != "" {
		out = append(out, fh1(tClp1, p1.cl))
	}
	if t.ext&extLex != 0 {
		out = lexFeatures(in, i, out)
	}
	return s1Features(in, i, out)
}

// arabicFeatures appends the features of an Arabic token: its form without
// clitics on either side, that form's affixes, and the trigger words around.
func arabicFeatures(t, m1, p1, m2, p2 *tokInfo, out []uint64) []uint64 {
	lem := func(p *tokInfo, edge string) string {
		if p == nil {
			return edge
		}
		if p.lem != "" {
			return p.lem
		}
		return p.norm
	}
	lm1, lp1 := lem(m1, "<s>"), lem(p1, "</s>")
	out = append(out, fh1(tLem, t.lem), fh1(tEnc, t.enc), fh1(tLemm1, lm1), fh1(tLemp1, lp1), fh2(tLemBi, lm1, t.lem))
	w := t.lem
	n := utf8.RuneCountInString(w)
	if n > 2 {
		idx := 0
		for k := 1; k <= 3; k++ {
			_, sz := utf8.DecodeRuneInString(w[idx:])
			idx += sz
			if k >= 2 {
				out = append(out, fh1(tLemPre, w[:idx]))
			}
		}
		idx = len(w)
		for k := 1; k <= 3; k++ {
			_, sz := utf8.DecodeLastRuneInString(w[:idx])
			idx -= sz
			if k >= 2 {
				out = append(out, fh1(tLemSuf, w[idx:]))
			}
		}
	}
	trig := func(p *tokInfo, pos string) {
		if p != nil && p.trig != "" {
			for i := 0; i < len(p.trig); i++ {
				out = append(out, fh2(tTrig, pos, p.trig[i:i+1]))
			}
		}
	}
	trig(t, "0")
	trig(m1, "-1")
	trig(m2, "-2")
	trig(p1, "+1")
	if t.ext&extConj != 0 {
		if m1 != nil {
			cl := cliticClass(t.clitic)
			for i := 0; i < len(m1.trig); i++ {
				c := m1.trig[i : i+1]
				out = append(out, fh2(tTrigLC, c, t.lc), fh2(tTrigCl, c, cl))
			}
		}
		if suf := nisbaEnding(t.stem); suf != "" {
			out = append(out, fh2(tNisba, articleCode(t.clitic), suf))
		}
	}
	return out
}

// cliticClass is the class of a token's proclitics: "-" none, then "c" for
// a conjunction and "a" for the article or "p" for a preposition.
func cliticClass(c string) string {
	if c == "" {
		return "-"
	}
	cl := ""
	if strings.HasPrefix(c, "و") || strings.HasPrefix(c, "ف") {
		cl = "c" // a conjunction
	}
	switch {
	case strings.HasSuffix(c, "ال") || c == "لل":
		cl += "a" // the article
	case len(c) > 2 || cl == "":
		cl += "p" // a preposition
	}
	return cl
}

// articleCode is "a" for proclitics that hold the article, "n" otherwise.
func articleCode(c string) string {
	if strings.HasSuffix(c, "ال") || c == "لل" {
		return "a"
	}
	return "n"
}

// nisbaEndings are the endings, folded (ة as ه), of Arabic relative
// adjectives (nisba) and their plurals, longest first.
var nisbaEndings = []string{"يين", "يون", "يات", "يه", "ي"}

// nisbaEnding returns the nisba ending of a stem of at least four letters
// ("" if none).
func nisbaEnding(stem string) string {
	if utf8.RuneCountInString(stem) < 4 {
		return ""
	}
	for _, e := range nisbaEndings {
		if strings.HasSuffix(stem, e) {
			return e
		}
	}
	return ""
}

// markQuotes sets the quote place of the words of each quotation of at
// most maxQuote words: quotation marks (folded to ") pair in order.
func markQuotes(in []tokInfo) {
	open := -1
	for i := range in {
		if in[i].norm != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if n := i - open - 1; n >= 1 && n <= maxQuote {
			for k := open + 1; k < i; k++ {
				switch {
				case n == 1:
					in[k].quote = 's'
				case k == open+1:
					in[k].quote = 'b'
				case k == i-1:
					in[k].quote = 'e'
				default:
					in[k].quote = 'i'
				}
			}
		}
		open = -1
	}
}

// labelSig returns the signature of a word's labels in training data: for
// PER, LOC, ORG and MISC the share of its occurrences inside a name of the
// type ('0' none, '1' < 20%, '2' < 50%, '3' < 80%, '4' more), then its
// frequency ('a' once, 'b' 2-4 times, 'c' more).
func labelSig(c [5]int32) string {
	var b [5]byte
	for k := 0; k < 4; k++ {
		r := float64(c[k+1]) / float64(c[0])
		switch {
		case c[k+1] == 0:
			b[k] = '0'
		case r < 0.2:
			b[k] = '1'
		case r < 0.5:
			b[k] = '2'
		case r < 0.8:
			b[k] = '3'
		default:
			b[k] = '4'
		}
	}
	switch {
	case c[0] == 1:
		b[4] = 'a'
	case c[0] < 5:
		b[4] = 'b'
	default:
		b[4] = 'c'
	}
	return string(b[:])
}

// fhn hashes a template id with a number.
func fhn(id int, n uint64) uint64 {
	h := hid(id)
	h ^= n
	h *= fnvPrime
	return h
}

// clusterFeatures appends the word classes of a token and its neighbours.
// A word outside the clusterings (rare in the text they were learned from,
// or unseen) has class 0 at every granularity.
func clusterFeatures(t, m1, p1 *tokInfo, out []uint64) []uint64 {
	if t.cls == nil {
		return out // a model without clusters
	}
	cl := func(p *tokInfo, g int) uint64 {
		if p == nil {
			return 0xffff
		}
		return uint64(p.cls[g])
	}
	for g := range t.cls {
		out = append(out, fhn(tClu+g, cl(t, g)), fhn(tCluM1+g, cl(m1, g)), fhn(tCluP1+g, cl(p1, g)))
	}
	if t.lc != "" {
		out = append(out, fh2(tCluDict, t.lc, string(rune(cl(t, 0)))))
	}
	return out
}

// maxPairKeys bounds the number of pair keys of a token.
const maxPairKeys = 2

// pairKeys appends the keys of token t's own transition weights (a model
// with pairs): the transition into a token depends on whether it carries
// a conjunction, a preposition or the article (a name that starts with
// «و» is a new name, not the next word of the one before), on whether it
// is a dictionary word, and, for a token that is not Arabic, on its shape.
func pairKeys(t *tokInfo, out []uint64) []uint64 {
	if !t.ar {
		return append(out, fh1(tPair, "s"+t.sshape))
	}
	return append(out, fh1(tPair, "c"+cliticClass(t.clitic)), fh1(tPair, "d"+t.lc))
}
