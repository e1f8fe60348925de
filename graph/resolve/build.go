package resolve

import (
	"sort"
	"strings"

	"newskg/graph"
)

// canonical chooses the entity name: the KB entry's name when linked;
// for delegations and events the extractor's Name; for a person the
// name most consistent with all its forms (personName), romanised when
// the person is only seen in Arabic (romanized is then true); else the
// most frequent well-formed Latin name; else the most frequent form.
func (st *state) canonical(c *cluster) (name string, sameAs []string, romanized bool) {
	for _, fi := range c.forms {
		if e := st.forms[fi].entry; e != nil {
			return e.Name, e.SameAs(), false
		}
	}
	counts := map[string]int{}
	names := map[string]int{}
	for _, fi := range c.forms {
		f := st.forms[fi]
		for t, n := range f.texts {
			counts[t] += n
		}
		for t, n := range f.names {
			names[t] += n
		}
	}
	if len(names) > 0 {
		return mostFrequent(names), nil, false
	}
	if st.forms[c.forms[0]].group {
		return st.ms[st.forms[c.forms[0]].mentions[0]].Text, nil, false
	}
	person := st.forms[c.forms[0]].typ == graph.Person
	if person {
		if n, rom := personName(counts); n != "" {
			return n, nil, rom
		}
	}
	best, bscore := "", -1
	for _, t := range sortedKeys(counts) {
		score := counts[t]
		if wellFormedLatin(t) {
			score += 1 << 20
		} else if strings.ContainsFunc(t, func(r rune) bool { return r < 128 }) && !strings.ContainsFunc(t, func(r rune) bool { return r >= 0x600 && r <= 0x6FF }) {
			score += 1 << 18
		}
		if score > bscore {
			best, bscore = t, score
		}
	}
	return best, nil, false
}

// build turns clusters into entities, without ids (see assignIDs).
func (st *state) build(clusters []*cluster) *graph.KG {
	g := &graph.KG{}
	st.lastClusters = clusters
	for _, c := range clusters {
		name, same, rom := st.canonical(c)
		e := &graph.Entity{Type: c.typ, Name: name, SameAs: same, Romanized: rom}
		// Type of the cluster is its root's (all agree, save analysts'
		// forced merges, where the first form wins).
		aliases := map[[2]string]*graph.Alias{}
		var akeys [][2]string
		docs := map[string]bool{}
		roles := map[string]bool{}
		dates := map[string]int{}
		for _, fi := range c.forms {
			f := st.forms[fi]
			for _, mi := range f.mentions {
				m := st.ms[mi]
				text := m.Text
				if !f.group {
					text = cleanTyped(m.Text, m.Type)
				}
				lang := f.lang
				if l := scriptOf(text); l != "" {
					lang = l
				}
				docs[m.Doc] = true
				if m.Date != "" {
					dates[m.Date]++
				}
				e.Mentions++
				if m.Adjectival() {
					continue // "Russian" stands for Russia but is not its name
				}
				k := [2]string{lang, text}
				a := aliases[k]
				if a == nil {
					a = &graph.Alias{Text: text, Lang: lang}
					aliases[k] = a
					akeys = append(akeys, k)
				}
				a.Count++
				if len(a.Docs) == 0 || a.Docs[len(a.Docs)-1] != m.Doc {
					a.Docs = appendUnique(a.Docs, m.Doc)
				}
				if m.Role != "" {
					roles[m.Role] = true
				}
			}
		}
		// an event's date: the one its mentions give most often, the
		// earliest on a tie
		for d, n := range dates {
			if e.Date == "" || n > dates[e.Date] || n == dates[e.Date] && d < e.Date {
				e.Date = d
			}
		}
		for _, k := range akeys {
			a := aliases[k]
			sort.Strings(a.Docs)
			e.Aliases = append(e.Aliases, *a)
		}
		e.Docs = sortedKeys(docs)
		e.Roles = sortedKeys(roles)
		for _, m := range c.merges {
			e.Merges = append(e.Merges, graph.Merge{
				Form:  st.forms[m.form].text(),
				Into:  st.forms[m.into].text(),
				Rule:  m.rule,
				Key:   m.key,
				Score: m.score,
			})
		}
		e.Merges = dedupeMerges(e.Merges)
		c.entity = e
		g.Entities = append(g.Entities, e)
	}
	return g
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func dedupeMerges(ms []graph.Merge) []graph.Merge {
	seen := map[graph.Merge]bool{}
	var out []graph.Merge
	for _, m := range ms {
		k := m
		k.Score = 0
		if seen[k] || m.Form == m.Into && m.Rule == RuleExactKey {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Form != out[j].Form {
			return out[i].Form < out[j].Form
		}
		if out[i].Into != out[j].Into {
			return out[i].Into < out[j].Into
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}

func scriptOf(s string) string {
	for _, r := range s {
		if r >= 0x600 && r <= 0x6FF {
			return "ar"
		}
	}
	for _, r := range s {
		if r < 0x250 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0) {
			return "en"
		}
	}
	return ""
}

// entityOf returns the entity a mention was resolved to.
func (st *state) entityOf(m graph.Mention, ent []*graph.Entity) *graph.Entity {
	i, ok := st.span[mkey{m.Doc, m.Start, m.End, m.Type, m.Key}]
	if !ok {
		return nil
	}
	return ent[st.formOf[i]]
}

// facts turns mention-level relations into facts between entities.
func (st *state) facts(g *graph.KG, rels []graph.Relation) {
	// form -> entity
	ent := make([]*graph.Entity, len(st.forms))
	for _, c := range st.lastClusters {
		for _, fi := range c.forms {
			ent[fi] = c.entity
		}
	}
	type fk struct {
		s, o string
		p    graph.Predicate
		role string
	}
	type acc struct {
		roles   map[string]int
		phrases map[string]map[string]int
		ev      []graph.Evidence
		seen    map[graph.Evidence]bool
	}
	facts := map[fk]*acc{}
	var order []fk
	roleOf := specificRoles(rels, func(m graph.Mention) *graph.Entity { return st.entityOf(m, ent) })
	for _, r := range rels {
		s, o := st.entityOf(r.Subject, ent), st.entityOf(r.Object, ent)
		if s == nil || o == nil || s == o {
			continue // a self-loop made by merging says nothing
		}
		if r.Predicate == graph.HoldsPosition {
			r.Role = roleOf(s.ID, o.ID, r.Role)
		}
		ev := r.Evidence
		if r.Predicate.Symmetric() && o.ID < s.ID {
			s, o = o, s
			ev.SubjectStart, ev.ObjectStart = ev.ObjectStart, ev.SubjectStart
			ev.SubjectEnd, ev.ObjectEnd = ev.ObjectEnd, ev.SubjectEnd
		}
		k := fk{s: s.ID, o: o.ID, p: r.Predicate}
		if r.Predicate == graph.HoldsPosition {
			k.role = r.Role // a different role is a different position
		}
		a := facts[k]
		if a == nil {
			a = &acc{roles: map[string]int{}, phrases: map[string]map[string]int{}, seen: map[graph.Evidence]bool{}}
			facts[k] = a
			order = append(order, k)
		}
		if r.Role != "" {
			a.roles[r.Role]++
			if a.phrases[r.Role] == nil {
				a.phrases[r.Role] = map[string]int{}
			}
			if r.RolePhrase != "" {
				a.phrases[r.Role][r.RolePhrase]++
			}
		}
		if !a.seen[ev] {
			a.seen[ev] = true
			a.ev = append(a.ev, ev)
		}
	}
	for _, k := range order {
		a := facts[k]
		role := mostFrequent(a.roles)
		f := &graph.Fact{Subject: k.s, Predicate: k.p, Object: k.o, Role: role, Evidence: a.ev}
		if role != "" {
			f.RolePhrase = mostFrequent(a.phrases[role])
		}
		f.ID = graph.FactID(k.s, k.p, k.o, role)
		f.Confidence = graph.CombineConfidence(a.ev)
		g.Facts = append(g.Facts, f)
	}
	// Roles of holdsPosition facts are roles of their subject too.
	for _, f := range g.Facts {
		if f.Role == "" {
			continue
		}
		if e := g.Entity(f.Subject); e != nil && !contains(e.Roles, f.Role) {
			e.Roles = append(e.Roles, f.Role)
		}
	}
}

// specificRoles returns a function that maps a role a person holds in a
// body to the most specific role of the same position the relations give
// him there: "minister" and "foreign minister" of one country are one
// position, "secretary" and "secretary of state" too.
func specificRoles(rels []graph.Relation, ent func(graph.Mention) *graph.Entity) func(s, o, role string) string {
	type pair struct{ s, o string }
	roles := map[pair][]string{}
	for _, r := range rels {
		if r.Predicate != graph.HoldsPosition || r.Role == "" {
			continue
		}
		s, o := ent(r.Subject), ent(r.Object)
		if s == nil || o == nil {
			continue
		}
		k := pair{s.ID, o.ID}
		if !contains(roles[k], r.Role) {
			roles[k] = append(roles[k], r.Role)
		}
	}
	within := func(a, b string) bool { // every word of a is in b
		bw := strings.Fields(b)
		for _, w := range strings.Fields(a) {
			if !contains(bw, w) {
				return false
			}
		}
		return true
	}
	return func(s, o, role string) string {
		best := role
		for _, r := range roles[pair{s, o}] {
			if r != best && within(best, r) && (len(strings.Fields(r)) > len(strings.Fields(best)) || len(strings.Fields(r)) == len(strings.Fields(best)) && r < best) {
				best = r
			}
		}
		return best
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
