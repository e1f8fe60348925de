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
	var tip strings.Builder
	for _, e := range ents {
		have[e.ID] = true
		st := StyleOf(e.Type)
		out.S("\t")
		out.S(Quote(e.ID))
		out.S(" [")
		attr(out, "id", e.ID, false)
		attr(out, "label", e.Name, true)
		attr(out, "shape", st.Shape, true)
		attr(out, "fillcolor", st.Fill, true)
		tip.Reset()
		tip.WriteString(string(e.Type))
		tip.WriteString(": ")
		tip.WriteString(e.Name)
		if e.Date != "" {
			tip.WriteString(" (" + e.Date + ")")
		}
		for _, a := range e.Aliases {
			if a.Text != e.Name {
				tip.WriteString("\n")
				tip.WriteString(a.Text)
			}
		}
		attr(out, "tooltip", tip.String(), true)
		out.S("];\n")
	}
	for _, f := range g.SortedFacts() {
		if !have[f.Subject] || !have[f.Object] {
			continue
		}
		out.S("\t")
		out.S(Quote(f.Subject))
		out.S(" -> ")
		out.S(Quote(f.Object))
		out.S(" [")
		attr(out, "id", f.ID, false)
		attr(out, "label", EdgeLabel(f), true)
		attr(out, "tooltip", string(f.Predicate)+" confidence "+strconv.FormatFloat(f.Confidence, 'f', 2, 64)+
			", "+strconv.Itoa(f.Sources())+" source(s)", true)
		attr(out, "penwidth", strconv.FormatFloat(0.5+1.5*clamp(f.Confidence), 'f', 2, 64), true)
		out.S("];\n")
	}
	out.S("}\n")
	return out.Flush()
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
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	s = strings.ToValidUTF8(s, "\uFFFD")
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteString(`\n`)
		case c < 0x20 || c == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
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
