// Package reviewtest is the shared test suite of the analysts' review
// decisions: every kind of graph.DecisionKinds, alone and in sequences,
// with and without anchors, through both paths a review file takes:
//
//   - resolved: a resolver given the mentions, the relations and the review
//     (what `kg build` and `kg serve ARTICLES` do);
//   - applied: graph.ApplyReview on the graph resolved without the review,
//     in memory and read back from its JSON-LD (what `kg serve
//     graph.jsonld` does), and on the resolved graph read back (a review
//     applied twice).
//
// Every path must give the same graph, and the graph must show what the
// decision means. A kind of decision with no case fails the suite.
package reviewtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/jsonld"
)

// Resolver resolves mentions and relations into a graph, applying the
// review when it is not nil (graph/resolve.Resolve), and returns the
// decisions it reports stale.
type Resolver func(docs []graph.DocInfo, ms []graph.Mention, rels []graph.Relation, review *graph.Review) (*graph.KG, []string, error)

// Corpus is the suite's input: made-up articles in English and Arabic.
type Corpus struct {
	Docs      []graph.DocInfo
	Mentions  []graph.Mention
	Relations []graph.Relation
}

// rel relates the s-th and o-th mention of a sentence.
type rel struct {
	s, o int
	p    graph.Predicate
	role string
	conf float64
}

type sentence struct {
	text string // with mentions marked [text|Type]
	rels []rel
}

// The articles. Names are made up; each mention is marked [text|Type].
var articles = []struct {
	id, lang string
	sents    []sentence
}{
	{"a.txt", "en", []sentence{
		{"[Karl Vinter|Person], the foreign minister of [Norland|Country], met [Mira Kovac|Person] in [Brelik|City].",
			[]rel{{0, 1, graph.HoldsPosition, "foreign minister", 0.9}, {0, 2, graph.MeetsWith, "", 0.8}}},
		{"[Kovac|Person] said the [Halden Council|Organization] would meet again.",
			[]rel{{0, 1, graph.MemberOf, "", 0.6}}},
		{"[Tomas Brandt|Person] leads the [Halden Council|Organization].",
			[]rel{{0, 1, graph.Leads, "", 0.7}}},
	}},
	{"b.txt", "en", []sentence{
		{"[Charles Winters|Person] met [Mira Kovac|Person] in [Brelik|City] on Monday.",
			[]rel{{0, 1, graph.MeetsWith, "", 0.7}}},
		{"[Lina Ortis|Person] advised [Charles Winters|Person].",
			[]rel{{0, 1, graph.Advises, "", 0.6}}},
	}},
	{"c.txt", "ar", []sentence{
		{"قال [توماس براندت|Person] رئيس [مجلس هالدن|Organization] إن المجلس سيجتمع.",
			[]rel{{0, 1, graph.HoldsPosition, "head", 0.8}}},
	}},
	{"d.txt", "en", []sentence{
		{"[Brandt|Person], the mayor of the [Velm Town Hall|Organization], spoke to [Lena Ortiz|Person].",
			[]rel{{0, 1, graph.HoldsPosition, "mayor", 0.8}, {0, 2, graph.MeetsWith, "", 0.5}}},
		{"[Garo Pell|Person] works for the [Ostrava Trust|Organization].",
			[]rel{{0, 1, graph.HoldsPosition, "adviser", 0.4}}},
		{"Trade with [Norland|Country] grew.", nil},
	}},
}

// NewCorpus builds the suite's corpus: mentions at their byte offsets,
// evidence at rune offsets, as the extractors give them.
func NewCorpus() *Corpus {
	c := &Corpus{}
	for _, a := range articles {
		c.Docs = append(c.Docs, graph.DocInfo{ID: a.id, Lang: a.lang})
		var doc strings.Builder
		for si, s := range a.sents {
			if si > 0 {
				doc.WriteString(" ")
			}
			byteBase, runeBase := doc.Len(), len([]rune(doc.String()))
			plain, spans := unmark(s.text)
			doc.WriteString(plain)
			var ms []graph.Mention
			var runeSpans [][2]int
			for _, sp := range spans {
				text := plain[sp.from:sp.to]
				lang := "en"
				if strings.ContainsFunc(text, func(r rune) bool { return r >= 0x600 && r <= 0x6FF }) {
					lang = "ar"
				}
				m := graph.Mention{Doc: a.id, Text: text, Type: sp.typ, Start: byteBase + sp.from, End: byteBase + sp.to,
					Sent: si, Lang: lang, Extractor: "test", Confidence: 0.9}
				ms = append(ms, m)
				rs := runeBase + len([]rune(plain[:sp.from]))
				runeSpans = append(runeSpans, [2]int{rs, rs + len([]rune(text))})
			}
			c.Mentions = append(c.Mentions, ms...)
			for _, r := range s.rels {
				ev := graph.Evidence{Doc: a.id, Text: plain, Start: runeBase, End: runeBase + len([]rune(plain)),
					SubjectStart: runeSpans[r.s][0], SubjectEnd: runeSpans[r.s][1], ObjectStart: runeSpans[r.o][0], ObjectEnd: runeSpans[r.o][1],
					Extractor: "test", Rule: "suite", Confidence: r.conf}
				c.Relations = append(c.Relations, graph.Relation{Subject: ms[r.s], Predicate: r.p, Object: ms[r.o], Role: r.role, RolePhrase: r.role, Evidence: ev})
			}
		}
	}
	return c
}

type span struct {
	from, to int
	typ      graph.EntityType
}

// unmark removes the [text|Type] marks and returns where the texts are.
func unmark(s string) (string, []span) {
	var b strings.Builder
	var spans []span
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			return b.String(), spans
		}
		j := strings.IndexByte(s[i:], ']') + i
		bar := strings.LastIndexByte(s[i:j], '|') + i
		b.WriteString(s[:i])
		from := b.Len()
		b.WriteString(s[i+1 : bar])
		spans = append(spans, span{from, b.Len(), graph.EntityType(s[bar+1 : j])})
		s = s[j+1:]
	}
}

// Case is one review to run through both paths.
type Case struct {
	Name string
	// Decide returns the decisions, naming what g0 (the graph resolved
	// without a review) shows.
	Decide func(g0 *graph.KG) []graph.Decision
	// Stale is how many decisions must be reported stale.
	Stale int
	// Check asserts what the decisions mean on the graph.
	Check func(t *testing.T, g0, g *graph.KG)
}

// TestAll runs every case through every path with resolve.
func TestAll(t *testing.T, resolve Resolver) {
	c := NewCorpus()
	g0, _, err := resolve(c.Docs, c.Mentions, c.Relations, nil)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, tc := range Cases() {
		for _, anchored := range []bool{false, true} {
			name := tc.Name
			if anchored {
				name += "/anchored"
			}
			t.Run(name, func(t *testing.T) {
				rv := &graph.Review{Version: 1, Decisions: tc.Decide(Copy(g0))}
				rv.AssignIDs()
				for _, d := range rv.Decisions {
					covered[d.Op] = true
				}
				if anchored {
					Anchor(g0, rv)
				}
				paths := Paths(t, c, g0, rv, resolve)
				for _, p := range paths[1:] {
					if diff := Diff(paths[0].G, p.G); diff != "" {
						t.Errorf("%s and %s differ:\n%s", paths[0].Name, p.Name, diff)
					}
				}
				for _, p := range paths[1:3] {
					if got, want := p.Stale, paths[0].Stale; len(got) != len(want) {
						t.Errorf("%s reports stale %q, %s %q", p.Name, got, paths[0].Name, want)
					}
				}
				if len(paths[0].Stale) != tc.Stale {
					t.Errorf("stale: %q, want %d", paths[0].Stale, tc.Stale)
				}
				if tc.Check != nil {
					tc.Check(t, g0, paths[0].G)
				}
			})
		}
	}
	for _, k := range graph.DecisionKinds {
		if !covered[k.Op] {
			t.Errorf("no case runs a %q decision through both paths", k.Op)
		}
	}
}

// Anchor anchors each decision of rv that has no anchor on the graph the
// analyst saw when making it: g0 with the decisions before it applied.
func Anchor(g0 *graph.KG, rv *graph.Review) {
	for i := range rv.Decisions {
		if rv.Decisions[i].Anchor != nil {
			continue
		}
		g := Copy(g0)
		graph.ApplyReview(g, &graph.Review{Decisions: rv.Decisions[:i]})
		rv.Decisions[i].Anchor = graph.AnchorFor(g, rv.Decisions[i])
	}
}

// Path is the graph one path gave, with the decisions it reported stale.
type Path struct {
	Name  string
	G     *graph.KG
	Stale []string
}

// Paths runs review rv through every path: resolved with the review,
// applied in memory and read back to g0, and applied again to the
// resolved graph read back.
func Paths(t testing.TB, c *Corpus, g0 *graph.KG, rv *graph.Review, resolve Resolver) []Path {
	t.Helper()
	gr, stale, err := resolve(c.Docs, c.Mentions, c.Relations, rv)
	if err != nil {
		t.Fatal(err)
	}
	mem := Copy(g0)
	rm := graph.ApplyReview(mem, rv)
	loaded := RoundTrip(t, g0)
	rl := graph.ApplyReview(loaded, rv)
	again := RoundTrip(t, gr)
	ra := graph.ApplyReview(again, rv)
	return []Path{
		{"resolved with the review", gr, stale},
		{"applied in memory", mem, rm.Stale()},
		{"applied to the JSON-LD", loaded, rl.Stale()},
		{"applied again to the resolved graph's JSON-LD", again, ra.Stale()},
	}
}

// Copy returns a deep copy of g.
func Copy(g *graph.KG) *graph.KG { return g.Clone() }

// RoundTrip writes g as JSON-LD and reads it back.
func RoundTrip(t testing.TB, g *graph.KG) *graph.KG {
	t.Helper()
	b, err := jsonld.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := jsonld.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	back.Normalize()
	return back
}

// Diff compares two graphs as the review shows them and returns "" when
// they are the same, else the first difference. Merge records are
// compared only where decisions made them: the others say how the rules
// joined forms, which a resolver that re-clusters records form by form
// and ApplyReview entity by entity.
func Diff(a, b *graph.KG) string {
	ja, jb := project(a), project(b)
	if ja == jb {
		return ""
	}
	la, lb := strings.Split(ja, "\n"), strings.Split(jb, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			from := max(i-6, 0)
			return fmt.Sprintf("at line %d:\n  %s\n- %s\n+ %s", i+1, strings.Join(la[from:i], "\n  "), la[i], lb[i])
		}
	}
	return fmt.Sprintf("one is longer: %d lines and %d lines", len(la), len(lb))
}

func project(g *graph.KG) string {
	g = Copy(g)
	for _, e := range g.Entities {
		var ms []graph.Merge
		for _, m := range e.Merges {
			if strings.HasPrefix(m.Rule, "review:") || m.Rule == graph.MergeRedirect {
				ms = append(ms, m)
			}
		}
		e.Merges = ms
	}
	b, err := json.MarshalIndent(struct {
		E []*graph.Entity
		F []*graph.Fact
	}{g.Entities, g.Facts}, "", " ")
	if err != nil {
		panic(err)
	}
	return string(b)
}
