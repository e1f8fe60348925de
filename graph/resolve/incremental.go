package resolve

import (
	"sort"

	"newskg/graph"
)

// Prior is the clustering an earlier resolution made, kept by the
// caller (a store) and given back with the shares of the next one
// (Options.Prior, ResolveShares), so that the resolution clusters again
// only the forms that new, changed or removed forms can reach
// (components.go) and keeps the clusters of every other component as
// they were: the same clusters, with the same merges, that clustering
// every form would give. Its slices are indexed like the shares given.
type Prior struct {
	// Changed marks the shares made since the prior resolution (new or
	// extracted again): their forms have no prior cluster.
	Changed []bool
	// Entity names the prior cluster of each named form of a share not
	// changed (any label that is one cluster's: a store gives its
	// entity ids), and Clustering gives its type and merges.
	Entity     [][]string
	Clustering []Clustering
	// Ghosts are the prior shares of the changed documents: forms the
	// prior clustering had that are not there any more (their removal
	// may change the clusters of what they reached).
	Ghosts []*Share
	// Measure, with no Changed, has the resolution find the interaction
	// components all the same, to tell the largest (ShareResolution.
	// Largest): a caller may then see that keeping clusters cannot pay
	// (most forms in one component, which almost any change reaches).
	Measure bool
}

// Clustering is a share's part of a resolution's clustering: the type
// of the cluster of each of its named forms, and the merges that joined
// one of its named forms into a cluster.
type Clustering struct {
	Types  []graph.EntityType
	Merges []FormMerge
}

// FormMerge is one merge of a clustering: the share's named form Form
// joined the cluster of named form Into of document IntoDoc, by Rule on
// Key with Score; Seq is its rank among the cluster's merges of the
// same form text into the same form text by the same rule (the only
// order the entity keeps of them).
type FormMerge struct {
	Form    int
	IntoDoc string
	Into    int
	Rule    string
	Key     string
	Score   float64
	Seq     int
}

// incremental is what a state knows of a prior clustering.
type incremental struct {
	prior *Prior
	// shareAt is the position, among the shares given, of each of the
	// state's documents
	shareAt []int
	// forms and reclustered count the named forms and those clustered
	// again; largest is the size of the largest interaction component
	// (0: not found)
	forms, reclustered, largest int
	measure                     bool
}

// clusterizeFrom clusters the forms as clusterize does, keeping the
// prior clusters of the components no changed or removed form reaches
// when a prior is given and no analyst's decision constrains the
// clustering (a decision may span components: then every form is
// clustered again).
func (st *state) clusterizeFrom(c constraints) []*cluster {
	in := st.incr
	if in == nil {
		return st.clusterize(c)
	}
	for _, f := range st.forms {
		if !f.group {
			in.forms++
		}
	}
	if in.prior == nil || len(c.must)+len(c.keep)+len(c.cannot) > 0 {
		in.reclustered = in.forms
		if in.measure {
			in.largest = largest(st.interactions(nil))
		}
		return st.clusterize(c)
	}
	out, ok := st.reuse(in)
	if !ok {
		in.reclustered = in.forms
		return st.clusterize(c)
	}
	return out
}

// largest returns the number of forms of the largest component.
func largest(comp []int32) int {
	n := map[int32]int{}
	best := 0
	for _, c := range comp {
		if c >= 0 {
			n[c]++
			best = max(best, n[c])
		}
	}
	return best
}

// reuse clusters the components a changed or removed form reaches and
// takes the prior clusters of the others; false when the prior does not
// fit the shares (then nothing is kept).
func (st *state) reuse(in *incremental) ([]*cluster, bool) {
	p := in.prior
	var ghosts []*form
	for _, g := range p.Ghosts {
		ghosts = append(ghosts, g.in.named...)
	}
	comp := st.interactions(ghosts)
	in.largest = largest(comp[:len(st.forms)])
	touched := map[int32]bool{}
	for _, c := range comp[len(st.forms):] {
		touched[c] = true
	}
	for di := range st.docs {
		si := in.shareAt[di]
		if si >= len(p.Changed) {
			return nil, false
		}
		if p.Changed[si] {
			for _, fi := range st.named[di] {
				touched[comp[fi]] = true
			}
			continue
		}
		if len(p.Entity[si]) != len(st.named[di]) || len(p.Clustering[si].Types) != len(st.named[di]) {
			return nil, false
		}
	}
	// the prior clusters of the forms no change reaches
	kept := map[string]*cluster{}
	again := map[string]bool{} // labels of forms clustered again
	var out []*cluster
	labelOf := make([]string, len(st.forms))
	for di := range st.docs {
		si := in.shareAt[di]
		if p.Changed[si] {
			continue
		}
		for j, fi := range st.named[di] {
			l := p.Entity[si][j]
			if touched[comp[fi]] {
				again[l] = true
				continue
			}
			labelOf[fi] = l
			cl := kept[l]
			if cl == nil {
				cl = &cluster{typ: p.Clustering[si].Types[j]}
				kept[l] = cl
				out = append(out, cl)
			} else if cl.typ != p.Clustering[si].Types[j] {
				return nil, false
			}
			cl.forms = append(cl.forms, fi)
		}
	}
	seqs := map[*cluster][]int{}
	for di := range st.docs {
		si := in.shareAt[di]
		if p.Changed[si] {
			continue
		}
		for _, m := range p.Clustering[si].Merges {
			if m.Form < 0 || m.Form >= len(st.named[di]) {
				return nil, false
			}
			fi := st.named[di][m.Form]
			if touched[comp[fi]] {
				continue
			}
			dj := st.docOf(m.IntoDoc)
			if dj < 0 || m.Into < 0 || m.Into >= len(st.named[dj]) {
				return nil, false
			}
			into := st.named[dj][m.Into]
			// a prior cluster lies in one component: one not reached
			// holds every form its merges name
			if touched[comp[into]] || labelOf[into] != labelOf[fi] {
				return nil, false
			}
			cl := kept[labelOf[fi]]
			cl.merges = append(cl.merges, mergeRec{form: fi, into: into, rule: m.Rule, key: m.Key, score: m.Score})
			seqs[cl] = append(seqs[cl], m.Seq)
		}
	}
	for l, cl := range kept {
		// a prior cluster lies in one component, and n forms were
		// joined by n-1 merges
		if again[l] || len(cl.merges) != len(cl.forms)-1 {
			return nil, false
		}
	}
	for cl, s := range seqs {
		st.sortMerges(cl.merges, s)
	}
	// the reached components, with every delegation and event, clustered
	// again as one state with the forms in their order
	var sub []int
	for fi, f := range st.forms {
		if f.group || touched[comp[fi]] {
			sub = append(sub, fi)
			if !f.group {
				in.reclustered++
			}
		}
	}
	part := &state{kb: st.kb, forms: make([]*form, len(sub)), nbrAt: make([]int32, 1, len(sub)+1)}
	for i, fi := range sub {
		part.forms[i] = st.forms[fi]
		part.nbrList = append(part.nbrList, st.nbrsOf(fi)...)
		part.nbrAt = append(part.nbrAt, int32(len(part.nbrList)))
	}
	for _, cl := range part.clusterize(constraints{}) {
		for i, fi := range cl.forms {
			cl.forms[i] = sub[fi]
		}
		for i := range cl.merges {
			cl.merges[i].form, cl.merges[i].into = sub[cl.merges[i].form], sub[cl.merges[i].into]
		}
		out = append(out, cl)
	}
	for _, cl := range out {
		group := st.forms[cl.forms[0]].group
		for _, fi := range cl.forms {
			if st.forms[fi].group != group {
				return nil, false // only the key joins a delegation or event
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].forms[0] < out[j].forms[0] })
	return out, true
}

// A cluster's merges are written to its entity in their order, with
// those of one form's text into one form's text by one rule taken
// together (dedupeMerges keeps the first of each key and sorts by form,
// into and rule, stably); so only their order within such a group
// matters, and a kept merge's Seq is its rank in its group. Unlike its
// place among all the cluster's merges, the rank stays when the
// cluster gains forms, and so does the row that keeps it.

// mergeGroup is what groups a cluster's merges (mergeRank).
type mergeGroup struct{ form, into, rule string }

func (st *state) mergeGroup(m mergeRec) mergeGroup {
	return mergeGroup{st.forms[m.form].text(), st.forms[m.into].text(), m.rule}
}

// mergeRanks returns each merge's rank in its group, in order.
func (st *state) mergeRanks(ms []mergeRec) []int {
	n := map[mergeGroup]int{}
	out := make([]int, len(ms))
	for i, m := range ms {
		g := st.mergeGroup(m)
		out[i] = n[g]
		n[g]++
	}
	return out
}

// sortMerges puts kept merges in an order their entity takes alike:
// by group, then rank.
func (st *state) sortMerges(ms []mergeRec, rank []int) {
	gs := make([]mergeGroup, len(ms))
	for i, m := range ms {
		gs[i] = st.mergeGroup(m)
	}
	sort.Sort(byGroup{ms, gs, rank})
}

type byGroup struct {
	ms   []mergeRec
	gs   []mergeGroup
	rank []int
}

func (b byGroup) Len() int { return len(b.ms) }
func (b byGroup) Less(i, j int) bool {
	x, y := b.gs[i], b.gs[j]
	switch {
	case x.form != y.form:
		return x.form < y.form
	case x.into != y.into:
		return x.into < y.into
	case x.rule != y.rule:
		return x.rule < y.rule
	}
	return b.rank[i] < b.rank[j]
}
func (b byGroup) Swap(i, j int) {
	b.ms[i], b.ms[j] = b.ms[j], b.ms[i]
	b.gs[i], b.gs[j] = b.gs[j], b.gs[i]
	b.rank[i], b.rank[j] = b.rank[j], b.rank[i]
}

// clustering returns each document's part of the clusters (indexed like
// st.docs), for a Prior of the next resolution; nil when a cluster
// joins a named form with a delegation or event (only an analyst's
// forced merge can), which the next resolution could not take apart.
func (st *state) clustering(clusters []*cluster) []Clustering {
	type at struct{ doc, j int32 }
	where := make([]at, len(st.forms))
	for i := range where {
		where[i] = at{-1, -1}
	}
	out := make([]Clustering, len(st.docs))
	for di, fs := range st.named {
		out[di].Types = make([]graph.EntityType, len(fs))
		for j, fi := range fs {
			where[fi] = at{int32(di), int32(j)}
		}
	}
	// each document's merges in a slice of their number (grown by
	// appending, they were twice the size at 10,000 articles, at the
	// peak of a store's resolution)
	nm := make([]int32, len(st.docs))
	for _, cl := range clusters {
		named := where[cl.forms[0]].doc >= 0
		for _, fi := range cl.forms {
			w := where[fi]
			if (w.doc >= 0) != named {
				return nil
			}
			if named {
				out[w.doc].Types[w.j] = cl.typ
			}
		}
		if named {
			for _, m := range cl.merges {
				nm[where[m.form].doc]++
			}
		}
	}
	for di, n := range nm {
		if n > 0 {
			out[di].Merges = make([]FormMerge, 0, n)
		}
	}
	for _, cl := range clusters {
		if where[cl.forms[0]].doc < 0 {
			continue
		}
		rank := st.mergeRanks(cl.merges)
		for k, m := range cl.merges {
			w, into := where[m.form], where[m.into]
			out[w.doc].Merges = append(out[w.doc].Merges, FormMerge{Form: int(w.j), IntoDoc: st.docs[into.doc].doc, Into: int(into.j), Rule: m.rule, Key: m.key, Score: m.score, Seq: rank[k]})
		}
	}
	return out
}
