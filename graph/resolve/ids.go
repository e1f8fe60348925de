package resolve

import (
	"sort"
	"strconv"

	"newskg/graph"
)

// Entity ids come from content, so that a decision or a link that names
// an entity keeps naming it when articles are added:
//
//   - A named entity (person, organisation, country, city, place) whose
//     base id, graph.EntityID(type, canonical name), no other entity has
//     keeps it: person-steve-witkoff.
//   - Where several share a base id, the one linked to the knowledge base
//     (the smallest KB id), else the one mentioned first (smallest
//     document id, then offset), keeps it; each other gets the base and
//     a hash of its own anchor: its KB id, else its first mention
//     (document, offsets, type, key): person-john-smith-3fa2c1. Adding
//     articles that do not mention an entity changes neither its anchor
//     nor, unless a new namesake is mentioned before it, which of the
//     namesakes keeps the plain id.
//   - Delegations and events are described, not named ("talks of",
//     "Bulgarian delegation"), and descriptions are shared by many across
//     a corpus: they always carry the hash of their anchor.
//
// Sorting by base id and grouping replaces the numbering of colliding
// ids (-2, -3, ...), which moved with every article added and was
// quadratic in the number of entities that share a name.
func (st *state) assignIDs(clusters []*cluster) {
	type cand struct {
		c      *cluster
		base   string
		kb     string
		anchor string
	}
	cs := make([]cand, len(clusters))
	parallel(len(clusters), 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			c := clusters[i]
			cs[i] = cand{c: c, base: graph.EntityID(c.entity.Type, c.entity.Name)}
			cs[i].kb, cs[i].anchor = st.anchorOf(c)
		}
	})
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.base != b.base {
			return a.base < b.base
		}
		if (a.kb != "") != (b.kb != "") {
			return a.kb != ""
		}
		if a.kb != b.kb {
			return a.kb < b.kb
		}
		return a.anchor < b.anchor
	})
	used := map[string]bool{}
	var hashed []cand
	for i, c := range cs {
		first := i == 0 || cs[i-1].base != c.base
		if first && c.c.entity.Type.Named() {
			c.c.entity.ID = c.base
			used[c.base] = true
			continue
		}
		hashed = append(hashed, c)
	}
	for _, c := range hashed {
		content := c.anchor
		if c.kb != "" {
			content = "kb:" + c.kb
		}
		c.c.entity.ID = mintID(c.base, content, used)
	}
}

// mintID returns the content id of base and content that is not in used,
// and marks it used.
func mintID(base, content string, used map[string]bool) string {
	id := graph.ContentID(base, content)
	for n := 8; used[id] && n <= 40; n += 2 {
		id = graph.ContentIDLen(base, content, n)
	}
	for k := 2; used[id]; k++ { // 40 hex digits alike: the same content twice
		id = graph.ContentIDLen(base, content+"\x00"+strconv.Itoa(k), 40)
	}
	used[id] = true
	return id
}

// anchorOf returns the cluster's knowledge-base id, if any, and its
// first mention, as a string that orders mentions by document and offset.
func (st *state) anchorOf(c *cluster) (kbid, anchor string) {
	var first *form
	for _, fi := range c.forms {
		f := st.forms[fi]
		if f.entry != nil && (kbid == "" || f.entry.ID < kbid) {
			kbid = f.entry.ID
		}
		if first == nil || f.first.less(first.first) {
			first = f // mentions are ordered by document, offset, type, text
		}
	}
	m := *first.firstSpan
	return kbid, st.firstDoc(first) + "\x00" + pad(m.start) + "\x00" + pad(m.end) + "\x00" + string(m.typ) + "\x00" + m.key
}

// pad writes n so that strings order as numbers.
func pad(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 12 {
		s = "0" + s
	}
	return s
}

// firstDoc returns the document of form f's first mention: a named
// form's own, a delegation's or event's the one of its first mention
// among the state's documents.
func (st *state) firstDoc(f *form) string {
	if f.doc != "" || f.first.doc < 0 || int(f.first.doc) >= len(st.docs) {
		return f.doc
	}
	return st.docs[f.first.doc].doc
}
