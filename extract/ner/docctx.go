package ner

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
		lo, hi := i, i
		for lo > 0 && i-lo < docWindow && docs[lo-1] == docs[i] {
			lo--
		}
		for hi+1 < len(sents) && hi-i < docWindow && docs[hi+1] == docs[i] {
			hi++
		}
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
