package rules

import (
	"sort"

	"newskg/extract"
	"newskg/graph"
)

// NameStarts returns the distinct keys on which a name of a NameBook
// can begin a match in d: the keys (and proclitic-stripped stems) of
// its Arabic and capitalised tokens. A name added to the book can change
// what Names finds in d only if the name's FirstKey is among them, so a
// store that grows its book re-extracts just those documents.
func NameStarts(d *extract.Document) []string {
	seen := map[string]bool{}
	for _, s := range d.Sentences {
		for _, t := range tokenize(d.Text, s.Start, s.End) {
			if t.punct || !(t.arabic || t.upper) {
				continue
			}
			for _, st := range t.keys() {
				if st.key != "" {
					seen[st.key] = true
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FirstKey returns the key on which a NameBook name (as Names returns
// it) is matched first; "" for an empty name.
func FirstKey(name string) string {
	toks := tokenize(name, 0, len(name))
	if len(toks) == 0 {
		return ""
	}
	return tokKey(toks[0])
}

// AddNames adds names as Names returns them (a store keeps the book as
// these keys).
func (b *NameBook) AddNames(names []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, n := range names {
		if n != "" {
			b.names[n] = graph.Person
		}
	}
}

// Deferred returns the ids of the documents whose relations wait for a
// corpus pass of rel (leaders whose country another article gives),
// sorted. A store that runs that pass later, over every document it
// holds, extracts these documents again first.
func Deferred(rel *Relations) []string {
	rel.mu.Lock()
	defer rel.mu.Unlock()
	out := make([]string, 0, len(rel.unsettled))
	for id := range rel.unsettled {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
