package web

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"newskg/graph"
	"newskg/graph/internal/kgtest"
	"newskg/graph/jsonld"
)

// BenchmarkFirstPage measures what `kg serve graph.jsonld` does before
// the app's first view is on its way: read a saved graph of 50,000
// entities and 200,000 facts (more than a 10,000-article build), start
// the server (which lays out the first view) and answer GET /api/graph.
// The bar is 3 s.
func BenchmarkFirstPage(b *testing.B) {
	var src bytes.Buffer
	if err := jsonld.Write(&src, kgtest.Generate(50000, 200000, 10)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		build := func(context.Context) (*graph.KG, error) { return jsonld.Read(bytes.NewReader(src.Bytes())) }
		h, err := New(Config{Build: build, ReviewPath: b.TempDir() + "/review.json", Token: testToken})
		if err != nil {
			b.Fatal(err)
		}
		w := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/api/graph", nil)
		req.Host = "127.0.0.1:8080" // a loopback host, as the browser of kg serve names it
		req.Header.Set(TokenHeader, testToken)
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("GET /api/graph: %d", w.Code)
		}
		io.Copy(io.Discard, w.Body)
	}
}
