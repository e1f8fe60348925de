package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	"newskg/graph"
)

// Document is a stored document: its metadata and text.
type Document struct {
	graph.DocInfo
	Hash      string
	Source    string
	Text      string
	Extractor string // the extraction version of its stored output
	Error     string // the last extraction error, if any
	Pending   bool   // waiting for (re-)extraction
}

// Sentence is one sentence of a stored document (byte offsets).
type Sentence struct {
	Index, Start, End int
	Lang              string
}

// Extraction is a document's extraction output exactly as the pipeline
// produced it, before corpus-level event linking.
type Extraction struct {
	Mentions  []graph.Mention  `json:"mentions"`
	Relations []graph.Relation `json:"relations"`
}

// BookName is a name of the corpus-wide name book and the key on which
// a match of it begins.
type BookName struct {
	Key, First string
}

// bookLock serialises changes of the name book on PostgreSQL, so that a
// name added by one worker and a document stored by another never miss
// each other.
const bookLock = 0x6b67_0003

// LockBook takes the name-book lock until the end of the transaction
// (PostgreSQL; SQLite transactions are already serial).
func (t *Tx) LockBook(ctx context.Context) error {
	if t.s.kind != Postgres {
		return nil
	}
	_, err := t.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, bookLock)
	return err
}

// CatchUpAll marks for re-extraction each of docs in which the book
// holds a name, not among known, that can begin in it: a name another
// worker added after the document was extracted with the book known.
// It returns those it marked, in the order of docs; a batch of
// documents takes one query (on PostgreSQL this runs under the
// name-book lock).
func (t *Tx) CatchUpAll(ctx context.Context, docs []string, known map[string]bool) ([]string, error) {
	stale := map[string]bool{}
	err := t.textPairsIn(ctx, `SELECT DISTINCT n.doc, b.key FROM book b JOIN name_starts n ON n.key = b.first WHERE n.doc IN (…) AND b.doc <> n.doc`, docs, inBatch, func(d, k string) {
		if !known[k] {
			stale[d] = true
		}
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range docs {
		if stale[d] {
			out = append(out, d)
			delete(stale, d) // a document named twice is marked once
		}
	}
	return out, t.markNeeds(ctx, out)
}

// Hash is the content hash of an article: its text and metadata.
func Hash(title, text, url, published, lang string) string {
	h := sha256.New()
	for _, s := range []string{title, text, url, published, lang} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DocByHash returns the id of a document with this content hash.
func (s *Store) DocByHash(ctx context.Context, hash string) (string, bool, error) {
	var id string
	err := s.queryRow(ctx, `SELECT id FROM documents WHERE hash = ? ORDER BY id LIMIT 1`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return id, err == nil, err
}

// DocsByHash returns the ids of the documents with this content hash,
// in order.
func (s *Store) DocsByHash(ctx context.Context, hash string) ([]string, error) {
	rows, err := s.reader().QueryContext(ctx, s.q(`SELECT id FROM documents WHERE hash = ? ORDER BY id`), hash)
	if err != nil {
		return nil, err
	}
	return scanStrings(rows)
}

// DocHash returns the content hash of the document with this id.
func (s *Store) DocHash(ctx context.Context, id string) (string, bool, error) {
	var h string
	err := s.reader().QueryRowContext(ctx, s.q(`SELECT hash FROM documents WHERE id = ?`), id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return h, err == nil, err
}

// PutDocument inserts or replaces a document with its sentences, its
// name-book contributions and the keys on which book names can match
// in it. The document is pending until SetExtraction. A replaced
// document loses its old extraction.
func (t *Tx) PutDocument(ctx context.Context, d Document, sents []Sentence, stage Extraction, book []BookName, starts []string) error {
	if t.s.kind == Postgres {
		// one writer of a document at a time: a second one waits for the
		// first to commit, then its delete sees (and replaces) those rows
		if _, err := t.exec(ctx, `SELECT pg_advisory_xact_lock(?, hashtext(?))`, int32(bookLock), d.ID); err != nil {
			return err
		}
	}
	if err := t.DeleteDocument(ctx, d.ID); err != nil {
		return err
	}
	b, err := encodeGz(stage)
	if err != nil {
		return err
	}
	if _, err := t.exec(ctx, `INSERT INTO extractions (doc, stage) VALUES (?, ?)`, d.ID, b); err != nil {
		return err
	}
	_, err = t.exec(ctx, `INSERT INTO documents (id, hash, title, url, published, lang, source, text, needs, done, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?)`, d.ID, d.Hash, d.Title, d.URL, d.Published, d.Lang, d.Source, d.Text, now())
	if err != nil {
		return err
	}
	sw := t.rows(`sentences (doc, idx, start, stop, lang)`, 5, "")
	for _, se := range sents {
		if err := sw.add(ctx, d.ID, se.Index, se.Start, se.End, se.Lang); err != nil {
			return err
		}
	}
	bw := t.rows(`book (key, doc, first)`, 3, " ON CONFLICT DO NOTHING")
	for _, k := range book {
		if err := bw.add(ctx, k.Key, d.ID, k.First); err != nil {
			return err
		}
	}
	nw := t.rows(`name_starts (key, doc)`, 2, " ON CONFLICT DO NOTHING")
	for _, k := range starts {
		if err := nw.add(ctx, k, d.ID); err != nil {
			return err
		}
	}
	return t.touch(ctx)
}

// touch records a change that the next resolution must see. The
// counter is raised when the transaction commits (Update): every
// transaction that writes a document updates its one row, which then
// stays locked until the commit, so raising it last keeps concurrent
// workers' transactions from waiting for each other's.
func (t *Tx) touch(context.Context) error {
	t.touched++
	return nil
}

// DeleteDocument removes a document and everything read from it (its
// mentions stay assigned until the next resolution rewrites them).
func (t *Tx) DeleteDocument(ctx context.Context, id string) error {
	for _, q := range []string{
		`DELETE FROM documents WHERE id = ?`,
		`DELETE FROM sentences WHERE doc = ?`,
		`DELETE FROM extractions WHERE doc = ?`,
		`DELETE FROM book WHERE doc = ?`,
		`DELETE FROM name_starts WHERE doc = ?`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// NewBookKeys returns those of keys that no document but the ones in
// except has contributed to the name book.
func (t *Tx) NewBookKeys(ctx context.Context, keys []string, except []string) ([]string, error) {
	skip := map[string]bool{}
	for _, d := range except {
		skip[d] = true
	}
	known := map[string]bool{}
	err := t.textPairsIn(ctx, `SELECT key, doc FROM book WHERE key IN (…)`, keys, 200, func(k, d string) {
		if !skip[d] {
			known[k] = true
		}
	})
	var out []string
	for _, k := range keys {
		if !known[k] {
			out = append(out, k)
		}
	}
	return out, err
}

// MarkStale marks for re-extraction the documents, other than except,
// in which a name can begin on one of the start keys. It returns them.
func (t *Tx) MarkStale(ctx context.Context, starts []string, except []string) ([]string, error) {
	return t.MarkStaleIf(ctx, starts, except, nil)
}

// MarkStaleIf is MarkStale for the documents that keep also passes:
// it gets each document's text and sentences (nil: every document is
// marked).
func (t *Tx) MarkStaleIf(ctx context.Context, starts []string, except []string, keep func(text string, sents []Sentence) bool) ([]string, error) {
	skip := map[string]bool{}
	for _, d := range except {
		skip[d] = true
	}
	hit := map[string]bool{}
	err := chunks(starts, 200, func(ks []string) error {
		rows, err := t.query(ctx, `SELECT DISTINCT doc FROM name_starts WHERE key IN (`+inList(len(ks))+`)`, anys(ks)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d string
			if err := rows.Scan(&d); err != nil {
				return err
			}
			if !skip[d] {
				hit[d] = true
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for d := range hit {
		out = append(out, d)
	}
	sort.Strings(out)
	if keep != nil {
		// the texts and sentences a batch at a time: on PostgreSQL this
		// runs under the name-book lock, which every worker's claim
		// waits for, so round trips are few
		kept := out[:0]
		err := chunks(out, inBatch/2, func(ids []string) error {
			texts, sents, err := t.textsOf(ctx, ids)
			if err != nil {
				return err
			}
			for _, d := range ids {
				text, ok := texts[d]
				if !ok {
					return fmt.Errorf("document %s: %w", d, sql.ErrNoRows)
				}
				if keep(text, sents[d]) {
					kept = append(kept, d)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out = kept
	}
	if err := t.markNeeds(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// markNeeds marks documents for another extraction (their needed
// generation one higher), a batch of them a statement.
func (t *Tx) markNeeds(ctx context.Context, ids []string) error {
	return chunks(ids, inBatch, func(ids []string) error {
		_, err := t.exec(ctx, `UPDATE documents SET needs = needs + 1 WHERE id IN (`+inList(len(ids))+`)`, anys(ids)...)
		return err
	})
}

// textsOf returns the texts and sentences of documents, by id.
func (t *Tx) textsOf(ctx context.Context, ids []string) (map[string]string, map[string][]Sentence, error) {
	texts := make(map[string]string, len(ids))
	sents := make(map[string][]Sentence, len(ids))
	if err := t.textPairsIn(ctx, `SELECT id, text FROM documents WHERE id IN (…)`, ids, len(ids), func(id, text string) { texts[id] = text }); err != nil {
		return nil, nil, err
	}
	rows, err := t.query(ctx, `SELECT doc, idx, start, stop, lang FROM sentences WHERE doc IN (`+inList(len(ids))+`) ORDER BY doc, idx`, anys(ids)...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var d string
		var se Sentence
		if err := rows.Scan(&d, &se.Index, &se.Start, &se.End, &se.Lang); err != nil {
			return nil, nil, err
		}
		sents[d] = append(sents[d], se)
	}
	return texts, sents, rows.Err()
}

// MarkAllStale marks every document for re-extraction (kg reextract).
func (t *Tx) MarkAllStale(ctx context.Context, olderThan string) (int, error) {
	res, err := t.exec(ctx, `UPDATE documents SET needs = done + 1 WHERE extractor <> ?`, olderThan)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// BookNames returns every name of the corpus-wide name book, sorted.
func (s *Store) BookNames(ctx context.Context) ([]string, error) {
	rows, err := s.query(ctx, `SELECT DISTINCT key FROM book ORDER BY key`)
	if err != nil {
		return nil, err
	}
	return scanStrings(rows)
}

// Claim is a pending document with the generation it was marked at.
type Claim struct {
	Document
	Needs int64
	Stage Extraction // what the passes before the name book found
}

// Pending returns up to limit documents waiting for extraction, in id
// order, after the id after.
func (s *Store) Pending(ctx context.Context, after string, limit int) ([]Claim, error) {
	rows, err := s.query(ctx, `SELECT d.id, d.hash, d.title, d.url, d.published, d.lang, d.source, d.text, d.needs, x.stage
		FROM documents d JOIN extractions x ON x.doc = d.id
		WHERE d.needs > d.done AND d.id > ? ORDER BY d.id LIMIT ?`, after, limit)
	if err != nil {
		return nil, err
	}
	return scanClaims(rows)
}

func scanClaims(rows *sql.Rows) ([]Claim, error) {
	defer rows.Close()
	var out []Claim
	for rows.Next() {
		var c Claim
		var stage []byte
		if err := rows.Scan(&c.ID, &c.Hash, &c.Title, &c.URL, &c.Published, &c.Lang, &c.Source, &c.Text, &c.Needs, &stage); err != nil {
			return nil, err
		}
		if err := decodeGz(stage, &c.Stage); err != nil {
			return nil, fmt.Errorf("document %s: stage: %w", c.ID, err)
		}
		c.Pending = true
		out = append(out, c)
	}
	return out, rows.Err()
}

// Deferred returns, with their text and stage, the documents whose
// relations wait for a corpus pass (see SetExtraction), in id order.
func (s *Store) Deferred(ctx context.Context) ([]Claim, error) {
	rows, err := s.query(ctx, `SELECT d.id, d.hash, d.title, d.url, d.published, d.lang, d.source, d.text, d.needs, x.stage
		FROM documents d JOIN extractions x ON x.doc = d.id
		WHERE d.deferred <> 0 ORDER BY d.id`)
	if err != nil {
		return nil, err
	}
	return scanClaims(rows)
}

// CountPending counts documents waiting for extraction.
func (s *Store) CountPending(ctx context.Context) (int, error) {
	var n int
	err := s.queryRow(ctx, `SELECT COUNT(*) FROM documents WHERE needs > done`).Scan(&n)
	return n, err
}

// SetExtraction stores a document's extraction output, made for the
// pending generation needs with extractor version version. A document
// marked again since (a name that can change it was added meanwhile)
// stays pending.
func (t *Tx) SetExtraction(ctx context.Context, doc string, needs int64, version string, x Extraction, deferred bool, problem string) error {
	b, err := encodeGz(x)
	if err != nil {
		return err
	}
	if _, err := t.exec(ctx, `UPDATE extractions SET data = ? WHERE doc = ?`, b, doc); err != nil {
		return err
	}
	def := 0
	if deferred {
		def = 1
	}
	if _, err := t.exec(ctx, `UPDATE documents SET done = ?, extractor = ?, deferred = ?, error = ? WHERE id = ?`, needs, version, def, problem, doc); err != nil {
		return err
	}
	return t.touch(ctx)
}

// Extractions calls fn with every document's info and extraction
// output, in document id order, reading one at a time.
func (s *Store) Extractions(ctx context.Context, fn func(graph.DocInfo, Extraction) error) error {
	rows, err := s.query(ctx, `SELECT d.id, d.title, d.url, d.published, d.lang, x.data FROM documents d JOIN extractions x ON x.doc = d.id WHERE x.data IS NOT NULL ORDER BY d.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var di graph.DocInfo
		var b []byte
		if err := rows.Scan(&di.ID, &di.Title, &di.URL, &di.Published, &di.Lang, &b); err != nil {
			return err
		}
		var x Extraction
		if err := decodeGz(b, &x); err != nil {
			return err
		}
		if err := fn(di, x); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Documents returns the metadata of every document, in id order.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.query(ctx, `SELECT id, hash, title, url, published, lang, source, extractor, error, needs > done FROM documents ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.Hash, &d.Title, &d.URL, &d.Published, &d.Lang, &d.Source, &d.Extractor, &d.Error, &d.Pending); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DocumentsNotOf returns, with their text, the documents whose stored
// extraction another extractor version made (or none yet).
func (s *Store) DocumentsNotOf(ctx context.Context, version string) ([]Document, error) {
	rows, err := s.query(ctx, `SELECT id, hash, title, url, published, lang, source, text, extractor FROM documents WHERE extractor <> ? ORDER BY id`, version)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.Hash, &d.Title, &d.URL, &d.Published, &d.Lang, &d.Source, &d.Text, &d.Extractor); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Sentences returns a document's sentences.
func (s *Store) Sentences(ctx context.Context, doc string) ([]Sentence, error) {
	rows, err := s.query(ctx, `SELECT idx, start, stop, lang FROM sentences WHERE doc = ? ORDER BY idx`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Sentence
	for rows.Next() {
		var se Sentence
		if err := rows.Scan(&se.Index, &se.Start, &se.End, &se.Lang); err != nil {
			return nil, err
		}
		out = append(out, se)
	}
	return out, rows.Err()
}

// Problem is an input that could not be read or extracted.
type Problem struct {
	Source, Doc, Error, At string
}

// AddProblem records a problem with an input (replacing an older one
// for the same source and document).
func (s *Store) AddProblem(ctx context.Context, p Problem) error {
	_, err := s.exec(ctx, `INSERT INTO problems (source, doc, error, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (source, doc) DO UPDATE SET error = excluded.error, at = excluded.at`, p.Source, p.Doc, p.Error, now())
	return err
}

// Problems returns the recorded problems.
func (s *Store) Problems(ctx context.Context) ([]Problem, error) {
	rows, err := s.query(ctx, `SELECT source, doc, error, at FROM problems ORDER BY source, doc`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Problem
	for rows.Next() {
		var p Problem
		if err := rows.Scan(&p.Source, &p.Doc, &p.Error, &p.At); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// gzWriters and gzReaders keep compressors for reuse: a new flate
// writer allocates about a megabyte, which cost a worker more than the
// compression of a document's stage and output.
var (
	gzWriters = sync.Pool{New: func() any {
		zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
		return zw
	}}
	gzReaders sync.Pool
)

func encodeGz(v any) ([]byte, error) {
	var b bytes.Buffer
	zw := gzWriters.Get().(*gzip.Writer)
	defer gzWriters.Put(zw)
	zw.Reset(&b)
	if err := json.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodeGz(b []byte, v any) error {
	var zr *gzip.Reader
	if r, ok := gzReaders.Get().(*gzip.Reader); ok {
		if err := r.Reset(bytes.NewReader(b)); err != nil {
			return err
		}
		zr = r
	} else {
		r, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return err
		}
		zr = r
	}
	defer gzReaders.Put(zr)
	defer zr.Close()
	return json.NewDecoder(zr).Decode(v)
}
