package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Review is the analysts' review file: decisions applied at every build,
// so that corrections survive rebuilds. It is JSON:
//
//	{"version": 1, "decisions": [
//	  {"op": "same-as", "entities": ["person-steve-witkoff", "person-s-witkoff"]},
//	  {"op": "not-same-as", "entities": ["city-moscow", "organization-moscow"]},
//	  {"op": "rename", "entities": ["person-s-witkoff"], "name": "Steve Witkoff"},
//	  {"op": "retype", "entities": ["place-kremlin"], "type": "Organization"},
//	  {"op": "split", "entities": ["person-x"], "forms": ["Wrong Form"]},
//	  {"op": "reject", "fact": "rel-0123456789ab"},
//	  {"op": "accept", "fact": "rel-0123456789ab"}]}
//
// Entities are named by id; Forms may also name them by any of their
// surface forms, which keeps a decision valid when an id changes.
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
)

// Decision is one analyst correction.
type Decision struct {
	Op       string   `json:"op"`
	Entities []string `json:"entities,omitempty"`
	Forms    []string `json:"forms,omitempty"`
	Fact     string   `json:"fact,omitempty"`
	Name     string   `json:"name,omitempty"`
	Type     string   `json:"type,omitempty"`
	Note     string   `json:"note,omitempty"`
	Time     string   `json:"time,omitempty"`
}

// ErrBadDecision marks a decision that is malformed.
var ErrBadDecision = errors.New("bad review decision")

// Validate checks the shape of a decision (not whether its ids exist).
func (d Decision) Validate() error {
	bad := func(msg string) error { return fmt.Errorf("%w: %s: %s", ErrBadDecision, d.Op, msg) }
	switch d.Op {
	case OpSameAs, OpNotSameAs:
		if len(d.Entities) < 2 {
			return bad("needs two or more entities")
		}
	case OpRename:
		if len(d.Entities) != 1 || d.Name == "" {
			return bad("needs one entity and a name")
		}
	case OpRetype:
		if len(d.Entities) != 1 || !EntityType(d.Type).Valid() {
			return bad("needs one entity and a valid type")
		}
	case OpSplit:
		if len(d.Entities) != 1 || len(d.Forms) == 0 {
			return bad("needs one entity and the forms to split off")
		}
	case OpAccept, OpReject:
		if d.Fact == "" {
			return bad("needs a fact id")
		}
	default:
		return fmt.Errorf("%w: unknown op %q", ErrBadDecision, d.Op)
	}
	return nil
}

// LoadReview reads a review file. A missing file is an empty review.
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
	for i, d := range r.Decisions {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("review file %s: decision %d: %w", path, i+1, err)
		}
	}
	if r.Version == 0 {
		r.Version = 1
	}
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
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
