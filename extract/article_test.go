package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLoadBadInputs checks that each kind of bad file is reported with
// its name and reason while the good files are still read.
func TestLoadBadInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte("Russia and Ukraine met in Riyadh."))
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"latin1.txt", []byte("Caf\xe9 in Kyiv"), ErrNotUTF8},
		{"empty.txt", []byte("  \n\t\n"), ErrEmpty},
		{"binary.txt", []byte("PK\x03\x04\x00\x00binary"), ErrBinary},
		{"huge.txt", []byte(strings.Repeat("a", 2048)), ErrTooLarge},
		{"broken.json", []byte(`{"id": "x", "text": `), ErrBadJSON},
		{"notext.json", []byte(`{"id": "x", "title": "only a title"}`), ErrNoText},
	}
	for _, c := range cases {
		write(t, dir, c.name, c.data)
	}
	arts, probs := Loader{MaxSize: 1024}.Load([]string{dir})
	if len(arts) != 1 || arts[0].ID != "good.txt" {
		t.Fatalf("articles = %+v, want only good.txt", arts)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, p := range probs {
				if strings.HasSuffix(p.Source, c.name) {
					if !errors.Is(p, c.want) {
						t.Errorf("%s: got %v, want %v", c.name, p.Err, c.want)
					}
					if !strings.Contains(p.Error(), c.name) {
						t.Errorf("message %q does not name the file", p.Error())
					}
					return
				}
			}
			t.Errorf("%s: no problem reported (problems: %v)", c.name, probs)
		})
	}
}

func TestLoadFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "feed.jsonl", []byte(`{"id":"a1","title":"T","text":"Hello Kyiv.","url":"https://x.example/a1","published":"2025-02-18","lang":"en"}
not json
{"id":"a2","text":"مرحبا"}
`))
	write(t, dir, "one.json", []byte(`{"id": 7, "body": "Body text."}`))
	write(t, dir, "many.json", []byte(`[{"text":"One."},{"text":"Two."}]`))
	write(t, dir, "sub/deep.txt", []byte("Deep."))
	write(t, dir, ".hidden/x.txt", []byte("Hidden."))
	write(t, dir, "notes.csv", []byte("a,b"))
	arts, probs := Loader{}.Load([]string{dir})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	want := "a1,a2,many.json#1,many.json#2,7,sub/deep.txt"
	if got := strings.Join(ids, ","); got != want {
		t.Errorf("ids = %s, want %s", got, want)
	}
	if len(probs) != 1 || !errors.Is(probs[0], ErrBadJSON) || !strings.Contains(probs[0].Error(), "line 2") {
		t.Errorf("problems = %v, want one bad JSON line 2", probs)
	}
	if arts[0].URL != "https://x.example/a1" || arts[0].Published != "2025-02-18" || arts[0].Title != "T" {
		t.Errorf("metadata lost: %+v", arts[0])
	}
}

func TestLoadStdinAndMissing(t *testing.T) {
	arts, probs := Loader{Stdin: strings.NewReader("From stdin.")}.Load([]string{"-", "/no/such/file.txt"})
	if len(arts) != 1 || arts[0].ID != "stdin" || arts[0].Text != "From stdin." {
		t.Errorf("stdin article: %+v", arts)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Error(), "/no/such/file.txt") {
		t.Errorf("missing file not reported: %v", probs)
	}
}

func TestDuplicateIDs(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	write(t, a, "x.txt", []byte("One."))
	write(t, b, "x.txt", []byte("Two."))
	arts, _ := Loader{}.Load([]string{filepath.Join(a, "x.txt"), filepath.Join(b, "x.txt")})
	if len(arts) != 2 || arts[0].ID == arts[1].ID {
		t.Errorf("ids not unique: %+v", arts)
	}
}

// TestLoaderEach: Each hands over the articles Load returns, in Load's
// order with Load's ids, and reads no file after fn says stop.
func TestLoaderEach(t *testing.T) {
	dir := t.TempDir()
	for i, name := range []string{"b.txt", "a.txt", "sub/c.txt", "d.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Headline %d\n\nThe envoy Orla Vantis met officials in Tolvia on day %d.\n", i, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{dir, filepath.Join(dir, "a.txt")}
	want, wantProbs := Loader{}.Load(paths)
	var got []Article
	probs := Loader{}.Each(context.Background(), paths, func(a Article) bool {
		got = append(got, a)
		return true
	})
	if !reflect.DeepEqual(got, want) || len(probs) != len(wantProbs) {
		t.Fatalf("Each gave %d articles, %v; Load %d, %v", len(got), probs, len(want), wantProbs)
	}
	if len(want) != 5 || want[4].ID == want[0].ID {
		t.Fatalf("ids %v: the test no longer reads a file twice", want)
	}
	n := 0
	Loader{}.Each(context.Background(), paths, func(Article) bool {
		n++
		return n < 2
	})
	if n != 2 {
		t.Errorf("fn called %d times after it said stop at the second", n)
	}
}
