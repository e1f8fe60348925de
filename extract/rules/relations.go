package rules

import (
	"context"

	"regexp"
	"strings"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// Relations finds the ontology's relations between the mentions of a
// document with patterns over a sentence's items: mentions, titles,
// nationality adjectives, event words and delegation words. It also
// creates the Delegation and Event mentions those patterns need, with
// keys that group them within the document.
type Relations struct{ lx *lexicon }

// NewRelations returns the relation extractor.
func NewRelations(k *kb.KB) *Relations { return &Relations{lx: newLexicon(k)} }

func (*Relations) Name() string { return "relations" }

type kind int

const (
	kTok kind = iota
	kEnt
	kDem
	kRole
	kHon
	kEvent
	kDeleg
)

// item is a unit of a sentence for the patterns.
type item struct {
	k          kind
	i, j       int // token span
	start, end int // byte span
	m          graph.Mention
	country    *kb.Entry // kDem: the country of the adjective
	role       role
	conj       bool // the item's word carries the conjunction «و»
	pron       bool // a pronoun or bare title resolved to an earlier person
	ev         eventKind
	text, key  string
}

func (it item) is(t graph.EntityType) bool { return it.k == kEnt && it.m.Type == t }
func (it item) isAgent() bool {
	return it.k == kEnt && (it.m.Type == graph.Person || it.m.Type == graph.Country) || it.k == kDeleg
}
func (it item) isBody() bool {
	return it.k == kEnt && (it.m.Type == graph.Country || it.m.Type == graph.Organization)
}
func (it item) isPlace() bool { return it.k == kEnt && it.m.Type.Location() }
func (it item) word(ws ...string) bool {
	if it.k != kTok {
		return false
	}
	for _, w := range ws {
		if it.key == w {
			return true
		}
	}
	return false
}
func (it item) punct() bool { return it.k == kTok && it.key == "" }
func (it item) comma() bool { return it.k == kTok && (it.text == "," || it.text == "،") }

// docState carries what the patterns learn over a document.
type docState struct {
	d       *extract.Document
	lx      *lexicon
	res     extract.Result
	events  []*eventRef
	delegs  map[string]*graph.Mention // country name -> first delegation mention
	main    *eventRef
	leaders []leader // who leads which delegation, for "X accompanied Y"
	// coreference: the last person named, and the last one with each title
	lastPerson *graph.Mention
	byRole     map[string]graph.Mention
}

// eventRef is an event mention whose key is decided at the end of the
// document; relations that name it are patched then.
type eventRef struct {
	m        graph.Mention
	key      string // a place, a round or a year: what tells events apart
	call     bool
	rels     []int // indexes in res.Relations where it is subject or object
	subject  []bool
	sentence int
	parties  []string // its own parties ("between X and Y"), which tell it apart
}

func (x *Relations) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	st := &docState{d: d, lx: x.lx, delegs: map[string]*graph.Mention{}}
	for si, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		items := x.items(d, s)
		st.corefer(items)
		st.sentence(si, items)
		st.remember(items)
	}
	st.finish()
	return st.res, nil
}

// items turns a sentence into items.
func (x *Relations) items(d *extract.Document, s extract.Sentence) []item {
	toks := tokenize(d.Text, s.Start, s.End)
	var out []item
	mi := 0
	ms := d.Mentions
	for mi < len(ms) && ms[mi].End <= s.Start {
		mi++
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		for mi < len(ms) && ms[mi].End <= t.start {
			mi++
		}
		if mi < len(ms) && ms[mi].Start < t.end && ms[mi].Start >= t.start {
			m := ms[mi]
			j := i
			for j < len(toks) && toks[j].start < m.End {
				j++
			}
			out = append(out, item{k: kEnt, i: i, j: j, start: m.Start, end: m.End, m: m, text: m.Text,
				conj: m.Start > t.start && strings.HasPrefix(t.text, "و")})
			i = j
			continue
		}
		if n, prefix, v := x.lx.roles.match(toks, i); n > 0 {
			out = append(out, item{k: kRole, i: i, j: i + n, start: t.start + prefix, end: toks[i+n-1].end, role: v.(role), text: d.Text[t.start+prefix : toks[i+n-1].end],
				conj: prefix > 0 && strings.HasPrefix(t.text, "و")})
			i += n
			continue
		}
		if n, _, _ := x.lx.honorifics.match(toks, i); n > 0 {
			if i+n < len(toks) && toks[i+n].text == "." {
				n++ // "Mr." is one item
			}
			out = append(out, item{k: kHon, i: i, j: i + n, start: t.start, end: toks[i+n-1].end})
			i += n
			continue
		}
		if n, prefix, v := x.lx.events.match(toks, i); n > 0 {
			out = append(out, item{k: kEvent, i: i, j: i + n, start: t.start + prefix, end: toks[i+n-1].end, ev: v.(eventKind), text: d.Text[t.start+prefix : toks[i+n-1].end]})
			i += n
			continue
		}
		if n, prefix, _ := x.lx.delegation.match(toks, i); n > 0 {
			out = append(out, item{k: kDeleg, i: i, j: i + n, start: t.start + prefix, end: toks[i+n-1].end, text: d.Text[t.start+prefix : toks[i+n-1].end]})
			i += n
			continue
		}
		if n, prefix, v := x.lx.demonyms.match(toks, i); n > 0 {
			out = append(out, item{k: kDem, i: i, j: i + n, start: t.start + prefix, end: toks[i+n-1].end, country: v.(*kb.Entry), text: d.Text[t.start+prefix : toks[i+n-1].end],
				conj: prefix > 0 && strings.HasPrefix(t.text, "و")})
			i += n
			continue
		}
		it := item{k: kTok, i: i, j: i + 1, start: t.start, end: t.end, text: t.text}
		if !t.punct {
			it.key = t.key
			// «وقال» -> «قال»: keep the stem of a conjunction
			if len(t.stems) > 1 && t.text[0:len("و")] == "و" {
				it.key = t.stems[len(t.stems)-1].key
				for _, st := range t.stems {
					if st.prefix == len("و") {
						it.key = st.key
					}
				}
			}
		}
		out = append(out, it)
		i++
	}
	return out
}

// remember notes the persons a sentence names, and their titles, for the
// coreference of later sentences.
func (st *docState) remember(its []item) {
	if st.byRole == nil {
		st.byRole = map[string]graph.Mention{}
	}
	for k, it := range its {
		if !it.is(graph.Person) || it.pron {
			continue // a resolved pronoun is no new antecedent
		}
		m := it.m
		st.lastPerson = &m
		// the title right before the name, or in apposition after it
		for _, j := range []int{k - 1, k - 2, k + 1, k + 2} {
			if j >= 0 && j < len(its) && its[j].k == kRole {
				for _, w := range strings.Fields(its[j].role.en) {
					st.byRole[w] = m
				}
				st.byRole[its[j].role.en] = m
				break
			}
		}
	}
}

// corefer replaces "he", "she" and a bare title ("the envoy",
// «المبعوث») by the person they stand for: the last person named, or
// the last one seen with that title. The item keeps its own place in the
// sentence; its mention is the antecedent's, so the evidence spans both
// sentences.
func (st *docState) corefer(its []item) {
	last := st.lastPerson
	for k, it := range its {
		switch {
		case it.is(graph.Person):
			m := it.m
			last = &m // the nearest person before a pronoun, in this sentence first
		case it.k == kTok && (it.key == "he" || it.key == "she") && last != nil:
			its[k] = item{k: kEnt, i: it.i, j: it.j, start: it.start, end: it.end, m: *last, text: it.text, pron: true}
		case it.k == kRole && !it.role.head && (k > 0 && its[k-1].word("the") || strings.HasPrefix(it.text, "ال")) && !titleOfNext(its, k) &&
			!(k+1 < len(its) && (its[k+1].k == kDem || its[k+1].isBody())):
			// a bare title ("the envoy"), not a qualified one ("the
			// American president" names someone else)
			if m, ok := st.byRole[it.role.en]; ok {
				its[k] = item{k: kEnt, i: it.i, j: it.j, start: it.start, end: it.end, m: m, text: it.text, pron: true}
			}
		}
	}
}

// titleOfNext reports whether the title at its[k] belongs to a name after
// it (past adjectives, bodies and a comma) or before it (apposition).
func titleOfNext(its []item, k int) bool {
	if k > 0 && its[k-1].is(graph.Person) || k > 1 && its[k-1].comma() && its[k-2].is(graph.Person) {
		return true
	}
	for j := k + 1; j < len(its) && j <= k+4; j++ {
		switch {
		case its[j].is(graph.Person):
			return true
		case its[j].k == kDem, its[j].isBody(), its[j].comma(), its[j].word("of", "باسم"):
		default:
			return false // another title opens another person's name
		}
	}
	return false
}

// mentionOf returns the mention an item stands for: the entity itself,
// or, for a nationality adjective, a Country mention over the adjective.
func (st *docState) mentionOf(it item) (graph.Mention, bool) {
	switch it.k {
	case kEnt:
		return it.m, true
	case kDem:
		m := st.d.Mention(it.start, it.end, graph.Country, "demonym", 0.9)
		m.Name, m.KBID = it.country.Name, it.country.ID
		return m, true
	}
	return graph.Mention{}, false
}

// countryOf returns the country an item names or implies: a country, an
// adjective, or a city or body the knowledge base places in a country.
func (st *docState) countryOf(it item) *kb.Entry {
	switch it.k {
	case kDem:
		return it.country
	case kEnt:
		if it.m.KBID == "" {
			return nil
		}
		for _, e := range st.lx.kb.Lookup(it.m.Text) {
			if e.ID != it.m.KBID {
				continue
			}
			if e.Type == graph.Country {
				return e
			}
			if e.Country != "" {
				return st.lx.kb.Country(e.Country)
			}
		}
	}
	return nil
}

func (st *docState) rel(si int, s, o graph.Mention, p graph.Predicate, role, phrase, rule string, conf float64) int {
	r := st.d.Relation(s, p, o, role, phrase, "rules", rule, conf)
	st.res.Relations = append(st.res.Relations, r)
	return len(st.res.Relations) - 1
}

// usRoles are the titles the United States gives its ministers.
var usRoles = map[string]string{"foreign minister": "secretary of state", "defense minister": "defense secretary", "defence minister": "defense secretary"}

// roleFor renders a title for a body: the generic head title is
// "president" of a country and "head" of anything else; American
// ministers are secretaries.
func roleFor(r role, body graph.Mention) string {
	en := r.en
	if r.head {
		if body.Type == graph.Country {
			en = "president"
		} else {
			en = "head"
		}
	}
	if body.Type == graph.Country && body.Name == "United States" {
		if u, ok := usRoles[en]; ok {
			en = u
		}
	}
	return en
}

var yearRe = regexp.MustCompile(`\b(19|20)\d\d\b`)

// sentence applies the patterns to one sentence.
func (st *docState) sentence(si int, its []item) {
	st.positions(si, its)
	st.advises(si, its)
	st.locations(si, its)
	st.delegations(si, its)
	st.accompanied(si, its)
	st.eventsIn(si, its)
}

// positions: holdsPosition from a title before a name (with the body
// before or after the title), from a title in apposition after a name,
// from a possessive title chain («مبعوث الرئيس الأمريكي دونالد ترامب ستيف
// ويتكوف»: the envoy of the American president), and, for a second
// titled person coordinated with a first («وزير الخارجية السعودي فيصل بن
// فرحان ومستشار الأمن القومي ...»), the first one's country.
func (st *docState) positions(si int, its []item) {
	var lastCountry *item // the country body of the last titled person
	lastEnd := -1
	for pi, p := range its {
		if !p.is(graph.Person) || p.pron {
			continue
		}
		// title before the name: [body|adj]* TITLE [body|adj|باسم|of]* ,? NAME
		k := pi - 1
		if k >= 0 && its[k].comma() {
			k--
		}
		rk := -1
		var bodies []int
		possessor := false
		for ; k >= 0 && k >= pi-8; k-- {
			it := its[k]
			switch {
			case it.k == kRole:
				if rk < 0 || possessor {
					rk = k
				}
				continue
			case it.k == kDem || it.isBody():
				bodies = append(bodies, k)
				continue
			case it.is(graph.Person) && k == pi-1 && rk < 0:
				possessor = true // "envoy of President X, Y": X owns the title
				continue
			case it.word("باسم", "of", "the", "في", "at", "for", "to", "in", "اناذاك", "انذاك", "السابق", "then", "former"):
				continue
			case it.k == kHon:
				continue
			}
			break
		}
		if rk >= 0 {
			r := its[rk]
			// the body: the first one after the title, else the nearest before it
			bi := -1
			for _, b := range bodies {
				if b > rk && (bi < 0 || b < bi) {
					bi = b
				}
			}
			if bi < 0 {
				for _, b := range bodies {
					if b < rk && b > bi {
						bi = b
					}
				}
			}
			if bi >= 0 {
				if bm, ok := st.mentionOf(its[bi]); ok {
					st.rel(si, p.m, bm, graph.HoldsPosition, roleFor(r.role, bm), r.text, "title-before-name", 0.85)
					if bm.Type == graph.Country {
						cp := its[bi]
						lastCountry, lastEnd = &cp, pi
					}
					continue
				}
			}
			// a coordinated second title inherits the first one's country
			if lastCountry != nil && rk > lastEnd && rk-lastEnd <= 2 && (r.conj || its[lastEnd+1].word("and", "و") || its[lastEnd+1].comma()) {
				if bm, ok := st.mentionOf(*lastCountry); ok {
					st.rel(si, p.m, bm, graph.HoldsPosition, roleFor(r.role, bm), r.text, "coordinated-title", 0.6)
					lastEnd = pi
				}
				continue
			}
		}
		// title in apposition after the name: NAME , (the|a) [adj]* TITLE [of|at|in|to] [the] BODY
		if pi+1 < len(its) && its[pi+1].comma() {
			var r2 *item
			var body2 *item
			words := 0 // plain words before the title: "a senior", not "according to the"
			for k := pi + 2; k < len(its) && k <= pi+12; k++ {
				it := its[k]
				if it.k == kTok && !it.punct() && r2 == nil {
					if words++; words > 2 {
						break
					}
				}
				if it.k == kRole {
					if r2 == nil || len(it.text) > len(r2.text) {
						cp := it
						r2 = &cp
					}
					continue
				}
				if it.k == kDem || it.isBody() {
					if body2 == nil {
						cp := it
						body2 = &cp
					}
					if r2 != nil {
						break
					}
					continue
				}
				if it.punct() || it.is(graph.Person) || it.k == kEvent {
					break
				}
			}
			if r2 != nil && body2 != nil && !followedByPerson(its, pi+2) {
				if bm, ok := st.mentionOf(*body2); ok {
					st.rel(si, p.m, bm, graph.HoldsPosition, roleFor(r2.role, bm), r2.text, "name-comma-title", 0.8)
				}
			}
		} else if pi+1 < len(its) && its[pi+1].k == kRole && !its[pi+1].conj && its[pi+1].role.en != "adviser" && its[pi+1].role.en != "aide" {
			// Arabic: NAME TITLE باسم BODY («ديمتري بيسكوف المتحدث باسم الكرملين»),
			// unless the title opens the next person's name
			r2 := its[pi+1]
			for k := pi + 2; k < len(its) && k <= pi+4; k++ {
				if its[k].k == kDem || its[k].isBody() {
					if followedByPerson(its, k+1) {
						break
					}
					if bm, ok := st.mentionOf(its[k]); ok {
						st.rel(si, p.m, bm, graph.HoldsPosition, roleFor(r2.role, bm), r2.text, "name-title", 0.75)
					}
					break
				}
				if !its[k].word("باسم", "of", "the", "في") {
					break
				}
			}
		}
	}
}

// followedByPerson reports whether a person comes at its[k] (past a comma
// or a title): the title before it is that person's.
func followedByPerson(its []item, k int) bool {
	for end := k + 3; k < len(its) && k < end; k++ {
		if its[k].is(graph.Person) {
			return true
		}
		if !(its[k].comma() || its[k].k == kDem || its[k].k == kRole || its[k].isBody()) {
			return false
		}
	}
	return false
}

// advises: "X, adviser to Y", «مستشار ... في Y X», «X ، مساعد Y», "Y's aide X".
func (st *docState) advises(si int, its []item) {
	isAdv := func(it item) bool {
		return it.k == kRole && (strings.Contains(it.role.en, "adviser") || strings.Contains(it.role.en, "aide") || strings.Contains(it.role.en, "advisor"))
	}
	for ai, a := range its {
		if !isAdv(a) {
			continue
		}
		// the adviser's principal: the first person after the title
		// (past "to", «في», «ل», adjectives and bodies)
		var principal *item
		var pk int
		for k := ai + 1; k < len(its) && k <= ai+5; k++ {
			if its[k].is(graph.Person) {
				cp := its[k]
				principal, pk = &cp, k
				break
			}
			if its[k].punct() && !its[k].comma() {
				break
			}
		}
		if principal == nil {
			continue
		}
		// the adviser: a person before "," + title, or right after the principal
		var adviser *item
		b := ai - 1
		for b >= 0 && b >= ai-4 && its[b].k == kTok && !its[b].punct() {
			b-- // "a", "the", "senior", "military"
		}
		if b >= 1 && its[b].comma() && its[b-1].is(graph.Person) {
			cp := its[b-1]
			adviser = &cp
		} else if pk+1 < len(its) && its[pk+1].is(graph.Person) {
			cp := its[pk+1]
			adviser = &cp
		} else if pk+2 < len(its) && its[pk+1].comma() && its[pk+2].is(graph.Person) {
			cp := its[pk+2]
			adviser = &cp
		}
		if adviser != nil && adviser.m.Text != principal.m.Text {
			st.rel(si, adviser.m, principal.m, graph.Advises, "", "", "adviser-to", 0.8)
		}
	}
}

// locations: "Riyadh, the Saudi capital", "X, COUNTRY", "X in COUNTRY",
// "ADJ territory, including X".
func (st *docState) locations(si int, its []item) {
	for i, a := range its {
		if !(a.is(graph.City) || a.is(graph.Place)) {
			continue
		}
		// X , (the)? ADJ capital | X , COUNTRY
		if i+1 < len(its) && its[i+1].comma() {
			for k := i + 2; k < len(its) && k <= i+4; k++ {
				it := its[k]
				if it.is(graph.Country) || it.k == kDem && k+1 < len(its) && its[k+1].word("capital", "عاصمه", "city") {
					if cm, ok := st.mentionOf(it); ok {
						st.rel(si, a.m, cm, graph.LocatedIn, "", "", "apposition", 0.85)
					}
					break
				}
				if !it.word("the", "a", "عاصمه", "capital") {
					break
				}
			}
		}
		// X in (the capital of)? COUNTRY
		for k := i + 1; k < len(its) && k <= i+4; k++ {
			it := its[k]
			if it.is(graph.Country) && its[k-1].word("in", "في", "of", "عاصمه") {
				if c := st.countryOf(a); c != nil && c.Name != it.m.Name {
					break // the base places this city elsewhere: "Moscow's war in Ukraine"
				}
				if cm, ok := st.mentionOf(it); ok && a.m.Type != graph.Country {
					st.rel(si, a.m, cm, graph.LocatedIn, "", "", "in-country", 0.7)
				}
				break
			}
			if !it.word("in", "في", "the", "capital", "عاصمه", "of") {
				break
			}
		}
	}
	// ADJ territory, including X (and Y)
	for i, a := range its {
		if a.k != kDem || i+1 >= len(its) || !its[i+1].word("territory", "territories", "lands", "الاراضي", "اراضي") {
			continue
		}
		cm, _ := st.mentionOf(a)
		for k := i + 2; k < len(its) && k <= i+14; k++ {
			if its[k].is(graph.Place) || its[k].is(graph.City) {
				st.rel(si, its[k].m, cm, graph.LocatedIn, "", "", "territory-including", 0.7)
			}
			if its[k].punct() && !its[k].comma() {
				break
			}
		}
	}
}
