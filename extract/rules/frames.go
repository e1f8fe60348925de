package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// An article usually reports one or a few events: a call, a meeting, a
// round of talks, a summit. Each event word or verb of meeting in a
// sentence is an evRef; at the end of the document the references are
// gathered into frames, one per event, and every place, date, party and
// mediator found for any reference is the frame's, over the whole
// article.

// evRef is one reference to an event in one sentence.
type evRef struct {
	m      graph.Mention // the trigger (an Event mention)
	sent   int
	kind   eventKind
	named  string // key of a proper name ("nato summit")
	round  string // an ordinal round ("2", "new")
	past   bool   // "last", "previous", a past year
	future bool   // "upcoming", "next"
	// occasion: the sentence opens with "Later," or "Earlier in the
	// day," («وفي وقت لاحق»): another occasion of the same day
	occasion bool
	// briefed: the event is what someone was briefed on ("who briefed
	// him on the opening sessions in Mombasa"): a topic, not the
	// occasion of the briefing
	briefed bool
	// margins: the event on whose margins this one took place
	margins *evRef
	// verb: the reference is a verb's ("met", «بحث»), not an event word's
	verb bool
	// subject: a placed verb's own named subject that no rule made a
	// party ("The IAEA's board meets in Vienna")
	subject *graph.Mention
	// also: "X also met Z": another meeting of one of the event's
	// parties with someone new
	also bool
	// scene: the reference sets the scene of its sentence ("during his
	// visit to Oslo, ..."): the sentence's parties meet at its places
	scene bool
	// here: the speakers are at the event ("the summit we are attending",
	// «المؤتمر الذي نشارك فيه»): a transcript's place line is its place too
	here bool
	// toMain: the reference stands for the report's own event ("the
	// closing communique, read by X", «البيان الختامي الذي تلاه X»): it
	// joins the main frame of those gathered before it
	toMain bool
	// placeKeys of the first keyed places, worked out once
	keyed                    int
	countryKeys, unknownKeys []string
	date                     string
	places                   []evPlace
	parties                  []evParty
	mediators                []evParty
	frame                    *frame
}

type evPlace struct {
	m    graph.Mention
	sent int
	rule string
	// venue: a building the name leaves its common noun out of ("the Y
	// presidential complex", "the Y resort"): buildingAfter
	venue bool
}

// isBuilding reports a place that is a building: by a word of its name
// or by the common noun right after it.
func (p evPlace) isBuilding() bool { return p.venue || building(p.m) }

type evParty struct {
	m    graph.Mention
	sent int
	rule string
	// who tells the event apart: the parties of "talks between A and B",
	// "X met Y" do; those who attend "the meeting" do not
	identity bool
}

// frame is one event of the document.
type frame struct {
	id   int
	refs []*evRef
	// the party keys of its references (gather's index)
	parties map[string]bool
}

// index adds the keys of a reference's parties to the frame's, but for
// those who meet on its margins (their meeting is not the summit).
func (f *frame) index(st *docState, r *evRef) {
	if f.parties == nil {
		f.parties = map[string]bool{}
	}
	for _, q := range r.parties {
		if q.rule != "margins" {
			f.parties[st.keyOf(q.m)] = true
		}
	}
}

func (f *frame) call() bool {
	call := false
	for _, r := range f.refs {
		switch r.kind {
		case evAny:
		case evCall:
			call = true
		default:
			return false
		}
	}
	return call
}

// anyOnly reports a frame made only of references that name no kind.
func (f *frame) anyOnly() bool {
	for _, r := range f.refs {
		if r.kind != evAny {
			return false
		}
	}
	return true
}

// recallWords say that what follows them is recalled (words.tsv
// recall-word: «مستذكرا», "recalling").
var recallWords = wordSet("words.tsv", "recall-word")

// recalledBefore reports an event phrase at text[at:] that a word of
// recall opens, with at most three words between ("recalling the success
// of the", «مستذكرا نجاح»).
func recalledBefore(text string, at int) bool {
	ws := strings.Fields(text[max(0, at-80):at])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-4; i-- {
		if strings.ContainsAny(ws[i], ".,،;؛") {
			return false
		}
		k := textnorm.Key(strings.Trim(ws[i], "\"«»()"))
		if recallWords[k] {
			return true
		}
		if k == "that" || k == "ان" || k == "بان" || k == "الذي" || k == "التي" {
			return false // "recalling that the talks ...": a clause, told now
		}
	}
	return false
}

// newRef records a reference to an event whose trigger spans the bytes
// [start, end) of sentence si.
func (st *docState) newRef(si, start, end int, k eventKind) *evRef {
	if r, ok := st.refAt[[2]int{start, end}]; ok {
		return r
	}
	if st.refAt == nil {
		st.refAt = map[[2]int]*evRef{}
	}
	m := st.d.Mention(start, end, graph.Event, "rules", 0.7)
	date, past := st.sentenceDate(si)
	m.Date = date
	r := &evRef{m: m, sent: si, kind: k, date: m.Date}
	// «مستذكرا نجاح مؤتمر X», "recalling the success of the X
	// Conference": an event recalled is a past one
	r.past = recalledBefore(st.d.Text, start)
	if past && m.Date == "" {
		r.past = true // a past year marks a past event
	}
	if st.nextEditionBefore(si, start) || st.nextBefore(si, start) || st.preparedBefore(si, start) {
		r.future = true
	}
	if st.pastAfter(si, end) || st.pastWhere(si, start) || st.lastUnitBefore(si, start) {
		r.past = true
	}
	r.occasion = st.otherOccasion(si)
	r.briefed = st.briefedOn(si, start)
	st.refs = append(st.refs, r)
	st.refAt[[2]int{start, end}] = r
	return r
}

// briefWords are the verbs of telling someone about a matter: "briefed".
var briefWords = wordSet("words.tsv", "brief-verb")

// briefedOn reports an event word that a verb of briefing governs through
// "on" ("briefed him on the opening sessions in X", "updated them on the
// talks"): the event is the topic of the briefing.
func (st *docState) briefedOn(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	for i, n := len(toks)-1, 0; i > 0 && n < 4; i, n = i-1, n+1 {
		t := toks[i]
		if t.punct || t.arabic {
			return false
		}
		if t.key == "on" || t.key == "about" {
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if briefWords[toks[j].key] {
					return true
				}
				if toks[j].punct {
					break
				}
			}
			return false
		}
	}
	return false
}

// editionWords name a recurring sitting ("session", «الدورة») and
// nextWords mark it as the next one ("next", «المقبلة»).
var (
	editionWords = wordSet("words.tsv", "edition")
	nextWords    = wordSet("words.tsv", "next-word")
)

// nextEditionBefore reports an event word that a next sitting governs
// ("the next session of the conference", «الدورة المقبلة للمؤتمر»,
// «النسخة القادمة من القمة»): the event announced is another one than
// the report's.
func (st *docState) nextEditionBefore(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	edition, next := false, false
	for i, n := len(toks)-1, 0; i >= 0 && n < 5; i, n = i-1, n+1 {
		t := toks[i]
		switch {
		case editionWords[t.key]:
			edition = true
		case nextWords[t.key]:
			next = true
		case t.key == "the" || t.key == "of" || t.key == "من":
		case i == len(toks)-1 && t.arabic && t.end == start:
			// «للمؤتمر»: the proclitics before the event word
		default:
			return edition && next
		}
		if edition && next {
			return true
		}
	}
	return edition && next
}

// afterDateline returns the text of sentence si after a wire dateline
// it opens with ("ABU DHABI, 14th April, 2026 (WAM) --"), else all of it.
func (st *docState) afterDateline(si int) string {
	sent := st.d.Sentences[si]
	dp, ok := st.datelinePlace(false)
	if !ok || dp.m.Start < sent.Start || dp.m.Start >= sent.End {
		return sent.Text
	}
	rest := st.d.Text[dp.m.End:sent.End]
	cut := -1
	for _, dash := range []string{"—", "–", " - ", " -- ", "- "} {
		if i := strings.Index(rest, dash); i >= 0 && i < 80 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return sent.Text
	}
	return rest[cut:]
}

// dateUnitWords ("month", "week") and stopWordsEN (determiners,
// prepositions) end the words that qualify an event word.
var (
	dateUnitWords = wordSet("words.tsv", "date-unit")
	stopWordsEN   = wordSet("words.tsv", "np-stop")
)

// sentenceDate returns the date sentence si gives its events, and
// whether it names a year other than the publication's (a past event);
// worked out once for the events of a sentence.
func (st *docState) sentenceDate(si int) (date string, past bool) {
	if st.dated != si+1 {
		sent := st.d.Sentences[si]
		toks := st.toks
		if toks == nil || st.toksOf != si {
			toks = tokenize(st.d.Text, sent.Start, sent.End)
		}
		st.date = dateIn(toks, st.d.Published)
		y := yearRe.FindString(sent.Text)
		if y != "" {
			// "ABU DHABI, 14th April, 2026 (WAM) -- X received Y": the
			// dateline's year is the report's own
			y = eventYear(st.afterDateline(si))
		}
		st.past = y != "" && !strings.Contains(st.d.Published, y)
		if st.past && st.d.Published == "" {
			// a text with no publication date is dated by its head
			// ("Sunday, 19 January 2025"): a sentence that gives that
			// very day ("X received on Sunday 19/1/2025 Y") tells the
			// report's own event, no past one (a year alone, or another
			// day of it, still tells a past one)
			if hd := st.inHead(firstFullDate); hd != "" && slices.ContainsFunc(fullDates(sent.Text), func(d string) bool { return daysApart(d, hd) <= 3 }) {
				st.past = false // (a report filed up to three days after)
			}
		}
		st.dated = si + 1
	}
	return st.date, st.past
}

// inHead returns the first value f finds in one of the document's first
// three paragraphs (headline, dateline, lead), in order, or "".
func (st *docState) inHead(f func(string) string) string {
	for pi, p := range st.d.Paragraphs {
		if pi > 2 {
			break
		}
		if v := f(st.d.Text[p.Start:p.End]); v != "" {
			return v
		}
	}
	return ""
}

// eventYear returns the first year of a text that dates something of its
// own: not the one after "since" («منذ»), which only says from when ("the
// first summit since 2023" is this year's).
func eventYear(text string) string {
	for _, loc := range yearRe.FindAllStringIndex(text, -1) {
		before := strings.TrimRight(text[:loc[0]], " ")
		if strings.HasSuffix(before, "since") || strings.HasSuffix(before, "منذ") || strings.HasSuffix(before, "منذ عام") || strings.HasSuffix(before, "since early") || strings.HasSuffix(before, "since late") {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

func (r *evRef) addPlace(st *docState, si int, m graph.Mention, rule string) {
	for _, p := range r.places {
		if p.m.Start == m.Start && p.m.End == m.End {
			return
		}
	}
	r.places = append(r.places, evPlace{m: m, sent: si, rule: rule, venue: st.buildingAfter(m)})
}

func (r *evRef) addParty(st *docState, si int, m graph.Mention, rule string) {
	r.addPartyAs(st, si, m, rule, true)
}

// addAttendee adds a party that does not tell the event apart ("X
// attended the meeting").
func (r *evRef) addAttendee(st *docState, si int, m graph.Mention, rule string) {
	r.addPartyAs(st, si, m, rule, false)
}

func (r *evRef) addPartyAs(st *docState, si int, m graph.Mention, rule string, identity bool) {
	for i, p := range r.parties {
		if p.m.Start == m.Start && p.m.End == m.End && p.m.Key == m.Key {
			r.parties[i].identity = p.identity || identity
			return
		}
	}
	r.parties = append(r.parties, evParty{m, si, rule, identity})
}

// join adds parties and places to a reference.
func (r *evRef) join(st *docState, si int, parties, places []graph.Mention, rule string) {
	for _, a := range parties {
		r.addParty(st, si, a, rule)
	}
	for _, pl := range places {
		r.addPlace(st, si, pl, rule)
	}
}

func (r *evRef) own() bool {
	if len(r.places) > 0 || r.named != "" {
		return true
	}
	for _, p := range r.parties {
		if p.identity {
			return true
		}
	}
	return false
}

// placeKeys are the keys a reference's places give for telling events
// apart: the country of each place (Riyadh and Saudi Arabia are one), or
// the place itself when its country is unknown.
func (st *docState) placeKeys(r *evRef) (countries, unknown []string) {
	if r.keyed == len(r.places) && r.keyed > 0 {
		return r.countryKeys, r.unknownKeys
	}
	defer func() { r.countryKeys, r.unknownKeys, r.keyed = countries, unknown, len(r.places) }()
	for _, p := range r.places {
		if c := st.countryOfMention(p.m); c != "" {
			countries = append(countries, c)
		} else {
			unknown = append(unknown, partyKey(p.m))
		}
	}
	return countries, unknown
}

// sameNamed reports two references by an event's proper name that name
// one event: the same name, or the one the other said without the words
// that open it ("Japan-Norway Foreign Ministers' Meeting" in a headline,
// "held a Foreign Ministers' Meeting" in the text), of two words or more,
// neither told as past or to come ("the next EU-ASEAN Ministerial
// Meeting" is another).
func sameNamed(r, o *evRef) bool {
	a, b := r.named, o.named
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.Contains(b, " ") && strings.HasSuffix(a, " "+b) && !r.past && !r.future && !o.past && !o.future
}

// compatible reports whether reference r may be one event with frame f.
func (st *docState) compatible(r *evRef, f *frame) bool {
	if r.kind != evAny && (r.kind == evCall) != f.call() && !f.anyOnly() {
		return false
	}
	if st.sectionsApart(r, f) {
		return false
	}
	rc, _ := st.placeKeys(r)
	for _, o := range f.refs {
		if r.named != "" && o.named != "" {
			return sameNamed(r, o) && !roundsApart(r, f)
		}
		if r.past != o.past && (r.own() && o.own()) {
			return false
		}
		if r.round != "" && o.round != "" && r.round != o.round {
			return false
		}
		if r.date != "" && o.date != "" && r.date != o.date {
			return false
		}
		oc, _ := st.placeKeys(o)
		if len(rc) > 0 && len(oc) > 0 && !overlapStrings(rc, oc) {
			return false
		}
		if nameCityApart(r, o) || nameCityApart(o, r) || citiesApart(r, o) {
			return false
		}
		if arrivalApart(r, o) || arrivalApart(o, r) {
			return false
		}
	}
	return true
}

// arrivalPlaces are the head words of the places where a guest lands and
// is met on arrival (words.tsv: arrival-place).
var arrivalPlaces = wordSet("words.tsv", "arrival-place")

// arrivalAt reports a place mention at an airport ("King Khalid
// International Airport", «مطار هواري بومدين الدولي»).
func arrivalAt(m graph.Mention) bool { return placeWith(m, arrivalPlaces) }

// arrivalApart reports a reception at an airport (r) and an event held
// at a venue that is no airport (o): the guest met on arrival, then the
// talks at the palace, are two events, whoever takes part in both.
func arrivalApart(r, o *evRef) bool {
	return slices.ContainsFunc(r.places, func(p evPlace) bool { return arrivalAt(p.m) }) &&
		slices.ContainsFunc(o.places, func(p evPlace) bool { return p.m.Type == graph.Place && !arrivalAt(p.m) })
}

// sectionsApart reports a reference told under one of a roundup's
// datelines and a frame told under another ("• DOHA — X hosted a fresh
// round ..." after "• KUWAIT CITY — ministers met ..."): two stories, so
// two events, whatever their words share. What comes before the first
// dateline (the headline, an introduction) is apart from no section.
func (st *docState) sectionsApart(r *evRef, f *frame) bool {
	sections := st.roundupSections()
	if len(sections) < 2 {
		return false
	}
	section := func(at int) int {
		i := -1
		for k, sd := range sections {
			if sd.start <= at {
				i = k
			}
		}
		return i
	}
	a := section(r.m.Start)
	if a < 0 {
		return false
	}
	for _, o := range f.refs {
		if b := section(o.m.Start); b >= 0 && b != a {
			return true
		}
	}
	return false
}

// citiesApart reports two references each held in a city of its own and
// in none of the other's: two events, though the cities share a country
// (an envoy's tour: "met the President in Santiago ... held talks with the
// Speaker in Valparaiso").
func citiesApart(r, o *evRef) bool {
	a, b := cityKeys(r, anyPlace), cityKeys(o, anyPlace)
	return len(a) > 0 && len(b) > 0 && !overlapStrings(a, b)
}

// cityKeys returns the keys of a reference's places that are cities and
// that keep admits.
func cityKeys(r *evRef, keep func(evPlace) bool) []string {
	var out []string
	for _, p := range r.places {
		if p.m.Type == graph.City && keep(p) {
			out = append(out, partyKey(p.m))
		}
	}
	return out
}

// anyPlace admits every place; byName those that name their event ("the
// Jeddah talks").
func anyPlace(evPlace) bool { return true }
func byName(p evPlace) bool { return p.rule == "event-name" || p.rule == "named-event" }

// nameCityApart reports an event named by its city ("the Jeddah talks",
// «محادثات جدة», «منبر جدة») beside a reference held in another city:
// two events, though the cities share a country (a reception in Riyadh
// that discussed the Jeddah talks).
func nameCityApart(r, o *evRef) bool {
	named := cityKeys(r, byName)
	if len(named) == 0 {
		return false
	}
	cities := cityKeys(o, anyPlace)
	return len(cities) > 0 && !overlapStrings(named, cities)
}

func overlapStrings(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// sharesParty reports whether r names a party of f.
func (st *docState) sharesParty(r *evRef, f *frame) bool {
	for _, p := range r.parties {
		if p.identity && f.parties[st.keyOf(p.m)] {
			return true
		}
	}
	return false
}

// newParty reports a reference marked as another meeting ("X also met
// Z") with a party that tells it apart and that the frame lacks.
func (st *docState) newParty(r *evRef, f *frame) bool {
	return r.also && st.lacksParty(r, f)
}

// lacksParty reports a party of r that tells it apart and that the frame
// f lacks.
func (st *docState) lacksParty(r *evRef, f *frame) bool {
	for _, p := range r.parties {
		if p.identity && !f.parties[st.keyOf(p.m)] {
			return true
		}
	}
	return false
}

// byCountries reports a reference whose parties are officials of the
// frame's countries ("Armenia and Azerbaijan held talks ... Armenian
// Foreign Minister X and his Azerbaijani counterpart Y discussed ..."):
// a verb's reference whose every party is the frame's or a person whose country is, one at least
// by the country.
func (st *docState) byCountries(r *evRef, f *frame) bool {
	// only a verb ("discussed", «بحث X مع Y»): "a meeting between the two
	// presidents" is an event of its own
	if r.also || !r.verb {
		return false
	}
	via := false
	for _, p := range r.parties {
		if !p.identity {
			continue
		}
		k := st.keyOf(p.m)
		if f.parties[k] {
			continue
		}
		if c, ok := st.personCountry[k]; ok && f.parties[c] {
			via = true
			continue
		}
		return false
	}
	return via
}

// keyOf is partyKey, worked out once per mention.
func (st *docState) keyOf(m graph.Mention) string {
	if k, ok := st.keys[m]; ok {
		return k
	}
	if st.keys == nil {
		st.keys = map[graph.Mention]string{}
	}
	k := partyKey(m)
	st.keys[m] = k
	return k
}

func sharesPlace(st *docState, r *evRef, f *frame) bool {
	rc, ru := st.placeKeys(r)
	for _, o := range f.refs {
		if citiesApart(r, o) {
			continue
		}
		oc, ou := st.placeKeys(o)
		if overlapStrings(rc, oc) || overlapStrings(ru, ou) {
			return true
		}
	}
	return false
}

// venueInFrameCity reports a place of r whose name opens with the name
// of a city of a reference of f ("the Harare International Conference
// Centre" and Harare): a venue in that city.
func venueInFrameCity(r *evRef, f *frame) bool {
	for _, p := range r.places {
		if p.m.Type != graph.Place {
			continue
		}
		pk := textnorm.Key(p.m.Text)
		for _, o := range f.refs {
			for _, q := range o.places {
				if q.m.Type == graph.City && strings.HasPrefix(pk, textnorm.Key(q.m.Text)+" ") {
					return true
				}
			}
		}
	}
	return false
}

// gather puts every reference into a frame: a named event is one frame
// by its name; a reference with places or parties of its own joins the
// frame it shares a place or a party with, else opens one; a bare
// reference ("the meeting") joins the latest compatible frame.
func (st *docState) gather() []*frame {
	var frames []*frame
	open := func(r *evRef) {
		f := &frame{id: len(frames) + 1, refs: []*evRef{r}}
		f.index(st, r)
		r.frame = f
		frames = append(frames, f)
	}
	join := func(r *evRef, f *frame) {
		f.refs = append(f.refs, r)
		f.index(st, r)
		r.frame = f
	}
	sortRefs(st.refs)
	st.personCountry = map[string]string{}
	for _, rel := range st.res.Relations {
		if rel.Predicate == graph.HoldsPosition && rel.Object.Type == graph.Country {
			st.personCountry[st.keyOf(rel.Subject)] = st.keyOf(rel.Object)
		}
	}
	for _, r := range st.refs {
		var best *frame
		switch {
		case r.named != "":
			for _, f := range frames {
				for _, o := range f.refs {
					if sameNamed(o, r) && !roundsApart(r, f) {
						best = f
					}
				}
			}
			if best == nil {
				// "leaders gathered in Addis Ababa for the AU Summit": the
				// partyless meeting of its own sentence at its place is it
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					if f := frames[i]; !f.named() && f.within(r.sent) && !f.hasIdentity() && sharesPlace(st, r, f) {
						best = f
					}
				}
			}
			if best == nil && !r.past && !r.future {
				// "Live updates: SADC ministers meet in Harare ... We are
				// live at the Harare International Conference Centre,
				// where ... are gathering for the 40th SADC Ministerial
				// Meeting": the headline's meeting at a city is the named
				// gathering held there, or at a venue the city's name
				// opens
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					if f := frames[i]; !f.named() && st.headlineOnly(f) && (sharesPlace(st, r, f) || venueInFrameCity(r, f)) {
						best = f
					}
				}
			}
		case r.own():
			for i := len(frames) - 1; i >= 0 && best == nil; i-- {
				f := frames[i]
				// (an announced or a past event is not the report's own
				// for a country or a party they share: "thanked Egypt for
				// hosting the upcoming conference in Aswan"; a scheduled
				// meeting is not the one told: «ومن المقرر أن يتوجه X إلى P
				// للقاء Y»)
				if !f.named() && st.compatible(r, f) && !tenseApart(r, f) && !st.apartOccasion(r, f) && (sharesPlace(st, r, f) || st.sharesParty(r, f) && !st.newParty(r, f) || st.byCountries(r, f)) {
					best = f
				}
			}
			if best == nil && !r.verb && r.named == "" && r.round == "" && len(r.places) == 0 && !r.past && !r.future && !r.also && !r.briefed && !r.occasion && !r.hasMargins() && st.opensWithThe(r) {
				// "X co-chaired the 21st Regional Ministerial Meeting in
				// Z. The meeting brought together the ministers of A, B
				// and C": a sentence that opens with the event word and
				// the article names again the latest event of that head
				// word; its parties are those who attend it
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					if !f.marked() && f.hasHead(lastWord(textnorm.Key(r.m.Text))) && st.compatible(r, f) && !tenseApart(r, f) {
						best = f
					}
				}
			}
			if best == nil && !r.verb && len(r.places) > 0 && !r.past && !r.future && !r.also && !r.briefed && !r.hasMargins() {
				// "Joint Readout: Lisbon Consultations on Chad ... Officials
				// from A and B convened at the Y Palace in Lisbon for two
				// days of consultations": an event word of the named
				// event's kind, at its place, is the named event said
				// again, whoever takes part (a verb's meeting there, "X
				// met Y in Lisbon", may be one on its margins; another
				// round is another event: compatible)
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					if f.named() && f.hasKind(r.kind) && r.kind != evAny && sharesPlace(st, r, f) && st.compatible(r, f) && !tenseApart(r, f) && !st.apartOccasion(r, f) {
						best = f
					}
				}
			}
			if best == nil && len(r.places) > 0 && !r.hasIdentity() && !r.hasMargins() && !r.briefed {
				// "the talks in Riyadh" after "X met Y": the place of the
				// latest unplaced frame (those who attend or open it tell
				// no event apart: "X opened the meeting at the Y Centre";
				// those who met on its margins make it a summit of its own)
				// (a verb whose own subject is none of the frame's parties
				// tells another body's meeting: "X and Y held a second
				// round ... The IAEA's board meets in Vienna next month";
				// a meeting on the margins of another is placed by it: "X
				// met Y on the sidelines ... after the talks in Riyadh")
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					if st.compatible(r, f) && !f.placed() && !f.named() && !f.onMargins() && !tenseApart(r, f) && (r.subject == nil || f.parties[st.keyOf(*r.subject)]) {
						best = f
					}
				}
			}
			if best == nil && len(r.places) > 0 && r.venuesOnly(st) && !r.hasIdentity() && (r.round == "" || sessionRef(r)) && !r.past && !r.future {
				// "Leaders gathered in Nairobi for a summit ... X opened
				// the meeting at the Y Convention Centre": a bare event
				// word at a venue only, that no party tells apart, is the
				// latest event held in a city or country and at no venue
				// yet: its venue
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					// (a numbered sitting is one of a gathering an event
					// word names, not of a meeting a verb tells: "X met Y
					// in Z ... the second session, at the assembly")
					if r.round != "" && !f.worded() {
						continue
					}
					if st.compatible(r, f) && f.placed() && !f.hasVenue() && !f.call() && !tenseApart(r, f) && !st.apartOccasion(r, f) && !r.occasion {
						best = f
					}
				}
			}
			if best == nil && len(r.places) > 0 && !r.hasIdentity() && r.round == "" && !r.past && !r.future &&
				(r.kind == evSummit || r.kind == evConference || r.kind == evAny) {
				// "The Gulf Investment Forum opened on Tuesday. ... The
				// forum, held in Muscat, runs until Thursday", "It took
				// place in Doha", "The event will be held in Jeddah": a
				// bare summit or conference, a pronoun, places the latest
				// unplaced event of its kind, named or not (those who
				// attend it tell no event apart)
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					if (r.kind == evAny || f.hasKind(r.kind)) && st.compatible(r, f) && !f.placed() && !tenseApart(r, f) {
						best = f
					}
				}
			}
			if best == nil && !r.past && !r.future {
				// "Omani Interior Minister receives Peruvian Defence
				// Minister ... Interior Minister X received Y": a
				// headline's event whose titles named no party is the
				// report's first event
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					if f := frames[i]; st.headlineOnly(f) && len(f.parties) == 0 && !f.named() && st.compatible(r, f) && !tenseApart(r, f) {
						best = f
					}
				}
			}
			if best == nil && len(r.places) == 0 && len(r.parties) > 0 {
				// "during his visit to Oslo, X met Y": the parties of the
				// scene their own sentence sets
				for i := len(frames) - 1; i >= 0 && best == nil; i-- {
					f := frames[i]
					if st.compatible(r, f) && !f.named() && sceneIn(f, r.sent) && !st.apartOccasion(r, f) {
						best = f
					}
				}
			}
		default:
			if r.toMain && !r.past && !r.future {
				// ("In 2019, X attended together with Y": a dated
				// attendance is another occasion's, not the report's)
				best = mainFrame(frames)
			}
			if best == nil && !r.past && !r.future && !r.verb {
				// «وجرى خلال الاستقبال … وحضر الاستقبال X», "the reception
				// ... attended the reception": a bare event word said again
				// is the event it named before, whatever was told between
				best = st.sameWordFrame(r, frames)
			}
			if best == nil && (r.kind == evSummit || r.kind == evConference) {
				// "the 37th AU Summit ... The summit was opened by ...":
				// a bare summit or conference is the latest one, named
				// or not, that is not past or next when there is one
				// ("the G20 summit, which Brazil hosted earlier this
				// month ... On the sidelines of the summit")
				for _, any := range []bool{false, true} {
					for i := len(frames) - 1; i >= 0 && best == nil; i-- {
						if st.compatible(r, frames[i]) && frames[i].hasKind(r.kind) && (any || !frames[i].marked() && !st.foretold(frames[i])) {
							best = frames[i]
						}
					}
				}
			}
			for i := len(frames) - 1; i >= 0 && best == nil && !r.past && !r.future; i-- {
				// "the meetings held in Baghdad last month ... attended the
				// meeting": a bare reference is the latest event not
				// marked as past or next, when there is one
				if st.compatible(r, frames[i]) && !frames[i].named() && !frames[i].marked() {
					best = frames[i]
				}
			}
			for i := len(frames) - 1; i >= 0 && best == nil; i-- {
				// ("the next session", bare, is no part of the meeting
				// before it)
				if st.compatible(r, frames[i]) && !frames[i].named() && !tenseApart(r, frames[i]) {
					best = frames[i]
				}
			}
			if best == nil && !r.past && !r.future && (gathering(r.kind) || r.kind == evAny && len(r.parties) > 0 && !r.hasIdentity()) {
				// "The 12th Ordinary Session of the Assembly ... opened
				// in Z. The two-day summit was chaired by X", "... Y
				// hosted the gathering": a bare word of a gathering with
				// no event before it to name again is the report's own
				// gathering, a session or meeting named or placed, said
				// again by another word (not a call, nor talks between
				// parties); so are the attendees an attendance rule of
				// no event word names ("X and Y were among those in
				// attendance"), who tell no event apart
				best = st.gatheringFrame(r, frames)
			}
			if best == nil && !r.past && !r.future {
				// "Joint Readout: Lisbon Consultations on Chad ... The
				// host opened the meeting": a bare reference with no
				// unnamed event before it is the report's own event
				// when the headline names it
				best = st.headlineEvent(r, frames)
			}
		}
		if best != nil && st.sectionsApart(r, best) {
			// (a roundup's stories never share an event, whichever way
			// the reference was joined)
			best = nil
		}
		if best == nil {
			open(r)
		} else {
			join(r, best)
		}
	}
	return st.headlineByCity(frames)
}

// opensWithThe reports an English event word right after the article
// that opens its sentence: "The meeting brought together ...".
func (st *docState) opensWithThe(r *evRef) bool {
	sent := st.d.Sentences[r.sent]
	ws := strings.Fields(st.d.Text[sent.Start:r.m.Start])
	return len(ws) == 1 && ws[0] == "The"
}

// hasHead reports a frame one of whose event words, named or not, has
// head key k, its last word's ("meeting" of "the 21st Regional
// Ministerial Meeting"; not a verb's reference).
func (f *frame) hasHead(k string) bool {
	return k != "" && slices.ContainsFunc(f.refs, func(r *evRef) bool { return !r.verb && lastWord(textnorm.Key(r.m.Text)) == k })
}

// worded reports a frame an event word names ("the talks", "the
// summit"), not a verb alone.
func (f *frame) worded() bool {
	for _, r := range f.refs {
		if !r.verb {
			return true
		}
	}
	return false
}

// sessionWords name the sittings of a gathering (words.tsv session).
var sessionWords = wordSet("words.tsv", "session", "ar", "en")

// sessionRef reports an event reference by a word of a sitting ("the
// first session", «الجلسة الأولى»): numbered, it is a part of the
// gathering, no round of its own.
func sessionRef(r *evRef) bool {
	for _, w := range strings.Fields(r.m.Text) {
		if sessionWords[textnorm.Key(w)] {
			return true
		}
	}
	return false
}

// gathering reports the kinds of many parties' meetings: a meeting, a
// session, a summit, a conference.
func gathering(k eventKind) bool {
	return k == evMeeting || k == evSummit || k == evConference
}

// sameClass reports two frames that an event word names alike: each has
// a word (no verb) of a gathering, or each one of talks.
func sameClass(f, g *frame) bool {
	class := func(f *frame) (gath, talks bool) {
		for _, r := range f.refs {
			if !r.verb {
				gath = gath || gathering(r.kind)
				talks = talks || r.kind == evTalks
			}
		}
		return
	}
	fg, ft := class(f)
	gg, gt := class(g)
	for _, r := range f.refs {
		fg = fg || collectiveMeet(r)
	}
	return fg && gg || ft && gt
}

// collectiveMeet reports a verb of meeting whose one party is a body of
// many ("G20 foreign ministers meet in Z", "Gulf Council leaders gather
// in Z"): a gathering, said by its verb, that a headline names by its
// city as it would by an event word. Two persons, or two countries, who
// meet are talks of their own ("Russia and Ukraine meet in Z").
func collectiveMeet(r *evRef) bool {
	return r.verb && r.kind == evMeeting && len(r.parties) == 1 && r.parties[0].m.Type == graph.Organization && !r.past && !r.future
}

// headlineByCity folds a headline's event named by its city ("Leaders
// close Nairobi summit") into the first frame of the body held in that
// city ("The 12th Ordinary Session of the Assembly ... concluded in
// Nairobi"): a headline names the report's event by its city, the body
// by its full name. Both must be gatherings or talks of any kind but a
// call, marked neither past nor next; the body's frame keeps its place
// among the frames.
func (st *docState) headlineByCity(frames []*frame) []*frame {
	// the sources are found first, and a frame another is folded into is
	// never folded on: one headline event, one body event (no chain of
	// the city's gatherings)
	into := map[*frame]*frame{}
	target := map[*frame]bool{}
	for i, f := range frames {
		if f.marked() || f.call() || target[f] {
			continue
		}
		var cities []string
		for _, r := range f.refs {
			if !r.verb && st.inHeadline(r.m.Start) {
				cities = append(cities, cityKeys(r, byName)...)
			}
			if collectiveMeet(r) && st.inHeadline(r.m.Start) {
				cities = append(cities, cityKeys(r, anyPlace)...)
			}
		}
		if len(cities) == 0 {
			continue
		}
		for _, g := range frames[i+1:] {
			if g.marked() || g.call() || st.inHeadline(g.refs[0].m.Start) || !sameClass(f, g) || into[g] != nil {
				continue
			}
			var in []string
			for _, r := range g.refs {
				in = append(in, cityKeys(r, anyPlace)...)
			}
			if overlapStrings(cities, in) {
				into[f], target[g] = g, true
				break
			}
		}
	}
	if len(into) == 0 {
		return frames
	}
	var out []*frame
	for _, f := range frames {
		g := into[f]
		if g == nil {
			out = append(out, f)
			continue
		}
		for _, r := range f.refs {
			r.frame = g
		}
		g.refs = append(slices.Clip(f.refs), g.refs...)
		g.parties = nil
		for _, r := range g.refs {
			g.index(st, r)
		}
	}
	for j, h := range out {
		h.id = j + 1
	}
	return out
}

// sameWordFrame returns the latest placed frame a bare reference's own
// event word named before, with no party of its own, when it is
// compatible (a headline's bare word that no place joined to the report's
// event is no antecedent). Failing one, the report's own event is it when
// its own earlier mention of the word was placed and is marked neither
// past nor next («أن اللقاء عقد في أنقرة … وحضر اللقاء X»: the place of
// that mention does not make it another event).
func (st *docState) sameWordFrame(r *evRef, frames []*frame) *frame {
	k := textnorm.Key(r.m.Text)
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		for _, o := range f.refs {
			if o != r && !o.verb && !o.own() && o.sent < r.sent && textnorm.Key(o.m.Text) == k && f.placed() && !f.marked() && (!f.named() || st.placedByWord(f)) && st.compatible(r, f) {
				return f
			}
		}
	}
	if f := mainFrame(frames); f != nil && f.placed() && !f.marked() && !f.named() && st.compatible(r, f) {
		for _, o := range f.refs {
			if o != r && !o.verb && o.named == "" && !o.hasIdentity() && !o.past && !o.future && o.sent < r.sent && textnorm.Key(o.m.Text) == k {
				return f
			}
		}
	}
	return nil
}

// gatheringFrame returns the report's main frame when it is a gathering
// that a bare summit or conference may name again: not marked past or
// next, named or placed, a meeting, summit or conference word among its
// references, no talks or call, and no party that tells it apart (a
// meeting between two leaders is no summit of many).
func (st *docState) gatheringFrame(r *evRef, frames []*frame) *frame {
	f := mainFrame(frames)
	if f == nil || f.marked() || !(f.named() || f.placed()) || f.hasIdentity() || !st.compatible(r, f) || tenseApart(r, f) {
		return nil
	}
	gath := false
	for _, o := range f.refs {
		switch {
		case o.kind == evTalks || o.kind == evCall:
			return nil
		case gathering(o.kind):
			gath = gath || !o.verb
		}
	}
	if !gath {
		return nil
	}
	return f
}

// placedByWord reports a named frame that an unnamed event word at its
// place joined ("the Lisbon Talks ... two days of talks at the X Palace in
// Lisbon"): the report's event, which its bare word said again names.
func (st *docState) placedByWord(f *frame) bool {
	return slices.ContainsFunc(f.refs, func(o *evRef) bool { return o.named == "" && !o.verb && len(o.places) > 0 })
}

// occasionOpeners open a sentence that tells another occasion of the
// report's day: "Later, ...", "Earlier in the day, ...", «وفي وقت لاحق»
// (words.tsv, occasion-opener).
var occasionOpeners = phraseList("words.tsv", "occasion-opener")

// otherOccasion reports a sentence that one of occasionOpeners opens.
func (st *docState) otherOccasion(si int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, sent.End)
	var words []string
	for _, t := range toks {
		if t.punct || len(words) == 4 {
			break
		}
		words = append(words, t.key)
	}
	for _, ws := range occasionOpeners {
		if len(ws) <= len(words) && strings.Join(words[:len(ws)], " ") == strings.Join(ws, " ") {
			return true
		}
	}
	return false
}

// apartOccasion reports a reference of another occasion with a party the
// frame lacks ("Later, the president received Y"): the shared party or
// the shared city does not join it to the frame.
func (st *docState) apartOccasion(r *evRef, f *frame) bool {
	return r.occasion && st.lacksParty(r, f)
}

// headlineOnly reports a frame whose every reference is a verb in the
// report's headline ("receives"; "Remarks before the bilateral meeting"
// is a speech's heading).
func (st *docState) headlineOnly(f *frame) bool {
	for _, r := range f.refs {
		if !r.verb || !st.inHeadline(r.m.Start) {
			return false
		}
	}
	return len(f.refs) > 0
}

// tenseApart reports a reference marked as a past or a next event ("a
// previous round in Addis Ababa", «اجتماعهم المقبل في عمان») beside a
// frame none of whose references is so marked: the report's own event
// is another one, even when the text does not place it.
func tenseApart(r *evRef, f *frame) bool {
	if !r.past && !r.future {
		return false
	}
	for _, o := range f.refs {
		if o.past == r.past && o.future == r.future {
			return false
		}
	}
	return true
}

// sceneIn reports whether f is made of references with places and no
// parties, one of them setting the scene of sentence si.
func sceneIn(f *frame, si int) bool {
	in := false
	for _, o := range f.refs {
		if len(o.parties) > 0 {
			return false
		}
		in = in || o.sent == si && o.scene && len(o.places) > 0
	}
	return in
}

func (f *frame) placed() bool {
	for _, r := range f.refs {
		if len(r.places) > 0 {
			return true
		}
	}
	return false
}

// within reports a frame whose references are all in sentence si.
func (f *frame) within(si int) bool {
	for _, r := range f.refs {
		if r.sent != si {
			return false
		}
	}
	return true
}

// hasIdentity reports a reference with a party that tells it apart.
func (r *evRef) hasIdentity() bool {
	return slices.ContainsFunc(r.parties, func(p evParty) bool { return p.identity })
}

// onMargins reports a frame one of whose references took place on the
// margins of another event.
func (f *frame) onMargins() bool {
	return slices.ContainsFunc(f.refs, func(r *evRef) bool { return r.margins != nil })
}

// hasMargins reports a reference on whose margins others met.
func (r *evRef) hasMargins() bool {
	return slices.ContainsFunc(r.parties, func(p evParty) bool { return p.rule == "margins" })
}

// venuesOnly reports a reference whose places are all buildings (a
// palace, a convention centre) or quarters of a town ("at the X Hotel in
// the city's Y district", "in the town's Y"), no town, city or country
// among them.
func (r *evRef) venuesOnly(st *docState) bool {
	return !slices.ContainsFunc(r.places, func(p evPlace) bool { return !p.isBuilding() && !st.quarter(p.m) && !st.townsOwn(p.m) })
}

// townsOwn reports a Place the text gives as a town's own: "the city's
// Y", "the town's Y" (the town the article named).
func (st *docState) townsOwn(m graph.Mention) bool {
	if m.Type != graph.Place {
		return false
	}
	// (the raw word: its key would fold the possessive and the
	// punctuation away, "the city. Y" and "the town, Y" are none)
	before := strings.Fields(st.d.Text[max(0, m.Start-16):m.Start])
	if len(before) == 0 {
		return false
	}
	w := strings.ToLower(strings.Map(textnorm.QuoteFold, before[len(before)-1]))
	return w == "city's" || w == "town's"
}

// hasVenue reports a frame with a building among its places.
func (f *frame) hasVenue() bool {
	for _, r := range f.refs {
		if slices.ContainsFunc(r.places, evPlace.isBuilding) {
			return true
		}
	}
	return false
}

// hasIdentity reports a frame with a party that tells it apart.
func (f *frame) hasIdentity() bool {
	for _, r := range f.refs {
		for _, p := range r.parties {
			if p.identity {
				return true
			}
		}
	}
	return false
}

// hasKind reports a frame with a reference of kind k.
func (f *frame) hasKind(k eventKind) bool {
	return slices.ContainsFunc(f.refs, func(r *evRef) bool { return r.kind == k })
}

// marked reports a frame whose every reference is marked as a past or a
// next event.
func (f *frame) marked() bool {
	for _, r := range f.refs {
		if !r.past && !r.future {
			return false
		}
	}
	return true
}

// headlineEvent returns the named event the report's headline names,
// placed and marked neither past nor next, when r may be one event with it.
func (st *docState) headlineEvent(r *evRef, frames []*frame) *frame {
	for _, f := range frames {
		if !f.named() || f.marked() || !f.placed() || !st.inHeadline(f.refs[0].m.Start) {
			continue
		}
		if st.compatible(r, f) {
			return f
		}
		return nil
	}
	return nil
}

// roundsApart reports a reference whose round another reference of frame
// f numbers otherwise: "the 3rd Bilateral Consultation" and "the 2nd" are
// one name, two events.
func roundsApart(r *evRef, f *frame) bool {
	return slices.ContainsFunc(f.refs, func(q *evRef) bool {
		return r.round != "" && q.round != "" && r.round != q.round
	})
}

func (f *frame) named() bool {
	for _, r := range f.refs {
		if r.named != "" {
			return true
		}
	}
	return false
}

// finishEvents gathers the frames and writes their mentions and facts.
func (st *docState) finishEvents() {
	frames := st.gather()
	if len(frames) == 0 {
		return
	}
	// the main event: the first placed frame that is not a call, else the
	// first one; delegations and their people take part in it
	// (a previous or a next round is not the report's own event)
	st.main = mainFrame(frames)
	if f := st.leadFrame(frames); f != nil && f != st.main && st.paragraphOf(st.main.refs[0].m.Start) > st.paragraphOf(f.refs[0].m.Start) {
		// «بغداد - واع - استقبل X Y ... وكان Z قد أجرى في بغداد ...»: a
		// wire's lead event, unplaced but for the dateline, is the
		// report's own, not a later placed one
		st.main = f
	}
	if f := frames[0]; f != st.main && f.call() && !f.marked() && f.hasIdentity() && st.inHeadline(f.refs[0].m.Start) {
		// a readout whose headline names its call ("Call between X and
		// Y", «حول المكالمة الهاتفية بين X وY») reports the call: those
		// who joined it from either side take part in it, not in talks
		// the call was about
		st.main = f
	}
	// ("with US brokers": the document's mediators mediate its main event,
	// unless their own sentence names the event they mediate: «جولة محادثات
	// احتضنتها مسقط بوساطة سلطنة عمان» is a past round's mediation, not the
	// visit the report tells)
	for _, md := range st.mediators {
		if !st.mediatesInSentence(md) {
			st.main.refs[0].mediators = append(st.main.refs[0].mediators, md)
		}
	}
	// a transcript's or readout's place line ("Madrid, Spain" under the
	// title) is where its event took place, when the text gives none or
	// gives one of the line's places (the line adds its venue)
	hp := st.headerPlaces()
	atHeader := func(f *frame) {
		for _, pl := range hp {
			f.refs[0].addPlace(st, pl.sent, pl.m, "header-place")
		}
	}
	if len(hp) > 0 && (!st.main.placed() || st.mainHas(hp)) {
		atHeader(st.main)
	}
	// a wire report's dateline ("DOHA, March 3 —", «الدوحة - قنا:») is
	// where the reporter is: the place of its main event when the text
	// gives none and the event is not a call
	// ("ALGIERS, Jan 12 (APS) - X received at El Mouradia Palace Y": a
	// building the text names lies in the dateline's city)
	// (in a roundup the first dateline is its first story's: it places
	// a main event told before the second story, not one told later)
	sections := st.roundupSections()
	early := len(sections) < 2 || st.main.refs[0].m.Start < sections[1].start
	// (a main event placed only in buildings and in the dateline city's
	// own country: "received at Ittihadiya Palace the President of Kenya,
	// on a visit to Egypt" under a Cairo dateline)
	dl, dlOK := st.datelinePlace(false)
	var dlCountry *kb.Entry
	if dlOK && dl.m.Type == graph.City {
		dlCountry = st.countryOf(item{k: kEnt, m: dl.m})
	}
	if (!st.main.placed() || st.main.inBuildingsOnly() || st.main.inBuildingsOrCountryOf(dlCountry)) && !st.main.call() && !st.futureSentence(st.main.refs[0].sent) && early {
		if dlOK && (!st.main.placed() || dl.m.Type == graph.City) {
			st.main.refs[0].addPlace(st, dl.sent, dl.m, "ev-dateline-place")
		}
	}
	// the event the dateline's own sentence tells, with no place of its
	// own, is held there too when another event is the report's main one
	// («مدينة الكويت - عقد المجلس الوزاري دورته ...» before a summit in
	// Kuala Lumpur the council welcomed)
	if dlOK && early && !st.otherPlaceIn(dl) {
		for _, f := range frames {
			if f == st.main || f.refs[0].sent != dl.sent {
				continue
			}
			// (a person takes part in it: a summit the line announces
			// with no one named, "opens in two weeks", is no event of
			// the dateline's)
			if !f.placed() && !f.call() && !st.futureSentence(f.refs[0].sent) && f.personParty() {
				f.refs[0].addPlace(st, dl.sent, dl.m, "ev-dateline-place")
			}
			break
		}
	}
	// a roundup's stories, each under a dateline of its own ("MANILA -
	// ...", then "CAIRO - ..."): the first event told under a dateline,
	// with no place of its own, is held at the dateline's place
	for i, sd := range sections {
		end := len(st.d.Text)
		if i+1 < len(sections) {
			end = sections[i+1].start
		}
		for _, f := range frames {
			if at := f.refs[0].m.Start; at < sd.start || at >= end {
				continue
			}
			if !f.placed() && !f.call() && !f.marked() && !st.futureSentence(f.refs[0].sent) {
				f.refs[0].addPlace(st, st.d.SentenceAt(sd.start), sd.place, "ev-section-dateline")
			}
			break
		}
	}
	// readouts each closed by their place and date alone on a line ("The
	// Secretary-General met with X ... \n New York, 23 September 2025"):
	// the events told since the line before, with no place of their own,
	// are held there (not a call)
	prev := 0
	for _, cl := range st.closingDatelines() {
		for _, f := range frames {
			if at := f.refs[0].m.Start; at < prev || at >= cl.m.Start {
				continue
			}
			if !f.placed() && !f.call() && !st.futureSentence(f.refs[0].sent) {
				f.refs[0].addPlace(st, cl.sent, cl.m, "ev-closing-dateline")
			}
		}
		prev = cl.m.End
	}
	// "NAIROBI, Kenya (AFP) -": a dateline that names its city's
	// country gives the country as a level of a main event held in the
	// city
	if pl, c, ok := st.datelineCountry(); ok && !st.main.call() && st.mainHas([]evPlace{pl}) && !st.main.hasCountry() {
		st.main.refs[0].addPlace(st, c.sent, c.m, "ev-dateline-country")
	}
	// a meeting on the margins of a summit, with no place of its own, is
	// held where the summit is
	for _, f := range frames {
		if f.placed() {
			continue
		}
		for _, r := range f.refs {
			if r.margins == nil || r.margins.frame == nil || r.margins.frame == f {
				continue
			}
			for _, o := range r.margins.frame.refs {
				for _, pl := range o.places {
					f.refs[0].addPlace(st, pl.sent, pl.m, "ev-margins-place")
				}
			}
			break
		}
	}
	// an event the speakers say they are at, with no place of its own,
	// is held where the transcript was given
	for _, f := range frames {
		if f != st.main && !f.placed() && slices.ContainsFunc(f.refs, func(r *evRef) bool { return r.here }) {
			atHeader(f)
		}
	}
	// a wire report's "met with Y here" is held in its dateline's city
	// ("BEIJING, May 4 (Xinhua) -- X met with Y here on Tuesday")
	if len(hp) == 0 {
		if dp, ok := st.datelinePlace(true); ok {
			for _, f := range frames {
				if !f.hasCity() && !f.call() && slices.ContainsFunc(f.refs, func(r *evRef) bool { return r.here }) {
					// (a venue the text names does not say which city
					// "here" is)
					f.refs[0].addPlace(st, dp.sent, dp.m, "dateline-here")
				}
			}
		}
	}
	for _, f := range frames {
		name, place, date := st.frameName(f)
		key := fmt.Sprintf("%s|event|%d", st.d.ID, f.id)
		for _, r := range f.refs {
			r.m.Key, r.m.Name, r.m.Place = key, name, place
			if date != "" {
				r.m.Date = date
			}
			st.res.Mentions = append(st.res.Mentions, r.m)
		}
		seen := map[string]bool{}
		for _, r := range f.refs {
			for _, p := range r.places {
				if k := "p" + partyKey(p.m); !seen[k] {
					seen[k] = true
					st.rel(p.sent, r.m, p.m, graph.HeldIn, "", "", p.rule, 0.8)
				}
			}
		}
		chairMediates := st.chairsForMediator(f)
		for _, r := range f.refs {
			for _, p := range r.parties {
				if chairMediates[st.keyOf(p.m)] {
					if k := "m" + partyKey(p.m); !seen[k] {
						seen[k] = true
						st.rel(p.sent, p.m, st.refIn(f, p.sent, r), graph.Mediates, "", "", p.rule, 0.75)
					}
					continue
				}
				if k := "a" + attendeeKey(p.m); !seen[k] {
					seen[k] = true
					st.rel(p.sent, p.m, st.refIn(f, p.sent, r), graph.ParticipatesIn, "", "", p.rule, 0.75)
				}
			}
			for _, p := range r.mediators {
				if chairMediatorRules[p.rule] && !st.chairOutside(f, p.m) {
					// "The talks were chaired by Chadian Foreign Minister
					// X" of talks between Chad and Niger: a chair who is
					// a side, or of one, or of talks with no two sides,
					// takes part and mediates nothing
					if k := "a" + attendeeKey(p.m); !seen[k] {
						seen[k] = true
						st.rel(p.sent, p.m, st.refIn(f, p.sent, r), graph.ParticipatesIn, "", "", p.rule, 0.75)
					}
					continue
				}
				if k := "m" + partyKey(p.m); !seen[k] {
					seen[k] = true
					st.rel(p.sent, p.m, st.refIn(f, p.sent, r), graph.Mediates, "", "", p.rule, 0.8)
				}
			}
		}
	}
}

// chairsForMediator returns the keys of the people who chair a frame's
// talks for a country that mediates them and is no party: «جولة من
// المفاوضات بين A وB بوساطة كينيا ... وتعقد الجلسات برئاسة وزيرة الخارجية
// الكينية X»: the mediator's minister in the chair mediates; she is no
// side of the talks.
func (st *docState) chairsForMediator(f *frame) map[string]bool {
	meds, sides := map[string]bool{}, map[string]bool{}
	for _, r := range f.refs {
		for _, md := range r.mediators {
			meds[st.keyOf(md.m)] = true
		}
		for _, p := range r.parties {
			if p.m.Type == graph.Country {
				sides[st.keyOf(p.m)] = true
			}
		}
	}
	out := map[string]bool{}
	for _, r := range f.refs {
		for _, p := range r.parties {
			if !chairRules[p.rule] || p.m.Type != graph.Person {
				continue
			}
			if c := st.personCountry[st.keyOf(p.m)]; c != "" && meds[c] && !sides[c] {
				out[st.keyOf(p.m)] = true
			}
		}
	}
	return out
}

// chairMediatorRules make who chairs talks their mediator, when he is
// none of their sides (chairOutside).
var chairMediatorRules = map[string]bool{"chair-of-talks": true, "talks-chaired-by": true, "talks-co-chaired-by-bodies": true}

// chairOutside reports a chair of a frame's talks who stands outside
// them: the frame has two sides or more besides him, and he is none of
// them nor of a side's country.
func (st *docState) chairOutside(f *frame, m graph.Mention) bool {
	key := st.keyOf(m)
	own := st.personCountry[key]
	sides := map[string]bool{}
	for _, r := range f.refs {
		for _, p := range r.parties {
			if chairRules[p.rule] || chairMediatorRules[p.rule] || p.rule == "en-event-co-chaired-by" {
				continue // (who chairs is made a party too)
			}
			k := st.keyOf(p.m)
			if k == key && !p.identity {
				continue // (who chairs is made an attendee too: "attended and chaired by")
			}
			if k == key || own != "" && (k == own || st.personCountry[k] == own) {
				return false
			}
			sides[k] = true
		}
	}
	return len(sides) >= 2
}

// chairRules make who chairs or oversees an event take part in it.
var chairRules = map[string]bool{"chaired-by": true, "chaired-event-first": true, "en-chaired-event": true, "ar-oversaw-event": true}

// mainFrame returns the report's own event among frames: the first
// placed frame that is not a call nor a past or next event, else the
// first that is not a past or next event, else the first (nil for none).
func mainFrame(frames []*frame) *frame {
	for _, f := range frames {
		if f.placed() && !f.call() && !f.marked() {
			return f
		}
	}
	for _, f := range frames {
		if !f.marked() {
			return f
		}
	}
	if len(frames) > 0 {
		return frames[0]
	}
	return nil
}

// leadFrame returns the first frame of a wire report whose dateline
// gives a place, when that frame is unplaced, no call, not marked past or
// next nor told of the future, a verb with a person among its parties,
// and told in the lead (the first three paragraphs); else nil.
func (st *docState) leadFrame(frames []*frame) *frame {
	if _, ok := st.datelinePlace(false); !ok {
		return nil
	}
	for _, f := range frames {
		if f.marked() || st.headlineOnly(f) {
			continue
		}
		if f.placed() || f.call() || !f.inLead(st) || !f.personVerb() || st.futureSentence(f.refs[0].sent) {
			return nil
		}
		return f
	}
	return nil
}

// personVerb reports a frame one of whose references is a verb of
// meeting, receiving or visiting with a person among its parties ("X
// received Y", not "Negotiations on a ceasefire have dragged on").
func (f *frame) personVerb() bool {
	return slices.ContainsFunc(f.refs, func(r *evRef) bool {
		return r.verb && slices.ContainsFunc(r.parties, func(p evParty) bool { return p.m.Type == graph.Person })
	})
}

// personParty reports a frame with a person among its parties.
func (f *frame) personParty() bool {
	return slices.ContainsFunc(f.refs, func(r *evRef) bool {
		return slices.ContainsFunc(r.parties, func(p evParty) bool { return p.m.Type == graph.Person })
	})
}

// inLead reports a frame one of whose references is in the document's
// first three paragraphs.
func (f *frame) inLead(st *docState) bool {
	return slices.ContainsFunc(f.refs, func(r *evRef) bool { return st.paragraphOf(r.m.Start) <= 2 })
}

// paragraphOf returns the index of the paragraph that holds byte at, or
// the number of paragraphs.
func (st *docState) paragraphOf(at int) int {
	for pi, p := range st.d.Paragraphs {
		if at >= p.Start && at < p.End {
			return pi
		}
	}
	return len(st.d.Paragraphs)
}

// buildingWords name buildings: "Carthage Palace", «قصر بيان».
var buildingWords = wordSet("words.tsv", "building")

// inBuildingsOnly reports a placed frame whose places are all buildings
// (a palace, a ministry's headquarters), no city or country among them.
func (f *frame) inBuildingsOnly() bool {
	n := 0
	for _, r := range f.refs {
		for _, p := range r.places {
			if !p.isBuilding() {
				return false
			}
			n++
		}
	}
	return n > 0
}

// inBuildingsOrCountryOf reports a frame placed only in buildings and in
// the country c ("... received at Ittihadiya Palace the President of
// Kenya, on a visit to Egypt" under a Cairo dateline): the dateline's
// city in that country is the place too; false when c is nil.
func (f *frame) inBuildingsOrCountryOf(c *kb.Entry) bool {
	if c == nil {
		return false
	}
	n := 0
	for _, r := range f.refs {
		for _, p := range r.places {
			if !p.isBuilding() && !(p.m.Type == graph.Country && p.m.KBID == c.ID) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// otherPlaceIn reports a city or a country in the dateline's sentence
// that is neither the dateline's city nor its country («الخرطوم- تتجه
// الأنظار إلى جدة، حيث استؤنفت المفاوضات»: the talks are in Jeddah).
func (st *docState) otherPlaceIn(pl evPlace) bool {
	if pl.sent < 0 || pl.sent >= len(st.d.Sentences) {
		return true
	}
	sn := st.d.Sentences[pl.sent]
	home := st.countryOf(item{k: kEnt, m: pl.m})
	for _, m := range st.d.Mentions {
		if m.Start < sn.Start || m.End > sn.End || m.Start == pl.m.Start || m.Type != graph.City && m.Type != graph.Country {
			continue
		}
		if m.Type == graph.Country && home != nil && home.ID == m.KBID || m.KBID != "" && m.KBID == pl.m.KBID {
			continue
		}
		return true
	}
	return false
}

// building reports a Place whose name has a building word ("Carthage
// Palace", "the Kenyatta Convention Centre", «قصر بيان»).
func building(m graph.Mention) bool { return placeWith(m, buildingWords) }

// placeWith reports a Place whose name has a word of the set.
func placeWith(m graph.Mention, set map[string]bool) bool {
	if m.Type != graph.Place {
		return false
	}
	for _, w := range strings.Fields(textnorm.Key(m.Text)) {
		if set[w] {
			return true
		}
	}
	return false
}

// buildingAfter reports a Place whose name the text follows with a
// building's common noun in lower case, right after it or after one
// lower-case word: "the Y presidential complex", "the Y resort" (the
// vetter leaves the lower-case noun out of the name). The raw words, so
// that a comma between stops it.
func (st *docState) buildingAfter(m graph.Mention) bool {
	if m.Type != graph.Place || textnorm.Script(m.Text) == "ar" {
		return false
	}
	after := strings.Fields(st.d.Text[m.End:min(len(st.d.Text), m.End+40)])
	for i := 0; i < len(after) && i < 2; i++ {
		// (a word that ends the clause may still be the noun: "the Y
		// resort, where"; none after it)
		w := strings.TrimRight(after[i], ",;:.!?)\"")
		if w == "" || w != strings.ToLower(w) {
			return false
		}
		if buildingWords[textnorm.Key(w)] {
			return true
		}
		if strings.ContainsAny(after[i], ",;:.!?()\"") {
			return false
		}
	}
	return false
}

// quarterWords close the names of a town's quarters: "the Y district",
// "the Y neighbourhood", «حي Y».
var quarterWords = wordSet("words.tsv", "quarter")

// quarter reports a Place named as a quarter of a town: its name's last
// word is a quarter word (English), or its first (Arabic «حي Y»), or the
// word right after the name is one ("the Y district": the vetter leaves
// the lower-case division noun out of the name, names.tsv admin-head).
func (st *docState) quarter(m graph.Mention) bool {
	if m.Type != graph.Place {
		return false
	}
	ws := strings.Fields(textnorm.Key(m.Text))
	if len(ws) > 1 && (quarterWords[ws[len(ws)-1]] || textnorm.Script(m.Text) == "ar" && quarterWords[ws[0]]) {
		return true
	}
	// (the raw word, so that a comma between stops it: "in Y, district
	// officials said")
	after := strings.Fields(st.d.Text[m.End:min(len(st.d.Text), m.End+24)])
	return len(after) > 0 && quarterWords[textnorm.Key(after[0])]
}

// placeFillers may stand in a place line beside the names: «واشنطن
// العاصمة», "Washington, D.C.".
var placeFillers = wordSet("words.tsv", "place-filler")

// mainHas reports whether the main event is held in one of the places.
func (st *docState) mainHas(places []evPlace) bool {
	for _, r := range st.main.refs {
		for _, p := range r.places {
			for _, q := range places {
				if partyKey(p.m) == partyKey(q.m) {
					return true
				}
			}
		}
	}
	return false
}

// headerPlaces returns the places of a document's header lines: short
// paragraphs among the first ones made only of place names, commas and a
// date ("Madrid, Spain", «نيويورك، نيويورك»).
func (st *docState) headerPlaces() []evPlace {
	var out []evPlace
	for pi, p := range st.d.Paragraphs {
		if pi > 6 {
			break
		}
		if p.End-p.Start > 200 {
			continue // a place line is short
		}
		var places []graph.Mention
		ok := true
		for _, t := range tokenize(st.d.Text, p.Start, p.End) {
			if t.punct {
				if t.text == ":" {
					ok = false // a time of day, a speaker
				}
				continue
			}
			in := false
			for _, m := range st.d.Mentions {
				if m.Start <= t.start && t.end <= m.End {
					in = true
					if m.Type.Location() && (len(places) == 0 || places[len(places)-1].Start != m.Start) {
						places = append(places, m)
					}
					if !m.Type.Location() {
						ok = false
					}
					break
				}
			}
			_, month := months[t.key]
			if !in && !month && !isNumber(t.text) && !placeFillers[t.key] {
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && len(places) > 0 {
			si := st.d.SentenceAt(p.Start)
			for _, m := range places {
				out = append(out, evPlace{m: m, sent: si, rule: "header-place"})
			}
		}
	}
	return out
}

// datelinePlace returns the place a report's first lines open with
// when a dash follows it, with at most a date and an agency between
// ("NAIROBI, June 9 (Xinhua) --", "PARIS (Reuters) -", «الرباط - ومع:»);
// with bracketed, also when the agency's brackets end it with no dash
// (datelineAfter).
func (st *docState) datelinePlace(bracketed bool) (evPlace, bool) {
	for pi, p := range st.d.Paragraphs {
		if pi > 2 {
			break
		}
		place := st.openingPlace(p)
		if place == nil {
			continue
		}
		if st.datelineAfter(place.End, p.End, bracketed) {
			return evPlace{m: *place, sent: st.d.SentenceAt(p.Start), rule: "ev-dateline-place"}, true
		}
	}
	return evPlace{}, false
}

// openingPlace returns the place whose name opens paragraph p (a
// dateline's, "CAIRO - ..."), or nil.
func (st *docState) openingPlace(p extract.Paragraph) *graph.Mention {
	start := paragraphText(st.d, p)
	for i := range st.d.Mentions {
		if m := &st.d.Mentions[i]; m.Start == start && m.Type.Location() {
			return m
		}
	}
	return nil
}

// datelineCountry returns a dateline's city and the country named
// after it and a comma ("NAIROBI, Kenya (AFP) -").
func (st *docState) datelineCountry() (evPlace, evPlace, bool) {
	pl, ok := st.datelinePlace(false)
	if !ok || pl.m.Type != graph.City {
		return evPlace{}, evPlace{}, false
	}
	for i := range st.d.Mentions {
		m := st.d.Mentions[i]
		if m.Type != graph.Country || m.Start <= pl.m.End || m.Start > pl.m.End+3 {
			continue
		}
		if strings.TrimSpace(st.d.Text[pl.m.End:m.Start]) != "," {
			continue
		}
		end := -1
		for _, p := range st.d.Paragraphs {
			if p.Start <= m.Start && m.End <= p.End {
				end = p.End
			}
		}
		if end < 0 || !st.datelineAfter(m.End, end, false) {
			continue
		}
		return pl, evPlace{m: m, sent: pl.sent, rule: "ev-dateline-country"}, true
	}
	return evPlace{}, evPlace{}, false
}

// hasCity reports a frame with a city or a country among its places.
func (f *frame) hasCity() bool {
	return f.hasPlace(func(t graph.EntityType) bool { return t == graph.City || t == graph.Country })
}

// hasCountry reports a frame with a country among its places.
func (f *frame) hasCountry() bool {
	return f.hasPlace(func(t graph.EntityType) bool { return t == graph.Country })
}

// hasPlace reports a frame with a place of a type ok takes.
func (f *frame) hasPlace(ok func(graph.EntityType) bool) bool {
	for _, r := range f.refs {
		if slices.ContainsFunc(r.places, func(p evPlace) bool { return ok(p.m.Type) }) {
			return true
		}
	}
	return false
}

// datelineAfter reports whether the text from a place's end to a
// paragraph's end goes on as a wire dateline does: a dash (or the
// slashes of the Gulf agencies) within a few words, with at most a date
// and an agency before it ("NAIROBI, June 9 (Xinhua) --", "Kuwait City,
// KUNA --", «أبوظبي في 14 مايو / وام /»).
func (st *docState) datelineAfter(start, end int, bracketed bool) bool {
	rest := st.d.Text[start:end]
	cut := -1
	for _, dash := range []string{"—", "–", " - ", " -- ", "- ", " / ", " /"} {
		if i := strings.Index(rest, dash); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	limit := 40
	if bracketed && (cut < 0 || cut > limit) {
		// "BEIJING, Nov. 18 (Xinhua) Chinese Vice President X met ...",
		// «بكين 18 نوفمبر (شينخوا) التقى»: the agency's brackets end the
		// dateline when no dash follows them (bracketed: only for "here",
		// «هنا»; a wire files from its bureaus about trips abroad, so
		// such a dateline gives no event its place, no title its home)
		if c := agencyParen(rest); c >= 0 && c <= 80 {
			cut, limit = c, 80
		}
	}
	if c := strings.Index(rest, ":"); cut < 0 && c >= 0 && c <= 20 && capsBefore(st.d.Text, start) {
		// "ISLAMABAD: ...", "LAGOS, May 3: ...": a place in capitals and
		// a colon, the dateline of South Asian and African newspapers
		// (the words between are checked below: a date at most)
		cut = c
	}
	if c := agencyColon(rest); c >= 0 && (cut < 0 || c < cut) {
		// «الرياض 5 شوال 1445 هـ الموافق 14 أبريل 2024 م واس:»: the
		// agency and a colon end the dateline, its two dates before them
		cut, limit = c, 120
	}
	if cut < 0 && strings.HasPrefix(rest, ",") && len(rest) <= limit && hasDigit(rest) {
		// "Tashkent, 22 April 2025" alone on its line: a ministry's press
		// release dates its place so (the words are checked below: a
		// date and nothing else)
		cut = len(rest)
	}
	if cut < 0 || cut > limit {
		return false
	}
	paren := false
	for i, t := range tokenize(st.d.Text, start, start+cut) {
		switch {
		case t.text == "(":
			paren = true
		case t.text == ")":
			paren = false
		case paren || t.text == "," || t.text == "،" || t.text == "." || isNumber(t.text) || dayOrdinal(t.text):
			// ("ABU DHABI, 14th April, 2026 (WAM) --": a day written as an
			// ordinal; "MOSCOW, December 9. /TASS/.": a period after the
			// date, the agency between slashes)
		case i == 0 && t.key == "في": // «أبوظبي في 14 مايو»
		case calendarWords[t.key] || wireAgencies[t.key] != "":
			// a Hijri date beside the Gregorian one; the agency's name
		case !t.arabic && len(t.text) >= 2 && len(t.text) <= 6 && strings.ToUpper(t.text) == t.text && strings.ToLower(t.text) != t.text:
			// an agency's initials: "KUNA", "QNA"
		case !paren && st.inLocation(t):
			// the country or state after the city: "NAIROBI, Kenya, March 3
			// (Reuters) -", «أربيل، العراق -»
		default:
			if _, month := months[t.key]; !month {
				return false
			}
		}
	}
	return true
}

// closingDatelines returns the cities of the lines that close a
// document's readouts: a paragraph of a city, a comma and a date alone
// ("New York, 23 September 2025"), when the document's last paragraph is
// one (a line that opens a release is its dateline, datelineAfter); in
// the order of the text.
func (st *docState) closingDatelines() []evPlace {
	var out []evPlace
	last := -1
	for i, p := range st.d.Paragraphs {
		if strings.TrimSpace(st.d.Text[p.Start:p.End]) != "" {
			last = i
		}
	}
	for i, p := range st.d.Paragraphs {
		if i == 0 {
			continue // (the title)
		}
		for _, m := range st.d.Mentions {
			if m.Type != graph.City || m.Start < p.Start || m.End > p.End || strings.TrimSpace(st.d.Text[p.Start:m.Start]) != "" {
				continue
			}
			rest := strings.TrimSpace(st.d.Text[m.End:p.End])
			if strings.HasPrefix(rest, ",") && len(rest) <= 40 && hasDigit(rest) && st.datelineAfter(m.End, p.End, false) {
				out = append(out, evPlace{m: m, sent: st.d.SentenceAt(m.Start), rule: "ev-closing-dateline"})
				if i == last {
					return out
				}
			}
			break
		}
	}
	return nil
}

// hasDigit reports a digit in s.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789٠١٢٣٤٥٦٧٨٩") }

// capsBefore reports a word in Latin capitals of three letters or more
// right before the offset at ("ISLAMABAD", "NEW DELHI"'s "DELHI").
func capsBefore(text string, at int) bool {
	ws := strings.Fields(text[max(0, at-30):at])
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '.' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 3
}

// figureOrdinal returns the number of an English ordinal written in
// figures ("3rd", "11th", "167th").
func figureOrdinal(s string) (string, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(strings.ToLower(s), suf); ok && len(d) >= 1 && len(d) <= 3 && isNumber(d) {
			return d, true
		}
	}
	return "", false
}

// dayOrdinal reports a day of the month written as an ordinal ("14th",
// "1st", "22nd", "3rd").
func dayOrdinal(s string) bool {
	d, ok := figureOrdinal(s)
	return ok && len(d) <= 2
}

// inLocation reports a token inside a mention of a country, a city or a
// place.
func (st *docState) inLocation(t token) bool {
	for _, m := range st.d.Mentions {
		if m.Start <= t.start && t.end <= m.End && m.Type.Location() {
			return true
		}
	}
	return false
}

// refIn returns the mention of frame f in sentence si when the frame is
// named there (for evidence in one sentence), else r's.
func (st *docState) refIn(f *frame, si int, r *evRef) graph.Mention {
	for _, o := range f.refs {
		if o.sent == si {
			return o.m
		}
	}
	return r.m
}

// frameName names an event for people: its proper name, else its kind
// with its place ("talks in Riyadh", "call"); place is the key that
// links the event across articles (the country of its place), date its
// earliest date.
func (st *docState) frameName(f *frame) (name, place, date string) {
	kind := evMeeting
	for _, r := range f.refs {
		if r.named != "" && name == "" {
			name = strings.TrimSpace(st.d.Text[r.m.Start:r.m.End])
			for _, det := range []string{"the ", "The "} {
				name = strings.TrimPrefix(name, det)
			}
		}
		if r.kind != evMeeting && r.kind != evAny {
			kind = r.kind
		}
		if r.date != "" && (date == "" || r.date < date) {
			date = r.date
		}
	}
	var where string
	for _, r := range f.refs {
		for _, p := range r.places {
			n := p.m.Name
			if n == "" {
				n = p.m.Text
			}
			if where == "" || p.m.Type != graph.Country && where == place {
				where = n
			}
			if c := st.countryOfMention(p.m); c != "" && place == "" {
				place = c
			}
		}
	}
	if place == "" {
		place = where
	}
	if name == "" {
		name = kindName[kind]
		if where != "" {
			name += " in " + where
		}
	}
	return name, place, date
}

var kindName = map[eventKind]string{evTalks: "talks", evMeeting: "meeting", evCall: "call", evSummit: "summit", evConference: "conference"}

// attendeeKey tells the parties of a frame apart: partyKey and the
// mention's group key, and for a person of no knowledge-base entry the
// whole name, since members of one family share the surname partyKey
// reads («حمدان بن خالد آل علي» and «منصور بن خالد آل علي» at one
// meeting are two; "Ruiz" and "Ana Ruiz" stay one entity, which the
// resolver makes of them, and one fact).
func attendeeKey(m graph.Mention) string {
	k := partyKey(m) + "|" + m.Key
	if m.Type == graph.Person && m.KBID == "" {
		k += "|" + textnorm.Key(m.Text)
	}
	return k
}

// sameParty reports two mentions of a document that stand for one party:
// one partyKey, and for two persons of no knowledge-base entry named by
// two words or more each, one person by name (samePerson): brothers of
// one family share the surname partyKey reads («سالم بن خالد آل علي»
// meets «راشد بن خالد آل علي»), "Ruiz" is "Ana Ruiz".
func sameParty(a, b graph.Mention) bool {
	if partyKey(a) != partyKey(b) {
		return false
	}
	if a.Type == graph.Person && b.Type == graph.Person && a.KBID == "" && b.KBID == "" {
		fa, fb := strings.Fields(textnorm.Key(a.Text)), strings.Fields(textnorm.Key(b.Text))
		if len(fa) >= 2 && len(fb) >= 2 && !samePerson(a, b) && !nestedName(fa, fb) && !nestedName(fb, fa) {
			return false
		}
	}
	return true
}

// nestedName reports a name whose words are all words of a longer one
// with the same first and last word ("Ana Torres" of "Ana Maria
// Torres"): one person written short.
func nestedName(short, long []string) bool {
	if len(short) > len(long) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	for _, w := range short {
		if !slices.Contains(long, w) {
			return false
		}
	}
	return true
}

// partyKey identifies an entity within a document: its knowledge-base
// id, its canonical name, or its last word.
func partyKey(m graph.Mention) string {
	if m.KBID != "" {
		return "kb:" + m.KBID
	}
	if m.Type == graph.Delegation && m.Country != "" {
		return "d:" + m.Country
	}
	if m.Name != "" {
		return "n:" + textnorm.Key(m.Name)
	}
	f := strings.Fields(textnorm.Key(m.Text))
	if len(f) == 0 {
		return ""
	}
	return "s:" + f[len(f)-1] // a surname, across scripts only by KB
}

// countryOfMention returns the name of the country a place mention is in,
// or "".
func (st *docState) countryOfMention(m graph.Mention) string {
	if c := st.countryOf(item{k: kEnt, m: m}); c != nil {
		return c.Name
	}
	return ""
}

// delegationsInMain makes every delegation of the document, its leader
// and its members take part in the main event.
func (st *docState) delegationsInMain() { st.delegationsInMainFrom(0) }

// delegationsInMainFrom does it for the relations from index from on.
func (st *docState) delegationsInMainFrom(from int) {
	if st.main == nil {
		return
	}
	main := st.main.refs[0].m
	n := len(st.res.Relations)
	// a delegation the text puts in another event of its own ("met in
	// Cairo with a delegation headed by X" while the main talks are in
	// Doha) is that event's, not the main one's: nor are its leader and
	// members
	isMain := func(ev graph.Mention) bool {
		return slices.ContainsFunc(st.main.refs, func(r *evRef) bool { return r.m.Start == ev.Start && r.m.End == ev.End })
	}
	// (elsewhere: an event held in another country than the main one;
	// "a meeting in Jeddah" beside "the Jeddah talks" may be them, a
	// later meeting in another town of the country visited is a step of
	// the same visit)
	mainIn, evIn := map[string]bool{}, map[string][]string{}
	for _, r := range st.res.Relations {
		if r.Predicate != graph.HeldIn || r.Object.Type != graph.City && r.Object.Type != graph.Country {
			continue
		}
		cy := r.Object.Name
		if r.Object.Type == graph.City {
			cy = st.countryOfMention(r.Object)
		}
		if cy == "" {
			continue
		}
		if isMain(r.Subject) {
			mainIn[cy] = true
		} else {
			evIn[spanKey(r.Subject)] = append(evIn[spanKey(r.Subject)], cy)
		}
	}
	away := func(ev graph.Mention) bool {
		in := evIn[spanKey(ev)]
		return len(mainIn) > 0 && len(in) > 0 && !slices.ContainsFunc(in, func(cy string) bool { return mainIn[cy] })
	}
	elsewhere := map[string]bool{}
	for i := from; i < n; i++ {
		r := st.res.Relations[i]
		if r.Predicate == graph.ParticipatesIn && r.Subject.Type == graph.Delegation && r.Object.Type == graph.Event && !isMain(r.Object) && away(r.Object) {
			elsewhere[partyKey(r.Subject)+"|"+r.Subject.Key] = true
		}
	}
	seen := map[string]bool{}
	for i := from; i < n; i++ {
		r := st.res.Relations[i]
		var who graph.Mention
		switch {
		case r.Predicate == graph.Represents:
			who = r.Subject
			if elsewhere[partyKey(who)+"|"+who.Key] {
				continue
			}
		case (r.Predicate == graph.Leads || r.Predicate == graph.MemberOf) && r.Object.Type == graph.Delegation:
			who = r.Subject
			if elsewhere[partyKey(r.Object)+"|"+r.Object.Key] {
				continue
			}
		default:
			continue
		}
		k := partyKey(who) + "|" + who.Key
		if seen[k] {
			continue
		}
		seen[k] = true
		st.res.Relations = append(st.res.Relations, st.d.Relation(who, graph.ParticipatesIn, main, "", "", "rules", "delegation-in-main-event", 0.6))
	}
}

// sortRefs keeps references in text order.
func sortRefs(rs []*evRef) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].m.Start < rs[j].m.Start })
}

// calendarWords are the words of a Hijri date in a dateline (its months,
// in Arabic and English, the era marks «هـ» and «م», «الموافق»).
var calendarWords = wordSet("words.tsv", "calendar", "ar", "en")

// agencyColon returns the offset of the colon after a wire agency's
// name in a dateline's text («... م واس: استقبل»), or -1.
func agencyColon(rest string) int {
	c := strings.Index(rest, ":")
	if c < 0 {
		return -1
	}
	fs := strings.Fields(strings.Trim(rest[:c], " /()"))
	if len(fs) == 0 || wireAgencies[textnorm.Key(strings.Trim(fs[len(fs)-1], "/()"))] == "" {
		return -1
	}
	return c
}

// agencyParen returns the offset just after the closing bracket of a
// wire agency's name in a dateline's text ("(Xinhua)", «(شينخوا)»), or
// -1: the first bracketed words there must be an agency's name.
func agencyParen(rest string) int {
	o := strings.Index(rest, "(")
	if o < 0 {
		return -1
	}
	c := strings.Index(rest[o:], ")")
	if c < 0 {
		return -1
	}
	k := textnorm.Key(strings.TrimSpace(rest[o+1 : o+c]))
	if wireAgencies[k] == "" && englishAgencies[k] == "" && !otherWires[k] {
		return -1
	}
	return o + c + 1
}

// mediatesInSentence reports a mediator that an event reference of its
// own sentence already has.
func (st *docState) mediatesInSentence(md evParty) bool {
	for _, r := range st.refs {
		if r.sent != md.sent {
			continue
		}
		for _, o := range r.mediators {
			if st.keyOf(o.m) == st.keyOf(md.m) {
				return true
			}
		}
	}
	return false
}

// foretold reports a frame every reference of which is in a sentence that
// speaks of what is to come ("X will attend the summit in Quito on
// Friday"): not yet the report's event.
func (st *docState) foretold(f *frame) bool {
	for _, r := range f.refs {
		if !st.futureSentence(r.sent) {
			return false
		}
	}
	return true
}
