package resolve

import (
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// Search finds entities by any spelling of their names, in either
// script, with the resolver's own keys: what the review app's search box
// and kg explain use. A query finds an entity whose forms it has never
// seen ("Berkov" finds the entity whose forms are "Berchov", "Berkev"
// and «بيركوف»), ranked by how it matched:
//
//	exact     the query is a form (or the canonical name), normalised
//	prefix    a form starts with the query
//	word      a word of a form starts with the query
//	contains  a form contains the query
//	sound     the query's words sound like a form's words: the same
//	          consonant key (translit), or similar enough (the
//	          resolver's word similarity, at least SearchMinScore)
//
// Within one kind, hits are ordered by score, then by mentions, then by
// name.

// Match kinds of a Hit, best first.
const (
	MatchExact    = "exact"
	MatchPrefix   = "prefix"
	MatchWord     = "word"
	MatchContains = "contains"
	MatchSound    = "sound"
)

var matchRank = map[string]int{MatchExact: 0, MatchPrefix: 1, MatchWord: 2, MatchContains: 3, MatchSound: 4}

// SearchMinScore is the least similarity of a match by sound.
const SearchMinScore = 0.8

// Hit is one entity found by Search.
type Hit struct {
	Entity  *graph.Entity
	Matched string  // the form (or name) that matched best
	Lang    string  // its language
	How     string  // how it matched (MatchExact, ...)
	Score   float64 // 1 for a form matched as written, less by sound
}

// Index holds the matching keys of a graph's names; build it once per
// graph (NewIndex) and search it many times. A graph must not change
// while an index of it is in use.
type Index struct {
	forms []indexedForm
}

type indexedForm struct {
	e     *graph.Entity
	text  string
	lang  string
	key   string // textnorm.Key
	words []tok  // the words that carry identity
	acro  bool   // an initialism: matched by its letters only
}

// NewIndex indexes the canonical name and every form of every named
// entity of g.
func NewIndex(g *graph.KG) *Index {
	x := &Index{}
	for _, e := range g.Entities {
		seen := map[string]bool{}
		add := func(text, lang string) {
			k := textnorm.Key(splitParticle(text))
			if k == "" || seen[k] {
				return
			}
			seen[k] = true
			if lang == "" {
				lang = textnorm.Script(text)
			}
			x.forms = append(x.forms, indexedForm{e: e, text: text, lang: lang, key: k, words: searchWords(k, e.Type), acro: isAcronym(text)})
		}
		add(e.Name, "")
		for _, a := range e.Aliases {
			add(a.Text, a.Lang)
		}
	}
	return x
}

// searchWords are the words of a name to compare by sound: its identity
// words (particles and titles aside), else all its words.
func searchWords(key string, t graph.EntityType) []tok {
	ws, _ := nameWords(key, t, nil)
	if len(ws) > 0 {
		return ws
	}
	for _, w := range strings.Fields(key) {
		if tk := makeTok(w); tk.lat != "" {
			ws = append(ws, tk)
		}
	}
	return ws
}

// Search is NewIndex(g).Search(q, limit).
func Search(g *graph.KG, q string, limit int) []Hit {
	return NewIndex(g).Search(q, limit)
}

// Search returns at most limit entities that q names (limit <= 0: all),
// best first.
func (x *Index) Search(q string, limit int) []Hit {
	k := textnorm.Key(splitParticle(q))
	if k == "" {
		return nil
	}
	var qw []tok // no sound for an initialism ("GCC" is not "G7")
	if !isAcronym(q) {
		qw = searchWords(k, graph.Person)
	}
	best := map[*graph.Entity]Hit{}
	var order []*graph.Entity
	for _, f := range x.forms {
		how, score := matchForm(k, qw, f)
		if how == "" {
			continue
		}
		h := Hit{Entity: f.e, Matched: f.text, Lang: f.lang, How: how, Score: round3(score)}
		old, ok := best[f.e]
		if !ok {
			order = append(order, f.e)
		}
		if !ok || better(h, old) {
			best[f.e] = h
		}
	}
	out := make([]Hit, 0, len(order))
	for _, e := range order {
		out = append(out, best[e])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if better(a, b) != better(b, a) {
			return better(a, b)
		}
		if a.Entity.Mentions != b.Entity.Mentions {
			return a.Entity.Mentions > b.Entity.Mentions
		}
		if a.Entity.Name != b.Entity.Name {
			return a.Entity.Name < b.Entity.Name
		}
		return a.Entity.ID < b.Entity.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// better orders hits by kind, then score.
func better(a, b Hit) bool {
	if ra, rb := matchRank[a.How], matchRank[b.How]; ra != rb {
		return ra < rb
	}
	return a.Score > b.Score
}

// matchForm tells how query key k (its words qw) matches form f.
func matchForm(k string, qw []tok, f indexedForm) (string, float64) {
	switch {
	case f.key == k:
		return MatchExact, 1
	case strings.HasPrefix(f.key, k):
		return MatchPrefix, float64(len(k)) / float64(len(f.key))
	case strings.Contains(" "+f.key, " "+k):
		return MatchWord, float64(len(k)) / float64(len(f.key))
	case len([]rune(k)) >= 3 && strings.Contains(f.key, k):
		return MatchContains, float64(len(k)) / float64(len(f.key))
	}
	if f.acro {
		return "", 0
	}
	if s := soundSim(qw, f.words); s >= SearchMinScore {
		return MatchSound, s
	}
	return "", 0
}

// soundSim scores query words against a form's words: each query word
// takes its most similar form word (a one-word query, the surname or
// the given name alike), and every query word must find one; a word
// with the same consonant key counts 1 when its vowels agree. The score
// is the mean.
func soundSim(qw, fw []tok) float64 {
	if len(qw) == 0 || len(fw) == 0 || len(qw) > len(fw) {
		return 0
	}
	total := 0.0
	for _, q := range qw {
		if len(q.key) < 2 {
			return 0 // one consonant says nothing
		}
		best := 0.0
		for _, w := range fw {
			s := surnameSim(q, w)
			if q.key == w.key && q.lat != w.lat {
				// the consonants agree: the vowels rank the spellings,
				// and must agree when the consonants are few ("Bali" is
				// not "People")
				v := vowelAgree(q, w)
				s = 0.85 + 0.15*max(v, 0)
				if len(q.key) <= 2 && v < 0.75 {
					s = 0
				}
			}
			best = max(best, s)
		}
		if best < SearchMinScore-0.1 {
			return 0
		}
		total += best
	}
	return total / float64(len(qw))
}
