package huge

import (
	"syscall"
	"unsafe"
)

// advise asks for huge pages for the whole huge pages inside the n
// bytes at p.
func advise(p unsafe.Pointer, n uintptr) {
	off, length := inside(uintptr(p), n)
	if length == 0 {
		return
	}
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, off)), length), syscall.MADV_HUGEPAGE)
}
