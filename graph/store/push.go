package store

import (
	"context"
	"fmt"
	"strings"
)

// pushTables are the tables a push copies, in order.
var pushTables = []string{"documents", "sentences", "extractions", "book", "name_starts", "mentions",
	"entities", "aliases", "merges", "facts", "evidence", "redirects", "decisions", "problems"}

// ErrNotEmpty is returned by Push when the target store has documents.
var ErrNotEmpty = fmt.Errorf("target store is not empty")

// Push copies everything from one store to an empty one, keeping ids,
// in one transaction on the target (kg push). The queue is not copied.
func Push(ctx context.Context, from, to *Store) (map[string]int, error) {
	var n int
	if err := to.queryRow(ctx, `SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, fmt.Errorf("%w: it holds %d documents", ErrNotEmpty, n)
	}
	counts := map[string]int{}
	err := to.Update(ctx, func(tx *Tx) error {
		for _, t := range pushTables {
			k, err := copyTable(ctx, from, tx, t)
			if err != nil {
				return fmt.Errorf("push %s: %w", t, err)
			}
			counts[t] = k
		}
		if to.kind == SQLite {
			if _, err := tx.exec(ctx, `INSERT INTO alias_search (text, entity) SELECT text, entity FROM aliases`); err != nil {
				return err
			}
		} else {
			if _, err := tx.exec(ctx, `SELECT setval(pg_get_serial_sequence('decisions', 'id'), COALESCE((SELECT MAX(id) FROM decisions), 0) + 1, false)`); err != nil {
				return err
			}
		}
		// the copy is resolved as far as the original was
		for _, c := range []string{"changes", "resolved"} {
			v, err := from.counter(ctx, c)
			if err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `UPDATE counters SET n = ? WHERE name = ?`, v, c); err != nil {
				return err
			}
		}
		return nil
	})
	return counts, err
}

func copyTable(ctx context.Context, from *Store, tx *Tx, table string) (int, error) {
	rows, err := from.query(ctx, `SELECT * FROM `+table)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	ins := `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES (` + inList(len(cols)) + `)`
	stmt, err := tx.tx.PrepareContext(ctx, tx.s.q(ins))
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok && cols[i] != "data" {
				vals[i] = string(b)
			}
		}
		if _, err := stmt.ExecContext(ctx, vals...); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}
