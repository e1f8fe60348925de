package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unique"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/resolve"
)

// A build holds no document whole once its extraction is done: each is
// reduced, on the worker that extracted it, to its share of the
// resolution (resolve.Summarizer) and to the little the corpus passes
// after extraction still read of it: the titles of known countries the
// leaders pass looks people up in (left in the document), and what
// event linking reads of its events (eventResidue). Its text,
// sentences, mentions and relations are dropped there; the documents
// the leaders pass completes stay whole until it has run. Event linking
// then runs over the residues, and the resolution takes the keys it
// changed (rekey), as a store resolves its documents' shares.

// reducer reduces the documents of one build.
type reducer struct {
	sum     *resolve.Summarizer
	spill   *resolve.Spill // where held documents wait, packed
	rel     *rules.Relations
	index   map[string]int // document id -> its place in input order
	workers int
	shares  []*resolve.Share  // by place
	events  []eventResidue    // by place
	held    []heldDoc         // by place: documents the leaders pass completes
	nheld   atomic.Int32      // documents held
	book    *rules.NameBook   // the name book parked documents gave their names to (park.go)
	parked  []resolve.SpillAt // by place: where parked documents wait
	nparked atomic.Int32      // documents parked
	errOnce sync.Once
	err     error
	cancel  func() // stops the extraction at the first failure (nil: none)
	rekey   func(graph.Mention) string
	settled bool // the leaders pass has run: titles are no longer noted
}

func newReducer(sum *resolve.Summarizer, spill *resolve.Spill, rel *rules.Relations, arts []extract.Article) *reducer {
	r := &reducer{sum: sum, spill: spill, rel: rel, index: make(map[string]int, len(arts)),
		shares: make([]*resolve.Share, len(arts)), events: make([]eventResidue, len(arts)), held: make([]heldDoc, len(arts))}
	for i, a := range arts {
		r.index[a.ID] = i
	}
	return r
}

// wrap returns passes with the reducer in them: last in the last
// per-document pass (documents the leaders pass will complete are left
// whole), the rest reduced before event linking, which runs over the
// residues instead of the documents.
func (r *reducer) wrap(passes []extract.Pass) []extract.Pass {
	last := -1
	for i, p := range passes {
		if len(p.Extractors) > 0 {
			last = i
		}
	}
	rest := extract.Pass{Name: "reduce", Doc: "the documents the corpus passes completed, reduced to their shares",
		Corpus: func(ctx context.Context, c *extract.Corpus) error { return r.reduceRest(ctx, c) }}
	var out []extract.Pass
	placed := false
	for i, p := range passes {
		if p.Name == "link-events" && !placed {
			p.Corpus = func(ctx context.Context, c *extract.Corpus) error { r.link(c); return ctx.Err() }
			out = append(out, rest, p)
			placed = true
			continue
		}
		if i == last {
			p.Extractors = append(append([]extract.Extractor(nil), p.Extractors...), extract.Func{ID: "reduce", F: r.extract})
		}
		out = append(out, p)
	}
	if !placed {
		out = append(out, rest)
	}
	return out
}

// heldDoc is a document the leaders pass completes, reduced until it
// has run: its mentions and relations packed, in the build's spill
// file, and its text (which the
// pass's state holds too), against which the mentions the pass makes
// are placed among the document's own.
type heldDoc struct {
	recs resolve.SpillAt // in the reducer's spill
	text string
	ok   bool
}

// extract reduces a document at the end of its extraction. One the
// leaders pass will complete is packed: the pass keeps what it reads
// of it (rules.Relations.Hold).
func (r *reducer) extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	if r.rel != nil && r.rel.Waits(d.ID) {
		if r.rel.Hold(d) {
			r.hold(d)
		}
		return extract.Result{}, nil // else kept whole until the pass has run
	}
	r.reduce(d)
	return extract.Result{}, nil
}

// hold packs a document the leaders pass will complete.
func (r *reducer) hold(d *extract.Document) {
	i, ok := r.index[d.ID]
	if !ok {
		r.fail(fmt.Errorf("reduce: document %s is not an input", d.ID))
		return
	}
	at, err := r.spill.Put(resolve.PackRecords(d.Mentions, d.Relations))
	if err != nil {
		r.fail(fmt.Errorf("reduce: document %s: %w", d.ID, err))
		return
	}
	r.held[i] = heldDoc{recs: at, text: d.Text, ok: true}
	r.nheld.Add(1)
	r.release(d)
}

// reduceRest reduces the documents not reduced yet, on every core: the
// held ones with what the leaders pass added to them.
func (r *reducer) reduceRest(ctx context.Context, c *extract.Corpus) error {
	tightenMemory() // extraction is done: the live heap peaks from here
	r.settled = true
	var todo []*extract.Document
	for _, d := range c.Docs {
		if i, ok := r.index[d.ID]; ok && r.shares[i] == nil {
			todo = append(todo, d)
		}
	}
	if err := (extract.Driver{Workers: r.workers}).Each(ctx, len(todo), func(i int) { r.reduceHeld(todo[i]) }); err != nil {
		return err
	}
	r.held = nil
	return r.err
}

// reduceHeld reduces a document after the leaders pass: a held one is
// unpacked and given what the pass added first, as the pass gives it
// to a document kept whole.
func (r *reducer) reduceHeld(d *extract.Document) {
	i, ok := r.index[d.ID]
	if !ok || !r.held[i].ok {
		r.reduce(d)
		return
	}
	h := r.held[i]
	r.held[i] = heldDoc{}
	b, err := r.spill.Get(h.recs)
	if err != nil {
		r.fail(fmt.Errorf("reduce: document %s: %w", d.ID, err))
		return
	}
	ms, rels, err := resolve.Records(b).Unpack()
	if err != nil {
		r.fail(fmt.Errorf("reduce: document %s: %w", d.ID, err))
		return
	}
	addMs, addRels := r.rel.Settled(d.ID)
	whole := &extract.Document{Article: extract.Article{ID: d.ID, Text: h.text}, Mentions: ms, Relations: append(rels, addRels...)}
	whole.AddMentions(addMs)
	r.reduceRecords(i, whole)
}

// reduce makes a document's share and leaves it its residue.
func (r *reducer) reduce(d *extract.Document) {
	i, ok := r.index[d.ID]
	if !ok {
		r.fail(fmt.Errorf("reduce: document %s is not an input", d.ID))
		return
	}
	r.reduceRecords(i, d)
	r.release(d)
}

// reduceRecords makes the share and the residue of the document at
// place i from its mentions and relations, whose strings it copies out
// of the text.
func (r *reducer) reduceRecords(i int, d *extract.Document) {
	ms, rels := detach(d.Mentions, d.Relations)
	sh, err := r.sum.Summarize(d.ID, ms, rels, i<<32)
	if err != nil {
		r.fail(err)
		return
	}
	r.shares[i] = sh
	r.events[i] = eventsOf(ms, rels)
}

func (r *reducer) fail(err error) {
	r.errOnce.Do(func() {
		r.err = err
		if r.cancel != nil {
			r.cancel()
		}
	})
}

// eventResidue is what event linking (rules.EventLinker) reads of a
// document: each event once (the place it is first given with, its
// earliest date), the parties taking part in each (a party once per
// event), and the delegations taking part (the last relation of each
// delegation to each event, in the order of those last relations: a
// delegation takes its key from the last of its events that is linked),
// as strings alone. Event keys are those of one document before
// linking, so that noting a document's events at once, not every
// document's mentions before every document's relations, notes the
// same.
type eventResidue struct {
	events  []residueEvent
	parties [][2]string // event key, party (rules.PartyKey)
	delegs  []residueDeleg
}

type residueEvent struct{ key, place, date string }

type residueDeleg struct{ key, country, event string }

// eventsOf reduces a document's mentions and relations to what event
// linking reads of them.
func eventsOf(ms []graph.Mention, rels []graph.Relation) eventResidue {
	var out eventResidue
	at := map[string]int{} // event key -> index in out.events
	note := func(m *graph.Mention) {
		if m.Type != graph.Event || m.Key == "" {
			return
		}
		i, ok := at[m.Key]
		if !ok {
			at[m.Key] = len(out.events)
			out.events = append(out.events, residueEvent{key: m.Key, place: m.Place, date: m.Date})
			return
		}
		if e := &out.events[i]; m.Date != "" && (e.date == "" || m.Date < e.date) {
			e.date = m.Date
		}
	}
	for i := range ms {
		note(&ms[i])
	}
	seen := map[[2]string]bool{}
	var delegs []residueDeleg
	last := map[residueDeleg]int{}
	for i := range rels {
		x := &rels[i]
		note(&x.Subject)
		note(&x.Object)
		if x.Predicate != graph.ParticipatesIn || x.Object.Type != graph.Event || x.Object.Key == "" {
			continue
		}
		if x.Subject.Type == graph.Delegation {
			if x.Subject.Country != "" {
				k := residueDeleg{x.Subject.Key, x.Subject.Country, x.Object.Key}
				last[k] = len(delegs)
				delegs = append(delegs, k)
			}
			continue
		}
		k := [2]string{x.Object.Key, rules.PartyKey(x.Subject)}
		if !seen[k] {
			seen[k] = true
			out.parties = append(out.parties, k)
		}
	}
	for j, k := range delegs {
		if last[k] == j {
			out.delegs = append(out.delegs, k)
		}
	}
	out.events = slices.Clip(out.events)
	out.parties = slices.Clip(out.parties)
	out.delegs = slices.Clip(out.delegs)
	return out
}

// release drops a reduced document's text, mentions and relations,
// its titles of known countries noted first for the leaders pass
// (rules.Relations.NoteTitles), which looks people up in them.
func (r *reducer) release(d *extract.Document) {
	if r.rel != nil && !r.settled {
		r.rel.NoteTitles(d.Relations)
	}
	d.Release(nil, nil)
}

// link runs event linking over the residues, in document order, and
// keeps the keys it changed for the resolution.
func (r *reducer) link(c *extract.Corpus) {
	var l rules.EventLinker
	pub := make(map[string]string, len(c.Docs))
	for _, d := range c.Docs {
		pub[d.ID] = d.Published
		i, ok := r.index[d.ID]
		if !ok {
			continue
		}
		r.events[i].noteIn(&l, d.ID)
		r.events[i] = eventResidue{}
	}
	r.events = nil
	r.rekey = rekeyOf(l.Link(pub))
}

// noteIn gives event linking the residue of document doc.
func (e *eventResidue) noteIn(l *rules.EventLinker, doc string) {
	for _, x := range e.events {
		l.Event(doc, x.key, x.place, x.date)
	}
	for _, p := range e.parties {
		l.Party(p[0], p[1])
	}
	for _, x := range e.delegs {
		l.Delegation(x.key, x.country, x.event)
	}
}

// detach copies the residue's strings out of the text they were cut
// from, so that what linking keeps of them does not keep that text.
func (e *eventResidue) detach() {
	for i := range e.events {
		x := &e.events[i]
		x.key, x.place, x.date = strings.Clone(x.key), strings.Clone(x.place), strings.Clone(x.date)
	}
	for i := range e.parties {
		e.parties[i] = [2]string{strings.Clone(e.parties[i][0]), strings.Clone(e.parties[i][1])}
	}
	for i := range e.delegs {
		x := &e.delegs[i]
		x.key, x.country, x.event = strings.Clone(x.key), strings.Clone(x.country), strings.Clone(x.event)
	}
}

// rekeyOf returns the key a mention takes from the event and delegation
// keys event linking changed (rules.EventLinker.Link); nil when it
// changed none.
func rekeyOf(events, delegs map[string]string) func(graph.Mention) string {
	if len(events) == 0 && len(delegs) == 0 {
		return nil
	}
	return func(m graph.Mention) string {
		switch m.Type {
		case graph.Event:
			if k, ok := events[m.Key]; ok {
				return k
			}
		case graph.Delegation:
			if k, ok := delegs[m.Key]; ok {
				return k
			}
		}
		return m.Key
	}
}

// intern returns s, copied out of the text it was cut from.
func intern(s string) string {
	if s == "" {
		return s
	}
	return unique.Make(s).Value()
}

// detach copies the strings of a document's mentions and relations that
// may be cut from its text (surface forms, role phrases, evidence
// sentences, dates), so that its share does not hold the text. The
// slices are changed in place.
func detach(ms []graph.Mention, rels []graph.Relation) ([]graph.Mention, []graph.Relation) {
	for i := range ms {
		detachMention(&ms[i])
	}
	sents := map[string]string{}
	for i := range rels {
		x := &rels[i]
		detachMention(&x.Subject)
		detachMention(&x.Object)
		x.Role, x.RolePhrase = intern(x.Role), intern(x.RolePhrase)
		ev := &x.Evidence
		t, ok := sents[ev.Text]
		if !ok {
			t = strings.Clone(ev.Text)
			sents[t] = t
		}
		ev.Text = t
		ev.URL, ev.Published, ev.Doc = intern(ev.URL), intern(ev.Published), intern(ev.Doc)
	}
	return ms, rels
}

func detachMention(m *graph.Mention) {
	m.Text, m.Name, m.Role, m.Date = intern(m.Text), intern(m.Name), intern(m.Role), intern(m.Date)
	m.Doc = intern(m.Doc)
}
