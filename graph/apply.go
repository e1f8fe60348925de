package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"newskg/graph/textnorm"
)

// Merge rules that review decisions record on entities. A MergeSameAs or
// MergeRedirect record keeps the id of an entity that is no more (Key),
// so that decisions and links naming it keep finding the entity it went
// into, in this build and in any graph read back from the JSON-LD.
const (
	MergeSameAs   = "review:same-as"
	MergeRename   = "review:rename"
	MergeSplit    = "review:split"
	MergeRedirect = "redirect"
)

// Statuses of a decision in a ReviewResult.
const (
	StatusApplied = "applied" // the graph shows it (it changed the graph, or already showed it)
	StatusStale   = "stale"   // it names what the graph does not have, or its anchor does not match
	StatusRevoked = "revoked" // a later decision revoked it
)

// Outcome is what ApplyReview did with one decision.
type Outcome struct {
	Index  int    `json:"index"`
	ID     string `json:"id,omitempty"`
	Op     string `json:"op"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
	// Unanchored marks a decision applied by its ids alone: it has no
	// anchor (a review file from before anchors), so nothing checked
	// that the ids still name what the analyst saw.
	Unanchored bool `json:"unanchored,omitempty"`
}

// IdentityChange is one change of which entity forms belong to, made by
// a decision, in the terms a resolver needs to honour it while it
// clusters (the Constraint column of DecisionKinds).
type IdentityChange struct {
	Decision int        // index of the decision in the review
	Kind     Constraint // MustLink, SplitOff or CannotLink
	Into     string     // MustLink: the entity that stays; SplitOff: the entity split
	From     []string   // MustLink: the entities merged into Into
	Keys     []string   // SplitOff: the textnorm keys of the forms that moved
	New      string     // SplitOff: the entity they moved to
	Apart    []string   // CannotLink: the entities kept apart
}

// ReviewResult reports what ApplyReview did.
type ReviewResult struct {
	Outcomes []Outcome
	Changes  []IdentityChange
	// Entities holds every entity as the decisions left it, by id,
	// including those that rejected facts left without support (which
	// are no longer in the graph).
	Entities map[string]*Entity

	judged map[int]*FactAnchor // the statements accept and reject decisions judged
}

// Anchored returns a copy of r in which each accept or reject that was
// applied by its fact id alone is anchored on the statement it judged,
// so that applying the copy to a graph resolved again (where the fact
// may have another id after merges) judges the same statement.
func (res *ReviewResult) Anchored(r *Review) *Review {
	c := &Review{Version: r.Version, Decisions: append([]Decision(nil), r.Decisions...)}
	for i, st := range res.judged {
		d := &c.Decisions[i]
		if d.Anchor != nil && d.Anchor.Fact != nil {
			continue
		}
		an := Anchor{Fact: st}
		if d.Anchor != nil {
			an.Entities = d.Anchor.Entities
		}
		d.Anchor = &an
	}
	return c
}

// Applied returns the indexes of the decisions that took effect.
func (r *ReviewResult) Applied() []int {
	var out []int
	for _, o := range r.Outcomes {
		if o.Status == StatusApplied {
			out = append(out, o.Index)
		}
	}
	return out
}

// Stale returns one line per stale decision: its position, kind and why.
func (r *ReviewResult) Stale() []string {
	var out []string
	for _, o := range r.Outcomes {
		if o.Status == StatusStale {
			out = append(out, fmt.Sprintf("decision %d (%s): %s", o.Index+1, o.Op, o.Reason))
		}
	}
	return out
}

// Unanchored counts the decisions applied by id alone.
func (r *ReviewResult) Unanchored() int {
	n := 0
	for _, o := range r.Outcomes {
		if o.Unanchored && o.Status == StatusApplied {
			n++
		}
	}
	return n
}

// ApplyReview applies the decisions of a review to a built graph, in
// order, as the table DecisionKinds says, and normalises the graph. It is
// the one implementation of the analysts' decisions: `kg serve` applies it
// to a graph read back from JSON-LD, and graph/resolve applies it while it
// resolves (taking the constraints from Changes), so that both give the
// same graph. Applying a review to a graph it was already applied to
// changes nothing.
//
// Entities are named by id (an id merged away by an earlier decision, in
// this run or in the build the graph came from, leads to the entity it
// went into) or by a surface form that names one entity. A decision with
// an anchor is applied only where the anchor holds. A decision that
// cannot be applied is reported stale with its reason, never dropped
// silently and never applied elsewhere; a revoked decision is skipped.
func ApplyReview(g *KG, r *Review) *ReviewResult {
	g.Normalize()
	res := &ReviewResult{Entities: map[string]*Entity{}}
	if r == nil || len(r.Decisions) == 0 {
		for _, e := range g.Entities {
			res.Entities[e.ID] = e
		}
		return res
	}
	a := newApplier(g)
	a.judged, a.named = map[int]*FactAnchor{}, map[string]bool{}
	for i, f := range a.facts {
		c := *f // facts are copied so that the input's never change
		a.facts[i] = &c
		a.factByID[c.ID] = &c
	}
	revokedBy, revokeErr := revocations(r)
	for i, d := range r.Decisions {
		o := Outcome{Index: i, ID: d.ID, Op: d.Op, Status: StatusApplied}
		var err error
		switch {
		case revokedBy[i] != "":
			o.Status, o.Reason = StatusRevoked, "revoked by "+revokedBy[i]
		case d.Validate() != nil:
			err = d.Validate()
		case d.Op == OpRevoke:
			err = revokeErr[i]
		default:
			err = KindOf(d.Op).apply(a, i, d)
			o.Unanchored = err == nil && d.Anchor == nil
		}
		if err != nil {
			o.Status, o.Reason = StatusStale, err.Error()
		}
		res.Outcomes = append(res.Outcomes, o)
	}
	res.Changes = a.changes
	res.judged = a.judged
	a.finish(res)
	return res
}

// revocations finds the decisions that revoke decisions: revokedBy maps
// the index of a revoked decision to the id of the one revoking it, and
// errs says why a revocation is stale.
func revocations(r *Review) (revokedBy map[int]string, errs map[int]error) {
	revokedBy, errs = map[int]string{}, map[int]error{}
	for j, d := range r.Decisions {
		if d.Op != OpRevoke {
			continue
		}
		t := r.Find(d.Revokes)
		switch {
		case t < 0:
			errs[j] = fmt.Errorf("no decision %q to revoke", d.Revokes)
		case t > j:
			errs[j] = fmt.Errorf("decision %q comes after its revocation", d.Revokes)
		case r.Decisions[t].Op == OpRevoke:
			errs[j] = fmt.Errorf("decision %q is a revocation: make the decision again instead", d.Revokes)
		case revokedBy[t] == "":
			revokedBy[t] = d.ID
		}
	}
	return revokedBy, errs
}

// applier holds a graph while decisions are applied to it.
type applier struct {
	g        *KG
	byID     map[string]*Entity
	redirect map[string]string    // ids merged away -> the id they went into
	keyIdx   map[string][]*Entity // form key -> entities; nil when stale
	facts    []*Fact              // every fact, rejected ones included until finish
	factByID map[string]*Fact
	verdicts []verdict
	judged   map[int]*FactAnchor
	named    map[string]bool // entities decisions named: an analyst keeps them
	changes  []IdentityChange
}

// verdict is an accept or reject of a statement, by the entity ids it
// had when it was judged.
type verdict struct {
	s      string
	p      Predicate
	o      string
	role   string
	accept bool
}

func newApplier(g *KG) *applier {
	a := &applier{g: g, byID: make(map[string]*Entity, len(g.Entities)), redirect: map[string]string{}, factByID: make(map[string]*Fact, len(g.Facts))}
	for _, e := range g.Entities {
		a.byID[e.ID] = e
	}
	for _, e := range g.Entities {
		for _, m := range e.Merges {
			if (m.Rule == MergeSameAs || m.Rule == MergeRedirect) && m.Key != "" && a.byID[m.Key] == nil {
				a.redirect[m.Key] = e.ID
			}
		}
	}
	a.facts = append([]*Fact(nil), g.Facts...)
	for _, f := range a.facts {
		a.factByID[f.ID] = f
	}
	return a
}

// follow returns the id that id went into, through merges.
func (a *applier) follow(id string) string {
	for n := 0; n < 64; n++ {
		to, ok := a.redirect[id]
		if !ok {
			break
		}
		id = to
	}
	return id
}

// byKey returns the entities with a name or form of key k.
func (a *applier) byKey(k string) []*Entity {
	if a.keyIdx == nil {
		a.keyIdx = map[string][]*Entity{}
		ids := make([]string, 0, len(a.byID))
		for id := range a.byID {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			e := a.byID[id]
			seen := map[string]bool{}
			for _, t := range append([]string{e.Name}, aliasTexts(e)...) {
				if k := textnorm.Key(t); k != "" && !seen[k] {
					seen[k] = true
					a.keyIdx[k] = append(a.keyIdx[k], e)
				}
			}
		}
	}
	return a.keyIdx[k]
}

func aliasTexts(e *Entity) []string {
	out := make([]string, len(e.Aliases))
	for i, al := range e.Aliases {
		out[i] = al.Text
	}
	return out
}

// lookup finds the entity a reference names: an id (through merges), else
// a surface form of exactly one entity.
func (a *applier) lookup(ref string) (*Entity, error) {
	if e := a.byID[a.follow(ref)]; e != nil {
		return e, nil
	}
	es := a.byKey(textnorm.Key(ref))
	switch len(es) {
	case 0:
		return nil, fmt.Errorf("%w %q", ErrUnknownEntity, ref)
	case 1:
		return es[0], nil
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return nil, fmt.Errorf("%q names %d entities (%s): name one by its id", ref, len(es), strings.Join(ids, ", "))
}

// ref resolves the i-th entity of d and checks it against its anchor.
// A decision on one entity that names it by an id no longer known may
// name it by a form in Forms instead (review files from before anchors).
func (a *applier) ref(d Decision, i int) (*Entity, error) {
	e, err := a.lookup(d.Entities[i])
	if err != nil && len(d.Entities) == 1 && d.Op != OpSplit {
		for _, f := range d.Forms {
			if e2, err2 := a.lookup(f); err2 == nil {
				e, err = e2, nil
				break
			}
		}
	}
	if err != nil {
		return nil, err
	}
	if an := d.entityAnchor(i); an != nil {
		if err := a.checkEntity(e, *an); err != nil {
			return nil, err
		}
	}
	if a.named != nil {
		a.named[e.ID] = true
	}
	return e, nil
}

// decisionKey is what ids a decision creates are made from.
func decisionKey(d Decision) string {
	if d.ID != "" {
		return d.ID
	}
	return d.contentID()
}

func (a *applier) sameAs(i int, d Decision) error {
	var into *Entity
	var others []*Entity
	for j := range d.Entities {
		e, err := a.ref(d, j)
		if err != nil {
			return err
		}
		switch {
		case into == nil:
			into = e
		case e != into && !containsEntity(others, e):
			others = append(others, e)
		}
	}
	if len(others) == 0 {
		return nil // already one
	}
	gone := map[string]bool{}
	var from []string
	for _, o := range others {
		a.absorb(into, o)
		gone[o.ID] = true
		from = append(from, o.ID)
	}
	a.regroup(gone, func(id string, _ Evidence, _ bool) string {
		if gone[id] {
			return into.ID
		}
		return id
	})
	a.changes = append(a.changes, IdentityChange{Decision: i, Kind: MustLink, Into: into.ID, From: from})
	return nil
}

// absorb merges entity o into entity into: forms, documents, roles,
// merge records; o's id redirects to into's.
func (a *applier) absorb(into, o *Entity) {
	for _, al := range o.Aliases {
		mergeAlias(into, al)
	}
	into.Docs = unionStrings(into.Docs, o.Docs)
	into.SameAs = unionStrings(into.SameAs, o.SameAs)
	into.Roles = unionStrings(into.Roles, o.Roles)
	into.Merges = append(into.Merges, o.Merges...)
	into.Merges = append(into.Merges, Merge{Form: o.Name, Into: into.Name, Rule: MergeSameAs, Key: o.ID, Score: 1})
	into.Mentions += o.Mentions
	if into.Date == "" {
		into.Date = o.Date
	}
	delete(a.byID, o.ID)
	a.redirect[o.ID] = into.ID
	a.keyIdx = nil
}

// mergeAlias adds a form to e, adding counts and documents to the same
// form (text and language) if e has it.
func mergeAlias(e *Entity, al Alias) {
	for j := range e.Aliases {
		b := &e.Aliases[j]
		if b.Text == al.Text && b.Lang == al.Lang {
			b.Count += al.Count
			b.Docs = unionStrings(b.Docs, al.Docs)
			sort.Strings(b.Docs)
			return
		}
	}
	al.Docs = append([]string(nil), al.Docs...)
	e.Aliases = append(e.Aliases, al)
}

func (a *applier) notSameAs(i int, d Decision) error {
	ents := make([]*Entity, len(d.Entities))
	for j := range d.Entities {
		e, err := a.ref(d, j)
		if err != nil {
			return err
		}
		ents[j] = e
	}
	// A form that the rules put on an entity another ref names is split
	// off it; two ids that are one entity cannot be told apart here.
	for j := 1; j < len(ents); j++ {
		for k := 0; k < j; k++ {
			if ents[j] != ents[k] {
				continue
			}
			ref := d.Entities[j]
			if a.byID[a.follow(ref)] != nil {
				return fmt.Errorf("%q and %q are one entity %q: revoke the decision that merged them", d.Entities[k], ref, ents[k].ID)
			}
			n, err := a.splitForms(i, ents[j], []string{ref}, fmt.Sprintf("%s|%d", decisionKey(d), j))
			if err != nil {
				return err
			}
			ents[j] = n
		}
	}
	ids := make([]string, len(ents))
	for j, e := range ents {
		ids[j] = e.ID
	}
	a.changes = append(a.changes, IdentityChange{Decision: i, Kind: CannotLink, Apart: ids})
	return nil
}

func (a *applier) split(i int, d Decision) error {
	e, err := a.ref(d, 0)
	if err != nil {
		return err
	}
	_, err = a.splitForms(i, e, d.Forms, decisionKey(d))
	return err
}

// SplitID is the id of the entity that a split decision (key) makes of
// the forms it moves off an entity of type t: the type and the first
// Latin form, with a hash of the decision, so that it never collides with
// an id the build makes and never moves.
func SplitID(t EntityType, forms []string, key string) string {
	return ContentID(EntityID(t, preferredForm(forms)), "split|"+key)
}

func preferredForm(forms []string) string {
	for _, f := range forms {
		if textnorm.Script(f) == "en" {
			return f
		}
	}
	return forms[0]
}

// preferredAlias is the name an entity made of these forms gets: its most
// frequent Latin form, else its most frequent form.
func preferredAlias(as []Alias) string {
	better := func(x, y Alias) bool {
		if lx, ly := textnorm.Script(x.Text) == "en", textnorm.Script(y.Text) == "en"; lx != ly {
			return lx
		}
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Text < y.Text
	}
	best := as[0]
	for _, al := range as[1:] {
		if better(al, best) {
			best = al
		}
	}
	return best.Text
}

// splitForms moves the forms of e with the keys of forms, and the
// evidence read from them, to a new entity, which it returns.
func (a *applier) splitForms(i int, e *Entity, forms []string, key string) (*Entity, error) {
	keys := formKeys(forms)
	newID := SplitID(e.Type, forms, key)
	var move, keep []Alias
	for _, al := range e.Aliases {
		if keys[textnorm.Key(al.Text)] {
			move = append(move, al)
		} else {
			keep = append(keep, al)
		}
	}
	if len(move) == 0 {
		if n := a.byID[a.follow(newID)]; n != nil {
			return n, nil // split before: the graph shows it
		}
		return nil, fmt.Errorf("entity %q has none of the forms %q", e.ID, strings.Join(forms, ", "))
	}
	if len(keep) == 0 {
		return nil, fmt.Errorf("splitting off every form of %q would leave it empty", e.ID)
	}
	if a.byID[newID] != nil {
		return nil, fmt.Errorf("the id %q is taken", newID)
	}
	before := e.Aliases
	n := &Entity{ID: newID, Type: e.Type, Name: preferredAlias(move), Aliases: move}
	covered := map[string]bool{}
	for _, al := range before {
		for _, d := range al.Docs {
			covered[d] = true
		}
	}
	var keepDocs []string
	for _, d := range e.Docs {
		if !covered[d] {
			keepDocs = append(keepDocs, d) // read from mentions that are not forms (adjectives)
		}
	}
	for _, al := range move {
		n.Docs = unionStrings(n.Docs, al.Docs)
		n.Mentions += al.Count
	}
	for _, al := range keep {
		keepDocs = unionStrings(keepDocs, al.Docs)
	}
	sort.Strings(n.Docs)
	sort.Strings(keepDocs)
	var mk []Merge
	for _, m := range e.Merges {
		if keys[textnorm.Key(m.Form)] {
			n.Merges = append(n.Merges, m)
		} else {
			mk = append(mk, m)
		}
	}
	n.Merges = append(n.Merges, Merge{Form: n.Name, Into: e.Name, Rule: MergeSplit, Key: e.ID})
	e.Merges, e.Aliases, e.Docs = mk, keep, keepDocs
	e.Mentions = max(e.Mentions-n.Mentions, 0)
	if keys[textnorm.Key(e.Name)] {
		e.Name = preferredAlias(keep)
		e.Romanized = false // a form as written
	}
	a.byID[n.ID] = n
	a.keyIdx = nil
	a.regroup(map[string]bool{e.ID: true}, func(id string, ev Evidence, subject bool) string {
		if id == e.ID && keys[mentionForm(ev, subject, before)] {
			return n.ID
		}
		return id
	})
	// Roles read from the facts that moved go with them.
	var stay []string
	for _, r := range e.Roles {
		if a.holdsRole(e.ID, r) || !a.holdsRole(n.ID, r) {
			stay = append(stay, r)
		}
	}
	e.Roles = stay
	for _, f := range a.facts {
		if f.Subject == n.ID && f.Predicate == HoldsPosition && f.Role != "" && !slices.Contains(n.Roles, f.Role) {
			n.Roles = append(n.Roles, f.Role)
		}
	}
	ks := make([]string, 0, len(keys))
	for k := range keys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	a.changes = append(a.changes, IdentityChange{Decision: i, Kind: SplitOff, Into: e.ID, Keys: ks, New: n.ID})
	return n, nil
}

func (a *applier) holdsRole(id, role string) bool {
	for _, f := range a.facts {
		if f.Subject == id && f.Predicate == HoldsPosition && f.Role == role {
			return true
		}
	}
	return false
}

// mentionForm returns the key of the form of as that the subject (or
// object) mention of ev was read as: the form with the mention's key, or
// else the longest form whose words the mention contains ("Mr. Gromov"
// is the form "Gromov"); "" when none.
func mentionForm(ev Evidence, subject bool, as []Alias) string {
	from, to := ev.ObjectStart, ev.ObjectEnd
	if subject {
		from, to = ev.SubjectStart, ev.SubjectEnd
	}
	rs := []rune(ev.Text)
	from, to = from-ev.Start, to-ev.Start
	if from < 0 || to > len(rs) || from >= to {
		return ""
	}
	mk := textnorm.Key(string(rs[from:to]))
	best := ""
	for _, al := range as {
		k := textnorm.Key(al.Text)
		if k == mk {
			return k
		}
		if len(k) > len(best) && strings.Contains(" "+mk+" ", " "+k+" ") {
			best = k
		}
	}
	return best
}

// regroup rebuilds the facts incident to the entities in touched: end
// gives the entity each end of each evidence belongs to now. Facts that
// become one statement are joined with their evidence; a fact that would
// link an entity to itself is dropped; meetsWith keeps the smaller id as
// subject; confidence is recomputed from the evidence where it changed.
func (a *applier) regroup(touched map[string]bool, end func(id string, ev Evidence, subject bool) string) {
	var keep, redo []*Fact
	for _, f := range a.facts {
		if touched[f.Subject] || touched[f.Object] {
			redo = append(redo, f)
		} else {
			keep = append(keep, f)
		}
	}
	if len(redo) == 0 {
		return
	}
	type bucket struct {
		s, o    string
		p       Predicate
		role    string
		ev      []Evidence
		seen    map[Evidence]bool
		sources []*Fact
	}
	buckets := map[string]*bucket{}
	var order []string
	add := func(f *Fact, ev Evidence, has bool) {
		s, o := end(f.Subject, ev, true), end(f.Object, ev, false)
		if s == o {
			return
		}
		if f.Predicate.Symmetric() && o < s {
			s, o = o, s
			ev.SubjectStart, ev.ObjectStart = ev.ObjectStart, ev.SubjectStart
			ev.SubjectEnd, ev.ObjectEnd = ev.ObjectEnd, ev.SubjectEnd
		}
		id := FactID(s, f.Predicate, o, f.Role)
		b := buckets[id]
		if b == nil {
			b = &bucket{s: s, o: o, p: f.Predicate, role: f.Role, seen: map[Evidence]bool{}}
			buckets[id] = b
			order = append(order, id)
		}
		if has && !b.seen[ev] {
			b.seen[ev] = true
			b.ev = append(b.ev, ev)
		}
		if !containsFact(b.sources, f) {
			b.sources = append(b.sources, f)
		}
	}
	for _, f := range redo {
		if len(f.Evidence) == 0 {
			add(f, Evidence{}, false)
		}
		for _, ev := range f.Evidence {
			add(f, ev, true)
		}
	}
	// Facts left alone that a new statement joins.
	var rest []*Fact
	for _, f := range keep {
		if b := buckets[f.ID]; b != nil {
			for _, ev := range f.Evidence {
				if !b.seen[ev] {
					b.seen[ev] = true
					b.ev = append(b.ev, ev)
				}
			}
			b.sources = append(b.sources, f)
			continue
		}
		rest = append(rest, f)
	}
	for _, id := range order {
		b := buckets[id]
		if len(b.sources) == 1 && b.sources[0].ID == id && len(b.sources[0].Evidence) == len(b.ev) {
			rest = append(rest, b.sources[0]) // unchanged
			continue
		}
		f := &Fact{ID: id, Subject: b.s, Predicate: b.p, Object: b.o, Role: b.role, Evidence: b.ev}
		f.Confidence = CombineConfidence(b.ev)
		if len(b.ev) == 0 {
			for _, src := range b.sources {
				f.Confidence = max(f.Confidence, src.Confidence)
			}
		}
		// The role as written: that of the source with most evidence.
		var best *Fact
		for _, src := range b.sources {
			if src.RolePhrase != "" && (best == nil || len(src.Evidence) > len(best.Evidence) || len(src.Evidence) == len(best.Evidence) && src.RolePhrase < best.RolePhrase) {
				best = src
			}
		}
		if best != nil {
			f.RolePhrase = best.RolePhrase
		}
		rest = append(rest, f)
	}
	a.facts = rest
	a.factByID = make(map[string]*Fact, len(rest))
	for _, f := range rest {
		a.factByID[f.ID] = f
	}
}

func containsFact(fs []*Fact, f *Fact) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func containsEntity(es []*Entity, e *Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func (a *applier) rename(_ int, d Decision) error {
	e, err := a.ref(d, 0)
	if err != nil {
		return err
	}
	if e.Name != d.Name {
		e.Merges = append(e.Merges, Merge{Form: d.Name, Into: e.Name, Rule: MergeRename})
		e.Name = d.Name
		e.Romanized = false // an analyst's name
	}
	k := textnorm.Key(d.Name)
	for _, al := range e.Aliases {
		if textnorm.Key(al.Text) == k {
			return nil
		}
	}
	e.Aliases = append(e.Aliases, Alias{Text: d.Name, Lang: textnorm.Script(d.Name)})
	a.keyIdx = nil
	return nil
}

func (a *applier) retype(_ int, d Decision) error {
	e, err := a.ref(d, 0)
	if err != nil {
		return err
	}
	e.Type = EntityType(d.Type)
	return nil
}

// statementID is the id of a fact between the entities s and o now.
func (a *applier) statementID(s string, p Predicate, o, role string) string {
	s, o = a.follow(s), a.follow(o)
	if p.Symmetric() && o < s {
		s, o = o, s
	}
	return FactID(s, p, o, role)
}

// findFact finds a fact by id, else by the statement of its anchor
// between the entities its ends went into.
func (a *applier) findFact(id string, an *FactAnchor) *Fact {
	if f := a.factByID[id]; f != nil {
		return f
	}
	if an != nil && an.Subject != "" {
		return a.factByID[a.statementID(an.Subject, an.Predicate, an.Object, an.Role)]
	}
	return nil
}

// verdict records an accept or a reject: it holds for the statement
// whatever later merges and splits do, and is settled in finish.
func (a *applier) verdict(i int, d Decision, accept bool) error {
	an := d.factAnchor()
	f := a.findFact(d.Fact, an)
	if f == nil {
		if !accept && an != nil && an.Subject != "" {
			// Rejected before, in the build this graph came from.
			a.judge(i, verdict{an.Subject, an.Predicate, an.Object, an.Role, false})
			return nil
		}
		return fmt.Errorf("%w %q", ErrUnknownFact, d.Fact)
	}
	if err := checkFact(f, an); err != nil {
		return err
	}
	a.judge(i, verdict{f.Subject, f.Predicate, f.Object, f.Role, accept})
	return nil
}

func (a *applier) judge(i int, v verdict) {
	a.verdicts = append(a.verdicts, v)
	if a.judged != nil {
		a.judged[i] = &FactAnchor{Subject: v.s, Predicate: v.p, Object: v.o, Role: v.role}
	}
}

// finish settles the verdicts (the last on a statement wins), removes
// what only rejected facts supported, and writes the graph back.
func (a *applier) finish(res *ReviewResult) {
	state := map[string]bool{}
	for _, v := range a.verdicts {
		state[a.statementID(v.s, v.p, v.o, v.role)] = v.accept
	}
	var live, dead []*Fact
	for _, f := range a.facts {
		accept, judged := state[f.ID]
		switch {
		case judged && !accept:
			dead = append(dead, f)
			continue
		case judged && f.Confidence != 1:
			c := *f
			c.Confidence = 1
			f = &c
		}
		live = append(live, f)
	}
	for id, e := range a.byID {
		res.Entities[id] = e
	}
	linked := map[string]bool{}
	for _, f := range live {
		linked[f.Subject], linked[f.Object] = true, true
	}
	// A rejected position's role leaves its holder unless a live fact
	// holds it too.
	held := map[[2]string]bool{}
	for _, f := range live {
		if f.Predicate == HoldsPosition {
			held[[2]string{f.Subject, f.Role}] = true
		}
	}
	for _, f := range dead {
		if f.Predicate != HoldsPosition || f.Role == "" {
			continue
		}
		e := a.byID[f.Subject]
		if e == nil || held[[2]string{f.Subject, f.Role}] {
			continue
		}
		var roles []string
		for _, r := range e.Roles {
			if r != f.Role {
				roles = append(roles, r)
			}
		}
		e.Roles = roles
	}
	// An entity whose every mention is an end of rejected facts, that no
	// live fact links and that no decision named, existed only for them.
	for id := range a.named {
		linked[a.follow(id)] = true
	}
	spans := map[string]map[[3]any]bool{}
	for _, f := range dead {
		for _, side := range []bool{true, false} {
			id := f.Object
			if side {
				id = f.Subject
			}
			if linked[id] {
				continue
			}
			if spans[id] == nil {
				spans[id] = map[[3]any]bool{}
			}
			for _, ev := range f.Evidence {
				from, to := ev.ObjectStart, ev.ObjectEnd
				if side {
					from, to = ev.SubjectStart, ev.SubjectEnd
				}
				spans[id][[3]any{ev.Doc, from, to}] = true
			}
		}
	}
	for id, sp := range spans {
		if e := a.byID[id]; e != nil && e.Mentions > 0 && len(sp) >= e.Mentions {
			delete(a.byID, id)
		}
	}
	a.g.Entities = make([]*Entity, 0, len(a.byID))
	for _, e := range a.byID {
		a.g.Entities = append(a.g.Entities, e)
	}
	a.g.Facts = live
	a.g.Normalize()
}

func unionStrings(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
