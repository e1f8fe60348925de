package resolve

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/extract/rules"
	"newskg/graph"
	"newskg/graph/jsonld"
	"newskg/graph/kb"
)

// extracted runs the product's passes (without the tagger) over the
// articles of a folder.
func extracted(t *testing.T, dir string) ([]graph.DocInfo, []graph.Mention, []graph.Relation) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("corpus %s: %v", dir, err)
		}
		t.Skipf("corpus %s: %v", dir, err)
	}
	arts, probs := extract.Loader{}.Load([]string{dir})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	c, err := extract.Driver{Passes: rules.Passes(kb.Starter(), nil, nil)}.Run(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	out := c.Output()
	var docs []graph.DocInfo
	for _, d := range out.Docs {
		docs = append(docs, d.Info())
	}
	return docs, out.Mentions, out.Relations
}

// sharesOf reduces every document to its share, through the encoding.
func sharesOf(t *testing.T, ms []graph.Mention, rels []graph.Relation) []*Share {
	t.Helper()
	byDoc := map[string]*struct {
		ms   []graph.Mention
		rels []graph.Relation
	}{}
	var ids []string
	get := func(id string) *struct {
		ms   []graph.Mention
		rels []graph.Relation
	} {
		if byDoc[id] == nil {
			byDoc[id] = &struct {
				ms   []graph.Mention
				rels []graph.Relation
			}{}
			ids = append(ids, id)
		}
		return byDoc[id]
	}
	for _, m := range ms {
		d := get(m.Doc)
		d.ms = append(d.ms, m)
	}
	for _, r := range rels {
		d := get(r.Subject.Doc)
		d.rels = append(d.rels, r)
	}
	// the order of the shares does not matter
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	dec := NewShareDecoder(nil)
	var out []*Share
	for _, id := range ids {
		s, err := Summarize(id, byDoc[id].ms, byDoc[id].rels, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		s2, err := dec.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		b2, _ := s2.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatalf("share of %s: encoding does not round-trip", id)
		}
		out = append(out, s2)
	}
	return out
}

// spanEntities maps every span of a share resolution to its entity.
func spanEntities(shares []*Share, r *ShareResolution) map[Span]string {
	out := map[Span]string{}
	for i, s := range shares {
		for j := 0; j < s.Forms(); j++ {
			for _, sp := range s.FormSpans(j) {
				out[sp] = r.Named[i][j]
			}
		}
		for j, m := range s.GroupMentions() {
			sp := SpanOf(m)
			sp.Key = r.Keys[i][j]
			out[sp] = r.Groups[i][j]
		}
	}
	return out
}

func sameGraph(t *testing.T, want, got *graph.KG) {
	t.Helper()
	a, err := jsonld.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	b, err := jsonld.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
		for i := 0; i < len(al) && i < len(bl); i++ {
			if al[i] != bl[i] {
				t.Fatalf("graphs differ at line %d:\nwant %s\ngot  %s", i+1, al[i], bl[i])
			}
		}
		t.Fatalf("graphs differ in length: %d and %d lines", len(al), len(bl))
	}
}

// randomConstraints picks same-as and not-same-as decisions on spans.
func randomConstraints(r *rand.Rand, ent map[Span]string) Constraints {
	byEnt := map[string][]Span{}
	var ids []string
	for sp, id := range ent {
		if byEnt[id] == nil {
			ids = append(ids, id)
		}
		byEnt[id] = append(byEnt[id], sp)
	}
	sort.Strings(ids)
	for _, id := range ids {
		sort.Slice(byEnt[id], func(i, j int) bool { return byEnt[id][i].Less(byEnt[id][j]) })
	}
	var c Constraints
	for k := 0; k < 6 && len(ids) > 3; k++ {
		a, b := byEnt[ids[r.IntN(len(ids))]], byEnt[ids[r.IntN(len(ids))]]
		c.Same = append(c.Same, []Span{a[0], b[0]})
		x := byEnt[ids[r.IntN(len(ids))]]
		if len(x) > 1 {
			c.Apart = append(c.Apart, [][]Span{x[:1], x[1:]})
		}
	}
	return c
}

// TestSharesResolveAlike: resolving the documents' shares, encoded and
// decoded, gives the graph and the entity of every mention that
// resolving their mentions gives, with and without constraints.
func TestSharesResolveAlike(t *testing.T) {
	for _, dir := range []string{"../../seeds", "../../../shared/eval/dev/articles"} {
		t.Run(dir, func(t *testing.T) {
			docs, ms, rels := extracted(t, dir)
			r := rand.New(rand.NewPCG(3, 4))
			shares := sharesOf(t, ms, rels)
			var c Constraints
			for round := 0; round < 3; round++ {
				want, err := ResolveSpans(docs, ms, rels, Options{}, c)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ResolveShares(docs, shares, nil, Options{}, c)
				if err != nil {
					t.Fatal(err)
				}
				sameGraph(t, want.Graph, got.Graph)
				ent := spanEntities(shares, got)
				if len(ent) != len(want.Entity) {
					t.Fatalf("%d spans resolved, want %d", len(ent), len(want.Entity))
				}
				for sp, id := range want.Entity {
					if ent[sp] != id {
						t.Fatalf("span %v: entity %q, want %q", sp, ent[sp], id)
					}
				}
				c = randomConstraints(r, want.Entity)
			}
		})
	}
}

// TestSharesRekey: shares made before events are linked across
// documents, given the keys linking gives, resolve as the linked
// mentions do, also where linking makes two mentions of one span one.
func TestSharesRekey(t *testing.T) {
	docs, ms, rels := extracted(t, "../../seeds")
	// before linking, every delegation and event key is its document's
	// own; one event mention is given twice, under two keys
	unlink := func(m graph.Mention) graph.Mention {
		if !m.Type.Named() && m.Key != "" {
			m.Key += "#" + m.Doc
		}
		return m
	}
	rekey := func(m graph.Mention) string {
		if i := strings.Index(m.Key, "#"); i >= 0 {
			return m.Key[:i]
		}
		return m.Key
	}
	var pre []graph.Mention
	dup := false
	for _, m := range ms {
		if !dup && m.Type == graph.Event && m.Key != "" {
			d := unlink(m)
			d.Key += "#twice"
			d.Text += " "
			pre = append(pre, d)
			dup = true
		}
		pre = append(pre, unlink(m))
	}
	if !dup {
		t.Fatal("no event mention in the seeds")
	}
	preRels := make([]graph.Relation, len(rels))
	for i, r := range rels {
		r.Subject, r.Object = unlink(r.Subject), unlink(r.Object)
		preRels[i] = r
	}
	post := make([]graph.Mention, len(pre))
	for i, m := range pre {
		m.Key = rekey(m)
		post[i] = m
	}
	postRels := make([]graph.Relation, len(preRels))
	for i, r := range preRels {
		r.Subject.Key, r.Object.Key = rekey(r.Subject), rekey(r.Object)
		postRels[i] = r
	}
	want, err := ResolveSpans(docs, post, postRels, Options{}, Constraints{})
	if err != nil {
		t.Fatal(err)
	}
	shares := sharesOf(t, pre, preRels)
	got, err := ResolveShares(docs, shares, rekey, Options{}, Constraints{})
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, want.Graph, got.Graph)
	ent := spanEntities(shares, got)
	for sp, id := range want.Entity {
		if ent[sp] != id {
			t.Fatalf("span %v: entity %q, want %q", sp, ent[sp], id)
		}
	}
}

// TestSummarizeRefuses: a share is one document's.
func TestSummarizeRefuses(t *testing.T) {
	a := graph.Mention{Doc: "a", Text: "Lena Oskarsson", Type: graph.Person, Start: 0, End: 14}
	b := graph.Mention{Doc: "b", Text: "Oslo", Type: graph.City, Start: 20, End: 24}
	if _, err := Summarize("a", []graph.Mention{a, b}, nil, nil); err == nil {
		t.Error("a mention of another document was taken")
	}
	if _, err := Summarize("a", []graph.Mention{a}, []graph.Relation{{Subject: a, Predicate: graph.LocatedIn, Object: b}}, nil); err == nil {
		t.Error("a relation to another document was taken")
	}
	if _, err := Summarize("a", []graph.Mention{{Doc: "a", Type: graph.Person, Start: 0, End: 1}}, nil, nil); err == nil {
		t.Error("a mention without text was taken")
	}
	if _, err := NewShareDecoder(nil).Decode([]byte("not a share")); err == nil {
		t.Error("garbage decoded as a share")
	}
}

// TestDocSharesResolveAlike: documents reduced one by one by a
// Summarizer, with the order of their relations among all, resolve as
// their mentions and relations do (Resolve), whatever the order of the
// documents, and their shares are taken over (changed) by it.
func TestDocSharesResolveAlike(t *testing.T) {
	for _, dir := range []string{"../../seeds", "../../../shared/eval/dev/articles"} {
		t.Run(dir, func(t *testing.T) {
			docs, ms, rels := extracted(t, dir)
			byDoc := map[string]int{}
			for i, d := range docs {
				byDoc[d.ID] = i
			}
			for _, seed := range []uint64{0, 1, 2} {
				// the documents in another order, as a reader may give them
				order := make([]int, len(docs))
				for i := range order {
					order[i] = i
				}
				if seed > 0 {
					r := rand.New(rand.NewPCG(seed, 7))
					r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				}
				dms, drels := make([][]graph.Mention, len(docs)), make([][]graph.Relation, len(docs))
				for _, m := range ms {
					dms[byDoc[m.Doc]] = append(dms[byDoc[m.Doc]], m)
				}
				for _, r := range rels {
					drels[byDoc[r.Subject.Doc]] = append(drels[byDoc[r.Subject.Doc]], r)
				}
				var allMs []graph.Mention
				var allRels []graph.Relation
				for _, i := range order {
					allMs = append(allMs, dms[i]...)
					allRels = append(allRels, drels[i]...)
				}
				want, _, err := Resolve(docs, allMs, allRels, Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, spilled := range []bool{false, true} {
					sum := NewSummarizer(nil)
					if spilled { // the evidence waits in a file, and comes back alike
						sp, err := NewSpill(t.TempDir())
						if err != nil {
							t.Fatal(err)
						}
						defer sp.Close()
						sum.SpillTo(sp)
					}
					var shares []*Share
					for k, i := range order {
						sh, err := sum.Summarize(docs[i].ID, dms[i], drels[i], k<<32)
						if err != nil {
							t.Fatal(err)
						}
						shares = append(shares, sh)
					}
					got, _, err := ResolveDocShares(docs, shares, nil, Options{})
					if err != nil {
						t.Fatal(err)
					}
					sameGraph(t, want, got)
				}
			}
		})
	}
}

// TestSpilledShares: a share whose evidence was spilled encodes as the
// same share kept whole does; the spill file is gone from its folder
// from the start; and evidence that cannot be read back (the spill
// closed) fails the resolution instead of making a graph without it.
func TestSpilledShares(t *testing.T) {
	docs, ms, rels := extracted(t, "../../seeds")
	dir := t.TempDir()
	sp, err := NewSpill(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("spill file left in its folder: %v", left)
	}
	whole, spilled := NewSummarizer(nil), NewSummarizer(nil)
	spilled.SpillTo(sp)
	var shares []*Share
	nrel := 0
	for k, d := range docs {
		var dms []graph.Mention
		var drels []graph.Relation
		for _, m := range ms {
			if m.Doc == d.ID {
				dms = append(dms, m)
			}
		}
		for _, r := range rels {
			if r.Subject.Doc == d.ID {
				drels = append(drels, r)
			}
		}
		nrel += len(drels)
		a, err := whole.Summarize(d.ID, dms, drels, k<<32)
		if err != nil {
			t.Fatal(err)
		}
		b, err := spilled.Summarize(d.ID, dms, drels, k<<32)
		if err != nil {
			t.Fatal(err)
		}
		bi, err := b.input()
		if err != nil {
			t.Fatal(err)
		}
		if b.in != nil || bi.evs != nil || len(drels) > 0 && bi.spill == nil {
			t.Fatalf("%s: share or evidence kept in memory", d.ID)
		}
		ea, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		eb, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ea, eb) {
			t.Errorf("%s: a spilled share encodes otherwise", d.ID)
		}
		shares = append(shares, b)
	}
	if nrel == 0 {
		t.Fatal("no relations in the seeds: nothing spilled")
	}
	if err := sp.Close(); err != nil {
		t.Fatal(err)
	}
	g, _, err := ResolveDocShares(docs, shares, nil, Options{})
	if err == nil || g != nil {
		t.Fatalf("closed spill: graph %v, error %v; want an error and no graph", g != nil, err)
	}
	if _, err := shares[0].MarshalBinary(); err == nil {
		t.Error("closed spill: a share encoded without its evidence")
	}
}

// TestSpilledSharesAssembled: shares that wait in a spill are read back
// one document at a time as they are put together, and the state keeps
// none of their documents' mentions, spans or relation records, only
// the forms and the relations' ends, as many as the shares kept whole
// give.
func TestSpilledSharesAssembled(t *testing.T) {
	docs, ms, rels := extracted(t, "../../seeds")
	sp, err := NewSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	whole, spilled := NewSummarizer(nil), NewSummarizer(nil)
	spilled.SpillTo(sp)
	var a, b []*docInput
	for k, d := range docs {
		var dms []graph.Mention
		var drels []graph.Relation
		for _, m := range ms {
			if m.Doc == d.ID {
				dms = append(dms, m)
			}
		}
		for _, r := range rels {
			if r.Subject.Doc == d.ID {
				drels = append(drels, r)
			}
		}
		x, err := whole.Summarize(d.ID, dms, drels, k<<32)
		if err != nil {
			t.Fatal(err)
		}
		y, err := spilled.Summarize(d.ID, dms, drels, k<<32)
		if err != nil {
			t.Fatal(err)
		}
		if y.in != nil {
			t.Fatalf("%s: a spilled share kept in memory", d.ID)
		}
		a = append(a, x.in)
		b = append(b, &docInput{doc: y.sp.doc, spill: sp, evAt: y.sp.evAt, nrels: y.sp.nrels, lazy: y.sp})
	}
	base := kb.Starter()
	sa, sb := assemble(base, a, nil, true), assemble(base, b, nil, true)
	if sb.err != nil {
		t.Fatal(sb.err)
	}
	if len(sa.forms) != len(sb.forms) || len(sa.rels) != len(sb.rels) || len(sb.rels) == 0 {
		t.Fatalf("spilled: %d forms, %d relations; whole: %d, %d", len(sb.forms), len(sb.rels), len(sa.forms), len(sa.rels))
	}
	for i := range sa.relAt {
		if sa.relAt[i] != sb.relAt[i] || sa.rels[i] != sb.rels[i] || sa.relFrom[i] != sb.relFrom[i] {
			t.Fatalf("relation %d: spilled %v %v %v, whole %v %v %v", i, sb.rels[i], sb.relAt[i], sb.relFrom[i], sa.rels[i], sa.relAt[i], sa.relFrom[i])
		}
	}
	for _, d := range sb.docs {
		if d.named != nil || d.spans != nil || d.groups != nil || d.rels != nil {
			t.Fatalf("%s: the state holds the document's share", d.doc)
		}
	}
}

// TestSpilledSharesResolveAlike: shares a Summarizer made into a spill
// (SummarizeDoc, as a store's resolution makes them) encode to the
// bytes Summarize's shares do, Load gives them back in full, and
// ResolveShares, reading them back one document at a time, gives the
// graph and the entity of every span that the shares held in memory
// give, with and without constraints. It fails if a spilled share were
// resolved as empty (the graph would lose its mentions) or encoded
// otherwise.
func TestSpilledSharesResolveAlike(t *testing.T) {
	for _, dir := range []string{"../../seeds", "../../../shared/eval/dev/articles"} {
		t.Run(dir, func(t *testing.T) {
			docs, ms, rels := extracted(t, dir)
			inMem := sharesOf(t, ms, rels)
			byDoc := map[string][]graph.Mention{}
			relsOf := map[string][]graph.Relation{}
			for _, m := range ms {
				byDoc[m.Doc] = append(byDoc[m.Doc], m)
			}
			for _, r := range rels {
				relsOf[r.Subject.Doc] = append(relsOf[r.Subject.Doc], r)
			}
			sp, err := NewSpill(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Close()
			sum := NewSummarizer(nil)
			sum.SpillTo(sp)
			spilled := make([]*Share, len(inMem))
			for i, s := range inMem {
				id := s.Doc()
				x, err := sum.SummarizeDoc(id, byDoc[id], relsOf[id])
				if err != nil {
					t.Fatal(err)
				}
				if x.in != nil {
					t.Fatalf("share of %s held in memory, not spilled", id)
				}
				a, _ := s.MarshalBinary()
				b, err := x.MarshalBinary()
				if err != nil || !bytes.Equal(a, b) {
					t.Fatalf("share of %s: spilled encodes otherwise (%v)", id, err)
				}
				l, err := x.Load()
				if err != nil || l.in == nil || l.Forms() != s.Forms() || l.Groups() != s.Groups() {
					t.Fatalf("share of %s: loaded %v, %v", id, l, err)
				}
				spilled[i] = x
			}
			r := rand.New(rand.NewPCG(5, 6))
			var c Constraints
			for round := 0; round < 2; round++ {
				want, err := ResolveShares(docs, inMem, nil, Options{}, c)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ResolveShares(docs, spilled, nil, Options{}, c)
				if err != nil {
					t.Fatal(err)
				}
				sameGraph(t, want.Graph, got.Graph)
				if len(want.Graph.Entities) == 0 {
					t.Fatal("no entity resolved")
				}
				a, b := spanEntities(inMem, want), spanEntities(spilled, got)
				if len(a) != len(b) {
					t.Fatalf("%d spans resolved, want %d", len(b), len(a))
				}
				for s, id := range a {
					if b[s] != id {
						t.Fatalf("span %v: entity %q, want %q", s, b[s], id)
					}
				}
				c = randomConstraints(r, a)
			}
		})
	}
}
