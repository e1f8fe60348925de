package graph

import (
	"os"
	"path/filepath"
	"strings"
)

// tempMark follows the name of the file a temporary file of CreateTemp
// stands for: ".NAME.tmp-kg" and random digits.
const tempMark = ".tmp-kg"

// CreateTemp creates in dir a temporary file for the file name
// (".NAME.tmp-kg…", hidden, beside it so that a rename puts it in
// place) and holds an advisory lock on it until it is closed, so that
// RemoveStaleTemps can tell it from one that a killed process left.
func CreateTemp(dir, name string) (*os.File, error) {
	f, err := os.CreateTemp(dir, "."+name+tempMark+"*")
	if err != nil {
		return nil, err
	}
	if _, err := lockFile(f, false); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// RemoveStaleTemps removes from dir the temporary files of CreateTemp
// that no open file holds: those of processes killed while writing
// (a process that is still writing holds its files' locks). With name
// it removes only those of the file name, else any. Where there are no
// advisory locks it removes none: it cannot tell.
func RemoveStaleTemps(dir, name string) {
	if !advisoryLocks {
		return
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range es {
		n := e.Name()
		if !e.Type().IsRegular() || !isTempOf(n, name) {
			continue
		}
		p := filepath.Join(dir, n)
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		if free, err := lockFile(f, false); err == nil && free {
			os.Remove(p)
		}
		f.Close()
	}
}

// isTempOf reports whether n is a name CreateTemp gives to a temporary
// file for name ("" for any name).
func isTempOf(n, name string) bool {
	if !strings.HasPrefix(n, ".") {
		return false
	}
	i := strings.LastIndex(n, tempMark)
	if i < 2 || strings.Trim(n[i+len(tempMark):], "0123456789") != "" {
		return false
	}
	return name == "" || n[1:i] == name
}
