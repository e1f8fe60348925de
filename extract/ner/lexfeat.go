package ner

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Lexicon and letter-shape features (extLex). New evidence for Arabic
// names a model has never seen labelled:
//
//   - word classes from lists the product keeps for its rule extractors
//     and knowledge base (titles, head nouns of organisations and places,
//     honorifics, words never part of a name, the words of known
//     organisations' and places' names), given to training as
//     TrainConfig.Lexicon and saved in the model: the classes of the
//     token and of the words around it;
//   - the letter shape of a word outside the dictionary: foreign names
//     transliterated into Arabic script write their vowels as the letters
//     «ا», «و», «ي», where an Arabic word of the same length has few
//     («تيرادوني» against «يجتمع»), and hold letter sequences that no
//     dictionary word has. The token's consonant-vowel skeleton, its
//     share of vowel letters and its number of letter 4-grams that no
//     word of the model's dictionary has stand for that.
//
// Both depend only on the model's own resources (the lexicon map and the
// dictionary words of lex), so a loaded model computes them as training
// did.

// Lexicon word classes (one letter each; a word may have several).
const (
	LexTitle    = 't' // a title or role word before a person («وزير», «الشيخ»)
	LexOrgHead  = 'o' // a head noun of an organisation's name («حزب», «نادي»)
	LexPlace    = 'l' // a head noun of a place's name («مدينة», «جبل»)
	LexStop     = 's' // a word that is never part of a name
	LexKBOrg    = 'k' // a word of a known organisation's name
	LexKBPlace  = 'p' // a word of a known place's name
	LexNonName  = 'n' // a head noun of a document, plan or accord (no entity)
	LexQualify  = 'q' // a qualifier between a title and a name («السابق»)
	lexClassSet = "tolskpnq"
)

// What of the extLex features a first stage has (TrainConfig.LexFirst).
const (
	LexAll   = "all"   // the lexicon classes and the letter shape
	LexShape = "shape" // the letter shape only
)

// feature templates of extLex
const (
	tLx     = 150 // the token's lexicon class
	tLxM1   = 151 // the class of the word before
	tLxM2   = 152 // ... two words before
	tLxP1   = 153 // ... the word after
	tCV     = 154 // the consonant-vowel skeleton of a word outside the dictionary
	tVowel  = 156 // its share of vowel letters x its proclitics
	tNovel  = 157 // its letter 4-grams unknown to the dictionary x its vowel share
	tVowelP = 158 // the vowel shares of the word before and of the token
)

// addLexicon adds the lexicon entries lex (phrase -> class letters) to the
// resources: every word of a phrase, normalised and without its
// proclitics, gets the classes (a title's or a name's every word).
func (res *resources) addLexicon(lex map[string]string) {
	if len(lex) == 0 {
		return
	}
	if res.wcls == nil {
		res.wcls = map[string]string{}
	}
	for phrase, cls := range lex {
		for _, w := range strings.Fields(phrase) {
			n := normalize(w)
			if !isArabic(n) || utf8.RuneCountInString(n) < 2 {
				continue
			}
			_, stem := splitClitics(n)
			for _, c := range cls {
				if strings.ContainsRune(lexClassSet, c) && !strings.ContainsRune(res.wcls[stem], c) {
					res.wcls[stem] = sortClasses(res.wcls[stem] + string(c))
				}
			}
		}
	}
}

// sortClasses returns the class letters of s in lexClassSet's order, so
// that a word's classes read the same whatever order they were added in.
func sortClasses(s string) string {
	var b strings.Builder
	for _, c := range lexClassSet {
		if strings.ContainsRune(s, c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// dictGrams is the set of letter 4-grams (with the word's edges) of the
// dictionary words of a lexicon, built once per lexicon.
type dictGrams struct {
	once sync.Once
	set  map[uint64]struct{}
}

// gramsOf calls fn with the hash of each letter 4-gram of w between edge
// marks ('^' w '$'; a word of fewer letters has one gram, itself).
func gramsOf(w string, fn func(uint64)) {
	var r [40]rune
	n := 0
	r[n] = '^'
	n++
	for _, c := range w {
		if n == len(r)-1 {
			break
		}
		r[n] = c
		n++
	}
	r[n] = '$'
	n++
	if n <= 4 {
		h := uint64(fnvOffset)
		for _, c := range r[:n] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		fn(h)
		return
	}
	for i := 0; i+4 <= n; i++ {
		h := uint64(fnvOffset)
		for _, c := range r[i : i+4] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		fn(h)
	}
}

func (res *resources) grams() map[uint64]struct{} {
	if res.dg == nil {
		return nil
	}
	res.dg.once.Do(func() {
		res.dg.set = map[uint64]struct{}{}
		for w, v := range res.lex {
			if v == "D" {
				gramsOf(w, func(h uint64) { res.dg.set[h] = struct{}{} })
			}
		}
	})
	return res.dg.set
}

// isVowelLetter reports the letters that write Arabic long vowels (and
// the vowels of transliterated names), folded.
func isVowelLetter(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' || r == 'ى' }

// letterShape sets the letter-shape facts of an Arabic token outside the
// dictionary (t.lc "n") of three letters or more: the consonant-vowel
// skeleton of its form without proclitics (at most eight letters), its share
// of vowel letters (quarters, '0'..'4') and its number of 4-grams that no
// dictionary word has ('0'..'3', 3 or more).
func (res *resources) letterShape(t *tokInfo) {
	if !t.ar || t.lc != "n" {
		return
	}
	w := t.stem // not t.lem: a name's last letters are no pronoun («تيرادوني»)
	var cv [8]byte
	n, nv, nl := 0, 0, 0
	for _, r := range w {
		if r < 0x0621 || r > 0x064A {
			continue // not a letter
		}
		nl++
		c := byte('c')
		if isVowelLetter(r) {
			c = 'v'
			nv++
		}
		if n < len(cv) {
			cv[n] = c
			n++
		}
	}
	if nl < 3 {
		return
	}
	t.cv = string(cv[:n])
	t.vowel = byte('0' + nv*4/nl)
	novel := 0
	if set := res.grams(); set != nil {
		gramsOf(w, func(h uint64) {
			if _, ok := set[h]; !ok {
				novel++
			}
		})
	}
	t.novel = byte('0' + min(novel, 3))
}

// lexFeatures appends the extLex features of token i.
func lexFeatures(in []tokInfo, i int, out []uint64) []uint64 {
	t := &in[i]
	for k := 0; k < len(t.wc); k++ {
		out = append(out, fh1(tLx, t.wc[k:k+1]))
	}
	for _, nb := range []struct {
		j, id int
	}{{i - 1, tLxM1}, {i - 2, tLxM2}, {i + 1, tLxP1}} {
		if nb.j < 0 || nb.j >= len(in) {
			continue
		}
		wc := in[nb.j].wc
		for k := 0; k < len(wc); k++ {
			out = append(out, fh1(nb.id, wc[k:k+1]))
		}
	}
	if t.cv != "" {
		v, nv := string(rune(t.vowel)), string(rune(t.novel))
		out = append(out, fh1(tCV, t.cv), fh2(tVowel, v, t.clitic), fh2(tNovel, nv, v))
		pv := "-"
		if i > 0 && in[i-1].cv != "" {
			pv = string(rune(in[i-1].vowel))
		}
		out = append(out, fh2(tVowelP, pv, v))
	}
	return out
}

// setLex turns the extLex features on with the word classes of lex.
func (res *resources) setLex(lex map[string]string) {
	res.ext |= extLex
	res.dg = &dictGrams{}
	res.addLexicon(lex)
}
