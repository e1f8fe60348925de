package huge

import "testing"

func TestInside(t *testing.T) {
	const M = pageSize
	for _, c := range []struct{ p, n, off, length uintptr }{
		{0, 3 * M, 0, 3 * M},
		{M / 2, 3 * M, M / 2, 2 * M},
		{M / 2, M, 0, 0},        // no whole page inside
		{M + 8, 2*M - 16, 0, 0}, // ends before the next boundary's page
		{M - 8, M + 16, 8, M},   // one page, from the boundary after p
		{5 * M, M - 1, 0, 0},    // less than a page
		{7, 4*M + 100, M - 7, 3 * M},
	} {
		off, length := inside(c.p, c.n)
		if off != c.off || length != c.length {
			t.Errorf("inside(%#x, %#x) = %#x, %#x; want %#x, %#x", c.p, c.n, off, length, c.off, c.length)
		}
		if length > 0 && ((c.p+off)%pageSize != 0 || c.p+off+length > c.p+c.n) {
			t.Errorf("inside(%#x, %#x): not whole pages inside", c.p, c.n)
		}
	}
}

// TestMake checks that Make gives zeroed slices of the length asked for,
// large or small.
func TestMake(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 3 << 20} {
		s := Make[struct{ a, b int64 }](n)
		if len(s) != n {
			t.Fatalf("len %d, want %d", len(s), n)
		}
		for i := range s {
			if s[i].a != 0 || s[i].b != 0 {
				t.Fatalf("Make[%d][%d] not zero", n, i)
			}
		}
	}
}
