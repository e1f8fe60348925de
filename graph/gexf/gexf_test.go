package gexf

import (
	"bytes"
	"encoding/xml"
	"flag"
	"path/filepath"
	"regexp"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// doc is the part of a GEXF document the tests look at.
type doc struct {
	XMLName xml.Name
	Version string `xml:"version,attr"`
	Nodes   []struct {
		ID string `xml:"id,attr"`
	} `xml:"graph>nodes>node"`
	Edges []struct {
		ID   string     `xml:"id,attr"`
		Kind *string    `xml:"kind,attr"`
		Attr []xml.Attr `xml:",any,attr"`
	} `xml:"graph>edges>edge"`
}

func write(t *testing.T, g *graph.KG, v Version) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteVersion(&b, g, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestVersions(t *testing.T) {
	g := kgtest.Fixture()
	kinds := map[string]string{}
	for _, f := range g.Facts {
		kinds[f.ID] = Kind(f)
	}
	for _, c := range []struct {
		v         Version
		ns, attr  string
		wantKinds bool
	}{
		{V12, "http://www.gexf.net/1.2draft", "1.2", false},
		{V13, "http://gexf.net/1.3", "1.3", true},
	} {
		t.Run(string(c.v), func(t *testing.T) {
			out := write(t, g, c.v)
			var d doc
			if err := xml.Unmarshal(out, &d); err != nil {
				t.Fatal(err)
			}
			if d.XMLName.Space != c.ns || d.XMLName.Local != "gexf" || d.Version != c.attr {
				t.Errorf("root {%s}%s version %q; want {%s}gexf version %q", d.XMLName.Space, d.XMLName.Local, d.Version, c.ns, c.attr)
			}
			if !bytes.Contains(out, []byte(`xmlns:viz="`+c.ns+`/viz"`)) {
				t.Errorf("viz namespace is not %s/viz", c.ns)
			}
			if len(d.Nodes) != len(g.Entities) || len(d.Edges) != len(g.Facts) {
				t.Errorf("%d nodes, %d edges; want %d, %d", len(d.Nodes), len(d.Edges), len(g.Entities), len(g.Facts))
			}
			for _, e := range d.Edges {
				switch {
				case c.wantKinds && (e.Kind == nil || *e.Kind != kinds[e.ID]):
					t.Errorf("edge %s: kind %v, want %q", e.ID, e.Kind, kinds[e.ID])
				case !c.wantKinds && e.Kind != nil:
					t.Errorf("edge %s has kind %q, which 1.2draft does not define", e.ID, *e.Kind)
				}
			}
		})
	}
}

// TestVersionsDifferOnlyInHeaderAndKind: apart from the namespaces and
// the edge kinds, the two versions are the same document.
func TestVersionsDifferOnlyInHeaderAndKind(t *testing.T) {
	g := kgtest.Generate(200, 600, 3)
	strip := func(b []byte) []byte {
		b = regexp.MustCompile(`(?m)^<gexf [^>]*>$`).ReplaceAll(b, nil)
		return regexp.MustCompile(` kind="[^"]*"`).ReplaceAll(b, nil)
	}
	a, b := write(t, g, V12), write(t, g, V13)
	if bytes.Equal(a, b) {
		t.Fatal("1.2draft and 1.3 are the same bytes")
	}
	if !bytes.Equal(strip(a), strip(b)) {
		t.Error("1.2draft and 1.3 differ beyond the header and the edge kinds")
	}
}

func TestDefaultIs12(t *testing.T) {
	g := kgtest.Fixture()
	var b bytes.Buffer
	if err := Write(&b, g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), write(t, g, V12)) || Versions[0] != V12 {
		t.Error("Write does not write 1.2draft")
	}
}

func TestGolden13(t *testing.T) {
	kgtest.Golden(t, filepath.Join("testdata", "fixture-1.3.gexf"), write(t, kgtest.Fixture(), V13), *update)
}

func TestParseVersion(t *testing.T) {
	for in, want := range map[string]Version{"1.2draft": V12, "1.2": V12, "1.3": V13, "1.4": "", "": "", "1.3draft": "", "v1.3": ""} {
		got, err := ParseVersion(in)
		if got != want || (err == nil) != (want != "") {
			t.Errorf("ParseVersion(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	var b bytes.Buffer
	if err := WriteVersion(&b, kgtest.Fixture(), "2.0"); err == nil || b.Len() > 0 {
		t.Errorf("WriteVersion 2.0: err %v, %d bytes written; want an error and nothing", err, b.Len())
	}
}
