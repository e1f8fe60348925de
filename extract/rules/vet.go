package rules

import (
	"strings"

	"newskg/graph/textnorm"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Vetter checks names proposed by a statistical tagger against what the
// rule lexicons know: a name holds no title, event word, verb of meeting,
// nationality adjective or function word, and does not sit inside a title
// ("Head of Military Intelligence").
type Vetter struct{ lx *lexicon }

// NewVetter returns a vetter over knowledge base k.
func NewVetter(k *kb.KB) *Vetter { return &Vetter{lx: newLexicon(k)} }

// Accept reports whether mention m of document d is a plausible name.
func (v *Vetter) Accept(d *extract.Document, m graph.Mention) bool {
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return false
	}
	s := d.Sentences[si]
	toks := tokenize(d.Text, s.Start, s.End)
	// titles and event phrases covering the span
	for i := 0; i < len(toks); i++ {
		for _, tr := range []trie{v.lx.roles, v.lx.events, v.lx.demonyms, v.lx.delegation} {
			if n, _, _ := tr.match(toks, i); n > 0 {
				if toks[i].start < m.End && m.Start < toks[i+n-1].end {
					return false
				}
			}
		}
	}
	// the Arabic model does not judge Latin words, nor the English one Arabic words
	if l := textnorm.Script(m.Text); l != "" && l != s.Lang {
		return false
	}
	if strings.Contains(m.Text, "-") && textnorm.Script(m.Text) == "ar" {
		return false // «روسيا-أوكرانيا»: a compound of names, not a name
	}
	var in []token
	for _, t := range toks {
		if t.start >= m.Start && t.end <= m.End && !t.punct {
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
		i, prev, next := around(toks, in[0])
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
var groupNouns = wordSet("names.tsv", "group-noun")

// mediumPreps introduce the channel a statement went through.
var mediumPreps = wordSet("names.tsv", "medium")

// around returns the index of t in toks and the tokens just before and
// after it (nil at the edges).
func around(toks []token, t token) (i int, prev, next *token) {
	for i = range toks {
		if toks[i].start == t.start {
			break
		}
	}
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
