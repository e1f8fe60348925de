package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/resolve"
)

// Mention is a stored mention with the entity it was resolved to.
type Mention struct {
	graph.Mention
	Entity string
}

// Assignments returns the entity of every stored mention span.
func (s *Store) Assignments(ctx context.Context) (map[resolve.Span]string, error) {
	return assignments(ctx, s.query)
}

func assignments(ctx context.Context, query func(context.Context, string, ...any) (*sql.Rows, error)) (map[resolve.Span]string, error) {
	rows, err := query(ctx, `SELECT doc, start, stop, type, gkey, entity FROM mentions`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[resolve.Span]string{}
	for rows.Next() {
		var sp resolve.Span
		var e string
		if err := rows.Scan(&sp.Doc, &sp.Start, &sp.End, &sp.Type, &sp.Key, &e); err != nil {
			return nil, err
		}
		out[sp] = e
	}
	return out, rows.Err()
}

// MentionsOf returns the stored mentions of an entity, in document order.
func (s *Store) MentionsOf(ctx context.Context, entity string) ([]Mention, error) {
	rows, err := s.query(ctx, `SELECT doc, start, stop, type, gkey, text, sent, lang, name, kbid, role, extractor, confidence, entity
		FROM mentions WHERE entity = ? ORDER BY doc, start, stop`, entity)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.Doc, &m.Start, &m.End, &m.Type, &m.Key, &m.Text, &m.Sent, &m.Lang, &m.Name, &m.KBID, &m.Role, &m.Extractor, &m.Confidence, &m.Entity); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Redirect is a retired id and the id it now resolves to.
type Redirect struct {
	Kind   string // "entity" or "fact"
	Old    string
	New    string
	Reason string
}

// Change is what one resolution writes: the graph with store ids, the
// entity of every mention, the redirects of retired ids, and the change
// counter the resolution started from.
type Change struct {
	Seen      int64
	Graph     *graph.KG
	Mentions  []graph.Mention // one per span, relation endpoints included
	Entity    map[resolve.Span]string
	Old       map[resolve.Span]string // the stored assignments, when the caller has read them (else read here)
	Redirects []Redirect
	// NoMentions leaves the mentions table to the caller.
	NoMentions bool
	// Same, when set, names entities known to be as stored (a resolution
	// left their mentions where they were): their stored digests are
	// taken without making theirs, and those of the facts between two of
	// them likewise.
	Same map[string]bool
	// Release lets WriteGraph let the graph's entities go once they are
	// written, before the facts are: it sets Graph.Entities to nil. For
	// a caller that reads the graph no more (and a graph that holds no
	// index of them: graph.KG.Entity and Normalize make one).
	Release bool
}

// Summary counts what a write changed.
type Summary struct {
	Added, Changed, Removed, Unchanged     int // entities
	FactsAdded, FactsChanged, FactsRemoved int
	Redirects                              int
}

func digest(v any) string {
	b, _ := json.Marshal(v)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:12])
}

func (t *Tx) digests(ctx context.Context, table string) (map[string]string, error) {
	rows, err := t.query(ctx, `SELECT id, digest FROM `+table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, d string
		if err := rows.Scan(&id, &d); err != nil {
			return nil, err
		}
		out[id] = d
	}
	return out, rows.Err()
}

// WriteGraph replaces the stored graph by c.Graph, writing only the
// entities and facts that differ, moves every mention to its entity,
// records the redirects, and clears the dirty mark.
func (t *Tx) WriteGraph(ctx context.Context, c Change) (Summary, error) {
	var sum Summary
	old, err := t.digests(ctx, "entities")
	if err != nil {
		return sum, err
	}
	seen := map[string]bool{}
	eds := make([]string, len(c.Graph.Entities))
	parallelDo(len(eds), func(i int) {
		e := c.Graph.Entities[i]
		if d, ok := old[e.ID]; ok && c.Same[e.ID] {
			eds[i] = d
			return
		}
		eds[i] = digest(e)
	})
	type put struct {
		e      *graph.Entity
		d      string
		exists bool
	}
	var puts []put
	for i, e := range c.Graph.Entities {
		seen[e.ID] = true
		d := eds[i]
		od, ok := old[e.ID]
		switch {
		case !ok:
			sum.Added++
		case od != d:
			sum.Changed++
		default:
			sum.Unchanged++
			continue
		}
		puts = append(puts, put{e, d, ok})
	}
	if t.s.kind == Postgres {
		// the changed entities' rows first, then every insert, which
		// go together (rowWriter); each entity's rows are its own
		for _, p := range puts {
			if p.exists {
				if err := t.putEntity(ctx, p.e, p.d, true, false); err != nil {
					return sum, err
				}
			}
		}
		for _, p := range puts {
			if err := t.putEntity(ctx, p.e, p.d, p.exists, true); err != nil {
				return sum, err
			}
		}
	} else {
		// SQLite: entity by entity, as the alias search table's rowids
		// have always been given
		for _, p := range puts {
			if err := t.putEntity(ctx, p.e, p.d, p.exists, false); err != nil {
				return sum, err
			}
			if err := t.putEntity(ctx, p.e, p.d, p.exists, true); err != nil {
				return sum, err
			}
		}
	}
	var gone []string
	for id := range old {
		if !seen[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	for _, id := range gone {
		sum.Removed++
		if err := t.deleteEntity(ctx, id); err != nil {
			return sum, err
		}
	}
	if c.Release {
		c.Graph.Entities = nil
	}
	oldF, err := t.digests(ctx, "facts")
	if err != nil {
		return sum, err
	}
	seenF := map[string]bool{}
	fds := make([]string, len(c.Graph.Facts))
	parallelDo(len(fds), func(i int) {
		f := c.Graph.Facts[i]
		if d, ok := oldF[f.ID]; ok && c.Same[f.Subject] && c.Same[f.Object] {
			fds[i] = d
			return
		}
		fds[i] = digest(f)
	})
	var putF []int
	for i, f := range c.Graph.Facts {
		seenF[f.ID] = true
		od, ok := oldF[f.ID]
		switch {
		case !ok:
			sum.FactsAdded++
		case od != fds[i]:
			sum.FactsChanged++
			// the changed facts' rows go first, then every insert
			if err := t.updateFact(ctx, f, fds[i]); err != nil {
				return sum, err
			}
			continue
		default:
			continue
		}
		putF = append(putF, i)
	}
	for _, i := range putF {
		if err := t.putFact(ctx, c.Graph.Facts[i], fds[i]); err != nil {
			return sum, err
		}
	}
	var goneF []string
	for id := range oldF {
		if !seenF[id] {
			goneF = append(goneF, id)
		}
	}
	sort.Strings(goneF)
	for _, id := range goneF {
		sum.FactsRemoved++
		if err := t.deleteFact(ctx, id); err != nil {
			return sum, err
		}
	}
	if !c.NoMentions {
		if err := t.writeMentions(ctx, c.Mentions, c.Entity, c.Old); err != nil {
			return sum, err
		}
	}
	for _, r := range c.Redirects {
		if err := t.AddRedirect(ctx, r); err != nil {
			return sum, err
		}
		sum.Redirects++
	}
	_, err = t.exec(ctx, `UPDATE counters SET n = ? WHERE name = 'resolved' AND n < ?`, c.Seen, c.Seen)
	return sum, err
}

// b2i stores a flag as an integer (both databases).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// putEntity writes an entity in two steps: without parts, a stored
// entity's row is updated and its aliases and merges deleted; with
// parts, a new entity's row is inserted and the aliases and merges
// of either are.
func (t *Tx) putEntity(ctx context.Context, e *graph.Entity, d string, exists, parts bool) error {
	js := func(v []string) string {
		if v == nil {
			v = []string{}
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	ts := now()
	switch {
	case exists && !parts:
		if err := t.deleteEntityParts(ctx, e.ID); err != nil {
			return err
		}
		_, err := t.exec(ctx, `UPDATE entities SET type = ?, name = ?, romanized = ?, date = ?, mentions = ?, same_as = ?, roles = ?, docs = ?, digest = ?, updated = ? WHERE id = ?`,
			string(e.Type), e.Name, b2i(e.Romanized), e.Date, e.Mentions, js(e.SameAs), js(e.Roles), js(e.Docs), d, ts, e.ID)
		return err
	case !parts:
		return nil
	case !exists:
		if err := t.rows(`entities (id, type, name, romanized, date, mentions, same_as, roles, docs, digest, created, updated)`, 12, "").add(ctx,
			e.ID, string(e.Type), e.Name, b2i(e.Romanized), e.Date, e.Mentions, js(e.SameAs), js(e.Roles), js(e.Docs), d, ts, ts); err != nil {
			return err
		}
	}
	aliases := t.rows(`aliases (entity, lang, text, count, docs)`, 5, "")
	for _, a := range e.Aliases {
		if err := aliases.add(ctx, e.ID, a.Lang, a.Text, a.Count, js(a.Docs)); err != nil {
			return err
		}
		if t.s.kind == SQLite {
			r, err := t.exec(ctx, `INSERT INTO alias_search (text, entity) VALUES (?, ?)`, a.Text, e.ID)
			if err != nil {
				return err
			}
			row, err := r.LastInsertId()
			if err != nil {
				return err
			}
			if _, err := t.exec(ctx, `INSERT INTO alias_rows (entity, row) VALUES (?, ?)`, e.ID, row); err != nil {
				return err
			}
		}
	}
	merges := t.rows(`merges (entity, seq, form, into_form, rule, mkey, score)`, 7, "")
	for i, m := range e.Merges {
		if err := merges.add(ctx, e.ID, i, m.Form, m.Into, m.Rule, m.Key, m.Score); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) deleteEntityParts(ctx context.Context, id string) error {
	qs := []string{`DELETE FROM aliases WHERE entity = ?`, `DELETE FROM merges WHERE entity = ?`}
	if t.s.kind == SQLite {
		// by rowid: the entity column of the search table is not indexed
		qs = append(qs, `DELETE FROM alias_search WHERE rowid IN (SELECT row FROM alias_rows WHERE entity = ?)`, `DELETE FROM alias_rows WHERE entity = ?`)
	}
	for _, q := range qs {
		if _, err := t.exec(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) deleteEntity(ctx context.Context, id string) error {
	if err := t.deleteEntityParts(ctx, id); err != nil {
		return err
	}
	_, err := t.exec(ctx, `DELETE FROM entities WHERE id = ?`, id)
	return err
}

// putFact inserts a fact with its evidence (the caller deletes a stored
// one first).
func (t *Tx) putFact(ctx context.Context, f *graph.Fact, d string) error {
	if err := t.rows(`facts (id, subject, predicate, object, role, role_phrase, confidence, sources, digest)`, 9, "").add(ctx,
		f.ID, f.Subject, string(f.Predicate), f.Object, f.Role, f.RolePhrase, f.Confidence, f.Sources(), d); err != nil {
		return err
	}
	return t.putEvidence(ctx, f, 0)
}

// updateFact rewrites a stored fact's row, and of its evidence only
// what follows the longest run it begins with that is stored already:
// a fact many articles support gains evidence far more often than its
// stored evidence changes, and new articles' evidence mostly comes
// last.
func (t *Tx) updateFact(ctx context.Context, f *graph.Fact, d string) error {
	if _, err := t.exec(ctx, `UPDATE facts SET subject = ?, predicate = ?, object = ?, role = ?, role_phrase = ?, confidence = ?, sources = ?, digest = ? WHERE id = ?`,
		f.Subject, string(f.Predicate), f.Object, f.Role, f.RolePhrase, f.Confidence, f.Sources(), d, f.ID); err != nil {
		return err
	}
	rows, err := t.query(ctx, `SELECT doc, url, published, text, start, stop, subject_start, subject_stop, object_start, object_stop, extractor, rule, confidence FROM evidence WHERE fact = ? ORDER BY seq`, f.ID)
	if err != nil {
		return err
	}
	k, n := 0, 0 // evidence kept; rows stored
	for rows.Next() {
		var e graph.Evidence
		if err := rows.Scan(&e.Doc, &e.URL, &e.Published, &e.Text, &e.Start, &e.End, &e.SubjectStart, &e.SubjectEnd, &e.ObjectStart, &e.ObjectEnd, &e.Extractor, &e.Rule, &e.Confidence); err != nil {
			rows.Close()
			return err
		}
		if k == n && k < len(f.Evidence) && f.Evidence[k] == e {
			k++
		}
		n++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if k < n {
		if _, err := t.exec(ctx, `DELETE FROM evidence WHERE fact = ? AND seq >= ?`, f.ID, k); err != nil {
			return err
		}
	}
	return t.putEvidence(ctx, f, k)
}

// putEvidence inserts a fact's evidence from the i-th on.
func (t *Tx) putEvidence(ctx context.Context, f *graph.Fact, from int) error {
	ev := t.rows(`evidence (fact, seq, doc, url, published, text, start, stop, subject_start, subject_stop, object_start, object_stop, extractor, rule, confidence)`, 15, "")
	for i := from; i < len(f.Evidence); i++ {
		e := &f.Evidence[i]
		if err := ev.add(ctx, f.ID, i, e.Doc, e.URL, e.Published, e.Text, e.Start, e.End, e.SubjectStart, e.SubjectEnd, e.ObjectStart, e.ObjectEnd, e.Extractor, e.Rule, e.Confidence); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) deleteFact(ctx context.Context, id string) error {
	if _, err := t.exec(ctx, `DELETE FROM evidence WHERE fact = ?`, id); err != nil {
		return err
	}
	_, err := t.exec(ctx, `DELETE FROM facts WHERE id = ?`, id)
	return err
}

// mentionRows is the transaction's writer of mention rows.
func (t *Tx) mentionRows() *rowWriter {
	return t.rows(`mentions (doc, start, stop, type, gkey, text, sent, lang, name, kbid, role, extractor, confidence, entity)`, 14, "")
}

// writeMentions makes the mentions table hold exactly ms, each with its
// entity, touching only the rows that differ.
func (t *Tx) writeMentions(ctx context.Context, ms []graph.Mention, ent, old map[resolve.Span]string) error {
	if old == nil {
		var err error
		if old, err = assignments(ctx, t.query); err != nil {
			return err
		}
	}
	keep := map[resolve.Span]bool{}
	var err error
	for _, m := range ms {
		sp := resolve.SpanOf(m)
		if keep[sp] {
			continue
		}
		keep[sp] = true
		e := ent[sp]
		oe, ok := old[sp]
		switch {
		case !ok:
			err = t.mentionRows().add(ctx, m.Doc, m.Start, m.End, string(m.Type), m.Key, m.Text, m.Sent, m.Lang, m.Name, m.KBID, m.Role, m.Extractor, m.Confidence, e)
		case oe != e:
			_, err = t.exec(ctx, `UPDATE mentions SET entity = ? WHERE doc = ? AND start = ? AND stop = ? AND type = ? AND gkey = ?`, e, m.Doc, m.Start, m.End, string(m.Type), m.Key)
		}
		if err != nil {
			return err
		}
	}
	for sp := range old {
		if !keep[sp] {
			if _, err := t.exec(ctx, `DELETE FROM mentions WHERE doc = ? AND start = ? AND stop = ? AND type = ? AND gkey = ?`, sp.Doc, sp.Start, sp.End, string(sp.Type), sp.Key); err != nil {
				return err
			}
		}
	}
	return nil
}

// AddRedirect records that old now resolves to new. A redirect that
// would loop is refused; redirects to old are moved to new.
func (t *Tx) AddRedirect(ctx context.Context, r Redirect) error {
	if r.Old == r.New {
		return nil
	}
	if _, err := t.exec(ctx, `DELETE FROM redirects WHERE kind = ? AND old = ?`, r.Kind, r.New); err != nil {
		return err
	}
	if _, err := t.exec(ctx, `UPDATE redirects SET new = ? WHERE kind = ? AND new = ?`, r.New, r.Kind, r.Old); err != nil {
		return err
	}
	_, err := t.exec(ctx, `INSERT INTO redirects (kind, old, new, reason, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (kind, old) DO UPDATE SET new = excluded.new, reason = excluded.reason, at = excluded.at`, r.Kind, r.Old, r.New, r.Reason, now())
	return err
}

// Redirects returns every redirect of a kind, old id to new id.
func (s *Store) Redirects(ctx context.Context, kind string) (map[string]string, error) {
	rows, err := s.query(ctx, `SELECT old, new FROM redirects WHERE kind = ?`, kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var o, n string
		if err := rows.Scan(&o, &n); err != nil {
			return nil, err
		}
		out[o] = n
	}
	return out, rows.Err()
}

// ResolveID returns the live id an entity or fact id stands for,
// following redirects; ErrNotFound when it names nothing.
func (s *Store) ResolveID(ctx context.Context, kind, id string) (string, error) {
	table := "entities"
	if kind == "fact" {
		table = "facts"
	}
	for i := 0; i < 64; i++ {
		var n int
		if err := s.queryRow(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = ?`, id).Scan(&n); err != nil {
			return "", err
		}
		if n > 0 {
			return id, nil
		}
		var to string
		err := s.queryRow(ctx, `SELECT new FROM redirects WHERE kind = ? AND old = ?`, kind, id).Scan(&to)
		if errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("%w: %s %q", ErrNotFound, kind, id)
		}
		if err != nil {
			return "", err
		}
		id = to
	}
	return "", fmt.Errorf("%w: %s %q: redirect loop", ErrNotFound, kind, id)
}

// EntityIDs returns the ids of all live entities.
func (s *Store) EntityIDs(ctx context.Context) (map[string]bool, error) {
	rows, err := s.query(ctx, `SELECT id FROM entities UNION SELECT old FROM redirects WHERE kind = 'entity'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// Search returns the ids of entities with an alias containing text (at
// least three characters: trigram search), best first.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]string, error) {
	text = strings.TrimSpace(text)
	var rows *sql.Rows
	var err error
	switch {
	case s.kind == SQLite && len([]rune(text)) >= 3:
		q := `"` + strings.ReplaceAll(text, `"`, `""`) + `"`
		rows, err = s.query(ctx, `SELECT entity FROM alias_search WHERE alias_search MATCH ? GROUP BY entity ORDER BY MIN(rank) LIMIT ?`, q, limit)
	case s.kind == Postgres:
		rows, err = s.query(ctx, `SELECT entity FROM aliases WHERE text ILIKE ? OR text % ? GROUP BY entity ORDER BY MAX(similarity(text, ?)) DESC, entity LIMIT ?`, "%"+likeEscape(text)+"%", text, text, limit)
	default:
		rows, err = s.query(ctx, `SELECT entity FROM aliases WHERE text LIKE ? GROUP BY entity ORDER BY entity LIMIT ?`, "%"+likeEscape(text)+"%", limit)
	}
	if err != nil {
		return nil, err
	}
	return scanStrings(rows)
}

// scanStrings reads the one string column of every row and closes rows.
func scanStrings(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// LoadGraph reads the whole stored graph.
func (s *Store) LoadGraph(ctx context.Context) (*graph.KG, error) {
	g := &graph.KG{}
	byID := map[string]*graph.Entity{}
	rows, err := s.query(ctx, `SELECT id, type, name, romanized, date, mentions, same_as, roles, docs FROM entities ORDER BY id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		e := &graph.Entity{}
		var sa, ro, do string
		var rom int
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &rom, &e.Date, &e.Mentions, &sa, &ro, &do); err != nil {
			rows.Close()
			return nil, err
		}
		e.Romanized = rom != 0
		e.SameAs, e.Roles, e.Docs = unlist(sa), unlist(ro), unlist(do)
		g.Entities = append(g.Entities, e)
		byID[e.ID] = e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.query(ctx, `SELECT entity, lang, text, count, docs FROM aliases ORDER BY entity, lang, text`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, docs string
		var a graph.Alias
		if err := rows.Scan(&id, &a.Lang, &a.Text, &a.Count, &docs); err != nil {
			rows.Close()
			return nil, err
		}
		a.Docs = unlist(docs)
		if e := byID[id]; e != nil {
			e.Aliases = append(e.Aliases, a)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.query(ctx, `SELECT entity, form, into_form, rule, mkey, score FROM merges ORDER BY entity, seq`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		var m graph.Merge
		if err := rows.Scan(&id, &m.Form, &m.Into, &m.Rule, &m.Key, &m.Score); err != nil {
			rows.Close()
			return nil, err
		}
		if e := byID[id]; e != nil {
			e.Merges = append(e.Merges, m)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	facts := map[string]*graph.Fact{}
	rows, err = s.query(ctx, `SELECT id, subject, predicate, object, role, role_phrase, confidence FROM facts ORDER BY id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		f := &graph.Fact{}
		if err := rows.Scan(&f.ID, &f.Subject, &f.Predicate, &f.Object, &f.Role, &f.RolePhrase, &f.Confidence); err != nil {
			rows.Close()
			return nil, err
		}
		g.Facts = append(g.Facts, f)
		facts[f.ID] = f
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.query(ctx, `SELECT fact, doc, url, published, text, start, stop, subject_start, subject_stop, object_start, object_stop, extractor, rule, confidence FROM evidence ORDER BY fact, seq`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		var e graph.Evidence
		if err := rows.Scan(&id, &e.Doc, &e.URL, &e.Published, &e.Text, &e.Start, &e.End, &e.SubjectStart, &e.SubjectEnd, &e.ObjectStart, &e.ObjectEnd, &e.Extractor, &e.Rule, &e.Confidence); err != nil {
			rows.Close()
			return nil, err
		}
		if f := facts[id]; f != nil {
			f.Evidence = append(f.Evidence, e)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.Extractor != "" {
			g.Docs = append(g.Docs, d.DocInfo)
		}
	}
	g.Normalize()
	return g, nil
}

func unlist(s string) []string {
	var out []string
	if s == "" || s == "[]" {
		return nil
	}
	json.Unmarshal([]byte(s), &out)
	return out
}
