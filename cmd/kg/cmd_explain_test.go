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
	"newskg/graph/resolve"
)

func explainGraph(t *testing.T) string {
	t.Helper()
	ms := []graph.Mention{
		{Doc: "a.txt", Text: "Tomas Berchov", Type: graph.Person, Start: 0, End: 13, Lang: "en"},
		{Doc: "a.txt", Text: "Berkev", Type: graph.Person, Start: 30, End: 36, Lang: "en"},
		{Doc: "b.txt", Text: "توماس بيركوف", Type: graph.Person, Start: 0, End: 23, Lang: "ar"},
		{Doc: "b.txt", Text: "كييف", Type: graph.City, Start: 40, End: 48, Lang: "ar"},
		{Doc: "c.txt", Text: "Tomas Berman", Type: graph.Person, Start: 0, End: 12, Lang: "en"},
	}
	g, _, err := resolve.Resolve([]graph.DocInfo{{ID: "a.txt"}, {ID: "b.txt"}}, ms, nil, resolve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := jsonld.Write(&b, g); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "graph.jsonld")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExplain(t *testing.T) {
	p := explainGraph(t)
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"latin-form", []string{"-graph", p, "Berkev"}, []string{"person-tomas-berkev", "forms (Latin):", "forms (Arabic):", "توماس بيركوف", "b.txt", "rule=", "score="}},
		{"arabic-form", []string{"-graph", p, "توماس", "بيركوف"}, []string{"person-tomas-berkev", "Berkev"}},
		{"fuzzy", []string{"-graph", p, "Berkof"}, []string{"closest by name", "person-tomas-berkev"}},
		{"unseen spelling", []string{"-graph", p, "Berkoff"}, []string{"closest by name", "person-tomas-berkev"}},
		{"unseen Arabic spelling", []string{"-graph", p, "بيركوووف"}, []string{"person-tomas-berkev"}},
		{"why not merged", []string{"-graph", p, "Tomas Berman"}, []string{"not merged with: person-tomas-berkev", "rule=fuzzy", "kept apart: surnames"}},
		{"kb-city", []string{"-graph", p, "Kyiv"}, []string{"city-kyiv", "sameAs", "wikidata"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if err := runExplain(context.Background(), c.args, nil, &out, &errb); err != nil {
				t.Fatalf("%v\n%s", err, errb.String())
			}
			for _, w := range c.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
	var out, errb bytes.Buffer
	if err := runExplain(context.Background(), []string{"-graph", p}, nil, &out, &errb); !errors.Is(err, errUsage) {
		t.Errorf("no NAME: %v", err)
	}
	if err := runExplain(context.Background(), []string{"-graph", p, "Nobody Atall"}, nil, &out, &errb); err == nil || errors.Is(err, errUsage) {
		t.Errorf("unknown name: %v", err)
	}
}
