package graph

import "strings"

// IsBidiControl reports whether r is an explicit bidirectional
// formatting character: the embeddings and overrides U+202A-U+202E and
// the isolates U+2066-U+2069. In a name they can reorder what a reader
// sees around it ("Trojan Source"); the marks U+200E and U+200F, which
// cannot, are kept.
func IsBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// StripBidi returns s without its bidirectional controls.
func StripBidi(s string) string {
	if strings.IndexFunc(s, IsBidiControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// stripBidi removes bidirectional controls from every name of g that an
// export or the app shows as a label: entity names, surface forms,
// roles, role phrases, merge records and document titles. Evidence
// sentences are kept exact, as quoted from the article (the app shows
// their controls as [U+202E]). It writes only what it changes, so that a
// view sharing entities with a served graph (Filter.Apply) never writes
// to them.
func (g *KG) stripBidi() {
	for _, e := range g.Entities {
		strip(&e.Name)
		for i := range e.Aliases {
			strip(&e.Aliases[i].Text)
		}
		for i := range e.Roles {
			strip(&e.Roles[i])
		}
		for i := range e.Merges {
			strip(&e.Merges[i].Form)
			strip(&e.Merges[i].Into)
		}
	}
	for _, f := range g.Facts {
		strip(&f.Role)
		strip(&f.RolePhrase)
	}
	for i := range g.Docs {
		strip(&g.Docs[i].Title)
	}
}

func strip(s *string) {
	if t := StripBidi(*s); t != *s {
		*s = t
	}
}
