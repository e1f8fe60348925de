package resolve

import (
	"slices"
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
		for _, x := range f.texts {
			counts[x.s] += x.n
		}
		for _, x := range f.names {
			names[x.s] += x.n
		}
	}
	if len(names) > 0 {
		return mostFrequent(names), nil, false
	}
	if st.forms[c.forms[0]].group {
		return st.forms[c.forms[0]].firstText, nil, false
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

// factSeenAfter is the number of pieces of evidence of one fact past
// which facts finds repeats by a set rather than a scan.
const factSeenAfter = 16

// build turns clusters into entities, without ids (see assignIDs). The
// clusters are independent: they are built on every core, each into its
// own slot, and listed in cluster order.
func (st *state) build(clusters []*cluster) *graph.KG {
	g := &graph.KG{Entities: make([]*graph.Entity, len(clusters))}
	st.lastClusters = clusters
	parallel(len(clusters), 256, func(lo, hi int) {
		for i, c := range clusters[lo:hi] {
			c.entity = st.entityOf(c)
			g.Entities[lo+i] = c.entity
		}
	})
	return g
}

// entityOf makes the entity of one cluster.
func (st *state) entityOf(c *cluster) *graph.Entity {
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
		e.Mentions += f.n
		for _, d := range f.agg.docs {
			docs[d] = true
		}
		for d, n := range f.agg.dates {
			dates[d] += n
		}
		for _, r := range f.agg.roles {
			roles[r] = true
		}
		for _, x := range f.agg.aliases {
			k := [2]string{x.lang, x.text}
			a := aliases[k]
			if a == nil {
				a = &graph.Alias{Text: x.text, Lang: x.lang}
				aliases[k] = a
				akeys = append(akeys, k)
			}
			a.Count += x.count
			a.Docs = append(a.Docs, x.docs...) // duplicates go below
		}
		if st.once {
			f.agg = nil // read once, and only here
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
		a.Docs = sortedUnique(a.Docs)
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
	return e
}

// sortedUnique sorts xs and drops repeats, in place: a form's
// documents are gathered mention by mention, so that an alias of a
// cluster with forms from many documents costs n log n, not n².
func sortedUnique(xs []string) []string {
	if sort.StringsAreSorted(xs) {
		return slices.Compact(xs)
	}
	sort.Strings(xs)
	return slices.Compact(xs)
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

// facts turns mention-level relations into facts between entities.
func (st *state) facts(g *graph.KG) {
	// form -> entity
	ent := make([]*graph.Entity, len(st.forms))
	for _, c := range st.lastClusters {
		for _, fi := range c.forms {
			ent[fi] = c.entity
		}
	}
	// a fact: its ends by entity (one id each), predicate and role
	type fk struct {
		s, o *graph.Entity
		p    graph.Predicate
		role string
	}
	type acc struct {
		k       fk
		roles   counts
		phrases map[string]counts // by role
		ev      []graph.Evidence
		seen    map[graph.Evidence]bool // the evidence in ev, once ev is long (most facts have a few: a map each was most of this step's memory)
	}
	// fresh reports whether ev is not in a.ev yet.
	fresh := func(a *acc, ev *graph.Evidence) bool {
		if a.seen != nil {
			return !a.seen[*ev]
		}
		for i := range a.ev {
			if a.ev[i] == *ev {
				return false
			}
		}
		return true
	}
	facts := map[fk]int32{} // -> its place in accs
	var accs []acc
	ends := func(ri int) (s, o *graph.Entity) {
		if a := st.relAt[ri][0]; a >= 0 {
			s = ent[a]
		}
		if b := st.relAt[ri][1]; b >= 0 {
			o = ent[b]
		}
		return s, o
	}
	roleOf := specificRolesAt(st.rels, ends)
	// the evidence of the spilled document whose relations are being
	// read (a build's relations of one document come together)
	evDoc, evs := -1, []graph.Evidence(nil)
	for ri := range st.rels {
		r := &st.rels[ri]
		s, o := ends(ri)
		if s == nil || o == nil || s == o {
			continue // a self-loop made by merging says nothing
		}
		var ev graph.Evidence
		if d := st.docs[st.relFrom[ri][0]]; d.spill == nil {
			ev = d.evs[st.relFrom[ri][1]].evidence()
		} else {
			if di := int(st.relFrom[ri][0]); di != evDoc {
				var err error
				if evs, err = d.evidence(); err != nil {
					st.err = err
					return
				}
				evDoc = di
			}
			ev = evs[st.relFrom[ri][1]]
		}
		role := r.role
		if r.pred == graph.HoldsPosition {
			role = roleOf(s.ID, o.ID, role)
		}
		if r.pred.Symmetric() && o.ID < s.ID {
			s, o = o, s
			ev.SubjectStart, ev.ObjectStart = ev.ObjectStart, ev.SubjectStart
			ev.SubjectEnd, ev.ObjectEnd = ev.ObjectEnd, ev.SubjectEnd
		}
		k := fk{s: s, o: o, p: r.pred}
		if r.pred == graph.HoldsPosition {
			k.role = role // a different role is a different position
		}
		at, ok := facts[k]
		if !ok {
			at = int32(len(accs))
			facts[k] = at
			accs = append(accs, acc{k: k})
		}
		a := &accs[at]
		if role != "" {
			a.roles.add(role)
			if r.phrase != "" {
				if a.phrases == nil {
					a.phrases = map[string]counts{}
				}
				c := a.phrases[role]
				c.add(r.phrase)
				a.phrases[role] = c
			}
		}
		if fresh(a, &ev) {
			a.ev = append(a.ev, ev)
			if a.seen != nil {
				a.seen[ev] = true
			} else if len(a.ev) > factSeenAfter {
				a.seen = make(map[graph.Evidence]bool, 2*len(a.ev))
				for _, e := range a.ev {
					a.seen[e] = true
				}
			}
		}
	}
	// each fact on its own, on every core, in order
	facts = nil
	if st.once { // the relations are read: let them go before the facts are made
		st.rels, st.relAt, st.relFrom = nil, nil, nil
	}
	made := make([]*graph.Fact, len(accs))
	parallel(len(accs), 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			a := &accs[i]
			k := a.k
			role := a.roles.mostFrequent()
			f := &graph.Fact{Subject: k.s.ID, Predicate: k.p, Object: k.o.ID, Role: role, Evidence: a.ev}
			if role != "" {
				f.RolePhrase = a.phrases[role].mostFrequent()
			}
			f.ID = graph.FactID(k.s.ID, k.p, k.o.ID, role)
			f.Confidence = graph.CombineConfidence(a.ev)
			made[i] = f
		}
	})
	g.Facts = append(g.Facts, made...)
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
	in := make([]relFact, len(rels))
	for i, r := range rels {
		in[i] = relFact{pred: r.Predicate, role: r.Role}
	}
	return specificRolesAt(in, func(i int) (*graph.Entity, *graph.Entity) { return ent(rels[i].Subject), ent(rels[i].Object) })
}

// specificRolesAt is specificRoles with the entities of the ends of the
// i-th relation given by ends.
func specificRolesAt(rels []relFact, ends func(i int) (s, o *graph.Entity)) func(s, o, role string) string {
	type pair struct{ s, o string }
	roles := map[pair][]string{}
	for i := range rels {
		r := &rels[i]
		if r.pred != graph.HoldsPosition || r.role == "" {
			continue
		}
		s, o := ends(i)
		if s == nil || o == nil {
			continue
		}
		k := pair{s.ID, o.ID}
		if !contains(roles[k], r.role) {
			roles[k] = append(roles[k], r.role)
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
