package resolve

import "sort"

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
	for _, fi := range fulls {
		f := st.forms[fi]
		last := f.words[len(f.words)-1]
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
