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
	"encoding/csv"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

// ArrayDelimiter separates array elements in the CSV files.
const ArrayDelimiter = "\x1f"

func array(xs []string) string {
	clean := make([]string, len(xs))
	for i, x := range xs {
		clean[i] = strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f {
				return ' '
			}
			return r
		}, x)
	}
	return strings.Join(clean, ArrayDelimiter)
}

func names(e *graph.Entity) []string {
	var ns []string
	for _, a := range e.Aliases {
		ns = append(ns, a.Text)
	}
	return ns
}

type table struct {
	out *ew.Writer
	c   *csv.Writer
}

func newTable(w io.Writer) *table {
	out := ew.New(w)
	return &table{out, csv.NewWriter(out)}
}

func (t *table) row(rec ...string) {
	if t.out.Err() == nil {
		_ = t.c.Write(rec)
	}
}

func (t *table) flush() error {
	t.c.Flush()
	if err := t.c.Error(); err != nil {
		return err
	}
	return t.out.Flush()
}

// file is one CSV file of the import folder.
type file struct {
	name  string
	flag  string // "--nodes=Entity:Person" or "--relationships=leads"
	write func(w io.Writer) error
}

func plan(g *graph.KG) []file {
	ents := g.SortedEntities()
	facts := liveFacts(g)
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
			for _, e := range ents {
				if e.Type != typ {
					continue
				}
				aliases := ""
				if len(e.Aliases) > 0 {
					aliases = ew.JSON(e.Aliases)
				}
				t.row(e.ID, e.Name, array(names(e)), aliases, array(e.SameAs), array(e.Roles), e.Date, strconv.Itoa(e.Mentions), array(e.Docs))
			}
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
			for _, f := range facts {
				if f.Predicate != p {
					continue
				}
				ev := ""
				if len(f.Evidence) > 0 {
					ev = ew.JSON(f.Evidence)
				}
				t.row(f.Subject, f.Object, f.ID, f.Role, f.RolePhrase, strconv.FormatFloat(f.Confidence, 'g', -1, 64),
					strconv.Itoa(f.Sources()), strconv.Itoa(len(f.Evidence)), array(props.FactDocs(f)), ev)
			}
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
		for _, e := range ents {
			for _, d := range e.Docs {
				if known[d] {
					t.row(e.ID, d)
				}
			}
		}
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
func WriteImportScript(w io.Writer, g *graph.KG) error {
	out := ew.New(w)
	out.S(`#!/bin/sh
# Bulk import into an empty Neo4j 5 database (default name: neo4j).
# Run from this folder with the database stopped:  sh import.sh [DATABASE]
set -e
cd "$(dirname "$0")"
neo4j-admin database import full \
  --array-delimiter=U+001F \
`)
	for _, f := range plan(g) {
		out.Strs("  ", f.flag, "=", f.name, " \\\n")
	}
	out.S("  \"${1:-neo4j}\"\n")
	return out.Flush()
}

// WriteDir writes the import folder: the CSV files, import.sh and
// load.cypher, each file atomically.
func WriteDir(dir string, g *graph.KG) error {
	for _, f := range plan(g) {
		if err := graph.WriteAtomicFunc(filepath.Join(dir, f.name), f.write); err != nil {
			return err
		}
	}
	if err := graph.WriteAtomicFunc(filepath.Join(dir, "import.sh"), func(w io.Writer) error { return WriteImportScript(w, g) }); err != nil {
		return err
	}
	return graph.WriteAtomicFunc(filepath.Join(dir, "load.cypher"), func(w io.Writer) error { return WriteCypher(w, g) })
}

// WriteCypher writes a Cypher script that merges g into a running
// database: uniqueness constraints, then one MERGE per document, entity,
// mention link and fact, keyed by id, so that running it twice changes
// nothing.
func WriteCypher(w io.Writer, g *graph.KG) error {
	out := ew.New(w)
	out.S("// newskg knowledge graph: idempotent MERGE statements (cypher-shell -f load.cypher)\n")
	out.S("CREATE CONSTRAINT newskg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n")
	out.S("CREATE CONSTRAINT newskg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;\n")
	set := func(first *bool, k, v string) {
		if *first {
			out.S(" {")
			*first = false
		} else {
			out.S(", ")
		}
		out.Strs(k, ": ", v)
	}
	str := func(first *bool, k, v string) {
		if v != "" {
			set(first, k, Quote(v))
		}
	}
	list := func(first *bool, k string, vs []string) {
		if len(vs) > 0 {
			set(first, k, List(vs))
		}
	}
	known := map[string]bool{}
	for _, d := range g.SortedDocs() {
		known[d.ID] = true
		out.Strs("MERGE (n:Document {id: ", Quote(d.ID), "}) SET n +=")
		first := true
		str(&first, "title", d.Title)
		str(&first, "url", d.URL)
		str(&first, "published", d.Published)
		str(&first, "lang", d.Lang)
		if first {
			out.S(" {}")
		} else {
			out.S("}")
		}
		out.S(";\n")
	}
	ents := g.SortedEntities()
	for _, e := range ents {
		out.Strs("MERGE (n:Entity {id: ", Quote(e.ID), "}) SET n:", string(e.Type), ", n +=")
		first := true
		str(&first, "name", e.Name)
		list(&first, "names", names(e))
		if len(e.Aliases) > 0 {
			str(&first, "aliases", ew.JSON(e.Aliases))
		}
		list(&first, "sameAs", e.SameAs)
		list(&first, "roles", e.Roles)
		str(&first, "date", e.Date)
		set(&first, "mentions", strconv.Itoa(e.Mentions))
		list(&first, "docs", e.Docs)
		out.S("};\n")
	}
	for _, e := range ents {
		for _, d := range e.Docs {
			if known[d] {
				out.Strs("MATCH (a:Entity {id: ", Quote(e.ID), "}), (b:Document {id: ", Quote(d), "}) MERGE (a)-[:MENTIONED_IN]->(b);\n")
			}
		}
	}
	for _, f := range liveFacts(g) {
		out.Strs("MATCH (a:Entity {id: ", Quote(f.Subject), "}), (b:Entity {id: ", Quote(f.Object), "}) MERGE (a)-[r:", string(f.Predicate),
			" {id: ", Quote(f.ID), "}]->(b) SET r +=")
		first := true
		str(&first, "role", f.Role)
		str(&first, "rolePhrase", f.RolePhrase)
		set(&first, "confidence", strconv.FormatFloat(f.Confidence, 'g', -1, 64))
		set(&first, "sources", strconv.Itoa(f.Sources()))
		set(&first, "evidenceCount", strconv.Itoa(len(f.Evidence)))
		list(&first, "docs", props.FactDocs(f))
		if len(f.Evidence) > 0 {
			str(&first, "evidence", ew.JSON(f.Evidence))
		}
		out.S("};\n")
	}
	return out.Flush()
}

// Quote returns s as a single-quoted Cypher string literal.
func Quote(s string) string { return ew.Quote(s, '\'') }

// List returns a Cypher list of string literals.
func List(vs []string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Quote(v))
	}
	b.WriteByte(']')
	return b.String()
}

func liveFacts(g *graph.KG) []*graph.Fact {
	var out []*graph.Fact
	for _, f := range g.SortedFacts() {
		if g.Entity(f.Subject) != nil && g.Entity(f.Object) != nil {
			out = append(out, f)
		}
	}
	return out
}
