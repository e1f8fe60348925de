package rules

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"newskg/graph/textnorm"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Vetter checks names proposed by a statistical tagger against what the
// rule lexicons know: a name holds no title, event word, verb of meeting,
// nationality adjective or function word, and does not sit inside a title
// ("Head of Military Intelligence").
type Vetter struct {
	lx    *lexicon
	cache sync.Pool // of *vetSentence: the last sentence each worker vetted in
}

// NewVetter returns a vetter over knowledge base k.
func NewVetter(k *kb.KB) *Vetter { return &Vetter{lx: newLexicon(k)} }

// Accept reports whether mention m of document d is a plausible name.
func (v *Vetter) Accept(d *extract.Document, m graph.Mention) bool {
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	vs := v.sentence(d, si)
	defer v.cache.Put(vs)
	toks := vs.toks
	// titles and event phrases covering the span
	if vs.phraseMeets(m.Start, m.End) {
		return false
	}
	// the Arabic model does not judge Latin words, nor the English one Arabic words
	if l := textnorm.Script(m.Text); l != "" && l != s.Lang {
		return false
	}
	if strings.Contains(m.Text, "-") && textnorm.Script(m.Text) == "ar" {
		return false // «روسيا-أوكرانيا»: a compound of names, not a name
	}
	var in []token
	first := -1 // index in toks of in[0]
	for k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.Start }); k < len(toks) && toks[k].start < m.End; k++ {
		if t := toks[k]; t.end <= m.End && !t.punct {
			if first < 0 {
				first = k
			}
			in = append(in, t)
		}
	}
	if len(in) == 0 {
		return false
	}
	for i, t := range in {
		lk := strings.ToLower(t.text)
		if t.arabic {
			if arabicStop[t.key] || meetVerbs[t.key] || attendVerbs[t.key] || callVerbs[t.key] || leadVerbs[t.key] {
				return false
			}
			for _, st := range t.stems {
				if arabicStop[st.key] || meetVerbs[st.key] || attendVerbs[st.key] {
					return false
				}
			}
			continue
		}
		if capStop[lk] || speechVerbs[lk] || meetVerbs[t.key] || callVerbs[t.key] || attendVerbs[t.key] {
			return false
		}
		if !t.upper && !(i > 0 && i < len(in)-1) {
			return false // a name starts and ends with a capital
		}
		if utf8.RuneCountInString(t.text) == 1 && i == len(in)-1 {
			return false // ends on an initial: "Dmitry S"
		}
	}
	// generic place words alone («شبه جزيرة», "Peninsula") name nothing
	generic := true
	for _, t := range in {
		if !arabicPlaceHeads[t.key] && !placeHeads[strings.ToLower(t.text)] {
			generic = false
		}
	}
	if generic {
		return false
	}
	// a lone capitalised word opening an English sentence is too weak
	if len(in) == 1 && !in[0].arabic && in[0].start == toks[0].start {
		return false
	}
	// a lone definite Arabic word («والروسين») is a noun or an adjective;
	// the definite names of places are the knowledge base's
	if len(in) == 1 && in[0].arabic && m.KBID == "" {
		w := in[0].text
		for _, p := range []string{"و", "ب", "ل", "ف"} {
			w = strings.TrimPrefix(w, p)
		}
		if strings.HasPrefix(w, "ال") || strings.HasPrefix(in[0].text, "لل") {
			return false
		}
	}
	// an Arabic person needs two words or a name known from a title
	if m.Type == graph.Person && in[0].arabic && len(in) == 1 {
		return false
	}
	if len(in) == 1 && m.KBID == "" {
		// «روسياأوكرانيا»: two known names glued by a missing space
		if in[0].arabic && v.gluedNames(in[0].text) {
			return false
		}
		i, prev, next := around(toks, first)
		// "Warrani counterparts": a word before a plural of people is an
		// adjective of origin, however garbled, not a person
		if m.Type == graph.Person && next != nil && !next.upper && groupNouns[next.key] {
			return false
		}
		// "added via Telegram": what a statement goes through is a medium,
		// not a place
		if m.Type != graph.Person && prev != nil && mediumPreps[prev.key] && speechWithin(toks, i-1, 2) {
			return false
		}
	}
	return true
}

// groupNouns are plurals of people that an adjective of origin precedes.
var groupNouns = keySet("counterparts counterpart officials forces troops soldiers diplomats authorities negotiators lawmakers officers envoys delegates citizens nationals")

// mediumPreps introduce the channel a statement went through.
var mediumPreps = keySet("via")

// around returns i and the tokens just before and after toks[i] (nil at
// the edges).
func around(toks []token, i int) (_ int, prev, next *token) {
	if i > 0 {
		prev = &toks[i-1]
	}
	if i+1 < len(toks) {
		next = &toks[i+1]
	}
	return i, prev, next
}

// speechWithin reports whether a verb of speech is among the n tokens
// before toks[i].
func speechWithin(toks []token, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if speechVerbs[strings.ToLower(toks[j].text)] {
			return true
		}
	}
	return false
}

// gluedNames reports whether an Arabic word is two names of the knowledge
// base written without the space between them.
func (v *Vetter) gluedNames(w string) bool {
	rs := []rune(w)
	for i := 3; i+3 <= len(rs); i++ {
		if len(v.lx.kb.Lookup(string(rs[:i]))) > 0 && len(v.lx.kb.Lookup(string(rs[i:]))) > 0 {
			return true
		}
	}
	return false
}

// vetSentence is what the vetter reads from one sentence, once for all
// the mentions in it: its tokens and where its titles, event words,
// nationality adjectives and delegation words lie.
type vetSentence struct {
	d      *extract.Document
	si     int
	toks   []token
	starts []int // start of each phrase, in order
	maxEnd []int // maxEnd[k]: the furthest end of phrases 0..k
}

// sentence returns sentence si of d read for vetting, from the cache when
// the same worker vetted a mention of it last. Put it back when done.
func (v *Vetter) sentence(d *extract.Document, si int) *vetSentence {
	vs, _ := v.cache.Get().(*vetSentence)
	if vs != nil && vs.d == d && vs.si == si {
		return vs
	}
	if vs == nil {
		vs = &vetSentence{}
	}
	s := d.Sentences[si]
	*vs = vetSentence{d: d, si: si, toks: tokenize(d.Text, s.Start, s.End), starts: vs.starts[:0], maxEnd: vs.maxEnd[:0]}
	furthest := -1
	for i := range vs.toks {
		for _, tr := range []trie{v.lx.roles, v.lx.events, v.lx.demonyms, v.lx.delegation} {
			if n, _, _ := tr.match(vs.toks, i); n > 0 {
				furthest = max(furthest, vs.toks[i+n-1].end)
				vs.starts = append(vs.starts, vs.toks[i].start)
				vs.maxEnd = append(vs.maxEnd, furthest)
			}
		}
	}
	return vs
}

// phraseMeets reports whether a title, event, nationality or delegation
// phrase of the sentence overlaps [start, end).
func (vs *vetSentence) phraseMeets(start, end int) bool {
	k := sort.SearchInts(vs.starts, end) // phrases 0..k-1 start before end
	return k > 0 && vs.maxEnd[k-1] > start
}
