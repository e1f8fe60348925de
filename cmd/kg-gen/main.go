// Command kg-gen writes a synthetic corpus of news articles in English and
// Arabic (some mixing both) for measuring kg build at scale:
//
//	go run ./cmd/kg-gen -n 10000 -o /tmp/corpus10k
//	kg build -formats jsonld /tmp/corpus10k
//
// Names of people and venues are invented, countries and cities come from
// the knowledge base, and the number of distinct people grows about as
// N^0.6 (flag -scale sets the factor). The same -seed gives the same
// corpus, byte for byte, and a smaller corpus is a prefix of a larger one.
//
// Flags:
//
//	-n N        number of articles (default 1000)
//	-o DIR      output folder, created if needed (default "corpus")
//	-seed S     random seed (default 1)
//	-scale X    people after i articles: X·i^0.6 (default 8)
//	-format F   txt: one file per article (default); jsonl: one corpus.jsonl
//	            with titles, publication dates and URLs
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"newskg/cmd/kg-gen/corpus"
)

// errUsage marks command-line mistakes (exit status 2; others exit 1).
var errUsage = errors.New("usage")

func main() {
	err := run(os.Args[1:], os.Stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "kg-gen:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "kg-gen:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("kg-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of `articles`")
	out := fs.String("o", "corpus", "output `folder`")
	seed := fs.Uint64("seed", 1, "random `seed`")
	scale := fs.Float64("scale", 8, "people after i articles: `X`·i^0.6")
	format := fs.String("format", "txt", "txt (a file per article) or jsonl (one corpus.jsonl)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *n < 0 {
		return fmt.Errorf("%w: -n must not be negative", errUsage)
	}
	if *format != "txt" && *format != "jsonl" {
		return fmt.Errorf("%w: unknown -format %q (txt or jsonl)", errUsage, *format)
	}
	opts := corpus.Options{N: *n, Seed: *seed, Scale: *scale}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	switch *format {
	case "txt":
		_, err := corpus.WriteText(opts, *out)
		return err
	default:
		return writeJSONL(opts, filepath.Join(*out, "corpus.jsonl"))
	}
}

func writeJSONL(opts corpus.Options, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err = corpus.Generate(opts, func(a corpus.Article) error {
		return enc.Encode(struct {
			ID        string `json:"id"`
			Title     string `json:"title"`
			Text      string `json:"text"`
			URL       string `json:"url"`
			Published string `json:"published"`
			Lang      string `json:"lang"`
		}{a.ID, a.Title, a.Text, a.URL, a.Published, a.Lang})
	})
	if err2 := w.Flush(); err == nil {
		err = err2
	}
	if err2 := f.Close(); err == nil {
		err = err2
	}
	return err
}
