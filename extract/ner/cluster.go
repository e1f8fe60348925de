package ner

import (
	"math"
	"sort"
)

// Word clusters. Words that occur in the same contexts get the same class,
// learned from unlabelled text by the exchange algorithm (Kneser and Ney
// 1993; Martin, Liermann and Ney 1998): each word is moved, in turn, to the
// class that most increases the likelihood of a class bigram model of the
// text, until no move helps. A name never seen labelled then shares a class
// with names that were.
//
// The objective of a clustering is
//
//	sum over class pairs (a,b) of f(N(a,b)) - sum over classes c of f(L(c)) + f(R(c))
//
// with f(x) = x log x, N(a,b) the number of bigrams of a word of class a
// followed by one of class b, L(c) and R(c) the bigrams with class c on the
// left and on the right.

// clusterWord is one word of the clustering vocabulary with its bigram
// neighbours (vocabulary indices; 0 is a sentence boundary or a rare word,
// kept in class 0, which never moves).
type clusterWord struct {
	left, right []nbr // N(v,w) and N(w,v), v != w
	self        int32 // N(w,w)
	nL, nR      int32 // bigrams with w on the left, on the right
}

type nbr struct{ v, n int32 }

func nbrs(m map[int32]int32) []nbr {
	out := make([]nbr, 0, len(m))
	for v, n := range m {
		out = append(out, nbr{v, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].v < out[j].v })
	return out
}

// Clusters learns k classes of the words of sents (already normalised)
// that occur at least minCount times, in at most iters passes of the
// exchange algorithm, and returns each such word's class in [1,k). Rarer
// words and sentence boundaries share class 0. The result depends only on
// the input.
func Clusters(sents [][]string, k, minCount, iters int) map[string]uint16 {
	count := map[string]int{}
	total := 0
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
		total += len(s) + 1
	}
	var vocab []string
	for w, c := range count {
		if c >= minCount {
			vocab = append(vocab, w)
		}
	}
	// most frequent first, ties by the word
	sort.Slice(vocab, func(i, j int) bool {
		ci, cj := count[vocab[i]], count[vocab[j]]
		if ci != cj {
			return ci > cj
		}
		return vocab[i] < vocab[j]
	})
	idx := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		idx[w] = int32(i + 1)
	}
	nW := len(vocab) + 1
	words := make([]clusterWord, nW)
	left := make([]map[int32]int32, nW)
	right := make([]map[int32]int32, nW)
	for i := range left {
		left[i], right[i] = map[int32]int32{}, map[int32]int32{}
	}
	for _, s := range sents {
		prev := int32(0)
		for j := 0; j <= len(s); j++ {
			cur := int32(0)
			if j < len(s) {
				cur = idx[s[j]]
			}
			if prev == cur {
				words[cur].self++
			} else {
				right[prev][cur]++
				left[cur][prev]++
			}
			words[prev].nL++
			words[cur].nR++
			prev = cur
		}
	}
	for i := range words {
		words[i].left, words[i].right = nbrs(left[i]), nbrs(right[i])
	}
	left, right = nil, nil
	if k < 2 {
		k = 2
	}
	// f(n) = n log n for every count a cell can reach
	f := make([]float64, total+1)
	for n := 2; n <= total; n++ {
		f[n] = float64(n) * math.Log(float64(n))
	}
	class := make([]int32, nW)
	for i := 1; i < nW; i++ {
		class[i] = int32(1 + (i-1)%(k-1))
	}
	N := make([]int32, k*k)
	L := make([]int32, k)
	R := make([]int32, k)
	for w := range words {
		cw := class[w]
		N[int(cw)*k+int(cw)] += words[w].self
		for _, nb := range words[w].right {
			N[int(cw)*k+int(class[nb.v])] += nb.n
		}
		L[cw] += words[w].nL
		R[cw] += words[w].nR
	}
	lc := make([]int32, k) // bigrams (v,w) by the class of v
	rc := make([]int32, k) // bigrams (w,v) by the class of v
	var lcs, rcs []int     // the classes with non-zero lc, rc
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 1; w < nW; w++ {
			cw := &words[w]
			a := int(class[w])
			for _, c := range lcs {
				lc[c] = 0
			}
			for _, c := range rcs {
				rc[c] = 0
			}
			lcs, rcs = lcs[:0], rcs[:0]
			for _, nb := range cw.left {
				c := int(class[nb.v])
				if lc[c] == 0 {
					lcs = append(lcs, c)
				}
				lc[c] += nb.n
			}
			for _, nb := range cw.right {
				c := int(class[nb.v])
				if rc[c] == 0 {
					rcs = append(rcs, c)
				}
				rc[c] += nb.n
			}
			move := func(b int, sign int32) {
				for _, c := range rcs {
					N[b*k+c] += sign * rc[c]
				}
				for _, c := range lcs {
					N[c*k+b] += sign * lc[c]
				}
				N[b*k+b] += sign * cw.self
				L[b] += sign * cw.nL
				R[b] += sign * cw.nR
			}
			move(a, -1) // take w out of its class
			// the gain of putting w into b, over the cells that change
			gain := func(b int) float64 {
				g := 0.0
				bb := cw.self
				row := N[b*k : b*k+k]
				for _, c := range rcs {
					if c == b {
						bb += rc[c]
						continue
					}
					x := row[c]
					g += f[x+rc[c]] - f[x]
				}
				for _, c := range lcs {
					if c == b {
						bb += lc[c]
						continue
					}
					x := N[c*k+b]
					g += f[x+lc[c]] - f[x]
				}
				x := N[b*k+b]
				g += f[x+bb] - f[x]
				g -= f[L[b]+cw.nL] - f[L[b]] + f[R[b]+cw.nR] - f[R[b]]
				return g
			}
			best, bestG := a, gain(a)
			for b := 1; b < k; b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bestG+1e-9 {
					best, bestG = b, g
				}
			}
			move(best, 1)
			if best != a {
				class[w] = int32(best)
				moved++
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, len(vocab))
	for i, w := range vocab {
		out[w] = uint16(class[i+1])
	}
	return out
}
