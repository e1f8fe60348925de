// Package diagramtest generates knowledge graphs of given sizes and
// shapes for the diagram tests and benchmarks: a star, a chain, dense
// clusters, a sparse random graph, and meetings with their
// participants, delegations and places, the shape news gives; and, for
// the layout benchmarks, random graphs sparser and denser than Random, a
// power-law graph grown as a news feed grows, and a dense core with a
// periphery. Names are made up, in English with an Arabic form.
package diagramtest

import (
	"fmt"
	"math/rand/v2"

	"newskg/graph"
)

// Shape names a kind of generated graph.
type Shape string

// The shapes.
const (
	Star     Shape = "star"     // one hub with every other entity linked to it
	Chain    Shape = "chain"    // a path through every entity
	Clusters Shape = "clusters" // groups of about eight, dense inside, a few links between
	Random   Shape = "random"   // about 1.5 facts per entity between random pairs, some left alone
	Events   Shape = "events"   // meetings with participants, delegations, places and dates

	Sparse   Shape = "sparse"   // as Random, about one fact per entity
	Dense    Shape = "dense"    // as Random, about three facts per entity
	PowerLaw Shape = "powerlaw" // grown by preferential attachment: a few hubs, a long tail, about two facts per entity
	Core     Shape = "core"     // an eighth of the entities densely linked, the rest hanging off them
)

// Shapes lists the five shapes every diagram test draws.
var Shapes = []Shape{Star, Chain, Clusters, Random, Events}

// Layout lists the shapes the layout benchmarks and the cost model's
// tests draw: Shapes and the densities around Random, the power-law
// graph and the dense core.
var Layout = []Shape{Star, Chain, Clusters, Random, Events, Sparse, Dense, PowerLaw, Core}

var given = []string{"Arlen", "Bexley", "Corvin", "Dalia", "Edris", "Fenna", "Galen", "Hesper", "Ivo", "Jorun", "Kasia", "Lorcan", "Mirela", "Nadir", "Orla", "Petra"}
var family = []string{"Vantor", "Quillan", "Osric", "Marwood", "Tallis", "Brenn", "Castell", "Dunmore", "Elsing", "Farrow", "Greave", "Holm"}
var givenAr = []string{"أرلين", "بكسلي", "كورفين", "داليا", "إدريس", "فينا", "غالين", "هسبر", "إيفو", "يورون", "كاسيا", "لوركان", "ميريلا", "نادر", "أورلا", "بيترا"}
var familyAr = []string{"فانتور", "كويلان", "أوزريك", "ماروود", "تاليس", "برين", "كاستيل", "دنمور", "إلسينغ", "فارو", "غريف", "هولم"}

// Generate returns a normalised graph of n entities in the given shape;
// the same arguments give the same graph.
func Generate(shape Shape, n int, seed uint64) *graph.KG {
	b := &builder{g: &graph.KG{Docs: []graph.DocInfo{{ID: "gen-1.txt", Lang: "en"}, {ID: "gen-2.txt", Lang: "ar"}}},
		r: rand.New(rand.NewPCG(seed, uint64(len(shape)))), seen: map[string]bool{}}
	switch shape {
	case Star:
		for i := 0; i < n; i++ {
			b.entity(graph.EntityTypes[(i+1)%6], i)
		}
		for i := 1; i < n; i++ {
			b.fact(i, graph.MeetsWith, 0)
		}
	case Chain:
		for i := 0; i < n; i++ {
			b.entity(graph.Person, i)
		}
		for i := 1; i < n; i++ {
			b.fact(i-1, graph.Advises, i)
		}
	case Clusters:
		for i := 0; i < n; i++ {
			b.entity(graph.EntityTypes[i%6], i)
		}
		for i := 0; i < n; i++ {
			base := i - i%8
			for j := i + 1; j < min(base+8, n); j++ {
				if b.r.IntN(3) > 0 {
					b.fact(i, graph.MeetsWith, j)
				}
			}
			if i%8 == 0 && i >= 8 {
				b.fact(i, graph.MemberOf, b.r.IntN(i))
			}
		}
	case Random:
		b.random(n, n*3/2)
	case Sparse:
		b.random(n, n)
	case Dense:
		b.random(n, n*3)
	case PowerLaw:
		b.powerLaw(n)
	case Core:
		b.core(n)
	case Events:
		b.events(n)
	default:
		panic("diagramtest: unknown shape " + string(shape))
	}
	b.g.Normalize()
	return b.g
}

type builder struct {
	g    *graph.KG
	r    *rand.Rand
	seen map[string]bool
}

// random adds n entities and tries m facts between random pairs; every
// tenth entity stays unconnected.
func (b *builder) random(n, m int) {
	for i := 0; i < n; i++ {
		b.entity(graph.EntityTypes[i%7], i)
	}
	for k := 0; k < m && n > 1; k++ {
		s, o := b.r.IntN(n), b.r.IntN(n)
		if s%10 == 9 || o%10 == 9 {
			continue
		}
		b.fact(s, graph.Predicates[k%len(graph.Predicates)], o)
	}
}

// powerLaw adds n entities one by one, each with one to three facts to
// earlier ones chosen in proportion to the facts they already have, as
// the people and places of a news feed gather facts.
func (b *builder) powerLaw(n int) {
	var ends []int // an entity once per fact it is in, and once for itself
	for i := 0; i < n; i++ {
		b.entity(graph.EntityTypes[i%7], i)
		for k := 0; k < 1+b.r.IntN(3) && i > 0; k++ {
			o := ends[b.r.IntN(len(ends))]
			if o == i {
				continue
			}
			b.fact(i, graph.Predicates[(i+k)%len(graph.Predicates)], o)
			ends = append(ends, o, i)
		}
		ends = append(ends, i)
	}
}

// core adds n entities: the first eighth linked pairwise at random (a
// third of the pairs), every other one linked to one or two of them and
// now and then to another outside the core.
func (b *builder) core(n int) {
	c := max(2, n/8)
	for i := 0; i < n; i++ {
		b.entity(graph.EntityTypes[i%7], i)
	}
	for i := 0; i < min(c, n); i++ {
		for j := i + 1; j < min(c, n); j++ {
			if b.r.IntN(3) == 0 {
				b.fact(i, graph.Predicates[(i+j)%len(graph.Predicates)], j)
			}
		}
	}
	for i := c; i < n; i++ {
		for k := 0; k < 1+b.r.IntN(2); k++ {
			b.fact(i, graph.Predicates[(i+k)%len(graph.Predicates)], b.r.IntN(c))
		}
		if b.r.IntN(4) == 0 {
			b.fact(i, graph.MeetsWith, c+b.r.IntN(n-c))
		}
	}
}

// entity adds entity number i of type t.
func (b *builder) entity(t graph.EntityType, i int) *graph.Entity {
	var en, ar string
	switch t {
	case graph.Person:
		en = fmt.Sprintf("%s %s", given[i%len(given)], family[(i/len(given))%len(family)])
		ar = fmt.Sprintf("%s %s", givenAr[i%len(givenAr)], familyAr[(i/len(givenAr))%len(familyAr)])
		if i >= len(given)*len(family) {
			en += fmt.Sprintf(" %d", i)
			ar += fmt.Sprintf(" %d", i)
		}
	case graph.Event:
		en, ar = "talks", "محادثات"
	case graph.Delegation:
		en, ar = fmt.Sprintf("Delegation %d", i), fmt.Sprintf("الوفد %d", i)
	default:
		en, ar = fmt.Sprintf("%s %s %d", t, family[i%len(family)], i), fmt.Sprintf("%s %d", familyAr[i%len(familyAr)], i)
	}
	e := &graph.Entity{ID: fmt.Sprintf("%s-%05d", graph.Slug(string(t)), i), Type: t, Name: en, Mentions: 1 + i%5,
		Aliases: []graph.Alias{{Text: en, Lang: "en", Count: 2}, {Text: ar, Lang: "ar", Count: 1}},
		Docs:    []string{"gen-1.txt"}}
	if t == graph.Event && i%3 != 0 {
		e.Date = fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
	}
	b.g.Entities = append(b.g.Entities, e)
	return e
}

// fact adds a fact between entities number s and o.
func (b *builder) fact(s int, p graph.Predicate, o int) {
	b.factID(b.g.Entities[s].ID, p, b.g.Entities[o].ID)
}

func (b *builder) factID(s string, p graph.Predicate, o string) {
	role := ""
	if p == graph.HoldsPosition {
		role = []string{"foreign minister", "envoy", "adviser", "spokesperson"}[b.r.IntN(4)]
	}
	id := graph.FactID(s, p, o, role)
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	b.g.Facts = append(b.g.Facts, &graph.Fact{ID: id, Subject: s, Predicate: p, Object: o, Role: role,
		Confidence: 0.5 + float64(b.r.IntN(50))/100,
		Evidence:   []graph.Evidence{{Doc: "gen-1.txt", Text: "A made-up sentence.", End: 19, Extractor: "gen", Rule: "gen", Confidence: 0.5}}})
}

// events fills n entities as news does: countries and cities, then
// meetings held in a city, each with a delegation per side that
// represents its country and has two or three members, who also hold a
// position; a few meetings repeat between the same people.
func (b *builder) events(n int) {
	i := 0
	add := func(t graph.EntityType) *graph.Entity {
		if i >= n {
			return nil
		}
		e := b.entity(t, i)
		i++
		return e
	}
	var countries, cities []*graph.Entity
	for k := 0; k < max(1, n/25); k++ {
		if c := add(graph.Country); c != nil {
			countries = append(countries, c)
		}
		if c := add(graph.City); c != nil {
			cities = append(cities, c)
			b.factID(c.ID, graph.LocatedIn, countries[len(countries)-1].ID)
		}
	}
	var people []*graph.Entity
	for i < n {
		ev := add(graph.Event)
		if ev == nil {
			break
		}
		if len(cities) > 0 && b.r.IntN(4) > 0 {
			b.factID(ev.ID, graph.HeldIn, cities[b.r.IntN(len(cities))].ID)
		}
		for side := 0; side < 2; side++ {
			country := countries[b.r.IntN(len(countries))]
			d := add(graph.Delegation)
			if d == nil {
				break
			}
			b.factID(d.ID, graph.Represents, country.ID)
			b.factID(d.ID, graph.ParticipatesIn, ev.ID)
			for m := 0; m < 2+b.r.IntN(2); m++ {
				var p *graph.Entity
				if len(people) > 4 && b.r.IntN(4) == 0 {
					p = people[b.r.IntN(len(people))] // a known face at another meeting
				} else if p = add(graph.Person); p == nil {
					break
				} else {
					people = append(people, p)
					b.factID(p.ID, graph.HoldsPosition, country.ID)
				}
				pred := graph.MemberOf
				if m == 0 {
					pred = graph.Leads
				}
				b.factID(p.ID, pred, d.ID)
				b.factID(p.ID, graph.ParticipatesIn, ev.ID)
			}
		}
		if len(people) > 2 && b.r.IntN(3) == 0 {
			x, y := people[b.r.IntN(len(people))], people[b.r.IntN(len(people))]
			if x != y {
				b.factID(x.ID, graph.MeetsWith, y.ID)
			}
		}
		if b.r.IntN(6) == 0 {
			add(graph.Organization) // mentioned, nothing known about it
		}
	}
}
