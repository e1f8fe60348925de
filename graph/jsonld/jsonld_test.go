package jsonld

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/graphtest"
	"newskg/graph/internal/ew"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGolden(t *testing.T) {
	b, err := Marshal(graphtest.Fixture())
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "fixture.jsonld")
	if *update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("JSON-LD differs from %s; run go test -update if the change is intended", golden)
	}
	b2, _ := Marshal(graphtest.Fixture())
	if !bytes.Equal(b, b2) {
		t.Error("two writes of one graph differ")
	}
}

// TestExpandsOffline expands the document to RDF with json-gold and checks
// the statements, types and evidence the scorer reads.
func TestExpandsOffline(t *testing.T) {
	g := graphtest.Fixture()
	b, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	ds := graphtest.ToRDF(t, b)
	local := func(s string) string {
		if i := strings.LastIndexAny(s, "#/:"); i >= 0 {
			return s[i+1:]
		}
		return s
	}
	stmts, types, preds, evid, texts := 0, map[string]int{}, map[string]int{}, 0, 0
	for _, q := range ds.Graphs["@default"] {
		p, o := local(q.Predicate.GetValue()), q.Object.GetValue()
		switch p {
		case "type":
			types[local(o)]++
			if local(o) == "Statement" {
				stmts++
			}
		case "predicate":
			preds[local(o)]++
		case "wasDerivedFrom":
			evid++
		case "text":
			texts++
		}
	}
	if stmts != len(g.Facts) {
		t.Errorf("%d statements, want %d", stmts, len(g.Facts))
	}
	if evid != len(g.Facts) || texts != len(g.Facts) {
		t.Errorf("evidence links %d, texts %d, want %d", evid, texts, len(g.Facts))
	}
	for _, want := range []string{"Person", "Country", "City", "Organization", "Event", "Delegation"} {
		if types[want] == 0 {
			t.Errorf("no node typed %s", want)
		}
	}
	for _, f := range g.Facts {
		if preds[string(f.Predicate)] == 0 {
			t.Errorf("predicate %s not expanded", f.Predicate)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	g := graphtest.Fixture()
	b, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(strip(g), strip(back)) {
		t.Errorf("round trip lost data:\nwant %+v\ngot  %+v", strip(g), strip(back))
	}
	b2, _ := Marshal(back)
	if !bytes.Equal(b, b2) {
		t.Error("re-export after reading differs")
	}
}

// TestRomanizedName checks that a romanised name is flagged and read
// back, and that it is not written as a surface form.
func TestRomanizedName(t *testing.T) {
	g := &graph.KG{Entities: []*graph.Entity{{ID: "person-samh-tirani", Type: graph.Person, Name: "Samh Tirani", Romanized: true,
		Aliases: []graph.Alias{{Text: "سامح طيراني", Lang: "ar", Count: 1, Docs: []string{"a.txt"}}}, Docs: []string{"a.txt"}, Mentions: 1}}}
	b, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"nameRomanized": true`)) {
		t.Errorf("no romanised flag in %s", b)
	}
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for _, n := range doc.Graph {
		alts, _ := json.Marshal(n["alternateName"])
		if strings.Contains(string(alts), "Samh Tirani") {
			t.Errorf("the romanised name is an alternateName: %s", alts)
		}
	}
	back, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if e := back.Entity("person-samh-tirani"); e == nil || !e.Romanized || e.Name != "Samh Tirani" {
		t.Errorf("read back %+v", e)
	}
}

func strip(g *graph.KG) any {
	return struct {
		E []*graph.Entity
		F []*graph.Fact
		D []graph.DocInfo
	}{g.Entities, g.Facts, g.Docs}
}

// TestReadStreamed checks what the streaming reader accepts beyond the
// order Write uses: @graph before @context, other keys skipped, and the
// last @graph when there are two (as decoding into a struct would).
func TestReadStreamed(t *testing.T) {
	node := `{"@id":"e:country-x","@type":"Country","name":"Xland"}`
	for name, in := range map[string]string{
		"graph first": `{"@graph":[` + node + `],"@context":{"a":"b"}}`,
		"other keys":  `{"x":[1,{"y":2}],"@graph":[` + node + `],"z":"w"}`,
		"last graph":  `{"@graph":[{"@id":"e:person-y","@type":"Person","name":"Y"}],"@graph":[` + node + `]}`,
	} {
		g, err := Read(strings.NewReader(in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(g.Entities) != 1 || g.Entities[0].Name != "Xland" || g.Entities[0].Type != graph.Country {
			t.Errorf("%s: %+v", name, g.Entities)
		}
	}
}

func TestReadRejects(t *testing.T) {
	for name, in := range map[string]string{
		"not json":      "{",
		"no graph":      `{"@context":{}}`,
		"bad predicate": `{"@graph":[{"@id":"f:x","subject":"e:a","predicate":"likes","object":"e:b"}]}`,
		"dangling fact": `{"@graph":[{"@id":"f:x","subject":"e:a","predicate":"leads","object":"e:b"}]}`,
		"bad type":      `{"@graph":[{"@id":"e:a","@type":"Robot","name":"R"}]}`,
		"empty type":    `{"@graph":[{"@id":"e:a","@type":[],"name":"R"}]}`,
		"null graph":    `{"@graph":null}`,
		"graph object":  `{"@graph":{"@id":"e:a"}}`,
		"no id":         `{"@graph":[{"name":"R"}]}`,
		"odd id":        `{"@graph":[{"@id":"x:a"}]}`,
		"bad node":      `{"@graph":[{"@id":"e:a","@type":"Person","name":7}]}`,
		"cut short":     `{"@graph":[{"@id":"d:a","identifier":"a"},`,
		"not an object": `[{"@graph":[]}]`,
	} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// FuzzEncoder checks that the streaming encoder writes strings and
// floats exactly as encoding/json does, indentation included.
func FuzzEncoder(f *testing.F) {
	for _, s := range []string{"plain", "quote \" back \\ nl \n tab \t", "\u2028\u2029", "ctl \x01\x1f", "bad \xff utf8", "عربي «»", "<&>"} {
		f.Add(s, 0.5)
	}
	f.Add("", 1e-9)
	f.Add("x", 1e22)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if x != x || x > 1e300 || x < -1e300 {
			return // NaN and infinities are not JSON
		}
		v := obj{{"s", s}, {"list", []string{s, ""}}, {"n", x}, {"o", obj{{"k", []any{s, 3}}}}, {"empty", []any{}}}
		var got bytes.Buffer
		bw := ew.New(&got)
		e := &encoder{w: bw, prefix: "  "}
		e.value(v, 0)
		bw.Flush()
		var raw bytes.Buffer
		enc := json.NewEncoder(&raw)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"s": s, "list": []string{s, ""}, "n": x, "o": map[string]any{"k": []any{s, 3}}, "empty": []any{}}); err != nil {
			t.Skip()
		}
		var want bytes.Buffer
		json.Indent(&want, bytes.TrimSpace(raw.Bytes()), "  ", " ")
		// encoding/json sorts map keys; compare after decoding both
		var a, b any
		if err := json.Unmarshal(got.Bytes(), &a); err != nil {
			t.Fatalf("encoder wrote invalid JSON: %v\n%s", err, got.String())
		}
		json.Unmarshal(want.Bytes(), &b)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("differs:\n%s\n%s", got.String(), want.String())
		}
		// strings byte for byte
		var one bytes.Buffer
		bw = ew.New(&one)
		(&encoder{w: bw}).value(s, 0)
		bw.Flush()
		raw.Reset()
		enc.Encode(s)
		if one.String() != strings.TrimSpace(raw.String()) {
			t.Fatalf("string %q: got %s want %s", s, one.String(), raw.String())
		}
	})
}

// FuzzRead checks that the reader never panics or hangs, that what it
// reads writes back to a document it reads the same, and that it refuses
// a document that is not JSON up to its closing brace.
func FuzzRead(f *testing.F) {
	b, err := Marshal(graphtest.Fixture())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"@graph":[{"@id":"e:a","@type":"Person","name":"A \"q\" \\"}],"x":[1,"]",{"y":"}"}]}`))
	f.Add([]byte(`{"@graph":[{"@id":"d:a","identifier":"a"},{"@id":"e:b","@type":["Place"],"name":"B"}]} trailing`))
	f.Fuzz(func(t *testing.T, in []byte) {
		g, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		end := closing(in)
		if end < 0 || !json.Valid(in[:end]) {
			t.Fatalf("read a document that is not JSON: %q", in)
		}
		out, err := Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Read(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("cannot read what was written: %v", err)
		}
		if again, _ := Marshal(back); !bytes.Equal(out, again) {
			t.Fatal("reading what was written changed it")
		}
	})
}

// closing returns the end of the top-level object of a JSON text, or -1.
func closing(in []byte) int {
	dec := json.NewDecoder(bytes.NewReader(in))
	var v json.RawMessage
	if dec.Decode(&v) != nil {
		return -1
	}
	return int(dec.InputOffset())
}
