package neo4j

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

// readDir returns the files of dir by name, and the names of any hidden
// (temporary) files left in it.
func readDir(t *testing.T, dir string) (files map[string][]byte, hidden []string) {
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

// TestWriteDirAsTheWriters checks that the folder, written in one pass
// with every file side by side, holds what the writers of single files
// write: load.cypher as WriteCypher, import.sh as WriteImportScript, the
// files Files names; and that every CSV file reads back with its header
// and a row per entity of its type, fact of its predicate or mention.
func TestWriteDirAsTheWriters(t *testing.T) {
	g := kgtest.Generate(3000, 12000, 5)
	g.Entities[7].Aliases = []graph.Alias{{Text: "it's \"x\", \\ y", Lang: "en", Count: 2}}
	dir := t.TempDir()
	if err := WriteDir(dir, g); err != nil {
		t.Fatal(err)
	}
	files, hidden := readDir(t, dir)
	if len(hidden) > 0 {
		t.Errorf("left behind: %v", hidden)
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	want := Files(g)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("files %v, want %v", names, want)
	}
	var cy, script bytes.Buffer
	if err := WriteCypher(&cy, g); err != nil {
		t.Fatal(err)
	}
	if err := WriteImportScript(&script, g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(files["load.cypher"], cy.Bytes()) {
		t.Errorf("load.cypher (%d bytes) is not WriteCypher's (%d bytes)", len(files["load.cypher"]), cy.Len())
	}
	if !bytes.Equal(files["import.sh"], script.Bytes()) {
		t.Error("import.sh is not WriteImportScript's")
	}
	rows := map[string]int{"documents.csv": len(g.Docs)}
	known := map[string]bool{}
	for _, d := range g.Docs {
		known[d.ID] = true
	}
	for _, e := range g.Entities {
		rows["entities_"+string(e.Type)+".csv"]++
		for _, d := range e.Docs {
			if known[d] {
				rows["rels_MENTIONED_IN.csv"]++
			}
		}
	}
	for _, f := range g.LiveFacts() {
		rows["rels_"+string(f.Predicate)+".csv"]++
	}
	for name, b := range files {
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(recs) != rows[name]+1 {
			t.Errorf("%s: %d rows, want a header and %d", name, len(recs), rows[name])
		}
	}
}

// failingTemp makes createTemp's files for name fail after n bytes.
func failingTemp(t *testing.T, name string, n int) {
	t.Helper()
	old := createTemp
	t.Cleanup(func() { createTemp = old })
	createTemp = func(dir, pattern string) (tempFile, error) {
		f, err := old(dir, pattern)
		if err != nil || !strings.HasPrefix(pattern, "."+name+".") {
			return f, err
		}
		return &failFile{f, &kgtest.FailWriter{N: n}}, nil
	}
}

type failFile struct {
	tempFile
	fail *kgtest.FailWriter
}

func (f *failFile) Write(p []byte) (int, error) {
	n, err := f.fail.Write(p)
	f.tempFile.Write(p[:n])
	return n, err
}

// TestWriteDirFailureKeepsFolder checks that a write that fails in any
// of the folder's files, at its start or part way, returns the error and
// leaves the folder as the last good write left it: every file as it
// was, none half written, no temporary file behind.
func TestWriteDirFailureKeepsFolder(t *testing.T) {
	old, next := kgtest.Generate(2000, 8000, 3), kgtest.Generate(2500, 9000, 4)
	for _, c := range []struct {
		file string
		at   int
	}{
		{"documents.csv", 0},
		{"entities_Person.csv", 100},
		{"rels_MENTIONED_IN.csv", 5000},
		{"load.cypher", 0},
		{"load.cypher", 300 << 10},
		{"import.sh", 10},
	} {
		t.Run(fmt.Sprintf("%s@%d", c.file, c.at), func(t *testing.T) {
			dir := t.TempDir()
			if err := WriteDir(dir, old); err != nil {
				t.Fatal(err)
			}
			before, _ := readDir(t, dir)
			if _, ok := before[c.file]; !ok {
				t.Fatalf("the old folder has no %s", c.file)
			}
			failingTemp(t, c.file, c.at)
			if err := WriteDir(dir, next); !errors.Is(err, kgtest.ErrDisk) {
				t.Fatalf("got %v, want the write error", err)
			}
			after, hidden := readDir(t, dir)
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
		})
	}
}
