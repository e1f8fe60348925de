package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"newskg/extract/ner"
)

// runNEREval scores a shipped (or given) model on a labelled file in any of
// the formats ner.ReadCoNLL reads.
//
//	kg ner-eval -lang en|ar [-model FILE] FILE
func runNEREval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ner-eval", "-lang en|ar [-model FILE] FILE", "Scores the NER model on a labelled CoNLL/IOB file.", stderr)
	lang := fs.String("lang", "", "language of the shipped model: en or ar")
	model := fs.String("model", "", "model file to use instead of the shipped one")
	spread := fs.String("spread", "", "on or off: spread names to their untagged repeats in a document, or not, whatever the model does (to compare)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: ner-eval needs one FILE", errUsage)
	}
	if *spread != "" && *spread != "on" && *spread != "off" {
		return fmt.Errorf("%w: kg ner-eval: -spread must be on or off, not %q", errUsage, *spread)
	}
	if *lang != "en" && *lang != "ar" && *model == "" {
		return fmt.Errorf("%w: kg ner-eval: -lang must be en or ar", errUsage)
	}
	var m *ner.Model
	var err error
	if *model != "" {
		f, err := os.Open(*model)
		if err != nil {
			return err
		}
		m, err = ner.Load(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("load %s: %w", *model, err)
		}
	} else if m, err = ner.ForLang(*lang); err != nil {
		return err
	}
	if *spread != "" {
		m.SetSpread(*spread == "on")
	}
	gold, err := readSentences(fs.Arg(0))
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "model %s, words folded by %s\n", m.Lang, m.Normaliser())
	ner.Evaluate(m, gold).Write(stdout)
	return nil
}
