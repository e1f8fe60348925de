package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for name, out := range map[string]io.Writer{"buffer": &bytes.Buffer{}, "file": f, "pipe": w, "discard": io.Discard} {
		if isTerminal(out) {
			t.Errorf("%s taken for a terminal", name)
		}
	}
}

// fakeTerminal makes every stderr count as a terminal for the test.
func fakeTerminal(t *testing.T) {
	old := isTerminal
	isTerminal = func(io.Writer) bool { return true }
	t.Cleanup(func() { isTerminal = old })
}

var twoArticles = []string{"testdata/articles/en.txt", "testdata/articles/ar.txt"}

func TestBuildProgressOnTerminal(t *testing.T) {
	fakeTerminal(t)
	_, stderr, err := runKG(t, append([]string{"build", "-o", t.TempDir(), "-review", "", "-formats", "jsonld,dot"}, twoArticles...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{
		"\r\x1b[Kkg: reading articles ...",
		"\r\x1b[Kkg: mentions: 2/2 articles, ",
		"\r\x1b[Kkg: relations: 2/2 articles, ",
		" articles/s",
		"\r\x1b[Kkg: resolving entities ...",
		"\r\x1b[Kkg: writing jsonld, dot ...",
		// The line is cleared before the summary, which starts a line.
		"\r\x1b[Kkg: read 2 articles, skipped 0",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%q", want, stderr)
		}
	}
	// Nothing is left drawn: the last progress line is cleared before
	// the summary, and the summary lines end in newlines.
	if !strings.HasSuffix(stderr, "\n") {
		t.Errorf("stderr ends on a progress line: %q", stderr[max(0, len(stderr)-80):])
	}
	if strings.Count(stderr, "\n") != 2 {
		t.Errorf("want two lines of summary and nothing else:\n%q", stderr)
	}
}

// TestBuildProgressNotTerminal: a build whose stderr is a file or a pipe
// prints the summary and no progress.
func TestBuildProgressNotTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var stdout bytes.Buffer
	args := append([]string{"build", "-o", t.TempDir(), "-review", "", "-formats", "jsonld"}, twoArticles...)
	if err := run(t.Context(), args, strings.NewReader(""), &stdout, f); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(f.Name())
	if !strings.Contains(string(b), "read 2 articles") {
		t.Errorf("no summary: %q", b)
	}
	for _, bad := range []string{"\r", "\x1b", "articles/s", "pass 1/2", "resolving"} {
		if strings.Contains(string(b), bad) {
			t.Errorf("progress %q written to a file:\n%q", bad, b)
		}
	}
}

// TestBuildQuiet: -q prints nothing, not even on a terminal, not even
// the warning for a skipped file; an error still comes back.
func TestBuildQuiet(t *testing.T) {
	fakeTerminal(t)
	dir := t.TempDir()
	stdout, stderr, err := runKG(t, "build", "-q", "-o", dir, "-review", "", "-formats", "jsonld", "testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	if stdout != "" || stderr != "" {
		t.Errorf("-q printed stdout %q stderr %q", stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "graph.jsonld")); err != nil {
		t.Error(err)
	}
	_, stderr, err = runKG(t, "build", "-q", "-o", t.TempDir(), "testdata/articles/latin1.txt")
	if err == nil || stderr != "" {
		t.Errorf("-q with no readable article: err %v, stderr %q; want the error alone", err, stderr)
	}
}
