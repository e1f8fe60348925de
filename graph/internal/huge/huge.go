// Package huge allocates large slices in transparent huge pages where
// the system has them: a slice of hundreds of megabytes filled once (a
// graph decoded from its snapshot) then takes one page fault per 2 MiB
// instead of one per 4 KiB, and on a virtual machine, where a page fault
// costs 10 to 20 µs, 100,000 faults are one to two CPU seconds.
package huge

import "unsafe"

// Make returns a slice of n zero Ts, as make([]T, n) does; when it is
// large, the whole huge pages inside it are asked for as huge pages
// (only advice: where the kernel has none to give, or they are turned
// off, nothing changes). The slice must not have been touched before,
// so Make is the place to allocate it.
func Make[T any](n int) []T {
	s := make([]T, n)
	if size := uintptr(n) * unsafe.Sizeof(*new(T)); size >= 2*pageSize {
		advise(unsafe.Pointer(unsafe.SliceData(s)), size)
	}
	return s
}

// pageSize is the size of a transparent huge page on the machines kg
// runs on (x86-64 and arm64 with 4 KiB base pages).
const pageSize = 2 << 20

// inside returns the offset and length of the whole huge pages inside
// the n bytes at p (length 0 when there are none).
func inside(p, n uintptr) (off, length uintptr) {
	start := (p + pageSize - 1) &^ (pageSize - 1)
	end := (p + n) &^ (pageSize - 1)
	if end <= start {
		return 0, 0
	}
	return start - p, end - start
}
