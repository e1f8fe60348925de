package diagram

import (
	"fmt"
	"sort"
	"strings"

	"newskg/graph"
)

// Bounds of the per-story diagrams.
const (
	// StoryMaxNodes is the most entities one event's or one person's
	// diagram draws.
	StoryMaxNodes = 40
	// MaxEvents is the most events that get a diagram of their own.
	MaxEvents = 40
	// MaxPeople is the most people that get a diagram of their own.
	MaxPeople = 15
)

// Events returns the events worth a diagram of their own, at most max:
// those with at least two participants, the most connected first.
func (s *Set) Events(max int) []*graph.Entity {
	return s.pick(graph.Event, 2, max, func(f *graph.Fact, id string) bool {
		return f.Object == id && (f.Predicate == graph.ParticipatesIn || f.Predicate == graph.Leads || f.Predicate == graph.Mediates)
	})
}

// People returns the people worth a diagram of their own, at most max:
// those with at least two neighbours, the most connected first.
func (s *Set) People(max int) []*graph.Entity {
	return s.pick(graph.Person, 2, max, func(*graph.Fact, string) bool { return true })
}

// pick ranks the entities of type t with at least least distinct
// neighbours joined by facts that count.
func (s *Set) pick(t graph.EntityType, least, max int, counts func(*graph.Fact, string) bool) []*graph.Entity {
	ix := s.ix
	var out []*graph.Entity
	for _, e := range ix.g.SortedEntities() {
		if e.Type != t {
			continue
		}
		n := map[string]bool{}
		for _, f := range ix.facts[e.ID] {
			if counts(f, e.ID) {
				n[f.Subject], n[f.Object] = true, true
			}
		}
		delete(n, e.ID)
		if len(n) >= least {
			out = append(out, e)
		}
	}
	ix.sortByRank(out)
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// Label is an entity's label on one line: an event's place, kind and
// date; the English and the Arabic name of others.
func (s *Set) Label(e *graph.Entity) string { return s.ix.oneLine(e) }

// Summary is a line about an entity for a list of diagrams: who took
// part in an event (the most connected three and how many more), a
// person's best supported position; "" when there is nothing to say.
func (s *Set) Summary(e *graph.Entity) string {
	ix := s.ix
	switch e.Type {
	case graph.Person:
		if l := ix.roleLine(e); len(l) > 0 {
			return l[0]
		}
	case graph.Event:
		var ids []string
		seen := map[string]bool{}
		for _, f := range ix.facts[e.ID] {
			if f.Object == e.ID && f.Subject != e.ID && !seen[f.Subject] &&
				(f.Predicate == graph.ParticipatesIn || f.Predicate == graph.Leads || f.Predicate == graph.Mediates) {
				seen[f.Subject] = true
				ids = append(ids, f.Subject)
			}
		}
		ids = s.ranked(ids)
		var names []string
		for i, id := range ids {
			if i == 3 {
				names = append(names, itoa(len(ids)-3)+" more")
				break
			}
			en, ar := Names(ix.g.Entity(id))
			if en == "" {
				en = ar
			}
			names = append(names, Cut(en, MaxLine))
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// Event draws one event as a story: who took part (people, delegations,
// countries, organisations), where it was held and where that is, the
// delegations' members and the countries they represent, and the
// meetings and other facts among them. Delegations are clustered with
// their members. At most opt.MaxNodes entities (0: StoryMaxNodes), the
// closest first.
func (s *Set) Event(id string, opt Options) (*Drawing, error) {
	ix := s.ix
	ev := ix.g.Entity(id)
	if ev == nil || ev.Type != graph.Event {
		return nil, fmt.Errorf("%w: no event %q", graph.ErrUnknownEntity, id)
	}
	// Rings around the event: what touches it, then the delegations'
	// members and countries and the places' places.
	rings := [][]string{{id}}
	seen := map[string]bool{id: true}
	next := func(from []string, follow func(f *graph.Fact, from, to *graph.Entity) bool) []string {
		var out []string
		for _, a := range from {
			ea := ix.g.Entity(a)
			for _, f := range ix.facts[a] {
				b := f.Object
				if b == a {
					b = f.Subject
				}
				if seen[b] || !follow(f, ea, ix.g.Entity(b)) {
					continue
				}
				seen[b] = true
				out = append(out, b)
			}
		}
		return s.ranked(out)
	}
	first := next(rings[0], func(*graph.Fact, *graph.Entity, *graph.Entity) bool { return true })
	rings = append(rings, first)
	rings = append(rings, next(first, func(f *graph.Fact, from, to *graph.Entity) bool {
		switch {
		case from.Type == graph.Delegation:
			return f.Predicate == graph.MemberOf || f.Predicate == graph.Leads || f.Predicate == graph.Represents
		case from.Type.Location():
			return f.Predicate == graph.LocatedIn && f.Subject == from.ID
		case from.Type == graph.Person:
			return f.Predicate == graph.MemberOf && to.Type == graph.Delegation
		}
		return false
	}))
	keep := fill(rings, opt.storyMax())
	opt.Focus = ""
	p, d := ix.picture(keep, opt, delegationHubs)
	for _, n := range p.nodes {
		if n.e.Type == graph.Person {
			n.lines = append(n.lines, ix.roleLine(n.e)...)
		}
	}
	d.LeftOut = len(seen) - len(keep)
	title := EventLabel(ix.g, ev, ix.facts[id])
	p.title = storyHeading(opt.Title, title, ix.sources(ev), d)
	d.DOT = p.dot(ix)
	return d, nil
}

// Ego draws one entity with everything it has a fact with, the facts
// among those, and, for the events among them, where they were held.
// At most opt.MaxNodes entities (0: StoryMaxNodes), the most connected
// first.
func (s *Set) Ego(id string, opt Options) (*Drawing, error) {
	ix := s.ix
	e := ix.g.Entity(id)
	if e == nil {
		return nil, fmt.Errorf("%w: %q", graph.ErrUnknownEntity, id)
	}
	first := s.ranked(append([]string(nil), ix.nbrs[id]...))
	seen := map[string]bool{id: true}
	for _, n := range first {
		seen[n] = true
	}
	var second []string
	for _, n := range first {
		if ix.g.Entity(n).Type != graph.Event {
			continue
		}
		for _, f := range ix.facts[n] {
			if f.Predicate == graph.HeldIn && f.Subject == n && !seen[f.Object] {
				seen[f.Object] = true
				second = append(second, f.Object)
			}
		}
	}
	keep := fill([][]string{{id}, first, s.ranked(second)}, opt.storyMax())
	opt.Focus = id
	p, d := ix.picture(keep, opt, eventHubs)
	d.LeftOut = len(seen) - len(keep)
	p.title = storyHeading(opt.Title, ix.oneLine(e), ix.sources(e), d)
	d.DOT = p.dot(ix)
	return d, nil
}

func (o Options) storyMax() int {
	if o.MaxNodes <= 0 {
		return StoryMaxNodes
	}
	return o.MaxNodes
}

// fill takes entities ring by ring, each ring in its order, up to max.
func fill(rings [][]string, max int) map[string]bool {
	keep := map[string]bool{}
	for _, r := range rings {
		for _, id := range r {
			if len(keep) >= max {
				return keep
			}
			keep[id] = true
		}
	}
	return keep
}

// ranked sorts ids by rank, the most connected first.
func (s *Set) ranked(ids []string) []string {
	es := make([]*graph.Entity, 0, len(ids))
	for _, id := range ids {
		es = append(es, s.ix.g.Entity(id))
	}
	s.ix.sortByRank(es)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// roleLine is a person's best supported position, "foreign minister,
// Russia", as a label line; none when no position is known.
func (ix *index) roleLine(e *graph.Entity) []string {
	var best *graph.Fact
	for _, f := range ix.facts[e.ID] {
		if f.Predicate != graph.HoldsPosition || f.Subject != e.ID || Clean(f.Role) == "" {
			continue
		}
		if best == nil || f.Sources() > best.Sources() || f.Sources() == best.Sources() && f.Confidence > best.Confidence {
			best = f
		}
	}
	if best == nil {
		return nil
	}
	s := Clean(best.Role)
	if o := ix.g.Entity(best.Object); o != nil {
		if en, ar := Names(o); en != "" {
			s += ", " + en
		} else if ar != "" {
			s += ", " + ar
		}
	}
	return []string{Cut(s, MaxLine)}
}

// sources names the documents an entity was read from: the first three
// and how many more.
func (ix *index) sources(e *graph.Entity) string {
	docs := append([]string(nil), e.Docs...)
	sort.Strings(docs)
	n := len(docs)
	if n == 0 {
		return ""
	}
	s := "from "
	for i, d := range docs {
		if i == 3 {
			s += " and " + itoa(n-3) + " more"
			break
		}
		if i > 0 {
			s += ", "
		}
		s += Cut(Clean(d), MaxLine)
	}
	return s
}

// storyHeading is the heading of an event's or a person's diagram.
func storyHeading(title, subject, sources string, d *Drawing) []string {
	var lines []string
	if title != "" {
		lines = append(lines, Cut(Clean(title), 3*MaxLine))
	}
	lines = append(lines, Cut(subject, 3*MaxLine))
	if sources != "" {
		lines = append(lines, sources)
	}
	s := itoa(d.Nodes) + " entities, " + itoa(d.Facts) + " facts"
	if d.LeftOut > 0 {
		s += "; " + itoa(d.LeftOut) + " more not drawn"
	}
	return append(lines, s)
}
