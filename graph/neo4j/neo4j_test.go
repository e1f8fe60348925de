package neo4j

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

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
	files, hidden := kgtest.ReadFolder(t, dir)
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
			before, _ := kgtest.ReadFolder(t, dir)
			if _, ok := before[c.file]; !ok {
				t.Fatalf("the old folder has no %s", c.file)
			}
			kgtest.FailStaged(t, c.file, c.at, nil)
			if err := WriteDir(dir, next); !errors.Is(err, kgtest.ErrDisk) {
				t.Fatalf("got %v, want the write error", err)
			}
			kgtest.SameFolder(t, dir, before)
		})
	}
}
