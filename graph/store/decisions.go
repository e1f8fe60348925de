package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"newskg/graph"
	"newskg/graph/resolve"
	"newskg/graph/textnorm"
)

// Decision is an analyst's decision as stored: the review decision, who
// made it and when, whether it was revoked, and its anchor: for each
// entity it names, the mention spans that entity had when the decision
// was made (see README.md: decisions keep their meaning across ids).
type Decision struct {
	Row int64 // the row id in the store
	graph.Decision
	At        string
	Spans     [][]AnchorSpan // the anchor: per named entity, its mention spans when decided
	RevokedBy string
	RevokedAt string
}

// AnchorSpan is a mention span of an anchor with its text.
type AnchorSpan struct {
	resolve.Span
	Text string `json:"text"`
}

// Active reports whether the decision is in force.
func (d Decision) Active() bool { return d.RevokedAt == "" }

// maxAnchor bounds the spans kept per entity in an anchor: one per
// document and form is plenty to find the entity again.
const maxAnchor = 2000

// AddDecision validates and stores a decision, anchored to the spans
// of the entities it names as the store has them now. Author and time
// are required (the time is set when empty). A revocation (op revoke)
// revokes the decision it names.
func (s *Store) AddDecision(ctx context.Context, d Decision) (int64, error) {
	if err := d.Validate(); err != nil {
		return 0, err
	}
	if d.Op == graph.OpRevoke {
		id, err := s.decisionByID(ctx, d.Revokes)
		if err != nil {
			return 0, err
		}
		return id, s.Revoke(ctx, id, d.Author)
	}
	if strings.TrimSpace(d.Author) == "" {
		return 0, fmt.Errorf("%w: %s: no author", graph.ErrBadDecision, d.Op)
	}
	if d.At == "" {
		d.At = time.Now().UTC().Format(time.RFC3339)
	}
	if d.Time == "" {
		d.Time = d.At
	}
	if d.Spans == nil {
		for _, ref := range d.Entities {
			id, err := s.ResolveID(ctx, "entity", ref)
			if err != nil {
				d.Spans = append(d.Spans, nil)
				continue
			}
			ms, err := s.MentionsOf(ctx, id)
			if err != nil {
				return 0, err
			}
			var spans []AnchorSpan
			seen := map[string]bool{}
			for _, m := range ms {
				k := m.Doc + "\x00" + textnorm.Key(m.Text)
				if seen[k] && d.Op != graph.OpSplit {
					continue
				}
				seen[k] = true
				spans = append(spans, AnchorSpan{resolve.SpanOf(m.Mention), m.Text})
				if len(spans) >= maxAnchor {
					break
				}
			}
			d.Spans = append(d.Spans, spans)
		}
	}
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	ents, forms := d.Entities, d.Forms
	if ents == nil {
		ents = []string{}
	}
	if forms == nil {
		forms = []string{}
	}
	var id int64
	err := s.queryRow(ctx, `INSERT INTO decisions (did, op, entities, forms, fact, name, type, note, author, at, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		d.ID, d.Op, js(ents), js(forms), d.Fact, d.Name, d.Type, d.Note, d.Author, d.At, js(d.Spans)).Scan(&id)
	if err != nil {
		return 0, err
	}
	if d.ID == "" {
		if _, err := s.exec(ctx, `UPDATE decisions SET did = ? WHERE id = ?`, fmt.Sprintf("d-s%d", id), id); err != nil {
			return 0, err
		}
	}
	_, err = s.exec(ctx, `UPDATE counters SET n = n + 1 WHERE name = 'changes'`)
	return id, err
}

// decisionByID finds a decision by its review-file id (or d-sN).
func (s *Store) decisionByID(ctx context.Context, did string) (int64, error) {
	var id int64
	err := s.queryRow(ctx, `SELECT id FROM decisions WHERE did = ?`, did).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("%w: decision %q", ErrNotFound, did)
	}
	return id, nil
}

// Revoke revokes a decision, keeping who revoked it and when.
func (s *Store) Revoke(ctx context.Context, id int64, author string) error {
	if strings.TrimSpace(author) == "" {
		return fmt.Errorf("%w: revoke: no author", graph.ErrBadDecision)
	}
	res, err := s.exec(ctx, `UPDATE decisions SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at = ''`, author, time.Now().UTC().Format(time.RFC3339), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%w: decision %d (or already revoked)", ErrNotFound, id)
	}
	_, err = s.exec(ctx, `UPDATE counters SET n = n + 1 WHERE name = 'changes'`)
	return err
}

// Decisions returns the stored decisions in the order they were made,
// revoked ones included.
func (s *Store) Decisions(ctx context.Context) ([]Decision, error) {
	rows, err := s.query(ctx, `SELECT id, did, op, entities, forms, fact, name, type, note, author, at, anchor, revoked_by, revoked_at FROM decisions ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		var d Decision
		var ents, forms, anchor string
		if err := rows.Scan(&d.Row, &d.ID, &d.Op, &ents, &forms, &d.Fact, &d.Name, &d.Type, &d.Note, &d.Author, &d.At, &anchor, &d.RevokedBy, &d.RevokedAt); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(ents), &d.Entities)
		json.Unmarshal([]byte(forms), &d.Forms)
		json.Unmarshal([]byte(anchor), &d.Spans)
		if len(d.Entities) == 0 {
			d.Entities = nil
		}
		if len(d.Forms) == 0 {
			d.Forms = nil
		}
		d.Time = d.At
		out = append(out, d)
	}
	return out, rows.Err()
}

// Constraints turns the active same-as, not-same-as and split decisions
// into constraints on spans for resolution.
func Constraints(ds []Decision) resolve.Constraints {
	var c resolve.Constraints
	for _, d := range ds {
		if !d.Active() {
			continue
		}
		switch d.Op {
		case graph.OpSameAs:
			var g []resolve.Span
			for _, a := range d.Spans {
				g = append(g, spansOf(a)...)
			}
			c.Same = append(c.Same, g)
		case graph.OpNotSameAs:
			var sides [][]resolve.Span
			for _, a := range d.Spans {
				sides = append(sides, spansOf(a))
			}
			c.Apart = append(c.Apart, sides)
		case graph.OpSplit:
			if len(d.Spans) == 0 {
				continue
			}
			keys := map[string]bool{}
			for _, f := range d.Forms {
				keys[textnorm.Key(f)] = true
			}
			var off, stay []resolve.Span
			for _, sp := range d.Spans[0] {
				if keys[textnorm.Key(sp.Text)] {
					off = append(off, sp.Span)
				} else {
					stay = append(stay, sp.Span)
				}
			}
			if len(off) > 1 {
				c.Same = append(c.Same, off)
			}
			if len(off) > 0 && len(stay) > 0 {
				c.Apart = append(c.Apart, [][]resolve.Span{off, stay})
			}
		}
	}
	return c
}

func spansOf(a []AnchorSpan) []resolve.Span {
	out := make([]resolve.Span, len(a))
	for i, s := range a {
		out[i] = s.Span
	}
	return out
}

// PostReview returns the active decisions applied after resolution
// (rename, retype, accept, reject) as a review, their ids resolved
// through the redirects.
func PostReview(ds []Decision, entity, fact map[string]string) *graph.Review {
	follow := func(m map[string]string, id string) string {
		for i := 0; i < 64; i++ {
			to, ok := m[id]
			if !ok {
				break
			}
			id = to
		}
		return id
	}
	r := &graph.Review{Version: 1}
	for _, d := range ds {
		if !d.Active() {
			continue
		}
		switch d.Op {
		case graph.OpRename, graph.OpRetype, graph.OpAccept, graph.OpReject:
			x := d.Decision
			x.Entities = nil
			for _, e := range d.Entities {
				x.Entities = append(x.Entities, follow(entity, e))
			}
			if x.Fact != "" {
				x.Fact = follow(fact, x.Fact)
			}
			r.Decisions = append(r.Decisions, x)
		}
	}
	return r
}

// Review returns the decisions as a review file has them: in the order
// made, each revocation as a revoke decision after the decision it
// revokes (at the end, in the order revoked).
func (s *Store) Review(ctx context.Context) (*graph.Review, error) {
	ds, err := s.Decisions(ctx)
	if err != nil {
		return nil, err
	}
	r := &graph.Review{Version: 1, Decisions: []graph.Decision{}}
	var revoked []Decision
	for _, d := range ds {
		x := d.Decision
		x.Time = d.At
		r.Decisions = append(r.Decisions, x)
		if !d.Active() {
			revoked = append(revoked, d)
		}
	}
	sort.SliceStable(revoked, func(i, j int) bool { return revoked[i].RevokedAt < revoked[j].RevokedAt })
	for _, d := range revoked {
		r.Decisions = append(r.Decisions, graph.Decision{ID: "r-" + d.ID, Op: graph.OpRevoke, Revokes: d.ID, Author: d.RevokedBy, Time: d.RevokedAt})
	}
	return r, nil
}
