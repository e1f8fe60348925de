// Package props flattens entities and facts into the named, typed
// attributes that the table-like formats (GraphML, GEXF, CSV) carry.
// Lists and records become compact JSON strings, so that every alias in
// every script and all evidence survive in formats that have no lists.
package props

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unsafe"

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

// Values gives the values of one entity or fact after another as
// NodeValues and EdgeValues do, from memory it reuses: what Node and
// Edge return holds until the next call.
type Values struct {
	vs   []Value
	buf  []byte
	ends []int
	docs []string
}

// begin starts the values of one node or edge.
func (v *Values) begin() {
	v.vs, v.buf, v.ends = v.vs[:0], v.buf[:0], v.ends[:0]
}

// add ends a value: the bytes appended to buf since the last; set says
// whether the value is set.
func (v *Values) add(set bool) {
	v.vs = append(v.vs, Value{Set: set})
	v.ends = append(v.ends, len(v.buf))
}

func (v *Values) str(s string) {
	v.buf = append(v.buf, s...)
	v.add(s != "")
}

func (v *Values) json(n int, x any) {
	if n > 0 {
		v.buf = ew.AppendJSON(v.buf, x)
	}
	v.add(n > 0)
}

// done points the values into buf, which no longer moves.
func (v *Values) done() []Value {
	start := 0
	for i, end := range v.ends {
		if end > start {
			v.vs[i].S = unsafe.String(&v.buf[start], end-start)
		}
		start = end
	}
	return v.vs
}

// Node returns e's values in the order of Node, as NodeValues does.
func (v *Values) Node(e *graph.Entity) []Value {
	v.begin()
	v.str(string(e.Type))
	v.str(e.Name)
	n := 0
	for _, a := range e.Aliases {
		if a.Text != e.Name {
			if n > 0 {
				v.buf = append(v.buf, " | "...)
			}
			v.buf = append(v.buf, a.Text...)
			n++
		}
	}
	v.add(n > 0)
	v.json(len(e.Aliases), e.Aliases)
	v.json(len(e.SameAs), e.SameAs)
	v.json(len(e.Roles), e.Roles)
	v.str(e.Date)
	v.buf = strconv.AppendInt(v.buf, int64(e.Mentions), 10)
	v.add(true)
	v.json(len(e.Docs), e.Docs)
	v.json(len(e.Merges), e.Merges)
	return v.done()
}

// Edge returns f's values in the order of Edge, as EdgeValues does.
func (v *Values) Edge(f *graph.Fact) []Value {
	v.begin()
	v.str(string(f.Predicate))
	v.buf = append(v.buf, f.Predicate...)
	if f.Predicate == graph.HoldsPosition && f.Role != "" {
		v.buf = append(v.buf, ": "...)
		v.buf = append(v.buf, f.Role...)
	}
	v.add(f.Predicate != "")
	v.str(f.Role)
	v.str(f.RolePhrase)
	v.buf = strconv.AppendFloat(v.buf, f.Confidence, 'g', -1, 64)
	v.add(true)
	v.buf = strconv.AppendInt(v.buf, int64(f.Sources()), 10)
	v.add(true)
	v.buf = strconv.AppendInt(v.buf, int64(len(f.Evidence)), 10)
	v.add(true)
	v.docs = AppendFactDocs(v.docs[:0], f)
	v.json(len(v.docs), v.docs)
	v.json(len(f.Evidence), f.Evidence)
	return v.done()
}

// AppendFactDocs appends the sorted distinct documents of f's evidence
// to docs, as FactDocs returns them.
func AppendFactDocs(docs []string, f *graph.Fact) []string {
	start := len(docs)
	sorted := true
	for i := range f.Evidence {
		d := f.Evidence[i].Doc
		if n := len(docs); n > start && d == docs[n-1] {
			continue
		} else if n > start && d < docs[n-1] {
			sorted = false
		}
		docs = append(docs, d)
	}
	if sorted {
		return docs
	}
	part := docs[start:]
	slices.Sort(part)
	return append(docs[:start], slices.Compact(part)...)
}
