// Command kg builds a knowledge graph from English and Arabic news
// articles and exports it.
//
// Usage:
//
//	kg build [-o DIR] [flags] PATH...                         read articles, write out/graph.jsonld, graph.dot, graph.svg
//	kg export -f FORMAT [-o FILE|DIR] [filters] GRAPH.jsonld  re-export a built graph
//	kg explain [-graph FILE] NAME                             show an entity's forms and why they were merged
//	kg serve [-addr HOST:PORT] [flags] PATH...                review the graph in the browser
//	kg add [-store kg.db] [flags] PATH...                     add new articles to a graph store and re-resolve, keeping ids
//	kg review import|export [-store S] FILE                   move decisions between a store and a review file
//	kg resolve -store S -full                                 re-resolve a store and print the difference
//	kg reextract -store S [-all]                              re-extract documents of another version
//	kg enqueue -store postgres://... PATH                     queue articles for kg worker
//	kg worker -store postgres://... [-n N] [-drain]           claim, extract and resolve queued articles
//	kg push -from kg.db -to postgres://...                    copy a store to an empty one, keeping ids
//	kg train-ner [-lang en|ar|all] [flags]                    retrain the shipped NER models
//	kg ner-eval -lang en|ar [-model FILE] FILE                score the NER model on a CoNLL file
//	kg version                                                print the module version and VCS revision (also kg --version)
//	kg help [COMMAND]                                         print help
//
// build, export, explain and serve also read a store with -store S (a
// SQLite file or a postgres:// URL); see graph/store/README.md.
//
// Flags and arguments may come in any order; "--" ends the flags.
//
// PATH is a file, a folder (read recursively) or "-" for standard input;
// a PATH that does not exist is an error. Plain text (.txt), JSON (.json:
// one article or an array) and JSON Lines (.jsonl) with fields id, title,
// text, url, published and lang are read. kg build shows its progress on
// stderr when stderr is a terminal; -q silences all but errors.
//
// Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted
// (SIGINT or SIGTERM; an interrupted build writes nothing). A second
// signal ends the program at once.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
)

// version, if set at build time with -ldflags "-X main.version=...",
// overrides the module version from the build info.
var version = ""

// errUsage marks command-line mistakes (exit status 2).
var errUsage = errors.New("usage")

// errInterrupted marks a command stopped by a signal (exit status 130).
var errInterrupted = errors.New("interrupted")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"build", "read articles and write the graph (JSON-LD, DOT, SVG)", runBuild},
		{"add", "add new articles to a graph store (SQLite or PostgreSQL) and re-resolve, keeping ids", runAdd},
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
		{"version", "print the module version and VCS revision (also kg --version)", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the first signal cancels; a second one kills
	}()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if err != nil && ctx.Err() != nil && !errors.Is(err, errInterrupted) {
		err = fmt.Errorf("%w: %v", errInterrupted, err)
	}
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
		fmt.Fprintln(stderr, "kg:", oneLine(err))
		return 2
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(stderr, "kg:", err)
		return 130
	default:
		fmt.Fprintln(stderr, "kg:", oneLine(err))
		return 1
	}
}

// oneLine prefixes every line of a multi-line error with "kg: " as well.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "\nkg: ")
}

// run dispatches a command line; tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return fmt.Errorf("%w: no command", errUsage)
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			c, ok := lookup(args[1])
			if !ok {
				return unknownCommand(args[1])
			}
			return c.run(ctx, []string{"-h"}, stdin, stdout, stdout)
		}
		usage(stdout)
		return nil
	case "-version", "--version":
		name = "version"
	}
	c, ok := lookup(name)
	if !ok {
		return unknownCommand(name)
	}
	return c.run(ctx, args[1:], stdin, stdout, stderr)
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// unknownCommand is the one line for a command kg does not have.
func unknownCommand(name string) error {
	return fmt.Errorf("%w: unknown command %q (run 'kg help' for the list)", errUsage, name)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kg COMMAND [flags] [arguments]")
	fmt.Fprintln(w, "\nkg builds a knowledge graph from English and Arabic news articles.\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'kg help COMMAND' (or 'kg COMMAND -h') for a command's flags; 'kg --version' prints the version.")
}

func runVersion(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("version", "", "Prints the module version and the VCS revision the binary was built from.", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: version takes no arguments, not %q", errUsage, fs.Arg(0))
	}
	bi, ok := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionLine(bi, ok))
	return nil
}

// versionLine describes the binary in one line: "kg VERSION (MODULE,
// revision REV, TIME, modified, GOVERSION)". VERSION is the one set with
// -ldflags, else the module version the go command stamped (a
// pseudo-version from the VCS when built in a checkout; "(devel)" under
// go run), and the revision, its time and whether the tree had local
// changes come from the VCS stamp; parts the build info lacks are left out.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	v := version
	var parts []string
	if ok && bi != nil {
		if v == "" {
			v = bi.Main.Version
		}
		if bi.Main.Path != "" {
			parts = append(parts, bi.Main.Path)
		}
		set := map[string]string{}
		for _, s := range bi.Settings {
			set[s.Key] = s.Value
		}
		if r := set["vcs.revision"]; r != "" {
			parts = append(parts, "revision "+r)
		}
		if t := set["vcs.time"]; t != "" {
			parts = append(parts, t)
		}
		if set["vcs.modified"] == "true" {
			parts = append(parts, "modified")
		}
		if bi.GoVersion != "" {
			parts = append(parts, bi.GoVersion)
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if len(parts) == 0 {
		return "kg " + v
	}
	return "kg " + v + " (" + strings.Join(parts, ", ") + ")"
}
