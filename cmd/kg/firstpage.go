package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/web"
)

// The first page kept with the graph: DIR/graph.view, written with
// DIR/graph.jsonld (and its snapshot) by every build, is the app's
// first page (web.FirstPage) of that graph. It records the size and
// CRC-32C of the graph.jsonld it was made with, and the CRC-32C of the
// page itself, so that kg serve answers it while the graph loads only
// when it is the first page of the graph.jsonld as it is now.

// viewMagic starts a graph.view; its last digit is the version.
const viewMagic = "kg-first-page 1\n"

// viewPath returns the first page's path for the JSON-LD at path:
// DIR/graph.view for DIR/graph.jsonld.
func viewPath(path string) string {
	return strings.TrimSuffix(path, ".jsonld") + ".view"
}

// writeView writes to path, atomically, the first page of g, whose
// JSON-LD, just written, has the Sum sum. The page is made of g as
// kg serve holds it once read back from the snapshot (readBack).
func writeView(g *graph.KG, sum jsonld.Sum, path string) error {
	page, err := web.FirstPage(g, readBack)
	if err != nil {
		return err
	}
	return saveView(path, sum, page)
}

// saveView writes page to path, atomically, bound to the JSON-LD of sum.
func saveView(path string, sum jsonld.Sum, page []byte) error {
	err := graph.WriteAtomicFunc(path, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		fmt.Fprintf(bw, "%s%d %08x %08x\n", viewMagic, sum.Size, sum.CRC, jsonld.CRC(page))
		bw.Write(page)
		return bw.Flush()
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// readBack returns part of a graph as it comes back from its snapshot,
// which gives the graph the JSON-LD gives: what kg serve holds.
func readBack(part *graph.KG) (*graph.KG, error) {
	b, err := jsonld.SnapshotOf(part, jsonld.Sum{})
	if err != nil {
		return nil, err
	}
	g, _, err := jsonld.ReadSnapshot(bytes.NewReader(b))
	return g, err
}

// errStaleView says that a graph.view was made with other JSON-LD.
var errStaleView = errors.New("does not record the graph.jsonld as it is now (changed since the build?)")

// readView returns the first page kept beside the graph.jsonld at path
// when it is the first page of that file as it is now. The error is
// fs.ErrNotExist when there is none, errStaleView when it was made with
// other JSON-LD, and says what is wrong when it is damaged.
func readView(path string) ([]byte, error) {
	b, err := os.ReadFile(viewPath(path))
	if err != nil {
		return nil, err
	}
	rest, ok := bytes.CutPrefix(b, []byte(viewMagic))
	if !ok {
		return nil, errors.New("not a first page of this version")
	}
	line, page, ok := bytes.Cut(rest, []byte("\n"))
	var want jsonld.Sum
	var crc uint32
	if !ok {
		return nil, errors.New("no header")
	}
	if n, err := fmt.Sscanf(string(line), "%d %08x %08x", &want.Size, &want.CRC, &crc); err != nil || n != 3 {
		return nil, fmt.Errorf("bad header %q", line)
	}
	if jsonld.CRC(page) != crc {
		return nil, errors.New("damaged: its checksum does not match")
	}
	if ok, err := want.Matches(path); err != nil {
		return nil, err
	} else if !ok {
		return nil, errStaleView
	}
	return page, nil
}
