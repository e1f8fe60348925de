//go:build unix

package graph

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteAtomicToPipe: a path that is a named pipe (as /dev/null is a
// device) is written through, and stays a pipe; no temporary file is
// renamed over it.
func TestWriteAtomicToPipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if err := WriteAtomicFunc(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "the graph\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	st, err := os.Lstat(path)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: %v %v", st.Mode(), err)
	}
	if s := <-got; s != "the graph\n" {
		t.Errorf("read %q from the pipe", s)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("left in the folder: %v", left)
	}
}
