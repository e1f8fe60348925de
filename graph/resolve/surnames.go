package resolve

import (
	"sort"
	"strings"

	"newskg/graph/resolve/translit"
)

// surnameIndex holds the full names of a resolution grouped by the
// spelling of their surname, for the cross-article surname rule. Forms
// whose surnames are spelt alike score alike against a one-word
// mention, so a lookup compares a mention with each spelling once, not
// with every form that has it, and pick sees one candidate per entity
// and spelling: the form of the entity that comes first (reps), which
// is the one pick would choose among the rest, that score the same.
// That keeps the rule linear in the mentions of a name however many
// articles repeat it.
type surnameIndex struct {
	groups []surnameGroup
	byDel  map[string][]int // deletion variant of a surname key -> groups, in order of their first form
}

type surnameGroup struct {
	last tok
	// reps are, for each entity the group's forms belonged to when the
	// index was made, its first form among them. Entities only join
	// later, so every form of the group stays with a rep that precedes
	// it.
	reps []int
}

// groupCand is a surname spelling that a one-word mention matches:
// its group, the position of the first deletion variant through which
// the lookup met it (candidates come in that order, then by form), and
// the scores.
type groupCand struct {
	g, at  int
	sc, vw float64
}

// surnameGroups indexes the full names fulls (in form order) with the
// entities u has put them in.
func (st *state) surnameGroups(u *uf, fulls []int) *surnameIndex {
	x := &surnameIndex{byDel: map[string][]int{}}
	type gk struct {
		lat string
		ar  bool
	}
	gi := map[gk]int{}
	seen := map[[2]int]bool{} // group, root
	add := func(fi int, last tok) {
		k := gk{last.lat, last.ar}
		g, ok := gi[k]
		if !ok {
			g = len(x.groups)
			gi[k] = g
			x.groups = append(x.groups, surnameGroup{last: last})
			for _, d := range deletions(last.key) {
				x.byDel[d] = append(x.byDel[d], g)
			}
		}
		r := u.find(fi)
		if !seen[[2]int{g, r}] {
			seen[[2]int{g, r}] = true
			x.groups[g].reps = append(x.groups[g].reps, fi)
		}
	}
	for _, fi := range fulls {
		f := st.forms[fi]
		add(fi, f.words[len(f.words)-1])
		if k, ok := kunyaSurname(f); ok {
			// "Abu Tarbush" alone in another article is the surname
			// of "Ayman Abu Tarboush", spelt as that article spells it
			add(fi, k)
		}
	}
	return x
}

// candidates returns the surname spellings a one-word mention w
// matches across articles (at least thCross), in lookup order.
func (x *surnameIndex) candidates(w tok) []groupCand {
	var out []groupCand
	seen := map[int]bool{}
	for at, d := range deletions(w.key) {
		for _, g := range x.byDel[d] {
			if seen[g] {
				continue
			}
			seen[g] = true
			last := x.groups[g].last
			if lettersClash(w, last) {
				continue
			}
			if sc := surnameSim(w, last); sc >= thCross {
				out = append(out, groupCand{g: g, at: at, sc: sc, vw: vowelAgree(w, last)})
			}
		}
	}
	return out
}

// expand appends to cs the candidate forms of gcs, in the order a scan
// of every form would meet them: by deletion variant, then by form.
func (x *surnameIndex) expand(cs []cand, gcs []groupCand) []cand {
	type pos struct{ at, fi int }
	var order []pos
	start := len(cs)
	for _, gc := range gcs {
		for _, fi := range x.groups[gc.g].reps {
			cs = append(cs, cand{fi: fi, sc: gc.sc, vowels: gc.vw})
			order = append(order, pos{gc.at, fi})
		}
	}
	tail := cs[start:]
	idx := make([]int, len(tail))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool {
		a, b := order[idx[i]], order[idx[j]]
		if a.at != b.at {
			return a.at < b.at
		}
		return a.fi < b.fi
	})
	sorted := make([]cand, len(tail))
	for i, k := range idx {
		sorted[i] = tail[k]
	}
	copy(tail, sorted)
	return cs
}

// lettersClash reports two spellings of a one-word name whose
// consonant keys may agree by chance but whose letters cannot be one
// name (lettersApart), in either order.
func lettersClash(a, b tok) bool {
	switch {
	case a.ar && b.ar:
		return arabicLettersApart(a.lat, b.lat) || arabicLettersApart(b.lat, a.lat)
	case a.ar != b.ar:
		if a.ar {
			a, b = b, a
		}
		return latinLettersApart(a.lat, b.lat)
	}
	return false
}

// arabicH reports a ح or ه inside a romanised Arabic word (an h that
// is no part of sh, th, dh, gh, ch or kh), from its second letter on
// when inner (an initial ه may be a silent h: «هوغو», «أوغو»).
func arabicH(a string, inner bool) bool {
	for i := 0; i < len(a); i++ {
		if a[i] != 'h' || inner && i == 0 {
			continue
		}
		if i > 0 && strings.IndexByte("stdgck", a[i-1]) >= 0 {
			continue // sh th dh gh ch kh: one letter
		}
		return true
	}
	return false
}

// hAligned reports whether a Latin word (l) writes an h for each ح or
// ه inside a romanised Arabic word (a): where the two consonant keys
// are as long, in the same place, counted in consonant classes before
// it ("Bahiri", «بحيري»; not "Huber"); otherwise anywhere. An h of th,
// sh, ph, dh or zh is another letter; one of kh, ch or gh stands in
// the place of its first letter ("Akhmed", «أحمد»).
func hAligned(l, a string) bool {
	places := func(w string, latin bool) map[int]bool {
		out := map[int]bool{}
		for i := 0; i < len(w); i++ {
			if w[i] != 'h' {
				continue
			}
			p := len(translit.WordKey(w[:i]))
			if i > 0 {
				switch {
				case strings.IndexByte("stpdz", w[i-1]) >= 0:
					continue
				case strings.IndexByte("kcg", w[i-1]) >= 0:
					if !latin {
						continue // خ, غ, تش: other letters
					}
					p--
				}
			}
			out[p] = true
		}
		return out
	}
	lp := places(l, true)
	if len(lp) == 0 {
		return false
	}
	if len(translit.WordKey(l)) != len(translit.WordKey(a)) {
		return true
	}
	for p := range places(a, false) {
		if !lp[p] {
			return false
		}
	}
	return true
}

// fewerLetters reports a Latin word (l) that writes an m, n, l, r or b
// fewer times than a romanised Arabic word (a) of the same name would:
// Arabic writes a doubled consonant once, so two of its letters are
// two sounds the Latin spelling shows ("Mumtaz", «ممتاز», not "Mats";
// a Latin double letter counts once, a p as a b). The Arabic article
// does not count.
func fewerLetters(l, a string) bool {
	if r, ok := strings.CutPrefix(a, "al"); ok && len(r) >= 2 {
		a = r
	}
	count := func(w string, c byte, latin bool) int {
		n := 0
		prev := byte(0)
		for i := 0; i < len(w); i++ {
			x := w[i]
			if x == 'p' && (i+1 == len(w) || w[i+1] != 'h') {
				x = 'b' // a p, not the ph of an f
			}
			if x == c && !(latin && prev == x) {
				n++
			}
			prev = x
		}
		return n
	}
	for _, c := range []byte("mnlrb") {
		if count(a, c, false) > count(l, c, true) {
			return true
		}
	}
	return false
}

// arabicLettersApart reports two words in Arabic script (romanised)
// that Arabic spells with other letters where it writes every
// consonant: a خ in one and none in the other («خالد» is no
// «كالاتايود»), or a ح or ه inside one and no h at all in the other.
func arabicLettersApart(a, b string) bool {
	if strings.Contains(a, "kh") && !strings.Contains(b, "kh") {
		return true
	}
	return arabicH(a, true) && !strings.Contains(b, "h")
}

// latinLettersApart reports a word in Latin letters (l) and one
// romanised from Arabic script (a) that cannot be one name: Arabic
// writes every consonant, and some letters a Latin spelling of the
// name must show somehow.
//   - ح or ه inside the word: an h (Hamad, Khasan; «بحيري» is no
//     "Berry");
//   - خ: kh, ch, h, j or x (Khalid, Juan, Xavier);
//   - ج: j, g or zh (Jamal, Gamal, George, Zhukov; «جورج» is no "Cork");
//   - ق: q, k, c or g (Qasim, Kassem, Gaddafi).
//
// And a Latin h between two vowels is sounded, which Arabic writes
// with ه, ح or خ ("Suharto" is no «سوردو»; "Johannes", «يوهانس»).
func latinLettersApart(l, a string) bool {
	if l == "" || a == "" {
		return false
	}
	switch {
	case arabicH(a, false) && !hAligned(l, a):
		return true
	case strings.Contains(a, "kh") && !strings.ContainsAny(l, "hjx"):
		return true
	case strings.Contains(a, "j") && !strings.ContainsAny(l, "jg") && !strings.Contains(l, "zh"):
		return true
	case strings.Contains(a, "q") && !strings.ContainsAny(l, "qkcg"):
		return true
	}
	if fewerLetters(l, a) {
		return true
	}
	if strings.Contains(a, "h") {
		return false
	}
	for i := 1; i+1 < len(l); i++ {
		if l[i] == 'h' && strings.IndexByte("aeiou", l[i-1]) >= 0 && strings.IndexByte("aeiou", l[i+1]) >= 0 {
			return true
		}
	}
	return false
}
