package web

import (
	"math"
	"slices"
	"sort"
	"unicode/utf8"

	"newskg/graph"
)

// The server lays the graph out so that the browser only draws it: a
// force-directed layout computed in the browser took seconds for a
// 2,000-node graph.
//
// The layout is a multilevel spring-electrical one (Hu, "Efficient,
// high-quality force-directed graph drawing", 2005): the graph is
// coarsened by matching neighbours until it is small, the coarsest graph
// is laid out, and each finer graph starts from its coarser one's
// positions and is refined. Repulsion is approximated with a Barnes–Hut
// quadtree. Each connected component is laid out on its own, the
// components are packed in rows, largest first, and entities without
// relations go in a grid below them. Everything is deterministic: the
// same graph gives the same positions.

// EdgeLength is the median length of an edge in the layout, in pixels
// at zoom 1.
const EdgeLength = 90

// Point is a node position.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Layout returns a position for each entity of g, by entity id.
func Layout(g *graph.KG) map[string]Point {
	n := len(g.Entities)
	idx := make(map[string]int, n)
	for i, e := range g.Entities {
		idx[e.ID] = i
	}
	adj := make([][]int, n)
	seen := map[[2]int]bool{}
	for _, f := range g.Facts {
		a, ok1 := idx[f.Subject]
		b, ok2 := idx[f.Object]
		if !ok1 || !ok2 || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	var boxes []Box
	if n <= LabelledMax {
		boxes = make([]Box, n)
		for i, e := range g.Entities {
			boxes[i] = labelBox(e)
		}
	}
	pos := layoutIndexed(adj, boxes)
	out := make(map[string]Point, n)
	for i, e := range g.Entities {
		out[e.ID] = pos[i]
	}
	return out
}

// LabelledMax is the largest view whose labels are all drawn (BIG in
// app.js), so that the layout keeps them apart. Larger views show labels
// only zoomed in; their nodes keep MinGap apart.
const LabelledMax = 600

// Box is the room a node takes with its label: W by H, centred DY below
// the node's position.
type Box struct{ W, H, DY float64 }

// Gap is the least room between two nodes' boxes.
const Gap = 6

// labelBox estimates the box of an entity as the app draws it: a node
// of 16 to 44 px by mentions and below it the name and, when there is
// one, a form in the other script, 11 px type wrapped at 140 px.
func labelBox(e *graph.Entity) Box {
	size := math.Min(44, 16+4*math.Sqrt(float64(max(e.Mentions, 1))))
	arabic := func(s string) bool {
		for _, r := range s {
			if r >= 0x0600 && r <= 0x06FF {
				return true
			}
		}
		return false
	}
	lines := []string{e.Name}
	for _, a := range e.Aliases {
		if arabic(a.Text) != arabic(e.Name) {
			lines = append(lines, a.Text)
			break
		}
	}
	w, rows := size, 0
	for _, l := range lines {
		lw := 6.2 * float64(utf8.RuneCountInString(l)) // about 0.56 em a character
		rows += int(math.Ceil(math.Max(lw, 1) / 140))
		w = math.Max(w, math.Min(lw, 140))
	}
	h := size + 3 + 14*float64(rows)
	return Box{W: w, H: h, DY: h/2 - size/2}
}

// layoutIndexed lays out the graph given by its adjacency lists; boxes,
// when not nil, are the nodes' boxes, which are then kept apart.
func layoutIndexed(adj [][]int, boxes []Box) []Point {
	n := len(adj)
	pos := make([]Point, n)
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var comps [][]int
	var isolated []int
	for s := 0; s < n; s++ {
		if comp[s] >= 0 {
			continue
		}
		if len(adj[s]) == 0 {
			comp[s] = len(comps)
			isolated = append(isolated, s)
			continue
		}
		members := []int{s}
		comp[s] = len(comps)
		for q := 0; q < len(members); q++ {
			for _, v := range adj[members[q]] {
				if comp[v] < 0 {
					comp[v] = comp[s]
					members = append(members, v)
				}
			}
		}
		sort.Ints(members)
		comps = append(comps, members)
	}
	sort.SliceStable(comps, func(i, j int) bool { return len(comps[i]) > len(comps[j]) })

	// Lay out each component and find its bounding box.
	type box struct {
		members []int
		local   []Point
		w, h    float64
	}
	cbox := make([]box, len(comps))
	area := 0.0
	for ci, members := range comps {
		local := make(map[int]int, len(members))
		for i, m := range members {
			local[m] = i
		}
		ladj := make([][]int, len(members))
		for i, m := range members {
			for _, v := range adj[m] {
				ladj[i] = append(ladj[i], local[v])
			}
		}
		p := multilevel(ladj)
		scaleToEdgeLength(p, ladj)
		if boxes != nil {
			lb := make([]Box, len(members))
			for i, m := range members {
				lb[i] = boxes[m]
			}
			separate(p, lb)
		}
		w, h := normalise(p)
		cbox[ci] = box{members, p, w, h}
		area += (w + EdgeLength) * (h + EdgeLength)
	}
	// Isolated entities go in rows below, each as wide as its box.
	cell := func(m int) (float64, float64) {
		if boxes == nil {
			return EdgeLength, EdgeLength
		}
		return boxes[m].W + 2*Gap, boxes[m].H + 2*Gap
	}
	for _, m := range isolated {
		w, h := cell(m)
		area += w * h
	}
	// Shelf packing: rows about as wide as a 3:2 rectangle of the total area.
	rowW := math.Sqrt(area * 1.5)
	if len(cbox) > 0 && cbox[0].w > rowW {
		rowW = cbox[0].w
	}
	x, y, rowH := 0.0, 0.0, 0.0
	for _, b := range cbox {
		if x > 0 && x+b.w > rowW {
			x, y, rowH = 0, y+rowH+EdgeLength, 0
		}
		for i, m := range b.members {
			pos[m] = Point{b.local[i].X + x, b.local[i].Y + y}
		}
		x += b.w + EdgeLength
		rowH = math.Max(rowH, b.h)
	}
	if len(isolated) > 0 {
		if len(cbox) > 0 {
			y += rowH + EdgeLength
		}
		x, rowH = 0, 0
		for _, m := range isolated {
			w, h := cell(m)
			if x > 0 && x+w > rowW {
				x, y, rowH = 0, y+rowH, 0
			}
			pos[m] = Point{x + w/2, y}
			x += w
			rowH = math.Max(rowH, h)
		}
	}
	for i := range pos {
		pos[i].X = math.Round(pos[i].X*10) / 10
		pos[i].Y = math.Round(pos[i].Y*10) / 10
	}
	return pos
}

// separate spreads p if the boxes need more room than it covers, then
// moves the nodes apart until their boxes keep Gap from
// one another, or for at most 100 rounds: each round pushes every
// overlapping pair apart along the axis where they overlap least, half
// each way. Pairs are found by a sweep along x.
func separate(p []Point, b []Box) {
	n := len(p)
	// First spread the whole drawing if the boxes could not fit in it.
	need := 0.0
	for _, x := range b {
		need += (x.W + Gap) * (x.H + Gap)
	}
	need *= 1.5
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range p {
		minX, minY = math.Min(minX, q.X), math.Min(minY, q.Y)
		maxX, maxY = math.Max(maxX, q.X), math.Max(maxY, q.Y)
	}
	if have := (maxX - minX) * (maxY - minY); have > 0 && have < need {
		s := math.Sqrt(need / have)
		for i := range p {
			p[i].X *= s
			p[i].Y *= s
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for round := 0; round < 100; round++ {
		sort.Slice(order, func(i, j int) bool {
			a, c := order[i], order[j]
			if l, r := p[a].X-b[a].W/2, p[c].X-b[c].W/2; l != r {
				return l < r
			}
			return a < c
		})
		moved := false
		for oi, i := range order {
			right := p[i].X + b[i].W/2 + Gap
			for _, j := range order[oi+1:] {
				if p[j].X-b[j].W/2 >= right {
					break
				}
				ox := (b[i].W+b[j].W)/2 + Gap - math.Abs(p[i].X-p[j].X)
				yi, yj := p[i].Y+b[i].DY, p[j].Y+b[j].DY
				oy := (b[i].H+b[j].H)/2 + Gap - math.Abs(yi-yj)
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				if ox < oy {
					d := ox / 2
					if p[i].X < p[j].X || (p[i].X == p[j].X && i < j) {
						d = -d
					}
					p[i].X += d
					p[j].X -= d
				} else {
					d := oy / 2
					if yi < yj || (yi == yj && i < j) {
						d = -d
					}
					p[i].Y += d
					p[j].Y -= d
				}
			}
		}
		if !moved {
			return
		}
	}
}

// normalise moves p so that its bounding box starts at 0,0 and returns
// the box's width and height.
func normalise(p []Point) (float64, float64) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range p {
		minX, minY = math.Min(minX, q.X), math.Min(minY, q.Y)
		maxX, maxY = math.Max(maxX, q.X), math.Max(maxY, q.Y)
	}
	for i := range p {
		p[i].X -= minX
		p[i].Y -= minY
	}
	return maxX - minX, maxY - minY
}

// scaleToEdgeLength scales p so that the median edge is EdgeLength long,
// or more where that would crowd nodes: in a dense core the nearest
// neighbours of all but a tenth of the nodes stay at least MinGap away.
func scaleToEdgeLength(p []Point, adj [][]int) {
	var ls []float64
	for u, vs := range adj {
		for _, v := range vs {
			if u < v {
				ls = append(ls, math.Hypot(p[u].X-p[v].X, p[u].Y-p[v].Y))
			}
		}
	}
	if len(ls) == 0 {
		return
	}
	sort.Float64s(ls)
	m := ls[len(ls)/2]
	if m <= 0 {
		return
	}
	s := EdgeLength / m
	if nn := nearest(p, m); len(nn) >= 10 {
		sort.Float64s(nn)
		if q := nn[len(nn)/10]; q > 0 && MinGap/q > s {
			s = min(MinGap/q, 3*s)
		}
	}
	for i := range p {
		p[i].X *= s
		p[i].Y *= s
	}
}

// MinGap is the distance that nine nodes in ten keep from their nearest
// neighbour, in pixels at zoom 1.
const MinGap = 45

// nearest returns, for each point with another within r, the distance
// to its nearest neighbour, using a grid of cells r wide.
func nearest(p []Point, r float64) []float64 {
	type cell struct{ x, y int }
	grid := make(map[cell][]int, len(p))
	at := func(q Point) cell { return cell{int(math.Floor(q.X / r)), int(math.Floor(q.Y / r))} }
	for i, q := range p {
		c := at(q)
		grid[c] = append(grid[c], i)
	}
	var out []float64
	for i, q := range p {
		c := at(q)
		best := math.Inf(1)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				for _, j := range grid[cell{c.x + dx, c.y + dy}] {
					if j != i {
						best = math.Min(best, math.Hypot(p[j].X-q.X, p[j].Y-q.Y))
					}
				}
			}
		}
		if best <= r {
			out = append(out, best)
		}
	}
	return out
}

// coarsen matches each node with an unmatched neighbour of least weight,
// lightest degree first, and folds leaves that found no partner into a
// neighbour's group. It returns the group of each node and the number
// of groups.
func coarsen(adj [][]int, w []float64) ([]int, int) {
	n := len(adj)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return len(adj[order[i]]) < len(adj[order[j]]) })
	group := make([]int, n)
	for i := range group {
		group[i] = -1
	}
	gw := []float64{}
	for _, u := range order {
		if group[u] >= 0 {
			continue
		}
		best := -1
		for _, v := range adj[u] {
			if group[v] < 0 && (best < 0 || w[v] < w[best]) {
				best = v
			}
		}
		if best >= 0 {
			group[u], group[best] = len(gw), len(gw)
			gw = append(gw, w[u]+w[best])
			continue
		}
		if len(adj[u]) == 1 {
			g := group[adj[u][0]]
			group[u] = g
			gw[g] += w[u]
			continue
		}
		group[u] = len(gw)
		gw = append(gw, w[u])
	}
	return group, len(gw)
}

// multilevel lays out a connected graph; the scale is arbitrary.
func multilevel(adj [][]int) []Point {
	n := len(adj)
	if n == 1 {
		return []Point{{}}
	}
	// Coarsen.
	type level struct {
		adj   [][]int
		w     []float64
		group []int // the node's group in the next coarser level
	}
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
	}
	levels := []level{{adj: adj, w: w}}
	for {
		cur := &levels[len(levels)-1]
		if len(cur.adj) <= 30 {
			break
		}
		group, m := coarsen(cur.adj, cur.w)
		if float64(m) > 0.8*float64(len(cur.adj)) {
			break
		}
		cadj := make([][]int, m)
		cw := make([]float64, m)
		seen := make(map[[2]int]bool)
		for u, vs := range cur.adj {
			cw[group[u]] += cur.w[u]
			for _, v := range vs {
				a, b := group[u], group[v]
				if a == b {
					continue
				}
				if a > b {
					a, b = b, a
				}
				if !seen[[2]int{a, b}] {
					seen[[2]int{a, b}] = true
					cadj[a] = append(cadj[a], b)
					cadj[b] = append(cadj[b], a)
				}
			}
		}
		cur.group = group
		levels = append(levels, level{adj: cadj, w: cw})
	}

	// Lay out the coarsest level from a deterministic spiral, then refine.
	// K is the natural spring length; coarser levels use a longer one so
	// that every level covers about the same area.
	const K = 1.0
	top := levels[len(levels)-1]
	p := make([]Point, len(top.adj))
	k := K * math.Sqrt(float64(n)/float64(len(top.adj)))
	golden := math.Pi * (3 - math.Sqrt(5))
	for i := range p {
		r := k * math.Sqrt(float64(i)+0.5)
		p[i] = Point{r * math.Cos(float64(i)*golden), r * math.Sin(float64(i)*golden)}
	}
	springElectrical(top.adj, p, k, k, 300)
	for l := len(levels) - 2; l >= 0; l-- {
		lv := levels[l]
		fine := make([]Point, len(lv.adj))
		kf := K * math.Sqrt(float64(n)/float64(len(lv.adj)))
		for u := range fine {
			// Children start at their group's place, spread a little by
			// a deterministic angle.
			a := float64(u) * golden
			fine[u] = Point{p[lv.group[u]].X + 0.3*kf*math.Cos(a), p[lv.group[u]].Y + 0.3*kf*math.Sin(a)}
		}
		p = fine
		iters := 60
		if l == 0 {
			iters = 100
		}
		springElectrical(lv.adj, p, kf, kf, iters)
	}
	return p
}

// springElectrical refines p in place: nodes repel each other with force
// C·K³/d² (approximated by a Barnes–Hut quadtree) and neighbours attract
// with d²/K. The step adapts as in Hu (2005). Repulsion that falls off
// with d² rather than d keeps far nodes from pushing the leaves out and
// crowding the centre.
func springElectrical(adj [][]int, p []Point, K, step float64, iters int) {
	const (
		C     = 0.2
		theta = 1.2
		t     = 0.9
		tol   = 0.01
	)
	n := len(p)
	if n < 2 {
		return
	}
	f := make([]Point, n)
	energy := math.Inf(1)
	progress := 0
	var qt quadtree
	for it := 0; it < iters; it++ {
		qt.build(p)
		for i := range f {
			f[i] = qt.repulsion(i, p[i], C*K*K*K, theta)
		}
		for u, vs := range adj {
			for _, v := range vs {
				dx, dy := p[v].X-p[u].X, p[v].Y-p[u].Y
				d := math.Hypot(dx, dy)
				f[u].X += dx * d / K
				f[u].Y += dy * d / K
			}
		}
		e0 := energy
		energy = 0
		moved := 0.0
		for i := range p {
			m := math.Hypot(f[i].X, f[i].Y)
			energy += m * m
			if m > 0 {
				p[i].X += step * f[i].X / m
				p[i].Y += step * f[i].Y / m
				moved += step
			}
		}
		if energy < e0 {
			progress++
			if progress >= 5 {
				progress = 0
				step /= t
			}
		} else {
			progress = 0
			step *= t
		}
		if moved/float64(n) < tol*K {
			break
		}
	}
}

// quadtree is a Barnes–Hut tree over points; nodes live in one slice.
type quadtree struct {
	nodes []qnode
}

type qnode struct {
	cx, cy, half float64 // the square
	mx, my, mass float64 // sum of positions and number of bodies
	child        [4]int32
	body         int32 // the single body of a leaf; -1 inside, -2 for coincident bodies
}

func (q *quadtree) build(p []Point) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, a := range p {
		minX, minY = math.Min(minX, a.X), math.Min(minY, a.Y)
		maxX, maxY = math.Max(maxX, a.X), math.Max(maxY, a.Y)
	}
	half := math.Max(maxX-minX, maxY-minY)/2 + 1e-6
	q.nodes = q.nodes[:0]
	q.nodes = append(q.nodes, qnode{cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, half: half, body: -1, child: [4]int32{-1, -1, -1, -1}})
	q.nodes[0].body = -3 // empty
	for i, a := range p {
		q.insert(0, int32(i), a, p)
	}
}

func (q *quadtree) quadrant(ni int32, a Point) int {
	nd := &q.nodes[ni]
	k := 0
	if a.X >= nd.cx {
		k |= 1
	}
	if a.Y >= nd.cy {
		k |= 2
	}
	return k
}

func (q *quadtree) newChild(ni int32, k int) int32 {
	nd := q.nodes[ni]
	h := nd.half / 2
	cx, cy := nd.cx-h, nd.cy-h
	if k&1 != 0 {
		cx = nd.cx + h
	}
	if k&2 != 0 {
		cy = nd.cy + h
	}
	q.nodes = append(q.nodes, qnode{cx: cx, cy: cy, half: h, body: -3, child: [4]int32{-1, -1, -1, -1}})
	c := int32(len(q.nodes) - 1)
	q.nodes[ni].child[k] = c
	return c
}

// insert adds body i at a under node ni. body: -3 empty, >= 0 one body,
// -1 internal, -2 a leaf of coincident bodies.
func (q *quadtree) insert(ni, i int32, a Point, p []Point) {
	for {
		nd := &q.nodes[ni]
		nd.mx += a.X
		nd.my += a.Y
		nd.mass++
		switch {
		case nd.body == -3:
			nd.body = i
			return
		case nd.body == -2:
			return
		case nd.body >= 0:
			old := nd.body
			if nd.half < 1e-9 || (p[old].X == a.X && p[old].Y == a.Y) {
				nd.body = -2
				return
			}
			nd.body = -1
			k := q.quadrant(ni, p[old])
			c := q.newChild(ni, k)
			cn := &q.nodes[c]
			cn.mx, cn.my, cn.mass, cn.body = p[old].X, p[old].Y, 1, old
		}
		k := q.quadrant(ni, a)
		c := q.nodes[ni].child[k]
		if c < 0 {
			c = q.newChild(ni, k)
		}
		ni = c
	}
}

// repulsion returns the repulsive force on body i at a.
func (q *quadtree) repulsion(i int, a Point, ck3, theta float64) Point {
	var f Point
	stack := [256]int32{0}
	sp := 1
	for sp > 0 {
		sp--
		nd := &q.nodes[stack[sp]]
		if nd.mass == 0 || nd.body == int32(i) {
			continue
		}
		mx, my := nd.mx/nd.mass, nd.my/nd.mass
		dx, dy := a.X-mx, a.Y-my
		d2 := dx*dx + dy*dy
		if nd.body != -1 || 4*nd.half*nd.half < theta*theta*d2 {
			m := nd.mass
			if nd.body == -2 && d2 < 1e-12 {
				// Coincident with i: push apart in a direction of its own.
				m--
				a := float64(i)
				dx, dy, d2 = math.Cos(a), math.Sin(a), 1e-4
			}
			if d2 < 1e-18 {
				continue
			}
			s := ck3 * m / (d2 * math.Sqrt(d2)) // C·K³/d² along the unit vector (dx,dy)/d
			f.X += dx * s
			f.Y += dy * s
			continue
		}
		for _, c := range nd.child {
			if c >= 0 && sp < len(stack) {
				stack[sp] = c
				sp++
			}
		}
	}
	return f
}

// MaxView is the most entities a view of the app shows. A larger view
// (the whole graph of a corpus of thousands of articles, say) shows the
// MaxView entities mentioned most often and the facts between them, so
// that the server lays out and sends only what the browser can draw;
// filters and focus narrow it to the rest.
const MaxView = 2000

// FirstView is the most entities the first page shows, the unfiltered
// view: a graph of a large corpus opens on its FirstView most mentioned
// entities, laid out and sent in a fraction of a second, and filters
// and focus (up to MaxView) show the rest.
const FirstView = 300

// limitView returns v cut to limit entities: the focus entity if there
// is one, then by mentions, relations and id. It returns v itself when
// v is small enough. Only the entities mentioned at least as often as
// the limit-th most mentioned can be kept, so only they are ranked: at
// corpus scale that is a few hundred of some hundred thousand.
func limitView(v *graph.KG, focus string, limit int) (*graph.KG, bool) {
	if len(v.Entities) <= limit {
		return v, false
	}
	ms := make([]int, len(v.Entities))
	for i, e := range v.Entities {
		ms[i] = e.Mentions
	}
	slices.Sort(ms)
	least := ms[len(ms)-limit] // the limit-th most mentions
	var rank []*graph.Entity
	degree := map[string]int{}
	for _, e := range v.Entities {
		if e.ID == focus || e.Mentions >= least {
			rank = append(rank, e)
			degree[e.ID] = 0
		}
	}
	for _, f := range v.Facts {
		if _, ok := degree[f.Subject]; ok {
			degree[f.Subject]++
		}
		if _, ok := degree[f.Object]; ok {
			degree[f.Object]++
		}
	}
	rankEntities(rank, focus, degree)
	keep := make(map[string]bool, limit)
	for _, e := range rank[:limit] {
		keep[e.ID] = true
	}
	out := &graph.KG{Docs: v.Docs}
	for _, e := range v.Entities { // in the view's order
		if keep[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	for _, f := range v.Facts {
		if keep[f.Subject] && keep[f.Object] {
			out.Facts = append(out.Facts, f)
		}
	}
	return out, true
}

// rankEntities orders es as limitView keeps them: the focus entity
// first, then by mentions, relations (degree) and id.
func rankEntities(es []*graph.Entity, focus string, degree map[string]int) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if (a.ID == focus) != (b.ID == focus) {
			return a.ID == focus
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		if degree[a.ID] != degree[b.ID] {
			return degree[a.ID] > degree[b.ID]
		}
		return a.ID < b.ID
	})
}
