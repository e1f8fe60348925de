//go:build unix

package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLoadSkipsNamedPipe puts a named pipe (nobody writes to it) among
// the articles, in the folder, behind a symbolic link, and named
// directly: the load does not hang, reads the regular file, and names
// each pipe with the reason.
func TestLoadSkipsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte("Envoys of Norway and Chile met in Oslo."))
	pipe := filepath.Join(dir, "feed.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	link := filepath.Join(dir, "sub", "link.json")
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(pipe, link); err != nil {
		t.Fatal(err)
	}
	type result struct {
		arts  []Article
		probs ErrorList
	}
	done := make(chan result, 1)
	go func() {
		arts, probs := Loader{}.Load([]string{dir, pipe})
		done <- result{arts, probs}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(time.Minute):
		os.WriteFile(pipe, []byte("x"), 0o644) // release the reader
		t.Fatal("the load hangs on a named pipe")
	}
	if len(r.arts) != 1 || r.arts[0].ID != "good.txt" {
		t.Errorf("articles: %+v, want good.txt alone", r.arts)
	}
	named := map[string]bool{}
	for _, p := range r.probs {
		if !errors.Is(p, ErrIrregular) || !strings.Contains(p.Error(), "named pipe") {
			t.Errorf("problem %q: want ErrIrregular saying named pipe", p.Error())
		}
		named[p.Source] = true
	}
	if len(r.probs) != 3 || !named[pipe] || !named[link] {
		t.Errorf("problems %v: want the pipe (in the folder and named directly) and the link", r.probs)
	}
}
