package ner

// Corpora annotated under different guidelines disagree on where a name
// starts and what type it is: AQMAR puts a leading direction or generic
// noun inside the name («شمال», «منتخب»), types a university as a place,
// and tags a lone «الدولة»; ANERcorp leaves the first two outside and calls
// a university an organisation. Harmonise rewrites the names of one corpus
// by the other's own statistics, so that both teach one convention.

// HarmoniseStats says how many names Harmonise changed.
type HarmoniseStats struct {
	Dropped, Trimmed, Retyped int
}

// Harmonise returns a copy of extra whose names follow the conventions of
// ref, judged by the first word of each name (as written: normalising
// would make the preposition «على» the name «علي»). A word that ref leaves
// outside the name it stands before (in at least ratio of minCount or more
// such places, against the places where it is the first word of a longer
// name) is taken out of the name; a name whose first word ref leaves
// outside names (in at least ratio of its minCount or more occurrences:
// «الدولة الأموية») is dropped; and a name whose first word starts names in
// ref of one type, at least ratio of minCount or more times, takes that
// type if it has more words (a generic head noun: «جامعة») or lost its
// first (the country of «منتخب البرتغال»); a one-word name otherwise keeps
// its type, which its context decides. A last word that ref leaves
// outside the name it follows («أميركا الشمالية») is taken out too.
func Harmonise(extra, ref []Sentence, minCount int, ratio float64) ([]Sentence, HarmoniseStats) {
	type stat struct {
		n, o      int // occurrences, outside names
		out, in   int // before a name: left outside it, or its first word
		aOut, aIn int // after a name: left outside it, or its last word
		begin     [4]int
	}
	st := map[string]*stat{}
	get := func(w string) *stat {
		c := st[w]
		if c == nil {
			c = &stat{}
			st[w] = c
		}
		return c
	}
	for _, s := range ref {
		for i, t := range s.Tags {
			c := get(s.Tokens[i])
			c.n++
			if t == "O" {
				c.o++
			}
			next := "O"
			if i+1 < len(s.Tags) {
				next = s.Tags[i+1]
			}
			switch {
			case t == "O" && next[0] == 'B':
				get(s.Tokens[i]).out++
			case t[0] == 'B' && next[0] == 'I':
				get(s.Tokens[i]).in++
			}
			if i > 0 && s.Tags[i-1] != "O" {
				switch {
				case t == "O":
					get(s.Tokens[i]).aOut++
				case t[0] == 'I' && next[0] != 'I':
					get(s.Tokens[i]).aIn++
				}
			}
			if t[0] == 'B' {
				if ti := typeIndex(t[2:]); ti >= 0 {
					get(s.Tokens[i]).begin[ti]++
				}
			}
		}
	}
	outside := func(w string) bool {
		c := st[w]
		return c != nil && c.out+c.in >= minCount && float64(c.out) >= ratio*float64(c.out+c.in)
	}
	after := func(w string) bool {
		c := st[w]
		return c != nil && c.aOut+c.aIn >= minCount && float64(c.aOut) >= ratio*float64(c.aOut+c.aIn)
	}
	common := func(w string) bool {
		c := st[w]
		return c != nil && c.n >= minCount && float64(c.o) >= ratio*float64(c.n)
	}
	typeOf := func(w string) int {
		c := st[w]
		if c == nil {
			return -1
		}
		sum := 0
		for _, b := range c.begin {
			sum += b
		}
		if sum < minCount {
			return -1
		}
		for t, b := range c.begin {
			if float64(b) >= ratio*float64(sum) {
				return t
			}
		}
		return -1
	}
	var hs HarmoniseStats
	out := make([]Sentence, len(extra))
	for si, s := range extra {
		tags := append([]string(nil), s.Tags...)
		for _, sp := range spansOf(s.Tags) {
			start := sp.Start
			trimmed := false
			switch {
			case sp.End-start > 1 && outside(s.Tokens[start]):
				tags[start] = "O"
				start++
				hs.Trimmed++
				trimmed = true
			case common(s.Tokens[start]):
				for i := start; i < sp.End; i++ {
					tags[i] = "O"
				}
				hs.Dropped++
				continue
			}
			end := sp.End
			if end-start > 1 && after(s.Tokens[end-1]) {
				end--
				tags[end] = "O"
				hs.Trimmed++
			}
			typ := sp.Type
			if t := typeOf(s.Tokens[start]); t >= 0 && typeNames[t] != typ && typ != "MISC" && (trimmed || end-start > 1) {
				typ = typeNames[t]
				hs.Retyped++
			}
			for i := start; i < end; i++ {
				if i == start {
					tags[i] = "B-" + typ
				} else {
					tags[i] = "I-" + typ
				}
			}
		}
		out[si] = Sentence{Tokens: s.Tokens, Tags: tags, Doc: s.Doc}
	}
	return out, hs
}

// HarmonisePlurals returns a copy of extra in which the persons, places
// and organisations whose every word is the sound plural or dual of a
// relative adjective of the dictionary words (pluralWord: «الأمويون»,
// «البيزنطيين») are no names, and how many were dropped. ANERcorp leaves
// such words outside names where AQMAR tags them as persons; first-word
// statistics (Harmonise) miss them, each word being rare.
func HarmonisePlurals(extra []Sentence, words []string) ([]Sentence, int) {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[normalize(w)] = true
	}
	in := func(w string) bool { return dict[w] }
	dropped := 0
	out := make([]Sentence, len(extra))
	for si, s := range extra {
		out[si] = s
		var tags []string
		for _, sp := range spansOf(s.Tags) {
			drop := sp.Type != "MISC"
			for k := sp.Start; drop && k < sp.End; k++ {
				n := normalize(s.Tokens[k])
				_, stem := splitClitics(n)
				drop = isArabic(n) && pluralWord(stem, in)
			}
			if !drop {
				continue
			}
			if tags == nil {
				tags = append([]string(nil), s.Tags...)
			}
			for k := sp.Start; k < sp.End; k++ {
				tags[k] = "O"
			}
			dropped++
		}
		if tags != nil {
			out[si].Tags = tags
		}
	}
	return out, dropped
}
