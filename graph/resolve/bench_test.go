package resolve

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"newskg/graph"
)

// Synthetic mentions: person names made from syllable inventories,
// written in Latin or rendered in Arabic script with a generic
// Latin-to-Arabic mapping, with machine-translation noise (a letter
// swapped, dropped or doubled, a syllable lost), spread over many
// documents as full names and surname-only mentions.

var (
	onsets  = []string{"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch", "g", "f", "kh", "y"}
	vowels  = []string{"a", "e", "i", "o", "u"}
	codas   = []string{"", "", "", "n", "r", "l", "s", "m"}
	endings = []string{"ov", "ev", "enko", "ski", "in", "an", "er", "ez", "ich", "uk"}
)

func syllable(r *rand.Rand) string {
	return onsets[r.Intn(len(onsets))] + vowels[r.Intn(len(vowels))] + codas[r.Intn(len(codas))]
}

func synthName(r *rand.Rand) (given, surname string) {
	given = syllable(r) + syllable(r)
	surname = syllable(r) + syllable(r) + endings[r.Intn(len(endings))]
	return strings.Title(given), strings.Title(surname)
}

// toArabic renders a Latin name as Arabic writes foreign names.
func toArabic(s string) string {
	s = strings.ToLower(s)
	di := map[string]string{"sh": "ش", "ch": "تش", "kh": "خ"}
	one := map[byte]string{'b': "ب", 'p': "ب", 't': "ت", 'd': "د", 'k': "ك", 'g': "غ", 's': "س", 'z': "ز",
		'f': "ف", 'v': "ف", 'w': "و", 'l': "ل", 'm': "م", 'n': "ن", 'r': "ر", 'h': "ه", 'y': "ي", 'j': "ج",
		'a': "ا", 'o': "و", 'u': "و", 'i': "ي", 'e': "ي", 'c': "ك", 'q': "ق", 'x': "كس", ' ': " "}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) {
			if a, ok := di[s[i:i+2]]; ok {
				b.WriteString(a)
				i++
				continue
			}
		}
		c := s[i]
		if c == 'e' && i > 0 && i+1 < len(s) && s[i+1] != ' ' {
			continue // short e in the middle of a word is not written
		}
		if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') && (i == 0 || s[i-1] == ' ') {
			b.WriteString("ا") // an initial vowel rides on an alef
		}
		b.WriteString(one[c])
	}
	return b.String()
}

// garble applies one MT error to a word: swap two letters, drop one,
// double one, or drop a syllable (two letters).
func garble(r *rand.Rand, w string) string {
	rs := []rune(w)
	if len(rs) < 5 {
		return w
	}
	i := 1 + r.Intn(len(rs)-2)
	switch r.Intn(4) {
	case 0:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	case 1:
		rs = append(rs[:i], rs[i+1:]...)
	case 2:
		rs = append(rs[:i+1], rs[i:]...)
	case 3:
		if i+2 < len(rs) {
			rs = append(rs[:i], rs[i+2:]...)
		}
	}
	return string(rs)
}

type synthMention struct {
	m      graph.Mention
	entity int
}

func synthesize(n int, seed int64) []synthMention {
	r := rand.New(rand.NewSource(seed))
	nEnt := n / 8
	if nEnt < 1 {
		nEnt = 1
	}
	type person struct{ g, s string }
	ps := make([]person, nEnt)
	for i := range ps {
		ps[i].g, ps[i].s = synthName(r)
	}
	var out []synthMention
	perDoc := 20
	for d := 0; len(out) < n; d++ {
		doc := fmt.Sprintf("doc%06d.txt", d)
		arabic := r.Intn(2) == 0
		off := 0
		// a document talks about a few people, full name first
		for len(out) < n && off < perDoc*40 {
			e := r.Intn(nEnt)
			p := ps[e]
			for k := 0; k < 3 && len(out) < n; k++ {
				g, s := p.g, p.s
				if r.Intn(5) == 0 {
					s = garble(r, s)
				}
				text := g + " " + s
				if k > 0 {
					text = s
				}
				if arabic {
					text = toArabic(text)
				}
				lang := "en"
				if arabic {
					lang = "ar"
				}
				out = append(out, synthMention{graph.Mention{Doc: doc, Text: text, Type: graph.Person, Start: off, End: off + len(text), Lang: lang}, e})
				off += len(text) + 5
			}
		}
	}
	return out
}

func BenchmarkResolve(b *testing.B) {
	for _, n := range benchSizes {
		sm := synthesize(n, 1)
		ms := make([]graph.Mention, len(sm))
		for i := range sm {
			ms[i] = sm[i].m
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := Resolve(nil, ms, nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSyntheticQuality reports pairwise merge precision and recall on
// synthetic names, a check that the method carries beyond the seeds, and
// that 10,000 mentions resolve well within the time bar.
func TestSyntheticQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sm := synthesize(10000, 7)
	ms := make([]graph.Mention, len(sm))
	for i := range sm {
		ms[i] = sm[i].m
	}
	start := time.Now()
	g, _, err := Resolve(nil, ms, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	// form (doc, text) -> entity id
	node := map[[2]string]string{}
	for _, e := range g.Entities {
		for _, a := range e.Aliases {
			for _, d := range a.Docs {
				node[[2]string{d, a.Text}] = e.ID
			}
		}
	}
	// pairwise over distinct (doc, text) forms
	type fm struct {
		node string
		ent  int
	}
	seen := map[[2]string]bool{}
	var fs []fm
	for _, s := range sm {
		k := [2]string{s.m.Doc, s.m.Text}
		if seen[k] {
			continue
		}
		seen[k] = true
		fs = append(fs, fm{node[k], s.entity})
	}
	tp, fp, fn := 0, 0, 0
	byEnt := map[int][]int{}
	byNode := map[string][]int{}
	for i, f := range fs {
		byEnt[f.ent] = append(byEnt[f.ent], i)
		byNode[f.node] = append(byNode[f.node], i)
	}
	for _, xs := range byNode {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if fs[xs[i]].ent == fs[xs[j]].ent {
					tp++
				} else {
					fp++
				}
			}
		}
	}
	for _, xs := range byEnt {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if fs[xs[i]].node != fs[xs[j]].node {
					fn++
				}
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	t.Logf("synthetic 10k: %d forms, %d entities out (%d real), pairwise P %.3f R %.3f, %v", len(fs), len(g.Entities), len(byEnt), p, r, el)
	// speed is BenchmarkResolve's to measure, not a test's to time
}

var benchSizes = []int{1000, 10000, 100000}

// descriptiveCorpus gives each of n articles a descriptive name, "the
// defence ministry" in English in one article and «وزارة الدفاع» in
// Arabic in the next: the same words in two languages, which only an
// article that holds both could make one body.
func descriptiveCorpus(n int) []graph.Mention {
	var spec []string
	for i := 0; i < n; i++ {
		d := fmt.Sprintf("d%05d", i)
		if i%2 == 0 {
			spec = append(spec, d+"|Organization|the defence ministry")
		} else {
			spec = append(spec, d+"|Organization|وزارة الدفاع")
		}
	}
	return mentionsOf(spec...)
}

// TestDescriptiveNamesWithinArticles: descriptive names stay one body
// per article however many articles name them (each article's is
// blocked with its own article's names, not compared with every other
// article's; a name of generic words alone is each article's own
// country's body, so the same words in two articles are not one), and
// the two languages are one body in the article that holds both.
func TestDescriptiveNamesWithinArticles(t *testing.T) {
	orgs := func(ms []graph.Mention) int {
		g, _ := mustResolve(t, ms, nil, Options{})
		n := 0
		for _, e := range g.Entities {
			if e.Type == graph.Organization {
				n++
			}
		}
		return n
	}
	ms := descriptiveCorpus(50)
	if n := orgs(ms); n != 50 {
		t.Errorf("50 articles, each in one language: %d bodies, want 50", n)
	}
	// the Arabic name a second time in the first article, after its English one
	both := append(ms, mentionsOf("d00000|Organization|the defence ministry", "d00000|Organization|وزارة الدفاع")[1])
	if n := orgs(both); n != 50 {
		t.Errorf("one article with both: %d bodies, want 50 (its two names one)", n)
	}
}

// BenchmarkDescriptiveNames: the time per article stays flat from 1,000
// to 8,000 articles that all name the ministry.
func BenchmarkDescriptiveNames(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		ms := descriptiveCorpus(n)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Resolve(nil, ms, nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/article")
		})
	}
}
