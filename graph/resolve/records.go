package resolve

import (
	"fmt"
	"strings"
	"unique"

	"newskg/graph"
	"newskg/graph/internal/wire"
)

// Records are a document's mentions and relations packed (each string
// once, numbers as varints): several times smaller than the records
// themselves, for a document whose share cannot be made yet (a corpus
// pass will still add to it) and that should not be held whole until
// then. Unpack gives back the same records.
type Records []byte

const recordsVersion = "records-1"

// PackRecords packs a document's mentions and relations.
func PackRecords(ms []graph.Mention, rels []graph.Relation) Records {
	e := wire.NewEncoder()
	e.Str(recordsVersion)
	e.Uint(len(ms))
	for i := range ms {
		e.Mention(&ms[i])
	}
	e.Uint(len(rels))
	for i := range rels {
		e.Relation(&rels[i])
	}
	return e.Bytes()
}

// Unpack returns the mentions and relations packed, in their order.
// Each string is its own copy (a short one shared with every other
// copy of it), so that what is kept of them does not keep the record.
func (p Records) Unpack() ([]graph.Mention, []graph.Relation, error) {
	ms, rels, err := p.unpack()
	if err != nil {
		return nil, nil, err
	}
	ownStrings(ms, rels)
	return ms, rels, nil
}

// ownStrings gives every string of the records its own copy.
func ownStrings(ms []graph.Mention, rels []graph.Relation) {
	own := map[string]string{}
	str := func(s *string) {
		if *s == "" {
			*s = "" // an empty string cut from the record points into it
			return
		}
		c, ok := own[*s]
		if !ok {
			if len(*s) <= maxShared {
				c = unique.Make(*s).Value()
			} else {
				c = strings.Clone(*s)
			}
			own[c] = c
		}
		*s = c
	}
	mention := func(m *graph.Mention) {
		for _, s := range []*string{&m.Doc, &m.Text, (*string)(&m.Type), &m.Lang, &m.Name, &m.KBID, &m.Key, &m.Country, &m.Place, &m.Role, &m.Date, &m.Extractor} {
			str(s)
		}
	}
	for i := range ms {
		mention(&ms[i])
	}
	for i := range rels {
		r := &rels[i]
		mention(&r.Subject)
		mention(&r.Object)
		ev := &r.Evidence
		for _, s := range []*string{(*string)(&r.Predicate), &r.Role, &r.RolePhrase, &ev.Doc, &ev.URL, &ev.Published, &ev.Text, &ev.Extractor, &ev.Rule} {
			str(s)
		}
	}
}

// maxShared is the longest string Unpack shares with every other copy
// of it (names, types, keys); a longer one (a sentence) is copied.
const maxShared = 64

// unpack decodes the records; their strings point into p until
// ownStrings copies them.
func (p Records) unpack() ([]graph.Mention, []graph.Relation, error) {
	r := wire.NewDecoderShared(p)
	if v := r.Str(); v != recordsVersion {
		if r.Err() != nil {
			return nil, nil, r.Err()
		}
		return nil, nil, fmt.Errorf("resolve: records of version %q, not %q", v, recordsVersion)
	}
	ms := make([]graph.Mention, r.Len())
	for i := range ms {
		ms[i] = r.Mention()
	}
	rels := make([]graph.Relation, r.Len())
	for i := range rels {
		rels[i] = r.Relation()
	}
	if err := r.Done(); err != nil {
		return nil, nil, err
	}
	return ms, rels, nil
}
