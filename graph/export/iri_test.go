package export

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"newskg/graph"
	"newskg/graph/graphtest"
	"newskg/graph/jsonld"
	"newskg/graph/rdf"
)

// hostileIDs is the test graph with a document named as downloads are
// ("Reuters report (1).txt"), one with every kind of character IRIs
// refuse, and an entity id that holds a document name.
func hostileIDs() *graph.KG {
	g := graphtest.Fixture()
	graphtest.RenameDoc(g, "a.txt", "Reuters report (1).txt")
	graphtest.RenameDoc(g, "b.txt", `تقرير <1> "b"{|}^`+"`"+`\ 100%#?.txt`)
	const old, id = "city-geneva", "city-geneva@Reuters report (1).txt:12"
	for _, e := range g.Entities {
		if e.ID == old {
			e.ID = id
		}
	}
	for _, f := range g.Facts {
		if f.Subject == old {
			f.Subject = id
		}
		if f.Object == old {
			f.Object = id
		}
	}
	g.Normalize()
	return g
}

// validIRI: no character an IRI may not hold, and every % starts an escape.
var (
	badIRIChar = regexp.MustCompile("[\\x00-\\x20<>\"{}|^`\\\\\\x7f]|%($|[^0-9A-Fa-f]|.$|.[^0-9A-Fa-f])")
	nodeIRI    = regexp.MustCompile(`^urn:newskg:(doc|entity|fact):[^/]*$`)
	nquadIRI   = regexp.MustCompile(`<(urn:newskg:[^>]*)>`)
)

// TestIRIsAgree turns the JSON-LD into RDF (json-gold, offline) and
// compares its IRIs with the N-Quads': the same documents, entities and
// facts under the same IRIs, every one valid, and the graph read back
// from the JSON-LD keeps the ids as they were.
func TestIRIsAgree(t *testing.T) {
	g := hostileIDs()
	b, err := jsonld.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	fromLD := map[string]bool{}
	for _, qs := range graphtest.ToRDF(t, b).Graphs {
		for _, q := range qs {
			for _, n := range []ld.Node{q.Subject, q.Object} {
				if v := n.GetValue(); ld.IsIRI(n) && strings.HasPrefix(v, "urn:newskg:") {
					fromLD[v] = true
				}
			}
		}
	}
	var nq bytes.Buffer
	if err := rdf.WriteNQuads(&nq, g); err != nil {
		t.Fatal(err)
	}
	fromNQ := map[string]bool{}
	for _, m := range nquadIRI.FindAllStringSubmatch(nq.String(), -1) {
		if nodeIRI.MatchString(m[1]) { // skolem IRIs of blank nodes aside
			fromNQ[m[1]] = true
		}
	}
	sorted := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	ldIRIs, nqIRIs := sorted(fromLD), sorted(fromNQ)
	if !reflect.DeepEqual(ldIRIs, nqIRIs) {
		t.Errorf("the IRIs differ:\nJSON-LD  %q\nN-Quads  %q", ldIRIs, nqIRIs)
	}
	for _, s := range append(ldIRIs, nqIRIs...) {
		if badIRIChar.MatchString(s) {
			t.Errorf("invalid IRI %q", s)
		}
	}
	for _, want := range []string{"urn:newskg:doc:Reuters%20report%20%281%29.txt", "urn:newskg:entity:city-geneva%40Reuters%20report%20%281%29.txt%3A12"} {
		if !fromLD[want] || !fromNQ[want] {
			t.Errorf("%s: in the JSON-LD %v, in the N-Quads %v", want, fromLD[want], fromNQ[want])
		}
	}
	if n := len(g.Docs) + len(g.Entities) + len(g.Facts); len(ldIRIs) != n {
		t.Errorf("%d IRIs, want one per document, entity and fact (%d)", len(ldIRIs), n)
	}
	back, err := jsonld.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := jsonld.Marshal(back)
	if !bytes.Equal(b, b2) {
		t.Error("the JSON-LD read back does not write the same document")
	}
	if back.Entity("city-geneva@Reuters report (1).txt:12") == nil {
		t.Error("the entity id did not come back as it was")
	}
}

// TestNoBidiControls gives names, forms, roles and titles the
// bidirectional controls of a "Trojan Source" name; no export holds one,
// raw or escaped.
func TestNoBidiControls(t *testing.T) {
	g := graphtest.Fixture()
	for i, e := range g.Entities {
		e.Name = "\u202E" + e.Name + "\u2066x\u2069"
		for j := range e.Aliases {
			e.Aliases[j].Text = e.Aliases[j].Text + "\u202B"
		}
		e.Roles = append(e.Roles, fmt.Sprintf("envoy\u202D%d", i))
	}
	for _, f := range g.Facts {
		f.RolePhrase += "\u202A"
	}
	g.Docs[0].Title += "\u2067"
	g.Normalize()
	bidi := regexp.MustCompile(`[\x{202A}-\x{202E}\x{2066}-\x{2069}]|(?i)\\u(202[a-e]|206[6-9])|&#(x202[a-e]|x206[6-9]|82(3[4-8]|9[4-7]));`)
	for _, f := range Formats() {
		if f.Name == "svg" {
			continue // drawn from the DOT, which is checked
		}
		if m := bidi.Find(render(t, f, g)); m != nil {
			t.Errorf("%s holds the bidirectional control %q", f.Name, m)
		}
	}
	if e := g.Entities[0]; strings.ContainsAny(e.Name, "\u202E\u2066\u2069") || !strings.Contains(e.Name, "x") {
		t.Errorf("the name became %q", e.Name)
	}
}
