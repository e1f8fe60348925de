package pattern

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// items parses "PER,AGENT w:met COMMA" style sentences: items separated
// by spaces, tags of one item by commas.
func items(s string) [][]string {
	var out [][]string
	for _, it := range strings.Fields(s) {
		out = append(out, strings.Split(it, ","))
	}
	return out
}

func grammar(t *testing.T, src string) *Grammar {
	t.Helper()
	g := New()
	if err := g.Parse("test.pat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	return g
}

func render(ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%s[%d,%d)", m.Rule.Name, m.Start, m.End)
		for _, name := range []string{"s", "o", "p", "r", "b", "n"} {
			for _, sp := range m.Caps[name] {
				s += fmt.Sprintf(" %s=[%d,%d)", name, sp.Start, sp.End)
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestMatch(t *testing.T) {
	const src = `
define agent = PER | CTRY | ORG
rule meet stage=rel conf=0.8
  s:list($agent) @meet with? o:list($agent) (in p:LOC)?
rule title stage=chunk
  b:(CTRY|DEM)? r:ROLE n:PER
rule not-neg stage=rel
  s:PER !NEG* @attend
rule both
  s:PER&TITLED
rule phrase
  "on the" margins
`
	g := grammar(t, src)
	cases := []struct {
		name, items, key, val, want string
	}{
		{"simple meeting", "PER @meet w:with PER", "stage", "rel", "meet[0,4) s=[0,1) o=[3,4)"},
		{"coordinated objects", "PER @meet PER COMMA PER COMMA CONJ CTRY LOC,CITY", "stage", "rel", "meet[0,8) s=[0,1) o=[2,8)"},
		{"object list and place", "PER @meet w:with PER CONJ ORG w:in LOC", "stage", "rel", "meet[0,8) s=[0,1) o=[3,6) p=[7,8)"},
		{"no verb no match", "PER w:with PER", "stage", "rel", ""},
		{"negation blocks", "PER NEG @attend", "stage", "rel", ""},
		{"no negation", "PER w:will @attend", "stage", "rel", "not-neg[0,3) s=[0,1)"},
		{"chunk stage only", "DEM ROLE PER @meet PER", "stage", "chunk", "title[0,3) r=[1,2) b=[0,1) n=[2,3)"},
		{"conjunction of tags", "PER PER,TITLED", "", "", "both[1,2) s=[1,2)"},
		{"phrase", "w:on w:the w:margins", "", "", "phrase[0,3)"},
		{"unknown tags ignored", "PER,ZZZ,YYY @meet,QQQ PER", "stage", "rel", "meet[0,3) s=[0,1) o=[2,3)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := render(g.Match(g.Encode(items(c.items)), c.key, c.val))
			if c.key == "" {
				var ms []Match
				for _, r := range g.Rules {
					if r.Name == "both" || r.Name == "phrase" {
						ms = append(ms, g.Encode(items(c.items)).MatchRule(r)...)
					}
				}
				got = render(ms)
			}
			if got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestArabicLiteralsAreKeys(t *testing.T) {
	// «التقى» is written with alef maqsura in the grammar; the text's key
	// folds it to ya: they must meet.
	g := grammar(t, "rule x\n  PER التقى PER\n")
	if !g.Known("w:التقي") {
		t.Fatalf("the literal was not folded: tags %v", g.Tags())
	}
	if got := render(g.Match(g.Encode(items("PER w:التقي PER")), "", "")); got != "x[0,3)" {
		t.Errorf("got %q", got)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := map[string]string{
		"unbalanced":      "rule a\n  ( PER\n",
		"stray close":     "rule a\n  PER )\n",
		"empty rule":      "rule a\nrule b\n  PER\n",
		"undefined macro": "rule a\n  $nope\n",
		"bad conf":        "rule a conf=2\n  PER\n",
		"bad attribute":   "rule a conf\n  PER\n",
		"line outside":    "  PER\n",
		"duplicate rule":  "rule a\n  PER\nrule a\n  ORG\n",
		"bad repeat":      "rule a\n  PER{1,99}\n",
		"unterminated":    "rule a\n  \"on the\n",
		"stray word":      "hello\n",
		"macro twice":     "define x = PER\ndefine x = ORG\n",
		"empty list":      "rule a\n  list()\n",
		"quantifier only": "rule a\n  *\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			err := New().Parse("bad.pat", []byte(src))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a SyntaxError", err)
			}
			if se.File != "bad.pat" || se.Line < 1 {
				t.Errorf("error does not name file and line: %v", err)
			}
		})
	}
}

// FuzzEngine parses arbitrary grammars and matches arbitrary item
// sequences: no panic, and every match and capture lies inside the
// sentence.
func FuzzEngine(f *testing.F) {
	f.Add("rule a\n  s:list(PER|CTRY) @meet with? o:list(PER)\n", "PER @meet PER COMMA CONJ PER")
	f.Add("define x = A|B\nrule r\n  $x+ !C{0,3} d:(E|F)?\n", "A B C E")
	f.Add("rule q\n  \"on the\" _ A&B&!C\n", "w:on w:the X A,B")
	f.Add("rule e\n  a:A*? b:(B|C)* A?\n", "B A C A A,B B")
	f.Add("rule l\n  x:(A|B&!C)+? D | y:_ E\n", "A B,C B D X E A D")
	f.Fuzz(func(t *testing.T, src, sent string) {
		g := New()
		if err := g.Parse("fuzz.pat", []byte(src)); err != nil {
			return
		}
		its := items(sent)
		if len(its) > 200 {
			return
		}
		e := g.Encode(its)
		for _, r := range g.Rules {
			if got, want := render(e.MatchRule(r)), render(e.matchEncoding(r)); got != want {
				t.Fatalf("rule %s on %q: the engine gives %q, the expression %q", r.Name, sent, got, want)
			}
		}
		for _, m := range g.Match(e, "", "") {
			if m.Start < 0 || m.End > len(its) || m.Start >= m.End {
				t.Fatalf("match %v outside [0,%d)", m.Span, len(its))
			}
			for name, sps := range m.Caps {
				for _, sp := range sps {
					if sp.Start < m.Start || sp.End > m.End || sp.Start >= sp.End {
						t.Fatalf("capture %s %v outside match %v", name, sp, m.Span)
					}
				}
			}
		}
	})
}

func TestCaptureInsideRepetitionRefused(t *testing.T) {
	for _, src := range []string{"rule a\n  (in p:LOC)*\n", "rule a\n  (x:PER COMMA)+\n", "rule a\n  (x:PER){2,3}\n"} {
		if err := New().Parse("r.pat", []byte(src)); err == nil {
			t.Errorf("%q: a capture repeated by a quantifier was accepted", src)
		}
	}
	// a capture around the repetition is fine, and gives every item
	g := grammar(t, "rule a\n  p:(in LOC)+\n")
	if got := render(g.Match(g.Encode(items("w:in LOC w:in LOC")), "", "")); got != "a[0,4) p=[0,4)" {
		t.Errorf("got %q", got)
	}
}

// TestNeed: a rule is not run on a sentence that lacks a tag every match
// of it has, and is run on one that has them all, whatever else differs.
func TestNeed(t *testing.T) {
	const src = `
rule meet stage=rel
  s:(PER|CTRY) @meet o:(PER|CTRY)
rule either stage=rel
  s:PER (ROLE LOC | ROLE DATE)
rule maybe stage=rel
  s:PER LOC?
rule many stage=rel
  s:PER{2,3} DATE
`
	g := grammar(t, src)
	need := map[string]string{}
	for _, r := range g.Rules {
		var tags []string
		for _, c := range r.need {
			tags = append(tags, g.names[c-firstCode])
		}
		need[r.Name] = strings.Join(tags, " ")
	}
	wantNeed := map[string]string{"meet": "@meet", "either": "PER ROLE", "maybe": "PER", "many": "PER DATE"}
	for name, want := range wantNeed {
		t.Run("need/"+name, func(t *testing.T) {
			if need[name] != want {
				t.Errorf("need %q, want %q", need[name], want)
			}
		})
	}
	cases := []struct{ items, want string }{
		{"PER @meet CTRY", "meet[0,3) s=[0,1) o=[2,3); maybe[0,1) s=[0,1)"},
		{"CTRY w:saw CTRY", ""},
		{"PER ROLE DATE", "either[0,3) s=[0,1); maybe[0,1) s=[0,1)"},
		{"CTRY ROLE DATE", ""},
		{"PER PER DATE", "maybe[0,1) s=[0,1); maybe[1,2) s=[1,2); many[0,3) s=[0,2)"},
	}
	for _, c := range cases {
		t.Run(c.items, func(t *testing.T) {
			if got := render(g.Match(g.Encode(items(c.items)), "", "")); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestNeedNeverHides: over random sentences, the rules of the product's
// grammars match exactly where their expressions alone match.
func TestNeedNeverHides(t *testing.T) {
	for _, f := range []string{"../data/en/patterns.pat", "../data/ar/patterns.pat"} {
		t.Run(f, func(t *testing.T) {
			g := productGrammar(t, f)
			rng := rand.New(rand.NewPCG(1, 2))
			filtered, matched := 0, 0
			for n := 0; n < 1000; n++ {
				// a few tags per sentence, so that rules do match
				alpha := make([]string, 1+rng.IntN(6))
				for i := range alpha {
					alpha[i] = g.names[rng.IntN(len(g.names))]
				}
				its := make([][]string, 1+rng.IntN(10))
				for i := range its {
					for k := rng.IntN(3); k >= 0; k-- {
						its[i] = append(its[i], alpha[rng.IntN(len(alpha))])
					}
				}
				e := g.Encode(its)
				for _, r := range g.Rules {
					got := e.MatchRule(r)
					raw := 0
					for _, loc := range r.expr().FindAllStringSubmatchIndex(e.s, -1) {
						if loc[0] != loc[1] {
							raw++
						}
					}
					if !e.holds(r.need) {
						filtered++
					}
					if raw > 0 {
						matched++
					}
					if len(got) != raw {
						t.Fatalf("rule %s on %v: the expression matches %d times, MatchRule %d", r.Name, its, raw, len(got))
					}
				}
			}
			if filtered == 0 || matched == 0 {
				t.Errorf("%d rules left out, %d matched: the test tests nothing", filtered, matched)
			}
			t.Logf("%d rule runs left out, %d matched", filtered, matched)
		})
	}
}

// TestEngineAgreesWithExpressions: over random sentences made of the
// tags each rule tests, the engine over items gives every rule of the
// product's grammars the matches and captures its regular expression
// over the encoding gives.
func TestEngineAgreesWithExpressions(t *testing.T) {
	for _, f := range []string{"../data/en/patterns.pat", "../data/ar/patterns.pat"} {
		t.Run(f, func(t *testing.T) {
			g := productGrammar(t, f)
			rng := rand.New(rand.NewPCG(3, 4))
			matched := 0
			for _, r := range g.Rules {
				if r.prog == nil {
					t.Errorf("rule %s has no program over items: it runs on the slow expression", r.Name)
				}
				// the rule's own tags, and the list glue
				var alpha []string
				for _, c := range r.source() {
					if c >= firstCode && int(c-firstCode) < len(g.names) {
						alpha = append(alpha, g.names[c-firstCode])
					}
				}
				alpha = append(alpha, "COMMA", "CONJ", g.names[rng.IntN(len(g.names))])
				for n := 0; n < 300; n++ {
					its := make([][]string, rng.IntN(16))
					for i := range its {
						for k := rng.IntN(4); k > 0; k-- {
							its[i] = append(its[i], alpha[rng.IntN(len(alpha))])
						}
					}
					e := g.Encode(its)
					got, want := e.MatchRule(r), e.matchEncoding(r)
					if render(got) != render(want) {
						t.Fatalf("rule %s on %v: the engine gives %q, the expression %q", r.Name, its, render(got), render(want))
					}
					if len(got) > 0 {
						matched++
					}
				}
			}
			if matched < len(g.Rules) {
				t.Errorf("only %d sentences matched over %d rules: the test tests little", matched, len(g.Rules))
			}
			t.Logf("%d rules, %d sentences matched", len(g.Rules), matched)
		})
	}
}

// productGrammar parses one of the product's grammar files.
func productGrammar(t *testing.T, file string) *Grammar {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	g := New()
	if err := g.Parse(file, src); err != nil {
		t.Fatal(err)
	}
	return g
}

// BenchmarkRules runs every rule of the English grammar over random
// sentences of its tags: by the engine over items (what MatchRule runs)
// and by the regular expression over the encoding (its definition).
func BenchmarkRules(b *testing.B) {
	src, err := os.ReadFile("../data/en/patterns.pat")
	if err != nil {
		b.Fatal(err)
	}
	g := New()
	if err := g.Parse("en", src); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	var encs []Encoded
	for n := 0; n < 200; n++ {
		its := make([][]string, 5+rng.IntN(30))
		for i := range its {
			for k := rng.IntN(4); k > 0; k-- {
				its[i] = append(its[i], g.names[rng.IntN(len(g.names))])
			}
		}
		encs = append(encs, g.Encode(its))
	}
	for _, v := range []struct {
		name string
		run  func(Encoded, *Rule) []Match
	}{{"items", Encoded.MatchRule}, {"expression", Encoded.matchEncoding}} {
		b.Run(v.name, func(b *testing.B) {
			for b.Loop() {
				for _, e := range encs {
					for _, r := range g.Rules {
						v.run(e, r)
					}
				}
			}
		})
	}
}

// TestMatchingLeavesExpressionsUncompiled: matching the product's rules
// runs their programs over items and never translates or compiles their
// expressions over the encoding, which held about 100 MB of a build's
// live heap and half of every command's start when every rule's was
// made at load.
func TestMatchingLeavesExpressionsUncompiled(t *testing.T) {
	for _, f := range []string{"../data/en/patterns.pat", "../data/ar/patterns.pat"} {
		t.Run(f, func(t *testing.T) {
			g := productGrammar(t, f)
			rng := rand.New(rand.NewPCG(5, 6))
			for n := 0; n < 50; n++ {
				its := make([][]string, 1+rng.IntN(12))
				for i := range its {
					its[i] = []string{g.names[rng.IntN(len(g.names))], g.names[rng.IntN(len(g.names))]}
				}
				e := g.Encode(its)
				for _, r := range g.Rules {
					e.MatchRule(r)
				}
			}
			for _, r := range g.Rules {
				if r.re != nil || r.src != "" {
					t.Errorf("rule %s: matching translated or compiled its expression over the encoding", r.Name)
				}
			}
			// the definition is still there for what needs it
			r := g.Rules[0]
			if r.expr() == nil || r.expr().String() != r.source() {
				t.Errorf("rule %s: its expression does not compile back to its source", r.Name)
			}
		})
	}
}

// TestNeedFromItems: the tags a rule's every match holds, worked out
// from its program over items (at load), are those its expression over
// the encoding tells (required), for every rule of the product's
// grammars; and the capture names agree.
func TestNeedFromItems(t *testing.T) {
	for _, f := range []string{"../data/en/patterns.pat", "../data/ar/patterns.pat"} {
		g := productGrammar(t, f)
		for _, r := range g.Rules {
			tree, err := syntax.Parse(r.source(), syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if want := tagRunes(required(tree.Simplify(), self)); !slices.Equal(r.need, want) {
				t.Errorf("%s: rule %s needs %q from its items, %q from its expression", f, r.Name, r.need, want)
			}
			if want := r.expr().SubexpNames(); !slices.Equal(r.caps, want) {
				t.Errorf("%s: rule %s captures %q in its program, %q in its expression", f, r.Name, r.caps, want)
			}
		}
	}
}
