package extract

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"newskg/graph"
)

// TestLongSentenceIsCut checks that a run of text with no sentence end
// longer than MaxSentence becomes pieces of at most MaxSentence bytes,
// cut after a comma where there is one and else at a space, that cover
// the text in order; and that ordinary sentences stay whole.
func TestLongSentenceIsCut(t *testing.T) {
	clause := "the envoy met the delegation in the capital, "
	arabic := "والتقى المبعوث الوفد في العاصمة، "
	cases := []struct {
		name, text string
		cutAfter   string // every piece but the last ends with this
	}{
		{"commas", strings.Repeat(clause, 500), ","},
		{"arabic commas", strings.Repeat(arabic, 500), "،"},
		{"spaces", strings.Repeat("word ", 3000), "word"},
		{"one word", strings.Repeat("x", 3*MaxSentence+7), ""},
		{"arabic word", strings.Repeat("ب", 3*MaxSentence), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := NewDocument(Article{ID: "long", Text: c.text})
			if len(d.Sentences) < 2 {
				t.Fatalf("%d sentences for %d bytes", len(d.Sentences), len(c.text))
			}
			var rebuilt strings.Builder
			for i, s := range d.Sentences {
				if s.End-s.Start > MaxSentence {
					t.Fatalf("sentence %d is %d bytes", i, s.End-s.Start)
				}
				if !utf8.ValidString(s.Text) || s.Text != c.text[s.Start:s.End] {
					t.Fatalf("sentence %d is not a slice of whole characters", i)
				}
				if i < len(d.Sentences)-1 && !strings.HasSuffix(s.Text, c.cutAfter) {
					t.Errorf("sentence %d ends %q", i, s.Text[max(0, len(s.Text)-12):])
				}
				if i > 0 && d.Sentences[i-1].End > s.Start {
					t.Fatalf("sentences %d and %d overlap", i-1, i)
				}
				rebuilt.WriteString(s.Text)
			}
			if strings.ReplaceAll(rebuilt.String(), " ", "") != strings.ReplaceAll(c.text, " ", "") {
				t.Error("the pieces do not cover the text")
			}
		})
	}
	// an ordinary paragraph, and one just under the bound, stay whole
	normal := "Talks began in Riyadh on Monday, officials said. The envoy left."
	if got := sentences(normal); len(got) != 2 {
		t.Errorf("ordinary text: %q", got)
	}
	under := strings.Repeat("a", MaxSentence-1) + "."
	if got := sentences(under); len(got) != 1 {
		t.Errorf("a sentence of %d bytes was cut in %d", len(under), len(got))
	}
}

// TestRuneOffsetTable checks RuneOffset against counting, at every byte
// of texts longer than the table's stride, in both scripts.
func TestRuneOffsetTable(t *testing.T) {
	for _, text := range []string{
		"",
		"ascii only, more than sixty-four bytes of it to cross the stride of the table.",
		strings.Repeat("مرحبا Kyiv «اجتماع» – ", 20),
		strings.Repeat("😀a", 50),
	} {
		// the table of every byte that RuneOffset used to keep
		full := make([]int, len(text)+1)
		n := 0
		for i := 0; i < len(text); i++ {
			if utf8.RuneStart(text[i]) {
				full[i] = n
				n++
			} else {
				full[i] = n - 1
			}
		}
		full[len(text)] = n
		d := NewDocument(Article{ID: "r", Text: text})
		for b := -1; b <= len(text)+1; b++ {
			want := full[min(max(b, 0), len(text))]
			if got := d.RuneOffset(b); got != want {
				t.Fatalf("RuneOffset(%d) = %d, want %d in %q", b, got, want, text)
			}
		}
	}
}

// TestSpans checks Meets against a test of every pair.
func TestSpans(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 300
	for round := 0; round < 200; round++ {
		s := NewSpans(n)
		var added [][2]int
		for k := 0; k < 40; k++ {
			a := r.IntN(n+20) - 10
			b := a + r.IntN(140)
			if r.IntN(2) == 0 {
				s.Add(a, b)
				added = append(added, [2]int{a, b})
				continue
			}
			want := false
			for _, x := range added {
				lo, hi := max(x[0], a, 0), min(x[1], b, n)
				if lo < hi {
					want = true
				}
			}
			if got := s.Meets(a, b); got != want {
				t.Fatalf("Meets(%d, %d) = %v, want %v after %v", a, b, got, want, added)
			}
		}
	}
}

// TestAddMentionsMatchesPairwise checks AddMentions against adding each
// mention that overlaps none before it, pair by pair, with mentions of
// other documents and bad spans mixed in.
func TestAddMentionsMatchesPairwise(t *testing.T) {
	text := strings.Repeat("Riyadh talks with Kyiv and Moscow. ", 20)
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 100; round++ {
		d := NewDocument(Article{ID: "x", Text: text})
		var want []graph.Mention
		for batch := 0; batch < 4; batch++ {
			var ms []graph.Mention
			for k := 0; k < 30; k++ {
				a := r.IntN(len(text)+10) - 5
				m := graph.Mention{Doc: "x", Start: a, End: a + r.IntN(30) - 2, Extractor: string(rune('a' + batch))}
				if r.IntN(10) == 0 {
					m.Doc = "other"
				}
				ms = append(ms, m)
			}
			for _, m := range ms {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					continue
				}
				clash := false
				for _, o := range want {
					clash = clash || m.Overlaps(o)
				}
				if !clash {
					want = append(want, m)
				}
			}
			sort.SliceStable(want, func(i, j int) bool {
				if want[i].Start != want[j].Start {
					return want[i].Start < want[j].Start
				}
				return want[i].End < want[j].End
			})
			d.AddMentions(ms)
			if !reflect.DeepEqual(d.Mentions, want) {
				t.Fatalf("round %d batch %d:\n got %v\nwant %v", round, batch, d.Mentions, want)
			}
		}
	}
}

// TestEvidenceBounded checks that the evidence of a relation between
// mentions far apart in a long document is the later sentence alone,
// while mentions a few sentences apart keep the text that spans both.
func TestEvidenceBounded(t *testing.T) {
	filler := strings.Repeat("Nothing happened in the long meantime. ", MaxEvidence/39+10)
	text := "Envoys met in Varnholm. " + filler + "Talks ended in Quessa. The Dravik delegation left."
	d := NewDocument(Article{ID: "far", Text: text})
	at := func(w string) graph.Mention {
		i := strings.Index(text, w)
		return d.Mention(i, i+len(w), graph.City, "t", 1)
	}
	far := d.Relation(at("Dravik"), graph.Represents, at("Varnholm"), "", "", "t", "r", 1)
	if far.Evidence.Text != "The Dravik delegation left." {
		t.Errorf("far apart: evidence %d bytes: %.60q", len(far.Evidence.Text), far.Evidence.Text)
	}
	if rs := []rune(text); string(rs[far.Evidence.Start:far.Evidence.End]) != far.Evidence.Text {
		t.Errorf("evidence offsets %d-%d do not hold its text", far.Evidence.Start, far.Evidence.End)
	}
	near := d.Relation(at("Dravik"), graph.Represents, at("Quessa"), "", "", "t", "r", 1)
	if near.Evidence.Text != "Talks ended in Quessa. The Dravik delegation left." {
		t.Errorf("near: evidence %q", near.Evidence.Text)
	}
}
