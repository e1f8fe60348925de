// Package svg renders diagrams to SVG with Graphviz compiled to
// WebAssembly (github.com/goccy/go-graphviz), so that no native Graphviz
// is needed, and writes the diagrams a build publishes.
//
// A picture never fails a build. Render lays DOT out with the engine
// the graph's shape makes cheapest (see Engines), checks that what comes
// back is a whole SVG document with every node, and on any failure
// discards the Graphviz context and tries the next engine. RenderKG
// draws a bounded, readable overview of a graph (graph/diagram) rather
// than every entity, draws a smaller one when every engine fails, and
// in the last resort writes a plain SVG that says why there is no
// picture.
//
// The library is not safe for concurrent use and shares one WebAssembly
// module between all its instances: every call into it here holds one
// package-level mutex. Its context deadline is not honoured, so the
// input is bounded instead, and the engine is chosen by predicted cost.
//
// Graphviz's compiled WebAssembly is cached in the user's own cache
// folder, checked before use, never in the shared temporary folder (see
// the earlyinit module and cache.go).
package svg

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/goccy/go-graphviz"

	"newskg/graph"
	"newskg/graph/diagram"
)

// Size limits for DOT given to Render as it is. RenderKG draws a
// bounded overview and never reaches them.
const (
	MaxNodes = 2000 // more nodes than this: ErrTooLarge
	MaxEdges = 8000 // more edges than this: ErrTooLarge
)

// ErrTooLarge is returned for DOT too large for one diagram.
var ErrTooLarge = errors.New("graph too large for one diagram: narrow it with -focus ENTITY -hops K, -types, -predicates or -min-confidence")

// ErrEmpty is returned when Graphviz produces no output.
var ErrEmpty = errors.New("graphviz produced an empty SVG")

// ErrBroken is returned when Graphviz's output is not a whole SVG
// document with every node of the input.
var ErrBroken = errors.New("graphviz produced a broken SVG")

// Options adjusts rendering.
type Options struct {
	// Layout names the Graphviz layout engines to try, in order,
	// comma-separated ("dot", "neato,sfdp"); empty chooses by cost
	// (Engines).
	Layout string
	// Title heads RenderKG's drawing.
	Title string
	// Focus is an entity id RenderKG always draws, highlighted.
	Focus string
	// MaxNodes bounds RenderKG's drawing (0: diagram.DefaultMaxNodes).
	MaxNodes int
}

var (
	mu sync.Mutex
	gv *graphviz.Graphviz
)

// instance returns the shared Graphviz context; mu must be held.
func instance(ctx context.Context) (*graphviz.Graphviz, error) {
	if gv != nil {
		return gv, nil
	}
	g, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("svg: start graphviz: %w", err)
	}
	gv = g
	return gv, nil
}

// discard drops the shared context after a failure: a failed render
// leaves state behind in it (later output differs), and a fresh one
// renders as the first did. mu must be held.
func discard() {
	if gv != nil {
		gv.Close()
		gv = nil
	}
}

// Count parses DOT source and returns its numbers of nodes and edges.
// It reports whether Graphviz accepts the source.
func Count(dotSrc []byte) (nodes, edges int, err error) {
	mu.Lock()
	defer mu.Unlock()
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return 0, 0, fmt.Errorf("svg: parse DOT: %w", err)
	}
	defer g.Close()
	if nodes, err = g.NodeNum(); err != nil {
		return 0, 0, err
	}
	if edges, err = g.EdgeNum(); err != nil {
		return 0, 0, err
	}
	return nodes, edges, nil
}

// Render lays out DOT source and returns the SVG. Without opt.Layout it
// tries the engines in the order Engines gives for the graph's shape,
// and returns the first whole SVG; the error, when all fail, names each
// engine's failure. It checks the context between attempts, since
// Graphviz itself cannot be interrupted.
func Render(ctx context.Context, dotSrc []byte, opt Options) ([]byte, error) {
	b, _, err := render(ctx, dotSrc, opt)
	return b, err
}

// render is Render, also returning the engine that drew the SVG.
func render(ctx context.Context, dotSrc []byte, opt Options) ([]byte, string, error) {
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	mu.Lock()
	defer mu.Unlock()
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return nil, "", fmt.Errorf("svg: parse DOT: %w", err)
	}
	shape, err := shapeOf(g, dotSrc)
	g.Close()
	if err != nil {
		return nil, "", err
	}
	if shape.Nodes > MaxNodes || shape.Edges > MaxEdges {
		return nil, "", fmt.Errorf("%w (%d nodes, %d edges; the limit is %d nodes, %d edges)", ErrTooLarge, shape.Nodes, shape.Edges, MaxNodes, MaxEdges)
	}
	engines := Engines(shape)
	if opt.Layout != "" {
		engines = strings.Split(opt.Layout, ",")
	}
	var errs []error
	for _, layout := range engines {
		if err := ctx.Err(); err != nil {
			return nil, "", err
		}
		b, err := renderWith(ctx, dotSrc, layout, shape.Nodes)
		if err == nil {
			return b, layout, nil
		}
		discard()
		errs = append(errs, fmt.Errorf("%s: %w", layout, err))
	}
	return nil, "", fmt.Errorf("svg: render: %w", errors.Join(errs...))
}

// renderWith lays the source out with one engine and checks the SVG;
// mu must be held. The graph is parsed afresh, since a layout leaves
// its attributes on the graph.
func renderWith(ctx context.Context, dotSrc []byte, layout string, nodes int) (out []byte, err error) {
	defer func() {
		// The library panics on some failures inside the module.
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("graphviz panicked: %v", r)
		}
	}()
	inst, err := instance(ctx)
	if err != nil {
		return nil, err
	}
	g, err := graphviz.ParseBytes(dotSrc)
	if err != nil {
		return nil, fmt.Errorf("parse DOT: %w", err)
	}
	defer g.Close()
	if layout == QuickDot {
		layout = "dot"
		for _, a := range [][2]string{{"splines", "line"}, {"nslimit", "1"}, {"nslimit1", "1"}, {"mclimit", "0.1"}, {"searchsize", "5"}} {
			if err := g.SafeSet(a[0], a[1], ""); err != nil {
				return nil, fmt.Errorf("set %s: %w", a[0], err)
			}
		}
	}
	inst.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := inst.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, ErrEmpty
	}
	b := widenFonts(buf.Bytes())
	if err := check(b, nodes); err != nil {
		return nil, err
	}
	return b, nil
}

// widenFonts gives the browser the font list for text laid out with
// diagram.FontName.
func widenFonts(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte(`font-family="`+diagram.FontName+`"`), []byte(`font-family="`+diagram.FontList+`"`))
}

// check reports whether b is one well-formed XML document whose root is
// an svg element holding nodes node groups. A layout that corrupts the
// module's memory can hand back garbage or an SVG cut short.
func check(b []byte, nodes int) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	depth, roots, groups := 0, 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrBroken, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if t.Name.Local != "svg" {
					return fmt.Errorf("%w: root element %q", ErrBroken, t.Name.Local)
				}
			}
			for _, a := range t.Attr {
				if geometric[a.Name.Local] && notFinite(a.Value) {
					return fmt.Errorf("%w: %s=%q", ErrBroken, a.Name.Local, a.Value)
				}
			}
			if t.Name.Local == "g" {
				for _, a := range t.Attr {
					if a.Name.Local == "class" && a.Value == "node" {
						groups++
					}
				}
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		return fmt.Errorf("%w: %d root elements", ErrBroken, roots)
	}
	if groups != nodes {
		return fmt.Errorf("%w: %d of %d nodes drawn", ErrBroken, groups, nodes)
	}
	return nil
}

// geometric names the attributes that hold coordinates.
var geometric = map[string]bool{"points": true, "d": true, "x": true, "y": true, "cx": true, "cy": true,
	"rx": true, "ry": true, "width": true, "height": true, "viewBox": true, "transform": true}

// notFinite reports whether a coordinate list holds a NaN or an
// infinity, as Graphviz writes them ("nan", "-nan", "inf").
func notFinite(v string) bool {
	v = strings.ToLower(v)
	return strings.Contains(v, "nan") || strings.Contains(v, "inf")
}

// Result is a rendered drawing of a graph.
type Result struct {
	SVG     []byte
	Drawing *diagram.Drawing // what was drawn and left out; nil for the fallback page
	Engine  string           // the layout engine that drew it; "" for the fallback page
	Errors  []error          // failures on the way, each followed by a smaller drawing
}

// RenderKG draws a readable overview of g (diagram.Overview) and
// renders it. It never fails for the picture's sake: when every engine
// fails it draws half as many entities, and in the end a plain SVG page
// that says why there is no drawing. Only a done context is an error.
func RenderKG(ctx context.Context, g *graph.KG, opt Options) ([]byte, error) {
	r, err := Draw(ctx, g, opt)
	if err != nil {
		return nil, err
	}
	return r.SVG, nil
}

// Draw is RenderKG with what was drawn and how.
func Draw(ctx context.Context, g *graph.KG, opt Options) (*Result, error) {
	s := diagram.New(g)
	return drawBounded(ctx, opt, func(o diagram.Options) *diagram.Drawing {
		o.Title, o.Focus = opt.Title, opt.Focus
		return s.Overview(o)
	})
}

// drawBounded renders the drawing mk makes for at most opt.MaxNodes
// entities (fewer where dot would take too long); while that fails and
// more than one entity is drawn, it tries again with half as many, and
// in the end it returns the fallback page. A drawing whose text
// overlaps (Measure) is drawn again without clusters, then with more
// room, then without the labels that still overlap, and the best kept.
// Only a done context is an error.
func drawBounded(ctx context.Context, opt Options, mk func(diagram.Options) *diagram.Drawing) (*Result, error) {
	max := opt.MaxNodes
	// the overview of a graph drawn by default is dot's, of fewer
	// entities where dot would take too long; asked for a number of
	// entities, the quick dot may draw more of them (LayoutCost)
	cost := layoutCost
	if max <= 0 {
		max = diagram.DefaultMaxNodes
		cost = func(d *diagram.Drawing) float64 { return DotCost(drawingShape(d)) }
	}
	r := &Result{}
	for {
		o := diagram.Options{MaxNodes: max}
		d := mk(o)
		if d.Nodes > 2 && cost(d) > DotBudget {
			d = fewer(&o, d.Nodes, mk, cost)
		}
		b, engine, err := render(ctx, d.DOT, Options{Layout: opt.Layout})
		if err == nil {
			r.SVG, r.Drawing, r.Engine = b, d, engine
			return r, unclutter(ctx, r, o, mk, opt, cost)
		}
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		r.Errors = append(r.Errors, err)
		if d.Nodes <= 1 {
			r.SVG = Fallback(opt.Title, errors.Join(r.Errors...))
			return r, nil
		}
		max = d.Nodes / 2
	}
}

// fewer returns the drawing of the most entities, fewer than over,
// whose layout cost takes at most DotBudget, and sets o.MaxNodes to
// their number; a drawing of two is taken whatever its cost. The cost
// grows steeply and unevenly with the entities drawn (with the square
// of the edges' lengths, which depend on which entities are drawn), so
// the number is found by bisection, not by scaling.
func fewer(o *diagram.Options, over int, mk func(diagram.Options) *diagram.Drawing, cost func(*diagram.Drawing) float64) *diagram.Drawing {
	lo, hi := 2, over
	var best *diagram.Drawing
	for hi-lo > 1 {
		o.MaxNodes = (lo + hi) / 2
		d := mk(*o)
		if cost(d) <= DotBudget {
			lo, best = o.MaxNodes, d
		} else {
			hi = o.MaxNodes
		}
	}
	o.MaxNodes = lo
	if best == nil {
		best = mk(*o)
	}
	return best
}

// unclutter draws r again while its text overlaps: without clusters
// (dot places labels worst around them), then with more room, then
// with the labels of the edges still involved left to their tooltips.
// It keeps the drawing with the fewest problems. A redraw is held to
// the cost drawBounded held the first drawing to (dot's alone for the
// default overview, so that a redraw dot is over budget for is not
// laid out by the quick dot instead), and all of them together to
// DrawBudget.
func unclutter(ctx context.Context, r *Result, o diagram.Options, mk func(diagram.Options) *diagram.Drawing, opt Options, cost func(*diagram.Drawing) float64) error {
	m, err := Measure(r.SVG)
	if err != nil || m.Problems() == 0 {
		return nil
	}
	best := m.Problems()
	spent := cost(r.Drawing)
	for try := 0; try < 4 && best > 0; try++ {
		switch try {
		case 0:
			o.NoClusters = true
		case 1:
			o.Spread = true
		default:
			u := map[string]bool{}
			for id := range o.Unlabelled {
				u[id] = true
			}
			for _, id := range m.Groups("edge") {
				u[id] = true
			}
			o.Unlabelled = u
		}
		d := mk(o)
		if c := cost(d); c > DotBudget || spent+c > DrawBudget {
			continue // over budget: keep what is drawn
		} else {
			spent += c
		}
		b, engine, err := render(ctx, d.DOT, Options{Layout: opt.Layout})
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			continue
		}
		m2, err := Measure(b)
		if err != nil {
			continue
		}
		if m2.Problems() < best {
			best = m2.Problems()
			r.SVG, r.Drawing, r.Engine = b, d, engine
		}
		m = m2
	}
	return nil
}

// layoutCost is the predicted cost of the layout that draws d.
func layoutCost(d *diagram.Drawing) float64 {
	if d == nil {
		return 0
	}
	return LayoutCost(drawingShape(d))
}

// Fallback is a plain SVG page, written without Graphviz, that names
// the drawing and says why it could not be drawn.
func Fallback(title string, why error) []byte {
	lines := []string{"No diagram could be drawn."}
	if title != "" {
		lines = append([]string{diagram.Clean(title)}, lines...)
	}
	if why != nil {
		for _, l := range strings.Split(why.Error(), "\n") {
			lines = append(lines, diagram.Cut(diagram.Clean(l), 120))
		}
	}
	if len(lines) > 12 {
		lines = append(lines[:11], "…")
	}
	var b bytes.Buffer
	h := 24 + 18*len(lines)
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%d\" viewBox=\"0 0 760 %d\">\n", h, h)
	fmt.Fprintf(&b, "<rect width=\"760\" height=\"%d\" fill=\"#fff8f0\" stroke=\"#e8590c\"/>\n", h)
	for i, l := range lines {
		fmt.Fprintf(&b, "<text x=\"12\" y=\"%d\" font-family=\"%s\" font-size=\"12\">", 24+18*i, diagram.FontList)
		xml.EscapeText(&b, []byte(l))
		b.WriteString("</text>\n")
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}
