// Package corpus generates synthetic news articles in English and Arabic
// (and a few that mix both) for measuring kg at corpus scale. Articles are
// made from templates with invented names, real countries and cities of
// the knowledge base, weekdays and months, so that the work per article
// is like that of a news feed and the number of distinct people grows
// about as N^0.6 with the number of articles N.
//
// The output is deterministic for a seed, and a corpus of N articles is
// the prefix of a larger one with the same seed.
package corpus

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"newskg/graph"
	"newskg/graph/kb"
)

// Options configure a corpus.
type Options struct {
	N     int     // number of articles
	Seed  uint64  // same seed, same corpus
	Scale float64 // people available after i articles: Scale·i^0.6 (0 means 8)
}

// Article is one generated article.
type Article struct {
	ID        string // file stem: "00042_en"
	Lang      string // en, ar or mixed
	Title     string
	Text      string // the title line, then one paragraph per line
	Published string // YYYY-MM-DD
	URL       string
}

// People is the number of distinct people the first n articles can name.
func People(n int, scale float64) int {
	if scale <= 0 {
		scale = 8
	}
	if n <= 0 {
		return 0
	}
	return int(math.Ceil(scale * math.Pow(float64(n), 0.6)))
}

// Generate calls emit for each article in order and stops at the first
// error emit returns.
func Generate(opts Options, emit func(Article) error) error {
	g := newGenerator(opts)
	for i := 0; i < opts.N; i++ {
		if err := emit(g.article(i)); err != nil {
			return err
		}
	}
	return nil
}

// venues is the number of venues the first n articles can name.
func venues(n int, scale float64) int { return People(n, scale)/4 + 1 }

// WriteText writes each article to dir as ID.txt and returns the number
// of bytes written.
func WriteText(opts Options, dir string) (int64, error) {
	var n int64
	err := Generate(opts, func(a Article) error {
		n += int64(len(a.Text))
		return os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text), 0o644)
	})
	return n, err
}

// syllable is a piece of an invented name in both scripts.
type syllable struct{ en, ar string }

// syllables build invented names. The first syllable of a name never
// starts with a letter that Arabic also uses as a proclitic (و ف ب ل ك).
var syllables = []syllable{
	{"ta", "تا"}, {"ri", "ري"}, {"ma", "ما"}, {"na", "نا"}, {"sa", "سا"}, {"da", "دا"}, {"ra", "را"},
	{"mi", "مي"}, {"ti", "تي"}, {"dor", "دور"}, {"man", "مان"}, {"tan", "تان"}, {"sor", "سور"},
	{"gar", "غار"}, {"hol", "هول"}, {"zen", "زين"}, {"nu", "نو"}, {"yar", "يار"}, {"tor", "تور"},
	{"ham", "هام"}, {"rid", "ريد"}, {"sel", "سيل"}, {"mar", "مار"}, {"dal", "دال"}, {"sha", "شا"},
	{"tu", "تو"}, {"je", "جي"}, {"qo", "قو"}, {"zu", "زو"}, {"ha", "ها"}, {"ni", "ني"}, {"ser", "سير"},
	// inner syllables only
	{"vel", "فيل"}, {"ko", "كو"}, {"lin", "لين"}, {"ber", "بير"}, {"fa", "فا"}, {"vik", "فيك"},
	{"nov", "نوف"}, {"lo", "لو"}, {"bar", "بار"}, {"kin", "كين"},
}

const initialSyllables = 32 // syllables[:32] may open a name

// name is an invented name in both scripts.
type name struct{ en, ar string }

func inventName(r *rand.Rand, parts int) name {
	var en, ar strings.Builder
	for i := 0; i < parts; i++ {
		n := len(syllables)
		if i == 0 {
			n = initialSyllables
		}
		s := syllables[r.IntN(n)]
		en.WriteString(s.en)
		ar.WriteString(s.ar)
	}
	e := en.String()
	return name{strings.ToUpper(e[:1]) + e[1:], ar.String()}
}

// office is a position in both languages. The English title is written
// before a name ("Foreign Minister"); the Arabic one before the
// nationality adjective («وزير الخارجية الروسي»).
type office struct{ title, ar string }

var offices = []office{
	{"Foreign Minister", "وزير الخارجية"},
	{"Defense Minister", "وزير الدفاع"},
	{"Prime Minister", "رئيس الوزراء"},
	{"Deputy Foreign Minister", "نائب وزير الخارجية"},
	{"National Security Adviser", "مستشار الأمن القومي"},
	{"Special Envoy", "المبعوث الخاص"},
	{"Ambassador", "السفير"},
	{"Chief Negotiator", "كبير المفاوضين"},
	{"Finance Minister", "وزير المالية"},
	{"Energy Minister", "وزير الطاقة"},
}

type country struct {
	en, ar     string // names
	dem, nisba string // "Russian", «الروسي»
	cities     []place
}

type place struct{ en, ar string }

type person struct {
	first, last name
	office      office
	country     int
}

func (p person) fullEN() string { return p.first.en + " " + p.last.en }
func (p person) fullAR() string { return p.first.ar + " " + p.last.ar }

type generator struct {
	opts      Options
	countries []country
	cities    []place // every city, for a venue's country without its own
	people    []person
	venues    []place
	next      int // the first person not yet named in an article
}

func newGenerator(opts Options) *generator {
	g := &generator{opts: opts}
	k := kb.Starter()
	byCode := map[string]int{}
	for _, e := range k.Entries() {
		if e.Type != graph.Country || e.Code == "" {
			continue
		}
		c := country{en: e.Name}
		for _, a := range e.Aliases {
			if a.Lang == "ar" && c.ar == "" && !strings.Contains(a.Text, " ") {
				c.ar = a.Text
			}
		}
		for _, d := range e.Demonyms {
			if d.Lang == "en" && c.dem == "" {
				c.dem = d.Text
			}
		}
		if c.ar == "" || c.dem == "" || strings.Contains(c.en, " ") {
			continue
		}
		ns := kb.ArabicNisba(c.ar)
		if len(ns) < 2 {
			continue
		}
		c.nisba = ns[1]
		byCode[e.Code] = len(g.countries)
		g.countries = append(g.countries, c)
	}
	for _, e := range k.Entries() {
		if e.Type != graph.City || strings.Contains(e.Name, " ") {
			continue
		}
		p := place{en: e.Name}
		for _, a := range e.Aliases {
			if a.Lang == "ar" && !strings.Contains(a.Text, " ") {
				p.ar = a.Text
				break
			}
		}
		if p.ar == "" {
			continue
		}
		g.cities = append(g.cities, p)
		if i, ok := byCode[e.Country]; ok {
			g.countries[i].cities = append(g.countries[i].cities, p)
		}
	}
	// a fixed, seeded order of countries: the first ones are in the news most
	r := rand.New(rand.NewPCG(opts.Seed, 0x636f756e))
	r.Shuffle(len(g.countries), func(i, j int) { g.countries[i], g.countries[j] = g.countries[j], g.countries[i] })
	// people and venues, each invented once, with distinct names
	total := People(opts.N, opts.Scale)
	seen := map[string]bool{}
	pr := rand.New(rand.NewPCG(opts.Seed, 0x70656f70))
	for len(g.people) < total {
		p := person{first: inventName(pr, 2), last: inventName(pr, 2+pr.IntN(2))}
		if seen[p.fullEN()] || seen[p.last.en] {
			continue
		}
		seen[p.fullEN()], seen[p.last.en] = true, true
		p.office = offices[pr.IntN(len(offices))]
		p.country = zipf(pr, len(g.countries))
		g.people = append(g.people, p)
	}
	seen = map[string]bool{}
	vr := rand.New(rand.NewPCG(opts.Seed, 0x76656e75))
	for len(g.venues) < venues(opts.N, opts.Scale) {
		n := inventName(vr, 3)
		if seen[n.en] {
			continue
		}
		seen[n.en] = true
		g.venues = append(g.venues, place(n))
	}
	return g
}

// zipf picks an index in [0, n) with probability falling as 1/(rank+2).
func zipf(r *rand.Rand, n int) int {
	if n <= 1 {
		return 0
	}
	// inverse of the continuous CDF of 1/(x+2) over [0, n)
	u := r.Float64()
	x := 2*math.Pow(float64(n+2)/2, u) - 2
	i := int(x)
	if i >= n {
		i = n - 1
	}
	return i
}

// cast is who and what one article names.
type cast struct {
	a, b, c, d, e, f person // two principals, a mediator, a head of delegation, an adviser, a latecomer
	ca, cb, cm       country
	city, city2      place
	venue            place
	day, day2        int // weekdays
	month, year      int
	hours            int
	topic            int
	adj              int
}

// pick returns the people an article names: first any not yet named
// (so that the number of distinct people follows People), then people
// already known, the earlier ones more often.
func (g *generator) pick(r *rand.Rand, i, n int) []person {
	avail := People(i+1, g.opts.Scale)
	if avail > len(g.people) {
		avail = len(g.people)
	}
	var out []person
	used := map[int]bool{}
	for len(out) < n && g.next < avail {
		out = append(out, g.people[g.next])
		used[g.next] = true
		g.next++
	}
	for len(out) < n {
		j := zipf(r, g.next)
		if used[j] {
			j = r.IntN(g.next)
			if used[j] {
				continue
			}
		}
		used[j] = true
		out = append(out, g.people[j])
	}
	r.Shuffle(len(out), func(x, y int) { out[x], out[y] = out[y], out[x] })
	return out
}

func (g *generator) article(i int) Article {
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(i)+1))
	ps := g.pick(r, i, 6)
	cs := cast{a: ps[0], b: ps[1], c: ps[2], d: ps[3], e: ps[4], f: ps[5]}
	cs.ca, cs.cb = g.countries[cs.a.country], g.countries[cs.b.country]
	cs.cm = g.countries[zipf(r, len(g.countries))]
	if cs.ca.en == cs.cb.en {
		cs.cb = g.countries[(cs.b.country+1+r.IntN(5))%len(g.countries)]
	}
	cs.city = g.cityOf(r, cs.cm)
	cs.city2 = g.cities[zipf(r, len(g.cities))]
	cs.venue = g.venues[r.IntN(venues(i+1, g.opts.Scale))]
	cs.day, cs.day2 = r.IntN(7), r.IntN(7)
	cs.month, cs.year = r.IntN(12), 2019+r.IntN(6)
	cs.hours = 2 + r.IntN(9)
	cs.topic, cs.adj = r.IntN(len(topicsEN)), r.IntN(len(adjsEN))
	pub := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/40)
	a := Article{ID: fmt.Sprintf("%05d", i), Published: pub.Format("2006-01-02")}
	var paras []string
	switch x := r.IntN(20); {
	case x < 11:
		a.Lang = "en"
		a.Title, paras = g.english(r, cs)
	case x < 18:
		a.Lang = "ar"
		a.Title, paras = g.arabic(r, cs)
	default:
		a.Lang = "mixed"
		if x == 18 {
			a.Title, paras = g.english(r, cs)
			_, ar := g.arabic(r, cs)
			paras = append(paras[:2], append(ar[:1], paras[2:]...)...)
		} else {
			a.Title, paras = g.arabic(r, cs)
			_, en := g.english(r, cs)
			paras = append(paras[:2], append(en[:1], paras[2:]...)...)
		}
	}
	a.ID += "_" + a.Lang
	a.URL = "https://news.example/" + a.Published + "/" + a.ID
	a.Text = a.Title + "\n" + strings.Join(paras, "\n") + "\n"
	return a
}

func (g *generator) cityOf(r *rand.Rand, c country) place {
	if len(c.cities) > 0 {
		return c.cities[r.IntN(len(c.cities))]
	}
	return g.cities[zipf(r, len(g.cities))]
}

var (
	weekdaysEN = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	weekdaysAR = []string{"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"}
	monthsEN   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsAR   = []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	topicsEN   = []string{"a ceasefire", "prisoner exchanges", "energy supplies", "border crossings", "grain shipments", "sanctions relief", "a trade accord", "water rights"}
	topicsAR   = []string{"وقف إطلاق النار", "تبادل الأسرى", "إمدادات الطاقة", "المعابر الحدودية", "شحنات الحبوب", "تخفيف العقوبات", "اتفاق تجاري", "حقوق المياه"}
	adjsEN     = []string{"constructive", "difficult", "useful", "frank", "productive", "tense"}
	adjsAR     = []string{"بناءة", "صعبة", "مفيدة", "صريحة", "مثمرة", "متوترة"}
)

// template is one language's article: the title, the two lead
// sentences, the body (shuffled, most of it used) and filler sentences.
// A slot {name} stands for a name, a place, a date or a phrase of the
// article's cast in that language (see slots).
type template struct{ titles, lead, body, fill []string }

var englishArticle = template{
	titles: []string{
		"{demA} and {demB} officials hold talks in {city}",
		"{A.last} meets {B.last} in {city}",
		"{cm} hosts talks between {ca} and {cb}",
	},
	lead: []string{
		"{A} met {B} in {city} on {day} for talks on {topic}.",
		"{A.last} said the talks with {B.last} had been {adj} and that both sides would meet again within weeks.",
	},
	body: []string{
		"The meeting in {city} was mediated by {cm}, whose {C.office} {C.full} hosted the delegations at the {venue} Palace.",
		"The {demB} delegation was led by {D}, officials in {cb} said.",
		"{E.full}, an adviser to {A.last}, told reporters in {city} that a draft text was ready.",
		"{ca} and {cb} last held talks in {city2} in {month} {year}.",
		"According to a statement from the {demA} foreign ministry, {A.last} will travel to {cm} next {day2}.",
		"{F} is expected to join the next round in {city2}.",
		"{B.last} told {C.last} that {cb} would not accept new conditions.",
		"{E.full} later said in {city} that the {demM} proposal deserved careful study.",
		"On {day2}, {D.last} spoke by phone with {F.last} about the schedule for the {city2} round.",
		"The parliament of {cb} is due to debate the outcome of the talks in {month+1}.",
		"Talks between {ca} and {cb} broke down last {month} over {topic+3}.",
		"In {year}, {C.full} had led a delegation of {cm} to a summit in {city2} that ended without agreement.",
		"{B.full}, who has served as {B.office} of {cb} since {year-3}, rarely speaks to the press.",
		"Diplomats in {city} said {F.last} had pressed {A.last} to allow observers at the {venue} Palace.",
		"The next meeting between the delegations of {ca} and {cb} is planned for {month+2} {date} in {city2}.",
	},
	fill: []string{
		"Analysts said the two sides remained far apart on several issues.",
		"Neither side released a joint statement after the session.",
		"Officials described the atmosphere as businesslike.",
		"Markets reacted calmly to the news on {day}.",
		"A further round of consultations is planned before the end of the year.",
		"Details of the agenda were not made public.",
		"The talks lasted more than {hours} hours, according to people familiar with the discussions.",
		"Earlier this month, a similar meeting was postponed at short notice.",
	},
}

var arabicArticle = template{
	titles: []string{
		"محادثات بين {ca} و{cb} في {city}",
		"{A.last} يلتقي {B.last} في {city}",
		"{cm} تستضيف محادثات بين {ca} و{cb}",
	},
	lead: []string{
		"التقى {A} {B} في {city} يوم {day} لإجراء محادثات حول {topic}.",
		"وقال {A.last} إن المحادثات مع {B.last} كانت {adj}، وإن الجانبين سيلتقيان مجددا خلال أسابيع.",
	},
	body: []string{
		"وتوسطت {cm} في الاجتماع، واستضاف {C.office} {C.full} الوفود في قصر {venue}.",
		"وترأس {D} وفد {cb} إلى المحادثات.",
		"وصرح {E.full}، مستشار {A.last}، للصحفيين في {city} بأن مسودة النص أصبحت جاهزة.",
		"وكانت {ca} و{cb} قد عقدتا محادثات في {city2} في {month} {year}.",
		"ومن المقرر أن يزور {A.last} {cm} يوم {day2} المقبل، بحسب بيان لوزارة الخارجية.",
		"ومن المتوقع أن ينضم {F} إلى الجولة المقبلة في {city2}.",
		"وأبلغ {B.last} نظيره {C.last} أن {cb} لن تقبل شروطا جديدة.",
		"وقال {E.full} لاحقا في {city} إن المقترح {demM} يستحق دراسة متأنية.",
		"وفي يوم {day2}، تحدث {D.last} هاتفيا مع {F.last} بشأن موعد الجولة في {city2}.",
		"ومن المقرر أن يناقش برلمان {cb} نتائج المحادثات في شهر {month+1}.",
		"وكانت المحادثات بين {ca} و{cb} قد تعثرت في {month} الماضي بسبب {topic+3}.",
		"وفي عام {year}، قاد {C.full} وفد {cm} إلى قمة في {city2} انتهت دون اتفاق.",
		"ونادرا ما يتحدث {B.full} إلى الصحافة منذ توليه منصبه في {cb} عام {year-3}.",
		"وقال دبلوماسيون في {city} إن {F.last} ضغط على {A.last} للسماح بحضور مراقبين في قصر {venue}.",
		"ومن المقرر عقد الاجتماع المقبل بين وفدي {ca} و{cb} في {date} {month+2} في {city2}.",
	},
	fill: []string{
		"وقال محللون إن مواقف الطرفين لا تزال متباعدة بشأن عدة قضايا.",
		"ولم يصدر أي بيان مشترك عقب الجلسة.",
		"ووصف مسؤولون أجواء اللقاء بأنها عملية.",
		"ومن المتوقع عقد جولة جديدة من المشاورات قبل نهاية العام.",
		"ولم يتم الكشف عن تفاصيل جدول الأعمال.",
		"واستمرت المحادثات أكثر من {hours} ساعات بحسب مصادر مطلعة.",
	},
}

// slots returns the values of a cast's slots in English or in Arabic.
// {A} is a person with nationality and title ("Russian Foreign Minister
// Anna Bell", «وزير الخارجية الروسي فلان فلان»).
func (g *generator) slots(cs cast, ar bool) *strings.Replacer {
	pick := func(en, arabic string) string {
		if ar {
			return arabic
		}
		return en
	}
	titled := func(p person, c country) string {
		return pick(c.dem+" "+p.office.title+" "+p.fullEN(), p.office.ar+" "+c.nisba+" "+p.fullAR())
	}
	var kv []string
	set := func(k, en, arabic string) { kv = append(kv, "{"+k+"}", pick(en, arabic)) }
	// the principals speak for the two sides; the others for their own countries
	for _, p := range []struct {
		k string
		p person
		c country
	}{{"A", cs.a, cs.ca}, {"B", cs.b, cs.cb}, {"C", cs.c, g.countries[cs.c.country]}, {"D", cs.d, g.countries[cs.d.country]},
		{"E", cs.e, g.countries[cs.e.country]}, {"F", cs.f, g.countries[cs.f.country]}} {
		kv = append(kv, "{"+p.k+"}", titled(p.p, p.c))
		set(p.k+".full", p.p.fullEN(), p.p.fullAR())
		set(p.k+".last", p.p.last.en, p.p.last.ar)
		set(p.k+".office", strings.ToLower(p.p.office.title), p.p.office.ar)
	}
	set("ca", cs.ca.en, cs.ca.ar)
	set("cb", cs.cb.en, cs.cb.ar)
	set("cm", cs.cm.en, cs.cm.ar)
	set("demA", cs.ca.dem, cs.ca.nisba)
	set("demB", cs.cb.dem, cs.cb.nisba)
	set("demM", cs.cm.dem, cs.cm.nisba)
	set("city", cs.city.en, cs.city.ar)
	set("city2", cs.city2.en, cs.city2.ar)
	set("venue", cs.venue.en, cs.venue.ar)
	set("day", weekdaysEN[cs.day], weekdaysAR[cs.day])
	set("day2", weekdaysEN[cs.day2], weekdaysAR[cs.day2])
	for k := 0; k <= 2; k++ {
		name := "month"
		if k > 0 {
			name = fmt.Sprintf("month+%d", k)
		}
		set(name, monthsEN[(cs.month+k)%12], monthsAR[(cs.month+k)%12])
	}
	set("year", fmt.Sprint(cs.year), fmt.Sprint(cs.year))
	set("year-3", fmt.Sprint(cs.year-3), fmt.Sprint(cs.year-3))
	set("date", fmt.Sprint(1+cs.hours*2), fmt.Sprint(1+cs.hours*2))
	set("hours", fmt.Sprint(cs.hours), fmt.Sprint(cs.hours))
	set("topic", topicsEN[cs.topic], topicsAR[cs.topic])
	set("topic+3", topicsEN[(cs.topic+3)%len(topicsEN)], topicsAR[(cs.topic+3)%len(topicsAR)])
	set("adj", adjsEN[cs.adj], adjsAR[cs.adj])
	return strings.NewReplacer(kv...)
}

// write fills template t with the cast's slots and returns the title and
// the paragraphs.
func (g *generator) write(r *rand.Rand, t template, cs cast, ar bool) (string, []string) {
	sl := g.slots(cs, ar)
	fill := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = sl.Replace(s)
		}
		return out
	}
	return sl.Replace(t.titles[r.IntN(len(t.titles))]), compose(r, fill(t.lead), fill(t.body), fill(t.fill))
}

func (g *generator) english(r *rand.Rand, cs cast) (string, []string) {
	return g.write(r, englishArticle, cs, false)
}

func (g *generator) arabic(r *rand.Rand, cs cast) (string, []string) {
	return g.write(r, arabicArticle, cs, true)
}

// compose orders an article: the lead, then the body sentences and some
// filler in a shuffled order, two or three sentences to a paragraph.
func compose(r *rand.Rand, lead, body, fill []string) []string {
	r.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	r.Shuffle(len(fill), func(i, j int) { fill[i], fill[j] = fill[j], fill[i] })
	rest := append(append([]string(nil), body[:10+r.IntN(len(body)-9)]...), fill[:3+r.IntN(len(fill)-2)]...)
	// interleave filler with the body in a stable, seeded order
	keys := make([]float64, len(rest))
	for i := range keys {
		keys[i] = r.Float64()
	}
	idx := make([]int, len(rest))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(x, y int) bool { return keys[idx[x]] < keys[idx[y]] })
	paras := []string{lead[0], lead[1]}
	for i := 0; i < len(idx); {
		n := 2 + r.IntN(2)
		var p []string
		for ; n > 0 && i < len(idx); n, i = n-1, i+1 {
			p = append(p, rest[idx[i]])
		}
		paras = append(paras, strings.Join(p, " "))
	}
	return paras
}
