package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// Sentence is a sentence of a document: byte offsets into the text, the
// text itself (exactly as in the document) and its language by script.
type Sentence struct {
	Index int
	Start int
	End   int
	Text  string
	Lang  string
	Para  int
}

// Paragraph is a line-delimited block of text with its language.
type Paragraph struct {
	Start, End int
	Lang       string
}

// Document is an article split into paragraphs and sentences, with the
// mentions the extractors have found so far.
type Document struct {
	Article
	Paragraphs []Paragraph
	Sentences  []Sentence
	Mentions   []graph.Mention
	// Relations are the relations the extractors found, in their order.
	Relations []graph.Relation

	runes []int32 // runes[k] = rune offset of byte offset k·runeStride
}

// runeStride is the spacing in bytes of the rune offsets a document keeps
// for RuneOffset: a small table, and a short count from the nearest.
const runeStride = 64

// NewDocument segments an article.
func NewDocument(a Article) *Document {
	d := &Document{Article: a}
	d.segment()
	if d.Lang == "" {
		ar, en := 0, 0
		for _, p := range d.Paragraphs {
			n := p.End - p.Start
			if p.Lang == "ar" {
				ar += n
			} else if p.Lang == "en" {
				en += n
			}
		}
		switch {
		case ar > 0 && en > 0 && ar*4 > en && en*4 > ar:
			d.Lang = "mixed"
		case ar > en:
			d.Lang = "ar"
		default:
			d.Lang = "en"
		}
	}
	return d
}

// Info returns the document's metadata for provenance.
func (d *Document) Info() graph.DocInfo {
	return graph.DocInfo{ID: d.ID, Title: d.Title, URL: d.URL, Published: d.Published, Lang: d.Lang}
}

// Release reduces a document whose extraction is done to its metadata
// (Info) and the mentions and relations given, which must not hold
// its text: the text, paragraphs and sentences are dropped, so that a
// corpus held for its corpus passes does not hold every article.
func (d *Document) Release(ms []graph.Mention, rels []graph.Relation) {
	d.Text = ""
	d.Paragraphs, d.Sentences, d.runes = nil, nil, nil
	d.Mentions, d.Relations = ms, rels
}

// Restore gives a released document (Release) its text back, segmented
// again as NewDocument segmented it, with the mentions and relations
// given: a document may wait between passes without its text.
func (d *Document) Restore(text string, ms []graph.Mention, rels []graph.Relation) {
	d.Text = text
	d.Paragraphs, d.Sentences, d.runes = nil, nil, nil
	d.segment()
	d.Mentions, d.Relations = ms, rels
}

// RuneOffset converts a byte offset of the text to a rune offset. An
// offset inside a multi-byte character counts the characters before it.
func (d *Document) RuneOffset(b int) int {
	if d.runes == nil {
		d.runes = make([]int32, len(d.Text)/runeStride+1)
		n := int32(0)
		for i := 0; i < len(d.Text); i++ {
			if i%runeStride == 0 {
				d.runes[i/runeStride] = n
			}
			if utf8.RuneStart(d.Text[i]) {
				n++
			}
		}
		if len(d.Text)%runeStride == 0 {
			d.runes[len(d.Text)/runeStride] = n
		}
	}
	if b < 0 {
		return 0
	}
	if b > len(d.Text) {
		b = len(d.Text)
	}
	k := b / runeStride
	n := int(d.runes[k])
	for i := k * runeStride; i < b; i++ {
		if utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	// a continuation byte belongs to the character that began before it
	if b < len(d.Text) && !utf8.RuneStart(d.Text[b]) && n > 0 {
		n--
	}
	return n
}

// SentenceAt returns the index of the sentence holding byte offset b, or -1.
func (d *Document) SentenceAt(b int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case b < s.Start:
			hi = m - 1
		case b >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Mention builds a mention of the text between byte offsets start and end.
func (d *Document) Mention(start, end int, t graph.EntityType, extractor string, conf float64) graph.Mention {
	text := d.Text[start:end]
	return graph.Mention{Doc: d.ID, Text: text, Type: t, Start: start, End: end, Sent: d.SentenceAt(start),
		Lang: textnorm.Script(text), Extractor: extractor, Confidence: conf}
}

// Evidence builds the evidence of a relation between two mentions read
// from sentence sent.
func (d *Document) Evidence(sent int, subj, obj graph.Mention, extractor, rule string, conf float64) graph.Evidence {
	s := d.Sentences[sent]
	return graph.Evidence{Doc: d.ID, URL: d.URL, Published: d.Published, Text: s.Text,
		Start: d.RuneOffset(s.Start), End: d.RuneOffset(s.End),
		SubjectStart: d.RuneOffset(subj.Start), SubjectEnd: d.RuneOffset(subj.End),
		ObjectStart: d.RuneOffset(obj.Start), ObjectEnd: d.RuneOffset(obj.End),
		Extractor: extractor, Rule: rule, Confidence: conf}
}

// MaxEvidence bounds the text of a relation's evidence across sentences
// (16 KiB: more than a long news article): past it, the
// evidence is the later sentence alone, where the relation was read, so
// that what a build writes grows with its input, not with its square.
const MaxEvidence = 4 * MaxSentence

// Relation builds a relation with its evidence. The evidence sentence is
// the one holding the earlier of the two mentions; when the mentions lie
// in different sentences the evidence text spans both, up to MaxEvidence
// bytes, and is the later sentence alone beyond that.
func (d *Document) Relation(subj graph.Mention, p graph.Predicate, obj graph.Mention, role, phrase, extractor, rule string, conf float64) graph.Relation {
	a, b := d.SentenceAt(subj.Start), d.SentenceAt(obj.Start)
	if a > b {
		a, b = b, a
	}
	if a < 0 {
		a = b
	}
	ev := d.Evidence(a, subj, obj, extractor, rule, conf)
	if b > a && b >= 0 {
		if end := d.Sentences[b].End; end-d.Sentences[a].Start <= MaxEvidence {
			ev.Text = d.Text[d.Sentences[a].Start:end]
			ev.End = d.RuneOffset(end)
		} else {
			s := d.Sentences[b]
			ev.Text, ev.Start, ev.End = s.Text, d.RuneOffset(s.Start), d.RuneOffset(s.End)
		}
	}
	return graph.Relation{Subject: subj, Predicate: p, Object: obj, Role: role, RolePhrase: phrase, Evidence: ev}
}

// segment fills Paragraphs and Sentences.
func (d *Document) segment() {
	t := d.Text
	start := 0
	for start <= len(t) {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		ps, pe := trimSpan(t, start, end)
		if ps < pe {
			lang := textnorm.Script(t[ps:pe])
			d.Paragraphs = append(d.Paragraphs, Paragraph{Start: ps, End: pe, Lang: lang})
			for _, sp := range splitSentences(t, ps, pe) {
				ss, se := trimSpan(t, sp[0], sp[1])
				if ss >= se {
					continue
				}
				if se-ss > MaxSentence {
					for _, c := range splitLong(t, ss, se) {
						if cs, ce := trimSpan(t, c[0], c[1]); cs < ce {
							d.addSentence(cs, ce, lang)
						}
					}
					continue
				}
				d.addSentence(ss, se, lang)
			}
		}
		if end == len(t) {
			break
		}
		start = end + 1
	}
}

// addSentence appends the sentence at [start, end) of the last paragraph,
// whose language is lang.
func (d *Document) addSentence(start, end int, lang string) {
	t := d.Text
	l := textnorm.Script(t[start:end])
	if l == "" {
		l = lang
	}
	d.Sentences = append(d.Sentences, Sentence{Index: len(d.Sentences), Start: start, End: end, Text: t[start:end], Lang: l, Para: len(d.Paragraphs) - 1})
}

// MaxSentence is the longest sentence in bytes (about 700 English words or
// 2,000 Arabic letters, several times the longest in news text). A longer
// run without a sentence end (a list, a table flattened to one line, text
// with no punctuation) is cut into pieces at most this long, after a
// comma or a semicolon where there is one in the second half of a piece,
// else at a space, so that no work on a sentence grows without bound.
const MaxSentence = 4096

// splitLong cuts [s, e) into pieces of at most MaxSentence bytes.
func splitLong(t string, s, e int) [][2]int {
	var out [][2]int
	for e-s > MaxSentence {
		cut := cutPoint(t, s, s+MaxSentence)
		out = append(out, [2]int{s, cut})
		s = cut
	}
	return append(out, [2]int{s, e})
}

// cutPoint is where to end a piece that starts at s and may reach limit:
// after the last clause mark followed by a space, else at the last space,
// in the second half; else at the last character boundary.
func cutPoint(t string, s, limit int) int {
	half := s + (limit-s)/2
	space := -1
	for i := limit; i > half; {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if unicode.IsSpace(r) {
			if p, _ := utf8.DecodeLastRuneInString(t[:i-n]); p == ',' || p == '،' || p == ';' || p == '؛' {
				return i - n
			}
			if space < 0 {
				space = i - n
			}
		}
		i -= n
	}
	if space > 0 {
		return space
	}
	i := limit
	for i > s+1 && !utf8.RuneStart(t[i]) {
		i--
	}
	return i
}

func trimSpan(t string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// abbreviations that end with a period without ending a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "prof": true, "rep": true, "sen": true, "gov": true,
	"no": true, "vs": true, "etc": true, "inc": true, "co": true, "corp": true, "ltd": true, "mt": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "a.m": true, "p.m": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "maj": true, "adm": true,
	"fig": true, "approx": true, "dept": true, "est": true, "i.e": true, "e.g": true, "pres": true,
	"hon": true, "h.e": true, "h.h": true, "h.m": true, "h.r.h": true, "rt": true, "amb": true, "rev": true, "md": true, // "Hon. X", "H.E. Dr. X", "H.H. Sheikh X", "H.R.H. Prince X", "the Rt. Hon. X", "Amb. X", "Rev. X": styles before a name; "Md. X": Muhammad, abbreviated in South Asian names
	"smt": true, "eng": true, "engr": true, // "President Smt. X" (Shrimati, Indian official style), "Eng. X", "Engr. X" (Engineer, Gulf and Nigerian official style)
}

func isTerminator(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '؟' || r == '…' || r == '۔' || isBullet(r)
}

// isBullet: the bullet and the middle dot, which some agencies' Arabic
// copy ends its sentences with («... رسمية • وكان ...», «... قصره· ورحب
// ...»); between spaces, or before a space, they end a sentence too.
func isBullet(r rune) bool { return r == '•' || r == '·' }

// isMark: an invisible format character (a bidi mark around the period of
// a right-to-left web page, «‏.‏»; a joiner), which goes with the
// terminator before it.
func isMark(r rune) bool { return unicode.Is(unicode.Cf, r) }

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == ')' || r == ']' || r == '›'
}

func isOpener(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '«' || r == '(' || r == '[' || r == '‹' || r == '\''
}

// maxWordBefore bounds the look-back of wordBefore, in bytes: every test
// of the word (abbreviation, initial, acronym, two letters or more) is
// decided within it, and a run of letters of megabytes stays linear.
const maxWordBefore = 32

// wordBefore returns the word (letters and inner periods) ending at byte
// i, or its last maxWordBefore bytes or so when it is longer.
func wordBefore(t string, i int) string {
	j := i
	for j > 0 && i-j < maxWordBefore {
		r, n := utf8.DecodeLastRuneInString(t[:j])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		j -= n
	}
	return t[j:i]
}

// splitSentences returns sentence spans within [s, e).
func splitSentences(t string, s, e int) [][2]int {
	var out [][2]int
	begin := s
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !isTerminator(r) || isBullet(r) && strings.TrimSpace(t[begin:i]) == "" {
			i += n // (a bullet that opens a list item ends nothing)
			continue
		}
		// the sentence may end after a run of terminators, closers and
		// marks
		j := i + n
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if isTerminator(r2) || isCloser(r2) || isMark(r2) {
				j += n2
				continue
			}
			break
		}
		if boundary(t, s, i, j, e, r) {
			out = append(out, [2]int{begin, j})
			begin = j
		}
		i = j
	}
	if begin < e {
		out = append(out, [2]int{begin, e})
	}
	return out
}

// boundary decides whether the terminator at i (its run ending at j) ends
// a sentence.
func boundary(t string, s, i, j, e int, term rune) bool {
	if j >= e {
		return false // the paragraph end closes it anyway
	}
	next, _ := utf8.DecodeRuneInString(t[j:])
	prev, _ := utf8.DecodeLastRuneInString(t[s:i])
	if term == '.' {
		w := wordBefore(t, i)
		lw := strings.ToLower(w)
		if abbrev[lw] || abbrev[strings.TrimSuffix(lw, ".")] {
			return false
		}
		// a single capital letter is an initial ("Viktor F. Halden"), a
		// single Arabic letter an abbreviation («د.» doctor, «ج.» an initial)
		if rs := []rune(w); len(rs) == 1 && (unicode.IsUpper(rs[0]) || textnorm.IsArabic(rs[0])) {
			return false
		}
		// "U.S." and other dotted acronyms
		if strings.Count(w, ".") >= 1 && len([]rune(w)) <= 4 && unicode.IsUpper(prev) {
			// the acronym ends a sentence only if a capitalised word and more follows
			if !unicode.IsSpace(next) {
				return false
			}
			// dotted initials before a surname ("Deputy Minister K.L.
			// Marchenko said", the way Russian and South Asian copy
			// writes a person): a capitalised word that no sentence
			// opens with, then a word in lower case
			if initialsBefore(t, w, j, e) {
				return false
			}
		}
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return false // 3.5
		}
	}
	if unicode.IsSpace(next) {
		k := j
		for k < e {
			r, n := utf8.DecodeRuneInString(t[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if k >= e {
			return false
		}
		nr, _ := utf8.DecodeRuneInString(t[k:])
		return unicode.IsUpper(nr) || unicode.IsDigit(nr) || textnorm.IsArabic(nr) || isOpener(nr) || nr == '-' || nr == '–'
	}
	// no space after the terminator: machine translation glued two
	// sentences ("ends.Next"): a lower-case word, then a capital that
	// starts a lower-case word
	if term == '.' && unicode.IsLower(prev) && unicode.IsUpper(next) {
		_, n1 := utf8.DecodeRuneInString(t[j:e])
		second, n2 := utf8.DecodeRuneInString(t[j+n1 : e])
		if n2 > 0 && unicode.IsLower(second) && utf8.RuneCountInString(wordBefore(t, i)) >= 2 {
			return true
		}
	}
	if (term == '؟' || term == '!' || term == '?') && (textnorm.IsArabic(next) || unicode.IsUpper(next)) {
		return true
	}
	return false
}

// initialsBefore reports dotted initials w ("K.L.", "A.B.C.": capitals
// each followed by a period) whose run ends at j, before a capitalised
// word that is no common opener of a sentence ("The", "He", "In") and
// that a lower-case word follows: the initials open a person's name.
func initialsBefore(t, w string, j, e int) bool {
	if !textnorm.DottedInitials(strings.TrimSuffix(w+".", "..")) {
		return false
	}
	rest := strings.Fields(t[j:min(e, j+80)])
	if len(rest) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest[0])
	second, _ := utf8.DecodeRuneInString(rest[1])
	word := strings.ToLower(strings.TrimRight(rest[0], ",;:"))
	return unicode.IsUpper(first) && !sentenceOpeners[word] && (unicode.IsLower(second) || strings.HasSuffix(rest[0], ","))
}

// sentenceOpeners are English words that often open a sentence with a
// capital and never are a surname: articles, pronouns, prepositions,
// conjunctions and adverbs of discourse.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "in": true, "on": true, "at": true, "but": true, "and": true, "this": true,
	"that": true, "these": true, "those": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "after": true, "before": true, "as": true, "while": true, "when": true, "there": true,
	"meanwhile": true, "however": true, "also": true, "during": true, "for": true, "with": true,
	"from": true, "officials": true, "talks": true, "both": true, "earlier": true, "later": true,
	"according": true, "if": true, "since": true, "under": true, "by": true,
}

// Spans is a set of byte positions of a text, for telling in time
// proportional to a span whether it meets any span added so far.
type Spans struct {
	bits []uint64
	n    int
}

// NewSpans returns an empty set over a text of n bytes.
func NewSpans(n int) *Spans { return &Spans{bits: make([]uint64, n/64+1), n: n} }

// clip bounds [start, end) to the text.
func (s *Spans) clip(start, end int) (int, int) {
	return max(start, 0), min(end, s.n)
}

// Add adds the positions [start, end).
func (s *Spans) Add(start, end int) {
	start, end = s.clip(start, end)
	for i := start; i < end; {
		w, b := i/64, uint(i%64)
		n := min(64-int(b), end-i)
		s.bits[w] |= mask(b, n)
		i += n
	}
}

// Meets reports whether any of the positions [start, end) is in the set.
func (s *Spans) Meets(start, end int) bool {
	start, end = s.clip(start, end)
	for i := start; i < end; {
		w, b := i/64, uint(i%64)
		n := min(64-int(b), end-i)
		if s.bits[w]&mask(b, n) != 0 {
			return true
		}
		i += n
	}
	return false
}

// mask has n bits set from bit b.
func mask(b uint, n int) uint64 {
	if n >= 64 {
		return ^uint64(0)
	}
	return (uint64(1)<<uint(n) - 1) << b
}
