package rules

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Gate is the one vetting that every candidate name passes, whatever
// proposed it (the knowledge-base lexicon, the rule name finders, the
// statistical tagger): a name neither starts nor ends with a function
// word, a verb, a title or a word carrying a pronoun suffix (Arabic
// proclitics are stripped before the word lists are consulted); a span
// where two names meet is split; the head word types a name (a body's
// or a place's head, or the head of a document or plan, which is no
// entity at all); a person needs person evidence; a name made only of
// common words is no name. The gate mends what it can (trims, splits,
// retypes) and refuses the rest.
type Gate struct {
	lx    *lexicon
	cache sentenceCache
}

// sentenceCache keeps the tokens of the sentences of the documents vetted
// last, for the next candidates of the same documents (a sentence has
// several, several extractors propose them, and the workers vet in their
// own documents at once).
type sentenceCache struct {
	mu   sync.Mutex
	ring [8]*docTokens
	next int
}

// docTokens holds the tokens of a document's sentences, each tokenized
// when first asked for.
type docTokens struct {
	d    *extract.Document
	mu   sync.Mutex
	toks [][]token // read only once made: the gate never changes a token
	// inits: the initials of the document's titles (docInitials)
	inits     map[string]bool
	initsMade bool
}

// initials returns the initials of d's titles, made by build the first
// time they are asked for.
func (c *sentenceCache) initials(d *extract.Document, build func() map[string]bool) map[string]bool {
	c.mu.Lock()
	e := c.find(d)
	c.mu.Unlock()
	if e == nil {
		return build() // (not cached: the tokens made it, then left the ring)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.initsMade {
		e.mu.Unlock()
		in := build() // (outside the lock: build asks for the tokens)
		e.mu.Lock()
		e.inits, e.initsMade = in, true
	}
	return e.inits
}

// find returns d's entry in the ring, or nil; c.mu is held.
func (c *sentenceCache) find(d *extract.Document) *docTokens {
	for _, x := range c.ring {
		if x != nil && x.d == d {
			return x
		}
	}
	return nil
}

// tokens returns the tokens of sentence si of d.
func (c *sentenceCache) tokens(d *extract.Document, si int) []token {
	c.mu.Lock()
	e := c.find(d)
	if e == nil || len(e.toks) != len(d.Sentences) {
		e = &docTokens{d: d, toks: make([][]token, len(d.Sentences))}
		c.ring[c.next] = e
		c.next = (c.next + 1) % len(c.ring)
	}
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.toks[si] == nil {
		s := d.Sentences[si]
		e.toks[si] = tokenize(d.Text, s.Start, s.End)
	}
	return e.toks[si]
}

// NewGate returns the gate over knowledge base k.
func NewGate(k *kb.KB) *Gate { return &Gate{lx: newLexicon(k)} }

// NewVetter is NewGate, under the name the tagger's hook knew.
func NewVetter(k *kb.KB) *Gate { return NewGate(k) }

// evidence is what a proposer knows of a candidate beyond its words.
type evidence int

const (
	evNone   evidence = iota // a capitalised run, a head-word chain
	evTagger                 // a statistical tagger's span
	evTitle                  // a title or honorific names it
	evKnown                  // the knowledge base, or a name found earlier
)

// evidenceOf reads a mention's evidence from who proposed it.
func evidenceOf(m graph.Mention) evidence {
	switch {
	case m.KBID != "":
		return evKnown
	case m.Role != "":
		return evTitle
	case m.Extractor == "ner":
		return evTagger
	}
	return evNone
}

// Words of the name gate (data/*/names.tsv, common.tsv, given.tsv).
var (
	commonEn         = wordSet("common.tsv", "common", "en")
	discourseEn      = wordSet("words.tsv", "discourse", "en")
	creditEn         = wordSet("words.tsv", "credit", "en")
	commonAr         = wordSet("common.tsv", "common", "ar")
	wordlikeAr       = wordSet("common.tsv", "wordlike", "ar")
	givenEn          = wordSet("given.tsv", "given", "en")
	givenAr          = union(wordSet("given.tsv", "given", "ar"), wordSet("names.tsv", "given-common", "ar"))
	nonEntityHeads   = wordSet("names.tsv", "non-entity-head")
	genericAdj       = wordSet("names.tsv", "generic-adjective", "ar")
	stanceAdj        = wordSet("names.tsv", "stance", "ar")
	personalPronouns = wordSet("names.tsv", "pronoun", "ar")
	compassWords     = wordSet("names.tsv", "compass")
	regionAdjEn      = wordSet("names.tsv", "region-adjective", "en")
)

// hasWordBut reports a word among toks that is no punctuation and not
// in set.
func hasWordBut(toks []token, set map[string]bool) bool {
	for _, t := range toks {
		if !t.punct && !set[t.key] {
			return true
		}
	}
	return false
}

// Accept reports whether mention m of document d passes the gate
// unchanged.
func (g *Gate) Accept(d *extract.Document, m graph.Mention) bool {
	out := g.Vet(d, m)
	return len(out) == 1 && out[0].Start == m.Start && out[0].End == m.End && out[0].Type == m.Type
}

// Vet returns the names that candidate m holds, mended: none when it is
// no name, one (perhaps trimmed or retyped), or several where names meet.
func (g *Gate) Vet(d *extract.Document, m graph.Mention) []graph.Mention {
	if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
		return nil
	}
	if !utf8.RuneStart(d.Text[m.Start]) || m.End < len(d.Text) && !utf8.RuneStart(d.Text[m.End]) {
		return nil // a span that cuts a letter is no name
	}
	return g.vetEv(d, m, evNone)
}

// vetEv is Vet with the proposer's evidence given.
func (g *Gate) vetEv(d *extract.Document, m graph.Mention, ev evidence) []graph.Mention {
	return g.vetIn(d, m, ev, func(si int) []token { return g.cache.tokens(d, si) })
}

// vetIn is vetEv with the tokens of a sentence given by its index.
func (g *Gate) vetIn(d *extract.Document, m graph.Mention, ev evidence, tokensOf func(si int) []token) []graph.Mention {
	si := d.SentenceAt(m.Start)
	if si < 0 || m.Start >= m.End || m.End > d.Sentences[si].End {
		return nil
	}
	s := d.Sentences[si]
	if e := evidenceOf(m); e > ev {
		ev = e
	}
	if ev < evKnown && initialismShape(d.Text[m.Start:m.End]) && g.docInitials(d, tokensOf)[d.Text[m.Start:m.End]] {
		// "External Affairs Minister X ... EAM met Y": the initials of a
		// title the document gives someone stand for him, no name of
		// their own (the relations read them as him: corefer)
		return nil
	}
	return g.vet(d, tokensOf(si), s.Lang, m, ev)
}

// initialismShape reports a word of two to five capitals and nothing
// else ("EAM", "NSA").
func initialismShape(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && lettersOnly(w) && isAcronym(w)
}

// titleInitials returns the initials of an English title written before
// a name in capitals with no "of" or "for" ("External Affairs Minister":
// "EAM", "National Security Adviser": "NSA"), or "" (a title of one word,
// or one of a body after "of": "Minister of External Affairs" reads as
// its ministry's initials).
func titleInitials(title string) string {
	ws := strings.Fields(strings.ReplaceAll(title, "-", " "))
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// docInitials returns the initials of the titles of document d (the
// roles the lexicon finds in its sentences) and the short names it gives
// its events, worked out once a document.
func (g *Gate) docInitials(d *extract.Document, tokensOf func(si int) []token) map[string]bool {
	return g.cache.initials(d, func() map[string]bool {
		out := map[string]bool{}
		for si := range d.Sentences {
			toks := tokensOf(si)
			for k := range toks {
				if toks[k].arabic || !toks[k].upper {
					continue
				}
				// "the 40th SADC Ministerial Meeting (SMM)": an event's
				// short name, no body's, wherever the document uses it
				if g.eventInitialism(toks, k) && g.lx.kb.Lookup(toks[k].text) == nil {
					out[toks[k].text] = true
					continue
				}
				n, _, v := g.lx.roles.match(toks, k)
				if n < 2 || v.(role).honorific {
					continue
				}
				if in := titleInitials(d.Text[toks[k].start:toks[k+n-1].end]); in != "" && g.lx.kb.Lookup(in) == nil {
					out[in] = true
				}
			}
		}
		return out
	})
}

// Wrap returns an extractor whose mentions pass the gate.
func (g *Gate) Wrap(x extract.Extractor) extract.Extractor {
	return gated{g, x}
}

type gated struct {
	g *Gate
	x extract.Extractor
}

func (w gated) Name() string { return w.x.Name() }

func (w gated) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	r, err := w.x.Extract(ctx, d)
	var ms []graph.Mention
	for _, m := range r.Mentions {
		if !m.Type.Named() {
			ms = append(ms, m)
			continue
		}
		if e := w.g.lx.holderEnd(d, m); e > m.End && !mentionIn(d.Mentions, m.End, e) {
			m = respan(d, m, m.Start, e) // an office-holder's full name runs on past the span
		}
		ms = append(ms, w.g.Vet(d, m)...)
	}
	r.Mentions = ms
	return r, err
}

// heldName reports a person mention that is a knowledge-base office-
// holder's full name (kb.OfficeHolder), in its spelling or by its sound:
// a person's name whole.
func (g *Gate) heldName(d *extract.Document, m graph.Mention) bool {
	return m.Type == graph.Person && m.KBID == "" && strings.ContainsRune(strings.TrimSpace(d.Text[m.Start:m.End]), ' ') && len(g.lx.kb.Holders(d.Text[m.Start:m.End])) > 0
}

// mentionIn reports a mention of ms that overlaps bytes [start, end).
func mentionIn(ms []graph.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// NameStage returns the name finders of a pass, every one behind the
// gate: the knowledge-base lexicon, the rule name finder (with the book
// of names of a first pass, or nil), and a tagger when one is given.
func NameStage(k *kb.KB, book *NameBook, tagger extract.Extractor) []extract.Extractor {
	out := []extract.Extractor{NewLexicon(k), NewNames(k, book)}
	if tagger != nil {
		out = append(out, NewGate(k).Wrap(tagger))
	}
	return out
}

// part is a token range [a, b) of a sentence, with the bytes of a
// proclitic skipped at its start.
type part struct{ a, b, pre int }

// vet is Vet over the tokens of m's sentence.
func (g *Gate) vet(d *extract.Document, toks []token, lang string, m graph.Mention, ev evidence) []graph.Mention {
	return g.vetPart(d, toks, lang, m, ev, true)
}

// stable reports a part n mended from a span, with the evidence ev it
// had there, that the gate accepts unchanged: what the gate returns it
// accepts again.
func (g *Gate) stable(d *extract.Document, toks []token, lang string, n graph.Mention, ev evidence) bool {
	if e := evidenceOf(n); e > ev {
		ev = e
	}
	again := g.vetPart(d, toks, lang, n, ev, false)
	return len(again) == 1 && again[0].Start == n.Start && again[0].End == n.End && again[0].Type == n.Type
}

// vetPart is vet; mended: check that each part it cuts passes again.
func (g *Gate) vetPart(d *extract.Document, toks []token, lang string, m graph.Mention, ev evidence, mended bool) []graph.Mention {
	a, b := -1, -1
	for i, t := range toks {
		if t.end > m.Start && t.start < m.End {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	if a < 0 {
		return nil
	}
	// "Smt.", "Shri", "Dr", "H.E.", "Rt Hon": a style alone is no name
	if !toks[a].arabic {
		if k := g.styleAt(toks, a, b); k > 0 && a+k >= b {
			return nil
		}
	}
	// "Member States", "the Contracting Parties": a plural naming a body's
	// members after common words alone, capitalised in the official
	// style, is no place's or body's name
	if m.KBID == "" && !toks[a].arabic && memberPlural(toks, a, b) {
		return nil
	}
	// "Spokesperson Maria Lopez's Regular Press Briefing": a person's
	// name in the possessive inside a run of capitals is whose the thing
	// is, no word of a body's or a place's name (not "Women's Union",
	// "People's Republic": no given name before the possessive)
	if (m.Type == graph.Organization || m.Type == graph.Place) && m.KBID == "" && !toks[a].arabic && personPossessiveIn(toks, a, b) {
		return nil
	}
	// «للجامعة», «الحركة», «وللجنة»: a body's head noun alone, with the
	// article, is a description, no name; the relation rules read it as
	// the body of that head the article named before (headAnaphor)
	if m.Type == graph.Organization && m.KBID == "" && b == a+1 && toks[a].arabic && definiteOrgHead(toks[a].text) {
		return nil
	}
	// "ASEAN-Japan Ministerial": a name opening with known states' or
	// bodies' names joined by a hyphen is a pair's event or body, no one
	if m.Type == graph.Person && !toks[a].arabic && g.knownPair(d, toks[a]) {
		return nil
	}
	// «أبريل / نيسان»: a month written with another month is no name
	if b == a+1 && monthPair(toks, a) {
		return nil
	}
	// "MUSCAT, Jan 8 (AP)", "on March 3", «في 3 مارس»: a month's name
	// next to a day's number is a date, no name
	if b == a+1 && monthDay(toks, a) {
		return nil
	}
	// "Minister of Foreign Affairs, Emigration and Expatriates": a word of
	// ministers' portfolios alone (names.tsv portfolio) names no one and
	// no body
	if (m.Type == graph.Person || m.Type == graph.Organization) && m.KBID == "" && b == a+1 && !toks[a].arabic && portfolioEn[toks[a].key] && !givenTok(toks[a]) {
		return nil
	}
	// «مطار الملك خالد الدولي»: a ruler's title and name in construct
	// with the head of a place named after him name no person here
	if m.Type == graph.Person && toks[a].arabic {
		for n := 1; n <= 2 && a-n-1 >= 0; n++ {
			if k, _, _ := g.lx.roles.match(toks, a-n); k == n && (facilityHeads[toks[a-n-1].key] || headIs(toks[a-n-1], eponymHeads)) {
				return nil
			}
			if n == 1 && eponymTitles[toks[a-1].key] && headIs(toks[a-2], eponymHeads) {
				return nil // «مركز الإمام X», «جائزة الشيخ X»
			}
		}
		if a > 0 && b == a+2 && regnalAr[toks[a+1].key] && headIs(toks[a-1], eponymHeads) {
			return nil // «مسجد الحسن الثاني»: a given name and an ordinal after the head
		}
	}
	// «وزير المياه والري المهندس X»: a span that ends with a style
	// («المهندس», «الدكتور») is the title's words before the style that
	// opens the name, no name itself (not «السيد», a family name too:
	// «عمر السيد»)
	if m.Type == graph.Person && b-a >= 2 && toks[b-1].arabic && honorificWords[toks[b-1].key] && !strings.HasPrefix(toks[b-1].key, sayyidKey) {
		return nil
	}
	// («آنا», Anna, with a madda, folds to the pronoun «أنا» but is none)
	if headIs(toks[a], personalPronouns) && !strings.HasPrefix(toks[a].text, "آ") {
		return nil // «أنا سعيد»: "I am happy", a clause
	}
	// "DETROIT 7 Chicago 4", "TORONTO 58 69 .457 15": a place's name
	// before a score on a line of a results table names the team
	// (a country stays the country: the press names a national team so)
	if (m.Type == graph.City || m.Type == graph.Place) && !toks[a].arabic && resultsLine(d.Text, m.Start, m.End) {
		m.Type, m.KBID, m.Name = graph.Organization, "", ""
	}
	// «دارفور وكردوان»: a name after another of its kind behind «و» is
	// joined by the conjunction, no letter of it
	if (m.Type == graph.Place || m.Type == graph.City) && toks[a].arabic && m.Start == toks[a].start && a > 0 && strings.HasPrefix(toks[a].text, "و") && utf8.RuneCountInString(toks[a].text) >= 4 && placeEndsAt(d, toks[a-1].end) {
		m.Start += len("و")
		m.Text = d.Text[m.Start:m.End]
	}
	pre := 0
	if m.Start > toks[a].start {
		pre = m.Start - toks[a].start
	}
	// "Camp Daniel", "Fort Gregory", "Mount Tarvia": a proposer that took
	// the given name or the known place alone left out the place's word
	// that opens the name; the name is another place's
	if t := toks[a]; a > 0 && pre == 0 && !t.arabic && t.upper {
		if w := toks[a-1]; !w.arabic && w.upper && w.end == t.start-1 && placeFirstWords[strings.ToLower(w.text)] {
			a--
			m.Start, m.Type, m.KBID, m.Name = w.start, graph.Place, "", ""
		}
	}
	// "Prince Albert Sound", "King Edmund Island": a royal title before a
	// name that a place's head ends opens the place's name (waters named
	// after a royal), not a person's; "Prince Edmund, British Columbia":
	// before a comma and a state or a province the name is a town's, no
	// person (the title's word is trimmed from any name, so the town is
	// not found whole)
	if t := toks[a]; a > 0 && pre == 0 && !t.arabic && t.upper && m.Type != graph.Organization {
		if w := toks[a-1]; !w.arabic && w.upper && w.end == t.start-1 && royalTitles[w.key] {
			if placeHeads[strings.ToLower(toks[b-1].text)] {
				a--
				m.Start, m.Type, m.KBID, m.Name = w.start, graph.Place, "", ""
			} else if m.Type == graph.Person && g.divisionAfter(toks, b) {
				return nil
			}
		}
	}
	// "H.E. Tomas Varga", "Honourable Peter Kato", "Rt Hon. Ann Kerr": a
	// style a name finder took in opens no person's name
	if m.Type == graph.Person && pre == 0 && !toks[a].arabic && m.Start == toks[a].start {
		for k := g.styleAt(toks, a, b); k > 0 && a+k < b; k = g.styleAt(toks, a, b) {
			a += k
			m.Start = toks[a].start
			m.Text = d.Text[m.Start:m.End]
		}
	}
	// «وأحمد دمير», «لكمال رشيد»: the conjunction or preposition before
	// a given name opening a person's name is no part of it
	if t := toks[a]; pre == 0 && m.Type == graph.Person && b-a >= 2 && t.arabic {
		pre = procliticOnGiven(t)
	}
	// «بالنسبة لغاتلو ...», «وفقا لكارين ...»: after a word that governs
	// «ل», the «ل» glued to the next word is the preposition
	if t := toks[a]; pre == 0 && a > 0 && t.arabic && strings.HasPrefix(t.text, "ل") && utf8.RuneCountInString(t.text) > 3 && headIs(toks[a-1], lamGovernors) {
		pre = len("ل")
	}
	// «بجامعة القاهرة», «لمجلس الأمن»: a preposition or conjunction glued
	// to the head noun or the known name that opens a body's or a place's
	// name is no part of it
	if t := toks[a]; pre == 0 && m.Type != graph.Person && t.arabic && m.KBID == "" {
		pre = g.procliticOnHead(t)
	}
	if last := toks[b-1]; last.end > m.End {
		// a span that ends inside a word is no name, save before a glued
		// tail ("FidanHe")
		rest := last.text[m.End-last.start:]
		possessive := rest == "'s" || rest == "’s" || rest == "'" || rest == "’"
		if gl := textnorm.GluedAt(last.text); !possessive && (len(gl) == 0 || last.start+gl[0] != m.End) {
			return nil
		}
	}
	// the Arabic model does not judge Latin words, nor the English one
	// Arabic words: a span, and each part cut from it
	otherScript := func(text string) bool {
		l := textnorm.Script(text)
		return ev == evTagger && l != "" && l != lang && lang != ""
	}
	if otherScript(m.Text) {
		return nil
	}
	var out []graph.Mention
	parts := []part{{a, b, pre}}
	// the head word types the span before it is cut or trimmed: a
	// body's name is no person's («حركة الأمل والعمل»)
	typ := m.Type
	// a knowledge-base office-holder's full name, in its spelling or by
	// its sound (kb.OfficeHolder), is a person's whole: no word of it is
	// cut as a common word («كي بي شارما أولي», «لولا دا سيلفا»)
	// (plausible takes the name as known wherever its proclitic ends)
	named := g.heldName(d, m)
	held := pre == 0 && named
	if h, ok := g.head(toks, parts[0]); ok && typ == graph.Person && !held && !titledGivenSurname(toks, parts[0], ev) {
		if ht, ok := headType(g.lx, toks, parts[0], h); ok {
			typ = ht
		}
	}
	// "Tottenham's Darren Anderton": a name of two words or more after a
	// possessive is the person; the possessor is another name
	if typ == graph.Person && m.KBID == "" {
		for j := b - 3; j >= a; j-- {
			if t := toks[j]; !t.arabic && possessive(t.text) {
				parts[0] = part{j + 1, b, 0}
				break
			}
		}
	}
	plural := typ == graph.Person && g.pluralTitleBefore(toks, a)
	if (ev < evKnown || m.KBID == "") && !held {
		parts = g.split(toks, parts[0], typ, plural)
	}
	base := ev
	if plural && base < evTitle {
		base = evTitle // the plural title names every part
	}
	for _, p := range parts {
		ev := base
		if (ev < evKnown || m.KBID == "") && !held {
			var ok bool
			if p, ok = g.trim(toks, p, typ, &ev); !ok {
				continue
			}
		}
		if ev < evTitle && g.titleBefore(toks, p.a) {
			ev = evTitle
		}
		typ, ok := g.typeOf(toks, p, m, ev)
		if held {
			typ, ok = graph.Person, true
		}
		if ok && m.KBID == "" && p.b == p.a+1 && isAcronymToken(toks[p.a]) {
			// an initialism defined by the name before it shares its
			// fate: "the Andean Trade Framework (ATF)" is no entity
			if j, found := definer(toks, p.a); found {
				dm := d.Mention(toks[j].start, toks[p.a-2].end, m.Type, m.Extractor, m.Confidence)
				vs := g.vetEv(d, dm, ev)
				if len(vs) == 0 {
					continue
				}
				typ = vs[len(vs)-1].Type
			}
		}
		if !ok || !g.plausible(d, toks, p, typ, m, ev, named) {
			continue
		}
		start, end := toks[p.a].start+p.pre, g.end(toks, p)
		if end > m.End {
			end = m.End // a possessive the proposer left out stays out
		}
		if start >= end || otherScript(d.Text[start:end]) {
			continue
		}
		n := d.Mention(start, end, typ, m.Extractor, m.Confidence)
		n.Role, n.Lang = m.Role, m.Lang
		if n.Lang == "" {
			n.Lang = textnorm.Script(n.Text)
		}
		if start == m.Start && end == m.End {
			n.Name, n.KBID, n.Key, n.Date = m.Name, m.KBID, m.Key, m.Date
		} else if es := g.lx.kb.Lookup(n.Text); len(es) == 1 && es[0].Type == typ {
			n.Name, n.KBID = es[0].Name, es[0].ID
		}
		if mended && (start != m.Start || end != m.End || typ != m.Type) && !g.stable(d, toks, lang, n, ev) {
			continue // a part the gate would not accept on its own
		}
		out = append(out, n)
	}
	return out
}

// resultsLine reports a name at bytes [start, end) that opens a line of a
// results table or follows a score on it, with a score right after it:
// the line holds two numbers or more and, besides names and what
// parentheses hold, no lower-case word but "and", "v", "vs" ("Kent 310
// and 122-4", "DETROIT 7 Chicago 4 (10 innings)", "TORONTO 58 69 .457
// 15"). A dateline's date ("CHICAGO 1996-08-22") or a year is no score;
// a place after another word ("Polonia Kestrel 0") is in the team's name.
func resultsLine(text string, start, end int) bool {
	lineEnd := strings.IndexByte(text[end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text)
	} else {
		lineEnd += end
	}
	lineStart := strings.LastIndexByte(text[:end], '\n') + 1
	score := func(w string) bool {
		a, b, _ := strings.Cut(w, "-")
		ok := func(s string, n int) bool {
			if s == "" || len(s) > n {
				return false
			}
			for _, r := range s {
				if r < '0' || r > '9' {
					return false
				}
			}
			return true
		}
		return ok(a, 3) && (b == "" && !strings.Contains(w, "-") || ok(b, 2))
	}
	after := strings.Fields(text[end:lineEnd])
	if len(after) == 0 || !score(after[0]) {
		return false
	}
	if before := strings.Fields(text[lineStart:start]); len(before) > 0 && !score(before[len(before)-1]) {
		return false
	}
	numbers, depth := 0, 0
	for _, w := range strings.Fields(text[lineStart:lineEnd]) {
		r, _ := utf8.DecodeRuneInString(w)
		depth += strings.Count(w, "(") - strings.Count(w, ")")
		switch {
		case depth > 0 || strings.ContainsAny(w, "()"):
		case unicode.IsDigit(r) || r == '.' && len(w) > 1:
			numbers++
		case unicode.IsLower(r) && w != "and" && w != "v" && w != "vs" && w != "vs.":
			return false
		case r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r):
			return false
		}
	}
	return numbers >= 2
}

// royalTitles are the titles of royals that also open the names of
// places called after one ("Prince Albert Sound", "King Edmund Island",
// "Queen Maren Land", "Prince Edmund, British Columbia").
var royalTitles = map[string]bool{"prince": true, "princess": true, "king": true, "queen": true}

// divisionAfter reports a comma at toks[b] and then a known state or
// province of a country (a place of the knowledge base with a country)
// that a comma or the sentence's end closes: "..., British Columbia,".
func (g *Gate) divisionAfter(toks []token, b int) bool {
	if b+1 >= len(toks) || toks[b].text != "," || toks[b+1].arabic || !toks[b+1].upper {
		return false
	}
	n, _, v := g.lx.entities.match(toks, b+1)
	if n == 0 {
		return false
	}
	if e := v.(*kb.Entry); e.Type != graph.Place || e.Country == "" {
		return false
	}
	k := b + 1 + n
	return k >= len(toks) || toks[k].text == "," || toks[k].text == "." || toks[k].text == ";"
}

// end is the byte end of a part: a glued tail ("NovakHe") is no part of
// a name. A possessive ("Kessler's") stays on the mention, for the
// relation patterns that read it; the resolver's keys drop it.
func (g *Gate) end(toks []token, p part) int {
	last := toks[p.b-1]
	e := last.end
	if gl := textnorm.GluedAt(last.text); len(gl) > 0 && last.start+gl[0] < e {
		e = last.start + gl[0]
	}
	return e
}

// split cuts a span where two names meet: at a conjunction or comma
// between persons' names («دورن وأحمد», "Dorn and Ahmed"; after a
// title in the dual or plural, «للرئيسين», at every conjunction), and at
// a function word inside any name.
func (g *Gate) split(toks []token, p part, typ graph.EntityType, plural bool) []part {
	var out []part
	cur := p
	for i := p.a; i < p.b; i++ {
		t := toks[i]
		cut, keep := false, false // cut before i; keep i in the next part
		switch {
		case i == cur.a:
		case aliAfterConnector(toks, i):
			// «بن علي»: the name Ali, not «على»
		case typ == graph.Person && aliFatherAt(toks, i, cur.a):
			// «حسن علي الزعابي»: the father's name Ali
		case typ == graph.Person && articleParticle(toks, i):
			// «دو لا»: de la, in a foreign name
		case typ == graph.Person && regnalAt(toks, i, cur.a):
			// «رامز الثاني»: the number of a monarch, no function word
		case typ == graph.Person && i > cur.a+1 && nameFinalAt(toks, i):
			// «رحماني زاده», «رضائي فر»: the word that ends a Persian
			// family name, no verb
		case typ == graph.Place && t.text == "\"" && quotedEponym(toks, p):
			// «المركز الدولي للمؤتمرات "X Y"»: a venue's eponym in quotes
			// closes its name
		case t.punct && (t.text == "," || t.text == "،" || t.text == ";" || t.text == "(" || t.text == ")" || t.text == "\"" || t.text == "/"):
			cut = true
		case t.arabic && typ == graph.Person && (g.conjoined(t) || plural && conjunctionWord(t)) && !arabicConnectors[toks[i-1].key]:
			cut, keep = true, true
		case t.arabic && typ == graph.Place && conjunctionWord(t) && !strings.HasPrefix(t.key, "وال"):
			// «شبعا وكفركلا»: two places; «المنطقة وتأمل»: a place and
			// what follows ("and hopes"); a place's name holds no «و»
			// save before the article («البوسنة والهرسك», known)
			cut, keep = true, true
		case !t.arabic && !t.punct && !t.upper && typ == graph.Person && !nameParticle(t.text) && !isInitialDot(toks, i):
			cut = true
		case t.arabic && t.key == "في" && typ == graph.Organization && headIs(toks[cur.a], seatHeadsAr):
			// «السفارة الكندية في عمّان»: an embassy is named with its city
		case t.arabic && typ == graph.Person && (arabicStop[t.key] && !maddaName(t) && !shaykhSabah(toks, i) || isArabicVerb(t)) && !arabicConnectors[t.key] && !theophoricAt(toks, cur.a, i),
			t.arabic && (t.key == "في" || t.key == "من" || t.key == "الي" || t.key == "علي" || t.key == "عن" || t.key == "مع"):
			cut = true
		}
		if cut {
			if i > cur.a {
				out = append(out, part{cur.a, i, cur.pre})
			}
			if keep {
				cur = part{i, p.b, 0}
				if typ == graph.Person || typ == graph.Place {
					cur.pre = len("و")
				}
			} else {
				cur = part{i + 1, p.b, 0}
			}
		}
	}
	if cur.a < p.b {
		out = append(out, part{cur.a, p.b, cur.pre})
	}
	return out
}

// placeEndsAt reports a mention of a place, a city or a country of d
// that ends at byte e.
func placeEndsAt(d *extract.Document, e int) bool {
	for _, m := range d.Mentions {
		if m.End == e && m.Type.Location() {
			return true
		}
	}
	return false
}

// sayyidKey is the key of «السيد» (and, as its prefix, of «السيدة»): a
// style of address and a family name.
var sayyidKey = textnorm.Key("السيد")

// conjoined reports an Arabic word that is the conjunction و before a
// word known on its own (a given name, a common word, a name of the
// knowledge base): «دورن وأحمد» is two names, «مايك والدن» one; a
// common word of two letters counts too, the doubled verbs «ضم», «تم»,
// «رد» («الوزير X وضم الوفد»: the name ends before "and included").
func (g *Gate) conjoined(t token) bool {
	return conjOn(t, func(k string) bool {
		n := utf8.RuneCountInString(k)
		return n >= 2 && commonAr[k] || n >= 3 && (givenAr[k] || len(g.lx.kb.Lookup(k)) > 0)
	})
}

// conjOn reports an Arabic word that is the conjunction و on a stem ok
// accepts, the whole word not being a given name («ووليد» is one).
func conjOn(t token, ok func(key string) bool) bool {
	return procliticOn(t, "و", ok)
}

// procliticOn reports an Arabic word that is the one-letter proclitic c
// on a stem ok accepts, the whole word not being a given name.
func procliticOn(t token, c string, ok func(key string) bool) bool {
	if !strings.HasPrefix(t.text, c) || givenAr[t.key] {
		return false
	}
	for _, s := range t.stems {
		if s.prefix == len(c) && ok(s.key) {
			return true
		}
	}
	return false
}

// procliticOnGiven returns the byte length of the conjunction و or the
// preposition ل or ب glued to a given name («وأحمد», «لكمال», «بسامي»),
// or 0; a word that is a given name whole («وليد», «بشير») has none.
// Before a preposition the given name has four letters or more: a
// foreign name may open with the letter on a short one («بريت», Brett).
func procliticOnGiven(t token) int {
	if n := procliticLen(t, []string{"و"}, func(k string) bool { return givenAr[k] }); n > 0 {
		return n
	}
	return procliticLen(t, []string{"ل", "ب"}, func(k string) bool { return givenAr[k] && utf8.RuneCountInString(k) >= 4 })
}

// procliticLen returns the byte length of the first of the one-letter
// proclitics cs glued to a stem ok accepts (procliticOn), or 0.
func procliticLen(t token, cs []string, ok func(key string) bool) int {
	for _, c := range cs {
		if procliticOn(t, c, ok) {
			return len(c)
		}
	}
	return 0
}

// formerWord reports a qualifier of time that is no part of a body's
// name: «السابق», «آنذاك» ("former", "then"), not «الجديد» ("new").
func formerWord(t token) bool {
	return qualifierWords[t.key] && !newWords[t.key]
}

// procliticOnHead returns the byte length of a one-letter conjunction or
// preposition glued to a body's or a place's head noun or to a name of
// the knowledge base, or 0.
func (g *Gate) procliticOnHead(t token) int {
	return procliticLen(t, []string{"و", "ب", "ل", "ف", "ك"}, func(k string) bool {
		return arabicOrgHeads[k] || arabicPlaceHeads[k] || len(g.lx.kb.Lookup(k)) > 0
	})
}

// conjunctionWord reports an Arabic word that begins with the
// conjunction و before a consonant and a stem of three letters or more
// («وغروموف»): a foreign name that starts with w is written with a long
// vowel after it («والدن», «ويلسون»).
func conjunctionWord(t token) bool {
	rs := []rune(t.text)
	if len(rs) < 4 || rs[0] != 'و' {
		return false
	}
	switch textnorm.FoldArabicRune(rs[1]) {
	case 'ا', 'ي', 'و':
		return false
	}
	return true
}

// pluralTitleBefore reports whether a title in the dual or the plural
// ends right before toks[a] («للرئيسين», «الوزراء»): the names that
// follow are two or more.
func (g *Gate) pluralTitleBefore(toks []token, a int) bool {
	if a == 0 || !toks[a-1].arabic {
		return false
	}
	if a >= 2 && definite(toks[a-1]) && g.dualConstructTitle(toks, a-2) {
		// «وزيرا الدفاع X وY»: a title in the dual of a construct and the
		// noun it governs
		return true
	}
	for _, s := range toks[a-1].keys() {
		for _, suf := range []string{"ين", "ان", "ون"} {
			base := strings.TrimSuffix(s.key, suf)
			if base == s.key || utf8.RuneCountInString(base) < 3 {
				continue
			}
			for _, b := range []string{base, "ال" + base} {
				t := newToken(b, 0, len(b))
				if n, _, _ := g.lx.roles.match([]token{t}, 0); n == 1 {
					return true
				}
			}
		}
	}
	return false
}

// dualConstructTitle reports a title in the dual of a construct at
// toks[i], the «ن» of the dual dropped before the noun it governs
// («نائبي وزيري المالية», «رئيسا الوفدين»): a title of one word with
// «ي» or «ا» added, before another title or a definite word. It names
// no one; a family name of that shape («جميل رئيسي») follows a given
// name, and one the knowledge base knows is kept.
func (g *Gate) dualConstructTitle(toks []token, i int) bool {
	t := toks[i]
	if !t.arabic || definite(t) || givenTok(t) || i+1 >= len(toks) || !toks[i+1].arabic || len(g.lx.kb.Lookup(t.text)) > 0 {
		return false
	}
	if i > 0 && givenTok(toks[i-1]) {
		return false
	}
	isTitle := func(w string) bool {
		for _, b := range []string{w, "ال" + w} {
			x := newToken(b, 0, len(b))
			if n, _, _ := g.lx.roles.match([]token{x}, 0); n == 1 {
				return true
			}
		}
		return false
	}
	dual := func(x token) bool {
		for _, suf := range []string{"ي", "ا"} {
			if base, ok := strings.CutSuffix(x.key, suf); ok && utf8.RuneCountInString(base) >= 3 && isTitle(base) {
				return true
			}
		}
		return false
	}
	if !dual(t) {
		return false
	}
	n := toks[i+1]
	return definite(n) || dual(n) || isTitle(n.key)
}

// isAcronymToken reports a Latin word of capitals, digits and signs
// ("ATF", "G7", "P5+1").
func isAcronymToken(t token) bool {
	if t.arabic || t.punct || utf8.RuneCountInString(t.text) < 2 {
		return false
	}
	letters := 0
	for _, r := range t.text {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// eventInitialism reports an initialism at toks[i] in brackets right
// after a word naming an event whose first letter is the initialism's
// last ("Ministerial Meeting (SMM)", "Regional Summit (RS)").
func (g *Gate) eventInitialism(toks []token, i int) bool {
	t := toks[i]
	if !isAcronymToken(t) || i < 2 || toks[i-1].text != "(" || i+1 >= len(toks) || toks[i+1].text != ")" {
		return false
	}
	w := toks[i-2]
	if w.arabic || !w.upper {
		return false
	}
	if n, _, _ := g.lx.events.match(toks, i-2); n != 1 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t.text)
	return unicode.ToUpper(firstRune(w.text)) == r
}

// definer returns the first token of the name that an initialism in
// parentheses at toks[i] abbreviates ("Andean Trade Framework (ATF)"):
// read backwards from before the parenthesis, the initials of the words
// (of each part of a hyphenated word) spell the initialism, lower-case
// function words counted or skipped; a tail after a function word may
// stay out of it ("Andean Trade Framework for Growth (ATF)").
func definer(toks []token, i int) (int, bool) {
	if i < 2 || toks[i-1].text != "(" || toks[i-2].punct {
		return 0, false
	}
	var want []rune
	for _, r := range toks[i].text {
		if unicode.IsUpper(r) {
			want = append(want, r)
		}
	}
	for end := i - 2; end >= 0 && end >= i-5; end-- {
		if toks[end].punct || toks[end].arabic {
			break
		}
		// a tail left out of the initialism starts with a function word
		if end < i-2 && toks[end+1].upper {
			continue
		}
		if j := spells(toks, end, want); j >= 0 {
			return j, true
		}
	}
	return 0, false
}

// spells matches the initials of the words ending at toks[end], read
// backwards, against want (a lower-case function word may count or be
// skipped); it returns the first word's index, or -1.
func spells(toks []token, end int, want []rune) int {
	failed := map[[2]int]bool{} // (end, letters left) known not to match
	var match func(end, k int) int
	match = func(end, k int) int {
		if k == 0 {
			return end + 1
		}
		if end < 0 || toks[end].punct || toks[end].arabic || failed[[2]int{end, k}] {
			return -1
		}
		t := toks[end]
		var initials []rune
		for _, part := range strings.Split(t.text, "-") {
			if r := firstRune(part); unicode.IsLetter(r) {
				initials = append(initials, unicode.ToUpper(r))
			}
		}
		if n := len(initials); n > 0 && n <= k && string(initials) == string(want[k-n:k]) {
			if j := match(end-1, k-n); j >= 0 {
				return j
			}
		}
		if !t.upper && end > 0 {
			if j := match(end-1, k); j >= 0 {
				return j // a function word the initialism skips
			}
		}
		failed[[2]int{end, k}] = true
		return -1
	}
	return match(end, len(want))
}

// participleCompound reports a Latin word joined by a hyphen to a
// lower-case participle ("Nablus-based", "state-owned", "top-seeded",
// "second-placed", "U.S.-born"): an adjective, no word of a name.
func participleCompound(t token) bool {
	if t.arabic {
		return false
	}
	i := strings.LastIndex(t.text, "-")
	if i <= 0 || i == len(t.text)-1 {
		return false
	}
	rest := t.text[i+1:]
	if strings.ToLower(rest) != rest || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	return strings.HasSuffix(rest, "ed") || rest == "born" || rest == "run" || rest == "held" || rest == "made"
}

// pluralPhrase reports an Arabic phrase that opens with a noun in the
// sound plural or the dual: a word of six letters or more ending in «ات»
// before a common or a definite word («نداءات عاجلة», «برقيات التهاني»,
// «معونات الطوارئ»), or one whose singular is a common word of four
// letters or more («اتصالين»). A foreign name may end in «ات» (a Kenyan
// «كيبلاغات»), but no common word follows it.
func (g *Gate) pluralPhrase(toks []token, i, b int) bool {
	t := toks[i]
	// a word opening with «و» may be the conjunction before a name
	if !t.arabic || givenAr[t.key] || commonTok(t) || definite(t) || strings.HasPrefix(t.text, "و") || len(g.lx.kb.Lookup(t.text)) > 0 {
		return false
	}
	for _, end := range []string{"ات", "ين", "ان"} {
		stem, ok := strings.CutSuffix(t.key, end)
		if !ok || utf8.RuneCountInString(stem) < 4 {
			continue
		}
		for _, w := range []string{stem, stem + "ه"} {
			if (commonAr[w] || wordlikeAr[w]) && !givenAr[w] {
				return true
			}
		}
		if end == "ات" && i+1 < b && toks[i+1].arabic && (commonTok(toks[i+1]) || wordlikeAr[toks[i+1].key] || definite(toks[i+1])) {
			return true
		}
	}
	return false
}

// accusativeTok reports an indefinite Arabic word in the accusative: the
// tanween written («أكيداً», «تماماً»), or the alef of the accusative on
// a common word of four letters or more («تقويما», «مطلعا») or on a
// participle in «مت» («متأثرا»): an adverb, a state or an object, never
// a word of a person's name (a name ending in alef, «أوباما», «رضا», is
// no common word so extended).
func (g *Gate) accusativeTok(t token) bool {
	if !t.arabic || definite(t) || givenAr[t.key] || len(g.lx.kb.Lookup(t.text)) > 0 {
		return false
	}
	if strings.ContainsRune(t.text, '\u064B') {
		return true
	}
	stem, ok := strings.CutSuffix(t.key, "ا")
	if !ok || utf8.RuneCountInString(stem) < 4 || givenAr[stem] {
		return false
	}
	// a participle of the forms that open with «مت» («متأثرا», «متوازنا»)
	return commonAr[stem] || wordlikeAr[stem] || strings.HasPrefix(stem, "مت") && utf8.RuneCountInString(stem) >= 5
}

// styleAt returns the number of tokens of a style of address at toks[a]
// within a span that ends at b ("H.E.", "Mr.", "Rt Hon.", the period
// with it), or 0.
func (g *Gate) styleAt(toks []token, a, b int) int {
	k := 0
	if dottedStyle(toks[a].text) {
		k = 1
	} else if n, _, _ := g.lx.honorifics.match(toks, a); n > 0 {
		k = n
	}
	if k > 0 && a+k < b && toks[a+k].text == "." {
		k++
	}
	return k
}

// stateBeforePrep reports an Arabic participle in «م» with the alef of
// the indefinite accusative right before the preposition it governs
// after a comma («، معربا عن», «، مشددا على», «، منوها إلى»): the state of the
// one who speaks, which news writing puts after a verb of speech, never
// a name (a name in «م» ending in alef, «مارتا», «ماريا», does not go on
// with a preposition).
func (g *Gate) stateBeforePrep(toks []token, i int) bool {
	stem, ok := g.stateParticiple(toks, i)
	return ok && utf8.RuneCountInString(stem) >= 4 && statePreps[toks[i+1].key]
}

// stateBeforeObject reports an Arabic participle of the fourth or second
// form in the indefinite accusative («مُفْعِلاً», «مُفَعِّلاً»: «مبرزا»,
// «مثمنا», «مؤكدا») after a comma and before a common word, its object
// («، مبرزا دور بلاده في …»): the state of the one who speaks, never a
// name. The shape is a «م» and three letters, none a long vowel: a name
// in «م» ending in alef, «ماريا», «مونيكا», has one.
func (g *Gate) stateBeforeObject(toks []token, i int) bool {
	stem, ok := g.stateParticiple(toks, i)
	if !ok || utf8.RuneCountInString(stem) != 4 || strings.ContainsAny(stem[len("م"):], "اويى") {
		return false
	}
	next := toks[i+1]
	return next.arabic && !next.punct && commonTok(next)
}

// stateParticiple returns the stem of an Arabic word in «م» with the
// alef of the indefinite accusative at toks[i], after the comma that
// closes the clause it qualifies («وتحدثت ماريا عن الخطة»: a name after
// its verb), with a word after it: no given name nor a name the base
// knows; ok is false otherwise.
func (g *Gate) stateParticiple(toks []token, i int) (stem string, ok bool) {
	t := toks[i]
	if !t.arabic || definite(t) || i == 0 || i+1 >= len(toks) || givenAr[t.key] || len(g.lx.kb.Lookup(t.text)) > 0 {
		return "", false
	}
	if c := toks[i-1]; !c.punct || (c.text != "،" && c.text != ",") {
		return "", false
	}
	stem, ok = strings.CutSuffix(t.key, "ا")
	if !ok || !strings.HasPrefix(stem, "م") || givenAr[stem] {
		return "", false
	}
	return stem, true
}

// constructHead reports a common Arabic noun without the article at
// toks[i] whose next word is a place the base knows or «بلاد» with a
// pronoun («اهتمام مدريد», «دور بلاده»): the head of a construct
// whose second term follows, the object of the verb before the name,
// not the name's last word.
func (g *Gate) constructHead(toks []token, i int) bool {
	t := toks[i]
	if !t.arabic || definite(t) || givenAr[t.key] || !commonAr[t.key] || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if !next.arabic || next.punct {
		return false
	}
	if strings.HasPrefix(next.key, "بلاد") && next.key != "بلاد" {
		return true
	}
	for _, e := range g.lx.kb.Lookup(next.text) {
		if e.Type.Location() {
			return true
		}
	}
	return false
}

// statePreps are the prepositions and the particle a participle of state
// governs («عن», «على», «إلى»), by their keys («أن» folds with «إن»,
// which a name before a verb of speech's clause meets: «قالت مارتا إن»).
var statePreps = map[string]bool{"عن": true, "علي": true, "الي": true}

// nisbaAccusative reports an Arabic adjective in -ي in the indefinite
// accusative («برلمانيا», «إيرانيا», «رسمياً») at toks[i], after an
// indefinite word (the noun it qualifies, «وفدا برلمانيا», or the verb
// it qualifies, «أعلن رسميا»): the adjective's stem is a nationality or
// a common word; a name the base knows («روسيا», «كينيا») is not one.
func (g *Gate) nisbaAccusative(toks []token, i int) bool {
	t := toks[i]
	if !t.arabic || i == 0 || definite(t) || givenAr[t.key] || len(g.lx.kb.Lookup(t.text)) > 0 {
		return false
	}
	if p := toks[i-1]; !p.arabic || p.punct || definite(p) {
		return false
	}
	stem, ok := strings.CutSuffix(strings.TrimSuffix(t.text, "\u064B"), "ا")
	if !ok || !strings.HasSuffix(stem, "ي") || utf8.RuneCountInString(stem) < 3 {
		return false
	}
	key := textnorm.Key(stem)
	base := strings.TrimSuffix(stem, "ي")
	common := func(w string) bool { return commonAr[textnorm.Key(w)] || commonAr[textnorm.Key("ال"+w)] }
	if common(stem) || wordlikeAr[key] || utf8.RuneCountInString(base) >= 3 && common(base) {
		return true // («برلمانيا»: of «البرلمان», a common noun)
	}
	tk := newToken(stem, 0, len(stem))
	n, _, _ := g.lx.demonyms.match([]token{tk}, 0)
	return n == 1
}

// initialOpens reports a Latin capital letter at toks[i] with its period
// glued, before a capitalised word that ends before b: the initial of a
// given name ("M. Walker", "S. Campbell"), the way sports results and
// agency copy write a person.
func initialOpens(toks []token, i, b int) bool {
	for ; i+2 < b; i += 2 {
		t, dot, w := toks[i], toks[i+1], toks[i+2]
		if t.arabic || !t.upper || utf8.RuneCountInString(t.text) != 1 || dot.text != "." || dot.start != t.end {
			return false
		}
		if !w.arabic && !w.punct && w.upper && utf8.RuneCountInString(w.text) > 1 {
			return true
		}
		// (a second initial: "K. L. Marchenko")
	}
	return false
}

func isInitialDot(toks []token, i int) bool {
	return toks[i].text == "." && i > 0 && utf8.RuneCountInString(toks[i-1].text) == 1
}

// isArabicVerb reports an Arabic word the verb lists know, with or
// without a proclitic conjunction.
func isArabicVerb(t token) bool {
	for _, s := range t.keys() {
		if meetVerbs[s.key] || attendVerbs[s.key] || callVerbs[s.key] || leadVerbs[s.key] || discussVerbsAr[s.key] {
			return true
		}
	}
	// «فأبرز», «فأكد», «فإن»: «ف» glued to a word in hamza, a verb or a
	// particle after a name («قال X فأبرز …»); a foreign name in "Fa" is
	// written with a bare alef («فابيو»)
	if t.arabic && (strings.HasPrefix(t.text, "فأ") || strings.HasPrefix(t.text, "فإ")) && utf8.RuneCountInString(t.text) >= 4 {
		return true
	}
	return succeedTok(t) || reciprocalDual(t) || formFiveFeminine(t)
}

// formFiveFeminine reports the past of a verb of the shape تَفَعَّلَ in the
// feminine («توسعت», «تطورت», «تحولت»: it expanded, developed, turned),
// whose stem without the last «ت» is its verbal noun, a common word
// («توسع», «تطور»); a name that opens and closes with the letter
// («تيبيت») has no such stem.
func formFiveFeminine(t token) bool {
	if !t.arabic || utf8.RuneCountInString(t.key) < 5 || !strings.HasPrefix(t.key, "ت") || !strings.HasSuffix(t.key, "ت") {
		return false
	}
	return commonAr[strings.TrimSuffix(t.key, "ت")]
}

// reciprocalDual reports the past of a reciprocal verb in the dual
// («تصافحا», «تبادلا», «تشاورا»: the two shook hands, exchanged,
// consulted), the shape تَفاعَلا: it ends the names of the two before it
// («X و Y تصافحا»). Not a word in «تش», the letters that write a foreign
// "ch" («تشانرا», «تشابالا» are names; the verb «تشاورا» is given up).
func reciprocalDual(t token) bool {
	if !t.arabic {
		return false
	}
	r := []rune(t.text)
	if len(r) == 7 && (r[0] == 'و' || r[0] == 'ف') {
		r = r[1:]
	}
	return len(r) == 6 && r[0] == 'ت' && r[1] != 'ش' && r[2] == 'ا' && r[5] == 'ا'
}

// discussVerbsAr are the Arabic verbs of discussing («ناقش», «بحث»;
// words.tsv, discuss).
var discussVerbsAr = wordSet("words.tsv", "discuss", "ar")

// titleBefore reports whether a title or an honorific ends right
// before toks[a] ("Spokesperson Dan Hale", «السفير هاريسون», "Mr.").
// titleOrNationalityBefore is titleBefore, a nationality with the article
// allowed between the title and toks[a].
func (g *Gate) titleOrNationalityBefore(toks []token, a int) bool {
	if a > 0 {
		if n, _, _ := g.lx.demonyms.match(toks, a-1); n == 1 && definite(toks[a-1]) {
			a-- // «وزير الخارجية التركي X»
		}
	}
	return g.titleBefore(toks, a)
}

func (g *Gate) titleBefore(toks []token, a int) bool {
	for j := a - 1; j >= 0 && j >= a-4; j-- {
		for _, tr := range []trie{g.lx.roles, g.lx.honorifics} {
			if n, _, _ := tr.match(toks, j); n > 0 && (j+n == a || j+n == a-1 && toks[a-1].text == ".") {
				return true
			}
		}
	}
	return false
}

// hamzaParticles are Arabic particles whose written hamza tells them from
// a name their key folds to: «أمام» (before: «قال X أمام المؤتمر») is
// no «إمام» (imam, a family name).
var hamzaParticles = map[string]bool{"أمام": true}

// stopTok reports a function word: the stop list, with an Arabic
// conjunction or preposition stripped («ولكن», «بشأن»).
func stopTok(t token) bool {
	if !t.arabic {
		lk := strings.ToLower(t.text)
		return capStop[lk] || speechVerbs[lk] || meetVerbs[t.key] || callVerbs[t.key] || attendVerbs[t.key]
	}
	if maddaName(t) {
		return isArabicVerb(t)
	}
	if hamzaParticles[strings.TrimLeft(t.text, "وف")] {
		return true
	}
	for _, s := range t.keys() {
		if arabicStop[s.key] {
			return true
		}
	}
	return isArabicVerb(t)
}

// maddaName reports an Arabic word spelled with an initial madda that
// folds to a function word it is not: the particle «أن» is never written
// «آن» (the name Anne), though the normaliser makes them one key. A stop
// word that is spelled with the madda («الآن», «آسف») is listed so.
func maddaName(t token) bool {
	return t.arabic && strings.HasPrefix(t.text, "آ") && !arabicStop[t.text]
}

// properAfter reports an Arabic word that may follow a given name: no
// stop word, no common word of the language.
func properAfter(t token) bool {
	return t.arabic && !stopTok(t) && !commonTok(t)
}

// commonTok reports a common word of the language (counted from the
// NER corpora: seldom inside a name), given names excepted.
func commonTok(t token) bool {
	if t.arabic {
		if givenAr[t.key] || alGiven[t.key] || maddaName(t) && arabicStop[t.key] {
			return false // «آن» is the name, not the particle «أن»
		}
		if commonAr[t.key] {
			return true
		}
		// a conjunction before a common word («وشكرا», «وضم»; not «ف»:
		// «فادي», «فورد» are names on a common stem)
		for _, s := range t.stems {
			if s.prefix > 0 && utf8.RuneCountInString(s.key) >= 2 && strings.HasPrefix(t.text, "و") && commonAr[s.key] {
				return true
			}
		}
		return false
	}
	if givenEn[strings.ToLower(t.text)] {
		return false
	}
	lk := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
	return commonEn[lk] || discourseEn[lk] || creditEn[lk]
}

// personPossessiveIn reports an English word in the possessive inside
// toks[a:b-1] (not the last) right after a given name or a family name
// written first ("Maria Lopez's", "Lin Jian's").
func personPossessiveIn(toks []token, a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if !possessive(toks[i].text) {
			continue
		}
		for j := max(a, i-2); j < i; j++ {
			if givenTok(toks[j]) || familyNamesFirst[toks[j].key] {
				return true
			}
		}
	}
	return false
}

// memberPluralWords are the plurals that name the members of a body
// (words.tsv, member-plural).
var memberPluralWords = wordSet("words.tsv", "member-plural", "en")

// memberPlural reports English words toks[a:b] that end with a plural
// naming a body's members, every word before it a common one ("Member
// States", "Participating States"; not "Baltic States").
func memberPlural(toks []token, a, b int) bool {
	if !memberPluralWords[strings.ToLower(toks[b-1].text)] {
		return false
	}
	for _, t := range toks[a : b-1] {
		if t.arabic || !commonTok(t) {
			return false
		}
	}
	return true
}

// futureVerbTok reports an Arabic verb in the future: the particle «س»
// on a present tense («سترد», «سيرفض», «وسنعمل») whose rest is a
// common word; no name of a person or body ends or begins on one.
func futureVerbTok(t token) bool {
	if !t.arabic {
		return false
	}
	for _, s := range t.keys() {
		k := s.key
		if utf8.RuneCountInString(k) < 4 || !strings.HasPrefix(k, "س") {
			continue
		}
		rest := k[len("س"):]
		if !(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن")) {
			continue
		}
		stem := rest[len("ي"):]
		if !commonAr[rest] {
			// a long present the corpora lack whose past is a word
			// («سيتوجه»: «توجه»)
			if utf8.RuneCountInString(rest) >= 5 && commonAr[stem] {
				return true
			}
			// or a derived form's whose past opens with alef («سيلتقي»:
			// «التقى»; «سيستمر»: «استمر»)
			if utf8.RuneCountInString(rest) >= 5 && (commonAr["ا"+stem]) {
				return true
			}
			continue
		}
		// a short rest is a verb only when its stem is a word too («ترد»:
		// «رد»), not a noun that begins with the letter («سنار»: «نار»),
		// or when the stem conjugates: both its third persons are words
		// («سيصل»: «يصل» and «تصل»), as a noun's first letter does not
		if utf8.RuneCountInString(rest) >= 4 || commonAr[stem] || commonAr["ي"+stem] && commonAr["ت"+stem] {
			return true
		}
	}
	return false
}

// presentVerbTok reports an Arabic verb in the present of the third
// person masculine: «ي» on a stem of three letters or more, the word and
// its stem both common words of the language and no given name («يمثل»:
// "represents"). After a title it does not close a two-word name.
func presentVerbTok(t token) bool {
	if !t.arabic || givenAr[t.key] || !commonAr[t.key] {
		return false
	}
	stem, ok := strings.CutPrefix(t.key, "ي")
	return ok && utf8.RuneCountInString(stem) >= 3 && commonAr[stem]
}

// pluralVerbTok reports an Arabic verb in the past with the subject of
// the dual feminine or the plural attached («وأكدتا», "and the two [women
// or states] stressed"; «رفضوا», "they refused"): «تا» or «وا» on a stem
// that is a common word of the language and no given name. Names that end
// so («روزيتا», «أوتاوا») have no common word for a stem.
func pluralVerbTok(t token) bool {
	if !t.arabic {
		return false
	}
	for _, s := range t.keys() {
		for _, suf := range []string{"تا", "وا"} {
			stem, ok := strings.CutSuffix(s.key, suf)
			if ok && utf8.RuneCountInString(stem) >= 3 && commonAr[stem] && !givenAr[stem] {
				return true
			}
		}
	}
	return false
}

// pronounTok reports an Arabic word ending in an attached pronoun whose
// stem is a common word («بلاده», «ونظيره»): a noun phrase, not a name.
func pronounTok(t token) bool {
	if !t.arabic {
		return false
	}
	if pronounSuffixed(t.text) {
		return true
	}
	for _, suf := range []string{"ه", "هم", "ها", "هما", "كم", "نا"} {
		// on the text as written: a folded ta marbuta is no pronoun
		if !strings.HasSuffix(t.text, suf) {
			continue
		}
		stem := textnorm.Key(strings.TrimSuffix(t.text, suf))
		if utf8.RuneCountInString(stem) < 3 {
			continue
		}
		for _, s := range []string{stem, strings.TrimPrefix(stem, "و")} {
			if commonAr[s] || commonAr[s+"ه"] {
				return true
			}
			// a ta marbuta is written open before the pronoun: «لجنته»
			// is «لجنة» + «ه», "its committee"
			if b, ok := strings.CutSuffix(s, "ت"); ok && (commonAr[b+"ه"] || arabicOrgHeads[b+"ه"]) {
				return true
			}
		}
	}
	return false
}

// conjDefiniteTok reports an Arabic word that is the conjunction «و» and
// a word with the article («والدفاع», «والاقتصاد»): the second member of
// a coordination, which cannot begin or end a person's name as written
// (a family name so joined is a second person, «… والعبيدي»). A rest of
// up to three letters is a foreign name written so («والش», «والتر»,
// «والتون»).
func conjDefiniteTok(t token) bool {
	if !t.arabic || givenAr[t.key] {
		return false
	}
	for _, p := range []string{"وال", "ولل"} {
		if r, ok := strings.CutPrefix(t.key, p); ok && utf8.RuneCountInString(r) >= 4 {
			return true
		}
	}
	return false
}

// regnalAr and regnalEn are the ordinals that number a monarch or a pope
// after the name (names.tsv, regnal: «الثاني», "II").
var (
	regnalAr = wordSet("names.tsv", "regnal", "ar")
	regnalEn = wordSet("names.tsv", "regnal", "en")
)

// regnalAt reports an ordinal at toks[i] that numbers the person whose
// name runs from toks[a] («رامز الثاني», «نوفل الرابع عشر», "Anselm
// I", "Ramiro XIV"): after a word of the name, not the first, and written
// in capitals in English.
func regnalAt(toks []token, i, a int) bool {
	if i <= a || toks[i-1].punct {
		return false
	}
	t, prev := toks[i], toks[i-1]
	if t.arabic {
		if t.key == "عشر" {
			return i-1 > a && regnalAr[prev.key] && regnalAt(toks, i-1, a)
		}
		return prev.arabic && regnalAr[t.key] && !arabicConnectors[prev.key] && !stopTok(prev)
	}
	return prev.upper && !prev.arabic && strings.ToUpper(t.text) == t.text && regnalEn[strings.ToLower(t.text)] && !capStop[strings.ToLower(prev.text)]
}

// articleParticle reports the French or Spanish article «لا» (la) after
// the particle «دو»/«دي» (de) inside a foreign name, before a word of it
// («جان دو لا فونتين»): no negation.
func articleParticle(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i].arabic || toks[i].key != "لا" {
		return false
	}
	prev, next := toks[i-1].key, toks[i+1]
	return (prev == "دو" || prev == "دي") && next.arabic && !next.punct && !stopTok(next)
}

// prepNounTok reports an Arabic word that is the preposition «ل», «ب» or
// «ك» glued to a common noun («لكرة», «بكلية», «للمجاهدين», «بحضور»,
// «كمدرب», "as a coach"): a
// prepositional phrase, which neither opens nor ends a person's name. A
// given name so written («بسام», «لبيب») or a known name («لبنان») is
// none.
func (g *Gate) prepNounTok(t token) bool {
	if !t.arabic || givenAr[t.key] || !strings.HasPrefix(t.text, "ل") && !strings.HasPrefix(t.text, "ب") && !strings.HasPrefix(t.text, "ك") {
		return false
	}
	for _, s := range t.stems {
		p := t.text[:s.prefix]
		if p != "ل" && p != "ب" && p != "ك" && p != "لل" && p != "بال" {
			continue
		}
		// a stem of three letters is a noun only with its feminine ending
		// («لكرة»); «ليلى» is a name, not «ل» + «يلي» ("follows")
		n := utf8.RuneCountInString(s.key)
		if (n >= 4 || n == 3 && strings.HasSuffix(s.key, "ه")) && (commonAr[s.key] || wordlikeAr[s.key]) && !givenAr[s.key] {
			return len(g.lx.kb.Lookup(t.text)) == 0
		}
	}
	return false
}

// trim drops what cannot begin or end a name: punctuation, function
// words, verbs, words with a pronoun suffix; before a person's name also
// titles, honorifics, nationality adjectives and common words (which
// count as title evidence: "Premier Wu Lanfang").
func (g *Gate) trim(toks []token, p part, typ graph.EntityType, ev *evidence) (part, bool) {
	person := typ == graph.Person
	// («مسجد الحسن الثاني»: a place named after a monarch ends on his number)
	eponym := p.a < p.b && toks[p.a].arabic && headIs(toks[p.a], eponymHeads)
	junk := func(i int, first bool) bool {
		t := toks[i]
		if t.punct {
			return true
		}
		if person && first && camelWords(t.text) >= 3 {
			return true // "StateDeptSpox": a handle, not a name
		}
		if person && first && dottedYa(t) && (*ev >= evTitle || *ev >= evTagger && i+1 < p.b && properAfter(toks[i+1])) {
			// «علي» opening a titled name, or a tagged one before a word
			// that is no common word («علي الحسني»), is no «على»
			return false
		}
		if person && first && *ev <= evTagger && t.arabic && futureVerbTok(t) && i+1 < p.b {
			return true // «سيلتقي X»: the verb before the name it governs
		}
		if person && first && nationalityOpensName(g.lx, toks, i, p.b) {
			return false // «تركي بن سعود», «السفير السعودي تركي العنزي»: a given name, a common word or nationality elsewhere
		}
		if person && first && *ev >= evTitle && t.text == "باسم" && i+1 < p.b && basimNext(toks[i+1]) {
			return false // «وزير الخارجية باسم عواد»: the given name Basem after a title
		}
		if person && !first && *ev >= evTitle && i == p.b-1 && p.b-p.a == 3 && nameSyllables[t.key] && i+1 < len(toks) && (toks[i+1].text == "،" || toks[i+1].text == "," || toks[i+1].text == ".") {
			return false // «… شريف لو.», «… ديوماي فاي.»: a syllable of a name; the particle cannot end a clause
		}
		if person && first && *ev >= evTitle && (p.b-i == 2 && i+2 < len(toks) && foreignPairShape(toks, i) || p.b-i == 3 && foreignTripleShape(toks, i)) && g.titleOrNationalityBefore(toks, i) {
			return false // «أمره أكدوغان،» after a title: a foreign given name, no noun with a pronoun
		}
		if person && first && *ev >= evTitle && p.b-i == 3 && eastAsianOpens(toks, i, p.b) {
			return false // «فام مينه تشينه», «هو جين تاو» after a title
		}
		if person && !first && aliAfterConnector(toks, i) {
			return false // «بن علي»: the name Ali after a connector
		}
		if person && !first && i > p.a && t.arabic && arabicConnectors[toks[i-1].key] && !stopTok(t) && !pronounTok(t) {
			return false // «بن تركي», «بن سلطان»: a name after «بن», whatever else the word is
		}
		if (person || eponym) && !first && regnalAt(toks, i, p.a) {
			return false // «نوفل الأول», "Anselm I": the number of a monarch
		}
		if person && !first && i > p.a+1 && nameFinalAt(toks, i) {
			return false // «رحماني زاده», «رضائي فر»: the end of a Persian family name
		}
		if person && g.accusativeTok(t) {
			return true // «متأثرا», «أكيداً»: an adverb or a state, no name
		}
		if person && g.stateBeforePrep(toks, i) {
			return true // «، معربا عن»: a participle of state before its preposition
		}
		if person && first && g.stateBeforeObject(toks, i) {
			return true // «، مبرزا دور بلاده»: a participle of state before its object
		}
		if person && !first && i == p.b-1 && g.constructHead(toks, i) {
			return true // «السفير X اهتمام مدريد»: a noun in construct with a place, after the name
		}
		if person && first && g.dualConstructTitle(toks, i) {
			return true // «برئاسة نائبي وزيري المالية»: two deputies, no name
		}
		if person && !first && g.prepNounTok(t) {
			return true // «سامر لكرة»: a prepositional phrase after the name
		}
		if person && first && initialOpens(toks, i, p.b) {
			return false // "M. Walker": an initial and its period open the name
		}
		if person && first && !t.arabic && t.upper && *ev >= evTitle && i+1 < p.b && speechVerbs[strings.ToLower(t.text)] {
			return false // "Foreign Minister Said al-Harthi": the name Said after a title
		}
		if person && first && !t.arabic && saidOpensName(toks, i) {
			return false // "met with Said bin Zuhair": the given name Said, where the verb cannot stand
		}
		if person && !first && !t.arabic && t.text == "Said" && !headline(toks) {
			return false // "Sultan Fahd Said in attendance": the family name Said (the verb is in lower case)
		}
		if person && !first && (theophoricAt(toks, p.a, i) || t.key == "الله" && i-1 > p.a && theophoricAt(toks, p.a, i-1)) {
			return false // «عبد المنعم خلف الله»: a theophoric family name
		}
		if stopTok(t) && !(person && shaykhSabah(toks, i)) || pronounTok(t) || person && conjDefiniteTok(t) || (futureVerbTok(t) || pluralVerbTok(t) || person && (verbShapeTok(t) || pluralPossessiveTok(t))) && len(g.lx.kb.Lookup(t.text)) == 0 {
			return true
		}
		if !t.arabic && !t.upper && !first && strings.Contains(t.text, "-") && nameParticle(t.text) {
			return false // "al-Hayya"
		}
		if !t.arabic && !t.upper && !unicode.IsDigit(firstRune(t.text)) {
			// a Latin name starts and ends with a capital, save a body's or
			// a place's lower-case head ("Katanga region", "Dorn
			// administration", "administration of ...", "the Dorn
			// administration's")
			lk := headNoun(t.text)
			head := typ != graph.Person && (orgHeads[lk] || placeHeads[lk])
			if typ == graph.Place && !first && i == p.b-1 && i > p.a && adminHeads[lk] && toks[i-1].upper {
				return true // "Korvan province", "the Belmora district": the word for a division of a state is no word of its name
			}
			if head && !first && i > p.a {
				return false
			}
			if head && first && i+1 < p.b && toks[i+1].text == "of" {
				return false
			}
			return true
		}
		if !person {
			return false
		}
		if t.arabic && commonTok(t) {
			// an Arab family name is often a definite common word after a
			// given name («خليل الحية»)
			if !first && i > p.a && strings.HasPrefix(t.text, "ال") && (givenTok(toks[i-1]) || *ev >= evTitle) {
				return false
			}
			// after a title, a two-word name's second word is its family
			// name, common word or not («السفير فادي عودة»), unless a
			// preposition is glued to it («كيسلر بدعم»)
			if !first && i == p.a+1 && p.b == p.a+2 && *ev >= evTitle && !strings.ContainsAny(t.text[:len("ب")], "بلكف") && !presentVerbTok(t) {
				return false
			}
			return true
		}
		// before an English name, common words are a title ("Premier Wu
		// Lanfang"); after it they are often a surname ("Joan Bell")
		return !t.arabic && first && commonTok(t) && p.b-i > 2
	}
	// "the African Union-mediated talks": a name joined by a hyphen to a
	// participle is an adjective before a noun, no person's name
	if person && p.b > p.a && participleCompound(toks[p.b-1]) {
		return p, false
	}
	// "Nablus-based Al-Risala", "top-seeded Anna Korsak": what a hyphen
	// joins to a participle is an adjective before the name
	for i := p.b - 2; i >= p.a; i-- {
		if participleCompound(toks[i]) {
			p.a, p.pre = i+1, 0
			break
		}
	}
	for p.a < p.b {
		if n, _, _ := g.lx.roles.match(toks, p.a); person && n > 0 && p.a+n < p.b && !(n == 1 && binAfter(toks, p.a)) {
			p.a += n
			p.pre = 0
			if *ev < evTitle {
				*ev = evTitle
			}
			continue
		}
		if n, _, _ := g.lx.honorifics.match(toks, p.a); person && n > 0 && (p.a+n >= p.b || !hasWord(toks[p.a+n:p.b])) {
			return p, false // "Lt.": a rank alone names no one
		}
		if n, _, _ := g.lx.honorifics.match(toks, p.a); person && n > 0 && p.a+n < p.b {
			p.a += n
			p.pre = 0
			if *ev < evTitle {
				*ev = evTitle
			}
			continue
		}
		if n, _, _ := g.lx.demonyms.match(toks, p.a); person && n > 0 && p.a+n < p.b && !nationalityOpensName(g.lx, toks, p.a, p.b) {
			p.a += n
			p.pre = 0
			continue
		}
		if person && !toks[p.a].arabic && regionAdjEn[toks[p.a].key] {
			if !hasWordBut(toks[p.a:p.b], regionAdjEn) {
				return p, false // "East African": adjectives of a region name no one
			}
			if !hasWordBut(toks[p.a+1:p.b], commonEn) || p.a+2 == p.b && !givenTok(toks[p.a+1]) {
				return p, false // "the African Integration": a noun, no name
			}
			p.a++ // "African Tomas Reyvan": an adjective opens no name
			p.pre = 0
			continue
		}
		if person && !toks[p.a].arabic && p.a+1 < p.b && compassWords[toks[p.a].key] && regionAdjEn[toks[p.a+1].key] {
			p.a++ // "East African"
			p.pre = 0
			continue
		}
		if person && p.a+1 < p.b && nationalityNoun(g.lx, toks[p.a]) {
			p.a++ // "Swede Lars Berg"
			p.pre = 0
			continue
		}
		// «لكرة القدم», «بكلية الآداب»: a preposition on a common noun
		// and the definite words of its construct are a phrase before
		// the name, if any name follows («رئيس الرابطة لكرة اليد سامر قدورة»)
		if person && p.pre == 0 && g.prepNounTok(toks[p.a]) {
			p.a++
			for p.a < p.b && definite(toks[p.a]) {
				p.a++
			}
			continue
		}
		// «نداءات عاجلة», «اتصالين هاتفيين»: a plural of a common noun
		// after a title opens what the titled person did, not a name;
		// so does an accusative («تقويما موجزا»)
		if person && p.pre == 0 && (g.pluralPhrase(toks, p.a, p.b) || g.accusativeTok(toks[p.a])) {
			return p, false
		}
		if !junk(p.a, true) {
			break
		}
		if person && !toks[p.a].punct && !toks[p.a].arabic && commonTok(toks[p.a]) && *ev < evTitle && p.b-p.a > 2 {
			*ev = evTitle // "Premier Wu Lanfang": a common word before a name is a title
		}
		p.a++
		p.pre = 0
	}
	for p.b > p.a && junk(p.b-1, false) {
		p.b--
	}
	// an Arabic body's name does not end on its stance («… المتمردة»),
	// nor on a word of time («المجلس السابق»: the former council; "new"
	// names bodies: «الوفد الجديد»)
	for !person && p.b > p.a+1 && toks[p.b-1].arabic && (stanceAdj[toks[p.b-1].key] && p.b > p.a+2 || formerWord(toks[p.b-1]) || relativeParticiples[toks[p.b-1].key]) {
		p.b--
	}
	// an English name of a place or a body does not end on an adjective
	// of event words ("the Fort Gregory Trilateral Summit": the place is
	// "Fort Gregory")
	for !person && p.b > p.a+1 && !toks[p.b-1].arabic && headIs(toks[p.b-1], eventAdjectives) {
		p.b--
	}
	// an English name does not end on an initial ("Dmitry S")
	for p.b > p.a && !toks[p.b-1].arabic && utf8.RuneCountInString(toks[p.b-1].text) == 1 && !unicode.IsDigit(firstRune(toks[p.b-1].text)) && !(person && regnalAt(toks, p.b-1, p.a)) {
		p.b--
	}
	return p, p.a < p.b
}

// hasWord reports whether some token holds two letters or more.
func hasWord(toks []token) bool {
	for _, t := range toks {
		n := 0
		for _, r := range t.text {
			if unicode.IsLetter(r) && !textnorm.IsArabicDiacritic(r) { // (the tatweel stretches a letter: «لـ» is one)
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// camelWords counts the capitalised words glued in a Latin token
// ("StateDeptSpox" 3, "McAllister" 2, "Hale" 1).
func camelWords(w string) int {
	n := 0
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && (i == 0 || prevLower) {
			n++
		}
		prevLower = unicode.IsLower(r)
	}
	return n
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// head returns the head word of a name: in English the last word before
// "of", "for", "on" or "in" ("Office of the ..."), else the last word; in
// Arabic the first word (the head noun comes first).
func (g *Gate) head(toks []token, p part) (token, bool) {
	if toks[p.a].arabic {
		return toks[p.a], true
	}
	h := englishHead(toks, p.a, p.b)
	return toks[h], !toks[h].punct
}

// englishHead is the index of the head word of the English name
// toks[a:b]: the word before "of", "for", "on" or "in" ("Office of the
// ..."), else the last word, punctuation left aside.
func englishHead(toks []token, a, b int) int {
	h := b - 1
	for i := a + 1; i < b; i++ {
		if w := toks[i].text; w == "of" || w == "for" || w == "on" || w == "in" {
			h = i - 1
			break
		}
	}
	for h > a && toks[h].punct {
		h--
	}
	return h
}

// headType is the type a name's head word h gives it (a body's or a
// place's head, or a place's word opening an English name), if any.
func headType(lx *lexicon, toks []token, p part, h token) (graph.EntityType, bool) {
	switch {
	case memberHeaded(lx, toks, p):
		return graph.Organization, true // "House of Representatives"
	case !h.arabic && venueHeaded(toks, p.a, p.b):
		return graph.Place, true
	case headIs(h, orgHeads) && !h.arabic, h.arabic && headIs(h, arabicOrgHeads):
		return graph.Organization, true
	case headIs(h, placeHeads) && !h.arabic, h.arabic && headIs(h, arabicPlaceHeads), placeFirst(toks, p):
		return graph.Place, true
	}
	return "", false
}

// titledGivenSurname reports an English name a title names, of two
// words, a given name and a place's head word ("Foreign Minister Dana
// Hall", "Governor Karen Street"): the head word is the person's surname,
// not a building's.
func titledGivenSurname(toks []token, p part, ev evidence) bool {
	return ev == evTitle && givenSurnameHead(toks, p.a, p.b) && !orgHeads[headNoun(toks[p.a+1].text)]
}

// memberHeaded reports an English body's name toks[p.a:p.b] headed by a
// word of names.tsv member-body, "of" and its members' or holder's title
// ("House of Representatives", "Office of the Prime Minister").
func memberHeaded(lx *lexicon, toks []token, p part) bool {
	if toks[p.a].arabic {
		return false
	}
	h := englishHead(toks, p.a, p.b)
	return h+1 < p.b && memberBodyEnd(lx, toks, p.a, h+1) == p.b
}

// placeFirst reports an English name of two words or more that opens
// with a place's word ("Camp Lejeune", "Fort Worth", "Mount Kenya",
// "Cape Town"): a place, whatever the given name after it suggests.
func placeFirst(toks []token, p part) bool {
	t := toks[p.a]
	if t.arabic || !t.upper || p.b-p.a < 2 {
		return false
	}
	if placeFirstWords[strings.ToLower(t.text)] {
		return true
	}
	// the names of military sites open with their kind: "Joint Base
	// Varnell", "Naval Station Kerrin", "Naval Air Station Dorsey"
	if !siteKinds[strings.ToLower(t.text)] {
		return false
	}
	for i := p.a + 1; i < p.b-1 && i <= p.a+2; i++ {
		w := strings.ToLower(toks[i].text)
		if !toks[i].upper {
			return false
		}
		if w == "base" || w == "station" || w == "camp" {
			return true
		}
		if !siteKinds[w] {
			return false
		}
	}
	return false
}

// siteKinds are the words before "Base" or "Station" in the names of
// military sites.
var siteKinds = map[string]bool{"joint": true, "naval": true, "air": true, "army": true, "military": true, "marine": true}

// placeFirstWords open English names of places (names.tsv, place-first).
var placeFirstWords = wordSet("names.tsv", "place-first", "en")

// headNoun is a Latin word in lower case without a possessive
// ("Administration's" is "administration").
func headNoun(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "’s")
}

// headIs reports whether the head word of a name is in set (the Arabic
// head with its proclitics stripped).
func headIs(t token, set map[string]bool) bool {
	if !t.arabic {
		return set[headNoun(t.text)]
	}
	for _, s := range t.keys() {
		if set[s.key] {
			return true
		}
	}
	return false
}

// typeOf decides the type of a part: the knowledge base's for a known
// name; else its head word's (a body, a place; a document or a plan is
// no entity); else the proposer's, a person only with person evidence.
func (g *Gate) typeOf(toks []token, p part, m graph.Mention, ev evidence) (graph.EntityType, bool) {
	same := toks[p.a].start+p.pre == m.Start && toks[p.b-1].end >= m.End-3
	if m.KBID != "" && same {
		return m.Type, true
	}
	if !m.Type.Named() {
		return m.Type, true
	}
	h, ok := g.head(toks, p)
	if !ok {
		return "", false
	}
	switch {
	case headIs(h, nonEntityHeads):
		return "", false
	case m.Type == graph.Country || m.Type == graph.City:
		return m.Type, true
	}
	if m.Type == graph.Person && titledGivenSurname(toks, p, ev) {
		return m.Type, true
	}
	// a tagger's person inside a list of places after "at" or "in",
	// another place after it: "at Mersa Hall, Kelbo House, Varna"
	if m.Type == graph.Person && ev <= evTagger && !toks[p.a].arabic && locativeListBefore(toks, p.a) && placeListAfter(toks, p.b) {
		return graph.Place, true
	}
	if ht, ok := headType(g.lx, toks, p, h); ok {
		return ht, true
	}
	if m.KBID == "" && compassFirst(g.lx, toks, p) {
		return graph.Place, true
	}
	// (a tagger's place that a town's kind names, "the town of X", is a
	// city)
	if (m.Type == graph.Person || m.Type == graph.Place) && m.KBID == "" {
		if ct, ok := kindBefore(toks, p); ok && (m.Type == graph.Person || ct == graph.City) {
			return ct, true
		}
	}
	if m.Type == graph.Person && ev < evTagger && !givenTok(toks[p.a]) {
		return "", false // a capitalised run is a person only with person evidence
	}
	return m.Type, true
}

// compassFirst reports an English name of two capitalised words or more
// that opens with a compass word ("South Varnovia", "Upper Kessel"): a
// region or a province, known or not, as no person's name opens so; not
// a compass word before a demonym or a region's adjective ("East
// African leaders", "Central Asian states", "North Korean troops").
func compassFirst(lx *lexicon, toks []token, p part) bool {
	t := toks[p.a]
	if t.arabic || !t.upper || p.b-p.a < 2 || !compassWords[strings.ToLower(t.text)] {
		return false
	}
	for i := p.a + 1; i < p.b; i++ {
		if !toks[i].upper || toks[i].arabic {
			return false
		}
		if n, _, _ := lx.demonyms.match(toks, i); n > 0 || regionAdjEn[strings.ToLower(toks[i].text)] {
			return false
		}
	}
	return true
}

// kindOfPlace are the English lower-case nouns of a kind of place that
// name one after "of": "the southern state of X", "the town of X", "the
// Jewish settlement of X" (value: City or Place).
var kindOfPlace = lexValues("names.tsv", "kind-of-place", "en")

// adminHeads are the lower-case English nouns of a division of a state
// ("province", "district", "state", "neighbourhood") that news writes after
// its name, outside it: "Korvan province" names Korvan.
var adminHeads = wordSet("names.tsv", "admin-head", "en")

// outletNouns are the English lower-case nouns of a newspaper or a
// broadcaster written in apposition before its name or after it: "the
// daily X", "the newspaper X", "X newspaper said".
var outletNouns = wordSet("names.tsv", "outlet-noun", "en")

// memberNouns are the English lower-case plurals of the armed members of
// a group written after its name: "X rebels", "X militants", "X guerrillas".
var memberNouns = wordSet("names.tsv", "member-noun", "en")

// kindBefore types an English name that a common noun of its kind puts in
// apposition: a place after "the town of", "the state of" ("the southern
// state of X"); a newspaper after "the daily" or before "newspaper" ("the
// daily X", "X newspaper said"); an armed group before its members ("X
// rebels"). What news writes so is never a person,
// whatever the words of the name look like.
func kindBefore(toks []token, p part) (graph.EntityType, bool) {
	a := p.a
	if toks[a].arabic {
		return "", false
	}
	if a >= 2 && toks[a-1].text == "of" && !toks[a-2].upper {
		switch kindOfPlace[toks[a-2].key] {
		case "city":
			return graph.City, true
		case "place":
			return graph.Place, true
		}
	}
	if a >= 1 && !toks[a-1].upper && outletNouns[toks[a-1].key] {
		return graph.Organization, true
	}
	if p.b < len(toks) && !toks[p.b].upper && (outletNouns[toks[p.b].key] || memberNouns[toks[p.b].key]) {
		return graph.Organization, true
	}
	return "", false
}

// givenTok reports a given name of either language.
func givenTok(t token) bool {
	if t.arabic {
		for _, s := range t.keys() {
			if givenAr[s.key] {
				return true
			}
		}
		return false
	}
	return givenEn[strings.ToLower(t.text)]
}

// plausible applies the checks on the whole of a mended part (held: m is
// a knowledge-base office-holder's full name, heldName).
func (g *Gate) plausible(d *extract.Document, toks []token, p part, typ graph.EntityType, m graph.Mention, ev evidence, held bool) bool {
	in := toks[p.a:p.b]
	words := 0
	for _, t := range in {
		if !t.punct {
			words++
		}
	}
	if words == 0 {
		return false
	}
	known := (m.KBID != "" || held) && toks[p.a].start+p.pre == m.Start
	if !known && !hasWord(toks[p.a:p.b]) {
		return false // «ب0 0»: no word of two letters, no name
	}
	// titles, event words, nationality adjectives and delegation nouns
	// are no part of a name ("Head of Military Intelligence")
	if !known {
		h, _ := g.head(toks, p)
		// («مركز الملك X للحوار الوطني»: a body named after a person
		// holds his style, and what it is for may be an event's word)
		eponymed := eponymShape(toks, p)
		// ("Harare Conference Centre": a venue's head after its kind)
		headed := headIs(h, orgHeads) || headIs(h, placeHeads) || headIs(h, arabicOrgHeads) || headIs(h, arabicPlaceHeads) || eponymed || memberHeaded(g.lx, toks, p) || venueHeaded(toks, p.a, p.b)
		for i := range toks {
			for _, c := range []struct {
				tr       trie
				inBodies bool // may qualify a headed body's name ("Russian Armed Forces", «وزارة الخارجية الروسية»)
			}{{g.lx.roles, true}, {g.lx.events, false}, {g.lx.demonyms, true}, {g.lx.delegation, false}} {
				n, pre, _ := c.tr.match(toks, i)
				if n == 0 || toks[i].start+pre >= toks[p.b-1].end || toks[i+n-1].end <= toks[p.a].start+p.pre {
					continue // no overlap
				}
				inside := i >= p.a && i+n <= p.b
				if inside && n == 1 && i > p.a && toks[i-1].arabic && arabicConnectors[toks[i-1].key] {
					continue // «بن تركي», «بن سلطان»: a name after «بن»
				}
				if inside && n == 1 && i == p.a && typ == graph.Person && (nationalityOpensName(g.lx, toks, i, p.b) || i+2 < p.b && binAfter(toks, i)) {
					continue // «تركي بن سعود», «السفير السعودي تركي العنزي»: a given name that opens a lineage or follows the title's nationality
				}
				if inside && n == 1 && i == p.b-1 && typ == graph.Person && familyBeforeTitle(g.lx, toks, p.a, i) {
					continue // «سعيد الهولندي نائب الرئيس»: the family's name before a title
				}
				if inside && n == 1 && i == p.b-1 && i == p.a+2 && typ == graph.Person && ev >= evTitle && familyOfOrigin(g.lx, toks, i, func(int, int) bool { return false }) {
					continue // «وزير الخارجية رامي فهد المصري»: the family's name after two names
				}
				if inside && n == 1 && i == p.b-1 && typ == graph.Person && afterNasab(toks, p.a, i) && definite(toks[i]) && strings.HasSuffix(toks[i].key, "ي") && (p.b >= len(toks) || !givenTok(toks[p.b])) {
					continue // «راشد بن حمد الكندي»: the family's name after a nasab
				}
				if inside && n == 1 && i == p.b-1 && typ == graph.Person && nisbaAfterNationality(g.lx, toks, p.a, i) {
					continue // «نظيره العراقي فؤاد المصري»: a second nationality is the family's
				}
				if inside && n == 1 && i > p.a && i+1 < p.b && typ == graph.Person && (amirMiddle(toks, i) || shaykhMiddle(toks, i)) {
					continue // «حسين أمير صالحي», «حسن شيخ محمود»: a middle name, no title
				}
				if inside && n == 1 && i > p.a && i+1 < p.b && typ == graph.Person && !toks[i].arabic && innerStyles[toks[i].key] && toks[i].upper && toks[i-1].upper && toks[i+1].upper {
					continue // "Garaad Sheikh Dhuxul": a style inside the name is a word of it
				}
				if inside && headed && i+n < p.b && venueKindAt(toks, i, n) {
					continue // "Marwick Conference Hall": the venue's kind before its head
				}
				if !(inside && headed && (c.inBodies || eponymed)) {
					return false
				}
			}
		}
	}
	if !known && words == 1 && g.nisbaAccusative(toks, p.a) {
		return false // «وفدا برلمانيا إيرانيا», «أعلن رسميا»: an adjective, no name
	}
	if strings.Contains(d.Text[toks[p.a].start:toks[p.b-1].end], "-") && toks[p.a].arabic && words == 1 {
		return false // «روسيا-أوكرانيا»: a compound of names, not a name
	}
	if !known && typ != graph.Person && !toks[p.a].arabic && p.a >= 2 && toks[p.a-1].key == "and" && endsBefore(toks, p.a-1, g.lx.roles) {
		// "Minister for Foreign Affairs and External Trade", "Minister
		// of Foreign Affairs and Emigration": a title's second portfolio,
		// no body's or place's name
		return false
	}
	if !known && typ != graph.Organization && !toks[p.a].arabic && g.countryCompound(d.Text[toks[p.a].start:toks[p.b-1].end]) {
		// "the Japan-Saudi Arabia relationship": countries' compound,
		// no person's or place's name (a body's may open with one: "the
		// Japan-Saudi Arabia Business Council")
		return false
	}
	// a name made of common words only, with no head to type it, is a
	// phrase ("Energy Security", «برنامج»)
	if !known {
		allCommon := true
		for _, t := range in {
			if !t.punct && !commonTok(t) && !(t.arabic && arabicConnectors[t.key]) {
				allCommon = false
			}
		}
		h, _ := g.head(toks, p)
		// ("State House", "Government House", "National Stadium": a
		// capitalised site's head names the site, its other words common)
		headed := headIs(h, orgHeads) || headIs(h, placeHeads) || headIs(h, arabicOrgHeads) || headIs(h, arabicPlaceHeads) || memberHeaded(g.lx, toks, p) ||
			h.upper && siteHeads[h.key]
		if allCommon && (!headed || words == 1) {
			return false
		}
		// a state's form alone ("the Sultanate", "the Kingdom", «المملكة»)
		// is the country the article names, no body's or place's name
		if words == 1 && statehoodAlone(in) {
			return false
		}
		// an Arabic place's head that opens a description names nothing
		if words >= 2 && in[0].arabic && headIs(in[0], arabicPlaceHeads) && placeDescription(in) {
			return false
		}
		// an Arabic body's head with generic adjectives only is a
		// description («الأمانة العامة», «الحكومة الانتقالية»), and so is
		// a government's with nationality adjectives only («الحكومة
		// السورية», "the Syrian government")
		if words >= 2 && typ != graph.Person && g.description(toks, p) {
			return false
		}
		// a body every firm, club or court has inside it («مجلس الإدارة»:
		// the board of directors), alone or with generic adjectives, is a
		// description of a part of some body, not a name
		if words >= 2 && in[0].arabic && innerBody(toks, p) {
			return false
		}
		// two generic bodies in a row, joined by «و» («الجيش والشرطة»:
		// the army and the police), are no one body's name
		if words == 2 && in[0].arabic && definite(in[0]) && headIs(in[0], arabicOrgHeads) && strings.HasPrefix(in[1].text, "وال") && genericBodyTok(in[1]) {
			return false
		}
		// a head that also names a flow, with what flows after it, is
		// that flow («حركة النقل»: traffic), not a body
		if words >= 2 && in[0].arabic && headIs(in[0], flowHeads) && headIs(in[1], flowNouns) {
			return false
		}
		// a head that is also an act or a thing, with a definite noun
		// alone after it, is that act or thing («إدارة الأعمال»,
		// «برنامج التدريب»), not a body
		if words >= 2 && g.actPhrase(toks, p) {
			return false
		}
	}
	// «كلاوس ريمر»: a known place behind «ك» before a word that goes on
	// a name is no place; the whole word is a given name (Klaus)
	if typ.Location() && words == 1 && g.kaGivenName(toks, p) {
		return false
	}
	// generic place words alone («شبه جزيرة», "Peninsula") name nothing
	generic := true
	for _, t := range in {
		if !headIs(t, arabicPlaceHeads) && !headIs(t, placeHeads) && !headIs(t, arabicOrgHeads) && !headIs(t, orgHeads) {
			generic = false
		}
	}
	if generic && !known {
		return false
	}
	// «الله» alone is God's name: the word a theophoric name ends in («نصر
	// الله», «فضل الله») or a formula («حفظه الله»), never a person's,
	// a place's or a body's name by itself
	if words == 1 && in[0].arabic {
		for _, s := range in[0].keys() {
			if s.key == "الله" {
				return false
			}
		}
	}
	first := in[0]
	// "James Poland", "Alexander Paris": a place's name right after a
	// given name is that person's surname
	if typ.Location() && !first.arabic && p.a > 0 {
		if prev := toks[p.a-1]; !prev.arabic && prev.upper && prev.end+1 == first.start && givenEn[strings.ToLower(prev.text)] && !placeFirstWords[strings.ToLower(prev.text)] {
			return false
		}
	}
	// a lone capitalised word opening an English sentence is too weak
	if words == 1 && !first.arabic && first.start == toks[0].start && ev < evTitle {
		return false
	}
	if words == 1 && !known {
		// a lone definite Arabic word («والروسين») is a noun or an
		// adjective; the definite names of places are the knowledge base's
		if first.arabic && ev < evTitle {
			w := first.text[p.pre:]
			for _, c := range []string{"و", "ب", "ل", "ف"} {
				w = strings.TrimPrefix(w, c)
			}
			if strings.HasPrefix(w, "ال") || strings.HasPrefix(first.text, "لل") {
				return false
			}
			// nor is an indefinite adjective of relation a place
			// («حدودية»; a brand may look like one: «جيلي»)
			if typ.Location() && indefiniteNisba(first) {
				return false
			}
		}
		// «روسياأوكرانيا»: two known names glued by a missing space
		if first.arabic && g.gluedNames(first.text) {
			return false
		}
		i, prev, next := around(toks, first)
		// "Warrani counterparts": a word before a plural of people is an
		// adjective of origin, however garbled, not a person
		if typ == graph.Person && next != nil && !next.upper && groupNouns[next.key] {
			return false
		}
		// "added via Telegram": what a statement goes through is a medium,
		// not a place
		if typ != graph.Person && prev != nil && mediumPreps[prev.key] && speechWithin(toks, i-1, 2) {
			return false
		}
	}
	// a person's name over a known place's is a tagging error
	if typ == graph.Person && !known {
		for _, e := range g.lx.kb.Lookup(d.Text[toks[p.a].start+p.pre : toks[p.b-1].end]) {
			if e.Type != graph.Person && (!e.Weak || words > 1) {
				return false
			}
		}
	}
	// an Arabic person needs two words, or a title or a known name
	if typ == graph.Person && first.arabic && words == 1 && ev < evTitle {
		return false
	}
	if typ == graph.Person && !known && words == 1 && first.arabic {
		// after a title, an adjective («مسؤول رفيع») or a noun in
		// construct with a known name («منسق شؤون الشرق الأوسط») is the
		// title's, not a name
		if headIs(first, eventAdjectives) {
			return false
		}
		if i, _, next := around(toks, first); next != nil && next.arabic && i+1 < len(toks) {
			if n, pre, _ := g.lx.entities.match(toks, i+1); n > 0 && pre == 0 {
				return false
			}
		}
	}
	// "United States-UK": a compound of two known names is no name
	if !known && g.knownCompound(d, toks, p) {
		return false
	}
	return true
}

// placeDescription reports whether an Arabic place's head, in[0], opens
// a description rather than a name: what names a place after its head
// agrees with a definite head («المنطقة الخضراء») or goes on in
// construct from an indefinite one to a definite or proper word
// («ولاية البحيرات», «مطار دمشق», «منطقة وادي الأردن»). So indefinite
// common words alone after the head are a phrase («ولاية ثانية»: a
// second term; «منطقة واسعة»: a wide area); a word after the head that
// opens with a preposition or conjunction ends the phrase at the head
// alone («قاعدة للتدريب», «المنطقة فقصفت»), and so does an indefinite
// common word after a definite head («المنطقة تقصف»); after an
// indefinite head an indefinite common word is its adjective («منطقة
// جافة», «مطار أوروبي») unless a definite word follows it in construct
// («منطقة تجارة الحدود»).
func placeDescription(in []token) bool {
	var next []token
	for _, t := range in[1:] {
		if !t.punct {
			next = append(next, t)
		}
	}
	if !slices.ContainsFunc(next, func(t token) bool { return !commonTok(t) || definite(t) || strings.HasPrefix(t.text, "لل") }) {
		return true
	}
	w := next[0]
	if !w.arabic {
		return false
	}
	if cliticCommon(w) {
		return true
	}
	if !definite(in[0]) && indefiniteNisba(w) && (len(next) == 1 || !definite(next[1])) {
		return true
	}
	// a particle of two letters may open a foreign name («مطار لو بورجيه»)
	if !commonTok(w) || definite(w) || arabicStop[w.key] || utf8.RuneCountInString(w.key) < 3 {
		return false
	}
	if definite(in[0]) {
		return true
	}
	return len(next) == 1 || !definite(next[1]) && next[1].arabic
}

// indefiniteNisba reports an indefinite Arabic adjective of relation made
// on a common noun («حدودية» on «حدود», «عسكري» on «عسكر», «دولي» on
// «دول»): after an indefinite place head it describes the place
// («منطقة حدودية»: a border area), it does not name it.
func indefiniteNisba(t token) bool {
	if !t.arabic || definite(t) || givenAr[t.key] {
		return false
	}
	stem, ok := strings.CutSuffix(t.key, "يه")
	if !ok {
		if stem, ok = strings.CutSuffix(t.key, "ي"); !ok {
			return false
		}
	}
	return utf8.RuneCountInString(stem) >= 3 && commonStem(stem)
}

// definite reports whether an Arabic word carries the article.
func definite(t token) bool { return strings.HasPrefix(t.text, "ال") }

// cliticCommon reports whether an Arabic word is a common word behind a
// preposition or conjunction («للتدريب», «فقصفت», «بالقوانين»): no
// word of a name's continuation.
func cliticCommon(t token) bool {
	if commonTok(t) || givenAr[t.key] {
		return false
	}
	for _, s := range t.stems {
		if s.prefix > 0 && utf8.RuneCountInString(s.key) >= 3 && commonAr[s.key] {
			return true
		}
	}
	return false
}

// genericBodyTok reports a definite Arabic word behind «و» that is a
// body's head or a common word of the language («والشرطة», «والأمن»).
func genericBodyTok(t token) bool {
	for _, st := range t.stems {
		if st.prefix > 0 && strings.HasPrefix(st.key, "ال") && (arabicOrgHeads[st.key] || commonAr[st.key] || commonAr[strings.TrimPrefix(st.key, "ال")]) {
			return true
		}
	}
	return false
}

// flowHeads are Arabic body heads that also name a flow, and flowNouns
// what flows after them (names.tsv: flow-head, flow-noun).
var (
	flowHeads = wordSet("names.tsv", "flow-head", "ar")
	flowNouns = wordSet("names.tsv", "flow-noun", "ar")
)

// actHeads are Arabic body heads that are also the verbal noun of an
// act or the name of a thing (names.tsv, act-head: «إدارة», «برنامج»).
var actHeads = wordSet("names.tsv", "act-head", "ar")

// actPhrase reports an Arabic part that opens on an indefinite act-head
// followed only by definite nouns, the first alone or the others joined
// to it by «و» («إدارة الأعمال», «إدارة الأزمة والحرب»): the act on them
// or the thing, not a body's name. An adjective of relation, a word
// without the article or a known name after the head makes a name
// («إدارة الشؤون القنصلية», «برنامج الأمم المتحدة»).
func (g *Gate) actPhrase(toks []token, p part) bool {
	in := toks[p.a:p.b]
	if len(in) < 2 || !in[0].arabic || definite(in[0]) || !headIs(in[0], actHeads) {
		return false
	}
	for i, t := range in[1:] {
		w := t.text
		if i > 0 {
			var ok bool
			if w, ok = strings.CutPrefix(w, "و"); !ok {
				return false
			}
		}
		if t.punct || !strings.HasPrefix(w, "ال") || relAdjective(token{text: w, key: textnorm.Key(w), arabic: true}) || len(g.lx.kb.Lookup(w)) > 0 {
			return false
		}
	}
	return true
}

// kaGivenName reports a one-word part behind the glued «ك» (as, like)
// whose next word goes on a person's name: an Arabic word that is no
// common word, stop word, verb or known name, without the article or a
// conjunction («السفير كلاوس ريمر»: the given name Klaus, not «ك» and
// Laos). «ك» as the preposition starts a phrase or a list («دول كلاوس
// وكمبوديا»).
func (g *Gate) kaGivenName(toks []token, p part) bool {
	if p.pre != len("ك") || !strings.HasPrefix(toks[p.a].text, "ك") || p.b >= len(toks) {
		return false
	}
	n := toks[p.b]
	return n.arabic && !n.punct && !definite(n) && !strings.HasPrefix(n.text, "و") && !commonTok(n) && !wordlikeAr[n.key] &&
		!arabicStop[n.key] && !isArabicVerb(n) && !verbShapeTok(n) && !presentVerbTok(n) && len(g.lx.kb.Lookup(n.text)) == 0
}

// descriptionHeads head generic descriptions of a country's
// institutions ("government", «الحكومة»).
var descriptionHeads = wordSet("names.tsv", "description-head")

// description reports whether a part is a body's head with generic or
// nationality adjectives only: a description, not a name.
func (g *Gate) description(toks []token, p part) bool {
	h, ok := g.head(toks, p)
	if !ok {
		return false
	}
	byNation := headIs(h, descriptionHeads)
	for i := p.a; i < p.b; i++ {
		t := toks[i]
		if t.start == h.start || t.punct {
			continue
		}
		if t.arabic && (genericAdj[t.key] || stanceAdj[t.key]) {
			continue
		}
		if n, _, _ := g.lx.demonyms.match(toks, i); byNation && n == 1 {
			continue
		}
		return false
	}
	return h.arabic || byNation
}

// innerBodies are the bodies every firm, club, court or school has inside
// it (names.tsv, inner-body: «مجلس الإدارة», «هيئة الدفاع»).
var innerBodies = wordSet("names.tsv", "inner-body", "ar")

// innerBody reports a part whose first two words, behind a proclitic, are
// an inner body and whose other words are generic adjectives only
// («مجلس الإدارة الجديد»; not «مجلس إدارة المنطقة الحرة», a named one).
func innerBody(toks []token, p part) bool {
	var ws []token
	for _, t := range toks[p.a:p.b] {
		if !t.punct {
			ws = append(ws, t)
		}
	}
	if len(ws) < 2 {
		return false
	}
	for _, t := range ws[2:] {
		if !t.arabic || !genericAdj[t.key] {
			return false
		}
	}
	for _, s := range ws[0].keys() {
		if innerBodies[s.key+" "+ws[1].key] {
			return true
		}
	}
	return false
}

// lamGovernors are the Arabic words after which a glued «ل» is a
// preposition they govern (words.tsv, governs-lam: «بالنسبة», «وفقا»).
var lamGovernors = wordSet("words.tsv", "governs-lam", "ar")

// eventAdjectives qualify event words and titles ("high-level",
// "bilateral"): never a name.
var eventAdjectives = wordSet("words.tsv", "adjective")

// knownCompound reports whether a part is two names of the knowledge
// base joined by a hyphen ("France-UK", "United States-UK"), with
// nothing after them ("U.S.-EU Trade Council" is a body's name).
func (g *Gate) knownCompound(d *extract.Document, toks []token, p part) bool {
	t := toks[p.b-1]
	h := strings.LastIndex(t.text, "-")
	start := toks[p.a].start + p.pre
	if t.arabic || h <= 0 || h == len(t.text)-1 || start >= t.start+h {
		return false
	}
	left, right := d.Text[start:t.start+h], t.text[h+1:]
	return len(g.lx.kb.Lookup(left)) > 0 && len(g.lx.kb.Lookup(right)) > 0
}

// groupNouns are plurals of people that an adjective of origin precedes.
var groupNouns = wordSet("names.tsv", "group-noun")

// mediumPreps introduce the channel a statement went through.
var mediumPreps = wordSet("names.tsv", "medium")

// around returns the index of t in toks and the tokens just before and
// after it (nil at the edges).
func around(toks []token, t token) (i int, prev, next *token) {
	for i = range toks {
		if toks[i].start == t.start {
			break
		}
	}
	if i > 0 {
		prev = &toks[i-1]
	}
	if i+1 < len(toks) {
		next = &toks[i+1]
	}
	return i, prev, next
}

// speechWithin reports whether a verb of speech is among the n tokens
// before toks[i].
func speechWithin(toks []token, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if speechVerbs[strings.ToLower(toks[j].text)] {
			return true
		}
	}
	return false
}

// gluedNames reports whether an Arabic word is two names of the knowledge
// base written without the space between them.
func (g *Gate) gluedNames(w string) bool {
	rs := []rune(w)
	for i := 3; i+3 <= len(rs); i++ {
		if len(g.lx.kb.Lookup(string(rs[:i]))) > 0 && len(g.lx.kb.Lookup(string(rs[i:]))) > 0 {
			return true
		}
	}
	return false
}

// verbShapeTok reports an Arabic word whose shape is a verb, a verbal
// noun behind a preposition or a participle of the derived forms, none of
// which a person's name takes, though the counted lists of common words
// lack many of them: after a title such a word says what the titled
// person did or is («الفريق استعرض خطته», «الوزير متمسك», «الفريق
// سيناقش العرض»), and after a name it ends it («الرئيس جابر تناولت
// …», «سامر كريمي بانسحاب المسلحين»).
//
//   - a past of the tenth form, «است» and three letters, with «ت» or
//     «وا» or none («استعرض», «استقبلت»); its present («يستعرض»);
//   - a past of the fifth, sixth, seventh or eighth form with the «ت» of
//     the feminine («تناولت», «تعهدت», «انسحبت», «اجتمعت»);
//   - a future of the third form («سيناقش», «ستقاتل»: «س», the prefix of
//     the present, a letter, «ا» and two letters);
//   - a participle of the fifth or sixth form, «مت» and three letters
//     with a plural or feminine ending or none («متمسك», «متمسكون»), not
//     «متولي», whose stem ends in «ي»;
//   - a present of the eighth form («يختتم», «يجتمع»);
//   - a verbal noun of the second form, bare («تخطيط», «تنسيق»);
//   - «ب», «ل» or «ك» on a verbal noun of the derived forms («بانسحاب»,
//     «بتأجير», «لتمثيل», «باستقبال», «لاجتماع», «كتعبير»).
func verbShapeTok(t token) bool {
	if !t.arabic || t.punct || definite(t) || givenTok(t) {
		return false
	}
	w := []rune(t.key)
	if len(w) > 0 && (w[0] == 'و' || w[0] == 'ف') && len(w) >= 6 {
		w = w[1:]
	}
	n := len(w)
	at := func(i int, c rune) bool { return i < n && w[i] == c }
	soft := func(i int) bool { return i < n && (w[i] == 'ا' || w[i] == 'و' || w[i] == 'ي') }
	// the ending that leaves the stem
	stemOf := func(ends ...string) ([]rune, bool) {
		for _, e := range ends {
			if e == "" {
				return w, true
			}
			if strings.HasSuffix(string(w), e) {
				return []rune(strings.TrimSuffix(string(w), e)), true
			}
		}
		return nil, false
	}
	// tenth form, past and present
	for _, pre := range []string{"است", "يست", "تست"} {
		if s, ok := strings.CutPrefix(string(w), pre); ok {
			for _, e := range []string{"", "ت", "وا", "ون"} {
				r := []rune(strings.TrimSuffix(s, e))
				if (e == "" || strings.HasSuffix(s, e)) && len(r) == 3 && !strings.ContainsAny(string(r), "اوي") {
					return true
				}
			}
		}
	}
	// derived pasts with the feminine «ت»
	if s, ok := stemOf("ت"); ok && n >= 5 && at(n-1, 'ت') {
		m := len(s)
		switch {
		case m == 5 && s[0] == 'ت' && s[2] == 'ا': // تفاعل
			return true
		case m == 4 && s[0] == 'ت' && !strings.ContainsAny(string(s[1:]), "اوي"): // تفعّل
			return true
		case m == 5 && s[0] == 'ا' && s[1] == 'ن' && !strings.ContainsAny(string(s[2:]), "اوي"): // انفعل
			return true
		case m == 5 && s[0] == 'ا' && s[2] == 'ت' && !strings.ContainsAny(string(s[3:]), "اوي"): // افتعل
			return true
		}
	}
	// a future of the third form
	if n >= 6 && at(0, 'س') && (at(1, 'ي') || at(1, 'ت') || at(1, 'ن')) && at(3, 'ا') && !soft(2) && !soft(4) && !soft(5) && (n == 6 || n == 8 && strings.HasSuffix(string(w), "ون")) {
		return true
	}
	// a present of the fifth or sixth form («يتسلم», «تتقبل»; «يتبادل»):
	// ي or ت, then ت, then three strong radicals, «ا» after the first in
	// the sixth
	if (at(0, 'ي') || at(0, 'ت')) && at(1, 'ت') && !soft(2) && (n == 5 && !soft(3) && !soft(4) || n == 6 && at(3, 'ا') && !soft(4) && !soft(5)) {
		return true
	}
	// a present of the eighth form («يختتم», «يجتمع», «يفتتح»: ي, a
	// strong radical, the infixed ت, two strong radicals)
	if n == 5 && at(0, 'ي') && at(2, 'ت') && !soft(1) && !soft(3) && !soft(4) {
		return true
	}
	// a verbal noun of the second form, bare («تخطيط», «تنسيق»: ت, two
	// strong radicals, ي, a strong radical; a given name of that shape,
	// «تيسير», is none: givenTok above)
	if n == 5 && at(0, 'ت') && at(3, 'ي') && !soft(1) && !soft(2) && !soft(4) {
		return true
	}
	// a participle of the fifth or sixth form
	if at(0, 'م') && at(1, 'ت') {
		for _, e := range []string{"", "ون", "ين", "ه", "ات", "ا"} {
			if !strings.HasSuffix(string(w), e) {
				continue
			}
			r := []rune(strings.TrimSuffix(string(w[2:]), e))
			if len(r) == 3 && r[2] != 'ي' && r[2] != 'ا' && r[1] != 'ا' {
				return true
			}
		}
	}
	// a preposition on a verbal noun of the derived forms
	if n >= 6 && (at(0, 'ب') || at(0, 'ل') || at(0, 'ك')) {
		r := w[1:]
		m := len(r)
		s := string(r)
		switch {
		case m == 6 && strings.HasPrefix(s, "ان") && r[4] == 'ا': // انفعال
			return true
		case m == 6 && r[0] == 'ا' && r[2] == 'ت' && r[4] == 'ا': // افتعال
			return true
		case m == 7 && strings.HasPrefix(s, "است") && r[5] == 'ا': // استفعال
			return true
		case m == 5 && r[0] == 'ت' && r[3] == 'ي': // تفعيل
			return true
		}
	}
	return false
}

// pluralPossessiveTok reports an Arabic plural in «ات» with the pronoun
// «ه» («حملاته», "his campaigns"; «ومهاراته», "and his skills"): a noun
// phrase, no name. The stem before «اته» has three letters or more
// («شحاته», a name, has two).
func pluralPossessiveTok(t token) bool {
	if !t.arabic || t.punct || givenTok(t) || !strings.HasSuffix(t.text, "اته") {
		return false
	}
	w := strings.TrimSuffix(t.key, "اته")
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		w = w[len("و"):]
	}
	return utf8.RuneCountInString(w) >= 3
}

// eponymShape reports a name of a body or a place named after a person,
// with his style: the Arabic head then the style («مركز الملك X»), or
// the English style first and a head after the name ("King X Center").
func eponymShape(toks []token, p part) bool {
	if p.b-p.a < 3 {
		return false
	}
	if t := toks[p.a]; t.arabic {
		return headIs(t, eponymHeads) && eponymTitles[toks[p.a+1].key]
	}
	if !eponymTitlesEn[strings.ToLower(toks[p.a].text)] {
		return false
	}
	for _, t := range toks[p.a+2 : p.b] {
		if w := strings.ToLower(t.text); eponymHeadsEn[w] {
			return true
		}
	}
	return false
}

// statehoodAlone reports a name of one word that is a noun of a state's
// formal name ("Sultanate", "the Kingdom's"; «السلطنة», «المملكة»), save
// a plural ("Emirates", the country's short name).
func statehoodAlone(in []token) bool {
	for _, t := range in {
		if t.punct {
			continue
		}
		if t.arabic {
			stem, ok := strings.CutPrefix(t.key, "ال")
			return ok && statehoodWords[stem]
		}
		w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"))
		return stateHeads[w] && !strings.HasSuffix(w, "s")
	}
	return false
}

// monthDay reports a month's name or abbreviation at toks[a] that a
// day's number follows or precedes ("Jan 8", "8 Jan", «3 مارس»).
func monthDay(toks []token, a int) bool {
	// (or a Hijri month's English name, words.tsv calendar: "Safar 11,
	// 1446" in a Gulf agency's dateline)
	if _, ok := months[toks[a].key]; !ok && !(calendarWords[toks[a].key] && !toks[a].arabic) {
		return false
	}
	day := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		n, err := strconv.Atoi(toks[i].text)
		return err == nil && n >= 1 && n <= 31
	}
	return day(a+1) || day(a-1)
}

// countryCompound reports an English run that opens with two or more
// countries' names joined by hyphens or dashes ("Japan-Saudi Arabia",
// "Australia-Japan-United States", "China-Afghanistan-Pakistan
// Trilateral"): the adjective of a relation or a forum between them.
func (g *Gate) countryCompound(text string) bool {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
	if len(parts) < 2 {
		return false
	}
	country := func(s string) bool {
		for _, e := range g.lx.kb.Lookup(strings.TrimSpace(s)) {
			if e.Type == graph.Country {
				return true
			}
		}
		return false
	}
	// (the last part may go on with other words: "Pakistan Trilateral")
	for _, s := range parts[:len(parts)-1] {
		if !country(s) {
			return false
		}
	}
	last := strings.Fields(parts[len(parts)-1])
	for n := len(last); n >= 1; n-- {
		if country(strings.Join(last[:n], " ")) {
			return true
		}
	}
	return false
}

// quotedEponym reports a part with one opening quote inside, after an
// Arabic word, whose closing quote comes right after the part: a venue's
// name and its eponym in quotes («المركز الدولي للمؤتمرات "X Y"»; the
// closing quote is left out of the name, as the opening one cannot be).
func quotedEponym(toks []token, p part) bool {
	if p.b-p.a < 3 || p.b >= len(toks) || toks[p.b].text != "\"" {
		return false
	}
	n, open := 0, -1
	for i := p.a; i < p.b; i++ {
		if toks[i].text == "\"" {
			n++
			open = i
		}
	}
	return n == 1 && open > p.a && open < p.b-1 && toks[open-1].arabic
}

// definiteOrgHead reports an Arabic word that is a body's head noun with
// the article, behind any proclitic («للجامعة», «والحركة», «الوزارة»).
func definiteOrgHead(w string) bool {
	k := textnorm.Key(w)
	for _, p := range []string{"وال", "فال", "بال", "كال", "لل", "ال"} {
		if r, ok := strings.CutPrefix(k, p); ok && (arabicOrgHeads[r] || arabicOrgHeads["ال"+r]) {
			return true
		}
	}
	// «للجنة»: «ل» and «اللجنة», the article's alef and a lam merged
	r, ok := strings.CutPrefix(k, "ل")
	return ok && strings.HasPrefix(r, "ل") && arabicOrgHeads["ال"+r]
}

// knownPair reports an English word of two or more names joined by
// hyphens, each a country, a nationality or a body the knowledge base
// knows ("ASEAN-Japan", "China-Peru", "EU-Mercosur").
func (g *Gate) knownPair(d *extract.Document, t token) bool {
	parts := hyphenSplit(d, t)
	if len(parts) < 2 {
		return false
	}
	for _, hp := range parts {
		pt := hp.toks
		if n, _, _ := g.lx.demonyms.match(pt, 0); n == len(pt) {
			continue
		}
		n, _, v := g.lx.entities.match(pt, 0)
		if n != len(pt) || !pt[0].upper {
			return false
		}
		if typ := v.(*kb.Entry).Type; typ != graph.Country && typ != graph.Organization {
			return false
		}
	}
	return true
}
