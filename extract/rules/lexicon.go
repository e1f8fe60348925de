package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"newskg/graph"
	"newskg/graph/kb"
)

// phrase is a multi-token lexicon entry.
type phrase struct {
	keys []string
	val  any
}

// trie maps the key of a phrase's first token to its phrases, longest first.
type trie map[string][]phrase

func (tr trie) add(text string, val any) {
	toks := tokenize(text, 0, len(text))
	if len(toks) == 0 {
		return
	}
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		k := t.key
		if t.punct {
			k = t.text
		}
		keys = append(keys, k)
	}
	for _, p := range tr[keys[0]] {
		if equalKeys(p.keys, keys) {
			return // the first entry wins
		}
	}
	tr[keys[0]] = append(tr[keys[0]], phrase{keys: keys, val: val})
	sort.SliceStable(tr[keys[0]], func(i, j int) bool { return len(tr[keys[0]][i].keys) > len(tr[keys[0]][j].keys) })
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func tokKey(t token) string {
	if t.punct {
		return t.text
	}
	return t.key
}

// match finds the longest phrase starting at toks[i]. It returns the
// number of tokens, the byte length of a proclitic stripped from the
// first token, and the value.
func (tr trie) match(toks []token, i int) (n, prefix int, val any) {
	for _, st := range toks[i].keys() {
		for _, p := range tr[st.key] {
			if i+len(p.keys) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(p.keys); k++ {
				if tokKey(toks[i+k]) != p.keys[k] {
					ok = false
					break
				}
			}
			if ok && len(p.keys) > n {
				n, prefix, val = len(p.keys), st.prefix, p.val
			}
		}
	}
	return n, prefix, val
}

// role is a title with its normalised English form. head marks the
// generic "head/president" title whose English form depends on what
// follows (a country: president; a body: head).
type role struct {
	en   string
	head bool
}

// eventKind classifies event triggers.
type eventKind int

const (
	evTalks eventKind = iota
	evMeeting
	evCall
	evSummit
	evConference
)

// eventKinds names the kinds in data/*/events.tsv.
var eventKinds = map[string]eventKind{"talks": evTalks, "meeting": evMeeting, "call": evCall, "summit": evSummit, "conference": evConference}

type eventTrigger struct {
	kind eventKind
}

// lexicon holds the tries the extractors match against.
type lexicon struct {
	kb         *kb.KB
	entities   trie // KB forms -> *kb.Entry
	demonyms   trie // adjectives -> *kb.Entry (a country)
	roles      trie // titles -> role
	honorifics trie
	events     trie // -> eventKind
	delegation trie // -> true
}

var typeRank = map[graph.EntityType]int{graph.Country: 0, graph.City: 1, graph.Organization: 2, graph.Place: 3, graph.Person: 4}

var lexicons sync.Map // *kb.KB -> *lexicon

// newLexicon returns the lexicon of a knowledge base, built once per base.
func newLexicon(k *kb.KB) *lexicon {
	if v, ok := lexicons.Load(k); ok {
		return v.(*lexicon)
	}
	lx := buildLexicon(k)
	v, _ := lexicons.LoadOrStore(k, lx)
	return v.(*lexicon)
}

func buildLexicon(k *kb.KB) *lexicon {
	lx := &lexicon{kb: k, entities: trie{}, demonyms: trie{}, roles: trie{}, honorifics: trie{}, events: trie{}, delegation: trie{}}
	// entries in type order so that a form shared by a country and a city
	// resolves to the country
	entries := append([]*kb.Entry(nil), k.Entries()...)
	sort.SliceStable(entries, func(i, j int) bool { return typeRank[entries[i].Type] < typeRank[entries[j].Type] })
	type dem struct {
		text string
		e    *kb.Entry
	}
	var dems []dem
	for _, e := range entries {
		for _, a := range e.Forms() {
			lx.entities.add(a.Text, e)
		}
		for _, d := range e.Demonyms {
			dems = append(dems, dem{d.Text, e})
		}
	}
	// an adjective shared by several countries ("French": France and the
	// French Southern Lands) goes to the country whose name it resembles,
	// then to the one with the shortest name
	score := func(d dem) (int, int) {
		a, b := []rune(strings.ToLower(d.text)), []rune(strings.ToLower(d.e.Name))
		same := 0
		for same < len(a) && same < len(b) && same < 2 && a[same] == b[same] {
			same++
		}
		return -same, len(b)
	}
	sort.SliceStable(dems, func(i, j int) bool {
		si, li := score(dems[i])
		sj, lj := score(dems[j])
		if si != sj {
			return si < sj
		}
		return li < lj
	})
	for _, d := range dems {
		lx.demonyms.add(d.text, d.e)
	}
	for _, e := range lexFile("en", "roles.tsv") {
		lx.roles.add(e.Phrase, role{en: e.Class, head: e.Value == "head"})
	}
	// explicit Arabic titles first, then their forms with or without the
	// article, so that an explicit entry always wins a clash
	ars := lexFile("ar", "roles.tsv")
	for _, e := range ars {
		lx.roles.add(e.Phrase, role{en: e.Class, head: e.Value == "head"})
	}
	for _, e := range ars {
		r := role{en: e.Class, head: e.Value == "head"}
		if strings.HasPrefix(e.Phrase, "ال") {
			lx.roles.add(strings.TrimPrefix(e.Phrase, "ال"), r)
		} else {
			lx.roles.add("ال"+e.Phrase, r)
		}
	}
	for _, e := range lexRows("names.tsv", "honorific") {
		lx.honorifics.add(e.Phrase, true)
	}
	for _, l := range lexLangs {
		for _, e := range lexFile(l, "events.tsv") {
			k, ok := eventKinds[e.Class]
			if !ok {
				panic(fmt.Sprintf("data/%s/events.tsv:%d: unknown event kind %q", l, e.Line, e.Class))
			}
			lx.events.add(e.Phrase, k)
		}
	}
	for _, e := range lexRows("words.tsv", "delegation") {
		lx.delegation.add(e.Phrase, true)
	}
	return lx
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
