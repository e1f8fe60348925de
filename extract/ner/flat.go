package ner

import "math"

// flatRows are feature rows for decoding, laid out so that finding a
// feature's row costs about one cache miss instead of three (table's key,
// its row number, then the row): a compact index of 32-bit slots, each a
// few bits of the key's hash (a fingerprint) and a row number, and rows
// that hold their own key (two words) before their weights, so the key
// is checked on the cache line the weights are read from. A table of
// hundreds of thousands of rows has an index of a few megabytes, which
// stays in the cache where the keys and rows of table do not.
type flatRows struct {
	idx     []uint32 // fingerprint<<rowBits | row+1; 0 empty
	mask    uint64
	rowBits uint
	fpShift uint // the fingerprint is the hash's top 32-rowBits bits
	width   int  // weights a row
	data    []float32
}

// flatStride is the words of a row: its key, then width weights.
func (f *flatRows) stride() int { return 2 + f.width }

// newFlatRows returns room for n rows of width weights.
func newFlatRows(n, width int) *flatRows {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	bits := uint(1)
	for 1<<bits < n+1 {
		bits++
	}
	return &flatRows{
		idx:     make([]uint32, size),
		mask:    uint64(size - 1),
		rowBits: bits,
		fpShift: 64 - (32 - bits),
		width:   width,
		data:    make([]float32, 0, n*(2+width)),
	}
}

// flatKey is the key as stored: 0 is stored as 1, as table does.
func flatKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// add appends a row for key k (not already added) and returns its
// weights, zero, to be filled.
func (f *flatRows) add(k uint64) []float32 {
	k = flatKey(k)
	row := len(f.data) / f.stride()
	h := k * 0x9e3779b97f4a7c15
	fp := uint32(0)
	if f.rowBits < 32 {
		fp = uint32(h >> f.fpShift)
	}
	i := (h >> 17) & f.mask
	for f.idx[i] != 0 {
		i = (i + 1) & f.mask
	}
	f.idx[i] = fp<<f.rowBits | uint32(row+1)
	f.data = append(f.data, math.Float32frombits(uint32(k)), math.Float32frombits(uint32(k>>32)))
	for t := 0; t < f.width; t++ {
		f.data = append(f.data, 0)
	}
	return f.data[len(f.data)-f.width:]
}

// find returns the offset in data of key k's weights, or -1.
func (f *flatRows) find(k uint64) int {
	k = flatKey(k)
	h := k * 0x9e3779b97f4a7c15
	return f.probe(k, h, (h>>17)&f.mask)
}

// fp returns the fingerprint of hash h.
func (f *flatRows) fp(h uint64) uint32 {
	if f.rowBits >= 32 {
		return 0
	}
	return uint32(h >> f.fpShift)
}

// probe finds key k (stored form) of hash h from index slot i on.
func (f *flatRows) probe(k, h, i uint64) int {
	fp := f.fp(h)
	rowMask := uint32(1)<<f.rowBits - 1
	st := f.stride()
	for {
		e := f.idx[i]
		if e == 0 {
			return -1
		}
		if e>>f.rowBits == fp {
			o := int(e&rowMask-1) * st
			if math.Float32bits(f.data[o]) == uint32(k) && math.Float32bits(f.data[o+1]) == uint32(k>>32) {
				return o + 2
			}
		}
		i = (i + 1) & f.mask
	}
}

// findAll sets offs[j] to find(keys[j]) for every key, with ents as
// scratch (both of len(keys) at least). It reads the index slots of all
// the keys first and then the rows they point to, so that the cache misses
// of many keys overlap instead of following one another.
func (f *flatRows) findAll(keys []uint64, offs []int32, ents []uint32) {
	offs, ents = offs[:len(keys)], ents[:len(keys)]
	for j, k := range keys {
		ents[j] = f.idx[(flatKey(k)*0x9e3779b97f4a7c15>>17)&f.mask]
	}
	rowMask := uint32(1)<<f.rowBits - 1
	st := f.stride()
	for j, k := range keys {
		e := ents[j]
		if e == 0 {
			offs[j] = -1
			continue
		}
		k = flatKey(k)
		h := k * 0x9e3779b97f4a7c15
		if e>>f.rowBits == f.fp(h) {
			o := int(e&rowMask-1) * st
			if math.Float32bits(f.data[o]) == uint32(k) && math.Float32bits(f.data[o+1]) == uint32(k>>32) {
				offs[j] = int32(o + 2)
				continue
			}
		}
		offs[j] = int32(f.probe(k, h, ((h>>17)+1)&f.mask))
	}
}

// len returns the number of rows.
func (f *flatRows) len() int { return len(f.data) / f.stride() }

// row returns row r's key (as stored) and weights.
func (f *flatRows) row(r int) (uint64, []float32) {
	o := r * f.stride()
	k := uint64(math.Float32bits(f.data[o])) | uint64(math.Float32bits(f.data[o+1]))<<32
	return k, f.data[o+2 : o+f.stride()]
}

// flatOf returns the rows of table t with weights w (rows of width).
func flatOf(t *table, w []float32, width int) *flatRows {
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	f := newFlatRows(n, width)
	for i, k := range t.keys {
		if k != 0 {
			r := int(t.rows[i])
			copy(f.add(k), w[r*width:r*width+width])
		}
	}
	return f
}
