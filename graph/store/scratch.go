package store

import (
	"encoding/binary"
	"fmt"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// A resolution that makes documents' rows again (every document, the
// first time a store is resolved) used to hold, for each, the share it
// made, the row it would write (the share and tail encoded) and the
// mentions to store, until the one transaction that writes them: at
// 10,000 articles about 750 MB of a 1.4 GB live heap. They wait in a
// scratch file instead (a resolve.Spill, unlinked at once): the shares
// as a build's do (resolve.Summarizer.SpillTo: ResolveShares reads them
// back one document at a time), the rest one record a document, read
// back as each document's rows and mentions are written.

// scratch is a resolution's scratch file, and the Summarizer whose
// shares wait in it.
type scratch struct {
	sp  *resolve.Spill
	sum *resolve.Summarizer
}

func newScratch(base *kb.KB) (*scratch, error) {
	sp, err := resolve.NewSpill("")
	if err != nil {
		return nil, err
	}
	sum := resolve.NewSummarizer(base)
	sum.SpillTo(sp)
	return &scratch{sp, sum}, nil
}

func (s *scratch) Close() error { return s.sp.Close() }

// parkedRow is a made row waiting in the scratch file: the row's
// encoded tail and share, and the mentions to store.
type parkedRow struct {
	tail, share []byte
	mentions    []graph.Mention
}

// put writes a made row and returns where it lies.
func (s *scratch) put(m parkedRow) (resolve.SpillAt, error) {
	ms := encodeMentions(m.mentions)
	b := make([]byte, 0, len(m.tail)+len(m.share)+len(ms)+2*binary.MaxVarintLen64)
	b = binary.AppendUvarint(b, uint64(len(m.tail)))
	b = append(b, m.tail...)
	b = binary.AppendUvarint(b, uint64(len(m.share)))
	b = append(b, m.share...)
	b = append(b, ms...)
	return s.sp.Put(b)
}

// get reads back the made row at a.
func (s *scratch) get(a resolve.SpillAt) (parkedRow, error) {
	b, err := s.sp.Get(a)
	if err != nil {
		return parkedRow{}, err
	}
	var m parkedRow
	for _, part := range []*[]byte{&m.tail, &m.share} {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return parkedRow{}, fmt.Errorf("store: scratch record cut short")
		}
		*part, b = b[k:k+int(n)], b[k+int(n):]
	}
	if m.mentions, err = decodeMentions(b); err != nil {
		return parkedRow{}, fmt.Errorf("store: scratch record: %w", err)
	}
	return m, nil
}
