package ner

import (
	"math"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func TestTagSetEncode(t *testing.T) {
	for _, c := range []struct {
		name       string
		bio, bilou string
	}{
		{"one-word names", "B-PER O B-LOC B-LOC", "U-PER O U-LOC U-LOC"},
		{"longer names", "B-ORG I-ORG I-ORG O B-PER I-PER", "B-ORG I-ORG L-ORG O B-PER L-PER"},
		{"a name at the end", "O O B-MISC I-MISC", "O O B-MISC L-MISC"},
		{"two names of one type side by side", "B-PER I-PER B-PER", "B-PER L-PER U-PER"},
		{"no names", "O O", "O O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bio := strings.Fields(c.bio)
			idx := bilouTags.encode(bio)
			got := make([]string, len(idx))
			for i, k := range idx {
				got[i] = bilouTags.names[k]
			}
			if want := strings.Fields(c.bilou); !reflect.DeepEqual(got, want) {
				t.Errorf("BILOU encoding of %v = %v, want %v", bio, got, want)
			}
			if back := bilouTags.decode(idx); !reflect.DeepEqual(back, bio) {
				t.Errorf("decoded back: %v, want %v", back, bio)
			}
			// IOB2 is its own encoding
			if back := bioTags.decode(bioTags.encode(bio)); !reflect.DeepEqual(back, bio) {
				t.Errorf("IOB2 round trip: %v, want %v", back, bio)
			}
		})
	}
}

func TestTagSetAllowed(t *testing.T) {
	for _, c := range []struct {
		ts         *tagSet
		prev, cur  string // "" for the sentence start
		want       bool
		canEnd     bool // for cur
		checkedEnd bool
	}{
		{ts: bilouTags, prev: "", cur: "B-PER", want: true, canEnd: false, checkedEnd: true},
		{ts: bilouTags, prev: "", cur: "U-LOC", want: true, canEnd: true, checkedEnd: true},
		{ts: bilouTags, prev: "", cur: "I-PER", want: false},
		{ts: bilouTags, prev: "", cur: "L-PER", want: false, canEnd: true, checkedEnd: true},
		{ts: bilouTags, prev: "O", cur: "L-ORG", want: false},
		{ts: bilouTags, prev: "B-PER", cur: "O", want: false},
		{ts: bilouTags, prev: "B-PER", cur: "B-LOC", want: false},
		{ts: bilouTags, prev: "B-PER", cur: "L-LOC", want: false},
		{ts: bilouTags, prev: "I-PER", cur: "U-PER", want: false, canEnd: false, checkedEnd: false},
		{ts: bilouTags, prev: "I-ORG", cur: "I-ORG", want: true, canEnd: false, checkedEnd: true},
		{ts: bilouTags, prev: "B-PER", cur: "L-PER", want: true},
		{ts: bilouTags, prev: "L-PER", cur: "B-PER", want: true},
		{ts: bilouTags, prev: "U-PER", cur: "U-PER", want: true},
		{ts: bilouTags, prev: "L-MISC", cur: "O", want: true, canEnd: true, checkedEnd: true},
		{ts: bioTags, prev: "O", cur: "I-PER", want: false},
		{ts: bioTags, prev: "B-LOC", cur: "I-PER", want: false},
		{ts: bioTags, prev: "B-PER", cur: "I-PER", want: true, canEnd: true, checkedEnd: true},
		{ts: bioTags, prev: "", cur: "B-ORG", want: true, canEnd: true, checkedEnd: true},
	} {
		name := c.prev + ">" + c.cur
		if c.ts.bilou {
			name = "bilou " + name
		}
		t.Run(name, func(t *testing.T) {
			p := -1
			if c.prev != "" {
				p = c.ts.index(c.prev)
			}
			k := c.ts.index(c.cur)
			if k == 0 && c.cur != "O" {
				t.Fatalf("no tag %q", c.cur)
			}
			if got := c.ts.allowed(p, k); got != c.want {
				t.Errorf("allowed(%s, %s) = %v, want %v", c.prev, c.cur, got, c.want)
			}
			if c.checkedEnd && c.ts.end[k] != c.canEnd {
				t.Errorf("%s may end a sentence: %v, want %v", c.cur, c.ts.end[k], c.canEnd)
			}
		})
	}
}

// TestViterbiBILOU checks the decoder and the marginals against every path
// of short sentences: the best allowed path wins, no path that leaves a
// name open or starts one with L- or I- comes out, and the marginal of
// each tag is its share of the probability of the allowed paths.
func TestViterbiBILOU(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, ts := range []*tagSet{bioTags, bilouTags} {
		nT := ts.n
		m := &Model{}
		m.setTags(ts)
		for trial := 0; trial < 20; trial++ {
			n := 1 + trial%3
			em := make([]float32, n*nT)
			for i := range em {
				em[i] = float32(rng.NormFloat64() * 2)
			}
			for i := range m.trans {
				m.trans[i] = float32(rng.NormFloat64())
			}
			// every path, by brute force
			var bestPath []int
			best := math.Inf(-1)
			z := 0.0
			tagMass := make([]float64, n*nT)
			path := make([]int, n)
			var walk func(i int, score float64)
			walk = func(i int, score float64) {
				if i == n {
					if !ts.end[path[n-1]] {
						return
					}
					if score > best {
						best, bestPath = score, append([]int(nil), path...)
					}
					p := math.Exp(score)
					z += p
					for k, tg := range path {
						tagMass[k*nT+tg] += p
					}
					return
				}
				for tg := 0; tg < nT; tg++ {
					prev := -1
					if i > 0 {
						prev = path[i-1]
					}
					if !ts.allowed(prev, tg) {
						continue
					}
					path[i] = tg
					walk(i+1, score+float64(m.trans[(prev+1)*nT+tg])+float64(em[i*nT+tg]))
				}
			}
			walk(0, 0)
			got := viterbi(ts, em, n, m.trans, 0, nil, make([]int8, n*nT))
			if !reflect.DeepEqual(got, bestPath) {
				t.Fatalf("%d tags, trial %d: viterbi %v, best path %v", nT, trial, got, bestPath)
			}
			marg := m.marginals(em, n, got, &scratch{})
			for i, tg := range got {
				if want := tagMass[i*nT+tg] / z; math.Abs(marg[i]-want) > 1e-4 {
					t.Errorf("%d tags, trial %d: marginal of %s at %d = %.5f, want %.5f", nT, trial, ts.names[tg], i, marg[i], want)
				}
			}
		}
	}
}
