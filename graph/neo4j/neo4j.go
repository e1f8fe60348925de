// Package neo4j writes a knowledge graph for Neo4j in two ways: a folder
// of CSV files for the offline bulk importer (neo4j-admin database
// import), with Neo4j's header syntax, and a Cypher script of idempotent
// MERGE statements for a running database.
//
// Entities get the label Entity and their type's label (Person, ...),
// documents the label Document; every fact is a relationship whose type
// is its predicate (holdsPosition, ...), with id, role, confidence,
// sources and its evidence as JSON; MENTIONED_IN links entities to the
// documents they occur in. Lists are arrays; in the CSV files their
// elements are separated by U+001F, which import.sh passes as
// --array-delimiter (names never hold control characters: any are
// written as spaces).
package neo4j

import (
	"io"
	"path/filepath"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

// ArrayDelimiter separates array elements in the CSV files.
const ArrayDelimiter = "\x1f"

func array(xs []string) string { return string(appendArray(nil, xs)) }

// appendArray appends the CSV array of xs: its elements, control
// characters as spaces, ArrayDelimiter between them.
func appendArray(b []byte, xs []string) []byte {
	for i, x := range xs {
		if i > 0 {
			b = append(b, ArrayDelimiter...)
		}
		if !hasControl(x) {
			b = append(b, x...)
			continue
		}
		for _, r := range x { // as strings.Map: invalid UTF-8 becomes U+FFFD
			if r < 0x20 || r == 0x7f {
				r = ' '
			}
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// hasControl reports whether appendArray must go rune by rune over x.
func hasControl(x string) bool {
	for i := 0; i < len(x); i++ {
		if c := x[i]; c < 0x20 || c == 0x7f {
			return true
		}
	}
	return !utf8.ValidString(x)
}

// table writes the rows of a CSV file as encoding/csv would.
type table struct{ out *ew.Writer }

func newTable(w io.Writer) *table { return &table{ew.New(w)} }

func (t *table) row(rec ...string) { t.out.CSV(rec...) }

// ordered writes the rows of n items in runs on every core (ew.Ordered):
// rows writes those of items from..to-1 to a table of the run's own,
// with scratch space for the row's numbers and lists.
func (t *table) ordered(n, size int, rows func(t *table, s *scratch, from, to int)) {
	t.out.Ordered(n, size, func(out *ew.Writer, from, to int) {
		rows(&table{out}, &scratch{}, from, to)
	})
}

// scratch builds the numbers and lists of a row as strings that hold
// until the next reset (when the space grows, the strings before keep
// the old space).
type scratch struct{ b []byte }

func (s *scratch) reset() { s.b = s.b[:0] }

func (s *scratch) str(start int) string {
	if len(s.b) == start {
		return ""
	}
	return unsafe.String(&s.b[start], len(s.b)-start)
}

func (s *scratch) int(n int) string {
	at := len(s.b)
	s.b = strconv.AppendInt(s.b, int64(n), 10)
	return s.str(at)
}

func (s *scratch) array(xs []string) string {
	at := len(s.b)
	s.b = appendArray(s.b, xs)
	return s.str(at)
}

func (s *scratch) json(v any) string {
	at := len(s.b)
	s.b = ew.AppendJSON(s.b, v)
	return s.str(at)
}

func (t *table) flush() error { return t.out.Flush() }

// file is one CSV file of the import folder.
type file struct {
	name  string
	flag  string // "--nodes=Entity:Person" or "--relationships=leads"
	write func(w io.Writer) error
}

func plan(g *graph.KG) []file { return planOf(g, g.SortedEntities(), g.LiveFacts()) }

// planOf is plan with g's sorted entities and live facts given.
func planOf(g *graph.KG, ents []*graph.Entity, facts []*graph.Fact) []file {
	var fs []file
	fs = append(fs, file{"documents.csv", "--nodes=Document", func(w io.Writer) error {
		t := newTable(w)
		t.row("id:ID(Document)", "title", "url", "published", "lang")
		for _, d := range g.SortedDocs() {
			t.row(d.ID, d.Title, d.URL, d.Published, d.Lang)
		}
		return t.flush()
	}})
	byType := map[graph.EntityType]int{}
	for _, e := range ents {
		byType[e.Type]++
	}
	for _, typ := range graph.EntityTypes {
		if byType[typ] == 0 {
			continue
		}
		fs = append(fs, file{"entities_" + string(typ) + ".csv", "--nodes=Entity:" + string(typ), func(w io.Writer) error {
			t := newTable(w)
			t.row("id:ID(Entity)", "name", "names:string[]", "aliases", "sameAs:string[]", "roles:string[]", "date", "mentions:int", "docs:string[]")
			t.ordered(len(ents), 512, func(t *table, s *scratch, from, to int) {
				var ns []string
				for _, e := range ents[from:to] {
					if e.Type != typ {
						continue
					}
					s.reset()
					aliases := ""
					if len(e.Aliases) > 0 {
						aliases = s.json(e.Aliases)
					}
					ns = ns[:0]
					for _, a := range e.Aliases {
						ns = append(ns, a.Text)
					}
					t.row(e.ID, e.Name, s.array(ns), aliases, s.array(e.SameAs), s.array(e.Roles), e.Date, s.int(e.Mentions), s.array(e.Docs))
				}
			})
			return t.flush()
		}})
	}
	byPred := map[graph.Predicate]int{}
	for _, f := range facts {
		byPred[f.Predicate]++
	}
	for _, p := range graph.Predicates {
		if byPred[p] == 0 {
			continue
		}
		fs = append(fs, file{"rels_" + string(p) + ".csv", "--relationships=" + string(p), func(w io.Writer) error {
			t := newTable(w)
			t.row(":START_ID(Entity)", ":END_ID(Entity)", "id", "role", "rolePhrase", "confidence:double", "sources:int", "evidenceCount:int", "docs:string[]", "evidence")
			t.ordered(len(facts), 1024, func(t *table, s *scratch, from, to int) {
				var docs []string
				for _, f := range facts[from:to] {
					if f.Predicate != p {
						continue
					}
					s.reset()
					ev := ""
					if len(f.Evidence) > 0 {
						ev = s.json(f.Evidence)
					}
					at := len(s.b)
					s.b = strconv.AppendFloat(s.b, f.Confidence, 'g', -1, 64)
					conf := s.str(at)
					docs = props.AppendFactDocs(docs[:0], f)
					t.row(f.Subject, f.Object, f.ID, f.Role, f.RolePhrase, conf,
						s.int(f.Sources()), s.int(len(f.Evidence)), s.array(docs), ev)
				}
			})
			return t.flush()
		}})
	}
	fs = append(fs, file{"rels_MENTIONED_IN.csv", "--relationships=MENTIONED_IN", func(w io.Writer) error {
		t := newTable(w)
		t.row(":START_ID(Entity)", ":END_ID(Document)")
		known := map[string]bool{}
		for _, d := range g.SortedDocs() {
			known[d.ID] = true
		}
		t.ordered(len(ents), 1024, func(t *table, _ *scratch, from, to int) {
			for _, e := range ents[from:to] {
				for _, d := range e.Docs {
					if known[d] {
						t.row(e.ID, d)
					}
				}
			}
		})
		return t.flush()
	}})
	return fs
}

// Files returns the names of the files WriteDir writes for g, import.sh
// and load.cypher included.
func Files(g *graph.KG) []string {
	var ns []string
	for _, f := range plan(g) {
		ns = append(ns, f.name)
	}
	return append(ns, "import.sh", "load.cypher")
}

// WriteImportScript writes a shell script that runs neo4j-admin on the
// folder's CSV files.
func WriteImportScript(w io.Writer, g *graph.KG) error { return writeImportScript(w, plan(g)) }

func writeImportScript(w io.Writer, files []file) error {
	out := ew.New(w)
	out.S(`#!/bin/sh
# Bulk import into an empty Neo4j 5 database (default name: neo4j).
# Run from this folder with the database stopped:  sh import.sh [DATABASE]
set -e
cd "$(dirname "$0")"
neo4j-admin database import full \
  --array-delimiter=U+001F \
`)
	for _, f := range files {
		out.Strs("  ", f.flag, "=", f.name, " \\\n")
	}
	out.S("  \"${1:-neo4j}\"\n")
	return out.Flush()
}

// WriteDir writes the import folder: the CSV files, import.sh and
// load.cypher, each file atomically.
func WriteDir(dir string, g *graph.KG) error {
	ents, facts := g.SortedEntities(), g.LiveFacts()
	files := planOf(g, ents, facts)
	for _, f := range files {
		if err := graph.WriteAtomicFunc(filepath.Join(dir, f.name), f.write); err != nil {
			return err
		}
	}
	if err := graph.WriteAtomicFunc(filepath.Join(dir, "import.sh"), func(w io.Writer) error { return writeImportScript(w, files) }); err != nil {
		return err
	}
	return graph.WriteAtomicFunc(filepath.Join(dir, "load.cypher"), func(w io.Writer) error { return writeCypher(w, g, ents, facts) })
}

// WriteCypher writes a Cypher script that merges g into a running
// database: uniqueness constraints, then one MERGE per document, entity,
// mention link and fact, keyed by id, so that running it twice changes
// nothing.
func WriteCypher(w io.Writer, g *graph.KG) error {
	return writeCypher(w, g, g.SortedEntities(), g.LiveFacts())
}

// writeCypher is WriteCypher with g's sorted entities and live facts
// given.
func writeCypher(w io.Writer, g *graph.KG, ents []*graph.Entity, facts []*graph.Fact) error {
	out := ew.New(w)
	out.S("// newskg knowledge graph: idempotent MERGE statements (cypher-shell -f load.cypher)\n")
	out.S("CREATE CONSTRAINT newskg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n")
	out.S("CREATE CONSTRAINT newskg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;\n")
	known := map[string]bool{}
	for _, d := range g.SortedDocs() {
		known[d.ID] = true
		out.S("MERGE (n:Document {id: ")
		out.Quote(d.ID, '\'')
		out.S("}) SET n +=")
		m := setMap{out: out}
		m.str("title", d.Title)
		m.str("url", d.URL)
		m.str("published", d.Published)
		m.str("lang", d.Lang)
		if m.first() {
			out.S(" {}")
		} else {
			out.S("}")
		}
		out.S(";\n")
	}
	out.Ordered(len(ents), 256, func(out *ew.Writer, from, to int) {
		var ns []string
		for _, e := range ents[from:to] {
			out.S("MERGE (n:Entity {id: ")
			out.Quote(e.ID, '\'')
			out.Strs("}) SET n:", string(e.Type), ", n +=")
			m := setMap{out: out}
			m.str("name", e.Name)
			ns = ns[:0]
			for _, a := range e.Aliases {
				ns = append(ns, a.Text)
			}
			m.list("names", ns)
			if len(e.Aliases) > 0 {
				m.key("aliases")
				out.SetBuf(appendQuotedJSON(out.Buf(), e.Aliases))
			}
			m.list("sameAs", e.SameAs)
			m.list("roles", e.Roles)
			m.str("date", e.Date)
			m.key("mentions")
			out.Int(e.Mentions)
			m.list("docs", e.Docs)
			out.S("};\n")
		}
	})
	out.Ordered(len(ents), 512, func(out *ew.Writer, from, to int) {
		for _, e := range ents[from:to] {
			for _, d := range e.Docs {
				if known[d] {
					out.S("MATCH (a:Entity {id: ")
					out.Quote(e.ID, '\'')
					out.S("}), (b:Document {id: ")
					out.Quote(d, '\'')
					out.S("}) MERGE (a)-[:MENTIONED_IN]->(b);\n")
				}
			}
		}
	})
	out.Ordered(len(facts), 256, func(out *ew.Writer, from, to int) {
		var docs []string
		for _, f := range facts[from:to] {
			out.S("MATCH (a:Entity {id: ")
			out.Quote(f.Subject, '\'')
			out.S("}), (b:Entity {id: ")
			out.Quote(f.Object, '\'')
			out.Strs("}) MERGE (a)-[r:", string(f.Predicate), " {id: ")
			out.Quote(f.ID, '\'')
			out.S("}]->(b) SET r +=")
			m := setMap{out: out}
			m.str("role", f.Role)
			m.str("rolePhrase", f.RolePhrase)
			m.key("confidence")
			out.SetBuf(strconv.AppendFloat(out.Buf(), f.Confidence, 'g', -1, 64))
			m.key("sources")
			out.Int(f.Sources())
			m.key("evidenceCount")
			out.Int(len(f.Evidence))
			docs = props.AppendFactDocs(docs[:0], f)
			m.list("docs", docs)
			if len(f.Evidence) > 0 {
				m.key("evidence")
				out.SetBuf(appendQuotedJSON(out.Buf(), f.Evidence))
			}
			out.S("};\n")
		}
	})
	return out.Flush()
}

// setMap writes the map of a Cypher SET: " {k: v, k: v", closed by the
// caller.
type setMap struct {
	out *ew.Writer
	n   int
}

func (m *setMap) first() bool { return m.n == 0 }

func (m *setMap) key(k string) {
	if m.n == 0 {
		m.out.S(" {")
	} else {
		m.out.S(", ")
	}
	m.n++
	m.out.Strs(k, ": ")
}

// str writes a string property, unless it is empty.
func (m *setMap) str(k, v string) {
	if v != "" {
		m.key(k)
		m.out.Quote(v, '\'')
	}
}

// list writes a list property, unless it is empty.
func (m *setMap) list(k string, vs []string) {
	if len(vs) > 0 {
		m.key(k)
		m.out.SetBuf(appendList(m.out.Buf(), vs))
	}
}

// appendQuotedJSON appends v as JSON (ew.JSON) in a Cypher string.
func appendQuotedJSON(b []byte, v any) []byte {
	start := len(b)
	return ew.QuoteTail(ew.AppendJSON(b, v), start, '\'') // JSON is valid UTF-8
}

// Quote returns s as a single-quoted Cypher string literal.
func Quote(s string) string { return ew.Quote(s, '\'') }

// List returns a Cypher list of string literals.
func List(vs []string) string { return string(appendList(nil, vs)) }

func appendList(b []byte, vs []string) []byte {
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = ew.AppendQuote(b, v, '\'')
	}
	return append(b, ']')
}
