// Package resolve turns extracted mentions and mention-level relations
// into the entities and facts of a knowledge graph: one node per real
// entity across spellings, scripts and articles, with the reason for
// every merge recorded so that an analyst can check and correct it.
//
// See README.md in this directory for the method, the rules and the
// review file.
package resolve

import (
	"errors"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// Options configure Resolve.
type Options struct {
	KB     *kb.KB        // nil means kb.Starter()
	Review *graph.Review // may be nil
	// Prior, for ResolveShares, is the clustering of the last resolution
	// (incremental.go): the forms it kept are not clustered again, and
	// the result gives this resolution's clustering back. A Prior with
	// no Changed clusters every form.
	Prior *Prior
}

// Report tells what resolution did.
type Report struct {
	// Stale lists decisions that name entities or facts that no longer
	// exist, or whose anchor no longer matches, human-readable.
	Stale []string
	// Applied counts the review decisions that took effect.
	Applied int
	// Unanchored counts the decisions applied by id alone (review files
	// from before anchors).
	Unanchored int
	// Rules counts the forms attached by each merge rule.
	Rules map[string]int
	// Entities and Facts count the output.
	Entities, Facts int
}

// ErrBadMention marks a mention that cannot be resolved (no type, no text).
var ErrBadMention = errors.New("bad mention")

// Merge rules, as recorded in graph.Merge.Rule.
const (
	RuleExactKey       = "exact-key"             // same normalised form
	RuleKBAlias        = "kb-alias"              // both forms are names of one KB entry
	RuleTranslitKey    = "translit-key"          // same phonetic key across scripts
	RulePhoneticKey    = "phonetic-key"          // same phonetic key, same script
	RuleFuzzy          = "fuzzy"                 // similar keys and names
	RuleSurnameArticle = "surname-in-article"    // surname-only mention, full name in the same article
	RuleGivenArticle   = "given-name-in-article" // given-name-only mention, full name in the same article
	RuleSurnameCross   = "surname-cross-article" // surname-only mention, one full name in other articles
	RuleReviewSameAs   = "review-same-as"        // an analyst said so
	RuleReviewKeep     = "review-keep"           // an analyst's split left these forms together
	RuleGroupKey       = "group-key"             // delegations and events: the extractor's key
	RuleGlossary       = "glossary"              // descriptive names with the same concepts (ministry, defense, ...)
	RuleTypeConflict   = "type-conflict"         // one name typed a person and a location in one article
	RuleQualified      = "qualified-in-article"  // a body's name and the same name with its country, in one article
	RulePrefix         = "name-prefix"           // a person's name cut short of the full name it begins
	RuleSuffix         = "name-suffix"           // a family name of two words, the full name of its article it ends
	RuleGivenRole      = "given-name-title"      // a given name alone, one full name with that given name and title
	RuleAcronym        = "acronym-in-article"    // an initialism and the one body of its article it abbreviates
	RuleShort          = "short-in-article"      // a body's name cut short before a preposition, the full name of its article
)

// Thresholds, chosen on principle rather than fitted (see README.md).
const (
	// A full name: the surname must be nearly the same word (at most
	// about one consonant in six wrong), the given name compatible.
	thSurname  = 0.85
	thFullName = 0.86
	// Other named types: every word nearly the same.
	thWord = 0.85
	// Within one article the candidates are few, so a surname-only
	// mention may be more garbled than across articles.
	thInArticle = 0.70
	// Two Latin spellings of a surname in one article: an English
	// article misspells a name by a letter or two ("Batterby" for
	// "Battersby"), not by a syllable; machine translation's garbles
	// come from the Arabic.
	thInArticleLatin = 0.80
	// A winner must beat the runner-up by this much to be unambiguous.
	margin = 0.10
	// Across articles a surname must be as good as a full-name match.
	thCross = 0.88
	// A form of a knowledge-base entry found by its key across scripts
	// must also be spelt like one of the entry's names in its own script.
	thKBSpelling = 0.85
)

// form is one distinct normalised surface form of one type in one
// document (for delegations and events: one extractor key).
type form struct {
	typ   graph.EntityType
	doc   string
	key   string // textnorm.Key of the cleaned text, or the group key
	texts counts
	lang  string
	// words, phon (the phonetic key of the whole name) and concepts
	// (glossary concepts of an institution or place name): one record
	// per distinct key, shared by its forms and never written through a
	// form (a new one is given instead); noWords where there are none.
	*wordsOut
	roles   counts
	entry   *kb.Entry
	group   bool // delegation or event
	acronym bool // an initialism ("GCC", "G7"): matched by its letters, never by sound
	// aliasless: the summary in the slab (aggAt) has no aliases
	aliasless bool
	// what the entity takes from the form's mentions (the first
	// mention's document is the form's, or for a delegation or event
	// the document first names: state.firstDoc)
	n         int32 // mentions
	names     counts
	first     mpos        // the first mention's place in mention order
	firstSpan *spanKey    // ... its span (a named form's: the first of its spans in its document's share)
	firstText string      // ... its text as written
	agg       *mentionAgg // aliases, documents, dates, roles
	aggAt     aggRef      // ... or where the state's slab keeps them (aggslab.go)
}

func (f *form) text() string { return f.texts.mostFrequent() }

func (f *form) full() bool { return len(f.words) >= 2 }

// genericBody reports a body's form named by generic words alone, no
// proper word, no country and no knowledge-base entry ("Foreign
// Ministry", «وزارة الخارجية», "the Interior Ministry"): a description
// each article's country fills in.
func genericBody(f *form) bool {
	return f.typ == graph.Organization && !f.group && !f.acronym && f.entry == nil && len(f.words) == 0 && len(f.concepts) > 0 && !hasCountry(f.concepts)
}

// hasCountry reports a country among a name's concepts.
func hasCountry(cs []string) bool {
	for _, c := range cs {
		if strings.HasPrefix(c, "c:") {
			return true
		}
	}
	return false
}

func mostFrequent(m map[string]int) string {
	best, bn := "", -1
	for _, k := range sortedKeys(m) {
		if m[k] > bn {
			best, bn = k, m[k]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Resolve builds the KG from documents, mentions and relations.
func Resolve(docs []graph.DocInfo, mentions []graph.Mention, rels []graph.Relation, opt Options) (*graph.KG, *Report, error) {
	base := opt.KB
	if base == nil {
		base = kb.Starter()
	}
	st, err := prepare(base, mentions, rels, false)
	if err != nil {
		return nil, nil, err
	}
	g, _, rep := st.run(docs, opt.Review, Constraints{})
	return g, rep, nil
}

// cluster is a set of forms that are one entity.
type cluster struct {
	typ    graph.EntityType
	forms  []int
	merges []mergeRec
	entity *graph.Entity
}

type mergeRec struct {
	form, into int
	rule, key  string
	score      float64
}

// constraints are the analysts' must-link and cannot-link decisions,
// expressed on forms.
type constraints struct {
	must   [][]int       // groups of forms that are one entity, joined before the rules run
	keep   [][]int       // groups of forms that stay one entity, joined after the rules ran
	cannot []cannotGroup // sides that must stay apart
}

type cannotGroup struct {
	sides [][]int
}

// uf is a union-find over forms with per-root constraint state. It is
// held for every form of a resolution while the rules run (at 30,000
// articles over half a million), so what it keeps of each form is a few
// bytes: its parent, KB entry and type by number, and whether it holds a
// full name; a root's cannot-link tags, titles and neighbours are kept
// in maps for the roots that have their own, and are otherwise its
// form's (a form's titles and neighbours are its own set until a join
// writes to it).
type uf struct {
	st     *state
	parent []int32
	kbid   []int32 // a root's KB entry, by its place in kbids (0: none)
	kbids  strTable
	typ    []uint8 // a root's type, by its place in types
	types  []graph.EntityType
	tags   map[int32]map[int]int     // cannot-link group -> side, of the forms and roots with any
	roles  map[int32]map[string]bool // a root's own set of titles, once a join wrote to it (ownR)
	nbrs   map[int32]map[int32]bool  // a root's own set of neighbours, once a join wrote to it (ownN)
	ownR   []bool
	ownN   []bool
	full   []bool // the cluster holds a person's full name
	merges []mergeRec
}

func (st *state) newUF(c constraints) *uf {
	n := len(st.forms)
	u := &uf{st: st, parent: make([]int32, n), kbid: make([]int32, n), typ: make([]uint8, n), ownR: make([]bool, n), ownN: make([]bool, n), full: make([]bool, n),
		roles: map[int32]map[string]bool{}, nbrs: map[int32]map[int32]bool{}}
	for i, f := range st.forms {
		u.parent[i] = int32(i)
		u.full[i] = f.typ == graph.Person && f.full()
		if f.entry != nil {
			u.kbid[i] = u.kbids.of(f.entry.ID)
		}
		u.setType(i, f.typ)
	}
	for gi, g := range c.cannot {
		for si, side := range g.sides {
			for _, fi := range side {
				if u.tags == nil {
					u.tags = map[int32]map[int]int{}
				}
				t := u.tags[int32(fi)]
				if t == nil {
					t = map[int]int{}
					u.tags[int32(fi)] = t
				}
				t[gi] = si
			}
		}
	}
	return u
}

// typeOf returns root r's type.
func (u *uf) typeOf(r int) graph.EntityType { return u.types[u.typ[r]] }

// setType gives root r the type t.
func (u *uf) setType(r int, t graph.EntityType) {
	i := slices.Index(u.types, t)
	if i < 0 {
		i = len(u.types)
		u.types = append(u.types, t)
	}
	u.typ[r] = uint8(i)
}

// kbidOf returns the id of root r's KB entry ("": none).
func (u *uf) kbidOf(r int) string { return u.kbids.str(u.kbid[r]) }

// placeInto reports whether cluster a, a Place the KB does not know (an
// extractor that could only tell "a location"), may join cluster b, a
// City or Country: a place name cannot be both, so the specific type wins.
func (u *uf) placeInto(a, b int) bool {
	return u.typeOf(a) == graph.Place && u.kbid[a] == 0 && (u.typeOf(b) == graph.City || u.typeOf(b) == graph.Country)
}

func (u *uf) find(i int) int {
	for int(u.parent[i]) != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = int(u.parent[i])
	}
	return i
}

// allowed reports whether the clusters of a and b may be merged: same
// type, no two different KB entries, no analyst's not-same-as between them.
func (u *uf) allowed(a, b int) bool { return u.allowedTyped(a, b, false) }

// allowedTyped is allowed, with the type check left out when anyType.
func (u *uf) allowedTyped(a, b int, anyType bool) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return false
	}
	if !anyType && u.typ[ra] != u.typ[rb] && !u.placeInto(ra, rb) && !u.placeInto(rb, ra) {
		return false
	}
	if u.kbid[ra] != 0 && u.kbid[rb] != 0 && u.kbid[ra] != u.kbid[rb] {
		return false
	}
	if u.tags != nil {
		tb := u.tags[int32(rb)]
		for g, s := range u.tags[int32(ra)] {
			if s2, ok := tb[g]; ok && s2 != s {
				return false
			}
		}
	}
	return true
}

// union merges the clusters of form and into, recording why.
func (u *uf) union(form, into int, rule, key string, score float64, force bool) bool {
	if !force && !u.allowed(form, into) {
		return false
	}
	return u.join(form, into, rule, key, score)
}

// retype merges the clusters of form and into whatever their types, and
// gives the result type typ (the other constraints still hold).
func (u *uf) retype(form, into int, typ graph.EntityType, rule, key string, score float64) bool {
	if !u.allowedTyped(form, into, true) {
		return false
	}
	if !u.join(form, into, rule, key, score) {
		return false
	}
	u.setType(u.find(into), typ)
	return true
}

// join links the clusters of form and into.
func (u *uf) join(form, into int, rule, key string, score float64) bool {
	ra, rb := u.find(form), u.find(into)
	if ra == rb {
		return false
	}
	// The smaller index stays root, for determinism.
	if rb > ra {
		ra, rb = rb, ra
	}
	u.parent[ra] = int32(rb)
	if u.typeOf(rb) == graph.Place && u.typeOf(ra) != graph.Place {
		u.typ[rb] = u.typ[ra]
	}
	if u.kbid[rb] == 0 {
		u.kbid[rb] = u.kbid[ra]
	}
	if ta := u.tags[int32(ra)]; len(ta) > 0 {
		tb := u.tags[int32(rb)]
		if tb == nil {
			tb = map[int]int{}
			u.tags[int32(rb)] = tb
		}
		for g, s := range ta {
			if _, ok := tb[g]; !ok {
				tb[g] = s
			}
		}
	}
	if u.roleLen(ra) > 0 {
		own := u.ownRoles(rb)
		u.eachRole(ra, func(r string) bool { own[r] = true; return true })
	}
	if u.ownR[ra] {
		delete(u.roles, int32(ra)) // ra is a root no more
		u.ownR[ra] = false
	}
	if u.nbrLen(ra) > 0 {
		if !u.ownN[rb] {
			own := make(map[int32]bool, u.nbrLen(rb)+u.nbrLen(ra))
			for _, k := range u.st.nbrsOf(rb) {
				own[k] = true
			}
			u.nbrs[int32(rb)], u.ownN[rb] = own, true
		}
		own := u.nbrs[int32(rb)]
		u.eachNbr(ra, func(k int32) bool { own[k] = true; return true })
	}
	if u.ownN[ra] {
		delete(u.nbrs, int32(ra)) // ra is a root no more
		u.ownN[ra] = false
	}
	u.full[rb] = u.full[rb] || u.full[ra]
	u.merges = append(u.merges, mergeRec{form: form, into: into, rule: rule, key: key, score: round3(score)})
	return true
}

// ownRoles returns root r's own set of titles, made from its form's the
// first time.
func (u *uf) ownRoles(r int) map[string]bool {
	if u.ownR[r] {
		return u.roles[int32(r)]
	}
	own := make(map[string]bool, len(u.st.forms[r].roles))
	for _, x := range u.st.forms[r].roles {
		own[x.s] = true
	}
	u.roles[int32(r)], u.ownR[r] = own, true
	return own
}

// roleLen returns the number of root r's titles.
func (u *uf) roleLen(r int) int {
	if u.ownR[r] {
		return len(u.roles[int32(r)])
	}
	return len(u.st.forms[r].roles)
}

// hasRole reports whether root r holds the title s.
func (u *uf) hasRole(r int, s string) bool {
	if u.ownR[r] {
		return u.roles[int32(r)][s]
	}
	for _, x := range u.st.forms[r].roles {
		if x.s == s {
			return true
		}
	}
	return false
}

// eachRole calls fn with each of root r's titles until it returns false.
func (u *uf) eachRole(r int, fn func(string) bool) {
	if u.ownR[r] {
		for s := range u.roles[int32(r)] {
			if !fn(s) {
				return
			}
		}
		return
	}
	for _, x := range u.st.forms[r].roles {
		if !fn(x.s) {
			return
		}
	}
}

func (u *uf) sharedRole(a, b int) bool { return u.sharedRoleOf(u.find(a), u.find(b)) }

// sharedRoleOf is sharedRole for two roots; it writes nothing.
func (u *uf) sharedRoleOf(ra, rb int) bool {
	shared := false
	u.eachRole(ra, func(s string) bool {
		shared = u.hasRole(rb, s)
		return !shared
	})
	return shared
}

// sharedNeighbour reports whether the two clusters are related to one same
// named entity (a body they hold a position in, a person they meet).
func (u *uf) sharedNeighbour(a, b int) bool { return u.sharedNeighbourOf(u.find(a), u.find(b)) }

// sharedNeighbourOf is sharedNeighbour for two roots; it writes nothing.
func (u *uf) sharedNeighbourOf(ra, rb int) bool {
	shared := false
	u.eachNbr(ra, func(k int32) bool {
		shared = u.hasNbr(rb, k)
		return !shared
	})
	return shared
}

// nbrLen returns the size of root r's neighbour set.
func (u *uf) nbrLen(r int) int {
	if u.ownN[r] {
		return len(u.nbrs[int32(r)])
	}
	return len(u.st.nbrsOf(r))
}

// hasNbr reports whether k is in root r's neighbour set.
func (u *uf) hasNbr(r int, k int32) bool {
	if u.ownN[r] {
		return u.nbrs[int32(r)][k]
	}
	_, ok := slices.BinarySearch(u.st.nbrsOf(r), k)
	return ok
}

// eachNbr calls fn with each of root r's neighbours until it returns false.
func (u *uf) eachNbr(r int, fn func(int32) bool) {
	if u.ownN[r] {
		for k := range u.nbrs[int32(r)] {
			if !fn(k) {
				return
			}
		}
		return
	}
	for _, k := range u.st.nbrsOf(r) {
		if !fn(k) {
			return
		}
	}
}

// neighbours records, for each named form, the named entities its
// relations reach, by KB id where known, else by the other form's key:
// two spellings related to the same body are likely one person.
func (st *state) neighbours() {
	ids := map[string]int32{} // neighbour key -> its number
	num := make([]int32, len(st.forms))
	for i := range num {
		num[i] = -2 // not numbered yet; -1: no neighbour key
	}
	keyOf := func(fi int) string {
		f := st.forms[fi]
		if f.group {
			return ""
		}
		if f.entry != nil {
			return "kb:" + f.entry.ID
		}
		if !f.full() {
			return "" // a surname alone is too weak a neighbour
		}
		return "n:" + f.key
	}
	var pairs [][2]int32 // form, neighbour
	for ri := range st.rels {
		a, b := int(st.relAt[ri][0]), int(st.relAt[ri][1])
		if a < 0 || b < 0 {
			continue
		}
		for _, p := range [][2]int{{a, b}, {b, a}} {
			if num[p[1]] == -2 {
				num[p[1]] = -1
				if k := keyOf(p[1]); k != "" {
					id, ok := ids[k]
					if !ok {
						id = int32(len(ids))
						ids[k] = id
					}
					num[p[1]] = id
				}
			}
			if k := num[p[1]]; k >= 0 {
				pairs = append(pairs, [2]int32{int32(p[0]), k})
			}
		}
	}
	// each form's neighbours sorted, once each, in one list
	slices.SortFunc(pairs, func(x, y [2]int32) int {
		if x[0] != y[0] {
			return int(x[0] - y[0])
		}
		return int(x[1] - y[1])
	})
	pairs = slices.Compact(pairs)
	st.nbrAt = make([]int32, len(st.forms)+1)
	st.nbrList = make([]int32, len(pairs))
	for i, p := range pairs {
		st.nbrAt[p[0]+1]++
		st.nbrList[i] = p[1]
	}
	for i := 1; i < len(st.nbrAt); i++ {
		st.nbrAt[i] += st.nbrAt[i-1]
	}
}

// nbrsOf returns what form fi is related to (numbered by neighbours),
// sorted.
func (st *state) nbrsOf(fi int) []int32 {
	if fi+1 >= len(st.nbrAt) {
		return nil
	}
	return st.nbrList[st.nbrAt[fi]:st.nbrAt[fi+1]:st.nbrAt[fi+1]]
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// clusterize runs the resolution rules in order of decreasing certainty.
func (st *state) clusterize(c constraints) []*cluster {
	u := st.newUF(c)
	// Analysts first: their same-as decisions hold whatever the rules say.
	for _, g := range c.must {
		for _, fi := range g[1:] {
			u.union(fi, g[0], RuleReviewSameAs, "", 1, true)
		}
	}
	// Delegations and events: the extractor's key is the identity.
	// Named forms of one KB entry are one entity.
	byEntry := map[string][]int{}
	for fi, f := range st.forms {
		if f.entry != nil {
			byEntry[f.entry.ID] = append(byEntry[f.entry.ID], fi)
		}
	}
	for _, id := range sortedKeys(byEntry) {
		fs := byEntry[id]
		for _, fi := range fs[1:] {
			u.union(fi, fs[0], RuleKBAlias, id, 1, false)
		}
	}
	// The same normalised form of one type is one entity, across
	// documents too, except a one-word person name: a surname alone can
	// belong to different people in different articles, so it is
	// resolved by the surname rules below; and a body named by generic
	// words alone, without its country ("the Foreign Ministry", «وزارة
	// الخارجية»): each article's is its own country's, which
	// qualified-in-article finds.
	type tk struct {
		typ graph.EntityType
		key string
	}
	exact := map[tk][]int{}
	var exactKeys []tk
	for fi, f := range st.forms {
		if f.typ == graph.Person && !f.full() || genericBody(f) {
			continue
		}
		k := tk{f.typ, f.key}
		if _, ok := exact[k]; !ok {
			exactKeys = append(exactKeys, k)
		}
		exact[k] = append(exact[k], fi)
	}
	for _, k := range exactKeys {
		fs := exact[k]
		rule := RuleExactKey
		if st.forms[fs[0]].group {
			rule = RuleGroupKey
		}
		for _, fi := range fs[1:] {
			u.union(fi, fs[0], rule, k.key, 1, false)
		}
	}
	st.fuzzyNames(u)
	st.prefixNames(u)
	st.suffixNames(u)
	st.surnames(u)
	st.typeConflicts(u)
	st.surnameBodies(u)
	st.qualifiedBodies(u)
	st.shortBodies(u)
	st.acronymBodies(u)
	// What an analyst's split left together stays together, whatever the
	// rules made of the forms split off (a surname alone may now be
	// ambiguous); joined last, so that the rules' reasons are kept.
	for _, g := range c.keep {
		for _, fi := range g[1:] {
			u.union(fi, g[0], RuleReviewKeep, "", 1, true)
		}
	}

	// Collect clusters in order of their smallest form.
	byRoot := map[int]*cluster{}
	var out []*cluster
	for fi := range st.forms {
		r := u.find(fi)
		cl := byRoot[r]
		if cl == nil {
			cl = &cluster{typ: u.typeOf(r)}
			byRoot[r] = cl
			out = append(out, cl)
		}
		cl.forms = append(cl.forms, fi)
	}
	for _, m := range u.merges {
		cl := byRoot[u.find(m.form)]
		cl.merges = append(cl.merges, m)
	}
	return out
}

// edge is a candidate merge between two forms.
type edge struct {
	a, b  int
	score float64
	rule  string
	key   string
}

func sortEdges(es []edge) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].score != es[j].score {
			return es[i].score > es[j].score
		}
		if es[i].a != es[j].a {
			return es[i].a < es[j].a
		}
		return es[i].b < es[j].b
	})
}

// blockKeys are the blocking keys of a form: two forms are compared only
// when they share one. A person's full name is blocked on its surname
// key and the one-deletion variants of it (so a surname with one
// consonant dropped, added or changed is still found); other names on
// the whole key likewise, descriptive names on their concept set (and
// their article, where only the article can make them one).
func blockKeys(f *form) []string {
	t := string(f.typ) + "|"
	if f.typ.Location() {
		t = "Location|"
	}
	if f.typ != graph.Person {
		return blockKeysOf(f, t, "")
	}
	last := f.words[len(f.words)-1]
	ds := blockKeysOf(f, t, last.key)
	var alts []string
	for _, v := range variantToks(last) {
		// the surname as another romanisation writes it meets that
		// spelling's block too ("Chakoura", "Shaqoura")
		alts = append(alts, v.key)
	}
	if r, ok := gluedBen(last); ok {
		alts = append(alts, makeTok(r).key) // "Benharrouda", "Ben Harrouda"
	}
	if len(alts) == 0 {
		return ds
	}
	for _, a := range alts {
		ds = append(ds, blockKeysOf(f, t, a)...)
	}
	sort.Strings(ds)
	return slices.Compact(ds)
}

// blockKeysOf is blockKeys with the key k for the last word of a person
// (unused for other names).
func blockKeysOf(f *form, t, k string) []string {
	if f.typ == graph.Person {
		if n := len(f.words); n >= 3 {
			// the surname may be the last two words joined (surnamesSim)
			var ds []string
			for _, k := range []string{k, joinWords(f.words[n-2], f.words[n-1]).key} {
				for _, d := range deletions(k) {
					ds = append(ds, t+d)
				}
			}
			sort.Strings(ds)
			return slices.Compact(ds)
		}
	} else {
		k = strings.ReplaceAll(f.phon, " ", "")
		if k == "" {
			// a descriptive name: the same concepts, and within one
			// article unless a country is one of them (wordsSim), so
			// that "the foreign ministry" of every article is not
			// compared with that of every other
			cs := strings.Join(f.concepts, " ")
			if !strings.Contains(cs, "c:") {
				return []string{t + "c" + cs + "|" + f.doc}
			}
			return []string{t + "c" + cs}
		}
	}
	ds := deletions(k)
	for i := range ds {
		ds[i] = t + ds[i]
	}
	return ds
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

func suffix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[len(s)-n:]
}

// fuzzyNames merges full names and other named forms whose keys and
// words are similar, blocked so that only forms sharing a block key are
// compared. Candidate pairs are merged best first.
func (st *state) fuzzyNames(u *uf) {
	// One representative per distinct (type, romanised name).
	type rk struct {
		typ graph.EntityType
		lat string
	}
	rep := map[rk]int{}
	var reps []int
	for fi, f := range st.forms {
		if f.group || f.acronym || len(f.words)+len(f.concepts) == 0 || (f.typ == graph.Person && !f.full()) || adjectivalOnly(f) {
			continue
		}
		var ls []string
		for _, w := range f.words {
			ls = append(ls, w.lat)
		}
		k := rk{f.typ, strings.Join(ls, " ") + "|" + strings.Join(f.concepts, " ")}
		if len(f.words) == 0 {
			k.lat += "|" + f.doc // a descriptive name is only known within its article
		}
		if r, ok := rep[k]; ok {
			// Same romanisation, different form: same key across scripts,
			// unless the form is no spelling of a known entry it would
			// join ("Hengelo" and «أنجولا»): then it stands for itself
			if !st.kbVariant(u, fi, r) {
				reps = append(reps, fi)
				continue
			}
			rule := RulePhoneticKey
			if st.forms[r].lang != f.lang {
				rule = RuleTranslitKey
			}
			u.union(fi, r, rule, f.phon, 1, false)
			continue
		}
		rep[k] = fi
		reps = append(reps, fi)
	}
	blocks := map[string][]int{}
	var bkeys []string
	keysOf := make(map[int][]string, len(reps))
	for _, fi := range reps {
		ks := blockKeys(st.forms[fi])
		for _, b := range ks {
			if _, ok := blocks[b]; !ok {
				bkeys = append(bkeys, b)
			}
			blocks[b] = append(blocks[b], fi)
		}
		ks = append([]string(nil), ks...)
		sort.Strings(ks)
		keysOf[fi] = ks
	}
	sort.Strings(bkeys)
	// The clusters do not change while the pairs are scored: their roots
	// are read once, so that blocks can be scored on every core.
	root := make([]int, len(st.forms))
	for fi := range root {
		root[fi] = u.find(fi)
	}
	found := make([][]edge, len(bkeys))
	parallel(len(bkeys), 16, func(lo, hi int) {
		for bi := lo; bi < hi; bi++ {
			b := bkeys[bi]
			fs := blocks[b]
			var es []edge
			for i := 0; i < len(fs); i++ {
				for j := i + 1; j < len(fs); j++ {
					a, c := fs[i], fs[j]
					// a pair is scored in the first block (in key order)
					// the two share, once
					if firstCommon(keysOf[a], keysOf[c]) != b {
						continue
					}
					if e, ok := st.fuzzyEdge(u, root, a, c); ok {
						es = append(es, e)
					}
				}
			}
			found[bi] = es
		}
	})
	var es []edge
	for _, f := range found {
		es = append(es, f...)
	}
	sortEdges(es)
	// the fathers' names each cluster of full names holds: a name
	// without one ("Hamad Al Kharji") may join one brother, not both
	// and the given names of the table (two names, «حسن» and «حسين»,
	// are not joined through a third spelling either)
	nas, giv := map[int][]tok{}, map[int][]tok{}
	for fi, f := range st.forms {
		if f.typ == graph.Person && f.full() {
			r := u.find(fi)
			if t, ok := nasab(f.key); ok {
				nas[r] = append(nas[r], t)
			}
			if f.words[0].given != "" {
				giv[r] = append(giv[r], f.words[0])
			}
		}
	}
	for _, e := range es {
		ra, rb := u.find(e.a), u.find(e.b)
		if ra != rb && (nasabsClash(nas[ra], nas[rb]) || givensClash(giv[ra], giv[rb])) {
			continue
		}
		if !st.sameLetters(e.a, e.b) {
			// two spellings in one script of a place or body: written
			// with other consonants, they are other names ("Texas" and
			// "Ducati", "Perugia" and "Borac")
			continue
		}
		if !st.kbVariant(u, e.a, e.b) {
			// the knowledge base names the entry in the form's script:
			// a form only like those names by its consonants is another
			// place ("Jordan" and «خراسان», "Korea" and «القاهرة»)
			continue
		}
		if u.union(e.a, e.b, e.rule, e.key, e.score, false) {
			r := u.find(e.a)
			for _, m := range []map[int][]tok{nas, giv} {
				if len(m[ra])+len(m[rb]) > 0 {
					x := append(append([]tok(nil), m[ra]...), m[rb]...)
					delete(m, ra)
					delete(m, rb)
					m[r] = x
				}
			}
		}
	}
}

// givensClash reports two clusters that hold two given names of the
// table that are two names (twoGivenNames).
func givensClash(x, y []tok) bool {
	for _, a := range x {
		for _, b := range y {
			if twoGivenNames(a, b) {
				return true
			}
		}
	}
	return false
}

// nasabsClash reports two clusters that hold two fathers' names.
func nasabsClash(x, y []tok) bool {
	for _, a := range x {
		for _, b := range y {
			if a.lat != b.lat && tokSim(a, b) < thWord {
				return true
			}
		}
	}
	return false
}

// sameLetters reports whether two forms that are no persons' names and
// are written in one script spell the same consonants (as a form must to
// join a known entry of its script, kbVariant); forms of two scripts, or
// of persons, always may.
func (st *state) sameLetters(a, b int) bool {
	fa, fb := st.forms[a], st.forms[b]
	if fa.lang != fb.lang || fa.typ == graph.Person || fb.typ == graph.Person || len(fa.concepts)+len(fb.concepts) > 0 {
		return true // a head noun or a glossary concept is compared by its concept
	}
	cons := consonantsOf(fa.lang)
	return sameConsonants(cons(fa.key), cons(fb.key))
}

// adjectivalOnly reports a form of the knowledge base whose mentions
// are all adjectives or titles standing for a country ("Russian", an
// implied «الوزيرة»): it joins its entry by the entry's id, and its text
// is no name of the entry for other names to be spelt like.
func adjectivalOnly(f *form) bool {
	return f.entry != nil && (f.agg != nil && len(f.agg.aliases) == 0 || f.agg == nil && f.aggAt != 0 && f.aliasless)
}

// firstCommon returns the first string of two sorted lists that both
// hold ("" if none).
func firstCommon(x, y []string) string {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			return x[i]
		case x[i] < y[j]:
			i++
		default:
			j++
		}
	}
	return ""
}

// fuzzyEdge scores the pair of representative forms a < c of one block:
// the candidate merge of c into a when their names are similar enough.
// root holds every form's cluster; nothing is written, so blocks may be
// scored in parallel.
func (st *state) fuzzyEdge(u *uf, root []int, a, c int) (edge, bool) {
	fa, fc := st.forms[a], st.forms[c]
	var s float64
	if fa.typ == graph.Person {
		s = fullNameSim(fa, fc)
		if s > 0 && u.sharedRoleOf(root[a], root[c]) {
			s += 0.03 // a shared title is evidence beyond the name
		}
		if s > 0 && u.sharedNeighbourOf(root[a], root[c]) {
			s += 0.03 // and so is a shared neighbour in the graph
		}
		if s < thFullName {
			return edge{}, false
		}
	} else {
		s = wordsSim(fa, fc)
		if s < thWord {
			return edge{}, false
		}
	}
	return edge{a: c, b: a, score: s, rule: nameRule(fa, fc), key: fa.phon + " ~ " + fc.phon}, true
}

// kbVariant reports whether forms a and b may join by their keys when
// exactly one of their clusters is a knowledge-base entry: always for a
// person; for a form of the entry's script when it writes the consonants
// of one of the entry's names in that script (a garbled "Wellingten" for
// "Wellington"); across scripts when it is spelt like one of them, or the
// entry has no name in the form's script («أبوجا» for an "Abuja" the base
// names in English only).
func (st *state) kbVariant(u *uf, a, b int) bool {
	idA, idB := u.kbidOf(u.find(a)), u.kbidOf(u.find(b))
	if (idA == "") == (idB == "") {
		return true
	}
	fa, fb := st.forms[a], st.forms[b]
	if fa.typ == graph.Person || fb.typ == graph.Person {
		return true
	}
	id, other := idA, fb
	if id == "" {
		id, other = idB, fa
	}
	e := st.kb.Entry(id)
	if e == nil {
		return true
	}
	if fa.lang == fb.lang {
		// Arabic writes a place's consonants with the same letters however
		// its vowels are spelt («زيورخ» and «زيوريخ»); a Latin garble
		// keeps the consonants up to the letters that spell one sound
		// ("Kayiv" for "Kyiv"); the phonetic key folds more together
		// («كركوك» and «جيورجيا», "Houston" and "Estonia")
		cons := consonantsOf(other.lang)
		want := cons(other.key)
		return spelledAs(e, other.lang, func(n string) bool { return sameConsonants(want, cons(n)) })
	}
	// across scripts the form must be a spelling of one of the base's own
	// names in the form's script («صربيا» of «صيربيا», «كابل» of «كابول»)
	return spelledAs(e, other.lang, func(n string) bool { return JaroWinkler(n, other.key) >= thKBSpelling })
}

// spelledAs reports whether one of the names an entry has in a script
// (by their keys) is like a form's, or the entry has none in it.
func spelledAs(e *kb.Entry, lang string, like func(key string) bool) bool {
	names := []string{}
	if lang == "en" && e.Name != "" {
		names = append(names, e.Name)
	}
	for _, al := range e.Aliases {
		if al.Lang == lang {
			names = append(names, al.Text)
		}
	}
	for _, n := range names {
		if like(textnorm.Key(n)) {
			return true
		}
	}
	return len(names) == 0
}

// consonantsOf returns the consonant spelling of a script's keys.
func consonantsOf(lang string) func(string) string {
	if lang == "ar" {
		return arabicConsonants
	}
	return latinConsonants
}

// latinConsonants is a Latin key's consonants, lower case, doubled
// letters once, with the letters that spell one sound made one (c, k, q;
// f, v, ph): "Kayiv" and "Kyiv" are both "kf". Two consonants or fewer
// tell too little apart ("Korea" and "Cairo", "Oman" and "Amman"): such
// a key keeps the name's first letter as written.
func latinConsonants(key string) string {
	key = strings.ReplaceAll(strings.ToLower(key), "ph", "f")
	if ws := strings.Fields(strings.ReplaceAll(key, "-", " ")); len(ws) > 1 {
		// the article, written "al" or as the consonant it assimilates
		// ("Dar es Salaam", "Dar al-Salam"), is no consonant of the name
		out := ws[:0:0]
		for i, w := range ws {
			if (w == "al" || w == "el") && i+1 < len(ws) {
				continue
			}
			if len(sunArticle(ws[i:min(i+2, len(ws))])) == 1 && i+1 < len(ws) {
				continue
			}
			out = append(out, w)
		}
		key = strings.Join(out, " ")
	}
	if strings.Contains(key, "h") {
		// a final h after a vowel is the Arabic ta marbuta some
		// romanisations write and others leave out ("Hajrah", "Hajra")
		ws := strings.Fields(key)
		for i, w := range ws {
			if n := len(w); n > 3 && w[n-1] == 'h' && strings.ContainsRune("aei", rune(w[n-2])) {
				ws[i] = w[:n-1]
			}
		}
		key = strings.Join(ws, " ")
	}
	s := latinSkeleton(key)
	if utf8.RuneCountInString(s) > 2 || key == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(key)
	return string(r) + ":" + s
}

func latinSkeleton(key string) string {
	var b strings.Builder
	var last rune
	rs := []rune(key)
	for i, r := range rs {
		// Arabic romanisations write ض and ذ as "dh" or "d", ث as "th"
		// or "t" ("Ennahdha", "Ennahda"); French "ou" before a vowel is
		// a w ("Ouagadougou", "Wagadugu")
		if r == 'h' && i > 0 && (rs[i-1] == 'd' || rs[i-1] == 't') {
			continue
		}
		if r == 'o' && i+2 < len(rs) && rs[i+1] == 'u' && strings.ContainsRune("aei", rs[i+2]) && (i == 0 || strings.ContainsRune("aeiou -", rs[i-1])) {
			r = 'w'
		}
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', ' ', '-', '\'', '.':
			continue
		case 'c', 'q':
			r = 'k'
		case 'v':
			r = 'f'
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// sameConsonants compares the consonants of two names: the same letters,
// with a conjunction or preposition glued on, or with a foreign "g"
// written in another letter (below).
func sameConsonants(f, n string) bool {
	if f == n {
		return true
	}
	// a conjunction or preposition glued on («ومانشستر», «لمانشستر»)
	if fp, ok := cutProclitic(f); ok && (fp == n || sameConsonants(fp, n)) {
		return true
	}
	if np, ok := cutProclitic(n); ok && (np == f || sameConsonants(f, np)) {
		return true
	}
	// one "g" in a name of four consonants or more, or every "g" of a
	// shorter one written the other way («جوجل», «غوغل»); a short name
	// that differs in one letter differs by chance («كابل», «جبيل»)
	diff := gSwaps(f, n)
	return diff == 1 && utf8.RuneCountInString(f) >= 4 || diff >= 2
}

// gSwaps counts the places where two consonant strings of one length
// write a foreign "g" in two letters, the same two each time; -1 when
// they differ otherwise.
func gSwaps(f, n string) int {
	a, b := []rune(f), []rune(n)
	if len(a) != len(b) {
		return -1
	}
	diff := 0
	var from, to rune
	for i := range a {
		if a[i] != b[i] {
			if !strings.ContainsRune(gLetters, a[i]) || !strings.ContainsRune(gLetters, b[i]) || diff > 0 && (a[i] != from || b[i] != to) {
				return -1
			}
			from, to = a[i], b[i]
			diff++
		}
	}
	return diff
}

// cutProclitic drops an Arabic conjunction or preposition of one letter
// from the front of a consonant string.
func cutProclitic(s string) (string, bool) {
	for _, p := range []string{"و", "ب", "ل", "ف", "ك"} {
		if r, ok := strings.CutPrefix(s, p); ok && r != "" {
			return r, true
		}
	}
	return s, false
}

// gLetters write a foreign "g" in Arabic: «ج», «غ», «ك», «ق».
const gLetters = "جغكق"

// arabicConsonants is a folded Arabic key without the article, long
// vowels, hamza and a final ta marbuta: the letters of its consonants.
func arabicConsonants(key string) string {
	var b strings.Builder
	for _, w := range strings.Fields(key) {
		// the article, with a conjunction or preposition before it
		for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
			if r, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(r) >= 2 {
				w = r
				break
			}
		}
		w = strings.TrimSuffix(w, "ه")
		for _, r := range w {
			switch r {
			case 'ا', 'و', 'ي', 'ء':
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func nameRule(a, b *form) string {
	if len(a.words) == 0 {
		return RuleGlossary
	}
	if a.phon == b.phon {
		if a.lang != b.lang {
			return RuleTranslitKey
		}
		return RulePhoneticKey
	}
	return RuleFuzzy
}

// fullNameSim scores two full person names: the surname (last word)
// must be nearly the same, the given name (first word) compatible; the
// score weighs the surname more, since given names are shared by many.
func fullNameSim(a, b *form) float64 {
	ss := surnamesSim(a.words, b.words)
	if ss < thSurname {
		return 0
	}
	if a.lang == "ar" && b.lang == "ar" && !arabicSurnamesAlike(a.key, b.key) {
		return 0
	}
	if regnalOf(a.key) != regnalOf(b.key) {
		return 0 // «فيصل الثاني» is no «فيصل آل ثاني»
	}
	ok, gs := givenCompatible(a.words[0], b.words[0])
	if !ok {
		ok, gs = joinedGiven(a.words, b.words)
	}
	if !ok {
		return 0
	}
	if na, ok := nasab(a.key); ok {
		if nb, ok := nasab(b.key); ok && na.lat != nb.lat && tokSim(na, nb) < thWord {
			return 0
		}
	}
	// a chain name's middle words are the father's and grandfather's
	// names ("Ziad Nader X", «توفيق صالح X»): two given names of the
	// table there that are two names are two men of one family. Only
	// in one script, and in Latin letters only where their consonants
	// differ: English writes one Arabic name with other vowels across
	// agencies ("Nader" and "Nadir" for «نادر»)
	// In Arabic script a chain's middle word is written one way or
	// nearly so: two unlike middle words at one place («سامي خالد X»,
	// «سامح الجبوري Y») are two men, whatever their given names and
	// surnames share
	if len(a.words) == len(b.words) && a.lang == b.lang {
		for i := 1; i < len(a.words)-1; i++ {
			x, y := a.words[i], b.words[i]
			if twoGivenNames(x, y) && (x.ar || x.key != y.key) {
				return 0
			}
			if x.ar && y.ar && tokSim(x, y) < thWord {
				return 0
			}
		}
	}
	if slavicGenders(a.words[len(a.words)-1], b.words[len(b.words)-1]) {
		return 0
	}
	return 0.6*ss + 0.4*gs
}

// slavicGenders reports a Slavic family name in its feminine form and
// the masculine one ("Kravtsova" and "Kravtsov", «كوزلوفا» and «كوزلوف»,
// "Borowska" and "Borowski"): a woman and a man of one family, whatever
// their given names' keys share ("Yana", "Yan").
func slavicGenders(a, b tok) bool {
	for _, p := range [2][2]tok{{a, b}, {b, a}} {
		f, m := p[0].lat, p[1].lat
		for _, e := range slavicEndings {
			if strings.HasSuffix(f, e[0]) && len(f) > len(e[0])+2 && hasAnySuffix(m, e[1:]) {
				return true
			}
		}
	}
	return false
}

// slavicEndings: a feminine ending of a Slavic family name, then the
// masculine endings it answers to, in Latin letters and as Arabic
// script is romanised (و o, ف f for в; «سكايا», «سكي»).
var slavicEndings = [][]string{
	{"ova", "ov", "off", "of"}, {"eva", "ev", "eff", "ef"}, {"ofa", "ov", "off", "of"}, {"efa", "ev", "eff", "ef"},
	{"ina", "in"}, {"yna", "yn"}, {"skaya", "sky", "ski", "skiy", "skii"}, {"skaia", "sky", "ski", "skiy", "skii"},
	{"ska", "sky", "ski", "skiy", "skii"},
}

func hasAnySuffix(s string, sufs []string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// monarchRoles are the titles of a reigning monarch: a monarch is
// named by his given name alone ("King Faisal", «الملك فيصل»),
// which is his name, not a shortening of another person's full name.
var monarchRoles = []string{"king", "queen", "emir", "sultan", "pope"}

// reigns reports a form titled as a monarch.
func reigns(f *form) bool {
	for _, r := range monarchRoles {
		if f.roles.get(r) > 0 {
			return true
		}
	}
	return false
}

// regnalOf returns the ordinal a name ends with («فيصل الثاني», «محمد
// الخامس»: a monarch's or a pope's number, no family name), or "".
func regnalOf(key string) string {
	ws := strings.Fields(key)
	if len(ws) < 2 {
		return ""
	}
	n, _ := translit.RegnalNumeral(ws[len(ws)-1])
	return n
}

// europeanParticles open a European surname ("dos Santos", "van Dijk",
// "de Gaulle"): part of the surname, unlike an Arabic article.
var europeanParticles = map[string]bool{"de": true, "da": true, "di": true, "du": true, "del": true, "dos": true, "das": true, "van": true, "von": true, "der": true, "la": true, "le": true}

// surnameParticle returns the European particle written before the
// last word of a name's key, or "".
func surnameParticle(key string) string {
	ws := strings.Fields(strings.ReplaceAll(key, "-", " "))
	if len(ws) < 2 || !europeanParticles[ws[len(ws)-2]] {
		return ""
	}
	return ws[len(ws)-2]
}

// middleWord reports a lone word written as a middle word of a full
// Latin name of four words or more, no particle and four letters or
// more ("Bento" of "Luiz Carlos Bento da Rocha", "Lopez" of "Ana Maria
// Lopez Ortega"): news cuts such a name to the word the person is known
// by, not always the last (the extractor finds that use the same way).
func middleWord(w tok, full *form) bool {
	if len(full.words) < 4 || w.ar || len([]rune(w.lat)) < 4 {
		return false
	}
	for _, m := range full.words[1 : len(full.words)-1] {
		if !m.ar && strings.EqualFold(m.lat, w.lat) && !europeanParticles[strings.ToLower(m.lat)] {
			return true
		}
	}
	return false
}

// particleClash reports a lone surname written with a particle ("Dos
// Santos") and a full name of the same script whose surname goes
// without it ("Paulo Santos"): the particle belongs to the surname, so
// they are two surnames.
func particleClash(p string, lone, full *form) bool {
	return lone.lang == full.lang && surnameParticle(full.key) != p
}

// arabicSurnamesAlike reports whether two full names in Arabic script
// end in surnames of the same consonants, as sameConsonants compares
// them (a long vowel, a hamza, a final ta marbuta or a foreign "g"
// written otherwise), the last two words of one joined as one word of
// the other («أبو غزة», «أبوغزة»). The phonetic key that compares names
// across scripts folds letters Arabic keeps apart («غزة» and «حجازي»
// share theirs): two spellings in the one script differ in vowels, not
// in their consonants.
func arabicSurnamesAlike(x, y string) bool {
	lastOf := func(k string) (string, string) {
		ws := strings.Fields(k)
		last := arabicConsonants(ws[len(ws)-1])
		if len(ws) < 2 {
			return last, last
		}
		return last, arabicConsonants(ws[len(ws)-2] + ws[len(ws)-1])
	}
	if strings.TrimSpace(x) == "" || strings.TrimSpace(y) == "" {
		return true
	}
	xl, xj := lastOf(x)
	yl, yj := lastOf(y)
	return sameConsonants(xl, yl) || sameConsonants(xj, yl) || sameConsonants(xl, yj) || oneGLetter(xl, yl)
}

// oneGLetter reports two consonant strings that differ in one foreign
// "g" alone («ريجف», «ريغف»): after a given name that agrees, a short
// surname may differ so (sameConsonants wants four consonants for it).
func oneGLetter(a, b string) bool { return gSwaps(a, b) == 1 }

// joinedGiven compares the given name of the shorter of two full names
// with the first two words of the longer joined: a compound given name
// is written as one word or two ("Mohammadreza", "Mohammad Reza",
// «محمد رضا»; "Alireza", "Ali Reza"), as compound joins «عبد» and «الله».
// The two words joined must keep every consonant class of both, and
// the longer name must have a word left for the surname.
func joinedGiven(x, y []tok) (bool, float64) {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x) < 3 || len(x) != len(y)+1 {
		return false, 0
	}
	j := joinWords(x[0], x[1])
	if len(j.key) != len(x[0].key)+len(x[1].key) {
		return false, 0
	}
	s := tokSim(j, y[0])
	return s >= thWord, s
}

// nasabWords say "son of" in a person's name.
var nasabWords = foldSet("bin", "ibn", "ben", "بن", "ابن")

// nasab returns the father's name in a person's name written with "bin"
// between the given name and the family name ("Hamad bin Nasser Al
// Kharji": Nasser), false when there is none or the name after "bin"
// ends the name ("Nabil Ben Ali": a family name). Two names with the
// same given name and family name and another father's name are two
// people, brothers or cousins ("Hamad bin Nasser", "Hamad bin Khalifa").
func nasab(key string) (tok, bool) {
	ws := compound(strings.Fields(strings.ReplaceAll(key, "-", " ")))
	for i := 1; i+2 < len(ws); i++ {
		if !nasabWords[ws[i]] {
			continue
		}
		j := i + 1
		if articles[ws[j]] && j+2 < len(ws) {
			j++
		}
		t := makeTok(ws[j])
		return t, t.lat != ""
	}
	return tok{}, false
}

// fatherWords say "son of" where the name after them is the father's
// given name, not a family name: "bin", "ibn" («بن», «ابن»), not the
// Maghrebi "Ben" that opens family names ("Ben Ali").
var fatherWords = foldSet("bin", "ibn", "بن", "ابن")

// namesFather reports a one-word name w that is the father's name a full
// name ends with after "bin" ("Hussein bin Abdullah II", "Tamim bin
// Hamad", «محمد بن سلمان»): the father, another man, not a surname of
// the son (a regnal number after it goes with the father's name).
func namesFather(f *form, w tok) bool {
	ws := compound(strings.Fields(strings.ReplaceAll(f.key, "-", " ")))
	if n := len(ws); n > 2 {
		if r, _ := translit.RegnalNumeral(ws[n-1]); r != "" || translit.LatinRegnal(ws[n-1]) {
			ws = ws[:n-1]
		}
	}
	n := len(ws)
	if n < 3 || !fatherWords[ws[n-2]] {
		return false
	}
	return tokSim(makeTok(ws[n-1]), w) >= thWord
}

// surnamesSim scores the surnames (last words) of two full names. A
// name's last two syllables may be one word in one rendering and two in
// another ("Weiming", "Wei-ming", «وي مينغ»; "Benali", "Ben Ali"): when
// one name has more words than the other, and three or more, its last
// two words joined are the surname too, and the better score counts,
// when every consonant of the two words is the other's (no two of them
// run into one) and the vowels agree as well (short syllables make
// keys alike: "Siuman" and "Zemin" share theirs, not their vowels).
func surnamesSim(x, y []tok) float64 {
	s := max(tokSim(x[len(x)-1], y[len(y)-1]), gluedArticleSim(x[len(x)-1], y[len(y)-1]))
	if s >= thSurname || len(x) == len(y) {
		return s
	}
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x) < 3 {
		return s
	}
	a, b, w := x[len(x)-2], x[len(x)-1], y[len(y)-1]
	j := joinWords(a, b)
	if len(a.key)+len(b.key) != len(w.key) || vowelAgree(j, w) < 0.7 {
		return s
	}
	return max(s, tokSim(j, w))
}

// gluedArticleSim scores two surnames of which one is written in Latin
// letters with the article glued on ("Elsayyad", "Alqasimi") and the
// other without it: a Latin name whose particle was written apart
// ("El-Sayyad", which the name's words leave out) or an Arabic one
// with its article («الصياد», which the romanisation drops): the Latin
// word without "al"/"el" is compared. 0 when neither is such a pair.
func gluedArticleSim(a, b tok) float64 {
	best := 0.0
	for _, p := range [2][2]tok{{a, b}, {b, a}} {
		l, o := p[0], p[1]
		if l.ar || len(l.lat) < 6 || !(strings.HasPrefix(l.lat, "al") || strings.HasPrefix(l.lat, "el")) || strings.ContainsRune("aeiouy", rune(l.lat[2])) {
			continue
		}
		if o.ar && o.cons[0] == o.cons[1] || !o.ar && (strings.HasPrefix(o.lat, "al") || strings.HasPrefix(o.lat, "el")) {
			continue // the other has no article, or writes one too
		}
		best = max(best, tokSim(makeTok(l.lat[2:]), o))
	}
	// a Maghrebi family name with "Ben" written as one word
	// ("Benharrouda") and apart ("Ben Harrouda", «بن حرودة»), where the
	// particle is no word of the name: one name, as "X Ben Y" is "X Y"
	for _, p := range [2][2]tok{{a, b}, {b, a}} {
		l, o := p[0], p[1]
		r, ok := gluedBen(l)
		if !ok {
			continue
		}
		if _, both := gluedBen(o); both {
			continue // the other writes it joined too
		}
		best = max(best, tokSim(makeTok(r), o))
	}
	return best
}

// gluedBen returns the rest of a Latin word that is "Ben" or "Bin"
// joined to a family name ("benharrouda": "harrouda"), and whether it is one.
func gluedBen(t tok) (string, bool) {
	if t.ar || len(t.lat) < 7 || !(strings.HasPrefix(t.lat, "ben") || strings.HasPrefix(t.lat, "bin")) || strings.ContainsRune("aeiouy", rune(t.lat[3])) {
		return "", false
	}
	return t.lat[3:], true
}

// vowelsClash reports two words of a one-word name across scripts whose
// consonant keys differ and whose vowels disagree (under 0.70): four
// consonant classes leave room for two names, so such words must agree
// in their vowels too.
func vowelsClash(x, y tok) bool {
	return x.ar != y.ar && x.key != y.key && vowelAgree(x, y) < 0.7
}

// joinedSim scores two names whose words are written apart in one and
// together in the other (Arabic joins "Port X" and many compounds into
// one word: «بورتسودان»): each name's words joined, with the same key
// (a whole name gives no room for a garbled consonant here: "Hamburg"
// is no «حي المفرق») and under the guard of surnamesSim (no consonants
// run into one across a join, the vowels agree). 0 when either has no
// words.
func joinedSim(x, y []tok) float64 {
	if len(x) == 0 || len(y) == 0 {
		return 0
	}
	jx, jy := joinAll(x), joinAll(y)
	kx, ky := 0, 0
	for _, w := range x {
		kx += len(w.key)
	}
	for _, w := range y {
		ky += len(w.key)
	}
	if jx.key != jy.key || kx != len(jx.key) || ky != len(jy.key) || len(jx.key) <= 2 || vowelAgree(jx, jy) < 0.7 {
		return 0
	}
	if s := tokSim(jx, jy); s >= thWord {
		return s
	}
	return 0
}

// endsInVowel reports a word written with a vowel after its last
// consonant.
func endsInVowel(t tok) bool { return len(t.vowels) > 0 && t.vowels[len(t.vowels)-1] != "" }

// joinAll is the one word that words written apart make.
func joinAll(ws []tok) tok {
	if len(ws) == 1 {
		return ws[0]
	}
	t := ws[0]
	for _, w := range ws[1:] {
		t = joinWords(t, w)
	}
	return t
}

// joinWords is the one word that two words written apart make.
func joinWords(a, b tok) tok {
	t := makeTok(a.lat + b.lat)
	t.ar = a.ar && b.ar
	return t
}

// wordsSim scores two names of other types word by word: the same
// number of words, each nearly the same. With a short key (two
// consonant classes or fewer) the key alone says little, so the syllable
// shape must agree as well.
func wordsSim(a, b *form) float64 {
	if strings.Join(a.concepts, " ") != strings.Join(b.concepts, " ") {
		return 0
	}
	if len(a.words) != len(b.words) {
		return joinedSim(a.words, b.words)
	}
	if len(a.words) == 0 {
		// A descriptive name ("the defense ministry"): the same concepts
		// name the same body within one article, or across articles when
		// a country is part of the name.
		if a.doc == b.doc || strings.Contains(strings.Join(a.concepts, " "), "c:") {
			return 0.9
		}
		return 0
	}
	total := 0.0
	for i := range a.words {
		x, y := a.words[i], b.words[i]
		s := tokSim(x, y)
		if s < thWord {
			return 0
		}
		if len(x.key) <= 2 || len(y.key) <= 2 {
			if x.key != y.key {
				return 0
			}
			// across scripts the Arabic word writes no short vowel
			// ("Dunya", «دنيا»; "Shebaa", «شبعا»): two classes whose
			// vowels agree, the last too (Arabic writes a final vowel:
			// «هاجر» is no "Hakkari"), are enough; one class says too
			// little
			across := x.ar != y.ar && len(x.key) == 2 && vowelAgree(x, y) >= 0.7 && endsInVowel(x) == endsInVowel(y)
			if !across && strings.TrimSuffix(vowelShape(x.lat), "a") != strings.TrimSuffix(vowelShape(y.lat), "a") {
				return 0
			}
		}
		if len(a.words) == 1 && (vowelsClash(x, y) || x.key == y.key && x.lat != y.lat && vowelAgree(x, y) < 0.7) {
			// a one-word name of a place or body is all there is to
			// tell two apart: its consonants in one order with other
			// vowels are two names ("Sauber", "Subaru"; «أسمرا»,
			// «سامراء»), in one script or across
			return 0
		}
		total += s
	}
	return total / float64(len(a.words))
}

// surnames attaches one-word person mentions: first to a full name in
// the same article, then to the one full name across articles; the
// one-word names left are one entity with the same name in other
// articles, in either script.
func (st *state) surnames(u *uf) {
	var singles, fulls []int
	byDoc := map[string][]int{}
	for fi, f := range st.forms {
		if f.typ != graph.Person || len(f.words) == 0 {
			continue
		}
		if f.full() {
			fulls = append(fulls, fi)
			byDoc[f.doc] = append(byDoc[f.doc], fi)
		} else {
			singles = append(singles, fi)
		}
	}
	attached := map[int]bool{}
	// In the article: the surname of a full name (or failing that, its
	// given name, as Arabic MT often shortens to it), unique and clear.
	for _, si := range singles {
		s := st.forms[si]
		w := s.words[0]
		var cs []cand
		ini := initialOf(s)
		p := surnameParticle(s.key)
		near := 0.0 // the best surname, held to no spelling's minimum
		for _, fi := range byDoc[s.doc] {
			if initialClash(ini, st.forms[fi]) || p != "" && particleClash(p, s, st.forms[fi]) || namesFather(st.forms[fi], w) {
				continue
			}
			last := st.forms[fi].words[len(st.forms[fi].words)-1]
			if k, ok := kunyaSurname(st.forms[fi]); ok && k.lat == w.lat {
				last = k // "Abu Zeid" for "Ahmad Abu Zeid"
			}
			sc := inArticleSim(w, last)
			if middleWord(w, st.forms[fi]) {
				sc = 1 // "Bento" of "Luiz Carlos Bento da Rocha"
			}
			cs = append(cs, cand{fi, sc, vowelAgree(w, last)})
			near = max(near, surnameSim(w, last))
		}
		if c, ok := pick(u, cs, thInArticle, margin, true); ok {
			if u.union(si, c.fi, RuleSurnameArticle, w.key, c.sc, false) || u.find(si) == u.find(c.fi) {
				attached[si] = true
			}
			continue
		}
		if best(cs) >= thInArticle {
			continue // ambiguous: leave it alone
		}
		// near a surname of the article in a spelling too far for one
		// of its script: only a given name written the same way may
		// take it ("Zhao" of "Zhao Lin", near "Zhang" of "Yu Zhang":
		// Chinese news names a man by his family name, written first)
		nearOnly := near >= thInArticle
		cs = cs[:0]
		monarch := reigns(s)
		for _, fi := range byDoc[s.doc] {
			if monarch && !reigns(st.forms[fi]) {
				continue // "King Hussein" is no "Hussein Khalaf" of his article
			}
			first := st.forms[fi].words[0]
			cs = append(cs, cand{fi, givenSim(w, first), vowelAgree(w, first)})
		}
		if c, ok := pick(u, cs, 0.9, margin, true); ok && (!nearOnly || c.sc == 1 && st.forms[c.fi].words[0].key == w.key) {
			if u.union(si, c.fi, RuleGivenArticle, w.key, c.sc, false) || u.find(si) == u.find(c.fi) {
				attached[si] = true
			}
		}
	}
	// Across articles: the surname of exactly one full-name entity, or
	// of one whose vowels clearly agree better than the others'
	// ("Kiden" and "Kutin" share their consonants). Full names are
	// grouped by their surname's spelling (forms with one spelling score
	// alike) and the groups indexed by the deletion variants of the
	// surname key; candidates are looked up once per distinct spelling.
	sg := st.surnameGroups(u, fulls)
	cache := map[string][]groupCand{}
	var left []int
	var cs []cand
	for _, si := range singles {
		if attached[si] {
			continue
		}
		s := st.forms[si]
		w := s.words[0]
		ck := w.lat + "|" + s.lang
		gcs, ok := cache[ck]
		if !ok {
			gcs = sg.candidates(w)
			cache[ck] = gcs
		}
		cs = sg.expand(cs[:0], gcs)
		if ini := initialOf(s); ini != 0 {
			cs = slices.DeleteFunc(cs, func(c cand) bool { return initialClash(ini, st.forms[c.fi]) })
		}
		if p := surnameParticle(s.key); p != "" {
			cs = slices.DeleteFunc(cs, func(c cand) bool { return particleClash(p, s, st.forms[c.fi]) })
		}
		cs = slices.DeleteFunc(cs, func(c cand) bool { return namesFather(st.forms[c.fi], w) })
		if initialsOnly(s.text()) {
			cs = cs[:0] // "I.K.": initials, no surname
		}
		if c, ok := pick(u, cs, thCross, 2, false); ok && !shortKeyVowelsClash(s, st.forms[c.fi], c) && !arabicGivenSwap(s, st.forms[c.fi]) {
			u.union(si, c.fi, RuleSurnameCross, w.key, c.sc, false)
			continue
		}
		if len(cs) == 0 {
			left = append(left, si)
		}
	}
	left = st.givenWithTitle(u, left, fulls)
	st.sameSingles(u, left)
}

// initialsOnly reports a name written as initials only, each a capital
// with its point ("I.K.", "J.R."): it spells no surname.
func initialsOnly(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 'A' || s[i] > 'Z' || i+1 < len(s) && s[i+1] != '.' {
			return false
		}
	}
	return true
}

// kunyaSurname returns the surname of a full name written after "Abu"
// («أبو»), as a one-word mention of it names it: the kunya joined
// ("Ahmad Abu Zeid" is "Abu Zeid", one word, as kunya makes it).
func kunyaSurname(f *form) (tok, bool) {
	ws := strings.Fields(strings.ReplaceAll(f.key, "-", " "))
	if len(ws) < 3 || !abuWords[ws[len(ws)-2]] {
		return tok{}, false
	}
	j := kunya(ws[len(ws)-2:])
	if len(j) != 1 {
		return tok{}, false
	}
	return makeTok(j[0]), true
}

// givenWithTitle attaches a one-word mention that no surname matches to
// the one full-name entity, in any article, whose given name it is and
// whose title it shares («الوزير دانيال» and "Secretary Daniel J.
// Kessel" when the surname was lost). It returns the mentions left.
func (st *state) givenWithTitle(u *uf, singles, fulls []int) []int {
	var left []int
	for _, si := range singles {
		w := st.forms[si].words[0]
		if u.roleLen(u.find(si)) == 0 {
			left = append(left, si)
			continue
		}
		var cs []cand
		for _, fi := range fulls {
			first := st.forms[fi].words[0]
			if !u.sharedRole(si, fi) {
				continue
			}
			if sc := givenSim(w, first); sc >= 0.9 {
				cs = append(cs, cand{fi, sc, vowelAgree(w, first)})
			}
		}
		roots := map[int]bool{}
		for _, c := range cs {
			roots[u.find(c.fi)] = true
		}
		if len(roots) == 1 && u.union(si, cs[0].fi, RuleGivenRole, w.key, cs[0].sc, false) {
			continue
		}
		left = append(left, si)
	}
	return left
}

// sameSingles merges the one-word person names that name no full-name
// entity (a mononym, or a surname whose full name no article gives):
// the same form across articles is one entity, and so are spellings in
// either script whose keys are equal or near and whose vowels agree
// («كرامب» and "Krump"), as long as every two forms of the result
// agree: ambiguous surnames stay apart.
func (st *state) sameSingles(u *uf, left []int) {
	byKey := map[string][]int{}
	var keys []string
	for _, si := range left {
		k := st.forms[si].words[0].key
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], si)
	}
	agree := func(a, b int) (float64, bool) {
		fa, fb := st.forms[a], st.forms[b]
		if fa.key == fb.key {
			return 1, true
		}
		wa, wb := fa.words[0], fb.words[0]
		sc := tokSim(wa, wb)
		return sc, sc >= thCross && vowelAgree(wa, wb) >= 0.7 && !lettersClash(wa, wb)
	}
	for _, k := range keys {
		fs := byKey[k]
		var es []edge
		for i := 0; i < len(fs); i++ {
			for j := i + 1; j < len(fs); j++ {
				if sc, ok := agree(fs[i], fs[j]); ok {
					es = append(es, edge{a: fs[j], b: fs[i], score: sc})
				}
			}
		}
		sortEdges(es)
		members := map[int][]int{}
		for _, fi := range fs {
			members[u.find(fi)] = append(members[u.find(fi)], fi)
		}
		for _, e := range es {
			ra, rb := u.find(e.a), u.find(e.b)
			if ra == rb {
				continue
			}
			ok := true
			for _, x := range members[ra] {
				for _, y := range members[rb] {
					if _, good := agree(x, y); !good {
						ok = false
					}
				}
			}
			if !ok {
				continue
			}
			fa, fb := st.forms[e.a], st.forms[e.b]
			rule := RuleExactKey
			switch {
			case fa.key == fb.key:
			case fa.lang != fb.lang:
				rule = RuleTranslitKey
			default:
				rule = RulePhoneticKey
			}
			key := fa.key
			if rule != RuleExactKey {
				key = fa.words[0].key
			}
			if u.union(e.a, e.b, rule, key, e.score, false) {
				r := u.find(e.a)
				ms := append(members[ra], members[rb]...)
				delete(members, ra)
				delete(members, rb)
				members[r] = ms
			}
		}
	}
}

// cand is a candidate full-name form for a one-word mention.
type cand struct {
	fi     int
	sc     float64 // name similarity
	vowels float64 // vowel agreement of the matched words, -1 if unaligned
}

// pick chooses among candidate forms, grouped by their current entity,
// one scoring at least min: the only one; else the best if it beats the
// next by margin (or, with identical, is the only identical spelling);
// else, when the best names agree in their consonants (thCross), the
// one whose vowels clearly agree better than every other near-best
// candidate's (at least 0.75, and 0.15 ahead). Otherwise the choice is
// ambiguous.
func pick(u *uf, cs []cand, min, margin float64, identical bool) (cand, bool) {
	if best(cs) < min {
		return cand{}, false
	}
	best := map[int]cand{}
	var roots []int
	for _, c := range cs {
		r := u.find(c.fi)
		b, ok := best[r]
		if !ok {
			roots = append(roots, r)
		}
		if !ok || c.sc > b.sc || c.sc == b.sc && c.vowels > b.vowels {
			best[r] = c
		}
	}
	sort.Slice(roots, func(i, j int) bool {
		a, b := best[roots[i]], best[roots[j]]
		if a.sc != b.sc {
			return a.sc > b.sc
		}
		return roots[i] < roots[j]
	})
	top := best[roots[0]]
	if len(roots) == 1 {
		return top, true
	}
	next := best[roots[1]]
	if top.sc-next.sc >= margin || identical && top.sc == 1 && next.sc < 1 {
		return top, true
	}
	// near-best candidates whose consonants agree (the key cannot tell
	// them apart): decide by the vowels
	if top.sc < thCross {
		return cand{}, false
	}
	var near []cand
	for _, r := range roots {
		if c := best[r]; top.sc-c.sc < 0.1 {
			near = append(near, c)
		}
	}
	if len(near) < 2 {
		// the others further behind (across articles, where no
		// score margin is enough): the vowels decide against the
		// runner-up, as they would were it nearer; a rival further off
		// makes the choice no harder
		near = append(near, next)
	}
	sort.SliceStable(near, func(i, j int) bool { return near[i].vowels > near[j].vowels })
	if near[0].vowels >= 0.85 && near[0].vowels-near[1].vowels >= 0.15 {
		return near[0], true
	}
	return cand{}, false
}

// shortKeyVowelsClash reports a one-word name and the full name of
// another article, in two scripts, whose surnames share a short key
// (three consonant classes or fewer) and not their vowels: "Cork" and
// «كاريوكا» share K-R-K, and a key that short is met by chance; the
// vowels that the Arabic spelling writes must agree.
func shortKeyVowelsClash(lone, full *form, c cand) bool {
	if lone.lang == full.lang || c.sc >= 1 || len(lone.words) == 0 || len(full.words) == 0 {
		return false
	}
	w, last := lone.words[0], full.words[len(full.words)-1]
	if len(w.key) > 3 && len(last.key) > 3 {
		return false
	}
	return c.vowels < 0.75
}

// arabicGivenSwap reports a one-word name and the surname of a full name
// of another article, both in Arabic script, whose consonants differ in
// a letter of the foreign "g" alone («جاسم», «قاسم») where one of them
// is an Arab given name of the table: Arabic spells a foreign "g" with
// one letter or another, an Arab name with its own.
func arabicGivenSwap(lone, full *form) bool {
	if lone.lang != "ar" || full.lang != "ar" || len(lone.words) == 0 || len(full.words) == 0 {
		return false
	}
	ws, fs := strings.Fields(lone.key), strings.Fields(full.key)
	if len(ws) == 0 || len(fs) == 0 {
		return false
	}
	a, b := arabicConsonants(ws[0]), arabicConsonants(fs[len(fs)-1])
	if sameConsonants(a, b) || !oneGLetter(a, b) {
		return false
	}
	return lone.words[0].given != "" || full.words[len(full.words)-1].given != ""
}

// best is the highest score among candidates (0 if none).
func best(cs []cand) float64 {
	b := 0.0
	for _, c := range cs {
		if c.sc > b {
			b = c.sc
		}
	}
	return b
}

// surnameSim is tokSim for a surname: a short key (two consonant
// classes or fewer) says little, so the vowels must agree as well
// («رادو» and «الأردي» share R-D and nothing else).
func surnameSim(a, b tok) float64 {
	s := tokSim(a, b)
	if a.lat != b.lat && (len(a.key) <= 2 || len(b.key) <= 2) {
		if v := vowelAgree(a, b); v >= 0 && v < 0.6 {
			return 0
		}
	}
	return s
}

// initialOf returns the initial a one-word person form is written with
// ("M. Atherton": 'm'), or 0.
func initialOf(f *form) byte {
	fs := strings.Fields(f.text())
	if len(fs) < 2 {
		return 0
	}
	if w := strings.TrimSuffix(fs[0], "."); (len(w) == 1 || initialsOnly(fs[0])) && w[0] >= 'A' && w[0] <= 'Z' {
		return w[0] - 'A' + 'a' // "M. Aldwin", "M.K. Aldwin"
	}
	return 0
}

// initialClash reports a full name that a one-word form written with an
// initial cannot be: one in Latin letters whose given name begins with
// another letter ("M. Atherton" is not "Peter Atherton"), or one in
// Arabic script, which writes no initials and whose romanised first
// letter says little.
func initialClash(ini byte, full *form) bool {
	if ini == 0 || len(full.words) < 2 {
		return false
	}
	if full.lang != "en" {
		return true
	}
	g := full.words[0].lat
	return g != "" && g[0] != ini
}

// inArticleSim scores a one-word mention against the surname of a full
// name in its article: surnameSim, which lets a surname garbled by
// machine translation go with its full name (0.70 is enough there). Two
// spellings in Arabic script are held to thSurname: an Arabic article
// varies a surname by a long vowel at most («كوفالنكو», «كوفالينكو»),
// and the romanised keys of two Arabic names are alike far more often
// than the names are («سعيد» and «سعد», «حسين» and «حسن»).
func inArticleSim(a, b tok) float64 {
	s := surnameSim(a, b)
	if m := inArticleMin(a, b); m > thInArticle && s < m {
		return 0
	}
	return s
}

// inArticleMin is the least score a one-word mention's surname needs to
// go with a full name of its article (inArticleSim).
func inArticleMin(a, b tok) float64 {
	if a.ar && b.ar && a.lat != b.lat {
		return thSurname
	}
	if !a.ar && !b.ar && a.lat != b.lat {
		return thInArticleLatin
	}
	return thInArticle
}

// givenSim scores a one-word mention against a given name: their
// similarity, or 0.9 when one is a known nickname of the other in
// either script («بوب» and "Robert"). Two given names in Arabic script
// spelled apart score under 0.9 however alike their keys: Arabic writes
// a given name one way, and two spellings are two names («مهدي» and
// «محمد» share M-T once the h is dropped).
func givenSim(a, b tok) float64 {
	if twoGivenNames(a, b) {
		return 0
	}
	if a.ar && b.ar && a.lat != b.lat {
		if tableNickname(a, b) {
			return 0.9 // «توني» for «أنتوني»
		}
		return min(tokSim(a, b), 0.85)
	}
	s := tokSim(a, b)
	if s >= 0.9 {
		return s
	}
	if ok, gs := givenCompatible(a, b); ok && gs < 0.9 {
		return 0.9
	}
	return s
}
