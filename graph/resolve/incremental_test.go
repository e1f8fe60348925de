package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"

	"newskg/graph"
)

// resolveStep resolves shares with a prior (nil: none kept, every form
// clustered, the clustering given back) and checks the result against
// clustering every form.
func resolveStep(t *testing.T, docs []graph.DocInfo, shares []*Share, prior *Prior) *ShareResolution {
	t.Helper()
	if prior == nil {
		prior = &Prior{}
	}
	got, err := ResolveShares(docs, shares, nil, Options{Prior: prior}, Constraints{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := ResolveShares(docs, shares, nil, Options{}, Constraints{})
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, want.Graph, got.Graph)
	for i := range shares {
		if !slices.Equal(got.Named[i], want.Named[i]) {
			t.Fatalf("share %s: entities %v, want %v", shares[i].Doc(), got.Named[i], want.Named[i])
		}
	}
	if got.Clustering == nil {
		t.Fatal("no clustering given back")
	}
	return got
}

// priorOf is the prior a resolution r of shares gives the next one, of
// next: shares of documents in changed (or new) have none, and the
// earlier shares of the changed ones are its ghosts.
func priorOf(shares []*Share, r *ShareResolution, next []*Share, changed map[string]bool) *Prior {
	at := map[string]int{}
	for i, s := range shares {
		at[s.Doc()] = i
	}
	p := &Prior{Changed: make([]bool, len(next)), Entity: make([][]string, len(next)), Clustering: make([]Clustering, len(next))}
	for i, s := range next {
		j, ok := at[s.Doc()]
		if !ok || changed[s.Doc()] {
			p.Changed[i] = true
			if ok {
				p.Ghosts = append(p.Ghosts, shares[j])
			}
			continue
		}
		p.Entity[i], p.Clustering[i] = r.Named[j], r.Clustering[j]
	}
	return p
}

// TestPriorResolvesAlike: documents added in three steps, some stored
// ones extracted again in between (with mentions lost or found), each
// step keeping the clusters of the components its changes do not reach,
// give at every step the graph and entities of clustering every form;
// and some clusters are kept (the test is of something).
func TestPriorResolvesAlike(t *testing.T) {
	for _, dir := range []string{"../../seeds", "../../../shared/eval/dev/articles"} {
		t.Run(dir, func(t *testing.T) {
			docs, ms, rels := extracted(t, dir)
			shares := sharesOf(t, ms, rels)
			r := rand.New(rand.NewPCG(5, 6))
			r.Shuffle(len(shares), func(i, j int) { shares[i], shares[j] = shares[j], shares[i] })
			info := map[string]graph.DocInfo{}
			for _, d := range docs {
				info[d.ID] = d
			}
			// a document extracted again: its earlier share lacked its
			// last mention
			trimmed := func(s *Share) *Share {
				var dm []graph.Mention
				var dr []graph.Relation
				for _, m := range ms {
					if m.Doc == s.Doc() {
						dm = append(dm, m)
					}
				}
				for _, x := range rels {
					if x.Subject.Doc == s.Doc() {
						dr = append(dr, x)
					}
				}
				if len(dm) > 1 {
					last := dm[len(dm)-1]
					dm = dm[:len(dm)-1]
					var keep []graph.Relation
					for _, x := range dr {
						if x.Subject != last && x.Object != last {
							keep = append(keep, x)
						}
					}
					dr = keep
				}
				out, err := Summarize(s.Doc(), dm, dr, nil)
				if err != nil {
					t.Fatal(err)
				}
				return out
			}
			n := len(shares)
			cuts := []int{n / 2, n * 3 / 4, n}
			var prev []*Share
			var prevRes *ShareResolution
			kept := 0
			for step, cut := range cuts {
				cur := slices.Clone(shares[:cut])
				changed := map[string]bool{}
				if step < len(cuts)-1 {
					// the last two documents of this step are stored in
					// an earlier extraction, made anew in the next
					for _, k := range []int{cut - 1, cut - 2} {
						cur[k] = trimmed(cur[k])
					}
				}
				if step > 0 {
					for _, s := range prev {
						for _, c := range cur {
							if c.Doc() == s.Doc() && c != s {
								changed[c.Doc()] = true
							}
						}
					}
				}
				var ds []graph.DocInfo
				for _, s := range cur {
					ds = append(ds, info[s.Doc()])
				}
				var prior *Prior
				if prevRes != nil {
					prior = priorOf(prev, prevRes, cur, changed)
				}
				res := resolveStep(t, ds, cur, prior)
				if prior != nil {
					if res.Reclustered > res.Forms {
						t.Fatalf("%d of %d forms clustered again", res.Reclustered, res.Forms)
					}
					kept += res.Forms - res.Reclustered
					t.Logf("step %d: %d of %d named forms clustered again", step, res.Reclustered, res.Forms)
				}
				prev, prevRes = cur, res
			}
			if kept == 0 {
				t.Error("no cluster kept from a prior: the incremental path was not taken")
			}
		})
	}
}

// TestPriorReclustersReached: a form of a stored document whose
// cluster a new document changes without naming it — a surname alone,
// joined across articles to the only full name with it, made ambiguous
// by a second full name with that surname — is clustered again, and
// clusters the new document cannot reach are kept. A resolution that
// kept every stored form's cluster would leave the surname joined.
func TestPriorReclustersReached(t *testing.T) {
	old := mentionsOf(
		"a|Person|Orvan Kestrel", "a|Person|Kestrel",
		"b|Person|Kestrel",
		"c|Person|Lidia Marcove", "c|City|Talvera",
	)
	add := mentionsOf("d|Person|Selma Kestrel")
	sharesFor := func(ms []graph.Mention) []*Share {
		return sharesOf(t, ms, nil)
	}
	before := sharesFor(old)
	r0 := resolveStep(t, nil, before, nil)
	g0 := r0.Graph
	if e := entityWith(g0, "Orvan Kestrel"); e == nil || len(e.Docs) != 2 {
		t.Fatalf("before: the surname of b should join Orvan Kestrel: %+v", e)
	}
	after := sharesFor(append(slices.Clone(old), add...))
	res := resolveStep(t, nil, after, priorOf(before, r0, after, nil))
	if e := entityWith(res.Graph, "Orvan Kestrel"); e == nil || len(e.Docs) != 1 {
		t.Fatalf("after: the surname of b is ambiguous and must leave Orvan Kestrel: %+v", e)
	}
	if res.Reclustered >= res.Forms {
		t.Errorf("%d of %d forms clustered again: the components of c are not reached", res.Reclustered, res.Forms)
	}
	// a prior that does not fit the shares is not taken
	bad := priorOf(before, r0, after, nil)
	for i := range bad.Entity {
		if !bad.Changed[i] && len(bad.Entity[i]) > 0 {
			bad.Entity[i] = bad.Entity[i][1:]
			break
		}
	}
	if res := resolveStep(t, nil, after, bad); res.Reclustered != res.Forms {
		t.Errorf("a prior that does not fit: %d of %d forms clustered again, want all", res.Reclustered, res.Forms)
	}
}
