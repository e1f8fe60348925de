package graph

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteBehind: what goes through WriteBehind, in writes of every
// size and by ReadFrom, is the file's content byte for byte, across
// many windows; a pipe is written as it is.
func TestWriteBehind(t *testing.T) {
	old := behindWindow
	behindWindow = 4 << 10
	defer func() { behindWindow = old }()
	var want bytes.Buffer
	for i := 0; want.Len() < 200<<10; i++ {
		want.WriteString(strings.Repeat(string(rune('a'+i%26)), i%5000+1))
		want.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "out")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := WriteBehind(f)
	src := want.Bytes()
	half := len(src) / 2
	for i, n := 0, 1; i < half; i, n = i+n, n*3%7919+1 {
		if _, err := w.Write(src[i:min(i+n, half)]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := io.Copy(w, bytes.NewReader(src[half:])); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, src) {
		t.Fatalf("the file holds %d bytes that differ from the %d written", len(got), len(src))
	}
	r, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer pw.Close()
	if w := WriteBehind(pw); w != io.Writer(pw) {
		t.Errorf("a pipe is wrapped: %T", w)
	}
}
