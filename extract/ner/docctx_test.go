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

// FuzzPropagate checks that, whatever the text and the tagger's spans,
// the names made to agree stay inside their sentences, in order, without
// overlapping, of a known type, and keep the tagger's spans.
func FuzzPropagate(f *testing.F) {
	f.Add("قال سمير حداد امس\nثم غادر وسمير حداد المدينة", uint64(0b0110))
	f.Add("Anka Delor said\nin Anka Delor today\nAnka Delor", uint64(0b1011))
	f.Add("a\n\nb c", uint64(1))
	m := &Model{}
	f.Fuzz(func(t *testing.T, text string, bits uint64) {
		var toks [][]string
		var infos [][]tokInfo
		var out [][]Span
		k := 0
		for _, line := range strings.Split(text, "\n") {
			tk := strings.Fields(line)
			toks = append(toks, tk)
			infos = append(infos, m.res.infos(tk, nil, nil, nil))
			// the tagger's spans: runs of words whose bit is set
			var spans []Span
			for i := 0; i < len(tk); i++ {
				if bits>>(k%64)&1 == 1 {
					j := i + 1
					for j < len(tk) && bits>>((k+j-i)%64)&1 == 1 && j-i < 3 {
						j++
					}
					spans = append(spans, Span{Start: i, End: j, Type: typeNames[(k+i)%3], Score: 0.5})
					k += j - i
					i = j - 1
					continue
				}
				k++
			}
			out = append(out, spans)
		}
		before := make([][]Span, len(out))
		for i := range out {
			before[i] = append([]Span(nil), out[i]...)
		}
		m.propagate(toks, infos, out, make([]int, len(toks)))
		for i, spans := range out {
			end := 0
			for _, sp := range spans {
				if sp.Start < end || sp.End <= sp.Start || sp.End > len(toks[i]) {
					t.Fatalf("sentence %d: spans %+v out of order, overlapping or outside %d words", i, spans, len(toks[i]))
				}
				if typeIndex(sp.Type) < 0 || typeIndex(sp.Type) > 2 {
					t.Fatalf("sentence %d: a span of type %q", i, sp.Type)
				}
				end = sp.End
			}
			for _, b := range before[i] {
				kept := false
				for _, sp := range spans {
					kept = kept || sp.Start == b.Start && sp.End == b.End
				}
				if !kept {
					t.Fatalf("sentence %d: the tagger's span %+v is gone: %+v", i, b, spans)
				}
			}
		}
	})
}
