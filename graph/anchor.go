package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"newskg/graph/textnorm"
)

// Anchor records what the analyst saw when making a decision: for each
// entity named, its id, type, name and some of its forms with a
// document each; for a fact, its statement and the sentence of its
// first evidence. A decision is applied only where its anchor still
// holds (see ApplyReview): ids come from content and do not move when
// unrelated articles are added, but when they do move, or the rules
// put a form elsewhere, the anchor tells, and the decision is reported
// stale instead of landing on another entity.
type Anchor struct {
	Entities []EntityAnchor `json:"entities,omitempty"`
	Fact     *FactAnchor    `json:"fact,omitempty"`
}

// EntityAnchor is what an entity named by a decision looked like.
type EntityAnchor struct {
	ID   string     `json:"id"`
	Type EntityType `json:"type,omitempty"`
	Name string     `json:"name,omitempty"`
	// Seen lists forms of the entity with a document each. A form of a
	// type in a document is one entity's, so any of them pins the entity.
	Seen []FormSeen `json:"seen,omitempty"`
}

// FormSeen is a surface form of an entity in a document.
type FormSeen struct {
	Form string `json:"form"`
	Doc  string `json:"doc"`
}

// FactAnchor is what a fact judged by a decision looked like: its
// statement and its first evidence sentence.
type FactAnchor struct {
	Subject   string    `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    string    `json:"object"`
	Role      string    `json:"role,omitempty"`
	Doc       string    `json:"doc,omitempty"`
	Start     int       `json:"start,omitempty"`
	End       int       `json:"end,omitempty"`
	Sentence  string    `json:"sentence,omitempty"`
}

// maxSeen bounds the forms an entity anchor keeps.
const maxSeen = 5

// maxSentence bounds the sentence a fact anchor keeps, in runes.
const maxSentence = 400

// AnchorFor returns the anchor of decision d on graph g: what g shows of
// the entities and the fact that d names. Refs that g does not resolve
// get an anchor with the id only.
func AnchorFor(g *KG, d Decision) *Anchor {
	a := newApplier(g)
	an := &Anchor{}
	for _, ref := range d.Entities {
		e, _ := a.lookup(ref)
		an.Entities = append(an.Entities, entityAnchor(ref, e))
	}
	if d.Fact != "" {
		if f := a.factByID[d.Fact]; f != nil {
			fa := &FactAnchor{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Role: f.Role}
			if len(f.Evidence) > 0 {
				ev := f.Evidence[0]
				fa.Doc, fa.Start, fa.End = ev.Doc, ev.Start, ev.End
				fa.Sentence = ev.Text
				if rs := []rune(fa.Sentence); len(rs) > maxSentence {
					fa.Sentence = string(rs[:maxSentence]) + "…"
				}
			}
			an.Fact = fa
		}
	}
	if len(an.Entities) == 0 && an.Fact == nil {
		return nil
	}
	return an
}

func entityAnchor(ref string, e *Entity) EntityAnchor {
	if e == nil {
		return EntityAnchor{ID: ref}
	}
	ea := EntityAnchor{ID: e.ID, Type: e.Type, Name: e.Name}
	as := make([]Alias, 0, len(e.Aliases))
	for _, al := range e.Aliases {
		if len(al.Docs) > 0 {
			as = append(as, al)
		}
	}
	sort.SliceStable(as, func(i, j int) bool {
		if as[i].Count != as[j].Count {
			return as[i].Count > as[j].Count
		}
		return as[i].Text < as[j].Text
	})
	for _, al := range as {
		if len(ea.Seen) == maxSeen {
			break
		}
		ea.Seen = append(ea.Seen, FormSeen{Form: al.Text, Doc: al.Docs[0]})
	}
	return ea
}

// holds reports whether e has the form in the document.
func holds(e *Entity, s FormSeen) bool {
	k := textnorm.Key(s.Form)
	for _, al := range e.Aliases {
		if textnorm.Key(al.Text) != k {
			continue
		}
		if len(al.Docs) == 0 {
			return true
		}
		for _, d := range al.Docs {
			if d == s.Doc {
				return true
			}
		}
	}
	return false
}

// ErrAnchor marks a decision whose anchor does not match the graph.
var ErrAnchor = errors.New("anchor does not match")

// checkEntity reports whether e is the entity the anchor describes: it
// holds at least one of the anchored forms in its document. Where it
// does not, the error says where the first anchored form is now.
func (a *applier) checkEntity(e *Entity, an EntityAnchor) error {
	if len(an.Seen) == 0 {
		return nil
	}
	for _, s := range an.Seen {
		if holds(e, s) {
			return nil
		}
	}
	s := an.Seen[0]
	where := "no entity has it now"
	for _, o := range a.byKey(textnorm.Key(s.Form)) {
		if holds(o, s) {
			where = fmt.Sprintf("it is on %q now", o.ID)
			break
		}
	}
	return fmt.Errorf("%w: %q does not hold %q of %s, as %q did when the decision was made (%s)", ErrAnchor, e.ID, s.Form, s.Doc, an.ID, where)
}

// checkFact reports whether f carries the anchored evidence sentence.
func checkFact(f *Fact, an *FactAnchor) error {
	if an == nil || an.Doc == "" {
		return nil
	}
	for _, ev := range f.Evidence {
		if ev.Doc == an.Doc && ev.Start == an.Start && ev.End == an.End {
			return nil
		}
	}
	sent := an.Sentence
	if rs := []rune(sent); len(rs) > 60 {
		sent = string(rs[:60]) + "…"
	}
	return fmt.Errorf("%w: fact %q is no longer read from the sentence of %s at %d (%q)", ErrAnchor, f.ID, an.Doc, an.Start, strings.TrimSpace(sent))
}
