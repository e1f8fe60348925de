package ner

import (
	"sort"
	"strings"
)

// Document context. A name is usually written in full once in an article
// and then repeated, often alone or in a context that says little; a word's
// other occurrences nearby tell what the one at hand cannot. For each
// sentence, docContext gathers, over the sentences within docWindow of it
// in the same document, facts about each word (by its form without
// proclitics): whether some occurrence follows a title or a generic noun
// of a place or an organisation, whether one stands next to a known
// person-name token, how often it occurs. The facts come from the text
// alone, never from predicted tags, so the same features hold in training
// and in use.

// docWindow is how many sentences either side make a sentence's context.
const docWindow = 8

// Document-context bits of a word.
const (
	dPTrig     = 1 << iota // some occurrence follows a person title
	dOTrig                 // ... a generic noun of an organisation
	dLTrig                 // ... a generic noun of a place
	dAfterPer              // some occurrence follows a token of a known person name
	dBeforePer             // some occurrence precedes one
	dRep2                  // the word occurs twice or more in the context
	dRep4                  // four times or more
	dArticle               // some occurrence has the article ال
	dBare                  // some occurrence has no article
	dCap                   // some occurrence is capitalised mid-sentence
	dLower                 // some occurrence is lower case
	nDocBits   = iota
)

var docNames [nDocBits]string

func init() {
	for i := range docNames {
		docNames[i] = string(rune('a' + i))
	}
}

// personTok reports whether a token's gazetteer bits mark it as (part of)
// a known person name.
func personTok(gz uint32) bool {
	const per = 0 // type index of PER
	for src := 0; src < nSrc; src++ {
		b := (src*4 + per) * 2
		if gz&(3<<b) != 0 {
			return true
		}
	}
	return false
}

// docKey is the form of a token that document context is kept under.
func docKey(t *tokInfo) string {
	if !t.letters {
		return ""
	}
	return t.stem
}

type docStat struct {
	bits  uint16
	count int32
}

// sentStats returns the document-context facts of one sentence's tokens.
func sentStats(in []tokInfo, out map[string]docStat) {
	for i := range in {
		t := &in[i]
		k := docKey(t)
		if k == "" {
			continue
		}
		st := out[k]
		st.count++
		if i > 0 {
			p := &in[i-1]
			for j := 0; j < len(p.trig); j++ {
				switch p.trig[j] {
				case 'P':
					st.bits |= dPTrig
				case 'O':
					st.bits |= dOTrig
				case 'L':
					st.bits |= dLTrig
				}
			}
			if personTok(p.gz) {
				st.bits |= dAfterPer
			}
			if t.cap && !openers[p.raw] {
				st.bits |= dCap
			}
		}
		if i+1 < len(in) && personTok(in[i+1].gz) {
			st.bits |= dBeforePer
		}
		if t.ar {
			if len(t.clitic) >= 4 && t.clitic[len(t.clitic)-4:] == "ال" || t.clitic == "لل" {
				st.bits |= dArticle
			} else {
				st.bits |= dBare
			}
		} else if !t.cap {
			st.bits |= dLower
		}
		out[k] = st
	}
}

// applyDocContext sets the document-context bits of each sentence's tokens
// from the sentences within docWindow of it in the same document. docs[i]
// is sentence i's document number.
func applyDocContext(sents [][]tokInfo, docs []int) {
	stats := make([]map[string]docStat, len(sents))
	for i, in := range sents {
		stats[i] = map[string]docStat{}
		sentStats(in, stats[i])
	}
	for i, in := range sents {
		lo, hi := windowOf(i, docs)
		for k := range in {
			t := &in[k]
			key := docKey(t)
			if key == "" {
				continue
			}
			var bits uint16
			var n int32
			for j := lo; j <= hi; j++ {
				if st, ok := stats[j][key]; ok {
					bits |= st.bits
					n += st.count
				}
			}
			if n >= 2 {
				bits |= dRep2
			}
			if n >= 4 {
				bits |= dRep4
			}
			t.doc = bits
		}
	}
}

// windowOf returns the first and last sentence of sentence i's context:
// those within docWindow of it in the same document (docs[j] is sentence
// j's document).
func windowOf(i int, docs []int) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && i-lo < docWindow && docs[lo-1] == docs[i] {
		lo--
	}
	for hi+1 < len(docs) && hi-i < docWindow && docs[hi+1] == docs[i] {
		hi++
	}
	return lo, hi
}

// propagate makes the names the model found agree across their context
// (the sentences within docWindow, in the same document). A name written
// in full once, with the evidence around it, is often repeated where the
// words around say little, and a name typed one way in most places is of
// that type in the others. Names are compared by their words without
// proclitics («ولندن» is «لندن»). Each name takes the type it has most
// often in the context (it keeps its own on a tie), and a name of two or
// more words is also tagged where it is repeated over words the tagger
// left outside any name (not a lone word: the same word is a name in one
// place and a word in another too often). A one-word name that is common
// vocabulary (Model.common) counts for nothing. An added span scores as
// the weakest occurrence it was copied from. (Chosen on the held-out tenth
// of ANERcorp's training split: F1 0.744 -> 0.751; spreading lone words
// too: 0.746.)
func (m *Model) propagate(sents [][]string, infos [][]tokInfo, out [][]Span, docs []int) {
	type occ struct {
		key   string
		n     int // words
		typ   string
		score float64
	}
	found := make([][]occ, len(sents))
	seen := false
	for i, spans := range out {
		for _, sp := range spans {
			if sp.End-sp.Start == 1 && m.common(sents[i][sp.Start]) {
				continue
			}
			found[i] = append(found[i], occ{stemKey(infos[i][sp.Start:sp.End]), sp.End - sp.Start, sp.Type, sp.Score})
			seen = true
		}
	}
	if !seen {
		return
	}
	type cand struct {
		n     int
		types map[string]int
		score float64
	}
	// major returns the type c has most often, "" on a tie
	major := func(c *cand) string {
		typ, best, tie := "", 0, false
		for t, k := range c.types {
			switch {
			case k > best:
				typ, best, tie = t, k, false
			case k == best:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return typ
	}
	for i := range sents {
		if len(infos[i]) == 0 {
			continue
		}
		lo, hi := windowOf(i, docs)
		cands := map[string]*cand{}
		maxN := 0
		for j := lo; j <= hi; j++ {
			for _, o := range found[j] {
				c := cands[o.key]
				if c == nil {
					c = &cand{n: o.n, types: map[string]int{}, score: o.score}
					cands[o.key] = c
				}
				c.types[o.typ]++
				c.score = min(c.score, o.score)
				maxN = max(maxN, o.n)
			}
		}
		if len(cands) == 0 {
			continue
		}
		tagged := make([]bool, len(infos[i]))
		for q, sp := range out[i] {
			for k := sp.Start; k < sp.End; k++ {
				tagged[k] = true
			}
			if c := cands[stemKey(infos[i][sp.Start:sp.End])]; c != nil {
				if t := major(c); t != "" {
					out[i][q].Type = t
				}
			}
		}
		var added []Span
		for k := 0; k < len(infos[i]); k++ {
			// the longest name that starts here over untagged words
			for n := min(maxN, len(infos[i])-k); n >= 2; n-- {
				free := true
				for q := k; q < k+n; q++ {
					free = free && !tagged[q]
				}
				if !free {
					continue
				}
				c := cands[stemKey(infos[i][k:k+n])]
				if c == nil || c.n != n {
					continue
				}
				typ := major(c)
				if typ == "" {
					continue
				}
				added = append(added, Span{Start: k, End: k + n, Type: typ, Score: c.score})
				for q := k; q < k+n; q++ {
					tagged[q] = true
				}
				k += n - 1
				break
			}
		}
		if len(added) > 0 {
			out[i] = append(out[i], added...)
			sort.Slice(out[i], func(a, b int) bool { return out[i][a].Start < out[i][b].Start })
		}
	}
}

// stemKey is the key of a run of words for propagate: their forms without
// proclitics, space-separated.
func stemKey(in []tokInfo) string {
	if len(in) == 1 {
		return in[0].stem
	}
	var b strings.Builder
	for k := range in {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(in[k].stem)
	}
	return b.String()
}
