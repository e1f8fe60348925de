package main

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/resolve"
)

// Between the mentions pass and the passes that read the corpus's name
// book, every document waits for every other: held whole, the corpus's
// texts, sentences and first mentions were the largest part of a
// build's memory at 30,000 articles. Instead each document is parked
// at the end of the mentions pass: its person names go into the name
// book at once (the book is a set: the order they come in changes
// nothing), its text and records into the build's spill file, and it
// keeps its metadata alone. The next pass restores it (segmented again
// as before, its records unpacked) before its first extractor runs; the
// per-document passes after the book run as one, so that a document is
// restored once and reduced at the end of it (reducer.wrap).

// parkAfter is the corpus pass documents are parked for: the only
// corpus pass between the mentions and the book's uses, and one whose
// reading of the documents (their person names) parking does itself.
const parkAfter = "name-book"

// park returns passes with documents parked between the per-document
// pass before the name book and the per-document passes after it, which
// are run as one. book must be the name book of passes. It changes
// nothing without a spill and a book, or where passes are not laid out
// as expected.
func (r *reducer) park(passes []extract.Pass, book *rules.NameBook) []extract.Pass {
	if r.spill == nil || book == nil {
		return passes
	}
	at := -1
	for i, p := range passes {
		if p.Name == parkAfter {
			at = i
		}
	}
	if at < 1 || at+1 >= len(passes) || len(passes[at-1].Extractors) == 0 || len(passes[at+1].Extractors) == 0 {
		return passes
	}
	r.book, r.parked = book, make([]resolve.SpillAt, len(r.shares))
	out := append([]extract.Pass(nil), passes[:at-1]...)
	before := passes[at-1]
	before.Extractors = append(append([]extract.Extractor(nil), before.Extractors...), extract.Func{ID: "park", F: r.parkDoc})
	out = append(out, before, passes[at])
	// the per-document passes after the book, as one
	fused := passes[at+1]
	fused.Extractors = append([]extract.Extractor{extract.Func{ID: "unpark", F: r.unparkDoc}}, fused.Extractors...)
	k := at + 2
	in := map[string]bool{fused.Name: true}
	for ; k < len(passes) && len(passes[k].Extractors) > 0; k++ {
		in[passes[k].Name] = true
		fused.Name, fused.Doc = passes[k].Name, fused.Doc+"; "+passes[k].Doc // named as the last (progress shows it)
		fused.Extractors = append(fused.Extractors, passes[k].Extractors...)
	}
	out = append(out, fused)
	for _, p := range passes[k:] { // what required a pass fused requires the fused pass
		req := make([]string, len(p.Requires))
		for j, q := range p.Requires {
			if req[j] = q; in[q] {
				req[j] = fused.Name
			}
		}
		p.Requires = req
		out = append(out, p)
	}
	return out
}

// parkDoc adds a document's person names to the book and parks it.
func (r *reducer) parkDoc(ctx context.Context, d *extract.Document) (extract.Result, error) {
	i, ok := r.index[d.ID]
	if !ok {
		r.fail(fmt.Errorf("park: document %s is not an input", d.ID))
		return extract.Result{}, nil
	}
	for _, m := range d.Mentions {
		r.book.Add(m)
	}
	at, err := r.spill.Put(packDoc(d.Text, d.Mentions, d.Relations))
	if err != nil {
		r.fail(fmt.Errorf("park: document %s: %w", d.ID, err))
		return extract.Result{}, nil
	}
	r.parked[i] = at
	r.nparked.Add(1)
	d.Release(nil, nil)
	return extract.Result{}, nil
}

// unparkDoc restores a parked document.
func (r *reducer) unparkDoc(ctx context.Context, d *extract.Document) (extract.Result, error) {
	i, ok := r.index[d.ID]
	if !ok {
		r.fail(fmt.Errorf("unpark: document %s is not an input", d.ID))
		return extract.Result{}, nil
	}
	b, err := r.spill.Get(r.parked[i])
	if err == nil {
		var text string
		var ms []graph.Mention
		var rels []graph.Relation
		if text, ms, rels, err = unpackDoc(b); err == nil {
			d.Restore(text, ms, rels)
		}
	}
	if err != nil {
		r.fail(fmt.Errorf("unpark: document %s: %w", d.ID, err))
	}
	r.parked[i] = resolve.SpillAt{}
	return extract.Result{}, nil
}

// packDoc packs a document's text, mentions and relations.
func packDoc(text string, ms []graph.Mention, rels []graph.Relation) []byte {
	recs := resolve.PackRecords(ms, rels)
	b := make([]byte, 0, binary.MaxVarintLen64+len(text)+len(recs))
	b = binary.AppendUvarint(b, uint64(len(text)))
	return append(append(b, text...), recs...)
}

var errParked = errors.New("parked document cut short")

// unpackDoc returns what packDoc packed.
func unpackDoc(b []byte) (string, []graph.Mention, []graph.Relation, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return "", nil, nil, errParked
	}
	text := string(b[k : k+int(n)])
	ms, rels, err := resolve.Records(b[k+int(n):]).Unpack()
	if err != nil {
		return "", nil, nil, err
	}
	if len(ms) == 0 {
		ms = nil
	}
	if len(rels) == 0 {
		rels = nil
	}
	return text, ms, rels, nil
}
