package resolve

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"newskg/graph"
)

// TestRedTeamFile resolves a file of invented merge and apart cases
// (NEWSKG_REDTEAM names it; skipped without it) and prints the counts:
// pairs merged as they should be, split wrongly, merged wrongly.
//
//   - Type | doc:form ; doc/Type:form      every form on one entity
//   - Type | doc:form ; ... || doc:form     each left form apart from each right one
//
// A form written doc:~form is resolved with the others and not asserted.
func TestRedTeamFile(t *testing.T) {
	path := os.Getenv("NEWSKG_REDTEAM")
	if path == "" {
		t.Skip("NEWSKG_REDTEAM not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ok, split, wrong, okGroups, groups, negOK, negs int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind := line[0]
		head, body, _ := strings.Cut(line[1:], "|")
		typ := strings.TrimSpace(head)
		var ms []graph.Mention
		var sides [2][]string
		for si, side := range strings.Split(body, "||") {
			for _, it := range strings.Split(side, ";") {
				it = strings.TrimSpace(it)
				doc, form, _ := strings.Cut(it, ":")
				ty := typ
				if d, tt, ok := strings.Cut(doc, "/"); ok {
					doc, ty = d, tt
				}
				ctx := strings.HasPrefix(form, "~")
				form = strings.TrimPrefix(form, "~")
				ms = append(ms, mentionsOf(doc+"|"+ty+"|"+form)...)
				if !ctx {
					sides[si] = append(sides[si], form)
				}
			}
		}
		// distinct offsets per doc
		off := map[string]int{}
		for i := range ms {
			ms[i].Start = off[ms[i].Doc]
			ms[i].End = ms[i].Start + len(ms[i].Text)
			off[ms[i].Doc] = ms[i].End + 10
		}
		g, _, err := Resolve(nil, ms, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ent := func(s string) *graph.Entity {
			// a title in front is cleaned off the alias: drop words until found
			for w := strings.Fields(s); len(w) > 0; w = w[1:] {
				if e := entityWith(g, strings.Join(w, " ")); e != nil {
					return e
				}
			}
			return nil
		}
		bad := []string{}
		switch kind {
		case '+':
			groups++
			fs := sides[0]
			all := true
			for i := 0; i < len(fs); i++ {
				for j := i + 1; j < len(fs); j++ {
					if a, b := ent(fs[i]), ent(fs[j]); a != nil && a == b {
						ok++
					} else {
						split++
						all = false
						bad = append(bad, fs[i]+" / "+fs[j])
					}
				}
			}
			if all {
				okGroups++
			}
		case '-':
			negs++
			good := true
			for _, x := range sides[0] {
				for _, y := range sides[1] {
					if a, b := ent(x), ent(y); a != nil && a == b {
						wrong++
						good = false
						bad = append(bad, x+" = "+y)
					}
				}
			}
			if good {
				negOK++
			}
		}
		if len(bad) > 0 {
			t.Logf("MISS %s\n\t%s", line, strings.Join(bad, "\n\t"))
			for _, e := range g.Entities {
				var as []string
				for _, a := range e.Aliases {
					as = append(as, a.Text)
				}
				var rs []string
				for _, m := range e.Merges {
					rs = append(rs, m.Rule+":"+m.Form)
				}
				t.Logf("\t  %s %q %v %v", e.Type, e.Name, as, rs)
			}
		}
	}
	t.Logf("RESULT merge groups %d/%d whole; pairs merged-correct %d split-wrong %d; apart groups %d/%d; merged-wrong pairs %d",
		okGroups, groups, ok, split, negOK, negs, wrong)
}
