package ew

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"

	"newskg/graph"
)

// A Stage writes the files of one folder side by side, each to a
// temporary file beside its own (graph.CreateTemp), and renames them all
// into place only when every one has been written and closed (Commit);
// Discard removes what is left of them, so that a failure, or the
// context's end, leaves the folder as it was. The temporary files of a
// process killed while writing are removed by the next Stage on the
// folder (graph.RemoveStaleTemps).
//
// The renames of Commit are not one step: a crash between two of them
// leaves some files new and some old (a journal, as graph.OutputSet
// keeps, would be needed for more).
type Stage struct {
	ctx   context.Context
	dir   string
	files []staged
}

type staged struct {
	f    TempFile
	name string
	out  *Writer
}

// TempFile is what a Stage needs of a temporary file (an *os.File).
type TempFile interface {
	io.WriteCloser
	Name() string
}

// CreateTemp makes a Stage's temporary file in dir for the file name.
// Tests replace it to make writes fail.
var CreateTemp = func(dir, name string) (TempFile, error) {
	f, err := graph.CreateTemp(dir, name)
	if err != nil {
		return nil, err // not a nil *os.File in an interface
	}
	return f, nil
}

// NewStage starts staging files for dir, which it creates if need be;
// it removes the temporary files that killed runs left there. Once ctx
// is done, writes fail with its error.
func NewStage(ctx context.Context, dir string) (*Stage, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	graph.RemoveStaleTemps(dir, "")
	return &Stage{ctx: ctx, dir: dir}, nil
}

// Create starts the file name of the folder, to be written through the
// Writer it returns (Commit flushes it).
func (s *Stage) Create(name string) (*Writer, error) {
	if err := s.ctx.Err(); err != nil {
		return nil, err
	}
	f, err := CreateTemp(s.dir, name)
	if err != nil {
		return nil, err
	}
	var to io.Writer = f
	if osf, ok := f.(*os.File); ok {
		to = graph.WriteBehind(osf)
	}
	out := New(WithContext(s.ctx, to))
	s.files = append(s.files, staged{f, name, out})
	return out, nil
}

// Commit flushes and closes every file, then renames them into place.
// Once it has returned an error, the caller must Discard.
func (s *Stage) Commit() error {
	var err error
	for i, x := range s.files {
		err = errors.Join(err, x.out.Flush(), x.f.Close())
		s.files[i].out = nil // closed
	}
	if err == nil {
		err = s.ctx.Err()
	}
	if err != nil {
		return err
	}
	for _, x := range s.files {
		if err := os.Chmod(x.f.Name(), 0o644); err != nil {
			return err
		}
	}
	for i, x := range s.files {
		if err := os.Rename(x.f.Name(), filepath.Join(s.dir, x.name)); err != nil {
			return err
		}
		s.files[i].f = nil
	}
	s.files = nil
	return nil
}

// Discard removes the temporary files not renamed into place. It may be
// called after Commit, which makes it a no-op.
func (s *Stage) Discard() {
	for _, x := range s.files {
		if x.f == nil {
			continue
		}
		if x.out != nil {
			x.f.Close()
		}
		os.Remove(x.f.Name())
	}
	s.files = nil
}

// WithContext returns w, whose writes fail with ctx's error once ctx is
// done: a writer of a long output stops at its next block.
func WithContext(ctx context.Context, w io.Writer) io.Writer {
	if ctx.Done() == nil {
		return w // never done
	}
	return ctxWriter{ctx, w}
}

type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
