package graph

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// WriteAtomicFunc is WriteFileAtomic for output that is streamed rather
// than held in memory: write fills a temporary file beside path, which
// is renamed into place only when write and the close succeed. The
// temporary files of path that a killed run left (CreateTemp) are
// removed first.
//
// A path that names something other than a regular file (/dev/null, a
// named pipe, /dev/stdout) is written directly: a temporary file renamed
// over it would replace the device or pipe with a file.
func WriteAtomicFunc(path string, write func(io.Writer) error) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		return writeClose(f, f, write)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	RemoveStaleTemps(dir, filepath.Base(path))
	f, err := CreateTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = writeClose(f, WriteBehind(f), write)
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeClose has write fill w, which writes to f, and closes f; the
// error is write's, else the close's.
func writeClose(f *os.File, w io.Writer, write func(io.Writer) error) error {
	err := write(w)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// The names an OutputSet keeps in its folder.
const (
	// ManifestName lists, one per line, the files and folders the last
	// committed set put in the folder.
	ManifestName = ".kg-outputs"
	stagePrefix  = ".kg-staging-"
	journalName  = ".kg-commit"
	trashName    = ".trash" // inside a staging folder
)

// ErrBadOutputName is returned by OutputSet.Path for a name that is not
// one plain path element.
var ErrBadOutputName = errors.New("bad output name")

// An OutputSet writes the files and folders of one build into a folder
// as one set: they are written into a staging folder inside it (so on
// the same file system) and moved into place together by Commit, only
// after every one of them has been written. A set that is discarded, or
// whose process dies before Commit, changes nothing in the folder.
//
// The folder's manifest (ManifestName) lists what the last committed set
// wrote. Commit removes the entries of the previous set that the new one
// does not have (a graph.svg from an earlier build is never left beside
// a newer graph.jsonld); files and folders that no set wrote are never
// touched.
//
// Commit is a sequence of renames, recorded first in a journal in the
// folder; if the process dies in the middle, the next OutputSet opened
// on the folder finishes it, and removes staging folders that dead
// processes left behind. On Unix, sets on the same folder, in one
// process or several, are serialised by file locks; elsewhere there is
// no locking and concurrent builds into one folder must be avoided.
type OutputSet struct {
	dir   string
	stage string
	lock  *os.File // holds the staging folder's lock while the set is open
}

// NewOutputSet opens a set on dir, creating dir if need be. It first
// finishes a commit that a dead process left halfway and removes stale
// staging folders.
func NewOutputSet(dir string) (*OutputSet, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lockPath(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := recoverOutputs(dir); err != nil {
		return nil, err
	}
	stage, err := os.MkdirTemp(dir, stagePrefix+"*")
	if err != nil {
		return nil, err
	}
	lf, err := os.Open(stage)
	if err == nil {
		_, err = lockFile(lf, false)
	}
	if err != nil {
		if lf != nil {
			lf.Close()
		}
		os.RemoveAll(stage)
		return nil, err
	}
	return &OutputSet{dir: dir, stage: stage, lock: lf}, nil
}

// Path returns where to write the entry name (a file or a folder) of the
// set. Name must be one plain path element: not hidden, no separator.
func (s *OutputSet) Path(name string) (string, error) {
	if !plainName(name) {
		return "", fmt.Errorf("%w %q", ErrBadOutputName, name)
	}
	return filepath.Join(s.stage, name), nil
}

// Dir is the folder the set is committed to.
func (s *OutputSet) Dir() string { return s.dir }

// plainName reports whether name is one path element that is not hidden.
func plainName(name string) bool {
	return name != "" && name != "." && name != ".." && !strings.HasPrefix(name, ".") &&
		!strings.ContainsAny(name, `/\`) && filepath.Base(name) == name
}

// Discard removes what the set has written; the folder is left as it
// was. It may be called after Commit, which makes it a no-op.
func (s *OutputSet) Discard() {
	if s.lock == nil {
		return
	}
	os.RemoveAll(s.stage)
	s.lock.Close()
	s.lock = nil
}

// Commit moves every entry written into the set into the folder, and
// removes the entries of the previous set that this one lacks. It
// returns the paths of the entries now in the folder, sorted.
func (s *OutputSet) Commit() ([]string, error) {
	if s.lock == nil {
		return nil, errors.New("output set already committed or discarded")
	}
	defer s.Discard()
	es, err := os.ReadDir(s.stage)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range es {
		if plainName(e.Name()) {
			names = append(names, e.Name())
		} else if err := os.RemoveAll(filepath.Join(s.stage, e.Name())); err != nil {
			return nil, err // a temporary file of a writer
		}
	}
	sort.Strings(names)
	var man bytes.Buffer
	for _, n := range names {
		man.WriteString(n + "\n")
	}
	if err := os.WriteFile(filepath.Join(s.stage, ManifestName), man.Bytes(), 0o644); err != nil {
		return nil, err
	}
	unlock, err := lockPath(s.dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	old, err := readManifest(s.dir)
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	for _, n := range names {
		keep[n] = true
	}
	var j bytes.Buffer
	j.WriteString(filepath.Base(s.stage) + "\n")
	for _, n := range old {
		if !keep[n] {
			j.WriteString(n + "\n")
		}
	}
	if err := WriteFileAtomic(filepath.Join(s.dir, journalName), j.Bytes()); err != nil {
		return nil, err
	}
	if err := rollForward(s.dir); err != nil {
		// Keep the staging folder: the journal names it, and the next
		// set opened on the folder finishes the commit.
		s.lock.Close()
		s.lock = nil
		return nil, fmt.Errorf("commit outputs to %s (the next build finishes it): %w", s.dir, err)
	}
	removeTemps(s.dir, append(names, old...))
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join(s.dir, n))
	}
	return paths, nil
}

// readManifest returns the plain names listed in dir's manifest; a
// missing manifest lists nothing.
func readManifest(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return plainLines(b), nil
}

// plainLines returns the lines of b that are plain names; others are
// ignored, so that a damaged file can never name a path outside the
// folder.
func plainLines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if n := sc.Text(); plainName(n) {
			out = append(out, n)
		}
	}
	return out
}

// recoverOutputs finishes a commit left halfway and removes staging
// folders whose owner is gone. The caller holds dir's lock.
func recoverOutputs(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, journalName)); err == nil {
		if err := rollForward(dir); err != nil {
			return fmt.Errorf("finish the interrupted commit in %s: %w", dir, err)
		}
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range es {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), stagePrefix) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		free, err := lockFile(f, false)
		if err == nil && free {
			os.RemoveAll(p) // its process died before committing
		}
		f.Close()
	}
	return nil
}

// rollForward carries out the journal in dir: it moves every entry of
// the staging folder it names into dir, removes the stale entries it
// lists, then the journal and the staging folder. Each step can be
// repeated, so a rollForward cut short is finished by the next.
func rollForward(dir string) error {
	jp := filepath.Join(dir, journalName)
	b, err := os.ReadFile(jp)
	if err != nil {
		return err
	}
	lines := strings.SplitN(string(b), "\n", 2)
	name := lines[0]
	if !strings.HasPrefix(name, stagePrefix) || filepath.Base(name) != name {
		return os.Remove(jp) // not ours: ignore it
	}
	stage := filepath.Join(dir, name)
	es, err := os.ReadDir(stage)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var entries []string
	for _, e := range es {
		if plainName(e.Name()) {
			entries = append(entries, e.Name())
		}
	}
	sort.Strings(entries)
	if _, err := os.Lstat(filepath.Join(stage, ManifestName)); err == nil {
		entries = append(entries, ManifestName) // last: it describes the others
	}
	trash := filepath.Join(stage, trashName)
	for _, n := range entries {
		src, dst := filepath.Join(stage, n), filepath.Join(dir, n)
		si, err := os.Lstat(src)
		if err != nil {
			return err
		}
		if di, err := os.Lstat(dst); err == nil && (di.IsDir() || si.IsDir()) {
			// A folder cannot be renamed over: move the old one aside.
			if err := os.MkdirAll(trash, 0o755); err != nil {
				return err
			}
			old := filepath.Join(trash, n)
			if err := os.RemoveAll(old); err != nil {
				return err
			}
			if err := os.Rename(dst, old); err != nil {
				return err
			}
		}
		if err := os.Rename(src, dst); err != nil {
			return err
		}
	}
	if len(lines) > 1 {
		for _, n := range plainLines([]byte(lines[1])) {
			if err := os.RemoveAll(filepath.Join(dir, n)); err != nil {
				return err
			}
		}
	}
	if err := os.Remove(jp); err != nil {
		return err
	}
	return os.RemoveAll(stage)
}

// removeTemps removes the temporary files that WriteAtomicFunc leaves
// beside the named entries of dir when its process is killed (earlier
// versions wrote outputs that way).
func removeTemps(dir string, names []string) {
	for _, n := range names {
		ms, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(n)+".tmp*"))
		for _, m := range ms {
			os.Remove(m)
		}
	}
}

func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lockPath takes dir's exclusive lock, waiting for it; the returned
// function releases it.
func lockPath(dir string) (func(), error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if _, err := lockFile(f, true); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return func() { f.Close() }, nil
}
