package store

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/wire"
	"newskg/graph/resolve"
)

// sampleTail is a deferred document's tail: a title, the keys its pass
// read, two events and a relation with an event end.
func sampleTail() *tail {
	p := graph.Mention{Doc: "m.txt", Text: "Ilse Varnholt", Type: graph.Person, Start: 0, End: 13, Lang: "en", Key: "varnholt"}
	c := graph.Mention{Doc: "m.txt", Text: "Quarvia", Type: graph.Country, Start: 30, End: 37, Lang: "en", KBID: "Q9", Key: "quarvia"}
	d := graph.Mention{Doc: "m.txt", Text: "وفد كوارفيا", Type: graph.Delegation, Start: 50, End: 71, Lang: "ar", Key: "delegation|quarvia", Country: "Q9"}
	e := graph.Mention{Doc: "m.txt", Text: "the Lindar talks", Type: graph.Event, Start: 80, End: 96, Lang: "en", Key: "event|lindar", Place: "Lindar", Date: "2025-03-04", Confidence: 0.8}
	ev := graph.Evidence{Doc: "m.txt", Text: "Ilse Varnholt, Quarvia's trade minister, led the delegation.", Start: 0, End: 60, Extractor: "rules", Rule: "title", Confidence: 0.9}
	return &tail{
		titles: []graph.Relation{{Subject: p, Predicate: graph.HoldsPosition, Object: c, Role: "trade minister", RolePhrase: "trade minister", Evidence: ev}},
		keys:   []string{"varnholt", "ilse varnholt"},
		events: []graph.Mention{d, e},
		erels:  []graph.Relation{{Subject: d, Predicate: graph.ParticipatesIn, Object: e, Evidence: ev}},
	}
}

// TestTailPacked: a kept tail is read with its titles and keys and its
// events only counted (decodePacked), and unpack gives back the events
// and their relations, without evidence, that decodeTail reads; a tail
// cut short, of another version or with other counts than the slices
// given is an error, never a short read.
func TestTailPacked(t *testing.T) {
	want := sampleTail()
	enc := want.encode()
	full, err := decodeTail(enc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodePacked(enc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.titles, want.titles) || !reflect.DeepEqual(got.keys, want.keys) {
		t.Errorf("packed titles %+v keys %q, want %+v %q", got.titles, got.keys, want.titles, want.keys)
	}
	if got.events != nil || got.erels != nil || got.nev != 2 || got.nrel != 1 {
		t.Errorf("packed tail holds events %v relations %v, counted %d and %d; want none held, 2 and 1 counted", got.events, got.erels, got.nev, got.nrel)
	}
	ms, rels := make([]graph.Mention, got.nev), make([]graph.Relation, got.nrel)
	if err := got.unpack(ms, rels); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ms, full.events) {
		t.Errorf("unpacked events %+v, want %+v", ms, full.events)
	}
	wantRels := append([]graph.Relation(nil), full.erels...)
	for i := range wantRels {
		wantRels[i].Evidence = graph.Evidence{}
	}
	if !reflect.DeepEqual(rels, wantRels) {
		t.Errorf("unpacked relations %+v, want %+v (no evidence)", rels, wantRels)
	}
	// a tail packed from one just made reads back alike
	made := sampleTail()
	made.pack(enc)
	ms2, rels2 := make([]graph.Mention, made.nev), make([]graph.Relation, made.nrel)
	if err := made.unpack(ms2, rels2); err != nil || !reflect.DeepEqual(ms2, ms) || !reflect.DeepEqual(rels2, rels) {
		t.Errorf("made tail unpacked to %+v %+v (%v), want %+v %+v", ms2, rels2, err, ms, rels)
	}

	for _, n := range []int{1, len(enc) / 2, len(enc) - 1} {
		if _, err := decodePacked(enc[:n]); err == nil {
			t.Errorf("tail cut at %d of %d bytes read without an error", n, len(enc))
		}
		cut := &tail{enc: enc[:n], nev: 2, nrel: 1}
		if err := cut.unpack(make([]graph.Mention, 2), make([]graph.Relation, 1)); err == nil {
			t.Errorf("tail cut at %d of %d bytes unpacked without an error", n, len(enc))
		}
	}
	if err := got.unpack(make([]graph.Mention, 3), make([]graph.Relation, 1)); !errors.Is(err, wire.ErrCorrupt) {
		t.Errorf("3 events asked of a tail of 2: %v, want wire.ErrCorrupt", err)
	}
	if err := got.unpack(make([]graph.Mention, 2), nil); !errors.Is(err, wire.ErrCorrupt) {
		t.Errorf("no relation asked of a tail of 1: %v, want wire.ErrCorrupt", err)
	}
	e := wire.NewEncoder()
	e.Str("tail-0")
	if _, err := decodePacked(e.Bytes()); err == nil {
		t.Error("a tail of another version read without an error")
	}
	if err := (&tail{enc: e.Bytes()}).unpack(nil, nil); err == nil {
		t.Error("a tail of another version unpacked without an error")
	}
	if _, err := decodePacked((&tail{}).encode()); err != nil {
		t.Errorf("an empty tail: %v", err)
	}
}

// TestClusteringPacked: a document's part of a clustering, packed while
// the graph is written and read back for its row, gives the row the
// bytes the part itself gives; none packs to none.
func TestClusteringPacked(t *testing.T) {
	cs := []resolve.Clustering{
		{Types: []graph.EntityType{graph.Person, graph.Country}, Merges: []resolve.FormMerge{
			{Form: 1, IntoDoc: "b.txt", Into: 0, Rule: "surname", Key: "varnholt", Score: 0.75, Seq: 0},
			{Form: 0, IntoDoc: "a.txt", Into: 2, Rule: "translit", Key: "فارنهولت", Score: 1, Seq: 1},
		}},
		{Types: []graph.EntityType{graph.City}},
		{},
	}
	packed := packClusterings(cs)
	if len(packed) != len(cs) {
		t.Fatalf("%d parts packed, want %d", len(packed), len(cs))
	}
	for i := range cs {
		c, err := unpackClustering(packed[i])
		if err != nil {
			t.Fatalf("part %d: %v", i, err)
		}
		a := &assigned{named: []string{"x"}, clu: &cs[i]}
		b := &assigned{named: []string{"x"}, clu: c}
		if !bytes.Equal(a.encode(), b.encode()) {
			t.Errorf("part %d: row %x, want %x", i, b.encode(), a.encode())
		}
		back, err := decodeAssigned(b.encode())
		if err != nil || !reflect.DeepEqual(back.clu.Merges, cs[i].Merges) || len(back.clu.Types) != len(cs[i].Types) {
			t.Errorf("part %d read back as %+v, %v; want %+v", i, back.clu, err, cs[i])
		}
	}
	if packClusterings(nil) != nil {
		t.Error("no clustering packed to some")
	}
	if _, err := unpackClustering(packed[0][:len(packed[0])-1]); err == nil {
		t.Error("a cut part read back without an error")
	}
}
