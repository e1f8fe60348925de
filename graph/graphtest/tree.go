package graphtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"newskg/graph"
)

// Tree returns every file under dir with its content, and every folder
// under it as "name/", by slash-separated path relative to dir: what a
// test compares to show that a folder did or did not change.
func Tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == "." {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		out[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// RenameDoc renames the document old to new everywhere in g: its
// record, the entities' and aliases' sources and the evidence.
func RenameDoc(g *graph.KG, old, new string) {
	ren := func(d *string) {
		if *d == old {
			*d = new
		}
	}
	for i := range g.Docs {
		ren(&g.Docs[i].ID)
	}
	for _, e := range g.Entities {
		for i := range e.Docs {
			ren(&e.Docs[i])
		}
		for i := range e.Aliases {
			for j := range e.Aliases[i].Docs {
				ren(&e.Aliases[i].Docs[j])
			}
		}
	}
	for _, f := range g.Facts {
		for i := range f.Evidence {
			ren(&f.Evidence[i].Doc)
		}
	}
	g.Normalize()
}
