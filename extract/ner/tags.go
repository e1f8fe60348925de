package ner

// Tag sets. A model tags with one of two encodings of the same spans:
// IOB2 (B- begins a name, I- continues it) or BILOU (B- begins a name of
// two or more words, I- is inside one, L- is its last word, U- is a name of
// one word). BILOU lets the model learn what ends a name and what a
// one-word name looks like apart from what begins a longer one. Spans come
// out the same either way: each tag is read as its IOB2 tag (bio).

// maxT bounds the number of tags of any tag set.
const maxT = 17

// tagSet is one encoding: its tags, the IOB2 reading of each, and which
// tag may follow which.
type tagSet struct {
	names []string // tag names; index 0 is O
	bio   []string // the IOB2 tag each tag is read as
	bilou bool
	n     int
	// prevs[t] lists the tags that may precede tag t; start[t] tells
	// whether t may begin a sentence, end[t] whether it may end one.
	prevs      [][]int8
	nexts      [][]int8 // the tags that may follow tag t
	start, end []bool
}

var entityTypes = [4]string{"PER", "LOC", "ORG", "MISC"}

// bioTags is the IOB2 tag set: O, then B- and I- of each type (I- tags are
// the even indices > 0).
var bioTags = func() *tagSet {
	names := []string{"O"}
	for _, t := range entityTypes {
		names = append(names, "B-"+t, "I-"+t)
	}
	return newTagSet(names, names, false)
}()

// bilouTags is the BILOU tag set: O, then B-, I-, L- and U- of each type.
var bilouTags = func() *tagSet {
	names, bio := []string{"O"}, []string{"O"}
	for _, t := range entityTypes {
		names = append(names, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
		bio = append(bio, "B-"+t, "I-"+t, "I-"+t, "B-"+t)
	}
	return newTagSet(names, bio, true)
}()

func newTagSet(names, bio []string, bilou bool) *tagSet {
	ts := &tagSet{names: names, bio: bio, bilou: bilou, n: len(names)}
	ts.start, ts.end = make([]bool, ts.n), make([]bool, ts.n)
	ts.prevs, ts.nexts = make([][]int8, ts.n), make([][]int8, ts.n)
	for c := 0; c < ts.n; c++ {
		ts.start[c] = ts.allowed(-1, c)
		ts.end[c] = !bilou || c == 0 || names[c][0] == 'L' || names[c][0] == 'U'
		for p := 0; p < ts.n; p++ {
			if ts.allowed(p, c) {
				ts.prevs[c] = append(ts.prevs[c], int8(p))
				ts.nexts[p] = append(ts.nexts[p], int8(c))
			}
		}
	}
	return ts
}

// allowed reports whether tag cur may follow tag prev (-1: sentence start).
func (ts *tagSet) allowed(prev, cur int) bool {
	pk, pt := byte('O'), ""
	if prev >= 0 && prev != 0 {
		pk, pt = ts.names[prev][0], ts.names[prev][2:]
	}
	ck, ct := byte('O'), ""
	if cur != 0 {
		ck, ct = ts.names[cur][0], ts.names[cur][2:]
	}
	if !ts.bilou {
		// IOB2: an I- tag continues a name of its type
		return ck != 'I' || (pk == 'B' || pk == 'I') && pt == ct
	}
	open := pk == 'B' || pk == 'I' // the tag before leaves a name open
	if ck == 'I' || ck == 'L' {
		return open && pt == ct
	}
	return !open
}

// index returns the index of tag name t, or 0 (O) for a name not in the set.
func (ts *tagSet) index(t string) int {
	for i, n := range ts.names {
		if n == t {
			return i
		}
	}
	return 0
}

// encode returns the indices of IOB2 tags in the set: in BILOU, a name's
// last word takes L- and a one-word name U-.
func (ts *tagSet) encode(tags []string) []int {
	out := make([]int, len(tags))
	for i, t := range tags {
		if ts.bilou && t != "O" && len(t) > 2 {
			last := i+1 == len(tags) || tags[i+1] != "I-"+t[2:]
			switch {
			case t[0] == 'B' && last:
				t = "U-" + t[2:]
			case t[0] == 'I' && last:
				t = "L-" + t[2:]
			}
		}
		out[i] = ts.index(t)
	}
	return out
}

// decode returns the IOB2 tags of a path of tag indices.
func (ts *tagSet) decode(path []int) []string {
	out := make([]string, len(path))
	for i, t := range path {
		out[i] = ts.bio[t]
	}
	return out
}
