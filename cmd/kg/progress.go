package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress shows how far a long build has got, on one line of stderr
// redrawn in place: the stage, articles done of the total, and the rate.
// It draws only when stderr is a terminal, so logs and pipes get none of
// it; text written through Writer clears the line first, so warnings and
// the summary never run into it. A nil *progress does nothing.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	stage string
	start time.Time
	last  time.Time // when the line was last drawn
	drawn bool      // a line is on the screen
}

// redrawEvery bounds how often the line is redrawn.
const redrawEvery = 100 * time.Millisecond

// isTerminal reports whether w is a terminal: an open file that is a
// character device (a tty; /dev/null too, which swallows the line). Tests
// replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressFor returns the stderr a build should write to and its progress
// line: with quiet, a stderr that discards everything (errors still reach
// the user through the returned error) and no progress; otherwise stderr
// that clears the progress line before each write, and a progress line
// if stderr is a terminal.
func progressFor(stderr io.Writer, quiet bool) (io.Writer, *progress) {
	if quiet {
		return io.Discard, nil
	}
	if !isTerminal(stderr) {
		return stderr, nil
	}
	p := &progress{w: stderr}
	return clearing{p}, p
}

// Stage starts a stage without a count ("resolving").
func (p *progress) Stage(name string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stage, p.start = name, time.Now()
	p.draw("kg: " + name + " ...")
}

// Counter starts a counted stage and returns the hook for
// extract.Pipeline.Progress (nil, no hook, when p is nil).
// passes returns a progress callback for extract.Driver: one counter per
// pass, made on the pass's first document (the driver serialises calls).
func (p *progress) passes() func(pass string, done, total int) {
	if p == nil {
		return nil
	}
	counters := map[string]func(int, int){}
	return func(pass string, done, total int) {
		c, ok := counters[pass]
		if !ok {
			c = p.Counter(pass)
			counters[pass] = c
		}
		c(done, total)
	}
}

func (p *progress) Counter(name string) func(done, total int) {
	if p == nil {
		return nil
	}
	p.Stage(name)
	return func(done, total int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		now := time.Now()
		if done < total && now.Sub(p.last) < redrawEvery {
			return
		}
		line := fmt.Sprintf("kg: %s: %d/%d articles", p.stage, done, total)
		if secs := now.Sub(p.start).Seconds(); secs > 0 {
			line += fmt.Sprintf(", %.1f articles/s", float64(done)/secs)
		}
		p.draw(line)
	}
}

// draw replaces the line on the screen; p.mu is held.
func (p *progress) draw(line string) {
	io.WriteString(p.w, "\r\x1b[K"+line)
	p.drawn, p.last = true, time.Now()
}

// Clear takes the line off the screen; call it before the command ends.
func (p *progress) Clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
}

func (p *progress) clear() {
	if p.drawn {
		io.WriteString(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// clearing is stderr while a progress line may be on it.
type clearing struct{ p *progress }

func (c clearing) Write(b []byte) (int, error) {
	c.p.mu.Lock()
	defer c.p.mu.Unlock()
	c.p.clear()
	return c.p.w.Write(b)
}
