package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"newskg/extract"
	"newskg/extract/ner"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/store"
)

// ingestBatch is how many documents are extracted and committed together.
const ingestBatch = 64

// ingestOptions configure adding articles to a store.
type ingestOptions struct {
	KBPaths []string
	Workers int
	NoNER   bool
	Batch   int // documents per transaction (0: ingestBatch)
}

func (o ingestOptions) batch() int {
	if o.Batch > 0 {
		return o.Batch
	}
	return ingestBatch
}

// ingester adds articles to a store: pass 1 (the name book), pass 2 (the
// extraction kept per document) and resolution, each step committed in
// transactions so that an interrupted run leaves the store consistent
// and a rerun finishes the work.
type ingester struct {
	st     *store.Store
	base   *kb.KB
	opts   ingestOptions
	stderr io.Writer
	tagger *ner.Extractor
	lex    *rules.Lexicon
}

// ingestStats summarises one run.
type ingestStats struct {
	Read, Added, Unchanged, Duplicate, Failed, Reextracted int
	Result                                                 store.Result
	Took                                                   time.Duration
}

func openStore(ctx context.Context, dsn string) (*store.Store, error) {
	if dsn == "" {
		return nil, fmt.Errorf("%w: no store (-store FILE or postgres://...)", errUsage)
	}
	return store.Open(ctx, dsn)
}

func newIngester(st *store.Store, opts ingestOptions, stderr io.Writer) (*ingester, error) {
	base := kb.Starter()
	if len(opts.KBPaths) > 0 {
		k, err := kb.WithUser(opts.KBPaths...)
		if err != nil {
			return nil, fmt.Errorf("knowledge base: %w", err)
		}
		base = k
	}
	in := &ingester{st: st, base: base, opts: opts, stderr: stderr, lex: rules.NewLexicon(base)}
	in.tagger = &ner.Extractor{KB: base, MinScore: 0.5, Accept: rules.NewVetter(base).Accept}
	return in, nil
}

// extractorVersion names the extraction that produced a document's
// stored output; kg reextract redoes documents of any other version.
func (in *ingester) extractorVersion() string {
	v := "kg " + version
	if in.opts.NoNER {
		v += " no-ner"
	}
	return v
}

func (in *ingester) pass1() []extract.Extractor {
	if in.opts.NoNER {
		return []extract.Extractor{in.lex, rules.NewNames(in.base, nil)}
	}
	return []extract.Extractor{in.lex, rules.NewNames(in.base, nil), in.tagger}
}

func (in *ingester) pass2(book *rules.NameBook) []extract.Extractor {
	if in.opts.NoNER {
		return []extract.Extractor{in.lex, rules.NewNames(in.base, book), rules.NewRelations(in.base)}
	}
	return []extract.Extractor{in.lex, rules.NewNames(in.base, book), in.tagger, rules.NewRelations(in.base)}
}

// add reads the articles at paths into the store and resolves.
func (in *ingester) add(ctx context.Context, paths []string, stdin io.Reader) (*ingestStats, error) {
	t0 := time.Now()
	st := &ingestStats{}
	arts, probs := extract.Loader{Stdin: stdin}.Load(paths)
	for _, p := range probs {
		fmt.Fprintf(in.stderr, "kg: warning: skipped %s\n", p.Error())
		if err := in.st.AddProblem(ctx, store.Problem{Source: p.Source, Error: p.Err.Error()}); err != nil {
			return st, err
		}
	}
	st.Read, st.Failed = len(arts), len(probs)
	if len(arts) == 0 && len(probs) > 0 {
		return st, fmt.Errorf("%w in %v", extract.ErrNoArticle, paths)
	}
	var fresh []extract.Article
	for _, a := range arts {
		h := store.Hash(a.Title, a.Text, a.URL, a.Published, a.Lang)
		if old, ok, err := in.st.DocHash(ctx, a.ID); err != nil {
			return st, err
		} else if ok && old == h {
			st.Unchanged++
			continue
		}
		if id, ok, err := in.st.DocByHash(ctx, h); err != nil {
			return st, err
		} else if ok && id != a.ID {
			st.Duplicate++
			fmt.Fprintf(in.stderr, "kg: %s: same content as %s already in the store; skipped\n", a.ID, id)
			continue
		}
		fresh = append(fresh, a)
	}
	st.Added = len(fresh)
	for i := 0; i < len(fresh); i += in.opts.batch() {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		n, err := in.firstPass(ctx, fresh[i:min(i+in.opts.batch(), len(fresh))])
		if err != nil {
			return st, err
		}
		st.Reextracted += n
	}
	if _, err := in.secondPass(ctx); err != nil {
		return st, err
	}
	res, err := in.resolve(ctx)
	st.Result = res
	st.Took = time.Since(t0)
	return st, err
}

// firstPass runs pass 1 over a batch of new articles and stores them
// with their name-book contributions. Stored documents in which a name
// new to the book can now be found are marked for re-extraction in the
// same transaction. It returns how many were marked.
func (in *ingester) firstPass(ctx context.Context, arts []extract.Article) (int, error) {
	out := extract.Pipeline{Workers: in.opts.Workers, Extractors: in.pass1()}.Run(ctx, arts)
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	byDoc := map[string][]graph.Mention{}
	for _, m := range out.Mentions {
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	var ids []string
	for _, d := range out.Docs {
		ids = append(ids, d.ID)
	}
	hash := map[string]string{}
	for _, a := range arts {
		hash[a.ID] = store.Hash(a.Title, a.Text, a.URL, a.Published, a.Lang)
	}
	marked := 0
	err := in.st.Update(ctx, func(tx *store.Tx) error {
		if err := tx.LockBook(ctx); err != nil {
			return err
		}
		var keys []string
		for _, d := range out.Docs {
			nb := rules.NewNameBook()
			for _, m := range byDoc[d.ID] {
				nb.Add(m)
			}
			names := nb.Names()
			keys = append(keys, names...)
			var book []store.BookName
			for _, n := range names {
				book = append(book, store.BookName{Key: n, First: rules.FirstKey(n)})
			}
			var sents []store.Sentence
			for _, s := range d.Sentences {
				sents = append(sents, store.Sentence{Index: s.Index, Start: s.Start, End: s.End, Lang: s.Lang})
			}
			doc := store.Document{DocInfo: d.Info(), Hash: hash[d.ID], Source: d.Source, Text: d.Text}
			if err := tx.PutDocument(ctx, doc, sents, book, rules.NameStarts(d)); err != nil {
				return err
			}
		}
		newKeys, err := tx.NewBookKeys(ctx, uniq(keys), ids)
		if err != nil {
			return err
		}
		var firsts []string
		for _, k := range newKeys {
			if f := rules.FirstKey(k); f != "" {
				firsts = append(firsts, f)
			}
		}
		stale, err := tx.MarkStale(ctx, uniq(firsts), ids)
		marked = len(stale)
		return err
	})
	return marked, err
}

// secondPass extracts every pending document with the current name
// book, a batch per transaction. It returns how many it extracted.
func (in *ingester) secondPass(ctx context.Context) (int, error) {
	names, err := in.st.BookNames(ctx)
	if err != nil {
		return 0, err
	}
	book := rules.NewNameBook()
	book.AddNames(names)
	pass2 := in.pass2(book)
	done, after := 0, ""
	for {
		if err := ctx.Err(); err != nil {
			return done, err
		}
		claims, err := in.st.Pending(ctx, after, in.opts.batch())
		if err != nil {
			return done, err
		}
		if len(claims) == 0 {
			return done, nil
		}
		after = claims[len(claims)-1].ID
		if err := in.extractBatch(ctx, pass2, claims); err != nil {
			return done, err
		}
		done += len(claims)
	}
}

// extractBatch runs pass 2 over claimed documents and stores the output.
func (in *ingester) extractBatch(ctx context.Context, pass2 []extract.Extractor, claims []store.Claim) error {
	arts := make([]extract.Article, len(claims))
	for i, c := range claims {
		lang := ""
		if c.Lang != "mixed" {
			lang = c.Lang
		}
		arts[i] = extract.Article{ID: c.ID, Title: c.Title, Text: c.Text, URL: c.URL, Published: c.Published, Lang: lang, Source: c.Source}
	}
	out := extract.Pipeline{Workers: in.opts.Workers, Extractors: pass2}.Run(ctx, arts)
	if err := ctx.Err(); err != nil {
		return err
	}
	xs := map[string]*store.Extraction{}
	for _, c := range claims {
		xs[c.ID] = &store.Extraction{}
	}
	for _, m := range out.Mentions {
		if x := xs[m.Doc]; x != nil {
			x.Mentions = append(x.Mentions, m)
		}
	}
	for _, r := range out.Relations {
		if x := xs[r.Subject.Doc]; x != nil {
			x.Relations = append(x.Relations, r)
		}
	}
	probs := map[string][]string{}
	for _, p := range out.Problems {
		probs[p.Source] = append(probs[p.Source], p.Err.Error())
		fmt.Fprintf(in.stderr, "kg: warning: %s\n", p.Error())
		if err := in.st.AddProblem(ctx, store.Problem{Source: p.Source, Doc: p.Source, Error: p.Err.Error()}); err != nil {
			return err
		}
	}
	return in.st.Update(ctx, func(tx *store.Tx) error {
		for _, c := range claims {
			if err := tx.SetExtraction(ctx, c.ID, c.Needs, in.extractorVersion(), *xs[c.ID], strings.Join(probs[c.ID], "; ")); err != nil {
				return err
			}
		}
		return nil
	})
}

// resolve re-resolves the store when documents or decisions changed.
func (in *ingester) resolve(ctx context.Context) (store.Result, error) {
	dirty, err := in.st.Dirty(ctx)
	if err != nil || !dirty {
		return store.Result{}, err
	}
	res, err := in.st.Resolve(ctx, store.ResolveOptions{KB: in.base, Link: linkEvents})
	for _, s := range res.Stale {
		fmt.Fprintf(in.stderr, "kg: review: %s\n", s)
	}
	return res, err
}

// storeGraph returns the store's graph, resolving first if needed.
func storeGraph(ctx context.Context, dsn string, opts ingestOptions, stderr io.Writer) (*graph.KG, error) {
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return graphFromStore(ctx, st, opts, stderr)
}

// graphFromStore extracts what is pending, resolves when documents or
// decisions changed, and reads the graph.
func graphFromStore(ctx context.Context, st *store.Store, opts ingestOptions, stderr io.Writer) (*graph.KG, error) {
	in, err := newIngester(st, opts, stderr)
	if err != nil {
		return nil, err
	}
	if _, err := in.secondPass(ctx); err != nil {
		return nil, err
	}
	if _, err := in.resolve(ctx); err != nil {
		return nil, err
	}
	g, err := st.LoadGraph(ctx)
	if err != nil {
		return nil, err
	}
	if len(g.Docs) == 0 {
		return nil, fmt.Errorf("%w: the store holds no document", extract.ErrNoArticle)
	}
	return g, nil
}

func uniq(xs []string) []string {
	sort.Strings(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// linkEvents is the corpus-level event linking run before resolution.
func linkEvents(ms []graph.Mention, rels []graph.Relation) { rules.LinkEvents(ms, rels) }

// isCancel reports whether err is a cancellation.
func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
