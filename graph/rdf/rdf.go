// Package rdf writes a knowledge graph as RDF: N-Quads, with one named
// graph per source article, and Turtle.
//
// The statements are those of the JSON-LD document that package
// graph/jsonld writes, with the same IRIs: entities are
// urn:newskg:entity:ID, facts urn:newskg:fact:ID (rdf:Statement nodes
// with rdf:subject, rdf:predicate and rdf:object), documents
// urn:newskg:doc:ID, the ontology https://newskg.example/ns#, names and
// types from schema.org and prov:wasDerivedFrom from each statement to
// its evidence. The nodes JSON-LD leaves blank (evidence, alias use,
// merge reasons) get skolem IRIs under their owner's IRI
// (urn:newskg:fact:ID/evidence/1), stable across runs. Numbers are
// written as JSON-LD's toRdf writes them (xsd:integer, canonical
// xsd:double), and confidences rounded as in the JSON-LD.
//
// In N-Quads, documents and entities are in the default graph; each fact
// appears, with its direct triple and its statement node, in the named
// graph urn:newskg:doc:ID of every article that supports it, linked to
// the evidence from that article only. Turtle holds the union, each
// triple once.
package rdf

import (
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/iri"
	"newskg/graph/jsonld"
)

// Namespaces besides those of package jsonld.
const (
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	Schema = "https://schema.org/"
	Prov   = "http://www.w3.org/ns/prov#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
)

var prefixes = []struct{ p, ns string }{
	{"rdf", RDF}, {"schema", Schema}, {"prov", Prov}, {"xsd", XSD}, {"kg", jsonld.NS},
}

func nsOf(prefix string) string {
	for _, p := range prefixes {
		if p.p == prefix {
			return p.ns
		}
	}
	panic("rdf: unknown prefix " + prefix)
}

// sink writes triples as N-Quads or as Turtle grouped by subject.
type sink struct {
	out    *ew.Writer
	turtle bool
	graph  string // N-Quads: the graph term, "" for the default graph
	subj   string // Turtle: the open subject
	n      int    // statements written
	vocab  map[string]string
	num    []byte
}

// v returns a vocabulary term, "schema:name" in Turtle and the full IRI
// in N-Quads (made once per term).
func (s *sink) v(prefix, local string) string {
	if t, ok := s.vocab[prefix+":"+local]; ok {
		return t
	}
	t := prefix + ":" + local
	if !s.turtle {
		t = "<" + nsOf(prefix) + local + ">"
	}
	if s.vocab == nil {
		s.vocab = map[string]string{}
	}
	s.vocab[prefix+":"+local] = t
	return t
}

// t writes a statement whose object is the concatenation of obj.
func (s *sink) t(subj, pred string, obj ...string) {
	s.n++
	if !s.turtle {
		s.out.Strs(subj, " ", pred, " ")
		s.out.Strs(obj...)
		if s.graph != "" {
			s.out.Strs(" ", s.graph)
		}
		s.out.S(" .\n")
		return
	}
	if pred == "rdf:type" {
		pred = "a"
	}
	if subj == s.subj {
		s.out.Strs(" ;\n    ", pred, " ")
		s.out.Strs(obj...)
		return
	}
	s.end()
	s.subj = subj
	s.out.Strs(subj, "\n    ", pred, " ")
	s.out.Strs(obj...)
}

// end closes the open Turtle subject.
func (s *sink) end() {
	if s.turtle && s.subj != "" {
		s.out.S(" .\n\n")
		s.subj = ""
	}
}

func (s *sink) str(subj, pred, text string) {
	if text != "" {
		s.t(subj, pred, Literal(text, ""))
	}
}

func (s *sink) integer(subj, pred string, n int) {
	s.num = strconv.AppendInt(s.num[:0], int64(n), 10)
	s.t(subj, pred, `"`, string(s.num), `"^^`, s.v("xsd", "integer"))
}

func (s *sink) double(subj, pred string, x float64) {
	s.t(subj, pred, `"`, Double(x), `"^^`, s.v("xsd", "double"))
}

// IRI returns <iri> with the characters IRIs may not hold percent-encoded.
func IRI(s string) string { return "<" + iri.External(s) + ">" }

// EntityIRI, FactIRI and DocIRI return the IRIs of the JSON-LD, bracketed
// (package graph/internal/iri builds them for both).
func EntityIRI(id string) string { return "<" + iri.Entity(id) + ">" }

// FactIRI returns a fact's IRI.
func FactIRI(id string) string { return "<" + iri.Fact(id) + ">" }

// DocIRI returns a document's IRI, the name of its graph in N-Quads.
func DocIRI(id string) string { return "<" + iri.Doc(id) + ">" }

func sub(iri, part string, i int) string {
	return iri[:len(iri)-1] + "/" + part + "/" + strconv.Itoa(i+1) + ">"
}

var langTag = regexp.MustCompile(`^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$`)

// Literal returns a quoted N-Triples/Turtle string literal, with a
// language tag when lang is a well-formed one. Quotes, backslashes and
// control characters are escaped (\n, \t, \u0001, ...); invalid UTF-8
// becomes U+FFFD; other characters, Arabic included, are written as they
// are.
func Literal(s, lang string) string {
	q := ew.Quote(s, '"')
	if lang != "" && langTag.MatchString(lang) {
		q += "@" + lang
	}
	return q
}

// Double returns the canonical xsd:double form of x that JSON-LD's toRdf
// writes: one digit before the point, "E" and the exponent ("9.0E-1").
func Double(x float64) string {
	s := strconv.FormatFloat(x, 'E', -1, 64)
	mant, exp, _ := strings.Cut(s, "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	e, _ := strconv.Atoi(exp)
	return mant + "E" + strconv.Itoa(e)
}

// round rounds to three places, as the JSON-LD writer does.
func round(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}

var scheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// WriteNQuads writes g as N-Quads and returns the first write error.
func WriteNQuads(w io.Writer, g *graph.KG) error {
	_, err := write(w, g, false)
	return err
}

// WriteTurtle writes g as Turtle and returns the first write error.
func WriteTurtle(w io.Writer, g *graph.KG) error {
	_, err := write(w, g, true)
	return err
}

// Syntax is an RDF serialisation.
type Syntax int

// The syntaxes.
const (
	NQuads Syntax = iota
	Turtle
)

// Encode writes g in the given syntax and returns the number of
// statements (quads or triples) written.
func Encode(w io.Writer, g *graph.KG, syntax Syntax) (int, error) {
	return write(w, g, syntax == Turtle)
}

// write writes g and returns the number of statements written.
func write(w io.Writer, g *graph.KG, turtle bool) (int, error) {
	s := &sink{out: ew.New(w), turtle: turtle}
	if turtle {
		for _, p := range prefixes {
			s.out.Strs("@prefix ", p.p, ": <", p.ns, "> .\n")
		}
		s.out.S("\n")
	}
	typ := s.v("rdf", "type")
	for _, d := range g.SortedDocs() {
		iri := DocIRI(d.ID)
		s.t(iri, typ, s.v("schema", "NewsArticle"))
		s.str(iri, s.v("schema", "identifier"), d.ID)
		s.str(iri, s.v("schema", "headline"), d.Title)
		s.str(iri, s.v("schema", "url"), d.URL)
		s.str(iri, s.v("schema", "datePublished"), d.Published)
		s.str(iri, s.v("schema", "inLanguage"), d.Lang)
	}
	ents := g.SortedEntities()
	have := make(map[string]bool, len(ents))
	for _, e := range ents {
		have[e.ID] = true
		writeEntity(s, e)
	}
	facts := g.SortedFacts()
	if turtle {
		// Direct triples, once per subject, predicate and object.
		for i, f := range facts {
			if !have[f.Subject] || !have[f.Object] {
				continue
			}
			if i > 0 && facts[i-1].Subject == f.Subject && facts[i-1].Predicate == f.Predicate && facts[i-1].Object == f.Object {
				continue
			}
			s.t(EntityIRI(f.Subject), s.v("kg", string(f.Predicate)), EntityIRI(f.Object))
		}
		for _, f := range facts {
			if have[f.Subject] && have[f.Object] {
				writeFact(s, f, "")
			}
		}
		s.end()
		return s.n, s.out.Flush()
	}
	// N-Quads: facts without evidence stay in the default graph; the
	// others go to the graph of each document they were read from, in
	// document order.
	byDoc := map[string][]inDoc{}
	var docs []string
	for _, f := range facts {
		if !have[f.Subject] || !have[f.Object] {
			continue
		}
		if len(f.Evidence) == 0 {
			s.t(EntityIRI(f.Subject), s.v("kg", string(f.Predicate)), EntityIRI(f.Object))
			writeFact(s, f, "")
			continue
		}
		sources, sorted := f.Sources(), evidenceByDoc(f.Evidence)
		for i, ev := range f.Evidence {
			if i > 0 && f.Evidence[i-1].Doc == ev.Doc {
				continue // evidence is sorted by document
			}
			if byDoc[ev.Doc] == nil {
				docs = append(docs, ev.Doc)
			}
			x := inDoc{f: f, sources: sources, from: 0, to: len(f.Evidence)}
			if sorted { // the document's evidence is the run from i on
				x.from, x.to = i, i+1
				for x.to < len(f.Evidence) && f.Evidence[x.to].Doc == ev.Doc {
					x.to++
				}
			}
			byDoc[ev.Doc] = append(byDoc[ev.Doc], x)
		}
	}
	sort.Strings(docs)
	for _, d := range docs {
		s.graph = DocIRI(d)
		fs := byDoc[d]
		for i, x := range fs {
			f := x.f
			if i > 0 && fs[i-1].f.Subject == f.Subject && fs[i-1].f.Predicate == f.Predicate && fs[i-1].f.Object == f.Object {
				continue
			}
			s.t(EntityIRI(f.Subject), s.v("kg", string(f.Predicate)), EntityIRI(f.Object))
		}
		for _, x := range fs {
			writeFactIn(s, x.f, d, x.sources, x.from, x.to)
		}
	}
	return s.n, s.out.Flush()
}

// inDoc is a fact in the named graph of one of its documents: its
// sources, and the evidence to look through for that document's.
type inDoc struct {
	f        *graph.Fact
	sources  int
	from, to int
}

// evidenceByDoc reports whether each document's evidence is one run.
func evidenceByDoc(ev []graph.Evidence) bool {
	for i := 1; i < len(ev); i++ {
		if ev[i].Doc < ev[i-1].Doc {
			return false
		}
	}
	return true
}

func writeEntity(s *sink, e *graph.Entity) {
	iri := EntityIRI(e.ID)
	typ := s.v("rdf", "type")
	if e.Type == graph.Delegation {
		s.t(iri, typ, s.v("kg", "Delegation"))
		s.t(iri, typ, s.v("schema", "Organization"))
	} else {
		s.t(iri, typ, s.v("schema", string(e.Type))) // types are plain words
	}
	s.t(iri, s.v("schema", "name"), Literal(e.Name, ""))
	for _, a := range e.Aliases {
		s.t(iri, s.v("schema", "alternateName"), Literal(a.Text, a.Lang))
	}
	for i := range e.Aliases {
		s.t(iri, s.v("kg", "aliasUse"), sub(iri, "alias", i))
	}
	for _, x := range e.SameAs {
		if scheme.MatchString(x) {
			s.t(iri, s.v("schema", "sameAs"), IRI(x))
		} else {
			s.str(iri, s.v("schema", "sameAs"), x)
		}
	}
	for _, r := range e.Roles {
		s.str(iri, s.v("kg", "roles"), r)
	}
	s.str(iri, s.v("schema", "startDate"), e.Date)
	if e.Mentions != 0 {
		s.integer(iri, s.v("kg", "mentionCount"), e.Mentions)
	}
	for _, d := range e.Docs {
		s.str(iri, s.v("kg", "documents"), d)
	}
	for i := range e.Merges {
		s.t(iri, s.v("kg", "merge"), sub(iri, "merge", i))
	}
	for i, a := range e.Aliases {
		n := sub(iri, "alias", i)
		s.t(n, s.v("kg", "form"), Literal(a.Text, a.Lang))
		s.integer(n, s.v("kg", "count"), a.Count)
		for _, d := range a.Docs {
			s.str(n, s.v("kg", "documents"), d)
		}
	}
	for i, m := range e.Merges {
		n := sub(iri, "merge", i)
		s.t(n, s.v("rdf", "type"), s.v("kg", "MergeReason"))
		s.t(n, s.v("kg", "form"), Literal(m.Form, ""))
		s.t(n, s.v("kg", "into"), Literal(m.Into, ""))
		s.t(n, s.v("kg", "rule"), Literal(m.Rule, ""))
		s.str(n, s.v("kg", "key"), m.Key)
		s.double(n, s.v("kg", "score"), m.Score)
	}
}

// writeFact writes f's statement node and its evidence; with doc set,
// only the evidence from that document.
func writeFact(s *sink, f *graph.Fact, doc string) {
	writeFactIn(s, f, doc, f.Sources(), 0, len(f.Evidence))
}

// writeFactIn is writeFact with f's sources given, looking for doc's
// evidence among f.Evidence[from:to] only.
func writeFactIn(s *sink, f *graph.Fact, doc string, sources, from, to int) {
	iri := FactIRI(f.ID)
	s.t(iri, s.v("rdf", "type"), s.v("rdf", "Statement"))
	s.t(iri, s.v("rdf", "subject"), EntityIRI(f.Subject))
	s.t(iri, s.v("rdf", "predicate"), s.v("kg", string(f.Predicate)))
	s.t(iri, s.v("rdf", "object"), EntityIRI(f.Object))
	s.str(iri, s.v("kg", "role"), f.Role)
	s.str(iri, s.v("kg", "rolePhrase"), f.RolePhrase)
	s.double(iri, s.v("kg", "confidence"), round(f.Confidence))
	s.integer(iri, s.v("kg", "sources"), sources)
	for i := from; i < to; i++ {
		if ev := &f.Evidence[i]; doc == "" || ev.Doc == doc {
			s.t(iri, s.v("prov", "wasDerivedFrom"), sub(iri, "evidence", i))
		}
	}
	for i := from; i < to; i++ {
		ev := &f.Evidence[i]
		if doc != "" && ev.Doc != doc {
			continue
		}
		n := sub(iri, "evidence", i)
		s.t(n, s.v("rdf", "type"), s.v("kg", "Evidence"))
		s.str(n, s.v("kg", "document"), ev.Doc)
		s.str(n, s.v("schema", "url"), ev.URL)
		s.str(n, s.v("schema", "datePublished"), ev.Published)
		s.t(n, s.v("kg", "text"), Literal(ev.Text, ""))
		s.integer(n, s.v("kg", "start"), ev.Start)
		s.integer(n, s.v("kg", "end"), ev.End)
		s.integer(n, s.v("kg", "subjectStart"), ev.SubjectStart)
		s.integer(n, s.v("kg", "subjectEnd"), ev.SubjectEnd)
		s.integer(n, s.v("kg", "objectStart"), ev.ObjectStart)
		s.integer(n, s.v("kg", "objectEnd"), ev.ObjectEnd)
		s.t(n, s.v("kg", "extractor"), Literal(ev.Extractor, ""))
		s.t(n, s.v("kg", "rule"), Literal(ev.Rule, ""))
		s.double(n, s.v("kg", "confidence"), round(ev.Confidence))
	}
}
