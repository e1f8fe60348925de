package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPermute: permute puts xs[perm[k]] at k, as a copy would, for
// permutations with fixed points, one long cycle and many short ones.
func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	for _, n := range []int{0, 1, 2, 7, 100} {
		for trial := range 20 {
			perm := make([]int32, n)
			for i := range perm {
				perm[i] = int32(i)
			}
			if trial > 0 {
				r.Shuffle(n, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			}
			xs := make([]string, n)
			for i := range xs {
				xs[i] = string(rune('a'+i%26)) + string(rune('0'+i/26))
			}
			want := make([]string, n)
			for k, i := range perm {
				want[k] = xs[i]
			}
			permute(perm, xs)
			if !slices.Equal(xs, want) {
				t.Fatalf("n %d, perm %v: got %v, want %v", n, perm, xs, want)
			}
		}
	}
}
