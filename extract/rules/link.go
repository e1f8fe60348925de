package rules

import (
	"sort"
	"time"

	"newskg/graph"
)

// linkWindow is how far apart two reports of one event may be: the
// days between an event's date (or, without one, its article's
// publication) and the other's.
const linkWindow = 3

// LinkEvents gives one key to the events of different articles that are
// one real event: the same place (the country it was held in), dates
// that agree — the same date, or, for an event the text does not date,
// publications within a few days of each other or of the other's date —
// and at least one party in common. Delegations that took part in
// linked events are linked too (one delegation per country per event).
// Events with neither a date nor a publication date stay within their
// article: place and parties alone do not tell two rounds of talks in one
// capital apart. published maps a document id to its publication date
// (may be nil). It rewrites the keys in place.
func LinkEvents(ms []graph.Mention, rels []graph.Relation, published map[string]string) {
	type ev struct {
		key, place, date, doc string
		parties               map[string]bool
		when                  time.Time // the date, else the publication
		dated                 bool
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
	// group by place, then link the events of different articles whose
	// dates agree and that share a party
	groups := map[string][]*ev{}
	var gkeys []string
	for _, k := range order {
		e := events[k]
		if e.place == "" {
			continue
		}
		if t, ok := parsePublished(e.date); ok {
			e.when, e.dated = t, true
		} else if t, ok := parsePublished(published[e.doc]); ok {
			e.when = t
		} else {
			continue
		}
		if groups[e.place] == nil {
			gkeys = append(gkeys, e.place)
		}
		groups[e.place] = append(groups[e.place], e)
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		return k
	}
	for _, g := range gkeys {
		es := groups[g]
		sort.SliceStable(es, func(i, j int) bool { return es[i].when.Before(es[j].when) })
		// Two events are linked only when they share a party, so only
		// the events of one party are paired, in time order: not every
		// pair of a place's events. The links found are the same (a
		// pair sharing several parties is found again, which changes
		// nothing), and so are the groups: each is named by its least
		// key, whatever the order of the links.
		byParty := map[string][]*ev{}
		var parties []string
		for _, e := range es {
			for p := range e.parties {
				if p == "" {
					continue
				}
				if byParty[p] == nil {
					parties = append(parties, p)
				}
				byParty[p] = append(byParty[p], e)
			}
		}
		sort.Strings(parties)
		for _, p := range parties {
			es := byParty[p]
			for i := 0; i < len(es); i++ {
				for j := i + 1; j < len(es) && es[j].when.Sub(es[i].when) <= linkWindow*24*time.Hour; j++ {
					a, b := es[i], es[j]
					if a.doc == b.doc {
						continue
					}
					// two dates must be the same day
					if a.dated && b.dated && !a.when.Equal(b.when) {
						continue
					}
					ra, rb := find(a.key), find(b.key)
					if ra != rb {
						if rb < ra {
							ra, rb = rb, ra
						}
						parent[rb] = ra
						parent[ra] = ra
					}
				}
			}
		}
	}
	newKey := map[string]string{}
	for _, k := range order {
		if _, ok := parent[k]; ok {
			newKey[k] = "event|" + events[k].place + "|" + find(k)
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
