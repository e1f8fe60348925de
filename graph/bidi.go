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
// their controls as [U+202E]).
func (g *KG) stripBidi() {
	for _, e := range g.Entities {
		e.Name = StripBidi(e.Name)
		for i := range e.Aliases {
			e.Aliases[i].Text = StripBidi(e.Aliases[i].Text)
		}
		for i := range e.Roles {
			e.Roles[i] = StripBidi(e.Roles[i])
		}
		for i := range e.Merges {
			e.Merges[i].Form = StripBidi(e.Merges[i].Form)
			e.Merges[i].Into = StripBidi(e.Merges[i].Into)
		}
	}
	for _, f := range g.Facts {
		f.Role, f.RolePhrase = StripBidi(f.Role), StripBidi(f.RolePhrase)
	}
	for i := range g.Docs {
		g.Docs[i].Title = StripBidi(g.Docs[i].Title)
	}
}
