package resolve

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// The seed evaluation harness: gold mentions (without gold ids) go
// through Resolve, and the scorer's pairwise merge measures are taken on
// the result. The gold file lives outside the module; set NEWSKG_EVAL to
// its directory (default /work/shared/eval) or the test is skipped.

type goldFile struct {
	Documents []string `json:"documents"`
	Entities  []struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		Mentions []struct {
			Doc  string `json:"doc"`
			Text string `json:"text"`
		} `json:"mentions"`
	} `json:"entities"`
}

// scorerNormalize is a copy of the scorer's normalize.
func scorerNormalize(s string) string {
	titles := map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "the": true,
		"president": true, "السيد": true, "الرئيس": true}
	s = norm.NFKC.String(s)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		case r == '’' || r == '\'':
			r = '\''
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			r = ' '
		}
		b.WriteRune(r)
	}
	f := strings.Fields(b.String())
	for len(f) > 1 && titles[f[0]] {
		f = f[1:]
	}
	if n := len(f); n > 0 {
		f[n-1] = strings.TrimSuffix(strings.TrimSuffix(f[n-1], "'s"), "'")
	}
	return strings.Join(f, " ")
}

func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

type mergeScore struct {
	P, R, X            float64
	pairs, xpairs, mp  int
	splits, overMerged []string
}

// scoreMerges computes the scorer's merge precision, recall and
// cross-script recall of g against the gold.
func scoreMerges(gd *goldFile, g *graph.KG) mergeScore {
	formGold := map[string]map[string]bool{}
	goldForms := map[string]map[string]bool{}
	for _, e := range gd.Entities {
		if !graph.EntityType(e.Type).Named() {
			continue
		}
		goldForms[e.ID] = map[string]bool{}
		add := func(k string) {
			if formGold[k] == nil {
				formGold[k] = map[string]bool{}
			}
			formGold[k][e.ID] = true
		}
		if k := scorerNormalize(e.Name); k != "" {
			add(k)
		}
		for _, m := range e.Mentions {
			if k := scorerNormalize(m.Text); k != "" {
				add(k)
				goldForms[e.ID][k] = true
			}
		}
	}
	formNodes := map[string]map[string]bool{}
	nodeForms := map[string][]string{}
	for _, e := range g.Entities {
		if !e.Type.Named() {
			continue
		}
		fs := map[string]bool{}
		if k := scorerNormalize(e.Name); k != "" {
			fs[k] = true
		}
		for _, a := range e.Aliases {
			if k := scorerNormalize(a.Text); k != "" {
				fs[k] = true
			}
		}
		for k := range fs {
			if formNodes[k] == nil {
				formNodes[k] = map[string]bool{}
			}
			formNodes[k][e.ID] = true
			nodeForms[e.ID] = append(nodeForms[e.ID], k)
		}
	}
	together := func(a, b string) bool {
		for n := range formNodes[a] {
			if formNodes[b][n] {
				return true
			}
		}
		return false
	}
	var s mergeScore
	good, xgood := 0, 0
	for _, e := range gd.Entities {
		var fs []string
		for k := range goldForms[e.ID] {
			if len(formNodes[k]) > 0 {
				fs = append(fs, k)
			}
		}
		sort.Strings(fs)
		for i := range fs {
			for j := i + 1; j < len(fs); j++ {
				s.pairs++
				ok := together(fs[i], fs[j])
				if ok {
					good++
				} else {
					s.splits = append(s.splits, e.ID+": "+fs[i]+" | "+fs[j])
				}
				if hasArabic(fs[i]) != hasArabic(fs[j]) {
					s.xpairs++
					if ok {
						xgood++
					}
				}
			}
		}
	}
	mgood := 0
	for _, e := range g.Entities {
		var gs []string
		for _, k := range nodeForms[e.ID] {
			if len(formGold[k]) == 1 {
				for gid := range formGold[k] {
					gs = append(gs, gid)
				}
			}
		}
		bad := false
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				s.mp++
				if gs[i] == gs[j] {
					mgood++
				} else {
					bad = true
				}
			}
		}
		if bad {
			s.overMerged = append(s.overMerged, e.ID+" "+strings.Join(nodeForms[e.ID], " | "))
		}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	s.R, s.X, s.P = ratio(good, s.pairs), ratio(xgood, s.xpairs), ratio(mgood, s.mp)
	if s.mp == 0 {
		s.P = 1
	}
	return s
}

// goldMentions turns the gold's named mentions into extractor-like
// mentions: the text found in the document, the language by script, and
// a KB link only where a KB lookup of the form finds exactly one entry
// of the type (what the extractor does). With coarse, location types are
// given as Place unless the KB knows the form, as an extractor that can
// only tell "a location" would.
func goldMentions(t *testing.T, dir string, gd *goldFile, coarse bool) ([]graph.DocInfo, []graph.Mention) {
	base := kb.Starter()
	var docs []graph.DocInfo
	texts := map[string]string{}
	for _, d := range gd.Documents {
		b, err := os.ReadFile(filepath.Join(dir, d))
		if err != nil {
			t.Skip(err)
		}
		texts[d] = string(b)
		docs = append(docs, graph.DocInfo{ID: d, Lang: textnorm.Script(string(b))})
	}
	var ms []graph.Mention
	for _, e := range gd.Entities {
		typ := graph.EntityType(e.Type)
		if !typ.Named() {
			continue
		}
		for _, m := range e.Mentions {
			text := texts[m.Doc]
			i := strings.Index(text, m.Text)
			if i < 0 {
				t.Logf("gold form %q not found in %s", m.Text, m.Doc)
				continue
			}
			mt := typ
			var name, id string
			var found *kb.Entry
			for _, x := range base.Lookup(m.Text) {
				if x.Type == typ || coarse && typ.Location() && x.Type.Location() {
					if found != nil {
						found = nil
						break
					}
					found = x
				}
			}
			if found != nil {
				name, id = found.Name, found.ID
				mt = found.Type
			} else if coarse && typ.Location() {
				mt = graph.Place
			}
			ms = append(ms, graph.Mention{Doc: m.Doc, Text: m.Text, Type: mt, Start: i, End: i + len(m.Text),
				Lang: textnorm.Script(m.Text), Name: name, KBID: id, Extractor: "gold"})
		}
	}
	return docs, ms
}

// loadGold reads a gold file of the evaluation directory (NEWSKG_EVAL,
// default /work/shared/eval) and returns the folder of its articles.
func loadGold(t testing.TB, name, articles string) (string, *goldFile) {
	dir := os.Getenv("NEWSKG_EVAL")
	if dir == "" {
		dir = "/work/shared/eval"
	}
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Skip("no gold file:", err)
	}
	var gd goldFile
	if err := json.Unmarshal(b, &gd); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, articles), &gd
}

func TestSeedMerges(t *testing.T) {
	for _, v := range []struct {
		name, gold, articles string
		coarse               bool
		bars                 bool
	}{
		{"gold-types", "seeds.gold.json", "../seeds", false, true},
		{"coarse-location-types", "seeds.gold.json", "../seeds", true, false},
		{"dev-gold-types", "dev/dev.gold.json", "dev/articles", false, true},
	} {
		t.Run(v.name, func(t *testing.T) {
			dir, gd := loadGold(t, v.gold, v.articles)
			docs, ms := goldMentions(t, dir, gd, v.coarse)
			g, rep, err := Resolve(docs, ms, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := scoreMerges(gd, g)
			t.Logf("%s: merge P %.3f (%d pairs)  R %.3f (%d pairs)  cross-script R %.3f (%d pairs); %d entities; rules %v",
				v.name, s.P, s.mp, s.R, s.pairs, s.X, s.xpairs, rep.Entities, rep.Rules)
			if testing.Verbose() {
				for _, x := range s.splits {
					t.Log("split:", x)
				}
				for _, x := range s.overMerged {
					t.Log("over-merged:", x)
				}
			}
			if v.bars && (s.P < 0.97 || s.R < 0.90 || s.X < 0.85) {
				t.Errorf("below the bars: P %.3f R %.3f X %.3f", s.P, s.R, s.X)
			}
		})
	}
}
