package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"newskg/graph"
	"newskg/graph/export"
	"newskg/graph/gexf"
	"newskg/graph/jsonld"
)

const exportDoc = `Re-exports a graph saved by kg build, without extracting again.
GRAPH.jsonld "-" reads standard input. -o names a file (a folder for csv
and neo4j); without it, or with "-", output goes to standard output.
Flags and GRAPH.jsonld may come in any order: "kg export -f dot
G.jsonld -o g.dot" and "kg export G.jsonld -o g.dot -f dot" are one.

Formats: %s.
GEXF is written as 1.2draft (Gephi, networkx); -gexf-version 1.3 for 1.3.`

// runExport implements "kg export".
func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", "-f FORMAT [-o FILE|DIR] [filters] GRAPH.jsonld", fmt.Sprintf(exportDoc, strings.Join(export.Names(), ", ")), stderr)
	format := fs.String("f", "", "output `format` (required)")
	outPath := fs.String("o", "", "output `file` or folder; - or none: standard output")
	types := fs.String("types", "", "keep only entities of these comma-separated `types` (Person,Country,...)")
	preds := fs.String("predicates", "", "keep only facts with these comma-separated `predicates`")
	minConf := fs.Float64("min-confidence", 0, "drop facts below this `confidence`")
	focus := fs.String("focus", "", "keep only the neighbourhood of this `entity` (id or name)")
	hops := fs.Int("hops", 1, "radius of the -focus neighbourhood, in `hops`")
	gexfVersion := fs.String("gexf-version", string(gexf.V12), "GEXF `version` for -f gexf: 1.2draft or 1.3")
	quiet := fs.Bool("q", false, "quiet: print nothing but errors")
	dsn := fs.String("store", "", "read the graph from this store (a SQLite `file` or postgres:// URL) instead of GRAPH.jsonld")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the export (reading included) to `file` (go tool pprof)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *quiet {
		stderr = io.Discard
	}
	if *dsn != "" && fs.NArg() != 0 {
		return fmt.Errorf("%w: kg export -store reads no GRAPH.jsonld", errUsage)
	}
	if *dsn == "" && fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: kg export needs one GRAPH.jsonld", errUsage)
	}
	f, ok := export.Lookup(*format)
	if !ok {
		return fmt.Errorf("%w: -f %q: want one of %s", errUsage, *format, strings.Join(export.Names(), ", "))
	}
	f, err := withGEXFVersion(f, fs, *gexfVersion)
	if err != nil {
		return err
	}
	toStdout := *outPath == "" || *outPath == "-"
	if toStdout && f.Write == nil {
		return fmt.Errorf("%w: -f %s writes a folder: name it with -o DIR", errUsage, f.Name)
	}
	filter, err := parseFilter(*types, *preds, *minConf, *hops)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stopProfile()

	in := fs.Arg(0)
	var g *graph.KG
	if *dsn != "" {
		in = *dsn
		g, err = storeGraph(ctx, *dsn, ingestOptions{}, stderr)
	} else if in == "-" {
		g, err = jsonld.Read(stdin)
	} else {
		var from jsonld.Source
		g, from, err = jsonld.ReadFile(in)
		if from == jsonld.StaleSnapshot && err == nil {
			fmt.Fprintf(stderr, "kg export: %s does not record %s as it is now (changed since the build?): read the JSON-LD\n", jsonld.SnapshotPath(in), in)
		}
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	if *focus != "" {
		if filter.Focus, err = export.ResolveEntity(g, *focus); err != nil {
			return fmt.Errorf("-focus: %w", err)
		}
	}
	if g, err = filter.Apply(g); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if f.Name == "svg" {
		f.Write = svgWriter(ctx, filter.Focus)
	}
	if toStdout {
		return f.Write(stdout, g)
	}
	var sum jsonld.Sum // of the JSON-LD, taken as it is written
	if err := export.WriteFileContext(ctx, summed(f, &sum), g, *outPath); err != nil {
		return err
	}
	if f.Name == "jsonld" { // with its snapshot, as kg build writes it
		if err := writeSnapshot(g, sum, *dsn == "" && in != "-", in, *outPath); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "kg export: wrote %s (%s: %d entities, %d facts)\n", *outPath, f.Name, len(g.Entities), len(g.Facts))
	return nil
}

// summed makes f, when it writes JSON-LD, keep the Sum of what it wrote
// in *sum (the snapshot and the first page record it) instead of the
// file being read back; other formats are returned as they are.
func summed(f export.Format, sum *jsonld.Sum) export.Format {
	if f.Name != "jsonld" {
		return f
	}
	write := f.Write
	f.Write = func(w io.Writer, g *graph.KG) error {
		sw := jsonld.NewSumWriter(w)
		err := write(sw, g)
		*sum = sw.Sum()
		return err
	}
	return f
}

// writeSnapshot writes the snapshot of the JSON-LD just written at out,
// whose Sum is sum: a copy of the input's snapshot when the input is a
// file whose snapshot records those very bytes (an unfiltered export of
// a graph that the same code wrote), else encoded from g.
func writeSnapshot(g *graph.KG, sum jsonld.Sum, fromFile bool, in, out string) error {
	if fromFile {
		if copied, err := jsonld.CopySnapshot(in, out, sum); copied || err != nil {
			return err
		}
	}
	return export.WriteSnapshot(g, sum, jsonld.SnapshotPath(out))
}

// withGEXFVersion makes f write the GEXF version asked for with
// -gexf-version; the flag set explicitly is a mistake with another format.
func withGEXFVersion(f export.Format, fs *flag.FlagSet, version string) (export.Format, error) {
	set := false
	fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == "gexf-version" })
	if !set {
		return f, nil
	}
	if f.Name != "gexf" {
		return f, fmt.Errorf("%w: -gexf-version is for -f gexf, not -f %s", errUsage, f.Name)
	}
	v, err := gexf.ParseVersion(version)
	if err != nil {
		return f, fmt.Errorf("%w: -gexf-version: %v", errUsage, err)
	}
	f.Write = func(w io.Writer, g *graph.KG) error { return gexf.WriteVersion(w, g, v) }
	return f, nil
}

// parseFilter checks the filter flags against the ontology.
func parseFilter(types, preds string, minConf float64, hops int) (graph.Filter, error) {
	var f graph.Filter
	for _, t := range splitList(types) {
		et := graph.EntityType(t)
		if !et.Valid() {
			return f, fmt.Errorf("%w: -types: unknown type %q (known: %v)", errUsage, t, graph.EntityTypes)
		}
		f.Types = append(f.Types, et)
	}
	for _, p := range splitList(preds) {
		pr := graph.Predicate(p)
		if !pr.Valid() {
			return f, fmt.Errorf("%w: -predicates: unknown predicate %q (known: %v)", errUsage, p, graph.Predicates)
		}
		f.Predicates = append(f.Predicates, pr)
	}
	if minConf < 0 || minConf > 1 {
		return f, fmt.Errorf("%w: -min-confidence %v: want 0..1", errUsage, minConf)
	}
	if hops < 1 {
		return f, fmt.Errorf("%w: -hops %d: want 1 or more", errUsage, hops)
	}
	f.MinConfidence, f.Hops = minConf, hops
	return f, nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}
