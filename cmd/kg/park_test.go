package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/resolve"
)

// parkCase makes a document with mentions and relations, as the
// mentions pass leaves one.
func parkCase(t *testing.T, id, text string, names ...string) *extract.Document {
	t.Helper()
	d := extract.NewDocument(extract.Article{ID: id, Text: strings.Clone(text), URL: "https://example.org/" + id, Published: "2026-04-07"})
	var ms []graph.Mention
	for _, n := range names {
		i := strings.Index(d.Text, n)
		if i < 0 {
			t.Fatalf("%q not in the text", n)
		}
		m := d.Mention(i, i+len(n), graph.Person, "names", 0.75)
		m.Role = "envoy"
		ms = append(ms, m)
	}
	d.AddMentions(ms)
	if len(d.Mentions) >= 2 {
		d.Relations = append(d.Relations, d.Relation(d.Mentions[0], graph.MeetsWith, d.Mentions[1], "", "met", "rules", "meets", 0.8))
	}
	d.RuneOffset(0) // the offsets table is made again when wanted
	return d
}

// TestParkRestoresDocument: a document parked between passes holds
// nothing of its text, and is given back whole: the same text,
// paragraphs, sentences, mentions and relations; its person names are
// in the book.
func TestParkRestoresDocument(t *testing.T) {
	cases := []struct {
		name, text string
		names      []string
	}{
		{"english", "Envoy Maren Tollefsen met Jonas Brekke in Bergen on Tuesday.\n\nThe talks went on. Mr. Brekke left.", []string{"Maren Tollefsen", "Jonas Brekke"}},
		{"arabic", "التقى المبعوث كريم الحداد بالوزير سامي العطار في عمان.\nواستمرت المحادثات.", []string{"كريم الحداد", "سامي العطار"}},
		{"mixed", "Envoy Maren Tollefsen arrived.\nالتقى كريم الحداد بها في عمان.", []string{"Maren Tollefsen", "كريم الحداد"}},
		{"no mentions", "Nothing happened today.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sp, err := resolve.NewSpill(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Close()
			d := parkCase(t, c.name+".txt", c.text, c.names...)
			want := parkCase(t, c.name+".txt", c.text, c.names...) // the same document, with its own text
			r := newReducer(nil, sp, nil, []extract.Article{d.Article})
			book := rules.NewNameBook()
			r.book, r.parked = book, make([]resolve.SpillAt, 1)
			held := weak.Make(unsafe.StringData(d.Text))
			if _, err := r.parkDoc(context.Background(), d); err != nil || r.err != nil {
				t.Fatal(err, r.err)
			}
			if d.Text != "" || d.Sentences != nil || d.Paragraphs != nil || d.Mentions != nil || d.Relations != nil {
				t.Fatalf("parked document still holds %d bytes of text, %d sentences, %d mentions", len(d.Text), len(d.Sentences), len(d.Mentions))
			}
			if d.ID != want.ID || d.URL != want.URL || d.Published != want.Published || d.Lang != want.Lang {
				t.Errorf("parked document lost its metadata: %+v", d.Article)
			}
			for range 3 {
				runtime.GC()
			}
			if held.Value() != nil {
				t.Error("the text of a parked document is still held")
			}
			if got, wantN := len(book.Names()), len(c.names); wantN > 0 && got == 0 {
				t.Error("the parked document's person names are not in the book")
			}
			if _, err := r.unparkDoc(context.Background(), d); err != nil || r.err != nil {
				t.Fatal(err, r.err)
			}
			// the offsets table is made on demand: compare through it
			for _, b := range []int{0, len(d.Text) / 2, len(d.Text)} {
				if g, w := d.RuneOffset(b), want.RuneOffset(b); g != w {
					t.Errorf("rune offset of %d: %d, want %d", b, g, w)
				}
			}
			if d.Text != want.Text || !reflect.DeepEqual(d.Paragraphs, want.Paragraphs) || !reflect.DeepEqual(d.Sentences, want.Sentences) {
				t.Errorf("text or segmentation not restored:\n%+v\n%+v", d.Sentences, want.Sentences)
			}
			if !reflect.DeepEqual(d.Mentions, want.Mentions) || !reflect.DeepEqual(d.Relations, want.Relations) {
				t.Errorf("records not restored:\n%+v\n%+v", d.Mentions, want.Mentions)
			}
		})
	}
}

// TestParkSpillFailure: a parked document that cannot be read back
// fails the build with an error naming it, and stops the extraction.
func TestParkSpillFailure(t *testing.T) {
	sp, err := resolve.NewSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	d := parkCase(t, "lost.txt", "Envoy Maren Tollefsen met Jonas Brekke.", "Maren Tollefsen", "Jonas Brekke")
	r := newReducer(nil, sp, nil, []extract.Article{d.Article})
	r.book, r.parked = rules.NewNameBook(), make([]resolve.SpillAt, 1)
	stopped := false
	r.cancel = func() { stopped = true }
	if _, err := r.parkDoc(context.Background(), d); err != nil || r.err != nil {
		t.Fatal(err, r.err)
	}
	sp.Close()
	r.unparkDoc(context.Background(), d)
	if r.err == nil || !strings.Contains(r.err.Error(), "lost.txt") {
		t.Fatalf("error %v, want one naming the document", r.err)
	}
	if !stopped {
		t.Error("the extraction was not stopped")
	}
	// a corrupt record is an error too, not a document cut short
	for _, b := range [][]byte{nil, {0x80}, {5, 'a'}, append(packDoc("text", nil, nil)[:6], 0xff)} {
		if _, _, _, err := unpackDoc(b); err == nil {
			t.Errorf("unpackDoc(%q): no error", b)
		}
	}
}

// TestBuildTempUnwritable: where the spill file cannot be made, the
// build says so and writes nothing: a graph built before is left as it
// was.
func TestBuildTempUnwritable(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	old := []byte("{\"the graph\": \"before\"}\n")
	if err := os.WriteFile(filepath.Join(out, "graph.jsonld"), old, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", notDir)
	_, stderr, err := runKG(t, "build", "-o", out, "-review", "", "-no-ner", "-formats", "jsonld,dot", "testdata/articles/en.txt")
	if err == nil || !strings.Contains(err.Error(), "spill") {
		t.Fatalf("error %v, want one about the spill file\n%s", err, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(out, "graph.jsonld")); err != nil || string(b) != string(old) {
		t.Errorf("the graph built before was changed: %q %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(out, "graph.dot")); !os.IsNotExist(err) {
		t.Errorf("graph.dot written: %v", err)
	}
}
