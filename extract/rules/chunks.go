package rules

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"newskg/extract/rules/pattern"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

type chunkKind int

const (
	chPerson chunkKind = iota // a person with titles: "German Foreign Minister X"
	chRole                    // a title standing for its body: "Russia's foreign minister"
	chDeleg                   // a delegation: "the Russian delegation"
	chEvent                   // an event phrase: "the NATO summit"
	chPair                    // two parties named before: "the two ministers", «الجانبان»
)

var chunkKinds = map[string]chunkKind{"person": chPerson, "role": chRole, "delegation": chDeleg, "event": chEvent, "pair": chPair}

// chunk is a noun phrase the chunk stage made into one item.
type chunk struct {
	kind   chunkKind
	rule   *pattern.Rule
	parts  []item
	person item    // chPerson: the name
	titles []title // chPerson: its titles, each with its body
	bodies []item  // chRole: the bodies the title stands for
	role   role    // chRole: the title
	delegs []graph.Mention
	ev     *evRef // chEvent
	past   bool   // chPerson: the title is no longer held ("former")
}

// title is one title of a person with the body it belongs to.
type title struct {
	role role
	text string
	body *item
	more []*item // bodies coordinated with body: "envoy of the UN and the AU"
	at   item    // the title's first item, for evidence offsets
	// within: the body is joined by "in" or "at" («المدير العام في
	// وزارة الخارجية», "a director at the ministry"): a post inside it,
	// whose holder the title does not make its head
	within bool
}

func (c *chunk) tags() []string {
	switch c.kind {
	case chPerson:
		t := append([]string{"NP"}, c.person.tags...)
		for _, ti := range c.titles {
			t = append(t, "TITLED")
			t = append(t, roleClasses(ti.role.en)...)
			if ti.body == nil && len(roleClasses(ti.role.en)) > 0 && roleClasses(ti.role.en)[0] == "ROLE_ADV" {
				t = append(t, "ADV")
			}
			if ti.body == nil && ti.role.head {
				t = append(t, "HEAD") // "X, head of the delegation": of no body of its own
			}
			if ti.body != nil && ti.body.k == kEnt && ti.body.m.Type == graph.Organization {
				t = append(t, "ORG_TITLED") // "X, head of the Y committee": a body's office
			}
		}
		if last := c.parts[len(c.parts)-1]; last.poss {
			t = append(t, "POSS")
		}
		if c.parts[0].word("his", "her") || len(c.titles) > 0 && arabicOwnTitle(c.titles[0].text) {
			t = append(t, "OWN") // "her national security adviser, X", «مستشاره X»: the title of one named before
		}
		return t
	case chRole:
		t := []string{"RNP", "AGENT"}
		if len(c.bodies) > 1 {
			t = append(t, "PLURAL")
		}
		return append(t, roleClasses(c.role.en)...)
	case chDeleg:
		return []string{"DNP", "DLG", "AGENT"}
	case chPair:
		return []string{"PAIR", "AGENT", "PLURAL"}
	case chEvent:
		t := []string{"ENP", "EVT", eventTag[c.ev.kind]}
		if c.ev.kind != evCall {
			t = append(t, "EVT_MEET")
		}
		if c.ev.named != "" {
			t = append(t, "NAMED")
		}
		return t
	}
	return nil
}

// dualTitles (names.tsv dual-title) are the stems of Arabic titles whose
// plural is broken («وزراء», «رؤساء»), so that their form in «ين» or «ان»
// with the article («الوزيرين», «الرئيسان») is a dual and names two
// persons; a sound plural in «ين» of other titles («المستشارين»,
// «المسؤولين») names a group.
var dualTitles = wordSet("names.tsv", "dual-title", "ar")

// arabicDual reports an Arabic title in the dual with the article.
func arabicDual(text string) bool {
	k := textnorm.Key(text)
	k = strings.TrimPrefix(strings.TrimPrefix(k, "و"), "ب")
	k, ok := strings.CutPrefix(k, textnorm.Key("ال"))
	if !ok {
		return false
	}
	for _, suf := range []string{textnorm.Key("ين"), textnorm.Key("ان")} {
		if st, ok := strings.CutSuffix(k, suf); ok && dualTitles[st] {
			return true
		}
	}
	return false
}

// principalNamed reports a person chunk whose name follows a title that
// ends in «باسم» ("on behalf of") at once: «المتحدثة باسم X» is X's
// spokeswoman, someone else, not X.
func principalNamed(m pattern.Match, its []item) bool {
	n, ok := m.Cap("n")
	if !ok || n.Start == 0 {
		return false
	}
	t := its[n.Start-1]
	return t.k == kRole && strings.HasSuffix(textnorm.Key(t.text), "باسم")
}

// sharedTitle reports a person chunk that opens with a title in the dual
// or plural and whose name is the first of several: «وزيرا الخارجية
// المصري والأردني X و Y», "foreign ministers Jordanian X and Egyptian
// Y": the title is shared by the names, each with its own body, not all
// of it X's (the role chunk and the names are paired in turn by a skip
// rule with titles=respectively). Only where the bodies are coordinated.
func sharedTitle(m pattern.Match, its []item) bool {
	n, ok := m.Cap("n")
	if !ok || its[m.Start].k != kRole || !its[m.Start].role.plural {
		return false
	}
	// the bodies are coordinated: one for each name («للرئيسين X و Y»,
	// with no body, gives X the title as before)
	coord := false
	for _, it := range its[m.Start:n.Start] {
		coord = coord || hasTag(it.tags, "CONJ")
	}
	if !coord {
		return false
	}
	k := n.End
	if k < len(its) && hasTag(its[k].tags, "COMMA") {
		k++
	}
	if k >= len(its) || !hasTag(its[k].tags, "CONJ") {
		return false
	}
	for k++; k < len(its) && hasTag(its[k].tags, "HON"); k++ {
	}
	return k < len(its) && its[k].isPerson()
}

// chunks runs a chunk stage ("phrase", then "chunk") over a sentence and
// returns its items with every accepted chunk made one item. Overlapping
// matches are settled leftmost first, then longest, then in rule order.
func (st *docState) chunks(si int, g *pattern.Grammar, stage string, its []item) []item {
	enc := g.Encode(tagLists(its))
	type cand struct {
		m     pattern.Match
		order int
	}
	var cs []cand
	// tails: where an apposition cut short at its closing comma leaves
	// words the first matching passed over («X، سفير …، وزير الداخلية
	// Y»: the title and name after the comma); they are matched again
	tails := map[int]bool{}
	for pass, from := 0, []int{0}; len(from) > 0; pass++ {
		at := from[0]
		from = from[1:]
		e := enc
		if at > 0 {
			e = g.Encode(tagLists(its[at:]))
		}
		for ri, r := range g.Rules {
			if r.Attr("stage") != stage {
				continue
			}
			for _, m := range e.MatchRule(r) {
				m = shiftMatch(m, at)
				if r.Attr("yield") == "apposition" {
					y := yieldToApposition(m, its)
					if t := y.End + 1; y.Start == m.Start && y.End < m.End && pass == 0 && !tails[t] && t < len(its) {
						tails[t] = true
						from = append(from, t)
					}
					m = y
				}
				if n, ok := m.Cap("n"); ok && r.Attr("from") == "n" {
					// the words before the name are another's (the one who
					// appoints): the chunk is the name and what follows
					m = pattern.Match{Rule: m.Rule, Span: pattern.Span{Start: n.Start, End: m.End}, Caps: map[string][]pattern.Span{"n": {n}}}
				}
				if r.Attr("make") == "person" && (principalNamed(m, its) || sharedTitle(m, its)) {
					continue
				}
				if r.Attr("subject") == "unsaid" && !st.unsaidSubject(si, m, its) {
					continue
				}
				if r.Attr("closed") == "yes" && m.End < len(its) && !its[m.End].punct() && its[m.End].k != kConj {
					continue
				}
				if r.Attr("closed") == "comma" && !(m.End < len(its) && its[m.End].comma()) {
					continue
				}
				if r.Attr("closed") == "line" && !entryEnds(its, m.End) {
					continue
				}
				if r.Attr("closed") == "noperson" && m.End < len(its) && (its[m.End].isPerson() || hasTag(its[m.End].tags, "HON")) && !slices.ContainsFunc(its[m.Start:m.End], func(it item) bool { return hasTag(it.tags, "ROLE_PL") }) {
					// "Speaking to AP, NATO Secretary General X": a title in
					// the singular a name follows is that name's, in a chunk
					// of its own ("the Chilean and Peruvian trade ministers X
					// and Y" share theirs out)
					continue
				}
				if r.Attr("make") == "person" && appointerAfterPronoun(m, its) {
					// «عينه X رئيسا لـ …»: "X appointed him"; the office
					// after X is the one whom the pronoun names
					continue
				}
				if r.Attr("make") == "person" && appointee(m, its) {
					// «عين الرئيس التونسي السيد X وزيرا للخارجية»: the
					// title before X is the appointer's, X's is the office
					// after him
					continue
				}
				if r.Attr("closed") == "noname" && m.End < len(its) && nameNext(its[m.End]) {
					// «استقبل X نائب رئيس الوزراء وزير الخارجية Y»: titles
					// a name follows are that name's
					continue
				}
				if r.Attr("closed") == "noname" && m.End+2 < len(its) && its[m.End].comma() && (hasTag(its[m.End+1].tags, "HON") || hasTag(its[m.End+1].tags, "@style")) && hasTag(its[m.End+2].tags, "PER") &&
					!(m.End+4 < len(its) && its[m.End+3].comma() && hasTag(its[m.End+4].tags, "ROLE")) {
					// «يقوده السيد X، وزير الخارجية، السيد Y»: so too titles
					// a comma and a styled name follow, unless that name has
					// a comma and a title of its own («السيد X، وزير
					// الخارجية، السيد Y، وزير المالية»: each name its title)
					continue
				}
				order := ri
				if r.Attr("from") == "n" {
					// a rule that read the words before the name (the one
					// who appoints) knows more of it than one that reads
					// from the name on: it goes first among equal spans
					order = -1
				}
				cs = append(cs, cand{m, order})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].m, cs[j].m
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End-a.Start != b.End-b.Start {
			return a.End-a.Start > b.End-b.Start
		}
		return cs[i].order < cs[j].order
	})
	taken := make([]bool, len(its))
	var accepted []pattern.Match
	for _, c := range cs {
		free := true
		for k := c.m.Start; k < c.m.End; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.m.Start; k < c.m.End; k++ {
			taken[k] = true
		}
		accepted = append(accepted, c.m)
	}
	sort.Slice(accepted, func(i, j int) bool { return accepted[i].Start < accepted[j].Start })
	var out []item
	next := 0
	for _, m := range accepted {
		out = append(out, its[next:m.Start]...)
		if ch := st.makeChunk(si, m, its, out); ch != nil {
			st.fired(m.Rule)
			out = append(out, item{k: kChunk, start: its[m.Start].start, end: its[m.End-1].end,
				text: st.d.Text[its[m.Start].start:its[m.End-1].end], ch: ch, m: ch.person.m,
				poss: its[m.End-1].poss, pre: its[m.Start].pre})
			out[len(out)-1].tags = ch.tags()
			if lamGlued(its[m.Start].pre) {
				out[len(out)-1].tags = append(out[len(out)-1].tags, "LI") // «لنظيره X»
			}
		} else {
			out = append(out, its[m.Start:m.End]...)
		}
		next = m.End
	}
	return append(out, its[next:]...)
}

// shiftMatch moves a match made over its[at:] onto its.
func shiftMatch(m pattern.Match, at int) pattern.Match {
	if at == 0 {
		return m
	}
	caps := make(map[string][]pattern.Span, len(m.Caps))
	for k, v := range m.Caps {
		for _, sp := range v {
			caps[k] = append(caps[k], pattern.Span{Start: sp.Start + at, End: sp.End + at})
		}
	}
	return pattern.Match{Rule: m.Rule, Span: pattern.Span{Start: m.Start + at, End: m.End + at}, Caps: caps}
}

// yieldToApposition hands a name-title phrase's titles to the name
// after them: in «جلب X مستشار الكرملين ، Y» the Kremlin adviser is Y,
// not X. The match then spans the titles, the comma and Y.
func yieldToApposition(m pattern.Match, its []item) pattern.Match {
	n, ok := m.Cap("n")
	if !ok || m.End >= len(its) {
		return m
	}
	next := m.End
	if its[n.End].comma() {
		// «التقى X، سفير الكويت لدى الأردن، وزير الداخلية Y»: titles
		// between commas after a name are that name's apposition; the
		// closing comma ends them, and a second title after it is the
		// next name's
		for c := n.End + 1; c < m.End; c++ {
			if its[c].comma() {
				return pattern.Match{Rule: m.Rule, Span: pattern.Span{Start: m.Start, End: c}, Caps: map[string][]pattern.Span{"n": {n}}}
			}
		}
		if its[next].comma() {
			return m
		}
	}
	if its[next].comma() {
		next++
	}
	// «والتقى X ولي العهد الكويتي الشيخ Y», «X وزير الدفاع اللواء Y»: an
	// honorific or a rank may stand between the title and the second name
	for k := 0; k < 2 && next < len(its)-1 && its[next].k == kHon; k++ {
		next++
	}
	// «X الرئيس الروسي Y»: a title between two names is the second one's
	// (the title before the name is Arabic's usual order)
	if next >= len(its) || !its[next].is(graph.Person) {
		return m
	}
	return pattern.Match{Rule: m.Rule, Span: pattern.Span{Start: n.End, End: next + 1},
		Caps: map[string][]pattern.Span{"n": {{Start: next, End: next + 1}}}}
}

func tagLists(its []item) [][]string {
	out := make([][]string, len(its))
	for i, it := range its {
		out[i] = it.tags
	}
	return out
}

// makeChunk interprets one chunk match; before holds the items of the
// sentence already settled (for a counterpart's principal).
func (st *docState) makeChunk(si int, m pattern.Match, its, before []item) *chunk {
	k, ok := chunkKinds[m.Rule.Attr("make")]
	if !ok {
		return nil
	}
	parts := its[m.Start:m.End]
	c := &chunk{kind: k, rule: m.Rule, parts: append([]item(nil), parts...)}
	switch k {
	case chPerson:
		if last := its[m.End-1]; last.poss && last.isBody() && m.End < len(its) && !its[m.End].punct() {
			// "X, head of Israel's Shin Bet": the title is of what the
			// body owns, which the phrase leaves out
			return nil
		}
		if last := its[m.End-1]; st.d.Sentences[si].Lang == "en" && hasTag(last.tags, "DEM") && m.End < len(its) && its[m.End].k == kTok && !its[m.End].punct() && m.Rule.Attr("dem") != "after" {
			// "X, the head of the Russian space agency Roscosmos": the
			// nationality word qualifies the noun after it, whose title
			// this is, not a country's
			return nil
		}
		n, ok := m.Cap("n")
		at := n.Start
		switch {
		case ok:
			c.person = its[n.Start]
		case m.Rule.Attr("subject") == "unsaid" && st.topic != nil:
			// the person of the sentence before, standing at the verb
			c.person = item{k: kEnt, start: its[m.Start].start, end: its[m.Start].end, m: *st.topic, text: its[m.Start].text, pron: true}
			c.person.tags = st.x.tagsOf(c.person)
			at = -1
		default:
			return nil
		}
		if mc := m.Rule.Attr("member"); mc != "" {
			// "X, a member of the Political Bureau and ...": X is a member
			// of the first body the capture names
			for _, b := range capItems(m, mc, its) {
				if b.isBody() && b.is(graph.Organization) {
					st.rel(si, c.person.m, b.m, graph.MemberOf, "", "", m.Rule.Name, m.Rule.Conf)
					break
				}
			}
		}
		if pc := m.Rule.Attr("possessor"); pc != "" {
			st.possessorTitles(si, c, m, its, pc)
			return c
		}
		if m.Rule.Attr("advises") != "" {
			// «X ، مساعد Y»: X advises Y
			for _, pr := range capItems(m, m.Rule.Attr("advises"), its) {
				if pr.isPerson() && partyKey(pr.m) != partyKey(c.person.m) {
					st.rel(si, c.person.m, pr.m, graph.Advises, "", "", m.Rule.Name, m.Rule.Conf)
				}
			}
			for _, it := range parts {
				if it.k == kRole {
					c.titles = []title{{role: it.role, text: it.text, at: it}}
					break
				}
			}
			// "the adviser to Indian Prime Minister Y", «مستشار الرئيس
			// اليمني Y»: Y holds the title after the adviser's
			st.principalTitle(si, c, m, its, m.Rule.Attr("advises"))
			return c
		}
		// (t: the titles are in that part of the match alone: "X, a member
		// of the Political Bureau and Chinese foreign minister,")
		ts, te := m.Start, m.End
		if tc, ok := m.Cap("t"); ok {
			ts, te = tc.Start, tc.End
		}
		c.titles = othersTitles(singularTitles(pairTitles(its, ts, te, at)))
		if at >= 0 {
			c.titles = rankAmbassador(c.titles, its[at].start)
		}
		if m.Rule.Attr("from") == "n" {
			appointerBodies(c.titles, its, m.Start)
		}
		st.affairsTitles(c.titles, its[m.Start:m.End])
		for _, t := range c.titles {
			if t.role.en == "counterpart" {
				st.counterpart(c, before)
				break
			}
		}
		if len(c.titles) == 0 && m.Rule.Attr("untitled") != "yes" {
			return nil // (untitled=yes: the name with its country, "Azerbaijan's X")
		}
		if len(c.titles) == 0 && len(before) >= 2 && hasTag(before[len(before)-1].tags, "CONJ") && hasTag(before[len(before)-2].tags, "TITLED") {
			return nil // "Kenya's President X and Tanzania's Y": the title left out is the first's (title-elliptic)
		}
		if m.Rule.Attr("appointer") == "before" {
			appointerBody(c, before)
		} else if st.d.Sentences[si].Lang == "ar" {
			arAppointerBody(c, before)
		}
		senderBody(c, before, its[m.End:], st.d.Sentences[si].Lang == "ar")
		coordinated(c, before)
		c.past = pastTitle(c.parts) || len(before) > 0 && pastTitle(before[len(before)-1:])
		st.titled(si, c)
		if at >= 0 {
			st.noteServed(si, c, its[m.Start:m.End])
		}
	case chRole:
		ts := pairTitles(its, m.Start, m.End, -1)
		for _, it := range parts {
			// (post=bi: «سفير كندا بالجزائر», the place behind a glued «ب»
			// is where the ambassador serves, not whom he stands for)
			if it.isBody() && !(m.Rule.Attr("post") == "bi" && hasTag(it.tags, "BI")) {
				c.bodies = append(c.bodies, it)
			}
		}
		if len(c.bodies) == 0 {
			return nil
		}
		if len(ts) > 0 {
			c.role = ts[0].role // else "Russian officials": people of those bodies
		}
		if len(ts) == 1 && ts[0].body != nil && len(ts[0].more) == 0 && definiteTitle(its, m.Start, ts[0]) {
			st.titleAnaphor(si, ts[0])
		}
	case chPair:
		if last := parts[len(parts)-1]; last.k == kRole && last.role.en != "" && hasTag(last.tags, "DEF") && !arabicDual(last.text) {
			return nil // «الوزراء», «المسؤولين»: a plural, not two
		}
		if len(st.lastPair(parts[0].start, m.Rule.Attr("pair"))) != 2 {
			return nil // «التقى الوزيران»: the two named nowhere before; the words as they are
		}
	case chDeleg:
		st.delegationChunk(si, c)
		if len(c.delegs) == 0 {
			return nil
		}
	case chEvent:
		c.ev = st.eventChunk(si, c)
		if c.ev == nil {
			return nil
		}
	}
	return c
}

// rankAmbassador drops a bare ambassador's title before the name when
// an office of a body goes with the name: «السفير X المتحدث الرسمي باسم
// وزارة الخارجية», a foreign ministry's official styled by his
// diplomatic rank; "the Minister of External Relations of C, Ambassador
// X", a minister who keeps the style of his career; the office is his
// title (at: the name's offset).
func rankAmbassador(ts []title, at int) []title {
	if len(ts) < 2 {
		return ts
	}
	office := slices.ContainsFunc(ts, func(t title) bool {
		return t.body != nil && !roleIn(t.role, "ROLE_AMB")
	})
	if !office {
		return ts
	}
	return slices.DeleteFunc(ts, func(t title) bool {
		return t.at.start < at && roleIn(t.role, "ROLE_AMB") && t.role.en == "ambassador" && !strings.Contains(strings.TrimSpace(t.text), " ") && (t.body == nil || t.body.start > at)
	})
}

// othersTitles drops from a named person's titles one that a later title
// repeats with another body: «الرئيس المصري والرئيس الفلسطيني X», "the
// Egyptian president and the Palestinian President X" name two people,
// the first unnamed (one holds one country's presidency; the titles of two
// bodies, "President of Kenya and Chairman of the EAC", may be one's).
func othersTitles(ts []title) []title {
	if len(ts) < 2 {
		return ts
	}
	out := ts[:0:0]
	for i, t := range ts {
		repeated := false
		for _, u := range ts[i+1:] {
			if t.role.en != "" && u.role.en == t.role.en && countryItem(t.body) && countryItem(u.body) && textnorm.Key(t.body.text) != textnorm.Key(u.body.text) {
				repeated = true
			}
		}
		if !repeated {
			out = append(out, t)
		}
	}
	return out
}

// countryItem reports a title's body that is a country or its adjective.
func countryItem(b *item) bool {
	return b != nil && (b.k == kDem || b.is(graph.Country))
}

// singularTitles drops from a named person's titles those in the plural
// coordinated with a title of his own: «المفوضين ورئيس المفوضية X», "the
// commissioners and Commission President X" name other people.
func singularTitles(ts []title) []title {
	if !slices.ContainsFunc(ts, func(t title) bool { return !t.role.plural }) {
		return ts
	}
	return slices.DeleteFunc(ts, func(t title) bool { return t.role.plural })
}

// pairTitles reads the titles of a person phrase its[a:b] whose name is
// at its[n] (n < 0: no name) and gives each its body: the body right
// after the title ("Minister of Defence of X", «وزير الخارجية المصري»),
// else the body before the titles ("German Foreign Minister"), else the
// body after the name ("Prime Minister X of Japan"). Adjacent titles are
// one ("Deputy Spokesperson"); titles joined by "and" are two.
func pairTitles(its []item, a, b, n int) []title {
	var ts []title
	var leading, trailing []*item
	cur := -1 // index in ts of the title whose "after" bodies we collect
	prevRole := false
	var apposed []int // titles in apposition to the one before (apposedTitle)
	for k := a; k < b; k++ {
		it := &its[k]
		switch {
		case k == n:
			cur = -2
			prevRole = false
			continue
		case it.k == kRole:
			if cur >= 0 && (servesAnother(ts[cur].role) || roleIn(ts[cur].role, "ROLE_AMB")) && possessed(its, a, k) {
				// "the envoy of the UN Secretary-General", «الممثل
				// الخاص للأمين العام», "the Ambassador of the Custodian
				// of the Two Holy Mosques to X": the title he serves is
				// not his; the bodies after it stay with his own title
				prevRole = false
				continue
			}
			if prevRole && cur >= 0 && ts[cur].role.en == it.role.en && ts[cur].role.country != "" && it.role.country == "" {
				// «خادم الحرمين الشريفين الملك X»: a title that names its
				// country, then the same title without one, is one
				// office, of that country (a monarch's style and his
				// title)
				continue
			}
			if prevRole && cur >= 0 && it.m.Lang == "" && strings.HasPrefix(it.text, "ال") && completeArabicTitle(ts[cur].text) && !roleIn(it.role, "ROLE_AMB") {
				// «وشكر رئيس الوزراء الرئيس الأوغندي X»: a construct
				// chain has one head, so a definite title after a
				// complete one («رئيس الوزراء», «وزير الخارجية») starts
				// the named person's titles; those before are another's
				// (a diplomat's rank, «وزير الخارجية السفير X», is his)
				ts, leading, apposed = nil, nil, nil
				ts = append(ts, title{role: it.role, text: it.text, at: *it})
				cur = 0
				continue
			}
			if prevRole && cur >= 0 && it.m.Lang == "" && strings.HasPrefix(it.text, "ال") && !strings.HasPrefix(ts[cur].text, "ال") {
				// «مستشار الملك», «مبعوث الرئيس»: an Arabic title in
				// construct with a second one is "adviser of the king";
				// the second is the possessor's, not his
				continue
			}
			if prevRole && cur >= 0 && arabicWord(it.text) && (servesAnother(ts[cur].role) && ts[cur].role.en != "aide" && !strings.HasPrefix(ts[cur].text, "ال") || strings.HasSuffix(ts[cur].text, "باسم")) {
				// «مستشار رئيس الوزراء», «ممثل الرئيس», «المتحدث باسم
				// الأمين العام»: an adviser's, envoy's or spokesman's
				// title in construct with a second one serves its
				// holder; the second is not his ("adviser prime
				// minister" was). («مساعد وزير الخارجية» is an office
				// of its own, an assistant minister.)
				continue
			}
			if prevRole && cur >= 0 && apposedTitle(ts[cur].text, it.text) {
				// «نائب رئيس الوزراء وزير الخارجية»: an Arabic title
				// ends at its definite noun, and an indefinite one
				// after it starts a second office of the same person
				ts = append(ts, title{role: it.role, text: it.text, at: *it})
				cur = len(ts) - 1
				apposed = append(apposed, cur)
				continue
			}
			if prevRole && cur >= 0 && !arabicWord(it.text) && styleRoles[it.role.en] && officeHead(ts[cur].role.en) {
				// "Foreign Minister Senator X", "Defence Minister General
				// Y": a rank or a seat the holder keeps beside the
				// office, a second title, not one compound
				ts = append(ts, title{role: it.role, text: it.text, at: *it})
				cur = len(ts) - 1
				continue
			}
			if prevRole && cur >= 0 && it.role.en != "counterpart" && ts[cur].role.en != "counterpart" {
				// "Deputy Spokesperson": one compound title
				t := &ts[cur]
				t.role = joinRoles(t.role, it.role)
				t.text += " " + it.text
				continue
			}
			ts = append(ts, title{role: it.role, text: it.text, at: *it})
			cur = len(ts) - 1
			prevRole = true
			if cur > 0 && k > a && its[k-1].k == kConj && ts[cur-1].body == nil {
				// "the Prime Minister and Minister of Foreign Affairs of
				// Qatar": titles joined by "and" before one country share
				// it, as titles in apposition do
				apposed = append(apposed, cur)
			}
			continue
		case cur >= 0 && k > a && (its[k-1].k == kDem || its[k-1].is(graph.Country)) && titleQualifiers[it.key] != "":
			// «المبعوث الأممي الخاص»: the title's own adjective after
			// the adjective of its body («مندوب مصر الدائم»: or its
			// country's name)
			if q := titleQualifiers[it.key]; !strings.HasPrefix(ts[cur].role.en, q+" ") {
				ts[cur].role.en = q + " " + ts[cur].role.en
			}
		case it.isBody():
			switch {
			case cur == -2:
				// "Prime Minister X to the United Kingdom" (welcoming
				// him there): where he goes, unless the title sends him
				// abroad ("Ambassador X to the UN")
				if toAfterName(its, a, k) && !slices.ContainsFunc(ts, func(t title) bool { return sentAbroad(t.role) }) {
					break
				}
				trailing = append(trailing, it)
			case cur >= 0:
				// "envoy to Ukraine", "envoy for Yemen", «سفير لدى روسيا»:
				// where an envoy is sent, not whom he serves
				if sentAbroad(ts[cur].role) && sentTo(its, a, k) {
					break
				}
				// "negotiator with the rebels", "envoy with Sweden":
				// the other side of the talks, whose title it is not
				if facedWith(its, a, k) {
					break
				}
				if ts[cur].body == nil {
					ts[cur].body = it
					ts[cur].within = postWithin(its, a, k)
				} else if ts[cur].body == &its[k-1] && its[k-1].poss && its[k-1].is(graph.Country) && it.is(graph.Organization) {
					// "head of Egypt's General Intelligence Service": the
					// country owns the body the title heads
					ts[cur].body = it
				} else if k >= 2 && its[k-1].k == kConj && its[k-2].isBody() {
					ts[cur].more = append(ts[cur].more, it)
				}
			default:
				leading = append(leading, it)
			}
		}
		prevRole = false
	}
	// «رئيس الوزراء وزير الخارجية القطري»: the body after the last of
	// titles in apposition is the first's too, when it is a country («وزير
	// الدولة رئيس بعثة الشرف»: a body of the second office is not the
	// first's)
	for _, i := range slices.Backward(apposed) {
		if ts[i-1].body == nil && ts[i].body != nil && (ts[i].body.k == kDem || ts[i].body.is(graph.Country)) {
			ts[i-1].body = ts[i].body
		}
	}
	for i := range ts {
		if ts[i].body != nil {
			continue
		}
		if len(leading) > 0 {
			ts[i].body = leading[len(leading)-1]
		} else if len(trailing) > 0 {
			ts[i].body = trailing[0]
		}
	}
	return ts
}

// completeArabicTitle reports an Arabic title of two words or more whose
// last word is definite («رئيس الوزراء», «وزير الخارجية»): a construct
// chain that has ended.
func completeArabicTitle(t string) bool {
	w := strings.Fields(t)
	return len(w) >= 2 && arabicWord(w[0]) && strings.HasPrefix(w[len(w)-1], "ال")
}

// apposedTitle reports an Arabic title b right after a title a that is
// complete: a construct chain ends at its first definite noun («رئيس
// الوزراء», «وزير الخارجية»), so an indefinite noun after it cannot
// continue it and starts a title of its own («... وزير الدفاع»), where
// «نائب» or «مساعد» alone is completed by the title after it.
func apposedTitle(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) < 2 || len(bw) == 0 || !arabicWord(aw[0]) || !arabicWord(bw[0]) {
		return false
	}
	return strings.HasPrefix(aw[len(aw)-1], "ال") && !strings.HasPrefix(bw[0], "ال")
}

// arabicWord reports a word that starts with an Arabic letter.
func arabicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return textnorm.IsArabic(r)
}

// affairsKeys are «لشؤون» and «للشؤون», "for the affairs of".
var affairsKeys = []string{textnorm.Key("لشؤون"), textnorm.Key("للشؤون"), textnorm.Key("لشئون"), textnorm.Key("للشئون")}

// affairsWord gives the keys of «شؤون» "affairs" in either spelling of
// its hamza («شئون»): "-" bare, "ل" after the preposition («لشؤون»).
var affairsWord = map[string]string{
	textnorm.Key("شؤون"): "-", textnorm.Key("شئون"): "-",
	textnorm.Key("لشؤون"): "ل", textnorm.Key("لشئون"): "ل",
}

// affairsTitles names an adviser by the affairs he advises on when the
// title list knows that title: «مستشار الرئيس الأوكراني لشؤون الأمن
// القومي» is «مستشار الأمن القومي», a national security adviser;
// «مستشار رئيس الوزراء للشؤون الخارجية» is «مستشار الشؤون الخارجية».
func (st *docState) affairsTitles(ts []title, parts []item) {
titles:
	for i := range ts {
		t := &ts[i]
		if !roleIn(t.role, "ROLE_ADV") {
			continue
		}
		head := strings.Fields(t.text)
		if len(head) == 0 {
			continue
		}
		for k, it := range parts {
			if !it.word(affairsKeys...) {
				continue
			}
			var words []string
			for _, w := range parts[k+1:] {
				if w.k != kTok || w.comma() || w.punct() || len(words) == 3 {
					break
				}
				words = append(words, w.text)
			}
			for n := len(words); n > 0; n-- {
				for _, cand := range []string{head[0] + " " + strings.Join(words[:n], " "), head[0] + " الشؤون " + strings.Join(words[:n], " ")} {
					toks := tokenize(cand, 0, len(cand))
					if m, _, v := st.lx.roles.match(toks, 0); m == len(toks) {
						if r, ok := v.(role); ok && roleIn(r, "ROLE_ADV") {
							t.role.en = r.en
							continue titles
						}
					}
				}
			}
			break
		}
	}
}

// servesAnother reports titles held in the service of another office
// holder: an envoy, an adviser, a spokesman.
func servesAnother(r role) bool {
	return roleIn(r, "ROLE_ENVOY") || roleIn(r, "ROLE_ADV") || roleIn(r, "ROLE_SPOKES")
}

// possessed reports a title its[k] of a title phrase starting at its[a]
// that is the complement of the title before it: after "of", "to",
// "for" or «باسم» (then "the" and bodies: "of the UN
// Secretary-General", "spokesman for the President"), or an Arabic
// title with the preposition «ل» glued to it («للأمين العام»).
func possessed(its []item, a, k int) bool {
	if lamGlued(its[k].pre) {
		return true
	}
	j := k - 1
	for j > a && (its[j].isBody() || its[j].word("the")) {
		j--
	}
	return j > a && its[j].word("of", "to", "for", "باسم")
}

// styleRoles are the English roles a holder of an office keeps beside
// it and may be named with after it: a seat in a chamber, a rank.
var styleRoles = map[string]bool{"senator": true, "general": true, "ambassador": true, "colonel": true, "admiral": true, "judge": true}

// officeHead reports an English role that ends with the head of an
// office ("foreign minister", "secretary of state" does not: "of"
// after it), after which a second title starts a second one.
func officeHead(en string) bool {
	for _, h := range []string{"minister", "secretary", "president", "chairman", "governor", "mayor", "speaker"} {
		if en == h || strings.HasSuffix(en, " "+h) {
			return true
		}
	}
	return false
}

// roleIn reports whether a title belongs to one of the classes of
// roleClasses ("ROLE_ADV", "ROLE_ENVOY").
func roleIn(r role, class string) bool {
	for _, c := range roleClasses(r.en) {
		if c == class {
			return true
		}
	}
	return false
}

// sentAbroad reports titles of people sent to another country or body:
// their "to X" names where they go.
func sentAbroad(r role) bool {
	return roleIn(r, "ROLE_ENVOY") || roleIn(r, "ROLE_AMB")
}

// sentTo reports a body its[k] of a title phrase starting at its[a] that
// names where an envoy is sent: after "to" or "to the", «إلى», «لدى»,
// or after "for" when it is no organisation ("envoy for Yemen"; an
// "envoy for the UN refugee agency" is its envoy).
func sentTo(its []item, a, k int) bool {
	if k <= a {
		return false
	}
	p := its[k-1]
	if p.word("the") && k-1 > a {
		return its[k-2].word("to")
	}
	return p.word("to", "الي", "لدي") || p.word("for") && !its[k].is(graph.Organization)
}

// toAfterName reports a body its[k] of a title phrase starting at its[a]
// after "to" or "to the", «إلى», «لدى» (sentTo, without its "for").
func toAfterName(its []item, a, k int) bool {
	if k <= a || its[k-1].word("for") {
		return false
	}
	return sentTo(its, a, k)
}

// postWithin reports a body its[k] of a title phrase starting at its[a]
// joined to the title by "in", "at" or «في», or by the proclitic «ب»
// («المدير العام بوزارة الخارجية»): a post inside the body.
func postWithin(its []item, a, k int) bool {
	if k <= a {
		return false
	}
	return wordBeforeBody(its, a, k).word("in", "at", "within", "في", "داخل") || its[k].k == kEnt && its[k].pre == "ب"
}

// wordBeforeBody returns the item before a body its[k] of a title phrase
// starting at its[a], past an article ("with the Y": "with"); k > a.
func wordBeforeBody(its []item, a, k int) item {
	if p := its[k-1]; p.word("the") && k-1 > a {
		return its[k-2]
	}
	return its[k-1]
}

// facedWith reports a body its[k] of a title phrase starting at its[a]
// that follows "with" or "with the": the other side ("Norway's chief
// negotiator with Sweden"), not the title's body.
func facedWith(its []item, a, k int) bool {
	return k > a && wordBeforeBody(its, a, k).word("with")
}

// possessorTitles reads «مبعوث الرئيس الأمريكي دورن كيسلر», "the
// envoy of the American president Dorn, Kessler": the last title and
// the bodies are the possessor's (Dorn, president of the United
// States); the first title is the name's, of the same country.
func (st *docState) possessorTitles(si int, c *chunk, m pattern.Match, its []item, capName string) {
	sp, ok := m.Cap(capName)
	if !ok {
		return
	}
	var roles []item
	var body *item
	for k := m.Start; k < sp.Start; k++ {
		switch {
		case its[k].k == kRole:
			roles = append(roles, its[k])
		case its[k].isBody() && body == nil:
			b := its[k]
			body = &b
		}
	}
	// "Russian President Orlov's spokesman, Volkov": the name's title
	// after the possessor
	if n, ok := m.Cap("n"); ok && len(roles) > 0 {
		for k := sp.End; k < n.Start; k++ {
			if its[k].k == kRole {
				roles = []item{its[k], roles[len(roles)-1]} // the name's, the possessor's
				break
			}
		}
	}
	if len(roles) < 2 {
		return
	}
	owner := its[sp.Start]
	last := roles[len(roles)-1]
	own := &chunk{kind: chPerson, rule: c.rule, person: owner, parts: []item{owner},
		titles: []title{{role: last.role, text: last.text, body: body, at: last}}}
	st.titled(si, own)
	// "President X's national security adviser, Y": Y advises X
	if owner.isPerson() && roleIn(roles[0].role, "ROLE_ADV") && partyKey(owner.m) != partyKey(c.person.m) {
		st.rel(si, c.person.m, owner.m, graph.Advises, "", "", m.Rule.Name, m.Rule.Conf)
	}
	c.titles = []title{{role: roles[0].role, text: roles[0].text, body: body, at: roles[0]}}
	st.titled(si, c)
}

// principalTitle gives the principal of an adviser his own title and
// country, those after the adviser's title: "X, the national security
// adviser to Indian Prime Minister Y," (Y is India's prime minister),
// "senior adviser to Secretary of State Y".
func (st *docState) principalTitle(si int, c *chunk, m pattern.Match, its []item, capName string) {
	sp, ok := m.Cap(capName)
	if !ok || !its[sp.Start].isPerson() || partyKey(its[sp.Start].m) == partyKey(c.person.m) {
		return
	}
	adviser := false
	var roles []item
	var body *item
	for k := m.Start; k < sp.Start; k++ {
		it := its[k]
		switch {
		case it.k == kRole && roleIn(it.role, "ROLE_ADV"):
			adviser, roles, body = true, nil, nil
		case !adviser:
		case it.k == kRole:
			roles = append(roles, it)
		case it.isBody() && body == nil:
			b := it
			body = &b
		}
	}
	if len(roles) == 0 {
		return
	}
	last := roles[len(roles)-1]
	owner := its[sp.Start]
	st.titled(si, &chunk{kind: chPerson, rule: c.rule, person: owner, parts: []item{owner},
		titles: []title{{role: last.role, text: last.text, body: body, at: last}}})
	if body != nil && (body.k == kDem || body.is(graph.Country)) {
		// "X, chief foreign policy adviser to Brazilian President Y":
		// the adviser of a country's head serves in that country's
		// government, in the title its words up to the adviser's make
		// (read as any title phrase is; not the principal's after it)
		adv := slices.IndexFunc(its[m.Start:sp.Start], func(it item) bool { return it.k == kRole && roleIn(it.role, "ROLE_ADV") })
		if adv < 0 {
			return
		}
		for _, t := range pairTitles(its, m.Start, m.Start+adv+1, -1) {
			if roleIn(t.role, "ROLE_ADV") {
				t.body, t.more, t.within = body, nil, false
				st.titled(si, &chunk{kind: chPerson, rule: c.rule, person: c.person, parts: c.parts, titles: []title{t}})
				break
			}
		}
	}
}

// coordinated gives a titled person coordinated with an earlier one the
// earlier one's country when his own title names none: "Saudi Foreign
// Minister X and National Security Adviser Y" are both Saudi.
func coordinated(c *chunk, before []item) {
	n := len(before)
	if n < 2 || before[n-1].k != kConj && !before[n-1].comma() {
		return
	}
	prev := before[n-2]
	if prev.k != kChunk || prev.ch.kind != chPerson {
		return
	}
	if before[n-1].comma() && n >= 3 && before[n-3].word("with", "by", "to", "from", "for", "مع", "ب", "الي", "من", "عن") && fronted(before) {
		// "In a call with Israeli Minister X, Secretary Y ...": the
		// comma closes a phrase the sentence opens with, it coordinates
		// no one ("met with Kenyan Minister X, Defense Minister Y and
		// ..." is a list)
		return
	}
	deputyOf(c, prev.ch)
	body := countryBody(prev.ch)
	if body == nil {
		return
	}
	for i := range c.titles {
		if c.titles[i].body == nil && c.titles[i].role.en != "counterpart" {
			c.titles[i].body = body
		}
	}
}

// deputyOf gives "his deputy" coordinated with a titled person the
// deputy's title of that person's: «الرئيس X ونائبه Y», "President X
// and his deputy Y" — Y is vice president, a prime minister's deputy
// deputy prime minister.
func deputyOf(c, prev *chunk) {
	if len(c.titles) != 1 || c.titles[0].role.en != "deputy" || len(prev.titles) == 0 {
		return
	}
	t := &c.titles[0]
	possessed := strings.HasSuffix(t.text, "ه") || strings.HasSuffix(t.text, "ها") || c.parts[0].word("his", "her") // «نائبه»
	p := prev.titles[0].role
	if !possessed || p.en == "counterpart" || p.en == "deputy" || strings.Contains(p.en, " ") && p.en != "prime minister" {
		return
	}
	en := "deputy " + p.en
	if p.en == "president" {
		en = "vice president"
	}
	t.role = role{en: en, state: p.state}
}

// arabicOwnTitle reports an Arabic title whose first word carries the
// pronoun of the one named before («مستشاره», «نائبها»: his adviser, her
// deputy); not a counterpart's («نظيره»), which names the other side.
func arabicOwnTitle(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	if !arabicWord(w) || strings.HasPrefix(w, "نظير") || utf8.RuneCountInString(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")
}

// joinRoles makes one title of two adjacent ones.
func joinRoles(a, b role) role {
	if strings.HasSuffix(a.en, b.en) {
		return a
	}
	j := role{en: a.en + " " + b.en, head: a.head && b.head, leads: b.leads, country: b.country}
	// «نائب رئيس البنك», "deputy head of the mission": a title under
	// the head's leads nothing
	j.leads = j.leads && !deputyRole(j.en)
	return j
}

// counterpart gives "his Egyptian counterpart X" the title of the person
// he is the counterpart of: the last titled person before him in the
// sentence, else in the document. Of a person with two titles, the one
// next to the name («نائب رئيس الوزراء وزير الخارجية X ... نظيره», "Deputy
// Prime Minister and Foreign Minister X ... his counterpart": a foreign
// minister's).
func (st *docState) counterpart(c *chunk, before []item) {
	var principal *title
	for k := len(before) - 1; k >= 0 && principal == nil; k-- {
		if before[k].k == kChunk && before[k].ch.kind == chPerson {
			for i := range before[k].ch.titles {
				if before[k].ch.titles[i].role.en != "counterpart" {
					principal = &before[k].ch.titles[i]
				}
			}
		}
		if before[k].k == kChunk && before[k].ch.kind == chRole {
			principal = &title{role: before[k].ch.role}
		}
	}
	if principal == nil {
		principal = st.titleOfNearest(before)
	}
	if principal == nil && st.lastTitle != nil {
		principal = st.lastTitle
	}
	var out []title
	for _, t := range c.titles {
		if t.role.en == "counterpart" {
			if principal == nil {
				continue
			}
			plural := t.role.plural // «نظيراه»: his two counterparts (titles=interleaved)
			t.role = principal.role
			if a := st.lx.abroad[t.role.en]; a != "" {
				// the British foreign secretary's counterpart is a
				// foreign minister
				t.role = role{en: a}
			}
			t.role.plural = plural
		}
		out = append(out, t)
	}
	c.titles = out
}

// titleOfNearest returns the title the document gave earlier to the
// nearest person named before a counterpart in the sentence ("Chávez
// will go on to Moscow to discuss with his Russian counterpart X": the
// possessive is Chávez's, whose title an earlier sentence gave), or nil.
func (st *docState) titleOfNearest(before []item) *title {
	for k := len(before) - 1; k >= 0; k-- {
		if !before[k].isPerson() || before[k].pron {
			continue
		}
		pk := partyKey(before[k].m)
		for i := len(st.res.Relations) - 1; i >= 0; i-- {
			r := st.res.Relations[i]
			if r.Predicate == graph.HoldsPosition && r.Role != "" && (partyKey(r.Subject) == pk || samePerson(r.Subject, before[k].m)) {
				if st.lx.national[r.Role] {
					// a title of one country's government ("secretary of
					// state") names no counterpart's title abroad, save
					// the one its roles.tsv row gives
					if a := st.lx.abroad[r.Role]; a != "" {
						return &title{role: role{en: a}}
					}
					return nil
				}
				return &title{role: role{en: r.Role}}
			}
		}
		return nil
	}
	return nil
}

// titled records the titles of a person chunk: holdsPosition for each
// title with a body, leads for the head of a body, and the titles still
// without a body for the end of the document.
func (st *docState) titled(si int, c *chunk) {
	p := c.person.m
	if p.Role == "" && len(c.titles) > 0 {
		p.Role = c.titles[0].role.en
	}
	for i, t := range c.titles {
		if t.role.en == "counterpart" {
			continue
		}
		st.lastTitle = &c.titles[i]
		if t.body == nil && c.rule.Attr("realm") == "yes" {
			// «ولي عهد أبوظبي X», «رئيس وزراء إقليم كردستان X»: the
			// title of a city or a region, no office of a country
			continue
		}
		if t.body == nil && st.headOfUnnamed(si, t) {
			// «رئيس فريق الوساطة X»: the head of a team the text does not
			// name as a body, no president of any country
			continue
		}
		if t.body == nil {
			st.pending = append(st.pending, pendingTitle{sent: si, person: p, title: t, rule: c.rule})
			continue
		}
		bodies := append([]*item{t.body}, t.more...)
		if t.role.plural {
			// «الرئيسان المصري والأردني X»: a title in the dual before
			// one name is his of the first body alone (the next name's
			// is the next body's)
			bodies = bodies[:1]
		}
		for _, b := range bodies {
			bm, ok := st.mentionOf(*b)
			if !ok {
				continue
			}
			st.rel(si, p, bm, graph.HoldsPosition, roleFor(t.role, bm), t.text, c.rule.Name, c.rule.Conf)
			if t.role.leads && !t.within && bm.Type == graph.Organization && !c.past {
				st.rel(si, p, bm, graph.Leads, "", t.text, c.rule.Name, c.rule.Conf*0.9)
			}
			st.organTitle(si, p, t, bm, c.rule)
		}
	}
}

// stateOrgans are the heads of a state's own organs of government
// (names.tsv: state-organ): «وزارة الخارجية», «مجلس الوزراء», «المجلس
// الرئاسي», «مجلس السيادة».
var stateOrgans = wordSet("names.tsv", "state-organ", "ar")

// organTitle gives a minister's or a head's title held in an organ of a
// state's government the state too: «وزير الدولة بوزارة الخارجية X», «رئيس مجلس السيادة X»,
// «رئيس المجلس الرئاسي الليبي X»: the country the organ's own
// nationality adjective names, else (a pending title) the document's.
func (st *docState) organTitle(si int, p graph.Mention, t title, bm graph.Mention, rule *pattern.Rule) {
	if bm.Type != graph.Organization || bm.KBID != "" || bm.Lang == "en" {
		return
	}
	// a minister's or a council's head's office, not a post on its staff
	// (a ministry's spokesman, envoy or adviser is the ministry's)
	if !t.role.head && !t.role.state && !strings.Contains(t.role.en, "minister") && !strings.Contains(t.role.en, "president") {
		return
	}
	toks := tokenize(st.d.Text, bm.Start, bm.End)
	organ := false
	for n := 1; n <= 3 && n <= len(toks); n++ {
		var ks []string
		for _, tk := range toks[:n] {
			ks = append(ks, tk.key)
		}
		if stateOrgans[strings.Join(ks, " ")] {
			organ = true
			break
		}
	}
	if !organ {
		return
	}
	for i := 1; i < len(toks); i++ {
		if n, _, v := st.lx.demonyms.match(toks, i); n > 0 && i+n == len(toks) {
			cy := v.(*kb.Entry)
			m := st.d.Mention(toks[i].start, toks[i+n-1].end, graph.Country, "demonym", 0.9)
			m.Name, m.KBID = cy.Name, cy.ID
			st.rel(si, p, m, graph.HoldsPosition, roleFor(t.role, m), t.text, rule.Name+"+organ", rule.Conf*0.9)
			return
		}
	}
	t.body = nil
	st.pending = append(st.pending, pendingTitle{sent: si, person: p, title: t, rule: rule, organ: true})
}

// definiteTitle reports a title named with the definite article and no
// name ("the President of Russia", «الرئيس الروسي»), in the singular,
// its[a] opening its phrase.
func definiteTitle(its []item, a int, t title) bool {
	if t.role.plural || t.role.honorific || t.role.en == "counterpart" {
		return false
	}
	if t.at.m.Lang == "" && strings.HasPrefix(textnorm.Key(t.text), "ال") {
		return true
	}
	return its[a].word("the") && t.at.start == its[a+1].start
}

// titleAnaphor gives a definite title without a name to the person it
// stands for. News names an official first and calls him by his title
// after ("Ivan Petrov had a call with President Vidal of Chile. ... The
// President of Russia said"): the title is the one party to the
// document's meetings named before it whom no title names yet. Where
// two such parties are named, or none, it names no one.
func (st *docState) titleAnaphor(si int, t title) {
	start := st.d.Sentences[si].Start
	titled := map[string]bool{}
	for _, pt := range st.pending {
		titled[partyKey(pt.person)] = true
	}
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition {
			titled[partyKey(r.Subject)] = true
		}
	}
	var who *graph.Mention
	for _, r := range st.res.Relations {
		if r.Predicate != graph.MeetsWith {
			continue
		}
		for _, p := range []graph.Mention{r.Subject, r.Object} {
			if p.Type != graph.Person || p.End > start || titled[partyKey(p)] {
				continue
			}
			if who != nil && partyKey(*who) != partyKey(p) {
				return // two parties without a title: either may be meant
			}
			who = &p
		}
	}
	if who == nil {
		return
	}
	bm, ok := st.mentionOf(*t.body)
	if !ok || bm.Type != graph.Country {
		return
	}
	// a party named before with a title of that very country is the one
	// the title may stand for ("X held talks with Secretary of State Y ...
	// the American secretary said"): it names no one else
	if st.titledPartyOf(bm, start) {
		return
	}
	st.rel(si, *who, bm, graph.HoldsPosition, roleFor(t.role, bm), t.text, "title-anaphor", 0.6)
}

// titledPartyOf reports whether a party to the document's meetings named
// before start holds a position of country c.
func (st *docState) titledPartyOf(c graph.Mention, start int) bool {
	party := map[string]bool{}
	for _, r := range st.res.Relations {
		if r.Predicate != graph.MeetsWith {
			continue
		}
		for _, p := range []graph.Mention{r.Subject, r.Object} {
			if p.Type == graph.Person && p.End <= start {
				party[partyKey(p)] = true
			}
		}
	}
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && party[partyKey(r.Subject)] && partyKey(r.Object) == partyKey(c) {
			return true
		}
	}
	return false
}

// speaksOfTalks reports whether the document names talks, a summit or
// a conference, or a delegation by a noun of no team of sport ("side",
// «وفد»), anywhere: where a team is sent to talks.
func (st *docState) speaksOfTalks() bool {
	if st.talks == 0 {
		st.talks = -1
		toks := tokenize(st.d.Text, 0, len(st.d.Text))
		for i := range toks {
			if n, _, v := st.lx.events.match(toks, i); n > 0 {
				if k := v.(eventKind); k == evTalks || k == evSummit || k == evConference {
					st.talks = 1
					break
				}
			}
			if n, _, v := st.lx.delegation.match(toks, i); n > 0 && !v.(bool) {
				st.talks = 1
				break
			}
		}
	}
	return st.talks > 0
}

// pastTitle reports words that say a title is no longer held ("former
// chairman of X", «الرئيس السابق للائتلاف»): he held it, he does not lead
// the body now.
func pastTitle(its []item) bool {
	for _, it := range its {
		if it.k == kTok && (pastWords[it.key] || slices.ContainsFunc(it.forms, func(f string) bool { return pastWords[f] })) {
			return true
		}
	}
	return false
}

// pendingTitle is a title whose body the sentence does not give: the
// document may ("Secretary of State" in an American readout).
type pendingTitle struct {
	sent   int
	person graph.Mention
	title  title
	rule   *pattern.Rule
	organ  bool // a title in an organ of a state, whose body is given (organTitle)
}

// delegationChunk makes the delegation mentions of a delegation phrase:
// one per country ("Ukrainian and Russian negotiators" holds two), or
// one for a body ("the Hamas delegation").
func (st *docState) delegationChunk(si int, c *chunk) {
	noun := -1
	for i, it := range c.parts {
		if it.k == kDeleg {
			noun = i
		}
	}
	if noun < 0 {
		return
	}
	n := c.parts[noun]
	if n.shared && !st.speaksOfTalks() {
		return // "the Italian team", «فريق برشلونة»: a team of sport
	}
	for _, it := range c.parts {
		if !(it.k == kDem || it.k == kEnt && it.m.Type.Location() || it.is(graph.Organization)) {
			continue
		}
		var key, name string
		var body graph.Mention
		var ok bool
		if it.is(graph.Organization) {
			body, ok = it.m, true
			key = it.m.Name
			if key == "" {
				key = it.m.Text
			}
			name = key + " delegation"
		} else {
			cy := st.countryOf(it)
			if cy == nil {
				continue
			}
			body, ok = st.countryMention(it, cy)
			key, name = cy.Name, demonymEn(cy)+" delegation"
		}
		start, end := min(it.start, n.start), max(it.end, n.end)
		if c.rule.Attr("span") == "noun" {
			// "Nairobi would send a delegation": the delegation's words
			// are its noun's, not the sender's verb
			start, end = n.start, n.end
		}
		st.addDelegation(si, c, start, end, key, name, body, ok, 0.8)
	}
	if len(c.delegs) == 0 && c.rule.Attr("body") == "government" {
		st.governmentDelegation(si, c, n)
	}
}

// addDelegation adds the delegation of a chunk that text[start:end]
// names, of the country or body key (the document's first delegation of
// key is the one its later mentions stand for), and its represents
// relation to body where ok.
func (st *docState) addDelegation(si int, c *chunk, start, end int, key, name string, body graph.Mention, ok bool, conf float64) {
	m := st.d.Mention(start, end, graph.Delegation, "rules", conf)
	m.Country = key
	m.Name = name
	m.Key = st.d.ID + "|delegation|" + key
	st.res.Mentions = append(st.res.Mentions, m)
	c.delegs = append(c.delegs, m)
	if _, seen := st.delegs[key]; !seen {
		st.delegs[key] = m
	}
	if ok {
		st.rel(si, m, body, graph.Represents, "", "", c.rule.Name, c.rule.Conf)
	}
}

// governmentWords are the nouns of a country's government (words.tsv,
// government).
var governmentWords = wordSet("words.tsv", "government")

// noteGovernments notes the countries whose government a sentence names
// as a party to talks, after "between" («بين»): "talks between the
// Colombian government and ...", "between the Government of Chile and
// ...", «بين الحكومة الكولومبية و...», «بين حكومة تشيلي و...»; every
// country of a list ("between the governments of Kenya and Uganda", «بين
// حكومتي كينيا وأوغندا»). A government named otherwise (a host, one
// accused, one thanked: «وشكرت الحكومة قطر», where the country after the
// definite noun is the verb's object) is no party.
func (st *docState) noteGovernments(its []item) {
	country := func(it item, demOnly bool) *kb.Entry {
		if it.k == kDem || !demOnly && it.is(graph.Country) {
			return st.countryOf(it)
		}
		return nil
	}
	joint := func(it item) bool { return it.k == kConj || it.comma() || it.word("the") }
	// list collects the countries of a list from its[k] on, by step
	list := func(k, step int, demOnly bool) {
		for ; k >= 0 && k < len(its); k += step {
			if c := country(its[k], demOnly); c != nil {
				st.govs = append(st.govs, govNaming{c, its[k]})
			} else if !joint(its[k]) {
				return
			}
		}
	}
	between := -1
	for k, it := range its {
		if it.k == kTok && hasTag(it.tags, "@between") {
			between = k
		}
		if between < 0 || k-between > 4 || !it.wordIn(governmentWords) {
			continue
		}
		switch {
		case textnorm.Script(it.text) == "ar":
			// «الحكومة الكولومبية» (the adjective) or «حكومة كولومبيا»
			// (the construct); «الحكومة قطر» is a verb's subject and object
			def := strings.HasPrefix(it.key, "ال") || strings.HasPrefix(it.key, "لل")
			list(k+1, 1, def)
		case k > 0 && country(its[k-1], false) != nil:
			list(k-1, -1, false)
		case k+1 < len(its) && its[k+1].word("of"):
			list(k+2, 1, false)
		}
	}
}

// governmentDelegation makes the delegation of a chunk that names no
// country but the government's ("the government delegation", «الوفد
// الحكومي»): in a report of talks between a government and another
// party, the delegation of the one country whose government the document
// has named so far; none when it named none, or more than one.
func (st *docState) governmentDelegation(si int, c *chunk, n item) {
	switch textnorm.Key(n.text) {
	case "delegation", "الوفد", "والوفد", "وفد":
	default:
		return // («الوفود الحكومية»: many countries' delegations)
	}
	if len(st.govs) == 0 {
		return
	}
	g := st.govs[0]
	for _, o := range st.govs[1:] {
		if o.c.ID != g.c.ID {
			return
		}
	}
	body, ok := st.countryMention(g.it, g.c)
	st.addDelegation(si, c, n.start, n.end, g.c.Name, demonymEn(g.c)+" delegation", body, ok, 0.7)
}

// chunkPastWords and chunkNextWords date an event phrase before or after
// the report's ("the last summit", «القمة الماضية», «الجولة المقبلة»):
// words.tsv reader classes chunk-past and chunk-next.
var (
	chunkPastWords = wordSet("words.tsv", "chunk-past")
	chunkNextWords = wordSet("words.tsv", "chunk-next")
)

// worldRegion reports a mention of a continent or a world region the
// base knows ("Africa", "Central Asia", «الشرق الأوسط»).
func (st *docState) worldRegion(m graph.Mention) bool {
	e := st.lx.kb.Entry(m.KBID)
	return m.KBID != "" && e != nil && e.Region
}

// eventChunk makes the event reference of an event phrase: its kind from
// the last event word, its places and parties from what the phrase
// holds ("the Geneva talks", «قمة حلف شمال الأطلسي»), a proper name when
// it is capitalised or names a body ("the NATO Summit").
func (st *docState) eventChunk(si int, c *chunk) *evRef {
	var trig *item
	for i := range c.parts {
		if c.parts[i].k == kEvent {
			trig = &c.parts[i]
		}
	}
	if trig == nil {
		return nil
	}
	ev := st.newRef(si, c.parts[0].start, c.parts[len(c.parts)-1].end, trig.ev)
	// ("the Summit", "The Meeting" after the article: a
	// communiqué writes the head of the gathering it reports in
	// capitals; one word names none. A headline's "X's Meeting with Y",
	// every word in capitals, keeps its own.)
	named := trig.tags != nil && hasTag(trig.tags, "CAP") && !(len(c.parts) == 1 && st.afterLowerThe(c.parts[0].start))
	var bodies []item
	figure := "" // an ordinal in figures ("3rd")
	for pi, it := range c.parts {
		switch {
		case it.k == kEnt && it.m.Type.Location() && it.m.Type != graph.Country && st.worldRegion(it.m):
			// "the Africa Summit", "the EU-Central Asia Ministerial
			// Meeting": a continent or world region in an event's name
			// says what it is about, not where it is held
		case it.k == kEnt && it.m.Type.Location() && it.m.Type != graph.Country:
			ev.addPlace(st, si, it.m, c.rule.Name)
		case it.k == kEnt && it.m.Type == graph.Country && c.parts[0].m.Lang == "ar" && len(c.parts) == 2:
			ev.addPlace(st, si, it.m, c.rule.Name) // «مفاوضات جنيف»-like construct with a country
		case it.isBody():
			bodies = append(bodies, it)
		case it.k == kTok && it.wordIn(chunkPastWords):
			ev.past = true
		case it.k == kTok && it.wordIn(chunkNextWords):
			ev.future = true
		}
		if it.k == kTok && hasTag(it.tags, "CAP") || it.is(graph.Organization) && it.m.Lang != "ar" {
			named = true
		}
		if n, ok := figureOrdinal(it.text); ok && it.k == kTok {
			figure = n
		}
		if n, ok := ordinals[it.key]; ok && it.k == kTok {
			ev.round = n
			if pi+1 < len(c.parts) && c.parts[pi+1].word("عشره", "عشر") {
				// «الدورة الثامنة عشرة»: the unit of a teen
				if u, err := strconv.Atoi(n); err == nil {
					ev.round = strconv.Itoa(u + 10)
				}
			}
		}
	}
	if figure != "" && named {
		// "the 3rd Bilateral Consultation": a number in figures numbers
		// the event in its proper name (not "the Council's 2nd meeting
		// of the session", a sitting within another event)
		ev.round = figure
	}
	if ev.round != "" && ev.round != "1" && ev.round != "new" && !ev.future && st.mayHappen(si) {
		// "a second round could take place in Ankara", "a third round
		// may be held in Lima": a later round in prospect, another
		// event than the report's
		ev.future = true
	}
	if len(bodies) >= 2 {
		// "the U.S.-China talks", "the Russian-Ukrainian negotiations":
		// parties ("the EU-Chile summit": a body among them attends, as
		// its officials do, and tells no event apart)
		withBody := slices.ContainsFunc(bodies, func(b item) bool { return b.is(graph.Organization) })
		for _, b := range bodies {
			if bm, ok := st.mentionOf(b); ok {
				ev.addPartyAs(st, si, bm, c.rule.Name, !withBody)
			}
		}
		for a := 0; a < len(bodies); a++ {
			for b := a + 1; b < len(bodies); b++ {
				st.meet(si, bodies[a], bodies[b], c.rule.Name, c.rule.Conf)
			}
		}
	} else if len(bodies) == 1 && bodies[0].is(graph.Organization) && trig.ev == evSummit {
		// "the NATO summit", «قمة حلف شمال الأطلسي»: the body's summit
		if bm, ok := st.mentionOf(bodies[0]); ok {
			ev.addParty(st, si, bm, c.rule.Name)
		}
	}
	if named {
		// ("the 4th Nordic-Andean Summit" is named as the headline's
		// "Nordic-Andean Summit"; its round keeps it apart from the 3rd)
		first := 0
		for first+1 < len(c.parts) && c.parts[first].k == kTok && roundOrdinal(c.parts[first]) {
			first++
		}
		if first == len(c.parts)-1 && c.parts[first].k == kEvent && !st.inHeadline(c.parts[first].start) {
			// "this year's Conference", "the Summit": the event word
			// alone in the body, capitalised as a name's head, names
			// none; it is the event named before, said again (a
			// headline's capitals, title case, are kept as they were)
			return ev
		}
		text := st.d.Text[c.parts[first].start:c.parts[len(c.parts)-1].end]
		for _, det := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
			text = strings.TrimPrefix(text, det)
		}
		ev.named = textnorm.Key(text)
	}
	return ev
}

// entryEnds reports the end of an entry of a list at its[e] ("- X,
// Minister of State, Country"): nothing but punctuation after it, or a
// semicolon, or a comma or "and" before the next entry's name or style.
func entryEnds(its []item, e int) bool {
	if !slices.ContainsFunc(its[e:], func(it item) bool { return !it.punct() }) {
		return true
	}
	if hasTag(its[e].tags, "SEMI") || e > 0 && hasTag(its[e-1].tags, "SEMI") {
		return true // the entry's own semicolon, in the match or after it
	}
	n := e
	for n < len(its) && (its[n].comma() || its[n].k == kConj) {
		n++
	}
	return n > e && n < len(its) && (its[n].isPerson() || hasTag(its[n].tags, "HON"))
}

// roundOrdinal reports an ordinal of a number before an event's name
// ("4th", "fourth"; not "new", "next").
func roundOrdinal(it item) bool {
	if _, ok := figureOrdinal(it.text); ok {
		return true
	}
	n, ok := ordinals[it.key]
	return ok && isNumber(n)
}

// afterLowerThe reports the word "the" right before the byte offset at in
// the sentence being read, in lower case or opening the sentence ("The
// Meeting was chaired by"), not in a title-case headline's "THE".
func (st *docState) afterLowerThe(at int) bool {
	for i := len(st.toks) - 1; i >= 0; i-- {
		if t := st.toks[i]; t.end <= at {
			return t.text == "the" || t.text == "The" && i == 0
		}
	}
	return false
}

// appointee reports a match that opens right after a verb of taking up
// an office and ends on a name an office in the accusative follows
// («عين الرئيس X وزيرا», «انتخب المجلس X رئيسا»): the name is the
// verb's object, made what follows it, and the words between the verb
// and the name are the subject's.
func appointee(m pattern.Match, its []item) bool {
	if m.Start == 0 || m.End >= len(its) || !hasTag(its[m.Start-1].tags, "@tenure") {
		return false
	}
	next := its[m.End]
	if next.k != kRole || hasTag(next.tags, "DEF") {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimSpace(next.text), " ")
	return strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ة")
}

// appointGap are the words between the one who appoints, or sends, and the verb
// (words.tsv, appoint-gap: "on", "formally", "has").
var appointGap = wordSet("words.tsv", "appoint-gap", "en")

// appointerBody gives the titles of an appointee that name no body the
// country of the one who appoints, named just before the verb ("Kenyan
// President X on Tuesday appointed Y as foreign minister": Y is Kenya's
// foreign minister; "Peru named Y ambassador"; "Qatar appointed Y as
// ambassador to Canada": Qatar's, not Canada's): a country or a body the
// lexicon knows, or a person whose title is a country's. Words of time
// between them are skipped.
func appointerBody(c *chunk, before []item) {
	var body *item
	for i := len(before) - 1; i >= 0 && body == nil; i-- {
		it := before[i]
		if it.k == kTok && (hasTag(it.tags, "DATEW") || it.wordIn(appointGap)) {
			continue
		}
		body = appointerOf(&before[i])
		break
	}
	if body != nil {
		fillBodies(c.titles, body)
	}
}

// appointerOf is the body an appointer stands for: the country of a
// person's title, or the appointer itself where it is a country, a
// nationality or a body the lexicon knows ("the UN appointed X as its
// envoy"), not words the names took for an organization; else nil.
func appointerOf(it *item) *item {
	switch {
	case it.k == kChunk && it.ch.kind == chPerson:
		return countryBody(it.ch)
	case it.isBody() && !it.poss && (it.k == kDem || it.is(graph.Country) || it.m.KBID != ""):
		return it
	}
	return nil
}

// countryBody is the first body of a person's titles that is a country
// or a nationality, or nil.
func countryBody(ch *chunk) *item {
	for _, t := range ch.titles {
		if t.body != nil && (t.body.k == kDem || t.body.is(graph.Country)) {
			return t.body
		}
	}
	return nil
}

// fillBodies gives the titles that name no body the body b.
func fillBodies(ts []title, b *item) {
	for i := range ts {
		if ts[i].body == nil {
			ts[i].body = b
		}
	}
}

// senderBody gives the titles that name no body the country that sends
// their holder, named with a verb of sending right before the name or
// its title: "Turkey sent Deputy Foreign Minister X", "Bahrain sent X,
// the undersecretary for political affairs," and in Arabic's order the
// verb first, «وأوفدت تركيا نائب وزير الخارجية X»; so too the country
// one represents: "Ghana was represented by Deputy Foreign Minister X",
// «ومثل غانا نائب وزير الخارجية X», and the countries after it whose
// verb the coordination leaves out ("…, Zambia by Trade Minister Y",
// «…، وزامبيا وزير التجارة Y»). English's double object names the one
// sent to, not the one sent: "Egypt sent President X a letter", "sent
// the minister her condolences" give him no title of the sender's.
func senderBody(c *chunk, before, after []item, arabic bool) {
	n := len(before)
	// (the date or adverb between the sender and the one sent in
	// Arabic's order: «وأوفدت تركيا أمس نائب وزير الخارجية X»)
	g := n
	for arabic && g > 0 && before[g-1].k == kTok && (hasTag(before[g-1].tags, "DATEW") || before[g-1].wordIn(sendGapAr)) {
		g--
	}
	sender := -1
	switch {
	case !arabic && len(after) > 0 && (after[0].wordIn(secondObject) || after[0].word("of")):
		return // (and "sent President X of Y": his own body after his name)
	case arabic && g >= 2 && hasTag(before[g-2].tags, "@send"):
		sender = g - 1
	case arabic && g >= 2 && before[g-2].k == kConj && sentEarlier(before[:g-2]):
		sender = g - 1 // «…، وزامبيا وزير التجارة Y»
	case !arabic && n >= 3 && before[n-1].word("sending") && before[n-2].comma() && !c.person.poss:
		// "Guyana, which ..., attended for the first time, sending
		// Foreign Minister X": the clause's subject, a country that
		// opens the sentence, sends him
		switch {
		case before[0].is(graph.Country):
			sender = 0
		case before[0].word("the") && before[1].is(graph.Country):
			sender = 1
		}
	case !arabic && n >= 2 && hasTag(before[n-1].tags, "@send"):
		// (the words between the sender and the verb, as between one
		// who appoints and his verb: "Turkey on Monday sent", "has
		// also sent")
		sender = n - 2
		for sender >= 0 && before[sender].k == kTok && (hasTag(before[sender].tags, "DATEW") || before[sender].wordIn(appointGap)) {
			sender--
		}
	case !arabic && n >= 3 && before[n-1].word("by") && before[n-2].word("represented"):
		sender = n - 3
		for sender >= 0 && before[sender].wordIn(representedAux) {
			sender--
		}
	case !arabic && n >= 3 && before[n-1].word("by") && (before[n-3].k == kConj || hasTag(before[n-3].tags, "COMMA")) && sentEarlier(before[:n-3]):
		sender = n - 2 // "…, Zambia by Trade Minister Y"
	}
	if sender < 0 {
		return
	}
	// (a person who sends gives his own country: "Ghanaian President X
	// sent Foreign Minister Y")
	if body := appointerOf(&before[sender]); body != nil {
		fillBodies(c.titles, body)
	}
}

// sendGapAr are the words of time between the sender and the one sent
// in Arabic's order (words.tsv, send-gap: «أمس», «يوم»).
var sendGapAr = wordSet("words.tsv", "send-gap", "ar")

// secondObject opens the thing sent after the one it is sent to:
// "sent X a letter", "sent X his regards" (words.tsv, second-object);
// representedAux stand between a country and "represented by" ("Ghana
// was also represented by X"; words.tsv, represented-aux).
var (
	secondObject   = wordSet("words.tsv", "second-object", "en")
	representedAux = wordSet("words.tsv", "represented-aux", "en")
)

// sentEarlier reports a verb of sending or "represented by" among the
// items, a coordination's first verb that the later conjuncts leave out.
func sentEarlier(its []item) bool {
	for i, it := range its {
		if hasTag(it.tags, "@send") || it.word("represented") && i+1 < len(its) && its[i+1].word("by") {
			return true
		}
	}
	return false
}

// arAppointerBody is appointerBody in Arabic's order, the appointer
// after the verb and the appointee after him («عين الرئيس الكيني X السيد
// Y وزيرا للخارجية»: Y is Kenya's foreign minister): a person whose title
// is a country's between a verb of appointing and the appointee (a style
// may stand before the appointee).
func arAppointerBody(c *chunk, before []item) {
	i := len(before) - 1
	for i >= 0 && before[i].k == kHon {
		i--
	}
	if i < 1 || !hasTag(before[i-1].tags, "@tenure") || hasTag(before[i-1].tags, "ENC") {
		return
	}
	if before[i].k != kChunk {
		return // (a person, not a country: «عينت قطر X» is appointerBodies')
	}
	if body := appointerOf(&before[i]); body != nil {
		fillBodies(c.titles, body)
	}
}

// appointerAfterPronoun reports a match that opens on a name after a
// verb of appointing that carries its object as a pronoun («عينه»,
// «انتخبها»), titles and styles between them: the name is the
// appointer's, and an office after it is not his.
func appointerAfterPronoun(m pattern.Match, its []item) bool {
	if m.Start >= len(its) || !its[m.Start].isPerson() {
		return false
	}
	for i := m.Start - 1; i >= 0; i-- {
		switch it := its[i]; {
		case hasTag(it.tags, "@tenure"):
			return hasTag(it.tags, "ENC")
		case it.k == kRole || it.k == kHon || it.k == kDem:
			continue
		default:
			return false
		}
	}
	return false
}

func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}

// countryMention is the Country mention an item gives for country c: the
// item itself when it names the country or its adjective, else (a city:
// "the Kiev delegation") the country's first mention in the document.
func (st *docState) countryMention(it item, c *kb.Entry) (graph.Mention, bool) {
	if it.k == kDem || it.is(graph.Country) {
		return st.mentionOf(it)
	}
	for _, m := range st.d.Mentions {
		if m.Type == graph.Country && m.KBID == c.ID {
			return m, true
		}
	}
	return graph.Mention{}, false
}

func demonymEn(c *kb.Entry) string {
	for _, d := range c.Demonyms {
		if d.Lang == "en" {
			return d.Text
		}
	}
	return c.Name
}

// unsaidSubject reports whether a match of a rule whose subject is
// unsaid («وشغل منصب وزير …», «كما كان نائب رئيس …») may stand for the
// topic of the sentences before: it opens its sentence (after a
// conjunction or a comma at most), its office ends the clause or is
// named as a post («منصب»), no person follows it (then the title is that
// person's: «وكان وزير الخارجية X قد …»), and one person alone was named
// by the last sentence that named any, at most two sentences back.
func (st *docState) unsaidSubject(si int, m pattern.Match, its []item) bool {
	if st.topic == nil || si-st.topicOf > 2 {
		return false
	}
	for _, it := range its[:m.Start] {
		if it.k != kConj && !it.punct() {
			return false
		}
	}
	post, copula := false, false
	for _, it := range its[m.Start:m.End] {
		post = post || it.word("منصب", "مناصب")
		// «وكان الرئيس السوري ...»: a definite title after «كان» is its
		// subject, not what he was («كان مساعد مدير …», «كان سفيرا»)
		if it.word("كان", "كانت") {
			copula = true
		}
		if copula && it.k == kRole {
			if strings.HasPrefix(textnorm.Key(it.text), "ال") {
				return false
			}
			copula = false
		}
	}
	if m.End == len(its) {
		return true
	}
	next := its[m.End]
	if next.isPerson() || next.comma() && m.End+1 < len(its) && its[m.End+1].isPerson() {
		return false
	}
	return post || next.punct()
}

// frontingWords open a phrase of time, cause or circumstance a sentence
// may begin with (words.tsv class fronting).
var frontingWords = wordSet("words.tsv", "fronting")

// fronted reports a sentence that opens with a phrase of time, cause or
// circumstance ("In a call with ...", "During ...", «وخلال …»).
func fronted(its []item) bool {
	for _, it := range its {
		if it.k == kConj || it.punct() {
			continue
		}
		return it.wordIn(frontingWords)
	}
	return false
}

// deputyWords open an English role under the head's (words.tsv,
// deputy-word).
var deputyWords = lexRows("words.tsv", "deputy-word", "en")

// deputyRole reports a role under the head's (a deputy, vice or assistant
// head: «نائب رئيس البنك», "deputy head of the mission"): it leads nothing.
func deputyRole(en string) bool {
	for _, p := range deputyWords {
		if strings.HasPrefix(en, p.Key+" ") {
			return true
		}
	}
	return false
}

// servedTitle is an adviser whose principal the text names by a title
// of a country: «المستشار الإعلامي لرئيس الوزراء العراقي X», «مستشار
// الرئيس الفرنسي للشؤون الدبلوماسية X». The title is not his (pairTitles
// left it out); he advises whoever the document gives that title.
type servedTitle struct {
	sent    int
	adviser graph.Mention
	role    role
	body    *item // nil: «المستشار السياسي لرئيس الوزراء X», no country said
}

// noteServed notes the title an adviser's own title (not an envoy's or
// a spokesman's) serves among the
// items of a titled person phrase: a title after an adviser's one that
// pairTitles did not give him, with the body right after it; the name
// before the titles («X، المستشار الإعلامي لرئيس الوزراء العراقي،») or
// after them.
func (st *docState) noteServed(si int, c *chunk, its []item) {
	if c.past || !c.person.is(graph.Person) {
		return
	}
	own := map[int]bool{}
	adv := -1
	for _, t := range c.titles {
		own[t.at.start] = true
		if roleIn(t.role, "ROLE_ADV") && (adv < 0 || t.at.start < adv) {
			adv = t.at.start
		}
	}
	if adv < 0 {
		return
	}
	for k, it := range its {
		if it.k != kRole || own[it.start] || it.start < adv {
			continue
		}
		switch {
		case k+1 < len(its) && its[k+1].isBody():
			// «لرئيس الوزراء العراقي»: the body after the title (the
			// English "adviser to the French President" is not read yet)
			b := its[k+1]
			st.served = append(st.served, servedTitle{sent: si, adviser: c.person.m, role: it.role, body: &b})
		case it.role.state && !it.role.head && lamGlued(it.pre) && k+1 < len(its) && its[k+1].isPerson():
			// «المستشار السياسي لرئيس الوزراء X»: a head of government
			// of no country said behind «ل», the name right after (not
			// «الرئيس», which heads any body)
			st.served = append(st.served, servedTitle{sent: si, adviser: c.person.m, role: it.role})
		case k > 0 && its[k-1].start == adv && !it.role.head && arabicWord(its[k-1].text) && !hasTag(its[k-1].tags, "DEF") && !lamGlued(it.pre):
			// «مستشار وزير الدولة للشؤون الخارجية X»: the adviser's
			// title without the article, in construct with the next
			// one (no apposition: «المستشار، وزير الدولة» would have
			// the article); no country said (not «الرئيس», which heads
			// any body)
			st.served = append(st.served, servedTitle{sent: si, adviser: c.person.m, role: it.role})
		}
		return
	}
}

// finishServed makes each noted adviser the adviser of the one person
// the document gives the title he serves, of the same country (of any
// country when the text says none); none when the document names no one
// or several with that title.
func (st *docState) finishServed() {
	for _, sv := range st.served {
		var want, kbid string
		if sv.body != nil {
			bm, ok := st.mentionOf(*sv.body)
			if !ok || bm.Type != graph.Country || bm.KBID == "" {
				continue
			}
			want, kbid = roleFor(sv.role, bm), bm.KBID
		} else {
			want = roleFor(sv.role, graph.Mention{Type: graph.Country})
		}
		var who *graph.Mention
		one := true
		for _, r := range st.res.Relations {
			if r.Predicate != graph.HoldsPosition || r.Object.Type != graph.Country || kbid != "" && r.Object.KBID != kbid || r.Role != want || r.Subject.Type != graph.Person || samePerson(r.Subject, sv.adviser) {
				continue
			}
			if who != nil && !samePerson(*who, r.Subject) {
				one = false
				break
			}
			m := r.Subject
			who = &m
		}
		if who != nil && one {
			st.rel(sv.sent, sv.adviser, *who, graph.Advises, "", "", "adviser-of-title", 0.6)
		}
	}
}

// nameNext reports an item that opens or is a name or a title: what may
// follow titles in apposition only when the titles are its own.
func nameNext(it item) bool {
	for _, t := range []string{"PER", "HON", "ROLE", "DEM", "CTRY", "ORG"} {
		if hasTag(it.tags, t) {
			return true
		}
	}
	return hasTag(it.tags, "@style")
}

// appointerBodies gives the titles of an appointee that name no body of
// their own the body of the one who appoints, named between the verb of
// appointing and the appointee: «عينت قطر X سفيرا لدى كندا», «عين الرئيس
// التونسي X وزيرا للخارجية» (the ambassador's country is the one that
// sends him, not the one «لدى» names).
func appointerBodies(titles []title, its []item, start int) {
	var body *item
	for k := start - 1; k >= 0 && k >= start-8; k-- {
		it := its[k]
		if hasTag(it.tags, "@tenure") {
			if body != nil {
				fillBodies(titles, body)
			}
			return
		}
		if it.punct() || it.isPerson() {
			return
		}
		if b := appointerOf(&it); b != nil {
			body = b // (a nationality, a country, «الأمم المتحدة»)
		}
	}
}

// headOfUnnamed reports the generic Arabic head title («رئيس») in
// construct with an indefinite common noun right after it, which no list
// knows as a body («رئيس فريق الوساطة», «رئيس لجنة التحقيق»): the head of
// that body, not the head of a state.
func (st *docState) headOfUnnamed(si int, t title) bool {
	if !t.role.head || t.at.end <= 0 || !strings.HasPrefix(strings.TrimPrefix(t.text, "و"), "رئيس") || strings.Contains(t.text, " ") {
		return false
	}
	s := st.d.Sentences[si]
	if t.at.end >= s.End {
		return false
	}
	toks := tokenize(st.d.Text, t.at.end, s.End)
	if len(toks) == 0 {
		return false
	}
	n := toks[0]
	if !n.arabic || n.punct || definite(n) || !commonTok(n) && !wordlikeAr[n.key] || len(st.lx.kb.Lookup(n.text)) > 0 {
		return false
	}
	if k, _, _ := st.lx.roles.match(toks, 0); k > 0 {
		return false
	}
	return true
}
