package graph_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/graphtest"
)

func put(t *testing.T, files map[string]string, dir string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// writeSet opens a set on dir and writes files (paths relative to the set).
func writeSet(t *testing.T, dir string, files map[string]string) *graph.OutputSet {
	t.Helper()
	s, err := graph.NewOutputSet(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		top, rest, _ := strings.Cut(name, "/")
		p, err := s.Path(top)
		if err != nil {
			t.Fatal(err)
		}
		if rest != "" {
			p = filepath.Join(p, filepath.FromSlash(rest))
		}
		if err := graph.WriteFileAtomic(p, []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestOutputSetCommit(t *testing.T) {
	dir := t.TempDir()
	first := map[string]string{"graph.jsonld": "old ld", "graph.svg": "old svg", "graph-csv/nodes.csv": "old nodes", "graph-csv/extra.csv": "old extra"}
	if _, err := writeSet(t, dir, first).Commit(); err != nil {
		t.Fatal(err)
	}
	put(t, map[string]string{"notes.txt": "mine", ".graph.jsonld.tmp123": "left by a killed run"}, dir)
	second := map[string]string{"graph.jsonld": "new ld", "graph-csv/nodes.csv": "new nodes", "diagrams/a.svg": "a"}
	paths, err := writeSet(t, dir, second).Commit()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"graph.jsonld": "new ld", "graph-csv/": "", "graph-csv/nodes.csv": "new nodes", "diagrams/": "", "diagrams/a.svg": "a",
		"notes.txt":        "mine", // never written by a set: kept
		graph.ManifestName: "diagrams\ngraph-csv\ngraph.jsonld\n",
	}
	if got := graphtest.Tree(t, dir); !reflect.DeepEqual(got, want) {
		t.Errorf("after the second commit:\n got %v\nwant %v", got, want)
	}
	wantPaths := []string{filepath.Join(dir, "diagrams"), filepath.Join(dir, "graph-csv"), filepath.Join(dir, "graph.jsonld")}
	if !reflect.DeepEqual(paths, wantPaths) {
		t.Errorf("Commit returned %v, want %v", paths, wantPaths)
	}
}

func TestOutputSetDiscard(t *testing.T) {
	dir := t.TempDir()
	if _, err := writeSet(t, dir, map[string]string{"graph.jsonld": "old", "graph.dot": "old dot"}).Commit(); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Tree(t, dir)
	s := writeSet(t, dir, map[string]string{"graph.jsonld": "partial"})
	s.Discard()
	if got := graphtest.Tree(t, dir); !reflect.DeepEqual(got, before) {
		t.Errorf("a discarded set changed the folder:\n got %v\nwant %v", got, before)
	}
	if _, err := s.Commit(); err == nil {
		t.Error("Commit after Discard succeeded")
	}
}

func TestOutputSetBadNames(t *testing.T) {
	s, err := graph.NewOutputSet(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Discard()
	for _, n := range []string{"", ".", "..", ".hidden", graph.ManifestName, "a/b", `a\b`, "../x"} {
		if _, err := s.Path(n); err == nil {
			t.Errorf("Path(%q) accepted", n)
		}
	}
}

// TestOutputSetRecovers plays a process killed at each point: before the
// commit (its staging folder is removed, the old set stays) and in the
// middle of it (the next set finishes it).
func TestOutputSetRecovers(t *testing.T) {
	t.Run("killed before commit", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := writeSet(t, dir, map[string]string{"graph.jsonld": "old"}).Commit(); err != nil {
			t.Fatal(err)
		}
		before := graphtest.Tree(t, dir)
		put(t, map[string]string{".kg-staging-123/graph.jsonld": "half", ".kg-staging-123/.graph.svg.tmp9": "x"}, dir)
		s, err := graph.NewOutputSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.Discard()
		if got := graphtest.Tree(t, dir); !reflect.DeepEqual(got, before) {
			t.Errorf("got %v\nwant %v", got, before)
		}
	})
	t.Run("killed during commit", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := writeSet(t, dir, map[string]string{"graph.jsonld": "old", "graph.svg": "old svg", "graph-csv/a.csv": "old a"}).Commit(); err != nil {
			t.Fatal(err)
		}
		// The journal is written and graph-csv moved aside, then the
		// process dies.
		stage := ".kg-staging-77"
		put(t, map[string]string{
			stage + "/graph.jsonld": "new", stage + "/graph-csv/b.csv": "new b", stage + "/" + graph.ManifestName: "graph-csv\ngraph.jsonld\n",
			".kg-commit": stage + "\ngraph.svg\n../escape\n",
		}, dir)
		if err := os.MkdirAll(filepath.Join(dir, stage, ".trash"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(dir, "graph-csv"), filepath.Join(dir, stage, ".trash", "graph-csv")); err != nil {
			t.Fatal(err)
		}
		escape := filepath.Join(filepath.Dir(dir), "escape")
		put(t, map[string]string{"escape": "outside"}, filepath.Dir(dir))
		defer os.Remove(escape)
		s, err := graph.NewOutputSet(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.Discard()
		want := map[string]string{"graph.jsonld": "new", "graph-csv/": "", "graph-csv/b.csv": "new b", graph.ManifestName: "graph-csv\ngraph.jsonld\n"}
		if got := graphtest.Tree(t, dir); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v\nwant %v", got, want)
		}
		if _, err := os.Stat(escape); err != nil {
			t.Errorf("a journal line removed a file outside the folder: %v", err)
		}
	})
}

// TestOutputSetConcurrent commits sets from several goroutines into one
// folder: each commit is whole, and nothing is left behind.
func TestOutputSetConcurrent(t *testing.T) {
	dir := t.TempDir()
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			s, err := graph.NewOutputSet(dir)
			if err == nil {
				v := strings.Repeat("x", i+1)
				for _, n := range []string{"a", "b"} {
					p, _ := s.Path(n)
					if err = graph.WriteFileAtomic(p, []byte(v)); err != nil {
						break
					}
				}
				if err == nil {
					_, err = s.Commit()
				}
			}
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	got := graphtest.Tree(t, dir)
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	if !reflect.DeepEqual(names, []string{graph.ManifestName, "a", "b"}) || got["a"] != got["b"] {
		t.Errorf("folder after concurrent commits: %v", got)
	}
}
