package ner

import (
	"reflect"
	"strings"
	"testing"
)

// TestPropagate checks which untagged repeats of a name found in a
// document get its tag, and which must not.
func TestPropagate(t *testing.T) {
	m := &Model{}
	m.res.lex = map[string]string{normalize("شتاء"): "D"}
	m.res.hasDict = true
	type sent struct {
		text  string
		doc   int
		spans []Span // the tagger's
	}
	for _, c := range []struct {
		name  string
		sents []sent
		want  [][]Span // per sentence, after spreading (Score ignored)
	}{
		{
			name: "a repeat with a conjunction on it",
			sents: []sent{
				{text: "قال سمير حداد امس", spans: []Span{{Start: 1, End: 3, Type: "PER"}}},
				{text: "ثم غادر وسمير حداد المدينة"},
			},
			want: [][]Span{{{Start: 1, End: 3, Type: "PER"}}, {{Start: 2, End: 4, Type: "PER"}}},
		},
		{
			name: "a lone word is not spread",
			sents: []sent{
				{text: "زار Varnholt مدينة Varnholt", spans: []Span{{Start: 1, End: 2, Type: "LOC"}}},
			},
			want: [][]Span{{{Start: 1, End: 2, Type: "LOC"}}},
		},
		{
			name: "a name takes the type it has most often",
			sents: []sent{
				{text: "Zorvan said", spans: []Span{{Start: 0, End: 1, Type: "PER"}}},
				{text: "in Zorvan today", spans: []Span{{Start: 1, End: 2, Type: "LOC"}}},
				{text: "and Zorvan added", spans: []Span{{Start: 1, End: 2, Type: "PER"}}},
			},
			want: [][]Span{{{Start: 0, End: 1, Type: "PER"}}, {{Start: 1, End: 2, Type: "PER"}}, {{Start: 1, End: 2, Type: "PER"}}},
		},
		{
			name: "a dictionary word tagged once is not spread",
			sents: []sent{
				{text: "جاء شتاء بارد", spans: []Span{{Start: 1, End: 2, Type: "LOC"}}},
				{text: "كان شتاء طويلا"},
			},
			want: [][]Span{{{Start: 1, End: 2, Type: "LOC"}}, nil},
		},
		{
			name: "a name of two types as often is neither retyped nor spread",
			sents: []sent{
				{text: "Anka Delor said", spans: []Span{{Start: 0, End: 2, Type: "PER"}}},
				{text: "in Anka Delor today", spans: []Span{{Start: 1, End: 3, Type: "LOC"}}},
				{text: "Anka Delor again"},
			},
			want: [][]Span{{{Start: 0, End: 2, Type: "PER"}}, {{Start: 1, End: 3, Type: "LOC"}}, nil},
		},
		{
			name: "words inside another name stay as they are",
			sents: []sent{
				{text: "Kelda Moran spoke", spans: []Span{{Start: 0, End: 2, Type: "PER"}}},
				{text: "the Kelda Moran Trust", spans: []Span{{Start: 1, End: 4, Type: "ORG"}}},
			},
			want: [][]Span{{{Start: 0, End: 2, Type: "PER"}}, {{Start: 1, End: 4, Type: "ORG"}}},
		},
		{
			name: "another document is another context",
			sents: []sent{
				{text: "Ostrava Fennick spoke", spans: []Span{{Start: 0, End: 2, Type: "PER"}}},
				{text: "Ostrava Fennick left", doc: 1},
			},
			want: [][]Span{{{Start: 0, End: 2, Type: "PER"}}, nil},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			var toks [][]string
			var infos [][]tokInfo
			var docs []int
			out := make([][]Span, len(c.sents))
			for i, s := range c.sents {
				tk := strings.Fields(s.text)
				toks = append(toks, tk)
				infos = append(infos, m.res.infos(tk, nil, nil, nil))
				docs = append(docs, s.doc)
				out[i] = append([]Span(nil), s.spans...)
			}
			m.propagate(toks, infos, out, docs)
			for i := range out {
				for k := range out[i] {
					out[i][k].Score = 0
				}
			}
			if !reflect.DeepEqual(out, c.want) {
				t.Errorf("spans %+v, want %+v", out, c.want)
			}
		})
	}
	// a name further away than the context reaches is not spread
	toks := [][]string{{"Ilsa", "Varga", "spoke"}}
	for i := 0; i < docWindow; i++ {
		toks = append(toks, []string{"nothing", "here"})
	}
	toks = append(toks, []string{"Ilsa", "Varga", "left"})
	infos := make([][]tokInfo, len(toks))
	for i := range toks {
		infos[i] = m.res.infos(toks[i], nil, nil, nil)
	}
	out := make([][]Span, len(toks))
	out[0] = []Span{{Start: 0, End: 2, Type: "PER", Score: 0.9}}
	m.propagate(toks, infos, out, make([]int, len(toks)))
	if last := out[len(out)-1]; last != nil {
		t.Errorf("a repeat %d sentences away: %+v, want no span", docWindow+1, last)
	}
}
