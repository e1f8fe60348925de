// Package graphml writes a knowledge graph as GraphML, the XML graph
// format read by yEd, Gephi, Cytoscape and networkx.
//
// Every attribute is declared as a typed <key>; lists and records
// (aliases, evidence) are JSON strings. Each fact is its own <edge>, with
// the fact id as edge id, so parallel facts between one pair stay apart.
// Output is deterministic: entities and facts in sorted order.
package graphml

import (
	"io"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

func kindName(k props.Kind) string {
	switch k {
	case props.Int:
		return "int"
	case props.Double:
		return "double"
	}
	return "string"
}

// Write writes g as GraphML and returns the first write error. Facts
// whose subject or object is not an entity of g are left out.
func Write(w io.Writer, g *graph.KG) error {
	out := ew.New(w)
	out.S(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	out.S("  <key id=\"g_documents\" for=\"graph\" attr.name=\"documents\" attr.type=\"string\"><desc>JSON: [{id, title, url, published, lang}]</desc></key>\n")
	out.S("  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"><desc>canonical name</desc></key>\n")
	key := func(prefix, domain string, p props.Prop) {
		out.Strs("  <key id=\"", prefix, p.Name, "\" for=\"", domain, "\" attr.name=\"", p.Name, "\" attr.type=\"", kindName(p.Kind), "\"><desc>")
		out.XML(p.Doc)
		out.S("</desc></key>\n")
	}
	for _, p := range props.Node {
		key("n_", "node", p)
	}
	for _, p := range props.Edge {
		key("e_", "edge", p)
	}
	out.S("  <graph id=\"newskg\" edgedefault=\"directed\">\n")
	if len(g.Docs) > 0 {
		out.S("    <data key=\"g_documents\">")
		out.XML(ew.JSON(g.SortedDocs()))
		out.S("</data>\n")
	}
	data := func(out *ew.Writer, indent, prefix string, ps []props.Prop, vs []props.Value) {
		for i, v := range vs {
			if !v.Set {
				continue
			}
			out.Strs(indent, "<data key=\"", prefix, ps[i].Name, "\">")
			out.XML(v.S)
			out.S("</data>\n")
		}
	}
	ents := g.SortedEntities()
	out.Ordered(len(ents), 256, func(out *ew.Writer, from, to int) {
		var vs props.Values
		for _, e := range ents[from:to] {
			out.S("    <node id=\"")
			out.XML(e.ID)
			out.S("\">\n      <data key=\"n_label\">")
			out.XML(e.Name)
			out.S("</data>\n")
			data(out, "      ", "n_", props.Node, vs.Node(e))
			out.S("    </node>\n")
		}
	})
	facts := g.LiveFacts()
	out.Ordered(len(facts), 256, func(out *ew.Writer, from, to int) {
		var vs props.Values
		for _, f := range facts[from:to] {
			out.S("    <edge id=\"")
			out.XML(f.ID)
			out.S("\" source=\"")
			out.XML(f.Subject)
			out.S("\" target=\"")
			out.XML(f.Object)
			out.S("\">\n")
			data(out, "      ", "e_", props.Edge, vs.Edge(f))
			out.S("    </edge>\n")
		}
	})
	out.S("  </graph>\n</graphml>\n")
	return out.Flush()
}
