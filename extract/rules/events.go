package rules

import (
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

func keySet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[textnorm.Key(w)] = true
	}
	return m
}

var (
	meetVerbs   = wordSet("words.tsv", "meet")
	attendVerbs = wordSet("words.tsv", "attend")
	callVerbs   = wordSet("words.tsv", "call")
	leadVerbs   = wordSet("words.tsv", "lead")
	withWords   = wordSet("words.tsv", "with")
	betweenW    = wordSet("words.tsv", "between")
	involving   = wordSet("words.tsv", "involving")
	mediateW    = wordSet("words.tsv", "mediate")
	brokers     = wordSet("words.tsv", "broker")
	memberW     = wordSet("words.tsv", "member")
	accompany   = wordSet("words.tsv", "accompany")
	inWords     = wordSet("words.tsv", "in")
	// withStop ends a list of parties: "a call with journalists from the UAE"
	withStop = wordSet("words.tsv", "with-stop")
	// placeGap may stand between an event word and its place: "talks –
	// which will be held in Riyadh"
	placeGap = wordSet("words.tsv", "place-gap")
	partyGap = wordSet("words.tsv", "party-gap")
	// negations keep a party out of an event: "Ukraine will not be at the
	// table", «أوكرانيا لن تشارك»
	negations  = wordSet("words.tsv", "negation")
	phoneWords = wordSet("words.tsv", "phone")
	// topicWords end the scope of an event's places and parties: "talks
	// on the war in Ukraine", «محادثات حول الحرب في أوكرانيا»
	topicWords = wordSet("words.tsv", "topic")
	ordinals   = lexValues("words.tsv", "ordinal")
)

// eventsIn finds events, their places, participants, mediators and
// meetings in one sentence.
func (st *docState) eventsIn(si int, its []item) {
	for i, it := range its {
		isEvent := it.k == kEvent
		isMeet := it.k == kTok && meetVerbs[it.key]
		isCall := it.k == kTok && callVerbs[it.key] || isEvent && it.ev == evCall
		isAttend := it.k == kTok && attendVerbs[it.key]
		if !isEvent && !isMeet && !(isCall && it.k == kTok) {
			if isAttend {
				st.attend(si, its, i)
			}
			continue
		}
		// "round" alone only names an event with "of talks" or an ordinal
		ev := st.newEvent(si, it, its, i)
		ev.call = isEvent && it.ev == evCall || isCall && hasPhone(its)
		// places: "in PLACE (in PLACE)*" after the trigger, or an Arabic
		// construct «محادثات الرياض»
		st.placesAfter(si, ev, its, i)
		// participants
		var subj []item
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if its[k].punct() || its[k].k == kTok && negations[its[k].key] {
				break // the subject is in the same clause, and takes part
			}
			if its[k].isAgent() && !(k > 0 && (its[k-1].word("to", "in", "from", "الي", "في", "من") || its[k-1].k == kTok && withStop[its[k-1].key])) {
				subj = append([]item{its[k]}, subj...)
			}
		}
		var obj []item
		mode, last := "", ""
		for k := i + 1; k < len(its) && k <= i+10; k++ {
			w := its[k]
			if w.punct() && !w.comma() {
				break
			}
			switch {
			case w.k == kTok && betweenW[w.key]:
				mode = "between"
			case w.k == kTok && withWords[w.key]:
				mode = "with"
			case w.k == kTok && involving[w.key]:
				mode = "involving"
			case w.k == kTok && (inWords[w.key] || mediateW[w.key] || topicWords[w.key] || withStop[w.key]):
				mode = "stop"
			case w.isAgent() && !titleQualifier(its, k):
				if mode == "" && (isMeet || isCall) {
					mode = "object"
				}
				if mode != "" && mode != "stop" {
					obj = append(obj, w)
				}
			}
			if mode == "stop" {
				break
			}
			last = mode
		}
		mode = last
		// a person right before another owns the second one's title
		// («مبعوث الرئيس ترامب ستيف ويتكوف») and is no party
		if isMeet || isCall && it.k == kTok {
			var parties []item
			for a := range obj {
				if a+1 < len(obj) && obj[a].is(graph.Person) && obj[a+1].is(graph.Person) && possessorOf(its, obj[a], obj[a+1]) {
					continue
				}
				parties = append(parties, obj[a])
			}
			obj = parties
		}
		switch {
		case mode == "between" || mode == "involving":
			for a := 0; a < len(obj); a++ {
				st.participant(si, obj[a], ev, "event-"+mode)
				for b := a + 1; b < len(obj); b++ {
					st.meet(si, obj[a], obj[b], "event-"+mode)
				}
			}
		case len(obj) > 0 && (mode == "with" || mode == "object"):
			for _, o := range obj {
				st.participant(si, o, ev, "event-with")
			}
			if len(subj) == 0 && ev.call {
				// "a phone conversation with X, Y said": the speaker
				for k := i + 1; k < len(its); k++ {
					if its[k].is(graph.Person) && !containsItem(obj, its[k]) {
						subj = append(subj, its[k])
						break
					}
				}
			}
			for _, s := range subj {
				st.participant(si, s, ev, "event-subject")
				for _, o := range obj {
					st.meet(si, s, o, "meets-with")
				}
			}
		case isMeet && len(subj) > 1:
			// «التقى أمريكيون وروسيون»: the subjects met each other
			for a := 0; a < len(subj); a++ {
				st.participant(si, subj[a], ev, "meet-subjects")
				for b := a + 1; b < len(subj); b++ {
					st.meet(si, subj[a], subj[b], "meet-subjects")
				}
			}
		}
		// Arabic verb-first: «التقى X Y» / «تحدث X و Y»
		if (isMeet || isCall && it.k == kTok) && len(subj) == 0 && len(obj) >= 2 {
			for a := 0; a < len(obj); a++ {
				st.participant(si, obj[a], ev, "meet-verb-first")
			}
			st.meet(si, obj[0], obj[1], "meet-verb-first")
		}
		// demonyms of officials meeting: «الروسيين والأمريكيين»
		if isMeet && len(subj) == 0 && len(obj) < 2 {
			var dems []item
			for k := i + 1; k < len(its) && k <= i+6; k++ {
				if its[k].k == kDem {
					dems = append(dems, its[k])
				}
			}
			if len(dems) >= 2 {
				for _, dm := range dems {
					st.participant(si, dm, ev, "meet-nationalities")
				}
				st.meet(si, dems[0], dems[1], "meet-nationalities")
			}
		}
		st.mediation(si, ev, its)
	}
}

// possessorOf reports whether person a stands right before person b with
// nothing between: in «مبعوث الرئيس ترامب ستيف ويتكوف» ("the president
// Trump's envoy, Witkoff") a owns b's title and is no second party.
func possessorOf(its []item, a, b item) bool {
	for _, it := range its {
		if it.start > a.start && it.start < b.start {
			return false
		}
	}
	return true
}

// titleQualifier reports a country or body that qualifies the title of
// the person after it ("U.S. Secretary of State Antony Blinken"): it is
// no party of its own.
func titleQualifier(its []item, k int) bool {
	if !(its[k].is(graph.Country) || its[k].is(graph.Organization)) {
		return false
	}
	j := k + 1
	for j < len(its) && its[j].k == kDem {
		j++
	}
	return j+1 < len(its) && its[j].k == kRole && (its[j+1].is(graph.Person) || j+2 < len(its) && its[j+1].k == kDem && its[j+2].is(graph.Person))
}

func hasPhone(its []item) bool {
	for _, it := range its {
		if it.k == kTok && phoneWords[it.key] || it.k == kEvent && it.ev == evCall {
			return true
		}
	}
	return false
}

func containsItem(xs []item, y item) bool {
	for _, x := range xs {
		if x.start == y.start {
			return true
		}
	}
	return false
}

// newEvent records an event mention for the trigger at its[i].
func (st *docState) newEvent(si int, it item, its []item, i int) *eventRef {
	m := st.d.Mention(it.start, it.end, graph.Event, "rules", 0.7)
	sent := st.d.Sentences[si]
	m.Date = dateIn(tokenize(st.d.Text, sent.Start, sent.End), st.d.Published)
	ev := &eventRef{m: m, sentence: si}
	// an ordinal round ("second round", «الجولة الأولى») or a year
	for k := i - 2; k <= i+3 && k < len(its); k++ {
		if k < 0 || k == i {
			continue
		}
		if n, ok := ordinals[its[k].key]; ok && its[k].k == kTok {
			if n == "new" || n == "next" {
				ev.key = "round:new"
			} else {
				ev.key = "round:" + n
			}
		}
	}
	if ev.key == "" {
		if y := yearRe.FindString(st.d.Sentences[si].Text); y != "" && !strings.Contains(st.d.Published, y) {
			// a past year marks a past event, unless the sentence places it
			ev.key = "year:" + y
		}
	}
	st.events = append(st.events, ev)
	return ev
}

// placesAfter links an event to the places that follow its trigger.
func (st *docState) placesAfter(si int, ev *eventRef, its []item, i int) {
	k := i + 1
	// Arabic construct state: «محادثات الرياض»
	if k < len(its) && (its[k].is(graph.City) || its[k].is(graph.Place)) && its[k].m.Lang == "ar" {
		st.heldIn(si, ev, its[k])
		k++
	}
	for ; k < len(its) && k <= i+20; k++ {
		w := its[k]
		switch {
		case w.isPlace():
			if k > 0 && (its[k-1].k == kTok && inWords[its[k-1].key] || its[k-1].comma() || its[k-1].word("the", "capital", "عاصمه")) {
				st.heldIn(si, ev, w)
			}
		case w.comma(), w.text == "–", w.text == "—", w.text == "(", w.text == ")":
		case w.k == kTok && (placeGap[w.key] || partyGap[w.key] || mediateW[w.key]):
		case w.isAgent(), w.k == kDem, w.k == kRole, w.k == kHon:
			// the parties of the event stand between it and its place
		case w.k == kTok && yearRe.MatchString(w.text), w.k == kTok && isNumber(w.text):
		default:
			return // any other word leaves the event's phrase
		}
	}
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (st *docState) heldIn(si int, ev *eventRef, place item) {
	idx := st.rel(si, ev.m, place.m, graph.HeldIn, "", "", "event-in-place", 0.8)
	ev.rels = append(ev.rels, idx)
	ev.subject = append(ev.subject, true)
	if ev.key == "" || strings.HasPrefix(ev.key, "year:") {
		ev.key = "place:" + placeKey(st, place)
	}
}

// placeKey names the country of a place (or the place itself), so that
// "talks in Riyadh" and "talks in Saudi Arabia" are one event.
func placeKey(st *docState, place item) string {
	if c := st.countryOf(place); c != nil {
		return c.Name
	}
	if place.m.Name != "" {
		return place.m.Name
	}
	return textnorm.Key(place.m.Text)
}

func (st *docState) participant(si int, who item, ev *eventRef, rule string) {
	if rule != "event-subject" && rule != "attend" {
		ev.parties = append(ev.parties, who.text)
	}
	m, ok := st.mentionOf(who)
	if who.k == kDeleg {
		dm := st.delegationAt(who)
		if dm == nil {
			return
		}
		m, ok = *dm, true
	}
	if !ok {
		return
	}
	idx := st.rel(si, m, ev.m, graph.ParticipatesIn, "", "", rule, 0.7)
	ev.rels = append(ev.rels, idx)
	ev.subject = append(ev.subject, false)
}

func (st *docState) meet(si int, a, b item, rule string) {
	am, ok1 := st.mentionOf(a)
	bm, ok2 := st.mentionOf(b)
	if a.k == kDeleg {
		if dm := st.delegationAt(a); dm != nil {
			am, ok1 = *dm, true
		}
	}
	if b.k == kDeleg {
		if dm := st.delegationAt(b); dm != nil {
			bm, ok2 = *dm, true
		}
	}
	if !ok1 || !ok2 || am.Name != "" && am.Name == bm.Name || am.Text == bm.Text {
		return
	}
	st.rel(si, am, bm, graph.MeetsWith, "", "", rule, 0.7)
}

// attend: "X will attend negotiations in Riyadh", «شارك X في الاجتماع».
func (st *docState) attend(si int, its []item, i int) {
	var subj []item
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if its[k].punct() || its[k].k == kTok && negations[its[k].key] {
			break
		}
		if its[k].isAgent() {
			subj = append(subj, its[k])
		}
	}
	// the event: the next trigger in the sentence; an Arabic verb comes
	// first and its subjects stand between it and the event word
	// («حضر وزير الخارجية السعودي X و Y لبداية الاجتماع»)
	var after []item
	for k := i + 1; k < len(its) && k <= i+12; k++ {
		if its[k].k == kEvent {
			if len(subj) == 0 {
				subj = after
			}
			ev := st.newEvent(si, its[k], its, k)
			st.placesAfter(si, ev, its, k)
			for _, s := range subj {
				st.participant(si, s, ev, "attend")
			}
			return
		}
		if its[k].k == kDeleg || its[k].punct() && !its[k].comma() {
			// «الانضمام إلى الوفد الروسي»: membership, handled with delegations
			return
		}
		if its[k].is(graph.Person) {
			after = append(after, its[k])
		}
	}
}

// mediation: "talks mediated by X", "X-brokered", «بوساطة أمريكية», "with US brokers".
func (st *docState) mediation(si int, ev *eventRef, its []item) {
	for k, w := range its {
		var med *item
		switch {
		case w.k == kTok && mediateW[w.key]:
			for j := k + 1; j < len(its) && j <= k+4; j++ {
				if its[j].isBody() || its[j].k == kDem || its[j].is(graph.Person) {
					cp := its[j]
					med = &cp
					break
				}
				if !its[j].word("by", "the") {
					break
				}
			}
		case w.k == kTok && brokers[w.key] && k > 0 && (its[k-1].isBody() || its[k-1].k == kDem):
			cp := its[k-1]
			med = &cp
		case w.k == kTok && (strings.HasSuffix(w.key, "-brokered") || strings.HasSuffix(w.key, " brokered")):
			// "US-brokered": the part before the hyphen is a country
			head := strings.TrimSuffix(strings.TrimSuffix(w.text, "-brokered"), "-mediated")
			if es := st.lx.kb.Lookup(head); len(es) > 0 && es[0].Type == graph.Country {
				m := st.d.Mention(w.start, w.start+len(head), graph.Country, "lexicon", 0.8)
				m.Name, m.KBID = es[0].Name, es[0].ID
				cp := item{k: kEnt, m: m, start: m.Start, end: m.End}
				med = &cp
			}
		}
		if med == nil {
			continue
		}
		// "mediated by Egypt and Qatar", «بوساطة مصرية وقطرية»
		meds := []item{*med}
		for j := k + 1; j < len(its) && j <= k+8; j++ {
			if its[j].start <= med.start {
				continue
			}
			if its[j].isBody() || its[j].k == kDem {
				if j > 0 && (its[j-1].word("and", "و") || its[j].conj || its[j-1].start < med.end+1 || its[j-1].comma()) {
					meds = append(meds, its[j])
					continue
				}
			}
			if !(its[j].word("and", "و") || its[j].comma()) {
				break
			}
		}
		for _, md := range meds {
			mm, ok := st.mentionOf(md)
			if !ok {
				continue
			}
			idx := st.rel(si, mm, ev.m, graph.Mediates, "", "", "mediated-by", 0.8)
			ev.rels = append(ev.rels, idx)
			ev.subject = append(ev.subject, false)
		}
		return
	}
}

// delegationAt returns the delegation mention made for a delegation item.
func (st *docState) delegationAt(it item) *graph.Mention {
	for i := range st.res.Mentions {
		m := &st.res.Mentions[i]
		if m.Type == graph.Delegation && m.Start <= it.start && it.end <= m.End {
			return m
		}
	}
	return nil
}

// delegations: "the Russian delegation", «الوفد الأوكراني», "Ukrainian and
// Russian negotiators"; who leads them and who belongs to them.
func (st *docState) delegations(si int, its []item) {
	for i, it := range its {
		if it.k != kDeleg {
			continue
		}
		var countries []*kb.Entry
		start, end := it.start, it.end
		var adj []item
		// English: adjectives or places before the noun ("Russian", "Kiev", "US")
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			w := its[k]
			if c := st.countryOf(w); c != nil && (w.k == kDem || w.k == kEnt) {
				countries = append([]*kb.Entry{c}, countries...)
				adj = append([]item{w}, adj...)
				start = w.start
				continue
			}
			if w.word("and", "و") || w.comma() {
				continue
			}
			break
		}
		// Arabic: adjectives after the noun («الوفد الروسي», «مفاوضون أوكرانيون»)
		if len(countries) == 0 {
			for k := i + 1; k < len(its) && k <= i+3; k++ {
				w := its[k]
				if w.k == kDem {
					countries = append(countries, w.country)
					adj = append(adj, w)
					end = w.end
					continue
				}
				if w.word("التفاوضي", "التفاوضيه") {
					end = w.end
					continue
				}
				break
			}
		}
		if len(countries) == 0 {
			// a body's delegation: "the Hamas delegation", «وفد حماس»
			var body *item
			if i > 0 && its[i-1].is(graph.Organization) {
				body = &its[i-1]
			} else if i+1 < len(its) && its[i+1].is(graph.Organization) && its[i+1].m.Lang == "ar" {
				body = &its[i+1]
			}
			if body == nil {
				st.pluralDelegations(si, its, i)
				continue
			}
			m := st.d.Mention(min(it.start, body.start), max(it.end, body.end), graph.Delegation, "rules", 0.8)
			name := body.m.Name
			if name == "" {
				name = body.m.Text
			}
			m.Key = st.d.ID + "|delegation|" + name
			m.Name = name + " delegation"
			st.res.Mentions = append(st.res.Mentions, m)
			st.rel(si, m, body.m, graph.Represents, "", "", "delegation-body", 0.85)
			st.delegationMembers(si, its, i, m)
			continue
		}
		for ci, c := range countries {
			// each country's delegation gets its own span: "Ukrainian and
			// Russian negotiators" holds two delegations
			ms, me := start, end
			if len(countries) > 1 {
				if adj[ci].start < it.start {
					ms = adj[ci].start
				} else {
					me = adj[ci].end
				}
			}
			m := st.d.Mention(ms, me, graph.Delegation, "rules", 0.8)
			m.Key = st.d.ID + "|delegation|" + c.Name
			m.Name = demonymEn(c) + " delegation"
			st.res.Mentions = append(st.res.Mentions, m)
			if _, ok := st.delegs[c.Name]; !ok {
				cp := m
				st.delegs[c.Name] = &cp
			}
			if cm, ok := st.countryMention(adj[ci], c); ok {
				st.rel(si, m, cm, graph.Represents, "", "", "delegation-country", 0.9)
			}
		}
		dm := st.res.Mentions[len(st.res.Mentions)-len(countries)]
		st.delegationMembers(si, its, i, dm)
	}
}

// pluralDelegations: «قاد وزير الخارجية X ووزير الخارجية الروسي Y الوفود»,
// "X and Y led the delegations": each leader heads his country's
// delegation, the country read from his title.
func (st *docState) pluralDelegations(si int, its []item, i int) {
	if !its[i].word("الوفود", "delegations") && !strings.Contains(its[i].text, "الوفود") && its[i].text != "delegations" {
		return
	}
	v := -1
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if its[k].k == kTok && leadVerbs[its[k].key] {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	for k := v + 1; k < i; k++ {
		p := its[k]
		if !p.is(graph.Person) {
			continue
		}
		var country *item
		for j := k - 1; j > v && j >= k-3; j-- {
			if its[j].k == kDem || its[j].is(graph.Country) {
				cp := its[j]
				country = &cp
				break
			}
			if its[j].is(graph.Person) {
				break
			}
		}
		if country == nil {
			continue
		}
		c := st.countryOf(*country)
		if c == nil {
			continue
		}
		m := st.d.Mention(its[i].start, its[i].end, graph.Delegation, "rules", 0.7)
		m.Key = st.d.ID + "|delegation|" + c.Name
		m.Name = demonymEn(c) + " delegation"
		st.res.Mentions = append(st.res.Mentions, m)
		if cm, ok := st.countryMention(*country, c); ok {
			st.rel(si, m, cm, graph.Represents, "", "", "delegations-of-leaders", 0.7)
		}
		st.rel(si, p.m, m, graph.Leads, "", "", "leaders-of-delegations", 0.7)
		st.leaders = append(st.leaders, leader{key: lastKey(p.m.Text), deleg: m})
	}
}

// leader ties a person (by the key of his last name) to the delegation he leads.
type leader struct {
	key   string
	deleg graph.Mention
}

func lastKey(text string) string {
	f := strings.Fields(textnorm.Key(text))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// accompanied: «رافق روبيو X و Y», «جلب لافروف X»: the people who came with
// a delegation's leader are its members.
func (st *docState) accompanied(si int, its []item) {
	for k, w := range its {
		if w.k != kTok || !accompany[w.key] {
			continue
		}
		var lead *item
		for j := k + 1; j < len(its) && j <= k+2; j++ {
			if its[j].is(graph.Person) {
				cp := its[j]
				lead = &cp
				break
			}
		}
		if lead == nil {
			continue
		}
		var dm *graph.Mention
		for _, l := range st.leaders {
			if l.key == lastKey(lead.m.Text) {
				d := l.deleg
				dm = &d
			}
		}
		if dm == nil {
			continue
		}
		for j := k + 1; j < len(its); j++ {
			x := its[j]
			if x.punct() && !x.comma() || x.k == kTok && (accompany[x.key] || x.key == "بينما" || x.key == "while") {
				break
			}
			if x.is(graph.Person) && x.start != lead.start {
				st.rel(si, x.m, *dm, graph.MemberOf, "", "", "accompanied-leader", 0.65)
			}
		}
	}
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

// delegationMembers finds the leader and the members of a delegation.
func (st *docState) delegationMembers(si int, its []item, i int, dm graph.Mention) {
	leader := func(p item, rule string) {
		st.rel(si, p.m, dm, graph.Leads, "", "", rule, 0.8)
		st.leaders = append(st.leaders, leader{key: lastKey(p.m.Text), deleg: dm})
	}
	member := func(p item, rule string) {
		st.rel(si, p.m, dm, graph.MemberOf, "", "", rule, 0.7)
	}
	// after the noun: "led by X", «برئاسة X», "will lead X" (machine
	// translation of a passive), "will include ... X"
	for k := i + 1; k < len(its) && k <= i+8; k++ {
		w := its[k]
		if w.punct() && !w.comma() || w.k == kDeleg {
			break
		}
		if w.k == kTok && leadVerbs[w.key] && !(k+1 < len(its) && its[k+1].k == kDeleg) {
			for j := k + 1; j < len(its) && j <= k+8; j++ {
				if its[j].is(graph.Person) {
					leader(its[j], "delegation-led-by")
					return
				}
				if its[j].punct() && !its[j].comma() {
					break
				}
			}
		}
		if w.k == kTok && involving[w.key] {
			for j := k + 1; j < len(its); j++ {
				if its[j].is(graph.Person) {
					member(its[j], "delegation-includes")
				}
			}
			return
		}
	}
	// before the noun: "X and Y are members of the D", "X will join D",
	// «وترأس الوفد ... X» (verb first: the person follows)
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := its[k]
		if w.k == kTok && memberW[w.key] || w.k == kTok && attendVerbs[w.key] {
			for j := 0; j < k; j++ {
				if its[j].is(graph.Person) {
					member(its[j], "members-of-delegation")
				}
			}
			return
		}
		if w.k == kTok && leadVerbs[w.key] {
			// a person before an English verb leads ("X heads the
			// delegation"); an Arabic verb comes first and its subject
			// follows the noun («وترأس الوفد ... X»)
			for j := k - 1; j >= 0 && j >= k-4 && !textnorm.IsArabic([]rune(w.text)[0]); j-- {
				if its[j].is(graph.Person) {
					leader(its[j], "leads-delegation")
					return
				}
			}
			for j := i + 1; j < len(its) && j <= i+10; j++ {
				if its[j].is(graph.Person) {
					leader(its[j], "verb-delegation-leader")
					return
				}
			}
			return
		}
	}
}

// finish gives every event its key, attaches delegations to the
// document's main event, and emits the event mentions.
func (st *docState) finish() {
	// the main event is the first one the document places: news leads
	// with it, and later bare mentions of "the talks" refer to it
	mainKey := ""
	for _, ev := range st.events {
		if strings.HasPrefix(ev.key, "place:") && !ev.call {
			mainKey = ev.key
			break
		}
	}
	if mainKey == "" {
		mainKey = "talks"
	}
	// an unplaced "new round" shares the key of a placed event of its sentence
	for _, ev := range st.events {
		if ev.key == "round:new" {
			for _, o := range st.events {
				if o.sentence == ev.sentence && strings.HasPrefix(o.key, "place:") {
					ev.key = o.key
					break
				}
			}
		}
	}
	for _, ev := range st.events {
		key := ev.key
		switch {
		case ev.call:
			key = "call"
		case key == "" && len(ev.parties) > 0:
			// an event introduced with its own parties and no place is its
			// own event, not the document's main one
			seen := map[string]bool{}
			var ps []string
			for _, p := range ev.parties {
				if !seen[p] {
					seen[p] = true
					ps = append(ps, p)
				}
			}
			sort.Strings(ps)
			key = "parties:" + strings.Join(ps, "+")
		case key == "":
			key = mainKey
		}
		ev.m.Key = st.d.ID + "|event|" + key
		ev.m.Name = eventName(key)
		for n, idx := range ev.rels {
			if ev.subject[n] {
				st.res.Relations[idx].Subject.Key, st.res.Relations[idx].Subject.Name = ev.m.Key, ev.m.Name
			} else {
				st.res.Relations[idx].Object.Key, st.res.Relations[idx].Object.Name = ev.m.Key, ev.m.Name
			}
		}
		st.res.Mentions = append(st.res.Mentions, ev.m)
		if key == mainKey && st.main == nil {
			st.main = ev
		}
	}
	// delegations take part in the main event, and so do their leaders and members
	if st.main == nil {
		return
	}
	n := len(st.res.Relations)
	for i := 0; i < n; i++ {
		r := st.res.Relations[i]
		switch r.Predicate {
		case graph.Represents:
			st.res.Relations = append(st.res.Relations, st.d.Relation(r.Subject, graph.ParticipatesIn, st.main.m, "", "", "rules", "delegation-in-main-event", 0.6))
		case graph.Leads, graph.MemberOf:
			if r.Object.Type == graph.Delegation {
				st.res.Relations = append(st.res.Relations, st.d.Relation(r.Subject, graph.ParticipatesIn, st.main.m, "", "", "rules", "delegate-in-main-event", 0.6))
			}
		}
	}
}

func eventName(key string) string {
	switch {
	case key == "call":
		return "phone call"
	case strings.HasPrefix(key, "place:"):
		return "talks in " + strings.TrimPrefix(key, "place:")
	case strings.HasPrefix(key, "round:"):
		return "round " + strings.TrimPrefix(key, "round:") + " of talks"
	case strings.HasPrefix(key, "parties:"):
		return "talks of " + strings.ReplaceAll(strings.TrimPrefix(key, "parties:"), "+", ", ")
	case strings.HasPrefix(key, "year:"):
		return "talks of " + strings.TrimPrefix(key, "year:")
	}
	return key
}
