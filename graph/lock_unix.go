//go:build unix

package graph

import (
	"errors"
	"os"
	"syscall"
)

// advisoryLocks: lockFile locks.
const advisoryLocks = true

// lockFile takes an exclusive advisory lock on f (a file or a folder),
// held until f is closed. Without block it reports false at once when
// another open file holds the lock.
func lockFile(f *os.File, block bool) (bool, error) {
	how := syscall.LOCK_EX
	if !block {
		how |= syscall.LOCK_NB
	}
	for {
		err := syscall.Flock(int(f.Fd()), how)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		}
		return false, err
	}
}
