package resolve

import (
	"errors"

	"newskg/graph"
	"newskg/graph/kb"
)

// Span identifies one mention: its document, byte span, type and the
// extractor's group key (delegations and events). It is how a store
// keeps the entity of every mention and how analysts' decisions are
// anchored to text rather than to ids.
type Span struct {
	Doc        string
	Start, End int
	Type       graph.EntityType
	Key        string
}

// SpanOf returns the span of a mention.
func SpanOf(m graph.Mention) Span {
	return Span{Doc: m.Doc, Start: m.Start, End: m.End, Type: m.Type, Key: m.Key}
}

// Constraints are analysts' decisions given on mention spans: each Same
// group is one entity whatever the rules say (review-same-as), and the
// sides of each Apart entry never end in one entity. Spans that name no
// mention of the input are ignored.
type Constraints struct {
	Same  [][]Span
	Apart [][][]Span
}

// Resolution is the result of ResolveSpans.
type Resolution struct {
	Graph  *graph.KG
	Report *Report
	// Entity maps the span of every input mention (relation endpoints
	// included) to the id, in Graph, of the entity it was resolved to.
	Entity map[Span]string
	// Mentions are the input mentions, relation endpoints included, one
	// per span (the first given), sorted by document and position.
	Mentions []graph.Mention
}

// ResolveSpans is Resolve with the entity of every mention reported and,
// instead of opt.Review, constraints on spans (a store's decisions,
// anchored to mentions). Given no constraints it returns the graph
// Resolve returns.
func ResolveSpans(docs []graph.DocInfo, mentions []graph.Mention, rels []graph.Relation, opt Options, c Constraints) (*Resolution, error) {
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	rep := &Report{Rules: map[string]int{}}
	all := make([]graph.Mention, 0, len(mentions)+2*len(rels))
	all = append(all, mentions...)
	for _, r := range rels {
		all = append(all, r.Subject, r.Object)
	}
	ms, err := dedupeMentions(all)
	if err != nil {
		return nil, err
	}
	st := newState(base, ms)
	st.neighbours(rels)

	var g *graph.KG
	var clusters []*cluster
	if opt.Review != nil && len(opt.Review.Decisions) > 0 {
		if len(c.Same)+len(c.Apart) > 0 {
			return nil, errors.New("resolve: a review and span constraints together")
		}
		g, clusters = st.resolveReviewed(docs, rels, opt.Review, rep)
	} else {
		var cons constraints
		st.spanConstraints(&cons, c)
		clusters = st.clusterize(cons)
		g = st.build(clusters)
		st.assignIDs(clusters)
		g.Docs = append([]graph.DocInfo(nil), docs...)
		st.facts(g, rels)
	}
	for _, cl := range clusters {
		for _, m := range cl.merges {
			rep.Rules[m.rule]++
		}
	}
	g.Normalize()
	rep.Entities, rep.Facts = len(g.Entities), len(g.Facts)
	res := &Resolution{Graph: g, Report: rep, Entity: make(map[Span]string, len(st.ms)), Mentions: st.ms}
	ent := make([]*graph.Entity, len(st.forms))
	for _, cl := range clusters {
		for _, fi := range cl.forms {
			ent[fi] = cl.entity
		}
	}
	for i, m := range st.ms {
		if e := ent[st.formOf[i]]; e != nil {
			res.Entity[SpanOf(m)] = e.ID
		}
	}
	return res, nil
}

// spanConstraints adds constraints given on spans to c, as forms.
func (st *state) spanConstraints(c *constraints, sc Constraints) {
	forms := func(spans []Span) []int {
		var out []int
		for _, s := range spans {
			if i, ok := st.span[mkey{s.Doc, s.Start, s.End, s.Type, s.Key}]; ok {
				out = append(out, st.formOf[i])
			}
		}
		return uniqInts(out)
	}
	for _, g := range sc.Same {
		if fs := forms(g); len(fs) > 1 {
			c.must = append(c.must, fs)
		}
	}
	for _, a := range sc.Apart {
		var sides [][]int
		for _, side := range a {
			if fs := forms(side); len(fs) > 0 {
				sides = append(sides, fs)
			}
		}
		if len(sides) > 1 {
			c.cannot = append(c.cannot, cannotGroup{sides: sides})
		}
	}
}
