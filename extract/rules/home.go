package rules

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// News names foreign officials with their country ("French Foreign
// Minister X") and the officials of its own country without it
// ("Secretary of State X" in an American readout, "the Prime Minister"
// in a British one). A title the sentence gives no body takes, in this
// order: the country the title itself implies ("Secretary of State" is
// American), the body the same person's title has elsewhere in the
// document, the document's home country: its dateline or issuing body
// ("WASHINGTON —", a first line «البيت الأبيض»), the country of an
// implied title in the document, or the country of its web address.

// finishTitles gives the titles without a body theirs.
func (st *docState) finishTitles() {
	if len(st.pending) == 0 {
		return
	}
	st.placeTitles(st.homeCountry(), nil)
}

// ownHome returns the home a title without a body takes as its own:
// home, but for a world wire service's story, whose dateline is where it
// files from, not whose officials it names ("MUSCAT, Oman (AP) —
// President X thanked the sultan"): there the document's other signs of
// a home (globalAgency), not the country a visitor's title implies
// ("KYIV (AP) -- President X met Secretary of State Y": X is no
// American). The dateline still says where the story's travellers are
// (metAbroad).
func (st *docState) ownHome(home *kb.Entry, titles *titleIndex) *kb.Entry {
	if titles != nil || home == nil || st.dateline() == nil || st.openingAgency() != globalAgency {
		return home
	}
	return st.homeBeyondDateline(false)
}

// placeTitles gives each pending title the country its role implies, or
// the person's own country in the corpus (titles, may be nil), or home
// (may be nil); what stays unplaced stays pending for the corpus pass.
func (st *docState) placeTitles(home *kb.Entry, titles *titleIndex) {
	var left []pendingTitle
	own := st.ownHome(home, titles)
	var byWord map[string][]graph.Relation // delegation facts by their person's last word
	held := map[string][]string{}          // person -> roles of its holdsPosition facts
	indexed := 0
	index := func() {
		for _, r := range st.res.Relations[indexed:] {
			if r.Predicate == graph.HoldsPosition {
				k := partyKey(r.Subject)
				held[k] = append(held[k], r.Role)
			}
		}
		indexed = len(st.res.Relations)
	}
	for _, pt := range st.pending {
		index()
		c := pt.title.role.country
		var cy *kb.Entry
		inDelegation := false
		if c != "" && !st.followedByFor(pt) {
			// a title of one country's government ("Foreign Secretary":
			// British) held by one who leads or joins another country's
			// delegation is that country's ("The Pakistan delegation was
			// led by Foreign Secretary X")
			if d, in := st.delegationCountry(pt.person, &byWord); d != nil && d != st.lx.kb.Country(c) {
				cy, inDelegation = d, in
			} else {
				cy = st.lx.kb.Country(c)
			}
		}
		if cy == nil && !pt.organ {
			// "President X" whom the knowledge base knows as a state's
			// head or foreign minister is of that state, whatever the
			// report's own country
			if cy = st.holderCountry(pt.person); cy != nil {
				if st.heldHome == nil {
					st.heldHome = map[string]graph.Mention{}
				}
				st.heldHome[partyKey(pt.person)] = pt.person
			} else if sc := st.speakerCountry(pt.person); sc != nil && sc != own {
				continue // another country's speaker: the report's home is none of his
			}
		}
		if cy == nil && !pt.organ && (titledElsewhere(held, pt) || st.titledOtherForm(pt)) || pt.organ && st.heldInCountry(pt.person) {
			continue
		}
		if cy == nil {
			cy, inDelegation = st.delegationCountry(pt.person, &byWord) // "a Danish delegation led by Ambassador X"
		}
		if cy == nil {
			// "President X of Peru arrived, accompanied by Foreign
			// Minister Y": a member of the delegation of a leader whose
			// title names his country is of that country
			cy = st.pendingMemberCountry(pt.person)
		}
		if cy == nil && !homeReferent(st.titleSpan(pt)) {
			cy = st.attendFor[partyKey(pt.person)] // «وشارك في الاجتماع عن P وزير الخارجية X»
		}
		if cy == nil && titles != nil {
			cy = titles.country(pt.person)
		}
		// a head of state or government named without a country in an
		// article whose country only its people suggest may be any
		// country's ("President Gromov" in a Western report)
		if cy == nil && home != nil && !servesAbroad(pt.title.role) && !st.otherBody(pt) {
			// "In Jakarta, the (home) minister will meet President X":
			// whom a home official meets abroad is the host country's
			cy = st.metAbroad(pt, home)
		}
		if cy == nil && !inDelegation && !pt.title.role.abbrev && !(titles != nil && pt.title.role.state) && !st.otherBody(pt) && !st.visitorTitle(pt) && (pt.rule.Attr("home") != "dateline" || st.dateline() != nil) {
			// (a rule of home=dateline takes the story's country from its
			// dateline only, not from weaker signs; an office of one
			// holder that the document gives home's someone else holds
			// is another country's: "Deputy Prime Minister and Foreign
			// Minister X ... held a meeting with Foreign Minister Y")
			h := own
			if sh := st.sectionHome(pt.person.Start); sh != nil {
				h = sh
			}
			if h != nil && !st.officeTaken(h, pt) && !bodyOffice(pt.title.role) && !guestRoles[pt.title.role.en] {
				cy = h
				if monarchTitle(pt.title.role) && !h.Monarchy {
					// "China will implement the consensus reached by
					// President X, King Y and ...": a monarch is no
					// republic's; he reigns in the one monarchy his
					// sentence names, if it names one
					cy = st.monarchyIn(pt.sent)
				}
			}
		}
		// a document with no home of its own: the country where the
		// holder receives a guest ("X welcomed Y to the Elysee"); after
		// home, as a minister of a readout's country may host abroad
		// (on the sidelines of an assembly)
		if cy == nil && !servesAbroad(pt.title.role) && !st.otherBody(pt) {
			cy = st.hostIn[partyKey(pt.person)]
		}
		if cy == nil {
			left = append(left, pt)
			continue
		}
		body := st.countryIn(cy, pt)
		st.rel(pt.sent, pt.person, body, graph.HoldsPosition, roleFor(pt.title.role, body), pt.title.text, pt.rule.Name+"+home", pt.rule.Conf*0.75)
	}
	st.pending = left
}

// guestRoles are the roles whose holder, given no country by the text,
// takes none from the report's home (words.tsv guest-role).
var guestRoles = wordSet("words.tsv", "guest-role", "en")

// visitorTitle reports a title the text gives a visitor: "the visiting
// President X", «الرئيس الزائر X»; the report's home is not his.
func (st *docState) visitorTitle(pt pendingTitle) bool {
	if a := pt.title.at.start; a > 0 && a <= len(st.d.Text) {
		ws := strings.Fields(st.d.Text[max(0, a-12):a])
		if len(ws) > 0 && strings.EqualFold(ws[len(ws)-1], "visiting") {
			return true
		}
	}
	for _, w := range strings.Fields(st.titleSpan(pt)) {
		if k := textnorm.Key(w); k == textnorm.Key("الزائر") || k == textnorm.Key("الزائرة") {
			return true
		}
	}
	return false
}

// holderCountry returns the one country whose high office the knowledge
// base's office-holders give the person p (kb.OfficeHolder), or the one
// international organisation they give him the head of ("Secretary-
// General X": the organisation he heads), by p's full name or, for a
// surname alone, by the one full name of the document that ends with
// it; nil when none or more than one. A speaker's office is his
// chamber's, which the text names: his country is no body of his.
func (st *docState) holderCountry(p graph.Mention) *kb.Entry {
	return st.holderBody(p, func(h *kb.OfficeHolder) bool { return h.Office != "speaker" })
}

// speakerCountry returns the one country whose parliament's lower or only
// chamber the person p presides over by the knowledge base's holders, or
// nil.
func (st *docState) speakerCountry(p graph.Mention) *kb.Entry {
	return st.holderBody(p, func(h *kb.OfficeHolder) bool { return h.Office == "speaker" })
}

// holderBody is holderCountry over the holders of p's name that keep
// says to keep.
func (st *docState) holderBody(p graph.Mention, keep func(*kb.OfficeHolder) bool) *kb.Entry {
	name := p.Text
	if !strings.Contains(strings.TrimSpace(p.Text), " ") {
		// a surname alone: the one full name of the document it is of
		name = ""
		for _, m := range st.d.Mentions {
			if m.Type != graph.Person || !strings.Contains(m.Text, " ") || !samePerson(p, m) {
				continue
			}
			if name != "" && textnorm.Key(name) != textnorm.Key(m.Text) {
				return nil // two full names it may be of
			}
			name = m.Text
		}
		if name == "" {
			return nil
		}
	}
	hs := st.lx.kb.Holders(name)
	// a longer name that ends with a holder's full name of two words or
	// more is his, written with a given name more ("Muhammad X Y" of
	// "X Y")
	for ws := strings.Fields(name); len(hs) == 0 && len(ws) > 2; ws = ws[1:] {
		hs = st.lx.kb.Holders(strings.Join(ws[1:], " "))
	}
	var body *kb.Entry
	for _, h := range hs {
		if !keep(h) {
			continue
		}
		e := st.lx.kb.Country(h.Country)
		if h.Org != "" {
			e = st.lx.kb.Entry(h.Org)
		}
		if e == nil || body != nil && body != e {
			return nil
		}
		body = e
	}
	return body
}

// monarchTitles are the titles of a reigning monarch and his heir (roles
// by their English role).
var monarchTitles = map[string]bool{"king": true, "queen": true, "emir": true, "sultan": true, "crown prince": true, "emperor": true}

// monarchTitle reports a title that only a monarchy has.
func monarchTitle(r role) bool { return monarchTitles[r.en] }

// monarchyIn returns the one monarchy (kb monarchies.tsv) whose country
// sentence si names, or nil where it names none or several.
func (st *docState) monarchyIn(si int) *kb.Entry {
	if si < 0 || si >= len(st.d.Sentences) {
		return nil
	}
	s := st.d.Sentences[si]
	var found *kb.Entry
	for _, m := range st.d.Mentions {
		if m.Type != graph.Country || m.Start < s.Start || m.End > s.End {
			continue
		}
		c := st.countryOf(item{k: kEnt, m: m})
		if c == nil || !c.Monarchy {
			continue
		}
		if found != nil && found.ID != c.ID {
			return nil
		}
		found = c
	}
	return found
}

// sectionHome returns the home of the text at byte at in a roundup of
// stories under datelines of their own (roundupSections): the country of
// the latest dateline that opens a paragraph at or before it; else nil
// (the document's one home stands).
func (st *docState) sectionHome(at int) *kb.Entry {
	var c *kb.Entry
	for _, sd := range st.roundupSections() {
		if sd.start <= at {
			c = sd.country
		}
	}
	return c
}

// roundupSections returns the datelines that open paragraphs ("MANILA -
// ...", then "CAIRO - ..." and "ADDIS ABABA - ...", in a weekly digest or
// a live page) when two or more of them name different countries, in
// order; else none. Worked out once per document.
func (st *docState) roundupSections() []sectionDateline {
	if st.sections != nil {
		return st.sections
	}
	st.sections = []sectionDateline{}
	seen := map[string]bool{}
	for _, p := range st.d.Paragraphs {
		m := st.openingPlace(p)
		if m == nil || m.KBID == "" || !st.datelineAfter(m.End, p.End, false) {
			continue
		}
		if c := st.countryOf(item{k: kEnt, m: *m}); c != nil {
			st.sections = append(st.sections, sectionDateline{m.Start, *m, c})
			seen[c.ID] = true
		}
	}
	if len(seen) < 2 {
		st.sections = st.sections[:0]
	}
	return st.sections
}

// sectionDateline is a dateline that opens a paragraph: where it starts,
// its place and the place's country.
type sectionDateline struct {
	start   int
	place   graph.Mention
	country *kb.Entry
}

// pendingMemberCountry returns the country of the leader whose
// delegation, its country not settled yet, has p among its members, when
// the leader's own title gives one; else nil.
func (st *docState) pendingMemberCountry(p graph.Mention) *kb.Entry {
	for _, pl := range st.leads {
		for _, pm := range pl.members {
			for _, m := range pm.members {
				if samePerson(m, p) {
					if c := st.countryOfPerson(pl.leader); c != nil {
						return c
					}
				}
			}
		}
	}
	return nil
}

// officeTaken reports a title of one holder (a head of state or
// government, a minister or secretary of a portfolio) whose office in
// country cy the document gives another person already.
func (st *docState) officeTaken(cy *kb.Entry, pt pendingTitle) bool {
	role := roleFor(pt.title.role, graph.Mention{Type: graph.Country, Name: cy.Name, KBID: cy.ID})
	if !singleHolder(role) {
		return false
	}
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && r.Role == role && r.Object.KBID == cy.ID && partyKey(r.Subject) != partyKey(pt.person) && !samePerson(r.Subject, pt.person) {
			return true
		}
	}
	return false
}

// bodyOffice reports the office of a body, no country's: a secretary
// general is the United Nations', a league's or a council's («الأمين
// العام» in a Riyadh report is not Saudi Arabia's).
func bodyOffice(r role) bool {
	return strings.Contains(r.en, "secretary general") || strings.Contains(r.en, "secretary-general")
}

// singleHolder reports an English role that one person holds in a
// country at a time: a head of state or government, a minister or a
// secretary of a portfolio (no deputy, assistant or minister of state).
func singleHolder(role string) bool {
	switch role {
	case "president", "prime minister", "vice president", "king", "queen", "emir", "amir", "sultan", "crown prince", "chancellor":
		return true
	}
	for _, w := range strings.Fields(role) {
		switch w {
		case "deputy", "assistant", "vice", "under", "junior", "state", "permanent", "acting", "former", "general",
			// offices of many holders: a cabinet of secretaries, press
			// and private secretaries, a mission's first secretary
			"cabinet", "press", "private", "principal", "parliamentary", "first", "second", "third", "executive":
			return false
		}
	}
	return strings.HasSuffix(role, " minister") || strings.HasSuffix(role, " secretary")
}

// heldInCountry reports a position the person holds in a country
// already.
func (st *docState) heldInCountry(p graph.Mention) bool {
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && r.Object.Type == graph.Country && (partyKey(r.Subject) == partyKey(p) || samePerson(r.Subject, p)) {
			return true
		}
	}
	return false
}

// metAbroad returns the country where a person with a title of no
// country is met by an official of the home country, when his
// sentence holds the meeting in one place abroad: "In Jakarta, the
// (home) finance secretary will meet President X and Foreign Minister Y"
// names the hosts, Indonesia's. Nil when the sentence holds the meeting
// at home or in places of more than one country, or the person is met
// by no home official named before him (the home official's own
// title, met abroad, stays home's).
func (st *docState) metAbroad(pt pendingTitle, home *kb.Entry) *kb.Entry {
	if pt.sent < 0 || pt.sent >= len(st.d.Sentences) {
		return nil
	}
	s := st.d.Sentences[pt.sent]
	in := func(m graph.Mention) bool { return m.Start >= s.Start && m.End <= s.End }
	var abroad *kb.Entry
	named := false             // an event with the person among its parties names a place of a country in the sentence
	partyHere := false         // the person is a party of an event of the sentence
	placedAt := len(st.d.Text) // where the sentence first names the place abroad
	unknown := false           // a place of the sentence is of no known country
	for _, ref := range st.refs {
		mine, party := ref.sent == pt.sent, false
		for _, pa := range ref.parties {
			party = party || pa.sent == pt.sent && partyKey(pa.m) == partyKey(pt.person)
		}
		partyHere = partyHere || mine && party
		if !mine && !party {
			continue
		}
		for _, p := range ref.places {
			if p.sent != pt.sent {
				continue
			}
			c := st.countryOf(item{k: kEnt, m: p.m})
			named = named || party && c != nil
			if !mine {
				continue
			}
			if c == nil {
				unknown = true // (a building of no known country)
				continue
			}
			if c.ID == home.ID || abroad != nil && abroad.ID != c.ID {
				return nil
			}
			abroad = c
			placedAt = min(placedAt, p.m.Start)
		}
	}
	if abroad != nil && unknown {
		return nil // a building whose country is unsaid beside a place abroad: no guess
	}
	if abroad != nil && pt.title.role.state && !partyHere && pt.person.Start > placedAt {
		// «وصل ولي العهد إلى العاصمة الأمريكية واشنطن ... تلبية لدعوة من
		// الرئيس X»: a head of state or government with no country, in a
		// sentence that places a home official's visit abroad and takes
		// no part in it, named after the place (not the traveller
		// before it), is the host country's
		return abroad
	}
	if abroad == nil && !named {
		// «بيروت (واس) - ... والتقى الأمير X رئيس مجلس الوزراء Y في السراي
		// الحكومي»: a sentence that names no place of a country, in a
		// report an agency files from abroad, is held where it is filed
		if place, agency := st.datelineCountries(); agency != nil && agency.ID == home.ID && place != nil && place.ID != home.ID {
			abroad = place
		}
	}
	if abroad == nil && !named && pt.title.role.state && partyHere {
		// "X travelled to Mexico City on Monday. She was received by
		// President Y at the palace": a head of state or government with
		// no country, a party of the sentence's meeting, in a sentence
		// that names no place of a country right after a journey abroad
		// in its paragraph, is the host country's
		if c := st.journeyBefore(pt.sent, home); c != nil {
			return c
		}
	}
	if abroad == nil {
		return nil
	}
	for _, r := range st.res.Relations {
		if r.Predicate != graph.MeetsWith {
			continue
		}
		var q graph.Mention
		switch {
		case r.Object.Start == pt.person.Start && r.Object.End == pt.person.End:
			q = r.Subject
		case r.Subject.Start == pt.person.Start && r.Subject.End == pt.person.End:
			q = r.Object
		default:
			continue
		}
		// (the release's author, whose "we" met him in the sentence,
		// is named in its byline)
		voice := st.author != nil && q.Start == st.author.Start && q.End == st.author.End
		if q.Type != graph.Person || !in(q) && !voice || q.Start >= pt.person.Start {
			continue
		}
		if c := st.countryOfPerson(q); c != nil && c.ID == home.ID {
			return abroad
		}
	}
	return nil
}

// journeyBefore returns the country of the places of the event told in
// the sentence right before sentence si, in the same paragraph, when they
// all lie in one country other than home and a person takes part in it
// (a journey or a visit abroad); else nil.
func (st *docState) journeyBefore(si int, home *kb.Entry) *kb.Entry {
	if si == 0 || st.paragraphOf(st.d.Sentences[si].Start) != st.paragraphOf(st.d.Sentences[si-1].Start) {
		return nil
	}
	var abroad *kb.Entry
	for _, ref := range st.refs {
		if ref.sent != si-1 || len(ref.places) == 0 || !slices.ContainsFunc(ref.parties, func(p evParty) bool { return p.m.Type == graph.Person }) {
			continue
		}
		for _, p := range ref.places {
			c := st.countryOf(item{k: kEnt, m: p.m})
			if c == nil || c.ID == home.ID || abroad != nil && abroad.ID != c.ID {
				return nil
			}
			abroad = c
		}
	}
	return abroad
}

// noteHost records where a host receives a guest: the country of the
// first place of the meeting's places that has one (a country, a city
// of the knowledge base, a seat of government such as the White House).
// A host receives at home, so a title the document gives him without a
// country is that country's.
func (st *docState) noteHost(host graph.Mention, at []item) {
	k := partyKey(host)
	if _, ok := st.hostIn[k]; ok {
		return
	}
	for _, it := range at {
		if it.k != kEnt {
			continue
		}
		if c := st.countryOf(it); c != nil {
			if st.hostIn == nil {
				st.hostIn = map[string]*kb.Entry{}
			}
			st.hostIn[k] = c
			return
		}
	}
}

// servesAbroad reports a title whose holder serves abroad (an
// ambassador, an envoy, a consul): he may host guests where he is
// posted, which is not his country.
func servesAbroad(r role) bool {
	for _, w := range []string{"ambassador", "high commissioner", "envoy", "consul", "charg", "representative", "delegate", "attach"} {
		if strings.Contains(r.en, w) {
			return true
		}
	}
	return false
}

// delegationCountry returns the country whose delegation a person leads
// or belongs to in the document, or nil; byWord indexes the document's
// delegation facts, built on the first call.
func (st *docState) delegationCountry(p graph.Mention, byWord *map[string][]graph.Relation) (*kb.Entry, bool) {
	if *byWord == nil {
		// samePerson needs the same last word: index the facts by it once
		*byWord = map[string][]graph.Relation{}
		for _, r := range st.res.Relations {
			if (r.Predicate == graph.Leads || r.Predicate == graph.MemberOf) && r.Object.Type == graph.Delegation {
				w := lastWord(textnorm.Key(r.Subject.Text))
				(*byWord)[w] = append((*byWord)[w], r)
			}
		}
	}
	in := false
	for _, r := range (*byWord)[lastWord(textnorm.Key(p.Text))] {
		if samePerson(r.Subject, p) {
			in = true
			for _, e := range st.lx.kb.Lookup(r.Object.Country) {
				if e.Type == graph.Country {
					return e, true
				}
			}
		}
	}
	return nil, in
}

// corpusHome is a document's home country by its people: the country
// the rest of the corpus gives most of the persons it names without one.
func (st *docState) corpusHome(titles *titleIndex) *kb.Entry {
	votes := map[string]int{}
	var best *kb.Entry
	seen := map[string]bool{}
	vote := func(c *kb.Entry) {
		votes[c.ID]++
		if best == nil || votes[c.ID] > votes[best.ID] || votes[c.ID] == votes[best.ID] && c.ID < best.ID {
			best = c
		}
	}
	for _, pt := range st.pending {
		k := partyKey(pt.person)
		if seen[k] {
			continue
		}
		seen[k] = true
		if c := titles.country(pt.person); c != nil {
			vote(c)
		}
	}
	// (a title the knowledge base's office-holders placed in the first
	// pass votes as it would have pending: by the person's country in
	// the corpus, not by the knowledge base's, which a visitor's title
	// gives as readily as a host's)
	keys := make([]string, 0, len(st.heldHome))
	for k := range st.heldHome {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		if c := titles.country(st.heldHome[k]); c != nil {
			vote(c)
		}
	}
	return best
}

// otherBody reports a title whose body the sentence names in words the
// rules do not know as a body ("club chairman X", "its spokesman X",
// «المتحدث باسم المحاكم X»): the title is that body's, not the
// document's home country's.
func (st *docState) otherBody(pt pendingTitle) bool {
	a, p := pt.title.at.start, pt.person.Start
	if a < p && p <= len(st.d.Text) {
		between := st.d.Text[a:p]
		if _, after, ok := strings.Cut(between, "باسم"); ok && strings.TrimSpace(after) != "" {
			return true // «باسم» with a body after it, «باسمها»
		}
	}
	if a <= 0 || a > len(st.d.Text) {
		return false
	}
	before := strings.TrimRight(st.d.Text[:a], " ")
	w := before[strings.LastIndexAny(before, " \n\t\"(")+1:]
	// the head of a body that is no state's before the title ("club
	// chairman", "Party leader"), or a possessive pronoun ("its
	// spokesman"); not a ministry's or a government's, whose titles are
	// the home country's
	lw := strings.ToLower(w)
	return nonStateHeads[lw] || lw == "its" || lw == "their"
}

var nonStateHeads = wordSet("names.tsv", "nonstate-head", "en")

// followedByFor reports "Secretary of State for Defence": a British
// secretary of state, not the American one.
func (st *docState) followedByFor(pt pendingTitle) bool {
	rest := strings.TrimLeft(st.d.Text[pt.title.at.end:], " ")
	return strings.HasPrefix(rest, "for ")
}

// titledElsewhere reports whether the person holds the same title with a
// body in another holdsPosition of the document (held: the roles of each
// person's holdsPosition facts so far).
func titledElsewhere(held map[string][]string, pt pendingTitle) bool {
	for _, role := range held[partyKey(pt.person)] {
		if roleOverlap(role, pt.title.role.en) {
			return true
		}
	}
	return false
}

// titledOtherForm reports a title the same person holds in the document
// under another form of his name ("Prime Minister Sato" after "Mr.
// SATO Kenji, Prime Minister of Japan"): samePerson, the same office.
func (st *docState) titledOtherForm(pt pendingTitle) bool {
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && r.Object.Type == graph.Country && partyKey(r.Subject) != partyKey(pt.person) && (samePerson(r.Subject, pt.person) || surnameSpelledApart(r.Subject, pt.person)) && roleOverlap(r.Role, pt.title.role.en) {
			return true
		}
	}
	return false
}

// surnameSpelledApart reports two person mentions of one document whose
// last words, of five letters or more and one script, are spelled apart
// and sound alike
// (one phonetic key, translit.Key: "Barlanov", "Barlanev"): a name a
// translation spells two ways, as the same office says it is one
// person's.
func surnameSpelledApart(a, b graph.Mention) bool {
	la, lb := lastWord(textnorm.Key(a.Text)), lastWord(textnorm.Key(b.Text))
	if la == lb || utf8.RuneCountInString(la) < 5 || utf8.RuneCountInString(lb) < 5 || textnorm.Script(a.Text) != textnorm.Script(b.Text) {
		return false
	}
	k := translit.Key(la)
	return len(k) >= 3 && k == translit.Key(lb)
}

// roleOverlap reports two roles one of which holds the other's words
// ("minister", "foreign minister"; "president", "vice president"): the
// same office said shorter. Two offices that share a head noun only,
// each with a word of its own ("prime minister", "foreign minister"),
// are two offices («X رئيس مجلس الوزراء وزير الخارجية»).
func roleOverlap(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(s) {
			if len(w) > 3 {
				out = append(out, w)
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	inAll := func(xs, ys []string) bool {
		for _, x := range xs {
			if !slices.Contains(ys, x) {
				return false
			}
		}
		return len(xs) > 0
	}
	return inAll(wa, wb) || inAll(wb, wa)
}

// countryIn returns a mention of country cy (or of the organisation an
// office-holder heads) for a title's fact: its first mention in the
// document, else one made over the title (marked implied: evidence, not
// a name of it).
func (st *docState) countryIn(cy *kb.Entry, pt pendingTitle) graph.Mention {
	for _, m := range st.d.Mentions {
		if m.Type == cy.Type && m.KBID == cy.ID && !m.Adjectival() {
			return m
		}
	}
	m := st.d.Mention(pt.title.at.start, pt.title.at.end, cy.Type, "implied", 0.6)
	m.Name, m.KBID = cy.Name, cy.ID
	return m
}

// homeCountry decides the document's own country, or nil.
func (st *docState) homeCountry() *kb.Entry {
	if c := st.dateline(); c != nil {
		// «واشنطن - واس: وصل ولي العهد ...»: a national agency's report
		// from abroad names its own country's officials without it
		if a := st.openingAgency(); a != "" {
			if ac := st.lx.kb.Country(a); ac != nil && ac.ID != c.ID {
				return ac
			}
		}
		// "TOKYO - Minister for Foreign Affairs X held a meeting ..., the
		// Ministry of Foreign Affairs of the Republic of Y said": a
		// readout its issuing body files from abroad is that body's
		// country's
		if ic := st.issuerCountry(); ic != nil && ic.ID != c.ID {
			return ic
		}
		return c
	}
	return st.homeBeyondDateline(true)
}

// homeBeyondDateline is homeCountry from the signs other than a
// dateline's place; votes: the country the document's titles of one
// country imply counts too.
func (st *docState) homeBeyondDateline(votes bool) *kb.Entry {
	// a dateline the place's name is glued to («دمشق-سانا:»), or the
	// agency's name alone opening the story under its headline («وطنية -
	// استقبل ...»): its agency
	if a := st.openingAgency(); a != "" {
		if c := st.lx.kb.Country(a); c != nil {
			return c
		}
	}
	if c := st.attributionCountry(); c != nil {
		return c
	}
	if c := st.trailerCountry(); c != nil {
		return c
	}
	tally := map[string]int{}
	best := ""
	for _, pt := range st.pending {
		if !votes {
			break
		}
		// (not a title in a quotation: "UK readout: \"The Foreign
		// Secretary, X, met Y\"" quotes another government's words)
		if c := pt.title.role.country; c != "" && !st.followedByFor(pt) && !st.quoted(pt.person.Start) {
			tally[c]++
			if tally[c] > tally[best] {
				best = c
			}
		}
	}
	if best != "" {
		return st.lx.kb.Country(best)
	}
	if c := st.urlCountry(); c != nil {
		return c
	}
	return st.headlineCountry()
}

// trailerCountry returns the country of the place a release names on a
// short line of its own at its end, where a government's press release
// says where it was issued ("New Delhi" over the date, "Issued by the
// Department of X / Y Building, Pretoria"): the titles it gives without a
// country are that country's. Only the lines after the body's last
// sentence count (the trailer stops at a line that ends one), three at
// most, never the headline's paragraph, nor a credit line ("Photo: ...,
// Amman", «المصدر: ...»); nil when they name no place.
func (st *docState) trailerCountry() *kb.Entry {
	if len(st.d.Paragraphs) < 3 {
		return nil
	}
	head := st.d.Paragraphs[0].End
	end := len(st.d.Text)
	for n := 0; n < 3 && end > head; {
		start := strings.LastIndexByte(st.d.Text[:end], '\n') + 1
		line := strings.TrimSpace(st.d.Text[start:end])
		if line == "" {
			end = max(start-1, 0)
			continue
		}
		n++
		if start < head || strings.ContainsAny(line[len(line)-1:], ".!?\"”:") {
			return nil // the body (or the headline) reached
		}
		if !creditLine(line) {
			for i := range st.d.Mentions {
				m := &st.d.Mentions[i]
				if m.Start < start || m.End > end || m.KBID == "" || m.Type != graph.City && m.Type != graph.Country {
					continue
				}
				rest := strings.Fields(st.d.Text[start:m.Start] + " " + st.d.Text[m.End:end])
				if len(rest) <= 5 {
					if c := st.countryOf(item{k: kEnt, m: *m}); c != nil {
						return c
					}
				}
			}
		}
		end = max(start-1, 0)
	}
	return nil
}

// creditLine reports a line that credits a picture, a source or a
// copyright: the place it names is no issuer's.
func creditLine(line string) bool {
	for _, p := range []string{"photo", "copyright", "©", "source", "credit", "picture", "المصدر", "تصوير", "صورة", "حقوق"} {
		if strings.HasPrefix(strings.ToLower(line), p) {
			return true
		}
	}
	return false
}

// headlineCountry returns the country a report's headline opens with,
// as its subject («جنوب السودان يحتفل ...», "Chile rejects ..."): the
// report is that country's story, and the titles it gives without a
// country are that country's. A headline that opens otherwise gives
// none.
func (st *docState) headlineCountry() *kb.Entry {
	if len(st.d.Paragraphs) < 2 {
		return nil
	}
	p := st.d.Paragraphs[0]
	for i := range st.d.Mentions {
		m := &st.d.Mentions[i]
		if m.Start < p.Start {
			continue
		}
		if m.Start >= p.End || strings.TrimSpace(st.d.Text[p.Start:m.Start]) != "" || m.Type != graph.Country || m.KBID == "" || m.Adjectival() {
			return nil
		}
		if i+1 < len(st.d.Mentions) && headlinePair(st.d.Text, m, &st.d.Mentions[i+1], p.End) {
			return nil
		}
		return st.lx.kb.Entry(m.KBID)
	}
	return nil
}

// headlinePair reports a headline that opens with two countries joined
// by a comma or a conjunction ("A, B resume talks in C", «أ وب
// تستأنفان»): it names two parties, neither of them the reporter's home.
func headlinePair(text string, m, next *graph.Mention, end int) bool {
	if next.Type != graph.Country || next.Start >= end || next.Start < m.End {
		return false
	}
	switch strings.TrimSpace(text[m.End:next.Start]) {
	case ",", "،", "and", "&", "و", "", "-", "–":
		return true
	}
	return false
}

// dateline finds an issuing place or body in the first lines of the
// document: a short line that names a city, country or government body
// and little else ("Washington DC, May 7, 2023", «البيت الأبيض»), a
// sentence that opens with a city and a dash ("KYIV — ..."), or a wire
// dateline, as the event frames read it (datelineAfter: "RIYADH, March 3
// (SPA) --").
func (st *docState) dateline() *kb.Entry {
	place, agency := st.datelineCountries()
	if agency != nil {
		return agency
	}
	return place
}

// datelineCountries returns the country of a dateline's place and, when
// a national agency other than that country's files the report («بيروت
// (واس) -»), the agency's country (nil otherwise).
func (st *docState) datelineCountries() (place, agency *kb.Entry) {
	for pi, p := range st.d.Paragraphs {
		if pi > 3 {
			break
		}
		var first *graph.Mention
		for i := range st.d.Mentions {
			m := &st.d.Mentions[i]
			if m.Start >= p.Start && m.End <= p.End && m.KBID != "" {
				first = m
				break
			}
		}
		if first == nil {
			continue
		}
		c := st.countryOf(item{k: kEnt, m: *first})
		if c == nil {
			continue
		}
		lead := strings.TrimSpace(st.d.Text[p.Start:first.Start])
		rest := strings.TrimSpace(st.d.Text[first.End:p.End])
		words := len(strings.Fields(rest))
		short := lead == "" && words <= 5 && !strings.ContainsAny(rest, ".!?")
		agency := wireAgency(st.d.Text[p.Start:p.End])
		dashed := lead == "" && (strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ") ||
			strings.HasPrefix(rest, "(") && strings.Contains(rest[:min(len(rest), 40)], ") -") ||
			strings.HasPrefix(rest, "-") && agency != "") // «دمشق-سانا:»
		if short || dashed || lead == "" && st.datelineAfter(first.End, p.End, false) {
			// «عمان 11 آذار (بترا) -»: the agency says which country
			if a := agency; a != "" && a != c.Code {
				if ac := st.lx.kb.Country(a); ac != nil {
					return c, ac
				}
			}
			return c, nil
		}
	}
	return nil, nil
}

// attributionWords are the nouns of an issuing body after its
// nationality in a wire's closing attribution ("the Norwegian foreign
// ministry said"), and attributionVerbs its verbs.
var (
	attributionWords = map[string]bool{"foreign": true, "ministry": true, "office": true, "presidency": true, "government": true, "affairs": true, "of": true, "defence": true, "defense": true, "interior": true, "state": true, "department": true, "prime": true, "minister's": true, "ministers": true, "cabinet": true, "royal": true, "court": true, "palace": true, "embassy": true}
	attributionVerbs = map[string]bool{"said": true, "says": true, "announced": true, "stated": true, "reported": true}
)

// attributionCountry reads the country of the body a report's first
// sentence is attributed to at its end: "X and Y discussed Gaza by
// telephone, the Norwegian foreign ministry said." (the titles it gives
// without a country are that body's country's). English only.
func (st *docState) attributionCountry() *kb.Entry {
	for si, sent := range st.d.Sentences {
		if si > 1 {
			break
		}
		if sent.Lang != "en" {
			return nil
		}
		toks := tokenize(st.d.Text, sent.Start, sent.End)
		n := len(toks)
		for n > 0 && toks[n-1].punct && toks[n-1].text != "," {
			n--
		}
		if n < 5 || !attributionVerbs[toks[n-1].key] {
			continue
		}
		k := n - 2
		for k >= 0 && attributionWords[toks[k].key] {
			k--
		}
		if k < 2 || k == n-2 {
			continue
		}
		// the nationality word ends right before the body's nouns
		for j := k; j >= 0 && j > k-3; j-- {
			if n, _, v := st.x.lx.demonyms.match(toks, j); j+n == k+1 {
				if e, ok := v.(*kb.Entry); ok && j >= 2 && toks[j-1].key == "the" && toks[j-2].text == "," {
					return e
				}
			}
		}
	}
	return nil
}

// issuerOf ends the words that name an issuing body before its
// country: "the Ministry of Foreign Affairs of the Republic of", "the
// Office of the President of".
var issuerOf = regexp.MustCompile(`(?i)\b(?:ministry|office|presidency|department|embassy)\b[^,.;:]{0,60}\bof (?:the )?(?:(?:republic|kingdom|state|sultanate|emirate|federation) of (?:the )?)?$`)

// issuerCountry returns the country whose body, named by its country
// after "of", says the report in its first two sentences ("..., the
// Ministry of Foreign Affairs of the Republic of X said in a
// statement"), or nil.
func (st *docState) issuerCountry() *kb.Entry {
	if len(st.d.Sentences) == 0 {
		return nil
	}
	end := st.d.Sentences[min(2, len(st.d.Sentences))-1].End
	for _, m := range st.d.Mentions {
		if m.Type != graph.Country || m.KBID == "" || m.End > end || m.Adjectival() {
			continue
		}
		after := strings.TrimLeft(st.d.Text[m.End:min(len(st.d.Text), m.End+12)], " ")
		if !strings.HasPrefix(after, "said") && !strings.HasPrefix(after, "announced") && !strings.HasPrefix(after, "stated") {
			continue
		}
		if issuerOf.MatchString(st.d.Text[max(0, m.Start-90):m.Start]) {
			return st.lx.kb.Entry(m.KBID)
		}
	}
	return nil
}

// wireAgencies maps the key of an Arab wire agency's name to its
// country's code (words.tsv: agency); englishAgencies the same agencies'
// names in English datelines, which are also words ("Map", "Spa",
// "Petra") and count only in capitals ("SPA") or in brackets ("(Petra)").
var (
	wireAgencies    = lexValues("words.tsv", "agency", "ar")
	englishAgencies = lexValues("words.tsv", "agency", "en")
	// otherWires: wire services that only end a dateline (words.tsv: wire)
	otherWires = wordSet("words.tsv", "wire", "en", "ar")
)

// globalAgency is the code words.tsv gives the world's wire services
// ("(AP)", "(Reuters)"), which report from every country: no country.
const globalAgency = "-"

// openingAgency returns the code of the country of the wire agency that
// opens one of the document's first three paragraphs (wireAgency), or "".
func (st *docState) openingAgency() string {
	if a := wireAgency(st.d.Text); a != "" {
		return a
	}
	return st.inHead(wireAgency)
}

// wireAgency returns the code of the country of the wire agency a
// document's dateline names, in its first words next to a bracket, a
// slash, a dash or a colon («عمان 11 آذار (بترا) -», «دمشق - سانا:»),
// or "".
func wireAgency(text string) string {
	c, _, _ := wireAgencySpan(text)
	return c
}

// wireAgencySpan is wireAgency with where the agency's name stands in
// text (byte offsets).
func wireAgencySpan(text string) (code string, start, end int) {
	stop := strings.IndexAny(text, "\n")
	if stop < 0 || stop > 120 {
		stop = min(len(text), 120)
	}
	toks := tokenize(text, 0, stop)
	punct := func(i int) bool {
		return i < 0 || i >= len(toks) || toks[i].punct || toks[i].text == "-" || toks[i].text == "/"
	}
	for i := 0; i < len(toks) && i < 14; i++ {
		if h := strings.LastIndex(toks[i].text, "-"); i == 0 && h > 0 {
			// «دمشق-سانا»: the agency glued to the place by a hyphen
			if c, ok := wireAgencies[textnorm.Key(toks[i].text[h+1:])]; ok {
				return c, toks[i].start + h + 1, toks[i].end
			}
		}
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			var ks []string
			for _, t := range toks[i : i+n] {
				ks = append(ks, t.key)
			}
			// (the agency's name alone may open the story: «وطنية - »)
			// («رام الله 17-6-2025 وفا-»: the date written with dashes
			// right before it)
			if c, ok := wireAgencies[strings.Join(ks, " ")]; ok && (i > 0 && (punct(i-1) || dashedDate(toks[i-1].text)) && punct(i+n) || i == 0 && i+n < len(toks) && toks[i+n].text == "-") {
				return c, toks[i].start, toks[i+n-1].end
			}
			if c, ok := englishAgencies[strings.Join(ks, " ")]; ok && n == 1 && i > 0 && punct(i-1) && punct(i+n) &&
				(strings.ToUpper(toks[i].text) == toks[i].text || toks[i-1].text == "(" && i+1 < len(toks) && toks[i+1].text == ")") {
				return c, toks[i].start, toks[i].end
			}
		}
	}
	return "", 0, 0
}

// datelineAgency finds the wire agency that a dateline in the first
// paragraphs names after its place (graph.Mention spans of d): in Arabic
// a name of the agencies' list next to a bracket, a slash or a dash
// («عمان 11 آذار (بترا) -», «مسقط في 3 مارس /العمانية/»); in English
// one to three capitalised words in brackets right before the dash, the
// agency's name or initials ("RABAT, May 2 (XNA) -", "LIMA, June 9
// (Andina News) --"). The agency is a news organisation: its name is an
// Organization mention. It returns 0, 0 where there is none.
func datelineAgency(d *extract.Document) (int, int) {
	for pi, p := range d.Paragraphs {
		if pi > 3 {
			break
		}
		text := d.Text[p.Start:p.End]
		lead := p.Start + len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
		// the dateline opens on its place: a place's name, or a word in
		// capitals ("RABAT,")
		placed := capsWordRe.MatchString(d.Text[lead:p.End])
		for _, m := range d.Mentions {
			if m.Start == lead && m.Type.Location() {
				placed = true
				break
			}
		}
		if m := enAgencyRe.FindStringSubmatchIndex(text[:min(len(text), 120)]); m != nil && placed {
			return p.Start + m[2], p.Start + m[3]
		}
		if c, s, e := wireAgencySpan(text); c != "" && placed {
			return p.Start + s, p.Start + e
		}
	}
	return 0, 0
}

// capsWordRe is a word in capitals of three letters or more.
var capsWordRe = regexp.MustCompile(`^\p{Lu}{3,}\b`)

// enAgencyRe is an English dateline's agency: capitalised words in
// brackets, a dash after them, with no sentence's end before them.
var enAgencyRe = regexp.MustCompile(`^\s*\p{Lu}[^()!?\n]{0,80}\((\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2})\)\s*(?:--|-|—|–)`)

// urlCountry reads the country of the document's web address: a
// government domain of a country (.gov is American, .gov.uk British) or
// a country-code domain.
func (st *docState) urlCountry() *kb.Entry {
	if st.d.URL == "" {
		return nil
	}
	u, err := url.Parse(st.d.URL)
	if err != nil || u.Hostname() == "" {
		return nil
	}
	host := strings.ToLower(u.Hostname())
	parts := strings.Split(host, ".")
	tld := parts[len(parts)-1]
	switch {
	case tld == "gov" || tld == "mil":
		return st.lx.kb.Country("US")
	case tld == "uk":
		return st.lx.kb.Country("GB")
	case len(tld) == 2 && tld != "tv" && tld != "io" && tld != "co" && tld != "me" && tld != "ai":
		return st.lx.kb.Country(strings.ToUpper(tld))
	}
	return nil
}

// dashedDate reports a date written in figures parted by dashes or
// slashes ("17-6-2025", "3/5/2025").
func dashedDate(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.TrimFunc(p, unicode.IsDigit) != "" {
			return false
		}
	}
	return true
}

// homeReferent reports an Arabic title that names its country as the
// home of the report («سفير المملكة لدى P», «سفير البلاد»): not the side
// it attends for («وزير الدولة» is a minister of state, no home).
func homeReferent(title string) bool {
	for _, w := range strings.Fields(title) {
		switch textnorm.Key(w) {
		case textnorm.Key("المملكة"), textnorm.Key("البلاد"):
			return true
		}
	}
	return false
}

// titleSpan returns the text from a pending title's first word to its
// person's name (the title with what the chunk read after it: «سفير
// المملكة لدى P»), or the title's own text.
func (st *docState) titleSpan(pt pendingTitle) string {
	if a, b := pt.title.at.start, pt.person.Start; a < b && b <= len(st.d.Text) && b-a < 300 {
		return st.d.Text[a:b]
	}
	return pt.title.text
}
