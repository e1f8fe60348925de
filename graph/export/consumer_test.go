package export

// Tests that real consumers load our files: networkx (GraphML, GEXF),
// rapper from raptor2-utils (N-Quads, Turtle) and native Graphviz (DOT).
// Where one is missing the test skips and says so, except when the
// environment variable CI is "true": CI installs them (.ci/consumers.sh)
// and must never skip.

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/gexf"
	"newskg/graph/internal/kgtest"
	"newskg/graph/rdf"
)

func missing(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed; CI must install it (.ci/consumers.sh)", what)
	}
	t.Skipf("%s is not installed (apt-get install python3-networkx raptor2-utils graphviz); skipping", what)
}

// networkxPython returns a Python that can import networkx: Debian's
// /usr/bin/python3 first, since python3 on PATH may be a pyenv shim
// without it.
func networkxPython(t *testing.T) string {
	cands := []string{"/usr/bin/python3"}
	if p, err := exec.LookPath("python3"); err == nil {
		cands = append(cands, p)
	}
	for _, py := range cands {
		if exec.Command(py, "-c", "import networkx").Run() == nil {
			return py
		}
	}
	missing(t, "python3 with networkx")
	return ""
}

const nxScript = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf
path, kind, node, edge = sys.argv[1:5]
if kind == "gexf":
    # The default: stock networkx reads it as it is.
    G = nx.read_gexf(path)
elif kind == "gexf-1.3":
    # networkx 2.x knows GEXF up to 1.2draft; 1.3 differs in namespace
    # and in the edge kind, which networkx does not read, so register it.
    v = dict(gexf.GEXF.versions["1.2draft"])
    v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    gexf.GEXF.versions["1.3"] = v
    G = nx.read_gexf(path, version="1.3")
else:
    G = nx.read_graphml(path)
edges = [d for u, v, d in G.edges(data=True) if d.get("id", "") == edge or d.get("label", "") == edge]
for u, v, k, d in G.edges(keys=True, data=True):
    if k == edge or d.get("id") == edge:
        edges = [dict(d, _source=u, _target=v)]
print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
    "multigraph": G.is_multigraph(), "directed": G.is_directed(),
    "node": G.nodes[node], "edge": edges[0] if edges else None}, default=str))
`

func TestNetworkx(t *testing.T) {
	py := networkxPython(t)
	g := fixture(t)
	holds := g.Facts[0]
	for _, fa := range g.Facts {
		if fa.Subject == kgtest.Gromov && fa.Predicate == graph.HoldsPosition && fa.Role == "foreign minister" {
			holds = fa
		}
	}
	dir := t.TempDir()
	for _, name := range []string{"graphml", "gexf", "gexf-1.3"} {
		t.Run(name, func(t *testing.T) {
			f := mustLookup(t, strings.TrimSuffix(name, "-1.3"))
			if name == "gexf-1.3" {
				f.Write = func(w io.Writer, g *graph.KG) error { return gexf.WriteVersion(w, g, gexf.V13) }
			}
			path := filepath.Join(dir, name+"."+f.Ext)
			if err := WriteFile(f, g, path); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, "-c", nxScript, path, name, kgtest.Gromov, holds.ID).CombinedOutput()
			if err != nil {
				t.Fatalf("networkx: %v\n%s", err, out)
			}
			var r struct {
				Nodes, Edges         int
				Multigraph, Directed bool
				Node                 map[string]any
				Edge                 map[string]any
			}
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			t.Logf("networkx read %s: %d nodes, %d edges, multigraph %v", name, r.Nodes, r.Edges, r.Multigraph)
			if r.Nodes != len(g.Entities) || r.Edges != len(g.Facts) {
				t.Errorf("networkx counts %d nodes, %d edges; want %d, %d", r.Nodes, r.Edges, len(g.Entities), len(g.Facts))
			}
			if !r.Multigraph || !r.Directed {
				t.Errorf("want a directed multigraph (parallel facts)")
			}
			if r.Node["type"] != "Person" || r.Node["name"] != "Pavel Gromov" || r.Node["mentions"] != float64(5) {
				t.Errorf("node attributes: %v", r.Node)
			}
			if !bytes.Contains([]byte(r.Node["aliases"].(string)), []byte("بافل غروموف")) {
				t.Errorf("node aliases lack the Arabic name: %v", r.Node["aliases"])
			}
			if r.Edge == nil {
				t.Fatalf("edge %s not found", holds.ID)
			}
			if r.Edge["predicate"] != "holdsPosition" || r.Edge["role"] != "foreign minister" ||
				r.Edge["confidence"] != holds.Confidence || r.Edge["sources"] != float64(2) {
				t.Errorf("edge attributes: %v", r.Edge)
			}
			var ev []graph.Evidence
			if err := json.Unmarshal([]byte(r.Edge["evidence"].(string)), &ev); err != nil || len(ev) != len(holds.Evidence) {
				t.Errorf("edge evidence: %v %v", err, r.Edge["evidence"])
			}
		})
	}
	for _, name := range []string{"gexf", "gexf-1.3"} {
		t.Run(name+"-dates", func(t *testing.T) {
			path := filepath.Join(dir, name+".gexf")
			out, err := exec.Command(py, "-c", nxScript, path, name, "event-doha-talks", "-").CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if !bytes.Contains(out, []byte(`"start": "2024-03-05"`)) {
				t.Errorf("event has no time span: %s", out)
			}
		})
	}
}

var rapperCount = regexp.MustCompile(`returned (\d+) triples`)

func TestRapper(t *testing.T) {
	if _, err := exec.LookPath("rapper"); err != nil {
		missing(t, "rapper (raptor2-utils)")
	}
	for _, g := range []*graph.KG{fixture(t), kgtest.Generate(300, 1000, 9)} {
		for _, c := range []struct {
			name   string
			syntax rdf.Syntax
		}{{"nquads", rdf.NQuads}, {"turtle", rdf.Turtle}} {
			var b bytes.Buffer
			n, err := rdf.Encode(&b, g, c.syntax)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "g."+c.name)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("rapper", "-i", c.name, "-c", path).CombinedOutput()
			if err != nil {
				t.Fatalf("rapper -i %s: %v\n%s", c.name, err, out)
			}
			m := rapperCount.FindSubmatch(out)
			if m == nil {
				t.Fatalf("rapper output: %s", out)
			}
			got, _ := strconv.Atoi(string(m[1]))
			t.Logf("rapper -i %s: %d statements (%d entities, %d facts)", c.name, got, len(g.Entities), len(g.Facts))
			if got != n {
				t.Errorf("rapper -i %s counts %d statements, we wrote %d", c.name, got, n)
			}
			if bytes.Contains(out, []byte("Warning")) || bytes.Contains(out, []byte("Error")) {
				t.Errorf("rapper -i %s complains:\n%s", c.name, out)
			}
		}
	}
}

var svgNode = regexp.MustCompile(`<g id="[^"]*" class="node"`)
var svgEdge = regexp.MustCompile(`<g id="[^"]*" class="edge"`)

func TestGraphvizDot(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		missing(t, "Graphviz dot")
	}
	g := fixture(t)
	var b bytes.Buffer
	if err := mustLookup(t, "dot").Write(&b, g); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dot", "-Tsvg")
	cmd.Stdin = &b
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	if n, e := len(svgNode.FindAll(out, -1)), len(svgEdge.FindAll(out, -1)); n != len(g.Entities) || e != len(g.Facts) {
		t.Errorf("dot drew %d nodes, %d edges; want %d, %d", n, e, len(g.Entities), len(g.Facts))
	}
	if stderr.Len() > 0 {
		t.Logf("dot says: %s", stderr.String())
	}
}
