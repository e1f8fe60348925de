// Package props flattens entities and facts into the named, typed
// attributes that the table-like formats (GraphML, GEXF, CSV) carry.
// Lists and records become compact JSON strings, so that every alias in
// every script and all evidence survive in formats that have no lists.
package props

import (
	"sort"
	"strconv"
	"strings"

	"newskg/graph"
	"newskg/graph/internal/ew"
)

// Kind is an attribute's value type.
type Kind int

// The kinds.
const (
	String Kind = iota
	Int
	Double
)

// Prop is one attribute: its name, kind and what it is.
type Prop struct {
	Name string
	Kind Kind
	Doc  string
}

// Node lists the node attributes in output order.
var Node = []Prop{
	{"type", String, "entity type"},
	{"name", String, "canonical name"},
	{"names", String, "every alias, \" | \" between them"},
	{"aliases", String, "JSON: [{text, lang, count, docs}]"},
	{"sameAs", String, "JSON: [IRI]"},
	{"roles", String, "JSON: [role]"},
	{"date", String, "ISO date, for events"},
	{"mentions", Int, "number of mentions"},
	{"docs", String, "JSON: [document id]"},
	{"merges", String, "JSON: [{form, into, rule, key, score}]"},
}

// Edge lists the edge attributes in output order.
var Edge = []Prop{
	{"predicate", String, "relation"},
	{"label", String, "predicate, with the role for holdsPosition"},
	{"role", String, "role, for holdsPosition"},
	{"rolePhrase", String, "the role as written"},
	{"confidence", Double, "confidence 0..1"},
	{"sources", Int, "number of supporting documents"},
	{"evidenceCount", Int, "number of evidence sentences"},
	{"docs", String, "JSON: [document id]"},
	{"evidence", String, "JSON: [evidence]"},
}

// Value is one attribute value; Set is false for an empty value, which
// formats leave out.
type Value struct {
	S   string
	Set bool
}

func str(s string) Value { return Value{s, s != ""} }

func list[T any](xs []T) Value {
	if len(xs) == 0 {
		return Value{}
	}
	return Value{ew.JSON(xs), true}
}

// Label is the text shown for a fact: its predicate, with the role for
// holdsPosition.
func Label(f *graph.Fact) string {
	if f.Predicate == graph.HoldsPosition && f.Role != "" {
		return string(f.Predicate) + ": " + f.Role
	}
	return string(f.Predicate)
}

// Names joins an entity's aliases other than its name.
func Names(e *graph.Entity) string {
	var parts []string
	for _, a := range e.Aliases {
		if a.Text != e.Name {
			parts = append(parts, a.Text)
		}
	}
	return strings.Join(parts, " | ")
}

// NodeValues returns e's values in the order of Node.
func NodeValues(e *graph.Entity) []Value {
	return []Value{
		str(string(e.Type)),
		str(e.Name),
		str(Names(e)),
		list(e.Aliases),
		list(e.SameAs),
		list(e.Roles),
		str(e.Date),
		{strconv.Itoa(e.Mentions), true},
		list(e.Docs),
		list(e.Merges),
	}
}

// FactDocs returns the sorted distinct documents of f's evidence.
func FactDocs(f *graph.Fact) []string {
	var docs []string
	for _, ev := range f.Evidence {
		docs = append(docs, ev.Doc)
	}
	sort.Strings(docs)
	out := docs[:0]
	for i, d := range docs {
		if i == 0 || d != docs[i-1] {
			out = append(out, d)
		}
	}
	return out
}

// EdgeValues returns f's values in the order of Edge.
func EdgeValues(f *graph.Fact) []Value {
	return []Value{
		str(string(f.Predicate)),
		str(Label(f)),
		str(f.Role),
		str(f.RolePhrase),
		{strconv.FormatFloat(f.Confidence, 'g', -1, 64), true},
		{strconv.Itoa(f.Sources()), true},
		{strconv.Itoa(len(f.Evidence)), true},
		list(FactDocs(f)),
		list(f.Evidence),
	}
}
