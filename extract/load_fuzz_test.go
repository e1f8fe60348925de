package extract

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to the loader as a text file, a JSON
// file, a JSON Lines feed and standard input. It must never panic, and
// every article it returns has a unique, non-empty id and a text that is
// valid, non-blank UTF-8 within the size bound; every problem names its
// input; the same input loads the same way twice.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"Envoys met in Oslo.\nالتقى المبعوثون في أوسلو.",
		`{"id":"a","text":"One."}`,
		`[{"id":"a","text":"One."},{"id":"a","text":"Two."},{"id":"a~2","text":"Three."}]`,
		`[{"id":"","text":"x"},{"id":null,"body":"y"},{"id":7,"content":"z"},{"id":{"x":1},"text":"w"}]`,
		"{\"id\":\"x\",\"text\":\"a\"}\nnot json\n{\"text\":\"\"}\n\n{\"id\":\"x\",\"text\":\"b\"}",
		"\xef\xbb\xbf{\"text\": \"\\u0000\"}",
		"\xff\xfe\x00b", "   \n\t", "{\"text\":\"" + strings.Repeat("a", 300) + "\"}",
	} {
		for kind := uint8(0); kind < 3; kind++ {
			f.Add([]byte(s), kind)
		}
	}
	const max = 256
	exts := []string{".txt", ".json", ".jsonl"}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		dir := t.TempDir()
		path := filepath.Join(dir, "in"+exts[int(kind)%len(exts)])
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, in := range []struct {
			source string
			load   func() ([]Article, ErrorList)
		}{
			{path, func() ([]Article, ErrorList) { return Loader{MaxSize: max}.Load([]string{path}) }},
			{dir, func() ([]Article, ErrorList) { return Loader{MaxSize: max}.Load([]string{dir}) }},
			{"stdin", func() ([]Article, ErrorList) {
				return Loader{MaxSize: max, Stdin: strings.NewReader(string(data))}.Load([]string{"-"})
			}},
		} {
			arts, probs := in.load()
			ids := map[string]bool{}
			for _, a := range arts {
				switch {
				case a.ID == "":
					t.Errorf("%s: an article with no id: %+v", in.source, a)
				case ids[a.ID]:
					t.Errorf("%s: id %q twice", in.source, a.ID)
				case !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || strings.ContainsRune(a.Text, 0):
					t.Errorf("%s: article %q has a bad text %q", in.source, a.ID, a.Text)
				case len(a.Text) > max:
					t.Errorf("%s: article %q is %d bytes, over %d", in.source, a.ID, len(a.Text), max)
				}
				ids[a.ID] = true
			}
			for _, p := range probs {
				if p.Err == nil || !strings.HasPrefix(p.Source, in.source) {
					t.Errorf("%s: problem %q does not name its input", in.source, p.Error())
				}
			}
			if len(data) > max && (len(arts) > 0 || len(probs) != 1 || !errors.Is(probs[0], ErrTooLarge)) {
				t.Errorf("%s: %d bytes over %d gave %d articles and %v", in.source, len(data), max, len(arts), probs)
			}
			again, probs2 := in.load()
			if !reflect.DeepEqual(arts, again) || !reflect.DeepEqual(probs, probs2) {
				t.Errorf("%s: two loads differ", in.source)
			}
		}
	})
}
