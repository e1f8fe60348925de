//go:build unix

package earlyinit

import (
	"os"
	"syscall"
)

// ownedBy reports whether fi belongs to this process's user, or to
// root where orRoot is set.
func ownedBy(fi os.FileInfo, orRoot bool) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	return int(st.Uid) == os.Geteuid() || orRoot && st.Uid == 0
}
