package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"newskg/extract"
)

// TestWritesLoadableCorpus checks that both formats write n articles the
// loader reads without a problem, with dates and URLs in JSON Lines.
func TestWritesLoadableCorpus(t *testing.T) {
	for _, format := range []string{"txt", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			if err := run([]string{"-n", "25", "-o", dir, "-format", format, "-seed", "9"}, io.Discard); err != nil {
				t.Fatal(err)
			}
			arts, probs := extract.Loader{}.Load([]string{dir})
			if len(probs) > 0 || len(arts) != 25 {
				t.Fatalf("%d articles, problems %v", len(arts), probs)
			}
			if format == "jsonl" && (arts[0].Published == "" || arts[0].URL == "" || arts[0].Title == "") {
				t.Errorf("article without metadata: %+v", arts[0])
			}
		})
	}
}

func TestBadArguments(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"-n", "-1", "-o", dir},
		{"-format", "xml", "-o", dir},
		{"-o", dir, "extra"},
		{"-nosuchflag"},
	} {
		if err := run(args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("wrote %s after bad arguments", filepath.Join(dir, entries[0].Name()))
	}
}
