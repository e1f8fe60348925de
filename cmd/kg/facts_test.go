package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
)

var updateFacts = flag.Bool("update-facts", false, "rewrite testdata/facts/*.txt from the current build")

// TestArticleFacts builds whole article sets — the seeds and the
// development set of ../shared/eval/dev — and compares their facts with
// testdata/facts/SET.txt, naming each fact that appeared or disappeared.
// After a deliberate change to extraction, rerun with -update-facts and
// read the diff of the file (for the seeds) or the test's log (for the
// development set).
//
// The development set's file keeps a digest of each fact, not the fact:
// the repository holds no names of an evaluation article. A fact that
// appeared is named in full (the articles are at hand when the test
// runs); one that disappeared is named by its digest, which the
// previous build's output gives back (factDigest of its lines).
func TestArticleFacts(t *testing.T) {
	sets := []struct {
		name, dir string
		digests   bool
	}{
		{"seeds", "../../seeds", false},
		{"dev", "../../../shared/eval/dev/articles", true},
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			if _, err := os.Stat(s.dir); err != nil {
				if os.Getenv("CI") != "" {
					t.Fatalf("article set %s: %v", s.dir, err)
				}
				t.Skipf("article set %s absent", s.dir)
			}
			g, _, err := buildGraph(context.Background(), buildOptions{}, []string{s.dir}, strings.NewReader(""), io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			got := factLines(g)
			full := map[string]string{} // digest -> fact
			if s.digests {
				for i, l := range got {
					d := factDigest(l)
					full[d] = l
					got[i] = d
				}
				sort.Strings(got)
			}
			path := filepath.Join("testdata", "facts", s.name+".txt")
			if *updateFacts {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/kg -run TestArticleFacts -update-facts)", err)
			}
			want := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
			appeared, disappeared := diffLines(want, got)
			for _, f := range appeared {
				if l, ok := full[f]; ok {
					f = l
				}
				t.Errorf("appeared: %s", f)
			}
			for _, f := range disappeared {
				if s.digests {
					f = "fact with digest " + f
				}
				t.Errorf("disappeared: %s", f)
			}
			if len(appeared)+len(disappeared) > 0 {
				t.Logf("%d facts appeared, %d disappeared; if intended, rerun with -update-facts", len(appeared), len(disappeared))
			}
		})
	}
}

// factLines renders a graph's facts by the names of their entities
// ("holdsPosition | Ana Silva | Portugal | prime minister"), one line
// each, sorted: a form that survives changes of ids.
func factLines(g *graph.KG) []string {
	name := map[string]string{}
	for _, e := range g.Entities {
		name[e.ID] = string(e.Type) + ":" + e.Name
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range g.Facts {
		l := strings.Join([]string{string(f.Predicate), name[f.Subject], name[f.Object], f.Role}, " | ")
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// factDigest is the digest a development-set fact line is kept by: the
// first 16 hex digits of its SHA-256.
func factDigest(line string) string {
	h := sha256.Sum256([]byte(line))
	return hex.EncodeToString(h[:8])
}

// diffLines returns the lines of b not in a, and of a not in b.
func diffLines(a, b []string) (added, removed []string) {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ia, ib := in(a), in(b)
	for _, x := range b {
		if !ia[x] {
			added = append(added, x)
		}
	}
	for _, x := range a {
		if !ib[x] {
			removed = append(removed, x)
		}
	}
	return added, removed
}
