package ner

import (
	"math/rand/v2"
	"testing"
)

// TestFlatRows checks that flatRows finds what table finds, row for row,
// and nothing that table does not hold: keys 0 and 1 (stored alike),
// keys absent, and enough keys that probes run past full slots.
func TestFlatRows(t *testing.T) {
	for _, c := range []struct {
		name  string
		n     int
		width int
	}{
		{"empty", 0, 3},
		{"one", 1, 9},
		{"many", 5000, 9},
		{"joint width", 3000, 18},
	} {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(c.n)))
			tab := newTable(c.n)
			var w []float32
			var keys []uint64
			for i := 0; i < c.n; i++ {
				k := rng.Uint64()
				if i == 0 {
					k = 0 // stored as 1
				}
				tab.put(k, int32(i))
				keys = append(keys, k)
				for j := 0; j < c.width; j++ {
					w = append(w, float32(i*c.width+j)+0.5)
				}
			}
			f := flatOf(&tab, w, c.width)
			probes := append([]uint64{0, 1, 2}, keys...)
			for i := 0; i < 2*c.n+10; i++ {
				probes = append(probes, rng.Uint64()) // almost surely absent
			}
			offs := make([]int32, len(probes))
			ents := make([]uint32, len(probes))
			f.findAll(probes, offs, ents)
			found := 0
			for j, k := range probes {
				r := tab.get(k)
				o := f.find(k)
				if int(offs[j]) != o {
					t.Fatalf("key %#x: findAll %d, find %d", k, offs[j], o)
				}
				if (r < 0) != (o < 0) {
					t.Fatalf("key %#x: table row %d, flat offset %d", k, r, o)
				}
				if r < 0 {
					continue
				}
				found++
				for q := 0; q < c.width; q++ {
					if got, want := f.data[o+q], w[int(r)*c.width+q]; got != want {
						t.Fatalf("key %#x weight %d: %v, want %v", k, q, got, want)
					}
				}
			}
			if c.n > 0 && found < c.n+1 {
				t.Errorf("found %d of the %d stored keys (and key 1)", found, c.n)
			}
		})
	}
}
