package resolve

import (
	"strings"
	"testing"
	"unsafe"

	"newskg/graph"
)

// inside reports whether t's bytes lie inside s's.
func inside(t, s string) bool {
	if len(t) == 0 || len(s) == 0 {
		return false
	}
	a, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return b >= a && b+uintptr(len(t)) <= a+uintptr(len(s))
}

func TestOwnTexts(t *testing.T) {
	// one record's strings, as the decoder gives them: all in one buffer
	doc := "Talks in Oslo\nThe envoy Lena Brask met the minister. وقال الوزير إن المحادثات مثمرة.\nNo date was set."
	record := strings.Repeat(doc, 1) + "|a.txt|https://example.org/a|2026-01-02"
	ar := strings.Index(doc, "وقال")
	arRunes := len([]rune(doc[:ar]))
	sentEnd := len([]rune("Talks in Oslo\nThe envoy Lena Brask met the minister."))
	all := len([]rune(doc))
	frame := record[:len(doc)]                                       // the whole document: an event's frame
	head := record[:strings.Index(doc, ". ")+1]                      // the title and the first sentence
	arabic := record[ar : ar+len("وقال الوزير إن المحادثات مثمرة.")] // inside the frame
	liar := "The envoy Lena Brask met the ministry"                  // offsets inside the frame, other text
	name, url, date := record[len(doc)+1:len(doc)+6], record[len(doc)+7:len(doc)+28], record[len(doc)+29:]
	evs := []graph.Evidence{
		{Doc: name, URL: url, Published: date, Text: head, Start: 0, End: sentEnd, Rule: "r1"},
		{Doc: name, URL: url, Published: date, Text: arabic, Start: arRunes, End: arRunes + len([]rune(arabic)), Rule: "r2"},
		{Doc: name, URL: url, Published: date, Text: frame, Start: 0, End: all, Rule: "frame"},
		{Doc: name, URL: url, Published: date, Text: liar, Start: 14, End: 14 + len([]rune(liar)), Rule: "r3"},
	}
	want := make([]graph.Evidence, len(evs))
	copy(want, evs)
	ownTexts(evs)
	for i := range evs {
		if evs[i] != want[i] {
			t.Errorf("evidence %d changed: %+v, want %+v", i, evs[i], want[i])
		}
		for _, s := range []string{evs[i].Doc, evs[i].URL, evs[i].Published, evs[i].Text} {
			if inside(s, record) {
				t.Errorf("evidence %d: %q still lies in the decoded record", i, s)
			}
		}
	}
	cover := evs[2].Text
	if !inside(evs[0].Text, cover) || !inside(evs[1].Text, cover) {
		t.Errorf("texts inside the frame do not share its copy")
	}
	if inside(evs[3].Text, cover) {
		t.Errorf("a text whose characters differ from the frame's at its offsets was made part of it")
	}
	if evs[0].Doc != evs[1].Doc || unsafe.StringData(evs[0].Doc) != unsafe.StringData(evs[3].Doc) {
		t.Errorf("the document's name is copied once per piece of evidence")
	}
}

func TestRuneSpan(t *testing.T) {
	for _, c := range []struct {
		s    string
		a, b int
		want string
		ok   bool
	}{
		{"abc", 0, 3, "abc", true},
		{"abc", 1, 2, "b", true},
		{"abc", 3, 3, "", true},
		{"abc", 2, 4, "", false},
		{"abc", 2, 1, "", false},
		{"سلام", 1, 3, "لا", true},
		{"", 0, 0, "", true},
	} {
		got, ok := runeSpan(c.s, c.a, c.b)
		if got != c.want || ok != c.ok {
			t.Errorf("runeSpan(%q, %d, %d) = %q, %v; want %q, %v", c.s, c.a, c.b, got, ok, c.want, c.ok)
		}
	}
}
