package rules

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/extract/ner"
	"newskg/graph"
	"newskg/graph/kb"
)

// TestDebugItems prints the items, chunks and facts of KG_DEBUG_TEXT:
//
//	KG_DEBUG_TEXT='...' go test ./extract/rules -run TestDebugItems -v
func TestDebugItems(t *testing.T) {
	text := os.Getenv("KG_DEBUG_TEXT")
	if text == "" {
		t.Skip("set KG_DEBUG_TEXT")
	}
	k := kb.Starter()
	rel := NewRelations(k)
	var tagger extract.Extractor
	if os.Getenv("KG_DEBUG_NER") != "" {
		tagger = ner.Shipped(k)
	}
	if tags := os.Getenv("KG_DEBUG_TAGS"); tags != "" {
		tagger = fakeTagger(strings.Split(tags, ";"))
	}
	passes := Passes(k, tagger, rel)
	passes = passes[:3] // mentions, name book, book names
	c, err := extract.Driver{Passes: passes}.Run(context.Background(), []extract.Article{{ID: "t.txt", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Docs[0]
	for _, m := range d.Mentions {
		fmt.Printf("mention %s %q name=%q kb=%s by %s\n", m.Type, m.Text, m.Name, m.KBID, m.Extractor)
	}
	st := &docState{x: rel, d: d, lx: rel.lx, delegs: map[string]graph.Mention{}, seen: map[string]bool{}, byRole: map[string]graph.Mention{}, byBareRole: map[string]graph.Mention{}, viaTitle: map[string]string{}}
	for si, s := range d.Sentences {
		// (as Extract reads a sentence: its tokens kept for the readers
		// of the chunks and the lists)
		st.toks, st.toksOf = tokenize(d.Text, s.Start, s.End), si
		its := rel.items(d, s, st.toks)
		its = st.corefer(its)
		g := rel.grammar(s.Lang)
		var parts []string
		for _, it := range its {
			parts = append(parts, fmt.Sprintf("[%s %s]", it.text, strings.Join(it.tags, ",")))
		}
		fmt.Println("items:", strings.Join(parts, " "))
		its = st.chunks(si, g, "phrase", its)
		its = st.chunks(si, g, "chunk", its)
		st.possessors(si, its)
		parts = nil
		for _, it := range its {
			if it.k == kChunk {
				parts = append(parts, fmt.Sprintf("{%s %s by %s}", it.text, strings.Join(it.tags, ","), it.ch.rule.Name))
			} else {
				parts = append(parts, fmt.Sprintf("[%s]", it.text))
			}
		}
		fmt.Println("chunks:", strings.Join(parts, " "))
		enc := g.Encode(tagLists(its))
		for _, m := range g.Match(enc, "stage", "relation") {
			fmt.Printf("match %s %v caps %v\n", m.Rule.Name, m.Span, m.Caps)
		}
		st.attendeeList(si, its)
		st.relations(si, g, its)
		st.remember(si, its)
	}
	st.toks = nil
	st.finish()
	for _, r := range st.res.Relations {
		fmt.Printf("fact %s(%s|%s|%s) by %s\n", r.Predicate, r.Subject.Text, r.Object.Text, r.Role, r.Evidence.Rule)
	}
}
