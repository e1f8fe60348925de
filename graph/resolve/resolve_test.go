package resolve

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/reviewtest"
)

// mentionsOf places each (doc, text, type) as a mention at a distinct offset.
func mentionsOf(spec ...string) []graph.Mention {
	var ms []graph.Mention
	off := map[string]int{}
	for _, s := range spec {
		p := strings.SplitN(s, "|", 3)
		doc, typ, text := p[0], graph.EntityType(p[1]), p[2]
		start := off[doc]
		off[doc] += len(text) + 10
		lang := "en"
		if strings.ContainsFunc(text, func(r rune) bool { return r >= 0x600 && r <= 0x6FF }) {
			lang = "ar"
		}
		ms = append(ms, graph.Mention{Doc: doc, Text: text, Type: typ, Start: start, End: start + len(text), Lang: lang})
	}
	return ms
}

func entityWith(g *graph.KG, form string) *graph.Entity { return reviewtest.WithForm(g, form) }

func mustResolve(t *testing.T, ms []graph.Mention, rels []graph.Relation, opt Options) (*graph.KG, *Report) {
	t.Helper()
	g, rep, err := Resolve(nil, ms, rels, opt)
	if err != nil {
		t.Fatal(err)
	}
	return g, rep
}

func TestOneEntity(t *testing.T) {
	cases := []struct {
		name  string
		spec  []string
		canon string
	}{
		{"berkov", []string{"a|Person|Tomas Berchov", "a|Person|Berkev", "a|Person|Berrouf",
			"b|Person|توماس بيركوف", "c|Person|Berkov", "c|Person|توماس بيركوف", "d|Person|بيركوف", "d|Person|توماس بيركوف"}, "Tomas Berkov"},
		{"dorensky", []string{"a|Person|Buhdan Dorinsky", "a|Person|Dorrinski", "b|Person|بوهدان دورنسكي",
			"b|Person|دورنسكي", "b|Person|دورينسكي", "c|Person|Bohdan Dorensky", "c|Person|Dorensky"}, "Bohdan Dorensky"},
		{"kyiv", []string{"a|City|Kiev", "a|City|Kyef", "b|City|كييف", "c|City|Kyiv"}, "Kyiv"},
		{"mr-stripped", []string{"a|Person|Mr. Asanov", "a|Person|Timur Asanov"}, "Timur Asanov"},
		// a style's word right before "bin" is the given name
		{"given-name-amir", []string{"a|Person|Mr. Amir bin Wadih Al-Hadlaq", "b|Person|أمير بن وديع الهدلق"}, "Amir bin Wadih Al-Hadlaq"},
		// and so before "bint", a daughter's lineage
		{"given-name-sheikha", []string{"a|Person|Ms. Sheikha bint Zuhdi Al-Qarmazi", "b|Person|شيخة بنت زهدي القرمزي"}, "Sheikha bint Zuhdi Al-Qarmazi"},
		{"nickname", []string{"a|Person|Michael Holtz", "b|Person|مايك هولتز"}, "Michael Holtz"},
		{"armed-forces", []string{"a|Organization|Bulgarian Armed Forces", "a|Organization|القوات المسلحة البلغارية"}, "Bulgarian Armed Forces"},
		// a state's head word does not change which place is meant
		{"state-head", []string{"a|Place|ولاية كوردان", "a|Place|كوردان", "b|Place|Kordan State", "c|Place|Kordan"}, "Kordan"},
		// initials glued to the surname are initials of the given names
		{"glued-initials", []string{"a|Person|Vadim Konstantinovich Morozkin", "a|Person|V.K.Morozkin"}, "Vadim Konstantinovich Morozkin"},
		// so too after a style: "Mr. V.K.Morozkin"
		{"glued-initials-style", []string{"a|Person|Vadim Konstantinovich Morozkin", "a|Person|Mr. V.K.Morozkin"}, "Vadim Konstantinovich Morozkin"},
		// a compass word of a place's name translates word for word
		{"compass-province", []string{"a|Place|North Tarvia", "b|Place|ولاية شمال تارفيا"}, "North Tarvia"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, _ := mustResolve(t, mentionsOf(c.spec...), nil, Options{})
			var named []*graph.Entity
			for _, e := range g.Entities {
				named = append(named, e)
			}
			if len(named) != 1 {
				for _, e := range named {
					t.Logf("%s %q %v", e.ID, e.Name, e.Aliases)
				}
				t.Fatalf("got %d entities, want 1", len(named))
			}
			e := named[0]
			if e.Name != c.canon {
				t.Errorf("name %q, want %q", e.Name, c.canon)
			}
			if len(e.Merges) == 0 {
				t.Error("no merge reasons")
			}
			for _, m := range e.Merges {
				if m.Rule == "" || m.Form == "" || m.Into == "" {
					t.Errorf("incomplete merge %+v", m)
				}
			}
		})
	}
}

func TestApart(t *testing.T) {
	cases := []struct {
		name string
		spec []string
		a, b string
	}{
		{"shared-surname-other-articles", []string{"a|Person|John Harper", "b|Person|Mary Harper"}, "John Harper", "Mary Harper"},
		{"surname-in-article", []string{"a|Person|John Harper", "a|Person|Harper", "b|Person|Mary Harper", "b|Person|Harper"}, "John Harper", "Mary Harper"},
		{"city-and-country", []string{"a|Country|Djibouti", "a|City|Djibouti"}, "", ""},
		{"org-and-country", []string{"a|Country|Bulgaria", "a|Organization|Bulgarian Armed Forces"}, "Bulgaria", "Bulgarian Armed Forces"},
		{"different-people", []string{"a|Person|Dmitry Volkov", "b|Person|Dmitry Kazants", "c|Person|Marco Ferri", "c|Person|Marc Dussel"}, "Dmitry Volkov", "Dmitry Kazants"},
		{"kb-conflict", []string{"a|Country|Austria", "a|Country|Australia"}, "Austria", "Australia"},
		// two consonants tell too little apart: the first letters differ
		{"short-consonants", []string{"a|Place|Kora", "b|Place|Cairo"}, "Kora", "Cairo"},
		{"short-consonants-vowel", []string{"a|Place|Olan", "b|Place|Alan"}, "Olan", "Alan"},
		// the north of a region is not its south
		{"compass-apart", []string{"a|Place|South Tarvia", "b|Place|ولاية شمال تارفيا"}, "South Tarvia", "ولاية شمال تارفيا"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, _ := mustResolve(t, mentionsOf(c.spec...), nil, Options{})
			if c.a == "" {
				if len(g.Entities) != 2 {
					t.Fatalf("got %d entities, want 2", len(g.Entities))
				}
				return
			}
			ea, eb := entityWith(g, c.a), entityWith(g, c.b)
			if ea == nil || eb == nil || ea == eb {
				t.Fatalf("%q and %q on %v and %v", c.a, c.b, ea, eb)
			}
			if c.name == "surname-in-article" {
				for _, e := range g.Entities {
					if len(e.Aliases) != 2 {
						t.Errorf("%s: %v", e.ID, e.Aliases)
					}
				}
			}
		})
	}
}

func TestGroupsByKey(t *testing.T) {
	ms := mentionsOf("a|Delegation|Norwegian delegation", "a|Delegation|الوفد النرويجي", "b|Delegation|Norwegian delegation")
	ms[0].Key, ms[1].Key, ms[2].Key = "delegation-norway-x", "delegation-norway-x", "delegation-norway-y"
	ms[0].Name = "Norwegian delegation"
	g, _ := mustResolve(t, ms, nil, Options{})
	if len(g.Entities) != 2 {
		t.Fatalf("got %d entities, want 2", len(g.Entities))
	}
}

func rel(s, o graph.Mention, p graph.Predicate, role string, conf float64, sent string) graph.Relation {
	return graph.Relation{Subject: s, Object: o, Predicate: p, Role: role, RolePhrase: role,
		Evidence: graph.Evidence{Doc: s.Doc, Text: sent, Start: s.Start, End: o.End, Confidence: conf, Extractor: "t", Rule: "r"}}
}

func TestFacts(t *testing.T) {
	ms := mentionsOf("a|Person|Pavel Gromov", "a|Country|Russia", "b|Person|غروموف", "b|Country|روسيا", "b|Person|بافل غروموف", "b|Person|Martin Kessler")
	rels := []graph.Relation{
		rel(ms[0], ms[1], graph.HoldsPosition, "foreign minister", 0.8, "s1"),
		rel(ms[2], ms[3], graph.HoldsPosition, "foreign minister", 0.5, "s2"),
		rel(ms[2], ms[3], graph.HoldsPosition, "foreign minister", 0.5, "s2"), // duplicate evidence
		rel(ms[2], ms[4], graph.Advises, "", 0.9, "s3"),                       // a self-loop after merging
		rel(ms[5], ms[4], graph.MeetsWith, "", 0.6, "s4"),
		rel(ms[4], ms[5], graph.MeetsWith, "", 0.7, "s5"),
	}
	g, _ := mustResolve(t, ms, rels, Options{})
	if len(g.Facts) != 2 {
		for _, f := range g.Facts {
			t.Logf("%+v", f)
		}
		t.Fatalf("got %d facts, want 2", len(g.Facts))
	}
	for _, f := range g.Facts {
		switch f.Predicate {
		case graph.HoldsPosition:
			if len(f.Evidence) != 2 || f.Role != "foreign minister" || f.Confidence != 0.9 {
				t.Errorf("holdsPosition: %+v", f)
			}
			if f.ID != graph.FactID(f.Subject, f.Predicate, f.Object, f.Role) {
				t.Errorf("fact id %s", f.ID)
			}
		case graph.MeetsWith:
			if f.Subject > f.Object || len(f.Evidence) != 2 || f.Confidence != 0.7 {
				t.Errorf("meetsWith: %+v", f)
			}
		default:
			t.Errorf("unexpected %+v", f)
		}
	}
	lav := entityWith(g, "غروموف")
	if lav == nil || len(lav.Roles) == 0 {
		t.Errorf("roles not carried: %+v", lav)
	}
}

func TestDeterministic(t *testing.T) {
	ms := mentionsOf("a|Person|Tomas Berchov", "a|Person|Berkev", "b|Person|توماس بيركوف", "c|Person|Berkov",
		"a|City|Kiev", "b|City|كييف", "c|Person|John Harper", "d|Person|Harper", "d|Person|Mary Harper", "c|Person|Harper")
	rels := []graph.Relation{rel(ms[0], ms[4], graph.MeetsWith, "", 0.5, "x")}
	want, _ := mustResolve(t, ms, rels, Options{})
	wb, _ := json.Marshal(want)
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 10; i++ {
		sh := append([]graph.Mention(nil), ms...)
		r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		g, _ := mustResolve(t, sh, rels, Options{})
		gb, _ := json.Marshal(g)
		if string(gb) != string(wb) {
			t.Fatalf("output depends on input order:\n%s\n%s", wb, gb)
		}
	}
}

func TestReview(t *testing.T) {
	spec := []string{"a|Person|John Harper", "b|Person|Jon Harpur", "c|Person|Peter Quill", "d|Person|Star Lord", "d|Country|Xanadu"}
	ms := mentionsOf(spec...)
	base, _ := mustResolve(t, ms, nil, Options{})
	harper := entityWith(base, "John Harper")
	quill := entityWith(base, "Peter Quill")
	if harper == nil || entityWith(base, "Jon Harpur") != harper {
		t.Fatalf("precondition: the Harpers are one entity")
	}
	rv := &graph.Review{Version: 1, Decisions: []graph.Decision{
		{Op: graph.OpSameAs, Entities: []string{quill.ID, "Star Lord"}},
		{Op: graph.OpSplit, Entities: []string{harper.ID}, Forms: []string{"Jon Harpur"}},
		{Op: graph.OpRename, Entities: []string{quill.ID}, Name: "Peter Jason Quill"},
		{Op: graph.OpRetype, Entities: []string{"Xanadu"}, Type: "Place"},
		{Op: graph.OpNotSameAs, Entities: []string{"person-nobody", quill.ID}},
		{Op: graph.OpReject, Fact: "rel-000000000000"},
	}}
	g, rep := mustResolve(t, ms, nil, Options{Review: rv})
	q := entityWith(g, "Peter Quill")
	if q == nil || entityWith(g, "Star Lord") != q {
		t.Errorf("same-as not applied")
	} else {
		if q.Name != "Peter Jason Quill" || q.ID != quill.ID {
			t.Errorf("rename: %q %q", q.Name, q.ID)
		}
		found := false
		for _, m := range q.Merges {
			found = found || m.Rule == RuleReviewSameAs
		}
		if !found {
			t.Errorf("no review-same-as merge reason: %+v", q.Merges)
		}
	}
	if entityWith(g, "John Harper") == entityWith(g, "Jon Harpur") {
		t.Errorf("split not applied")
	}
	if x := entityWith(g, "Xanadu"); x == nil || x.Type != graph.Place {
		t.Errorf("retype not applied: %+v", x)
	}
	if len(rep.Stale) != 2 || !strings.Contains(rep.Stale[0], "person-nobody") || !strings.Contains(rep.Stale[1], "rel-000000000000") {
		t.Errorf("stale: %q", rep.Stale)
	}
	if rep.Applied != 4 {
		t.Errorf("applied %d, want 4", rep.Applied)
	}
	// Rebuilding with the same review gives the same graph.
	g2, _ := mustResolve(t, ms, nil, Options{Review: rv})
	b1, _ := json.Marshal(g)
	b2, _ := json.Marshal(g2)
	if string(b1) != string(b2) {
		t.Error("review application is not deterministic")
	}
	// not-same-as keeps apart what the rules would merge.
	rv2 := &graph.Review{Decisions: []graph.Decision{{Op: graph.OpNotSameAs, Entities: []string{"John Harper", "Jon Harpur"}}}}
	g3, _ := mustResolve(t, ms, nil, Options{Review: rv2})
	if entityWith(g3, "John Harper") == entityWith(g3, "Jon Harpur") {
		t.Errorf("not-same-as not applied")
	}
	// accept sets confidence 1; reject drops the fact.
	rels := []graph.Relation{rel(ms[0], ms[4], graph.MeetsWith, "", 0.4, "s")}
	g4, _ := mustResolve(t, ms, rels, Options{})
	fid := g4.Facts[0].ID
	g5, _ := mustResolve(t, ms, rels, Options{Review: &graph.Review{Decisions: []graph.Decision{{Op: graph.OpAccept, Fact: fid}}}})
	if g5.Facts[0].Confidence != 1 {
		t.Errorf("accept: %v", g5.Facts[0].Confidence)
	}
	g6, _ := mustResolve(t, ms, rels, Options{Review: &graph.Review{Decisions: []graph.Decision{{Op: graph.OpReject, Fact: fid}}}})
	if len(g6.Facts) != 0 {
		t.Errorf("reject: %v", g6.Facts)
	}
}

func TestBadMention(t *testing.T) {
	_, _, err := Resolve(nil, []graph.Mention{{Doc: "a", Text: "x", Type: "Thing"}}, nil, Options{})
	if err == nil {
		t.Fatal("want an error")
	}
	if !reflect.DeepEqual(err != nil, true) {
		t.Fatal()
	}
}

// TestSpecificRoles: the titles one person holds in one body are one
// position under the most specific title; other bodies keep theirs.
func TestSpecificRoles(t *testing.T) {
	p := graph.Mention{Doc: "a", Text: "Ana Lopes", Type: graph.Person, Start: 0, End: 9}
	es := map[string]*graph.Entity{"Ana Lopes": {ID: "p"}, "Chile": {ID: "c"}, "Peru": {ID: "q"}}
	ent := func(m graph.Mention) *graph.Entity { return es[m.Text] }
	rel := func(body, role string) graph.Relation {
		return graph.Relation{Subject: p, Predicate: graph.HoldsPosition, Object: graph.Mention{Text: body, Type: graph.Country}, Role: role}
	}
	f := specificRoles([]graph.Relation{rel("Chile", "minister"), rel("Chile", "foreign minister"), rel("Peru", "minister"), rel("Chile", "ambassador")}, ent)
	cases := []struct{ o, role, want string }{
		{"c", "minister", "foreign minister"},
		{"c", "foreign minister", "foreign minister"},
		{"c", "ambassador", "ambassador"},
		{"q", "minister", "minister"},
	}
	for _, c := range cases {
		if got := f("p", c.o, c.role); got != c.want {
			t.Errorf("%s in %s: got %q, want %q", c.role, c.o, got, c.want)
		}
	}
}

// TestCityAndParentQualifiers: a city's name with the word that calls
// it a city ("X City", «مدينة X», «X العاصمة») is the known city, never
// a country of the same name; a known body qualified by the body it
// belongs to («… للاتحاد …», "… of the …") is that body, and only when
// one of the body's own names holds the parent's.
func TestCityAndParentQualifiers(t *testing.T) {
	k := kb.New()
	k.Add(&kb.Entry{ID: "city-varnesti", Type: graph.City, Name: "Varnesti", Aliases: []kb.Alias{{Text: "فارنستي", Lang: "ar"}}})
	k.Add(&kb.Entry{ID: "country-dalmora", Type: graph.Country, Name: "Dalmora", Aliases: []kb.Alias{{Text: "دالمورا", Lang: "ar"}}})
	k.Add(&kb.Entry{ID: "org-nup", Type: graph.Organization, Name: "Northern Union of Ports", Aliases: []kb.Alias{{Text: "الاتحاد الشمالي للموانئ", Lang: "ar"}}})
	k.Add(&kb.Entry{ID: "org-fishers", Type: graph.Organization, Name: "Fishers' Federation", Aliases: []kb.Alias{{Text: "اتحاد الصيادين", Lang: "ar"}}})
	k.Add(&kb.Entry{ID: "org-court", Type: graph.Organization, Name: "Northern Union of Ports Arbitration Court", Aliases: []kb.Alias{{Text: "محكمة التحكيم", Lang: "ar"}, {Text: "Arbitration Court", Lang: "en"}}})
	cases := []struct {
		mention string
		want    string // the entity's name: the KB entry's when linked
	}{
		{"a|City|فارنستي العاصمة", "Varnesti"},
		{"b|City|Varnesti City", "Varnesti"},
		{"c|City|مدينة فارنستي", "Varnesti"},
		{"d|City|Dalmora City", "Dalmora City"}, // the country's name: no city of it is known
		{"e|Organization|محكمة التحكيم للاتحاد الشمالي للموانئ", "Northern Union of Ports Arbitration Court"},
		{"f|Organization|Arbitration Court of the Northern Union of Ports", "Northern Union of Ports Arbitration Court"},
		{"g|Organization|Arbitration Court of the Fishers' Federation", "Arbitration Court of the Fishers' Federation"}, // another parent's court
	}
	for _, c := range cases {
		t.Run(c.mention, func(t *testing.T) {
			g, _ := mustResolve(t, mentionsOf(c.mention), nil, Options{KB: k})
			if len(g.Entities) != 1 {
				t.Fatalf("got %d entities", len(g.Entities))
			}
			for _, e := range g.Entities {
				if e.Name != c.want {
					t.Errorf("name %q, want %q", e.Name, c.want)
				}
			}
		})
	}
}

// An Arabic name written after «ل», which elides the alef of the article
// («للأمم المتحدة»), is extracted without the article; its alias is the
// name with the article where the knowledge base knows only that form.
// A name written without the article («مصر») and an unknown one keep
// their text.
func TestAliasRestoresElidedArticle(t *testing.T) {
	k := kb.Starter()
	ms := mentionsOf("a|Organization|أمم المتحدة", "a|Country|صين", "b|Country|مصر", "b|Organization|جمعية النور")
	for i := range ms[:3] {
		es := k.Lookup("ال" + ms[i].Text)
		if i == 2 {
			es = k.Lookup(ms[i].Text)
		}
		if len(es) == 0 {
			t.Fatalf("the starter knowledge base lacks %q", ms[i].Text)
		}
		ms[i].KBID, ms[i].Name = es[0].ID, es[0].Name
	}
	g, _ := mustResolve(t, ms, nil, Options{KB: k})
	want := map[string]bool{"الأمم المتحدة": true, "الصين": true, "مصر": true, "جمعية النور": true}
	for _, e := range g.Entities {
		for _, a := range e.Aliases {
			if a.Lang != "ar" {
				continue
			}
			if !want[a.Text] {
				t.Errorf("%s: alias %q", e.Name, a.Text)
			}
			delete(want, a.Text)
		}
	}
	for a := range want {
		t.Errorf("missing alias %q", a)
	}
}
