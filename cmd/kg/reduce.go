package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unique"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/resolve"
)

// A build holds no document whole once its extraction is done: each is
// reduced, on the worker that extracted it, to its share of the
// resolution (resolve.Summarizer) and to the little the corpus passes
// after extraction still read of it (its residue: the titles the
// leaders pass looks people up in, and the event mentions and
// relations that event linking reads). Its text, sentences, mentions
// and relations are dropped there; the documents the leaders pass
// completes stay whole until it has run. Event linking then rewrites
// the keys of the residues, and the resolution takes the keys they
// changed to (rekey), as a store resolves its documents' shares.

// reducer reduces the documents of one build.
type reducer struct {
	sum     *resolve.Summarizer
	rel     *rules.Relations
	index   map[string]int // document id -> its place in input order
	workers int
	shares  []*resolve.Share // by place
	errOnce sync.Once
	err     error
	// before are the keys of the residues' delegation and event
	// mentions (relation ends included) before event linking, by place.
	before [][]string
	rekey  func(graph.Mention) string
}

func newReducer(sum *resolve.Summarizer, rel *rules.Relations, arts []extract.Article) *reducer {
	r := &reducer{sum: sum, rel: rel, index: make(map[string]int, len(arts)), shares: make([]*resolve.Share, len(arts))}
	for i, a := range arts {
		r.index[a.ID] = i
	}
	return r
}

// wrap returns passes with the reducer in them: last in the last
// per-document pass (documents the leaders pass will complete are left
// whole), the rest reduced before event linking, and the keys linking
// changed read after it.
func (r *reducer) wrap(passes []extract.Pass) []extract.Pass {
	last := -1
	for i, p := range passes {
		if len(p.Extractors) > 0 {
			last = i
		}
	}
	rest := extract.Pass{Name: "reduce", Doc: "the documents the corpus passes completed, reduced to their shares",
		Corpus: func(ctx context.Context, c *extract.Corpus) error { return r.reduceRest(ctx, c) }}
	keys := extract.Pass{Name: "linked-keys", Doc: "the keys event linking gave",
		Corpus: func(ctx context.Context, c *extract.Corpus) error { r.linked(c); return nil }}
	var out []extract.Pass
	placed := false
	for i, p := range passes {
		if p.Name == "link-events" && !placed {
			out = append(out, rest, p, keys)
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

// extract reduces a document at the end of its extraction, unless the
// leaders pass will complete it.
func (r *reducer) extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	if r.rel != nil && r.rel.Waits(d.ID) {
		return extract.Result{}, nil
	}
	r.reduce(d)
	return extract.Result{}, nil
}

// reduceRest reduces the documents not reduced yet, on every core.
func (r *reducer) reduceRest(ctx context.Context, c *extract.Corpus) error {
	var todo []*extract.Document
	for _, d := range c.Docs {
		if i, ok := r.index[d.ID]; ok && r.shares[i] == nil {
			todo = append(todo, d)
		}
	}
	err := extract.Driver{Workers: r.workers}.Each(ctx, len(todo), func(i int) { r.reduce(todo[i]) })
	if err != nil {
		return err
	}
	if r.err != nil {
		return r.err
	}
	r.before = make([][]string, len(c.Docs))
	for i, d := range c.Docs {
		r.before[i] = groupKeys(d)
	}
	return nil
}

// groupKeys lists the keys of a document's delegation and event
// mentions and relation ends, in order.
func groupKeys(d *extract.Document) []string {
	var ks []string
	for _, m := range d.Mentions {
		ks = append(ks, m.Key)
	}
	for _, x := range d.Relations {
		ks = append(ks, x.Subject.Key, x.Object.Key)
	}
	return ks
}

// linked reads the keys event linking gave the residues.
func (r *reducer) linked(c *extract.Corpus) {
	type tk struct {
		typ graph.EntityType
		key string
	}
	to := map[tk]string{}
	note := func(m graph.Mention, old string) {
		if m.Key != old && !m.Type.Named() {
			to[tk{m.Type, old}] = m.Key
		}
	}
	for i, d := range c.Docs {
		if i >= len(r.before) {
			break
		}
		old := r.before[i]
		k := 0
		for _, m := range d.Mentions {
			note(m, old[k])
			k++
		}
		for _, x := range d.Relations {
			note(x.Subject, old[k])
			note(x.Object, old[k+1])
			k += 2
		}
	}
	r.before = nil
	if len(to) == 0 {
		return
	}
	r.rekey = func(m graph.Mention) string {
		if k, ok := to[tk{m.Type, m.Key}]; ok {
			return k
		}
		return m.Key
	}
}

// reduce makes a document's share and leaves it its residue.
func (r *reducer) reduce(d *extract.Document) {
	i, ok := r.index[d.ID]
	if !ok {
		r.fail(fmt.Errorf("reduce: document %s is not an input", d.ID))
		return
	}
	ms, rels := detach(d.Mentions, d.Relations)
	sh, err := r.sum.Summarize(d.ID, ms, rels, i<<32)
	if err != nil {
		r.fail(err)
		return
	}
	r.shares[i] = sh
	d.Release(residue(ms, rels))
}

func (r *reducer) fail(err error) {
	r.errOnce.Do(func() { r.err = err })
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

// residue is what the corpus passes after extraction read of a
// document: its event mentions (for event linking), and the relations
// with an event end or a party taking part (event linking) or a title
// of a known country (the leaders pass), their ends cut down to the
// fields those passes read. Of several equal ones, the first and the
// last are kept: those passes take the first an event is named with,
// and a delegation's key from the last relation that gives it.
func residue(ms []graph.Mention, rels []graph.Relation) ([]graph.Mention, []graph.Relation) {
	var rm []graph.Mention
	seen := map[graph.Mention]bool{}
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Event || m.Key == "" {
			continue
		}
		s := slim(m)
		if !seen[s] {
			seen[s] = true
			rm = append(rm, s)
		}
	}
	type rk struct {
		p    graph.Predicate
		s, o graph.Mention
	}
	var keep []rk
	lastOf := map[rk]int{}
	for i := range rels {
		x := &rels[i]
		title := x.Predicate == graph.HoldsPosition && x.Object.Type == graph.Country && x.Object.KBID != ""
		event := x.Predicate == graph.ParticipatesIn || x.Subject.Type == graph.Event || x.Object.Type == graph.Event
		if !title && !event {
			continue
		}
		k := rk{x.Predicate, slim(&x.Subject), slim(&x.Object)}
		lastOf[k] = len(keep)
		keep = append(keep, k)
	}
	var rr []graph.Relation
	first := map[rk]bool{}
	for j, k := range keep {
		if !first[k] || lastOf[k] == j {
			first[k] = true
			rr = append(rr, graph.Relation{Subject: k.s, Predicate: k.p, Object: k.o})
		}
	}
	return rm, rr
}

// slim keeps the fields of a mention that the corpus passes read.
func slim(m *graph.Mention) graph.Mention {
	return graph.Mention{Doc: m.Doc, Text: m.Text, Type: m.Type, Name: m.Name, KBID: m.KBID, Key: m.Key,
		Country: m.Country, Place: m.Place, Date: m.Date}
}
