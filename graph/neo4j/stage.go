package neo4j

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"newskg/graph/internal/ew"
)

// stage writes the files of one folder side by side, each to a
// temporary file beside its own, and renames them all into place only
// when every one has been written and closed (commit); discard removes
// what is left of them, so that a failure leaves the folder as it was.
type stage struct {
	dir   string
	files []staged
}

type staged struct {
	f    tempFile
	name string
	out  *ew.Writer
}

// tempFile is what stage needs of an *os.File.
type tempFile interface {
	io.WriteCloser
	Name() string
}

// createTemp makes the temporary files (a test makes them fail).
var createTemp = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }

func newStage(dir string) (*stage, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &stage{dir: dir}, nil
}

// create starts the file name of the folder, to be written through the
// Writer it returns.
func (s *stage) create(name string) (*ew.Writer, error) {
	f, err := createTemp(s.dir, "."+name+".tmp*")
	if err != nil {
		return nil, err
	}
	out := ew.New(f)
	s.files = append(s.files, staged{f, name, out})
	return out, nil
}

// commit flushes and closes every file, then renames them into place.
func (s *stage) commit() error {
	var err error
	for _, x := range s.files {
		err = errors.Join(err, x.out.Flush(), x.f.Close())
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

// discard removes the temporary files not renamed into place.
func (s *stage) discard() {
	for _, x := range s.files {
		if x.f != nil {
			x.f.Close() // may be closed already
			os.Remove(x.f.Name())
		}
	}
	s.files = nil
}
