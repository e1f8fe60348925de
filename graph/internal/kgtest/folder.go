package kgtest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/graph/internal/ew"
)

// FailStaged makes the writes to the file name of a folder format (its
// ew.Stage's temporary file) fail once n bytes are written, until the
// test ends: with ErrDisk, or, when cancel is not nil, by calling cancel
// (the stage's context ends, so the next write fails with its error).
func FailStaged(t testing.TB, name string, n int, cancel func()) {
	t.Helper()
	old := ew.CreateTemp
	t.Cleanup(func() { ew.CreateTemp = old })
	ew.CreateTemp = func(dir, file string) (ew.TempFile, error) {
		f, err := old(dir, file)
		if err != nil || file != name {
			return f, err
		}
		if cancel != nil {
			return &cancelFile{f, n, cancel}, nil
		}
		return &failFile{f, &FailWriter{N: n}}, nil
	}
}

type failFile struct {
	ew.TempFile
	fail *FailWriter
}

func (f *failFile) Write(p []byte) (int, error) {
	n, err := f.fail.Write(p)
	f.TempFile.Write(p[:n])
	return n, err
}

// cancelFile calls cancel once n bytes have been written to it.
type cancelFile struct {
	ew.TempFile
	n      int
	cancel func()
}

func (f *cancelFile) Write(p []byte) (int, error) {
	n, err := f.TempFile.Write(p)
	if f.n -= n; f.n <= 0 {
		f.cancel()
	}
	return n, err
}

// ReadFolder returns the files of dir by name, and the names of any
// hidden (temporary) files left in it.
func ReadFolder(t testing.TB, dir string) (files map[string][]byte, hidden []string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			hidden = append(hidden, e.Name())
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files, hidden
}

// SameFolder checks that dir holds the files before (ReadFolder) byte
// for byte, no other file, and no temporary file.
func SameFolder(t testing.TB, dir string, before map[string][]byte) {
	t.Helper()
	after, hidden := ReadFolder(t, dir)
	if len(hidden) > 0 {
		t.Errorf("left behind: %v", hidden)
	}
	if len(after) != len(before) {
		t.Errorf("%d files after, %d before", len(after), len(before))
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed", name)
		}
	}
}
