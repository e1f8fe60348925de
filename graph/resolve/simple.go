// Package resolve merges mentions into entities and relations into facts.
// (Temporary first resolver; replaced by the full one.)
package resolve

import (
	"fmt"
	"sort"
	"strings"

	"newskg/graph"
	"newskg/graph/kb"
	"newskg/graph/textnorm"
)

// Options configures resolution.
type Options struct {
	KB     *kb.KB
	Review *graph.Review
}

// Report tells what resolution did with the review decisions.
type Report struct {
	Stale   []string
	Applied int
}

type cluster struct {
	typ   graph.EntityType
	name  string
	kbid  string
	forms map[string]*graph.Alias
	docs  map[string]bool
	roles map[string]bool
	n     int
}

// Resolve builds a KG.
func Resolve(docs []graph.DocInfo, mentions []graph.Mention, rels []graph.Relation, opt Options) (*graph.KG, *Report, error) {
	all := append([]graph.Mention(nil), mentions...)
	for _, r := range rels {
		all = append(all, r.Subject, r.Object)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Doc != all[j].Doc {
			return all[i].Doc < all[j].Doc
		}
		return all[i].Start < all[j].Start
	})
	clusters := map[string]*cluster{}
	var order []string
	keyOf := func(m graph.Mention) string {
		switch {
		case m.Key != "":
			return string(m.Type) + "|k|" + m.Key
		case m.KBID != "":
			return string(m.Type) + "|kb|" + m.KBID
		}
		return string(m.Type) + "|n|" + textnorm.Key(m.Text)
	}
	// surname-only person mentions attach to a full name of the same document
	surname := map[string]string{} // doc|last -> key
	byMention := map[string]string{}
	for _, m := range all {
		k := keyOf(m)
		if m.Type == graph.Person && m.KBID == "" {
			f := strings.Fields(textnorm.Key(m.Text))
			if len(f) == 1 {
				if full, ok := surname[m.Doc+"|"+f[0]]; ok {
					k = full
				}
			} else if len(f) > 1 {
				surname[m.Doc+"|"+f[len(f)-1]] = k
			}
		}
		byMention[fmt.Sprintf("%s|%d|%d", m.Doc, m.Start, m.End)] = k
		c := clusters[k]
		if c == nil {
			c = &cluster{typ: m.Type, forms: map[string]*graph.Alias{}, docs: map[string]bool{}, roles: map[string]bool{}, kbid: m.KBID}
			clusters[k] = c
			order = append(order, k)
		}
		if m.Name != "" && c.name == "" {
			c.name = m.Name
		}
		a := c.forms[m.Text]
		if a == nil {
			a = &graph.Alias{Text: m.Text, Lang: m.Lang}
			c.forms[m.Text] = a
		}
		a.Count++
		if len(a.Docs) == 0 || a.Docs[len(a.Docs)-1] != m.Doc {
			a.Docs = append(a.Docs, m.Doc)
		}
		c.docs[m.Doc] = true
		if m.Role != "" {
			c.roles[m.Role] = true
		}
		c.n++
	}
	g := &graph.KG{Docs: docs}
	ids := map[string]string{}
	used := map[string]bool{}
	for _, k := range order {
		c := clusters[k]
		name := c.name
		if name == "" {
			best := ""
			for t, a := range c.forms {
				if best == "" || len(strings.Fields(t)) > len(strings.Fields(best)) || a.Lang == "en" && c.forms[best].Lang != "en" {
					best = t
				}
			}
			name = best
		}
		id := graph.EntityID(c.typ, name)
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", graph.EntityID(c.typ, name), n)
		}
		used[id] = true
		ids[k] = id
		e := &graph.Entity{ID: id, Type: c.typ, Name: name, Mentions: c.n}
		for _, a := range c.forms {
			e.Aliases = append(e.Aliases, *a)
		}
		for d := range c.docs {
			e.Docs = append(e.Docs, d)
		}
		for r := range c.roles {
			e.Roles = append(e.Roles, r)
		}
		if c.kbid != "" && opt.KB != nil {
			for _, en := range opt.KB.Entries() {
				if en.ID == c.kbid {
					e.SameAs = en.SameAs()
					break
				}
			}
		}
		g.Entities = append(g.Entities, e)
	}
	facts := map[string]*graph.Fact{}
	for _, r := range rels {
		s := ids[byMention[fmt.Sprintf("%s|%d|%d", r.Subject.Doc, r.Subject.Start, r.Subject.End)]]
		o := ids[byMention[fmt.Sprintf("%s|%d|%d", r.Object.Doc, r.Object.Start, r.Object.End)]]
		if s == "" || o == "" || s == o {
			continue
		}
		if r.Predicate.Symmetric() && o < s {
			s, o = o, s
		}
		id := graph.FactID(s, r.Predicate, o, r.Role)
		f := facts[id]
		if f == nil {
			f = &graph.Fact{ID: id, Subject: s, Predicate: r.Predicate, Object: o, Role: r.Role, RolePhrase: r.RolePhrase}
			facts[id] = f
			g.Facts = append(g.Facts, f)
		}
		f.Evidence = append(f.Evidence, r.Evidence)
	}
	for _, f := range g.Facts {
		best := map[string]float64{}
		for _, e := range f.Evidence {
			if e.Confidence > best[e.Doc] {
				best[e.Doc] = e.Confidence
			}
		}
		p := 1.0
		for _, c := range best {
			p *= 1 - c
		}
		f.Confidence = 1 - p
	}
	g.Normalize()
	return g, &Report{}, nil
}
