package resolve

import (
	"strings"
	"testing"

	"newskg/graph/textnorm"
)

// TestGlossaryData checks the glossary file: every row a concept and at
// least one word, and no word (by its key) under two concepts, which the
// map would settle silently by the row order.
func TestGlossaryData(t *testing.T) {
	seen := map[string]string{}
	rows := 0
	for n, line := range strings.Split(glossaryTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "" {
			t.Errorf("data/glossary.tsv:%d: want a concept and its words: %q", n+1, line)
			continue
		}
		for _, w := range f[1:] {
			k := textnorm.Key(w)
			if k == "" {
				t.Errorf("data/glossary.tsv:%d: empty word", n+1)
			}
			if c, ok := seen[k]; ok && c != f[0] {
				t.Errorf("data/glossary.tsv:%d: %q is under %q and %q", n+1, w, c, f[0])
			}
			seen[k] = f[0]
		}
	}
	if rows < 50 || len(glossary) != len(seen) {
		t.Errorf("%d rows, %d words read, %d in the glossary", rows, len(seen), len(glossary))
	}
	// both languages meet on a concept
	for _, pair := range [][2]string{{"crossing", "معبر"}, {"ministry", "وزارة"}, {"forces", "القوات"}} {
		if glossary[textnorm.Key(pair[0])] != glossary[textnorm.Key(pair[1])] || glossary[textnorm.Key(pair[0])] == "" {
			t.Errorf("%s and %s are not one concept", pair[0], pair[1])
		}
	}
}
