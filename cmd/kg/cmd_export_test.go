package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/jsonld"
)

func saved(t *testing.T) string {
	// The exporters' fixture, as saved by their golden test.
	b, err := os.ReadFile(filepath.Join("..", "..", "graph", "export", "testdata", "fixture.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.jsonld")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportUsage(t *testing.T) {
	in := saved(t)
	for name, args := range map[string][]string{
		"no input":      {"-f", "dot"},
		"bad format":    {"-f", "png", in},
		"folder stdout": {"-f", "csv", in},
		"bad type":      {"-f", "dot", "-types", "Alien", in},
		"bad predicate": {"-f", "dot", "-predicates", "likes", in},
		"bad flag":      {"-x", in},
		"bad hops":      {"-f", "dot", "-hops", "0", in},
	} {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := runExport(context.Background(), args, nil, &out, &errb); !errors.Is(err, errUsage) {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
}

func TestExportFormats(t *testing.T) {
	in := saved(t)
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-f", "jsonld", in}, `"@graph"`},
		{[]string{"-f", "dot", "-o", "-", in}, "digraph"},
		{[]string{"-f", "graphml", in}, "<graphml"},
		{[]string{"-f", "turtle", in}, "@prefix"},
		{[]string{"-f", "neo4j", in}, "MERGE"},
	} {
		var out, errb bytes.Buffer
		if err := runExport(context.Background(), c.args, nil, &out, &errb); err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, errb.String())
		}
		if !strings.Contains(out.String(), c.want) {
			t.Errorf("%v: output lacks %q", c.args, c.want)
		}
	}
	// Files and folders with -o; standard input with "-".
	src, _ := os.ReadFile(in)
	var out, errb bytes.Buffer
	if err := runExport(context.Background(), []string{"-f", "gexf", "-o", filepath.Join(dir, "g.gexf"), "-"}, bytes.NewReader(src), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if err := runExport(context.Background(), []string{"-f", "csv", "-o", filepath.Join(dir, "tables"), in}, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"g.gexf", "tables/nodes.csv", "tables/edges.csv"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Error(err)
		}
	}
}

func TestExportFilter(t *testing.T) {
	in := saved(t)
	count := func(args ...string) (nodes, edges int) {
		var out, errb bytes.Buffer
		if err := runExport(context.Background(), append(append([]string{"-f", "dot"}, args...), in), nil, &out, &errb); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		for _, l := range strings.Split(out.String(), "\n") {
			if strings.Contains(l, " -> ") {
				edges++
			} else if strings.Contains(l, "shape=") {
				nodes++
			}
		}
		return nodes, edges
	}
	if n, e := count(); n != 9 || e != 10 {
		t.Errorf("unfiltered: %d nodes %d edges", n, e)
	}
	if n, e := count("-types", "Person,Country"); n != 4 || e != 3 {
		t.Errorf("-types: %d nodes %d edges, want 4, 3", n, e)
	}
	if _, e := count("-predicates", "holdsPosition"); e != 2 {
		t.Errorf("-predicates: %d edges, want 2", e)
	}
	if _, e := count("-min-confidence", "0.9"); e != 3 {
		t.Errorf("-min-confidence: %d edges, want 3", e)
	}
	if n, _ := count("-focus", "Doha", "-hops", "1"); n != 3 {
		t.Errorf("-focus Doha: %d nodes, want 3", n)
	}
	if n, _ := count("-focus", "روسيا", "-hops", "2"); n != 5 {
		t.Errorf("-focus روسيا -hops 2: %d nodes, want 5", n)
	}
	var out, errb bytes.Buffer
	if err := runExport(context.Background(), []string{"-f", "dot", "-focus", "Nobody", in}, nil, &out, &errb); err == nil {
		t.Error("-focus on an unknown entity: want an error")
	}
}

// TestExportSnapshot checks that the committed out/ holds the snapshot of
// its graph.jsonld, that kg export of out/graph.jsonld gives in every
// format the bytes it gives without the snapshot, and that a JSON-LD
// edited after the build is read as edited, with a line that says the
// snapshot was ignored.
func TestExportSnapshot(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "out", "graph.jsonld"))
	if err != nil {
		t.Fatal(err)
	}
	snap, err := os.ReadFile(filepath.Join("..", "..", "out", "graph.snapshot"))
	if err != nil {
		t.Fatal(err)
	}
	with, without := filepath.Join(dir, "with", "graph.jsonld"), filepath.Join(dir, "without", "graph.jsonld")
	for _, p := range []string{with, without} {
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "with", "graph.snapshot"), snap, 0o644)
	export := func(args ...string) (string, string) {
		t.Helper()
		var out, errb bytes.Buffer
		if err := runExport(context.Background(), args, nil, &out, &errb); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errb.String())
		}
		return out.String(), errb.String()
	}
	for _, f := range []string{"jsonld", "dot", "graphml", "gexf", "nquads", "turtle", "cypher"} {
		a, msg := export("-f", f, with)
		b, _ := export("-f", f, without)
		if a != b {
			t.Errorf("%s: the snapshot gives another output", f)
		}
		if msg != "" {
			t.Errorf("%s: %s", f, msg)
		}
		if f == "jsonld" && a != string(src) {
			t.Errorf("jsonld: not the saved graph")
		}
	}
	// -o FILE.jsonld writes FILE.snapshot too: the input's own, copied,
	// when the output is the input's bytes; encoded for a filtered graph.
	for _, c := range []struct {
		name string
		args []string
		same bool
	}{{"copy", nil, true}, {"filtered", []string{"-types", "Person"}, false}} {
		dst := filepath.Join(dir, c.name, "graph.jsonld")
		export(append(append([]string{"-f", "jsonld", "-o", dst}, c.args...), with)...)
		got, err := os.ReadFile(filepath.Join(dir, c.name, "graph.snapshot"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if bytes.Equal(got, snap) != c.same {
			t.Errorf("%s: snapshot same as the input's: %v, want %v", c.name, !c.same, c.same)
		}
		js, _ := os.ReadFile(dst)
		want, _ := jsonld.SnapshotOf(mustRead(t, js), mustSum(t, js))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: not the snapshot of the JSON-LD written", c.name)
		}
	}
	// An edit after the build: the snapshot no longer records the file.
	edited := strings.Replace(string(src), `"name": "`, `"name": "Zz `, 1)
	os.WriteFile(with, []byte(edited), 0o644)
	got, msg := export("-f", "jsonld", with)
	if !strings.Contains(got, `"name": "Zz `) || !strings.Contains(msg, "read the JSON-LD") {
		t.Errorf("edited JSON-LD: edit kept %v, message %q", strings.Contains(got, `"name": "Zz `), msg)
	}
}

func mustRead(t *testing.T, js []byte) *graph.KG {
	t.Helper()
	g, err := jsonld.Read(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func mustSum(t *testing.T, js []byte) jsonld.Sum {
	t.Helper()
	sum, err := jsonld.SumOf(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return sum
}
