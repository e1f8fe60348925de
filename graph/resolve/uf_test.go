package resolve

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// ufModel is the union-find as it was written before it kept its state
// by number and in sparse maps: a map of titles, a map of neighbours and
// a type and KB id string for every form, every set copied on a join.
type ufModel struct {
	parent []int
	kbid   []string
	typ    []graph.EntityType
	tags   []map[int]int
	roles  []map[string]bool
	nbrs   []map[int32]bool
	full   []bool
}

func newUFModel(forms []*form, nbrs [][]int32, c constraints) *ufModel {
	n := len(forms)
	m := &ufModel{parent: make([]int, n), kbid: make([]string, n), typ: make([]graph.EntityType, n), tags: make([]map[int]int, n),
		roles: make([]map[string]bool, n), nbrs: make([]map[int32]bool, n), full: make([]bool, n)}
	for i, f := range forms {
		m.parent[i] = i
		m.full[i] = f.typ == graph.Person && f.full()
		if f.entry != nil {
			m.kbid[i] = f.entry.ID
		}
		m.typ[i] = f.typ
		m.roles[i] = map[string]bool{}
		for _, r := range f.roles {
			m.roles[i][r.s] = true
		}
		m.nbrs[i] = map[int32]bool{}
		for _, k := range nbrs[i] {
			m.nbrs[i][k] = true
		}
		m.tags[i] = map[int]int{}
	}
	for gi, g := range c.cannot {
		for si, side := range g.sides {
			for _, fi := range side {
				m.tags[fi][gi] = si
			}
		}
	}
	return m
}

func (m *ufModel) find(i int) int {
	for m.parent[i] != i {
		i = m.parent[i]
	}
	return i
}

func (m *ufModel) placeInto(a, b int) bool {
	return m.typ[a] == graph.Place && m.kbid[a] == "" && (m.typ[b] == graph.City || m.typ[b] == graph.Country)
}

func (m *ufModel) allowed(a, b int, anyType bool) bool {
	ra, rb := m.find(a), m.find(b)
	if ra == rb {
		return false
	}
	if !anyType && m.typ[ra] != m.typ[rb] && !m.placeInto(ra, rb) && !m.placeInto(rb, ra) {
		return false
	}
	if m.kbid[ra] != "" && m.kbid[rb] != "" && m.kbid[ra] != m.kbid[rb] {
		return false
	}
	for g, s := range m.tags[ra] {
		if s2, ok := m.tags[rb][g]; ok && s2 != s {
			return false
		}
	}
	return true
}

func (m *ufModel) join(a, b int) {
	ra, rb := m.find(a), m.find(b)
	if rb > ra {
		ra, rb = rb, ra
	}
	m.parent[ra] = rb
	if m.typ[rb] == graph.Place && m.typ[ra] != graph.Place {
		m.typ[rb] = m.typ[ra]
	}
	if m.kbid[rb] == "" {
		m.kbid[rb] = m.kbid[ra]
	}
	for g, s := range m.tags[ra] {
		if _, ok := m.tags[rb][g]; !ok {
			m.tags[rb][g] = s
		}
	}
	for r := range m.roles[ra] {
		m.roles[rb][r] = true
	}
	for k := range m.nbrs[ra] {
		m.nbrs[rb][k] = true
	}
	m.full[rb] = m.full[rb] || m.full[ra]
}

// TestUFAsModel checks the union-find against the model of what it
// keeps on random forms (types, KB entries, titles, neighbours,
// analysts' cannot-links) and random joins and retypes: every answer
// the rules ask of it is the model's, after every step.
func TestUFAsModel(t *testing.T) {
	types := []graph.EntityType{graph.Person, graph.Place, graph.City, graph.Country, graph.Organization}
	roles := []string{"minister", "president", "envoy", "spokesman"}
	base := kb.Starter()
	var ids []string
	for _, e := range base.Entries() {
		ids = append(ids, e.ID)
		if len(ids) == 4 {
			break
		}
	}
	for seed := range uint64(40) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 7))
			n := 5 + rng.IntN(40)
			st := &state{nbrAt: []int32{0}}
			nbrs := make([][]int32, n)
			for fi := range n {
				f := &form{typ: types[rng.IntN(len(types))], wordsOut: noWords}
				if rng.IntN(3) == 0 {
					f.wordsOut = &wordsOut{words: make([]tok, 2)}
				}
				if rng.IntN(5) == 0 {
					f.entry = base.Entry(ids[rng.IntN(len(ids))])
				}
				for range rng.IntN(3) {
					f.roles.add(roles[rng.IntN(len(roles))])
				}
				for range rng.IntN(4) {
					k := int32(rng.IntN(10))
					if i, ok := slices.BinarySearch(nbrs[fi], k); !ok {
						nbrs[fi] = slices.Insert(nbrs[fi], i, k)
					}
				}
				st.nbrList = append(st.nbrList, nbrs[fi]...)
				st.nbrAt = append(st.nbrAt, int32(len(st.nbrList)))
				st.forms = append(st.forms, f)
			}
			var c constraints
			for range rng.IntN(3) {
				c.cannot = append(c.cannot, cannotGroup{sides: [][]int{{rng.IntN(n)}, {rng.IntN(n), rng.IntN(n)}}})
			}
			u, m := st.newUF(c), newUFModel(st.forms, nbrs, c)
			check := func(step int) {
				t.Helper()
				for a := range n {
					ra := u.find(a)
					if ra != m.find(a) {
						t.Fatalf("step %d: form %d has root %d, want %d", step, a, ra, m.find(a))
					}
					if u.typeOf(ra) != m.typ[ra] || u.kbidOf(ra) != m.kbid[ra] || u.full[ra] != m.full[ra] {
						t.Fatalf("step %d: root %d is %s/%q/%v, want %s/%q/%v", step, ra, u.typeOf(ra), u.kbidOf(ra), u.full[ra], m.typ[ra], m.kbid[ra], m.full[ra])
					}
					if u.roleLen(ra) != len(m.roles[ra]) || u.nbrLen(ra) != len(m.nbrs[ra]) {
						t.Fatalf("step %d: root %d has %d titles and %d neighbours, want %d and %d", step, ra, u.roleLen(ra), u.nbrLen(ra), len(m.roles[ra]), len(m.nbrs[ra]))
					}
					for b := range n {
						rb := m.find(b)
						if u.allowed(a, b) != m.allowed(a, b, false) || u.allowedTyped(a, b, true) != m.allowed(a, b, true) {
							t.Fatalf("step %d: forms %d and %d allowed %v, want %v", step, a, b, u.allowed(a, b), m.allowed(a, b, false))
						}
						wantRole, wantNbr := false, false
						for r := range m.roles[ra] {
							wantRole = wantRole || m.roles[rb][r]
						}
						for k := range m.nbrs[ra] {
							wantNbr = wantNbr || m.nbrs[rb][k]
						}
						if u.sharedRole(a, b) != wantRole || u.sharedNeighbour(a, b) != wantNbr {
							t.Fatalf("step %d: forms %d and %d share a title %v and a neighbour %v, want %v and %v", step, a, b, u.sharedRole(a, b), u.sharedNeighbour(a, b), wantRole, wantNbr)
						}
					}
				}
			}
			check(0)
			for step := 1; step <= 2*n; step++ {
				a, b := rng.IntN(n), rng.IntN(n)
				switch rng.IntN(3) {
				case 0:
					typ := types[rng.IntN(len(types))]
					if u.retype(a, b, typ, "test", "", 1) != m.allowed(a, b, true) {
						t.Fatalf("step %d: retype of %d and %d disagrees", step, a, b)
					}
					if m.find(a) != m.find(b) && m.allowed(a, b, true) {
						m.join(a, b)
						m.typ[m.find(b)] = typ
					}
				default:
					want := m.allowed(a, b, false)
					if u.union(a, b, "test", "", 1, false) != want {
						t.Fatalf("step %d: union of %d and %d disagrees", step, a, b)
					}
					if want {
						m.join(a, b)
					}
				}
				check(step)
			}
		})
	}
}
