package kb

import (
	"os"
	"strings"
	"testing"

	"newskg/graph"
)

func TestStarterLookups(t *testing.T) {
	k := Starter()
	cases := []struct {
		form string
		typ  graph.EntityType
		name string
	}{
		{"روسيا", graph.Country, "Russia"},
		{"U.S.", graph.Country, "United States"},
		{"الولايات المتحدة", graph.Country, "United States"},
		{"Kingdom of Saudi Arabia", graph.Country, "Saudi Arabia"},
		{"المملكة العربية السعودية", graph.Country, "Saudi Arabia"},
		{"Kiev", graph.City, "Kyiv"},
		{"كييف", graph.City, "Kyiv"},
		{"الكرملين", graph.Organization, "Kremlin"},
		{"G-20", graph.Organization, "G20"},
		// the Arabic press's spellings of countries (countries_ar_press.tsv)
		{"صربيا", graph.Country, "Serbia"},
		{"روسيا البيضاء", graph.Country, "Belarus"},
		// capitals the gazetteer names in English only (capitals_ar.tsv)
		{"صنعاء", graph.City, "Sana'a"},
		{"الرباط", graph.City, "Rabat"},
		{"إسلام آباد", graph.City, "Islamabad"},
		{"النروج", graph.Country, "Norway"},
		// agencies of the United Nations system and other bodies, in both
		// scripts, with the acronyms the Arabic press writes
		{"FAO", graph.Organization, "Food and Agriculture Organization"},
		{"منظمة الأغذية والزراعة", graph.Organization, "Food and Agriculture Organization"},
		{"المنظمة الدولية للهجرة", graph.Organization, "International Organization for Migration"},
		{"الأونكتاد", graph.Organization, "United Nations Conference on Trade and Development"},
		{"إيغاد", graph.Organization, "Intergovernmental Authority on Development"},
		{"إيقاد", graph.Organization, "Intergovernmental Authority on Development"},
		{"الإيسيسكو", graph.Organization, "Islamic World Educational, Scientific and Cultural Organization"},
		{"البنك الإسلامي للتنمية", graph.Organization, "Islamic Development Bank"},
		{"Interpol", graph.Organization, "Interpol"},
		// "Gaza" alone, in either script, is the Strip the news means by it;
		// the city is "Gaza City", «مدينة غزة» (not the time zone's "Gaza")
		{"Gaza", graph.Place, "Gaza Strip"},
		{"غزة", graph.Place, "Gaza Strip"},
		{"Gaza City", graph.City, "Gaza City"},
		{"مدينة غزة", graph.City, "Gaza City"},
		// world regions in both Arabic spellings of America
		{"أمريكا اللاتينية", graph.Place, "Latin America"},
		{"أميركا اللاتينية", graph.Place, "Latin America"},
		{"أميركا الجنوبية", graph.Place, "South America"},
		// the Arabian Peninsula, not the broadcaster that «الجزيرة» names
		// alone; the broadcaster's news site is the broadcaster's
		{"شبه الجزيرة العربية", graph.Place, "Arabian Peninsula"},
		{"الجزيرة العربية", graph.Place, "Arabian Peninsula"},
		{"الجزيرة نت", graph.Organization, "Al Jazeera"},
		// the official style before another English name of a country
		{"Socialist Republic of Viet Nam", graph.Country, "Vietnam"},
		{"Republic of Qazaqstan", graph.Country, "Kazakhstan"},
	}
	for _, c := range cases {
		t.Run(c.form, func(t *testing.T) {
			es := k.Lookup(c.form)
			if len(es) == 0 {
				t.Fatalf("Lookup(%q): nothing", c.form)
			}
			if es[0].Type != c.typ || es[0].Name != c.name {
				t.Errorf("Lookup(%q) = %s %q, want %s %q", c.form, es[0].Type, es[0].Name, c.typ, c.name)
			}
		})
	}
	for _, d := range []struct{ form, name string }{{"Russian", "Russia"}, {"الروسي", "Russia"}, {"الأوكرانية", "Ukraine"}, {"Ukrainian", "Ukraine"}, {"السعودي", "Saudi Arabia"}, {"الفرنسي", "France"}, {"التشيلي", "Chile"}, {"الهايتية", "Haiti"}, {"النمساوي", "Austria"}, {"الأفغانية", "Afghanistan"}, {"الجنوب أفريقي", "South Africa"}, {"الصربية", "Serbia"}} {
		es := k.Demonym(d.form)
		if len(es) == 0 || es[0].Name != d.name {
			t.Errorf("Demonym(%q) = %v, want %s", d.form, es, d.name)
		}
	}
	if es := k.Lookup("صنعاء"); len(es) == 0 || es[0].Country != "YE" {
		t.Errorf("Lookup(«صنعاء») = %v, want the capital of Yemen", es)
	}
	// «المالية» is "financial" before it is "Malian"
	for _, w := range []string{"المالية", "المالي"} {
		if es := k.Demonym(w); len(es) > 0 {
			t.Errorf("Demonym(%q) = %v, want none", w, es)
		}
	}
}

func TestReadRejectsBadEntries(t *testing.T) {
	for _, in := range []string{`{"type":"Robot","name":"X"}`, `{"type":"Person"}`, `not json`, `{"type":"Person","name":"A","bogus":1}`} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
	k, err := Read(strings.NewReader("# comment\n{\"type\":\"Person\",\"name\":\"Ann Lee\",\"aliases\":[{\"text\":\"آن لي\",\"lang\":\"ar\"}],\"qid\":\"Q1\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if es := k.Lookup("آن لي"); len(es) != 1 || es[0].ID != "Q1" || es[0].SameAs()[0] != "http://www.wikidata.org/entity/Q1" {
		t.Errorf("lookup by Arabic alias: %+v", es)
	}
}

func TestWithUser(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/user.jsonl"
	data := `# analysts' entities
{"type":"Person","name":"Jane Example","aliases":[{"text":"جين إكزامبل","lang":"ar"}],"qid":"Q1"}
{"type":"City","name":"Moscow","aliases":[{"text":"Moskva","lang":"en"}],"qid":"Q649","country":"RU"}
`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := WithUser(p)
	if err != nil {
		t.Fatal(err)
	}
	if es := k.Lookup("جين إكزامبل"); len(es) != 1 || es[0].Name != "Jane Example" {
		t.Errorf("user entry: %v", es)
	}
	if es := k.Lookup("Moskva"); len(es) != 1 {
		t.Errorf("user entry for Moscow: %v", es)
	}
	if es := k.Lookup("موسكو"); len(es) != 0 {
		t.Errorf("the starter Moscow should be replaced: %v", es)
	}
	if es := k.Lookup("Russia"); len(es) != 1 || es[0].QID != "Q159" {
		t.Errorf("starter country with QID: %+v", es)
	}
	if _, err := WithUser(dir + "/missing.jsonl"); err == nil {
		t.Error("want an error for a missing file")
	}
	if Starter().Lookup("Jane Example") != nil {
		t.Error("WithUser changed the starter")
	}
}

// TestUnaccentedForms checks that a Latin name with accents is found
// without them too, and that names without accents get no new form.
func TestUnaccentedForms(t *testing.T) {
	k := New()
	k.Add(&Entry{Type: graph.City, Name: "Ríobamba"})
	k.Add(&Entry{Type: graph.City, Name: "Lima", Aliases: []Alias{{Text: "ليما", Lang: "ar"}}})
	if es := k.Lookup("Riobamba"); len(es) != 1 || es[0].Name != "Ríobamba" {
		t.Errorf("Lookup(Riobamba) = %v", es)
	}
	if es := k.Lookup("Ríobamba"); len(es) != 1 {
		t.Errorf("Lookup(Ríobamba) = %v", es)
	}
	k.Add(&Entry{Type: graph.Country, Name: "Vlorania", Aliases: []Alias{{Text: "ڤلورانيا", Lang: "ar"}}})
	if es := k.Lookup("فلورانيا"); len(es) != 1 || es[0].Name != "Vlorania" {
		t.Errorf("Lookup(فلورانيا) = %v", es)
	}
	if got := k.Entries()[1].Aliases; len(got) != 1 {
		t.Errorf("Lima's aliases = %v, want only the Arabic one", got)
	}
}

// TestEntryByID: an id finds its entry, the first one added when two
// share it, and an unknown id none.
func TestEntryByID(t *testing.T) {
	k := New()
	a := &Entry{ID: "place-x", Type: graph.Place, Name: "First"}
	b := &Entry{ID: "place-x", Type: graph.Place, Name: "Second"}
	c := &Entry{Type: graph.City, Name: "Porto Alto"}
	k.Add(a)
	k.Add(b)
	k.Add(c)
	if got := k.Entry("place-x"); got != a {
		t.Errorf("Entry(place-x) = %v, want the first entry", got)
	}
	if got := k.Entry(c.ID); got != c || c.ID == "" {
		t.Errorf("Entry(%q) = %v, want the entry whose id Add filled", c.ID, got)
	}
	if got := k.Entry("place-none"); got != nil {
		t.Errorf("Entry(place-none) = %v, want nil", got)
	}
}

// TestEnglishDemonyms: each of a gazetteer row's demonyms ("Bosnian,
// Herzegovinian") and the adjectives of demonyms_en.tsv name their
// country; a word that is no demonym names none.
func TestEnglishDemonyms(t *testing.T) {
	k := Starter()
	for form, want := range map[string]string{
		"Bosnian":       "Bosnia and Herzegovina",
		"Herzegovinian": "Bosnia and Herzegovina",
		"Kazakh":        "Kazakhstan",
		"Kazakhstani":   "Kazakhstan",
		"Slovenian":     "Slovenia",
		"Azeri":         "Azerbaijan",
		"Ukrainians":    "Ukraine",
	} {
		es := k.Demonym(form)
		if len(es) != 1 || es[0].Name != want {
			t.Errorf("Demonym(%q) = %v, want %s", form, es, want)
		}
	}
	if es := k.Demonym("Bosnian, Herzegovinian"); len(es) != 0 {
		t.Errorf("the gazetteer's list is no demonym: %v", es)
	}
}

// TestGeoNamesCities: the larger cities of GeoNames are known by their
// English and Arabic names, in their country, as weak entries; names
// that are words or given names are not cities; a name the base gave
// before stays with its entry.
func TestGeoNamesCities(t *testing.T) {
	k := Starter()
	for _, c := range []struct{ en, ar, country string }{
		{"Irbid", "إربد", "JO"}, {"Zahle", "زحلة", "LB"},
		{"Kazan", "قازان", "RU"}, {"Antalya", "أنطاليا", "TR"},
		{"Lyon", "ليون", "FR"}, {"Mumbai", "مومباي", "IN"},
		{"Duhok", "دهك", "IQ"},     // Persian kaf written as Arabic writes it
		{"Zarqa", "الزرقاء", "JO"}, // the catalogue's «زرقاء» with the article
	} {
		en, ar := k.Lookup(c.en), k.Lookup(c.ar)
		if len(en) != 1 || len(ar) != 1 || en[0] != ar[0] {
			t.Errorf("%s / %s: %v / %v, want one city", c.en, c.ar, en, ar)
			continue
		}
		if e := en[0]; e.Type != graph.City || e.Country != c.country || !e.Weak {
			t.Errorf("%s: %s in %q weak %v, want a weak City in %s", c.en, e.Type, e.Country, e.Weak, c.country)
		}
	}
	// common words, given names, short names: no city
	for _, f := range []string{"Nice", "Reading", "Mobile", "Of", "Orange", "Charlotte", "بورصة", "المدينة", "الخبر"} {
		for _, e := range k.Lookup(f) {
			if e.Weak {
				t.Errorf("%q names the GeoNames city %s", f, e.Name)
			}
		}
	}
	// a known name stays its entry's: Lebanon's Tripoli is not Libya's capital
	for _, f := range []string{"Tripoli", "طرابلس"} {
		if es := k.Lookup(f); len(es) != 1 || es[0].Weak {
			t.Errorf("%q: %v, want the one known city", f, es)
		}
	}
	// one entry a name; no weak entry takes a form of another entry
	for _, e := range k.Entries() {
		if !e.Weak {
			continue
		}
		for _, a := range e.Forms() {
			if es := k.Lookup(a.Text); len(es) != 1 {
				t.Errorf("%s: %q names %d entries", e.Name, a.Text, len(es))
			}
		}
	}
}

// TestAgreeingNisba: a country named by a noun in -iyā and an agreeing
// adjective has a two-word adjective; constructs and other two-word
// names have none of that shape.
func TestAgreeingNisba(t *testing.T) {
	has := func(forms []string, f string) bool {
		for _, x := range forms {
			if x == f {
				return true
			}
		}
		return false
	}
	got := ArabicNisba("كوريا الجنوبية")
	for _, f := range []string{"كوري جنوبي", "الكوري الجنوبي", "الكورية الجنوبية", "الكوريون الجنوبيون", "الكوريين الجنوبيين"} {
		if !has(got, f) {
			t.Errorf("ArabicNisba(كوريا الجنوبية) lacks %q: %q", f, got)
		}
	}
	if has(got, "الكوري") || has(got, "الجنوبي") {
		t.Errorf("ArabicNisba(كوريا الجنوبية) gives a one-word form: %q", got)
	}
	for _, name := range []string{"جنوب السودان", "الولايات المتحدة", "المملكة المتحدة", "الرأس الأخضر", "بابوا غينيا الجديدة"} {
		if got := ArabicNisba(name); len(got) > 0 {
			t.Errorf("ArabicNisba(%s) = %q, want none", name, got)
		}
	}
	k := Starter()
	for _, c := range []struct{ form, code string }{{"الكوري الشمالي", "KP"}, {"الكوريون الجنوبيون", "KR"}, {"الغينية الاستوائية", "GQ"}} {
		es := k.Demonym(c.form)
		if len(es) != 1 || es[0].Code != c.code {
			t.Errorf("Demonym(%s) = %v, want %s", c.form, es, c.code)
		}
	}
}

// TestCLDRCountryNames: the CLDR's Arabic spelling of a country, where the
// gazetteer has another, names the country and makes its adjectives; a
// CLDR name with a parenthesis or a spaced dash does not.
func TestCLDRCountryNames(t *testing.T) {
	k := Starter()
	for _, c := range []struct{ form, code string }{{"المكسيك", "MX"}, {"تايلاند", "TH"}, {"الدانمرك", "DK"}, {"مقدونيا الشمالية", "MK"}, {"المسكيك", "MX"}, {"تايلند", "TH"}} {
		es := k.Lookup(c.form)
		if len(es) != 1 || es[0].Code != c.code {
			t.Errorf("Lookup(%s) = %v, want %s", c.form, es, c.code)
		}
	}
	for _, c := range []struct{ form, code string }{{"المكسيكي", "MX"}, {"المكسيكيون", "MX"}, {"التايلاندي", "TH"}, {"التايلندية", "TH"}, {"المقدوني الشمالي", "MK"}} {
		es := k.Demonym(c.form)
		if len(es) != 1 || es[0].Code != c.code {
			t.Errorf("Demonym(%s) = %v, want %s", c.form, es, c.code)
		}
	}
	for _, f := range []string{"الكونغو - كينشاسا", "ميانمار (بورما)"} {
		if es := k.Lookup(f); len(es) > 0 {
			t.Errorf("Lookup(%s) = %v, want none", f, es)
		}
	}
}

// TestMoreNisbas: a name in -a (taa marbuta) drops it in its adjective,
// the common letters for foreign sounds make one too, and the irregular
// adjectives of demonyms_ar.tsv are known.
func TestMoreNisbas(t *testing.T) {
	k := Starter()
	for _, c := range []struct{ form, code string }{{"السنغافوري", "SG"}, {"السنغافورية", "SG"}, {"المولدوفي", "MD"}, {"الأرمني", "AM"}, {"الباراغوياني", "PY"}, {"الدومينيكاني", "DO"}, {"الإيفواري", "CI"}} {
		es := k.Demonym(c.form)
		if len(es) != 1 || es[0].Code != c.code {
			t.Errorf("Demonym(%s) = %v, want %s", c.form, es, c.code)
		}
	}
	if got := ArabicNisba("سنغافورة"); len(got) == 0 || got[0] != "سنغافوري" {
		t.Errorf("ArabicNisba(سنغافورة) = %q", got)
	}
	for _, f := range []string{"السنغافورةي", "المملكة المتحدةي"} {
		if es := k.Demonym(f); len(es) > 0 {
			t.Errorf("Demonym(%s) = %v, want none", f, es)
		}
	}
}

// TestPressCities: a city takes the Arabic names the press writes it by,
// whether the base knew it by its English name (CLDR, GeoNames: their
// Arabic names as well), by its Arabic name under another English one,
// or not at all; one entry each.
func TestPressCities(t *testing.T) {
	k := Starter()
	for _, c := range []struct{ form, name, country string }{
		{"مقديشو", "Mogadishu", "SO"}, {"كمبالا", "Kampala", "UG"}, // GeoNames' names of a CLDR city
		{"مكة", "Mecca", "SA"}, {"مكة المكرمة", "Mecca", "SA"}, {"Makkah al Mukarramah", "Mecca", "SA"},
		{"أربيل", "Erbil", "IQ"}, {"إربل", "Erbil", "IQ"}, {"أم درمان", "Omdurman", "SD"},
		// press spellings of capitals (capitals_ar.tsv) and of venues of
		// talks the gazetteers lack (cities_ar_press.tsv)
		{"دوشنبه", "Dushanbe", "TJ"}, {"بيشكيك", "Bishkek", "KG"}, {"مونتيفيديو", "Montevideo", "UY"},
		{"فريتاون", "Freetown", "SL"}, {"بانغي", "Bangui", "CF"}, {"أسمرا", "Asmara", "ER"},
		{"لوزان", "Lausanne", "CH"}, {"Montreux", "Montreux", "CH"}, {"عنتيبي", "Entebbe", "UG"}, {"طرطوس", "Tartus", "SY"},
	} {
		es := k.Lookup(c.form)
		if len(es) != 1 || es[0].Name != c.name || es[0].Country != c.country || es[0].Weak {
			t.Errorf("Lookup(%s) = %+v, want the one strong city %s (%s)", c.form, es, c.name, c.country)
		}
	}
	if es := k.Lookup("الإسماعيلية"); len(es) != 1 || es[0].Name != "Ismailia" {
		t.Errorf("Lookup(الإسماعيلية) = %+v, want GeoNames' «مدينة الإسماعيلية»", es)
	}
	if es := k.Lookup("مدينة هو تشي مينه"); len(es) == 1 && len(k.Lookup("هو تشي مينه")) > 0 {
		t.Errorf("a «مدينة» name without the article gave its bare name: %v", k.Lookup("هو تشي مينه"))
	}
}

// TestNewsAgencies: the national wire agencies of the Arab states are one
// weak organisation each, by the short name a dateline gives («(بترا)»,
// «/العمانية/», "(KUNA)") and by their full names in both languages, in
// their country; weak, so that a word they share with the language
// («بنا», «وفا», «العمانية» the adjective) is found only where an
// extractor proposes it (a dateline's slot).
func TestNewsAgencies(t *testing.T) {
	k := Starter()
	for _, c := range []struct {
		forms   []string
		country string
	}{
		{[]string{"Jordan News Agency", "Petra", "بترا", "وكالة الأنباء الأردنية"}, "JO"},
		{[]string{"Oman News Agency", "ONA", "العمانية", "وكالة الأنباء العمانية"}, "OM"},
		{[]string{"Kuwait News Agency", "KUNA", "كونا", "وكالة الأنباء الكويتية"}, "KW"},
		{[]string{"Middle East News Agency", "MENA", "أ ش أ", "وكالة أنباء الشرق الأوسط"}, "EG"},
	} {
		var first *Entry
		for _, f := range c.forms {
			es := k.Lookup(f)
			if len(es) != 1 {
				t.Errorf("%q: %d entries, want one agency", f, len(es))
				continue
			}
			e := es[0]
			if e.Type != graph.Organization || !e.Weak || e.Country != c.country {
				t.Errorf("%q: %s weak %v in %q, want a weak Organization in %s", f, e.Type, e.Weak, e.Country, c.country)
			}
			if first == nil {
				first = e
			} else if e != first {
				t.Errorf("%q: %s, want the entry of %q", f, e.Name, c.forms[0])
			}
		}
	}
	// the adjective is still Oman's nationality, not the agency
	if es := k.Demonym("العمانية"); len(es) != 1 || es[0].Type != graph.Country {
		t.Errorf("«العمانية» as an adjective: %v, want Oman", es)
	}
}

// TestNoStyleBeforeAcronym checks that the official style goes before
// other names of a country, not before its letters ("Republic of KZ").
func TestNoStyleBeforeAcronym(t *testing.T) {
	k := Starter()
	for _, f := range []string{"Republic of KZ", "Socialist Republic of VN"} {
		if es := k.Lookup(f); len(es) > 0 {
			t.Errorf("Lookup(%q) = %s, want nothing", f, es[0].Name)
		}
	}
}

// TestOfficeHolders: the office-holders table loads whole, each holder
// of a country the base knows, found by the English name, its unaccented
// spelling and an Arabic name; no holder is an entry (none finds or links
// a mention).
func TestOfficeHolders(t *testing.T) {
	k := Starter()
	if len(k.held) < 400 {
		t.Fatalf("%d office-holders, want the table's 500 and more", len(k.held))
	}
	for _, c := range []struct{ form, code, office string }{
		{"Ulf Kristersson", "SE", "head-of-government"},
		{"أولف كريسترسون", "SE", "head-of-government"},
		{"Alexander Stubb", "FI", "head-of-state"},
		{"Mutale Nalumango", "ZM", "vice-president"},
		{"Alban Bagbin", "GH", "speaker"},
		{"هاكون", "NO", "crown-prince"},
	} {
		hs := k.Holders(c.form)
		if len(hs) == 0 || hs[0].Country != c.code || hs[0].Office != c.office {
			t.Errorf("Holders(%q) = %v, want %s %s", c.form, hs, c.code, c.office)
		}
		if es := k.Lookup(c.form); len(es) > 0 {
			t.Errorf("%q is an entry too: %v", c.form, es[0])
		}
	}
	// an accented name is found unaccented, as wires write it
	for _, h := range k.held {
		if u := unaccented(h.Name); u != h.Name {
			if hs := k.Holders(u); len(hs) == 0 {
				t.Errorf("%q not found as %q", h.Name, u)
			}
			break
		}
	}
	if hs := k.Holders("Jukka Virtanen"); len(hs) != 0 {
		t.Errorf("an invented name is a holder: %v", hs)
	}
}

// TestWithUserKeepsHolders: a user's base (kg build --kb) replaces the
// starter's entries it names, and keeps the office-holders.
func TestWithUserKeepsHolders(t *testing.T) {
	k, err := WithUser()
	if err != nil {
		t.Fatal(err)
	}
	if len(k.held) != len(Starter().held) || len(k.Holders("Ulf Kristersson")) == 0 {
		t.Errorf("WithUser: %d office-holders, the starter %d", len(k.held), len(Starter().held))
	}
}

// TestHoldersBySound finds an office-holder by another spelling of his
// full name, and no one by a short name or another person's.
func TestHoldersBySound(t *testing.T) {
	k := Starter()
	for _, c := range []struct {
		form, code string // code "": no holder
	}{
		{"كيه بي شارما أولى", "NP"},       // the table: «كي بي شارما أولي»
		{"غابرييلا سومرفيلدت", "EC"},      // «غابرييلا سومرفيلد»
		{"Gabriela Somerfeld", "EC"},      // "Gabriela Sommerfeld"
		{"شارما أولى", ""},                // two words, too few sounds
		{"Gabriela Sommerfeld Ortiz", ""}, // a longer name is another's
		{"أولى", ""},                      // one word
	} {
		hs := k.Holders(c.form)
		if c.code == "" {
			if len(hs) > 0 {
				t.Errorf("Holders(%q) = %s, want none", c.form, hs[0].Name)
			}
			continue
		}
		if len(hs) == 0 || hs[0].Country != c.code {
			t.Errorf("Holders(%q) = %v, want a holder of %s", c.form, hs, c.code)
		}
	}
	if got := SoundKey("كي بي شارما أولي"); got == "" || got != SoundKey("Ki Bi Sharma Oli") {
		t.Errorf("SoundKey: %q and %q, want one key of both scripts", got, SoundKey("Ki Bi Sharma Oli"))
	}
}

func TestOfficeHoldersRejectBadRows(t *testing.T) {
	for _, row := range []string{
		"FI\thead-of-state\tAlexander Stubb",    // three columns
		"FIN\thead-of-state\tAlexander Stubb\t", // a code of three letters
		"FI\tpresident\tAlexander Stubb\t",      // no such office
		"FI\thead-of-state\t \tألكسندر ستوب",    // no English name
	} {
		if _, err := parseHolders("t.tsv", "# a comment\n"+row+"\n", false); err == nil || !strings.Contains(err.Error(), "t.tsv:2") {
			t.Errorf("%q: error %v, want one naming t.tsv:2", row, err)
		}
	}
	if _, err := parseHolders("t.tsv", "# a comment\nNATO\t\tMark Rutte\t\n", true); err == nil || !strings.Contains(err.Error(), "t.tsv:2") {
		t.Errorf("an organisation's row without its office: error %v", err)
	}
	if hs, err := parseHolders("t.tsv", "NATO\tsecretary-general\tMark Rutte\t\n", true); err != nil || len(hs) != 1 || hs[0].Org != "NATO" || hs[0].Country != "" {
		t.Errorf("a good organisation's row: %v %v", hs, err)
	}
	hs, err := parseHolders("t.tsv", "FI\thead-of-state\tAlexander Stubb\tألكسندر ستوب|ألكسندر ستاب\n", false)
	if err != nil || len(hs) != 1 || len(hs[0].Aliases) != 2 {
		t.Errorf("a good row: %v %v", hs, err)
	}
}

// TestHolderForms: every name of every holder, the unaccented spelling
// of an accented one too, once per holder and name.
func TestHolderForms(t *testing.T) {
	k := New()
	k.AddHolder(&OfficeHolder{Name: "José Pérez", Country: "PE", Office: "head-of-state", Aliases: []Alias{{"خوسيه بيريز", "ar"}}})
	got := strings.Join(k.HolderForms(), "|")
	if want := "José Pérez|Jose Perez|خوسيه بيريز"; got != want {
		t.Errorf("HolderForms = %q, want %q", got, want)
	}
}

// TestOrgHolders: the heads of international organisations load, each of
// an organisation the base knows, by English and Arabic name.
func TestOrgHolders(t *testing.T) {
	k := Starter()
	for _, form := range []string{"Mark Rutte", "مارك روته"} {
		hs := k.Holders(form)
		if len(hs) != 1 || hs[0].Org == "" || hs[0].Country != "" {
			t.Fatalf("Holders(%q) = %v, want one head of an organisation", form, hs)
		}
		if e := k.Entry(hs[0].Org); e == nil || e.Name != "NATO" {
			t.Errorf("Holders(%q) heads %v, want NATO", form, e)
		}
	}
}
