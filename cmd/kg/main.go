// Command kg builds a knowledge graph from English and Arabic news
// articles and exports it.
//
// Usage:
//
//	kg build [-o DIR] [flags] PATH...   read articles, write out/graph.jsonld, graph.dot, graph.svg
//	kg export -f FORMAT [-o FILE|DIR] GRAPH.jsonld
//	kg explain [-graph FILE] NAME       show an entity's forms and why they were merged
//	kg serve [-addr HOST:PORT] PATH...  review the graph in the browser
//	kg train-ner [-lang en|ar|all]      retrain the shipped NER models
//	kg ner-eval -lang en|ar FILE        score the NER model on a CoNLL file
//	kg version                          print the version
//	kg help [COMMAND]                   print help
//
// PATH is a file, a folder (read recursively) or "-" for standard input.
// Plain text (.txt), JSON (.json: one article or an array) and JSON Lines
// (.jsonl) with fields id, title, text, url, published and lang are read.
//
// Exit status: 0 success, 1 failure, 2 usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// errUsage marks command-line mistakes (exit status 2).
var errUsage = errors.New("usage")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"build", "read articles and write the graph (JSON-LD, DOT, SVG)", runBuild},
		{"add", "add articles to a graph store and re-resolve what they touch", runAdd},
		{"review", "move decisions between a store and a review file: import, export", runReview},
		{"resolve", "re-resolve a whole store (after a rule or knowledge-base change) and print the difference", runResolve},
		{"reextract", "re-extract the stored documents that an older version extracted", runReextract},
		{"enqueue", "queue articles in a shared store for kg worker", runEnqueue},
		{"worker", "a stateless worker: extract queued articles into a shared store and resolve", runWorker},
		{"push", "copy a local store to an empty shared one, keeping ids", runPush},
		{"export", "re-export a built graph: jsonld, dot, svg, graphml, gexf, nquads, turtle, csv, neo4j, cypher", runExport},
		{"explain", "show an entity's forms, sources and why they were merged", runExplain},
		{"serve", "review the graph in the browser: explore, check evidence, correct", runServe},
		{"train-ner", "retrain the shipped NER models from ../shared/ner", runTrainNER},
		{"ner-eval", "score the NER model on a CoNLL/IOB file", runNEREval},
		{"version", "print the version", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, "kg:", err)
		return 2
	default:
		fmt.Fprintln(stderr, "kg:", err)
		return 1
	}
}

// run dispatches a command line; tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return fmt.Errorf("%w: no command", errUsage)
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					return c.run(ctx, []string{"-h"}, stdin, stdout, stdout)
				}
			}
			return fmt.Errorf("%w: unknown command %q", errUsage, args[1])
		}
		usage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	usage(stderr)
	return fmt.Errorf("%w: unknown command %q", errUsage, name)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "kg builds a knowledge graph from English and Arabic news articles.")
	fmt.Fprintln(w, "\nUsage: kg COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'kg COMMAND -h' for a command's flags.")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: kg %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping flag errors to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func runVersion(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("version", "", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "kg", version)
	return nil
}
