package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestServeListenFailureStopsLoad: when kg serve cannot listen, it
// returns an error; the graph it started loading in the background
// (the first page came from graph.view) must not go on after it
// returned, writing the outputs into -o.
func TestServeListenFailureStopsLoad(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	if _, err := writeOutputs(context.Background(), hostileGraph(), dir, []string{"jsonld"}, io.Discard); err != nil {
		t.Fatal(err)
	}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	var stdout, stderr lockedBuffer
	err = runServe(context.Background(), []string{"-addr", busy.Addr().String(), "-review", filepath.Join(dir, "review.json"), "-o", out, filepath.Join(dir, "graph.jsonld")}, nil, &stdout, &stderr)
	if err == nil {
		t.Fatal("kg serve on a busy address: no error")
	}
	returned := stderr.String()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(out, "graph.jsonld")); err == nil {
			t.Fatalf("kg serve returned an error and then wrote %s; stderr after it returned:\n%s", out, stderr.String()[len(returned):])
		}
	}
}
