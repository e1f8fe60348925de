package rules

import (
	"sort"

	"newskg/graph"
)

// LinkEvents gives one key to the events of different articles that are
// one real event: the same place, the same date, and at least one party
// in common. Delegations that took part in linked events are linked too
// (one delegation per country per event). Events without a known date
// stay within their article: place and parties alone do not tell two
// rounds of talks in one capital apart. It rewrites the keys in place.
func LinkEvents(ms []graph.Mention, rels []graph.Relation) {
	type ev struct {
		key, place, date, doc string
		parties               map[string]bool
	}
	events := map[string]*ev{}
	var order []string
	note := func(m graph.Mention) *ev {
		if m.Type != graph.Event || m.Key == "" {
			return nil
		}
		e := events[m.Key]
		if e == nil {
			e = &ev{key: m.Key, doc: m.Doc, place: m.Place, parties: map[string]bool{}}
			events[m.Key] = e
			order = append(order, m.Key)
		}
		if m.Date != "" && (e.date == "" || m.Date < e.date) {
			e.date = m.Date
		}
		return e
	}
	for _, m := range ms {
		note(m)
	}
	for _, r := range rels {
		note(r.Subject)
		if e := note(r.Object); e != nil && r.Predicate == graph.ParticipatesIn && r.Subject.Type != graph.Delegation {
			e.parties[partyKey(r.Subject)] = true
		}
	}
	sort.Strings(order)
	// group by place and date, then link events of different articles
	// that share a party
	groups := map[string][]*ev{}
	var gkeys []string
	for _, k := range order {
		e := events[k]
		if e.place == "" || e.date == "" {
			continue
		}
		g := e.place + "|" + e.date
		if groups[g] == nil {
			gkeys = append(gkeys, g)
		}
		groups[g] = append(groups[g], e)
	}
	newKey := map[string]string{}
	for _, g := range gkeys {
		es := groups[g]
		for i := 0; i < len(es); i++ {
			for j := i + 1; j < len(es); j++ {
				if es[i].doc == es[j].doc || !overlap(es[i].parties, es[j].parties) {
					continue
				}
				global := "event|" + g
				newKey[es[i].key], newKey[es[j].key] = global, global
			}
		}
	}
	if len(newKey) == 0 {
		return
	}
	// delegations follow their events
	delegKey := map[string]string{}
	for _, r := range rels {
		if r.Predicate == graph.ParticipatesIn && r.Subject.Type == graph.Delegation && r.Subject.Country != "" {
			if g, ok := newKey[r.Object.Key]; ok {
				delegKey[r.Subject.Key] = "delegation|" + r.Subject.Country + "|" + g
			}
		}
	}
	rekey := func(m *graph.Mention) {
		if k, ok := newKey[m.Key]; ok && m.Type == graph.Event {
			m.Key = k
		}
		if k, ok := delegKey[m.Key]; ok && m.Type == graph.Delegation {
			m.Key = k
		}
	}
	for i := range ms {
		rekey(&ms[i])
	}
	for i := range rels {
		rekey(&rels[i].Subject)
		rekey(&rels[i].Object)
	}
}

func overlap(a, b map[string]bool) bool {
	for k := range a {
		if k != "" && b[k] {
			return true
		}
	}
	return false
}
