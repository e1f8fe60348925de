package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// TestReduceDropsText: once a document is reduced, nothing holds its
// text (its share copies the forms, phrases and evidence sentences it
// keeps), and the share and the residue are there.
func TestReduceDropsText(t *testing.T) {
	text := strings.Clone("Foreign Minister Orla Vantanen met Ilse Brandvik in Tromsø on Monday.\nThe talks on the fishing treaty went on.")
	held := weak.Make(unsafe.StringData(text))
	a := extract.Article{ID: "north.txt", Text: text, Published: "2026-03-02"}
	r := newReducer(resolve.NewSummarizer(nil), nil, nil, []extract.Article{a})
	d := extract.NewDocument(a)
	a, text = extract.Article{}, ""
	at := func(s string) (int, int) {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		return i, i + len(s)
	}
	mention := func(s string, typ graph.EntityType) graph.Mention {
		i, j := at(s)
		return d.Mention(i, j, typ, "rules", 0.9)
	}
	orla, ilse, city := mention("Orla Vantanen", graph.Person), mention("Ilse Brandvik", graph.Person), mention("Tromsø", graph.City)
	talks := mention("talks", graph.Event)
	talks.Key, talks.Place = "north.txt|event|1", "Norway"
	d.AddMentions([]graph.Mention{orla, ilse, city, talks})
	d.Relations = []graph.Relation{
		d.Relation(orla, graph.MeetsWith, ilse, "", "", "rules", "meets", 0.8),
		d.Relation(orla, graph.ParticipatesIn, talks, "", "", "rules", "talks", 0.8),
		d.Relation(talks, graph.HeldIn, city, "", "", "rules", "held", 0.8),
	}
	r.reduce(d)
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.shares[0] == nil {
		t.Fatal("no share made")
	}
	if d.Text != "" || d.Sentences != nil || d.Mentions != nil || d.Relations != nil {
		t.Fatalf("document not released: %d bytes of text, %d sentences, %d mentions, %d relations", len(d.Text), len(d.Sentences), len(d.Mentions), len(d.Relations))
	}
	if ev := r.events[0]; len(ev.events) != 1 || len(ev.parties) != 1 {
		t.Fatalf("residue: %d events and %d parties, want 1 and 1", len(ev.events), len(ev.parties))
	}
	for range 3 {
		runtime.GC()
	}
	if held.Value() != nil {
		t.Fatal("the document's text is still held after it was reduced")
	}
	runtime.KeepAlive(r)
	runtime.KeepAlive(d)
}

// TestEventResidueLinksAlike: event linking over the documents'
// residues, a build's and a store's (whose mentions given to Add may
// change after), gives every delegation and event mention the key that
// linking over all their mentions and relations gives it.
func TestEventResidueLinksAlike(t *testing.T) {
	person := func(doc, name string) graph.Mention {
		return graph.Mention{Doc: doc, Text: name, Type: graph.Person, Start: 1, End: 1 + len(name)}
	}
	event := func(doc, key, place, date string, at int) graph.Mention {
		return graph.Mention{Doc: doc, Text: "talks", Type: graph.Event, Key: doc + "|event|" + key, Place: place, Date: date, Start: at, End: at + 5}
	}
	deleg := func(doc, country string) graph.Mention {
		return graph.Mention{Doc: doc, Text: country + " delegation", Type: graph.Delegation, Key: doc + "|delegation|" + country, Country: country, Start: 40, End: 50}
	}
	part := func(s, o graph.Mention) graph.Relation {
		return graph.Relation{Subject: s, Predicate: graph.ParticipatesIn, Object: o}
	}
	// a: talks in Norway on 2 March with Vantanen and a Finnish delegation
	aE := event("a", "1", "Norway", "2026-03-02", 60)
	aEearly := aE
	aEearly.Date, aEearly.Start, aEearly.End = "2026-03-01", 90, 95 // the same event dated earlier further on
	aD := deleg("a", "Finland")
	// b: the same talks (Vantanen again), and other talks the next week
	// (those of e); its Finnish delegation takes part in both, the later
	// ones last
	bE, bE2 := event("b", "1", "Norway", "2026-03-01", 60), event("b", "2", "Norway", "2026-03-09", 70)
	bD := deleg("b", "Finland")
	// c: an event named only in a relation, in Iceland, with Brandvik
	cE := event("c", "1", "Iceland", "", 60)
	dE := event("d", "1", "Iceland", "", 60)
	eE := event("e", "1", "Norway", "2026-03-09", 60)
	docs := []struct {
		id, published string
		ms            []graph.Mention
		rels          []graph.Relation
	}{
		{"a", "2026-03-02", []graph.Mention{person("a", "Orla Vantanen"), aE, aD, aEearly},
			[]graph.Relation{part(person("a", "Orla Vantanen"), aE), part(aD, aE), part(person("a", "Orla Vantanen"), aE),
				{Subject: aE, Predicate: graph.HeldIn, Object: graph.Mention{Doc: "a", Text: "Oslo", Type: graph.City}}}},
		{"b", "2026-03-02", []graph.Mention{person("b", "Vantanen"), bE, bE2, bD},
			[]graph.Relation{part(person("b", "Vantanen"), bE), part(bD, bE2), part(bD, bE), part(person("b", "Vantanen"), bE2), part(bD, bE2)}},
		{"c", "2026-05-10", []graph.Mention{person("c", "Ilse Brandvik")}, []graph.Relation{part(person("c", "Ilse Brandvik"), cE)}},
		{"d", "2026-05-11", []graph.Mention{person("d", "Brandvik"), dE}, []graph.Relation{part(person("d", "Brandvik"), dE)}},
		{"e", "2026-03-09", []graph.Mention{person("e", "Orla Vantanen"), eE}, []graph.Relation{part(person("e", "Orla Vantanen"), eE)}},
	}
	// linking over everything, in place
	var ms []graph.Mention
	var rels []graph.Relation
	pub := map[string]string{}
	for _, d := range docs {
		ms = append(ms, d.ms...)
		rels = append(rels, d.rels...)
		pub[d.id] = d.published
	}
	before := append([]graph.Mention(nil), ms...)
	beforeRels := append([]graph.Relation(nil), rels...)
	rules.LinkEvents(ms, rels, pub)
	// linking over the residues
	var arts []extract.Article
	c := &extract.Corpus{}
	for _, d := range docs {
		arts = append(arts, extract.Article{ID: d.id, Published: d.published})
		c.Docs = append(c.Docs, &extract.Document{Article: extract.Article{ID: d.id, Published: d.published}})
	}
	r := newReducer(nil, nil, nil, arts)
	for i, d := range docs {
		r.events[i] = eventsOf(d.ms, d.rels)
	}
	r.link(c)
	if r.rekey == nil {
		t.Fatal("no key changed: the case links nothing")
	}
	// a store's resolution gives each document's events as it reads
	// them back (store.EventLinking), their strings cut from one text
	sl := corpusPasses{}.Events()
	for _, d := range docs {
		ms := append([]graph.Mention(nil), d.ms...)
		rels := append([]graph.Relation(nil), d.rels...)
		sl.Add(d.id, ms, rels)
		for i := range ms {
			ms[i].Key, ms[i].Place, ms[i].Date, ms[i].Country = "x", "x", "x", "x"
		}
		for i := range rels {
			rels[i].Subject.Key, rels[i].Object.Key, rels[i].Subject.Country, rels[i].Object.Place = "x", "x", "x", "x"
		}
	}
	stored := sl.Link(pub)
	if stored == nil {
		t.Fatal("the store's linking changed no key")
	}
	changed := 0
	check := func(old, linked graph.Mention) {
		t.Helper()
		if old.Type.Named() {
			return
		}
		if got := r.rekey(old); got != linked.Key {
			t.Errorf("%s %q of %s: key %q, want %q", old.Type, old.Key, old.Doc, got, linked.Key)
		}
		if got := stored(old); got != linked.Key {
			t.Errorf("store: %s %q of %s: key %q, want %q", old.Type, old.Key, old.Doc, got, linked.Key)
		}
		if old.Key != linked.Key {
			changed++
		}
	}
	for i := range ms {
		check(before[i], ms[i])
	}
	for i := range rels {
		check(beforeRels[i].Subject, rels[i].Subject)
		check(beforeRels[i].Object, rels[i].Object)
	}
	if changed == 0 {
		t.Fatal("linking changed no key")
	}
	for _, want := range []string{aD.Key, bD.Key, cE.Key} {
		if r.rekey(graph.Mention{Type: map[bool]graph.EntityType{true: graph.Event, false: graph.Delegation}[want == cE.Key], Key: want}) == want {
			t.Errorf("%s was not linked", want)
		}
	}
}

// TestHeldDocumentsResolveAlike: a build that holds the documents the
// leaders pass completes packed (rules.Relations.Hold) and reduces
// them after it, gives the graph, byte for byte, that resolving the
// whole corpus's mentions and relations at once gives; with one worker
// and with two.
func TestHeldDocumentsResolveAlike(t *testing.T) {
	dir := t.TempDir()
	genCorpus(t, dir, 60, 11)
	ctx := context.Background()
	arts, probs := extract.Loader{}.LoadContext(ctx, []string{dir})
	if len(probs) > 0 || len(arts) != 60 {
		t.Fatalf("%d articles read, problems %v", len(arts), probs)
	}
	base := kb.Starter()
	rel := rules.NewRelations(base)
	c, err := extract.Driver{Passes: rules.Passes(base, nil, rel)}.Run(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	out := c.Output()
	var docs []graph.DocInfo
	for _, d := range c.Docs {
		docs = append(docs, d.Info())
	}
	g, _, err := resolve.Resolve(docs, out.Mentions, out.Relations, resolve.Options{KB: base})
	if err != nil {
		t.Fatal(err)
	}
	want, err := jsonld.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	// the build's spill file (evidence, held documents) is made in the
	// temporary folder and left nowhere
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	for _, workers := range []int{1, 2} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			g, st, err := buildGraph(ctx, buildOptions{NoNER: true, Workers: workers}, []string{dir}, nil, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if left, err := os.ReadDir(tmp); err != nil || len(left) > 0 {
				t.Errorf("left in the temporary folder: %v %v", left, err)
			}
			if st.Held == 0 {
				t.Fatal("no document was held: the corpus does not exercise the leaders pass")
			}
			if st.Parked != len(arts) {
				t.Errorf("%d documents parked between the passes, want %d", st.Parked, len(arts))
			}
			got, err := jsonld.Marshal(g)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the graph of the build (%d documents held) differs from the whole corpus's (%d and %d bytes)", st.Held, len(got), len(want))
			}
		})
	}
}

// TestHoldReleasesRecords: a document the leaders pass waits for is
// packed at the end of its extraction; its mention and relation arrays
// are no longer held (the pass keeps what it reads of them), and after
// the pass its share holds what the pass added.
func TestHoldReleasesRecords(t *testing.T) {
	text := "Foreign Minister Orla Vantanen led the delegation to the talks in Tromsø on Monday.\nVantanen met Ilse Brandvik there.\n"
	other := "Norwegian Foreign Minister Orla Vantanen spoke in Oslo.\n"
	arts := []extract.Article{{ID: "a.txt", Text: text}, {ID: "b.txt", Text: other}}
	base := kb.Starter()
	rel := rules.NewRelations(base)
	sp, err := resolve.NewSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	r := newReducer(resolve.NewSummarizer(base), sp, rel, arts)
	var ms weak.Pointer[graph.Mention]
	var rels weak.Pointer[graph.Relation]
	check := extract.Func{ID: "check", F: func(ctx context.Context, d *extract.Document) (extract.Result, error) {
		if d.ID == "a.txt" && len(d.Mentions) > 0 && len(d.Relations) > 0 {
			ms, rels = weak.Make(&d.Mentions[0]), weak.Make(&d.Relations[0])
		}
		return extract.Result{}, nil
	}}
	passes := rules.Passes(base, nil, rel)
	for i := range passes {
		if passes[i].Name == "relations" {
			passes[i].Extractors = append(passes[i].Extractors, check)
		}
	}
	var after []extract.Pass
	for _, p := range r.wrap(passes) {
		after = append(after, p)
		if p.Name == "relations" {
			after = append(after, extract.Pass{Name: "probe", Corpus: func(ctx context.Context, c *extract.Corpus) error {
				if r.nheld.Load() == 0 {
					t.Fatal("the document the leaders pass completes was not held")
				}
				for range 3 {
					runtime.GC()
				}
				if ms == (weak.Pointer[graph.Mention]{}) {
					t.Fatal("the document's records were not seen")
				}
				if ms.Value() != nil || rels.Value() != nil {
					t.Error("a held document's mentions or relations are still held")
				}
				if d := c.Docs[0]; d.Text != "" || d.Sentences != nil {
					t.Error("a held document was not released")
				}
				return nil
			}})
		}
	}
	if _, err := (extract.Driver{Passes: after, Workers: 1}).Run(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	found := false
	for _, m := range r.shares[0].GroupMentions() {
		if m.Type == graph.Delegation && m.Country == "Norway" {
			found = true
		}
	}
	if !found {
		t.Errorf("the share of the held document lacks the Norwegian delegation the leaders pass made: %v", r.shares[0].GroupMentions())
	}
}
