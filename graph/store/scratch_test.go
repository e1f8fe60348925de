package store

import (
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/resolve"
)

// TestScratchRoundTrip: made rows put in the scratch file come back as
// they went in, each record its own (the second not read as the
// first), and a record cut short is an error, not a short row.
func TestScratchRoundTrip(t *testing.T) {
	sc, err := newScratch(kb.Starter())
	if err != nil {
		t.Fatal(err)
	}
	defer sc.Close()
	rows := []parkedRow{
		{tail: []byte("tail one"), share: []byte{0, 1, 2, 255}, mentions: []graph.Mention{
			{Doc: "x.txt", Text: "Orla Vantis", Type: graph.Person, Start: 3, End: 14, Sent: 1, Lang: "en", Role: "envoy", Confidence: 0.75},
			{Doc: "x.txt", Text: "تولفيا", Type: graph.Country, Start: 20, End: 32, Lang: "ar", KBID: "Q1", Key: "k"},
		}},
		{tail: []byte{}, share: []byte("share two"), mentions: []graph.Mention{}},
	}
	var ats []resolve.SpillAt
	for _, r := range rows {
		at, err := sc.put(r)
		if err != nil {
			t.Fatal(err)
		}
		ats = append(ats, at)
	}
	for i := len(rows) - 1; i >= 0; i-- {
		got, err := sc.get(ats[i])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, rows[i]) {
			t.Errorf("row %d: got %+v, want %+v", i, got, rows[i])
		}
	}
	for _, bad := range [][]byte{{5, 'a'}, {}, {0, 9, 'b'}} {
		at, err := sc.sp.Put(bad)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := sc.get(at); err == nil {
			t.Errorf("record %q read as %+v, want an error", bad, got)
		}
	}
}
