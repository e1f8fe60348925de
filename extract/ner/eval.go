package ner

import (
	"fmt"
	"io"
)

// Counts are exact-span match counts for one entity type.
type Counts struct {
	TP, FP, FN int
}

// P is the precision.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report holds exact-span evaluation counts per entity type.
type Report struct {
	Types     map[string]Counts
	Sentences int
	Tokens    int
}

func (r *Report) add(gold, pred []string) {
	if r.Types == nil {
		r.Types = map[string]Counts{}
	}
	r.Sentences++
	r.Tokens += len(gold)
	type key struct {
		s, e int
		t    string
	}
	g := map[key]bool{}
	for _, sp := range spansOf(gold) {
		g[key{sp.Start, sp.End, sp.Type}] = true
	}
	for _, sp := range spansOf(pred) {
		c := r.Types[sp.Type]
		k := key{sp.Start, sp.End, sp.Type}
		if g[k] {
			c.TP++
			delete(g, k)
		} else {
			c.FP++
		}
		r.Types[sp.Type] = c
	}
	for k := range g {
		c := r.Types[k.t]
		c.FN++
		r.Types[k.t] = c
	}
}

// Overall sums the counts of PER, LOC and ORG (MISC is left out).
func (r Report) Overall() Counts {
	var o Counts
	for _, t := range []string{"PER", "LOC", "ORG"} {
		c := r.Types[t]
		o.TP += c.TP
		o.FP += c.FP
		o.FN += c.FN
	}
	return o
}

// Evaluate tags the gold sentences' tokens with m, as documents (see
// TagDoc), and scores exact spans.
func Evaluate(m *Model, gold []Sentence) Report {
	var r Report
	r.Types = map[string]Counts{}
	for i, tags := range m.tagSentences(gold) {
		r.add(gold[i].Tags, tags)
	}
	return r
}

// Write prints precision, recall and F1 per type, MISC apart, and ends with
// the line "overall P=0.xxx R=0.xxx F1=0.xxx" over PER, LOC and ORG.
func (r Report) Write(w io.Writer) {
	fmt.Fprintf(w, "sentences=%d tokens=%d\n", r.Sentences, r.Tokens)
	for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
		c := r.Types[t]
		fmt.Fprintf(w, "%-7s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)\n", t, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	o := r.Overall()
	fmt.Fprintf(w, "overall P=%.3f R=%.3f F1=%.3f\n", o.P(), o.R(), o.F1())
}
