package svg

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Box is an axis-aligned rectangle in SVG user units.
type Box struct{ X0, Y0, X1, Y1 float64 }

// overlaps reports whether a and b share more than a sliver: at least
// half a unit each way.
func (a Box) overlaps(b Box) bool {
	const eps = 0.5
	return math.Min(a.X1, b.X1)-math.Max(a.X0, b.X0) > eps && math.Min(a.Y1, b.Y1)-math.Max(a.Y0, b.Y0) > eps
}

func (a Box) union(b Box) Box {
	return Box{math.Min(a.X0, b.X0), math.Min(a.Y0, b.Y0), math.Max(a.X1, b.X1), math.Max(a.Y1, b.Y1)}
}

// Text is one text element of a rendered diagram with its estimated
// extent.
type Text struct {
	S     string
	Group string // the id of the node, edge or cluster it belongs to ("" for the graph)
	Class string // "node", "edge", "cluster" or "graph"
	Box   Box
}

// Readability is what Measure finds in an SVG.
type Readability struct {
	Texts    int
	Nodes    int
	Overlaps []string // pairs of text elements whose boxes overlap
	Hidden   []string // text elements lying under a node that is not theirs

	groups map[string]map[string]bool // class -> ids of the groups whose text is involved
}

// Problems is the number of overlapping pairs and hidden labels.
func (r *Readability) Problems() int { return len(r.Overlaps) + len(r.Hidden) }

// Groups returns the ids of the groups of a class ("edge", "node", ...)
// whose text overlaps or is hidden, sorted.
func (r *Readability) Groups(class string) []string {
	var ids []string
	for id := range r.groups[class] {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func (r *Readability) involve(t *Text) {
	if r.groups == nil {
		r.groups = map[string]map[string]bool{}
	}
	if r.groups[t.Class] == nil {
		r.groups[t.Class] = map[string]bool{}
	}
	r.groups[t.Class][t.Group] = true
}

// TextWidth estimates the width of s set in DejaVu Sans (the font the
// diagrams are laid out for) at size points: printable ASCII by the
// font's own advance widths, other characters as Graphviz estimates
// them (0.318 em a byte of UTF-8, so 0.636 em for an Arabic letter)
// or, where the font's glyph is wider, by the glyph.
func TextWidth(s string, size float64) float64 {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return float64(w) / 1000 * size
}

// dejaVuSans holds the advance widths of DejaVu Sans for the printable
// ASCII characters, space to tilde, in thousandths of an em, read from
// DejaVuSans.ttf (DejaVu Fonts 2.37; the DejaVu fonts licence, a free
// licence derived from the Bitstream Vera licence, allows this use).
var dejaVuSans = [95]int{
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
	1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
	603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
	500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
	635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
}

// wider are the characters the diagrams use whose glyphs are wider than
// Graphviz's estimate.
var wider = map[rune]int{'…': 1000, '—': 1000, '×': 838, '«': 612, '»': 612}

func runeWidth(r rune) int {
	if r >= ' ' && r <= '~' {
		return dejaVuSans[r-' ']
	}
	est := 318 * utf8.RuneLen(r)
	if r < ' ' || est < 0 {
		return 0
	}
	return max(est, wider[r])
}

// Measure parses an SVG written by Graphviz and estimates where its
// text lies: the width of each text element from its font size and
// characters (TextWidth), its height from the font's ascent and
// descent. It counts pairs of text elements that overlap and text that
// lies under a node that is not its own (an edge label hidden by a
// node, a name running under its neighbour). Text inside a node's own
// shape is where it belongs.
func Measure(b []byte) (*Readability, error) {
	texts, nodes, err := parseSVG(b)
	if err != nil {
		return nil, err
	}
	r := &Readability{Texts: len(texts), Nodes: len(nodes)}
	for i := range texts {
		a := &texts[i]
		for j := i + 1; j < len(texts); j++ {
			if c := &texts[j]; a.Box.overlaps(c.Box) {
				r.involve(a)
				r.involve(c)
				r.Overlaps = append(r.Overlaps, fmt.Sprintf("%q (%s %s) and %q (%s %s)", a.S, a.Class, a.Group, c.S, c.Class, c.Group))
			}
		}
		for _, n := range nodes {
			if n.id != a.Group && n.box.overlaps(a.Box) {
				r.involve(a)
				r.Hidden = append(r.Hidden, fmt.Sprintf("%q (%s %s) under node %s", a.S, a.Class, a.Group, n.id))
			}
		}
	}
	return r, nil
}

type nodeBox struct {
	id  string
	box Box
}

// parseSVG collects the text elements and the node shapes' bounding
// boxes. Coordinates are compared as written: Graphviz puts one
// transform on the whole graph and none inside it.
func parseSVG(b []byte) ([]Text, []nodeBox, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	type group struct {
		id, class string
		depth     int
	}
	var stack []group
	var texts []Text
	var nodes []nodeBox
	nodeAt := map[string]int{}
	depth := 0
	var cur *Text
	var curSize float64
	var curBold bool
	var curAnchor string
	var curX, curY float64
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("svg: not XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			at := func(k string) string {
				for _, a := range t.Attr {
					if a.Name.Local == k {
						return a.Value
					}
				}
				return ""
			}
			g := group{class: "graph"}
			if len(stack) > 0 {
				g = stack[len(stack)-1]
			}
			switch t.Name.Local {
			case "g":
				switch c := at("class"); c {
				case "node", "edge", "cluster", "graph":
					stack = append(stack, group{id: at("id"), class: c, depth: depth})
					if c == "node" {
						nodeAt[at("id")] = len(nodes)
						nodes = append(nodes, nodeBox{id: at("id"), box: Box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}})
					}
				}
			case "text":
				curSize = num(at("font-size"))
				curBold = at("font-weight") == "bold"
				if curSize == 0 {
					curSize = 14
				}
				curAnchor, curX, curY = at("text-anchor"), num(at("x")), num(at("y"))
				cur = &Text{Group: g.id, Class: g.class}
				if g.class == "graph" {
					cur.Group = ""
				}
			case "ellipse", "polygon", "path", "polyline":
				if g.class != "node" {
					break
				}
				bx, ok := shapeBox(t.Name.Local, at)
				if ok {
					k := nodeAt[g.id]
					nodes[k].box = nodes[k].box.union(bx)
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.S += string(t)
			}
		case xml.EndElement:
			if t.Name.Local == "text" && cur != nil {
				s := strings.TrimSpace(cur.S)
				if s != "" {
					cur.S = s
					w := TextWidth(s, curSize)
					if curBold {
						w *= 1.12 // DejaVu Sans Bold is about a tenth wider
					}
					x0 := curX
					switch curAnchor {
					case "middle":
						x0 -= w / 2
					case "end":
						x0 -= w
					}
					cur.Box = Box{x0, curY - 0.78*curSize, x0 + w, curY + 0.22*curSize}
					texts = append(texts, *cur)
				}
				cur = nil
			}
			if len(stack) > 0 && stack[len(stack)-1].depth == depth {
				stack = stack[:len(stack)-1]
			}
			depth--
		}
	}
	out := nodes[:0]
	for _, n := range nodes {
		if n.box.X0 <= n.box.X1 {
			out = append(out, n)
		}
	}
	return texts, out, nil
}

// shapeBox is the bounding box of an ellipse, polygon, polyline or path.
func shapeBox(name string, at func(string) string) (Box, bool) {
	if name == "ellipse" {
		cx, cy, rx, ry := num(at("cx")), num(at("cy")), num(at("rx")), num(at("ry"))
		return Box{cx - rx, cy - ry, cx + rx, cy + ry}, true
	}
	src := at("points")
	if name == "path" {
		src = at("d")
	}
	vals := strings.FieldsFunc(src, func(r rune) bool {
		return !(r == '-' || r == '.' || r == 'e' || (r >= '0' && r <= '9'))
	})
	if len(vals) < 4 {
		return Box{}, false
	}
	b := Box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for i := 0; i+1 < len(vals); i += 2 {
		x, y := num(vals[i]), num(vals[i+1])
		b = b.union(Box{x, y, x, y})
	}
	return b, true
}

func num(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0
	}
	return f
}
