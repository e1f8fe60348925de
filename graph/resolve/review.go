package resolve

import (
	"fmt"
	"sort"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// Review decisions are applied in two places. Same-as, not-same-as and
// split become constraints of the clustering (must-link and
// cannot-link), so that the rules work around them; rename, retype,
// accept and reject are applied to the built graph. Entities are named
// by the id a build without any decision gives them (pass 1), or by any
// of their surface forms. Rename and retype keep the entity id, so that
// decisions and facts that name it stay valid.

// refForms resolves a reference to an entity: an id of pass 1, else a
// surface form. It returns the forms the reference names (all the
// entity's forms for an id, the forms with that key for a surface form)
// and the forms of the pass-1 entities they belong to.
func (st *state) refForms(ref string, pass1 []*cluster) (named, whole []int) {
	for _, c := range pass1 {
		if c.entity != nil && c.entity.ID == ref {
			return c.forms, c.forms
		}
	}
	k := textnorm.Key(cleanText(ref))
	named = st.byKey[k]
	if len(named) == 0 {
		return nil, nil
	}
	in := map[int]bool{}
	for _, fi := range named {
		in[fi] = true
	}
	for _, c := range pass1 {
		hit := false
		for _, fi := range c.forms {
			if in[fi] {
				hit = true
				break
			}
		}
		if hit {
			whole = append(whole, c.forms...)
		}
	}
	sort.Ints(whole)
	return named, whole
}

// decisionRefs resolves the entities of a decision; Forms name them too
// when an id no longer exists.
func (st *state) decisionRefs(i int, d graph.Decision, pass1 []*cluster, rep *Report) (named, whole [][]int, ok bool) {
	ok = true
	for _, ref := range d.Entities {
		n, w := st.refForms(ref, pass1)
		if len(n) == 0 && d.Op != graph.OpSplit {
			for _, f := range d.Forms {
				if n2, w2 := st.refForms(f, pass1); len(n2) > 0 {
					n, w = n2, w2
					break
				}
			}
		}
		if len(n) == 0 {
			rep.Stale = append(rep.Stale, fmt.Sprintf("decision %d (%s): no entity %q", i+1, d.Op, ref))
			ok = false
			continue
		}
		named = append(named, n)
		whole = append(whole, w)
	}
	return named, whole, ok
}

// constraintsFrom turns same-as, not-same-as and split decisions into
// clustering constraints.
func (st *state) constraintsFrom(ds []graph.Decision, pass1 []*cluster, rep *Report) constraints {
	st.build(pass1)
	var c constraints
	for i, d := range ds {
		switch d.Op {
		case graph.OpSameAs:
			_, whole, ok := st.decisionRefs(i, d, pass1, rep)
			if !ok || len(whole) < 2 {
				continue
			}
			var g []int
			for _, w := range whole {
				g = append(g, w...)
			}
			c.must = append(c.must, uniqInts(g))
			rep.Applied++
		case graph.OpNotSameAs:
			named, _, ok := st.decisionRefs(i, d, pass1, rep)
			if !ok || len(named) < 2 {
				continue
			}
			c.cannot = append(c.cannot, cannotGroup{sides: named})
			rep.Applied++
		case graph.OpSplit:
			_, whole, ok := st.decisionRefs(i, d, pass1, rep)
			if !ok {
				continue
			}
			keys := map[string]bool{}
			for _, f := range d.Forms {
				keys[textnorm.Key(cleanText(f))] = true
			}
			var off, stay []int
			for _, fi := range whole[0] {
				if keys[st.forms[fi].key] {
					off = append(off, fi)
				} else {
					stay = append(stay, fi)
				}
			}
			if len(off) == 0 {
				rep.Stale = append(rep.Stale, fmt.Sprintf("decision %d (split): entity %q has none of the forms %q", i+1, d.Entities[0], d.Forms))
				continue
			}
			if len(off) > 1 {
				c.must = append(c.must, off)
			}
			if len(stay) > 0 {
				c.cannot = append(c.cannot, cannotGroup{sides: [][]int{off, stay}})
			}
			rep.Applied++
		}
	}
	return c
}

// applyPost applies rename, retype, accept and reject to the built graph.
func (st *state) applyPost(g *graph.KG, ds []graph.Decision, pass1, final []*cluster, rep *Report) {
	owner := map[int]*cluster{}
	for _, c := range final {
		for _, fi := range c.forms {
			owner[fi] = c
		}
	}
	facts := map[string]*graph.Fact{}
	for _, f := range g.Facts {
		facts[f.ID] = f
	}
	drop := map[string]bool{}
	for i, d := range ds {
		switch d.Op {
		case graph.OpRename, graph.OpRetype:
			named, _, ok := st.decisionRefs(i, d, pass1, rep)
			if !ok {
				continue
			}
			// The final entity holding most of the named forms.
			votes := map[*cluster]int{}
			var best *cluster
			for _, fi := range named[0] {
				c := owner[fi]
				votes[c]++
				if best == nil || votes[c] > votes[best] {
					best = c
				}
			}
			if d.Op == graph.OpRename {
				best.entity.Name = d.Name
			} else {
				best.entity.Type = graph.EntityType(d.Type)
			}
			rep.Applied++
		case graph.OpAccept, graph.OpReject:
			f := facts[d.Fact]
			if f == nil {
				rep.Stale = append(rep.Stale, fmt.Sprintf("decision %d (%s): no fact %q", i+1, d.Op, d.Fact))
				continue
			}
			if d.Op == graph.OpAccept {
				f.Confidence = 1
			} else {
				drop[f.ID] = true
			}
			rep.Applied++
		}
	}
	if len(drop) > 0 {
		var keep []*graph.Fact
		for _, f := range g.Facts {
			if !drop[f.ID] {
				keep = append(keep, f)
			}
		}
		g.Facts = keep
	}
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
