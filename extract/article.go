// Package extract turns articles into mentions and mention-level relations
// with evidence. It owns the Article and Document types, reading input
// files (plain text, JSON and JSON Lines feeds), language identification
// per paragraph, sentence segmentation in English and Arabic, the
// Extractor interface and the pipeline driver that runs extractors over
// documents in parallel with deterministic results.
//
// Extraction methods live in sub-packages (extract/rules for the rule and
// lexicon extractor, extract/ner for the statistical tagger).
package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"unicode/utf8"
)

// Article is one input text with its metadata.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Source    string `json:"-"` // where it was read from, for messages
}

// MaxArticleSize is the largest input file (or JSON text field) read.
const MaxArticleSize = 8 << 20

// Errors for unreadable input; test with errors.Is.
var (
	ErrNotUTF8   = errors.New("not valid UTF-8")
	ErrEmpty     = errors.New("empty")
	ErrBinary    = errors.New("binary data")
	ErrTooLarge  = errors.New("too large")
	ErrNoText    = errors.New("no text field")
	ErrBadJSON   = errors.New("malformed JSON")
	ErrNoArticle = errors.New("no readable article")
	ErrIrregular = errors.New("not a regular file")
)

// Problem is an input or extraction problem tied to a file or document.
type Problem struct {
	Source string
	Err    error
}

func (p Problem) Error() string { return p.Source + ": " + p.Err.Error() }
func (p Problem) Unwrap() error { return p.Err }

// ErrorList collects problems; the run goes on past each of them.
type ErrorList []Problem

func (l *ErrorList) Add(source string, err error) { *l = append(*l, Problem{source, err}) }

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Loader reads articles from files, folders and standard input.
type Loader struct {
	Stdin   io.Reader
	MaxSize int64 // 0 means MaxArticleSize
}

var textExts = map[string]bool{".txt": true, ".text": true, ".md": true}
var jsonExts = map[string]bool{".json": true}
var jsonlExts = map[string]bool{".jsonl": true, ".ndjson": true}

func supported(path string) bool {
	e := strings.ToLower(filepath.Ext(path))
	return textExts[e] || jsonExts[e] || jsonlExts[e]
}

// Load reads every path: a file, a folder (walked recursively for .txt,
// .json, .jsonl and .ndjson files, hidden entries skipped) or "-" for
// standard input. Unreadable inputs become problems and the rest is read.
// Article ids are file names relative to the folder given (the base name
// for a file given directly), made unique.
func (l Loader) Load(paths []string) ([]Article, ErrorList) {
	return l.LoadContext(context.Background(), paths)
}

// LoadContext is Load that stops between files when ctx is cancelled;
// the caller checks ctx.Err, as what it returns then is incomplete.
func (l Loader) LoadContext(ctx context.Context, paths []string) ([]Article, ErrorList) {
	var arts []Article
	probs := l.Each(ctx, paths, func(a Article) bool {
		arts = append(arts, a)
		return true
	})
	return arts, probs
}

// Each reads paths as Load does and hands each article to fn, in Load's
// order, as soon as its file is read, so that a caller that streams
// them (kg add) never holds the whole corpus; it stops between files
// when ctx is cancelled or fn returns false. It returns the problems.
func (l Loader) Each(ctx context.Context, paths []string, fn func(Article) bool) ErrorList {
	var probs ErrorList
	seen := map[string]bool{}
	stopped := false
	add := func(as []Article) {
		for _, a := range as {
			if stopped {
				return
			}
			if id := a.ID; seen[id] {
				for n := 2; seen[a.ID]; n++ {
					a.ID = fmt.Sprintf("%s~%d", id, n)
				}
			}
			seen[a.ID] = true
			stopped = !fn(a)
		}
	}
	for _, p := range paths {
		if ctx.Err() != nil || stopped {
			break
		}
		if p == "-" {
			if l.Stdin == nil {
				probs.Add("stdin", errors.New("no standard input"))
				continue
			}
			b, err := readLimited(l.Stdin, l.max())
			if err != nil {
				probs.Add("stdin", err)
				continue
			}
			as, err := parse("stdin", "stdin", b, sniff(b))
			addProblems(&probs, "stdin", err)
			add(as)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			probs.Add(p, err)
			continue
		}
		if !st.IsDir() && !st.Mode().IsRegular() {
			probs.Add(p, irregular(st.Mode()))
			continue
		}
		if !st.IsDir() {
			as, errs := l.loadFile(p, filepath.Base(p))
			probs = append(probs, errs...)
			add(as)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return filepath.SkipAll
			}
			if err != nil {
				probs.Add(path, err)
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !supported(path) {
				return nil
			}
			mode := d.Type()
			if mode&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				if err != nil {
					probs.Add(path, err)
					return nil
				}
				mode = st.Mode()
			}
			if !mode.IsRegular() {
				// A named pipe would block the read for ever, a device
				// never end.
				probs.Add(path, irregular(mode))
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			probs.Add(p, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if ctx.Err() != nil || stopped {
				break
			}
			rel, err := filepath.Rel(p, f)
			if err != nil {
				rel = filepath.Base(f)
			}
			as, errs := l.loadFile(f, filepath.ToSlash(rel))
			probs = append(probs, errs...)
			add(as)
		}
	}
	return probs
}

func (l Loader) max() int64 {
	if l.MaxSize > 0 {
		return l.MaxSize
	}
	return MaxArticleSize
}

// irregular says what kind of file mode is, for ErrIrregular.
func irregular(mode fs.FileMode) error {
	kind := "special file"
	switch {
	case mode&fs.ModeDir != 0:
		kind = "folder"
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	case mode&fs.ModeCharDevice != 0:
		kind = "character device"
	case mode&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("%w (%s); only regular files are read (use - for standard input)", ErrIrregular, kind)
}

func (l Loader) loadFile(path, id string) ([]Article, ErrorList) {
	var probs ErrorList
	// Opened without blocking, then checked, so that a file swapped for
	// a named pipe after the walk cannot hang the build.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		probs.Add(path, err)
		return nil, probs
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		if err == nil {
			err = irregular(st.Mode())
		}
		probs.Add(path, err)
		return nil, probs
	}
	b, err := readLimited(f, l.max())
	if err != nil {
		probs.Add(path, err)
		return nil, probs
	}
	kind := "text"
	switch e := strings.ToLower(filepath.Ext(path)); {
	case jsonExts[e]:
		kind = "json"
	case jsonlExts[e]:
		kind = "jsonl"
	}
	as, err := parse(path, id, b, kind)
	addProblems(&probs, path, err)
	return as, probs
}

// addProblems flattens a list of per-record problems under the file name.
func addProblems(probs *ErrorList, path string, err error) {
	if err == nil {
		return
	}
	if l, ok := err.(ErrorList); ok {
		for _, p := range l {
			probs.Add(path+": "+p.Source, p.Err)
		}
		return
	}
	probs.Add(path, err)
}

func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// sniff guesses the format of standard input.
func sniff(b []byte) string {
	t := bytes.TrimSpace(b)
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		if t[0] == '{' && bytes.Contains(t, []byte("\n{")) {
			return "jsonl"
		}
		return "json"
	}
	return "text"
}

// checkText validates the bytes of one text.
func checkText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return fmt.Errorf("%w: contains NUL bytes", ErrBinary)
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(b) {
		return fmt.Errorf("%w: %d control bytes", ErrBinary, ctrl)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w (first bad byte at offset %d)", ErrNotUTF8, off)
	}
	return nil
}

// jsonArticle accepts the common field names of news feeds.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	Content   string          `json:"content"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	Lang      string          `json:"lang"`
	Language  string          `json:"language"`
}

func (j jsonArticle) article(defID string) (Article, error) {
	a := Article{Title: j.Title, URL: first(j.URL, j.Link), Published: first(j.Published, j.Date), Lang: first(j.Lang, j.Language)}
	a.Text = first(j.Text, j.Body, j.Content)
	a.ID = defID
	var s string
	var n json.Number
	switch {
	case json.Unmarshal(j.ID, &s) == nil && strings.TrimSpace(s) != "":
		a.ID = s
	case json.Unmarshal(j.ID, &n) == nil && n != "":
		a.ID = n.String() // "id": 7
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrNoText
	}
	if err := checkText([]byte(a.Text)); err != nil {
		return a, err
	}
	return a, nil
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func parse(source, id string, b []byte, kind string) ([]Article, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if err := checkText(b); err != nil {
		return nil, err
	}
	switch kind {
	case "json":
		var one jsonArticle
		t := bytes.TrimSpace(b)
		if len(t) > 0 && t[0] == '[' {
			var many []jsonArticle
			if err := json.Unmarshal(t, &many); err != nil {
				return nil, fmt.Errorf("%w: %v", ErrBadJSON, err)
			}
			return collect(source, id, many)
		}
		if err := json.Unmarshal(t, &one); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadJSON, err)
		}
		a, err := one.article(id)
		if err != nil {
			return nil, err
		}
		a.Source = source
		return []Article{a}, nil
	case "jsonl":
		var out []Article
		var errs ErrorList
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 64<<10), MaxArticleSize+1)
		line := 0
		for sc.Scan() {
			line++
			t := bytes.TrimSpace(sc.Bytes())
			if len(t) == 0 {
				continue
			}
			var j jsonArticle
			if err := json.Unmarshal(t, &j); err != nil {
				errs.Add(fmt.Sprintf("line %d", line), fmt.Errorf("%w: %v", ErrBadJSON, err))
				continue
			}
			a, err := j.article(fmt.Sprintf("%s#%d", id, line))
			if err != nil {
				errs.Add(fmt.Sprintf("line %d", line), err)
				continue
			}
			a.Source = fmt.Sprintf("%s:%d", source, line)
			out = append(out, a)
		}
		if err := sc.Err(); err != nil {
			errs.Add("read", err)
		}
		if len(errs) > 0 {
			return out, errs
		}
		return out, nil
	default:
		return []Article{{ID: id, Text: string(b), Source: source}}, nil
	}
}

func collect(source, id string, many []jsonArticle) ([]Article, error) {
	var out []Article
	var errs ErrorList
	for i, j := range many {
		a, err := j.article(fmt.Sprintf("%s#%d", id, i+1))
		if err != nil {
			errs.Add(fmt.Sprintf("item %d", i+1), err)
			continue
		}
		a.Source = fmt.Sprintf("%s[%d]", source, i+1)
		out = append(out, a)
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}
