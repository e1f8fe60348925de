package diagram

import (
	"sort"
	"strings"

	"newskg/graph"
)

// Bounds of the overview.
const (
	// DefaultMaxNodes is the most entities an overview draws. Above it
	// a drawing stops being readable on a screen, and the dot layout's
	// cost grows fast (see graph/svg's benchmarks).
	DefaultMaxNodes = 80
	// DefaultMaxListed is the most rows of the side table of entities
	// without facts.
	DefaultMaxListed = 24
)

// Options bound and title a drawing.
type Options struct {
	MaxNodes  int    // most entities drawn; 0: DefaultMaxNodes
	MaxListed int    // most rows in the side table; 0: DefaultMaxListed; < 0: no table
	Title     string // first line of the heading; none when empty
	Focus     string // an entity id to draw highlighted and always include

	// Second tries, when a drawing's text overlaps (see graph/svg):
	Spread     bool            // more room between nodes and ranks
	NoClusters bool            // no clusters around events and delegations
	Unlabelled map[string]bool // edges ("e-N", as drawn before) drawn without their label
}

func (o Options) maxNodes() int {
	if o.MaxNodes <= 0 {
		return DefaultMaxNodes
	}
	return o.MaxNodes
}

func (o Options) maxListed() int {
	switch {
	case o.MaxListed < 0:
		return 0
	case o.MaxListed == 0:
		return DefaultMaxListed
	}
	return o.MaxListed
}

// Drawing is a diagram as DOT, with what it shows and what it left out.
type Drawing struct {
	DOT        []byte
	Nodes      int // entities drawn as nodes
	Edges      int // edges drawn (each one or more facts)
	Labels     int // edges drawn with a label
	Unlabelled int // edges whose label was left to the tooltip
	Clusters   int // events drawn clustered with their participants
	Facts      int // facts the edges stand for
	Entities   int // entities in the graph
	Unlinked   int // entities without facts: listed in the side table, not drawn
	Listed     int // rows of the side table
	LeftOut    int // entities with facts that were not drawn
}

// Overview draws the most connected entities of g, at most
// opt.MaxNodes, with every fact between them collapsed to one edge per
// pair. Events are hubs labelled with place, kind and date; each is
// clustered with the participants that take part in no other drawn
// event. Entities without facts are listed in a side table. The heading
// says what was left out. The result is deterministic.
func Overview(g *graph.KG, opt Options) *Drawing { return New(g).Overview(opt) }

// Set makes drawings of one graph; it indexes the graph once.
type Set struct{ ix *index }

// New indexes g for drawing.
func New(g *graph.KG) *Set { return &Set{newIndex(g)} }

// Overview is the package's Overview, for the Set's graph.
func (s *Set) Overview(opt Options) *Drawing {
	ix := s.ix
	keep := ix.mostConnected(opt.maxNodes(), opt.Focus)
	p, d := ix.picture(keep, opt, eventHubs)
	ranked, _, all := ix.ranking()
	var unlinked []*graph.Entity
	for _, e := range all {
		if !keep[e.ID] {
			unlinked = append(unlinked, e)
		}
	}
	d.LeftOut = len(ranked)
	for id, ok := range keep {
		if ok && ix.degree(id) > 0 {
			d.LeftOut--
		}
	}
	d.Unlinked = len(unlinked)
	if max := opt.maxListed(); max > 0 && len(unlinked) > 0 {
		p.table, p.tableTop = sideTable(ix, unlinked, max)
		d.Listed = len(p.table)
	}
	p.title = heading(opt.Title, d)
	d.DOT = p.dot(ix)
	return d
}

// mostConnected picks at most max entities, the most connected first,
// each with at least one picked neighbour so that nothing floats alone:
// an entity none of whose neighbours is picked yet comes with its
// best-ranked neighbour, or not at all when there is no room for two.
// A focus entity is picked first, even without facts.
func (ix *index) mostConnected(max int, focus string) map[string]bool {
	ranked, pos, _ := ix.ranking()
	keep := map[string]bool{}
	add := func(id string) {
		if keep[id] || len(keep) >= max {
			return
		}
		best := ""
		for _, n := range ix.nbrs[id] {
			if keep[n] {
				keep[id] = true
				return
			}
			if best == "" || pos[n] < pos[best] {
				best = n
			}
		}
		if best != "" && len(keep)+2 <= max {
			keep[id], keep[best] = true, true
		}
	}
	if ix.g.Entity(focus) != nil {
		add(focus)
		keep[focus] = max > 0 // drawn even alone: it was asked for
	}
	for _, e := range ranked {
		if len(keep) >= max {
			break
		}
		add(e.ID)
	}
	return keep
}

// picture lays out the entities of keep: their nodes, one edge per
// pair, and clusters around hubs of the given kind.
func (ix *index) picture(keep map[string]bool, opt Options, hubs hubKind) (*picture, *Drawing) {
	focus := opt.Focus
	p := &picture{spread: opt.Spread, unlabelled: opt.Unlabelled}
	d := &Drawing{Entities: len(ix.g.Entities)}
	for _, id := range kept(keep) {
		e := ix.g.Entity(id)
		p.nodes = append(p.nodes, &node{e: e, lines: ix.label(e), focus: e.ID == focus})
	}
	p.edges = collapse(ix, keep)
	if !opt.NoClusters {
		p.clusters = clusters(ix, keep, hubs)
	}
	d.Nodes, d.Edges, d.Clusters = len(p.nodes), len(p.edges), len(p.clusters)
	for i, e := range p.edges {
		d.Facts += len(e.facts)
		if len(e.label()) > 0 {
			if p.unlabelled[edgeID(i)] {
				d.Unlabelled++
			} else {
				d.Labels++
			}
		}
	}
	return p, d
}

// heading is the title and lines saying what is shown and left out.
func heading(title string, d *Drawing) []string {
	var lines []string
	if title != "" {
		lines = append(lines, Cut(Clean(title), 3*MaxLine))
	}
	s := itoa(d.Nodes) + " of " + itoa(d.Entities) + " entities"
	if d.LeftOut > 0 {
		s += " (the most connected)"
	}
	s += ", " + itoa(d.Facts) + " facts"
	lines = append(lines, s)
	if d.LeftOut > 0 {
		lines = append(lines, itoa(d.LeftOut)+" connected entities left out: narrow with kg export -f svg -focus NAME -hops K")
	}
	if d.Unlinked > 0 {
		lines = append(lines, itoa(d.Unlinked)+" entities without relations are listed in the table")
	}
	return lines
}

// hubKind says which entities a drawing clusters others around, and by
// which facts.
type hubKind struct {
	typ   graph.EntityType
	preds []graph.Predicate // member -> hub
}

var (
	// eventHubs clusters events with their participants.
	eventHubs = hubKind{graph.Event, []graph.Predicate{graph.ParticipatesIn, graph.Leads, graph.Mediates}}
	// delegationHubs clusters delegations with their members.
	delegationHubs = hubKind{graph.Delegation, []graph.Predicate{graph.MemberOf, graph.Leads}}
)

// clusters groups each drawn hub with the drawn entities joined to it
// by one of the kind's facts and to no other drawn hub.
func clusters(ix *index, keep map[string]bool, kind hubKind) []cluster {
	hubsOf := map[string][]string{} // member -> hubs
	var hubs []string
	for _, id := range kept(keep) {
		e := ix.g.Entity(id)
		if e.Type != kind.typ {
			continue
		}
		hubs = append(hubs, e.ID)
		for _, f := range ix.facts[e.ID] {
			if f.Object != e.ID || !keep[f.Subject] || f.Subject == e.ID {
				continue
			}
			for _, p := range kind.preds {
				if f.Predicate != p || ix.g.Entity(f.Subject).Type == kind.typ {
					continue
				}
				hs := hubsOf[f.Subject]
				if len(hs) == 0 || hs[len(hs)-1] != e.ID {
					hubsOf[f.Subject] = append(hs, e.ID)
				}
			}
		}
	}
	members := map[string][]string{}
	for m, hs := range hubsOf {
		if len(hs) == 1 {
			members[hs[0]] = append(members[hs[0]], m)
		}
	}
	var out []cluster
	for _, h := range hubs {
		ms := members[h]
		if len(ms) == 0 {
			continue
		}
		sort.Strings(ms)
		out = append(out, cluster{hub: h, members: ms})
	}
	return out
}

// sideTable lists entities without facts: one row per distinct label
// and type with a count, the most mentioned first (then by type and
// label); at most max rows, the last saying how many more there are.
// The heading counts them by type.
func sideTable(ix *index, es []*graph.Entity, max int) ([]row, []string) {
	type key struct{ en, ar, typ string }
	counts := map[key]int{}
	mentions := map[key]int{}
	byType := map[graph.EntityType]int{}
	var keys []key
	for _, e := range es {
		var k key
		k.typ = string(e.Type)
		if e.Type == graph.Event {
			k.en = Cut(EventLabel(ix.g, e, ix.facts[e.ID]), 2*MaxLine)
		} else {
			k.en, k.ar = Names(e)
			k.en, k.ar = Cut(k.en, MaxLine), Cut(k.ar, MaxLine)
		}
		if counts[k] == 0 {
			keys = append(keys, k)
		}
		counts[k]++
		mentions[k] += e.Mentions
		byType[e.Type]++
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if mentions[a] != mentions[b] {
			return mentions[a] > mentions[b]
		}
		if a.typ != b.typ {
			return typeOrder(a.typ) < typeOrder(b.typ)
		}
		if a.en != b.en {
			return a.en < b.en
		}
		return a.ar < b.ar
	})
	var rows []row
	shown := 0
	for i, k := range keys {
		if len(rows) == max-1 && i < len(keys)-1 {
			rows = append(rows, row{en: "… and " + itoa(len(es)-shown) + " more"})
			break
		}
		rows = append(rows, row{en: k.en, ar: k.ar, typ: k.typ, count: counts[k]})
		shown += counts[k]
	}
	var types []string
	for _, t := range graph.EntityTypes {
		if byType[t] > 0 {
			types = append(types, itoa(byType[t])+" "+string(t))
		}
	}
	return rows, append([]string{"Without relations (" + itoa(len(es)) + ")"}, Wrap(strings.Join(types, ", "), 2*MaxLine, 2)...)
}

func typeOrder(t string) int {
	for i, x := range graph.EntityTypes {
		if string(x) == t {
			return i
		}
	}
	return len(graph.EntityTypes)
}
