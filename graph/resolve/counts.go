package resolve

import "sort"

// counts counts strings: a form's texts, roles and names. Most forms
// have one text and no role or name, so a short list (one allocation
// of a few words; none when empty) stands where a map took a few
// hundred bytes: at 10,000 articles there are about half a million
// forms, one per name per document.
type counts []strCount

type strCount struct {
	s string
	n int
}

// add counts s once more.
func (c *counts) add(s string) { c.addN(s, 1) }

// addN counts s n times more.
func (c *counts) addN(s string, n int) {
	for i := range *c {
		if (*c)[i].s == s {
			(*c)[i].n += n
			return
		}
	}
	*c = append(*c, strCount{s, n})
}

// get returns the count of s.
func (c counts) get(s string) int {
	for _, x := range c {
		if x.s == s {
			return x.n
		}
	}
	return 0
}

// keys returns the strings counted, sorted.
func (c counts) keys() []string {
	out := make([]string, len(c))
	for i, x := range c {
		out[i] = x.s
	}
	sort.Strings(out)
	return out
}

// mostFrequent returns the string counted most, the least in sorting
// order among equals ("" when none), as mostFrequent of a map does.
func (c counts) mostFrequent() string {
	best, bn := "", -1
	for _, x := range c {
		if x.n > bn || x.n == bn && x.s < best {
			best, bn = x.s, x.n
		}
	}
	return best
}

// toMap returns the counts as a map (nil when none).
func (c counts) toMap() map[string]int {
	if len(c) == 0 {
		return nil
	}
	m := make(map[string]int, len(c))
	for _, x := range c {
		m[x.s] += x.n
	}
	return m
}

// countsOf returns the counts of a map, in sorting order.
func countsOf(m map[string]int) counts {
	if len(m) == 0 {
		return nil
	}
	c := make(counts, 0, len(m))
	for _, k := range sortedKeys(m) {
		c = append(c, strCount{k, m[k]})
	}
	return c
}
