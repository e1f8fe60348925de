package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"newskg/extract/ner"
	"newskg/graph/kb"
)

// TestCaseDir measures the extractor on a folder of cases kept outside
// the repository (a red-team or probe set, in the format of testdata):
//
//	KG_CASE_DIR=/path/to/cases go test ./extract/rules -run TestCaseDir -v
//
// KG_CASE_NER=1 runs the statistical tagger as kg build does (a case's
// tag lines are then ignored); KG_CASE_GOT=1 prints every case's facts.
// The folder holds en/ and ar/ subfolders of *.txt case files. It never
// fails: it prints each missing want and each present not, then the
// counts per language (found / wanted, wrong).
func TestCaseDir(t *testing.T) {
	dir := os.Getenv("KG_CASE_DIR")
	if dir == "" {
		t.Skip("set KG_CASE_DIR")
	}
	useNER := os.Getenv("KG_CASE_NER") != ""
	tagger := ner.Shipped(kb.Starter())
	for _, lang := range lexLangs {
		sub := filepath.Join(dir, lang)
		if _, err := os.Stat(sub); err != nil {
			continue
		}
		found, wanted, wrong := 0, 0, 0
		for _, c := range readCaseDir(t, sub) {
			for _, text := range c.texts {
				var got []string
				if useNER {
					got = extractFactsWith(t, text, c.pub, tagger, nil)
				} else {
					got = extractFacts(t, text, c.pub, c.tags, nil)
				}
				for _, w := range c.want {
					wanted++
					if has(got, w) {
						found++
					} else {
						fmt.Printf("MISS %s:%d %s\n", filepath.Base(c.file), c.line, w)
					}
				}
				for _, w := range c.not {
					if has(got, w) {
						wrong++
						fmt.Printf("WRONG %s:%d %s\n", filepath.Base(c.file), c.line, w)
					}
				}
				if os.Getenv("KG_CASE_GOT") != "" {
					fmt.Printf("GOT %s:%d %q\n", filepath.Base(c.file), c.line, got)
				}
			}
		}
		fmt.Printf("== %s: found %d / %d, wrong %d\n", lang, found, wanted, wrong)
	}
}
