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
	"bytes"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"sync/atomic"
	"unsafe"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/huge"
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

// sink writes triples as N-Quads or as Turtle grouped by subject. Each
// statement is appended to out: its subject and predicate (open), its
// object, and in N-Quads its graph (closed).
type sink struct {
	out     *ew.Writer
	turtle  bool
	ending  string // N-Quads: " <graph> .\n", or " .\n" (also for "") in the default graph
	subj    string // Turtle: the open subject
	n       int    // statements written
	vocab   map[vocabKey]string
	shared  map[vocabKey]string // the write's terms, made before the runs: read only
	doubles map[float64]string  // doubles formatted, by value
	langs   map[string]bool     // language tags, well-formed or not
	iris    map[string]string
	own     []byte // the open subject's bytes, when the sink keeps them
	scr     [2][]byte
	ft      *factTerms
}

// v returns a vocabulary term, "schema:name" in Turtle and the full IRI
// in N-Quads (made once per term).
func (s *sink) v(prefix, local string) string {
	k := vocabKey{prefix, local}
	if t, ok := s.shared[k]; ok {
		return t
	}
	if t, ok := s.vocab[k]; ok {
		return t
	}
	t := prefix + ":" + local
	if !s.turtle {
		t = "<" + nsOf(prefix) + local + ">"
	}
	if s.vocab == nil {
		s.vocab = map[vocabKey]string{}
	}
	s.vocab[k] = t
	return t
}

// vocabKey is a vocabulary term's prefix and local name.
type vocabKey struct{ prefix, local string }

// factTerms are the vocabulary terms of a fact's statement node and its
// evidence, looked up once per sink.
type factTerms struct {
	kgEvidence          string
	kgConfidence        string
	kgDocument          string
	kgEnd               string
	kgExtractor         string
	kgObjectEnd         string
	kgObjectStart       string
	kgRole              string
	kgRolePhrase        string
	kgRule              string
	kgSources           string
	kgStart             string
	kgSubjectEnd        string
	kgSubjectStart      string
	kgText              string
	provWasDerivedFrom  string
	rdfStatement        string
	rdfObject           string
	rdfPredicate        string
	rdfSubject          string
	rdfType             string
	schemaDatePublished string
	schemaUrl           string
	integer, double     string // the tail of a number's literal: "^^xsd:integer
}

// terms returns the sink's factTerms.
func (s *sink) terms() *factTerms {
	if s.ft == nil {
		s.ft = &factTerms{
			kgEvidence:          s.v("kg", "Evidence"),
			kgConfidence:        s.v("kg", "confidence"),
			kgDocument:          s.v("kg", "document"),
			kgEnd:               s.v("kg", "end"),
			kgExtractor:         s.v("kg", "extractor"),
			kgObjectEnd:         s.v("kg", "objectEnd"),
			kgObjectStart:       s.v("kg", "objectStart"),
			kgRole:              s.v("kg", "role"),
			kgRolePhrase:        s.v("kg", "rolePhrase"),
			kgRule:              s.v("kg", "rule"),
			kgSources:           s.v("kg", "sources"),
			kgStart:             s.v("kg", "start"),
			kgSubjectEnd:        s.v("kg", "subjectEnd"),
			kgSubjectStart:      s.v("kg", "subjectStart"),
			kgText:              s.v("kg", "text"),
			provWasDerivedFrom:  s.v("prov", "wasDerivedFrom"),
			rdfStatement:        s.v("rdf", "Statement"),
			rdfObject:           s.v("rdf", "object"),
			rdfPredicate:        s.v("rdf", "predicate"),
			rdfSubject:          s.v("rdf", "subject"),
			rdfType:             s.v("rdf", "type"),
			schemaDatePublished: s.v("schema", "datePublished"),
			schemaUrl:           s.v("schema", "url"),
			integer:             `"^^` + s.v("xsd", "integer"),
			double:              `"^^` + s.v("xsd", "double"),
		}
	}
	return s.ft
}

// vocabulary makes the terms the runs' sinks share: the fact and
// evidence terms, and those of the ontology and the entities.
func (s *sink) vocabulary() {
	s.terms()
	for _, p := range graph.Predicates {
		s.v("kg", string(p))
	}
	for _, t := range graph.EntityTypes {
		s.v("schema", string(t))
	}
	for _, t := range []string{"Delegation", "aliasUse", "roles", "mentionCount", "documents", "merge", "MergeReason", "form", "count", "into", "rule", "key", "score"} {
		s.v("kg", t)
	}
	for _, t := range []string{"Organization", "name", "alternateName", "sameAs", "startDate"} {
		s.v("schema", t)
	}
}

// head writes the subject and predicate of a statement.
func (s *sink) head(subj, pred string) {
	s.n++
	if !s.turtle {
		s.out.Strs(subj, " ", pred, " ")
		return
	}
	if pred == "rdf:type" {
		pred = "a"
	}
	if subj == s.subj {
		s.out.Strs(" ;\n    ", pred, " ")
		return
	}
	s.end()
	s.own = append(s.own[:0], subj...) // subj may be scratch space
	s.subj = unsafe.String(unsafe.SliceData(s.own), len(s.own))
	s.out.Strs(subj, "\n    ", pred, " ")
}

// open starts a statement: its subject and predicate (head), and
// returns the output's buffer to append the object to; closed ends it.
// In N-Quads, which writes most statements, the whole statement is
// appended to the buffer at once.
func (s *sink) open(subj, pred string) []byte {
	if s.turtle {
		s.head(subj, pred)
		return s.out.Buf()
	}
	s.n++
	b := append(s.out.Buf(), subj...)
	b = append(b, ' ')
	b = append(b, pred...)
	return append(b, ' ')
}

// closed ends the statement open wrote in b.
func (s *sink) closed(b []byte) {
	if !s.turtle {
		if s.ending == "" {
			s.ending = " .\n"
		}
		b = append(b, s.ending...)
	}
	s.out.SetBuf(b)
}

// inGraph makes the statements that follow go to the named graph g.
func (s *sink) inGraph(g string) { s.ending = " " + g + " .\n" }

// t writes a statement whose object is the concatenation of obj.
func (s *sink) t(subj, pred string, obj ...string) {
	b := s.open(subj, pred)
	for _, o := range obj {
		b = append(b, o...)
	}
	s.closed(b)
}

// end closes the open Turtle subject.
func (s *sink) end() {
	if s.turtle && s.subj != "" {
		s.out.S(" .\n\n")
		s.subj = ""
	}
}

// lit writes a statement whose object is the literal of text and lang.
func (s *sink) lit(subj, pred, text, lang string) {
	b := ew.AppendQuote(s.open(subj, pred), text, '"')
	if lang != "" && s.langOK(lang) {
		b = append(b, '@')
		b = append(b, lang...)
	}
	s.closed(b)
}

// langOK reports whether lang is a well-formed language tag.
func (s *sink) langOK(lang string) bool {
	ok, seen := s.langs[lang]
	if !seen {
		if s.langs == nil {
			s.langs = map[string]bool{}
		}
		ok = langTag.MatchString(lang)
		s.langs[lang] = ok
	}
	return ok
}

func (s *sink) str(subj, pred, text string) {
	if text != "" {
		s.lit(subj, pred, text, "")
	}
}

func (s *sink) integer(subj, pred string, n int) {
	b := append(s.open(subj, pred), '"')
	b = strconv.AppendInt(b, int64(n), 10)
	s.closed(append(b, s.terms().integer...))
}

func (s *sink) double(subj, pred string, x float64) {
	d, ok := s.doubles[x]
	if !ok { // a graph has few distinct confidences and scores
		if s.doubles == nil {
			s.doubles = map[float64]string{}
		}
		d = string(appendDouble(nil, x))
		s.doubles[x] = d
	}
	b := append(s.open(subj, pred), '"')
	b = append(b, d...)
	s.closed(append(b, s.terms().double...))
}

// entity returns an entity's bracketed IRI, made once per entity when
// the sink has them all.
func (s *sink) entity(id string) string {
	if x, ok := s.iris[id]; ok {
		return x
	}
	return EntityIRI(id)
}

// fact returns a fact's bracketed IRI in scratch space: it holds until
// the next call.
func (s *sink) fact(id string) string {
	b := append(s.scr[0][:0], '<')
	b = append(b, iri.FactNS...)
	b = iri.AppendLocal(b, id)
	s.scr[0] = append(b, '>')
	return unsafe.String(unsafe.SliceData(s.scr[0]), len(s.scr[0]))
}

// sub returns sub(owner, part, i) in scratch space: it holds until the
// next call.
func (s *sink) sub(owner, part string, i int) string {
	b := append(s.scr[1][:0], owner[:len(owner)-1]...)
	b = append(b, '/')
	b = append(b, part...)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(i+1), 10)
	s.scr[1] = append(b, '>')
	return unsafe.String(unsafe.SliceData(s.scr[1]), len(s.scr[1]))
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
func Double(x float64) string { return string(appendDouble(nil, x)) }

func appendDouble(b []byte, x float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, x, 'E', -1, 64)
	e := bytes.IndexByte(b[start:], 'E') + start
	exp, _ := strconv.Atoi(string(b[e+1:]))
	b = b[:e]
	if bytes.IndexByte(b[start:], '.') < 0 {
		b = append(b, ".0"...)
	}
	b = append(b, 'E')
	return strconv.AppendInt(b, int64(exp), 10)
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

// write writes g and returns the number of statements written. Entities,
// facts and (in N-Quads) the documents' graphs are formatted in runs on
// every core, each run by a sink of its own that starts in the state
// the sink writing all in turn would be in (the Turtle subject open).
func write(w io.Writer, g *graph.KG, turtle bool) (int, error) {
	s := &sink{out: ew.New(w), turtle: turtle}
	if turtle {
		for _, p := range prefixes {
			s.out.Strs("@prefix ", p.p, ": <", p.ns, "> .\n")
		}
		s.out.S("\n")
	}
	var statements atomic.Int64
	// run returns a sink for a run, its Turtle subject open as open says.
	var iris map[string]string
	run := func(out *ew.Writer, open string) *sink {
		return &sink{out: out, turtle: turtle, subj: open, iris: iris, shared: s.vocab, ft: s.ft}
	}
	done := func(r *sink) { statements.Add(int64(r.n)) }
	s.vocabulary()
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
	// another is an open subject no statement has: the one before wrote
	// something.
	const another = "\x00"
	open := func() string {
		if s.n > 0 || statements.Load() > 0 {
			return another
		}
		return ""
	}
	ents := g.SortedEntities()
	iris = make(map[string]string, len(ents))
	for _, e := range ents {
		iris[e.ID] = EntityIRI(e.ID)
	}
	s.iris = iris
	before := open()
	s.out.Ordered(len(ents), 128, func(out *ew.Writer, from, to int) {
		r := run(out, before)
		if from > 0 {
			r.subj = another
		}
		for _, e := range ents[from:to] {
			writeEntity(r, e)
		}
		done(r)
	})
	facts := g.SortedFacts()
	if turtle {
		alive := make([]bool, len(facts)) // subject and object both kept
		for i, f := range facts {
			_, subj := iris[f.Subject]
			_, obj := iris[f.Object]
			alive[i] = subj && obj
		}
		live := func(i int) bool { return alive[i] }
		// Direct triples, once per subject, predicate and object.
		before := open()
		s.out.Ordered(len(facts), 1024, func(out *ew.Writer, from, to int) {
			r := run(out, before)
			for j := from - 1; j >= 0; j-- {
				if live(j) { // the last written subject is open
					r.subj = r.entity(facts[j].Subject)
					break
				}
			}
			for i := from; i < to; i++ {
				f := facts[i]
				if !live(i) {
					continue
				}
				if i > 0 && facts[i-1].Subject == f.Subject && facts[i-1].Predicate == f.Predicate && facts[i-1].Object == f.Object {
					continue
				}
				r.t(r.entity(f.Subject), r.v("kg", string(f.Predicate)), r.entity(f.Object))
			}
			done(r)
		})
		before = open()
		s.out.Ordered(len(facts), 256, func(out *ew.Writer, from, to int) {
			r := run(out, before)
			if from > 0 {
				r.subj = another
			}
			for i := from; i < to; i++ {
				if live(i) {
					writeFact(r, facts[i], "")
				}
			}
			done(r)
		})
		s.subj = open()
		s.end()
		return s.n + int(statements.Load()), s.out.Flush()
	}
	// N-Quads: facts without evidence stay in the default graph; the
	// others go to the graph of each document they were read from, in
	// document order.
	// Two passes over the facts: the first finds the document of each of
	// their evidence runs (ks) and counts them by document, the second
	// puts them in one slice, by document, in fact order.
	at := map[string]int32{} // a document's index in docs
	var docs []string
	var ks []int32 // the document of each evidence run, in fact order
	var count []int32
	for _, f := range facts {
		if _, ok := iris[f.Subject]; !ok {
			continue
		}
		if _, ok := iris[f.Object]; !ok {
			continue
		}
		if len(f.Evidence) == 0 {
			s.t(s.entity(f.Subject), s.v("kg", string(f.Predicate)), s.entity(f.Object))
			writeFact(s, f, "")
			continue
		}
		for i, ev := range f.Evidence {
			if i > 0 && f.Evidence[i-1].Doc == ev.Doc {
				continue // evidence is sorted by document
			}
			k, seen := at[ev.Doc]
			if !seen {
				k = int32(len(docs))
				at[ev.Doc] = k
				docs = append(docs, ev.Doc)
				count = append(count, 0)
			}
			ks = append(ks, k)
			count[k]++
		}
	}
	first := make([]int32, len(docs)) // where a document's facts start in all
	n := int32(0)
	for k, c := range count {
		first[k] = n
		n += c
	}
	all := huge.Make[inDoc](int(n))
	byDoc := make([][]inDoc, len(docs))
	for k, c := range count {
		byDoc[k] = all[first[k] : first[k]+c]
	}
	next := slices.Clone(first) // where a document's next fact goes
	j := 0
	for _, f := range facts {
		if len(f.Evidence) == 0 {
			continue
		}
		subj, ok := iris[f.Subject]
		obj, ok2 := iris[f.Object]
		if !ok || !ok2 {
			continue
		}
		sources, sorted := int32(f.Sources()), evidenceByDoc(f.Evidence)
		for i, ev := range f.Evidence {
			if i > 0 && f.Evidence[i-1].Doc == ev.Doc {
				continue
			}
			k := ks[j]
			j++
			x := inDoc{f: f, subj: subj, obj: obj, sources: sources, from: 0, to: int32(len(f.Evidence))}
			if next[k] > first[k] { // the IRIs are the map's: equal ones are one string
				last := &all[next[k]-1]
				x.again = last.subj == subj && last.obj == obj && last.f.Predicate == f.Predicate
			}
			if sorted { // the document's evidence is the run from i on
				x.from, x.to = int32(i), int32(i+1)
				for int(x.to) < len(f.Evidence) && f.Evidence[x.to].Doc == ev.Doc {
					x.to++
				}
			}
			all[next[k]] = x
			next[k]++
		}
	}
	order := make([]int32, len(docs)) // the documents by id
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return docs[order[i]] < docs[order[j]] })
	s.out.Ordered(len(order), 2, func(out *ew.Writer, from, to int) {
		r := run(out, "")
		for _, k := range order[from:to] {
			d, fs := docs[k], byDoc[k]
			r.inGraph(DocIRI(d))
			for _, x := range fs {
				if !x.again {
					r.t(x.subj, r.v("kg", string(x.f.Predicate)), x.obj)
				}
			}
			for _, x := range fs {
				writeFactIn(r, x.f, d, x.subj, x.obj, int(x.sources), int(x.from), int(x.to))
			}
		}
		done(r)
	})
	return s.n + int(statements.Load()), s.out.Flush()
}

// inDoc is a fact in the named graph of one of its documents: the IRIs
// of its subject and object, its sources, the evidence to look through
// for that document's, and whether the fact before it in the graph has
// the same direct triple.
type inDoc struct {
	f                 *graph.Fact
	subj, obj         string
	sources, from, to int32
	again             bool
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
	iri := s.entity(e.ID)
	typ := s.v("rdf", "type")
	if e.Type == graph.Delegation {
		s.t(iri, typ, s.v("kg", "Delegation"))
		s.t(iri, typ, s.v("schema", "Organization"))
	} else {
		s.t(iri, typ, s.v("schema", string(e.Type))) // types are plain words
	}
	s.lit(iri, s.v("schema", "name"), e.Name, "")
	for _, a := range e.Aliases {
		s.lit(iri, s.v("schema", "alternateName"), a.Text, a.Lang)
	}
	for i := range e.Aliases {
		s.t(iri, s.v("kg", "aliasUse"), s.sub(iri, "alias", i))
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
		s.t(iri, s.v("kg", "merge"), s.sub(iri, "merge", i))
	}
	for i, a := range e.Aliases {
		n := s.sub(iri, "alias", i)
		s.lit(n, s.v("kg", "form"), a.Text, a.Lang)
		s.integer(n, s.v("kg", "count"), a.Count)
		for _, d := range a.Docs {
			s.str(n, s.v("kg", "documents"), d)
		}
	}
	for i, m := range e.Merges {
		n := s.sub(iri, "merge", i)
		s.t(n, s.v("rdf", "type"), s.v("kg", "MergeReason"))
		s.lit(n, s.v("kg", "form"), m.Form, "")
		s.lit(n, s.v("kg", "into"), m.Into, "")
		s.lit(n, s.v("kg", "rule"), m.Rule, "")
		s.str(n, s.v("kg", "key"), m.Key)
		s.double(n, s.v("kg", "score"), m.Score)
	}
}

// writeFact writes f's statement node and its evidence; with doc set,
// only the evidence from that document.
func writeFact(s *sink, f *graph.Fact, doc string) {
	writeFactIn(s, f, doc, s.entity(f.Subject), s.entity(f.Object), f.Sources(), 0, len(f.Evidence))
}

// writeFactIn is writeFact with the IRIs of f's subject and object and
// f's sources given, looking for doc's evidence among f.Evidence[from:to]
// only.
func writeFactIn(s *sink, f *graph.Fact, doc, subj, obj string, sources, from, to int) {
	t := s.terms()
	iri := s.fact(f.ID)
	s.t(iri, t.rdfType, t.rdfStatement)
	s.t(iri, t.rdfSubject, subj)
	s.t(iri, t.rdfPredicate, s.v("kg", string(f.Predicate)))
	s.t(iri, t.rdfObject, obj)
	s.str(iri, t.kgRole, f.Role)
	s.str(iri, t.kgRolePhrase, f.RolePhrase)
	s.double(iri, t.kgConfidence, round(f.Confidence))
	s.integer(iri, t.kgSources, sources)
	for i := from; i < to; i++ {
		if ev := &f.Evidence[i]; doc == "" || ev.Doc == doc {
			s.t(iri, t.provWasDerivedFrom, s.sub(iri, "evidence", i))
		}
	}
	for i := from; i < to; i++ {
		ev := &f.Evidence[i]
		if doc != "" && ev.Doc != doc {
			continue
		}
		n := s.sub(iri, "evidence", i)
		s.t(n, t.rdfType, t.kgEvidence)
		s.str(n, t.kgDocument, ev.Doc)
		s.str(n, t.schemaUrl, ev.URL)
		s.str(n, t.schemaDatePublished, ev.Published)
		s.lit(n, t.kgText, ev.Text, "")
		s.integer(n, t.kgStart, ev.Start)
		s.integer(n, t.kgEnd, ev.End)
		s.integer(n, t.kgSubjectStart, ev.SubjectStart)
		s.integer(n, t.kgSubjectEnd, ev.SubjectEnd)
		s.integer(n, t.kgObjectStart, ev.ObjectStart)
		s.integer(n, t.kgObjectEnd, ev.ObjectEnd)
		s.lit(n, t.kgExtractor, ev.Extractor, "")
		s.lit(n, t.kgRule, ev.Rule, "")
		s.double(n, t.kgConfidence, round(ev.Confidence))
	}
}
