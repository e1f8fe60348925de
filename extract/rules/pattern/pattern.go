// Package pattern is a small pattern language over the items of a
// sentence, and the one engine that matches it.
//
// A sentence is a sequence of items: entity mentions, titles, event
// words, plain words, punctuation, or chunks made of several of them.
// Each item carries a set of tags ("PER", "ROLE", "@meet", "w:with"). A
// pattern is a regular expression over items:
//
//	s:list($agent) @meet with? o:list($agent)
//
//	PER           an item with the tag PER (upper-case names are tags)
//	@meet         an item whose word is in the word class "meet"
//	with          an item whose word is "with" (tag "w:with")
//	"on the"      the words in sequence
//	A&B&!C        one item with tags A and B and without C
//	!A            one item without tag A
//	_             any item
//	( ... )       grouping; | alternation; ? * + {m,n} quantifiers
//	name:X        a capture: the items X matched, by name
//	list(X)       a coordination of X: X (, X)* ((,)? and X)? — the
//	              conjunctions are the tag CONJ, which the caller gives
//	              to "and", «و» and the like
//	$name         a macro defined in the grammar
//
// A grammar file holds macro definitions and rules:
//
//	define agent = PER | CTRY | ORG | DLG
//
//	rule meet-with  stage=relation  action=meeting  conf=0.8
//	  s:list($agent) @meet with? o:list($agent)
//
// A rule's header gives its name and key=value attributes; the indented
// lines below it are its pattern. A pattern is defined by one RE2
// regular expression over an encoding of the items (one rune per tag);
// the engine runs the same expression as a program over the items
// themselves (engine.go), so matching is linear in the length of the
// sentence whatever the pattern, and a pattern never backtracks
// exponentially.
package pattern

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"newskg/graph/textnorm"
)

// Rule is one pattern of a grammar with its attributes.
type Rule struct {
	Name  string
	File  string
	Line  int
	Expr  string            // the pattern as written
	Attrs map[string]string // header attributes (stage, action, conf, ...)
	Conf  float64           // the conf attribute (default 0.7)

	// src is the regular expression over the encoding: the definition
	// prog must agree with. It is translated (source) and compiled (re)
	// only where it is run — a rule without a program, and the tests —
	// since the compiled expressions of the product's grammars held
	// about 100 MB that matching never reads.
	g       *Grammar
	src     string
	srcOnce sync.Once
	re      *regexp.Regexp
	reOnce  sync.Once
	prog    *program // over the items: what matching runs
	caps    []string // capture name per group index ("" for groups without a name)
	// need lists the tag runes every match contains: a sentence without
	// one of them cannot match, and the expression is not run on it.
	need []rune
}

// Attr returns the value of a header attribute, or "".
func (r *Rule) Attr(k string) string { return r.Attrs[k] }

// Source names the rule's place in its file, for messages and evidence.
func (r *Rule) Source() string { return fmt.Sprintf("%s:%d", r.File, r.Line) }

// Grammar is a compiled set of rules sharing one tag alphabet.
type Grammar struct {
	Rules  []*Rule
	macros map[string]string
	codes  map[string]rune // tag -> its rune in the encoding
	names  []string        // rune - firstCode -> tag
	// the item tests of the patterns (engine.go), and the atoms each
	// item passes, by the item's encoding (string of its tag runes)
	atoms   []atomTest
	atomIdx map[string]int
	passed  sync.Map // string -> []uint64
	npassed atomic.Int64
}

const firstCode = 0xE000 // the Private Use Area holds the tag runes

var (
	errSyntax = errors.New("pattern syntax")
)

// SyntaxError reports a problem in a grammar file.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }
func (e *SyntaxError) Unwrap() error { return errSyntax }

// New returns an empty grammar.
func New() *Grammar {
	return &Grammar{macros: map[string]string{}, codes: map[string]rune{}, atomIdx: map[string]int{}}
}

// Parse reads grammar source (see the package comment) into g. Rules
// and macros accumulate over several calls; a macro must be defined
// before it is used.
func (g *Grammar) Parse(file string, src []byte) error {
	// new rules may add atoms: the tag sets' atoms are worked out again
	g.passed.Clear()
	g.npassed.Store(0)
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var cur *Rule
	var body []string
	flush := func() error {
		if cur == nil {
			return nil
		}
		cur.Expr = strings.Join(body, " ")
		if strings.TrimSpace(cur.Expr) == "" {
			return &SyntaxError{file, cur.Line, fmt.Sprintf("rule %s has no pattern", cur.Name)}
		}
		if err := g.compile(cur); err != nil {
			return &SyntaxError{file, cur.Line, fmt.Sprintf("rule %s: %v", cur.Name, err)}
		}
		g.Rules = append(g.Rules, cur)
		cur, body = nil, nil
		return nil
	}
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 && !inQuotes(line, i) {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		f := strings.Fields(line)
		switch {
		case indented:
			if cur == nil {
				return &SyntaxError{file, n, "pattern line outside a rule"}
			}
			body = append(body, strings.TrimSpace(line))
		case f[0] == "define":
			if err := flush(); err != nil {
				return err
			}
			eq := strings.Index(line, "=")
			if len(f) < 4 || f[2] != "=" || eq < 0 {
				return &SyntaxError{file, n, "want: define NAME = PATTERN"}
			}
			name := f[1]
			if !validName(name) {
				return &SyntaxError{file, n, fmt.Sprintf("bad macro name %q", name)}
			}
			if _, ok := g.macros[name]; ok {
				return &SyntaxError{file, n, fmt.Sprintf("macro %s defined twice", name)}
			}
			def := strings.TrimSpace(line[eq+1:])
			// check that it compiles alone
			if _, err := g.translate(def); err != nil {
				return &SyntaxError{file, n, fmt.Sprintf("macro %s: %v", name, err)}
			}
			g.macros[name] = def
		case f[0] == "rule":
			if err := flush(); err != nil {
				return err
			}
			if len(f) < 2 || !validName(f[1]) {
				return &SyntaxError{file, n, "want: rule NAME [key=value ...]"}
			}
			cur = &Rule{Name: f[1], File: file, Line: n, Attrs: map[string]string{}, Conf: 0.7}
			for _, kv := range f[2:] {
				k, v, ok := strings.Cut(kv, "=")
				if !ok || k == "" {
					return &SyntaxError{file, n, fmt.Sprintf("bad attribute %q (want key=value)", kv)}
				}
				cur.Attrs[k] = v
			}
			if c, ok := cur.Attrs["conf"]; ok {
				x, err := strconv.ParseFloat(c, 64)
				if err != nil || x <= 0 || x > 1 {
					return &SyntaxError{file, n, fmt.Sprintf("conf %q: want a number in (0, 1]", c)}
				}
				cur.Conf = x
			}
			for _, r := range g.Rules {
				if r.Name == cur.Name {
					return &SyntaxError{file, n, fmt.Sprintf("rule %s repeats %s", cur.Name, r.Source())}
				}
			}
		default:
			return &SyntaxError{file, n, fmt.Sprintf("unexpected %q (want define, rule or an indented pattern line)", f[0])}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return flush()
}

func inQuotes(s string, i int) bool { return strings.Count(s[:i], `"`)%2 == 1 }

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// compile compiles a rule: its program over items, which matching runs.
// The regular expression over the encoding, the definition the program
// must agree with, is translated and compiled where it runs: at once
// for a rule the item translation cannot compile, on first use (the
// tests) otherwise. Translating and parsing every rule's expression at
// load was half of every kg command's start.
func (g *Grammar) compile(r *Rule) error {
	r.g = g
	if g.compileItems(r) == nil {
		return nil
	}
	r.prog, r.caps, r.need = nil, nil, nil
	src, err := g.translate(r.Expr)
	if err != nil {
		return err
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return err
	}
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return err
	}
	r.src, r.re = src, re
	r.caps = re.SubexpNames()
	r.need = tagRunes(required(tree.Simplify(), self))
	return nil
}

// tagRunes returns the tag runes of a set of runes, in order.
func tagRunes(set map[rune]bool) []rune {
	var out []rune
	for c := range set {
		if c >= firstCode {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// source returns the rule's regular expression over the encoding,
// translated on first use.
func (r *Rule) source() string {
	r.srcOnce.Do(func() {
		if r.src != "" {
			return
		}
		src, err := r.g.translate(r.Expr)
		if err != nil {
			// the item translation of the same pattern succeeded
			panic(fmt.Sprintf("pattern: rule %s: %v", r.Name, err))
		}
		r.src = src
	})
	return r.src
}

// expr returns the rule's regular expression over the encoding,
// compiled on first use.
func (r *Rule) expr() *regexp.Regexp {
	r.reOnce.Do(func() {
		if r.re == nil {
			r.re = regexp.MustCompile(r.source())
		}
	})
	return r.re
}

// required returns the tags that every string a regular expression
// matches holds (a subset of them where the expression is not plain
// enough to tell: no tag is ever claimed that a match may lack). of
// gives the tags a rune of the expression stands for: itself over the
// encoding (self), the tags an atom requires in a program over items
// (Grammar.atomTags).
func required(re *syntax.Regexp, of func(rune) []rune) map[rune]bool {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		out := map[rune]bool{}
		for _, c := range re.Rune {
			for _, t := range of(c) {
				out[t] = true
			}
		}
		return out
	case syntax.OpCharClass:
		// the tags every rune of the class stands for; a class of
		// many runes (a negated one over the encoding) tells nothing
		n := 0
		for k := 0; k+1 < len(re.Rune); k += 2 {
			n += int(re.Rune[k+1]-re.Rune[k]) + 1
		}
		if n == 0 || n > maxClassRunes {
			return nil
		}
		var out map[rune]bool
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for c := re.Rune[k]; c <= re.Rune[k+1]; c++ {
				in := map[rune]bool{}
				for _, t := range of(c) {
					in[t] = true
				}
				if out == nil {
					out = in
				}
				intersect(out, in)
			}
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0], of)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0], of)
		}
	case syntax.OpConcat:
		out := map[rune]bool{}
		for _, sub := range re.Sub {
			for c := range required(sub, of) {
				out[c] = true
			}
		}
		return out
	case syntax.OpAlternate:
		out := required(re.Sub[0], of)
		for _, sub := range re.Sub[1:] {
			intersect(out, required(sub, of))
		}
		return out
	}
	return nil
}

// maxClassRunes bounds the classes required looks into.
const maxClassRunes = 1 << 12

// intersect removes from set what in lacks.
func intersect(set, in map[rune]bool) {
	for c := range set {
		if !in[c] {
			delete(set, c)
		}
	}
}

// self is required's reading of a rune over the encoding: the tag it is.
func self(c rune) []rune { return []rune{c} }

// code returns the rune of a tag, allocating one for a new tag.
func (g *Grammar) code(tag string) (rune, error) {
	if c, ok := g.codes[tag]; ok {
		return c, nil
	}
	c := rune(firstCode + len(g.names))
	if c > 0xF8FF {
		return 0, errors.New("too many distinct tags")
	}
	g.codes[tag] = c
	g.names = append(g.names, tag)
	return c, nil
}

// Known reports whether some pattern tests tag: tags no pattern tests
// need not be encoded.
func (g *Grammar) Known(tag string) bool { _, ok := g.codes[tag]; return ok }

// Tags lists every tag the grammar's patterns test, sorted.
func (g *Grammar) Tags() []string {
	out := append([]string(nil), g.names...)
	sort.Strings(out)
	return out
}

// Encoded is a sentence's items in the engine's encoding.
type Encoded struct {
	s     string
	start []int    // byte offset of item i's opening '<'
	has   []uint64 // bit c-firstCode: some item has the tag of rune c
	// sets holds, w words per item, the atoms each item passes
	sets []uint64
	w    int
}

// holds reports whether some item has every tag of the runes rs.
func (e Encoded) holds(rs []rune) bool {
	for _, c := range rs {
		i := int(c - firstCode)
		if i>>6 >= len(e.has) || e.has[i>>6]&(1<<(i&63)) == 0 {
			return false
		}
	}
	return true
}

// Len is the number of items.
func (e Encoded) Len() int { return len(e.start) }

// maxPassed bounds the cache of the atoms an item's tags pass: past it,
// new tag sets are worked out each time.
const maxPassed = 1 << 16

// Encode encodes items given by their tags. Tags no pattern tests are
// dropped.
func (g *Grammar) Encode(items [][]string) Encoded {
	var b strings.Builder
	w := (len(g.atoms) + 63) / 64
	e := Encoded{start: make([]int, 0, len(items)), has: make([]uint64, (len(g.names)+63)/64), sets: make([]uint64, 0, w*len(items)), w: w}
	var rs []rune
	for _, tags := range items {
		e.start = append(e.start, b.Len())
		rs = rs[:0]
		for _, t := range tags {
			if c, ok := g.codes[t]; ok {
				rs = append(rs, c)
			}
		}
		slices.Sort(rs)
		b.WriteByte('<')
		from := b.Len()
		var last rune = -1
		for _, c := range rs {
			if c != last {
				b.WriteRune(c)
				i := int(c - firstCode)
				e.has[i>>6] |= 1 << (i & 63)
			}
			last = c
		}
		e.sets = append(e.sets, g.passes(b.String()[from:])...)
		b.WriteByte('>')
	}
	e.s = b.String()
	return e
}

// passes returns the atoms that an item with the tag runes of key (sorted,
// each once) passes, w words.
func (g *Grammar) passes(key string) []uint64 {
	if v, ok := g.passed.Load(key); ok {
		return v.([]uint64)
	}
	set := make([]uint64, (len(g.atoms)+63)/64)
	has := func(c rune) bool { return strings.ContainsRune(key, c) }
next:
	for j, a := range g.atoms {
		for _, c := range a.pos {
			if !has(c) {
				continue next
			}
		}
		for _, c := range a.neg {
			if has(c) {
				continue next
			}
		}
		set[j>>6] |= 1 << (j & 63)
	}
	if g.npassed.Add(1) <= maxPassed {
		g.passed.Store(strings.Clone(key), set)
	}
	return set
}

// Span is a half-open range of item indexes.
type Span struct{ Start, End int }

// Match is one match of a rule.
type Match struct {
	Rule *Rule
	Span
	// Caps maps a capture name to the spans it matched (a name may occur
	// in several alternatives; unmatched ones are left out).
	Caps map[string][]Span
}

// Cap returns the first span captured under name, and whether there is one.
func (m Match) Cap(name string) (Span, bool) {
	if s := m.Caps[name]; len(s) > 0 {
		return s[0], true
	}
	return Span{}, false
}

// item returns the index of the item starting at or containing byte b.
func (e Encoded) item(b int) int {
	return sort.Search(len(e.start), func(i int) bool { return e.start[i] > b }) - 1
}

// itemEnd returns the index just past the item ending at byte b.
func (e Encoded) itemEnd(b int) int {
	return sort.Search(len(e.start), func(i int) bool { return e.start[i] >= b })
}

// MatchRule returns the non-overlapping matches of one rule, leftmost
// first. Empty matches are dropped.
func (e Encoded) MatchRule(r *Rule) []Match {
	if !e.holds(r.need) {
		return nil
	}
	if r.prog == nil {
		return e.matchEncoding(r)
	}
	var out []Match
	r.prog.findAll(e.sets, e.w, len(e.start), func(loc []int) {
		if loc[0] != loc[1] {
			out = append(out, matchAt(r, loc, func(i int) int { return i }, func(i int) int { return i }))
		}
	})
	return out
}

// matchEncoding is MatchRule run by the rule's regular expression over
// the encoding: the definition of what MatchRule returns, for the tests
// and for a rule without a program.
func (e Encoded) matchEncoding(r *Rule) []Match {
	if !e.holds(r.need) {
		return nil
	}
	var out []Match
	for _, loc := range r.expr().FindAllStringSubmatchIndex(e.s, -1) {
		if loc[0] != loc[1] {
			out = append(out, matchAt(r, loc, e.item, e.itemEnd))
		}
	}
	return out
}

// matchAt makes the match of the submatch positions loc, which from and
// to turn into item indexes (of a start, of an end).
func matchAt(r *Rule, loc []int, from, to func(int) int) Match {
	m := Match{Rule: r, Span: Span{from(loc[0]), to(loc[1])}, Caps: map[string][]Span{}}
	for gi := 1; gi < len(r.caps); gi++ {
		name := r.caps[gi]
		if name == "" || loc[2*gi] < 0 || loc[2*gi] == loc[2*gi+1] {
			continue
		}
		name = name[:strings.LastIndexByte(name, '_')]
		m.Caps[name] = append(m.Caps[name], Span{from(loc[2*gi]), to(loc[2*gi+1])})
	}
	return m
}

// Match runs every rule whose attribute key has value val ("" key: every
// rule) and returns their matches in rule order.
func (g *Grammar) Match(e Encoded, key, val string) []Match {
	var out []Match
	for _, r := range g.Rules {
		if key != "" && r.Attrs[key] != val {
			continue
		}
		out = append(out, e.MatchRule(r)...)
	}
	return out
}

// translate turns a pattern into a regular expression over the encoding.
func (g *Grammar) translate(expr string) (string, error) { return g.translateDepth(expr, 0, false) }

// lex splits a pattern into tokens: punctuation of the language, quoted
// phrases, and words (tags, classes, literals, captures "name:").
func lex(s string) ([]string, error) {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return nil, errors.New("unterminated quote")
			}
			out = append(out, s[i:i+j+2])
			i += j + 2
		case strings.ContainsRune("()|?*+", r):
			out = append(out, string(r))
			i += n
		case r == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return nil, errors.New("unterminated {")
			}
			out = append(out, s[i:i+j+1])
			i += j + 1
		default:
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || strings.ContainsRune(`()|?*+{"`, r2) {
					break
				}
				j += n2
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out, nil
}

type parser struct {
	g     *Grammar
	toks  []string
	i     int
	depth int
	ncap  int
	// atoms: write each item as the one rune of its atom (the engine's
	// program over items) instead of its expression over the encoding
	atoms bool
}

func (p *parser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *parser) alt() (string, error) {
	var parts []string
	for {
		s, err := p.seq()
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
		if p.peek() != "|" {
			break
		}
		p.i++
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return "(?:" + strings.Join(parts, "|") + ")", nil
}

func (p *parser) seq() (string, error) {
	var b strings.Builder
	n := 0
	for {
		t := p.peek()
		if t == "" || t == "|" || t == ")" {
			break
		}
		s, err := p.term()
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		n++
	}
	if n == 0 {
		return "", errors.New("empty alternative")
	}
	return b.String(), nil
}

func (p *parser) term() (string, error) {
	caps := p.ncap
	a, err := p.atom()
	if err != nil {
		return "", err
	}
	for {
		q := p.peek()
		if (q == "*" || q == "+" || strings.HasPrefix(q, "{")) && p.ncap > caps {
			// a regular expression keeps only the last iteration of a
			// repeated capture: capture the whole repetition instead
			return "", fmt.Errorf("capture inside a repetition %s: capture the repetition as a whole (name:(...)*)", q)
		}
		switch {
		case q == "?" || q == "*" || q == "+":
			p.i++
			a = "(?:" + a + ")" + q
			if p.peek() == "?" { // lazy
				p.i++
				a += "?"
			}
		case strings.HasPrefix(q, "{"):
			inner := q[1 : len(q)-1]
			lo, hi, ok := strings.Cut(inner, ",")
			if _, err := strconv.Atoi(lo); err != nil {
				return "", fmt.Errorf("bad repeat %s", q)
			}
			if ok && hi != "" {
				if h, err := strconv.Atoi(hi); err != nil || h > 20 {
					return "", fmt.Errorf("bad repeat %s (at most 20)", q)
				}
			}
			p.i++
			a = "(?:" + a + ")" + q
		default:
			return a, nil
		}
	}
}

func (p *parser) atom() (string, error) {
	t := p.peek()
	if t == "" {
		return "", errors.New("pattern ends too early")
	}
	p.i++
	switch {
	case t == "(":
		p.depth++
		if p.depth > 32 {
			return "", errors.New("groups nested too deep")
		}
		s, err := p.alt()
		if err != nil {
			return "", err
		}
		if p.peek() != ")" {
			return "", errors.New("missing )")
		}
		p.i++
		p.depth--
		return "(?:" + s + ")", nil
	case t == ")" || t == "|" || t == "?" || t == "*" || t == "+" || strings.HasPrefix(t, "{"):
		return "", fmt.Errorf("unexpected %q", t)
	case strings.HasPrefix(t, `"`):
		words := strings.Fields(strings.Trim(t, `"`))
		if len(words) == 0 {
			return "", errors.New("empty phrase")
		}
		var b strings.Builder
		for _, w := range words {
			tag, err := literal(w)
			if err != nil {
				return "", err
			}
			s, err := p.item([]string{tag}, nil)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		return b.String(), nil
	case t == "list":
		if p.peek() != "(" {
			return "", errors.New("list needs (")
		}
		p.i++
		p.depth++
		x, err := p.alt()
		if err != nil {
			return "", err
		}
		if p.peek() != ")" {
			return "", errors.New("missing ) after list")
		}
		p.i++
		p.depth--
		comma, err := p.item([]string{"COMMA"}, nil)
		if err != nil {
			return "", err
		}
		conj, err := p.item([]string{"CONJ"}, nil)
		if err != nil {
			return "", err
		}
		semi, err := p.item([]string{"SEMI"}, nil)
		if err != nil {
			return "", err
		}
		x = "(?:" + x + ")"
		// "A, B and C"; or a list whose members carry commas of their
		// own, kept apart by semicolons and closed by a conjunction: "A;
		// B; and C", "A; B and C" (a semicolon with no conjunction after
		// the last member ends a clause, not a list; «أ؛ وب؛ وج»: a
		// conjunction after each semicolon)
		// (first: the alternatives are tried in order)
		return "(?:" + x + "(?:" + semi + "(?:" + conj + ")?" + x + ")*" + semi + conj + x +
			"|" + x + "(?:" + semi + "(?:" + conj + ")?" + x + ")+" + conj + x +
			"|" + x + "(?:" + comma + x + ")*(?:(?:" + comma + ")?" + conj + x + ")*)", nil
	case strings.HasPrefix(t, "$"):
		def, ok := p.g.macros[t[1:]]
		if !ok {
			return "", fmt.Errorf("undefined macro %s", t)
		}
		p.depth++
		if p.depth > 32 {
			return "", errors.New("macros nested too deep")
		}
		s, err := p.g.translateDepth(def, p.depth, p.atoms)
		p.depth--
		if err != nil {
			return "", err
		}
		return "(?:" + s + ")", nil
	}
	if name, rest, ok := strings.Cut(t, ":"); ok && name != "" && !strings.HasPrefix(t, "w:") && validCapture(name) {
		// a capture: name:ATOM, where the atom may follow the colon
		// directly (o:PER) or be the next token (o:(...))
		if rest != "" {
			p.toks = append(p.toks[:p.i], append([]string{rest}, p.toks[p.i:]...)...)
		}
		inner, err := p.term()
		if err != nil {
			return "", err
		}
		p.ncap++
		return fmt.Sprintf("(?P<%s_%d>%s)", name, p.ncap, inner), nil
	}
	return p.itemExpr(t)
}

func validCapture(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

// translateDepth translates a pattern (or a macro body) at a nesting depth.
func (g *Grammar) translateDepth(expr string, depth int, atoms bool) (string, error) {
	toks, err := lex(expr)
	if err != nil {
		return "", err
	}
	p := &parser{g: g, toks: toks, depth: depth, atoms: atoms}
	out, err := p.alt()
	if err != nil {
		return "", err
	}
	if p.i < len(p.toks) {
		return "", fmt.Errorf("unexpected %q", p.toks[p.i])
	}
	return out, nil
}

// itemExpr parses one-item atoms: TAG, @class, word, _, !X, A&B&!C.
func (p *parser) itemExpr(t string) (string, error) {
	if t == "_" {
		if p.atoms {
			return p.g.atom(nil, nil)
		}
		return `<[^>]*>`, nil
	}
	var pos, neg []string
	for _, part := range strings.Split(t, "&") {
		not := strings.HasPrefix(part, "!")
		part = strings.TrimPrefix(part, "!")
		if part == "" {
			return "", fmt.Errorf("bad item %q", t)
		}
		tag, err := tagOf(part)
		if err != nil {
			return "", err
		}
		if not {
			neg = append(neg, tag)
		} else {
			pos = append(pos, tag)
		}
	}
	return p.item(pos, neg)
}

// tagOf maps a pattern word to its tag: upper-case names are tags,
// @name a word class, anything else a literal word.
func tagOf(w string) (string, error) {
	switch {
	case strings.HasPrefix(w, "@"):
		if !validName(w[1:]) {
			return "", fmt.Errorf("bad word class %q", w)
		}
		return w, nil
	case isTagName(w):
		return w, nil
	}
	for _, r := range w {
		if strings.ContainsRune("<>&!$:", r) {
			return "", fmt.Errorf("bad word %q", w)
		}
	}
	return literal(w)
}

// literal is the tag of a literal word: its textnorm key, so that the
// pattern and the text meet whatever their spelling variants.
func literal(w string) (string, error) {
	k := textnorm.Key(w) // "high-level" is one token, its key "high level"
	if k == "" {
		return "", fmt.Errorf("bad word %q", w)
	}
	return "w:" + k, nil
}

func isTagName(w string) bool {
	if w == "" {
		return false
	}
	up := false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			up = true
		case r >= '0' && r <= '9', r == '_':
		default:
			return false
		}
	}
	return up
}

// item builds the expression of one item that has every tag of pos and
// none of neg. Tags are encoded sorted by rune, so the positives appear
// in rune order.
func (p *parser) item(pos, neg []string) (string, error) {
	var ps []rune
	for _, t := range pos {
		c, err := p.g.code(t)
		if err != nil {
			return "", err
		}
		ps = append(ps, c)
	}
	var ns []rune
	for _, t := range neg {
		c, err := p.g.code(t)
		if err != nil {
			return "", err
		}
		ns = append(ns, c)
	}
	if p.atoms {
		return p.g.atom(ps, ns)
	}
	var excl strings.Builder
	excl.WriteString("[^>")
	for _, c := range ns {
		excl.WriteRune(c)
	}
	excl.WriteString("]*")
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	var b strings.Builder
	b.WriteString("<")
	b.WriteString(excl.String())
	for _, c := range ps {
		b.WriteRune(c)
		b.WriteString(excl.String())
	}
	b.WriteString(">")
	return b.String(), nil
}
