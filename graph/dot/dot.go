// Package dot writes a knowledge graph in the Graphviz DOT language.
//
// The writer is our own rather than dominikbraun/graph's draw.DOT, which
// writes strict graphs (parallel facts vanish) and does not escape labels.
// Output is a non-strict digraph with one edge per fact, every string
// quoted and escaped, entities and facts in sorted order: the same graph
// always gives the same bytes.
package dot

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"newskg/graph"
	"newskg/graph/internal/ew"
)

// FontNames is the font list set on the graph, nodes and edges; it covers
// Arabic as well as Latin script.
const FontNames = "Noto Naskh Arabic,Noto Sans,DejaVu Sans,sans-serif"

// Options adjusts the diagram.
type Options struct {
	Title   string // graph label shown at the top; none when empty
	RankDir string // "LR" (default) or "TB", for the dot layout
}

// Style is how entities of one type are drawn.
type Style struct {
	Shape string
	Fill  string
}

// Styles gives the shape and fill colour per entity type.
var Styles = map[graph.EntityType]Style{
	graph.Person:       {"ellipse", "#cfe2ff"},
	graph.Organization: {"box", "#d1e7dd"},
	graph.Country:      {"octagon", "#fff3cd"},
	graph.City:         {"circle", "#ffe5d0"},
	graph.Place:        {"house", "#e2d9f3"},
	graph.Delegation:   {"hexagon", "#f8d7da"},
	graph.Event:        {"note", "#e9ecef"},
}

// StyleOf returns the style for t; unknown types are plain grey boxes.
func StyleOf(t graph.EntityType) Style {
	if s, ok := Styles[t]; ok {
		return s
	}
	return Style{"box", "#ffffff"}
}

// EdgeLabel is the label of a fact's edge: the predicate, with the role
// for holdsPosition.
func EdgeLabel(f *graph.Fact) string {
	if f.Predicate == graph.HoldsPosition && f.Role != "" {
		return string(f.Predicate) + ": " + f.Role
	}
	return string(f.Predicate)
}

// Write writes g as DOT. Facts whose subject or object is not an entity
// of g are left out. It returns the first write error.
func Write(w io.Writer, g *graph.KG, opt Options) error {
	out := ew.New(w)
	rank := opt.RankDir
	if rank == "" {
		rank = "LR"
	}
	out.S("digraph \"newskg\" {\n")
	out.S("\tgraph [")
	attr(out, "charset", "UTF-8", false)
	attr(out, "fontname", FontNames, true)
	attr(out, "rankdir", rank, true)
	attr(out, "overlap", "false", true)
	attr(out, "outputorder", "edgesfirst", true)
	if opt.Title != "" {
		attr(out, "label", opt.Title, true)
		attr(out, "labelloc", "t", true)
		attr(out, "fontsize", "16", true)
	}
	out.S("];\n\tnode [")
	attr(out, "fontname", FontNames, false)
	attr(out, "fontsize", "11", true)
	attr(out, "style", "filled", true)
	attr(out, "color", "#495057", true)
	out.S("];\n\tedge [")
	attr(out, "fontname", FontNames, false)
	attr(out, "fontsize", "9", true)
	attr(out, "color", "#6c757d", true)
	attr(out, "fontcolor", "#343a40", true)
	attr(out, "arrowsize", "0.7", true)
	out.S("];\n")

	ents := g.SortedEntities()
	have := make(map[string]bool, len(ents))
	for _, e := range ents {
		have[e.ID] = true
	}
	out.Ordered(len(ents), 512, func(out *ew.Writer, from, to int) {
		b := out.Buf()
		var tip []byte
		for _, e := range ents[from:to] {
			b, tip = appendEntity(b, tip, e)
		}
		out.SetBuf(b)
	})
	facts := g.SortedFacts()
	out.Ordered(len(facts), 1024, func(out *ew.Writer, from, to int) {
		b := out.Buf()
		for _, f := range facts[from:to] {
			if have[f.Subject] && have[f.Object] {
				b = appendFact(b, f)
			}
		}
		out.SetBuf(b)
	})
	out.S("}\n")
	return out.Flush()
}

// appendEntity appends e's node statement; tip is scratch space, given
// back for the next entity.
func appendEntity(b, tip []byte, e *graph.Entity) ([]byte, []byte) {
	st := StyleOf(e.Type)
	b = append(b, '\t')
	b = AppendQuote(b, e.ID)
	b = append(b, " [id="...)
	b = AppendQuote(b, e.ID)
	b = append(b, ", label="...)
	b = AppendQuote(b, e.Name)
	b = append(b, ", shape="...)
	b = AppendQuote(b, st.Shape)
	b = append(b, ", fillcolor="...)
	b = AppendQuote(b, st.Fill)
	b = append(b, ", tooltip="...)
	tip = append(tip[:0], e.Type...)
	tip = append(tip, ": "...)
	tip = append(tip, e.Name...)
	if e.Date != "" {
		tip = append(tip, " ("...)
		tip = append(tip, e.Date...)
		tip = append(tip, ')')
	}
	for _, a := range e.Aliases {
		if a.Text != e.Name {
			tip = append(tip, '\n')
			tip = append(tip, a.Text...)
		}
	}
	b = AppendQuote(b, unsafe.String(unsafe.SliceData(tip), len(tip)))
	return append(b, "];\n"...), tip
}

// appendFact appends f's edge statement.
func appendFact(b []byte, f *graph.Fact) []byte {
	b = append(b, '\t')
	b = AppendQuote(b, f.Subject)
	b = append(b, " -> "...)
	b = AppendQuote(b, f.Object)
	b = append(b, " [id="...)
	b = AppendQuote(b, f.ID)
	b = append(b, ", label=\""...)
	b = appendQuoted(b, string(f.Predicate))
	if f.Predicate == graph.HoldsPosition && f.Role != "" {
		b = append(b, ": "...)
		b = appendQuoted(b, f.Role)
	}
	b = append(b, "\", tooltip=\""...)
	b = appendQuoted(b, string(f.Predicate))
	b = append(b, " confidence "...)
	b = strconv.AppendFloat(b, f.Confidence, 'f', 2, 64)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(f.Sources()), 10)
	b = append(b, " source(s)\", penwidth=\""...)
	b = strconv.AppendFloat(b, 0.5+1.5*clamp(f.Confidence), 'f', 2, 64)
	return append(b, "\"];\n"...)
}

func clamp(x float64) float64 {
	return min(max(x, 0), 1)
}

func attr(out *ew.Writer, k, v string, comma bool) {
	if comma {
		out.S(", ")
	}
	out.S(k)
	out.S("=")
	out.S(Quote(v))
}

// Quote returns s as a DOT double-quoted string whose value, as Graphviz
// reads labels, is s: quotes and backslashes are escaped, a line break
// (LF, CR or CRLF) becomes \n, other control characters become spaces and
// invalid UTF-8 becomes U+FFFD. Arabic and other scripts pass through.
func Quote(s string) string {
	return string(AppendQuote(make([]byte, 0, len(s)+2), s))
}

// AppendQuote appends s as Quote returns it.
func AppendQuote(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendQuoted(b, s)
	return append(b, '"')
}

// appendQuoted appends what Quote writes between the quotes.
func appendQuoted(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
			continue
		}
		b = append(b, s[last:i]...)
		last = i + 1
		switch {
		case c == '"':
			b = append(b, `\"`...)
		case c == '\\':
			b = append(b, `\\`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b = append(b, `\n`...)
		default:
			b = append(b, ' ')
		}
	}
	return append(b, s[last:]...)
}

// Clean is the text a label shows for s: what Quote keeps of it, with
// line breaks as "\n".
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n':
			return r
		case r < 0x20 || r == 0x7f:
			return ' '
		}
		return r
	}, s)
}
