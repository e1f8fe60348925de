package diagram

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/graph"
	"newskg/graph/textnorm"
)

// MaxLine is the longest line of a label, in characters; longer names
// are cut with an ellipsis (the full name stays in the tooltip).
const MaxLine = 32

// Names returns the English and the Arabic name of an entity: the
// canonical name where it is in that script, else its most frequent
// alias in that script (ties: the shorter, then the first in order).
// Either may be empty.
func Names(e *graph.Entity) (en, ar string) {
	name := Clean(e.Name)
	if textnorm.Script(name) == "ar" {
		ar = name
	} else {
		en = name
	}
	if en == "" {
		en = bestAlias(e, "en")
	}
	if ar == "" {
		ar = bestAlias(e, "ar")
	}
	return en, ar
}

// bestAlias is the most frequent alias of e written in script lang.
func bestAlias(e *graph.Entity, lang string) string {
	best, bestCount := "", -1
	for _, a := range e.Aliases {
		t := Clean(a.Text)
		if t == "" || textnorm.Script(t) != lang {
			continue
		}
		switch {
		case a.Count > bestCount,
			a.Count == bestCount && utf8.RuneCountInString(t) < utf8.RuneCountInString(best),
			a.Count == bestCount && utf8.RuneCountInString(t) == utf8.RuneCountInString(best) && t < best:
			best, bestCount = t, a.Count
		}
	}
	return best
}

// Clean is s as a one-line label: control characters and line breaks
// become spaces, bidirectional embedding and isolate controls
// (U+202A–U+202E, U+2066–U+2069) are removed, invalid UTF-8 becomes
// U+FFFD and runs of spaces are squeezed.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			continue
		case r < 0x20 || r == 0x7f || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Cut shortens s to at most n characters, ending it with "…" when cut.
func Cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ,;:-") + "…"
}

// Wrap breaks s into lines of at most n characters at spaces; a word
// longer than n is cut. At most max lines are kept, the last one ending
// with "…" when text was left out.
func Wrap(s string, n, max int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= n:
			cur += " " + w
		default:
			lines = append(lines, Cut(cur, n))
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, Cut(cur, n))
	}
	if len(lines) > max {
		lines = lines[:max]
		lines[max-1] = Cut(lines[max-1]+" …", n)
		if !strings.HasSuffix(lines[max-1], "…") {
			lines[max-1] += "…"
		}
	}
	return lines
}

var months = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// FormatDate writes an ISO date (2025-02-18, 2025-02 or 2025) the way a
// reader says it: "18 Feb 2025", "Feb 2025", "2025". Anything else is
// returned cleaned but unchanged.
func FormatDate(iso string) string {
	iso = Clean(iso)
	num := func(s string) (int, bool) {
		n := 0
		if s == "" {
			return 0, false
		}
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	p := strings.Split(iso, "-")
	if len(p) == 0 || len(p) > 3 || len(p[0]) != 4 {
		return iso
	}
	if _, ok := num(p[0]); !ok {
		return iso
	}
	if len(p) == 1 {
		return p[0]
	}
	m, ok := num(p[1])
	if !ok || m < 1 || m > 12 {
		return iso
	}
	if len(p) == 2 {
		return months[m-1] + " " + p[0]
	}
	d, ok := num(p[2])
	if !ok || d < 1 || d > 31 {
		return iso
	}
	return itoa(d) + " " + months[m-1] + " " + p[0]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// eventKinds are the kinds of event a label names, looked for in the
// event's name in this order; the first found wins.
var eventKinds = []struct{ word, kind string }{
	{"phone call", "call"},
	{"video call", "call"},
	{"call", "call"},
	{"summit", "summit"},
	{"conference", "conference"},
	{"visit", "visit"},
	{"negotiation", "negotiations"},
	{"meeting", "meeting"},
	{"talks", "talks"},
}

// EventKind is the kind of an event as its label says it ("talks",
// "call", "summit", ...), read from its name; "talks, round 2" for a
// numbered round. An unknown kind is "event".
func EventKind(name string) string {
	low := strings.ToLower(Clean(name))
	kind := "event"
	for _, k := range eventKinds {
		if strings.Contains(low, k.word) {
			kind = k.kind
			break
		}
	}
	if i := strings.Index(low, "round "); i >= 0 {
		f := strings.Fields(low[i+len("round "):])
		if len(f) > 0 && f[0] != "" && strings.Trim(f[0], "0123456789") == "" {
			if kind == "event" {
				kind = "talks"
			}
			kind += ", round " + f[0]
		}
	}
	return kind
}

// placeRank orders the places an event was held in: the most specific
// first.
var placeRank = map[graph.EntityType]int{graph.City: 0, graph.Place: 1, graph.Country: 2}

// EventPlace returns the place an event was held in, as a label: of its
// heldIn facts, the most specific (a city before a place before a
// country), then the best supported, then the first by id; "" when none.
func EventPlace(g *graph.KG, facts []*graph.Fact) string {
	type cand struct {
		e       *graph.Entity
		sources int
	}
	var cs []cand
	for _, f := range facts {
		if f.Predicate != graph.HeldIn {
			continue
		}
		o := g.Entity(f.Object)
		if o == nil {
			continue
		}
		if _, ok := placeRank[o.Type]; !ok {
			continue
		}
		cs = append(cs, cand{o, f.Sources()})
	}
	if len(cs) == 0 {
		return ""
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if placeRank[a.e.Type] != placeRank[b.e.Type] {
			return placeRank[a.e.Type] < placeRank[b.e.Type]
		}
		if a.sources != b.sources {
			return a.sources > b.sources
		}
		return a.e.ID < b.e.ID
	})
	en, ar := Names(cs[0].e)
	if en != "" {
		return en
	}
	return ar
}

// EventLabel is the label of an event: where, what and when, as in
// "Riyadh talks, 18 Feb 2025", built from its heldIn facts (among facts,
// the facts that touch the event) and its date, never from the raw
// extracted name. Parts that are not known are left out.
func EventLabel(g *graph.KG, e *graph.Entity, facts []*graph.Fact) string {
	s := EventKind(e.Name)
	if p := EventPlace(g, facts); p != "" {
		s = p + " " + s
	}
	if e.Date != "" {
		s += ", " + FormatDate(e.Date)
	}
	return s
}
