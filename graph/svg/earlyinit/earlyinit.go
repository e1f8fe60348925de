// Package earlyinit keeps go-graphviz's compiled WebAssembly out of the
// shared temporary folder.
//
// go-graphviz compiles Graphviz's WebAssembly in a package initialiser
// and caches the machine code in os.TempDir()/go-graphviz. On a machine
// with a shared /tmp any local user can create that folder first: then
// every program that links go-graphviz panics at start-up (it cannot
// read the other user's cache), or, worse, loads machine code that
// user planted there.
//
// This package's initialiser runs before go-graphviz's and points
// TMPDIR at a folder of the user's own cache folder (os.UserCacheDir,
// then newskg), after checking that it and everything in it belong to
// this user and that no one else may write to them. When the check
// fails it points TMPDIR where no cache can be made, and go-graphviz
// compiles in memory (about half a second more at start-up). Restore
// puts TMPDIR back as it was; graph/svg calls it from its own
// initialiser, which runs after go-graphviz's.
//
// Why it runs first: since Go 1.21 the specification initialises the
// packages of a program in order of import path, each as soon as the
// packages it imports are initialised. This package imports only the
// standard library, and its path, "earlyinit", sorts before
// "github.com/goccy/go-graphviz/...", so it is initialised before
// go-graphviz. A package of the newskg module could not do this (its
// path sorts after "github.com"), which is why this is a module of its
// own, replaced by its folder in newskg's go.mod.
package earlyinit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// Sub is the folder under the user's cache folder that TMPDIR points at
// while go-graphviz initialises; go-graphviz adds "go-graphviz".
const Sub = "newskg"

var (
	oldTMPDIR string
	hadTMPDIR bool
	cacheDir  string // the checked cache folder; "" when compiling in memory
	reason    string // why there is no cache
	restored  bool
)

func init() {
	if runtime.GOOS == "windows" {
		// os.TempDir reads TMP and TEMP there, a folder of the user's own.
		reason = "the system's temporary folder is the user's own"
		return
	}
	oldTMPDIR, hadTMPDIR = os.LookupEnv("TMPDIR")
	dir, err := Prepare()
	if err != nil {
		reason = err.Error()
		// No folder can be made under a file: go-graphviz runs without a cache.
		os.Setenv("TMPDIR", filepath.Join(os.DevNull, "no-cache"))
		return
	}
	cacheDir = filepath.Join(dir, "go-graphviz")
	os.Setenv("TMPDIR", dir)
}

// Restore sets TMPDIR back to what it was before this package's
// initialiser; later calls do nothing.
func Restore() {
	if restored || runtime.GOOS == "windows" {
		return
	}
	restored = true
	if hadTMPDIR {
		os.Setenv("TMPDIR", oldTMPDIR)
	} else {
		os.Unsetenv("TMPDIR")
	}
}

// Cache returns the folder that holds go-graphviz's compiled code, or
// "" and the reason when it is compiled in memory.
func Cache() (dir, why string) { return cacheDir, reason }

// Prepare makes, under the user's cache folder, the folder Sub and
// Sub/go-graphviz, and checks them and what they hold (see Check). It
// returns the folder Sub.
func Prepare() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache folder: %w", err)
	}
	if !filepath.IsAbs(base) {
		return "", fmt.Errorf("cache folder %q is not absolute", base)
	}
	dir := filepath.Join(base, Sub)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	gv := filepath.Join(dir, "go-graphviz")
	if err := os.Mkdir(gv, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
		return "", err
	}
	if err := Check(base, dir, gv); err != nil {
		return "", err
	}
	return dir, nil
}

// Check verifies the cache folders: base, the user's cache folder, may
// belong to root and may be writable by others only with the sticky
// bit; dir, gv, the folders in gv and the files in those must be plain
// folders and files (no links) that belong to this user and that no
// one else may write.
func Check(base, dir, gv string) error {
	fi, err := os.Lstat(base)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", base)
	}
	if !ownedBy(fi, true) || fi.Mode().Perm()&0o022 != 0 && fi.Mode()&os.ModeSticky == 0 {
		return fmt.Errorf("%s may be changed by another user", base)
	}
	if err := private(dir, true); err != nil {
		return err
	}
	if err := private(gv, true); err != nil {
		return err
	}
	versions, err := os.ReadDir(gv)
	if err != nil {
		return err
	}
	for _, v := range versions {
		p := filepath.Join(gv, v.Name())
		if err := private(p, true); err != nil {
			return err
		}
		files, err := os.ReadDir(p)
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := private(filepath.Join(p, f.Name()), false); err != nil {
				return err
			}
		}
	}
	return nil
}

// private checks that path is a folder (or a regular file) of this user
// that no one else may write.
func private(path string, folder bool) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	switch {
	case folder && !fi.IsDir(), !folder && !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a plain %s", path, map[bool]string{true: "folder", false: "file"}[folder])
	case !ownedBy(fi, false):
		return fmt.Errorf("%s belongs to another user", path)
	case fi.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("%s may be written by other users", path)
	}
	return nil
}
