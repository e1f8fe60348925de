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

// Less orders spans by document, offsets, type and key.
func (a Span) Less(b Span) bool {
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End < b.End
	}
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	return a.Key < b.Key
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
	if opt.Review != nil && len(opt.Review.Decisions) > 0 && len(c.Same)+len(c.Apart) > 0 {
		return nil, errors.New("resolve: a review and span constraints together")
	}
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	st, err := prepare(base, mentions, rels, true)
	if err != nil {
		return nil, err
	}
	g, clusters, rep := st.run(docs, opt.Review, c)
	var n int
	for _, d := range st.docs {
		n += len(d.ms)
	}
	res := &Resolution{Graph: g, Report: rep, Entity: make(map[Span]string, n), Mentions: make([]graph.Mention, 0, n)}
	for _, d := range st.docs {
		res.Mentions = append(res.Mentions, d.ms...)
	}
	ent := make([]*graph.Entity, len(st.forms))
	for _, cl := range clusters {
		for _, fi := range cl.forms {
			ent[fi] = cl.entity
		}
	}
	st.eachSpan(func(doc string, sp spanKey, fi int) {
		if e := ent[fi]; e != nil {
			res.Entity[Span{Doc: doc, Start: sp.start, End: sp.end, Type: sp.typ, Key: sp.key}] = e.ID
		}
	})
	return res, nil
}

// run clusters the forms with the review, or else the span constraints,
// and builds the graph.
func (st *state) run(docs []graph.DocInfo, review *graph.Review, c Constraints) (*graph.KG, []*cluster, *Report) {
	rep := &Report{Rules: map[string]int{}}
	var g *graph.KG
	var clusters []*cluster
	if review != nil && len(review.Decisions) > 0 {
		g, clusters = st.resolveReviewed(docs, review, rep)
	} else {
		var cons constraints
		st.spanConstraints(&cons, c)
		if st.drop && st.taken == nil { // nothing reads the documents' spans after clustering
			st.dropMentions()
			st.once = true
		}
		clusters = st.clusterizeFrom(cons)
		g = st.build(clusters)
		if st.once {
			st.aggs = nil // every summary is read
		}
		st.assignIDs(clusters)
		if st.taken != nil {
			st.taken(clusters)
		}
		if st.once { // the entities have their merges: count them now and let them go before the facts
			for _, cl := range clusters {
				for _, m := range cl.merges {
					rep.Rules[m.rule]++
				}
				cl.merges = nil
			}
			clusters = nil // the facts read the entities from st.lastClusters, and let them go
		}
		if st.drop {
			st.dropForms()
		}
		g.Docs = append([]graph.DocInfo(nil), docs...)
		st.facts(g)
	}
	for _, cl := range clusters {
		for _, m := range cl.merges {
			rep.Rules[m.rule]++
		}
	}
	g.Normalize()
	rep.Entities, rep.Facts = len(g.Entities), len(g.Facts)
	return g, clusters, rep
}

// spanConstraints adds constraints given on spans to c, as forms.
func (st *state) spanConstraints(c *constraints, sc Constraints) {
	forms := func(spans []Span) []int {
		var out []int
		for _, s := range spans {
			if di := st.docOf(s.Doc); di >= 0 {
				if fi := st.formAtSpan(di, spanKey{s.Start, s.End, s.Type, s.Key}); fi >= 0 {
					out = append(out, fi)
				}
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
