//go:build !unix

package jsonld

import "os"

// mapFile returns the first n bytes of f, read into memory.
func mapFile(f *os.File, n int64) ([]byte, func(), error) { return readFull(f, n) }
