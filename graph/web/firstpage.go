package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"time"

	"newskg/graph"
)

// The first page is the unfiltered GET /api/graph: the FirstView most
// mentioned entities, the facts between them, their positions and the
// documents. At corpus scale loading the graph takes seconds; kg build
// keeps the first page with the graph (FirstPage), and a server given
// it (Config.FirstPage) answers the first page at once while the graph
// loads in the background.

// buildHole stands for the build field in a page body: the fields of a
// serving session (generation, decisions, time) are filled in as the
// page is answered.
var buildHole = []byte(`"build":null`)

// buildField is the build field of an answer.
var buildField = regexp.MustCompile(`"build":\{[^{}]*\}`)

// WithoutSession returns an answer of GET /api/graph with its build
// field as FirstPage leaves it, and the number of build fields it had
// (1 in an answer of this server), so that answers of two servers, or
// an answer and a kept first page, can be compared byte for byte.
func WithoutSession(body []byte) ([]byte, int) {
	return buildField.ReplaceAll(body, buildHole), len(buildField.FindAll(body, -1))
}

// FirstPage returns the body of the unfiltered GET /api/graph of g, less
// the fields of a serving session ("build":null), to be kept with the
// graph and given back as Config.FirstPage when it is served again.
//
// asServed returns a part of g (the entities and facts shown, all the
// documents) as a server holds it once it has read the graph back from
// where it was saved (for kg build, from its snapshot or JSON-LD: names
// cleaned, confidences rounded); nil means that g is served as it is.
// The answer of a server that loaded the saved graph is then the same,
// byte for byte, but for its build field.
func FirstPage(g *graph.KG, asServed func(*graph.KG) (*graph.KG, error)) ([]byte, error) {
	v, limited := limitView(g, "", FirstView)
	part := slim(v, g.Docs)
	if asServed == nil {
		asServed = func(k *graph.KG) (*graph.KG, error) { return k.Clone(), nil }
	}
	p, err := asServed(part)
	if err != nil {
		return nil, err
	}
	p.Normalize()
	// A limited view is not the graph itself: the server says "filtered".
	return pageBody(p.Docs, len(g.Entities), len(g.Facts), p, limited, limited, Layout(p)), nil
}

// slim returns the entities and facts of v, and the documents docs,
// with what the page shows of them and nothing more: an entity's type,
// names, date and mentions; a fact's ends, predicate, role, confidence
// and, for Sources, one piece of evidence (its document alone) per
// document; a document's id and title. At corpus scale the most
// mentioned entities have thousands of documents and their facts
// thousands of sentences, which would take seconds to read back.
func slim(v *graph.KG, docs []graph.DocInfo) *graph.KG {
	out := &graph.KG{Docs: make([]graph.DocInfo, len(docs))}
	for i, d := range docs {
		out.Docs[i] = graph.DocInfo{ID: d.ID, Title: d.Title}
	}
	for _, e := range v.Entities {
		c := &graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Date: e.Date, Mentions: e.Mentions, Romanized: e.Romanized}
		for _, a := range e.Aliases {
			c.Aliases = append(c.Aliases, graph.Alias{Text: a.Text, Lang: a.Lang, Count: a.Count})
		}
		out.Entities = append(out.Entities, c)
	}
	for _, f := range v.Facts {
		c := &graph.Fact{ID: f.ID, Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Role: f.Role, Confidence: f.Confidence}
		seen := map[string]bool{}
		for _, ev := range f.Evidence {
			if !seen[ev.Doc] {
				seen[ev.Doc] = true
				c.Evidence = append(c.Evidence, graph.Evidence{Doc: ev.Doc})
			}
		}
		out.Facts = append(out.Facts, c)
	}
	return out
}

// pageBody encodes the view v of a graph with documents docs and totals
// entities and facts, as writeJSON would, with buildHole for the build
// field.
func pageBody(docs []graph.DocInfo, entities, facts int, v *graph.KG, filtered, limited bool, pos map[string]Point) []byte {
	out := graphOut{
		Entities:   make([]viewEntity, 0, len(v.Entities)),
		Facts:      make([]viewFact, 0, len(v.Facts)),
		Docs:       make([]viewDoc, 0, len(docs)),
		Types:      graph.EntityTypes,
		Predicates: graph.Predicates,
		Total:      map[string]int{"entities": entities, "facts": facts},
		Filtered:   filtered,
		Limited:    limited,
		Counts:     map[string]int{"entities": len(v.Entities), "facts": len(v.Facts)},
		Positions:  pos,
	}
	for _, e := range v.Entities {
		out.Entities = append(out.Entities, newViewEntity(e))
	}
	for _, f := range v.Facts {
		out.Facts = append(out.Facts, viewFact{ID: f.ID, Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Role: f.Role, Confidence: f.Confidence, Sources: f.Sources()})
	}
	for _, d := range docs {
		out.Docs = append(out.Docs, viewDoc{ID: d.ID, Title: d.Title})
	}
	return encodeJSON(out)
}

// encodeJSON encodes v as writeJSON does: HTML characters as they are,
// a newline at the end.
func encodeJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // the shapes encoded here cannot fail
	return b.Bytes()
}

// checkPage reports what is wrong with a page body given as
// Config.FirstPage: it must be a JSON object with buildHole in it.
func checkPage(b []byte) error {
	if !json.Valid(b) || len(b) == 0 || b[0] != '{' {
		return errors.New("web: Config.FirstPage is not a JSON object")
	}
	if !bytes.Contains(b, buildHole) {
		return errors.New(`web: Config.FirstPage has no "build":null (see FirstPage)`)
	}
	return nil
}

// writePage answers a page body with its build field filled in.
func writePage(w http.ResponseWriter, body []byte, gen, built int, at time.Time) {
	i := bytes.Index(body, buildHole)
	b := encodeJSON(map[string]any{"generation": gen, "decisions": built, "time": at.UTC().Format(time.RFC3339)})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(body[:i+len(`"build":`)])
	w.Write(bytes.TrimSuffix(b, []byte("\n")))
	w.Write(body[i+len(buildHole):])
}

// firstPageAsked reports whether r asks for the unfiltered view, which a
// server that is still loading answers from Config.FirstPage. A filter
// that names a document or an entity, or a malformed one, waits for the
// graph.
func firstPageAsked(r *http.Request) bool {
	f, err := parseFilter(r.URL.Query(), &graph.KG{})
	return err == nil && f.Empty()
}

// await waits for the first build of a server that loads in the
// background (Config.FirstPage), or for the end of r or of the server
// (Config.Context). It answers and returns false when one of those
// came first or the build failed.
func (s *server) await(w http.ResponseWriter, r *http.Request) bool {
	select {
	case <-s.ready:
	default:
		select {
		case <-s.ready:
		case <-r.Context().Done():
			httpError(w, http.StatusServiceUnavailable, "the graph is still loading; the request ended first")
			return false
		case <-s.cfg.Context.Done():
			httpError(w, http.StatusServiceUnavailable, "the graph is still loading; the server is stopping")
			return false
		}
	}
	if s.loadErr != nil {
		httpError(w, http.StatusServiceUnavailable, "the graph could not be loaded: "+s.loadErr.Error())
		return false
	}
	return true
}

// waiting is h once the first build is served (await).
func (s *server) waiting(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.await(w, r) {
			h(w, r)
		}
	}
}
