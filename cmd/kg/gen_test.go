package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newskg/graph"
	"newskg/graph/kb"
)

// genCorpus writes n generated news articles to dir, deterministic for a
// seed: English and Arabic articles about talks between countries, with
// people made of invented syllables (about n^0.6 of them, each article
// naming a few, full name first and then the surname alone), places and
// countries from the knowledge base, dates, delegations and events. It
// stands in for a real feed in the store's tests and benchmarks.
func genCorpus(t testing.TB, dir string, n int, seed uint64) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	type country struct{ en, ar, city, cityAr string }
	var cs []country
	base := kb.Starter()
	for _, e := range base.Entries() {
		if e.Type != graph.Country || e.Capital == "" {
			continue
		}
		c := country{en: e.Name}
		for _, a := range e.Aliases {
			if a.Lang == "ar" && c.ar == "" {
				c.ar = a.Text
			}
		}
		var cap *kb.Entry
		for _, x := range base.Lookup(e.Capital) {
			if x.Type == graph.City {
				cap = x
			}
		}
		if cap == nil || c.ar == "" {
			continue
		}
		c.city = cap.Name
		for _, a := range cap.Aliases {
			if a.Lang == "ar" && c.cityAr == "" {
				c.cityAr = a.Text
			}
		}
		if c.cityAr != "" && !strings.ContainsAny(c.en+c.city, "'(),") {
			cs = append(cs, c)
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].en < cs[j].en })
	if len(cs) > 40 {
		cs = cs[:40]
	}
	latin := []string{"ka", "lo", "mi", "ren", "sa", "to", "vel", "du", "ran", "ni", "bo", "tar", "zem", "fi", "go", "hal", "jun", "pe", "ros", "vi"}
	arab := map[string]string{"ka": "كا", "lo": "لو", "mi": "مي", "ren": "رين", "sa": "سا", "to": "تو", "vel": "فيل", "du": "دو", "ran": "ران", "ni": "ني",
		"bo": "بو", "tar": "تار", "zem": "زيم", "fi": "في", "go": "غو", "hal": "هال", "jun": "جون", "pe": "بي", "ros": "روس", "vi": "في"}
	word := func(k int) (string, string) {
		var en, ar strings.Builder
		for i := 0; i < 2+k%2; i++ {
			s := latin[(k/(i*7+1)+i*3)%len(latin)]
			k = k*31 + 7
			en.WriteString(s)
			ar.WriteString(arab[s])
		}
		e := en.String()
		return strings.ToUpper(e[:1]) + e[1:], ar.String()
	}
	type person struct{ given, sur, givenAr, surAr string }
	people := int(math.Ceil(math.Pow(float64(n), 0.6))) + 4
	var ps []person
	seen := map[string]bool{}
	for i := 0; len(ps) < people; i++ {
		g, gar := word(i*3 + 1)
		s, sar := word(i*5 + 1000)
		if seen[s] || seen[g+" "+s] {
			continue
		}
		seen[s], seen[g+" "+s] = true, true
		ps = append(ps, person{g, s, gar, sar})
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	roles := []string{"Foreign Minister", "special envoy", "national security adviser", "Defense Minister"}
	rolesAr := []string{"وزير الخارجية", "المبعوث الخاص", "مستشار الأمن القومي", "وزير الدفاع"}
	for i := 0; i < n; i++ {
		a, b, h := cs[r.IntN(len(cs))], cs[r.IntN(len(cs))], cs[r.IntN(len(cs))]
		p, q := ps[r.IntN(len(ps))], ps[r.IntN(len(ps))]
		ri, rj := r.IntN(len(roles)), r.IntN(len(roles))
		day, mon := 1+r.IntN(28), r.IntN(12)
		var text string
		name := fmt.Sprintf("gen-%05d", i)
		if r.IntN(3) > 0 {
			text = fmt.Sprintf("%s, %s %d (Newswire) - %s %s %s %s met %s %s %s %s in %s on %s %d, 2025, for talks on the crisis.\n\n"+
				"%s said the talks with the delegation of %s were useful. A delegation from %s led by %s arrived in %s on Monday.\n\n"+
				"%s, who mediated the meeting, hosted the two delegations. %s told reporters that %s would continue.\n",
				h.city, months[mon], day, a.en, roles[ri], p.given, p.sur, b.en, roles[rj], q.given, q.sur, h.city, months[mon], day,
				p.sur, b.en, a.en, p.sur, h.city, h.en, q.sur, b.en)
			name += ".txt"
		} else {
			text = fmt.Sprintf("التقى %s %s %s %s مع %s %s %s في %s يوم %d من الشهر لإجراء محادثات حول الأزمة.\n\n"+
				"وقال %s إن المحادثات مع وفد %s كانت مفيدة. ووصل وفد من %s برئاسة %s إلى %s.\n",
				rolesAr[ri], a.ar, p.givenAr, p.surAr, rolesAr[rj], q.givenAr, q.surAr, h.cityAr, day,
				p.surAr, b.ar, a.ar, p.surAr, h.cityAr)
			name += ".txt"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteCorpus writes a generated corpus for benchmarks run by hand:
// KG_GEN_DIR=/tmp/corpus KG_GEN_N=10000 go test -run TestWriteCorpus ./cmd/kg
func TestWriteCorpus(t *testing.T) {
	dir := os.Getenv("KG_GEN_DIR")
	if dir == "" {
		t.Skip("KG_GEN_DIR not set")
	}
	n := 1000
	fmt.Sscan(os.Getenv("KG_GEN_N"), &n)
	var seed uint64 = 1
	fmt.Sscan(os.Getenv("KG_GEN_SEED"), &seed)
	genCorpus(t, dir, n, seed)
}
