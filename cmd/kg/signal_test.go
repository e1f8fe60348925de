package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"newskg/graph/graphtest"
)

// TestMain lets the tests run the real command, signal handling and exit
// status included, as a subprocess: the test binary runs main when
// KG_TEST_MAIN is set.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// kgCommand returns the command "kg args..." run by this test binary.
func kgCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "KG_TEST_MAIN=1")
	return cmd
}

// TestSignalDuringBuild interrupts a long build with SIGINT and SIGTERM
// once it has read its input: the command exits 130 with one line, and
// the outputs of the previous build are byte-identical afterwards, with
// nothing added beside them.
func TestSignalDuringBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a long build")
	}
	in := t.TempDir()
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for i := 0; i < 300; i++ {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%03d.txt", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A bad file: its warning tells the test that loading is done.
	if err := os.WriteFile(filepath.Join(in, "zz-bad.txt"), []byte("\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := t.TempDir()
			old := map[string]string{"graph.jsonld": "the good graph\n", "graph.dot": "digraph good {}\n", "graph.svg": "<svg/>\n", "notes.txt": "mine\n"}
			for name, text := range old {
				if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before := graphtest.Tree(t, out)
			cmd := kgCommand("build", "-o", out, "-review", "", in)
			var stderr lockedBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(2 * time.Minute)
			for !strings.Contains(stderr.String(), "zz-bad.txt") {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("no warning for the bad file: %s", stderr.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(time.Minute):
				cmd.Process.Kill()
				t.Fatalf("still running a minute after %v", sig)
			}
			t.Logf("stopped %v after %v", sig, time.Since(sent).Round(time.Millisecond))
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Errorf("exit: %v, want status 130\n%s", err, stderr.String())
			}
			var lines []string
			for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
				if !strings.Contains(l, "zz-bad.txt") {
					lines = append(lines, l)
				}
			}
			if len(lines) != 1 || !strings.Contains(lines[0], "interrupted") || !strings.Contains(lines[0], "nothing written") {
				t.Errorf("stderr after the signal: want one line saying nothing was written, got %q", lines)
			}
			if after := graphtest.Tree(t, out); !reflect.DeepEqual(after, before) {
				t.Errorf("the outputs changed:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

// TestBuildInterruptedInProcess cancels a build before it writes: the
// error is errInterrupted (exit status 130), nothing is written and no
// summary claims articles were read.
func TestBuildInterruptedInProcess(t *testing.T) {
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "graph.jsonld"), []byte("good"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := graphtest.Tree(t, out)
	ctx, cancel := contextCancelled()
	defer cancel()
	var stderr bytes.Buffer
	err := run(ctx, []string{"build", "-o", out, "-review", "", "testdata/articles"}, nil, &stderr, &stderr)
	if !errors.Is(err, errInterrupted) || exitCode(err, &bytes.Buffer{}) != 130 {
		t.Errorf("err = %v, want errInterrupted with status 130", err)
	}
	if strings.Contains(stderr.String(), "read ") || strings.Contains(stderr.String(), "wrote") {
		t.Errorf("an interrupted build printed a summary: %s", stderr.String())
	}
	if after := graphtest.Tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("the outputs changed: %q", after)
	}
}

func contextCancelled() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx, cancel
}
