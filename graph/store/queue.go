package store

import (
	"context"
	"fmt"
	"time"
)

// Job is a queued document: its id and the article as JSON.
type Job struct {
	ID       int64
	Doc      string
	Article  string
	Attempts int
}

// Enqueue queues articles (doc id and JSON) for kg worker.
func (s *Store) Enqueue(ctx context.Context, jobs []Job) error {
	return s.Update(ctx, func(tx *Tx) error {
		w := tx.rows(`jobs (doc, article, enqueued)`, 3, "")
		for _, j := range jobs {
			if err := w.add(ctx, j.Doc, j.Article, now()); err != nil {
				return err
			}
		}
		return nil
	})
}

// Claim leases up to n queued jobs to worker for lease: jobs never
// claimed, and jobs whose lease ran out (their worker died). On
// PostgreSQL, FOR UPDATE SKIP LOCKED lets any number of workers claim
// at once without waiting for each other or taking the same job.
func (s *Store) Claim(ctx context.Context, worker string, n int, lease time.Duration) ([]Job, error) {
	nowMs := time.Now().UnixMilli()
	skip := ""
	if s.kind == Postgres {
		skip = " FOR UPDATE SKIP LOCKED"
	}
	var out []Job
	err := s.Update(ctx, func(tx *Tx) error {
		rows, err := tx.query(ctx, `UPDATE jobs SET state = 'running', worker = ?, lease = ?, attempts = attempts + 1
			WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND lease < ?) ORDER BY id LIMIT ?`+skip+`)
			RETURNING id, doc, article, attempts`, worker, nowMs+lease.Milliseconds(), nowMs, n)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var j Job
			if err := rows.Scan(&j.ID, &j.Doc, &j.Article, &j.Attempts); err != nil {
				return err
			}
			out = append(out, j)
		}
		return rows.Err()
	})
	return out, err
}

// ErrLeaseLost is returned when a worker finishes a job whose lease ran
// out and went to another worker: its work is rolled back.
var ErrLeaseLost = fmt.Errorf("job lease lost")

// Finish marks a job done by worker inside the transaction that stores
// its work, so that a job is done exactly once: when the lease went to
// another worker meanwhile, it fails with ErrLeaseLost and the caller's
// transaction rolls back.
func (t *Tx) Finish(ctx context.Context, id int64, worker, problem string) error {
	state := "done"
	if problem != "" {
		state = "failed"
	}
	res, err := t.exec(ctx, `UPDATE jobs SET state = ?, error = ?, finished = ? WHERE id = ? AND worker = ? AND state = 'running'`, state, problem, now(), id, worker)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("%w: job %d", ErrLeaseLost, id)
	}
	return nil
}

// QueueStats counts jobs by state.
func (s *Store) QueueStats(ctx context.Context) (map[string]int, error) {
	rows, err := s.query(ctx, `SELECT state, COUNT(*) FROM jobs GROUP BY state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[st] = n
	}
	return out, rows.Err()
}

// JobsOf returns how many times each document's jobs were finished
// (done or failed), for tests and audits.
func (s *Store) JobsOf(ctx context.Context) (map[string]int, error) {
	rows, err := s.query(ctx, `SELECT doc, COUNT(*) FROM jobs WHERE state IN ('done', 'failed') GROUP BY doc`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var d string
		var n int
		if err := rows.Scan(&d, &n); err != nil {
			return nil, err
		}
		out[d] = n
	}
	return out, rows.Err()
}

// TryLock takes the resolution lock without waiting; ok is false when
// another process holds it. SQLite always gets it.
func (s *Store) TryResolveLock(ctx context.Context) (unlock func(), ok bool, err error) {
	if s.kind != Postgres {
		return func() {}, true, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(resolveLock)).Scan(&ok); err != nil || !ok {
		conn.Close()
		return nil, false, err
	}
	return func() {
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(resolveLock))
		conn.Close()
	}, true, nil
}

// Awaits reports whether a document (with the content hash hash) still
// waits for the output of its extraction marked at generation gen: no
// other process stored one for that generation or a later one, and the
// document was not replaced. On PostgreSQL its row stays locked until
// the transaction ends, so that two workers completing the same
// document store one output.
func (t *Tx) Awaits(ctx context.Context, doc, hash string, gen int64) (bool, error) {
	lock := ""
	if t.s.kind == Postgres {
		lock = " FOR UPDATE"
	}
	var n int
	err := t.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT id FROM documents WHERE id = ? AND hash = ? AND done < ? AND needs >= ?`+lock+`) d`, doc, hash, gen, gen).Scan(&n)
	return n > 0, err
}
