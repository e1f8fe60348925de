package rules

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/extract/rules/pattern"
	"newskg/graph"
	"newskg/graph/kb"
)

// A case file (testdata/LANG/*.txt) holds cases separated by blank
// lines. Each case is a text written for the tests (never copied from an
// evaluation article) and the facts it must and must not give; several
// text lines are variants, each of which must give the facts:
//
//	text: Danish Foreign Minister Lars Holm met Anna Berg in Oslo.
//	pub: 2025-03-04
//	want: holdsPosition(Lars Holm|Denmark|foreign minister)
//	want: heldIn(E1|Oslo)
//	not: meetsWith(Denmark|Anna Berg)
//	tag: Person:Anna Berg
//
// A tag line makes a fake tagger propose the text with the type wherever
// it occurs, so that a case can give the patterns the mentions (and the
// mistakes) of a statistical tagger.
// Entities are written by their knowledge-base name where they have one,
// else as in the text; events as E1, E2 ... in the order of their first
// mention; delegations by name ("Danish delegation").
type textCase struct {
	file      string
	line      int
	texts     []string
	pub       string
	tags      []string // "Type:text": what a tagger would propose
	want, not []string
}

func readCases(t *testing.T, lang string) []textCase {
	t.Helper()
	return readCaseDir(t, filepath.Join("testdata", lang))
}

// readCaseDir reads the case files (*.txt) of one folder.
func readCaseDir(t *testing.T, dir string) []textCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files in %s: %v", dir, err)
	}
	var out []textCase
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		var cur *textCase
		n := 0
		flush := func() {
			if cur != nil && len(cur.texts) == 0 {
				// a want or not with no text would test nothing
				t.Fatalf("%s:%d: a case with no text", f, cur.line)
			}
			if cur != nil {
				out = append(out, *cur)
			}
			cur = nil
		}
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				flush()
				continue
			}
			if strings.HasPrefix(line, "#") {
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				t.Fatalf("%s:%d: want key: value", f, n)
			}
			if cur == nil {
				cur = &textCase{file: f, line: n}
			}
			v = strings.TrimSpace(v)
			switch k {
			case "text":
				// "\n" writes a line break: paragraphs in one case line
				cur.texts = append(cur.texts, strings.ReplaceAll(v, `\n`, "\n"))
			case "pub":
				cur.pub = v
			case "tag":
				cur.tags = append(cur.tags, v)
			case "want":
				cur.want = append(cur.want, v)
			case "not":
				cur.not = append(cur.not, v)
			default:
				t.Fatalf("%s:%d: unknown key %q", f, n, k)
			}
		}
		flush()
		fh.Close()
	}
	return out
}

// fakeTagger proposes every occurrence of its texts with their types, as
// a statistical tagger would (mistakes included): cases test the patterns
// on given mentions, not the tagger.
type fakeTagger []string

func (fakeTagger) Name() string { return "ner" }

func (f fakeTagger) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	var res extract.Result
	for _, tg := range f {
		typ, text, _ := strings.Cut(tg, ":")
		for off := 0; ; {
			i := strings.Index(d.Text[off:], text)
			if i < 0 {
				break
			}
			res.Mentions = append(res.Mentions, d.Mention(off+i, off+i+len(text), graph.EntityType(typ), "ner", 0.8))
			off += i + len(text)
		}
	}
	return res, nil
}

// extractFacts runs the whole extraction chain on one text and renders
// its relations.
func extractFacts(t *testing.T, text, pub string, tags []string, fired func(*pattern.Rule)) []string {
	t.Helper()
	var tagger extract.Extractor
	if len(tags) > 0 {
		tagger = fakeTagger(tags)
	}
	return extractFactsWith(t, text, pub, tagger, fired)
}

// extractFactsWith is extractFacts with a given tagger (nil: none).
func extractFactsWith(t *testing.T, text, pub string, tagger extract.Extractor, fired func(*pattern.Rule)) []string {
	t.Helper()
	return extractFactsKB(t, kb.Starter(), text, pub, tagger, fired)
}

// extractFactsKB is extractFactsWith over knowledge base k.
func extractFactsKB(t *testing.T, k *kb.KB, text, pub string, tagger extract.Extractor, fired func(*pattern.Rule)) []string {
	t.Helper()
	rel := NewRelations(k)
	rel.Fired = fired
	arts := []extract.Article{{ID: "t.txt", Text: text, Published: pub}}
	c, err := extract.Driver{Passes: Passes(k, tagger, rel)}.Run(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	out := c.Output()
	// a panic the pipeline recovered from (it drops the extractor's
	// whole article) fails the case
	for _, p := range out.Problems {
		t.Errorf("%v", p)
	}
	events := map[string]string{}
	var order []string
	all := append([]graph.Mention(nil), out.Mentions...)
	for _, r := range out.Relations {
		all = append(all, r.Subject, r.Object)
	}
	for _, m := range all {
		if m.Type == graph.Event {
			if _, ok := events[m.Key]; !ok {
				order = append(order, m.Key)
				events[m.Key] = ""
			}
		}
	}
	// number events by their first mention in the text
	first := map[string]int{}
	for _, m := range all {
		if m.Type == graph.Event {
			if s, ok := first[m.Key]; !ok || m.Start < s {
				first[m.Key] = m.Start
			}
		}
	}
	sort.Slice(order, func(i, j int) bool { return first[order[i]] < first[order[j]] })
	for i, k := range order {
		events[k] = fmt.Sprintf("E%d", i+1)
	}
	name := func(m graph.Mention) string {
		if m.Type == graph.Event {
			return events[m.Key]
		}
		if m.Name != "" {
			return m.Name
		}
		return m.Text
	}
	var rels []string
	for _, r := range out.Relations {
		s := fmt.Sprintf("%s(%s|%s", r.Predicate, name(r.Subject), name(r.Object))
		if r.Role != "" {
			s += "|" + r.Role
		}
		rels = append(rels, s+")")
		if !strings.Contains(text, r.Evidence.Text) {
			t.Errorf("evidence %q is not in the text", r.Evidence.Text)
		}
	}
	sort.Strings(rels)
	return rels
}

// TestCases runs every case of testdata/en and testdata/ar.
func TestCases(t *testing.T) {
	for _, lang := range lexLangs {
		t.Run(lang, func(t *testing.T) {
			for _, c := range readCases(t, lang) {
				c := c
				t.Run(fmt.Sprintf("%s:%d", filepath.Base(c.file), c.line), func(t *testing.T) {
					for _, text := range c.texts {
						got := extractFacts(t, text, c.pub, c.tags, nil)
						for _, w := range c.want {
							if !has(got, w) {
								t.Errorf("%s:%d: missing %s\n  text: %s\n  got: %q", c.file, c.line, w, text, got)
							}
						}
						for _, w := range c.not {
							if has(got, w) {
								t.Errorf("%s:%d: unexpected %s\n  text: %s", c.file, c.line, w, text)
							}
						}
					}
				})
			}
		})
	}
}

// TestEveryPatternFires fails for a pattern that no case of its
// language fires: every pattern has a sentence that shows what it does.
func TestEveryPatternFires(t *testing.T) {
	g, _ := grammars()
	for _, lang := range lexLangs {
		fired := map[string]bool{}
		for _, c := range readCases(t, lang) {
			for _, text := range c.texts {
				extractFacts(t, text, c.pub, c.tags, func(r *pattern.Rule) { fired[r.Source()] = true })
			}
		}
		for _, r := range g[lang].Rules {
			if !fired[r.Source()] {
				t.Errorf("%s (rule %s) fires on no case in testdata/%s", r.Source(), r.Name, lang)
			}
		}
	}
}

// runStages extracts from articles with the product's passes (no
// tagger) and rel as the relation extractor.
func runStages(ctx context.Context, k *kb.KB, rel *Relations, arts []extract.Article) (extract.Output, error) {
	c, err := extract.Driver{Passes: Passes(k, nil, rel)}.Run(ctx, arts)
	if err != nil {
		return extract.Output{}, err
	}
	return c.Output(), nil
}
