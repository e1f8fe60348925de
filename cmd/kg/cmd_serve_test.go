package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"newskg/graph"
	"newskg/graph/jsonld"
)

// lockedBuffer is a bytes.Buffer safe for one writer and one reader.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeBuiltGraph(t *testing.T) {
	dir := t.TempDir()
	g := &graph.KG{Entities: []*graph.Entity{
		{ID: "city-riyadh", Type: graph.City, Name: "Riyadh", Aliases: []graph.Alias{{Text: "الرياض", Lang: "ar", Count: 1}}},
		{ID: "event-talks", Type: graph.Event, Name: "Talks"},
	}}
	g.Facts = []*graph.Fact{{ID: graph.FactID("event-talks", graph.HeldIn, "city-riyadh", ""), Subject: "event-talks", Predicate: graph.HeldIn, Object: "city-riyadh", Confidence: 0.5}}
	g.Normalize()
	b, err := jsonld.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	// The input lies in the output folder, as after "kg build".
	in := filepath.Join(dir, "out", "graph.jsonld")
	if err := graph.WriteFileAtomic(in, b); err != nil {
		t.Fatal(err)
	}
	review := filepath.Join(dir, "review.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"-addr", "127.0.0.1:0", "-review", review, "-o", filepath.Join(dir, "out"), in}, nil, &stdout, &stderr)
	}()
	re := regexp.MustCompile(`http://[^/\s]+/`)
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		base = re.FindString(stdout.String())
		time.Sleep(10 * time.Millisecond)
	}
	if base == "" {
		t.Fatalf("no address printed; stderr: %s", stderr.String())
	}
	get := func(path string) string {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
		}
		return string(body)
	}
	if s := get("api/search?q=" + "%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6"); !strings.Contains(s, "city-riyadh") {
		t.Fatalf("search: %s", s)
	}
	post := func(path, body string) {
		res, err := http.Post(base+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode >= 300 {
			t.Fatalf("POST %s: %d", path, res.StatusCode)
		}
	}
	post("api/review", `{"op":"rename","entities":["event-talks"],"name":"Riyadh talks"}`)
	post("api/rebuild", "")
	post("api/rebuild", "") // a second rebuild applies the review to the original again
	out, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"name": "Riyadh talks"`) {
		t.Fatal("the rename is not in out/graph.jsonld")
	}
	if strings.Contains(stderr.String(), "decision 1") {
		t.Fatalf("the review was applied twice: %s", stderr.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no graceful shutdown")
	}
}

func TestServeRefusesPublicAddr(t *testing.T) {
	for _, tc := range []struct {
		args []string
		ok   bool
	}{
		{[]string{"-addr", "0.0.0.0:0", "x.jsonld"}, false},
		{[]string{"-addr", ":8080", "x.jsonld"}, false},
		{[]string{"-addr", "192.0.2.1:80", "x.jsonld"}, false},
		{[]string{"-addr", "nonsense", "x.jsonld"}, false},
		{[]string{}, false},
	} {
		err := runServe(context.Background(), tc.args, nil, io.Discard, io.Discard)
		if !errors.Is(err, errUsage) {
			t.Errorf("%q: err = %v, want a usage error", tc.args, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0", "localhost:0"} {
		if err := checkLoopback(addr, false); err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
	}
	if err := checkLoopback("0.0.0.0:0", true); err != nil {
		t.Errorf("-public refused: %v", err)
	}
}
