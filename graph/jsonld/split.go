package jsonld

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// splitter reads a JSON text as raw values without decoding them, so
// that the nodes of a @graph can be decoded on several cores. It checks
// only what it must to find where a value ends (strings, and brackets
// that close what they open); json.Unmarshal checks the rest.
type splitter struct {
	r    io.Reader
	buf  []byte // buf[pos:] is unread; buf[mark:pos] is the value being read
	pos  int
	mark int
	off  int64 // bytes of the stream before buf[0]
	err  error // from r; io.EOF at the end
}

func newSplitter(r io.Reader) *splitter {
	return &splitter{r: r, buf: make([]byte, 0, 1<<20), mark: -1}
}

var errTruncated = errors.New("unexpected end of JSON input")

// more reads more of the stream, keeping buf[mark:] (or buf[pos:]); it
// reports false at the end of the stream.
func (s *splitter) more() bool {
	if s.err != nil {
		return false
	}
	keep := s.pos
	if s.mark >= 0 {
		keep = s.mark
	}
	if keep > 0 {
		n := copy(s.buf, s.buf[keep:])
		s.buf = s.buf[:n]
		s.off += int64(keep)
		s.pos -= keep
		if s.mark >= 0 {
			s.mark = 0
		}
	}
	if len(s.buf) == cap(s.buf) {
		s.buf = append(s.buf, make([]byte, cap(s.buf))...)[:len(s.buf)]
	}
	n, err := s.r.Read(s.buf[len(s.buf):cap(s.buf)])
	s.buf = s.buf[:len(s.buf)+n]
	if err != nil {
		s.err = err
	}
	return n > 0 || s.err == nil
}

// peek skips white space and returns the next byte without reading it.
func (s *splitter) peek() (byte, error) {
	for {
		for s.pos < len(s.buf) {
			switch c := s.buf[s.pos]; c {
			case ' ', '\t', '\n', '\r':
				s.pos++
			default:
				return c, nil
			}
		}
		if !s.more() {
			return 0, s.failure()
		}
	}
}

// failure is the error at the end of the input: a read error, or a
// truncated text.
func (s *splitter) failure() error {
	if s.err != nil && s.err != io.EOF {
		return s.err
	}
	return errTruncated
}

// expect reads the byte c, after white space.
func (s *splitter) expect(c byte) error {
	got, err := s.peek()
	if err != nil {
		return err
	}
	if got != c {
		return fmt.Errorf("found %q at byte %d where %q was expected", got, s.off+int64(s.pos), c)
	}
	s.pos++
	return nil
}

// value reads the next value and returns a copy of its bytes.
func (s *splitter) value() ([]byte, error) {
	c, err := s.peek()
	if err != nil {
		return nil, err
	}
	s.mark = s.pos
	defer func() { s.mark = -1 }()
	switch c {
	case '"':
		s.pos++
		err = s.str()
	case '{', '[':
		err = s.nested()
	default:
		err = s.scalar()
	}
	if err != nil {
		return nil, err
	}
	return append([]byte(nil), s.buf[s.mark:s.pos]...), nil
}

// str reads the rest of a string, after its opening quote.
func (s *splitter) str() error {
	for {
		i := bytes.IndexByte(s.buf[s.pos:], '"')
		if i < 0 {
			s.pos = len(s.buf)
			if !s.more() {
				return s.failure()
			}
			continue
		}
		q := s.pos + i
		// the quote is escaped when an odd number of backslashes precede it
		k := q
		for k > s.mark && s.buf[k-1] == '\\' {
			k--
		}
		s.pos = q + 1
		if (q-k)%2 == 0 {
			return nil
		}
	}
}

// nested reads an object or an array, its brackets matched.
func (s *splitter) nested() error {
	var open []byte
	for {
		for s.pos < len(s.buf) {
			c := s.buf[s.pos]
			s.pos++
			switch c {
			case '"':
				if err := s.str(); err != nil {
					return err
				}
			case '{':
				open = append(open, '}')
			case '[':
				open = append(open, ']')
			case '}', ']':
				if len(open) == 0 || open[len(open)-1] != c {
					return fmt.Errorf("unexpected %q at byte %d", c, s.off+int64(s.pos-1))
				}
				if open = open[:len(open)-1]; len(open) == 0 {
					return nil
				}
			}
		}
		if !s.more() {
			return s.failure()
		}
	}
}

// scalar reads a number, true, false or null: up to the next delimiter.
func (s *splitter) scalar() error {
	for {
		for s.pos < len(s.buf) {
			switch s.buf[s.pos] {
			case ',', '}', ']', ' ', '\t', '\n', '\r', '"', '{', '[', ':':
				if s.pos == s.mark {
					return fmt.Errorf("unexpected %q at byte %d", s.buf[s.pos], s.off+int64(s.pos))
				}
				return nil
			}
			s.pos++
		}
		if !s.more() {
			if s.pos > s.mark && s.err == io.EOF {
				return nil // a scalar at the very end
			}
			return s.failure()
		}
	}
}
