package graphtest

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/piprate/json-gold/ld"
)

type noRemote struct{}

func (noRemote) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("remote context %q", u)
}

// ToRDF turns a JSON-LD document into RDF with json-gold, offline (a
// remote context fails the test).
func ToRDF(t testing.TB, doc []byte) *ld.RDFDataset {
	t.Helper()
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = noRemote{}
	out, err := ld.NewJsonLdProcessor().ToRDF(v, opts)
	if err != nil {
		t.Fatalf("JSON-LD does not expand offline: %v", err)
	}
	return out.(*ld.RDFDataset)
}
