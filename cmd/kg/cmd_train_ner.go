package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"newskg/extract/ner"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/kb"
)

// runTrainNER trains the named-entity models from the corpora in -data and
// writes them to -out as <lang>.model.gz.
//
//	kg train-ner [-lang en|ar|all] [-data DIR] [-out DIR] [-epochs N]
func runTrainNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("train-ner", "[-lang en|ar|all] [-data DIR] [-out DIR] [-epochs N]", "Retrains the shipped NER models from the corpora in -data and writes them to -out as LANG.model.gz.", stderr)
	lang := fs.String("lang", "all", "language to train: en, ar or all")
	data := fs.String("data", filepath.Join("..", "shared", "ner"), "folder with conll2003/, anercorp/, wikiann-en/")
	gaz := fs.String("gazetteer", "", "folder with the gazetteer TSV files (default DATA/../gazetteer)")
	out := fs.String("out", filepath.Join("extract", "ner", "models"), "folder to write <lang>.model.gz to")
	epochs := fs.Int("epochs", 0, "maximum training epochs (0: the language's default)")
	wiki := fs.String("wikiann", "names", "use of WikiANN English: none, names (name lists only) or train (also as training data)")
	minCount := fs.Int("mincount", 0, "drop features seen fewer times (0: the language's default)")
	bags := fs.Int("bags", 0, "perceptrons trained side by side and averaged (0: the language's default)")
	folds := fs.Int("folds", 5, "jackknife folds for names harvested from the training data (1: none)")
	aqmar := fs.String("aqmar", "train", "use of AQMAR (Arabic Wikipedia): none, names (name lists only) or train (also as training data of its own domain)")
	dropout := fs.Float64("dropout", -1, "probability that a training feature is left out of a pass (negative: the language's default)")
	tags := fs.String("tags", "", "tag encoding: bio or bilou (default: the language's)")
	blockFolds := fs.Bool("blockfolds", false, "jackknife folds of whole articles (runs of consecutive sentences) instead of every N-th sentence")
	margin := fs.Float64("margin", -1, "cost of a wrong tag in training's decoding (margin perceptron; negative: the language's default)")
	missCost := fs.Float64("misscost", -1, "times -margin for a name's word tagged O (negative: the language's default)")
	pa := fs.String("update", "", "update rule: perceptron or pa (passive-aggressive, with the cost of -margin; default: the language's)")
	extraWeight := fs.Float64("aqmar-weight", 0, "the perceptron's step on AQMAR's sentences (0: the language's default; 1 as on ANERcorp's)")
	clusters := fs.String("clusters", "", "Arabic: numbers of word classes, comma-separated, coarse to fine (default: the language's)")
	clusterMin := fs.Int("clustermin", 0, "Arabic: least count of a clustered word (0: the default)")
	feats := fs.String("feats", "", "extra feature sets, comma-separated: quote, conj (default: the language's)")
	stack := fs.Int("stack", -1, "Arabic: a second-stage model over the first stage's tags of each word in its context, trained on the tags of N jackknifed first-stage models (0: none; negative: the language's default)")
	firstPath := fs.String("first", "", "Arabic, with -stack: a saved model (or the first stage of a saved two-stage model) to use as the first stage instead of training it (the same model: its configuration and data must be the first stage's; with -heldout, one trained with -heldout)")
	epochs2 := fs.Int("epochs2", 0, "Arabic, with -stack and without -heldout: the second stage's epochs (0: as the first stage's)")
	oBias2 := fs.Float64("obias2", 0, "Arabic, with -stack and without -heldout: the second stage's O bias")
	s1x := fs.Bool("stack-x", false, "Arabic, with -stack: the second stage's extra features (the first stage's tag x the word's class, the repeats of its names of two or more words, the type the word has most often in its document)")
	plurals := fs.Bool("plurals", false, "Arabic: AQMAR's names whose every word is a plural or dual of a relative adjective («الأمويون») made no names, and the model drops such names it finds")
	lex := fs.Bool("lex", false, "Arabic, with -stack: the second stage's lexicon and letter-shape features (the classes of the rule extractors' Arabic titles, head nouns and stop words and of the knowledge base's organisations and places, for the word and its neighbours; the consonant-vowel skeleton, vowel share and unknown 4-grams of a word outside the dictionary)")
	lexFirst := fs.String("lex-first", "", "Arabic, with -lex: the first stage (and its jackknifed models) has the lexicon and letter-shape features too (all) or the letter shape only (shape)")
	jackPath := fs.String("jackknife", "", "Arabic, with -stack: a file of the jackknifed first-stage tags, read if it exists (the same configuration and data), else written")
	heldout := fs.Bool("heldout", false, "Arabic: train on nine tenths of the training split, score the held-out tenth and write that model as ar.heldout.model.gz, not ar.model.gz")
	words := fs.String("ar-words", filepath.Join("extract", "ner", "data", "ayaspell-ar.words.gz"), "Arabic dictionary word list (gzip, one word a line)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: kg train-ner: unexpected argument %q", errUsage, fs.Arg(0))
	}
	switch {
	case *lexFirst != "" && *lexFirst != ner.LexAll && *lexFirst != ner.LexShape:
		return fmt.Errorf("%w: kg train-ner: -lex-first must be %s or %s, not %q", errUsage, ner.LexAll, ner.LexShape, *lexFirst)
	case *lexFirst != "" && !*lex:
		return fmt.Errorf("%w: kg train-ner: -lex-first needs -lex", errUsage)
	}
	var langs []string
	switch *lang {
	case "all":
		langs = []string{"en", "ar"}
	case "en", "ar":
		langs = []string{*lang}
	default:
		return fmt.Errorf("%w: kg train-ner: -lang must be en, ar or all, not %q", errUsage, *lang)
	}
	for _, f := range []struct{ name, v string }{{"wikiann", *wiki}, {"aqmar", *aqmar}} {
		switch f.v {
		case "none", "names", "train":
		default:
			return fmt.Errorf("%w: kg train-ner: -%s must be none, names or train, not %q", errUsage, f.name, f.v)
		}
	}
	switch *pa {
	case "", "perceptron", "pa":
	default:
		return fmt.Errorf("%w: kg train-ner: -update must be perceptron or pa, not %q", errUsage, *pa)
	}
	switch *tags {
	case "", "bio", "bilou":
	default:
		return fmt.Errorf("%w: kg train-ner: -tags must be bio or bilou, not %q", errUsage, *tags)
	}
	if *gaz == "" {
		*gaz = filepath.Join(*data, "..", "gazetteer")
	}
	for _, l := range langs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := trainLang(ctx, l, *data, *gaz, *words, *out, *epochs, *minCount, *bags, *folds, *wiki, *aqmar, trainOpts{tags: *tags, heldout: *heldout, dropout: *dropout, blockFolds: *blockFolds, margin: *margin, missCost: *missCost, update: *pa, feats: *feats, extraWeight: *extraWeight, clusters: *clusters, clusterMin: *clusterMin, stack: *stack, first: *firstPath, epochs2: *epochs2, oBias2: *oBias2, jackknife: *jackPath, stackX: *s1x, plurals: *plurals, lex: *lex, lexFirst: *lexFirst}, stdout, stderr); err != nil {
			return fmt.Errorf("train-ner %s: %w", l, err)
		}
	}
	return nil
}

func readSentences(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// readWords reads a gzip-compressed word list, one word a line.
func readWords(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return strings.Fields(string(b)), nil
}

// trainOpts are the options of train-ner for experiments.
type trainOpts struct {
	tags    string  // "bio", "bilou" or "" (the language's default)
	heldout bool    // stop after scoring the held-out tenth (Arabic)
	kbNames bool    // Arabic: the knowledge base's names join the gazetteer
	dropout float64 // negative: the language's default
	// blockFolds: the jackknife folds of the harvested names are runs of
	// whole articles
	blockFolds bool
	// margin and missCost: the cost of training's decoding (negative: the
	// language's default); update: "perceptron", "pa" or "" (default)
	margin, missCost float64
	update           string
	// feats: the extra feature sets ("quote,conj"), "" the language's
	// default, "none" none
	feats string
	// extraWeight: the step on AQMAR's sentences (0: the default)
	extraWeight float64
	// clusters and clusterMin: the word clusterings (""/0: the default)
	clusters   string
	clusterMin int
	// stack: the jackknife folds of a second-stage model (0: none;
	// negative: the language's default)
	stack int
	// first: a saved first-stage model, not trained again ("": train it)
	first string
	// epochs2 and oBias2: the second stage's epochs (0: the first's) and
	// O bias, when both are trained on all of train.txt
	epochs2 int
	oBias2  float64
	// jackknife: a file caching the jackknifed first-stage tags ("": none)
	jackknife string
	// stackX: the second stage's extra features
	stackX bool
	// plurals: AQMAR's plurals of relative adjectives are no names
	// (ner.HarmonisePlurals), and the model drops such names (Plurals)
	plurals bool
	// lex: the second stage's lexicon and letter-shape features;
	// lexFirst: the first stage's too (ner.TrainConfig.LexFirst)
	lex      bool
	lexFirst string
}

func trainLang(ctx context.Context, lang, data, gazDir, wordsPath, out string, epochs, minCount, bags, folds int, wiki, aqmar string, opts trainOpts, stdout, stderr io.Writer) error {
	start := time.Now()
	gaz, err := ner.LoadGazetteer(gazDir, lang)
	if err != nil {
		return err
	}
	cfg := ner.TrainConfig{Stop: ctx.Err, Lang: lang, Seed: 1, Gazetteer: gaz, Folds: folds, TuneOBias: true, DocContext: true}
	var train, dev, aq []ner.Sentence
	var final *ner.Model
	switch lang {
	case "en":
		if train, err = readSentences(filepath.Join(data, "conll2003", "eng.train")); err != nil {
			return err
		}
		if dev, err = readSentences(filepath.Join(data, "conll2003", "eng.testa")); err != nil {
			return err
		}
		if wiki != "none" {
			w, err := readSentences(filepath.Join(data, "wikiann-en", "train"))
			if err != nil {
				return err
			}
			if wiki == "train" {
				train = append(train, w...)
			} else {
				cfg.ExtraNames = w
			}
		}
		cfg.Epochs = 20
		cfg.PruneBelow = 0.05
		cfg.Dropout = 0.2
		// two perceptrons trained in different orders, averaged: chosen
		// on eng.testa (0.932 against 0.929 for one)
		cfg.Bags = 2
	case "ar":
		all, err := readSentences(filepath.Join(data, "anercorp", "train.txt"))
		if err != nil {
			return err
		}
		// The last tenth of the training file (whole articles) is the dev
		// set that chooses the number of epochs; the shipped model is then
		// trained on all of it for that many epochs.
		cut := len(all) * 9 / 10
		train, dev = all[:cut], all[cut:]
		cfg.Epochs = 40
		cfg.PruneBelow = 0.05
		cfg.Dropout = 0.4
		// word classes learned from the training text (with AQMAR's), and
		// transitions that depend on the clitics and the dictionary status
		// of the word moved to
		cfg.ClusterK = []int{64, 256}
		cfg.Pairs = true
		// names made to agree across their context: one type, and a name
		// of two or more words tagged where it is repeated (chosen on the
		// held-out tenth: F1 0.744 -> 0.751)
		cfg.Spread = true
		if cfg.Words, err = readWords(wordsPath); err != nil {
			return err
		}
		if aqmar != "none" {
			if aq, err = readSentences(filepath.Join(data, "aqmar", "aqmar.conll")); err != nil {
				return err
			}
			setAQMAR(&cfg, aq, train, aqmar, opts.plurals, stderr)
		}
	}
	if epochs > 0 {
		cfg.Epochs = epochs
	}
	if minCount > 0 {
		cfg.MinCount = minCount
	}
	if bags > 0 {
		cfg.Bags = bags
	}
	if opts.dropout >= 0 {
		cfg.Dropout = opts.dropout
	}
	cfg.BlockFolds = opts.blockFolds
	if opts.margin >= 0 {
		cfg.Margin = opts.margin
	}
	if opts.missCost >= 0 {
		cfg.MissCost = opts.missCost
	}
	if opts.feats != "" {
		cfg.Quotes, cfg.Conj = false, false
		for _, f := range strings.Split(opts.feats, ",") {
			switch f {
			case "quote":
				cfg.Quotes = true
			case "conj":
				cfg.Conj = true
			case "none":
			default:
				return fmt.Errorf("-feats: unknown feature set %q (quote, conj or none)", f)
			}
		}
	}
	if opts.clusters != "" {
		cfg.ClusterK = nil
		for _, f := range strings.Split(opts.clusters, ",") {
			k, err := strconv.Atoi(f)
			if err != nil || k < 2 {
				return fmt.Errorf("-clusters: %q is not a number of classes", f)
			}
			cfg.ClusterK = append(cfg.ClusterK, k)
		}
	}
	if opts.clusterMin > 0 {
		cfg.ClusterMin = opts.clusterMin
	}
	if opts.extraWeight > 0 {
		cfg.ExtraWeight = opts.extraWeight
	}
	if opts.update != "" {
		cfg.PA = opts.update == "pa"
	}
	if opts.tags != "" {
		cfg.BILOU = opts.tags == "bilou"
	}
	cfg.Stage1X = opts.stackX
	if opts.lex && lang == "ar" {
		if cfg.Lexicon, err = arabicNERLexicon(); err != nil {
			return err
		}
		cfg.Lex, cfg.LexFirst = true, opts.lexFirst
		stages := "the second stage"
		if opts.lexFirst != "" {
			stages = "the second stage, and " + opts.lexFirst + " for the first"
		}
		fmt.Fprintf(stderr, "ar: lexicon of %d phrases for %s\n", len(cfg.Lexicon), stages)
	}
	cfg.Plurals = opts.plurals
	stack := 0
	if lang == "ar" && opts.stack >= 0 {
		stack = opts.stack
	}
	if stack > 0 && !opts.heldout {
		// two stages, both trained on all of train.txt for a number of
		// epochs chosen on the held-out tenth (-heldout), O bias 0
		all := append(append([]ner.Sentence{}, train...), dev...)
		if aqmar != "none" {
			setAQMAR(&cfg, aq, all, aqmar, opts.plurals, stderr)
		}
		if epochs <= 0 {
			cfg.Epochs = stackEpochs
		}
		cfg.FixedEpochs, cfg.TuneOBias = true, false
		fmt.Fprintf(stderr, "ar: two stages on all %d sentences, %d epochs, %d jackknife folds\n", len(all), cfg.Epochs, stack)
		var first *ner.Model
		if opts.first != "" {
			if first, err = loadFirst(opts.first, stderr); err != nil {
				return err
			}
		} else if first, err = ner.Train(cfg, all, nil, stderr); err != nil {
			return err
		}
		c2 := cfg
		if opts.epochs2 > 0 {
			c2.Epochs = opts.epochs2
		}
		c2.OBias = opts.oBias2
		if final, err = trainStage2(cfg, c2, first, all, nil, stack, nil, opts.jackknife, stderr); err != nil {
			return err
		}
		return saveModel(final, filepath.Join(out, lang+".model.gz"), start, stderr)
	}
	fmt.Fprintf(stderr, "%s: %d training sentences, %d dev sentences, %d gazetteer names\n", lang, len(train), len(dev), len(gaz))
	var m *ner.Model
	if lang == "ar" && opts.heldout && opts.first != "" {
		m, err = loadFirst(opts.first, stderr)
	} else {
		m, err = ner.Train(cfg, train, dev, stderr)
	}
	if err != nil {
		return err
	}
	final = m
	if lang == "ar" {
		// the dev score of the model chosen on dev, before dev is trained on
		fmt.Fprintf(stdout, "%s dev, model trained without it (%d sentences):\n", lang, len(dev))
		ner.Evaluate(m, dev).Write(stdout)
		var m2 *ner.Model
		if stack > 0 {
			if m2, err = trainStage2(cfg, cfg, m, train, dev, stack, nil, opts.jackknife, stderr); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s dev, second stage trained without it:\n", lang)
			ner.Evaluate(m2, dev).Write(stdout)
		}
		if opts.heldout {
			// the model of nine tenths, for experiments on the held-out tenth
			if m2 != nil {
				m = m2
			}
			return saveModel(m, filepath.Join(out, lang+".heldout.model.gz"), start, stderr)
		}
		// retrain on all of train.txt with the chosen number of epochs
		best := ner.BestEpoch(m)
		cfg.Epochs, cfg.FixedEpochs = best, true
		cfg.OBias, cfg.TuneOBias = ner.BestOBias(m), false
		all := append(append([]ner.Sentence{}, train...), dev...)
		if aqmar != "none" {
			setAQMAR(&cfg, aq, all, aqmar, opts.plurals, stderr)
		}
		fmt.Fprintf(stderr, "ar: retraining on all %d sentences for %d epochs\n", len(all), best)
		if final, err = ner.Train(cfg, all, nil, stderr); err != nil {
			return err
		}
		if m2 != nil {
			if final, err = trainStage2(cfg, cfg, final, all, nil, stack, m2, "", stderr); err != nil {
				return err
			}
		}
	}
	if len(dev) > 0 && lang != "ar" {
		fmt.Fprintf(stdout, "%s dev (%d sentences):\n", lang, len(dev))
		ner.Evaluate(final, dev).Write(stdout)
	}
	return saveModel(final, filepath.Join(out, lang+".model.gz"), start, stderr)
}

// loadFirst loads the saved model at path as a first stage: the first
// stage of a two-stage model, or the model.
func loadFirst(path string, stderr io.Writer) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	fmt.Fprintf(stderr, "ar: first stage from %s\n", path)
	return m.FirstStage(), nil
}

// trainStage2 trains a second-stage model over first, trained with cfg on
// train: the first stage's tags of train come from stack jackknifed
// models trained as first was (cached in the file jack, when not "").
// The second stage is trained with cfg2 (cfg but for its epochs and O
// bias); with chosen nil its epochs and O bias are chosen on dev where
// cfg2 tunes them, otherwise they are chosen's.
func trainStage2(cfg, cfg2 ner.TrainConfig, first *ner.Model, train, dev []ner.Sentence, stack int, chosen *ner.Model, jack string, stderr io.Writer) (*ner.Model, error) {
	c1 := cfg
	if e := ner.BestEpoch(first); e > 0 { // 0: a loaded model: cfg's
		c1.Epochs = e
	}
	c1.FixedEpochs = true
	c1.OBias, c1.TuneOBias = ner.BestOBias(first), false
	start := time.Now()
	tags, err := jackknifeTags(c1, train, stack, jack, stderr)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "%s: first-stage tags of %d sentences from %d folds (%s)\n", cfg.Lang, len(tags), stack, time.Since(start).Round(time.Second))
	c2 := cfg2
	c2.First, c2.Stage1 = first, tags
	if chosen != nil {
		c2.Epochs, c2.FixedEpochs = ner.BestEpoch(chosen), true
		c2.OBias, c2.TuneOBias = ner.BestOBias(chosen), false
	}
	return ner.Train(c2, train, dev, stderr)
}

// stackEpochs is the number of epochs of both stages of a two-stage
// Arabic model trained on all of train.txt (chosen on the held-out tenth).
const stackEpochs = 20

// saveModel writes m to path, creating its folder.
func saveModel(m *ner.Model, path string, start time.Time, stderr io.Writer) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	// a model that fails or is cut short while it is written leaves the
	// one before in place
	if err := graph.WriteAtomicFunc(path, m.Save); err != nil {
		return err
	}
	st, _ := os.Stat(path)
	fmt.Fprintf(stderr, "%s: wrote %s (%d bytes) in %s\n", m.Lang, path, st.Size(), time.Since(start).Round(time.Second))
	return nil
}

// setAQMAR makes AQMAR, its names harmonised with the conventions of the
// ANERcorp sentences ref (ner.Harmonise), name lists (use "names") or
// training data of a domain of its own (use "train").
func setAQMAR(cfg *ner.TrainConfig, aq, ref []ner.Sentence, use string, plurals bool, log io.Writer) {
	h, st := ner.Harmonise(aq, ref, 5, 0.9)
	fmt.Fprintf(log, "ar: AQMAR %d sentences as %s; names harmonised with ANERcorp's: %d dropped, %d trimmed, %d retyped\n",
		len(aq), use, st.Dropped, st.Trimmed, st.Retyped)
	if plurals {
		var n int
		h, n = ner.HarmonisePlurals(h, cfg.Words)
		fmt.Fprintf(log, "ar: AQMAR: %d names of plurals of relative adjectives dropped\n", n)
	}
	if use == "names" {
		cfg.ExtraNames = h
		return
	}
	cfg.Extra, cfg.ExtraDomain, cfg.ExtraApart = h, true, true
}

// jackknifeTags returns ner.JackknifeTags of train (and cfg.Extra) in
// folds. With path not "" the tags are read from that file when it
// exists (it must hold a line of tags for each sentence, of its length),
// and written to it after they are computed when it does not: the file
// stands for one configuration and data set, which it does not check.
func jackknifeTags(cfg ner.TrainConfig, train []ner.Sentence, folds int, path string, stderr io.Writer) ([][]string, error) {
	sents := append(append([]ner.Sentence{}, train...), cfg.Extra...)
	if path != "" {
		b, err := os.ReadFile(path)
		if err == nil {
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			head := fmt.Sprintf("kg jackknife tags: %d sentences, %d folds", len(sents), folds)
			if len(lines) != len(sents)+1 || lines[0] != head {
				return nil, fmt.Errorf("%s: not the jackknife tags of %d sentences in %d folds", path, len(sents), folds)
			}
			tags := make([][]string, len(sents))
			for i, l := range lines[1:] {
				tags[i] = strings.Fields(l)
				if len(tags[i]) != len(sents[i].Tokens) {
					return nil, fmt.Errorf("%s:%d: %d tags for a sentence of %d tokens", path, i+2, len(tags[i]), len(sents[i].Tokens))
				}
			}
			fmt.Fprintf(stderr, "%s: jackknife tags read from %s\n", cfg.Lang, path)
			return tags, nil
		}
		if !os.IsNotExist(err) {
			return nil, err
		}
	}
	tags, err := ner.JackknifeTags(cfg, train, folds, stderr)
	if err != nil || path == "" {
		return tags, err
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "kg jackknife tags: %d sentences, %d folds\n", len(sents), folds)
	for _, t := range tags {
		sb.WriteString(strings.Join(t, " "))
		sb.WriteByte('\n')
	}
	return tags, graph.WriteAtomicFunc(path, func(w io.Writer) error {
		_, err := io.WriteString(w, sb.String())
		return err
	})
}

// nerLexClasses maps the classes of the rule extractors' Arabic name words
// (extract/rules/data/ar/names.tsv) to the tagger's lexicon classes.
var nerLexClasses = map[string]rune{
	"org-head": ner.LexOrgHead, "construct-head": ner.LexOrgHead, "presided": ner.LexOrgHead, "seat-head": ner.LexOrgHead,
	"place-head": ner.LexPlace, "landform": ner.LexPlace,
	"honorific": ner.LexTitle, "qualifier": ner.LexQualify,
	"stop": ner.LexStop, "pronoun": ner.LexStop, "time": ner.LexStop,
	"non-entity-head": ner.LexNonName,
}

// arabicNERLexicon returns the product's own Arabic word lists as the
// tagger's lexicon (phrase -> class letters): the rule extractors' head
// nouns, honorifics and stop words (names.tsv) and titles (roles.tsv),
// and the Arabic names of the knowledge base's organisations and places.
// None is counted from a corpus, so none repeats the training labels.
func arabicNERLexicon() (map[string]string, error) {
	out := map[string]string{}
	add := func(phrase string, c rune) {
		if !strings.ContainsRune(out[phrase], c) {
			out[phrase] += string(c)
		}
	}
	for _, f := range []string{"names.tsv", "roles.tsv"} {
		b, err := fs.ReadFile(rules.Data(), "data/ar/"+f)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 2 {
				continue
			}
			if f == "roles.tsv" {
				add(cols[0], ner.LexTitle)
			} else if c, ok := nerLexClasses[cols[1]]; ok {
				add(cols[0], c)
			}
		}
	}
	for _, e := range kb.Starter().Entries() {
		var c rune
		switch e.Type {
		case graph.Organization:
			c = ner.LexKBOrg
		case graph.Country, graph.City, graph.Place:
			c = ner.LexKBPlace
		default:
			continue
		}
		for _, a := range e.Aliases {
			if a.Lang == "ar" {
				add(a.Text, c)
			}
		}
	}
	return out, nil
}
