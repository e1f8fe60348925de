package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
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

// ingester adds articles to a store through the product's extraction
// passes (rules.Passes, run by extract.Driver), split where the corpus
// comes in: the passes before the name book run once per new document
// and their result is kept (the stage); the per-document passes after
// it run on the stage with the store's book, and again when the book
// grows by a name that can be found in the document; the corpus passes
// after the last per-document one (event linking) run over the whole
// store before each resolution. Each step commits in transactions, so
// that an interrupted run leaves the store consistent and a rerun
// finishes the work.
type ingester struct {
	st     *store.Store
	base   *kb.KB
	opts   ingestOptions
	stderr io.Writer
	tagger extract.Extractor // nil: rules and lexicons only
}

// ingestStats summarises one run.
type ingestStats struct {
	Read, Added, Unchanged, Duplicate, Failed, Reextracted int
	Result                                                 store.Result
	Took                                                   time.Duration
	Stages                                                 stageClock // wall and CPU per stage
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
	in := &ingester{st: st, base: base, opts: opts, stderr: stderr}
	if !opts.NoNER {
		in.tagger = ner.Shipped(base)
	}
	return in, nil
}

// extractorVersion names the extraction that produced a document's
// stored output: the binary's version line, the digest of the data it
// embeds (rules, models, knowledge base: a build without a version
// stamp that changed a rule or a model is another extraction) and the
// passes it runs; kg reextract redoes documents of any other version.
func (in *ingester) extractorVersion() string {
	bi, ok := debug.ReadBuildInfo()
	var names []string
	lead, mid, _, _ := in.passes(nil)
	for _, p := range append(lead, mid...) {
		names = append(names, p.Name)
	}
	v := versionLine(bi, ok) + "; data " + extractionData() + "; passes " + strings.Join(names, ",")
	if in.opts.NoNER {
		v += "; no tagger"
	}
	return v
}

// extractionData is the first 16 hex digits of the digest of the data
// the extraction embeds, worked out once.
var extractionData = sync.OnceValue(func() string {
	h := sha256.New()
	for _, fsys := range []fs.FS{rules.Data(), ner.Models(), kb.Data()} {
		d, err := graph.DigestFS(fsys)
		if err != nil {
			return "unknown"
		}
		h.Write([]byte(d))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
})

// passes splits the product's passes: lead (per document, before the
// first corpus pass), mid (from there to the last per-document pass)
// and tail (the corpus passes after it). rel is their relation
// extractor, which keeps what waits for a tail pass.
func (in *ingester) passes(book *rules.NameBook) (lead, mid, tail []extract.Pass, rel *rules.Relations) {
	if book == nil {
		book = rules.NewNameBook()
	}
	rel = rules.NewRelations(in.base)
	ps := rules.PassesWithBook(in.base, in.tagger, rel, book)
	i := 0
	for i < len(ps) && ps[i].Corpus == nil {
		i++
	}
	j := len(ps)
	for j > i && ps[j-1].Corpus != nil {
		j--
	}
	return ps[:i], ps[i:j], ps[j:], rel
}

// stage runs the lead passes over new articles.
func (in *ingester) stage(ctx context.Context, arts []extract.Article) (*extract.Corpus, error) {
	lead, _, _, _ := in.passes(nil)
	return extract.Driver{Passes: lead, Workers: in.opts.Workers}.Run(ctx, arts)
}

// finish runs the mid passes over articles restored at their stage,
// with book as the name book. deferred holds the documents whose
// relations wait for a tail pass; rel and tail are that pass's.
func (in *ingester) finish(ctx context.Context, arts []extract.Article, stages map[string]store.Extraction, book *rules.NameBook) (c *extract.Corpus, deferred map[string]bool, tail []extract.Pass, rel *rules.Relations, err error) {
	lead, mid, tail, rel := in.passes(book)
	restore := extract.Func{ID: "stored-stage", F: func(ctx context.Context, d *extract.Document) (extract.Result, error) {
		x := stages[d.ID]
		return extract.Result{Mentions: x.Mentions, Relations: x.Relations}, nil
	}}
	none := extract.Func{ID: "stored-stage", F: func(context.Context, *extract.Document) (extract.Result, error) { return extract.Result{}, nil }}
	var ps []extract.Pass
	for i, p := range lead {
		x := none
		if i == 0 {
			x = restore
		}
		ps = append(ps, extract.Pass{Name: p.Name, Doc: "as stored: " + p.Doc, Requires: p.Requires, Extractors: []extract.Extractor{x}})
	}
	c, err = extract.Driver{Passes: append(ps, mid...), Workers: in.opts.Workers}.Run(ctx, arts)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	deferred = map[string]bool{}
	for _, id := range rules.Deferred(rel) {
		deferred[id] = true
	}
	return c, deferred, tail, rel, nil
}

// corpus runs the extraction's corpus passes for a store's resolution
// (store.Corpus): the pass that places leaders whose country another
// article gives, on the deferred documents whose input changed, and
// event linking across documents.
type corpusPasses struct{ in *ingester }

func (in *ingester) corpus() store.Corpus { return corpusPasses{in} }

func (c corpusPasses) Version() string { return c.in.extractorVersion() }

// Titles are the relations the leaders pass reads across documents:
// people's titles of a country the knowledge base knows.
func (corpusPasses) Titles(x store.Extraction) []graph.Relation {
	var out []graph.Relation
	for _, r := range x.Relations {
		if r.Predicate == graph.HoldsPosition && r.Object.Type == graph.Country && r.Object.KBID != "" {
			out = append(out, r)
		}
	}
	return out
}

// Fingerprint digests, for some person keys, what the leaders pass
// reads of the titles under them: it looks a person up by its keys in
// turn and takes the first that gives exactly one country
// (rules.PersonKeys), so a key that gives none and one that gives
// several read alike. The digest keeps, for each key, its one country
// or nothing, so a title that adds a third country to a key, or one
// more title of the country a key already gives, leaves it as it was.
// It also gives the digest of every country under each key, which
// stores kept before: a document settled under that digest is settled.
func (corpusPasses) Fingerprint(titles map[string][]graph.Relation) func([]string) []string {
	by := map[string]map[string]bool{}
	for _, rs := range titles {
		for _, r := range rs {
			for _, k := range rules.PersonKeys(r.Subject) {
				if by[k] == nil {
					by[k] = map[string]bool{}
				}
				by[k][r.Object.KBID] = true
			}
		}
	}
	return func(keys []string) []string {
		read, all := sha256.New(), sha256.New()
		fmt.Fprint(read, "read\x02")
		for _, k := range keys {
			ids := make([]string, 0, len(by[k]))
			for id := range by[k] {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			fmt.Fprintf(all, "%s\x00%s\x01", k, strings.Join(ids, "\x00"))
			one := ""
			if len(ids) == 1 {
				one = ids[0]
			}
			fmt.Fprintf(read, "%s\x00%s\x01", k, one)
		}
		return []string{hex.EncodeToString(read.Sum(nil)[:12]), hex.EncodeToString(all.Sum(nil)[:12])}
	}
}

// Settle extracts deferred documents again from their stage and runs
// the leaders pass over them with the titles of every document. The
// keys a document's pass reads are those of the people it could not
// place (rules.DeferredKeys).
func (c corpusPasses) Settle(ctx context.Context, claims []store.Claim, titles map[string][]graph.Relation) (map[string]store.Settled, error) {
	names, err := c.in.st.BookNames(ctx)
	if err != nil {
		return nil, err
	}
	x, err := c.in.extractClaims(ctx, claims, names)
	if err != nil {
		return nil, err
	}
	return settleFresh(ctx, x.out, x.tail, x.rel, titles)
}

// settleFresh runs the completing pass (the tail passes but event
// linking) over documents just extracted, fresh, with the tail passes
// and relation extractor of their extraction, and the titles of every
// document; it returns each fresh document's output after the pass
// and the keys it read. The fresh documents are completed in place.
func settleFresh(ctx context.Context, fresh *extract.Corpus, tail []extract.Pass, rel *rules.Relations, titles map[string][]graph.Relation) (map[string]store.Settled, error) {
	read := rules.DeferredKeys(rel)
	// every document: the fresh ones whole, the others by their titles
	byID := map[string]*extract.Document{}
	for _, d := range fresh.Docs {
		byID[d.ID] = d
	}
	ids := make([]string, 0, len(titles)+len(byID))
	for id := range titles {
		if byID[id] == nil {
			ids = append(ids, id)
		}
	}
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	all := &extract.Corpus{}
	for _, id := range ids {
		d := byID[id]
		if d == nil {
			d = &extract.Document{Article: extract.Article{ID: id}, Relations: titles[id]}
		}
		all.Docs = append(all.Docs, d)
	}
	for _, p := range tail {
		if p.Name == "link-events" {
			continue // over every document's events, by the store
		}
		if err := p.Corpus(ctx, all); err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
	}
	out := map[string]store.Settled{}
	for _, d := range fresh.Docs {
		out[d.ID] = store.Settled{Output: store.Extraction{Mentions: d.Mentions, Relations: d.Relations}, Keys: read[d.ID]}
	}
	return out, nil
}

// Events links events as a build does (reducer.link): each document's
// events reduced to what linking reads of them as they come.
func (corpusPasses) Events() store.EventLinking { return &residueLinking{} }

// residueLinking is event linking over documents' residues
// (store.EventLinking).
type residueLinking struct{ l rules.EventLinker }

func (x *residueLinking) Add(doc string, ms []graph.Mention, rels []graph.Relation) {
	e := eventsOf(ms, rels)
	e.detach() // a store's events point into their encoded tails
	e.noteIn(&x.l, doc)
}

func (x *residueLinking) Link(published map[string]string) func(graph.Mention) string {
	return rekeyOf(x.l.Link(published))
}

// add reads the articles at paths into the store and resolves. The
// articles stream: each file is read as the extraction comes to it
// (a batch at a time, extract.Loader.Each), so that the corpus is never
// held whole.
func (in *ingester) add(ctx context.Context, paths []string, stdin io.Reader) (*ingestStats, error) {
	t0 := time.Now()
	st := &ingestStats{}
	st.Stages.lap("start")
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	fresh, wait := in.stream(rctx, paths, stdin, st)
	// extraction of the next batch overlaps the writing of this one
	err := pipeline(ctx, func(ctx context.Context, _ int) (staged, bool, error) {
		var arts []extract.Article
		for a := range fresh {
			arts = append(arts, a)
			if len(arts) == in.opts.batch() {
				break
			}
		}
		if len(arts) == 0 {
			return staged{}, false, nil
		}
		c, err := in.stage(ctx, arts)
		return staged{arts, c}, true, err
	}, func(b staged) error {
		n, err := in.storeStaged(ctx, b.arts, b.c)
		st.Added += len(b.arts)
		st.Reextracted += n
		return err
	})
	if err != nil {
		stop() // the reading waits for no one now
	}
	probs, lerr := wait()
	if err == nil {
		err = lerr
	}
	if err != nil {
		return st, err
	}
	for _, p := range probs {
		fmt.Fprintf(in.stderr, "kg: warning: skipped %s\n", p.Error())
		if err := in.st.AddProblem(ctx, store.Problem{Source: p.Source, Error: p.Err.Error()}); err != nil {
			return st, err
		}
	}
	st.Failed = len(probs)
	if st.Read == 0 && len(probs) > 0 {
		return st, fmt.Errorf("%w in %v", extract.ErrNoArticle, paths)
	}
	st.Stages.lap("extract")
	if _, err := in.secondPass(ctx); err != nil {
		return st, err
	}
	st.Stages.lap("re-extract")
	res, err := in.resolveTimed(ctx, &st.Stages)
	st.Result = res
	st.Took = time.Since(t0)
	return st, err
}

// stream reads the articles at paths in a goroutine of its own and
// sends those new to the store on fresh, counting what it reads,
// leaves unchanged and skips as duplicates in st; wait waits for the
// end of the reading and returns the problems found, and the first
// error of the store. An article is new unless the store held, before
// this run, a document with its id and content (unchanged) or another
// with its content (a duplicate): documents this run stored meanwhile
// do not count, so that the outcome does not depend on how far the
// writing has gone.
func (in *ingester) stream(ctx context.Context, paths []string, stdin io.Reader, st *ingestStats) (fresh <-chan extract.Article, wait func() (extract.ErrorList, error)) {
	ch := make(chan extract.Article, in.opts.batch())
	done := make(chan struct{})
	var probs extract.ErrorList
	var err error
	ours := &runDocs{ids: map[string]bool{}, had: map[string]string{}}
	go func() {
		defer close(done)
		defer close(ch)
		probs = extract.Loader{Stdin: stdin}.Each(ctx, paths, func(a extract.Article) bool {
			st.Read++
			var isNew bool
			if isNew, err = in.isNew(ctx, a, ours, st); err != nil || !isNew {
				return err == nil
			}
			select {
			case ch <- a:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	return ch, func() (extract.ErrorList, error) {
		<-done
		if err == nil {
			err = ctx.Err()
		}
		return probs, err
	}
}

// runDocs are the documents a run stores: their ids, and for the
// content hash a document it replaces had, the first such id.
type runDocs struct {
	ids map[string]bool
	had map[string]string
}

// isNew tells whether an article is new to the store as it was before
// this run, counting it in st where it is not; ours, the documents this
// run stores, gets a where it is new.
func (in *ingester) isNew(ctx context.Context, a extract.Article, ours *runDocs, st *ingestStats) (bool, error) {
	h := store.Hash(a.Title, a.Text, a.URL, a.Published, a.Lang)
	old, ok, err := in.st.DocHash(ctx, a.ID)
	if err != nil {
		return false, err
	} else if ok && old == h {
		st.Unchanged++
		return false, nil
	}
	// the first document with this content before this run: one this
	// run has not stored, or one it has replaced that had it
	ids, err := in.st.DocsByHash(ctx, h)
	if err != nil {
		return false, err
	}
	first := ""
	for _, id := range ids {
		if !ours.ids[id] {
			first = id
			break
		}
	}
	if id, ok := ours.had[h]; ok && (first == "" || id < first) {
		first = id
	}
	if first != "" && first != a.ID {
		st.Duplicate++
		fmt.Fprintf(in.stderr, "kg: %s: same content as %s already in the store; skipped\n", a.ID, first)
		return false, nil
	}
	ours.ids[a.ID] = true
	if ok {
		if id, seen := ours.had[old]; !seen || a.ID < id {
			ours.had[old] = a.ID
		}
	}
	return true, nil
}

// staged is a batch of articles and their stage.
type staged struct {
	arts []extract.Article
	c    *extract.Corpus
}

// pipeline calls produce for 0, 1, ... in one goroutine, until it says
// it is done, and consume on each result in order in this one, so that
// the next batch is extracted while this one is written. The first
// error stops both.
func pipeline[T any](ctx context.Context, produce func(context.Context, int) (T, bool, error), consume func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type res struct {
		v   T
		err error
	}
	ch := make(chan res, 1)
	go func() {
		defer close(ch)
		for i := 0; ; i++ {
			v, more, err := produce(ctx, i)
			if !more && err == nil {
				return
			}
			select {
			case ch <- res{v, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for r := range ch {
		if r.err != nil {
			return r.err
		}
		if err := consume(r.v); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// storeStaged stores a batch of new articles after the stage passes,
// with their stage, their name-book names and their name starts. Stored
// documents in which a name new to the book can now be found are marked
// for re-extraction in the same transaction. It returns how many were
// marked.
func (in *ingester) storeStaged(ctx context.Context, arts []extract.Article, c *extract.Corpus) (int, error) {
	hash := map[string]string{}
	for _, a := range arts {
		hash[a.ID] = store.Hash(a.Title, a.Text, a.URL, a.Published, a.Lang)
	}
	return in.storeStagedHashes(ctx, c, hash)
}

// storeStagedHashes is storeStaged with the documents' content hashes.
func (in *ingester) storeStagedHashes(ctx context.Context, c *extract.Corpus, hash map[string]string) (int, error) {
	var ids []string
	for _, d := range c.Docs {
		ids = append(ids, d.ID)
	}
	marked := 0
	err := in.st.Update(ctx, func(tx *store.Tx) error {
		if err := tx.LockBook(ctx); err != nil {
			return err
		}
		var keys []string
		for _, d := range c.Docs {
			names := bookNames(d)
			keys = append(keys, names...)
			if err := tx.PutDocument(ctx, storedDoc(d, hash[d.ID]), sentencesOf(d), stageOf(d), bookEntries(names), rules.NameStarts(d)); err != nil {
				return err
			}
		}
		stale, err := markForNames(ctx, tx, uniq(keys), ids)
		marked = len(stale)
		return err
	})
	return marked, err
}

// markForNames marks the stored documents, other than except, in which
// one of names, if new to the book, can be found: those with a token a
// new name begins on (their name starts) where a new name matches. It
// returns them.
func markForNames(ctx context.Context, tx *store.Tx, names, except []string) ([]string, error) {
	newKeys, err := tx.NewBookKeys(ctx, names, except)
	if err != nil {
		return nil, err
	}
	var firsts []string
	for _, k := range newKeys {
		if f := rules.FirstKey(k); f != "" {
			firsts = append(firsts, f)
		}
	}
	found := func(text string, sents []store.Sentence) bool {
		spans := make([][2]int, len(sents))
		for i, s := range sents {
			spans[i] = [2]int{s.Start, s.End}
		}
		return rules.NamesFoundIn(text, spans, newKeys)
	}
	return tx.MarkStaleIf(ctx, uniq(firsts), except, found)
}

// bookNames returns the names a document gives the name book: those of
// its person mentions, as the name-book pass takes them.
func bookNames(d *extract.Document) []string {
	nb := rules.NewNameBook()
	for _, m := range d.Mentions {
		nb.Add(m)
	}
	return nb.Names()
}

func bookEntries(names []string) []store.BookName {
	var out []store.BookName
	for _, n := range names {
		out = append(out, store.BookName{Key: n, First: rules.FirstKey(n)})
	}
	return out
}

func storedDoc(d *extract.Document, hash string) store.Document {
	return store.Document{DocInfo: d.Info(), Hash: hash, Source: d.Source, Text: d.Text}
}

func sentencesOf(d *extract.Document) []store.Sentence {
	var out []store.Sentence
	for _, s := range d.Sentences {
		out = append(out, store.Sentence{Index: s.Index, Start: s.Start, End: s.End, Lang: s.Lang})
	}
	return out
}

func stageOf(d *extract.Document) store.Extraction {
	return store.Extraction{Mentions: d.Mentions, Relations: d.Relations}
}

// secondPass runs the rest of the per-document passes over every
// pending document with the store's name book, a batch per transaction.
// It returns how many it extracted.
func (in *ingester) secondPass(ctx context.Context) (int, error) {
	names, err := in.st.BookNames(ctx)
	if err != nil {
		return 0, err
	}
	done, after := 0, ""
	err = pipeline(ctx, func(ctx context.Context, _ int) (extracted, bool, error) {
		claims, err := in.st.Pending(ctx, after, in.opts.batch())
		if err != nil || len(claims) == 0 {
			return extracted{}, false, err
		}
		after = claims[len(claims)-1].ID
		x, err := in.extractClaims(ctx, claims, names)
		return x, true, err
	}, func(x extracted) error {
		stored, err := in.storeExtracted(ctx, x)
		done += len(stored)
		return err
	})
	return done, err
}

// extracted is pending documents after the mid passes, with the tail
// passes and relation extractor of their extraction.
type extracted struct {
	claims   []store.Claim
	out      *extract.Corpus
	deferred map[string]bool
	tail     []extract.Pass
	rel      *rules.Relations
	stored   []int // the indexes of the documents stored (storeExtracted)
}

// extractClaims runs the mid passes over pending documents, from their
// stage, with names as the name book.
func (in *ingester) extractClaims(ctx context.Context, claims []store.Claim, names []string) (extracted, error) {
	book := rules.NewNameBook()
	book.AddNames(names)
	arts := make([]extract.Article, len(claims))
	stages := map[string]store.Extraction{}
	for i, c := range claims {
		arts[i] = articleOf(c.Document)
		stages[c.ID] = c.Stage
	}
	out, deferred, tail, rel, err := in.finish(ctx, arts, stages, book)
	return extracted{claims: claims, out: out, deferred: deferred, tail: tail, rel: rel}, err
}

// storeExtracted stores the outputs of extractClaims in one
// transaction, each for the generation its document was marked at,
// unless another process stored one for it meanwhile, or replaced the
// document. It returns the indexes of those it stored.
func (in *ingester) storeExtracted(ctx context.Context, x extracted) ([]int, error) {
	probs := in.problems(ctx, x.out.Problems)
	version := in.extractorVersion()
	var stored []int
	err := in.st.Update(ctx, func(tx *store.Tx) error {
		stored = stored[:0]
		for i, d := range x.out.Docs {
			c := x.claims[i]
			if ok, err := tx.Awaits(ctx, c.ID, c.Hash, c.Needs); err != nil || !ok {
				if err != nil {
					return err
				}
				continue
			}
			if err := tx.SetExtraction(ctx, d.ID, c.Needs, version, store.Extraction{Mentions: d.Mentions, Relations: d.Relations}, x.deferred[d.ID], probs[d.ID]); err != nil {
				return err
			}
			stored = append(stored, i)
		}
		return nil
	})
	return stored, err
}

// articleOf rebuilds the article of a stored document.
func articleOf(d store.Document) extract.Article {
	lang := d.Lang
	if lang == "mixed" {
		lang = "" // detected, not given
	}
	return extract.Article{ID: d.ID, Title: d.Title, Text: d.Text, URL: d.URL, Published: d.Published, Lang: lang, Source: d.Source}
}

// problems reports extraction problems and records them in the store;
// it returns them joined by document.
func (in *ingester) problems(ctx context.Context, l extract.ErrorList) map[string]string {
	out := map[string]string{}
	for _, p := range l {
		fmt.Fprintf(in.stderr, "kg: warning: %s\n", p.Error())
		if out[p.Source] != "" {
			out[p.Source] += "; "
		}
		out[p.Source] += p.Err.Error()
		in.st.AddProblem(ctx, store.Problem{Source: p.Source, Doc: p.Source, Error: p.Err.Error()})
	}
	return out
}

// resolve re-resolves the store when documents or decisions changed.
func (in *ingester) resolve(ctx context.Context) (store.Result, error) {
	return in.resolveTimed(ctx, nil)
}

// resolveTimed is resolve, with a lap on c for each of its stages.
func (in *ingester) resolveTimed(ctx context.Context, c *stageClock) (store.Result, error) {
	dirty, err := in.st.Dirty(ctx)
	if err != nil || !dirty {
		return store.Result{}, err
	}
	// the live heap peaks from here: the soft limit, where kg add
	// keeps one, comes down to a smaller factor of it (memlimit.go),
	// and the tagger's models go (the resolution completes deferred
	// documents from their stage, without the tagger)
	tightenMemory()
	ner.Release()
	opt := store.ResolveOptions{KB: in.base, Corpus: in.corpus()}
	if c != nil {
		opt.Lap = func(stage string) { c.lap("resolve:" + stage) }
	}
	res, err := in.st.Resolve(ctx, opt)
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

// isCancel reports whether err is a cancellation.
func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
