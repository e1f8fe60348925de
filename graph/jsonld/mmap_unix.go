//go:build unix

package jsonld

import (
	"os"
	"syscall"
)

// mapFile returns the first n bytes of f mapped read-only, without
// copying them, and the function that undoes the mapping; the caller
// must not undo it while anything points into the bytes. Snapshots are
// written to a new file that replaces the old one (graph.WriteAtomic), so
// the bytes of a file mapped do not change.
func mapFile(f *os.File, n int64) ([]byte, func(), error) {
	if n <= 0 {
		return nil, func() {}, nil
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(n), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return readFull(f, n)
	}
	return b, func() { syscall.Munmap(b) }, nil
}
