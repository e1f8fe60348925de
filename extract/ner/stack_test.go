package ner

import (
	"bytes"
	"math"
	"math/rand"
	"reflect"
	"testing"
)

// TestSetStage1 checks the first-stage facts of a word from its other
// occurrences in the context, and that what lies beyond it or in another
// document does not count.
func TestSetStage1(t *testing.T) {
	var res resources
	mk := func(ws ...string) []tokInfo { return res.infos(ws, nil, nil, nil) }
	far := make([][]tokInfo, docWindow+1)
	farSp := make([][]Span, docWindow+1)
	for i := range far {
		far[i] = mk("لا", "شيء")
	}
	// 0: «سامر نوفل» a person; 1: «نوفل» untagged, «وسامر» a place;
	// 2: «نوفل» a person alone; then far sentences; then «نوفل» again;
	// last: «نوفل» in a document of its own
	sents := append([][]tokInfo{mk("قال", "سامر", "نوفل"), mk("نوفل", "وسامر"), mk("نوفل", "هنا")}, far...)
	sents = append(sents, mk("نوفل"), mk("نوفل"))
	spans := append([][]Span{{{Start: 1, End: 3, Type: "PER"}}, {{Start: 1, End: 2, Type: "LOC"}}, {{Start: 0, End: 1, Type: "PER"}}}, farSp...)
	spans = append(spans, nil, nil)
	docs := make([]int, len(sents))
	docs[len(docs)-1] = 1
	setStage1(sents, spans, docs)
	if sents[1][1].stem != sents[0][1].stem {
		t.Fatalf("«وسامر» has stem %q, want %q", sents[1][1].stem, sents[0][1].stem)
	}
	const o, per, loc = 0, 1, 2 // classes
	for _, c := range []struct {
		name                 string
		got                  s1Info
		own, maj, prev, long uint8
	}{
		// the other occurrence («وسامر») is a place
		{"a person's first word", sents[0][1].s1, 1, loc, s1None, 0},
		// the others: O once, a person once: a tie
		{"a person's last word", sents[0][2].s1, 2, s1None, s1None, 0},
		// the others: a person twice, once in a longer name, just before
		{"untagged after a longer name", sents[1][0].s1, o, per, per, 1 << 0},
		// the others: a person once, O once (the nearest earlier)
		{"tagged alone", sents[2][0].s1, 1, s1None, o, 1 << 0},
		{"a word outside any name", sents[0][0].s1, o, s1None, s1None, 0},
		{"beyond the window", sents[len(sents)-2][0].s1, o, s1None, s1None, 0},
		{"another document", sents[len(sents)-1][0].s1, o, s1None, s1None, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !c.got.on {
				t.Fatal("facts not set")
			}
			want := s1Info{on: true, own: c.own, maj: c.maj, prev: c.prev, long: c.long}
			if c.got != want {
				t.Errorf("facts %+v, want %+v", c.got, want)
			}
		})
	}
	// the features of a word without letters leave the context out
	num := mk("2024")
	setStage1([][]tokInfo{num}, [][]Span{nil}, []int{0})
	if got := len(s1Features(num, 0, nil)); got != 3 {
		t.Errorf("a number has %d second-stage features, want 3 (own tag and neighbours)", got)
	}
	if got := s1Features(mk("2024"), 0, nil); len(got) != 0 {
		t.Errorf("a token without first-stage facts has features %v", got)
	}
}

// TestStackedTrainSaveLoad trains a second stage over a first on the toy
// sentences and keeps its tags through Save and Load.
func TestStackedTrainSaveLoad(t *testing.T) {
	train := toySentences()
	cfg := TrainConfig{Lang: "en", Epochs: 5, Seed: 1, Folds: 1, DocContext: true, Spread: true, Pairs: true}
	first, err := Train(cfg, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	tags, err := JackknifeTags(cfg, train, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(tags) != len(train) {
		t.Fatalf("%d first-stage tag rows for %d sentences", len(tags), len(train))
	}
	c2 := cfg
	c2.First, c2.Stage1 = first, tags
	m, err := Train(c2, train, train[:2], nil)
	if err != nil {
		t.Fatal(err)
	}
	test := []string{"Mary", "Brown", "visited", "Berlin", "."}
	checkToySpans(t, test, m.TagDoc([][]string{test})[0])
	m2 := saveLoad(t, m)
	if m2.first == nil || !m2.first.spread || !m2.first.pairs {
		t.Fatalf("after Save/Load: first stage %+v", m2.first)
	}
	docs := [][]string{test}
	for _, s := range train {
		docs = append(docs, s.Tokens)
	}
	a, b := m.TagDoc(docs), m2.TagDoc(docs)
	for i := range a {
		if !reflect.DeepEqual(spanTags(len(docs[i]), a[i]), spanTags(len(docs[i]), b[i])) {
			t.Errorf("after Save/Load: %q tagged %+v, before %+v", docs[i], b[i], a[i])
		}
	}
	// the joint pass tags as the two stages one after the other would
	for _, mm := range []*Model{m, m2} {
		if got, want := mm.TagDoc(docs), stackedRef(mm, docs); !reflect.DeepEqual(got, want) {
			t.Errorf("the joint pass tagged %+v, the two stages in turn %+v", got, want)
		}
	}
	c2.Stage1 = tags[1:]
	if _, err := Train(c2, train, nil, nil); err == nil {
		t.Error("first-stage tags of too few sentences: want an error")
	}
}

// stackedRef tags a document with the first stage, then with the second
// over features found again: what tagStacked must equal.
func stackedRef(m *Model, sents [][]string) [][]Span {
	docs := make([]int, len(sents))
	infos := make([][]tokInfo, len(sents))
	for i, t := range sents {
		infos[i] = m.res.infos(t, m.res.gaz, m.res.labels, nil)
	}
	applyDocContext(infos, docs)
	setStage1(infos, m.first.TagDoc(sents), docs)
	out := make([][]Span, len(sents))
	s := &scratch{}
	for i := range sents {
		if len(infos[i]) > 0 {
			out[i] = m.decode(m.emissionsOf(infos[i], s), s)
		}
	}
	if m.spread {
		m.propagate(sents, infos, out, docs)
	}
	return out
}

// TestMarginalsScaled holds the scaled forward-backward to the one in log
// space (to 1e-5: both add float32 scores), with and without per-token
// transitions, in both tag sets, and
// where the scaled one underflows (it falls back).
func TestMarginalsScaled(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, c := range []struct {
		name  string
		ts    *tagSet
		pairs bool
		amp   float64
	}{
		{"IOB2", bioTags, false, 20},
		{"BILOU with pairs", bilouTags, true, 20},
		{"IOB2 with pairs, huge scores", bioTags, true, 3000},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := &Model{pairs: c.pairs}
			m.setTags(c.ts)
			for k := range m.trans {
				m.trans[k] = float32(rng.NormFloat64() * c.amp / 4)
			}
			for _, n := range []int{1, 2, 7, 30} {
				s := &scratch{}
				em := make([]float32, n*m.nT)
				for k := range em {
					em[k] = float32(rng.NormFloat64() * c.amp)
				}
				if c.pairs {
					s.pt = make([]float32, n*m.nTr())
					for k := range s.pt {
						s.pt[k] = float32(rng.NormFloat64() * c.amp / 4)
					}
				}
				s.back = make([]int8, n*m.nT)
				trans, stride := m.trans, 0
				if c.pairs {
					trans, stride = s.pt, m.nTr()
				}
				path := viterbi(m.ts, em, n, trans, stride, nil, s.back)
				got := m.marginals(em, n, path, s)
				want := m.marginalsLog(em, n, path, s)
				for i := range want {
					if math.Abs(got[i]-want[i]) > 1e-5 || math.IsNaN(got[i]) {
						t.Errorf("n=%d position %d: %v, in log space %v", n, i, got[i], want[i])
					}
				}
			}
		})
	}
}

// saved returns m as Save writes it.
func saved(t *testing.T, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// saveLoad saves m and loads it back.
func saveLoad(t *testing.T, m *Model) *Model {
	t.Helper()
	m2, err := Load(bytes.NewReader(saved(t, m)))
	if err != nil {
		t.Fatal(err)
	}
	return m2
}

// TestSetStage1X checks a second stage's extra facts: the class a word has
// most often in the rest of its whole document (beyond the window too, not
// in another document), and the repeats of the document's names of two or
// more words, longest first, wherever the first stage tagged them or not.
func TestSetStage1X(t *testing.T) {
	res := resources{ext: extS1X}
	mk := func(ws ...string) []tokInfo { return res.infos(ws, nil, nil, nil) }
	// 0: «مجلس الرمال» an organisation, «كريم» a person;
	// 1: «مجلس الرمال الأعلى» untagged, «كريم» untagged;
	// far sentences; then «كريم» a person; last: a document of its own
	sents := [][]tokInfo{mk("قال", "مجلس", "الرمال", "كريم"), mk("مجلس", "الرمال", "الأعلى", "وكريم")}
	spans := [][]Span{{{Start: 1, End: 3, Type: "ORG"}, {Start: 3, End: 4, Type: "PER"}}, nil}
	for i := 0; i < docWindow+1; i++ {
		sents = append(sents, mk("لا", "شيء"))
		spans = append(spans, nil)
	}
	sents = append(sents, mk("كريم"), mk("مجلس", "الرمال", "كريم"))
	spans = append(spans, []Span{{Start: 0, End: 1, Type: "PER"}}, nil)
	docs := make([]int, len(sents))
	docs[len(docs)-1] = 1
	setStage1(sents, spans, docs)
	const o, per, org = 0, 1, 3 // classes
	last := len(sents) - 1
	for _, c := range []struct {
		name        string
		got         s1Info
		dmaj, match uint8
	}{
		// the others: a person once (in the window), O once
		{"a person tagged", sents[0][3].s1, s1None, 0},
		// the others: a person twice, one beyond the window
		{"a person untagged", sents[1][3].s1, per, 0},
		{"a name's first word", sents[0][1].s1, o, 1 + 2*2},
		{"its repeat's first word", sents[1][0].s1, org, 1 + 2*2},
		{"its repeat's second word", sents[1][1].s1, org, 2 + 2*2},
		{"after the repeat", sents[1][2].s1, s1None, 0},
		{"a word outside any name", sents[0][0].s1, s1None, 0},
		{"another document", sents[last][0].s1, s1None, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.got.dmaj != c.dmaj || c.got.match != c.match {
				t.Errorf("dmaj %d match %d, want %d and %d", c.got.dmaj, c.got.match, c.dmaj, c.match)
			}
		})
	}
	// the features: present with extS1X, absent without
	with := s1Features(sents[1], 0, nil)
	res.ext = 0
	plain := res.infos([]string{"مجلس"}, nil, nil, nil)
	plain[0].s1 = sents[1][0].s1
	if n, m := len(with), len(s1Features(plain, 0, nil)); n <= m {
		t.Errorf("%d features with extS1X, %d without", n, m)
	}
}
