package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a tokenised sentence with one IOB2 tag per token
// ("O", "B-PER", "I-PER", ...).
type Sentence struct {
	Tokens []string
	Tags   []string
	// Doc numbers the document the sentence belongs to: it grows by one at
	// each -DOCSTART- line. Document context never crosses documents.
	Doc int
}

// ReadCoNLL reads sentences in any of three column formats, detected per
// line: CoNLL-2003 ("token POS chunk NER", IOB1, with -DOCSTART- lines),
// ANERcorp ("token TAG", IOB2, type PERS) and WikiANN ("en:token<TAB>TAG").
// Sentences are separated by blank lines. The token is the first column and
// the tag the last; tags are converted to IOB2 and PERS is renamed PER.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Tags = ToIOB2(cur.Tags)
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		var fields []string
		if strings.Contains(s, "\t") {
			fields = strings.Split(s, "\t")
		} else {
			fields = strings.Fields(s)
		}
		if len(fields) == 1 && (s[0] == ' ' || s[0] == '\t') {
			continue // an empty token (ANERcorp has a few): skip it
		}
		if len(fields) < 2 {
			return out, fmt.Errorf("line %d: want at least 2 columns, got %q", line, s)
		}
		tok := fields[0]
		if tok == "-DOCSTART-" {
			flush()
			if len(out) > 0 {
				doc++
			}
			continue
		}
		if len(tok) > 3 && tok[2] == ':' && tok[0] >= 'a' && tok[0] <= 'z' && tok[1] >= 'a' && tok[1] <= 'z' && strings.Contains(s, "\t") {
			tok = tok[3:] // WikiANN "en:token"
		}
		tag := strings.TrimSpace(fields[len(fields)-1])
		if err := checkTag(tag); err != nil {
			return out, fmt.Errorf("line %d: %w", line, err)
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, err
	}
	return out, nil
}

func checkTag(tag string) error {
	if tag == "O" {
		return nil
	}
	if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
		return nil
	}
	return fmt.Errorf("bad tag %q", tag)
}

// ToIOB2 converts IOB1 or IOB2 tags to IOB2 (an I- tag that does not
// continue an entity of the same type becomes B-) and renames PERS to PER.
// It returns a new slice; valid IOB2 input comes back unchanged.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		if t != "O" {
			typ := t[2:]
			if typ == "PERS" {
				typ = "PER"
			}
			if t[0] == 'I' && (prev == "O" || prev[2:] != typ) {
				t = "B-" + typ
			} else {
				t = t[:2] + typ
			}
		}
		out[i] = t
		prev = t
	}
	return out
}

// spansOf returns the entity spans [start,end) with types of an IOB2 sequence.
func spansOf(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == "O" || len(t) < 3 {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: typ, Score: 1})
		i = j
	}
	return out
}
