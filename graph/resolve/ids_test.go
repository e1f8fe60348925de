package resolve

import (
	"fmt"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// corpusA is a small corpus; corpusB adds an article with namesakes of
// its entities: another person called only "Ember" (two full names of
// that surname leave it ambiguous), another round of "talks" and
// another delegation of the same country.
func corpusA() []string {
	return []string{
		"a1.txt|Person|Ember", "a1.txt|Organization|Halden Council", "a1.txt|Event|talks", "a1.txt|Delegation|Norland delegation",
		"a1.txt|Person|Paul Quade",
		"a2.txt|Person|Quade", "a2.txt|Event|talks", "a2.txt|Person|بول كويد", "a2.txt|Organization|مجلس هالدن",
	}
}

func corpusB(doc string) []string {
	return []string{
		doc + "|Person|Rita Ember", doc + "|Person|Sam Ember", doc + "|Person|Ember", doc + "|Event|talks",
		doc + "|Delegation|Norland delegation", doc + "|Person|Quade",
	}
}

// withRelations relates each article's first two mentions, so that facts
// (whose ids hash entity ids) are checked too.
func withRelations(ms []graph.Mention) []graph.Relation {
	var rels []graph.Relation
	for i := 1; i < len(ms); i++ {
		if ms[i].Doc == ms[i-1].Doc && (i < 2 || ms[i-2].Doc != ms[i].Doc) {
			rels = append(rels, rel(ms[i-1], ms[i], graph.MeetsWith, "", 0.5, "s"))
		}
	}
	return rels
}

func build(t *testing.T, spec []string, rv *graph.Review) (*graph.KG, *Report) {
	t.Helper()
	ms := mentionsOf(spec...)
	g, rep, err := Resolve(nil, ms, withRelations(ms), Options{Review: rv})
	if err != nil {
		t.Fatal(err)
	}
	return g, rep
}

// formsIn lists an entity's forms with their documents.
func formsIn(e *graph.Entity) []string {
	var out []string
	for _, a := range e.Aliases {
		for _, d := range a.Docs {
			out = append(out, a.Text+"@"+d)
		}
	}
	return out
}

// TestIDsStable: adding an article keeps the id of every entity and fact
// of the corpus, and each id still names the same entity (it holds the
// same forms in the same documents), whether the article sorts after the
// others or before them. The one exception is the plain id of a named
// entity whose namesake the new article mentions first: that one moves
// (TestDecisionsNeverMove shows that decisions do not follow it).
func TestIDsStable(t *testing.T) {
	a, _ := build(t, corpusA(), nil)
	for _, doc := range []string{"b1.txt", "0b.txt"} {
		t.Run(doc, func(t *testing.T) {
			ab, _ := build(t, append(corpusA(), corpusB(doc)...), nil)
			if n := strings.Count(fmt.Sprint(idsOf(ab)), "person-ember"); n != 2 {
				t.Fatalf("precondition: want two entities named Ember in A+B, got ids %v", idsOf(ab))
			}
			facts := map[string]bool{}
			for _, f := range ab.Facts {
				facts[f.ID] = true
			}
			for _, e := range a.Entities {
				if doc == "0b.txt" && e.ID == "person-ember" {
					if x := ab.Entity(e.ID); x == nil || formsIn(x)[0] != "Ember@0b.txt" {
						t.Errorf("the plain id should go to the namesake mentioned first: %+v", x)
					}
					continue
				}
				x := ab.Entity(e.ID)
				if x == nil {
					t.Errorf("%s (%v) lost its id when an article was added", e.ID, formsIn(e))
					continue
				}
				have := map[string]bool{}
				for _, f := range formsIn(x) {
					have[f] = true
				}
				for _, f := range formsIn(e) {
					if !have[f] {
						t.Errorf("%s now names another entity: %v, was %v", e.ID, formsIn(x), formsIn(e))
						break
					}
				}
			}
			for _, f := range a.Facts {
				if !facts[f.ID] && !strings.Contains(f.Subject+f.Object, "person-ember") {
					t.Errorf("fact %s (%s %s %s) lost its id", f.ID, f.Subject, f.Predicate, f.Object)
				}
			}
			// Events and delegations carry the hash of where they are
			// mentioned, named entities only where a namesake needs it.
			for _, e := range ab.Entities {
				hashed := e.ID != graph.EntityID(e.Type, e.Name)
				namesake := e.Name == "Ember" && formsIn(e)[0] == "Ember@a1.txt" == (doc == "0b.txt")
				if hashed != (!e.Type.Named() || namesake) {
					t.Errorf("%s (%v): hashed %v", e.ID, formsIn(e), hashed)
				}
			}
		})
	}
}

func idsOf(g *graph.KG) []string {
	var ids []string
	for _, e := range g.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// TestDecisionsNeverMove: when an added article sorts first, its namesake
// takes the plain id; a decision anchored on the entity the analyst saw
// is then reported stale and never renames the namesake, while decisions
// on entities whose ids did not move still apply.
func TestDecisionsNeverMove(t *testing.T) {
	a, _ := build(t, corpusA(), nil)
	ember := entityWith(a, "Ember")
	var talks *graph.Entity // a1's round
	for _, e := range a.Entities {
		if f := formsIn(e); len(f) == 1 && f[0] == "talks@a1.txt" {
			talks = e
		}
	}
	rv := &graph.Review{Version: 1, Decisions: []graph.Decision{
		{Op: graph.OpRename, Entities: []string{ember.ID}, Name: "Ember the elder"},
		{Op: graph.OpRename, Entities: []string{talks.ID}, Name: "Halden talks"},
	}}
	rv.AssignIDs()
	for i := range rv.Decisions {
		rv.Decisions[i].Anchor = graph.AnchorFor(a, rv.Decisions[i])
	}
	for _, doc := range []string{"b1.txt", "0b.txt"} {
		t.Run(doc, func(t *testing.T) {
			g, rep := build(t, append(corpusA(), corpusB(doc)...), rv)
			for _, e := range g.Entities {
				forms := formsIn(e)
				switch e.Name {
				case "Ember the elder":
					if len(forms) != 1 || forms[0] != "Ember@a1.txt" {
						t.Errorf("the rename landed on %s %v", e.ID, forms)
					}
				case "Halden talks":
					if len(forms) != 1 || forms[0] != "talks@a1.txt" {
						t.Errorf("the rename landed on %s %v", e.ID, forms)
					}
				}
			}
			if withName(g, "Halden talks") == nil {
				t.Error("the event's rename did not apply: its id moved")
			}
			moved := doc == "0b.txt"
			if renamed := withName(g, "Ember the elder") != nil; renamed == moved {
				t.Errorf("namesake first: %v; rename applied: %v; stale %q", moved, renamed, rep.Stale)
			}
			if moved && (len(rep.Stale) != 1 || !strings.Contains(rep.Stale[0], "anchor") || !strings.Contains(rep.Stale[0], "on \"person-ember-")) {
				t.Errorf("stale: %q", rep.Stale)
			}
		})
	}
}

func withName(g *graph.KG, name string) *graph.Entity {
	for _, e := range g.Entities {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// BenchmarkSharedNames resolves n articles that each mention a round of
// "talks": n events share one base id. Time per article stays flat (ids
// are sorted and hashed, not numbered by probing).
func BenchmarkSharedNames(b *testing.B) {
	for _, n := range []int{1000, 10000, 50000} {
		var spec []string
		for i := 0; i < n; i++ {
			spec = append(spec, fmt.Sprintf("d%06d|Event|talks", i), fmt.Sprintf("d%06d|Delegation|Norland delegation", i))
		}
		ms := mentionsOf(spec...)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Resolve(nil, ms, nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
		})
	}
}

// TestFirstDoc checks the document of a form's first mention, which
// anchors its entity's id: a named form's own; a delegation's or
// event's, the first document (in document order) that names it.
func TestFirstDoc(t *testing.T) {
	ms := []graph.Mention{
		{Doc: "d2", Text: "the Vantoria talks", Type: graph.Event, Start: 5, End: 23, Lang: "en", Key: "talks-1"},
		{Doc: "d1", Text: "Ivan Petrenko", Type: graph.Person, Start: 0, End: 13, Lang: "en"},
		{Doc: "d3", Text: "the talks", Type: graph.Event, Start: 0, End: 9, Lang: "en", Key: "talks-1"},
		{Doc: "d3", Text: "محادثات فانتوريا", Type: graph.Event, Start: 30, End: 46, Lang: "ar", Key: "talks-1"},
		{Doc: "d3", Text: "Ivan Petrenko", Type: graph.Person, Start: 20, End: 33, Lang: "en"},
	}
	st, err := prepare(kb.Starter(), ms, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	var events int
	for _, f := range st.forms {
		want := f.doc
		if f.group {
			want = "d2"
			events++
		}
		if got := st.firstDoc(f); got != want {
			t.Errorf("form %q of %q: first document %q, want %q", f.key, f.doc, got, want)
		}
	}
	if events != 1 || len(st.forms) != 3 {
		t.Errorf("%d forms, %d of events: want 3 and 1", len(st.forms), events)
	}
}
