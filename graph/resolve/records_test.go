package resolve

import (
	"reflect"
	"strings"
	"testing"
	"unique"
	"unsafe"

	"newskg/graph"
)

// TestRecordsRoundTrip: packed records unpack to the same mentions and
// relations, every field; the short strings are the shared copies and
// a sentence two relations give is one copy, not the record's.
func TestRecordsRoundTrip(t *testing.T) {
	sentence := strings.Repeat("Minister Orla Vantanen met Ilse Brandvik in Tromsø. ", 3)
	m := func(text string, typ graph.EntityType, start int) graph.Mention {
		return graph.Mention{Doc: "north.txt", Text: text, Type: typ, Start: start, End: start + len(text), Sent: -1, Lang: "en",
			Name: text + " (canonical)", KBID: "Q" + text, Key: "north.txt|k|" + text, Country: "Norway", Place: "Tromsø",
			Role: "minister", Date: "2026-03-02", Extractor: "rules", Confidence: 0.625}
	}
	orla, ilse := m("Orla Vantanen", graph.Person, 9), m("Ilse Brandvik", graph.Person, 27)
	ev := graph.Evidence{Doc: "north.txt", URL: "https://example.no/a", Published: "2026-03-02", Text: sentence,
		Start: 0, End: 51, SubjectStart: 9, SubjectEnd: 22, ObjectStart: 27, ObjectEnd: 40, Extractor: "rules", Rule: "meets", Confidence: 0.75}
	ms := []graph.Mention{orla, ilse, {Doc: "north.txt", Text: "talks", Type: graph.Event, Start: 200, End: 205}}
	rels := []graph.Relation{
		{Subject: orla, Predicate: graph.MeetsWith, Object: ilse, Evidence: ev},
		{Subject: orla, Predicate: graph.HoldsPosition, Object: ilse, Role: "foreign minister", RolePhrase: "Minister", Evidence: ev},
	}
	for _, tc := range []struct {
		name string
		ms   []graph.Mention
		rels []graph.Relation
	}{
		{"mentions and relations", ms, rels},
		{"mentions only", ms, nil},
		{"nothing", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gotMs, gotRels, err := PackRecords(tc.ms, tc.rels).Unpack()
			if err != nil {
				t.Fatal(err)
			}
			if len(gotMs) != len(tc.ms) || len(gotRels) != len(tc.rels) {
				t.Fatalf("%d mentions and %d relations, want %d and %d", len(gotMs), len(gotRels), len(tc.ms), len(tc.rels))
			}
			for i := range tc.ms {
				if !reflect.DeepEqual(gotMs[i], tc.ms[i]) {
					t.Errorf("mention %d: %+v, want %+v", i, gotMs[i], tc.ms[i])
				}
			}
			for i := range tc.rels {
				if !reflect.DeepEqual(gotRels[i], tc.rels[i]) {
					t.Errorf("relation %d: %+v, want %+v", i, gotRels[i], tc.rels[i])
				}
			}
			if len(gotMs) > 0 {
				if s := gotMs[0].Text; unsafe.StringData(s) != unsafe.StringData(unique.Make(s).Value()) {
					t.Error("a short string is not the shared copy")
				}
			}
			if len(gotRels) == 2 {
				a, b := gotRels[0].Evidence.Text, gotRels[1].Evidence.Text
				if unsafe.StringData(a) != unsafe.StringData(b) {
					t.Error("one sentence of two relations is two copies")
				}
				if unsafe.StringData(a) == unsafe.StringData(unique.Make(a).Value()) {
					t.Error("a sentence is kept as a shared copy for ever")
				}
			}
		})
	}
}

// TestRecordsCorrupt: a damaged record is an error, not a panic.
func TestRecordsCorrupt(t *testing.T) {
	p := PackRecords([]graph.Mention{{Doc: "a", Text: "Oslo", Type: graph.City, End: 4}}, nil)
	for _, b := range []Records{nil, p[:len(p)-1], append(append(Records(nil), p...), 0), PackRecords(nil, nil)[:3]} {
		if _, _, err := b.Unpack(); err == nil {
			t.Errorf("%x: no error", b)
		}
	}
	if ms, _, err := p.Unpack(); err != nil || len(ms) != 1 || ms[0].Text != "Oslo" {
		t.Errorf("the record itself: %v, %v", ms, err)
	}
}

// TestRecordsOwnStrings: no string Unpack returns, empty ones
// included, points into the record's table of strings, which would
// keep the whole table for as long as a share keeps one of them.
func TestRecordsOwnStrings(t *testing.T) {
	long := strings.Repeat("Talks on the fishing treaty went on in Tromsø. ", 2)
	ms := []graph.Mention{{Doc: "north.txt", Text: "Orla Vantanen", Type: graph.Person, End: 13, Lang: "en"}}
	rels := []graph.Relation{{Subject: ms[0], Predicate: graph.HoldsPosition, Object: ms[0], Evidence: graph.Evidence{Doc: "north.txt", Text: long}}}
	rawMs, rawRels, err := PackRecords(ms, rels).unpack()
	if err != nil {
		t.Fatal(err)
	}
	var fields []*string
	mention := func(m *graph.Mention) {
		fields = append(fields, &m.Doc, &m.Text, (*string)(&m.Type), &m.Lang, &m.Name, &m.KBID, &m.Key, &m.Country, &m.Place, &m.Role, &m.Date, &m.Extractor)
	}
	mention(&rawMs[0])
	r := &rawRels[0]
	mention(&r.Subject)
	mention(&r.Object)
	ev := &r.Evidence
	fields = append(fields, (*string)(&r.Predicate), &r.Role, &r.RolePhrase, &ev.Doc, &ev.URL, &ev.Published, &ev.Text, &ev.Extractor, &ev.Rule)
	// the table: from the lowest string of the fields to the end of the
	// highest
	lo, hi := uintptr(0), uintptr(0)
	empty := 0
	for _, s := range fields {
		if *s == "" {
			empty++
			continue
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(*s)))
		if lo == 0 || p < lo {
			lo = p
		}
		hi = max(hi, p+uintptr(len(*s)))
	}
	// the version comes first in the table, and an empty string cut
	// from it points at the table's start
	lo -= uintptr(len(recordsVersion))
	inTable := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return p >= lo && p < hi
	}
	cut := 0
	for _, s := range fields {
		if *s == "" && inTable(*s) {
			cut++
		}
	}
	if empty == 0 || cut == 0 {
		t.Fatalf("the case has %d empty strings, %d of them cut from the table: it tests nothing", empty, cut)
	}
	ownStrings(rawMs, rawRels)
	for i, s := range fields {
		if inTable(*s) {
			t.Errorf("field %d (%q) still points into the record", i, *s)
		}
	}
}
