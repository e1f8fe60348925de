package graph

import (
	"sort"
	"strings"
)

// Normalized reports whether Normalize would leave g as it is (but for
// its lookup index): entities, facts, evidence and documents in order,
// aliases, documents, sameAs and roles of each entity sorted, and no
// bidirectional control in a name. A graph read back from its own
// output is, and then the caller may skip the sorting. Orders that an
// unstable sort might permute (equal ids, equal aliases) count as not
// normalized.
func (g *KG) Normalized() bool {
	for i, e := range g.Entities {
		if i > 0 && g.Entities[i-1].ID >= e.ID || !entityNormalized(e) {
			return false
		}
	}
	for _, f := range g.Facts {
		if hasBidi(f.Role) || hasBidi(f.RolePhrase) || !evidenceSorted(f.Evidence) {
			return false
		}
	}
	if !sort.SliceIsSorted(g.Facts, func(i, j int) bool { return factLess(g.Facts[i], g.Facts[j]) }) {
		return false
	}
	for i := range g.Docs {
		if i > 0 && g.Docs[i-1].ID >= g.Docs[i].ID || hasBidi(g.Docs[i].Title) {
			return false
		}
	}
	return true
}

func entityNormalized(e *Entity) bool {
	if hasBidi(e.Name) {
		return false
	}
	for i := range e.Aliases {
		a := &e.Aliases[i]
		if hasBidi(a.Text) {
			return false
		}
		if i > 0 && !aliasLess(&e.Aliases[i-1], a) {
			return false
		}
	}
	for _, r := range e.Roles {
		if hasBidi(r) {
			return false
		}
	}
	for i := range e.Merges {
		if hasBidi(e.Merges[i].Form) || hasBidi(e.Merges[i].Into) {
			return false
		}
	}
	return sort.StringsAreSorted(e.Docs) && sort.StringsAreSorted(e.SameAs) && sort.StringsAreSorted(e.Roles)
}

// hasBidi reports whether StripBidi would change s. Every bidirectional
// control starts with the byte 0xE2 in UTF-8.
func hasBidi(s string) bool {
	return strings.IndexByte(s, 0xE2) >= 0 && strings.IndexFunc(s, IsBidiControl) >= 0
}

// evidenceSorted reports whether SortEvidence would leave ev as it is.
func evidenceSorted(ev []Evidence) bool {
	for i := 1; i < len(ev); i++ {
		if evidenceLess(&ev[i], &ev[i-1]) {
			return false
		}
	}
	return true
}
