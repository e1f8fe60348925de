// Package export is the table of output formats: each Format names a
// writer of one of the exporter packages, and WriteFile and WriteAll put
// their output on disk atomically. The command's export verb and the
// build verb's -formats both go through it.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/dot"
	"newskg/graph/gexf"
	"newskg/graph/graphml"
	"newskg/graph/internal/ew"
	"newskg/graph/jsonld"
	"newskg/graph/neo4j"
	"newskg/graph/rdf"
	"newskg/graph/svg"
	"newskg/graph/table"
)

// Format is one output format. Single-file formats have Write; folder
// formats (Dir) have WriteDir and, where the format has a natural
// single-stream form, Write as well (neo4j: the Cypher script).
type Format struct {
	Name      string
	Ext       string // file extension, without the dot; "" for folder formats
	MediaType string
	Dir       bool
	Doc       string
	Write     func(w io.Writer, g *graph.KG) error
	WriteDir  func(ctx context.Context, dir string, g *graph.KG) error
}

// ErrUnknownFormat is returned for a name that is not in the table.
var ErrUnknownFormat = errors.New("unknown format")

// ErrNeedsDir is returned when a folder format is asked to write a stream.
var ErrNeedsDir = errors.New("format writes a folder: name one with -o")

var formats = []Format{
	{Name: "jsonld", Ext: "jsonld", MediaType: "application/ld+json", Doc: "JSON-LD, the saved graph (reads back losslessly)",
		Write: func(w io.Writer, g *graph.KG) error { return jsonld.Write(w, g.Sorted()) }},
	{Name: "dot", Ext: "dot", MediaType: "text/vnd.graphviz", Doc: "Graphviz DOT",
		Write: func(w io.Writer, g *graph.KG) error { return dot.Write(w, g, dot.Options{}) }},
	{Name: "svg", Ext: "svg", MediaType: "image/svg+xml", Doc: "SVG diagram: an overview of the most connected entities",
		Write: func(w io.Writer, g *graph.KG) error {
			b, err := svg.RenderKG(context.Background(), g, svg.Options{})
			if err != nil {
				return err
			}
			_, err = w.Write(b)
			return err
		}},
	{Name: "graphml", Ext: "graphml", MediaType: "application/graphml+xml", Doc: "GraphML (yEd, Gephi, Cytoscape, networkx)",
		Write: graphml.Write},
	{Name: "gexf", Ext: "gexf", MediaType: "application/gexf+xml", Doc: "GEXF 1.2draft (Gephi, networkx; 1.3 with kg export -gexf-version 1.3)",
		Write: gexf.Write},
	{Name: "nquads", Ext: "nq", MediaType: "application/n-quads", Doc: "RDF N-Quads, one named graph per article",
		Write: rdf.WriteNQuads},
	{Name: "turtle", Ext: "ttl", MediaType: "text/turtle", Doc: "RDF Turtle",
		Write: rdf.WriteTurtle},
	{Name: "csv", MediaType: "text/csv", Dir: true, Doc: "CSV tables: nodes, edges, aliases, evidence, documents",
		WriteDir: table.WriteDirContext},
	{Name: "neo4j", MediaType: "text/csv", Dir: true, Doc: "neo4j-admin import folder with load.cypher (to stdout: the Cypher script)",
		Write: neo4j.WriteCypher, WriteDir: neo4j.WriteDirContext},
	{Name: "cypher", Ext: "cypher", MediaType: "application/x-cypher-query", Doc: "Cypher MERGE script for a running Neo4j",
		Write: neo4j.WriteCypher},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the format names, sorted.
func Names() []string {
	var ns []string
	for _, f := range formats {
		ns = append(ns, f.Name)
	}
	sort.Strings(ns)
	return ns
}

// Formats returns the table, in its fixed order.
func Formats() []Format { return append([]Format(nil), formats...) }

// WriteFile writes g in format f to path: a file written atomically, or
// for a folder format a folder whose files are renamed into place
// together once all are written (ew.Stage). Either way a failure leaves
// what was at path as it was.
func WriteFile(f Format, g *graph.KG, path string) error {
	return WriteFileContext(context.Background(), f, g, path)
}

// WriteFileContext is WriteFile that stops, leaving what was at path as
// it was, once ctx is done.
func WriteFileContext(ctx context.Context, f Format, g *graph.KG, path string) error {
	if f.Dir {
		if err := f.WriteDir(ctx, path, g); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	if err := graph.WriteAtomicFunc(path, func(w io.Writer) error { return f.Write(ew.WithContext(ctx, w), g) }); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// Path is where WriteAll puts format f in dir: graph.EXT, or the folder
// graph-NAME for folder formats.
func Path(dir string, f Format) string {
	if f.Dir {
		return filepath.Join(dir, "graph-"+f.Name)
	}
	return filepath.Join(dir, "graph."+f.Ext)
}

// WriteAll writes g into dir in each named format (see Path). It checks
// every name before writing anything.
func WriteAll(g *graph.KG, dir string, names []string) error {
	var fs []Format
	for _, n := range names {
		f, ok := Lookup(strings.TrimSpace(n))
		if !ok {
			return fmt.Errorf("%w %q (known: %s)", ErrUnknownFormat, n, strings.Join(Names(), ", "))
		}
		fs = append(fs, f)
	}
	for _, f := range fs {
		if err := WriteFile(f, g, Path(dir, f)); err != nil {
			return err
		}
	}
	return nil
}

// ResolveEntity finds an entity by id, or else by its name or one of its
// aliases, ignoring case. A name shared by several entities is an error
// that lists their ids.
func ResolveEntity(g *graph.KG, s string) (string, error) {
	if e := g.Entity(s); e != nil {
		return e.ID, nil
	}
	var ids []string
	for _, e := range g.SortedEntities() {
		match := strings.EqualFold(e.Name, s)
		for _, a := range e.Aliases {
			match = match || strings.EqualFold(a.Text, s)
		}
		if match {
			ids = append(ids, e.ID)
		}
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("%w: %q is neither an id nor a name", graph.ErrUnknownEntity, s)
	case 1:
		return ids[0], nil
	}
	return "", fmt.Errorf("%q names %d entities: %s; give an id", s, len(ids), strings.Join(ids, ", "))
}

// WriteSnapshot writes to snapPath, atomically, the snapshot of g
// (jsonld.WriteSnapshot) for the JSON-LD of g just written, whose Sum is
// sum, so that kg export and kg serve read g from it.
func WriteSnapshot(g *graph.KG, sum jsonld.Sum, snapPath string) error {
	if err := graph.WriteAtomicFunc(snapPath, func(w io.Writer) error { return jsonld.WriteSnapshot(w, g, sum) }); err != nil {
		return fmt.Errorf("write %s: %w", snapPath, err)
	}
	return nil
}
