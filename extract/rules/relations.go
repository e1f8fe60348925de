package rules

import (
	"context"

	"newskg/extract"
	"newskg/graph/kb"
)

// Relations finds relations between the mentions of a document.
type Relations struct{ lx *lexicon }

// NewRelations returns the relation extractor.
func NewRelations(k *kb.KB) *Relations { return &Relations{lx: newLexicon(k)} }

func (*Relations) Name() string { return "relations" }

func (x *Relations) Extract(ctx context.Context, d *extract.Document) (extract.Result, error) {
	return extract.Result{}, nil
}
