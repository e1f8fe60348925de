package resolve

import (
	"strings"

	"newskg/graph"
)

// This file finds which named forms of a resolution can affect one
// another's clustering: two forms interact when any rule could compare
// them (they share a blocking key of some rule) or when one rule's
// choice for one of them looks at the other (the candidates a lone
// surname is unique among). The rules only ever compare, count or
// join forms that interact, and a cluster's state (its type, KB entry,
// titles, neighbours) is made of its own forms only, so the clustering
// of one connected component of this relation is the same whatever
// else is resolved with it, and in whatever order the components come
// (within a component the forms keep their relative order). That is
// what lets a resolution keep the clusters of the components no new
// form reaches (incremental.go).
//
// Every rule of clusterize is covered, each by keys at least as wide
// as its candidates (a key may join forms the rule would never merge,
// never the reverse):
//
//   - kb-alias: the KB entry;
//   - exact-key: type and key (a one-word person name aside);
//   - translit/phonetic key and fuzzy: the romanised name (per type),
//     and every blocking key of the form (blockKeys);
//   - the rules within one article: surname and given name in the
//     article, a one-word name and every full name of its article;
//     name-prefix, a name and the longer ones of its article that it
//     begins (sameWords); name-suffix, a name of two words and the
//     longer ones of its article that it ends (sameWords); type-conflict: a person and a location of the article whose
//     words agree (sameWords), a full name and a body of one word (or a
//     place of one word with the article) of its article that is its
//     surname (sameWords); qualified-in-article: a body and one
//     with a country, of the article, with the same other concepts;
//     acronym-in-article: an initialism and the bodies of its article
//     whose initials it is, in their order or in another;
//     short-in-article: the bodies of an article whose names open
//     with the same two words;
//   - surname-cross-article and the one-word names among themselves:
//     the deletion variants of the surname's key (surnameIndex);
//   - given-name-title: a one-word name that can carry a title and
//     every full name whose given name is like it (givenSim ≥ 0.9),
//     found by comparing distinct spellings.
//
// Delegations and events are not in it: they join only by their key,
// and a resolution always clusters them again.

// interactions numbers the connected components of the named forms of
// st followed by extra (forms of no resolution: a prior clustering's
// forms that are gone). It returns each one's component root (group
// forms: -1), forms first, then extra.
func (st *state) interactions(extra []*form) []int32 {
	all := make([]*form, 0, len(st.forms)+len(extra))
	all = append(all, st.forms...)
	all = append(all, extra...)
	parent := make([]int32, len(all))
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(i int32) int32
	find = func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int32) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	first := map[string]int32{}
	key := func(i int32, k string) {
		if j, ok := first[k]; ok {
			union(i, j)
			return
		}
		first[k] = i
	}
	type docLocs struct{ persons, locs, bodies []int32 }
	byDoc := map[string]*docLocs{}
	// given-name-title: one-word names that may carry a title, and full
	// names by the spelling of their given name
	var titled []int32
	fullsByGiven := map[string][]int32{}
	var givens []tok
	for i, f := range all {
		if f == nil || f.group {
			continue
		}
		fi := int32(i)
		t := string(f.typ)
		if f.entry != nil {
			key(fi, "k\x00"+f.entry.ID)
		}
		single := f.typ == graph.Person && !f.full()
		if !single {
			key(fi, "x\x00"+t+"\x00"+f.key)
		}
		if !f.acronym && len(f.words)+len(f.concepts) > 0 && !single {
			ls := make([]string, len(f.words))
			for k, w := range f.words {
				ls[k] = w.lat
			}
			rk := strings.Join(ls, " ") + "|" + strings.Join(f.concepts, " ")
			if len(f.words) == 0 {
				rk += "|" + f.doc
			}
			key(fi, "r\x00"+t+"\x00"+rk)
			for _, b := range blockKeys(f) {
				key(fi, "b\x00"+b)
			}
		}
		if f.typ == graph.Person && len(f.words) > 0 {
			last := f.words[len(f.words)-1]
			for _, d := range deletions(last.key) {
				key(fi, "d\x00"+d)
			}
			if single {
				if len(f.roles) > 0 || f.entry != nil {
					titled = append(titled, fi)
				}
			} else {
				g := f.words[0]
				if _, ok := fullsByGiven[givenID(g)]; !ok {
					givens = append(givens, g)
				}
				fullsByGiven[givenID(g)] = append(fullsByGiven[givenID(g)], fi)
			}
		}
		if f.typ == graph.Person && len(f.words) > 0 || (f.typ == graph.Place || f.typ == graph.City) && len(f.words) > 0 && len(f.concepts) == 0 && f.entry == nil {
			d := byDoc[f.doc]
			if d == nil {
				d = &docLocs{}
				byDoc[f.doc] = d
			}
			if f.typ == graph.Person {
				d.persons = append(d.persons, fi)
			} else {
				d.locs = append(d.locs, fi)
			}
		}
		if f.oneWordBody() || f.oneWordArticlePlace() {
			d := byDoc[f.doc]
			if d == nil {
				d = &docLocs{}
				byDoc[f.doc] = d
			}
			d.bodies = append(d.bodies, fi)
		}
		if f.typ == graph.Organization && !f.group {
			// acronym-in-article: an initialism and the bodies of its
			// article whose initials it is
			if f.acronym {
				if l := acronymLetters(f.text()); l != "" {
					key(fi, "a\x00"+f.doc+"\x00"+l)
					if p := permutedKey(l); p != "" {
						key(fi, "p\x00"+f.doc+"\x00"+p)
					}
				}
			} else {
				for _, in := range initials(f.text()) {
					key(fi, "a\x00"+f.doc+"\x00"+in)
					if p := permutedKey(in); p != "" {
						key(fi, "p\x00"+f.doc+"\x00"+p)
					}
				}
			}
		}
		if f.typ == graph.Organization && !f.group && !f.acronym {
			// short-in-article: a body and the longer names of its
			// article that it begins, by its first two words
			if ws := strings.Fields(f.key); len(ws) >= 2 {
				key(fi, "s\x00"+f.doc+"\x00"+ws[0]+" "+ws[1])
			}
		}
		if f.typ == graph.Organization && !f.acronym {
			if f.entry == nil && len(f.concepts) > 0 && countryOf(f.concepts) == "" {
				key(fi, "q\x00"+f.doc+"\x00"+strings.Join(f.concepts, " "))
			}
			if countryOf(f.concepts) != "" {
				key(fi, "q\x00"+f.doc+"\x00"+strings.Join(withoutCountries(f.concepts), " "))
			}
		}
	}
	for _, d := range byDoc {
		// surname and given name in the article: a one-word name and
		// every full name of its article
		var lead int32 = -1
		for _, p := range d.persons {
			if !all[p].full() {
				lead = p
				break
			}
		}
		if lead >= 0 {
			for _, p := range d.persons {
				union(lead, p)
			}
		}
		// name-prefix: a name and the longer names of its article it
		// begins
		for _, p := range d.persons {
			fw := all[p].words
			if len(fw) < 2 {
				continue
			}
			for _, l := range d.persons {
				lw := all[l].words
				if len(lw) < 3 || len(lw) <= len(fw) {
					continue
				}
				if _, ok := sameWords(fw, lw[:len(fw)]); ok {
					union(p, l)
				}
				// name-suffix: a name of two words and the longer
				// names of its article it ends
				if len(fw) == 2 {
					if _, ok := sameWords(fw, lw[len(lw)-2:]); ok {
						union(p, l)
					}
				}
			}
		}
		// type-conflict: a person and a location of one article whose
		// words agree
		for _, p := range d.persons {
			for _, l := range d.locs {
				if _, ok := sameWords(all[p].words, all[l].words); ok {
					union(p, l)
				}
			}
		}
		// type-conflict: a body of one word and a full name of its
		// article whose surname it is
		for _, p := range d.persons {
			pw := all[p].words
			if len(pw) < 2 {
				continue
			}
			for _, b := range d.bodies {
				if _, ok := sameWords(all[b].words, pw[len(pw)-1:]); ok {
					union(p, b)
				}
			}
		}
	}
	// given-name-title: each distinct spelling of a titled one-word
	// name against each distinct given name
	likes := map[string][]string{}
	for _, si := range titled {
		w := all[si].words[0]
		gs, ok := likes[givenID(w)]
		if !ok {
			for _, g := range givens {
				if givenSim(w, g) >= 0.9 {
					gs = append(gs, givenID(g))
				}
			}
			likes[givenID(w)] = gs
		}
		for _, g := range gs {
			for _, fi := range fullsByGiven[g] {
				union(si, fi)
			}
		}
	}
	out := make([]int32, len(all))
	for i, f := range all {
		if f == nil || f.group {
			out[i] = -1
			continue
		}
		out[i] = find(int32(i))
	}
	return out
}

// givenID tells apart the words givenSim tells apart: the romanisation,
// the script and the table's given name (an Arabic word and a Latin one
// may romanise alike).
func givenID(t tok) string {
	id := t.lat + "\x00" + t.given
	if t.ar {
		id += "\x00ar"
	}
	return id
}
