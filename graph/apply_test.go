package graph

import (
	"reflect"
	"strings"
	"testing"
)

func applyFixture() *KG {
	ent := func(id string, t EntityType, name string, aliases ...Alias) *Entity {
		return &Entity{ID: id, Type: t, Name: name, Aliases: aliases, Docs: []string{"d1"}, Mentions: len(aliases)}
	}
	en := func(s string) Alias { return Alias{Text: s, Lang: "en", Count: 1, Docs: []string{"d1"}} }
	ar := func(s string) Alias { return Alias{Text: s, Lang: "ar", Count: 1, Docs: []string{"d2"}} }
	fact := func(s string, p Predicate, o string, doc string, start int) *Fact {
		return &Fact{ID: FactID(s, p, o, ""), Subject: s, Predicate: p, Object: o, Confidence: 0.6,
			Evidence: []Evidence{{Doc: doc, Text: "x", Start: start, End: start + 1, Rule: "r"}}}
	}
	g := &KG{
		Entities: []*Entity{
			ent("person-tomas-varga", Person, "Tomas Varga", en("Tomas Varga"), ar("توماس فارغا")),
			ent("person-vargha", Person, "Vargha", en("Vargha")),
			ent("country-russia", Country, "Russia", en("Russia"), ar("روسيا")),
			ent("place-kremlin", Place, "Kremlin", en("Kremlin")),
			ent("person-mixed", Person, "Pavel Gromov", en("Pavel Gromov"), en("Oleg Sorokin")),
		},
		Facts: []*Fact{
			fact("person-tomas-varga", Represents, "country-russia", "d1", 0),
			fact("person-vargha", Represents, "country-russia", "d2", 10),
			fact("person-vargha", MeetsWith, "person-tomas-varga", "d2", 20),
			fact("place-kremlin", LocatedIn, "country-russia", "d1", 30),
		},
	}
	g.Normalize()
	return g
}

func TestApplyReview(t *testing.T) {
	vargaRuss := FactID("person-tomas-varga", Represents, "country-russia", "")
	kremlin := FactID("place-kremlin", LocatedIn, "country-russia", "")
	tests := []struct {
		name      string
		decisions []Decision
		applied   []int
		stale     int
		check     func(t *testing.T, g *KG)
	}{
		{
			name:      "same-as unites aliases, re-points and joins facts, drops self-loops",
			decisions: []Decision{{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				if g.Entity("person-vargha") != nil {
					t.Fatal("merged-away entity still there")
				}
				e := g.Entity("person-tomas-varga")
				if len(e.Aliases) != 3 || e.Merges[len(e.Merges)-1].Rule != "review:same-as" {
					t.Fatalf("aliases %v merges %v", e.Aliases, e.Merges)
				}
				if len(g.Facts) != 2 {
					t.Fatalf("want 2 facts (joined + kremlin), got %d", len(g.Facts))
				}
				for _, f := range g.Facts {
					if f.ID == vargaRuss && len(f.Evidence) != 2 {
						t.Fatalf("joined fact has %d evidence", len(f.Evidence))
					}
				}
			},
		},
		{
			name: "a later decision follows a merged-away id",
			decisions: []Decision{
				{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}},
				{Op: OpRename, Entities: []string{"person-vargha"}, Name: "Tomas J. Varga"},
			},
			applied: []int{0, 1},
			check: func(t *testing.T, g *KG) {
				if g.Entity("person-tomas-varga").Name != "Tomas J. Varga" {
					t.Fatal("rename did not follow the merge")
				}
			},
		},
		{
			name:      "same-as by surface form in Arabic",
			decisions: []Decision{{Op: OpSameAs, Entities: []string{"توماس فارغا", "Vargha"}}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				if len(g.Entities) != 4 {
					t.Fatalf("want 4 entities, got %d", len(g.Entities))
				}
			},
		},
		{
			name:      "not-same-as of distinct entities is a no-op",
			decisions: []Decision{{Op: OpNotSameAs, Entities: []string{"country-russia", "place-kremlin"}}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				if !reflect.DeepEqual(g.Entities, applyFixture().Entities) {
					t.Fatal("graph changed")
				}
			},
		},
		{
			name: "not-same-as after a merge is stale",
			decisions: []Decision{
				{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}},
				{Op: OpNotSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}},
			},
			applied: []int{0},
			stale:   1,
		},
		{
			name:      "rename keeps the id and adds the name as a form",
			decisions: []Decision{{Op: OpRename, Entities: []string{"place-kremlin"}, Name: "The Kremlin"}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				e := g.Entity("place-kremlin")
				if e.Name != "The Kremlin" || len(e.Aliases) != 2 {
					t.Fatalf("%+v", e)
				}
			},
		},
		{
			name:      "retype",
			decisions: []Decision{{Op: OpRetype, Entities: []string{"place-kremlin"}, Type: "Organization"}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				if g.Entity("place-kremlin").Type != Organization {
					t.Fatal("not retyped")
				}
			},
		},
		{
			name:      "split moves forms to a new entity",
			decisions: []Decision{{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"oleg sorokin"}}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				n := g.Entity(SplitID(Person, []string{"oleg sorokin"}, Decision{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"oleg sorokin"}}.contentID()))
				if n == nil || len(n.Aliases) != 1 || n.Type != Person {
					t.Fatalf("new entity %+v", n)
				}
				if o := g.Entity("person-mixed"); len(o.Aliases) != 1 || o.Name != "Pavel Gromov" {
					t.Fatalf("original %+v", o)
				}
			},
		},
		{
			name:      "split of an unknown form is stale",
			decisions: []Decision{{Op: OpSplit, Entities: []string{"person-mixed"}, Forms: []string{"Nobody"}}},
			stale:     1,
		},
		{
			name:      "split of every form is stale",
			decisions: []Decision{{Op: OpSplit, Entities: []string{"place-kremlin"}, Forms: []string{"Kremlin"}}},
			stale:     1,
		},
		{
			name:      "accept sets confidence 1",
			decisions: []Decision{{Op: OpAccept, Fact: kremlin}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				for _, f := range g.Facts {
					if f.ID == kremlin && f.Confidence != 1 {
						t.Fatal("not accepted")
					}
				}
			},
		},
		{
			name:      "reject drops the fact",
			decisions: []Decision{{Op: OpReject, Fact: kremlin}},
			applied:   []int{0},
			check: func(t *testing.T, g *KG) {
				if len(g.Facts) != 3 {
					t.Fatalf("want 3 facts, got %d", len(g.Facts))
				}
			},
		},
		{
			name: "missing ids are stale, not silent",
			decisions: []Decision{
				{Op: OpReject, Fact: "rel-000000000000"},
				{Op: OpAccept, Fact: "rel-000000000000"},
				{Op: OpRename, Entities: []string{"person-nobody"}, Name: "X"},
				{Op: OpRetype, Entities: []string{"person-nobody"}, Type: "City"},
				{Op: OpSameAs, Entities: []string{"person-nobody", "country-russia"}},
				{Op: OpRetype, Entities: []string{"place-kremlin"}, Type: "Planet"},
				{Op: OpSameAs, Entities: []string{"Varga", "Russia"}},
			},
			stale: 7,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := applyFixture()
			res := ApplyReview(g, &Review{Version: 1, Decisions: tc.decisions})
			applied, stale := res.Applied(), res.Stale()
			if !reflect.DeepEqual(applied, tc.applied) {
				t.Errorf("applied = %v, want %v", applied, tc.applied)
			}
			if len(stale) != tc.stale {
				t.Errorf("stale = %q, want %d", stale, tc.stale)
			}
			for _, s := range stale {
				if !strings.HasPrefix(s, "decision ") {
					t.Errorf("stale message %q has no position", s)
				}
			}
			if tc.check != nil {
				tc.check(t, g)
			}
		})
	}
}

func TestApplyReviewLeavesInputFactsAlone(t *testing.T) {
	g := applyFixture()
	before := make([]Fact, len(g.Facts))
	ptrs := append([]*Fact(nil), g.Facts...)
	for i, f := range g.Facts {
		before[i] = *f
	}
	ApplyReview(g, &Review{Decisions: []Decision{{Op: OpSameAs, Entities: []string{"person-tomas-varga", "person-vargha"}}}})
	for i, f := range ptrs {
		if !reflect.DeepEqual(*f, before[i]) {
			t.Fatalf("fact %s changed in place", f.ID)
		}
	}
}

func TestApplyReviewJoinsSymmetricFacts(t *testing.T) {
	g := applyFixture()
	a, b, c := "person-mixed", "person-tomas-varga", "person-vargha"
	g.Facts = []*Fact{
		{ID: FactID(a, MeetsWith, b, ""), Subject: a, Predicate: MeetsWith, Object: b, Confidence: 0.5, Evidence: []Evidence{{Doc: "d1", Start: 1, Confidence: 0.5}}},
		{ID: FactID(c, MeetsWith, a, ""), Subject: c, Predicate: MeetsWith, Object: a, Confidence: 0.7, Evidence: []Evidence{{Doc: "d2", Start: 2, Confidence: 0.7}}},
	}
	g.Normalize()
	ApplyReview(g, &Review{Decisions: []Decision{{Op: OpSameAs, Entities: []string{b, c}}}})
	// One fact, the smaller id as subject, confidence from both documents.
	if len(g.Facts) != 1 || len(g.Facts[0].Evidence) != 2 || g.Facts[0].Confidence != 0.85 || g.Facts[0].Subject != a {
		t.Fatalf("want one joined meetsWith fact, got %+v", g.Facts)
	}
}
