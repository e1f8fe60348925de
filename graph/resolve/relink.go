package resolve

import "newskg/graph"

// Relink runs link, which may rewrite the keys of the delegation and
// event mentions in ms and of the ends of rels (corpus-level event
// linking), and returns what it changed as a rekeying: the key a mention
// of an unnamed type takes in place of the key it had. It returns nil
// when link changed no key.
func Relink(ms []graph.Mention, rels []graph.Relation, link func()) func(graph.Mention) string {
	type tk struct {
		typ graph.EntityType
		key string
	}
	before := make([]string, 0, len(ms)+2*len(rels))
	for _, m := range ms {
		before = append(before, m.Key)
	}
	for _, r := range rels {
		before = append(before, r.Subject.Key, r.Object.Key)
	}
	link()
	to := map[tk]string{}
	note := func(m graph.Mention, old string) {
		if m.Key != old && !m.Type.Named() {
			to[tk{m.Type, old}] = m.Key
		}
	}
	for i, m := range ms {
		note(m, before[i])
	}
	for i, r := range rels {
		note(r.Subject, before[len(ms)+2*i])
		note(r.Object, before[len(ms)+2*i+1])
	}
	if len(to) == 0 {
		return nil
	}
	return func(m graph.Mention) string {
		if k, ok := to[tk{m.Type, m.Key}]; ok {
			return k
		}
		return m.Key
	}
}
