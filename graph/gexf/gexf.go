// Package gexf writes a knowledge graph as GEXF, Gephi's format: version
// 1.2draft by default, which Gephi and networkx 2.x (Debian's
// python3-networkx) both read, or 1.3 on request, which networkx 2.x
// does not.
//
// Attributes are declared per class with their types, as in GraphML;
// lists and records are JSON strings. Events with a known date carry it
// as a time span (start and end on the node, timeformat "date"), so that
// Gephi's timeline can filter them. Each fact is its own edge, with its
// own id. In 1.3, parallel facts between one pair also differ in kind
// (the predicate, with the role), the attribute 1.3 added for
// multigraphs; 1.2draft has no such attribute, so there the predicate and
// role are in the edge's label and attributes only. Output is
// deterministic.
package gexf

import (
	"fmt"
	"io"

	"newskg/graph"
	"newskg/graph/dot"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

func kindName(k props.Kind) string {
	switch k {
	case props.Int:
		return "integer"
	case props.Double:
		return "double"
	}
	return "string"
}

// isISODate reports whether s is a date as YYYY-MM-DD (ASCII digits).
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Kind is the GEXF edge kind of a fact: its predicate, and its role where
// it has one.
func Kind(f *graph.Fact) string {
	if f.Role != "" {
		return string(f.Predicate) + ": " + f.Role
	}
	return string(f.Predicate)
}

// Version is a GEXF version this package writes.
type Version string

const (
	V12 Version = "1.2draft" // the default
	V13 Version = "1.3"
)

// Versions lists the versions Write can write, the default first.
var Versions = []Version{V12, V13}

// ParseVersion reads a version as a user names it: "1.2draft" or "1.2",
// "1.3".
func ParseVersion(s string) (Version, error) {
	switch s {
	case "1.2draft", "1.2":
		return V12, nil
	case "1.3":
		return V13, nil
	}
	return "", fmt.Errorf("GEXF version %q: want 1.2draft or 1.3", s)
}

// header is the opening of a document of each version, up to <meta>.
var header = map[Version]string{
	V12: `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
	V13: `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
}

// Write writes g as GEXF 1.2draft; see WriteVersion.
func Write(w io.Writer, g *graph.KG) error { return WriteVersion(w, g, V12) }

// WriteVersion writes g as GEXF of version v and returns the first write
// error. Facts whose subject or object is not an entity of g are left
// out.
func WriteVersion(w io.Writer, g *graph.KG, v Version) error {
	head, ok := header[v]
	if !ok {
		_, err := ParseVersion(string(v))
		return err
	}
	out := ew.New(w)
	out.S("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	out.S(head)
	out.S(`
  <meta>
    <creator>newskg</creator>
    <description>knowledge graph of news articles</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
`)
	decl := func(class string, ps []props.Prop) {
		out.Strs("    <attributes class=\"", class, "\" mode=\"static\">\n")
		for _, p := range ps {
			out.Strs("      <attribute id=\"", p.Name, "\" title=\"", p.Name, "\" type=\"", kindName(p.Kind), "\"/>\n")
		}
		out.S("    </attributes>\n")
	}
	decl("node", props.Node)
	decl("edge", props.Edge)
	values := func(out *ew.Writer, ps []props.Prop, vs []props.Value) {
		out.S("        <attvalues>\n")
		for i, v := range vs {
			if !v.Set {
				continue
			}
			out.Strs("          <attvalue for=\"", ps[i].Name, "\" value=\"")
			out.XML(v.S)
			out.S("\"/>\n")
		}
		out.S("        </attvalues>\n")
	}
	ents := g.SortedEntities()
	out.S("    <nodes>\n")
	out.Ordered(len(ents), 256, func(out *ew.Writer, from, to int) {
		var vs props.Values
		for _, e := range ents[from:to] {
			out.S("      <node id=\"")
			out.XML(e.ID)
			out.S("\" label=\"")
			out.XML(e.Name)
			out.S("\"")
			if isISODate(e.Date) {
				out.Strs(" start=\"", e.Date, "\" end=\"", e.Date, "\"")
			}
			out.S(">\n")
			values(out, props.Node, vs.Node(e))
			r, gr, b := rgb(dot.StyleOf(e.Type).Fill)
			out.S("        <viz:color r=\"")
			out.Int(r)
			out.S("\" g=\"")
			out.Int(gr)
			out.S("\" b=\"")
			out.Int(b)
			out.S("\"/>\n      </node>\n")
		}
	})
	out.S("    </nodes>\n    <edges>\n")
	facts := g.LiveFacts()
	out.Ordered(len(facts), 256, func(out *ew.Writer, from, to int) {
		var vs props.Values
		for _, f := range facts[from:to] {
			out.S("      <edge id=\"")
			out.XML(f.ID)
			out.S("\" source=\"")
			out.XML(f.Subject)
			out.S("\" target=\"")
			out.XML(f.Object)
			if v == V13 {
				out.S("\" kind=\"")
				out.XML(Kind(f))
			}
			out.S("\" label=\"")
			out.XML(props.Label(f))
			out.S("\" weight=\"")
			out.Float(f.Confidence)
			out.S("\">\n")
			values(out, props.Edge, vs.Edge(f))
			out.S("      </edge>\n")
		}
	})
	out.S("    </edges>\n  </graph>\n</gexf>\n")
	return out.Flush()
}

// rgb parses a "#rrggbb" colour.
func rgb(s string) (r, g, b int) {
	if len(s) != 7 || s[0] != '#' {
		return 200, 200, 200
	}
	h := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return 0
	}
	return h(s[1])<<4 | h(s[2]), h(s[3])<<4 | h(s[4]), h(s[5])<<4 | h(s[6])
}
