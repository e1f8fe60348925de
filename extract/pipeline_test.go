package extract

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"newskg/graph"
)

// capitals is a toy extractor: every capitalised word is a Place.
var capitals = Func{ID: "capitals", F: func(ctx context.Context, d *Document) (Result, error) {
	var r Result
	for _, s := range d.Sentences {
		for _, w := range strings.Fields(s.Text) {
			w = strings.Trim(w, ".,")
			if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				i := strings.Index(d.Text[s.Start:], w) + s.Start
				r.Mentions = append(r.Mentions, d.Mention(i, i+len(w), graph.Place, "capitals", 1))
			}
		}
	}
	return r, nil
}}

// pairs relates the first two mentions found by earlier extractors.
var pairs = Func{ID: "pairs", F: func(ctx context.Context, d *Document) (Result, error) {
	if len(d.Mentions) < 2 {
		return Result{}, nil
	}
	return Result{Relations: []graph.Relation{d.Relation(d.Mentions[0], graph.LocatedIn, d.Mentions[1], "", "", "pairs", "first-two", 0.5)}}, nil
}}

func articles(n int) []Article {
	var out []Article
	for i := 0; i < n; i++ {
		out = append(out, Article{ID: fmt.Sprintf("a%03d", i), Text: fmt.Sprintf("Riyadh lies in Arabia. Doc %d ends.", i)})
	}
	return out
}

func TestPipelineDeterministic(t *testing.T) {
	arts := articles(40)
	one := Pipeline{Extractors: []Extractor{capitals, pairs}, Workers: 1}.Run(context.Background(), arts)
	many := Pipeline{Extractors: []Extractor{capitals, pairs}, Workers: 8}.Run(context.Background(), arts)
	if !reflect.DeepEqual(one.Mentions, many.Mentions) || !reflect.DeepEqual(one.Relations, many.Relations) {
		t.Fatal("results depend on the number of workers")
	}
	if len(one.Relations) != 40 || one.Relations[0].Subject.Text != "Riyadh" || one.Relations[0].Object.Text != "Arabia" {
		t.Errorf("later extractor did not see earlier mentions: %+v", one.Relations[:1])
	}
	for i, d := range one.Docs {
		if d.ID != arts[i].ID {
			t.Fatalf("documents out of order")
		}
	}
}

func TestPipelineIsolatesFailures(t *testing.T) {
	boom := Func{ID: "boom", F: func(ctx context.Context, d *Document) (Result, error) {
		switch d.ID {
		case "a001":
			panic("bad input")
		case "a002":
			return Result{}, errors.New("cannot parse")
		}
		return Result{}, nil
	}}
	out := Pipeline{Extractors: []Extractor{boom, capitals}}.Run(context.Background(), articles(4))
	if len(out.Docs) != 4 {
		t.Fatalf("lost documents: %d", len(out.Docs))
	}
	if len(out.Problems) != 2 || !strings.Contains(out.Problems.Error(), "a001: boom: panic: bad input") || !strings.Contains(out.Problems.Error(), "a002: boom: cannot parse") {
		t.Errorf("problems = %v", out.Problems)
	}
	// the other extractor still ran on the failing documents
	n := 0
	for _, m := range out.Mentions {
		if m.Doc == "a001" {
			n++
		}
	}
	if n == 0 {
		t.Error("one extractor's failure lost another's results")
	}
}

func TestAddMentionsFirstWins(t *testing.T) {
	d := NewDocument(Article{ID: "x", Text: "Saudi Arabia"})
	d.AddMentions([]graph.Mention{d.Mention(0, 12, graph.Country, "a", 1)})
	d.AddMentions([]graph.Mention{d.Mention(0, 5, graph.Person, "b", 1), d.Mention(6, 12, graph.Place, "b", 1), {Doc: "x", Start: 5, End: 3}})
	if len(d.Mentions) != 1 || d.Mentions[0].Extractor != "a" {
		t.Errorf("mentions = %+v", d.Mentions)
	}
}

// TestPipelineCancelled cancels a run before it starts and in the middle
// (an extractor that cancels at the fifth article, as Ctrl-C would): the
// run reports the cancellation once, in Err, returns no partial result
// and no per-article problem, and stops feeding articles.
func TestPipelineCancelled(t *testing.T) {
	for _, tc := range []struct {
		name   string
		before bool
	}{{"before the run", true}, {"during the run", false}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.before {
				cancel()
			}
			var seen atomic.Int32
			stopper := Func{ID: "stopper", F: func(ctx context.Context, d *Document) (Result, error) {
				if seen.Add(1) == 5 {
					cancel()
				}
				return Result{}, ctx.Err()
			}}
			out := Pipeline{Extractors: []Extractor{stopper, capitals}, Workers: 2}.Run(ctx, articles(500))
			if !errors.Is(out.Err, context.Canceled) {
				t.Errorf("Err = %v, want context.Canceled", out.Err)
			}
			if len(out.Problems) > 0 || len(out.Docs) > 0 || len(out.Mentions) > 0 {
				t.Errorf("a cancelled run returned %d problems (%v), %d documents, %d mentions", len(out.Problems), out.Problems, len(out.Docs), len(out.Mentions))
			}
			if n := seen.Load(); n > 10 {
				t.Errorf("%d articles started after the cancellation", n-5)
			}
		})
	}
}
