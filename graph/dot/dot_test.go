package dot

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, kgtest.Fixture(), Options{Title: "Fixture «اختبار»"}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "fixture.dot")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("DOT differs from %s (run go test -update):\n%s", golden, b.String())
	}
}

func TestStructure(t *testing.T) {
	g := kgtest.Fixture()
	var b bytes.Buffer
	if err := Write(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := parse(b.String())
	if err != nil {
		t.Fatalf("our DOT does not parse: %v\n%s", err, b.String())
	}
	if p.strict || !p.directed {
		t.Errorf("want a non-strict digraph")
	}
	if len(p.nodes) != len(g.Entities) || len(p.edges) != len(g.Facts) {
		t.Fatalf("got %d nodes, %d edges; want %d, %d", len(p.nodes), len(p.edges), len(g.Entities), len(g.Facts))
	}
	for _, e := range g.Entities {
		a, ok := p.nodes[e.ID]
		if !ok {
			t.Errorf("no node %s", e.ID)
			continue
		}
		if a["label"] != Clean(e.Name) {
			t.Errorf("node %s label %q, want %q", e.ID, a["label"], e.Name)
		}
		if a["shape"] != Styles[e.Type].Shape || a["fillcolor"] != Styles[e.Type].Fill {
			t.Errorf("node %s style %q %q", e.ID, a["shape"], a["fillcolor"])
		}
	}
	parallel := 0
	for _, e := range p.edges {
		if e.from == kgtest.Gromov && e.to == kgtest.Russia {
			parallel++
			if !strings.HasPrefix(e.attrs["label"], "holdsPosition: ") {
				t.Errorf("holdsPosition edge label %q", e.attrs["label"])
			}
		}
		if !strings.Contains(e.attrs["tooltip"], "confidence ") {
			t.Errorf("edge tooltip %q lacks the confidence", e.attrs["tooltip"])
		}
	}
	if parallel != 2 {
		t.Errorf("got %d edges Gromov->Russia, want 2 (parallel facts)", parallel)
	}
	for _, name := range []string{"محمد بن عبدالرحمن آل ثاني", `Smith & \"Sons\" <Holdings> \\ Ltd`, FontNames} {
		if !strings.Contains(b.String(), name) {
			t.Errorf("output lacks %q", name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	g := kgtest.Generate(300, 900, 1)
	var a, b bytes.Buffer
	if err := Write(&a, g, Options{}); err != nil {
		t.Fatal(err)
	}
	// Shuffle the slices: the writer must sort, not trust the order.
	g.Entities[0], g.Entities[len(g.Entities)-1] = g.Entities[len(g.Entities)-1], g.Entities[0]
	g.Facts[0], g.Facts[len(g.Facts)-1] = g.Facts[len(g.Facts)-1], g.Facts[0]
	if err := Write(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one graph differ")
	}
}

func TestWriteErrors(t *testing.T) {
	g := kgtest.Generate(2000, 4000, 2)
	for _, n := range []int{0, 100, 70000} {
		w := &kgtest.FailWriter{N: n}
		err := Write(w, g, Options{})
		if !errors.Is(err, kgtest.ErrDisk) {
			t.Errorf("n=%d: got %v, want the write error", n, err)
		}
		if w.After > 1 {
			t.Errorf("n=%d: %d writes after the first error; want writing to stop", n, w.After)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`a "b"`, `"a \"b\""`},
		{`back\slash\`, `"back\\slash\\"`},
		{"two\nlines\r\nthree\rfour", `"two\nlines\nthree\nfour"`},
		{"tab\tnul\x00", `"tab nul "`},
		{"روسيا", `"روسيا"`},
		{"bad\xffutf8", "\"bad\uFFFDutf8\""},
	} {
		if got := Quote(c.in); got != c.want {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, `a\"b`, "x\ny", "\\n", "غروموف", "}];\n\"a\" -> \"b\"", "\x00\xff", `\\"`} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, role string) {
		g := &graph.KG{Entities: []*graph.Entity{
			{ID: name, Type: graph.Person, Name: name},
			{ID: "country-" + role, Type: graph.Country, Name: role + name},
		}}
		g.Facts = []*graph.Fact{{ID: role, Subject: name, Predicate: graph.HoldsPosition, Object: "country-" + role, Role: role}}
		g.Normalize()
		var b bytes.Buffer
		if err := Write(&b, g, Options{Title: name}); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b.Bytes()) {
			t.Fatal("output is not UTF-8")
		}
		p, err := parse(b.String())
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		if len(p.nodes) != 2 || len(p.edges) != 1 {
			t.Fatalf("got %d nodes %d edges\n%s", len(p.nodes), len(p.edges), b.String())
		}
		if got := p.nodes[unescapeID(Quote(name))]["label"]; got != Clean(name) {
			t.Errorf("label %q, want %q", got, Clean(name))
		}
		if got := p.edges[0].attrs["label"]; role != "" && got != Clean("holdsPosition: "+role) {
			t.Errorf("edge label %q, want %q", got, "holdsPosition: "+role)
		}
	})
}

// A tiny checker for the DOT subset Write produces, following Graphviz's
// lexer: in a quoted string \" is a quote and \\ a pair kept together;
// in labels \\ then reads as one backslash and \n as a line break.

type parsed struct {
	strict, directed bool
	nodes            map[string]map[string]string
	edges            []edge
}

type edge struct {
	from, to string
	attrs    map[string]string
}

type token struct {
	s      string // raw token text; for quoted strings, the contents
	quoted bool
}

func lex(src string) ([]token, error) {
	var toks []token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' && j+1 < len(src) && (src[j+1] == '"' || src[j+1] == '\\') {
					b.WriteByte(src[j])
					j++
				}
				if src[j] == '\n' {
					return nil, fmt.Errorf("raw newline in a quoted string at %d", j)
				}
				b.WriteByte(src[j])
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unterminated string at %d", i)
			}
			toks = append(toks, token{b.String(), true})
			i = j + 1
		case strings.HasPrefix(src[i:], "->"):
			toks = append(toks, token{"->", false})
			i += 2
		case strings.ContainsRune("{}[]=,;", rune(c)):
			toks = append(toks, token{string(c), false})
			i++
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(src) && src[j] >= 'a' && src[j] <= 'z' {
				j++
			}
			toks = append(toks, token{src[i:j], false})
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

// unescapeID is the name Graphviz gives a quoted id: only \" changes.
func unescapeID(q string) string {
	q = q[1 : len(q)-1]
	return strings.ReplaceAll(q, `\"`, `"`)
}

// label is the text Graphviz shows for a quoted string's contents.
func label(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if raw[i] == '\\' && i+1 < len(raw) {
			i++
			switch raw[i] {
			case 'n':
				b.WriteByte('\n')
			default:
				b.WriteByte(raw[i])
			}
			continue
		}
		b.WriteByte(raw[i])
	}
	return b.String()
}

func parse(src string) (*parsed, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parsed{nodes: map[string]map[string]string{}}
	i := 0
	next := func() (token, error) {
		if i >= len(toks) {
			return token{}, errors.New("unexpected end")
		}
		i++
		return toks[i-1], nil
	}
	expect := func(s string) error {
		t, err := next()
		if err != nil {
			return err
		}
		if t.quoted || t.s != s {
			return fmt.Errorf("token %d: got %q, want %q", i, t.s, s)
		}
		return nil
	}
	id := func() (string, error) {
		t, err := next()
		if err != nil {
			return "", err
		}
		if !t.quoted {
			return "", fmt.Errorf("token %d: want a quoted id, got %q", i, t.s)
		}
		return strings.ReplaceAll(t.s, `\"`, `"`), nil
	}
	attrs := func() (map[string]string, error) {
		m := map[string]string{}
		if err := expect("["); err != nil {
			return nil, err
		}
		for {
			k, err := next()
			if err != nil {
				return nil, err
			}
			if !k.quoted && k.s == "]" {
				break
			}
			if !k.quoted && k.s == "," {
				continue
			}
			if err := expect("="); err != nil {
				return nil, err
			}
			v, err := next()
			if err != nil {
				return nil, err
			}
			if !v.quoted {
				return nil, fmt.Errorf("token %d: unquoted value", i)
			}
			m[k.s] = label(v.s)
		}
		return m, expect(";")
	}
	t, err := next()
	if err != nil {
		return nil, err
	}
	if t.s == "strict" {
		p.strict = true
		t, _ = next()
	}
	p.directed = t.s == "digraph"
	if _, err := id(); err != nil {
		return nil, err
	}
	if err := expect("{"); err != nil {
		return nil, err
	}
	for i < len(toks) {
		t := toks[i]
		if !t.quoted && t.s == "}" {
			i++
			if i != len(toks) {
				return nil, errors.New("text after the graph")
			}
			return p, nil
		}
		if !t.quoted && (t.s == "graph" || t.s == "node" || t.s == "edge") {
			i++
			if _, err := attrs(); err != nil {
				return nil, err
			}
			continue
		}
		from, err := id()
		if err != nil {
			return nil, err
		}
		if i < len(toks) && toks[i].s == "->" && !toks[i].quoted {
			i++
			to, err := id()
			if err != nil {
				return nil, err
			}
			a, err := attrs()
			if err != nil {
				return nil, err
			}
			p.edges = append(p.edges, edge{from, to, a})
			continue
		}
		a, err := attrs()
		if err != nil {
			return nil, err
		}
		if _, dup := p.nodes[from]; dup {
			return nil, fmt.Errorf("node %q twice", from)
		}
		p.nodes[from] = a
	}
	return nil, errors.New("no closing brace")
}
