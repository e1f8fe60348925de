package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation", "The economy grew 2.5% in 1996, he said.",
			[]string{"The", "economy", "grew", "2.5", "%", "in", "1996", ",", "he", "said", "."}},
		{"abbreviations", "The U.S. envoy met Mr. Smith and J. Doe of Acme Inc. today.",
			[]string{"The", "U.S.", "envoy", "met", "Mr.", "Smith", "and", "J.", "Doe", "of", "Acme", "Inc.", "today", "."}},
		{"clitics", "Germany's team didn't win.",
			[]string{"Germany", "'s", "team", "did", "n't", "win", "."}},
		{"names and numbers", "O'Neill of AT&T met on 1996-08-22 at 10:30 for $1,000.50 -- (yes)",
			[]string{"O'Neill", "of", "AT&T", "met", "on", "1996-08-22", "at", "10:30", "for", "$", "1,000.50", "--", "(", "yes", ")"}},
		{"hyphenated", "Sioux Falls-based firm", []string{"Sioux", "Falls-based", "firm"}},
		{"arabic", "قال الرئيس «محمد» في القاهرة، هل ستأتي؟ نعم.",
			[]string{"قال", "الرئيس", "«", "محمد", "»", "في", "القاهرة", "،", "هل", "ستأتي", "؟", "نعم", "."}},
		{"arabic diacritics kept in token", "وَزِيرُ الخارجية؛ ٢٠٠٦",
			[]string{"وَزِيرُ", "الخارجية", "؛", "٢٠٠٦"}},
		{"empty", " \t\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			got := texts(toks)
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			for _, tk := range toks {
				if tc.in[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q has offsets [%d,%d) = %q", tk.Text, tk.Start, tk.End, tc.in[tk.Start:tk.End])
				}
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"The U.S. economy, Mr. Smith's 1,000.5", "قال «محمد» في القاهرة، هل؟", "don't O'Neill AT&T 1996-08-22", "a.b.c. ...", "\xff\xfe x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad offsets %d,%d (prev end %d, len %d) in %q", tk.Start, tk.End, prev, len(s), s)
			}
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %q != text[%d:%d] %q", tk.Text, tk.Start, tk.End, s[tk.Start:tk.End])
			}
			prev = tk.End
		}
		if utf8.ValidString(s) {
			for _, tk := range Tokenize(s) {
				if strings.TrimSpace(tk.Text) != tk.Text {
					t.Fatalf("token %q has surrounding space", tk.Text)
				}
			}
		}
	})
}

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Sentence
	}{
		{"conll2003 IOB1", "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP I-NP I-LOC\n",
			[]Sentence{
				{Tokens: []string{"EU", "rejects", "German", "call"}, Tags: []string{"B-ORG", "O", "B-MISC", "O"}},
				{Tokens: []string{"Peter", "Blackburn"}, Tags: []string{"B-PER", "I-PER"}},
				{Tokens: []string{"Bonn"}, Tags: []string{"B-LOC"}, Doc: 1},
			}},
		{"anercorp", "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n O\nغيث B-PERS\nالطراونة I-PERS\n\nفي O\n",
			[]Sentence{
				{Tokens: []string{"أعلن", "اتحاد", "صناعة", "غيث", "الطراونة"}, Tags: []string{"O", "B-ORG", "I-ORG", "B-PER", "I-PER"}},
				{Tokens: []string{"في"}, Tags: []string{"O"}},
			}},
		{"wikiann", "en:R.H.\tB-ORG\nen:Saunders\tI-ORG\nen:(\tO\n\nen:Sioux\tB-LOC\n",
			[]Sentence{
				{Tokens: []string{"R.H.", "Saunders", "("}, Tags: []string{"B-ORG", "I-ORG", "O"}},
				{Tokens: []string{"Sioux"}, Tags: []string{"B-LOC"}},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
	if _, err := ReadCoNLL(strings.NewReader("word X-FOO\n")); err == nil {
		t.Error("bad tag: want an error")
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-PER", "B-PER B-PER I-PER"}, // IOB1: B- starts an adjacent entity of the same type
		{"I-ORG I-LOC", "B-ORG B-LOC"},
		{"B-PERS I-PERS O", "B-PER I-PER O"},
		{"B-LOC I-LOC O B-ORG", "B-LOC I-LOC O B-ORG"}, // IOB2 unchanged
	}
	for _, tc := range tests {
		got := strings.Join(ToIOB2(strings.Fields(tc.in)), " ")
		if got != tc.want {
			t.Errorf("ToIOB2(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func toySentences() []Sentence {
	raw := []string{
		"John/B-PER Smith/I-PER visited/O Paris/B-LOC ./O",
		"Mary/B-PER Jones/I-PER works/O for/O Acme/B-ORG Corp/I-ORG ./O",
		"The/O office/O of/O Acme/B-ORG Corp/I-ORG is/O in/O London/B-LOC ./O",
		"Peter/B-PER Brown/I-PER flew/O to/O Berlin/B-LOC ./O",
		"He/O met/O Anna/B-PER Smith/I-PER in/O Rome/B-LOC ./O",
		"Globex/B-ORG Inc/I-ORG hired/O John/B-PER Brown/I-PER ./O",
		"She/O lives/O in/O Madrid/B-LOC now/O ./O",
		"Initech/B-ORG Ltd/I-ORG opened/O in/O Paris/B-LOC ./O",
	}
	return slashSentences(raw)
}

// slashSentences reads sentences written as word/TAG pairs.
func slashSentences(raw []string) []Sentence {
	var out []Sentence
	for _, r := range raw {
		var s Sentence
		for _, wt := range strings.Fields(r) {
			i := strings.LastIndex(wt, "/")
			s.Tokens = append(s.Tokens, wt[:i])
			s.Tags = append(s.Tags, wt[i+1:])
		}
		out = append(out, s)
	}
	return out
}

func TestTrainToyAndSaveLoad(t *testing.T) {
	train := toySentences()
	test := []string{"Mary", "Brown", "visited", "Berlin", "."}
	for _, bilou := range []bool{false, true} {
		t.Run(map[bool]string{false: "IOB2", true: "BILOU"}[bilou], func(t *testing.T) {
			m, err := Train(TrainConfig{Lang: "en", Epochs: 10, Seed: 1, Folds: 1, BILOU: bilou}, train, train[:2], nil)
			if err != nil {
				t.Fatal(err)
			}
			got := m.Tag(test)
			checkToySpans(t, test, got)
			for i := range got {
				if got[i].Score < 0 || got[i].Score > 1 {
					t.Errorf("span %d score %v out of [0,1]", i, got[i].Score)
				}
			}
			m2 := saveLoad(t, m)
			if m2.ts.bilou != bilou || m2.nT != m.nT {
				t.Fatalf("after Save/Load: BILOU %v with %d tags, want %v with %d", m2.ts.bilou, m2.nT, bilou, m.nT)
			}
			for _, s := range append(train, Sentence{Tokens: test}) {
				a, b := spanTags(len(s.Tokens), m.Tag(s.Tokens)), spanTags(len(s.Tokens), m2.Tag(s.Tokens))
				if !reflect.DeepEqual(a, b) {
					t.Errorf("after Save/Load: %q tagged %q, before %q", s.Tokens, b, a)
				}
			}
		})
	}
	// a model with document context, a dictionary, pairs, spreading and
	// plurals dropped (in BILOU) keeps them all
	ar := []Sentence{
		{Tokens: []string{"قال", "الرئيس", "كريم", "امس"}, Tags: []string{"O", "O", "B-PER", "O"}},
		{Tokens: []string{"وصل", "كريم", "الى", "المدينة"}, Tags: []string{"O", "B-PER", "O", "O"}},
	}
	md, err := Train(TrainConfig{Lang: "ar", Epochs: 3, Seed: 1, Folds: 1, DocContext: true, Words: []string{"قال", "المدينة"},
		ClusterK: []int{2, 3}, ClusterMin: 1, Pairs: true, BILOU: true, Spread: true, Plurals: true}, ar, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	md2 := saveLoad(t, md)
	if !md2.docCtx || !md2.res.hasDict || !md2.pairs || !md2.ts.bilou || !md2.Spreads() || !md2.plurals {
		t.Errorf("after Save/Load: docCtx %v, dictionary %v, pairs %v, BILOU %v, spread %v, plurals %v; want all", md2.docCtx, md2.res.hasDict, md2.pairs, md2.ts.bilou, md2.Spreads(), md2.plurals)
	}
	nPairs := 0
	for _, k := range md.pairTab.keys {
		if k == 0 {
			continue
		}
		nPairs++
		r1, r2 := int(md.pairTab.get(k)), int(md2.pairTab.get(k))
		if r2 < 0 || !reflect.DeepEqual(md.pairW[r1*md.nTr():(r1+1)*md.nTr()], md2.pairW[r2*md.nTr():(r2+1)*md.nTr()]) {
			t.Errorf("after Save/Load: the transitions of pair key %x differ", k)
		}
	}
	if nPairs == 0 {
		t.Error("no pair keys in a model with pairs")
	}
	if len(md.res.clus) == 0 || !reflect.DeepEqual(md.res.clus, md2.res.clus) || len(md2.res.noClass) != 2 {
		t.Errorf("after Save/Load: word classes %v, before %v", md2.res.clus, md.res.clus)
	}
	toks := [][]string{ar[0].Tokens, ar[1].Tokens}
	unscored := func(doc [][]Span) [][]Span {
		for _, ss := range doc {
			for i := range ss {
				ss[i].Score = 0 // weights are quantised on saving
			}
		}
		return doc
	}
	if a, b := unscored(md.TagDoc(toks)), unscored(md2.TagDoc(toks)); !reflect.DeepEqual(a, b) {
		t.Errorf("after Save/Load: TagDoc %+v, before %+v", b, a)
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load of garbage: want an error")
	}
	r := Evaluate(md, ar)
	var out bytes.Buffer
	r.Write(&out)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "overall P=") {
		t.Errorf("last line %q", last)
	}
}

func TestTrainDeterministic(t *testing.T) {
	train := toySentences()
	save := func() []byte {
		m, err := Train(TrainConfig{Epochs: 5, Seed: 7, Folds: 2, Dropout: 0.3, DocContext: true, Pairs: true,
			ClusterK: []int{3, 5}, ClusterMin: 1, Extra: train[:2], ExtraDomain: true, ExtraApart: true}, train[2:], nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return saved(t, m)
	}
	if !bytes.Equal(save(), save()) {
		t.Error("two trainings with the same seed differ")
	}
}

func TestDocContext(t *testing.T) {
	var res resources
	mk := func(ws ...string) []tokInfo { return res.infos(ws, nil, nil, nil) }
	far := make([][]tokInfo, docWindow+1)
	for i := range far {
		far[i] = mk("لا", "شيء")
	}
	// sentence 0 has a title before كريم; sentence 1 has كريم alone twice
	// (once with a conjunction); the last is beyond the window
	sents := append([][]tokInfo{mk("قال", "الرئيس", "كريم"), mk("وكريم", "و", "كريم")}, far...)
	sents = append(sents, mk("كريم"), mk("كريم"))
	docs := make([]int, len(sents))
	docs[len(docs)-1] = 1 // a document of its own
	applyDocContext(sents, docs)
	if got := sents[1][0].doc; got&dPTrig == 0 || got&dRep2 == 0 || got&dBare == 0 {
		t.Errorf("كريم in sentence 1: bits %b, want the title, repetition and bare bits", got)
	}
	if got := sents[1][2].doc; got != sents[1][0].doc {
		t.Errorf("the two occurrences differ: %b and %b", got, sents[1][0].doc)
	}
	if got := sents[len(sents)-2][0].doc; got&dPTrig != 0 {
		t.Errorf("a sentence %d away sees the title: bits %b", len(sents)-2, got)
	}
	if got := sents[len(sents)-1][0].doc; got&(dPTrig|dRep2) != 0 {
		t.Errorf("another document leaks in: bits %b", got)
	}
}

func TestCommonWord(t *testing.T) {
	// English: written in lower case nine times in ten. Arabic: dictionary
	// words no name list has are common; a dictionary word that names a
	// country, a word outside the dictionary and a Latin word are not.
	for lang, words := range map[string]map[string]bool{
		"en": {"Interview": true, "will": true, "Reuters": false, "China": false, "كييف": false},
		"ar": {"شتاء": true, "حديقة": true, "مشتركا": true, "كبيرا": true, "مصر": false, "روسيا": false, "ليتوانيا": false, "كرافيتشوك": false, "Interview": false},
	} {
		m, err := ForLang(lang)
		if err != nil {
			t.Fatal(err)
		}
		for w, want := range words {
			if got := m.common(w); got != want {
				t.Errorf("%s: common(%q) = %v, want %v", lang, w, got, want)
			}
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"أحمد":       "احمد",
		"إسلام":      "اسلام",
		"مستشفى":     "مستشفي",
		"القاهرة":    "القاهره",
		"مُحَمَّد":   "محمد",
		"الـرئيس":    "الرييس",
		"٢٠٠٦":       "0000",
		"Paris":      "paris",
		"1996":       "0000",
		"حسان\u200f": "حسان",
	}
	for in, want := range tests {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
	clit := []struct{ in, pre, stem string }{
		{"والقاهره", "وال", "قاهره"},
		{"بالسعوديه", "بال", "سعوديه"},
		{"للرئيس", "لل", "رئيس"},
		{"وزير", "و", "زير"}, // single letters are stripped only from longer words
		{"من", "", "من"},
		{"paris", "", "paris"},
	}
	for _, c := range clit {
		if p, s := splitClitics(c.in); p != c.pre || s != c.stem {
			t.Errorf("splitClitics(%q) = %q, %q; want %q, %q", c.in, p, s, c.pre, c.stem)
		}
	}
}

func sharedData(t testing.TB, rel string) string {
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s absent", p)
	}
	return p
}

func readFile(t testing.TB, path string, n int) []Sentence {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	if n > 0 && len(s) > n {
		s = s[:n]
	}
	return s
}

// TestShippedModels checks the embedded models on the development data
// (eng.testa; the last tenth of ANERcorp train.txt was seen by the shipped
// Arabic model, so only a floor is checked there).
func TestShippedModels(t *testing.T) {
	for _, tc := range []struct {
		lang, file string
		min        float64
	}{
		{"en", "ner/conll2003/eng.testa", 0.88},
		{"ar", "ner/anercorp/train.txt", 0.85},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			path := sharedData(t, tc.file)
			m, err := ForLang(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			gold := readFile(t, path, 1000)
			r := Evaluate(m, gold)
			if f := r.Overall().F1(); f < tc.min {
				var b bytes.Buffer
				r.Write(&b)
				t.Errorf("%s F1 %.3f < %.2f\n%s", tc.lang, f, tc.min, b.String())
			}
		})
	}
	if _, err := ForLang("fr"); err == nil {
		t.Error("ForLang(fr): want an error")
	}
}

func TestForLangTokenized(t *testing.T) {
	m, err := ForLang("en")
	if err != nil {
		t.Fatal(err)
	}
	toks := texts(Tokenize("German Chancellor Helmut Kohl met officials of the European Commission in Brussels on Tuesday."))
	var got []string
	for _, s := range m.Tag(toks) {
		got = append(got, strings.Join(toks[s.Start:s.End], " ")+"/"+s.Type)
	}
	want := []string{"German/MISC", "Helmut Kohl/PER", "European Commission/ORG", "Brussels/LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// cpuTime returns the CPU time the process has used (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
}

func benchTokens(b *testing.B, file string) [][]string {
	path := sharedData(b, file)
	var out [][]string
	for _, s := range readFile(b, path, 2000) {
		out = append(out, s.Tokens)
	}
	return out
}

// BenchmarkTag tags documents of 20 sentences with TagDoc, as the pipeline
// does, and reports tokens per second on one goroutine. KG_NER_MODEL_EN and
// KG_NER_MODEL_AR name model files to time instead of the shipped ones.
func BenchmarkTag(b *testing.B) {
	for _, c := range []struct{ lang, file string }{
		{"en", "ner/conll2003/eng.testa"},
		{"ar", "ner/anercorp/train.txt"},
	} {
		b.Run(c.lang, func(b *testing.B) {
			m, err := ForLang(c.lang)
			if p := os.Getenv("KG_NER_MODEL_" + strings.ToUpper(c.lang)); p != "" {
				m, err = loadFile(p)
			}
			if err != nil {
				b.Fatal(err)
			}
			sents := benchTokens(b, c.file)
			const docLen = 20
			m.TagDoc(sents[:docLen]) // what is built on first use
			b.ResetTimer()
			start, cpu := time.Now(), cpuTime()
			toks := 0
			for i := 0; i < b.N; i++ {
				k := (i * docLen) % (len(sents) - docLen)
				doc := sents[k : k+docLen]
				m.TagDoc(doc)
				for _, s := range doc {
					toks += len(s)
				}
			}
			b.ReportMetric(float64(toks)/time.Since(start).Seconds(), "tokens/s")
			// the process's CPU time, steadier than the clock on a busy machine
			b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, lang := range []string{"en", "ar"} {
		b.Run(lang, func(b *testing.B) {
			data, err := modelFS.ReadFile("models/" + lang + ".model.gz")
			if err != nil {
				b.Skip(err)
			}
			for i := 0; i < b.N; i++ {
				if _, err := Load(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSplitEnclitic(t *testing.T) {
	for _, c := range []struct{ in, base, suf string }{
		{"كتابهم", "كتاب", "هم"},
		{"رئيسها", "رئيس", "ها"},
		{"بلدنا", "بلد", "نا"},
		{"منه", "منه", ""}, // too short to split
		{"Paris", "Paris", ""},
	} {
		if b, s := splitEnclitic(c.in); b != c.base || s != c.suf {
			t.Errorf("splitEnclitic(%q) = %q, %q; want %q, %q", c.in, b, s, c.base, c.suf)
		}
	}
	if arabicTriggers[normalize("وزارة")] != "O" || arabicTriggers[normalize("الرئيس")] != "P" {
		t.Errorf("trigger words: وزاره %q, الرئيس %q", arabicTriggers[normalize("وزارة")], arabicTriggers[normalize("الرئيس")])
	}
}

// checkToySpans checks the spans tagged in the toy test sentence: a
// person of two words and a city.
func checkToySpans(t *testing.T, test []string, got []Span) {
	t.Helper()
	want := []Span{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}}
	if len(got) != len(want) {
		t.Fatalf("Tag(%q) = %+v, want %+v", test, got, want)
	}
	for i := range want {
		if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Type != want[i].Type {
			t.Errorf("span %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
