// Package table writes a knowledge graph as CSV tables (RFC 4180, via
// encoding/csv) for spreadsheets: nodes.csv and edges.csv, with the same
// attributes as GraphML, plus aliases.csv (one row per name, with its
// language), evidence.csv (one row per evidence sentence) and
// documents.csv, so that no name and no provenance is lost.
package table

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"unsafe"

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
	out, ok := w.(*ew.Writer) // a Stage's file: buffered already
	if !ok {
		out = ew.New(w)
	}
	return &csvWriter{out: out, c: csv.NewWriter(out)}
}

func (w *csvWriter) row(rec ...string) {
	if w.out.Err() == nil {
		_ = w.c.Write(rec) // errors surface through w.out
	}
}

// ordered writes the rows of n items in runs on every core (ew.Ordered):
// rows writes those of items from..to-1 to a csvWriter of the run's own.
func (w *csvWriter) ordered(n, size int, rows func(c *csvWriter, from, to int)) {
	w.c.Flush() // the rows before go first
	w.out.Ordered(n, size, func(out *ew.Writer, from, to int) {
		c := &csvWriter{out: out, c: csv.NewWriter(out)}
		rows(c, from, to)
		c.c.Flush()
	})
}

// scratch builds the numbers and lists of a row as strings that hold
// until the next row.
type scratch struct{ b []byte }

func (s *scratch) reset() { s.b = s.b[:0] }

// str returns what f appends to the scratch space as a string, valid
// until the next reset (when the space grows, the strings before keep
// the old space).
func (s *scratch) str(f func(b []byte) []byte) string {
	start := len(s.b)
	s.b = f(s.b)
	if len(s.b) == start {
		return ""
	}
	return unsafe.String(&s.b[start], len(s.b)-start)
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
	ents := g.SortedEntities()
	c.ordered(len(ents), 256, func(c *csvWriter, from, to int) {
		rec := make([]string, len(head))
		var vs props.Values
		for _, e := range ents[from:to] {
			rec[0] = e.ID
			for i, v := range vs.Node(e) {
				rec[i+1] = v.S
			}
			c.row(rec...)
		}
	})
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
	facts := g.LiveFacts()
	c.ordered(len(facts), 256, func(c *csvWriter, from, to int) {
		rec := make([]string, len(head))
		var vs props.Values
		for _, f := range facts[from:to] {
			rec[0], rec[1], rec[2] = f.ID, f.Subject, f.Object
			for i, v := range vs.Edge(f) {
				rec[i+3] = v.S
			}
			c.row(rec...)
		}
	})
	return c.flush()
}

// WriteAliases writes aliases.csv: entity, text, lang, count, docs.
func WriteAliases(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	c.row("entity", "text", "lang", "count", "docs")
	ents := g.SortedEntities()
	c.ordered(len(ents), 512, func(c *csvWriter, from, to int) {
		var s scratch
		for _, e := range ents[from:to] {
			for _, a := range e.Aliases {
				s.reset()
				docs := ""
				if len(a.Docs) > 0 {
					docs = s.str(func(b []byte) []byte { return ew.AppendJSON(b, a.Docs) })
				}
				c.row(e.ID, a.Text, a.Lang, s.str(func(b []byte) []byte { return strconv.AppendInt(b, int64(a.Count), 10) }), docs)
			}
		}
	})
	return c.flush()
}

// WriteEvidence writes evidence.csv: one row per evidence sentence.
func WriteEvidence(w io.Writer, g *graph.KG) error {
	c := newCSV(w)
	c.row("fact", "doc", "url", "published", "text", "start", "end", "subjectStart", "subjectEnd",
		"objectStart", "objectEnd", "extractor", "rule", "confidence")
	facts := g.LiveFacts()
	c.ordered(len(facts), 512, func(c *csvWriter, from, to int) {
		var s scratch
		it := func(n int) string {
			return s.str(func(b []byte) []byte { return strconv.AppendInt(b, int64(n), 10) })
		}
		for _, f := range facts[from:to] {
			for _, ev := range f.Evidence {
				s.reset()
				c.row(f.ID, ev.Doc, ev.URL, ev.Published, ev.Text, it(ev.Start), it(ev.End), it(ev.SubjectStart), it(ev.SubjectEnd),
					it(ev.ObjectStart), it(ev.ObjectEnd), ev.Extractor, ev.Rule,
					s.str(func(b []byte) []byte { return strconv.AppendFloat(b, ev.Confidence, 'g', -1, 64) }))
			}
		}
	})
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

// WriteDir writes the tables of Files into dir. They are written to
// temporary files beside their own (ew.Stage), renamed into place only
// when all are written, so that a failure leaves the folder as it was.
func WriteDir(dir string, g *graph.KG) error {
	return WriteDirContext(context.Background(), dir, g)
}

// WriteDirContext is WriteDir that stops, leaving the folder as it was,
// once ctx is done.
func WriteDirContext(ctx context.Context, dir string, g *graph.KG) error {
	st, err := ew.NewStage(ctx, dir)
	if err != nil {
		return err
	}
	defer st.Discard()
	writers := []func(io.Writer, *graph.KG) error{WriteNodes, WriteEdges, WriteAliases, WriteEvidence, WriteDocuments}
	for i, name := range Files {
		out, err := st.Create(name)
		if err != nil {
			return err
		}
		if err := writers[i](out, g); err != nil {
			return err
		}
	}
	return st.Commit()
}
