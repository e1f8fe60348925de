package rules

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"newskg/extract"
	"newskg/extract/rules/pattern"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Relations finds the ontology's relations between the mentions of a
// document. Its patterns are data (data/LANG/patterns.pat, in the
// language of package pattern) run in three stages over each sentence's
// items: chunks (titled persons, titles standing for their bodies,
// delegations, event phrases), skips (parentheses, relative clauses),
// relations. Events are gathered over the whole document (frames.go);
// titles without a body take the document's (home.go).
type Relations struct {
	lx        *lexicon
	grammars  map[string]*pattern.Grammar
	wordClass map[string][]string // word key -> its classes ("@meet")
	// Fired, when set, is told every rule that fires; the tests use it to
	// find rules that no test sentence exercises.
	Fired func(r *pattern.Rule)

	mu        sync.Mutex
	unsettled map[string]*docState       // documents with leaders to place (deferred.go)
	settled   map[string]settledDoc      // what the corpus pass added to held documents
	noted     map[string]map[string]bool // titles given by NoteTitles: person key -> country KB ids
}

// NewRelations returns the relation extractor.
func NewRelations(k *kb.KB) *Relations {
	g, wc := grammars()
	return &Relations{lx: newLexicon(k), grammars: g, wordClass: wc}
}

func (*Relations) Name() string { return "relations" }

var (
	grammarMu   sync.Mutex
	grammarSet  map[string]*pattern.Grammar
	wordClasses map[string][]string
)

// grammars loads the embedded pattern files and word classes once (again
// after ReleaseGrammars).
func grammars() (map[string]*pattern.Grammar, map[string][]string) {
	grammarMu.Lock()
	defer grammarMu.Unlock()
	if grammarSet != nil {
		return grammarSet, wordClasses
	}
	var err error
	grammarSet, err = loadGrammars()
	if err != nil {
		panic(err) // the files ship inside the binary; TestGrammars reads them
	}
	wordClasses = map[string][]string{}
	for _, name := range []string{"words.tsv", "names.tsv"} {
		for _, l := range lexLangs {
			for _, e := range lexFile(l, name) {
				if readerClasses[e.Class] {
					continue
				}
				c := "@" + e.Class
				if !containsString(wordClasses[e.Key], c) {
					wordClasses[e.Key] = append(wordClasses[e.Key], c)
				}
			}
		}
	}
	return grammarSet, wordClasses
}

// ReleaseGrammars lets the compiled patterns go (about 45 MB with their
// regular expressions) where no relation extractor holds them: a
// program done extracting calls it before work that needs the memory
// more (kg build, before resolving). A later NewRelations compiles them
// again.
func ReleaseGrammars() {
	grammarMu.Lock()
	defer grammarMu.Unlock()
	grammarSet, wordClasses = nil, nil
}

func loadGrammars() (map[string]*pattern.Grammar, error) {
	out := map[string]*pattern.Grammar{}
	for _, l := range lexLangs {
		src, err := dataFS.ReadFile("data/" + l + "/patterns.pat")
		if err != nil {
			return nil, err
		}
		g := pattern.New()
		if err := g.Parse("data/"+l+"/patterns.pat", src); err != nil {
			return nil, err
		}
		out[l] = g
	}
	return out, nil
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (x *Relations) grammar(lang string) *pattern.Grammar {
	if g, ok := x.grammars[lang]; ok {
		return g
	}
	return x.grammars["en"]
}

// docState carries what the patterns learn over a document.
type docState struct {
	x       *Relations
	d       *extract.Document
	lx      *lexicon
	res     extract.Result
	refs    []*evRef
	main    *frame
	delegs  map[string]graph.Mention // country or body -> first delegation mention
	pending []pendingTitle
	leads   []pendingLead // leaders whose delegation's country is not known yet
	// the datelines that open paragraphs of a roundup (roundupSections),
	// worked out once; empty when the document is none
	sections []sectionDateline
	served   []servedTitle // advisers of a title's holder («مستشار الرئيس الفرنسي X»)
	// mediators named without their event ("with US brokers"): the main
	// event's
	mediators []evParty
	seen      map[string]bool
	// viaTitle marks the country mentions that stand for an official
	// not named ("the French counterpart"), with the official's title
	// (its English role, "" where none is known): dropped as meeting
	// parties where the document names him, or replaced by him
	// (namedOfficials)
	viaTitle map[string]string
	// hostIn: the country where each person (partyKey) hosts a guest in
	// the document, by a meeting rule's host slot (host=s: "X welcomed
	// Y to the Elysee", «استقبل X Y في الرياض»): the first such place
	hostIn map[string]*kb.Entry
	// heldHome: each titled person whose title the knowledge base's
	// office-holders placed (holderCountry), by party key; the corpus
	// pass counts them among its votes for a home as it counts the
	// titles still pending
	heldHome map[string]graph.Mention
	// attendFor: the country each person (partyKey) attends an event
	// for («وشارك في الاجتماع عن P X»), his title's country
	attendFor map[string]*kb.Entry
	// coreference: the last person named, and the last one with each title
	lastPerson *graph.Mention
	// attendList is the event a list of those present opens ("The
	// following attended the Summit:"), listSent the sentence of the
	// list's opening or its last item (attendeeList)
	attendList *evRef
	// listHost: the host of the event a list opens, whom each one named
	// on its lines meets («تسلم X أوراق اعتماد عدد من السفراء، وهم:»)
	listHost *graph.Mention
	// ceremony: the last ceremony whose guests the sentence left unnamed
	// («تسلم X أوراق اعتماد خمسة سفراء جدد»), and its host, for a list
	// that names them in a sentence of its own («والسفراء هم:»)
	ceremony     *evRef
	ceremonyHost *graph.Mention
	// memberList is the delegation a list of members opens ("a
	// delegation comprising the following Ministers:"), read as
	// attendList is
	memberList []graph.Mention
	listSent   int
	listMark   bool // the last sentence was a list's number alone ("1.")
	// listLines: the list is a heading's ("Attendees"), whose lines need
	// no bullet; listSide the country of its last side line ("Japanese
	// side:")
	listLines bool
	listSide  *kb.Entry
	listFresh bool // the last line was the heading or a side line
	// the last person an Arabic feminine title named («الوزيرة X»,
	// «المبعوثة الأممية X»): the unsaid subject of a feminine verb
	lastFemale *graph.Mention
	// the person the last sentence had for its subject (nil when it had
	// none): whom a sentence's first "he" or "she" stands for
	lastSubject *graph.Mention
	// implicitSubject is the unsaid subject a verb opening sentence
	// implicitIn took over from the sentence before («كما استقبل X»), which
	// stays the subject for the next one
	implicitSubject *graph.Mention
	implicitIn      int
	// lastGuest: the one guest, a person, the last reception named
	// («الضيف» later stands for him)
	lastGuest *graph.Mention
	// lastHost: the host the last reception named (a welcome rule's
	// subject): whom «كما استقبل سيادته Y» stands for
	lastHost *graph.Mention
	// author: the person a media release's byline names ("Senator the
	// Hon X, Minister for Foreign Affairs"), whom its "I" and "we" stand
	// for outside quotations (authorRead: looked for already)
	author     *graph.Mention
	authorRead bool
	// topic: the one person named by sentence topicOf, the last sentence
	// that named any (nil when it named several): the unsaid subject of
	// an Arabic sentence that goes on about him
	topic     *graph.Mention
	topicOf   int
	lastTitle *title
	byRole    map[string]graph.Mention
	// byBareRole: the last person a title of no body named ("Foreign
	// Minister X", «X، وزير الخارجية،»): the one a bare title later
	// stands for, before a foreign holder his country named («وزير
	// خارجية إيران Y»)
	byBareRole map[string]graph.Mention
	// byInitials: the holder of each title by the title's initials
	// ("External Affairs Minister X ... EAM met Y": "EAM" is X)
	byInitials map[string]graph.Mention
	// places named as divisions of a country (finishDivisions)
	divisions []division
	// the last body named with each Arabic head noun («الائتلاف»)
	byHead map[string]graph.Mention
	refAt  map[[2]int]*evRef        // the event reference at each span
	keys   map[graph.Mention]string // partyKey of mentions, once each
	// personCountry: the country key of each person a title places
	// (worked out once, when the frames are gathered)
	personCountry map[string]string
	// the tokens of sentence toksOf, the one being read
	toks   []token
	toksOf int
	// the date and past year of sentence dated-1 (sentenceDate)
	dated int
	date  string
	past  bool
	// the report's month (reportMonth): month, and whether it was
	// worked out
	month      time.Month
	monthKnown bool
	// kept is what a document kept for the corpus pass found: its
	// relations are not held here but read back from the document
	kept keptRelations
	// talks: whether the document names talks, a summit or a conference
	// (0: not read yet, 1: it does, -1: it does not)
	talks int
	// held: the document was reduced (Relations.Hold); d is what the
	// corpus pass reads of it, and res.Relations its titles and
	// delegations
	held bool
	// govs: the countries whose government the document names, where
	// (noteGovernments)
	govs []govNaming
}

// govNaming is a country's government named by a document: the country
// and the item that names it (its name or its adjective).
type govNaming struct {
	c  *kb.Entry
	it item
}

func (x *Relations) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	st := &docState{x: x, d: d, lx: x.lx, delegs: map[string]graph.Mention{}, seen: map[string]bool{}, byRole: map[string]graph.Mention{}, byBareRole: map[string]graph.Mention{}, viaTitle: map[string]string{}}
	for si, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		st.toks, st.toksOf = tokenize(d.Text, s.Start, s.End), si
		its := x.items(d, s, st.toks)
		st.noteGovernments(its)
		its = st.corefer(its)
		g := x.grammar(s.Lang)
		its = st.chunks(si, g, "phrase", its)
		its = st.chunks(si, g, "chunk", its)
		st.possessors(si, its)
		st.attendeeList(si, its)
		st.relations(si, g, its)
		st.remember(si, its)
	}
	st.toks = nil
	st.finish()
	res := st.res
	x.keep(st)
	return res, nil
}

// attendeeList reads a line of a list of those present that a sentence
// ending in a colon opened (action attend-list): a line that opens with a
// bullet ("- H.E. X, President of Y;") names one who took part in the
// event; the first line that does not ends the list.
func (st *docState) attendeeList(si int, its []item) {
	if st.attendList == nil && st.memberList == nil {
		return
	}
	if si != st.listSent+1 {
		st.attendList, st.memberList, st.listLines, st.listSide, st.listHost = nil, nil, false, nil, nil
		return
	}
	b := bulletAt(its)
	if b == 0 && st.listLines && st.attendList != nil {
		// under a heading "Attendees": "Japanese side:" gives the country
		// the lines after it attend for; a line of a person and titles
		// names one present
		if cy := sideLine(st, its); cy != nil {
			st.listSent, st.listSide, st.listFresh = si, cy, true
			return
		}
		defer func() { st.listFresh = false }()
		// (a blank line ends the list but before a side line: the names
		// after it are another list's or the text's)
		if titlesOnly(its) && slices.ContainsFunc(its, item.isPerson) && (st.listFresh || !st.newParagraph(si)) {
			st.listMark = true // read the line from its start
		}
	}
	switch {
	case b == 2 && len(its) == 2:
		// "1." alone: the sentence splitter cut the number off its line
		st.listSent, st.listMark = si, true
		return
	case st.listMark:
		b = 0 // the line the number was cut off
	case b == 0 || b >= len(its):
		st.attendList, st.memberList, st.listLines, st.listSide, st.listHost = nil, nil, false, nil, nil
		return
	}
	st.listSent, st.listMark = si, false
	// "- H.E. X, President of Y, represented by H.E. Z, Minister of
	// Foreign Affairs;": the one present is the representative
	from := b
	for k := b; k+1 < len(its); k++ {
		if its[k].word("represented") && its[k+1].word("by") || its[k].word("ممثلا", "ممثلة") && its[k+1].word("ب", "في", "عن") {
			from = k + 2
			break
		}
	}
	// a members' line names a member and his titles, nothing he does
	// ("- talks with President X;", "- President X will receive the
	// delegation": the list is over)
	if st.memberList != nil && st.attendList == nil && !titlesOnly(its[b:]) {
		st.memberList = nil
		return
	}
	// ("- Russia: Minister of Foreign Affairs X": the country the line
	// opens with, then a colon, is the one X attends for and holds his
	// office of; the country takes part too)
	side := st.listSide
	if st.attendList != nil && from+1 < len(its) && its[from].k == kEnt && its[from].m.Type == graph.Country && strings.TrimSpace(its[from+1].text) == ":" {
		if cy := st.countryOf(its[from]); cy != nil {
			side = cy
			st.attendList.addAttendee(st, si, its[from].m, "attendee-list-country")
		}
	}
	// ("- Minister of Agriculture, Mr X;": the title, then the name)
	for k := from; k < len(its) && k < from+8; k++ {
		if its[k].isPerson() {
			for _, a := range st.agents(its[k : k+1]) {
				if a.Type != graph.Person {
					continue
				}
				if st.attendList != nil {
					st.attendList.addAttendee(st, si, a, "attendee-list")
					if st.listHost != nil && !sameParty(a, *st.listHost) {
						st.meetM(si, *st.listHost, a, "attendee-list", 0.6)
					}
					if side != nil {
						if st.attendFor == nil {
							st.attendFor = map[string]*kb.Entry{}
						}
						st.attendFor[partyKey(a)] = side
					}
				}
				for _, dm := range st.memberList {
					st.rel(si, a, dm, graph.MemberOf, "", "", "member-list", 0.6)
				}
			}
			return
		}
	}
}

// newParagraph reports a sentence a blank line sets apart from the
// sentence before it.
func (st *docState) newParagraph(si int) bool {
	if si == 0 {
		return true
	}
	gap := st.d.Text[st.d.Sentences[si-1].End:st.d.Sentences[si].Start]
	return strings.Count(gap, "\n") >= 2
}

// sideLine returns the country of a line that heads one side's people
// in a list of those present ("Japanese side:", "On the Chilean side:",
// "Delegation of Chile:", «الجانب الياباني:»), or nil.
func sideLine(st *docState, its []item) *kb.Entry {
	if len(its) < 2 || strings.TrimSpace(its[len(its)-1].text) != ":" {
		return nil
	}
	var cy *kb.Entry
	for _, it := range its[:len(its)-1] {
		switch {
		case it.k == kDem || it.k == kEnt && it.m.Type == graph.Country:
			if cy != nil {
				return nil
			}
			cy = st.countryOf(it)
		case it.k == kTok && it.word("side", "delegation", "on", "from", "the", "of", "الجانب", "جانب", "الوفد", "وفد", "من"):
		default:
			return nil
		}
	}
	return cy
}

// bulletSigns open the items of a list: dashes and bullets.
var bulletSigns = []string{"-", "–", "—", "•", "*", "·", "▪", "◦"}

// bulletAt returns the index of a line's first item after its bullet: a
// dash or a bullet sign, or a number and a period or a parenthesis
// ("1.", "2)"); 0 when the line has none.
func bulletAt(its []item) int {
	if len(its) == 0 {
		return 0
	}
	if slices.Contains(bulletSigns, strings.TrimSpace(its[0].text)) {
		return 1
	}
	if len(its) > 1 && isNumber(strings.TrimSpace(its[0].text)) && len(strings.TrimSpace(its[0].text)) <= 2 {
		if p := strings.TrimSpace(its[1].text); p == "." || p == ")" {
			return 2
		}
	}
	return 0
}

// finish settles what waits for the document's end: titles without a
// body, divisions, leaders, officials named by title, the event frames
// and the delegations of the main event.
func (st *docState) finish() {
	st.finishTitles()
	st.finishServed()
	st.finishDivisions()
	st.finishLeads(nil)
	st.namedOfficials()
	st.finishEvents()
	st.delegationsInMain()
	st.hostCityCountry()
	st.meetingsOfParties()
}

// meetingsOfParties drops meetsWith with a grouping of states ("talks
// between the European Union and Mercosur", "the EAC-SADC summit", "the
// China-Community of Latin American States forum"): a bloc is no party
// that meets; its members' people do, and it takes part in the event
// (participatesIn stays). An armed group, a movement or a government's
// office stays a party (talks between a government and a rebel alliance).
func (st *docState) meetingsOfParties() {
	bloc := func(m graph.Mention) bool {
		return m.Type == graph.Organization && (blocName(m.Name) || blocName(m.Text)) && !strings.Contains(strings.ToLower(m.Name+" "+m.Text), "alliance")
	}
	st.res.Relations = slices.DeleteFunc(st.res.Relations, func(r graph.Relation) bool {
		return r.Predicate == graph.MeetsWith && (bloc(r.Subject) || bloc(r.Object))
	})
}

// hostCityCountry records that a city lies in its country where one
// sentence places an event both in the city and in the country the
// knowledge base puts the city in ("the summit hosted by Kenya in
// Nairobi", «تعتزم فرنسا استضافة المؤتمر في باريس»): the text says both
// places of one event, so it says the one is in the other.
func (st *docState) hostCityCountry() {
	type at struct{ ev, sent int }
	cities := map[at][]graph.Mention{}
	countries := map[at][]graph.Mention{}
	var keys []at
	for _, r := range st.res.Relations {
		if r.Predicate != graph.HeldIn || r.Object.KBID == "" {
			continue
		}
		k := at{r.Subject.Start, st.d.SentenceAt(r.Object.Start)}
		if len(cities[k]) == 0 && len(countries[k]) == 0 {
			keys = append(keys, k)
		}
		switch r.Object.Type {
		case graph.City:
			cities[k] = append(cities[k], r.Object)
		case graph.Country:
			countries[k] = append(countries[k], r.Object)
		}
	}
	for _, k := range keys {
		for _, c := range cities[k] {
			cy := st.countryOf(item{k: kEnt, m: c})
			if cy == nil {
				continue
			}
			for _, n := range countries[k] {
				if n.KBID == cy.ID {
					st.rel(k.sent, c, n, graph.LocatedIn, "", "", "event-city-country", 0.6)
				}
			}
		}
	}
}

func (st *docState) fired(r *pattern.Rule) {
	if st.x.Fired != nil {
		st.x.Fired(r)
	}
}

// respectively gives the names of an apposition to a plural title the
// title of each body in turn: "the Jordanian and Egyptian foreign
// ministers, Fadi Haddad and Samir Adel" (r: the title, n: the names),
// when there are as many names as bodies.
func (st *docState) respectively(si int, m pattern.Match, its []item) {
	r, okR := m.Cap("r")
	n, okN := m.Cap("n")
	if !okR || !okN || its[r.Start].k != kChunk || its[r.Start].ch.kind != chRole {
		return
	}
	rc := its[r.Start].ch
	var names []item
	for _, it := range its[n.Start:n.End] {
		if it.isPerson() {
			names = append(names, it)
		}
	}
	rl := rc.role
	if rl.en == "counterpart" {
		// "hosted his Kazakh and Uzbek counterparts, X and Y": the title
		// of the one they are the counterparts of
		c := &chunk{titles: []title{{role: rl}}}
		st.counterpart(c, its[:r.Start])
		if len(c.titles) == 0 {
			return
		}
		rl = c.titles[0].role
	}
	if len(names) != len(rc.bodies) || rl.en == "" {
		return
	}
	for i, it := range names {
		if it.k != kEnt {
			continue // a titled person has its own title
		}
		c := &chunk{kind: chPerson, rule: m.Rule, person: it, titles: []title{{role: rl, text: rc.parts[0].text, body: &rc.bodies[i], at: rc.parts[0]}}}
		st.titled(si, c)
	}
}

// interleaved gives the name after an adjective of nationality or a
// country's possessive (n, d) the title of the titled person before it
// (p): in the dual or plural where the rule says titles=interleaved
// («الرئيسان الكيني X والتنزاني Y» makes Y Tanzania's president), the
// title left out otherwise ("Kenya's President X and Tanzania's Y").
func (st *docState) interleaved(si int, m pattern.Match, its []item) {
	p, okP := m.Cap("p")
	d, okD := m.Cap("d")
	n, okN := m.Cap("n")
	if !okP || !okD || !okN || its[p.Start].k != kChunk || its[n.Start].k != kEnt {
		return
	}
	pc := its[p.Start].ch
	if pc.kind != chPerson || len(pc.titles) != 1 || m.Rule.Attr("titles") == "interleaved" && !pc.titles[0].role.plural {
		return
	}
	t := pc.titles[0]
	body := its[d.Start]
	t.body, t.more = &body, nil
	st.titled(si, &chunk{kind: chPerson, rule: m.Rule, person: its[n.Start], titles: []title{t}})
}

// relations runs the skip and relation stages over a chunked sentence.
func (st *docState) relations(si int, g *pattern.Grammar, its []item) {
	enc := g.Encode(tagLists(its))
	skip := make([]bool, len(its))
	var clauses [][]item
	var aside []pattern.Span // relative clauses set aside, with a subject before them
	whole := true            // the whole sentence is read too
	for _, m := range g.Match(enc, "stage", "skip") {
		if sp, ok := m.Cap("x"); ok {
			st.fired(m.Rule)
			if m.Rule.Attr("whole") == "no" {
				whole = false // what it sets aside would make false pairs
			}
			switch m.Rule.Attr("titles") {
			case "respectively":
				st.respectively(si, m, its)
			case "interleaved", "elliptic":
				st.interleaved(si, m, its)
			}
			for k := sp.Start; k < sp.End; k++ {
				skip[k] = true
			}
		}
		// "X, who arrived in Oslo, ...": the clause says "X arrived in Oslo"
		a, okA := m.Cap("a")
		c, okC := m.Cap("c")
		if okA && okC {
			cl := append(append([]item(nil), its[a.Start:a.End]...), its[c.Start:c.End]...)
			clauses = append(clauses, cl)
			if sp, ok := m.Cap("x"); ok {
				aside = append(aside, sp)
			}
		}
	}
	var kept []item
	for k, it := range its {
		if !skip[k] {
			kept = append(kept, it)
		}
	}
	// the sentence with its parentheses and relative clauses set aside
	// ("X, who ..., met Y"), and whole (what the clause itself says)
	seqs := [][]item{kept}
	if len(kept) < len(its) && whole {
		seqs = append(seqs, its)
	}
	seqs = append(seqs, clauses...)
	for q, seq := range seqs {
		enc := g.Encode(tagLists(seq))
		for _, m := range g.Match(enc, "stage", "relation") {
			if negated(seq, m.Start) || (m.Caps["s"] != nil || m.Caps["o"] != nil) && called(seq, m.Start, m.End) {
				continue // «لم تشارك الجزائر في المحادثات», "did not meet"
			}
			if q == 1 && len(kept) < len(its) && subjectAside(m, aside) {
				continue // "X, who is visiting Japan, met Y": Japan met no one
			}
			if st.act(si, m, seq) {
				st.fired(m.Rule)
			}
		}
	}
	// events named in this sentence without a pattern of their own
	// ("the meeting"): a reference for the document's frames
	for _, it := range kept {
		if it.k == kEvent {
			st.newRef(si, it.start, it.end, it.ev)
		}
	}
}

// subjectAside reports a match of the whole sentence whose subjects all
// lie inside a relative clause set aside and whose verb lies after it:
// the clause's last noun is no subject of the main verb ("X, who is
// visiting Japan, met Y"; the clause is read with X as its subject).
func subjectAside(m pattern.Match, aside []pattern.Span) bool {
	ss := m.Caps["s"]
	if len(ss) == 0 {
		return false
	}
	for _, sp := range aside {
		in := true
		for _, s := range ss {
			if s.Start < sp.Start || s.End > sp.End {
				in = false
				break
			}
		}
		if in && m.End > sp.End {
			return true
		}
	}
	return false
}

func spanKey(m graph.Mention) string { return fmt.Sprintf("%d:%d", m.Start, m.End) }

// namedOfficials drops a meeting with a country that stood for an
// official not named ("met her French counterpart") when the document
// names an official of that country who met the same party: the person
// is the fact. Where the document names no such meeting but names one
// person only with that title of that country ("hosted his Somali
// counterpart ... Somalia's Foreign Minister X took part"), he is the
// one met: the country gives way to him.
func (st *docState) namedOfficials() {
	if len(st.viaTitle) == 0 {
		return
	}
	// person -> country of his title; (country, role) -> its holders
	countryOf := map[string]string{}
	roleOf := map[string]string{}
	holders := map[[2]string][]graph.Mention{}
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && r.Object.Type == graph.Country {
			countryOf[partyKey(r.Subject)] = partyKey(r.Object)
			if _, ok := roleOf[partyKey(r.Subject)]; !ok {
				roleOf[partyKey(r.Subject)] = r.Role
			}
			k := [2]string{partyKey(r.Object), r.Role}
			if r.Role != "" && !slices.ContainsFunc(holders[k], func(h graph.Mention) bool { return partyKey(h) == partyKey(r.Subject) }) {
				holders[k] = append(holders[k], r.Subject)
			}
		}
	}
	// the one holder of the title a country stood for, if one only (a
	// counterpart's title is the other party's: "X hosted his Somali
	// counterpart")
	official := func(c, other graph.Mention) (graph.Mention, bool) {
		rl := st.viaTitle[spanKey(c)]
		if rl == "counterpart" {
			rl = roleOf[partyKey(other)]
			if a := st.lx.abroad[rl]; a != "" {
				rl = a
			}
		}
		if rl == "" {
			return graph.Mention{}, false
		}
		hs := holders[[2]string{partyKey(c), rl}]
		if len(hs) != 1 {
			return graph.Mention{}, false
		}
		return hs[0], true
	}
	met := map[[2]string]bool{} // (country, other party) a named official of the country met
	for _, r := range st.res.Relations {
		if r.Predicate != graph.MeetsWith {
			continue
		}
		for _, pair := range [][2]graph.Mention{{r.Subject, r.Object}, {r.Object, r.Subject}} {
			if c, ok := countryOf[partyKey(pair[0])]; ok && pair[0].Type == graph.Person {
				met[[2]string{c, partyKey(pair[1])}] = true
			}
		}
	}
	out := st.res.Relations[:0]
	for _, r := range st.res.Relations {
		if r.Predicate == graph.MeetsWith {
			_, viaO := st.viaTitle[spanKey(r.Object)]
			_, viaS := st.viaTitle[spanKey(r.Subject)]
			if viaO && met[[2]string{partyKey(r.Object), partyKey(r.Subject)}] ||
				viaS && met[[2]string{partyKey(r.Subject), partyKey(r.Object)}] {
				continue
			}
			// (both sides titles: "the foreign ministers of A and B
			// met", both named or neither)
			viaO = viaO && r.Object.Type == graph.Country
			viaS = viaS && r.Subject.Type == graph.Country
			if !viaO && !viaS {
				out = append(out, r)
				continue
			}
			pO, okO := official(r.Object, r.Subject)
			pS, okS := official(r.Subject, r.Object)
			switch {
			case viaO && viaS:
				if okO && okS && !sameParty(pO, pS) {
					r.Subject, r.Object = pS, pO
				}
			case viaO && okO && !sameParty(pO, r.Subject):
				r.Object = pO
			case viaS && okS && !sameParty(pS, r.Object):
				r.Subject = pS
			}
		}
		out = append(out, r)
	}
	st.res.Relations = out
}

// negated reports a negation just before a match: a pattern that starts
// at its verb («لم تشارك ...», "not meet ...") is denied.
func negated(its []item, start int) bool {
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if its[k].k == kTok && hasTag(its[k].tags, "@negation") {
			return true
		}
		if its[k].punct() {
			break
		}
	}
	return denied(its, start)
}

// denied reports a match in a clause that a verb of denial governs: the
// verb, then «أن», "that" or "having" before the match, in the same
// sentence («نفى المتحدث أن يكون الوزير قد التقى …», "denied that the
// minister had met …", "denied having met …"), or "any" before the
// event («نفى عقد أي لقاء بين …», "denied any meeting between …").
func denied(its []item, start int) bool {
	comp := false
	for k := start - 1; k >= 0; k-- {
		it := its[k]
		if it.punct() && !it.comma() {
			return false // a sentence's punctuation: another clause
		}
		if it.k != kTok {
			continue
		}
		if it.word("ان", "that", "having", "any", "اي") {
			comp = true
		}
		if hasTag(it.tags, "@denial") {
			return comp
		}
	}
	return false
}

// called reports a match whose event was called off: a word of
// cancellation after the event in the same sentence ("a planned meeting
// between X and Y in Prague was cancelled", "... has been postponed")
// or just before it ("cancelled the planned meeting between X and Y",
// "called off the talks between X and Y").
// The match must name the event itself: "X met Y after the summit was
// postponed" keeps its meeting. Only the parties' facts go (the caller
// asks for a match with subjects or objects): "the summit in Jakarta
// was postponed" still says where it is to be.
func called(its []item, start, end int) bool {
	ev := -1
	for k := start; k < end && k < len(its); k++ {
		if its[k].k == kEvent || (its[k].k == kChunk && its[k].ch.kind == chEvent) {
			ev = k
			break
		}
	}
	if ev < 0 {
		return false
	}
	// before: "cancelled the (planned) meeting", two words at most between
	for k := ev - 1; k >= 0 && k >= ev-3; k-- {
		if its[k].k != kTok || its[k].punct() {
			break
		}
		if (hasTag(its[k].tags, "@cancel") || its[k].word("off") && k > 0 && its[k-1].word("called")) && its[k+1].word("the", "a", "an", "their", "his", "her", "its", "this", "next") {
			return true // the verb with its object, not "the postponed meeting was held"
		}
	}
	// after: the event's own verb, a passive or a perfect of cancelling
	for k := end; k < len(its) && k < end+8; k++ {
		it := its[k]
		if it.punct() && !it.comma() {
			return false
		}
		if it.word("which", "who", "that") {
			return false // a relative clause: "which had been postponed, took place"
		}
		if it.k == kTok && hasTag(it.tags, "@cancel") || it.word("called") && k+1 < len(its) && its[k+1].word("off") {
			return true
		}
		if it.k != kTok && !(it.k == kEnt && it.m.Type.Location()) {
			return false // another party or event: another clause
		}
	}
	return false
}

// capItems returns the items of a capture that are agents (persons,
// countries, bodies, delegations, titles standing for bodies), in order.
func capItems(m pattern.Match, name string, its []item) []item {
	var out []item
	for _, sp := range m.Caps[name] {
		for k := sp.Start; k < sp.End; k++ {
			it := its[k]
			if name != "t" && inCap(m, "t", k) {
				// the rest of a title in apposition ("X, director of
				// the office of the minister,"): the one it names is
				// no party of the match
				continue
			}
			if it.k == kEnt || it.k == kDem || it.k == kChunk || it.k == kDeleg || it.k == kEvent {
				out = append(out, it)
			}
		}
	}
	return out
}

// titledRun returns the parties of a run of titles and names (a rule
// of run=titles): every person of it but one a title serves (servedIn).
func titledRun(its, run []item) []item {
	run = slices.Clone(run)
	if len(run) > 0 && textnorm.Script(run[0].text) == "ar" {
		// an Arabic run ends where an entry opens with no style, title or
		// name (after a comma, with «و» or not): «، ونقل الوزير ...»,
		// «، معربا عن ...», «، تلبية لدعوة ...» open a clause; function
		// words between are passed over («، وكذلك سعادة X»)
		if end := arabicRunEnd(its, run[0]); end >= 0 {
			run = slices.DeleteFunc(run, func(it item) bool { return it.start >= end })
		}
	}
	return slices.DeleteFunc(run, func(it item) bool { return servedIn(its, it) })
}

// arabicRunEnd returns the byte where an Arabic run of names and titles
// that opens with first ends, or -1.
func arabicRunEnd(its []item, first item) int {
	from := slices.IndexFunc(its, func(o item) bool { return o.start == first.start })
	entry := false // at an entry's start: after a comma (and «و»)
	for j := max(from, 0) + 1; j < len(its); j++ {
		o := its[j]
		switch {
		case o.comma():
			entry = true
		case o.k == kConj:
			// (a bare «و» also joins a title's words: «غرفة تجارة
			// وصناعة P»; but «و», a plain word and a title or a name is
			// a verb and its subject: «وزير دولة ونقل الوزير ...»)
			if j+2 < len(its) && plainArabic(its[j+1]) && (its[j+2].k == kRole || its[j+2].isPerson()) {
				return its[j+1].start
			}
		case o.punct():
			return -1
		case o.k == kRole && j+1 < len(its) && its[j+1].word("عن"):
			// «وممثل عن وزير الخارجية، السيد Y»: Y was represented, not
			// present; the run ends at his representative
			return o.start
		case !entry:
		case o.k == kTok && hasTag(o.tags, "@stop") && !hasTag(o.tags, "@style"):
			// «وكذلك», «وأيضا»: still before the entry
		case plainArabic(o):
			return o.start
		default:
			entry = false
		}
	}
	return -1
}

// plainArabic reports an Arabic plain word that is no style and has no
// article: in a run of names and titles, a verb's place.
func plainArabic(o item) bool {
	return o.k == kTok && !o.punct() && textnorm.Script(o.text) == "ar" && !hasTag(o.tags, "@style") && !strings.HasPrefix(o.text, "ال")
}

// servedIn reports a person's item in a run of titles and names that
// names the one a title serves, not a holder of a title of the run:
// after "to" or "of" and a title, the title apposed to a name before it
// ("X, Adviser to President Y", "X, Special Envoy of Prime Minister Y")
// or to a name after it ("Adviser to Crown Prince Y, Dr. X"); where the
// title opens its entry and no name follows, the name after it is the
// holder's ("and Adviser to the President Y": Y). In Arabic, where a
// name comes first and its titles after it, a name inside the titles of
// another («سعادة X مدير مكتب سمو الشيخ Y ولي العهد»: Y).
func servedIn(its []item, it item) bool {
	k := slices.IndexFunc(its, func(o item) bool { return o.start == it.start && o.end == it.end })
	if k < 0 {
		return false
	}
	styleOrTitle := func(o item) bool {
		return o.k == kHon || o.k == kRole || o.k == kTok && (o.word("the", "his", "her", "their", "royal", "highness", "excellency", "majesty") || hasTag(o.tags, "@style"))
	}
	if textnorm.Script(it.text) == "ar" {
		for j := k - 1; j >= 0; j-- {
			o := its[j]
			switch {
			case o.isPerson():
				return true
			case o.k == kConj || o.punct():
				return false
			}
		}
		return false
	}
	j := k - 1
	for j >= 0 && styleOrTitle(its[j]) {
		j--
	}
	if j < 0 || !its[j].word("to", "of") {
		return false
	}
	// a name after the served one and a comma holds the title (the
	// comma may have been set aside with a style after it)
	n := k + 1
	if n < len(its) && its[n].comma() {
		n++
	}
	for ; n < len(its) && its[n].k == kHon; n++ {
	}
	if n > k+1 && n < len(its) && its[n].isPerson() {
		return true
	}
	// the title before "to"/"of", apposed to a name before it (in the
	// name's own chunk: "X, Chief of Staff" to "Prime Minister Y")
	if j >= 1 && its[j-1].k == kChunk && its[j-1].ch.kind == chPerson && nameFirst(its[j-1]) && its[j-1].end > its[j-1].ch.person.m.End {
		return true
	}
	for j--; j >= 0 && (its[j].k == kRole || its[j].k == kTok && (hasTag(its[j].tags, "CAP") || its[j].word("of", "the", "for"))); j-- {
	}
	return j >= 1 && its[j].comma() && its[j-1].isPerson()
}

// nameFirst reports a person's item that opens with the name ("X,
// Minister of Y"), not with a title ("Minister Y").
func nameFirst(it item) bool {
	switch {
	case it.k == kChunk && it.ch.kind == chPerson:
		return it.ch.person.m.Start <= it.start
	case it.is(graph.Person):
		return true
	}
	return false
}

// inCap reports an item inside a capture of a match.
func inCap(m pattern.Match, name string, k int) bool {
	for _, sp := range m.Caps[name] {
		if k >= sp.Start && k < sp.End {
			return true
		}
	}
	return false
}

// agents turns items into the mentions they stand for: a person, a
// country, a body, a delegation; a title standing for its bodies ("the
// foreign ministers of France and Italy") gives the bodies.
func (st *docState) agents(its []item) []graph.Mention {
	var out []graph.Mention
	for _, it := range its {
		switch {
		case it.k == kChunk && it.ch.kind == chPerson:
			out = append(out, it.ch.person.m)
		case it.k == kChunk && it.ch.kind == chRole:
			// (a title repeated by its head word alone, "the Slovenian
			// minister" after "Slovenian Foreign Minister X": his too)
			h, ok := st.holderOf(it.ch)
			if !ok {
				h, ok = st.holderOfHead(it.ch)
			}
			if ok {
				out = append(out, h)
				continue
			}
			if st.inHeadline(it.start) && len(it.ch.bodies) == 1 && !pluralTitle(it.ch) {
				// "Omani Interior Minister receives Peruvian Defence
				// Minister", «وزير الداخلية يستقبل وزير الدفاع البيروفي»: a
				// headline's one title stands for the person the report
				// names, not for the country
				continue
			}
			for _, b := range it.ch.bodies {
				if m, ok := st.mentionOf(b); ok {
					out = append(out, m)
					st.viaTitle[spanKey(m)] = it.ch.role.en
				}
			}
		case it.k == kChunk && it.ch.kind == chDeleg:
			out = append(out, it.ch.delegs...)
		case it.k == kChunk && it.ch.kind == chPair:
			out = append(out, st.lastPair(it.start, it.ch.rule.Attr("pair"))...)
		case it.k == kEnt && (it.m.Type == graph.Person || it.m.Type == graph.Country || it.m.Type == graph.Organization || it.m.Type == graph.Delegation):
			out = append(out, it.m)
		case it.k == kDem:
			if m, ok := st.mentionOf(it); ok {
				out = append(out, m)
			}
		case it.k == kEnt && it.m.Type == graph.City:
			// a capital in a party's place stands for its country's
			// government ("talks with Nairobi", «محادثات مع نيروبي»);
			// another city is no party
			if cy := st.lx.capitals[it.m.KBID]; cy != nil {
				m := st.d.Mention(it.m.Start, it.m.End, graph.Country, "implied", 0.6)
				m.Name, m.KBID = cy.Name, cy.ID
				out = append(out, m)
			}
		}
	}
	return out
}

// lastPair returns the two parties "the two ministers", "both leaders"
// or «الجانبان» stand for: the two sides of the last meeting told before
// offset at, else two persons named together in the last sentence before
// it that names persons; persons only: people, not their countries or
// delegations ("the two ministers", not "the two sides").
func (st *docState) lastPair(at int, kind string) []graph.Mention {
	persons := kind == "persons"
	if kind == "delegations" {
		// "both delegations", "the two teams": the two sides of the last
		// meeting of no persons, else the last two delegations named
		// before
		for _, r := range slices.Backward(st.res.Relations) {
			if r.Predicate == graph.MeetsWith && r.Subject.End <= at && r.Object.End <= at && r.Subject.Type != graph.Person && r.Object.Type != graph.Person && partyKey(r.Subject) != partyKey(r.Object) {
				return []graph.Mention{r.Subject, r.Object}
			}
		}
		var two []graph.Mention
		for _, m := range slices.Backward(st.res.Mentions) {
			if m.Type != graph.Delegation || m.End > at || len(two) == 1 && two[0].Key == m.Key {
				continue
			}
			two = append(two, m)
			if len(two) == 2 {
				return []graph.Mention{two[1], two[0]}
			}
		}
		return nil // (never two persons)
	}
	for _, r := range slices.Backward(st.res.Relations) {
		if r.Predicate != graph.MeetsWith || r.Subject.End > at || r.Object.End > at {
			continue
		}
		if persons && (r.Subject.Type != graph.Person || r.Object.Type != graph.Person) {
			continue
		}
		return []graph.Mention{r.Subject, r.Object}
	}
	var before []graph.Mention
	for _, m := range st.d.Mentions {
		if m.Type == graph.Person && m.End <= at {
			before = append(before, m)
		}
	}
	if len(before) < 2 {
		return nil
	}
	slices.SortStableFunc(before, func(a, b graph.Mention) int { return a.Start - b.Start })
	sent := st.d.SentenceAt(before[len(before)-1].Start)
	var two []graph.Mention
	for _, m := range slices.Backward(before) {
		if sent < 0 || st.d.SentenceAt(m.Start) != sent {
			break
		}
		if len(two) == 0 || partyKey(two[len(two)-1]) != partyKey(m) {
			two = append(two, m)
		}
	}
	if len(two) != 2 {
		return nil
	}
	return []graph.Mention{two[1], two[0]}
}

// inHeadline reports an offset in a report's headline: a first
// paragraph of one line, without a final period, that more paragraphs
// follow.
func (st *docState) inHeadline(off int) bool { return inHeadline(st.d, off) }

// inHeadline is docState.inHeadline for a document.
func inHeadline(d *extract.Document, off int) bool {
	if len(d.Paragraphs) < 2 {
		return false
	}
	p := d.Paragraphs[0]
	if off < p.Start || off >= p.End {
		return false
	}
	line := strings.TrimSpace(d.Text[p.Start:p.End])
	return line != "" && !strings.HasSuffix(line, ".") && !strings.Contains(line, "\n") && utf8.RuneCountInString(line) <= 160
}

// pluralTitle reports a title chunk of several holders ("the foreign
// ministers of Egypt and Jordan").
func pluralTitle(c *chunk) bool {
	for _, p := range c.parts {
		if hasTag(p.tags, "ROLE_PL") {
			return true
		}
	}
	return false
}

// holderOf returns the person the document named before with the title
// a bare title phrase repeats, of the same one body: «استقبل العاهل
// الأردني رئيس الوزراء العراقي» after «العاهل الأردني الملك X» and
// «رئيس الوزراء العراقي Y» is X meeting Y, not Jordan meeting Iraq
// (never when two people held it).
func (st *docState) holderOf(c *chunk) (graph.Mention, bool) {
	if c.role.en == "" {
		return graph.Mention{}, false
	}
	return st.soleHolder(c, func(role string) bool { return role == c.role.en })
}

// holderOfHead is holderOf for a title repeated by its head word alone:
// "the Danish minister" after "Danish Foreign Minister X" (a title of the
// same body ending in the word; never when two people held one).
func (st *docState) holderOfHead(c *chunk) (graph.Mention, bool) {
	if c.role.en == "" || strings.Contains(c.role.en, " ") {
		return graph.Mention{}, false
	}
	return st.soleHolder(c, func(role string) bool { return strings.HasSuffix(role, " "+c.role.en) && !ranked(role) })
}

// ranked reports a title with a word of rank (rankWords): its head word
// alone does not repeat it, the prime minister is not "the minister"
// ("Prime Minister X ... met the Djiboutian minister accompanying him":
// another).
func ranked(role string) bool {
	return slices.ContainsFunc(strings.Fields(role), func(w string) bool { return rankWords[w] })
}

// soleHolder returns the one person the document named before the chunk
// as holding a role that fits, of the chunk's one body.
func (st *docState) soleHolder(c *chunk, fits func(role string) bool) (graph.Mention, bool) {
	if len(c.bodies) != 1 {
		return graph.Mention{}, false
	}
	b, ok := st.mentionOf(c.bodies[0])
	if !ok {
		return graph.Mention{}, false
	}
	bk := st.keyOf(b)
	var who graph.Mention
	n := 0
	for _, r := range st.res.Relations {
		if r.Predicate != graph.HoldsPosition || !fits(r.Role) || r.Subject.Type != graph.Person || r.Subject.Start >= c.parts[0].start || st.keyOf(r.Object) != bk {
			continue
		}
		if n == 0 || st.keyOf(r.Subject) != st.keyOf(who) {
			n++
		}
		who = r.Subject
	}
	return who, n == 1
}

// places turns items into location mentions.
func places(its []item) []graph.Mention {
	var out []graph.Mention
	for _, it := range its {
		if it.k == kEnt && it.m.Type.Location() {
			out = append(out, it.m)
		}
	}
	return out
}

// placesOf returns the places a match captures as p, and the country of
// an Arabic city the adjective of its country follows: «في مدينة X
// التشادية», or an apposition that names its kind «في X، ثالث المدن
// التشادية،» give the place's country level too.
func (st *docState) placesOf(m pattern.Match, its []item) []graph.Mention {
	var out []graph.Mention
	for _, sp := range m.Caps["p"] {
		for k := sp.Start; k < sp.End; k++ {
			if its[k].k == kEnt && its[k].m.Type.Location() && !seatRegion(its, k) {
				out = append(out, its[k].m)
			}
		}
	}
	for _, sp := range m.Caps["p"] {
		for k := sp.Start; k < sp.End; k++ {
			if its[k].k != kEnt || its[k].m.Type != graph.City || its[k].m.Lang != "ar" {
				continue
			}
			d := cityAdjective(its, k)
			if d < 0 {
				continue
			}
			if c := st.countryOf(its[k]); c != nil && c.ID != its[d].country.ID {
				continue
			}
			if cm, ok := st.mentionOf(its[d]); ok {
				out = append(out, cm)
			}
		}
	}
	return out
}

// seatKinds name the kind of a place a region locates ("the Black Sea city
// of Batumi").
var seatKinds = wordSet("words.tsv", "seat-kind", "en")

// seatRegion reports a region (no city, no country) that only locates the
// place named after it: "the Black Sea city of Batumi", "the Sahel market
// town of X" (one word may come between); the event is in the city alone.
func seatRegion(its []item, k int) bool {
	if its[k].m.Type != graph.Place {
		return false
	}
	for j := k + 1; j < len(its) && j <= k+2; j++ {
		if its[j].wordIn(seatKinds) {
			return j+1 < len(its) && its[j+1].word("of")
		}
		if its[j].k != kTok || its[j].punct() {
			return false
		}
	}
	return false
}

// cityWords name the kind of a city in an apposition to it («ثالث المدن
// التشادية»).
var cityWords = wordSet("words.tsv", "city-kind", "ar")

// cityAdjective returns the index of the nationality adjective that
// qualifies the city at k: right after it, or closing an apposition
// between commas that names the city's kind; else -1.
func cityAdjective(its []item, k int) int {
	if k+1 < len(its) && its[k+1].k == kDem {
		return k + 1
	}
	if k+1 >= len(its) || !hasTag(its[k+1].tags, "COMMA") {
		return -1
	}
	kind := false
	for j := k + 2; j < len(its) && j <= k+6; j++ {
		it := its[j]
		switch {
		case it.k == kDem:
			if kind && j+1 < len(its) && (hasTag(its[j+1].tags, "PUNCT") || its[j+1].k == kChunk || its[j+1].k == kEvent) {
				return j
			}
			return -1
		case it.k == kTok && !it.punct() && it.wordIn(cityWords):
			kind = true
		case it.k != kTok || it.punct():
			return -1
		}
	}
	return -1
}

// eventOf returns the event reference of a match: its e capture (an
// event phrase or word), else a new reference at the pattern's verb.
func (st *docState) eventOf(si int, m pattern.Match, its []item) *evRef {
	if es := capItems(m, "e", its); len(es) > 0 {
		it := es[0]
		if it.k == kChunk && it.ch.kind == chEvent {
			return alsoEvent(it.ch.ev, m, its)
		}
		if it.k == kEvent {
			return alsoEvent(st.newRef(si, it.start, it.end, it.ev), m, its)
		}
	}
	// the verb: the one the rule captures as v ("called", which is no
	// call verb of its own), else the first plain word of the match of
	// an event's class that is not a captured item
	k := kindOf(m.Rule.Attr("kind"))
	if vs := m.Caps["v"]; len(vs) > 0 && vs[0].End > vs[0].Start {
		it := its[vs[0].Start]
		return nextVerb(st.newRef(si, it.start, it.end, k), m, its, vs[0].Start)
	}
	for i := m.Start; i < m.End; i++ {
		it := its[i]
		if it.k == kTok && !it.punct() && (hasTag(it.tags, "@meet") || hasTag(it.tags, "@call") || hasTag(it.tags, "@welcome") || hasTag(it.tags, "@visit") || hasTag(it.tags, "@attend") || hasTag(it.tags, "@conduct") || hasTag(it.tags, "@discuss")) {
			return nextVerb(st.newRef(si, it.start, it.end, k), m, its, i)
		}
	}
	return nil
}

// alsoWords tell another meeting besides the one told, againWords one
// to come again, earlierWords (before a verb) an earlier one (words.tsv,
// also-word, again-word, earlier-word).
var (
	alsoWords    = wordSet("words.tsv", "also-word")
	againWords   = wordSet("words.tsv", "again-word")
	earlierWords = wordSet("words.tsv", "earlier-word", "en")
	// stylePronouns: «معاليه», «سموه» (words.tsv, style-pronoun)
	stylePronouns = wordSet("words.tsv", "style-pronoun", "ar")
	// accompanyVerbs: «يرافق», «رافق» (words.tsv, accompany)
	accompanyVerbs = wordSet("words.tsv", "accompany", "ar")
)

// alsoEvent marks an event word's reference as another meeting when the
// match, or the two words before it, say so ("X also held talks with Z").
func alsoEvent(r *evRef, m pattern.Match, its []item) *evRef {
	if r == nil {
		return nil
	}
	for i := max(0, m.Start-2); i < m.End; i++ {
		if its[i].wordIn(alsoWords) {
			r.also = true
		}
	}
	return r
}

// nextVerb marks a verb's event as a next one when the match, or the two
// words before it, say so: "agreed to meet again next month in Amman",
// or as another one ("X also met Y", «كما التقى X ب Y»), or as an
// earlier one ("last met in Geneva"),
// «اتفقا على الاجتماع مجددا في عمان» ("next month" alone is a date: the
// article's own event may be a future one).
func nextVerb(r *evRef, m pattern.Match, its []item, verb int) *evRef {
	r.verb = true
	// "the two sides last met in Geneva", "had previously met in Oslo":
	// an earlier meeting
	if verb > 0 && its[verb-1].wordIn(earlierWords) || pluperfectAr(its, verb) {
		r.past = true
	}
	for i := max(0, m.Start-2); i < m.End; i++ {
		if its[i].wordIn(againWords) {
			r.future = true
		}
		if its[i].wordIn(alsoWords) {
			r.also = true
		}
	}
	if scheduledVerb(its, verb) {
		r.future = true
	}
	if otherContext(its, verb) {
		r.also = true
	}
	return r
}

// pluperfectAr reports an Arabic verb in the pluperfect: «قد» before it
// (right before it, or before a verb it is coordinated with: «وكان X قد
// زار P والتقى Y»), «كان»/«كانت» opening the clause a few words before
// that («وكان X قد التقى في وقت سابق Y», «كانت قد اجتمعت»): agency style
// for what happened before the report's event, another occasion.
func pluperfectAr(its []item, verb int) bool {
	for q := verb - 1; q >= 1 && q >= verb-12; q-- {
		if its[q].punct() && !its[q].comma() {
			return false
		}
		if !its[q].word("قد") {
			continue
		}
		for k := q - 1; k >= 0 && k >= q-4; k-- {
			it := its[k]
			if it.punct() {
				return false
			}
			if it.word("كان", "كانت") {
				return true
			}
			if it.word("ان", "يكون", "تكون") {
				return false // «أن يكون قد التقى»: a clause of report or denial
			}
		}
		return false
	}
	return false
}

// whereClause reports an Arabic verb that opens a clause with «حيث»
// after a person the sentence named before it: «وصل X إلى P، حيث التقى Y
// وZ», whose subject is X.
func whereClause(its []item, verb int) bool {
	if verb < 1 || !its[verb-1].word("حيث") {
		return false
	}
	for k := 0; k < verb-1; k++ {
		if its[k].isPerson() {
			return true
		}
	}
	return false
}

// contextNouns and contextOthers make the pair that opens a sentence on
// another matter (words.tsv, context-noun and context-other: «سياق متصل»).
var (
	contextNouns  = wordSet("words.tsv", "context-noun", "ar")
	contextOthers = wordSet("words.tsv", "context-other", "ar")
)

// otherContext reports an Arabic verb a sentence opens on another matter
// with: «وفي سياق متصل، استقبل X Y», «وفي سياق آخر»، «من جهة أخرى»،
// «على صعيد آخر»: another meeting than the one told before, as after
// «كما».
func otherContext(its []item, verb int) bool {
	for i := max(0, verb-6); i+1 < verb; i++ {
		if its[i].wordIn(contextNouns) && its[i+1].wordIn(contextOthers) {
			return true
		}
	}
	return false
}

func kindOf(s string) eventKind {
	if s == "any" {
		return evAny
	}
	for k, n := range kindName {
		if n == s {
			return k
		}
	}
	return evMeeting
}

// groupWords are the plural titles of a group's members meeting as one.
var groupWords = wordSet("words.tsv", "group-title")

// homeCountryWords name the report's own country by its kind after a
// delegation noun (words.tsv, home-country: «وفد المملكة»).
var homeCountryWords = wordSet("words.tsv", "home-country", "ar")

// groupOf reports a subject that is the members of one body under a
// plural title ("the foreign ministers of the G7", «قادة دول مجلس
// التعاون»): the body, not a country.
func groupOf(s []item, body graph.Mention) bool {
	if len(s) != 1 || s[0].k != kChunk || body.Type != graph.Organization {
		return false
	}
	for _, w := range strings.Fields(textnorm.Key(s[0].text)) {
		if groupWords[w] {
			return true
		}
	}
	return false
}

// withAfter reports an Arabic «مع» or a word with the preposition «ب»
// glued to a noun at its[k] ("with ..."): the party before it is the
// one who meets.
func withAfter(text string, its []item, k int) bool {
	if k >= len(its) {
		return false
	}
	it := its[k]
	if it.k == kRole {
		// «بقادة الحلف», «بوزير …»: the title's item starts after «ب»
		return strings.HasPrefix(it.text, "ب") || it.start >= len("ب") && text[it.start-len("ب"):it.start] == "ب"
	}
	if it.k != kTok {
		return false
	}
	if it.word("مع") {
		return true
	}
	if it.word("كلا", "كل") && k+1 < len(its) && its[k+1].word("من") {
		// «التقى X كلا من الوفدين»: X met each of them
		return true
	}
	if !strings.HasPrefix(it.text, "ب") || len(it.forms) < 2 {
		return false
	}
	for _, f := range it.forms[1:] {
		if !strings.HasPrefix(f, "ب") && utf8.RuneCountInString(f) >= 3 {
			return true
		}
	}
	return false
}

// seatOwner reports a meeting's other side that is the body owning the
// building just before it («استقبل X بمقر وزارة الخارجية ...», «في مقر
// الأمانة العامة»): the body in construct with the seat word names the
// place, not a party met.
func seatOwner(m pattern.Match, its []item) bool {
	sp, ok := m.Cap("o")
	return ok && sp.Start > 0 && sp.Start < len(its) && its[sp.Start-1].wordIn(buildingWords) && its[sp.Start].is(graph.Organization)
}

// act carries out a relation rule's action; it reports whether anything
// came of it.
func (st *docState) act(si int, m pattern.Match, its []item) bool {
	r := m.Rule
	conf := r.Conf
	s := capItems(m, "s", its)
	o := capItems(m, "o", its)
	p := st.placesOf(m, its)
	// opens=yes: the match opens its sentence or its clause (only a
	// conjunction, «كما», «ثم» before it): "Back in Quito, X told his
	// ministers", "In a letter, X told the ministers" are no speech at
	// the report's event
	if r.Attr("opens") == "yes" && !opensClause(its, m.Start) {
		return false
	}
	switch r.Attr("action") {
	case "meeting":
		if seatOwner(m, its) {
			return false
		}
		subj, obj := st.agents(s), st.agents(o)
		if r.Attr("who") == "persons" {
			// "received the credentials of A of Italy and B of Japan":
			// the persons, not the countries beside their names
			obj = onlyPersons(obj)
		}
		if r.Attr("others") == "unnamed" {
			// "X met leaders of the parties in Tripoli": those met are
			// named by common nouns; X takes part in the meeting, held
			// where the sentence says
			if len(subj) == 0 || len(obj) > 0 || len(p) == 0 {
				return false
			}
			ev := st.eventOf(si, m, its)
			if ev == nil {
				return false
			}
			ev.join(st, si, subj, p, r.Name)
			return true
		}
		if r.Attr("plural") == "s" {
			// "X and Y met": the subjects meet each other
			if len(subj) == 1 && len(obj) == 0 && groupOf(s, subj[0]) {
				// "the foreign ministers of the G7 met in Rome": the group
				// meets as one
				ev := st.eventOf(si, m, its)
				if ev == nil {
					return false
				}
				ev.join(st, si, subj, p, r.Name)
				return true
			}
			if len(subj) < 2 || len(obj) > 0 {
				return false
			}
			if afterBy(its, m.Start) {
				// "The meeting, attended by A and B, discussed ...": the
				// agents of a participle before, not the verb's subjects
				return false
			}
			if whereClause(its, m.Start) {
				// «وصل X إلى P، حيث التقى Y وZ»: the clause goes on with
				// the sentence's subject, who met both; they did not meet
				// each other
				return false
			}
			ev := st.eventOf(si, m, its)
			if ev == nil {
				return false
			}
			if meetEach(r, len(subj)) {
				for i, a := range subj {
					for _, b := range subj[i+1:] {
						st.meetM(si, a, b, r.Name, conf)
					}
				}
			}
			ev.join(st, si, subj, p, r.Name)
			return true
		}
		obj = dropPossessors(o, obj)
		ev := st.eventOf(si, m, its)
		if ev == nil || len(obj) == 0 {
			return false
		}
		if len(subj) == 0 && r.Attr("subject") == "lead" {
			// «كما تلقى معاليه اتصالا من Y»: the honorific's pronoun is the
			// report's protagonist, who is named first in its first event
			for _, o := range st.refs {
				if o == ev {
					continue
				}
				for _, pa := range o.parties {
					if pa.identity && pa.m.Type == graph.Person {
						subj = []graph.Mention{pa.m}
						break
					}
				}
				if len(subj) > 0 {
					break
				}
			}
			if len(subj) == 0 {
				return false
			}
		}
		if len(subj) == 0 && r.Attr("subject") == "implicit" {
			at := m.Start
			if vs := m.Caps["v"]; r.Attr("verb") == "v" && len(vs) > 0 {
				// («كما استقبلت وفدا»: the verb's own gender and place in
				// its clause, after «كما» or «ثم»)
				at = vs[0].Start
			}
			// «سيلتقي الرئيس X بقادة الحلف»: a party followed by «مع» or
			// «ب» and a noun is the verb's own subject, not its object
			if withAfter(st.d.Text, its, m.End) {
				return false
			}
			// «وكان الوفد الليبي قد عقد اجتماعا مع Y»: a delegation, a
			// country or a body right before the verb (but for «قد»,
			// «كان») is its subject, said
			if saidSubjectBefore(its, at) {
				return false
			}
			// the verb's own subject is unsaid: the last person named,
			// unless another pattern found the subject already
			var who *graph.Mention
			then := false // «X التقى Y في P، ثم توجه إلى R حيث التقى Z»: the subject «ثم» goes on with, X
			for k := at - 1; k >= 0 && who == nil; k-- {
				// («... مع Y، قبل أن ينتقل إلى R حيث التقى Z»: «قبل أن», «بعد
				// أن» go on with the clause's subject as «ثم» does)
				// («أن» by its key)
				if its[k].word("ثم") || k > 0 && its[k].word("ان") && its[k-1].word("قبل", "بعد") {
					then = true
				}
				if its[k].isPerson() && !then {
					who = &its[k].m
				}
			}
			if then && who == nil {
				for k := 0; k < at && who == nil; k++ {
					if its[k].isPerson() {
						who = &its[k].m
					}
				}
			}
			if who == nil && st.lastSubject != nil && opensClause(its, at) && !feminineVerb(its[at]) && (st.lastFemale == nil || partyKey(*st.lastFemale) != partyKey(*st.lastSubject)) {
				// «وعقد X اجتماعا مع Y. كما التقى Z»: a verb that opens its
				// sentence goes on with the last sentence's subject, not
				// with the last person named (Y); a masculine verb not
				// with a woman («التقت الوزيرة X نظيرها Y. وأجرى ...»: Y)
				who = st.lastSubject
				st.implicitSubject, st.implicitIn = who, si
			}
			if who == nil {
				who = st.lastPerson
				// «التقت ليند الوزير X. كما أجرت محادثات مع Y»: a feminine
				// verb's unsaid subject is the last woman named, not the
				// last person
				if st.lastFemale != nil && feminineVerb(its[at]) {
					who = st.lastFemale
				}
			}
			if len(ev.parties) > 0 || who == nil {
				return false
			}
			subj = []graph.Mention{*who}
			for _, b := range obj {
				if sameParty(b, subj[0]) {
					return false
				}
			}
		}
		if len(subj) == 0 {
			return false
		}
		for _, a := range subj {
			for _, b := range obj {
				st.meetM(si, a, b, r.Name, conf)
			}
		}
		ev.join(st, si, append(subj, obj...), p, r.Name)
		if r.Attr("host") == "s" && len(subj) == 1 {
			st.noteHost(subj[0], capItems(m, "p", its))
			h := subj[0]
			st.lastHost = &h
			st.lastGuest = nil // (a delegation or a group received: no one guest)
			if len(obj) == 1 && obj[0].Type == graph.Person {
				g := obj[0]
				st.lastGuest = &g
			}
		}
		return true
	case "between":
		ps := st.agents(o)
		ev := st.eventOf(si, m, its)
		// (sides=two: one side in s, the other in o, "between A and the
		// three countries, B, C and D": each meets those of the other
		// side, not those of its own)
		var side []graph.Mention
		if r.Attr("sides") == "two" {
			if side = st.agents(s); len(side) == 0 || len(ps) == 0 {
				return false
			}
		} else if len(ps) < 2 {
			return false
		}
		if ev == nil {
			return false
		}
		for _, a := range side {
			ev.addParty(st, si, a, r.Name)
			for _, b := range ps {
				st.meetM(si, a, b, r.Name, conf)
			}
		}
		each := side == nil && meetEach(r, len(ps))
		for i, a := range ps {
			ev.addParty(st, si, a, r.Name)
			for _, b := range ps[i+1:] {
				if each {
					st.meetM(si, a, b, r.Name, conf)
				}
			}
		}
		for _, pl := range p {
			ev.addPlace(st, si, pl, r.Name)
		}
		return true
	case "with", "attend", "visit":
		// the parties of an event: its objects ("talks with Iran"), its
		// subjects ("X attended the talks", "X travelled to Oslo")
		ps := st.agents(o)
		if r.Attr("action") != "with" {
			if r.Attr("run") == "titles" {
				s = titledRun(its, s)
			}
			ps = st.agents(s)
		}
		if r.Attr("who") == "persons" {
			ps = onlyPersons(ps)
		}
		if len(ps) == 0 || r.Attr("action") == "visit" && len(p) == 0 {
			return false
		}
		// "They included H.E. A, Ambassador of B; ...": those named in
		// the sentence after a ceremony's, whose guests it left unnamed,
		// take part in it and meet its host (host=meet); "Z attended the
		// credentials ceremony": he takes part
		ev, host := st.ruleEvent(si, m, its, nil)
		if r.Attr("host") != "meet" {
			host = nil
		}
		if ev == nil {
			return false
		}
		for _, h := range host {
			for _, a := range ps {
				if !sameParty(a, h) {
					st.meetM(si, h, a, r.Name, conf)
				}
			}
		}
		if r.Attr("action") == "attend" {
			if r.Attr("frame") == "main" {
				ev.toMain = true
			}
			if r.Attr("ceremony") == "yes" {
				st.ceremony, st.ceremonyHost = ev, nil
				if len(ps) == 1 && ps[0].Type == graph.Person {
					st.ceremonyHost = &ps[0]
				}
			}
			for _, a := range ps {
				ev.addAttendee(st, si, a, r.Name)
			}
			if r.Attr("meet") == "two" && len(ps) == 2 && ps[0].Type == graph.Person && ps[1].Type == graph.Person {
				// "co-chaired by X and Y": the two chairs meet, and the
				// event is still the one the report tells
				st.meetM(si, ps[0], ps[1], r.Name, conf)
			}
			// where the rule reads a place («افتتح X، اليوم بمركز P،
			// أشغال الاجتماع», "speaking after the talks in P, X")
			for _, pl := range p {
				ev.addPlace(st, si, pl, r.Name)
			}
			st.attendedFor(m, its, r)
			return true
		}
		if r.Attr("action") == "visit" && travelPlanned(its[m.Start:m.End]) {
			// "X will travel to Dubai next week", "X is expected to head
			// to Y", «وسيتوجه X إلى Y»: a journey planned is another
			// event than the report's, even in the same country
			ev.future = true
		}
		ev.join(st, si, ps, p, r.Name)
		return true
	case "member-list":
		// "X will lead a delegation comprising the following Ministers:",
		// «ويضم الوفد كلا من:»: the lines after name its members
		if d, ok := m.Cap("d"); ok && d.Start > 0 && (its[d.Start-1].word("of", "for") || d.Start > 1 && its[d.Start-1].word("the") && its[d.Start-2].word("of", "for")) {
			return false // "The schedule of the delegation includes:": no members
		}
		var targets []graph.Mention
		for _, d := range capItems(m, "d", its) {
			targets = append(targets, st.delegationsOf(si, d)...)
		}
		if len(targets) == 0 {
			return false
		}
		st.memberList, st.listSent = targets, si
		return true
	case "attend-list":
		// "The following Heads of State attended the Summit:", «وشارك
		// في القمة كل من:»: the lines after name those present
		if r.Attr("line") == "alone" && (m.Start != 0 || m.End != len(its)) {
			return false // a heading is a line of its own
		}
		// («والسفراء هم:» after the sentence of the ceremony)
		ev, host := st.ruleEvent(si, m, its, st.agents(s))
		if ev == nil {
			return false
		}
		if r.Attr("line") == "alone" {
			// "Attendees" over the lines of those present: the report's
			// own event, their lines without bullets, by side
			ev.toMain, st.listLines, st.listSide, st.listFresh = r.Attr("frame") == "main", true, nil, true
		}
		st.attendList, st.listSent, st.listHost = ev, si, nil
		if (r.Attr("host") == "s" || r.Attr("event") == "ceremony") && len(host) == 1 && host[0].Type == graph.Person {
			st.listHost = &host[0]
		}
		return true
	case "division":
		n := 0
		for _, pl := range p {
			if pl.Type == graph.Place {
				st.divisions = append(st.divisions, division{si, pl, r.Name})
				n++
			}
		}
		return n > 0
	case "bilateral":
		// "the session of the Saudi-Omani Coordination Council": a body
		// whose name opens with two nationalities joined by a hyphen is the
		// two countries' joint body; its session is theirs
		ev := st.eventOf(si, m, its)
		if ev == nil {
			return false
		}
		n := 0
		for _, b := range capItems(m, "b", its) {
			if b.k != kEnt || b.m.Type != graph.Organization {
				continue
			}
			for _, cy := range st.jointBodyCountries(b.start, b.end) {
				cm := st.d.Mention(cy.start, cy.end, graph.Country, "demonym", 0.9)
				cm.Name, cm.KBID = cy.e.Name, cy.e.ID
				ev.addParty(st, si, cm, r.Name)
				n++
			}
		}
		return n > 0
	case "place":
		// (event=ceremony: "The credentials ceremony was held at P", the
		// ceremony told sentences before)
		ev, _ := st.ruleEvent(si, m, its, nil)
		if ev == nil || len(p) == 0 {
			return false
		}
		ev.scene = ev.scene || r.Attr("scope") == "sentence"
		for _, pl := range p {
			ev.addPlace(st, si, pl, r.Name)
		}
		if r.Attr("possessor") == "subject" && ownVisit(its[m.Start:m.End]) && len(ev.parties) == 0 {
			// "X said his visit to Oslo …", «قال X إن زيارته إلى …»: the
			// visit is the sentence's subject's
			if who := sentenceSubject(its[:m.Start]); who != nil {
				ev.addParty(st, si, *who, r.Name)
			}
		}
		if ev.verb && len(ev.parties) == 0 {
			// "The IAEA's board meets in Vienna next month": the verb's
			// own subject, named, whom no rule made a party
			ev.subject = sentenceSubject(its[:m.Start])
		}
		return true
	case "here":
		ev := st.eventOf(si, m, its)
		if ev == nil {
			return false
		}
		ev.here = true
		return true
	case "margins":
		ev := st.eventOf(si, m, its)
		if ev == nil {
			return false
		}
		// ("on the sidelines." with no event named: the report's own)
		ev.toMain = ev.toMain || r.Attr("frame") == "main"
		// the parties of this sentence's other events take part in the
		// event on whose margins they met; they do not tell it apart
		// ("on the sidelines of the summit" is the article's summit)
		for _, o := range st.refs {
			if o.sent == si && o != ev {
				o.margins = ev
				for _, pa := range o.parties {
					ev.addAttendee(st, si, pa.m, r.Name)
				}
			}
		}
		return true
	case "mediate":
		ev := st.eventOf(si, m, its)
		meds := st.agents(capItems(m, "m", its))
		if len(meds) == 0 {
			return false
		}
		if ev == nil {
			// "with US brokers": the mediators of the document's event
			for _, md := range meds {
				st.mediators = append(st.mediators, evParty{m: md, sent: si, rule: r.Name})
			}
			return true
		}
		for _, md := range meds {
			ev.mediators = append(ev.mediators, evParty{m: md, sent: si, rule: r.Name})
		}
		for _, pl := range p {
			// «رعى X في جدة اجتماعا بين A وB»: where the sponsor held it
			ev.addPlace(st, si, pl, r.Name)
		}
		return true
	case "join":
		xs, os := st.agents(capItems(m, "x", its)), st.agents(o)
		if len(xs) == 0 || len(os) == 0 {
			return false
		}
		// X joins Y: X takes part in Y's latest event
		for i := len(st.refs) - 1; i >= 0; i-- {
			ref := st.refs[i]
			for _, pa := range ref.parties {
				if partyKey(pa.m) == partyKey(os[0]) {
					for _, a := range xs {
						ref.addParty(st, si, a, r.Name)
					}
					for _, pl := range p {
						ref.addPlace(st, si, pl, r.Name)
					}
					return true
				}
			}
		}
		return false
	case "leads", "member":
		xits := capItems(m, "x", its)
		if r.Attr("run") == "titles" {
			xits = titledRun(its, xits)
		}
		xs := st.agents(xits)
		ds := capItems(m, "d", its)
		pred := graph.Leads
		if r.Attr("action") == "member" {
			pred = graph.MemberOf
		}
		if d, ok := m.Cap("d"); ok && pred == graph.Leads && d.End == d.Start+1 && d.End < len(its) && its[d.Start].k == kDeleg && (its[d.End].wordIn(homeCountryWords) || its[d.End].word("بلاده", "بلادها")) {
			// «يترأس X وفد بلاده», «يصل على رأس وفد الدولة»: the delegation
			// its leader heads is his own country's, no delegation named
			// before it (the rules of leads-own read it; not «وضم وفد
			// المملكة X», whose members join the one named)
			return false
		}
		var targets []graph.Mention
		if d, ok := m.Cap("d"); ok && d.End == d.Start+1 && its[d.Start].word("its", "their", "it") {
			// "In its composition were X and Y", "It also includes X":
			// the delegation named last, in this sentence or the one
			// before ("its" is no delegation named further back); "it"
			// only after a sentence that told who leads it or is in it
			// ("The delegation met the committee. It also includes Y":
			// the committee)
			if dm, ok := st.lastDelegation(); ok && st.d.SentenceAt(dm.Start) >= si-1 && (!its[d.Start].word("it") || st.toldComposition(si-1)) {
				targets = append(targets, dm)
			}
		}
		for _, d := range ds {
			if dms := st.delegationsOf(si, d); len(dms) > 0 {
				targets = append(targets, dms...)
				continue
			}
			switch {
			case d.k == kDeleg || d.k == kDem || d.is(graph.Country):
				if d.k == kDeleg && pred == graph.MemberOf && len(st.leads) > 0 && st.leads[len(st.leads)-1].sent == si {
					// "X and his accompanying delegation, which
					// included A and B": the delegation of the leader
					// this sentence named, whose country waits for the
					// document's end
					var ms []graph.Mention
					for _, x := range xs {
						if x.Type == graph.Person {
							ms = append(ms, x)
						}
					}
					if len(ms) == 0 {
						return false
					}
					pl := &st.leads[len(st.leads)-1]
					pl.members = append(pl.members, pendingMember{sent: si, members: ms, rule: r.Name, conf: conf})
					return true
				} else if d.k == kDeleg && pred == graph.Leads {
					// "X, deputy commander of the Sudanese army, led the
					// delegation" with no delegation named before: his
					// own country's
					n := 0
					for _, x := range capItems(m, "x", its) {
						if st.leadOwn(si, x, r.Name, conf) {
							n++
						}
					}
					return n > 0
				}
			case d.is(graph.Organization):
				targets = append(targets, d.m)
			}
		}
		if pred == graph.Leads && len(targets) > 1 && len(xs) == 1 {
			// «وفدا السودان وجنوب السودان برئاسة X و…»: one leader named
			// for the delegations of two countries leads neither for sure
			return false
		}
		if r.Attr("pairs") == "respectively" {
			// "the delegations of A and B, headed respectively by X and
			// Y": each leader his delegation in turn
			if len(xs) != len(targets) {
				return false
			}
			for i, x := range xs {
				if x.Type == graph.Person {
					st.rel(si, x, targets[i], pred, "", "", r.Name, conf)
				}
			}
			return true
		}
		n := 0
		for _, x := range xs {
			if x.Type != graph.Person {
				continue
			}
			for _, t := range targets {
				st.rel(si, x, t, pred, "", "", r.Name, conf)
				n++
			}
		}
		return n > 0
	case "advises":
		xs, ps := st.agents(capItems(m, "x", its)), st.agents(capItems(m, "p", its))
		n := 0
		for _, x := range xs {
			for _, pr := range ps {
				if x.Type == graph.Person && pr.Type == graph.Person && !sameParty(x, pr) {
					st.rel(si, x, pr, graph.Advises, "", "", r.Name, conf)
					n++
				}
			}
		}
		return n > 0
	case "deputy":
		// "X was accompanied by his deputy, Y": Y is deputy in X's office
		ps, xs := st.agents(capItems(m, "p", its)), capItems(m, "x", its)
		if len(ps) != 1 || len(xs) != 1 || xs[0].k != kChunk || xs[0].ch.kind != chPerson {
			return false
		}
		c := xs[0].ch
		if len(c.titles) != 1 || c.titles[0].role.en != "deputy" || c.titles[0].body != nil || partyKey(ps[0]) == partyKey(c.person.m) {
			return false
		}
		for _, rl := range st.res.Relations {
			if rl.Predicate != graph.HoldsPosition || partyKey(rl.Subject) != partyKey(ps[0]) || rl.Role == "" || deputyRole(rl.Role) {
				continue
			}
			en := "deputy " + rl.Role
			if rl.Role == "president" {
				en = "vice president"
			}
			st.rel(si, c.person.m, rl.Object, graph.HoldsPosition, en, c.titles[0].text, r.Name, conf)
			return true
		}
		return false
	case "title":
		// "President X, the chairperson of the union,": a title with its
		// body in apposition after a name that has a title already
		xs, rs := capItems(m, "x", its), capItems(m, "r", its)
		if len(xs) != 1 || len(rs) != 1 || !xs[0].isPerson() || rs[0].k != kChunk || rs[0].ch.kind != chRole || len(rs[0].ch.bodies) != 1 {
			return false
		}
		rc := rs[0].ch
		b := rc.bodies[0]
		st.titled(si, &chunk{kind: chPerson, rule: r, person: xs[0], parts: []item{xs[0]},
			titles: []title{{role: rc.role, text: rs[0].text, body: &b, at: rs[0]}}})
		return true
	case "titles-body":
		// the body b is the body of the titles a titled name's chunk x
		// gave none: "Chile, whose President X spoke ..."; "From the
		// Chilean side, X, Minister of Finance, and Y, Minister of
		// Defense, attended": of every titled name captured
		bs := capItems(m, "b", its)
		if len(bs) != 1 || !bs[0].isBody() {
			return false
		}
		n := 0
		for _, x := range capItems(m, "x", its) {
			if x.k == kChunk && x.ch.kind == chPerson && st.giveBody(si, r, x.ch, &bs[0]) {
				n++
			}
		}
		return n > 0
	case "located":
		xs := capItems(m, "x", its)
		ps := capItems(m, "p", its)
		if len(xs) == 0 || len(ps) == 0 {
			return false
		}
		if r.Attr("retype") == "x" {
			// the context says a place: the mention becomes a city, in
			// the document too, so that every fact sees one entity
			for i := range xs {
				if xs[i].is(graph.Person) && xs[i].k == kEnt && !xs[i].pron {
					st.retype(&xs[i].m, graph.City)
				}
			}
		}
		pm, ok := st.mentionOf(ps[0])
		// a city or place lies in a country, or in a place ("Bentiu,
		// the capital of Unity State"), never in a city
		if !ok || pm.Type != graph.Country && pm.Type != graph.Place {
			return false
		}
		if r.Name == "city-comma-country" && placeListAround(its, m) {
			return false
		}
		n := 0
		for _, x := range xs {
			// the knowledge base may place the city elsewhere: "Moscow's war in Ukraine"
			if c := st.countryOf(x); pm.Type == graph.Country && c != nil && c.Name != pm.Name || !x.m.Type.Location() || x.m.Type == graph.Country || partyKey(x.m) == partyKey(pm) {
				continue
			}
			if st.worldRegion(x.m) {
				continue // "in Africa, in Egypt": a continent lies in no country
			}
			st.rel(si, x.m, pm, graph.LocatedIn, "", "", r.Name, conf)
			n++
		}
		return n > 0
	case "leads-own":
		// each leader heads the delegation of the country of his title;
		// the leaders of the delegations of one event meet
		leaders := capItems(m, "x", its)
		for i, a := range leaders {
			for _, b := range leaders[i+1:] {
				if a.isPerson() && b.isPerson() {
					st.meetM(si, a.m, b.m, r.Name, conf*0.9)
				}
			}
		}
		// «ترأس الأمير X وفد المملكة», «وفد الدولة»: the delegation of
		// "the kingdom", "the state", the article's own country
		// (words.tsv, home-country)
		home := false
		for k := m.Start; k+1 < m.End; k++ {
			if its[k].k == kDeleg && its[k+1].wordIn(homeCountryWords) {
				home = true
			}
		}
		n := 0
		for _, x := range leaders {
			if home && x.is(graph.Person) && x.k != kChunk {
				st.leads = append(st.leads, pendingLead{sent: si, leader: x.m, at: x, rule: r.Name, conf: conf, home: true})
				n++
				continue
			}
			if st.leadOwn(si, x, r.Name, conf) {
				if home && len(st.leads) > 0 && st.leads[len(st.leads)-1].leader == x.ch.person.m {
					st.leads[len(st.leads)-1].home = true
				}
				n++
			}
		}
		return n > 0
	case "accompany":
		// the people who came with a delegation's leader are its members
		leaders := st.agents(o)
		if len(leaders) == 0 {
			return false
		}
		// ("Chilean President X arrived in Lima, accompanied by Peruvian
		// Foreign Minister Y": one whose title names another country
		// than the leader's is the host's escort, or another leader, no
		// member)
		lc := st.titleCountries(o)
		var members []graph.Mention
		for _, xi := range capItems(m, "x", its) {
			if mc := st.titleCountries([]item{xi}); len(lc) > 0 && len(mc) > 0 && !slices.ContainsFunc(mc, func(c string) bool { return slices.Contains(lc, c) }) {
				continue
			}
			for _, x := range st.agents([]item{xi}) {
				if x.Type == graph.Person && !sameParty(x, leaders[0]) {
					members = append(members, x)
				}
			}
		}
		if len(members) == 0 {
			return false
		}
		for _, rl := range st.res.Relations {
			if rl.Predicate == graph.Leads && rl.Object.Type == graph.Delegation && partyKey(rl.Subject) == partyKey(leaders[0]) {
				for _, x := range members {
					st.rel(si, x, rl.Object, graph.MemberOf, "", "", r.Name, conf)
				}
				return true
			}
		}
		// the leader's delegation is not known yet
		for i := range st.leads {
			if partyKey(st.leads[i].leader) == partyKey(leaders[0]) {
				st.leads[i].members = append(st.leads[i].members, pendingMember{si, members, r.Name, conf})
				return true
			}
		}
		st.leads = append(st.leads, pendingLead{leader: leaders[0], sent: -1, members: []pendingMember{{si, members, r.Name, conf}}})
		return true
	}
	return false
}

// retype changes the type of a mention, in the document's mentions and
// in the relations already read from them.
func (st *docState) retype(m *graph.Mention, t graph.EntityType) {
	old := *m
	m.Type = t
	for i := range st.d.Mentions {
		if st.d.Mentions[i].Start == old.Start && st.d.Mentions[i].End == old.End && st.d.Mentions[i].Type == old.Type {
			st.d.Mentions[i].Type = t
		}
	}
	for i := range st.res.Relations {
		for _, e := range []*graph.Mention{&st.res.Relations[i].Subject, &st.res.Relations[i].Object} {
			if e.Start == old.Start && e.End == old.End && e.Type == old.Type {
				e.Type = t
			}
		}
	}
}

// dropPossessors removes from a list of parties a person who only owns
// the title of the next one («مبعوث الرئيس دورن توماس بيركوف»: Dorn's
// envoy is the party).
func dropPossessors(its []item, ms []graph.Mention) []graph.Mention {
	if len(its) < 2 {
		return ms
	}
	drop := map[string]bool{}
	for i := 0; i+1 < len(its); i++ {
		a, b := its[i], its[i+1]
		if a.isPerson() && b.isPerson() && a.end <= b.start && !strings.ContainsAny(strings.TrimSpace(""), ",") {
			if gapless(a, b) {
				drop[partyKey(a.m)] = true
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	var out []graph.Mention
	for _, m := range ms {
		if !drop[partyKey(m)] {
			out = append(out, m)
		}
	}
	return out
}

// gapless reports two items with only white space between them.
func gapless(a, b item) bool { return b.start-a.end <= 1 }

// delegationFor returns the document's delegation for a country item, a
// bare delegation noun standing for the last one named, made when the
// document has none yet ("the Danish side").
func (st *docState) delegationFor(si int, it item) (graph.Mention, bool) {
	if it.k == kDeleg {
		if indefiniteBefore(st.d.Text, it.start) {
			// "... and a rebel delegation headed by X": an indefinite
			// noun brings in a delegation of its own, not the last one
			return graph.Mention{}, false
		}
		return st.lastDelegation()
	}
	c := st.countryOf(it)
	if c == nil {
		return graph.Mention{}, false
	}
	if dm, ok := st.delegs[c.Name]; ok {
		return dm, true
	}
	m := st.d.Mention(it.start, it.end, graph.Delegation, "rules", 0.7)
	m.Country, m.Name = c.Name, demonymEn(c)+" delegation"
	m.Key = st.d.ID + "|delegation|" + c.Name
	st.res.Mentions = append(st.res.Mentions, m)
	st.delegs[c.Name] = m
	if cm, ok := st.countryMention(it, c); ok {
		st.rel(si, m, cm, graph.Represents, "", "", "side-delegation", 0.7)
	}
	return m, true
}

// indefiniteRe matches an English indefinite article with at most one
// word after it at the end of a text ("a ", "a rebel ", "an army ").
var indefiniteRe = regexp.MustCompile(`(?i)(?:^|[\s(])(?:a|an)\s+(?:[\p{L}-]+\s+)?$`)

// indefiniteBefore reports a noun at text[at:] that an English
// indefinite article introduces.
func indefiniteBefore(text string, at int) bool {
	from := max(0, at-40)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	return indefiniteRe.MatchString(text[from:at])
}

// leadOwn makes a titled person the leader of his own country's
// delegation: the country of a title's body, else the country his title
// takes later (from the document, or from another article that names it).
func (st *docState) leadOwn(si int, x item, rule string, conf float64) bool {
	if x.k == kEnt && x.m.Type == graph.Person {
		// "X received Berg and his accompanying delegation": a person
		// named before by his title, now by name alone; his country is
		// the one his title has in the document (finishLeads)
		st.leads = append(st.leads, pendingLead{sent: si, leader: x.m, at: x, rule: rule, conf: conf})
		return true
	}
	if x.k == kChunk && x.ch.kind == chRole {
		// "welcomed the Danish minister and his accompanying
		// delegation": the title stands for the one the document named
		// with it
		h, ok := st.holderOf(x.ch)
		if !ok {
			h, ok = st.holderOfHead(x.ch)
		}
		if ok {
			st.leads = append(st.leads, pendingLead{sent: si, leader: h, at: x, rule: rule, conf: conf})
			return true
		}
		return false
	}
	if x.k != kChunk || x.ch.kind != chPerson {
		return false
	}
	for _, t := range x.ch.titles {
		if t.body == nil {
			continue
		}
		if dm, ok := st.delegationFor(si, *t.body); ok {
			st.rel(si, x.ch.person.m, dm, graph.Leads, "", "", rule, conf)
			return true
		}
	}
	st.leads = append(st.leads, pendingLead{sent: si, leader: x.ch.person.m, at: x, rule: rule, conf: conf})
	return true
}

// possessors: "his meeting with X", «اجتماعهما»: the person a possessive
// pronoun before an event word stands for takes part in it.
func (st *docState) possessors(si int, its []item) {
	for k := 1; k < len(its); k++ {
		ev := its[k]
		if !(ev.k == kEvent || ev.k == kChunk && ev.ch.kind == chEvent) {
			continue
		}
		// «اجتماعهما» "their (two) meeting", "their meeting": the persons
		// just named meet
		if dual, plural := possessiveSuffix(ev); dual || plural || its[k-1].word("their") {
			var ps []graph.Mention
			for j := k - 1; j >= 0; j-- {
				if its[j].isPerson() {
					ps = append([]graph.Mention{its[j].m}, ps...)
					if dual && len(ps) == 2 {
						break
					}
				}
			}
			if len(ps) < 2 && its[k-1].word("their") {
				// "their meeting" with no persons in the sentence: the
				// persons of the last meeting named
				for i := len(st.refs) - 1; i >= 0 && len(ps) < 2; i-- {
					ps = ps[:0]
					for _, pa := range st.refs[i].parties {
						if pa.identity && pa.m.Type == graph.Person {
							ps = append(ps, pa.m)
						}
					}
				}
			}
			if len(ps) >= 2 {
				r := st.refFor(si, ev)
				for i, a := range ps {
					r.addParty(st, si, a, "possessive-event")
					for _, b := range ps[i+1:] {
						st.meetM(si, a, b, "possessive-event", 0.65)
					}
				}
			}
			continue
		}
		if singularSuffix(ev) {
			// «وقال الحزب في بيان إن مؤتمره في X انتهى», «قال الوزير X إن
			// زيارته …»: his or its event is the sentence's subject's
			if who := sentenceSubject(its[:k]); who != nil {
				st.refFor(si, ev).addParty(st, si, *who, "possessive-event")
			}
			continue
		}
		if !its[k-1].word("his", "her") {
			continue
		}
		who := st.lastPerson
		for j := k - 2; j >= 0; j-- {
			if its[j].isPerson() {
				m := its[j].m
				who = &m
				break
			}
		}
		if who != nil {
			st.refFor(si, ev).addParty(st, si, *who, "possessive-event")
		}
	}
}

// eventWord is the event word of an event item or phrase.
func eventWord(it item) string {
	w := it.text
	if it.k == kChunk {
		for _, p := range it.ch.parts {
			if p.k == kEvent {
				w = p.text
			}
		}
	}
	return w
}

// ownVisit reports a visit word with a possessive of one person: "his
// (recent) visit", «زيارته», «زيارتها».
func ownVisit(its []item) bool {
	for k, it := range its {
		if it.k != kTok || !hasTag(it.tags, "@visit") {
			continue
		}
		if singularSuffix(it) {
			return true
		}
		for j := k - 1; j >= 0; j-- {
			if its[j].word("his", "her") {
				return true
			}
			if its[j].k != kTok || its[j].punct() {
				break
			}
		}
	}
	return false
}

// singularSuffix reports an Arabic event word with the pronoun of one
// («اجتماعه», «زيارتها»), not of two or many.
func singularSuffix(it item) bool {
	w := eventWord(it)
	if !strings.ContainsFunc(w, textnorm.IsArabic) || strings.HasSuffix(w, "هما") || strings.HasSuffix(w, "هم") {
		return false
	}
	return strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")
}

// sentenceSubject returns the subject of a sentence from its items
// before a point: its first person, body or country (Arabic puts the
// verb first, then its subject; English the subject first), not the
// object of a preposition nor one a source is attributed to («بحسب
// وكالة …»), or nil.
func sentenceSubject(its []item) *graph.Mention {
	// «وأعلنت كينيا أن X سيلتقي … خلال زيارته», "Kenya said that X's
	// visit …": the subject of the clause the event is in, when it names
	// one, else of the sentence
	for c := len(its) - 1; c >= 0; c-- {
		if its[c].word("ان", "that") {
			if m := firstSubject(its[c+1:]); m != nil {
				return m
			}
			break
		}
	}
	return firstSubject(its)
}

// sourceWords open the source a report quotes («بحسب», «لوكالة»;
// words.tsv, source-word): the name after one is no subject.
var sourceWords = wordSet("words.tsv", "source-word", "ar")

// firstSubject is sentenceSubject's reading of one clause.
func firstSubject(its []item) *graph.Mention {
	for k, it := range its {
		if it.k == kChunk && it.ch.kind == chRole || it.k == kDem {
			return nil // «وقالت الوزيرة الأمريكية …»: a title with no name
		}
		if !(it.isPerson() || it.is(graph.Organization) || it.is(graph.Country) || it.is(graph.Delegation)) || it.pron {
			continue
		}
		if it.is(graph.Organization) && k+1 < len(its) && datelineMark(its[k+1].text) {
			continue // a dateline's agency («رام الله 17-6-2025 وفا- استقبل X»)
		}
		if k == 0 && it.is(graph.Country) && k+1 < len(its) && datelineMark(its[k+1].text) {
			continue // a dateline's place («الكويت - تسلم X ...»)
		}
		if k > 0 && its[k-1].wordIn(sourceWords) {
			return nil
		}
		if k > 0 && its[k-1].word("الي", "في", "من", "عن", "علي", "مع", "لدي", "to", "with", "from", "in", "on", "at", "by") {
			continue // the object of a preposition is no subject
		}
		m := it.m
		return &m
	}
	return nil
}

// possessiveSuffix reports an Arabic event word with the pronoun of two
// («اجتماعهما») or of many («محادثاتهم»).
func possessiveSuffix(it item) (dual, plural bool) {
	w := eventWord(it)
	return strings.HasSuffix(w, "هما"), strings.HasSuffix(w, "هم")
}

func (st *docState) refFor(si int, it item) *evRef {
	if it.k == kChunk {
		return it.ch.ev
	}
	return st.newRef(si, it.start, it.end, it.ev)
}

// titleCountries returns the knowledge-base ids of the countries the
// titles of person chunks among its name ("Peruvian Foreign Minister X",
// "President X of Chile").
func (st *docState) titleCountries(its []item) []string {
	var out []string
	for _, it := range its {
		if it.k != kChunk || it.ch.kind != chPerson {
			continue
		}
		for _, t := range it.ch.titles {
			if t.body == nil {
				continue
			}
			for _, b := range append([]*item{t.body}, t.more...) {
				if bm, ok := st.mentionOf(*b); ok && bm.Type == graph.Country && bm.KBID != "" && !slices.Contains(out, bm.KBID) {
					out = append(out, bm.KBID)
				}
			}
		}
	}
	return out
}

func (st *docState) rel(si int, s, o graph.Mention, p graph.Predicate, role, phrase, rule string, conf float64) {
	if p == graph.HoldsPosition && o.Type == graph.Country && scholarRoles[role] {
		return // "an Egyptian analyst": a post at an institute, none in a country
	}
	k := fmt.Sprintf("%s|%d|%d|%s|%d|%d|%s|%s|%s", p, s.Start, s.End, s.Key, o.Start, o.End, o.Key, role, o.Extractor)
	if st.seen[k] {
		return
	}
	st.seen[k] = true
	st.res.Relations = append(st.res.Relations, st.d.Relation(s, p, o, role, phrase, "rules", rule, conf))
}

// scholarRoles are the roles of posts at an institute, none of a country
// (words.tsv scholar-role).
var scholarRoles = wordSet("words.tsv", "scholar-role", "en")

// meet records meetsWith between two items' mentions.
func (st *docState) meet(si int, a, b item, rule string, conf float64) {
	am, ok1 := st.mentionOf(a)
	bm, ok2 := st.mentionOf(b)
	if ok1 && ok2 {
		st.meetM(si, am, bm, rule, conf)
	}
}

func (st *docState) meetM(si int, a, b graph.Mention, rule string, conf float64) {
	if sameParty(a, b) || a.Text == b.Text {
		return
	}
	st.rel(si, a, b, graph.MeetsWith, "", "", rule, conf)
}

// remember notes the persons a sentence names, and their titles, for the
// coreference of later sentences.
func (st *docState) remember(si int, its []item) {
	var one *graph.Mention
	many := false
	for _, it := range its {
		if !it.isPerson() || it.pron {
			continue
		}
		m := it.m
		st.lastPerson = &m
		if it.k == kChunk && feminineTitled(it.ch) {
			st.lastFemale = &m
		}
		if one == nil {
			one = &m
		} else if partyKey(*one) != partyKey(m) {
			many = true
		}
		if it.k == kChunk {
			for _, t := range it.ch.titles {
				ws := strings.Fields(t.role.en)
				for i, w := range ws {
					st.byRole[w] = m
					// "Deputy Secretary of State X ... the Deputy
					// Secretary": the title's opening words stand for it
					if i > 0 {
						st.byRole[strings.Join(ws[:i+1], " ")] = m
					}
				}
				if in := titleInitials(t.text); in != "" {
					if st.byInitials == nil {
						st.byInitials = map[string]graph.Mention{}
					}
					holder := m
					if prev, ok := st.byInitials[in]; ok && partyKey(prev) != partyKey(m) {
						// "Foreign Minister X ... Finance Minister Y": "FM"
						// is either, so neither
						holder = graph.Mention{}
					}
					st.byInitials[in] = holder
				}
				if t.body == nil {
					// the whole title, and its last word unless the title
					// is a head of state's or government's ("the minister"
					// is no Prime Minister's)
					st.byBareRole[t.role.en] = m
					if len(ws) > 1 && !t.role.state {
						st.byBareRole[ws[len(ws)-1]] = m
					}
				}
			}
		}
	}
	if st.implicitSubject != nil && st.implicitIn == si {
		// «ثم استقبل وفدا برئاسة Y. كما استقبل Z»: the subject left unsaid
		// goes on, not Y, the first person the sentence names
		st.lastSubject = st.implicitSubject
	} else {
		st.lastSubject = nil
		if m := firstSubject(its); m != nil && m.Type == graph.Person {
			st.lastSubject = m
		}
	}
	if one != nil {
		st.topic, st.topicOf = one, si
		if many {
			st.topic = nil
		}
	}
}

// corefer replaces "he", "she" and a bare title ("the envoy",
// «المبعوث») by the person they stand for: the last person named, or
// the last one seen with that title. The item keeps its own place in the
// sentence; its mention is the antecedent's, so the evidence spans both
// sentences.
func (st *docState) corefer(its []item) []item {
	last := st.lastPerson
	merged := false // an item took the one after it (a title and its nationality)
	for k, it := range its {
		var body *graph.Mention // the body a head noun stands for
		if it.k == kTok && len(st.byHead) > 0 {
			body = st.headAnaphor(its, k)
		}
		titled := st.titleNationalityAt(its, k)
		switch {
		case it.is(graph.Person):
			m := it.m
			last = &m
		case it.is(graph.Country) && !it.pron:
			// "the country's president", «رئيس البلاد»: the country named last
			if st.byHead == nil {
				st.byHead = map[string]graph.Mention{}
			}
			st.byHead["country"], st.byHead["nation"] = it.m, it.m
		case it.is(graph.Organization) && !it.pron:
			h := arabicHeadKey(it.m.Text)
			if h == "" {
				h = englishHeadKey(it.m.Text)
			}
			if h != "" {
				if st.byHead == nil {
					st.byHead = map[string]graph.Mention{}
				}
				st.byHead[h] = it.m
			}
			if blocName(it.m.Text) {
				if st.byHead == nil {
					st.byHead = map[string]graph.Mention{}
				}
				st.byHead["bloc"] = it.m // "the East African Community ... the bloc"
			}
		case body != nil:
			its[k] = st.standIn(it, *body)
			its[k].poss = possessive(it.text)
			its[k].tags = st.x.tagsOf(its[k])
		case it.k == kTok && initialismShape(it.text) && st.byInitials[it.text].Text != "" && !personSoon(its, k+1, 1):
			// "EAM held talks with Y": the initials of a title stand for
			// its holder named before, as a bare title does (not before
			// a name, which they title: "PM X")
			its[k] = st.standIn(it, st.byInitials[it.text])
		case titled != nil:
			// «استقبل الرئيس X الوزير الجيبوتي», "the Djiboutian minister":
			// a bare title and a nationality stand for the one person the
			// document named before with that title of that country; the
			// item takes the pair's two words
			its[k] = st.standIn(item{start: it.start, end: its[k+1].end, text: st.d.Text[it.start:its[k+1].end]}, *titled)
			its[k+1].k, merged = kSkip, true
		case it.k == kTok && st.lastGuest != nil && guestWords[it.key] && !personSoon(its, k+1, 2) && st.guestOf(its, k):
			// «استقبل X ... Y ... ثم استقبل Z الضيفَ الفيتنامي»: "the
			// guest" is the one the last reception received (not before
			// his name: «ضيفه الرئيس Y»)
			its[k] = st.standIn(it, *st.lastGuest)
		case it.k == kTok && (it.text == "I" || it.key == "we") && st.releaseAuthor() != nil && !st.quoted(it.start):
			// a media release in its minister's voice: "Today I will
			// travel to Fiji", "In Suva, we will meet Prime Minister X"
			its[k] = st.standIn(it, *st.author)
		case it.k == kTok && k > 0 && k <= 2 && it.wordIn(stylePronouns) && !personSoon(its, 0, k) &&
			(its[k-1].wordIn(accompanyVerbs) && st.lastSubject != nil || (its[k-1].wordIn(welcomeVerbsAr) || its[k-1].wordIn(meetVerbs)) && (st.lastHost != nil || st.lastSubject != nil)):
			// a style of address with its pronoun after a verb that opens
			// a sentence: after one of accompanying, the last sentence's
			// subject («ويرافق معاليه في الزيارة X»); after one of
			// receiving or meeting, the last reception's host, else the
			// last sentence's subject («فقد استقبل سيادته، يوم الأحد، Y»;
			// not a guest who spoke since: «وقال الوزير Z ... كما استقبل
			// سيادته»)
			h := st.lastSubject
			if !its[k-1].wordIn(accompanyVerbs) && st.lastHost != nil {
				h = st.lastHost
			}
			its[k] = st.standIn(it, *h)
		case it.k == kTok && (it.key == "he" && !styleHE(its, k) || it.key == "she") && st.lastSubject != nil && !slices.ContainsFunc(its[:k], item.isPerson):
			// "X met Y, who heads the Z team. He was accompanied by W",
			// "X met Y in Lima. Later he travelled to Cusco": a
			// sentence's first pronoun, no person named before it, is the
			// last sentence's subject, not the last person it named (and
			// so is a pronoun after it: "..., where he met Z")
			its[k] = st.standIn(it, *st.lastSubject)
			last = st.lastSubject
		case it.k == kTok && (it.key == "he" && !styleHE(its, k) || it.key == "she" || it.key == "him" || it.word("انه", "انها")) && last != nil:
			// «إنه تحدث ...»: "that he spoke", the subject in the particle
			its[k] = st.standIn(it, *last)
		case it.k == kRole && !it.role.head && !it.role.plural && (k > 0 && its[k-1].word("the") || strings.HasPrefix(it.text, "ال") || arabicConstructTitle(it.text) && !(k > 0 && its[k-1].k == kRole) && !personSoon(its, k+1, 2)) && !titleOfNext(its, k) &&
			!(k+1 < len(its) && (its[k+1].k == kDem || its[k+1].isBody() || its[k+1].k == kRole || its[k+1].word("of", "for"))):
			// a bare title ("the envoy"), not a qualified one ("the
			// American president" names someone else), nor the first
			// word of a compound one ("the deputy head of X, Y")
			// the one a bare title named, unless the nearest holder is the
			// last sentence's subject ("Kenyan Foreign Minister Y met Z. The
			// foreign minister also met W": Y)
			m, ok := st.byBareRole[it.role.en]
			if near, nok := st.byRole[it.role.en]; !ok || nok && st.lastSubject != nil && partyKey(*st.lastSubject) == partyKey(near) {
				m, ok = near, nok
			}
			if ok {
				its[k] = st.standIn(it, m)
				// («وتابع الوزير أنه أجرى ...»: the pronoun after is his)
				last = &m
			}
		}
	}
	if merged {
		its = slices.DeleteFunc(its, func(it item) bool { return it.k == kSkip })
	}
	return its
}

// standIn returns the item that stands for m at the place of it (a
// pronoun, a bare title, initials): its mention is m, so the evidence
// spans both sentences.
func (st *docState) standIn(it item, m graph.Mention) item {
	o := item{k: kEnt, start: it.start, end: it.end, m: m, text: it.text, pron: true}
	o.tags = st.x.tagsOf(o)
	return o
}

// titleNationalityAt returns the person a bare title and a nationality
// at its[k] and its[k+1] stand for (titledOf), in Arabic order («الوزير
// الجيبوتي», not in construct after a noun or a title: «مستشار الرئيس
// الفرنسي») or in English order ("the Djiboutian minister", not a
// title's complement, "adviser to the French president", nor a
// possessive, "the French president's adviser"); nil otherwise.
func (st *docState) titleNationalityAt(its []item, k int) *graph.Mention {
	if k+1 >= len(its) || personSoon(its, k+2, 2) {
		return nil
	}
	it, next := its[k], its[k+1]
	switch {
	case it.k == kRole && next.k == kDem && !it.role.plural && strings.HasPrefix(it.text, "ال") && !(k > 0 && (its[k-1].k == kRole || its[k-1].k == kTok && !its[k-1].punct())):
		return st.titledOf(it, next)
	case it.k == kDem && next.k == kRole && !next.role.plural && k > 0 && its[k-1].word("the") && !(k > 1 && its[k-2].word("to", "of", "for")) &&
		!possessive(next.text) && !(k+2 < len(its) && (possessive(its[k+2].text) || its[k+2].word("of", "for"))):
		return st.titledOf(next, it)
	}
	return nil
}

// titledOf returns the one person the document has named so far with
// the role of a bare title of one word (its role's last word: "minister"
// is a foreign minister's too) in the country of the adjective dem ("the
// Djiboutian minister"), or nil when none or two.
func (st *docState) titledOf(title, dem item) *graph.Mention {
	cy := st.countryOf(dem)
	if cy == nil || title.role.en == "" || strings.Contains(title.role.en, " ") {
		return nil // (a full title, "the Panamanian Foreign Minister", names anew)
	}
	ws := strings.Fields(title.role.en)
	last := ws[len(ws)-1]
	var found *graph.Mention
	for i := range st.res.Relations {
		r := &st.res.Relations[i]
		if r.Predicate != graph.HoldsPosition || r.Object.KBID != cy.ID || r.Subject.Type != graph.Person {
			continue
		}
		rs := strings.Fields(r.Role)
		if len(rs) == 0 || rs[len(rs)-1] != last || ranked(r.Role) {
			continue // ("the Djiboutian minister" is no prime minister)
		}
		if found != nil && partyKey(*found) != partyKey(r.Subject) {
			return nil
		}
		found = &r.Subject
	}
	return found
}

// guestOf reports that the last guest is the one «الضيف» at its[k]
// names: no nationality after it, or his country's («الضيف الإيطالي»
// after a Peruvian guest names another).
func (st *docState) guestOf(its []item, k int) bool {
	if k+1 >= len(its) || its[k+1].k != kDem {
		return true
	}
	c, g := st.countryOf(its[k+1]), st.countryOfPerson(*st.lastGuest)
	return c != nil && g != nil && c.ID == g.ID
}

// rankWords make another office of a title's head word: a prime
// minister, a vice president, a deputy or an assistant minister.
var rankWords = map[string]bool{"prime": true, "vice": true, "deputy": true, "assistant": true, "first": true, "under": true, "senate": true, "former": true}

// guestWords stand for the guest of the last reception (words.tsv
// guest): «الضيف», «ضيفه».
var guestWords = wordSet("words.tsv", "guest", "ar")

// releaseAuthor returns the person a media release's byline names: a
// short line among the first four paragraphs, no sentence, that holds one
// person's name and a title, on that line ("Senator the Hon X, Minister
// for Foreign Affairs") or, a byline of lines, on the next ("Senator the
// Hon X" over "Minister for Foreign Affairs"), in an English document;
// nil when there is none.
func (st *docState) releaseAuthor() *graph.Mention {
	if st.authorRead {
		return st.author
	}
	st.authorRead = true
	// the lines of the first four paragraphs (a paragraph may be a line)
	type line struct{ start, end int }
	var lines []line
	for i, p := range st.d.Paragraphs {
		if i >= 4 {
			break
		}
		at := p.Start
		for _, l := range strings.SplitAfter(st.d.Text[p.Start:p.End], "\n") {
			lines = append(lines, line{at, at + len(strings.TrimRight(l, "\n"))})
			at += len(l)
		}
	}
	for li, ln := range lines {
		text := strings.TrimSpace(st.d.Text[ln.start:ln.end])
		if text == "" || len(text) > 120 || strings.HasSuffix(text, ".") || strings.ContainsAny(text, "\"“”") {
			continue
		}
		var person *graph.Mention
		n := 0
		for j := range st.d.Mentions {
			m := &st.d.Mentions[j]
			if m.Start >= ln.start && m.End <= ln.end && m.Type == graph.Person {
				person = m
				n++
			}
		}
		if n != 1 {
			continue
		}
		toks := tokenize(st.d.Text, ln.start, ln.end)
		if len(toks) == 0 || toks[0].arabic || strings.HasSuffix(text, "?") {
			continue
		}
		for k := range toks {
			if toks[k].start >= person.End {
				if r, _, _ := st.lx.roles.match(toks, k); r > 0 {
					st.author = person
					return person
				}
			}
		}
		if li+1 < len(lines) {
			// the title on the byline's next line, a line of its own
			// that opens with it
			nx := lines[li+1]
			next := strings.TrimSpace(st.d.Text[nx.start:nx.end])
			nt := tokenize(st.d.Text, nx.start, nx.end)
			if len(nt) > 0 && len(next) <= 120 && !strings.HasSuffix(next, ".") {
				if r, _, _ := st.lx.roles.match(nt, 0); r > 0 {
					st.author = person
					return person
				}
			}
		}
	}
	return nil
}

// quoted reports an offset inside quotation marks in its sentence: an
// odd number of quotation marks before it there.
func (st *docState) quoted(off int) bool {
	si := st.d.SentenceAt(off)
	if si < 0 {
		return false
	}
	before := st.d.Text[st.d.Sentences[si].Start:off]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// arabicConstructTitle reports an Arabic title of two words or more
// whose last word carries the article («وزير الدولة», «وزير الخارجية»):
// a construct chain, definite as its last noun is, so a bare title that
// may stand for the person named with it before (not after another title,
// whose possessor it names: «مستشار رئيس الجمهورية»; nor before a name:
// «وزير الخارجية آنذاك X»).
func arabicConstructTitle(text string) bool {
	ws := strings.Fields(text)
	return len(ws) >= 2 && arabicWord(ws[0]) && !strings.HasPrefix(ws[0], "ال") && strings.HasPrefix(ws[len(ws)-1], "ال")
}

// personSoon reports a person among the n items from its[k] on: «وزير
// الخارجية آنذاك X», a title that names the person after it.
func personSoon(its []item, k, n int) bool {
	for i := k; i < len(its) && i < k+n; i++ {
		if its[i].isPerson() {
			return true
		}
	}
	return false
}

// arabicHeadKey returns the head noun of an Arabic body's name (its
// first word, without the article if it has one) when it is one of the heads of
// bodies; "" otherwise.
func arabicHeadKey(name string) string {
	w, _, _ := strings.Cut(name, " ")
	k := textnorm.Key(w)
	for _, p := range []string{"وال", "لل", "بال", "ال", ""} {
		if r, ok := strings.CutPrefix(k, p); ok && arabicOrgHeads[r] {
			return r
		}
	}
	return ""
}

// headAnaphor returns the body that the word its[k] stands for, if it is
// the head noun of a body named before in the article: «الائتلاف»,
// «للائتلاف» alone (not «الحزب الحاكم», where an adjective makes another
// one), "the movement", "the coalition's" (not "the council of elders").
func (st *docState) headAnaphor(its []item, k int) *graph.Mention {
	it := its[k]
	if k > 0 && its[k-1].word("the") {
		if k+1 < len(its) && its[k+1].word("of", "for") {
			return nil
		}
		key := anaphorKey(it.text)
		if (key == "country" || key == "nation") && !titleAfter(its, k) {
			return nil // "meet the country's communists": not the country
		}
		if m, ok := st.byHead[key]; ok {
			return &m
		}
		return nil
	}
	if k+1 < len(its) && its[k+1].k == kTok && strings.HasPrefix(its[k+1].text, "ال") {
		return nil
	}
	for _, f := range it.forms {
		if f == "البلاد" && k > 0 && its[k-1].k == kRole {
			if m, ok := st.byHead["country"]; ok {
				return &m
			}
		}
		if b, ok := strings.CutPrefix(f, "ال"); ok && arabicOrgHeads[b] {
			if m, ok := st.byHead[b]; ok {
				return &m
			}
		}
	}
	return nil
}

// titleAfter reports a possessive its[k] followed by a title within
// three words ("the country's foreign minister", "the nation's top
// diplomat").
func titleAfter(its []item, k int) bool {
	if !possessive(its[k].text) {
		return false
	}
	for j := k + 1; j < len(its) && j <= k+3; j++ {
		if its[j].k == kRole {
			return true
		}
	}
	return false
}

// englishAnaphors are the head nouns of bodies that, after "the", stand
// for the body with that head the article named last.
var englishAnaphors = wordSet("names.tsv", "anaphor-head", "en")

// anaphorKey is an English word's key as an anaphor: lower case, without
// a possessive ("Coalition's" -> "coalition"); "" for a word that is not
// an anaphor head.
func anaphorKey(w string) string {
	w = strings.ToLower(w)
	for _, p := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, p)
	}
	if !englishAnaphors[w] {
		return ""
	}
	return w
}

// blocWords name groupings of states (names.tsv: bloc-name).
var blocWords = wordSet("names.tsv", "bloc-name", "en")

// blocName reports an English body's name with a word of the names of
// groupings of states ("East African Community", "Arab League").
func blocName(name string) bool {
	for _, w := range strings.Fields(name) {
		if blocWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// englishHeadKey returns the head noun of an English body's name, the
// last anaphor head before "of", "for" or "on" ("Southern Liberation
// Movement", "Council of Elders", "Movement for Change"); "" when it
// has none.
func englishHeadKey(name string) string {
	h := ""
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "for", "on":
			return h
		}
		if k := anaphorKey(w); k != "" {
			h = k
		}
	}
	return h
}

// titleOfNext reports whether the title at its[k] belongs to a name after
// it (past adjectives, bodies and a comma) or before it (apposition).
func titleOfNext(its []item, k int) bool {
	if k > 0 && its[k-1].is(graph.Person) || k > 1 && its[k-1].comma() && its[k-2].is(graph.Person) {
		return true
	}
	for j := k + 1; j < len(its) && j <= k+6; j++ {
		switch {
		case its[j].is(graph.Person):
			return true
		case its[j].k == kDem, its[j].isBody(), its[j].comma(), its[j].word("of", "باسم"), its[j].k == kHon && its[j-1].comma(),
			its[j].k == kTok && portfolioTail(its[j]):
			// («وزير الشؤون الخارجية، السيد X»: an honorific after the
			// comma of an apposition, before the name the title is
			// apposed to; "the Crown Prince Sheikh X" with no comma may
			// name the prince's own officer after the prince; «وزير
			// التجارة وتنمية الصادرات، السيد X»: the portfolio's words)
		default:
			return false
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
	case kChunk:
		if it.ch.kind == chPerson {
			return it.ch.person.m, true
		}
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
		// the text, else the entry's name ("the Kenyan capital" is
		// Nairobi)
		es := st.lx.kb.Lookup(it.m.Text)
		if it.m.Name != "" && it.m.Name != it.m.Text {
			es = append(es, st.lx.kb.Lookup(it.m.Name)...)
		}
		for _, e := range es {
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

// usRoles are the titles the United States gives its ministers.
var usRoles = map[string]string{"foreign minister": "secretary of state", "defense minister": "defense secretary", "defence minister": "defense secretary"}

// roleFor renders a title for a body: the generic head title is
// "president" of a country and "head" of anything else; American
// ministers are secretaries.
func roleFor(r role, body graph.Mention) string {
	en := r.en
	if r.head {
		if body.Type == graph.Country || presidedBody(body) {
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

// presidedHeads are the head words of bodies whose head English calls
// president: a council, a commission, a coalition, a party.
var presidedHeads = wordSet("names.tsv", "presided")

// presidedBody reports a body led by a president («رئيس المفوضية
// الأوروبية», "the president of the council"): its head word, the first
// Arabic word or the English head before "of", is one of presidedHeads.
func presidedBody(m graph.Mention) bool {
	if m.Type != graph.Organization {
		return false
	}
	ws := strings.Fields(textnorm.Key(m.Text))
	if len(ws) == 0 {
		return false
	}
	if textnorm.Script(m.Text) == "ar" {
		w := strings.TrimPrefix(ws[0], "ال")
		if strings.HasPrefix(ws[0], "لل") {
			w = strings.TrimPrefix(ws[0], "لل")
		}
		return presidedHeads[w] || presidedHeads["ال"+w] || presidedHeads[ws[0]]
	}
	for i, w := range ws {
		if w == "of" || w == "for" {
			ws = ws[:i]
			break
		}
	}
	return presidedHeads[ws[len(ws)-1]]
}

var yearRe = regexp.MustCompile(`\b(19|20)\d\d\b`)

type spanCountry struct {
	start, end int
	e          *kb.Entry
}

// jointBodyCountries gives the countries of a joint body's name that
// opens with two or more nationalities joined by hyphens ("Saudi-Omani
// Coordination Council", "Jordanian-Iraqi Joint Higher Committee"); none
// unless every part of that first word is a nationality.
func (st *docState) jointBodyCountries(start, end int) []spanCountry {
	text := st.d.Text[start:end]
	w := text
	if i := strings.IndexByte(text, ' '); i > 0 {
		w = text[:i]
	}
	if !strings.Contains(w, "-") || len(w) == len(text) {
		return nil
	}
	var out []spanCountry
	off := start
	for _, part := range strings.Split(w, "-") {
		pt := tokenize(st.d.Text, off, off+len(part))
		if len(pt) == 0 {
			return nil
		}
		var cy *kb.Entry
		if n, _, v := st.lx.demonyms.match(pt, 0); n == len(pt) {
			cy = v.(*kb.Entry)
		} else if n, _, v := st.lx.entities.match(pt, 0); n == len(pt) && v.(*kb.Entry).Type == graph.Country {
			cy = v.(*kb.Entry) // "Saudi", read as the country
		} else {
			return nil
		}
		out = append(out, spanCountry{off, off + len(part), cy})
		off += len(part) + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// attendedFor reads, for a rule of for=yes, the countries among those
// who attend, each after «عن»/«من» and before those who attend for it
// («وشارك في الاجتماع عن P وزير الخارجية X، وعن Q Y»): the title of each
// person after one, where the sentence gives it no body, is that
// country's.
func (st *docState) attendedFor(m pattern.Match, its []item, r *pattern.Rule) {
	if r.Attr("for") != "yes" {
		return
	}
	var cy *kb.Entry
	// («فيما حضرها من الجانب P: X وزير الخارجية، وY ...»: the side
	// named before the run, capture c, is every one's country until
	// another is named)
	if c, ok := m.Cap("c"); ok {
		cy = st.countryOf(its[c.Start])
	}
	for _, sp := range m.Caps["s"] {
		for k := sp.Start; k < sp.End; k++ {
			it := its[k]
			if it.word("الجانب") && k+1 < sp.End && (its[k+1].k == kDem || its[k+1].is(graph.Country)) {
				// «... ومن الجانب Q: Y»: the next side's run
				if c := st.countryOf(its[k+1]); c != nil {
					cy = c
				}
				continue
			}
			if k > 0 && it.k == kEnt && it.m.Type == graph.Country && its[k-1].word("عن", "من") {
				cy = st.lx.kb.Entry(it.m.KBID)
				continue
			}
			if cy == nil {
				continue
			}
			for _, a := range st.agents([]item{it}) {
				if a.Type == graph.Person {
					if st.attendFor == nil {
						st.attendFor = map[string]*kb.Entry{}
					}
					st.attendFor[partyKey(a)] = cy
				}
			}
		}
	}
}

// giveBody makes b the body of the titles of a titled name's chunk c
// that have none (action "titles-body"); it reports whether one had
// none.
func (st *docState) giveBody(si int, r *pattern.Rule, c *chunk, b *item) bool {
	var ts []title
	for _, t := range c.titles {
		if t.body == nil {
			t.body = b
			ts = append(ts, t)
		}
	}
	if len(ts) == 0 {
		return false
	}
	p := c.person.m
	st.pending = slices.DeleteFunc(st.pending, func(pt pendingTitle) bool {
		return pt.person.Start == p.Start && pt.person.End == p.End
	})
	st.titled(si, &chunk{kind: chPerson, rule: r, person: c.person, parts: c.parts, titles: ts, past: c.past})
	return true
}

// feminineTitled reports a person's chunk whose Arabic title is in the
// feminine («الوزيرة», «المبعوثة الأممية», «السفيرة»: its first word
// ends in «ة»).
func feminineTitled(c *chunk) bool {
	for _, t := range c.titles {
		if ws := strings.Fields(t.text); len(ws) > 0 && strings.HasSuffix(ws[0], "ة") {
			return true
		}
	}
	return false
}

// feminineVerb reports an Arabic verb in the third person feminine
// singular: a perfect ending in «ت» («أجرت», «عقدت», «التقت»), an
// imperfect opening with «ت» («تجري», «تعقد»), behind «و» or «ف».
func feminineVerb(it item) bool {
	w := strings.TrimLeft(it.text, "وف")
	if utf8.RuneCountInString(w) < 3 || strings.HasSuffix(w, "ان") || strings.HasSuffix(w, "ون") {
		return false
	}
	return strings.HasSuffix(w, "ت") || strings.HasPrefix(w, "ت")
}

// placeListAround reports a place and a country after a comma that are
// two items of a list of places ("developments in the Middle East,
// Afghanistan and Central Asia", "in Lebanon, Gaza, Syria"; «في الشرق
// الأوسط، أفغانستان وآسيا الوسطى»): a country or a region goes on the list
// after them, or a country stands before them and a comma. (A city after
// "and" may open a pair of its own, "Riyadh, Saudi Arabia and Doha,
// Qatar"; a place before a city is the city's: «مطار X، باريس، فرنسا».)
func placeListAround(its []item, m pattern.Match) bool {
	listItem := func(it item) bool {
		return it.k == kEnt && (it.m.Type == graph.Country || it.m.Type == graph.Place)
	}
	if e := m.End; e+1 < len(its) && (its[e].k == kConj || its[e].comma()) && listItem(its[e+1]) {
		return true
	}
	b := m.Start
	return b >= 2 && its[b-1].comma() && its[b-2].is(graph.Country)
}

// delegationsOf returns the delegations an item names: a delegation's
// chunk, or a bare delegation noun or "the Danish side" (the document's
// delegation of that country); none when there is none yet.
func (st *docState) delegationsOf(si int, d item) []graph.Mention {
	switch {
	case d.k == kChunk && d.ch.kind == chDeleg:
		return d.ch.delegs
	case d.k == kDeleg || d.k == kDem || d.is(graph.Country):
		if dm, ok := st.delegationFor(si, d); ok {
			return []graph.Mention{dm}
		}
	case d.k == kChunk && d.ch.kind == chRole:
		// «الوفد المرافق لوزير الخارجية الكويتي», "the delegation
		// accompanying the Kuwaiti Foreign Minister": the delegation of
		// the country of the title's body
		for _, b := range d.ch.bodies {
			if st.countryOf(b) != nil {
				if dm, ok := st.delegationFor(si, b); ok {
					return []graph.Mention{dm}
				}
			}
		}
	}
	return nil
}

// datelineMark reports the punctuation that closes a dateline's agency:
// a dash, a slash, a closing bracket («وفا-», «/ بنا /», "(KUNA) --").
func datelineMark(text string) bool {
	switch strings.TrimSpace(text) {
	case "-", "--", "–", "—", "/", ")":
		return true
	}
	return false
}

// titlesOnly reports a line of names, titles, bodies and their function
// words only (a list's line that names someone and what he is).
func titlesOnly(its []item) bool {
	for _, it := range its {
		switch {
		case it.k == kEnt, it.k == kChunk && (it.ch.kind == chPerson || it.ch.kind == chRole || it.ch.kind == chDeleg),
			it.k == kRole, it.k == kHon, it.k == kDem, it.k == kConj, it.k == kTok && it.punct():
		case it.k == kTok && (it.word("of", "for", "the", "and", "to", "in", "at", "on", "affairs", "minister", "deputy", "في", "لدى") || textnorm.Script(it.text) == "ar" && strings.HasPrefix(it.text, "ال")):
		default:
			return false
		}
	}
	return true
}

// lastDelegation returns the delegation the document named last.
func (st *docState) lastDelegation() (graph.Mention, bool) {
	var last graph.Mention
	ok := false
	for _, m := range st.res.Mentions {
		if m.Type == graph.Delegation {
			last, ok = m, true
		}
	}
	return last, ok
}

// portfolioTail reports an Arabic word that goes on a title's portfolio:
// a definite noun or one joined by «و» («وتنمية الصادرات»), no word of
// the stop lists.
func portfolioTail(it item) bool {
	t := it.text
	return (strings.HasPrefix(t, "ال") || strings.HasPrefix(t, "و") && utf8.RuneCountInString(t) > 3) && !hasTag(it.tags, "@stop")
}

// compositionWords tell who leads a group or is in it: "headed", "led",
// "includes" (words.tsv, composition).
var compositionWords = wordSet("words.tsv", "composition", "en")

// toldComposition reports a sentence that tells who leads a group or is
// in it ("The delegation is headed by X").
func (st *docState) toldComposition(si int) bool {
	if si < 0 || si >= len(st.d.Sentences) {
		return false
	}
	for _, w := range strings.Fields(st.d.Sentences[si].Text) {
		if compositionWords[textnorm.Key(strings.Trim(w, ",;:.()"))] {
			return true
		}
	}
	return false
}

// ruleEvent returns the event a rule's match names and its host: the
// match's own event (eventOf) and host, or for a rule of event=ceremony
// the last ceremony whose guests were left unnamed (lastCeremony;
// near=no: any sentence before) and the ceremony's host. The match's own
// reference is made either way («وحضر مراسم ...»: the verb joins the
// ceremony's frame, so that its facts' evidence stays in its sentence).
func (st *docState) ruleEvent(si int, m pattern.Match, its []item, host []graph.Mention) (*evRef, []graph.Mention) {
	ev := st.eventOf(si, m, its)
	if m.Rule.Attr("event") == "ceremony" {
		return st.lastCeremony(si, m.Rule.Attr("near") == "no")
	}
	return ev, host
}

// afterBy reports a participle of attending and "by" right before
// its[at], or before up to two plain words of a description ("attended by
// council member Dr. X"; not "teams led by A and B then met": the
// leaders meet).
func afterBy(its []item, at int) bool {
	for k := at - 1; k >= 1 && k >= at-3; k-- {
		if its[k].word("by") {
			return its[k-1].word("attended", "joined", "witnessed", "chaired", "co-chaired", "accompanied")
		}
		if its[k].k != kTok || its[k].punct() {
			return false
		}
	}
	return false
}

// onlyPersons keeps the persons of ms (rules of who=persons).
func onlyPersons(ms []graph.Mention) []graph.Mention {
	return slices.DeleteFunc(ms, func(a graph.Mention) bool { return a.Type != graph.Person })
}

// lastCeremony returns the last ceremony whose guests its sentence left
// unnamed, told in the sentence before (or in any sentence before when
// far: a rule that names the credentials again), and its host.
func (st *docState) lastCeremony(si int, far bool) (*evRef, []graph.Mention) {
	if st.ceremony == nil || !far && st.ceremony.sent < si-1 {
		return nil, nil
	}
	if st.ceremonyHost == nil {
		return st.ceremony, nil
	}
	return st.ceremony, []graph.Mention{*st.ceremonyHost}
}

// opensClause reports a verb at its[at] that opens its sentence: only a
// conjunction or «كما», "also", before it.
func opensClause(its []item, at int) bool {
	for k := 0; k < at; k++ {
		if its[k].k != kConj && !its[k].word("كما", "ثم") {
			return false
		}
	}
	return true
}

// saidSubjectBefore reports a delegation, a country or a body with no
// glued preposition right before its[at], with only auxiliaries («قد»,
// «لقد») between, that opens its clause (after a conjunction, a
// punctuation mark, «كان» or «إن»): the verb's subject is said, and it is no
// person («وكان الوفد الليبي قد عقد اجتماعا مع Y»; not «يمضي X يومين
// في بيلاروسيا يلتقي خلالهما Y»).
func saidSubjectBefore(its []item, at int) bool {
	k := at - 1
	for k >= 0 && its[k].word("قد", "لقد") {
		k--
	}
	if k < 0 {
		return false
	}
	it := its[k]
	if it.pre != "" || !(it.k == kChunk && it.ch.kind == chDeleg || it.k == kDeleg || it.isBody() && it.k == kEnt) {
		return false
	}
	if k == 0 {
		return true
	}
	b := its[k-1]
	// («قالت X إن الاتحاد الأفريقي عقد اجتماعا مع Y»: a clause «إن» opens)
	return b.k == kConj || b.punct() || b.word("كان", "كانت", "إن", "أن", "ان", "بأن", "بان")
}

// meetEach reports whether the n parties a rule brings together each
// meet every other: they do, but for a rule marked meet=few when they
// are four or more ("the meeting brought together the foreign ministers
// of A, B, C and D" is a gathering its parties take part in; a
// three-way summit's leaders meet).
func meetEach(r *pattern.Rule, n int) bool {
	return r.Attr("meet") != "few" || n <= 3
}
