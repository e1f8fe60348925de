package web

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"reflect"
	"strconv"
	"time"

	"newskg/graph"
)

// The review routes. The server stores decisions; what they mean is the
// table graph.DecisionKinds (checked with graph.CheckDecision, shown with
// graph.Reflected, applied by the build with graph.ApplyReview).
//
// A decision posted is given an id, the server's time and an anchor taken
// from the graph the analyst sees (the names, forms and documents of the
// entities, the statement and sentence of the fact), so that a later
// build applies it only to what the analyst saw. It is pending until the
// next rebuild. A pending decision can be undone (DELETE, which removes
// it: it never took effect); an applied one is revoked by posting
// {"op": "revoke", "revokes": ID}, which is itself a decision with an
// author and a time, so that the file keeps the whole history.

type decisionOut struct {
	Index int `json:"index"`
	graph.Decision
	Status    string `json:"status"` // "applied" or "pending"
	Reflected bool   `json:"reflected"`
	// Revoked is "applied" or "pending" when a revocation names the
	// decision, else "".
	Revoked   string `json:"revoked,omitempty"`
	RevokedBy string `json:"revokedBy,omitempty"`
}

// listing describes every decision of rv against graph g built from the
// first built decisions of the file.
func listing(g *graph.KG, rv *graph.Review, built int) []decisionOut {
	refl := graph.Reflected(g, rv)
	out := make([]decisionOut, 0, len(rv.Decisions))
	for i, d := range rv.Decisions {
		o := decisionOut{Index: i, Decision: d, Status: status(i, built), Reflected: refl[i]}
		out = append(out, o)
	}
	for i, d := range rv.Decisions {
		if d.Op != graph.OpRevoke {
			continue
		}
		if t := rv.Find(d.Revokes); t >= 0 && t < i && out[t].Revoked != "applied" {
			out[t].Revoked, out[t].RevokedBy = status(i, built), d.ID
		}
	}
	return out
}

func status(i, built int) string {
	if i < built {
		return "applied"
	}
	return "pending"
}

// readReview reads the decisions from the store or the review file.
func (s *server) readReview(ctx context.Context) (*graph.Review, error) {
	if s.cfg.Decisions != nil {
		return s.cfg.Decisions.Load(ctx)
	}
	return graph.LoadReview(s.cfg.ReviewPath)
}

// loadReview reads the review file, or answers 500.
func (s *server) loadReview(w http.ResponseWriter) (*graph.Review, bool) {
	rv, err := s.readReview(context.Background())
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return nil, false
	}
	return rv, true
}

func (s *server) handleReviewList(w http.ResponseWriter, r *http.Request) {
	// The file is replaced atomically, so it can be read without fileMu
	// (which a running build holds).
	rv, ok := s.loadReview(w)
	if !ok {
		return
	}
	g, built, at, gen := s.current()
	out := listing(g, rv, built)
	pending := 0
	for _, d := range out {
		if d.Status == "pending" {
			pending++
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"path":      filepath.Base(s.cfg.ReviewPath),
		"decisions": out,
		"applied":   min(built, len(rv.Decisions)),
		"pending":   pending,
		"build":     map[string]any{"generation": gen, "decisions": built, "time": at.UTC().Format(time.RFC3339)},
	})
}

// decisionError answers a decision that graph.CheckDecision refused.
func decisionError(w http.ResponseWriter, err error) {
	code := http.StatusUnprocessableEntity
	if errors.Is(err, graph.ErrUnknownEntity) || errors.Is(err, graph.ErrUnknownFact) {
		code = http.StatusNotFound
	}
	httpError(w, code, err.Error())
}

// newDecisionID names a decision made now: a hash of what it says and
// when, unique in the file.
func newDecisionID(d graph.Decision, rv *graph.Review) string {
	b, _ := json.Marshal(d)
	for n := 0; ; n++ {
		h := sha1.Sum(append(b, strconv.Itoa(n)...))
		id := "d-" + hex.EncodeToString(h[:6])
		if rv.Find(id) < 0 {
			return id
		}
	}
}

func (s *server) handleReviewPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var d graph.Decision
	if err := dec.Decode(&d); err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", MaxBodyBytes))
			return
		}
		httpError(w, http.StatusBadRequest, "malformed decision: "+err.Error())
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		httpError(w, http.StatusBadRequest, "malformed decision: one JSON object expected")
		return
	}
	if err := boundStrings(reflect.ValueOf(d), "decision"); err != nil {
		httpError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	// The server says when, names the decision and anchors it; a client
	// cannot.
	d.ID, d.Anchor = "", nil
	d.Time = time.Now().UTC().Format(time.RFC3339)
	g, _, _, _ := s.current()
	if err := graph.CheckDecision(g, d); err != nil {
		decisionError(w, err)
		return
	}
	d.Anchor = graph.AnchorFor(g, d)
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	rv, ok := s.loadReview(w)
	if !ok {
		return
	}
	_, built, _, _ := s.current()
	if d.Op == graph.OpRevoke {
		if code, msg := checkRevoke(rv, d, built); code != 0 {
			httpError(w, code, msg)
			return
		}
	}
	d.ID = newDecisionID(d, rv)
	if s.cfg.Decisions != nil {
		s.appendStored(w, r, d)
		return
	}
	rv.Decisions = append(rv.Decisions, d)
	if err := rv.Save(s.cfg.ReviewPath); err != nil {
		httpError(w, http.StatusInternalServerError, "save review: "+err.Error())
		return
	}
	out := listing(g, rv, built)
	writeJSON(w, http.StatusCreated, out[len(out)-1])
}

// appendStored stores a decision in the store and applies it at once
// (kg serve -store). fileMu is held.
func (s *server) appendStored(w http.ResponseWriter, r *http.Request, d graph.Decision) {
	author := r.Header.Get("X-KG-Author")
	if len(author) > 200 {
		httpError(w, http.StatusBadRequest, "X-KG-Author longer than 200 bytes")
		return
	}
	if err := s.cfg.Decisions.Append(r.Context(), author, d); err != nil {
		httpError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}
	s.fileMu.Unlock()
	err := s.rebuild(context.WithoutCancel(r.Context()))
	s.fileMu.Lock()
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	rv, err := s.readReview(r.Context())
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	g, built, _, _ := s.current()
	out := listing(g, rv, built)
	if i := rv.Find(d.ID); i >= 0 {
		writeJSON(w, http.StatusCreated, out[i])
		return
	}
	writeJSON(w, http.StatusCreated, decisionOut{Index: len(out), Decision: d, Status: "applied"})
}

// checkRevoke checks a revocation against the review file: it names an
// applied decision that is not a revocation and not revoked already.
func checkRevoke(rv *graph.Review, d graph.Decision, built int) (int, string) {
	t := rv.Find(d.Revokes)
	switch {
	case t < 0:
		return http.StatusNotFound, fmt.Sprintf("no decision %q", d.Revokes)
	case rv.Decisions[t].Op == graph.OpRevoke:
		return http.StatusUnprocessableEntity, "a revocation cannot be revoked: make the decision again"
	case t >= built:
		return http.StatusConflict, fmt.Sprintf("decision %q is pending: undo it (DELETE /api/review/%s)", d.Revokes, d.Revokes)
	}
	for _, o := range rv.Decisions[t+1:] {
		if o.Op == graph.OpRevoke && o.Revokes == d.Revokes {
			return http.StatusConflict, fmt.Sprintf("decision %q is revoked already (by %s)", d.Revokes, o.ID)
		}
	}
	return 0, ""
}

func (s *server) handleReviewDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// Wait for a running build: it may have read the decision already.
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	rv, ok := s.loadReview(w)
	if !ok {
		return
	}
	i := rv.Find(id)
	if i < 0 {
		httpError(w, http.StatusNotFound, fmt.Sprintf("no decision %q", id))
		return
	}
	if _, built, _, _ := s.current(); i < built {
		httpError(w, http.StatusConflict, fmt.Sprintf("decision %q is applied: revoke it instead (POST /api/review {\"op\":\"revoke\",\"revokes\":%q}), so that the file keeps it", id, id))
		return
	}
	d := rv.Decisions[i]
	rv.Decisions = append(rv.Decisions[:i:i], rv.Decisions[i+1:]...)
	if err := rv.Save(s.cfg.ReviewPath); err != nil {
		httpError(w, http.StatusInternalServerError, "save review: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"deleted": d, "index": i})
}
