package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

// folderFormats are the formats that write a folder.
func folderFormats(t *testing.T) []Format {
	var fs []Format
	for _, f := range Formats() {
		if f.Dir {
			fs = append(fs, f)
		}
	}
	if len(fs) < 2 {
		t.Fatalf("%d folder formats, want csv and neo4j at least", len(fs))
	}
	return fs
}

// TestFolderFailureKeepsFolder checks, for every folder format and each
// of its files, that a write failing at the file's start or part way,
// or the context ending there, returns the error and leaves the folder
// as the last good write left it: every file as it was, none half
// written, no temporary file behind.
func TestFolderFailureKeepsFolder(t *testing.T) {
	old, next := kgtest.Generate(1500, 6000, 3), kgtest.Generate(2000, 7000, 4)
	for _, f := range folderFormats(t) {
		dir := t.TempDir()
		if err := WriteFile(f, old, dir); err != nil {
			t.Fatal(err)
		}
		before, _ := kgtest.ReadFolder(t, dir)
		names := make([]string, 0, len(before))
		for n := range before {
			names = append(names, n)
		}
		slices.Sort(names)
		for _, name := range names {
			for _, at := range []int{0, len(before[name]) / 2} {
				for _, cancel := range []bool{false, true} {
					t.Run(fmt.Sprintf("%s/%s@%d/cancel=%v", f.Name, name, at, cancel), func(t *testing.T) {
						ctx, stop := context.WithCancel(context.Background())
						defer stop()
						want := kgtest.ErrDisk
						if cancel {
							want = context.Canceled
							kgtest.FailStaged(t, name, at, stop)
						} else {
							kgtest.FailStaged(t, name, at, nil)
						}
						err := WriteFileContext(ctx, f, next, dir)
						if !errors.Is(err, want) {
							t.Fatalf("got %v, want %v", err, want)
						}
						kgtest.SameFolder(t, dir, before)
					})
				}
			}
		}
	}
}

// TestFolderCancelled checks that every format asked to write with a
// context already done writes nothing: a file format leaves its file as
// it was, a folder format makes no folder.
func TestFolderCancelled(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	stop()
	g := kgtest.Generate(300, 900, 1)
	for _, f := range graphFormats() {
		t.Run(f.Name, func(t *testing.T) {
			dir := t.TempDir()
			path := Path(dir, f)
			if !f.Dir {
				if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := kgtest.ReadFolder(t, dir)
			if err := WriteFileContext(ctx, f, g, path); !errors.Is(err, context.Canceled) {
				t.Fatalf("got %v, want context.Canceled", err)
			}
			kgtest.SameFolder(t, dir, before) // a folder format's folder not even made
		})
	}
}

// TestStaleTempsRemoved checks that the temporary files a killed export
// left (no process holds them) are removed by the next write of the
// folder or file, and that those of a write still going on are not.
func TestStaleTempsRemoved(t *testing.T) {
	g := kgtest.Generate(300, 900, 1)
	for _, f := range graphFormats() {
		t.Run(f.Name, func(t *testing.T) {
			dir := t.TempDir()
			path := Path(dir, f)
			in, name := dir, filepath.Base(path) // where the temporary files go
			if f.Dir {
				in, name = path, "nodes.csv"
				if err := os.MkdirAll(in, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			killed := filepath.Join(in, "."+name+".tmp-kg123456")
			if err := os.WriteFile(killed, []byte("half"), 0o644); err != nil {
				t.Fatal(err)
			}
			live, err := graph.CreateTemp(in, name) // another export, still writing
			if err != nil {
				t.Fatal(err)
			}
			defer live.Close()
			mine := filepath.Join(in, ".notes.tmp-kgdraft") // not a name CreateTemp gives
			if err := os.WriteFile(mine, []byte("mine"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := WriteFile(f, g, path); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(killed); err == nil {
				t.Errorf("the killed run's %s is still there", filepath.Base(killed))
			}
			for _, p := range []string{live.Name(), mine} {
				if _, err := os.Stat(p); err != nil {
					t.Errorf("%s removed: %v", filepath.Base(p), err)
				}
			}
		})
	}
}
