package rules

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// A leader whose title names no country ("Foreign Minister X and Russian
// Foreign Minister Y led the delegations") heads his country's
// delegation all the same: the country is found at the end of the
// document (its home country, his title elsewhere in it), or in another
// article that names his title with its country. The people who came
// with him are members of that delegation.

// pendingLead is a leader whose delegation waits for its country.
type pendingLead struct {
	sent    int // the sentence of "X led the delegations", -1 when only members were seen
	leader  graph.Mention
	at      item // the leader's chunk, for a delegation mention's span
	rule    string
	conf    float64
	members []pendingMember
	// home: the delegation of "the kingdom", "the state" («وفد
	// المملكة»): the country of the article's dateline when the leader
	// has none of his own
	home bool
}

type pendingMember struct {
	sent    int
	members []graph.Mention
	rule    string
	conf    float64
}

// finishLeads gives pending leaders the country their titles have in the
// document, or, with titles (corpus-wide), in another article.
func (st *docState) finishLeads(titles *titleIndex) {
	var left []pendingLead
	for _, pl := range st.leads {
		body := st.countryOfPerson(pl.leader)
		if body == nil && titles != nil {
			body = titles.country(pl.leader)
		}
		if body == nil && pl.home {
			body = st.dateline()
		}
		if body == nil {
			left = append(left, pl)
			continue
		}
		st.leadDelegation(pl, body)
	}
	st.leads = left
}

// countryOfPerson returns the country a person holds a title of in the
// document's relations, or nil.
func (st *docState) countryOfPerson(p graph.Mention) *kb.Entry {
	for _, r := range st.res.Relations {
		if r.Predicate == graph.HoldsPosition && r.Object.Type == graph.Country && r.Object.KBID != "" && samePerson(r.Subject, p) {
			if c := st.lx.kb.Entry(r.Object.KBID); c != nil {
				return c
			}
		}
	}
	return nil
}

// samePerson compares two person mentions of one corpus by their name
// keys: equal, or one the surname of the other.
func samePerson(a, b graph.Mention) bool {
	ka, kb := textnorm.Key(a.Text), textnorm.Key(b.Text)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	// ("Valdez" of "Tomas R. Valdez Jr": a name's suffix is no
	// family name)
	ka, kb = dropNameSuffix(ka), dropNameSuffix(kb)
	la, lb := lastWord(ka), lastWord(kb)
	// ("SATO Kenji": the family name first in capitals, the last word is
	// the given name)
	lastIsFamily := !familyFirst(a.Text) && !familyFirst(b.Text)
	return lastIsFamily && la == lb && len(la) >= 4 && (la == ka || lb == kb) || lineageShort(ka, kb) || lineageShort(kb, ka) || paternalShort(ka, kb) || paternalShort(kb, ka) || capsSurname(a.Text, b.Text) || capsSurname(b.Text, a.Text)
}

// dropNameSuffix drops a name's generational suffix from its key
// ("tomas r valdez jr").
func dropNameSuffix(k string) string {
	for _, suf := range []string{" jr", " sr", " ii", " iii"} {
		if strings.HasSuffix(k, suf) && strings.Count(k, " ") >= 2 {
			return strings.TrimSuffix(k, suf)
		}
	}
	return k
}

// capsSurname reports a lone name a that is the first word of the full
// name b written in capitals, as Japanese and some official English
// write the family name first ("Sato" of "SATO Kenji").
func capsSurname(a, b string) bool {
	return !strings.Contains(strings.TrimSpace(a), " ") && familyFirst(b) && strings.EqualFold(strings.TrimSpace(a), strings.Fields(b)[0])
}

// familyFirst reports a full name whose first word, of three letters or
// more, is written in capitals and the rest not ("SATO Kenji").
func familyFirst(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || utf8.RuneCountInString(w[0]) < 3 || strings.ToUpper(w[1]) == w[1] {
		return false
	}
	return strings.ToUpper(w[0]) == w[0] && strings.ToLower(w[0]) != w[0]
}

// paternalShort reports a lone Latin-script name a that is a middle word
// of the full name b, which names no lineage: the paternal surname of an
// Iberian name, the mother's after it ("Rivas" of "Pablo Rivas Ortega",
// "Nuno" of "Luis Alberto Nuno da Costa").
func paternalShort(a, b string) bool {
	wb := strings.Fields(b)
	if strings.Contains(a, " ") || len(a) < 4 || arabicWord(a) || len(wb) < 3 {
		return false
	}
	for _, w := range wb {
		if lineageWords[w] {
			return false
		}
	}
	// (a given name is no surname: "Ahmed" of "Tesfaye Ahmed Ali", a
	// father's name in a chain of given names)
	return slices.Contains(wb[1:len(wb)-1], a) && !givenEn[a]
}

// lineageWords join a name to a father's or a family's («bin», "ibn",
// "al"): a middle word after them is no surname of the holder.
var lineageWords = map[string]bool{"bin": true, "ibn": true, "bint": true, "ben": true, "al": true, "el": true, "abu": true, "ould": true}

// lineageShort reports an Arabic name a a shorter form of b by lineage:
// the same given name, and every word of a in b in order («يوسف بن فهد»
// of «يوسف بن محمد بن فهد العتيبي»; a family name with or without the
// article: «فرحان», «الفرحان»), two words or more of a besides «بن».
func lineageShort(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 3 || len(wa) >= len(wb) || wa[0] != wb[0] || !arabicWord(wa[0]) {
		return false
	}
	content := 0
	j := 0
	bare := func(w string) string { return strings.TrimPrefix(w, textnorm.Key("ال")) }
	for _, w := range wa {
		for j < len(wb) && bare(wb[j]) != bare(w) {
			j++
		}
		if j == len(wb) {
			return false
		}
		j++
		if !arabicConnectors[w] {
			content++
		}
	}
	return content >= 2
}

func lastWord(k string) string {
	f := strings.Fields(k)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// leadDelegation makes a leader's delegation of country c in the
// document, with its members.
func (st *docState) leadDelegation(pl pendingLead, c *kb.Entry) {
	si := pl.sent
	if si < 0 && len(pl.members) > 0 {
		si = pl.members[0].sent
	}
	dm, ok := st.delegs[c.Name]
	if !ok {
		start, end := pl.leader.Start, pl.leader.End
		if pl.at.k == kChunk {
			start, end = pl.at.start, pl.at.end
		}
		dm = st.d.Mention(start, end, graph.Delegation, "rules", 0.6)
		dm.Country, dm.Name = c.Name, demonymEn(c)+" delegation"
		dm.Key = st.d.ID + "|delegation|" + c.Name
		st.res.Mentions = append(st.res.Mentions, dm)
		st.delegs[c.Name] = dm
		cm := st.d.Mention(start, end, graph.Country, "implied", 0.6)
		cm.Name, cm.KBID = c.Name, c.ID
		for _, m := range st.d.Mentions {
			if m.Type == graph.Country && m.KBID == c.ID && !m.Adjectival() {
				cm = m
				break
			}
		}
		st.rel(si, dm, cm, graph.Represents, "", "", "leader-country", 0.6)
	}
	if pl.sent >= 0 {
		st.rel(pl.sent, pl.leader, dm, graph.Leads, "", "", pl.rule, pl.conf)
	}
	for _, pm := range pl.members {
		for _, x := range pm.members {
			st.rel(pm.sent, x, dm, graph.MemberOf, "", "", pm.rule, pm.conf)
		}
	}
}

// keep stores what a document could not settle alone, for the corpus
// pass.
func (x *Relations) keep(st *docState) {
	if len(st.leads) == 0 && len(st.pending) == 0 {
		return
	}
	// The document holds these relations once the driver adds them: the
	// state keeps their number and ends, not a second copy.
	rs := st.res.Relations
	st.kept = keptRelations{n: len(rs)}
	if len(rs) > 0 {
		st.kept.first, st.kept.last = rs[0], rs[len(rs)-1]
	}
	st.res.Relations = nil
	st.trim()
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.unsettled == nil {
		x.unsettled = map[string]*docState{}
	}
	x.unsettled[st.d.ID] = st
}

// trim drops what the corpus pass does not read of a kept state (it
// reads the document, what waits, the delegations and relations made,
// and the main event's mention): the event references and their
// frames, the coreference and the indexes of the sentences, which are
// most of a state.
func (st *docState) trim() {
	st.refs, st.refAt, st.keys = nil, nil, nil
	st.byRole, st.byHead, st.viaTitle = nil, nil, nil
	st.lastPerson, st.lastFemale, st.lastSubject, st.lastTitle, st.mediators, st.topic = nil, nil, nil, nil, nil, nil
	st.divisions = nil
	st.toks = nil
	st.res.Mentions = nil // the document holds them; the pass appends its own
	if st.main != nil && len(st.main.refs) > 0 {
		// the main event's mention, not its reference: a reference
		// reaches its frame, and through it every reference of the
		// document with their parties and places
		st.main = &frame{id: st.main.id, refs: []*evRef{{m: st.main.refs[0].m}}}
	}
	// what waits keeps the spans and roles the pass reads, not the
	// chunks they were read from (which reach the sentence's items)
	for i := range st.pending {
		t := &st.pending[i].title
		*t = title{role: t.role, text: t.text, at: item{k: t.at.k, start: t.at.start, end: t.at.end}}
	}
	for i := range st.leads {
		at := &st.leads[i].at
		*at = item{k: at.k, start: at.start, end: at.end}
	}
	// the pass makes only titles, delegations and their members: the
	// keys of the other relations made cannot meet its own
	seen := map[string]bool{}
	for k := range st.seen {
		if settleMakes(k) {
			seen[k] = true
		}
	}
	st.seen = seen
}

// settleMakes reports whether a key of docState.seen is that of a
// relation of a predicate the corpus pass makes with docState.rel.
func settleMakes(key string) bool {
	p, _, _ := strings.Cut(key, "|")
	switch graph.Predicate(p) {
	case graph.HoldsPosition, graph.Represents, graph.Leads, graph.MemberOf:
		return true
	}
	return false
}

// keptRelations stands for the relations a kept document found, which
// the document holds at the end of its Relations.
type keptRelations struct {
	n           int
	first, last graph.Relation
}

// restore points the state's relations back at the document's own (the
// last n of them), without room to grow, so that the corpus pass
// appends to a copy. It reports false when the document does not end
// with them (the relations were not added to it).
func (st *docState) restore(d *extract.Document) bool {
	k, rs := st.kept, d.Relations
	if k.n > len(rs) {
		return false
	}
	tail := rs[len(rs)-k.n : len(rs) : len(rs)]
	if k.n > 0 && (tail[0] != k.first || tail[k.n-1] != k.last) {
		return false
	}
	st.res.Relations = tail
	return true
}

// titleIndex maps person names to the countries of their titles over the
// corpus.
type titleIndex struct {
	byName map[string]map[string]bool // name key -> KB ids of countries
	kb     *kb.KB
}

// newTitleIndex indexes the titles of the corpus's documents and those
// noted before (NoteTitles), which documents no longer hold; the index
// takes noted over.
func newTitleIndex(c *extract.Corpus, k *kb.KB, noted map[string]map[string]bool) *titleIndex {
	if noted == nil {
		noted = map[string]map[string]bool{}
	}
	ix := &titleIndex{byName: noted, kb: k}
	for _, d := range c.Docs {
		addTitles(ix.byName, d.Relations)
	}
	return ix
}

// addTitles files the titles of known countries among rels under their
// holders' keys (personKeys).
func addTitles(byName map[string]map[string]bool, rels []graph.Relation) {
	for i := range rels {
		r := &rels[i]
		if r.Predicate != graph.HoldsPosition || r.Object.Type != graph.Country || r.Object.KBID == "" {
			continue
		}
		for _, key := range personKeys(r.Subject) {
			if byName[key] == nil {
				byName[key] = map[string]bool{}
			}
			byName[key][r.Object.KBID] = true
		}
	}
}

// NoteTitles files the titles of known countries among a document's
// relations for the corpus pass that places leaders, so that a caller
// may drop the document's relations once they are read: the pass looks
// people up in them with the titles of the documents it is given. Safe
// for concurrent use.
func (x *Relations) NoteTitles(rels []graph.Relation) {
	mine := map[string]map[string]bool{}
	addTitles(mine, rels)
	if len(mine) == 0 {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.noted == nil {
		x.noted = map[string]map[string]bool{}
	}
	for key, cs := range mine {
		if x.noted[key] == nil {
			x.noted[key] = cs
			continue
		}
		for c := range cs {
			x.noted[key][c] = true
		}
	}
}

// personKeys are the keys a person's title is known by across the
// corpus: the full name, the consonant keys of its words in its script
// (a name of two words or more: «ماريو لوبو», "Mario Lobo", whose
// surname alone is too short a key), the surname, and the surname's
// consonant key, on which the Latin and the Arabic spellings of a name
// meet («غروموف», "Gromov").
func personKeys(p graph.Mention) []string { return nameKeys(p, textnorm.Script(p.Text)) }

// readKeys are the keys under which a person is looked up in the
// corpus's titles (personKeys): the words' consonant keys are read in the
// other script only. They are lossy («محمود», «محمد»: one key), and a
// spelling in the same script differs in its letters.
func readKeys(p graph.Mention) []string {
	other := "ar"
	if textnorm.Script(p.Text) == "ar" {
		other = "en"
	}
	return nameKeys(p, other)
}

func nameKeys(p graph.Mention, script string) []string {
	k := textnorm.Key(p.Text)
	last := lastWord(k)
	keys := []string{k}
	if ws := strings.Fields(k); len(ws) >= 2 {
		tks := make([]string, len(ws))
		n := 0
		for i, w := range ws {
			tks[i] = translit.Key(w)
			n += len(tks[i])
		}
		if n >= 4 && !slices.Contains(tks, "") {
			keys = append(keys, "tkn:"+script+":"+strings.Join(tks, " "))
		}
	}
	keys = append(keys, "last:"+last)
	if tk := translit.Key(last); len(tk) >= 3 {
		keys = append(keys, "tk:"+tk)
	}
	return keys
}

// country returns the one country a person's titles name in the corpus,
// by full name, else by the sound of the whole name in the other script,
// else by surname, else by the surname's sound; nil when none or several.
func (ix *titleIndex) country(p graph.Mention) *kb.Entry {
	for _, key := range readKeys(p) {
		if cs := ix.byName[key]; len(cs) == 1 {
			for id := range cs {
				return ix.kb.Entry(id)
			}
		}
	}
	return nil
}

// settle is the corpus pass: titles, leaders and members a document
// could not place get the country other articles give those people.
func (x *Relations) settle(ctx context.Context, c *extract.Corpus, k *kb.KB) error {
	x.mu.Lock()
	docs, noted := x.unsettled, x.noted
	x.unsettled, x.noted = nil, nil
	x.mu.Unlock()
	if len(docs) == 0 {
		return nil
	}
	ix := newTitleIndex(c, k, noted)
	for _, d := range c.Docs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		st, ok := docs[d.ID]
		if !ok || !st.held && !st.restore(d) {
			continue
		}
		n, nm := len(st.res.Relations), len(st.res.Mentions)
		// titles still without a country: the person's own elsewhere,
		// else the country of the document's other unnamed compatriots
		if len(st.pending) > 0 {
			st.placeTitles(st.corpusHome(ix), ix)
		}
		st.finishLeads(ix)
		st.delegationsInMainFrom(n)
		if st.held {
			x.mu.Lock()
			if x.settled == nil {
				x.settled = map[string]settledDoc{}
			}
			x.settled[d.ID] = settledDoc{st.res.Mentions[nm:], st.res.Relations[n:]}
			x.mu.Unlock()
			continue
		}
		d.Relations = append(d.Relations, st.res.Relations[n:]...)
		d.AddMentions(st.res.Mentions[nm:])
	}
	return nil
}

// settledDoc is what the corpus pass added to a document given to Hold.
type settledDoc struct {
	mentions  []graph.Mention
	relations []graph.Relation
}

// Hold takes from a document that waits for the corpus pass (Waits)
// what that pass reads of it, so that the caller may reduce the
// document at once instead of keeping it whole: its text and sentences
// (the spans the pass places and the evidence of the relations it
// makes), its countries (the first mention of each: the one the
// pass's relations take), and, of its relations, the titles and
// delegations the pass looks people up in. The pass then leaves what
// it adds to the document with Settled, not in the document. Call it
// after the extractor's relations were added to d; it reports false,
// holding nothing, for a document that does not wait or whose
// relations do not end with those (d must then be kept whole).
func (x *Relations) Hold(d *extract.Document) bool {
	x.mu.Lock()
	st := x.unsettled[d.ID]
	x.mu.Unlock()
	if st == nil || st.held || !st.restore(d) {
		return false
	}
	var rs []graph.Relation
	for _, r := range st.res.Relations {
		switch r.Predicate {
		case graph.HoldsPosition, graph.Leads, graph.MemberOf:
			r.Evidence = graph.Evidence{} // read for its ends and role only
			rs = append(rs, r)
		}
	}
	st.res.Relations = rs[:len(rs):len(rs)] // the pass appends to a copy
	// the pass takes the first mention of a country (leadDelegation,
	// countryIn): the others are not kept
	var countries []graph.Mention
	for _, m := range d.Mentions {
		if m.Type == graph.Country && m.KBID != "" && !m.Adjectival() && !slices.ContainsFunc(countries, func(c graph.Mention) bool { return c.KBID == m.KBID }) {
			countries = append(countries, m)
		}
	}
	countries = slices.Clip(countries)
	st.d = &extract.Document{Article: extract.Article{ID: d.ID, URL: d.URL, Published: d.Published, Text: d.Text},
		Sentences: d.Sentences, Mentions: countries}
	st.held = true
	return true
}

// Settled returns, once, what the corpus pass added to a document
// given to Hold: the mentions it made (not checked yet against the
// document's own, as Document.AddMentions does) and its relations, in
// the order made; nothing before the pass ran.
func (x *Relations) Settled(id string) ([]graph.Mention, []graph.Relation) {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.settled[id]
	delete(x.settled, id)
	return s.mentions, s.relations
}
