package diagram

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"newskg/graph"
	"newskg/graph/dot"
)

// FontName is the font the drawings are laid out with. Graphviz
// estimates text widths from the metrics of the font it is named, and
// knows DejaVu Sans, a wide sans-serif with Arabic letters: boxes sized
// for it hold the text in the narrower fonts a browser may use instead.
// The SVG writer widens it to FontList.
const FontName = "DejaVu Sans"

// FontList is the font list the SVG asks the browser for.
const FontList = "DejaVu Sans,Noto Sans,Noto Naskh Arabic,Arial,sans-serif"

// Font sizes, in points.
const (
	NodeFontSize  = 11
	EdgeFontSize  = 9
	TitleFontSize = 13
	TableFontSize = 9
)

// node is one entity drawn.
type node struct {
	e     *graph.Entity
	lines []string
	focus bool
}

// edge is every fact between one pair of drawn entities, collapsed into
// one line.
type edge struct {
	a, b  string
	facts []*graph.Fact
}

// cluster groups an event hub with the participants that belong to it
// alone.
type cluster struct {
	hub     string
	members []string
}

// row is one line of the side table of entities not drawn in the graph.
type row struct {
	en, ar, typ string
	count       int
}

// picture is a drawing before it is written as DOT.
type picture struct {
	title      []string
	nodes      []*node
	edges      []*edge
	clusters   []cluster
	table      []row
	tableTop   []string // the table's heading
	rankdir    string
	spread     bool            // more room between nodes and ranks
	unlabelled map[string]bool // edge ids drawn without their label
}

// edgeID is the id of the i-th edge of a drawing, in DOT and SVG.
func edgeID(i int) string { return "e-" + itoa(i) }

// predLabel is the text an edge shows for a fact; "" for the kinds its
// line style says (participation, place).
func predLabel(f *graph.Fact) string {
	switch f.Predicate {
	case graph.HoldsPosition:
		if r := Clean(f.Role); r != "" {
			return r
		}
		return "position"
	case graph.MemberOf:
		return "member of"
	case graph.Leads:
		return "leads"
	case graph.Represents:
		return "represents"
	case graph.MeetsWith:
		return "met"
	case graph.Advises:
		return "advises"
	case graph.Mediates:
		return "mediates"
	}
	return ""
}

// predStyle is the line style of an edge by the kind of its first fact.
func predStyle(p graph.Predicate) (style, color string) {
	switch p {
	case graph.HeldIn:
		return "dashed", "#8d6e63"
	case graph.LocatedIn:
		return "dotted", "#8d6e63"
	case graph.ParticipatesIn:
		return "solid", "#868e96"
	case graph.MeetsWith:
		return "bold", "#1971c2"
	case graph.Mediates:
		return "solid", "#e8590c"
	case graph.HoldsPosition:
		return "solid", "#2f9e44"
	}
	return "solid", "#495057"
}

// collapse groups the facts between entities of keep into one edge per
// unordered pair, in a fixed order: the pairs sorted, each edge's facts
// in the graph's fact order (by subject first, so taking each kept
// subject's facts in turn keeps that order).
func collapse(ix *index, keep map[string]bool) []*edge {
	byPair := map[[2]string]*edge{}
	var out []*edge
	for _, id := range kept(keep) {
		for _, f := range ix.facts[id] {
			if f.Subject != id || !keep[f.Object] {
				continue
			}
			a, b := f.Subject, f.Object
			if b < a {
				a, b = b, a
			}
			k := [2]string{a, b}
			e := byPair[k]
			if e == nil {
				e = &edge{a: a, b: b}
				byPair[k] = e
				out = append(out, e)
			}
			e.facts = append(e.facts, f)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}

// label is the edge's text: the distinct labels of its facts in the
// ontology's predicate order, each with "×N" when it stands for N > 1
// facts; for an edge of unlabelled facts alone (participation, place),
// "×N" when there are several.
func (e *edge) label() []string {
	facts := append([]*graph.Fact(nil), e.facts...)
	sort.SliceStable(facts, func(i, j int) bool {
		return predOrder(facts[i].Predicate) < predOrder(facts[j].Predicate)
	})
	var labels []string
	count := map[string]int{}
	for _, f := range facts {
		l := predLabel(f)
		if l == "" {
			continue
		}
		if count[l] == 0 {
			labels = append(labels, l)
		}
		count[l]++
	}
	for i, l := range labels {
		if count[l] > 1 {
			labels[i] += " ×" + itoa(count[l])
		}
	}
	if len(labels) > 2 {
		labels = append(labels[:2], "+"+itoa(len(labels)-2))
	}
	if len(labels) == 0 && len(e.facts) > 1 {
		labels = []string{"×" + itoa(len(e.facts))}
	}
	if len(labels) == 0 {
		return nil
	}
	return Wrap(strings.Join(labels, ", "), 24, 2)
}

func predOrder(p graph.Predicate) int {
	for i, q := range graph.Predicates {
		if q == p {
			return i
		}
	}
	return len(graph.Predicates)
}

// direction is where the edge's arrow points: from the subject when
// every fact reads the same way and none is symmetric; none otherwise.
func (e *edge) direction() (tail, head string, directed bool) {
	s := e.facts[0].Subject
	for _, f := range e.facts {
		if f.Subject != s || f.Predicate.Symmetric() {
			return e.a, e.b, false
		}
	}
	o := e.facts[0].Object
	return s, o, true
}

// tooltip lists the facts an edge stands for.
func (e *edge) tooltip(ix *index) string {
	var b strings.Builder
	for i, f := range e.facts {
		if i == 8 {
			b.WriteString("\n… " + itoa(len(e.facts)-8) + " more")
			break
		}
		if i > 0 {
			b.WriteString("\n")
		}
		s, o := ix.g.Entity(f.Subject), ix.g.Entity(f.Object)
		b.WriteString(Clean(s.Name) + " " + string(f.Predicate))
		if f.Role != "" {
			b.WriteString(" (" + Clean(f.Role) + ")")
		}
		b.WriteString(" " + Clean(o.Name) + ", " + itoa(f.Sources()) + " source(s)")
	}
	return b.String()
}

// nodeTooltip names an entity's type, its name, date and forms.
func nodeTooltip(e *graph.Entity) string {
	var b strings.Builder
	b.WriteString(string(e.Type) + ": " + Clean(e.Name))
	if e.Date != "" {
		b.WriteString(" (" + Clean(e.Date) + ")")
	}
	n := 0
	for _, a := range e.Aliases {
		if t := Clean(a.Text); t != "" && t != Clean(e.Name) {
			if n == 8 {
				b.WriteString("\n…")
				break
			}
			b.WriteString("\n" + t)
			n++
		}
	}
	return b.String()
}

// dot writes the picture as DOT for the dot layout: a deterministic
// function of the picture.
func (p *picture) dot(ix *index) []byte {
	var b bytes.Buffer
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	rank := p.rankdir
	if rank == "" {
		rank = "LR"
	}
	nodesep, ranksep := "0.3", "0.6"
	if p.spread {
		nodesep, ranksep = "0.6", "1.0"
	}
	w("digraph \"newskg\" {\n\tgraph [charset=\"UTF-8\", fontname=", q(FontName), ", rankdir=", q(rank),
		", nodesep=", q(nodesep), ", ranksep=", q(ranksep), ", outputorder=\"edgesfirst\", pad=\"0.3\", newrank=\"true\"")
	title := p.title
	hidden := 0
	for i, e := range p.edges {
		if p.unlabelled[edgeID(i)] && len(e.label()) > 0 {
			hidden++
		}
	}
	if hidden > 0 {
		title = append(title[:len(title):len(title)], itoa(hidden)+" edge labels that would overlap are shown on hover only")
	}
	if len(title) > 0 {
		w(", label=", q(strings.Join(title, "\n")), ", labelloc=\"t\", labeljust=\"l\", fontsize=\"", itoa(TitleFontSize), "\"")
	}
	w("];\n\tnode [fontname=", q(FontName), ", fontsize=\"", itoa(NodeFontSize), "\", style=\"filled\", color=\"#495057\", margin=\"0.12,0.06\"];\n")
	w("\tedge [fontname=", q(FontName), ", fontsize=\"", itoa(EdgeFontSize), "\", fontcolor=\"#343a40\", arrowsize=\"0.7\"];\n")

	inCluster := map[string]bool{}
	for _, c := range p.clusters {
		inCluster[c.hub] = true
		for _, m := range c.members {
			inCluster[m] = true
		}
	}
	byID := map[string]*node{}
	for _, n := range p.nodes {
		byID[n.e.ID] = n
	}
	writeNode := func(ind string, n *node) {
		st := dot.StyleOf(n.e.Type)
		w(ind, q(n.e.ID), " [id=", q("n-"+n.e.ID), ", label=", q(strings.Join(n.lines, "\n")),
			", shape=", q(st.Shape), ", fillcolor=", q(st.Fill), ", tooltip=", q(nodeTooltip(n.e)))
		if n.focus {
			w(", penwidth=\"2.5\", color=\"#c92a2a\"")
		}
		if n.e.Type == graph.Event {
			w(", fontsize=\"", itoa(NodeFontSize+1), "\"")
		}
		w("];\n")
	}
	for i, c := range p.clusters {
		w("\tsubgraph \"cluster_", itoa(i), "\" {\n\t\tgraph [style=\"rounded,filled\", fillcolor=\"#f8f9fa\", color=\"#dee2e6\", label=\"\"];\n")
		writeNode("\t\t", byID[c.hub])
		for _, m := range c.members {
			writeNode("\t\t", byID[m])
		}
		w("\t}\n")
	}
	for _, n := range p.nodes {
		if !inCluster[n.e.ID] {
			writeNode("\t", n)
		}
	}
	for i, e := range p.edges {
		tail, head, directed := e.direction()
		style, color := predStyle(e.facts[0].Predicate)
		w("\t", q(tail), " -> ", q(head), " [id=", q(edgeID(i)), ", style=", q(style), ", color=", q(color),
			", tooltip=", q(e.tooltip(ix)))
		if l := e.label(); len(l) > 0 && !p.unlabelled[edgeID(i)] {
			w(", label=", q(strings.Join(l, "\n")))
		}
		if !directed {
			w(", dir=\"none\"")
		}
		if n := len(e.facts); n > 1 {
			w(", penwidth=", q(strconv.FormatFloat(min(1+0.5*float64(n-1), 4), 'f', 1, 64)))
		}
		w("];\n")
	}
	if len(p.table) > 0 {
		w("\t{ rank=\"sink\"; \"side-table\" [id=\"side-table\", shape=\"plain\", label=<", p.tableHTML(), ">]; }\n")
	}
	w("}\n")
	return b.Bytes()
}

// tableHTML is the side table as a Graphviz HTML-like label, every text
// escaped.
func (p *picture) tableHTML() string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" COLOR="#adb5bd" BGCOLOR="#ffffff">`)
	for i, t := range p.tableTop {
		b.WriteString(`<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="` + itoa(TableFontSize+1) + `">`)
		if i == 0 {
			b.WriteString(`<B>` + html(t) + `</B>`)
		} else {
			b.WriteString(html(t))
		}
		b.WriteString(`</FONT></TD></TR>`)
	}
	for _, r := range p.table {
		en := r.en
		if r.count > 1 {
			en += " ×" + itoa(r.count)
		}
		b.WriteString(`<TR>`)
		cell(&b, "LEFT", "", en)
		cell(&b, "RIGHT", "", r.ar)
		cell(&b, "LEFT", "#868e96", r.typ)
		b.WriteString(`</TR>`)
	}
	b.WriteString(`</TABLE>`)
	return b.String()
}

// cell writes one cell of the side table. An empty cell has no FONT
// element: Graphviz lays a table with an empty one out at NaN.
func cell(b *strings.Builder, align, color, text string) {
	b.WriteString(`<TD ALIGN="` + align + `">`)
	if t := html(text); t != "" {
		b.WriteString(`<FONT POINT-SIZE="` + itoa(TableFontSize) + `"`)
		if color != "" {
			b.WriteString(` COLOR="` + color + `"`)
		}
		b.WriteString(`>` + t + `</FONT>`)
	}
	b.WriteString(`</TD>`)
}

// q quotes a DOT string, as graph/dot does.
func q(s string) string { return dot.Quote(s) }

// html escapes text for a Graphviz HTML-like label.
func html(s string) string {
	s = Clean(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
