package resolve

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/reviewtest"
)

// TestReviewSuite runs every kind of decision through both paths: resolved
// with the review, and applied to the graph resolved without it.
func TestReviewSuite(t *testing.T) {
	reviewtest.TestAll(t, func(docs []graph.DocInfo, ms []graph.Mention, rels []graph.Relation, rv *graph.Review) (*graph.KG, []string, error) {
		g, rep, err := Resolve(docs, ms, rels, Options{Review: rv})
		if err != nil {
			return nil, nil, err
		}
		return g, rep.Stale, nil
	})
}

// TestReadmeDecisionTable: the manual's table of decision kinds says what
// the code's table says.
func TestReadmeDecisionTable(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range graph.DecisionKinds {
		c := string(k.Constraint)
		if c == "" {
			c = "—"
		}
		row := fmt.Sprintf("| `%s` | %s | %s | %s |", k.Op, c, k.Doc, k.Shown)
		if !strings.Contains(string(b), row) {
			t.Errorf("README.md lacks the row\n%s", row)
		}
	}
}
