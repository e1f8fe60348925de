package graph

import (
	"errors"
	"fmt"
	"strings"

	"newskg/graph/textnorm"
)

// Constraint is how a resolver honours a decision while it clusters the
// forms of mentions into entities, so that its rules work around the
// decision instead of being corrected after the fact.
type Constraint string

// The constraints. A resolver does not read decisions: it reads the
// IdentityChanges that ApplyReview records, each of one of these kinds.
const (
	NoConstraint Constraint = ""            // applied to the built graph only
	MustLink     Constraint = "must-link"   // these entities' forms are one entity
	CannotLink   Constraint = "cannot-link" // these entities' forms stay apart
	SplitOff     Constraint = "split-off"   // these forms leave the entity and stay apart from it
)

// DecisionKind is one row of the table of decision kinds: what a
// decision of that kind must say (validate), how a resolver honours it
// (Constraint), how it changes a built graph (apply) and how a graph
// shows that it holds (reflected). There is one implementation of each
// column, used by graph/resolve, graph/web and cmd/kg alike.
type DecisionKind struct {
	Op string
	// Doc says what the decision does, and Shown when a graph shows it
	// applied, for the manual (graph/resolve/README.md has the table).
	Doc, Shown string
	// Constraint is how resolution honours it.
	Constraint Constraint
	// Entity and Fact say what the decision names.
	Entity, Fact bool

	validate  func(Decision) string
	check     func(*applier, Decision) error
	apply     func(*applier, int, Decision) error
	reflected func(*applier, Decision, *Review) bool
}

// DecisionKinds is the table of decision kinds.
var DecisionKinds = []*DecisionKind{
	{
		Op: OpSameAs, Entity: true, Constraint: MustLink,
		Doc:      "the entities are one: the first keeps its id and name, the others' ids redirect to it; aliases, documents, roles and facts are united",
		Shown:    "every entity named resolves to one entity",
		validate: twoOrMore,
		apply:    (*applier).sameAs,
		reflected: func(a *applier, d Decision, _ *Review) bool {
			var first *Entity
			for i, ref := range d.Entities {
				e, err := a.lookup(ref)
				if err != nil || i > 0 && e != first {
					return false
				}
				first = e
			}
			return true
		},
	},
	{
		Op: OpNotSameAs, Entity: true, Constraint: CannotLink,
		Doc:      "the entities stay apart; where a surface form names one of them and the rules put it on another, its forms are split off",
		Shown:    "every entity named resolves, each to another entity",
		validate: twoOrMore,
		apply:    (*applier).notSameAs,
		reflected: func(a *applier, d Decision, _ *Review) bool {
			seen := map[*Entity]bool{}
			for _, ref := range d.Entities {
				e, err := a.lookup(ref)
				if err != nil || seen[e] {
					return false
				}
				seen[e] = true
			}
			return true
		},
	},
	{
		Op: OpSplit, Entity: true, Constraint: SplitOff,
		Doc:   "the forms are another entity: they move, with the evidence read from them, to a new entity whose id comes from the decision; the rest keeps the id",
		Shown: "the entity has none of the forms",
		validate: func(d Decision) string {
			if len(d.Entities) != 1 || len(d.Forms) == 0 {
				return "needs one entity and the forms to split off"
			}
			return ""
		},
		check: func(a *applier, d Decision) error {
			e := a.byID[d.Entities[0]]
			keys := map[string]bool{}
			for _, al := range e.Aliases {
				keys[textnorm.Key(al.Text)] = true
			}
			split := map[string]bool{}
			for _, form := range d.Forms {
				k := textnorm.Key(form)
				if !keys[k] {
					return fmt.Errorf("%w: split: %q is not a form of %q", ErrBadDecision, form, e.ID)
				}
				split[k] = true
			}
			if len(split) >= len(keys) {
				return fmt.Errorf("%w: split: at least one form must stay with the entity", ErrBadDecision)
			}
			return nil
		},
		apply: (*applier).split,
		reflected: func(a *applier, d Decision, _ *Review) bool {
			e, err := a.lookup(d.Entities[0])
			if err != nil {
				return false
			}
			keys := formKeys(d.Forms)
			for _, al := range e.Aliases {
				if keys[textnorm.Key(al.Text)] {
					return false
				}
			}
			return true
		},
	},
	{
		Op: OpRename, Entity: true,
		Doc:   "sets the entity's name (and adds it as a form); the id stays",
		Shown: "the entity has the name",
		validate: func(d Decision) string {
			if len(d.Entities) != 1 || d.Name == "" {
				return "needs one entity and a name"
			}
			return ""
		},
		check: func(a *applier, d Decision) error {
			if strings.TrimSpace(d.Name) == "" {
				return fmt.Errorf("%w: rename: the name is blank", ErrBadDecision)
			}
			return nil
		},
		apply: (*applier).rename,
		reflected: func(a *applier, d Decision, _ *Review) bool {
			e, err := a.lookup(d.Entities[0])
			return err == nil && e.Name == d.Name
		},
	},
	{
		Op: OpRetype, Entity: true,
		Doc:   "sets the entity's type; the id stays",
		Shown: "the entity has the type",
		validate: func(d Decision) string {
			if len(d.Entities) != 1 || !EntityType(d.Type).Valid() {
				return "needs one entity and a valid type"
			}
			return ""
		},
		apply: (*applier).retype,
		reflected: func(a *applier, d Decision, _ *Review) bool {
			e, err := a.lookup(d.Entities[0])
			return err == nil && string(e.Type) == d.Type
		},
	},
	{
		Op: OpAccept, Fact: true,
		Doc:      "the fact is right: its confidence is 1, whatever merges and splits do to it",
		Shown:    "the fact (or the statement it became) has confidence 1",
		validate: needsFact,
		check:    factOnly,
		apply:    func(a *applier, i int, d Decision) error { return a.verdict(i, d, true) },
		reflected: func(a *applier, d Decision, _ *Review) bool {
			f := a.findFact(d.Fact, d.factAnchor())
			return f != nil && f.Confidence >= 1
		},
	},
	{
		Op: OpReject, Fact: true,
		Doc:      "the fact is wrong: it goes, and so does what only it supported (its role on the subject; an entity all of whose mentions are its evidence and that no decision names)",
		Shown:    "neither the fact nor the statement it became is in the graph",
		validate: needsFact,
		check:    factOnly,
		apply:    func(a *applier, i int, d Decision) error { return a.verdict(i, d, false) },
		reflected: func(a *applier, d Decision, _ *Review) bool {
			return a.findFact(d.Fact, d.factAnchor()) == nil
		},
	},
	{
		Op:    OpRevoke,
		Doc:   "withdraws an earlier decision, which stays in the file with its author and time; the revocation is recorded the same way",
		Shown: "the graph no longer shows the revoked decision (for same-as, rename, retype, accept, reject; the rules decide for the others)",
		validate: func(d Decision) string {
			if d.Revokes == "" || len(d.Entities)+len(d.Forms) > 0 || d.Fact != "" {
				return "needs the id of the decision it revokes, and nothing else"
			}
			return ""
		},
		apply: func(*applier, int, Decision) error { return nil }, // see revocations
		// reflected: revokeReflected, set in init (it reads the table)
	},
}

func init() { KindOf(OpRevoke).reflected = revokeReflected }

// revokeReflected reports whether g no longer shows the revoked decision
// (for the kinds whose effect the rules do not decide).
func revokeReflected(a *applier, d Decision, r *Review) bool {
	i := -1
	if r != nil {
		i = r.Find(d.Revokes)
	}
	if i < 0 {
		return false
	}
	t := r.Decisions[i]
	switch t.Op {
	case OpNotSameAs, OpSplit, OpRevoke:
		return true // the rules decide what becomes of the forms
	}
	return !KindOf(t.Op).reflected(a, t, r)
}

// KindOf returns the row of DecisionKinds for op, or nil.
func KindOf(op string) *DecisionKind {
	for _, k := range DecisionKinds {
		if k.Op == op {
			return k
		}
	}
	return nil
}

func needsFact(d Decision) string {
	if d.Fact == "" {
		return "needs a fact id"
	}
	return ""
}

func twoOrMore(d Decision) string {
	if len(d.Entities) < 2 {
		return "needs two or more entities"
	}
	return ""
}

func factOnly(a *applier, d Decision) error {
	if len(d.Entities) > 0 || len(d.Forms) > 0 {
		return fmt.Errorf("%w: %s names a fact only", ErrBadDecision, d.Op)
	}
	if a.factByID[d.Fact] == nil {
		return fmt.Errorf("%w %q", ErrUnknownFact, d.Fact)
	}
	return nil
}

func (d Decision) factAnchor() *FactAnchor {
	if d.Anchor == nil {
		return nil
	}
	return d.Anchor.Fact
}

func (d Decision) entityAnchor(i int) *EntityAnchor {
	if d.Anchor == nil || i >= len(d.Anchor.Entities) {
		return nil
	}
	return &d.Anchor.Entities[i]
}

// ErrUnknownFact is returned when an id names no fact of the graph.
var ErrUnknownFact = errors.New("unknown fact")

// Bounds on what a decision made in the app may hold.
const (
	MaxDecisionText  = 300  // a name, a form, an id, an author
	MaxDecisionNote  = 2000 // a note
	MaxDecisionRefs  = 50   // entities named
	MaxDecisionForms = 200  // forms split off
)

// CheckDecision checks a decision an analyst makes on graph g, as the app
// does before it saves one: the shape, bounded strings, and that the
// entities (by id) and the fact it names are in g and that it makes sense
// there. Errors wrap ErrUnknownEntity or ErrUnknownFact when something
// named is not in g, else ErrBadDecision. Revocations name decisions,
// not the graph: the caller checks them against the review file.
func CheckDecision(g *KG, d Decision) error {
	if err := d.Validate(); err != nil {
		return err
	}
	for _, s := range append(append([]string{d.ID, d.Fact, d.Name, d.Type, d.Revokes, d.Author, d.Time}, d.Entities...), d.Forms...) {
		if len(s) > MaxDecisionText {
			return fmt.Errorf("%w: a field is longer than %d bytes", ErrBadDecision, MaxDecisionText)
		}
	}
	if len(d.Note) > MaxDecisionNote || len(d.Entities) > MaxDecisionRefs || len(d.Forms) > MaxDecisionForms {
		return fmt.Errorf("%w: decision too large", ErrBadDecision)
	}
	a := newApplier(g)
	seen := map[string]bool{}
	for _, id := range d.Entities {
		if a.byID[id] == nil {
			return fmt.Errorf("%w %q", ErrUnknownEntity, id)
		}
		if seen[id] {
			return fmt.Errorf("%w: entity %q named twice", ErrBadDecision, id)
		}
		seen[id] = true
	}
	if k := KindOf(d.Op); k.check != nil {
		return k.check(a, d)
	}
	return nil
}

// Reflected reports, for each decision of r, whether g shows it: the
// fourth column of the table, which the app shows beside each decision
// so that one the build could not honour is visible.
func Reflected(g *KG, r *Review) []bool {
	a := newApplier(g)
	out := make([]bool, len(r.Decisions))
	for i, d := range r.Decisions {
		if k := KindOf(d.Op); k != nil {
			out[i] = k.reflected(a, d, r)
		}
	}
	return out
}

func formKeys(forms []string) map[string]bool {
	keys := map[string]bool{}
	for _, f := range forms {
		keys[textnorm.Key(f)] = true
	}
	return keys
}
