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
	linkEvents([][]graph.Mention{ms}, [][]graph.Relation{rels}, published)
}

// linkEvents is LinkEvents over a corpus held in parts (one per
// document): the mentions are the parts of ms in order, the relations
// those of rels, and the keys are rewritten in place in each part, so
// that the corpus is never copied into one list.
func linkEvents(ms [][]graph.Mention, rels [][]graph.Relation, published map[string]string) {
	var l EventLinker
	note := func(m graph.Mention) bool {
		if m.Type != graph.Event || m.Key == "" {
			return false
		}
		l.Event(m.Doc, m.Key, m.Place, m.Date)
		return true
	}
	for _, part := range ms {
		for _, m := range part {
			note(m)
		}
	}
	for _, part := range rels {
		for _, r := range part {
			note(r.Subject)
			if note(r.Object) && r.Predicate == graph.ParticipatesIn && r.Subject.Type != graph.Delegation {
				l.Party(r.Object.Key, partyKey(r.Subject))
			}
			if r.Predicate == graph.ParticipatesIn && r.Subject.Type == graph.Delegation && r.Subject.Country != "" {
				l.Delegation(r.Subject.Key, r.Subject.Country, r.Object.Key)
			}
		}
	}
	newKey, delegKey := l.Link(published)
	if len(newKey) == 0 {
		return
	}
	rekey := func(m *graph.Mention) {
		if k, ok := newKey[m.Key]; ok && m.Type == graph.Event {
			m.Key = k
		}
		if k, ok := delegKey[m.Key]; ok && m.Type == graph.Delegation {
			m.Key = k
		}
	}
	for _, part := range ms {
		for i := range part {
			rekey(&part[i])
		}
	}
	for _, part := range rels {
		for i := range part {
			rekey(&part[i].Subject)
			rekey(&part[i].Object)
		}
	}
}

// EventLinker is event linking (LinkEvents) over what it reads of a
// corpus, given as it goes instead of as mentions and relations: each
// event (Event), the parties taking part in it (Party), and the
// delegations taking part (Delegation), in the corpus's order. A build
// gives each document's once its extraction is done, and holds no
// mention or relation for linking. The zero value is ready.
type EventLinker struct {
	events map[string]*linkEvent
	order  []string
	delegs []delegLink
}

// linkEvent is an event as linking sees it: its key, the place and
// document it was first given with, its earliest date and its parties.
type linkEvent struct {
	key, place, date, doc string
	parties               map[string]bool
	when                  time.Time // the date, else the publication
	dated                 bool
}

// delegLink is a delegation's part in an event.
type delegLink struct{ key, country, event string }

// Event notes an event mention of document doc: its key, the place it
// was held in and its date ("" where not given).
func (l *EventLinker) Event(doc, key, place, date string) {
	if l.events == nil {
		l.events = map[string]*linkEvent{}
	}
	e := l.events[key]
	if e == nil {
		e = &linkEvent{key: key, doc: doc, place: place, parties: map[string]bool{}}
		l.events[key] = e
		l.order = append(l.order, key)
	}
	if date != "" && (e.date == "" || date < e.date) {
		e.date = date
	}
}

// Party notes a party (PartyKey of the mention of who takes part, not a
// delegation) of the event noted under key.
func (l *EventLinker) Party(event, party string) {
	if e := l.events[event]; e != nil {
		e.parties[party] = true
	}
}

// Delegation notes that the delegation with key, representing country,
// takes part in the event with key event.
func (l *EventLinker) Delegation(key, country, event string) {
	l.delegs = append(l.delegs, delegLink{key, country, event})
}

// PartyKey is what tells the parties of two events apart, for
// EventLinker.Party.
func PartyKey(m graph.Mention) string { return partyKey(m) }

// Link links the events noted and returns the key each event and
// delegation linked takes (by the key it had; nil maps when none is
// linked). published maps a document id to its publication date.
func (l *EventLinker) Link(published map[string]string) (events, delegations map[string]string) {
	order := l.order
	sort.Strings(order)
	// group by place, then link the events of different articles whose
	// dates agree and that share a party
	groups := map[string][]*linkEvent{}
	var gkeys []string
	for _, k := range order {
		e := l.events[k]
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
		byParty := map[string][]*linkEvent{}
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
			newKey[k] = "event|" + l.events[k].place + "|" + find(k)
		}
	}
	if len(newKey) == 0 {
		return nil, nil
	}
	// delegations follow their events
	delegKey := map[string]string{}
	for _, d := range l.delegs {
		if g, ok := newKey[d.event]; ok {
			delegKey[d.key] = "delegation|" + d.country + "|" + g
		}
	}
	return newKey, delegKey
}
