// Package table writes a knowledge graph as CSV tables (RFC 4180, via
// encoding/csv) for spreadsheets: nodes.csv and edges.csv, with the same
// attributes as GraphML, plus aliases.csv (one row per name, with its
// language), evidence.csv (one row per evidence sentence) and
// documents.csv, so that no name and no provenance is lost.
package table

import (
	"encoding/csv"
	"io"
	"path/filepath"
	"strconv"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

// Files are the tables WriteDir writes, in order.
var Files = []string{"nodes.csv", "edges.csv", "aliases.csv", "evidence.csv", "documents.csv"}

// csvWriter is a csv.Writer over an ew.Writer: the first error is kept.
type csvWriter struct {
	out *ew.Writer
	c   *csv.Writer
}

func newCSV(w io.Writer) *csvWriter {
	out := ew.New(w)
	return &csvWriter{out: out, c: csv.NewWriter(out)}
}

func (w *csvWriter) row(rec ...string) {
	if w.out.Err() == nil {
		_ = w.c.Write(rec) // errors surface through w.out
	}
}

func (w *csvWriter) flush() error {
	w.c.Flush()
	if err := w.c.Error(); err != nil {
		return err
	}
	return w.out.Flush()
}

// WriteNodes writes nodes.csv: id, then the node attributes.
func WriteNodes(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	head := []string{"id"}
	for _, p := range props.Node {
		head = append(head, p.Name)
	}
	c.row(head...)
	rec := make([]string, len(head))
	for _, e := range g.SortedEntities() {
		rec[0] = e.ID
		for i, v := range props.NodeValues(e) {
			rec[i+1] = v.S
		}
		c.row(rec...)
	}
	return c.flush()
}

// WriteEdges writes edges.csv: id, source, target, then the edge
// attributes (evidence as JSON).
func WriteEdges(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	head := []string{"id", "source", "target"}
	for _, p := range props.Edge {
		head = append(head, p.Name)
	}
	c.row(head...)
	rec := make([]string, len(head))
	for _, f := range liveFacts(g) {
		rec[0], rec[1], rec[2] = f.ID, f.Subject, f.Object
		for i, v := range props.EdgeValues(f) {
			rec[i+3] = v.S
		}
		c.row(rec...)
	}
	return c.flush()
}

// WriteAliases writes aliases.csv: entity, text, lang, count, docs.
func WriteAliases(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	c.row("entity", "text", "lang", "count", "docs")
	for _, e := range g.SortedEntities() {
		for _, a := range e.Aliases {
			docs := ""
			if len(a.Docs) > 0 {
				docs = ew.JSON(a.Docs)
			}
			c.row(e.ID, a.Text, a.Lang, strconv.Itoa(a.Count), docs)
		}
	}
	return c.flush()
}

// WriteEvidence writes evidence.csv: one row per evidence sentence.
func WriteEvidence(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	c.row("fact", "doc", "url", "published", "text", "start", "end", "subjectStart", "subjectEnd",
		"objectStart", "objectEnd", "extractor", "rule", "confidence")
	it := strconv.Itoa
	for _, f := range liveFacts(g) {
		for _, ev := range f.Evidence {
			c.row(f.ID, ev.Doc, ev.URL, ev.Published, ev.Text, it(ev.Start), it(ev.End), it(ev.SubjectStart), it(ev.SubjectEnd),
				it(ev.ObjectStart), it(ev.ObjectEnd), ev.Extractor, ev.Rule, strconv.FormatFloat(ev.Confidence, 'g', -1, 64))
		}
	}
	return c.flush()
}

// WriteDocuments writes documents.csv.
func WriteDocuments(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	c.row("id", "title", "url", "published", "lang")
	for _, d := range g.SortedDocs() {
		c.row(d.ID, d.Title, d.URL, d.Published, d.Lang)
	}
	return c.flush()
}

// liveFacts returns the facts, sorted, whose ends are entities of g.
func liveFacts(g *graph.KG) []*graph.Fact {
	fs := g.SortedFacts()
	for _, f := range fs {
		if g.Entity(f.Subject) == nil || g.Entity(f.Object) == nil {
			var out []*graph.Fact
			for _, f := range fs {
				if g.Entity(f.Subject) != nil && g.Entity(f.Object) != nil {
					out = append(out, f)
				}
			}
			return out
		}
	}
	return fs
}

// WriteDir writes the tables of Files into dir, each file atomically.
func WriteDir(dir string, g *graph.KG) error {
	writers := []func(io.Writer, *graph.KG) error{WriteNodes, WriteEdges, WriteAliases, WriteEvidence, WriteDocuments}
	for i, name := range Files {
		write := writers[i]
		if err := graph.WriteAtomicFunc(filepath.Join(dir, name), func(w io.Writer) error { return write(w, g) }); err != nil {
			return err
		}
	}
	return nil
}
