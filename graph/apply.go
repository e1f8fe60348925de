package graph

import (
	"fmt"
	"strings"

	"newskg/graph/textnorm"
)

// ApplyReview applies the decisions of a review file to a built graph, in
// order, and normalises it. It is the post-hoc form of the analysts'
// corrections: a resolver that honours decisions while it resolves should
// still agree with it on the result.
//
//   - same-as merges the named entities into the first one that exists:
//     aliases, documents, roles and merge records are united, facts are
//     re-pointed, and facts that become equal (same subject, predicate,
//     object and role) are joined with their evidence; a fact that would
//     link an entity to itself is dropped. Later decisions that name a
//     merged-away id are redirected to the surviving entity.
//   - not-same-as cannot undo a merge after the fact: it is applied (a
//     no-op) when the entities are distinct and reported stale when they
//     have been merged.
//   - rename sets the entity's name, retype its type; ids stay stable so
//     that later decisions still find the entity.
//   - split moves the named surface forms (compared by textnorm.Key) and
//     their merge records to a new entity of the same type; facts stay
//     with the original.
//   - accept sets a fact's confidence to 1; reject removes the fact.
//
// Entities may be named by id or by any surface form. A decision that
// names an entity or fact the graph does not have is reported in stale
// with its reason, never dropped silently; applied lists the indexes of
// the decisions that took effect.
func ApplyReview(g *KG, r *Review) (applied []int, stale []string) {
	if r == nil {
		return nil, nil
	}
	redirect := map[string]string{}
	g.Normalize()
	for i, d := range r.Decisions {
		if err := applyDecision(g, d, redirect); err != nil {
			stale = append(stale, fmt.Sprintf("decision %d (%s): %v", i+1, d.Op, err))
			continue
		}
		applied = append(applied, i)
	}
	g.Normalize()
	return applied, stale
}

// lookup finds an entity by id (following merges) or by surface form.
func lookup(g *KG, ref string, redirect map[string]string) *Entity {
	for seen := 0; seen < 64; seen++ {
		to, ok := redirect[ref]
		if !ok {
			break
		}
		ref = to
	}
	if e := g.Entity(ref); e != nil {
		return e
	}
	k := textnorm.Key(ref)
	if k == "" {
		return nil
	}
	for _, e := range g.Entities {
		if textnorm.Key(e.Name) == k {
			return e
		}
		for _, a := range e.Aliases {
			if textnorm.Key(a.Text) == k {
				return e
			}
		}
	}
	return nil
}

func findFact(g *KG, id string) int {
	for i, f := range g.Facts {
		if f.ID == id {
			return i
		}
	}
	return -1
}

func applyDecision(g *KG, d Decision, redirect map[string]string) error {
	if err := d.Validate(); err != nil {
		return err
	}
	ents := make([]*Entity, len(d.Entities))
	if d.Op != OpSameAs && d.Op != OpNotSameAs {
		for i, ref := range d.Entities {
			if ents[i] = lookup(g, ref, redirect); ents[i] == nil {
				return fmt.Errorf("%w %q", ErrUnknownEntity, ref)
			}
		}
	}
	switch d.Op {
	case OpSameAs:
		return applySameAs(g, d, redirect)
	case OpNotSameAs:
		seen := map[*Entity]bool{}
		for _, ref := range d.Entities {
			e := lookup(g, ref, redirect)
			if e == nil {
				return fmt.Errorf("%w %q", ErrUnknownEntity, ref)
			}
			if seen[e] {
				return fmt.Errorf("%q and another form are already one entity %q", ref, e.ID)
			}
			seen[e] = true
		}
	case OpRename:
		e := ents[0]
		if e.Name != d.Name {
			e.Merges = append(e.Merges, Merge{Form: d.Name, Into: e.Name, Rule: "review:rename"})
		}
		e.Name = d.Name
		addAlias(e, Alias{Text: d.Name, Lang: textnorm.Script(d.Name)})
	case OpRetype:
		ents[0].Type = EntityType(d.Type)
	case OpSplit:
		return applySplit(g, ents[0], d.Forms)
	case OpAccept:
		i := findFact(g, d.Fact)
		if i < 0 {
			return fmt.Errorf("unknown fact %q", d.Fact)
		}
		g.Facts[i].Confidence = 1
	case OpReject:
		i := findFact(g, d.Fact)
		if i < 0 {
			return fmt.Errorf("unknown fact %q", d.Fact)
		}
		g.Facts = append(g.Facts[:i:i], g.Facts[i+1:]...)
	}
	return nil
}

// addAlias adds a form unless the entity has it already (by matching key).
func addAlias(e *Entity, a Alias) {
	k := textnorm.Key(a.Text)
	for _, b := range e.Aliases {
		if textnorm.Key(b.Text) == k && b.Lang == a.Lang {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
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

func applySameAs(g *KG, d Decision, redirect map[string]string) error {
	var into *Entity
	var others []*Entity
	for _, ref := range d.Entities {
		e := lookup(g, ref, redirect)
		if e == nil {
			return fmt.Errorf("%w %q", ErrUnknownEntity, ref)
		}
		if into == nil {
			into = e
		} else if e != into && !containsEntity(others, e) {
			others = append(others, e)
		}
	}
	if len(others) == 0 {
		return fmt.Errorf("the entities are already one: %q", into.ID)
	}
	gone := map[string]bool{}
	for _, o := range others {
		gone[o.ID] = true
		redirect[o.ID] = into.ID
		for _, a := range o.Aliases {
			merged := false
			for j := range into.Aliases {
				b := &into.Aliases[j]
				if b.Text == a.Text && b.Lang == a.Lang {
					b.Count += a.Count
					b.Docs = unionStrings(b.Docs, a.Docs)
					merged = true
					break
				}
			}
			if !merged {
				into.Aliases = append(into.Aliases, a)
			}
		}
		into.Docs = unionStrings(into.Docs, o.Docs)
		into.SameAs = unionStrings(into.SameAs, o.SameAs)
		into.Roles = unionStrings(into.Roles, o.Roles)
		into.Merges = append(into.Merges, o.Merges...)
		into.Merges = append(into.Merges, Merge{Form: o.Name, Into: into.Name, Rule: "review:same-as", Key: o.ID, Score: 1})
		into.Mentions += o.Mentions
		if into.Date == "" {
			into.Date = o.Date
		}
	}
	var ents []*Entity
	for _, e := range g.Entities {
		if !gone[e.ID] {
			ents = append(ents, e)
		}
	}
	g.Entities = ents
	// Re-point facts and join the ones that became equal. Facts are
	// copied so that evidence lists of the input are never changed.
	byID := map[string]*Fact{}
	var facts []*Fact
	for _, f := range g.Facts {
		c := *f
		if gone[c.Subject] || gone[c.Object] {
			if gone[c.Subject] {
				c.Subject = into.ID
			}
			if gone[c.Object] {
				c.Object = into.ID
			}
			if c.Subject == c.Object {
				continue
			}
			c.ID = FactID(c.Subject, c.Predicate, c.Object, c.Role)
		}
		if c.Predicate.Symmetric() {
			// a meetsWith b and b meetsWith a are one fact.
			if rev := FactID(c.Object, c.Predicate, c.Subject, c.Role); byID[rev] != nil && byID[c.ID] == nil {
				c.ID = rev
			}
		}
		if prev, ok := byID[c.ID]; ok {
			prev.Evidence = unionEvidence(prev.Evidence, c.Evidence)
			if c.Confidence > prev.Confidence {
				prev.Confidence = c.Confidence
			}
			if prev.RolePhrase == "" {
				prev.RolePhrase = c.RolePhrase
			}
			continue
		}
		byID[c.ID] = &c
		facts = append(facts, &c)
	}
	g.Facts = facts
	g.Normalize()
	return nil
}

func containsEntity(es []*Entity, e *Entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func unionEvidence(a, b []Evidence) []Evidence {
	type key struct {
		doc                   string
		start, sStart, oStart int
		rule                  string
	}
	seen := map[key]bool{}
	out := make([]Evidence, 0, len(a)+len(b))
	for _, e := range append(append([]Evidence(nil), a...), b...) {
		k := key{e.Doc, e.Start, e.SubjectStart, e.ObjectStart, e.Rule}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

func applySplit(g *KG, e *Entity, forms []string) error {
	keys := map[string]bool{}
	for _, f := range forms {
		keys[textnorm.Key(f)] = true
	}
	var keep, move []Alias
	for _, a := range e.Aliases {
		if keys[textnorm.Key(a.Text)] {
			move = append(move, a)
		} else {
			keep = append(keep, a)
		}
	}
	if len(move) == 0 {
		return fmt.Errorf("entity %q has none of the forms %q", e.ID, strings.Join(forms, ", "))
	}
	if len(keep) == 0 {
		return fmt.Errorf("splitting off every form of %q would leave it empty", e.ID)
	}
	n := &Entity{Type: e.Type, Name: move[0].Text, Aliases: move}
	// Prefer a Latin form as the name, as the resolver does.
	for _, a := range move {
		if a.Lang == "en" {
			n.Name = a.Text
			break
		}
	}
	id := EntityID(n.Type, n.Name)
	for i := 2; g.Entity(id) != nil; i++ {
		id = fmt.Sprintf("%s-%d", EntityID(n.Type, n.Name), i)
	}
	n.ID = id
	var docs []string
	for _, a := range move {
		docs = unionStrings(docs, a.Docs)
		n.Mentions += a.Count
	}
	n.Docs = docs
	var mk []Merge
	for _, m := range e.Merges {
		if keys[textnorm.Key(m.Form)] {
			n.Merges = append(n.Merges, m)
		} else {
			mk = append(mk, m)
		}
	}
	n.Merges = append(n.Merges, Merge{Form: n.Name, Into: e.Name, Rule: "review:split", Key: e.ID})
	e.Merges = mk
	e.Aliases = keep
	e.Mentions -= n.Mentions
	if e.Mentions < 0 {
		e.Mentions = 0
	}
	if keys[textnorm.Key(e.Name)] {
		e.Name = keep[0].Text
		for _, a := range keep {
			if a.Lang == "en" {
				e.Name = a.Text
				break
			}
		}
	}
	g.Entities = append(g.Entities, n)
	g.Normalize()
	return nil
}
