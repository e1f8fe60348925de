package resolve

import (
	"sort"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// This file puts the documents' shares of a resolution (summary.go)
// together into the forms the rules cluster.

// state holds the forms of one resolution.
type state struct {
	kb    *kb.KB
	forms []*form
	docs  []*docInput
	// named and groups map each document's named forms and delegation
	// and event mentions to forms.
	named, groups [][]int
	// gkeys are the keys of each document's delegation and event
	// mentions after linking.
	gkeys   [][]string
	rels    []relFact  // the relations of docs, in the order given
	relStrs strTable   // their predicates, roles and phrases
	relAt   [][2]int32 // relation -> forms of its subject and object (-1: none)
	relFrom [][2]int32 // relation -> its document (in docs) and its index there
	// nbrList[nbrAt[i]:nbrAt[i+1]] is what form i is related to (KB
	// ids, named forms' keys: numbered by neighbours), sorted (nbrsOf)
	nbrAt, nbrList []int32
	// err is the first error reading evidence back from a spill
	err error

	// aggs keeps the forms' mention summaries once they are put
	// together (aggslab.go)
	aggs *aggSlab

	lastClusters []*cluster
	incr         *incremental // a prior clustering to keep (incremental.go)
	// drop lets the forms and the documents' mentions go once the
	// entities have their ids (dropForms): set where nothing reads the
	// state after the graph is made. Where the forms are also made into
	// entities once (no review), the documents' spans and mentions go
	// before clustering (dropMentions) and each form's mention summary as
	// its entity is made (once).
	drop, once bool
	// taken, where set, is given the clusters once their entities have
	// their ids, before the facts are made: a caller that reads which
	// entity each document's forms went to (ResolveShares) reads it
	// there, so that the forms can go before the facts (drop) as a
	// build's do; the documents' spans stay until then (no
	// dropMentions). shared says the documents' inputs are the
	// caller's (shares it holds and reads after): dropForms leaves them
	// as they are.
	taken  func(clusters []*cluster)
	shared bool
}

// dropForms lets the forms and the documents' named forms, spans and
// delegation and event mentions go: the facts are made from the
// relations and the clusters' entities alone, and the graph's facts no
// longer meet every form at the peak of the heap.
func (st *state) dropForms() {
	clear(st.forms) // its length stays: forms are numbered
	if !st.shared {
		for _, d := range st.docs {
			d.named, d.spans, d.groups, d.ms = nil, nil, nil, nil
		}
	}
	st.named, st.groups, st.gkeys = nil, nil, nil
}

// dropMentions lets the documents' spans, delegation and event
// mentions and relation records go once the forms and relations are put
// together (assemble) and the span constraints read (nothing reads them
// after that where the state is dropped, st.drop): a named form keeps a
// copy of its first span, all in one block.
func (st *state) dropMentions() {
	n := 0
	for _, fs := range st.named {
		n += len(fs)
	}
	firsts := make([]spanKey, n) // one block: a pointer into it keeps it whole
	n = 0
	for di, d := range st.docs {
		for _, fi := range st.named[di] {
			f := st.forms[fi]
			firsts[n] = *f.firstSpan
			f.firstSpan = &firsts[n]
			n++
		}
		d.nrels = d.relCount()
		d.spans, d.groups, d.rels = nil, nil, nil
		d.lazy = nil // read back in assemble: with it goes the Summarizer's cache of name keys
	}
	st.named, st.groups, st.gkeys = nil, nil, nil
}

// prepare reduces the documents of the input and puts them together.
func prepare(base *kb.KB, mentions []graph.Mention, rels []graph.Relation, keep bool) (*state, error) {
	docs, err := summarizeAll(base, mentions, rels, keep)
	if err != nil {
		return nil, err
	}
	return assemble(base, docs, nil, true), nil
}

// assemble puts the shares of documents (in document order) together.
// rekey gives the key a delegation or event mention takes from event
// linking across documents (nil: the key it has). own hands the shares
// over: their forms and mentions become the state's, changed in place,
// instead of being copied. A share that waits in a spill (docInput.lazy)
// is read back here, one document at a time, and only its named forms
// are kept (its document's docInput keeps its evidence's place alone).
// A share that cannot be read back sets st.err.
func assemble(base *kb.KB, docs []*docInput, rekey func(graph.Mention) string, own bool) *state {
	st := &state{kb: base, docs: docs, named: make([][]int, len(docs)), groups: make([][]int, len(docs)), gkeys: make([][]string, len(docs)), aggs: newAggSlab(docs)}
	type gk struct {
		typ graph.EntityType
		key string
	}
	type skey struct {
		start, end int
		typ        graph.EntityType
		key        string
	}
	groupForm := map[gk]int{}
	var gforms []int      // group form (by its index among group forms) -> form
	var gacc []groupAcc   // ... what its mentions gave so far
	type pending struct { // a relation's end in another document
		k, end int
		ext    *extRef
	}
	var later []pending
	n := 0
	for _, d := range docs {
		n += d.relCount()
	}
	st.rels, st.relAt, st.relFrom = make([]relFact, 0, n), make([][2]int32, 0, n), make([][2]int32, 0, n)
	ords := make([]int, 0, n) // the relations' order, as put together
	for di, d := range docs {
		// the forms are the state's alone: their summaries go to its slab
		private := own
		if d.lazy != nil {
			full, err := d.lazy.load(d.spill)
			if err != nil {
				st.err = err
				return st
			}
			d, private = full, true
		}
		keys := make([]string, len(d.groups))
		for i := range d.groups {
			keys[i] = d.groups[i].m.Key
			if rekey != nil {
				keys[i] = rekey(d.groups[i].m.mention())
			}
		}
		st.gkeys[di] = keys
		// the first mention given of each span, keys as linked: a
		// document reduced with the keys it has has no two
		survivor := make([]int, len(d.groups))
		for i := range survivor {
			survivor[i] = i
		}
		if rekey != nil {
			first := map[skey]int{}
			for i := range d.groups {
				m := &d.groups[i].m
				k := skey{int(m.Start), int(m.End), m.Type, keys[i]}
				if j, ok := first[k]; !ok || d.groups[i].seq < d.groups[j].seq {
					first[k] = i
				}
			}
			for i := range d.groups {
				m := &d.groups[i].m
				survivor[i] = first[skey{int(m.Start), int(m.End), m.Type, keys[i]}]
			}
		}
		st.named[di] = make([]int, len(d.named))
		st.groups[di] = make([]int, len(d.groups))
		ni, gi := 0, 0
		for ni < len(d.named) || gi < len(d.groups) {
			if gi < len(d.groups) && survivor[gi] != gi {
				gi++
				continue
			}
			if ni < len(d.named) && (gi >= len(d.groups) || d.named[ni].first.rank < d.groups[gi].rank) {
				f := d.named[ni]
				if !own {
					c := *f
					f = &c
				}
				f.first = mpos{int32(di), f.first.rank}
				if private {
					st.aggs.pack(f)
				}
				st.named[di][ni] = len(st.forms)
				st.forms = append(st.forms, f)
				ni++
				continue
			}
			g := &d.groups[gi]
			key := keys[gi]
			if key == "" {
				key = g.m.Doc + "\x00" + textnorm.Key(g.m.Text)
			}
			k := gk{g.m.Type, key}
			j, ok := groupForm[k]
			if !ok {
				j = len(gforms)
				groupForm[k] = j
				f := &form{wordsOut: noWords, typ: g.m.Type, key: key, group: true, first: mpos{int32(di), g.rank},
					firstSpan: &spanKey{int(g.m.Start), int(g.m.End), g.m.Type, keys[gi]}, firstText: g.m.Text,
					lang: g.m.Lang, agg: &mentionAgg{}}
				gforms = append(gforms, len(st.forms))
				st.forms = append(st.forms, f)
				gacc = append(gacc, groupAcc{})
			}
			st.groups[di][gi] = gforms[j]
			if own {
				g.m.Key = keys[gi]
			}
			gacc[j].add(st.forms[gforms[j]], &g.m)
			gi++
		}
		for i, s := range survivor {
			st.groups[di][i] = st.groups[di][s]
		}
		// its relations, in the order given; their ends in other
		// documents once every document is in
		for i := range d.rels {
			r := &d.rels[i]
			k := len(st.rels)
			st.rels = append(st.rels, relFact{pred: st.relStrs.of(string(r.pred)), role: st.relStrs.of(r.role), phrase: st.relStrs.of(r.phrase)})
			st.relFrom = append(st.relFrom, [2]int32{int32(di), int32(i)})
			ords = append(ords, r.ord)
			var at [2]int32
			for e, ref := range [2]mref{r.s, r.o} {
				at[e] = -1
				switch {
				case ref.i >= 0 && ref.group:
					at[e] = int32(st.groups[di][ref.i])
				case ref.i >= 0:
					at[e] = int32(st.named[di][ref.i])
				case ref.ext != nil:
					later = append(later, pending{k, e, ref.ext})
				}
			}
			st.relAt = append(st.relAt, at)
		}
	}
	for j, fi := range gforms {
		gacc[j].finish(st.forms[fi])
		st.aggs.pack(st.forms[fi])
	}
	if len(later) > 0 {
		docIndex := map[string]int{}
		for di, d := range docs {
			docIndex[d.doc] = di
		}
		for _, p := range later {
			if dj, ok := docIndex[p.ext.doc]; ok {
				st.relAt[p.k][p.end] = int32(st.formAtSpan(dj, p.ext.span))
			}
			if st.err != nil {
				return st
			}
		}
	}
	// relations in the order given (ords), documents' relations as listed
	// where the order ties, moved in place
	perm := make([]int32, len(ords))
	for i := range perm {
		perm[i] = int32(i)
	}
	sort.SliceStable(perm, func(i, j int) bool { return ords[perm[i]] < ords[perm[j]] })
	ords = nil
	permute(perm, st.rels)
	permute(perm, st.relAt)
	permute(perm, st.relFrom)
	st.neighbours()
	return st
}

// permute puts the element at perm[k] of xs at k, for every k, in
// place (perm is a permutation of xs's indexes).
func permute[T any](perm []int32, xs []T) {
	done := make([]bool, len(perm))
	for i := range perm {
		if done[i] {
			continue
		}
		first := xs[i]
		j := i
		for {
			done[j] = true
			next := int(perm[j])
			if next == i {
				xs[j] = first
				break
			}
			xs[j] = xs[next]
			j = next
		}
	}
}

// groupAcc gathers what a delegation's or event's form takes from its
// mentions, as they come in mention order: its texts, roles and names
// counted on the form, its aliases (by text: their language is known
// once every text is in), documents, dates and roles in its mention
// summary.
type groupAcc struct {
	alias map[string]int32 // text -> its alias, once there are many
}

// aliasIndexAfter is the number of aliases past which groupAcc finds
// one by a map rather than a scan.
const aliasIndexAfter = 8

// add counts a mention of the group form f.
func (a *groupAcc) add(f *form, m *groupRec) {
	f.texts.add(m.Text)
	if m.Role != "" {
		f.roles.add(m.Role)
	}
	if m.Name != "" {
		f.names.add(m.Name)
	}
	f.n++
	agg := f.agg
	if n := len(agg.docs); n == 0 || agg.docs[n-1] != m.Doc {
		agg.docs = append(agg.docs, m.Doc)
	}
	if m.Date != "" {
		if agg.dates == nil {
			agg.dates = map[string]int{}
		}
		agg.dates[m.Date]++
	}
	if m.Adjectival() {
		return
	}
	i := -1
	if a.alias != nil {
		if j, ok := a.alias[m.Text]; ok {
			i = int(j)
		}
	} else {
		for j := range agg.aliases {
			if agg.aliases[j].text == m.Text {
				i = j
				break
			}
		}
	}
	if i < 0 {
		i = len(agg.aliases)
		agg.aliases = append(agg.aliases, aliasN{text: m.Text})
		if a.alias != nil {
			a.alias[m.Text] = int32(i)
		} else if len(agg.aliases) > aliasIndexAfter {
			a.alias = make(map[string]int32, 2*len(agg.aliases))
			for j := range agg.aliases {
				a.alias[agg.aliases[j].text] = int32(j)
			}
		}
	}
	x := &agg.aliases[i]
	x.count++
	if n := len(x.docs); n == 0 || x.docs[n-1] != m.Doc {
		x.docs = append(x.docs, m.Doc)
	}
	if m.Role != "" && !contains(agg.roles, m.Role) {
		agg.roles = append(agg.roles, m.Role)
	}
}

// finish completes the group form f once every mention is counted: its
// language (from its most frequent text, else its first mention's), its
// aliases' languages, and its lists sorted.
func (a *groupAcc) finish(f *form) {
	if l := textnorm.Script(f.text()); l != "" {
		f.lang = l
	}
	agg := f.agg
	for i := range agg.aliases {
		x := &agg.aliases[i]
		x.lang = f.lang
		if l := scriptOf(x.text); l != "" {
			x.lang = l
		}
		x.docs = sortedUnique(x.docs)
	}
	agg.docs = sortedUnique(agg.docs)
	if agg.roles == nil {
		agg.roles = []string{}
	}
	sort.Strings(agg.roles)
	a.alias = nil
}

// formAtSpan returns the form of the mention of document di with span
// sp (the key as linked), or -1.
func (st *state) formAtSpan(di int, sp spanKey) int {
	d := st.docs[di]
	if d.lazy != nil { // its spans wait in the spill
		full, err := d.lazy.load(d.spill)
		if err != nil {
			st.err = err
			return -1
		}
		d = full
	}
	if sp.typ.Named() {
		for i, spans := range d.spans {
			for _, s := range spans {
				if s == sp {
					return st.named[di][i]
				}
			}
		}
		return -1
	}
	for i := range d.groups {
		m := &d.groups[i].m
		if int(m.Start) == sp.start && int(m.End) == sp.end && m.Type == sp.typ && st.gkeys[di][i] == sp.key {
			return st.groups[di][i]
		}
	}
	return -1
}

// docOf returns the position of a document among the state's, or -1.
func (st *state) docOf(id string) int {
	i := sort.Search(len(st.docs), func(i int) bool { return st.docs[i].doc >= id })
	if i < len(st.docs) && st.docs[i].doc == id {
		return i
	}
	return -1
}

// eachSpan calls fn with every mention's document, span (the key as
// linked) and form, document by document.
func (st *state) eachSpan(fn func(doc string, sp spanKey, form int)) {
	for di, d := range st.docs {
		for i, spans := range d.spans {
			for _, s := range spans {
				fn(d.doc, s, st.named[di][i])
			}
		}
		seen := map[spanKey]bool{}
		for i := range d.groups {
			m := &d.groups[i].m
			s := spanKey{int(m.Start), int(m.End), m.Type, st.gkeys[di][i]}
			if seen[s] {
				continue
			}
			seen[s] = true
			fn(d.doc, s, st.groups[di][i])
		}
	}
}
