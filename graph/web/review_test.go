package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"newskg/graph"
)

type listed struct {
	Applied, Pending int
	Decisions        []decisionOut
}

func (f *fixture) list(t *testing.T) listed {
	t.Helper()
	var l listed
	w := f.do(t, "GET", "/api/review", "")
	if w.Code != 200 {
		t.Fatalf("list: %d %s", w.Code, w.Body)
	}
	if err := json.Unmarshal(w.Body.Bytes(), &l); err != nil {
		t.Fatal(err)
	}
	return l
}

func (f *fixture) post(t *testing.T, body string, code int) decisionOut {
	t.Helper()
	w := f.do(t, "POST", "/api/review", body)
	if w.Code != code {
		t.Fatalf("POST %s: %d %s, want %d", body, w.Code, w.Body, code)
	}
	var d decisionOut
	json.Unmarshal(w.Body.Bytes(), &d)
	return d
}

// TestReviewServerFields: the server names, times and anchors a decision;
// what a client sends for those is not taken.
func TestReviewServerFields(t *testing.T) {
	f := newFixture(t, false)
	d := f.post(t, `{"op":"rename","entities":["person-kesslar"],"name":"Martin Kessler","author":"rana","time":"1999-01-01T00:00:00Z","id":"d-mine",
		"anchor":{"entities":[{"id":"person-kesslar","seen":[{"form":"Forged","doc":"x"}]}]}}`, http.StatusCreated)
	if d.ID == "" || d.ID == "d-mine" || strings.HasPrefix(d.Time, "1999") || d.Author != "rana" {
		t.Errorf("id %q time %q author %q", d.ID, d.Time, d.Author)
	}
	if a := d.Anchor; a == nil || len(a.Entities) != 1 || a.Entities[0].Name != "Kesslar" || a.Entities[0].Seen[0] != (graph.FormSeen{Form: "Kesslar", Doc: "en-1"}) {
		t.Errorf("anchor %+v", d.Anchor)
	}
	r := f.post(t, `{"op":"reject","fact":"`+gromovMuscat+`"}`, http.StatusCreated)
	if fa := r.Anchor.Fact; fa == nil || fa.Subject != "person-pavel-gromov" || fa.Doc != "ar-1" || !strings.Contains(fa.Sentence, "مسقط") {
		t.Errorf("fact anchor %+v", r.Anchor)
	}
	f.post(t, `{"op":"reject","fact":"`+gromovMuscat+`","author":"`+strings.Repeat("a", 400)+`"}`, http.StatusUnprocessableEntity)
}

// TestReviewUndoAndRevoke: a pending decision is undone by DELETE and
// leaves no trace; an applied one cannot be deleted but is revoked, and
// the revocation, with its author, is kept beside it.
func TestReviewUndoAndRevoke(t *testing.T) {
	f := newFixture(t, false)
	merge := f.post(t, `{"op":"same-as","entities":["person-martin-kessler","person-kesslar"],"author":"rana"}`, http.StatusCreated)
	undo := f.post(t, `{"op":"reject","fact":"`+gromovMuscat+`"}`, http.StatusCreated)
	if w := f.do(t, "DELETE", "/api/review/"+undo.ID, ""); w.Code != 200 {
		t.Fatalf("undo: %d %s", w.Code, w.Body)
	}
	if w := f.do(t, "DELETE", "/api/review/"+undo.ID, ""); w.Code != 404 {
		t.Fatalf("undo twice: %d %s", w.Code, w.Body)
	}
	if w := f.do(t, "PUT", "/api/review/"+merge.ID, ""); w.Code != 405 {
		t.Fatalf("PUT: %d", w.Code)
	}
	// A pending decision is undone, not revoked.
	f.post(t, `{"op":"revoke","revokes":"`+merge.ID+`"}`, http.StatusConflict)
	if w := f.do(t, "POST", "/api/rebuild", ""); w.Code != 200 {
		t.Fatalf("rebuild: %d", w.Code)
	}
	l := f.list(t)
	if len(l.Decisions) != 1 || l.Decisions[0].Status != "applied" || !l.Decisions[0].Reflected {
		t.Fatalf("after the rebuild: %+v", l)
	}
	// An applied decision is revoked, not deleted.
	if w := f.do(t, "DELETE", "/api/review/"+merge.ID, ""); w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), "revoke") {
		t.Fatalf("delete applied: %d %s", w.Code, w.Body)
	}
	f.post(t, `{"op":"revoke","revokes":"d-nothing"}`, http.StatusNotFound)
	rev := f.post(t, `{"op":"revoke","revokes":"`+merge.ID+`","author":"omar","note":"two people"}`, http.StatusCreated)
	f.post(t, `{"op":"revoke","revokes":"`+merge.ID+`"}`, http.StatusConflict) // revoked already
	if l := f.list(t); l.Decisions[0].Revoked != "pending" || l.Decisions[0].RevokedBy != rev.ID {
		t.Fatalf("pending revocation: %+v", l.Decisions[0])
	}
	if w := f.do(t, "POST", "/api/rebuild", ""); w.Code != 200 {
		t.Fatalf("rebuild: %d", w.Code)
	}
	l = f.list(t)
	if len(l.Decisions) != 2 || l.Decisions[0].Revoked != "applied" || l.Decisions[1].Status != "applied" || !l.Decisions[1].Reflected {
		t.Fatalf("after revoking: %+v", l.Decisions)
	}
	if l.Decisions[0].Author != "rana" || l.Decisions[1].Author != "omar" || l.Decisions[1].Time == "" {
		t.Errorf("authors and times: %+v", l.Decisions)
	}
	if w := f.do(t, "GET", "/api/entity/person-kesslar", ""); w.Code != 200 {
		t.Errorf("the revoked merge still holds: %d", w.Code)
	}
	f.post(t, `{"op":"revoke","revokes":"`+rev.ID+`"}`, http.StatusUnprocessableEntity)
}
