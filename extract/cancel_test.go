package extract_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"newskg/extract"
	"newskg/extract/ner"
	"newskg/extract/rules"
	"newskg/graph/kb"
)

// countingCtx counts the calls of Err and reports cancellation from the
// call numbered cancelAt on (never when cancelAt is 0).
type countingCtx struct {
	context.Context
	cancelAt int32
	n        atomic.Int32
}

func (c *countingCtx) Err() error {
	if n := c.n.Add(1); c.cancelAt > 0 && n >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

// TestExtractorsCheckContext holds every extractor of the build to
// checking its context once per sentence at least, so that Ctrl-C stops
// a build within a sentence even in one long article, and to returning
// the context's error, with nothing else, once it is cancelled.
func TestExtractorsCheckContext(t *testing.T) {
	base := kb.Starter()
	var text strings.Builder
	const sentences = 60
	for i := 0; i < sentences/2; i++ {
		text.WriteString("Foreign Minister Omar Haddad met envoy Lena Varga in Geneva on Monday. ")
		text.WriteString("التقى الوزير عمر حداد المبعوثة لينا فارغا في جنيف. ")
	}
	doc := func() *extract.Document {
		return extract.NewDocument(extract.Article{ID: "long", Text: text.String()})
	}
	if n := len(doc().Sentences); n < sentences {
		t.Fatalf("the test article has %d sentences, want %d", n, sentences)
	}
	for _, x := range []extract.Extractor{
		rules.NewLexicon(base),
		rules.NewNames(base, rules.NewNameBook()),
		rules.NewRelations(base),
		ner.Shipped(base),
	} {
		t.Run(x.Name(), func(t *testing.T) {
			ctx := &countingCtx{Context: context.Background()}
			if _, err := x.Extract(ctx, doc()); err != nil {
				t.Fatal(err)
			}
			if n := ctx.n.Load(); n < sentences {
				t.Errorf("checked the context %d times in %d sentences", n, sentences)
			}
			for _, at := range []int32{1, sentences / 2} {
				ctx := &countingCtx{Context: context.Background(), cancelAt: at}
				res, err := x.Extract(ctx, doc())
				if !errors.Is(err, context.Canceled) {
					t.Errorf("cancelled at check %d: err = %v, want context.Canceled", at, err)
				}
				if len(res.Mentions)+len(res.Relations) > 0 {
					t.Errorf("cancelled at check %d: returned %d mentions and %d relations", at, len(res.Mentions), len(res.Relations))
				}
			}
		})
	}
}
