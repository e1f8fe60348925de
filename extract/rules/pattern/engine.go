package pattern

import (
	"fmt"
	"regexp/syntax"
	"sort"
	"sync"
)

// The engine matches a rule over items, not over the bytes of the
// encoding: each item test of a pattern (PER, A&B&!C, a word, _) is an
// atom, written as one rune of its own in a second translation of the
// pattern; regexp/syntax compiles that to a program, and a Pike VM runs
// the program over the sentence's items, where an atom's rune matches an
// item that passes the atom's test. The matches are those of the
// regular expression over the encoding (leftmost first, the same
// captures, non-overlapping, empty ones dropped), at a fraction of the
// cost: one step per item instead of one per rune of the encoding, over
// a program a few times smaller.

// firstAtom is the rune of atom 0 in the item programs (outside the
// tag runes, so that the two translations never meet).
const firstAtom = 0x10000

// atomTest is an item test: every tag of pos and none of neg.
type atomTest struct {
	pos, neg []rune
}

// atom returns the expression of the atom with tags pos and none of neg,
// allocating it on first use.
func (g *Grammar) atom(pos, neg []rune) (string, error) {
	pos = sortedRunes(pos)
	neg = sortedRunes(neg)
	key := string(pos) + "|" + string(neg)
	j, ok := g.atomIdx[key]
	if !ok {
		j = len(g.atoms)
		if firstAtom+j > 0x10FFFF {
			return "", fmt.Errorf("too many distinct item tests")
		}
		g.atoms = append(g.atoms, atomTest{pos, neg})
		g.atomIdx[key] = j
	}
	return string(rune(firstAtom + j)), nil
}

func sortedRunes(rs []rune) []rune {
	out := append([]rune(nil), rs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// program is a rule compiled for the engine.
type program struct {
	prog *syntax.Prog
	// atoms lists, for each instruction that consumes an item, the atoms
	// any of which the item must pass; nil for other instructions
	atoms [][]int
	any   []bool // the instruction consumes any item
	pool  sync.Pool
}

// compileItems compiles a rule's item translation. A rule it cannot
// compile (an expression the translation does not expect) is left
// without a program, and matched by its expression over the encoding.
func (g *Grammar) compileItems(r *Rule) error {
	src, err := g.translateDepth(r.Expr, 0, true)
	if err != nil {
		return err
	}
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return err
	}
	simple := tree.Simplify()
	prog, err := syntax.Compile(simple)
	if err != nil {
		return err
	}
	p := &program{prog: prog, atoms: make([][]int, len(prog.Inst)), any: make([]bool, len(prog.Inst))}
	for pc, in := range prog.Inst {
		switch in.Op {
		case syntax.InstRune1, syntax.InstRune:
			// the atoms in the instruction's ranges; any other rune is
			// one the encoding never holds between items, and no item
			// passes it
			rs := in.Rune
			if in.Op == syntax.InstRune1 {
				rs = []rune{in.Rune[0], in.Rune[0]}
			}
			as := []int{}
			for k := 0; k+1 < len(rs); k += 2 {
				lo, hi := max(rs[k], firstAtom), min(rs[k+1], rune(firstAtom+len(g.atoms)-1))
				for c := lo; c <= hi; c++ {
					as = append(as, int(c-firstAtom))
				}
			}
			p.atoms[pc] = as
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			p.any[pc] = true
		case syntax.InstEmptyWidth:
			return fmt.Errorf("item program has an empty-width assertion")
		}
	}
	// the capture names, as the expression over the encoding has them
	// (the tests check that they agree), and the tags every match holds
	r.prog, r.caps, r.need = p, tree.CapNames(), tagRunes(required(simple, g.atomTags))
	return nil
}

// atomTags is required's reading of a rune of a program over items:
// an item passes the atom, and so holds every tag the atom requires
// (none for a rune that is no atom, which no item passes).
func (g *Grammar) atomTags(c rune) []rune {
	if c < firstAtom || int(c-firstAtom) >= len(g.atoms) {
		return nil
	}
	return g.atoms[c-firstAtom].pos
}

// entry is an instruction in a queue, with the thread that waits on it
// (-1: none). A thread is an index into the machine's slab of captures,
// so that the machine writes no pointers while it runs.
type entry struct {
	pc uint32
	t  int32
}

// queue is a sparse set of instructions, in priority order.
type queue struct {
	sparse []uint32
	dense  []entry
}

// machine runs one program; machines are pooled per program.
type machine struct {
	p        *program
	q0, q1   queue
	caps     []int   // the captures of thread t: caps[t*ncap:][:ncap]
	free     []int32 // threads not in use
	ncap     int
	matched  bool
	matchcap []int
	// sets holds the atoms each item passes (words per item: w)
	sets []uint64
	w    int
}

func (p *program) get() *machine {
	if m, ok := p.pool.Get().(*machine); ok {
		return m
	}
	n, ncap := len(p.prog.Inst), p.prog.NumCap
	return &machine{p: p, ncap: ncap, matchcap: make([]int, ncap),
		q0: queue{sparse: make([]uint32, n), dense: make([]entry, 0, n)},
		q1: queue{sparse: make([]uint32, n), dense: make([]entry, 0, n)}}
}

func (m *machine) alloc() int32 {
	if n := len(m.free); n > 0 {
		t := m.free[n-1]
		m.free = m.free[:n-1]
		return t
	}
	t := int32(len(m.caps) / m.ncap)
	m.caps = append(m.caps, make([]int, m.ncap)...)
	return t
}

func (m *machine) capOf(t int32) []int { return m.caps[int(t)*m.ncap : int(t+1)*m.ncap] }

// passes reports whether item i passes instruction pc's test.
func (m *machine) passes(pc uint32, i int) bool {
	if m.p.any[pc] {
		return true
	}
	set := m.sets[i*m.w : (i+1)*m.w]
	for _, a := range m.p.atoms[pc] {
		if set[a>>6]&(1<<(a&63)) != 0 {
			return true
		}
	}
	return false
}

// match finds the leftmost-first match starting at item pos or later of
// n items, as regexp's NFA does; the captures are in m.matchcap.
func (m *machine) match(pos, n int) bool {
	m.matched = false
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	runq, nextq := &m.q0, &m.q1
	start := uint32(m.p.prog.Start)
	for {
		if len(runq.dense) == 0 && m.matched {
			break
		}
		if !m.matched {
			m.matchcap[0] = pos
			m.add(runq, start, pos, m.matchcap, -1)
		}
		m.step(runq, nextq, pos, n)
		if pos >= n {
			break
		}
		pos++
		runq, nextq = nextq, runq
	}
	m.clear(nextq)
	return m.matched
}

func (m *machine) clear(q *queue) {
	for _, d := range q.dense {
		if d.t >= 0 {
			m.free = append(m.free, d.t)
		}
	}
	q.dense = q.dense[:0]
}

// step advances the threads of runq over item pos (none when pos is
// n, the end) into nextq.
func (m *machine) step(runq, nextq *queue, pos, n int) {
	for j := 0; j < len(runq.dense); j++ {
		d := &runq.dense[j]
		t := d.t
		if t < 0 {
			continue
		}
		in := &m.p.prog.Inst[d.pc]
		add := false
		switch in.Op {
		case syntax.InstMatch:
			c := m.capOf(t)
			c[1] = pos
			copy(m.matchcap, c)
			// first match: the threads after this one have lower priority
			for _, d := range runq.dense[j+1:] {
				if d.t >= 0 {
					m.free = append(m.free, d.t)
				}
			}
			runq.dense = runq.dense[:0]
			m.matched = true
		default:
			add = pos < n && m.passes(d.pc, pos)
		}
		if add {
			t = m.add(nextq, in.Out, pos+1, m.capOf(t), t)
		}
		if t >= 0 {
			m.free = append(m.free, t)
		}
	}
	runq.dense = runq.dense[:0]
}

// add adds the instruction pc to q with the captures cap, following
// empty transitions; t is a thread to reuse (returned when unused, -1
// for none).
func (m *machine) add(q *queue, pc uint32, pos int, cap []int, t int32) int32 {
again:
	if pc == 0 {
		return t
	}
	if j := q.sparse[pc]; j < uint32(len(q.dense)) && q.dense[j].pc == pc {
		return t
	}
	j := len(q.dense)
	q.dense = q.dense[:j+1]
	q.dense[j] = entry{pc: pc, t: -1}
	q.sparse[pc] = uint32(j)
	in := &m.p.prog.Inst[pc]
	switch in.Op {
	case syntax.InstFail:
	case syntax.InstAlt, syntax.InstAltMatch:
		t = m.add(q, in.Out, pos, cap, t)
		pc = in.Arg
		goto again
	case syntax.InstNop:
		pc = in.Out
		goto again
	case syntax.InstCapture:
		if int(in.Arg) < len(cap) {
			opos := cap[in.Arg]
			cap[in.Arg] = pos
			m.add(q, in.Out, pos, cap, -1)
			cap[in.Arg] = opos
		} else {
			pc = in.Out
			goto again
		}
	default: // consumes an item, or matches
		if t < 0 {
			t = m.alloc()
		}
		// cap may be t's own captures (or their copy in a slab that has
		// since grown): the copy is what they hold now
		if c := m.capOf(t); &c[0] != &cap[0] {
			copy(c, cap)
		}
		q.dense[j].t = t
		t = -1
	}
	return t
}

// findAll returns the non-overlapping leftmost-first matches over n
// items (each the captures' item positions, pairs), as
// regexp.FindAllSubmatchIndex does over their encoding.
func (p *program) findAll(sets []uint64, w, n int, deliver func(loc []int)) {
	m := p.get()
	m.sets, m.w = sets, w
	for pos, prevEnd := 0, -1; pos <= n; {
		if !m.match(pos, n) {
			break
		}
		loc := m.matchcap
		accept := true
		if loc[1] == pos {
			// an empty match: not right after the previous match
			if loc[0] == prevEnd {
				accept = false
			}
			pos++
		} else {
			pos = loc[1]
		}
		prevEnd = loc[1]
		if accept {
			deliver(loc)
		}
	}
	m.sets = nil
	p.pool.Put(m)
}
