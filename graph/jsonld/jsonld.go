// Package jsonld writes a KG as JSON-LD linked data and reads it back.
//
// The document is self-contained: an inline @context maps the vocabulary
// to schema.org (entity types, names), RDF reification (one rdf:Statement
// node per fact with subject, predicate and object), PROV (wasDerivedFrom
// links each statement to its evidence) and the product's own namespace
// for the ontology's predicates and provenance details. Every fact is
// written twice: as a statement node carrying role, confidence and
// evidence, and as a direct triple on its subject entity.
//
// Read parses the shape Write produces, so that a saved graph can be
// exported again without extracting anew; it is not a general JSON-LD
// processor.
package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/internal/ew"
	"newskg/graph/internal/iri"
)

// Namespaces used in the output. Node ids follow them percent-encoded
// (graph/internal/iri), so "d:Reuters%20report%20%281%29.txt" expands to
// the same valid IRI that graph/rdf writes.
const (
	NS       = "https://newskg.example/ns#"
	EntityNS = iri.EntityNS
	FactNS   = iri.FactNS
	DocNS    = iri.DocNS
)

// context is the inline @context. Its keys are written in sorted order.
func context() map[string]any {
	c := map[string]any{
		"@vocab":         "https://schema.org/",
		"schema":         "https://schema.org/",
		"kg":             NS,
		"e":              EntityNS,
		"f":              FactNS,
		"d":              DocNS,
		"rdf":            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
		"prov":           "http://www.w3.org/ns/prov#",
		"xsd":            "http://www.w3.org/2001/XMLSchema#",
		"Statement":      "rdf:Statement",
		"Delegation":     "kg:Delegation",
		"Evidence":       "kg:Evidence",
		"MergeReason":    "kg:MergeReason",
		"subject":        map[string]any{"@id": "rdf:subject", "@type": "@id"},
		"predicate":      map[string]any{"@id": "rdf:predicate", "@type": "@vocab"},
		"object":         map[string]any{"@id": "rdf:object", "@type": "@id"},
		"wasDerivedFrom": map[string]any{"@id": "prov:wasDerivedFrom"},
		"sameAs":         map[string]any{"@id": "schema:sameAs", "@type": "@id"},
		"role":           "kg:role",
		"rolePhrase":     "kg:rolePhrase",
		"roles":          "kg:roles",
		"confidence":     map[string]any{"@id": "kg:confidence", "@type": "xsd:double"},
		"sources":        map[string]any{"@id": "kg:sources", "@type": "xsd:integer"},
		"mentionCount":   map[string]any{"@id": "kg:mentionCount", "@type": "xsd:integer"},
		"document":       "kg:document",
		"documents":      "kg:documents",
		"text":           "kg:text",
		"start":          map[string]any{"@id": "kg:start", "@type": "xsd:integer"},
		"end":            map[string]any{"@id": "kg:end", "@type": "xsd:integer"},
		"subjectStart":   map[string]any{"@id": "kg:subjectStart", "@type": "xsd:integer"},
		"subjectEnd":     map[string]any{"@id": "kg:subjectEnd", "@type": "xsd:integer"},
		"objectStart":    map[string]any{"@id": "kg:objectStart", "@type": "xsd:integer"},
		"objectEnd":      map[string]any{"@id": "kg:objectEnd", "@type": "xsd:integer"},
		"extractor":      "kg:extractor",
		"rule":           "kg:rule",
		"merge":          "kg:merge",
		"form":           "kg:form",
		"into":           "kg:into",
		"key":            "kg:key",
		"score":          map[string]any{"@id": "kg:score", "@type": "xsd:double"},
		"count":          map[string]any{"@id": "kg:count", "@type": "xsd:integer"},
		"nameRomanized":  map[string]any{"@id": "kg:nameRomanized", "@type": "xsd:boolean"},
	}
	for _, p := range graph.Predicates {
		c[string(p)] = map[string]any{"@id": "kg:" + string(p), "@type": "@id"}
	}
	return c
}

// obj is a JSON object that keeps its keys in insertion order.
type obj []kv

type kv struct {
	k string
	v any
}

func (o *obj) add(k string, v any) { *o = append(*o, kv{k, v}) }

// addIf adds a string, slice or number only when it is not empty or zero.
func (o *obj) addIf(k string, v any) {
	switch x := v.(type) {
	case string:
		if x == "" {
			return
		}
	case []string:
		if len(x) == 0 {
			return
		}
	case int:
		if x == 0 {
			return
		}
	}
	o.add(k, v)
}

// schemaType maps an entity type to its JSON-LD type names.
func schemaType(t graph.EntityType) any {
	switch t {
	case graph.Delegation:
		return []string{"Delegation", "Organization"}
	default:
		return string(t)
	}
}

// Write writes g as an indented JSON-LD document. The output is a pure
// function of g: the same graph gives the same bytes.
func Write(w io.Writer, g *graph.KG) error {
	ctx := context()
	keys := make([]string, 0, len(ctx))
	for k := range ctx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var c obj
	for _, k := range keys {
		c.add(k, ctx[k])
	}

	// Stream the document node by node, indented as json.Indent would
	// indent the whole, so that a large graph is never held as one
	// document; entities and facts are formatted in runs on every core.
	out := ew.New(w)
	top := &encoder{w: out, prefix: ""}
	out.S("{\n \"@context\": ")
	top.value(c, 1)
	total := len(g.Docs) + len(g.Entities) + len(g.Facts)
	if total == 0 {
		out.S(",\n \"@graph\": []\n}\n")
		return out.Flush()
	}
	out.S(",\n \"@graph\": [\n")
	// end ends node i of the @graph.
	end := func(out *ew.Writer, i int) {
		if i+1 < total {
			out.Byte(',')
		}
		out.Byte('\n')
	}
	emit := func(e *encoder, n obj, i int) {
		e.w.S("  ")
		e.value(n, 0)
		end(e.w, i)
	}
	direct := map[string][]*graph.Fact{}
	for _, f := range g.Facts {
		direct[f.Subject] = append(direct[f.Subject], f)
	}
	nodeEnc := &encoder{w: out, prefix: "  "}
	for i, d := range g.Docs {
		var o obj
		o.add("@id", "d:"+iri.Local(d.ID))
		o.add("@type", "NewsArticle")
		o.add("identifier", d.ID)
		o.addIf("headline", d.Title)
		o.addIf("url", d.URL)
		o.addIf("datePublished", d.Published)
		o.addIf("inLanguage", d.Lang)
		emit(nodeEnc, o, i)
	}
	out.Ordered(len(g.Entities), 256, func(out *ew.Writer, from, to int) {
		e := &encoder{w: out, prefix: "  "}
		seen := map[string]bool{}
		var objs []string
		for i := from; i < to; i++ {
			out.S("  ")
			objs = writeEntity(e, g.Entities[i], direct, seen, objs)
			end(out, len(g.Docs)+i)
		}
	})
	out.Ordered(len(g.Facts), 256, func(out *ew.Writer, from, to int) {
		// Facts, most of the document, are written field by field (as
		// value would write their obj), without building one.
		e := &encoder{w: out, prefix: "  "}
		for i := from; i < to; i++ {
			out.S("  ")
			writeFact(e, g.Facts[i])
			end(out, len(g.Docs)+len(g.Entities)+i)
		}
	})
	out.S(" ]\n}\n")
	return out.Flush()
}

// writeEntity writes entity x's node at depth 0, field by field, as
// value would write the obj of it: direct holds the facts by subject,
// seen and objs are scratch space.
func writeEntity(e *encoder, x *graph.Entity, direct map[string][]*graph.Fact, seen map[string]bool, objs []string) []string {
	o := fields{e: e}
	o.str("@id", "e:"+iri.Local(x.ID))
	o.key("@type")
	e.value(schemaType(x.Type), 1)
	o.str("name", x.Name)
	if x.Romanized {
		o.key("nameRomanized") // no article writes this name
		e.w.S("true")
	}
	if len(x.Aliases) > 0 {
		o.key("alternateName")
		e.array(len(x.Aliases), 1, func(i int) { e.lang(x.Aliases[i].Text, x.Aliases[i].Lang, 2) })
		o.key("kg:aliasUse")
		e.array(len(x.Aliases), 1, func(i int) {
			a := &x.Aliases[i]
			ac := fields{e: e, depth: 2}
			ac.key("form")
			e.lang(a.Text, a.Lang, 3)
			ac.int("count", a.Count)
			if len(a.Docs) > 0 {
				ac.key("documents")
				e.value(a.Docs, 3)
			}
			ac.end()
		})
	}
	if len(x.SameAs) > 0 {
		o.key("sameAs")
		e.array(len(x.SameAs), 1, func(i int) { e.str(iri.External(x.SameAs[i])) }) // as graph/rdf writes it
	}
	if len(x.Roles) > 0 {
		o.key("roles")
		e.value(x.Roles, 1)
	}
	o.strIf("startDate", x.Date)
	if x.Mentions != 0 {
		o.int("mentionCount", x.Mentions)
	}
	if len(x.Docs) > 0 {
		o.key("documents")
		e.value(x.Docs, 1)
	}
	if len(x.Merges) > 0 {
		o.key("merge")
		e.array(len(x.Merges), 1, func(i int) {
			m := &x.Merges[i]
			mo := fields{e: e, depth: 2}
			mo.str("@type", "MergeReason")
			mo.str("form", m.Form)
			mo.str("into", m.Into)
			mo.str("rule", m.Rule)
			mo.strIf("key", m.Key)
			mo.key("score")
			e.float(m.Score)
			mo.end()
		})
	}
	// Direct triples, grouped by predicate in ontology order.
	facts := direct[x.ID]
	for _, p := range graph.Predicates {
		objs = objs[:0]
		clear(seen)
		for _, f := range facts {
			if f.Predicate == p && !seen[f.Object] {
				seen[f.Object] = true
				objs = append(objs, "e:"+iri.Local(f.Object))
			}
		}
		if len(objs) > 0 {
			o.key(string(p))
			e.value(objs, 1)
		}
	}
	o.end()
	return objs
}

// fields writes the fields of one JSON object at depth, as value writes
// an obj: each on its own line, commas between.
type fields struct {
	e     *encoder
	depth int
	n     int
}

func (o *fields) key(k string) {
	if o.n == 0 {
		o.e.w.WriteByte('{')
	} else {
		o.e.w.WriteByte(',')
	}
	o.n++
	o.e.newline(o.depth + 1)
	o.e.str(k)
	o.e.w.WriteString(": ")
}

func (o *fields) str(k, v string) {
	o.key(k)
	o.e.str(v)
}

func (o *fields) strIf(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *fields) int(k string, v int) {
	o.key(k)
	o.e.value(v, 0)
}

func (o *fields) end() {
	if o.n == 0 {
		o.e.w.WriteString("{}")
		return
	}
	o.e.newline(o.depth)
	o.e.w.WriteByte('}')
}

// writeFact writes a fact's statement node at depth 0.
func writeFact(e *encoder, f *graph.Fact) {
	o := fields{e: e}
	o.str("@id", "f:"+iri.Local(f.ID))
	o.str("@type", "Statement")
	o.str("subject", "e:"+iri.Local(f.Subject))
	o.str("predicate", string(f.Predicate))
	o.str("object", "e:"+iri.Local(f.Object))
	o.strIf("role", f.Role)
	o.strIf("rolePhrase", f.RolePhrase)
	o.key("confidence")
	e.float(round(f.Confidence))
	o.int("sources", f.Sources())
	o.key("wasDerivedFrom")
	e.array(len(f.Evidence), 1, func(i int) {
		ev := &f.Evidence[i]
		eo := fields{e: e, depth: 2}
		eo.str("@type", "Evidence")
		eo.str("document", ev.Doc)
		eo.strIf("url", ev.URL)
		eo.strIf("datePublished", ev.Published)
		eo.str("text", ev.Text)
		eo.int("start", ev.Start)
		eo.int("end", ev.End)
		eo.int("subjectStart", ev.SubjectStart)
		eo.int("subjectEnd", ev.SubjectEnd)
		eo.int("objectStart", ev.ObjectStart)
		eo.int("objectEnd", ev.ObjectEnd)
		eo.str("extractor", ev.Extractor)
		eo.str("rule", ev.Rule)
		eo.key("confidence")
		e.float(round(ev.Confidence))
		eo.end()
	})
	o.end()
}

func round(x float64) float64 { return float64(thousandths(x)) / 1000 }

// Marshal returns the JSON-LD bytes of g.
func Marshal(g *graph.KG) ([]byte, error) {
	var b bytes.Buffer
	err := Write(&b, g)
	return b.Bytes(), err
}

// Read parses a JSON-LD document written by Write back into a KG. It
// streams: the nodes of the @graph are read a batch at a time and
// decoded on every core, in order, so that reading takes little more
// memory than the graph it returns. Strings that recur (document ids,
// URLs, dates, extractors, rules, evidence sentences) are shared.
func Read(r io.Reader) (*graph.KG, error) {
	sp := newSplitter(r)
	if err := sp.expect('{'); err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	var g *graph.KG
	for first := true; ; first = false {
		c, err := sp.peek()
		if err != nil {
			return nil, fmt.Errorf("jsonld: %w", err)
		}
		if c == '}' && first {
			break
		}
		if !first {
			if err := sp.expect(','); err != nil {
				return nil, fmt.Errorf("jsonld: %w", err)
			}
		}
		raw, err := sp.value()
		if err != nil {
			return nil, fmt.Errorf("jsonld: %w", err)
		}
		var key string
		if err := json.Unmarshal(raw, &key); err != nil {
			return nil, fmt.Errorf("jsonld: bad key %.40q", raw)
		}
		if err := sp.expect(':'); err != nil {
			return nil, fmt.Errorf("jsonld: %w", err)
		}
		if key == "@graph" {
			// the last @graph counts, as when decoding into a struct
			if g, err = readGraph(sp); err != nil {
				return nil, err
			}
		} else if raw, err = sp.value(); err != nil || !json.Valid(raw) {
			return nil, fmt.Errorf("jsonld: bad value of %q: %v", key, err)
		}
		if c, err := sp.peek(); err == nil && c == '}' {
			break
		}
	}
	if err := sp.expect('}'); err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	if g == nil {
		return nil, fmt.Errorf("jsonld: no @graph: not a graph written by kg")
	}
	if err := finish(g); err != nil {
		return nil, err
	}
	return g, nil
}

// batchSize is how many nodes a worker decodes at a time.
const batchSize = 256

// batch is a run of nodes of the @graph, from node first on: read as raw
// bytes, then decoded by a worker.
type batch struct {
	first    int
	raw      [][]byte
	docs     []graph.DocInfo
	entities []*graph.Entity
	facts    []*graph.Fact
	err      error // the first error of the batch, or the reading error after it
	done     chan struct{}
}

// readGraph reads the value of @graph: an array of nodes, or null (no
// graph). One goroutine splits the array into batches of raw nodes, the
// workers decode them, and the batches are added to the graph in order,
// so that the graph and the first error are those of reading in order.
func readGraph(sp *splitter) (*graph.KG, error) {
	c, err := sp.peek()
	if err != nil {
		return nil, fmt.Errorf("jsonld: %w", err)
	}
	if c == 'n' {
		if raw, err := sp.value(); err != nil || string(raw) != "null" {
			return nil, fmt.Errorf("jsonld: @graph is not an array")
		}
		return nil, nil
	}
	if c != '[' {
		return nil, fmt.Errorf("jsonld: @graph is not an array")
	}
	sp.pos++
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *batch)
	inOrder := make(chan *batch, 2*workers)
	quit := make(chan struct{})
	defer close(quit)
	go split(sp, work, inOrder, quit)
	// The workers end when split closes work: after the last batch, or
	// when it sees quit after an error here.
	for w := 0; w < workers; w++ {
		go func() {
			in := interner{} // shared strings, per worker: no lock
			for b := range work {
				b.decode(in)
				close(b.done)
			}
		}()
	}
	g := &graph.KG{}
	for b := range inOrder {
		<-b.done
		g.Docs = append(g.Docs, b.docs...)
		g.Entities = append(g.Entities, b.entities...)
		g.Facts = append(g.Facts, b.facts...)
		if b.err != nil {
			return nil, b.err
		}
	}
	return g, nil
}

// split reads the nodes of a @graph array into batches, sends each to
// work (to decode) and to inOrder (to collect), and ends after the
// closing bracket, a reading error (the last batch's err), or quit.
func split(sp *splitter, work, inOrder chan<- *batch, quit <-chan struct{}) {
	defer close(inOrder)
	defer close(work)
	b := &batch{done: make(chan struct{})}
	send := func() bool {
		next := &batch{first: b.first + len(b.raw), done: make(chan struct{})}
		select {
		case inOrder <- b:
		case <-quit:
			return false
		}
		select {
		case work <- b:
		case <-quit:
			return false
		}
		b = next
		return true
	}
	for i := 0; ; i++ {
		c, err := sp.peek()
		if err == nil && c == ']' {
			sp.pos++
			send()
			return
		}
		if err == nil && i > 0 {
			err = sp.expect(',')
		}
		var raw []byte
		if err == nil {
			raw, err = sp.value()
		}
		if err != nil {
			b.err = fmt.Errorf("jsonld: node %d: %w", i, err)
			send()
			return
		}
		b.raw = append(b.raw, raw)
		if len(b.raw) == batchSize && !send() {
			return
		}
	}
}

// decode decodes the batch's nodes, stopping at the first bad one (whose
// error then comes before any reading error after the batch).
func (b *batch) decode(in interner) {
	for k, raw := range b.raw {
		var n node
		err := json.Unmarshal(raw, &n)
		if err == nil {
			err = n.addTo(b, in)
		}
		if err != nil {
			b.err = fmt.Errorf("jsonld: node %d %s: %w", b.first+k, n.ID, err)
			return
		}
	}
	b.raw = nil
}

// node holds every field Write gives a document, an entity or a fact
// node; which it is, its @id says. (The names of the three kinds do not
// meet, so one decoding serves them all.)
type node struct {
	ID   string          `json:"@id"`
	Type json.RawMessage `json:"@type"`

	// a document
	Identifier string `json:"identifier"`
	Headline   string `json:"headline"`
	URL        string `json:"url"`
	Published  string `json:"datePublished"`
	Lang       string `json:"inLanguage"`

	// an entity
	Name     string `json:"name"`
	AliasUse []struct {
		Form  langString `json:"form"`
		Count int        `json:"count"`
		Docs  []string   `json:"documents"`
	} `json:"kg:aliasUse"`
	Romanized bool     `json:"nameRomanized"`
	SameAs    []string `json:"sameAs"`
	Roles     []string `json:"roles"`
	Date      string   `json:"startDate"`
	Mentions  int      `json:"mentionCount"`
	Docs      []string `json:"documents"`
	Merge     []struct {
		Form  string  `json:"form"`
		Into  string  `json:"into"`
		Rule  string  `json:"rule"`
		Key   string  `json:"key"`
		Score float64 `json:"score"`
	} `json:"merge"`

	// a fact
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Role       string  `json:"role"`
	RolePhrase string  `json:"rolePhrase"`
	Conf       float64 `json:"confidence"`
	Ev         []struct {
		Doc  string  `json:"document"`
		URL  string  `json:"url"`
		Pub  string  `json:"datePublished"`
		Text string  `json:"text"`
		S    int     `json:"start"`
		E    int     `json:"end"`
		SS   int     `json:"subjectStart"`
		SE   int     `json:"subjectEnd"`
		OS   int     `json:"objectStart"`
		OE   int     `json:"objectEnd"`
		X    string  `json:"extractor"`
		Rule string  `json:"rule"`
		Conf float64 `json:"confidence"`
	} `json:"wasDerivedFrom"`
}

// addTo adds the document, entity or fact n stands for to batch g.
func (n *node) addTo(g *batch, in interner) error {
	switch {
	case strings.HasPrefix(n.ID, "d:"):
		g.docs = append(g.docs, graph.DocInfo{ID: n.Identifier, Title: n.Headline, URL: n.URL, Published: n.Published, Lang: n.Lang})
	case strings.HasPrefix(n.ID, "e:"):
		e, err := n.entity(in)
		if err != nil {
			return fmt.Errorf("%s: %w", n.ID, err)
		}
		g.entities = append(g.entities, e)
	case strings.HasPrefix(n.ID, "f:"):
		f, err := n.fact(in)
		if err != nil {
			return fmt.Errorf("%s: %w", n.ID, err)
		}
		g.facts = append(g.facts, f)
	case n.ID == "":
		return fmt.Errorf("bad @id")
	default:
		return fmt.Errorf("unexpected @id %q", n.ID)
	}
	return nil
}

type langString struct {
	Text string
	Lang string
}

func (l *langString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &l.Text)
	}
	var v struct {
		Value string `json:"@value"`
		Lang  string `json:"@language"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	l.Text, l.Lang = v.Value, v.Lang
	return nil
}

func (n *node) entity(in interner) (*graph.Entity, error) {
	var types []string
	if err := json.Unmarshal(n.Type, &types); err != nil {
		var one string
		if err := json.Unmarshal(n.Type, &one); err != nil {
			return nil, fmt.Errorf("bad @type")
		}
		types = []string{one}
	}
	if len(types) == 0 {
		return nil, fmt.Errorf("bad @type")
	}
	t := graph.EntityType(types[0])
	if !t.Valid() {
		return nil, fmt.Errorf("unknown type %q", types[0])
	}
	e := &graph.Entity{ID: iri.Unlocal(strings.TrimPrefix(n.ID, "e:")), Type: t, Name: n.Name, Romanized: n.Romanized, SameAs: n.SameAs, Roles: n.Roles, Date: n.Date, Mentions: n.Mentions, Docs: in.all(n.Docs)}
	for _, a := range n.AliasUse {
		e.Aliases = append(e.Aliases, graph.Alias{Text: a.Form.Text, Lang: a.Form.Lang, Count: a.Count, Docs: in.all(a.Docs)})
	}
	for _, m := range n.Merge {
		e.Merges = append(e.Merges, graph.Merge{Form: m.Form, Into: m.Into, Rule: in.one(m.Rule), Key: m.Key, Score: m.Score})
	}
	return e, nil
}

// interner shares the copies of strings that recur in a graph.
type interner map[string]string

// one returns the shared copy of s.
func (in interner) one(s string) string {
	if c, ok := in[s]; ok {
		return c
	}
	in[s] = s
	return s
}

// all replaces each string of ss by its shared copy.
func (in interner) all(ss []string) []string {
	for i, s := range ss {
		ss[i] = in.one(s)
	}
	return ss
}

func (n *node) fact(in interner) (*graph.Fact, error) {
	p := graph.Predicate(n.Predicate)
	if !p.Valid() {
		return nil, fmt.Errorf("unknown predicate %q", n.Predicate)
	}
	f := &graph.Fact{ID: iri.Unlocal(strings.TrimPrefix(n.ID, "f:")), Subject: iri.Unlocal(strings.TrimPrefix(n.Subject, "e:")), Predicate: p, Object: iri.Unlocal(strings.TrimPrefix(n.Object, "e:")),
		Role: n.Role, RolePhrase: n.RolePhrase, Confidence: n.Conf}
	if len(n.Ev) > 0 {
		f.Evidence = make([]graph.Evidence, 0, len(n.Ev))
	}
	for _, e := range n.Ev {
		f.Evidence = append(f.Evidence, graph.Evidence{Doc: in.one(e.Doc), URL: in.one(e.URL), Published: in.one(e.Pub), Text: in.one(e.Text),
			Start: e.S, End: e.E, SubjectStart: e.SS, SubjectEnd: e.SE, ObjectStart: e.OS, ObjectEnd: e.OE,
			Extractor: in.one(e.X), Rule: in.one(e.Rule), Confidence: e.Conf})
	}
	return f, nil
}
