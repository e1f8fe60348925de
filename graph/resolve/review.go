package resolve

import (
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// Review decisions mean what the table graph.DecisionKinds says, and
// graph.ApplyReview is their one implementation, which `kg serve` and the
// app use too. Resolution honours them in three steps:
//
//  1. Pass 1 clusters the forms without decisions and builds a graph with
//     content ids (assignIDs): the ids that decisions name.
//  2. graph.ApplyReview applies the review to that graph. It says which
//     decisions hold and how they change which entity each form belongs
//     to (IdentityChanges of kind must-link, split-off, cannot-link).
//  3. Pass 2 clusters with those changes as constraints, so that the
//     rules work around them (a surname that a merge makes unambiguous
//     attaches to it; the forms a split leaves, and those it moves, each
//     stay together), builds the entities, gives each the identity (id,
//     name, type, date, sameAs, review records) of the entity of step 2
//     that holds most of its mentions, recomputes the facts from the
//     relations, and applies the review once more: entity decisions hold
//     already, and accept and reject settle on the final facts.
//
// Where the constraints have no further consequence for the rules, the
// result is the graph ApplyReview gives on the graph built without the
// review; review_suite_test.go holds both paths to that, for every kind.
func (st *state) resolveReviewed(docs []graph.DocInfo, review *graph.Review, rep *Report) (*graph.KG, []*cluster) {
	pass1 := st.clusterize(constraints{})
	g1 := st.build(pass1)
	st.assignIDs(pass1)
	st.facts(g1)
	owner := make([]string, len(st.forms))
	for _, c := range pass1 {
		for _, fi := range c.forms {
			owner[fi] = c.entity.ID
		}
	}
	plan := graph.ApplyReview(g1, review)
	cons, member, split := st.replay(owner, plan.Changes)
	final := st.clusterize(cons)
	g := st.build(final)
	st.adopt(final, member, plan.Entities, split)
	g.Docs = append([]graph.DocInfo(nil), docs...)
	st.facts(g)
	graph.ApplyReview(g, plan.Anchored(review))
	rep.Stale = plan.Stale()
	rep.Applied = len(plan.Applied())
	rep.Unanchored = plan.Unanchored()
	return g, final
}

// replay follows the identity changes from the forms' pass-1 entities
// (owner) and returns the constraints of pass 2, which forms each entity
// of the applied review holds, and which entities a split made or left.
func (st *state) replay(owner []string, changes []graph.IdentityChange) (constraints, map[string][]int, map[string]bool) {
	member := map[string][]int{}
	for fi, id := range owner {
		member[id] = append(member[id], fi)
	}
	redirect := map[string]string{}
	follow := func(id string) string {
		for n := 0; n < 64; n++ {
			to, ok := redirect[id]
			if !ok {
				break
			}
			id = to
		}
		return id
	}
	one := map[string]bool{}  // entities whose forms must be one (before the rules)
	keep := map[string]bool{} // entities whose forms stay one (after the rules)
	var apart [][]string
	for _, ch := range changes {
		switch ch.Kind {
		case graph.MustLink:
			for _, from := range ch.From {
				member[ch.Into] = append(member[ch.Into], member[from]...)
				delete(member, from)
				redirect[from] = ch.Into
			}
			one[ch.Into] = true
		case graph.SplitOff:
			keys := map[string]bool{}
			for _, k := range ch.Keys {
				keys[k] = true
			}
			var moved, rest []int
			for _, fi := range member[ch.Into] {
				if st.formIn(fi, keys) {
					moved = append(moved, fi)
				} else {
					rest = append(rest, fi)
				}
			}
			member[ch.Into], member[ch.New] = rest, moved
			keep[ch.Into], keep[ch.New] = true, true
			apart = append(apart, []string{ch.Into, ch.New})
		case graph.CannotLink:
			apart = append(apart, ch.Apart)
		}
	}
	var c constraints
	ids := make([]string, 0, len(one))
	for id := range one {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if fs := member[id]; len(fs) > 1 {
			c.must = append(c.must, uniqInts(append([]int(nil), fs...)))
		}
	}
	for _, id := range sortedKeys(keep) {
		if fs := member[id]; len(fs) > 1 && !one[id] {
			c.keep = append(c.keep, uniqInts(append([]int(nil), fs...)))
		}
	}
	for _, ids := range apart {
		var sides [][]int
		seen := map[string]bool{}
		for _, id := range ids {
			id = follow(id)
			if seen[id] || len(member[id]) == 0 {
				continue
			}
			seen[id] = true
			sides = append(sides, uniqInts(append([]int(nil), member[id]...)))
		}
		if len(sides) > 1 {
			c.cannot = append(c.cannot, cannotGroup{sides: sides})
		}
	}
	return c, member, keep
}

// formIn reports whether a form is one of the keyed forms a split moves:
// its key (a delegation's or event's: the key of one of its texts).
func (st *state) formIn(fi int, keys map[string]bool) bool {
	f := st.forms[fi]
	if !f.group {
		return keys[f.key]
	}
	for _, t := range f.texts {
		if keys[textnorm.Key(t.s)] {
			return true
		}
	}
	return false
}

// adopt gives each cluster of pass 2 the identity of the entity of the
// applied review (ents) that holds most of its mentions; a cluster left
// without one (the rules drew a new consequence) gets a content id, and
// an entity left without a cluster redirects to the cluster holding most
// of its forms. The parts of a split (split) take their roles from the
// review too: a split moves the roles of the facts that move, and roles
// seen beside a name but read into no fact stay with the rest, as they
// do when a review is applied to a built graph, which has no record of
// the mention each such role was seen with.
func (st *state) adopt(final []*cluster, member map[string][]int, ents map[string]*graph.Entity, split map[string]bool) {
	holder := make([]string, len(st.forms))
	for id, fs := range member {
		for _, fi := range fs {
			holder[fi] = id
		}
	}
	type vote struct {
		ci int
		id string
		n  int
	}
	var votes []vote
	for ci, c := range final {
		n := map[string]int{}
		for _, fi := range c.forms {
			if id := holder[fi]; id != "" && ents[id] != nil {
				n[id] += int(st.forms[fi].n)
			}
		}
		for _, id := range sortedKeys(n) {
			votes = append(votes, vote{ci, id, n[id]})
		}
	}
	sort.SliceStable(votes, func(i, j int) bool {
		if votes[i].n != votes[j].n {
			return votes[i].n > votes[j].n
		}
		return votes[i].ci < votes[j].ci
	})
	got := make([]string, len(final))
	taken := map[string]bool{}
	home := map[string]int{} // entity -> cluster holding most of it
	for _, v := range votes {
		if _, ok := home[v.id]; !ok {
			home[v.id] = v.ci
		}
		if got[v.ci] == "" && !taken[v.id] {
			got[v.ci], taken[v.id] = v.id, true
		}
	}
	used := map[string]bool{}
	for id := range taken {
		used[id] = true
	}
	for ci, c := range final {
		e := c.entity
		id := got[ci]
		if id == "" {
			_, anchor := st.anchorOf(c)
			e.ID = mintID(graph.EntityID(e.Type, e.Name), anchor, used)
			continue
		}
		x := ents[id]
		e.ID, e.Name, e.Type, e.Date = x.ID, x.Name, x.Type, x.Date
		e.Romanized = x.Romanized // the flag goes with the name
		e.SameAs = append([]string(nil), x.SameAs...)
		e.Merges = append(e.Merges, reviewMerges(x.Merges)...)
		if split[id] {
			e.Roles = append([]string(nil), x.Roles...)
		}
	}
	for _, id := range sortedKeys(home) {
		if !taken[id] {
			e := final[home[id]].entity
			e.Merges = append(e.Merges, graph.Merge{Form: ents[id].Name, Into: e.Name, Rule: graph.MergeRedirect, Key: id})
		}
	}
}

// reviewMerges returns the merge records that decisions made.
func reviewMerges(ms []graph.Merge) []graph.Merge {
	var out []graph.Merge
	for _, m := range ms {
		if strings.HasPrefix(m.Rule, "review:") || m.Rule == graph.MergeRedirect {
			out = append(out, m)
		}
	}
	return out
}

func uniqInts(xs []int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
