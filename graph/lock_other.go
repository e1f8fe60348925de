//go:build !unix

package graph

import "os"

// lockFile does nothing where there are no advisory locks: concurrent
// builds into one folder must be avoided there (see OutputSet).
func lockFile(f *os.File, block bool) (bool, error) { return true, nil }

// advisoryLocks: lockFile does not lock.
const advisoryLocks = false
