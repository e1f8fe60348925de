package graph

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDecisionKinds: every op has one row with every column, and the
// identity changes a decision records are of its row's constraint kind.
func TestDecisionKinds(t *testing.T) {
	ops := []string{OpSameAs, OpNotSameAs, OpRename, OpRetype, OpSplit, OpAccept, OpReject, OpRevoke}
	if len(DecisionKinds) != len(ops) {
		t.Fatalf("%d kinds for %d ops", len(DecisionKinds), len(ops))
	}
	for _, op := range ops {
		k := KindOf(op)
		if k == nil || k.validate == nil || k.apply == nil || k.reflected == nil || k.Doc == "" {
			t.Errorf("%s: incomplete row %+v", op, k)
		}
	}
	varga := Decision{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}}
	apart := Decision{Op: OpNotSameAs, Entities: []string{"country-russia", "place-kremlin"}}
	split := Decision{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"Oleg Sorokin"}}
	formsApart := Decision{Op: OpNotSameAs, Entities: []string{"Pavel Gromov", "Oleg Sorokin"}}
	for _, d := range []Decision{varga, apart, split, formsApart} {
		res := ApplyReview(applyFixture(), &Review{Decisions: []Decision{d}})
		if len(res.Changes) == 0 {
			t.Errorf("%s recorded no identity change", d.Op)
		}
		for _, c := range res.Changes {
			if want := KindOf(d.Op).Constraint; c.Kind != want && !(d.Op == OpNotSameAs && c.Kind == SplitOff) {
				t.Errorf("%s recorded a %s change, its row says %s", d.Op, c.Kind, want)
			}
		}
	}
	for _, op := range []string{OpRename, OpRetype, OpAccept, OpReject, OpRevoke} {
		if KindOf(op).Constraint != NoConstraint {
			t.Errorf("%s constrains resolution", op)
		}
	}
}

// TestApplyReviewTwice: a review applied to a graph it was applied to
// already changes nothing and reports nothing stale.
func TestApplyReviewTwice(t *testing.T) {
	kremlin := FactID("place-kremlin", LocatedIn, "country-russia", "")
	rv := &Review{Decisions: []Decision{
		{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}},
		{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"Oleg Sorokin"}},
		{Op: OpRename, Entities: []string{"person-vargha"}, Name: "Tomas J. Varga"},
		{Op: OpRetype, Entities: []string{"place-kremlin"}, Type: "Organization"},
		{Op: OpAccept, Fact: FactID("person-tomas-varga", Represents, "country-russia", "")},
		{Op: OpReject, Fact: kremlin},
	}}
	rv.AssignIDs()
	g := applyFixture()
	for i := range rv.Decisions {
		h := applyFixture()
		ApplyReview(h, &Review{Decisions: rv.Decisions[:i]})
		rv.Decisions[i].Anchor = AnchorFor(h, rv.Decisions[i])
	}
	if s := ApplyReview(g, rv).Stale(); len(s) != 0 {
		t.Fatalf("stale: %q", s)
	}
	once := snapshot(g)
	res := ApplyReview(g, rv)
	if s := res.Stale(); len(s) != 0 {
		t.Errorf("stale the second time: %q", s)
	}
	if twice := snapshot(g); twice != once {
		t.Errorf("the second application changed the graph:\n%s\n%s", once, twice)
	}
	for i, ok := range Reflected(g, rv) {
		if !ok {
			t.Errorf("decision %d (%s) not shown applied", i+1, rv.Decisions[i].Op)
		}
	}
}

func snapshot(g *KG) string {
	var b strings.Builder
	for _, e := range g.Entities {
		b.WriteString(e.ID + " " + string(e.Type) + " " + e.Name + " ")
		for _, a := range e.Aliases {
			b.WriteString(a.Text + "|")
		}
		b.WriteString(strings.Join(e.Roles, ",") + "\n")
	}
	for _, f := range g.Facts {
		b.WriteString(f.ID + " " + f.Subject + " " + string(f.Predicate) + " " + f.Object + "\n")
	}
	return b.String()
}

// TestRevoke: a revoked decision is skipped and reported revoked; a
// revocation must name an earlier decision that is not a revocation.
func TestRevoke(t *testing.T) {
	rv := &Review{Decisions: []Decision{
		{ID: "d-1", Op: OpRename, Entities: []string{"place-kremlin"}, Name: "The Kremlin"},
		{ID: "d-2", Op: OpRevoke, Revokes: "d-1", Author: "b"},
		{ID: "d-3", Op: OpRevoke, Revokes: "d-2"},
		{ID: "d-4", Op: OpRevoke, Revokes: "d-9"},
		{ID: "d-5", Op: OpRevoke, Revokes: "d-6"},
		{ID: "d-6", Op: OpRetype, Entities: []string{"place-kremlin"}, Type: "Organization"},
	}}
	g := applyFixture()
	res := ApplyReview(g, rv)
	want := []string{StatusRevoked, StatusApplied, StatusStale, StatusStale, StatusStale, StatusApplied}
	for i, o := range res.Outcomes {
		if o.Status != want[i] {
			t.Errorf("decision %d: %s (%s), want %s", i+1, o.Status, o.Reason, want[i])
		}
	}
	if e := g.Entity("place-kremlin"); e.Name != "Kremlin" || e.Type != Organization {
		t.Errorf("%+v", e)
	}
}

// TestAnchors: an anchored decision applies to the entity and fact it was
// made on, and is stale, naming where the form is now, when the id names
// another.
func TestAnchors(t *testing.T) {
	g := applyFixture()
	d := Decision{Op: OpRename, Entities: []string{"person-vargha"}, Name: "X"}
	d.Anchor = AnchorFor(g, d)
	if a := d.Anchor; a == nil || len(a.Entities) != 1 || a.Entities[0].Name != "Vargha" || len(a.Entities[0].Seen) != 1 || a.Entities[0].Seen[0] != (FormSeen{"Vargha", "d1"}) {
		t.Fatalf("anchor %+v", d.Anchor)
	}
	moved := d
	moved.Entities = []string{"country-russia"} // the id now names another entity
	res := ApplyReview(g, &Review{Decisions: []Decision{moved}})
	if s := res.Stale(); len(s) != 1 || !strings.Contains(s[0], "anchor does not match") || !strings.Contains(s[0], `on "person-vargha" now`) {
		t.Errorf("stale: %q", s)
	}
	if g.Entity("country-russia").Name != "Russia" {
		t.Error("applied elsewhere")
	}
	// A fact anchor pins the sentence: the same id read from another
	// sentence is stale.
	f := FactID("place-kremlin", LocatedIn, "country-russia", "")
	rej := Decision{Op: OpReject, Fact: f}
	rej.Anchor = AnchorFor(g, rej)
	if rej.Anchor.Fact == nil || rej.Anchor.Fact.Start != 30 || rej.Anchor.Fact.Subject != "place-kremlin" {
		t.Fatalf("fact anchor %+v", rej.Anchor.Fact)
	}
	rej.Anchor.Fact.Start = 99
	if s := ApplyReview(applyFixture(), &Review{Decisions: []Decision{rej}}).Stale(); len(s) != 1 || !strings.Contains(s[0], "no longer read from") {
		t.Errorf("stale: %q", s)
	}
	// Without an anchor a decision applies by id, and says so.
	if res := ApplyReview(applyFixture(), &Review{Decisions: []Decision{{Op: OpReject, Fact: f}}}); res.Unanchored() != 1 {
		t.Errorf("unanchored: %d", res.Unanchored())
	}
}

// TestLoadReviewFormats: a review file from before ids and anchors loads
// and gets the same ids at every load; ids and anchors round-trip; a
// duplicate id or an anchor that does not fit is refused.
func TestLoadReviewFormats(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	old := write("old.json", `{"version": 1, "decisions": [
		{"op": "rename", "entities": ["person-x"], "name": "X", "time": "2025-01-01T00:00:00Z"},
		{"op": "reject", "fact": "rel-0123456789ab"},
		{"op": "reject", "fact": "rel-0123456789ab"}]}`)
	r1, err := LoadReview(old)
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := LoadReview(old)
	if !reflect.DeepEqual(r1, r2) || r1.Decisions[0].ID == "" || r1.Decisions[1].ID == r1.Decisions[2].ID || !strings.HasPrefix(r1.Decisions[2].ID, r1.Decisions[1].ID+"-") {
		t.Fatalf("ids: %+v", r1.Decisions)
	}
	r1.Decisions[0].Anchor = &Anchor{Entities: []EntityAnchor{{ID: "person-x", Seen: []FormSeen{{"X", "a.txt"}}}}}
	saved := filepath.Join(dir, "saved.json")
	if err := r1.Save(saved); err != nil {
		t.Fatal(err)
	}
	back, err := LoadReview(saved)
	if err != nil || !reflect.DeepEqual(back, r1) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, back, r1)
	}
	for name, s := range map[string]string{
		"dup.json":    `{"decisions": [{"id": "d-1", "op": "reject", "fact": "rel-1"}, {"id": "d-1", "op": "accept", "fact": "rel-1"}]}`,
		"anchor.json": `{"decisions": [{"op": "rename", "entities": ["a"], "name": "b", "anchor": {"entities": [{"id": "a"}, {"id": "c"}]}}]}`,
		"revoke.json": `{"decisions": [{"op": "revoke", "revokes": "d-1", "fact": "rel-1"}]}`,
		"field.json":  `{"decisions": [{"op": "reject", "fact": "rel-1", "colour": "red"}]}`,
	} {
		if _, err := LoadReview(write(name, s)); err == nil {
			t.Errorf("%s loaded", name)
		}
	}
}

// TestCheckDecision: what the app refuses, and with which error.
func TestCheckDecision(t *testing.T) {
	kremlin := FactID("place-kremlin", LocatedIn, "country-russia", "")
	long := strings.Repeat("x", MaxDecisionText+1)
	cases := []struct {
		name string
		d    Decision
		want error // nil: accepted
	}{
		{"rename", Decision{Op: OpRename, Entities: []string{"place-kremlin"}, Name: "The Kremlin"}, nil},
		{"blank name", Decision{Op: OpRename, Entities: []string{"place-kremlin"}, Name: "  "}, ErrBadDecision},
		{"long name", Decision{Op: OpRename, Entities: []string{"place-kremlin"}, Name: long}, ErrBadDecision},
		{"long author", Decision{Op: OpReject, Fact: kremlin, Author: long}, ErrBadDecision},
		{"unknown entity", Decision{Op: OpSameAs, Entities: []string{"place-kremlin", "city-atlantis"}}, ErrUnknownEntity},
		{"by form", Decision{Op: OpRename, Entities: []string{"Kremlin"}, Name: "X"}, ErrUnknownEntity},
		{"twice", Decision{Op: OpSameAs, Entities: []string{"place-kremlin", "place-kremlin"}}, ErrBadDecision},
		{"unknown fact", Decision{Op: OpReject, Fact: "rel-000000000000"}, ErrUnknownFact},
		{"fact with entities", Decision{Op: OpAccept, Fact: kremlin, Entities: []string{"place-kremlin"}}, ErrBadDecision},
		{"split unknown form", Decision{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"Nobody"}}, ErrBadDecision},
		{"split every form", Decision{Op: OpSplit, Entities: []string{"place-kremlin"}, Forms: []string{"Kremlin"}}, ErrBadDecision},
		{"split", Decision{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"Oleg Sorokin"}}, nil},
		{"unknown op", Decision{Op: "delete", Fact: kremlin}, ErrBadDecision},
		{"revoke", Decision{Op: OpRevoke, Revokes: "d-1"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckDecision(applyFixture(), c.d)
			if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
}
