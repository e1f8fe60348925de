package svg

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"

	"newskg/graph"
	"newskg/graph/diagram"
)

// DiagramsOptions adjusts WriteDiagrams.
type DiagramsOptions struct {
	// Overview is the address of the whole graph's diagram relative to
	// the folder ("../graph.svg"), linked from the index; none when empty.
	Overview string
	// MaxEvents and MaxPeople bound the number of diagrams (0: the
	// diagram package's MaxEvents and MaxPeople).
	MaxEvents, MaxPeople int
}

// Page is one diagram WriteDiagrams wrote.
type Page struct {
	File   string // the file name in the folder
	Kind   string // "event" or "person"
	Title  string
	About  string // who took part in the event; the person's position
	Nodes  int
	Facts  int
	Note   string // what went wrong on the way, if anything
	Entity string // the entity's id
}

// WriteDiagrams writes into dir, which it creates, one SVG per event
// that has at least two participants (who met whom, where, when, in
// which delegation) and one per most connected person (everything the
// person has a fact with), and an index.html that links them. Every
// file is written whole or not at all (graph.WriteAtomicFunc). A
// diagram no engine can draw becomes a page saying so; only a done
// context or a write error stops it. It returns the pages in the order
// of the index.
func WriteDiagrams(ctx context.Context, g *graph.KG, dir string, opt DiagramsOptions) ([]Page, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s := diagram.New(g)
	maxE, maxP := opt.MaxEvents, opt.MaxPeople
	if maxE <= 0 {
		maxE = diagram.MaxEvents
	}
	if maxP <= 0 {
		maxP = diagram.MaxPeople
	}
	var pages []Page
	used := map[string]bool{}
	add := func(kind string, e *graph.Entity, mk func(diagram.Options) *diagram.Drawing) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := drawBounded(ctx, Options{MaxNodes: diagram.StoryMaxNodes}, mk)
		if err != nil {
			return err
		}
		p := Page{File: fileName(e.ID, used), Kind: kind, Title: s.Label(e), About: s.Summary(e), Entity: e.ID}
		if r.Drawing != nil {
			p.Nodes, p.Facts = r.Drawing.Nodes, r.Drawing.Facts
		}
		if len(r.Errors) > 0 {
			p.Note = "drawn smaller after: " + diagram.Cut(diagram.Clean(r.Errors[0].Error()), 200)
			if r.Drawing == nil {
				p.Note = "not drawn: " + diagram.Cut(diagram.Clean(r.Errors[0].Error()), 200)
			}
		}
		if err := graph.WriteAtomicFunc(filepath.Join(dir, p.File), func(w io.Writer) error {
			_, err := w.Write(r.SVG)
			return err
		}); err != nil {
			return err
		}
		pages = append(pages, p)
		return nil
	}
	for _, e := range s.Events(maxE) {
		id := e.ID
		if err := add("event", e, func(o diagram.Options) *diagram.Drawing {
			d, _ := s.Event(id, o)
			return d
		}); err != nil {
			return pages, err
		}
	}
	for _, e := range s.People(maxP) {
		id := e.ID
		if err := add("person", e, func(o diagram.Options) *diagram.Drawing {
			d, _ := s.Ego(id, o)
			return d
		}); err != nil {
			return pages, err
		}
	}
	err := graph.WriteAtomicFunc(filepath.Join(dir, "index.html"), func(w io.Writer) error {
		return WriteIndex(w, pages, opt.Overview)
	})
	return pages, err
}

// fileName is the SVG file for an entity id: the id when it is a plain
// lower-case ASCII slug, else a slug of it with a hash; unique in used.
func fileName(id string, used map[string]bool) string {
	var b strings.Builder
	plain := len(id) <= 80
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			plain = false
			if !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		}
	}
	base := strings.Trim(b.String(), "-")
	if !plain || base == "" || base != id {
		h := sha1.Sum([]byte(id))
		if len(base) > 60 {
			base = base[:60]
		}
		base = strings.Trim(base+"-"+hex.EncodeToString(h[:4]), "-")
	}
	name := base + ".svg"
	for n := 2; used[name]; n++ {
		name = fmt.Sprintf("%s-%d.svg", base, n)
	}
	used[name] = true
	return name
}

// WriteIndex writes the HTML page that links the diagrams: a static
// page, every text escaped, no scripts.
func WriteIndex(w io.Writer, pages []Page, overview string) error {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Diagrams</title>\n")
	b.WriteString("<style>body{font-family:" + html.EscapeString(diagram.FontList) + ";margin:2em;max-width:60em}li{margin:.25em 0}.n{color:#868e96}.w{color:#c92a2a}</style>\n</head>\n<body>\n<h1>Diagrams</h1>\n")
	if overview != "" {
		b.WriteString("<p><a href=\"" + html.EscapeString(overview) + "\">The whole graph</a>: an overview of the most connected entities.</p>\n")
	}
	for _, sec := range []struct{ kind, head, none string }{
		{"event", "Events", "No event has two participants."},
		{"person", "People", "No person has two relations."},
	} {
		var items []Page
		for _, p := range pages {
			if p.Kind == sec.kind {
				items = append(items, p)
			}
		}
		fmt.Fprintf(&b, "<h2>%s (%d)</h2>\n", sec.head, len(items))
		if len(items) == 0 {
			b.WriteString("<p>" + sec.none + "</p>\n")
			continue
		}
		b.WriteString("<ul>\n")
		for _, p := range items {
			fmt.Fprintf(&b, "<li><a href=\"%s\"><bdi>%s</bdi></a>", html.EscapeString(p.File), html.EscapeString(p.Title))
			if p.About != "" {
				b.WriteString(": <bdi>" + html.EscapeString(p.About) + "</bdi>")
			}
			fmt.Fprintf(&b, " <span class=\"n\">%d entities, %d facts</span>", p.Nodes, p.Facts)
			if p.Note != "" {
				b.WriteString(" <span class=\"w\">" + html.EscapeString(p.Note) + "</span>")
			}
			b.WriteString("</li>\n")
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
