package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/graph"
)

func runKG(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"frobnicate"}, 2},
		{[]string{"version"}, 0},
		{[]string{"help"}, 0},
		{[]string{"help", "build"}, 0},
		{[]string{"build", "-h"}, 0},
		{[]string{"build"}, 2},
		{[]string{"build", "-nosuchflag", "x"}, 2},
		{[]string{"build", "-o", "", "/no/such/dir"}, 1},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, _, err := runKG(t, c.args...)
			if got := exitCode(err, &bytes.Buffer{}); got != c.code {
				t.Errorf("exit %d (err %v), want %d", got, err, c.code)
			}
		})
	}
	_, _, err := runKG(t, "build", "-h")
	if !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v", err)
	}
}

// TestBuildSkipsBadFiles builds a folder with one unreadable article: the
// others are processed, the bad one is named with its reason.
func TestBuildSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	_, stderr, err := runKG(t, "build", "-o", dir, "-review", "", "testdata/articles")
	if err != nil {
		t.Fatalf("build: %v\n%s", err, stderr)
	}
	for _, want := range []string{"latin1.txt", "not valid UTF-8", "read 2 articles, skipped 1"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "graph.jsonld")); err != nil {
		t.Error(err)
	}
}

func TestBuildNoReadableArticle(t *testing.T) {
	_, stderr, err := runKG(t, "build", "-o", t.TempDir(), "testdata/articles/latin1.txt")
	if err == nil || exitCode(err, &bytes.Buffer{}) != 1 {
		t.Fatalf("err = %v, want a failure", err)
	}
	if !strings.Contains(stderr, "latin1.txt") {
		t.Errorf("the bad file is not named: %s", stderr)
	}
}

// TestBuildDeterministic builds twice and compares the outputs byte for byte.
func TestBuildDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if _, stderr, err := runKG(t, "build", "-o", d, "-review", "", "-workers", "3", "testdata/articles/en.txt", "testdata/articles/ar.txt"); err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
	}
	for _, name := range outputs(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if !strings.HasSuffix(name, ".svg") && !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// outputs lists the files under dir, folders included, as paths
// relative to dir.
func outputs(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || path == dir {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") && e.Name() != graph.ManifestName {
			t.Errorf("temporary file left: %s", path)
		}
		if !e.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestCommittedOutputsFresh rebuilds the seeds and fails if the committed
// out/ files are stale. Run `go run ./cmd/kg build seeds` to refresh them.
func TestCommittedOutputsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilds the seeds")
	}
	dir := t.TempDir()
	if _, stderr, err := runKG(t, "build", "-o", dir, "../../seeds"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, name := range outputs(t, dir) {
		got, _ := os.ReadFile(filepath.Join(dir, name))
		want, err := os.ReadFile(filepath.Join("../../out", name))
		if err != nil {
			t.Errorf("out/%s missing: run go run ./cmd/kg build seeds", name)
			continue
		}
		if strings.HasSuffix(name, ".svg") { // Graphviz's SVG is checked by structure, not bytes
			if len(want) == 0 {
				t.Errorf("out/%s is empty", name)
			}
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("out/%s is stale: run go run ./cmd/kg build seeds", name)
		}
	}
}
