package rules

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/graph"
	"newskg/graph/kb"
)

// run extracts from one text with the full rule chain and renders the
// relations as "predicate(subject|object|role)" with canonical names
// where known.
func run(t *testing.T, text string) ([]string, []graph.Mention) {
	t.Helper()
	k := kb.Starter()
	lex := NewLexicon(k)
	arts := []extract.Article{{ID: "t.txt", Text: text}}
	book := NewNameBook()
	first := extract.Pipeline{Extractors: []extract.Extractor{lex, NewNames(k, nil)}}.Run(context.Background(), arts)
	for _, m := range first.Mentions {
		book.Add(m)
	}
	out := extract.Pipeline{Extractors: []extract.Extractor{lex, NewNames(k, book), NewRelations(k)}}.Run(context.Background(), arts)
	if len(out.Problems) > 0 {
		t.Fatal(out.Problems)
	}
	name := func(m graph.Mention) string {
		if m.Type == graph.Event {
			return "event"
		}
		if m.Name != "" {
			return m.Name
		}
		return m.Text
	}
	var rels []string
	for _, r := range out.Relations {
		s := fmt.Sprintf("%s(%s|%s", r.Predicate, name(r.Subject), name(r.Object))
		if r.Role != "" {
			s += "|" + r.Role
		}
		rels = append(rels, s+")")
		if !strings.Contains(text, r.Evidence.Text) {
			t.Errorf("evidence %q is not in the text", r.Evidence.Text)
		}
	}
	sort.Strings(rels)
	return rels, out.Mentions
}

func has(rels []string, want string) bool {
	for _, r := range rels {
		if r == want {
			return true
		}
	}
	return false
}

func TestRelations(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		// holdsPosition, title before the name
		{"en title before", "German Foreign Minister Annalena Baerbock arrived on Monday.",
			[]string{"holdsPosition(Annalena Baerbock|Germany|foreign minister)"}, nil},
		{"en body before title", "Elysee officials said French President Emmanuel Macron would travel.",
			[]string{"holdsPosition(Emmanuel Macron|France|president)"}, nil},
		{"en organisation title", "NATO spokesman Farah Dakhlallah declined to comment.",
			[]string{"holdsPosition(Farah Dakhlallah|NATO|spokesman)"}, nil},
		{"ar title demonym name", "وصل وزير الخارجية الفرنسي جان نويل بارو إلى القاهرة.",
			[]string{"holdsPosition(جان نويل|France|foreign minister)"}, nil},
		{"ar spokesman of body", "وقال المتحدث باسم البيت الأبيض كارولين ليفيت إن اللقاء مثمر.",
			[]string{"holdsPosition(كارولين ليفيت|White House|spokesman)"}, nil},
		{"ar head of country", "وقال الرئيس المصري عبد الفتاح السيسي إن بلاده مستعدة.",
			[]string{"holdsPosition(عبد الفتاح|Egypt|president)"}, nil},
		{"us foreign minister is secretary of state", "وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق قريب.",
			[]string{"holdsPosition(جون كيري|United States|secretary of state)"}, nil},
		// holdsPosition, apposition
		{"en apposition", "Jens Stoltenberg, the NATO secretary general, spoke in Brussels.",
			[]string{"holdsPosition(Jens Stoltenberg|NATO|secretary general)"}, nil},
		{"en apposition body after", "Lars Holm, the ambassador of Denmark, left.",
			[]string{"holdsPosition(Lars Holm|Denmark|ambassador)"}, nil},
		{"ar name then title", "وقال السيد كارل نيهامر المتحدث باسم الحكومة النمساوية إن الحوار مهم.",
			[]string{"holdsPosition(كارل نيهامر|الحكومة النمساوية|spokesman)"}, nil},
		// advises
		{"en adviser to", "Mark Lee, a senior adviser to President Joe Biden, said so.",
			[]string{"advises(Mark Lee|Joe Biden)"}, nil},
		{"ar aide of", "وقال أندريه بيلوسوف ، مساعد فلاديمير بوتين ، إن الزيارة مهمة.",
			[]string{"advises(أندريه بيلوسوف|فلاديمير بوتين)"}, nil},
		// delegations
		{"en delegation led by", "The Turkish delegation, led by Hakan Fidan, arrived in Doha.",
			[]string{"represents(Turkish delegation|Turkey)", "leads(Hakan Fidan|Turkish delegation)"}, nil},
		{"ar delegation headed by", "وصل الوفد المصري برئاسة بدر عبد العاطي إلى الدوحة.",
			[]string{"represents(Egyptian delegation|Egypt)", "leads(بدر عبد العاطي|Egyptian delegation)"}, nil},
		{"en members", "Anna Lind and Olof Berg are members of the Swedish delegation.",
			[]string{"memberOf(Anna Lind|Swedish delegation)", "memberOf(Olof Berg|Swedish delegation)"}, nil},
		{"ar leaders of delegations", "قاد وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية التركي هاكان فيدان الوفود في أنقرة.",
			[]string{"leads(بدر عبد العاطي|Egyptian delegation)", "leads(هاكان فيدان|Turkish delegation)", "represents(Turkish delegation|Turkey)"}, nil},
		{"ar accompanied leader", "وصل الوفد التركي برئاسة هاكان فيدان. ورافق فيدان المستشار إبراهيم كالين.",
			[]string{"leads(هاكان فيدان|Turkish delegation)", "memberOf(إبراهيم كالين|Turkish delegation)"}, nil},
		{"en body delegation", "The Hamas delegation, headed by Khalil al-Hayya, arrived in Cairo.",
			[]string{"represents(Hamas delegation|Hamas)", "leads(Khalil al-Hayya|Hamas delegation)"}, nil},
		{"ar body delegation", "وقال خليل الحية، رئيس وفد حماس، إن الحركة تريد هدنة.",
			[]string{"represents(Hamas delegation|Hamas)", "holdsPosition(خليل الحية|Hamas|head)"}, nil},
		{"en mediators list", "Talks mediated by Egypt and Qatar resumed in Cairo.",
			[]string{"mediates(Egypt|event)", "mediates(Qatar|event)"}, nil},
		{"en name particles", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Blinken.",
			[]string{"holdsPosition(Mohammed bin Abdulrahman Al Thani|Qatar|prime minister)"}, nil},
		// coreference
		{"en pronoun", "Turkish President Recep Tayyip Erdogan arrived in Baku on Sunday. He met Azerbaijani President Ilham Aliyev on Monday.",
			[]string{"meetsWith(Recep Tayyip Erdogan|Ilham Aliyev)"}, nil},
		{"en the envoy", "Special envoy Jan Novak arrived in Vienna. The envoy met Iranian Foreign Minister Abbas Araghchi.",
			[]string{"meetsWith(Jan Novak|Abbas Araghchi)"}, nil},
		{"ar the envoy", "وصل المبعوث الخاص يان نوفاك إلى فيينا. والتقى المبعوث وزير الخارجية الإيراني عباس عراقجي.",
			[]string{"meetsWith(يان نوفاك|عباس عراقجي)"}, nil},
		// events: heldIn, participatesIn, meetsWith, mediates
		{"en meeting in city", "Turkey will hold talks with Iran in Geneva on Friday.",
			[]string{"heldIn(event|Geneva)", "participatesIn(Iran|event)", "participatesIn(Turkey|event)", "meetsWith(Turkey|Iran)"}, nil},
		{"ar meeting verb", "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في برلين.",
			[]string{"heldIn(event|Berlin)", "meetsWith(إيمانويل ماكرون|أولاف شولتس)"}, nil},
		{"en talks between", "The talks between Egypt and Qatar took place in Cairo.",
			[]string{"meetsWith(Egypt|Qatar)", "heldIn(event|Cairo)"}, nil},
		{"en mediated", "A round of talks mediated by Qatar began in Doha.",
			[]string{"mediates(Qatar|event)", "heldIn(event|Doha)"}, nil},
		{"ar mediated", "بدأت جولة من المحادثات بوساطة قطرية في الدوحة.",
			[]string{"mediates(Qatar|event)", "heldIn(event|Doha)"}, nil},
		{"ar phone call", "وقال الرئيس الفرنسي إيمانويل ماكرون إنه تحدث عبر الهاتف مع المستشار أولاف شولتس.",
			[]string{"meetsWith(إيمانويل ماكرون|أولاف شولتس)"}, nil},
		{"negated party", "Officials said Iran will not attend the talks in Geneva.", []string{"heldIn(event|Geneva)"},
			[]string{"participatesIn(Iran|event)"}},
		{"no meeting without one", "Ukraine said Russia attacked Kharkiv on Monday.", nil,
			[]string{"meetsWith(Ukraine|Russia)", "meetsWith(Russia|Ukraine)"}},
		// locatedIn
		{"en capital apposition", "They met in Doha, the Qatari capital.",
			[]string{"locatedIn(Doha|Qatar)"}, nil},
		{"ar city comma country", "وصل الوفد إلى جنيف ، سويسرا يوم الاثنين.",
			[]string{"locatedIn(Geneva|Switzerland)"}, nil},
		{"en territory including", "Syrian territory, including the Golan Heights region, was discussed.",
			[]string{"locatedIn(Golan Heights|Syria)"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rels, _ := run(t, c.text)
			for _, w := range c.want {
				if !has(rels, w) {
					t.Errorf("missing %s\n got %q", w, rels)
				}
			}
			for _, w := range c.not {
				if has(rels, w) {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

func TestMentions(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // "Type:text"
	}{
		{"kb with clitic", "وقالت وروسيا إن بالرياض اجتماعا.", []string{"Country:روسيا", "City:الرياض"}},
		{"us is not a country", "He told us that the U.S. would stay.", []string{"Country:U.S."}},
		{"title name", "Chancellor Olaf Scholz said so.", []string{"Person:Olaf Scholz"}},
		{"honorific", "Mr. Fidan disagreed.", []string{"Person:Fidan"}},
		{"glued", "Minister Hakan FidanHe said so.", []string{"Person:Hakan Fidan"}},
		{"org head", "The Ministry of Foreign Affairs of Qatar said so.", []string{"Organization:Ministry of Foreign Affairs"}},
		{"arabic org", "وقال صندوق النقد الدولي إن النمو ضعيف.", []string{"Organization:صندوق النقد الدولي"}},
		{"arabic connector name", "وقال وزير الخارجية السعودي فيصل بن فرحان إن المحادثات مفيدة.", []string{"Person:فيصل بن فرحان"}},
		{"arabic long name", "والتقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني نظيره في الدوحة.", []string{"Person:محمد بن عبد الرحمن آل ثاني"}},
		{"surname later", "Spokesman Dmitry Ivanov spoke. Later Ivanov left.", []string{"Person:Dmitry Ivanov", "Person:Ivanov"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ms := run(t, c.text)
			var got []string
			for _, m := range ms {
				got = append(got, string(m.Type)+":"+m.Text)
			}
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("missing %s\n got %q", w, got)
				}
			}
			for _, g := range got {
				if g == "Country:us" {
					t.Error("the pronoun 'us' became a country")
				}
			}
		})
	}
}

func TestDates(t *testing.T) {
	cases := []struct{ text, pub, want string }{
		{"The talks were held on January 23 and 24.", "2026-02-04", "2026-01-23"},
		{"عقدت الجولة الأولى يومي 23 و24 يناير 2026.", "", "2026-01-23"},
		{"سيصل إلى كييف في 20 فبراير.", "2025-02-17T10:00:00Z", "2025-02-20"},
		{"The meeting on Tuesday went well.", "2025-02-20", "2025-02-18"},
		{"التقى الوفدان يوم الثلاثاء.", "2025-02-16", "2025-02-18"},
		{"Talks begin today.", "2025-03-23", "2025-03-23"},
		{"The meeting on Tuesday went well.", "", ""},
		{"No date here.", "2025-03-23", ""},
	}
	for _, c := range cases {
		toks := tokenize(c.text, 0, len(c.text))
		if got := dateIn(toks, c.pub); got != c.want {
			t.Errorf("dateIn(%q, %q) = %q, want %q", c.text, c.pub, got, c.want)
		}
	}
}

func TestLinkEvents(t *testing.T) {
	k := kb.Starter()
	lex := NewLexicon(k)
	arts := []extract.Article{
		{ID: "a.txt", Published: "2025-05-06", Text: "Turkey held talks with Iran in Geneva on Tuesday. The Turkish delegation arrived."},
		{ID: "b.txt", Published: "2025-05-07", Text: "Iran held talks with Turkey in Geneva on Tuesday."},
		{ID: "c.txt", Published: "2025-06-20", Text: "Iran held talks with Turkey in Geneva on Friday."},
	}
	out := extract.Pipeline{Extractors: []extract.Extractor{lex, NewNames(k, nil), NewRelations(k)}}.Run(context.Background(), arts)
	LinkEvents(out.Mentions, out.Relations)
	keys := map[string]map[string]bool{}
	for _, m := range out.Mentions {
		if m.Type == graph.Event {
			if keys[m.Doc] == nil {
				keys[m.Doc] = map[string]bool{}
			}
			keys[m.Doc][m.Key] = true
		}
	}
	shared := func(a, b string) bool {
		for k := range keys[a] {
			if keys[b][k] {
				return true
			}
		}
		return false
	}
	if !shared("a.txt", "b.txt") {
		t.Errorf("one meeting (same place, date, parties) in two articles kept apart: %v", keys)
	}
	if shared("a.txt", "c.txt") {
		t.Errorf("meetings on different dates linked: %v", keys)
	}
	for _, m := range out.Mentions {
		if m.Type == graph.Delegation && !strings.HasPrefix(m.Key, "delegation|Turkey|event|") {
			t.Errorf("delegation of a linked event keeps a per-article key %q", m.Key)
		}
	}
}
