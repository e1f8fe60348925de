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

// Waits reports whether the document id is one of those the corpus
// pass that places leaders will complete (Deferred), so that a caller
// reducing documents as they come out of extraction keeps it whole.
func (x *Relations) Waits(id string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	_, ok := x.unsettled[id]
	return ok
}

// PersonKeys returns the keys under which the corpus pass that places
// leaders files a person's title for the people of other articles to be
// looked up by (DeferredKeys gives the keys they are looked up by); a
// store runs that pass again for a deferred document only when what
// those keys give changed.
func PersonKeys(p graph.Mention) []string { return personKeys(p) }

// NamesFoundIn reports whether one of names (as Names returns them)
// matches where the name-book pass looks for the book's names in a
// text: at an Arabic or capitalised token of one of its sentences
// (byte spans). A name added to the book changes that pass's result in
// a document only where it matches, so a store need not extract again
// a document in which none of the new names matches, though one begins
// on a key it has (NameStarts).
func NamesFoundIn(text string, sents [][2]int, names []string) bool {
	tr := trie{}
	for _, n := range names {
		tr.add(n, true)
	}
	for _, s := range sents {
		toks := tokenize(text, s[0], s[1])
		for i := range toks {
			if !toks[i].arabic && !toks[i].upper {
				continue
			}
			if n, _, _ := tr.match(toks, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// DeferredKeys returns, for each document whose relations wait for the
// corpus pass of rel, the keys (sorted) under which that
// pass will look up its people in other articles' titles: those of the
// leaders and titled people it could not place. Call it before the
// pass runs. What the pass makes of a document changes only if the
// titles under these keys do.
func DeferredKeys(rel *Relations) map[string][]string {
	rel.mu.Lock()
	defer rel.mu.Unlock()
	out := make(map[string][]string, len(rel.unsettled))
	for id, st := range rel.unsettled {
		seen := map[string]bool{}
		var keys []string
		add := func(p graph.Mention) {
			for _, k := range readKeys(p) {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
		for _, pt := range st.pending {
			add(pt.person)
		}
		for _, pl := range st.leads {
			add(pl.leader)
		}
		sort.Strings(keys)
		out[id] = keys
	}
	return out
}
