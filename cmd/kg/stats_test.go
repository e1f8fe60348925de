package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// TestBuildStatsAndProfile checks that -stats prints a line per stage and
// a total, that -cpuprofile and -memprofile write their files, and that
// without -stats no table is printed.
func TestBuildStatsAndProfile(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	_, stderr, err := runKG(t, "build", "-o", dir, "-review", "", "-formats", "jsonld,dot", "-stats",
		"-cpuprofile", cpu, "-memprofile", mem, "testdata/articles/en.txt", "testdata/articles/ar.txt")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	stages := []string{"load", "segment", "resolve", "write", "total"}
	for _, p := range buildPasses(t) {
		stages = append(stages, p.Name)
	}
	for _, stage := range stages {
		if !strings.Contains(stderr, "kg: "+stage+" ") {
			t.Errorf("no %q line in:\n%s", stage, stderr)
		}
	}
	if !strings.Contains(stderr, "cpu/wall") || !strings.Contains(stderr, "peak RSS") {
		t.Errorf("no header or peak memory in:\n%s", stderr)
	}
	for _, p := range []string{cpu, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s: %v", p, err)
		}
	}
	_, stderr, err = runKG(t, "build", "-o", dir, "-review", "", "-formats", "jsonld", "testdata/articles/en.txt")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(stderr, "cpu/wall") {
		t.Errorf("a stage table without -stats:\n%s", stderr)
	}
}

// buildPasses returns the passes a build runs (park.go runs some as
// one).
func buildPasses(t *testing.T) []extract.Pass {
	sp, err := resolve.NewSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sp.Close() })
	book := rules.NewNameBook()
	return newReducer(nil, sp, nil, nil).park(rules.PassesWithBook(kb.Starter(), nil, nil, book), book)
}
