// Package store keeps a knowledge graph that grows: the documents, their
// sentences and extraction output, every mention with the entity it was
// resolved to, the entities, aliases, merge log, facts with evidence,
// redirects from retired ids, and the analysts' decisions. One schema
// runs on SQLite (one file, pure Go: modernc.org/sqlite) and on
// PostgreSQL (github.com/jackc/pgx/v5), where it also holds the work
// queue of stateless workers. Migrations are embedded SQL files applied
// in order and recorded in a version table.
//
// See README.md in this directory for the schema, the incremental
// algorithm and how ids and redirects behave.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
	_ "modernc.org/sqlite"           // the "sqlite" driver
)

//go:embed migrations
var migrations embed.FS

// Kind names a database engine.
type Kind string

// The engines.
const (
	SQLite   Kind = "sqlite"
	Postgres Kind = "postgres"
)

// Store is an open graph store.
type Store struct {
	db   *sql.DB
	kind Kind
	dsn  string
	// rdb reads a SQLite store beside the one writing connection
	// (WAL: readers wait for no writer), for the checks a run makes
	// while it writes (is this article new?); nil on PostgreSQL, whose
	// pool already has several connections.
	rdb *sql.DB
}

// ErrNotFound is returned when an id names nothing in the store.
var ErrNotFound = errors.New("not found")

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens (creating and migrating as needed) the store named by dsn:
// a postgres:// URL, or the path of a SQLite file.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{dsn: dsn}
	var err error
	if IsPostgres(dsn) {
		s.kind = Postgres
		s.db, err = sql.Open("pgx", dsn)
		if err == nil {
			s.db.SetMaxOpenConns(8)
		}
	} else {
		s.kind = SQLite
		v := "file:" + dsn + "?_pragma=busy_timeout(60000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		s.db, err = sql.Open("sqlite", v)
		if err == nil {
			// One writing connection: SQLite has one writer, and a
			// second writing connection of this process would only
			// wait for it (reads made while it writes go to rdb).
			s.db.SetMaxOpenConns(1)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("migrate store %s: %w", Redact(dsn), err)
	}
	if s.kind == SQLite {
		r, err := sql.Open("sqlite", "file:"+dsn+"?_pragma=busy_timeout(60000)&_pragma=query_only(1)")
		if err != nil {
			s.db.Close()
			return nil, fmt.Errorf("open store %s: %w", dsn, err)
		}
		r.SetMaxOpenConns(2)
		s.rdb = r
	}
	return s, nil
}

// reader is the pool for reads made outside a transaction while this
// process may be writing (see rdb).
func (s *Store) reader() *sql.DB {
	if s.rdb != nil {
		return s.rdb
	}
	return s.db
}

// Redact hides the password of a PostgreSQL URL for messages.
func Redact(dsn string) string {
	if !IsPostgres(dsn) {
		return dsn
	}
	at := strings.LastIndex(dsn, "@")
	colon := strings.Index(dsn[strings.Index(dsn, "://")+3:], ":")
	if at < 0 || colon < 0 {
		return dsn
	}
	start := strings.Index(dsn, "://") + 3 + colon
	if start > at {
		return dsn
	}
	return dsn[:start] + ":***" + dsn[at:]
}

// Close closes the store.
func (s *Store) Close() error {
	if s.rdb != nil {
		s.rdb.Close()
	}
	return s.db.Close()
}

// Kind returns the engine of the store.
func (s *Store) Kind() Kind { return s.kind }

// DB returns the underlying database, for tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// q rewrites ? placeholders to $n for PostgreSQL.
func (s *Store) q(query string) string {
	if s.kind != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// Tx is a transaction on the store.
type Tx struct {
	s    *Store
	tx   *sql.Tx
	conn *sql.Conn // PostgreSQL: the connection tx runs on (COPY)

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // SQLite: statements prepared in this transaction

	// PostgreSQL: rows waiting to be inserted (see rows), by statement,
	// in the order their statements were first used, sent before any
	// other statement of the transaction runs and before it commits.
	inserts map[string]*rowWriter
	order   []*rowWriter
	err     error // the first failed flush: the transaction is lost

	touched int // changes to add to the 'changes' counter at commit
}

// maxStmts bounds the statements a transaction keeps prepared (a query
// built with a varying number of placeholders is prepared each time
// once the cache is full).
const maxStmts = 64

// exec runs a statement. On SQLite the statement is prepared once per
// transaction and reused (a resolution writes thousands of rows with a
// handful of statements, and parsing the SQL each time cost a seventh
// of the writing); PostgreSQL's driver keeps its own statement cache.
func (t *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if t.s.kind == Postgres {
		if err := t.flush(ctx); err != nil {
			return nil, err
		}
		return t.tx.ExecContext(ctx, t.s.q(query), args...)
	}
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return t.tx.ExecContext(ctx, query, args...)
	}
	return st.ExecContext(ctx, args...)
}

// stmt returns the transaction's prepared statement for query, or nil
// when the cache is full.
func (t *Tx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	if len(t.stmts) >= maxStmts {
		return nil, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = st
	return st, nil
}

func (t *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := t.flush(ctx); err != nil {
		return nil, err
	}
	return t.tx.QueryContext(ctx, t.s.q(query), args...)
}

// queryRow runs a query returning one row; a failed flush of waiting
// rows aborts the transaction, so the query fails too, and Update
// returns the flush's error.
func (t *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	t.flush(ctx)
	return t.tx.QueryRowContext(ctx, t.s.q(query), args...)
}

// rowWriter inserts rows with one statement, INSERT INTO head VALUES
// (?, ...) tail. On PostgreSQL the rows wait in the transaction and go
// as multi-row INSERTs, a round trip per chunk instead of per row
// (chunks of power-of-two sizes, so that the driver prepares a handful
// of statements per table); they are sent, in the order they were
// added, before any other statement of the transaction and before it
// commits, so the transaction reads and writes exactly as if each row
// had gone at once. On SQLite, in the process, each row runs the
// transaction's prepared statement at once.
type rowWriter struct {
	t          *Tx
	head, tail string
	cols       int
	args       []any
}

// maxInsertRows bounds the rows of one multi-row INSERT (PostgreSQL
// takes at most 65,535 parameters a statement).
const maxInsertRows = 1024

// rows returns the transaction's writer for a statement inserting cols
// values a row into head ("table (col, ...)"), tail after the values
// ("" or an ON CONFLICT clause).
func (t *Tx) rows(head string, cols int, tail string) *rowWriter {
	key := head + "\x00" + tail
	if w, ok := t.inserts[key]; ok {
		return w
	}
	w := &rowWriter{t: t, head: head, tail: tail, cols: cols}
	if t.inserts == nil {
		t.inserts = map[string]*rowWriter{}
	}
	t.inserts[key] = w
	t.order = append(t.order, w)
	return w
}

// add inserts one row (len(args) == cols).
func (w *rowWriter) add(ctx context.Context, args ...any) error {
	if len(args) != w.cols {
		return fmt.Errorf("insert into %s: %d values for %d columns", w.head, len(args), w.cols)
	}
	if w.t.s.kind != Postgres {
		_, err := w.t.exec(ctx, w.statement(1), args...)
		return err
	}
	if w.t.err != nil {
		return w.t.err
	}
	w.args = append(w.args, args...)
	limit := maxInsertRows
	if w.copies() {
		limit = maxCopyRows
	}
	if len(w.args) >= limit*w.cols {
		return w.t.flush(ctx)
	}
	return nil
}

// copyMin is the fewest waiting rows a writer sends with COPY rather
// than INSERT (a COPY asks the server for the columns' types first, a
// round trip more); maxCopyRows bounds the rows of one COPY.
const (
	copyMin     = 128
	maxCopyRows = 16384
)

// copies reports whether the writer's rows may go by COPY: PostgreSQL,
// on a connection of its own, and no ON CONFLICT clause.
func (w *rowWriter) copies() bool {
	return w.t.conn != nil && w.tail == ""
}

// copyRows sends the waiting rows with COPY FROM (PostgreSQL's bulk
// load: no statement of thousands of parameters to parse and plan, the
// values in binary), in the transaction.
func (w *rowWriter) copyRows(ctx context.Context) error {
	table, cols, ok := strings.Cut(w.head, " (")
	if !ok {
		return fmt.Errorf("insert into %s: no column list", w.head)
	}
	names := strings.Split(strings.TrimSuffix(cols, ")"), ", ")
	n := len(w.args) / w.cols
	rows := make([][]any, n)
	for i := range rows {
		rows[i] = w.args[i*w.cols : (i+1)*w.cols]
	}
	err := w.t.conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("not a pgx connection: %T", dc)
		}
		_, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, names, pgx.CopyFromRows(rows))
		return err
	})
	if err != nil {
		return fmt.Errorf("copy into %s: %w", w.head, err)
	}
	w.args = nil
	return nil
}

// statement is the INSERT of n rows.
func (w *rowWriter) statement(n int) string {
	row := "(" + inList(w.cols) + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(w.head)
	b.WriteString(" VALUES ")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(w.tail)
	return b.String()
}

// send inserts the waiting rows.
func (w *rowWriter) send(ctx context.Context) error {
	if w.copies() && len(w.args) >= copyMin*w.cols {
		return w.copyRows(ctx)
	}
	for len(w.args) > 0 {
		n := len(w.args) / w.cols
		k := 1
		for k*2 <= n && k*2 <= maxInsertRows {
			k *= 2
		}
		if _, err := w.t.tx.ExecContext(ctx, w.t.s.q(w.statement(k)), w.args[:k*w.cols]...); err != nil {
			return fmt.Errorf("insert into %s: %w", w.head, err)
		}
		w.args = w.args[k*w.cols:]
	}
	w.args = nil
	return nil
}

// flush sends every waiting row (PostgreSQL).
func (t *Tx) flush(ctx context.Context) error {
	if t.err != nil {
		return t.err
	}
	for _, w := range t.order {
		if len(w.args) == 0 {
			continue
		}
		if err := w.send(ctx); err != nil {
			t.err = err
			return err
		}
	}
	return nil
}

// Update runs fn in one transaction: everything fn wrote is committed
// together, or nothing is when fn or the commit fails.
func (s *Store) Update(ctx context.Context, fn func(*Tx) error) error {
	t := &Tx{s: s}
	var err error
	if s.kind == Postgres {
		// a connection of its own, for the bulk inserts (COPY) that
		// database/sql does not offer
		if t.conn, err = s.db.Conn(ctx); err != nil {
			return err
		}
		defer t.conn.Close()
		t.tx, err = t.conn.BeginTx(ctx, nil)
	} else {
		t.tx, err = s.db.BeginTx(ctx, nil)
	}
	if err != nil {
		return err
	}
	// rolled back unless committed, also when fn panics: an open
	// transaction would hold SQLite's one connection, or the
	// PostgreSQL connection that waits for it to close, for ever
	defer t.tx.Rollback()
	err = fn(t)
	if err == nil && t.touched > 0 {
		_, err = t.exec(ctx, `UPDATE counters SET n = n + ? WHERE name = 'changes'`, t.touched)
	}
	if err == nil {
		err = t.flush(ctx)
	}
	if err != nil {
		return err
	}
	return t.tx.Commit()
}

func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return s.db.ExecContext(ctx, s.q(query), args...)
}

func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.q(query), args...)
}

func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return s.db.QueryRowContext(ctx, s.q(query), args...)
}

// migrationLock is the advisory lock that serialises migrations of one
// PostgreSQL database by several processes.
const migrationLock = 0x6b67_0001

// Version returns the schema version of the store.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.queryRow(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v)
	return int(v.Int64), err
}

// migrate applies the embedded migrations the store has not seen, each
// in its own transaction with its version row.
func (s *Store) migrate(ctx context.Context) error {
	dir := path.Join("migrations", string(s.kind))
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return err
	}
	type mig struct {
		v    int
		name string
	}
	var ms []mig
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".sql") {
			continue
		}
		v, err := strconv.Atoi(strings.SplitN(n, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: no version number", n)
		}
		ms = append(ms, mig{v, n})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].v < ms[j].v })
	if _, err := s.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	for _, m := range ms {
		err := s.Update(ctx, func(tx *Tx) error {
			if s.kind == Postgres {
				if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, migrationLock); err != nil {
					return err
				}
			}
			var n int
			if err := tx.queryRow(ctx, `SELECT COUNT(*) FROM schema_version WHERE version = ?`, m.v).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			b, err := migrations.ReadFile(path.Join(dir, m.name))
			if err != nil {
				return err
			}
			for _, stmt := range splitSQL(string(b)) {
				if _, err := tx.tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
			}
			_, err = tx.exec(ctx, `INSERT INTO schema_version (version, applied) VALUES (?, ?)`, m.v, now())
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// splitSQL splits a migration file into statements at semicolons that
// end a line, dropping comment lines.
func splitSQL(src string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

// Meta returns a value of the meta table ("" when absent).
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := s.queryRow(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetMeta sets a value of the meta table.
func (t *Tx) SetMeta(ctx context.Context, key, value string) error {
	_, err := t.exec(ctx, `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// Meta reads a value of the meta table inside the transaction.
func (t *Tx) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := t.queryRow(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// inList returns "?, ?, ..." for n values.
func inList(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// textPairsIn runs a query whose one IN list is written "(…)" over ids,
// a batch of at most n at a time, and hands fn the two text columns of
// each row.
func (t *Tx) textPairsIn(ctx context.Context, q string, ids []string, n int, fn func(a, b string)) error {
	return chunks(ids, n, func(part []string) error {
		rows, err := t.query(ctx, strings.Replace(q, "(…)", "("+inList(len(part))+")", 1), anys(part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var a, b string
			if err := rows.Scan(&a, &b); err != nil {
				return err
			}
			fn(a, b)
		}
		return rows.Err()
	})
}

// chunks calls fn on successive parts of xs of at most n elements.
func chunks[T any](xs []T, n int, fn func([]T) error) error {
	for len(xs) > 0 {
		k := min(n, len(xs))
		if err := fn(xs[:k]); err != nil {
			return err
		}
		xs = xs[k:]
	}
	return nil
}
