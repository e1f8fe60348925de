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
	byID  map[string]*kb.Entry
	forms []*form
	docs  []*docInput
	// named and groups map each document's named forms and delegation
	// and event mentions to forms.
	named, groups [][]int
	// gkeys are the keys of each document's delegation and event
	// mentions after linking.
	gkeys   [][]string
	rels    []relFact  // the relations of docs, in the order given
	relAt   [][2]int   // relation -> forms of its subject and object (-1: none)
	relFrom [][2]int32 // relation -> its document (in docs) and its index there
	// err is the first error reading evidence back from a spill
	err error

	lastClusters []*cluster
	// drop lets the forms and the documents' mentions go once the
	// entities have their ids (dropForms): set where nothing reads the
	// state after the graph is made. Where the forms are also made into
	// entities once (no review), the documents' spans and mentions go
	// before clustering (dropMentions) and each form's mention summary as
	// its entity is made (once).
	drop, once bool
}

// dropForms lets the forms and the documents' named forms, spans and
// delegation and event mentions go: the facts are made from the
// relations and the clusters' entities alone, and the graph's facts no
// longer meet every form at the peak of the heap.
func (st *state) dropForms() {
	clear(st.forms) // its length stays: forms are numbered
	for _, d := range st.docs {
		d.named, d.spans, d.groups, d.ms = nil, nil, nil, nil
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
	for _, d := range st.docs {
		n += len(d.named)
	}
	firsts := make([]spanKey, 0, n)
	for di, d := range st.docs {
		for _, fi := range st.named[di] {
			f := st.forms[fi]
			firsts = append(firsts, *f.firstSpan)
			f.firstSpan = &firsts[len(firsts)-1]
		}
		d.nrels = d.relCount()
		d.spans, d.groups, d.rels = nil, nil, nil
	}
}

// prepare reduces the documents of the input and puts them together.
func prepare(base *kb.KB, mentions []graph.Mention, rels []graph.Relation, keep bool) (*state, error) {
	byID := kbIndex(base)
	docs, err := summarizeAll(base, byID, mentions, rels, keep)
	if err != nil {
		return nil, err
	}
	return assemble(base, byID, docs, nil, true), nil
}

// assemble puts the shares of documents (in document order) together.
// rekey gives the key a delegation or event mention takes from event
// linking across documents (nil: the key it has). own hands the shares
// over: their forms and mentions become the state's, changed in place,
// instead of being copied.
func assemble(base *kb.KB, byID map[string]*kb.Entry, docs []*docInput, rekey func(graph.Mention) string, own bool) *state {
	st := &state{kb: base, byID: byID, docs: docs, named: make([][]int, len(docs)), groups: make([][]int, len(docs)), gkeys: make([][]string, len(docs))}
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
	var members [][]*groupMention // group form (by its index among group forms) -> mentions
	var gforms []int
	for di, d := range docs {
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
			if ni < len(d.named) && (gi >= len(d.groups) || d.named[ni].first.rank < int(d.groups[gi].rank)) {
				f := d.named[ni]
				if !own {
					c := *f
					f = &c
				}
				f.first = mpos{di, f.first.rank}
				f.nbrs = nil
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
				f := &form{wordsOut: noWords, typ: g.m.Type, key: key, group: true, first: mpos{di, int(g.rank)}, firstDoc: g.m.Doc,
					firstSpan: &spanKey{int(g.m.Start), int(g.m.End), g.m.Type, keys[gi]}, firstText: g.m.Text}
				gforms = append(gforms, len(st.forms))
				st.forms = append(st.forms, f)
				members = append(members, nil)
			}
			st.groups[di][gi] = gforms[j]
			gm := g
			if !own {
				c := *g
				gm = &c
			}
			gm.m.Key = keys[gi]
			members[j] = append(members[j], gm)
			gi++
		}
		for i, s := range survivor {
			st.groups[di][i] = st.groups[di][s]
		}
	}
	for j, fi := range gforms {
		st.finishGroup(st.forms[fi], members[j])
	}
	// relations, in the order given
	type at struct{ doc, i int }
	var order []at
	for di, d := range docs {
		for i := range d.rels {
			order = append(order, at{di, i})
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return docs[order[i].doc].rels[order[i].i].ord < docs[order[j].doc].rels[order[j].i].ord
	})
	docIndex := map[string]int{}
	for di, d := range docs {
		docIndex[d.doc] = di
	}
	st.rels = make([]relFact, len(order))
	st.relAt = make([][2]int, len(order))
	st.relFrom = make([][2]int32, len(order))
	for k, a := range order {
		r := &docs[a.doc].rels[a.i]
		st.rels[k] = relFact{pred: r.pred, role: r.role, phrase: r.phrase}
		st.relFrom[k] = [2]int32{int32(a.doc), int32(a.i)}
		st.relAt[k] = [2]int{st.formOfRef(a.doc, r.s, docIndex), st.formOfRef(a.doc, r.o, docIndex)}
	}
	st.neighbours()
	return st
}

// finishGroup fills in a delegation's or event's form from its
// mentions, in mention order.
func (st *state) finishGroup(f *form, ms []*groupMention) {
	f.texts, f.roles, f.names = nil, nil, nil
	for _, g := range ms {
		m := &g.m
		f.texts.add(m.Text)
		if m.Role != "" {
			f.roles.add(m.Role)
		}
		if m.Name != "" {
			f.names.add(m.Name)
		}
	}
	f.n = len(ms)
	f.lang = textnorm.Script(f.text())
	if f.lang == "" {
		f.lang = ms[0].m.Lang
	}
	agg := &mentionAgg{}
	type ak [2]string
	aliases := map[ak]*aliasN{}
	var akeys []ak
	docs := map[string]bool{}
	roles := map[string]bool{}
	for _, g := range ms {
		m := &g.m
		docs[m.Doc] = true
		if m.Date != "" {
			if agg.dates == nil {
				agg.dates = map[string]int{}
			}
			agg.dates[m.Date]++
		}
		if m.Adjectival() {
			continue
		}
		lang := f.lang
		if l := scriptOf(m.Text); l != "" {
			lang = l
		}
		k := ak{lang, m.Text}
		a := aliases[k]
		if a == nil {
			a = &aliasN{lang: lang, text: m.Text}
			aliases[k] = a
			akeys = append(akeys, k)
		}
		a.count++
		if len(a.docs) == 0 || a.docs[len(a.docs)-1] != m.Doc {
			a.docs = append(a.docs, m.Doc)
		}
		if m.Role != "" {
			roles[m.Role] = true
		}
	}
	for _, k := range akeys {
		a := aliases[k]
		a.docs = sortedUnique(a.docs)
		agg.aliases = append(agg.aliases, *a)
	}
	agg.docs = sortedKeys(docs)
	agg.roles = sortedKeys(roles)
	f.agg = agg
}

// formOfRef returns the form a relation's end in document di points at,
// or -1.
func (st *state) formOfRef(di int, r mref, docIndex map[string]int) int {
	if r.i >= 0 {
		if r.group {
			return st.groups[di][r.i]
		}
		return st.named[di][r.i]
	}
	if r.ext == nil {
		return -1
	}
	dj, ok := docIndex[r.ext.doc]
	if !ok {
		return -1
	}
	return st.formAtSpan(dj, r.ext.span)
}

// formAtSpan returns the form of the mention of document di with span
// sp (the key as linked), or -1.
func (st *state) formAtSpan(di int, sp spanKey) int {
	d := st.docs[di]
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
