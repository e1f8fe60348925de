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
	"context"
	"io"
	"strconv"
	"sync"
	"unicode/utf8"
	"unsafe"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/props"
)

// ArrayDelimiter separates array elements in the CSV files.
const ArrayDelimiter = "\x1f"

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

// scratch builds the numbers and lists of a row as strings that hold
// until the next reset (when the space grows, the strings before keep
// the old space).
type scratch struct {
	b    []byte
	list []string
}

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

func (s *scratch) float(x float64) string {
	at := len(s.b)
	s.b = strconv.AppendFloat(s.b, x, 'g', -1, 64)
	return s.str(at)
}

func (s *scratch) array(xs []string) string {
	at := len(s.b)
	s.b = appendArray(s.b, xs)
	return s.str(at)
}

// json returns v as JSON (ew.JSON), "" for an empty list.
func (s *scratch) json(v any, n int) string {
	if n == 0 {
		return ""
	}
	at := len(s.b)
	s.b = ew.AppendJSON(s.b, v)
	return s.str(at)
}

// aliasTexts returns the texts of e's aliases, in the scratch's list.
func (s *scratch) aliasTexts(e *graph.Entity) []string {
	s.list = s.list[:0]
	for _, a := range e.Aliases {
		s.list = append(s.list, a.Text)
	}
	return s.list
}

// scratches keeps the scratch space of runs for the runs after them.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

// withScratch runs f with scratch space from the pool.
func withScratch(f func(s *scratch)) {
	s := scratches.Get().(*scratch)
	f(s)
	s.reset()
	scratches.Put(s)
}

// file is one CSV file of the import folder.
type file struct {
	name   string
	flag   string // "--nodes=Entity:Person" or "--relationships=leads"
	header []string
}

// layout is the import folder of a graph: its CSV files in import.sh's
// order, and which file the rows of each entity type and predicate go
// to (types and predicates outside the ontology have none).
type layout struct {
	files           []file
	ofType          map[graph.EntityType]int
	ofPred          map[graph.Predicate]int
	docs, mentioned int // documents.csv and rels_MENTIONED_IN.csv
}

func plan(g *graph.KG) *layout { return planOf(g.SortedEntities(), g.LiveFacts()) }

// planOf is plan with g's sorted entities and live facts given: a file
// for each entity type and predicate that has rows.
func planOf(ents []*graph.Entity, facts []*graph.Fact) *layout {
	l := &layout{ofType: map[graph.EntityType]int{}, ofPred: map[graph.Predicate]int{}}
	add := func(f file) int {
		l.files = append(l.files, f)
		return len(l.files) - 1
	}
	l.docs = add(file{"documents.csv", "--nodes=Document", []string{"id:ID(Document)", "title", "url", "published", "lang"}})
	byType := map[graph.EntityType]int{}
	for _, e := range ents {
		byType[e.Type]++
	}
	for _, typ := range graph.EntityTypes {
		if byType[typ] > 0 {
			l.ofType[typ] = add(file{"entities_" + string(typ) + ".csv", "--nodes=Entity:" + string(typ),
				[]string{"id:ID(Entity)", "name", "names:string[]", "aliases", "sameAs:string[]", "roles:string[]", "date", "mentions:int", "docs:string[]"}})
		}
	}
	byPred := map[graph.Predicate]int{}
	for _, f := range facts {
		byPred[f.Predicate]++
	}
	for _, p := range graph.Predicates {
		if byPred[p] > 0 {
			l.ofPred[p] = add(file{"rels_" + string(p) + ".csv", "--relationships=" + string(p),
				[]string{":START_ID(Entity)", ":END_ID(Entity)", "id", "role", "rolePhrase", "confidence:double", "sources:int", "evidenceCount:int", "docs:string[]", "evidence"}})
		}
	}
	l.mentioned = add(file{"rels_MENTIONED_IN.csv", "--relationships=MENTIONED_IN", []string{":START_ID(Entity)", ":END_ID(Document)"}})
	return l
}

// Files returns the names of the files WriteDir writes for g, import.sh
// and load.cypher included.
func Files(g *graph.KG) []string {
	var ns []string
	for _, f := range plan(g).files {
		ns = append(ns, f.name)
	}
	return append(ns, "import.sh", "load.cypher")
}

// WriteImportScript writes a shell script that runs neo4j-admin on the
// folder's CSV files.
func WriteImportScript(w io.Writer, g *graph.KG) error { return writeImportScript(w, plan(g).files) }

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
// load.cypher. They are written side by side, in one pass over the
// entities and one over the facts (each fact's evidence made JSON once
// for its CSV row and its MERGE), each to a temporary file beside its
// own (ew.Stage); only when all are written are they renamed into
// place, so that a failure leaves the folder as it was.
func WriteDir(dir string, g *graph.KG) error {
	return WriteDirContext(context.Background(), dir, g)
}

// WriteDirContext is WriteDir that stops, leaving the folder as it was,
// once ctx is done.
func WriteDirContext(ctx context.Context, dir string, g *graph.KG) error {
	ents, facts := g.SortedEntities(), g.LiveFacts()
	l := planOf(ents, facts)
	st, err := ew.NewStage(ctx, dir)
	if err != nil {
		return err
	}
	defer st.Discard()
	outs := make([]*ew.Writer, len(l.files)+1) // the CSV files, then load.cypher
	for i, f := range l.files {
		if outs[i], err = st.Create(f.name); err != nil {
			return err
		}
		outs[i].CSV(f.header...)
	}
	cy := len(l.files)
	if outs[cy], err = st.Create("load.cypher"); err != nil {
		return err
	}
	known := cypherHead(outs[cy], g.SortedDocs(), func(d graph.DocInfo) {
		outs[l.docs].CSV(d.ID, d.Title, d.URL, d.Published, d.Lang)
	})
	ew.OrderedTo(outs, len(ents), 256, func(outs []*ew.Writer, from, to int) {
		withScratch(func(s *scratch) {
			for _, e := range ents[from:to] {
				s.reset()
				aliases, names := s.json(e.Aliases, len(e.Aliases)), s.aliasTexts(e)
				if i, ok := l.ofType[e.Type]; ok {
					outs[i].CSV(e.ID, e.Name, s.array(names), aliases, s.array(e.SameAs), s.array(e.Roles), e.Date, s.int(e.Mentions), s.array(e.Docs))
				}
				cypherEntity(outs[cy], e, names, aliases)
			}
		})
	})
	ew.OrderedTo(outs, len(ents), 512, func(outs []*ew.Writer, from, to int) {
		for _, e := range ents[from:to] {
			cypherMentions(outs[cy], e, known, func(d string) { outs[l.mentioned].CSV(e.ID, d) })
		}
	})
	ew.OrderedTo(outs, len(facts), 256, func(outs []*ew.Writer, from, to int) {
		withScratch(func(s *scratch) {
			var docs []string
			for _, f := range facts[from:to] {
				s.reset()
				ev := s.json(f.Evidence, len(f.Evidence))
				docs = props.AppendFactDocs(docs[:0], f)
				if i, ok := l.ofPred[f.Predicate]; ok {
					outs[i].CSV(f.Subject, f.Object, f.ID, f.Role, f.RolePhrase, s.float(f.Confidence),
						s.int(f.Sources()), s.int(len(f.Evidence)), s.array(docs), ev)
				}
				cypherFact(outs[cy], f, docs, ev)
			}
		})
	})
	for _, out := range outs {
		if err := out.Flush(); err != nil {
			return err
		}
	}
	script, err := st.Create("import.sh")
	if err != nil {
		return err
	}
	if err := writeImportScript(script, l.files); err != nil {
		return err
	}
	return st.Commit()
}

// WriteCypher writes a Cypher script that merges g into a running
// database: uniqueness constraints, then one MERGE per document, entity,
// mention link and fact, keyed by id, so that running it twice changes
// nothing.
func WriteCypher(w io.Writer, g *graph.KG) error {
	ents, facts := g.SortedEntities(), g.LiveFacts()
	out := ew.New(w)
	known := cypherHead(out, g.SortedDocs(), func(graph.DocInfo) {})
	out.Ordered(len(ents), 256, func(out *ew.Writer, from, to int) {
		withScratch(func(s *scratch) {
			for _, e := range ents[from:to] {
				s.reset()
				cypherEntity(out, e, s.aliasTexts(e), s.json(e.Aliases, len(e.Aliases)))
			}
		})
	})
	out.Ordered(len(ents), 512, func(out *ew.Writer, from, to int) {
		for _, e := range ents[from:to] {
			cypherMentions(out, e, known, nil)
		}
	})
	out.Ordered(len(facts), 256, func(out *ew.Writer, from, to int) {
		withScratch(func(s *scratch) {
			var docs []string
			for _, f := range facts[from:to] {
				s.reset()
				cypherFact(out, f, props.AppendFactDocs(docs[:0], f), s.json(f.Evidence, len(f.Evidence)))
			}
		})
	})
	return out.Flush()
}

// cypherHead writes the script's comment, its constraints and the MERGE
// of each document, calling each on the document too; it returns the
// set of the documents' ids.
func cypherHead(out *ew.Writer, docs []graph.DocInfo, each func(graph.DocInfo)) map[string]bool {
	out.S("// newskg knowledge graph: idempotent MERGE statements (cypher-shell -f load.cypher)\n")
	out.S("CREATE CONSTRAINT newskg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n")
	out.S("CREATE CONSTRAINT newskg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;\n")
	known := make(map[string]bool, len(docs))
	for _, d := range docs {
		known[d.ID] = true
		each(d)
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
	return known
}

// cypherEntity writes the MERGE of e, whose alias texts are names and
// whose aliases as JSON are aliases ("" for none).
func cypherEntity(out *ew.Writer, e *graph.Entity, names []string, aliases string) {
	out.S("MERGE (n:Entity {id: ")
	out.Quote(e.ID, '\'')
	out.Strs("}) SET n:", string(e.Type), ", n +=")
	m := setMap{out: out}
	m.str("name", e.Name)
	m.list("names", names)
	if aliases != "" {
		m.key("aliases")
		out.QuoteValid(aliases, '\'')
	}
	m.list("sameAs", e.SameAs)
	m.list("roles", e.Roles)
	m.str("date", e.Date)
	m.key("mentions")
	out.Int(e.Mentions)
	m.list("docs", e.Docs)
	out.S("};\n")
}

// cypherMentions writes the MENTIONED_IN link of e to each known
// document it names, calling each (when not nil) on the document too.
func cypherMentions(out *ew.Writer, e *graph.Entity, known map[string]bool, each func(doc string)) {
	var id []byte // e.ID quoted, once
	for _, d := range e.Docs {
		if !known[d] {
			continue
		}
		if each != nil {
			each(d)
		}
		if id == nil {
			id = ew.AppendQuote(nil, e.ID, '\'')
		}
		out.S("MATCH (a:Entity {id: ")
		out.Write(id)
		out.S("}), (b:Document {id: ")
		out.Quote(d, '\'')
		out.S("}) MERGE (a)-[:MENTIONED_IN]->(b);\n")
	}
}

// cypherFact writes the MERGE of f, whose documents are docs and whose
// evidence as JSON is ev ("" for none).
func cypherFact(out *ew.Writer, f *graph.Fact, docs []string, ev string) {
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
	m.list("docs", docs)
	if ev != "" {
		m.key("evidence")
		out.QuoteValid(ev, '\'')
	}
	out.S("};\n")
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
