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
		e.Mentions += int(f.n)
		agg := st.aggOf(f)
		for _, d := range agg.docs {
			docs[d] = true
		}
		for d, n := range agg.dates {
			dates[d] += n
		}
		for _, r := range agg.roles {
			roles[r] = true
		}
		for _, x := range agg.aliases {
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
			f.agg, f.aggAt = nil, 0 // read once, and only here
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
//
// It goes over the relations twice, so that what finds a relation's
// fact and what holds the facts' evidence are never in memory together
// (at 30,000 articles both were most of a build's peak): the first pass
// gives each relation its fact (a map of the facts' ends, predicate and
// role, let go as soon as it is done) and counts the facts' roles; the
// second reads the evidence, document by document, into one slab in
// which each fact has its segment, sized by the first pass, and drops
// repeats within the segment. The facts themselves are made in one
// slab too. The order of facts and of each fact's evidence is the order
// in which the relations first give them, as before.
func (st *state) facts(g *graph.KG) {
	// form -> entity
	ent := make([]*graph.Entity, len(st.forms))
	for _, c := range st.lastClusters {
		for _, fi := range c.forms {
			ent[fi] = c.entity
		}
	}
	ends := func(ri int) (s, o *graph.Entity) {
		if a := st.relAt[ri][0]; a >= 0 {
			s = ent[a]
		}
		if b := st.relAt[ri][1]; b >= 0 {
			o = ent[b]
		}
		return s, o
	}
	keys, names, factOf, roles := st.factKeys(ends)
	ent = nil
	if st.once { // the entities of the clusters are all the facts read of them now
		st.lastClusters = nil
	}
	if st.once { // what the first pass read goes before the evidence comes
		st.rels, st.relAt, st.relStrs = nil, nil, strTable{}
	}
	ev, at, ok := st.factEvidence(factOf, len(keys))
	if !ok {
		return
	}
	factOf = nil
	if st.once {
		st.relFrom = nil
	}
	// each fact on its own, on every core, in order
	slab := make([]graph.Fact, len(keys))
	made := make([]*graph.Fact, len(keys))
	parallel(len(keys), 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			k := &keys[i]
			f := &slab[i]
			pred := graph.Predicate(names.str(k.p))
			*f = graph.Fact{Subject: k.s.ID, Predicate: pred, Object: k.o.ID, Evidence: ev[at[i]:at[i+1]:at[i+1]]}
			if r := roles[i]; r != nil {
				f.Role = r.roles.mostFrequent()
				if f.Role != "" {
					f.RolePhrase = r.phrasesOf(f.Role).mostFrequent()
				}
			}
			f.ID = graph.FactID(k.s.ID, pred, k.o.ID, f.Role)
			f.Confidence = graph.CombineConfidence(f.Evidence)
			made[i] = f
		}
	})
	keys, roles = nil, nil
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

// factKey is a fact: its ends by entity (one id each), predicate and
// role (a holdsPosition fact's only: a different role is a different
// position), these two by their places in a table of the facts' names
// (24 bytes a fact instead of 48: at 30,000 articles the keys are held
// while the facts' evidence is read, the peak of the build).
type factKey struct {
	s, o    *graph.Entity
	p, role int32
}

// factRoles are the roles the relations of one fact give, with the
// phrases of each (a fact has one role or a few: a list, not a map).
type factRoles struct {
	roles   counts
	phrases []rolePhrases
}

// rolePhrases are the phrases relations give one role of a fact.
type rolePhrases struct {
	role string
	c    counts
}

// phrasesOf returns the phrases of the role.
func (a *factRoles) phrasesOf(role string) counts {
	for i := range a.phrases {
		if a.phrases[i].role == role {
			return a.phrases[i].c
		}
	}
	return nil
}

// addPhrase counts a phrase of the role.
func (a *factRoles) addPhrase(role, phrase string) {
	for i := range a.phrases {
		if a.phrases[i].role == role {
			a.phrases[i].c.add(phrase)
			return
		}
	}
	a.phrases = append(a.phrases, rolePhrases{role: role})
	a.phrases[len(a.phrases)-1].c.add(phrase)
}

// factOf's sign bit: the relation's ends are the fact's the other way
// round (a symmetric predicate's ends go in id order).
const factSwapped = -1 << 31

// factKeys is facts' first pass: the facts in the order the relations
// first give them (their predicates and roles in names), and for each
// relation its fact (-1: none; with factSwapped when its ends are
// swapped), and each fact's roles (nil: none).
func (st *state) factKeys(ends func(ri int) (s, o *graph.Entity)) (keys []factKey, names strTable, factOf []int32, roles []*factRoles) {
	rel := func(ri int) (graph.Predicate, string) {
		r := &st.rels[ri]
		return graph.Predicate(st.relStrs.str(r.pred)), st.relStrs.str(r.role)
	}
	roleOf := specificRolesAt(len(st.rels), rel, ends)
	at := map[factKey]int32{}
	factOf = make([]int32, len(st.rels))
	for ri := range st.rels {
		s, o := ends(ri)
		if s == nil || o == nil || s == o {
			factOf[ri] = -1 // a self-loop made by merging says nothing
			continue
		}
		pred, role := rel(ri)
		if pred == graph.HoldsPosition {
			role = roleOf(s.ID, o.ID, role)
		}
		swapped := pred.Symmetric() && o.ID < s.ID
		if swapped {
			s, o = o, s
		}
		k := factKey{s: s, o: o, p: names.of(string(pred))}
		if pred == graph.HoldsPosition {
			k.role = names.of(role)
		}
		i, ok := at[k]
		if !ok {
			i = int32(len(keys))
			at[k] = i
			keys = append(keys, k)
			roles = append(roles, nil)
		}
		factOf[ri] = i
		if swapped {
			factOf[ri] |= factSwapped
		}
		if role == "" {
			continue
		}
		a := roles[i]
		if a == nil {
			a = &factRoles{}
			roles[i] = a
		}
		a.roles.add(role)
		if phrase := st.relStrs.str(st.rels[ri].phrase); phrase != "" {
			a.addPhrase(role, phrase)
		}
	}
	// the keys and roles in slices of their size, not of the last growth's
	return slices.Clone(keys), names, factOf, slices.Clone(roles)
}

// factEvidence is facts' second pass: the evidence of the n facts the
// relations give (factOf, from factKeys), in one slab ev where fact i's
// is ev[at[i]:at[i+1]], each piece once, in the order the relations
// give it. ok is false when the spill failed (st.err).
func (st *state) factEvidence(factOf []int32, n int) (ev []graph.Evidence, at []int, ok bool) {
	// each fact's segment holds every piece its relations give; repeats
	// leave its end unused
	at = make([]int, n+1)
	for _, i := range factOf {
		if i != -1 {
			at[i&^factSwapped+1]++
		}
	}
	for i := 1; i <= n; i++ {
		at[i] += at[i-1]
	}
	ev = make([]graph.Evidence, at[n])
	got := make([]int32, n)                     // pieces in each segment so far
	seen := map[int32]map[graph.Evidence]bool{} // of a fact with many pieces
	// the evidence of the spilled document whose relations are being
	// read (a build's relations of one document come together)
	evDoc, evs := -1, []graph.Evidence(nil)
	for ri, fi := range factOf {
		if fi == -1 {
			continue
		}
		var e graph.Evidence
		if d := st.docs[st.relFrom[ri][0]]; d.spill == nil {
			e = d.evs[st.relFrom[ri][1]].evidence()
		} else {
			if di := int(st.relFrom[ri][0]); di != evDoc {
				var err error
				if evs, err = d.evidence(); err != nil {
					st.err = err
					return nil, nil, false
				}
				evDoc = di
			}
			e = evs[st.relFrom[ri][1]]
		}
		if fi&factSwapped != 0 {
			fi &^= factSwapped
			e.SubjectStart, e.ObjectStart = e.ObjectStart, e.SubjectStart
			e.SubjectEnd, e.ObjectEnd = e.ObjectEnd, e.SubjectEnd
		}
		seg := ev[at[fi] : at[fi]+int(got[fi])]
		if m := seen[fi]; m != nil {
			if m[e] {
				continue
			}
			m[e] = true
		} else {
			if slices.Contains(seg, e) {
				continue
			}
			if len(seg) == factSeenAfter {
				m := make(map[graph.Evidence]bool, 2*len(seg)+2)
				for _, x := range seg {
					m[x] = true
				}
				m[e] = true
				seen[fi] = m
			}
		}
		ev[at[fi]+int(got[fi])] = e
		got[fi]++
	}
	// close the gaps the repeats left, so that the segments are packed
	// (and at gives each fact's pieces exactly)
	w := 0
	for i := 0; i < n; i++ {
		from := at[i]
		at[i] = w
		w += copy(ev[w:], ev[from:from+int(got[i])])
	}
	at[n] = w
	clear(ev[w:])
	return ev[:w:w], at, true
}

// specificRoles returns a function that maps a role a person holds in a
// body to the most specific role of the same position the relations give
// him there: "minister" and "foreign minister" of one country are one
// position, "secretary" and "secretary of state" too.
func specificRoles(rels []graph.Relation, ent func(graph.Mention) *graph.Entity) func(s, o, role string) string {
	return specificRolesAt(len(rels), func(i int) (graph.Predicate, string) { return rels[i].Predicate, rels[i].Role },
		func(i int) (*graph.Entity, *graph.Entity) { return ent(rels[i].Subject), ent(rels[i].Object) })
}

// specificRolesAt is specificRoles for n relations, the i-th of which
// has the predicate and role rel gives and the entities ends gives.
func specificRolesAt(n int, rel func(i int) (graph.Predicate, string), ends func(i int) (s, o *graph.Entity)) func(s, o, role string) string {
	type pair struct{ s, o string }
	roles := map[pair][]string{}
	for i := 0; i < n; i++ {
		pred, role := rel(i)
		if pred != graph.HoldsPosition || role == "" {
			continue
		}
		s, o := ends(i)
		if s == nil || o == nil {
			continue
		}
		k := pair{s.ID, o.ID}
		if !contains(roles[k], role) {
			roles[k] = append(roles[k], role)
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
