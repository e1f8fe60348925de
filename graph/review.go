package graph

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Review is the analysts' review file: decisions applied at every build,
// so that corrections survive rebuilds. It is JSON:
//
//	{"version": 1, "decisions": [
//	  {"id": "d-1c9e0b7a4f2d", "op": "same-as", "entities": ["person-tomas-varga", "person-t-varga"],
//	   "author": "rana", "time": "2025-03-01T10:00:00Z",
//	   "anchor": {"entities": [{"id": "person-tomas-varga", "type": "Person", "name": "Tomas Varga",
//	                            "seen": [{"form": "Tomas Varga", "doc": "a.txt"}]}, ...]}},
//	  {"op": "not-same-as", "entities": ["city-moscow", "organization-moscow"]},
//	  {"op": "rename", "entities": ["person-t-varga"], "name": "Tomas Varga"},
//	  {"op": "retype", "entities": ["place-kremlin"], "type": "Organization"},
//	  {"op": "split", "entities": ["person-x"], "forms": ["Wrong Form"]},
//	  {"op": "reject", "fact": "rel-0123456789ab"},
//	  {"op": "accept", "fact": "rel-0123456789ab"},
//	  {"op": "revoke", "revokes": "d-1c9e0b7a4f2d", "author": "omar"}]}
//
// Entities are named by id or by any of their surface forms. What each
// kind of decision means, everywhere it is used, is the table
// DecisionKinds; ApplyReview applies it.
type Review struct {
	Version   int        `json:"version"`
	Decisions []Decision `json:"decisions"`
}

// Review operations.
const (
	OpSameAs    = "same-as"
	OpNotSameAs = "not-same-as"
	OpRename    = "rename"
	OpRetype    = "retype"
	OpSplit     = "split"
	OpAccept    = "accept"
	OpReject    = "reject"
	OpRevoke    = "revoke"
)

// Decision is one analyst correction. ID names it for good (an undo, a
// revocation, the id of an entity it creates); Author and Time say who
// made it and when; Anchor records what the analyst saw, so that the
// decision is applied only to that.
type Decision struct {
	ID       string   `json:"id,omitempty"`
	Op       string   `json:"op"`
	Entities []string `json:"entities,omitempty"`
	Forms    []string `json:"forms,omitempty"`
	Fact     string   `json:"fact,omitempty"`
	Name     string   `json:"name,omitempty"`
	Type     string   `json:"type,omitempty"`
	Revokes  string   `json:"revokes,omitempty"`
	Note     string   `json:"note,omitempty"`
	Author   string   `json:"author,omitempty"`
	Time     string   `json:"time,omitempty"`
	Anchor   *Anchor  `json:"anchor,omitempty"`
}

// ErrBadDecision marks a decision that is malformed.
var ErrBadDecision = errors.New("bad review decision")

// Validate checks the shape of a decision (not whether its ids exist):
// its kind's rule in DecisionKinds, and an anchor that fits it.
func (d Decision) Validate() error {
	k := KindOf(d.Op)
	if k == nil {
		return fmt.Errorf("%w: unknown op %q", ErrBadDecision, d.Op)
	}
	if msg := k.validate(d); msg != "" {
		return fmt.Errorf("%w: %s: %s", ErrBadDecision, d.Op, msg)
	}
	if a := d.Anchor; a != nil {
		if len(a.Entities) > 0 && len(a.Entities) != len(d.Entities) {
			return fmt.Errorf("%w: %s: the anchor has %d entities, the decision %d", ErrBadDecision, d.Op, len(a.Entities), len(d.Entities))
		}
		if a.Fact != nil && d.Fact == "" {
			return fmt.Errorf("%w: %s: a fact anchor on a decision without a fact", ErrBadDecision, d.Op)
		}
	}
	return nil
}

// contentID is the id a decision without one gets: a hash of what it
// says, so that it is the same at every load.
func (d Decision) contentID() string {
	d.ID = ""
	b, _ := json.Marshal(d)
	h := sha1.Sum(b)
	return "d-" + hex.EncodeToString(h[:6])
}

// AssignIDs gives every decision without an id one made from its content
// (a repeated decision gets -2, -3 by its rank among its equals).
func (r *Review) AssignIDs() {
	used := map[string]bool{}
	for _, d := range r.Decisions {
		if d.ID != "" {
			used[d.ID] = true
		}
	}
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if d.ID != "" {
			continue
		}
		base := d.contentID()
		id := base
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		used[id] = true
		d.ID = id
	}
}

// Find returns the index of the decision with the given id, or -1.
func (r *Review) Find(id string) int {
	for i, d := range r.Decisions {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// LoadReview reads a review file. A missing file is an empty review.
// Decisions without an id get one from their content (AssignIDs).
func LoadReview(path string) (*Review, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Review{Version: 1}, nil
	}
	if err != nil {
		return nil, err
	}
	var r Review
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("review file %s: %w", path, err)
	}
	seen := map[string]bool{}
	for i, d := range r.Decisions {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("review file %s: decision %d: %w", path, i+1, err)
		}
		if d.ID != "" && seen[d.ID] {
			return nil, fmt.Errorf("review file %s: decision %d: %w: id %q used twice", path, i+1, ErrBadDecision, d.ID)
		}
		seen[d.ID] = true
	}
	if r.Version == 0 {
		r.Version = 1
	}
	r.AssignIDs()
	return &r, nil
}

// Save writes the review file atomically.
func (r *Review) Save(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, append(b, '\n'))
}

// WriteFileAtomic writes data to a temporary file beside path and renames
// it into place, so that readers never see a partial file.
func WriteFileAtomic(path string, data []byte) error {
	return WriteAtomicFunc(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
