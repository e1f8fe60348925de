package rules

import (
	"sort"
	"strings"
	"sync"

	"newskg/graph"
	"newskg/graph/kb"
)

// phrase is a multi-token lexicon entry.
type phrase struct {
	keys []string
	val  any
}

// trie maps the key of a phrase's first token to its phrases, longest first.
type trie map[string][]phrase

func (tr trie) add(text string, val any) {
	toks := tokenize(text, 0, len(text))
	if len(toks) == 0 {
		return
	}
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		k := t.key
		if t.punct {
			k = t.text
		}
		keys = append(keys, k)
	}
	for _, p := range tr[keys[0]] {
		if equalKeys(p.keys, keys) {
			return // the first entry wins
		}
	}
	tr[keys[0]] = append(tr[keys[0]], phrase{keys: keys, val: val})
	sort.SliceStable(tr[keys[0]], func(i, j int) bool { return len(tr[keys[0]][i].keys) > len(tr[keys[0]][j].keys) })
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func tokKey(t token) string {
	if t.punct {
		return t.text
	}
	return t.key
}

// match finds the longest phrase starting at toks[i]. It returns the
// number of tokens, the byte length of a proclitic stripped from the
// first token, and the value.
func (tr trie) match(toks []token, i int) (n, prefix int, val any) {
	return matchAny(toks, i, tr)
}

// matchAny is match over the union of tries, without building it.
func matchAny(toks []token, i int, trs ...trie) (n, prefix int, val any) {
	for _, st := range toks[i].keys() {
		for _, tr := range trs {
			for _, p := range tr[st.key] {
				if i+len(p.keys) > len(toks) {
					continue
				}
				ok := true
				for k := 1; k < len(p.keys); k++ {
					if tokKey(toks[i+k]) != p.keys[k] {
						ok = false
						break
					}
				}
				if ok && len(p.keys) > n {
					n, prefix, val = len(p.keys), st.prefix, p.val
				}
			}
		}
	}
	return n, prefix, val
}

// role is a title with its normalised English form. head marks the
// generic "head/president" title whose English form depends on what
// follows (a country: president; a body: head).
type role struct {
	en   string
	head bool
}

// englishRoles are lower-case English titles; each is also its own role.
var englishRoles = []string{
	"president", "vice president", "prime minister", "deputy prime minister", "first deputy prime minister",
	"foreign minister", "deputy foreign minister", "defense minister", "defence minister", "interior minister",
	"finance minister", "economy minister", "energy minister", "justice minister", "health minister", "minister",
	"secretary of state", "secretary of defense", "defense secretary", "treasury secretary", "secretary", "secretary general", "secretary-general",
	"national security adviser", "national security advisor", "security adviser", "adviser", "advisor", "senior adviser", "military adviser",
	"foreign policy adviser", "foreign policy aide", "aide", "chief of staff", "spokesman", "spokeswoman", "spokesperson",
	"press secretary", "special envoy", "envoy", "personal envoy", "special representative", "ambassador", "chief negotiator",
	"negotiator", "head", "director", "chairman", "chairwoman", "chair", "leader", "commander", "commander-in-chief", "chief",
	"king", "queen", "crown prince", "prince", "emir", "chancellor", "senator", "governor", "mayor", "general", "diplomat",
	"director of policy planning", "head of military intelligence", "intelligence chief", "army chief", "ceo", "founder",
	"lawmaker", "legislator", "deputy", "official", "foreign affairs adviser", "middle east envoy", "sheikh",
}

// arabicRoles maps Arabic titles to their English role.
var arabicRoles = map[string]role{
	"رئيس": {"president", true}, "رئيسة": {"president", true},
	"رئيس الوزراء": {"prime minister", false}, "رئيس الحكومة": {"prime minister", false}, "رئيسة الوزراء": {"prime minister", false},
	"نائب الرئيس": {"vice president", false}, "نائب رئيس الوزراء": {"deputy prime minister", false},
	"وزير الخارجية": {"foreign minister", false}, "وزيرة الخارجية": {"foreign minister", false},
	"نائب وزير الخارجية": {"deputy foreign minister", false},
	"وزير الدفاع":        {"defense minister", false}, "وزيرة الدفاع": {"defense minister", false},
	"وزير الداخلية": {"interior minister", false}, "وزير المالية": {"finance minister", false},
	"وزير الطاقة": {"energy minister", false}, "وزير الاقتصاد": {"economy minister", false}, "وزير العدل": {"justice minister", false},
	"وزير": {"minister", false}, "وزيرة": {"minister", false},
	"مستشار الأمن القومي": {"national security adviser", false}, "مستشارة الأمن القومي": {"national security adviser", false},
	"مستشار الشؤون الخارجية": {"foreign affairs adviser", false}, "مستشار السياسة الخارجية": {"foreign policy adviser", false},
	"مساعد السياسة الخارجية": {"foreign policy aide", false}, "مساعدي السياسة الخارجية": {"foreign policy aide", false},
	"مستشار": {"adviser", false}, "مستشارة": {"adviser", false}, "مساعد": {"aide", false}, "مساعدة": {"aide", false},
	"المبعوث الخاص": {"special envoy", false}, "مبعوث خاص": {"special envoy", false}, "مبعوث": {"envoy", false}, "مبعوثة": {"envoy", false},
	"المتحدث باسم": {"spokesman", false}, "المتحدث الرسمي باسم": {"spokesman", false}, "المتحدثة باسم": {"spokeswoman", false},
	"الناطق باسم": {"spokesman", false}, "الناطق الرسمي باسم": {"spokesman", false}, "الناطقة باسم": {"spokeswoman", false},
	"سكرتير": {"secretary", false}, "الأمين العام": {"secretary general", false}, "أمين عام": {"secretary general", false},
	"كبير المفاوضين": {"chief negotiator", false}, "كبيرة المفاوضين": {"chief negotiator", false},
	"سفير": {"ambassador", false}, "سفيرة": {"ambassador", false}, "مدير": {"director", false}, "مديرة": {"director", false},
	"قائد": {"commander", false}, "الملك": {"king", false}, "ولي العهد": {"crown prince", false}, "الأمير": {"prince", false},
	"رئيس الأركان": {"chief of staff", false}, "رئيس هيئة الأركان": {"chief of staff", false}, "رئيس ديوان": {"chief of staff", false},
	"المستشار": {"chancellor", false}, "رئيس المخابرات": {"intelligence chief", false}, "رئيس الاستخبارات": {"intelligence chief", false},
	"الشيخ": {"sheikh", false}, "المفاوض": {"negotiator", false},
}

// honorifics precede names without being roles.
var englishHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "madam": true, "mister": true}
var arabicHonorifics = map[string]bool{"السيد": true, "السيده": true, "الدكتور": true, "الدكتوره": true}

// eventKind classifies event triggers.
type eventKind int

const (
	evTalks eventKind = iota
	evMeeting
	evCall
	evSummit
	evConference
)

type eventTrigger struct {
	kind eventKind
}

var englishEvents = map[string]eventKind{
	"talks": evTalks, "negotiations": evTalks, "negotiation": evTalks, "consultations": evTalks, "discussions": evTalks,
	"peace talks": evTalks, "round of talks": evTalks, "round of negotiations": evTalks, "meeting": evMeeting, "meetings": evMeeting,
	"summit": evSummit, "conference": evConference, "phone call": evCall, "phone conversation": evCall, "call": evCall,
	"telephone call": evCall, "telephone conversation": evCall, "video call": evCall, "round": evTalks,
}

var arabicEvents = map[string]eventKind{
	"محادثات": evTalks, "المحادثات": evTalks, "مفاوضات": evTalks, "المفاوضات": evTalks, "مشاورات": evTalks, "المشاورات": evTalks,
	"جولة": evTalks, "الجولة": evTalks, "اجتماع": evMeeting, "الاجتماع": evMeeting, "اجتماعات": evMeeting, "الاجتماعات": evMeeting,
	"اجتماعا": evMeeting, "لقاء": evMeeting, "اللقاء": evMeeting, "قمة": evSummit, "القمة": evSummit, "مؤتمر": evConference,
	"المؤتمر": evConference, "مكالمة": evCall, "مكالمة هاتفية": evCall, "المكالمة": evCall, "اتصال هاتفي": evCall, "اتصالا هاتفيا": evCall,
}

// delegationNouns name a group sent to talks.
var englishDelegation = []string{"delegation", "delegations", "negotiating team", "team", "negotiators", "delegates"}
var arabicDelegation = []string{"وفد", "الوفد", "الوفود", "الفريق التفاوضي", "فريق", "الفريق", "مفاوضون", "المفاوضون", "مفاوضين", "المفاوضين", "وفدا"}

// lexicon holds the tries the extractors match against.
type lexicon struct {
	kb         *kb.KB
	entities   trie // KB forms -> *kb.Entry
	demonyms   trie // adjectives -> *kb.Entry (a country)
	roles      trie // titles -> role
	honorifics trie
	events     trie // -> eventKind
	delegation trie // -> true
}

var typeRank = map[graph.EntityType]int{graph.Country: 0, graph.City: 1, graph.Organization: 2, graph.Place: 3, graph.Person: 4}

var lexicons sync.Map // *kb.KB -> *lexicon

// newLexicon returns the lexicon of a knowledge base, built once per base.
func newLexicon(k *kb.KB) *lexicon {
	if v, ok := lexicons.Load(k); ok {
		return v.(*lexicon)
	}
	lx := buildLexicon(k)
	v, _ := lexicons.LoadOrStore(k, lx)
	return v.(*lexicon)
}

func buildLexicon(k *kb.KB) *lexicon {
	lx := &lexicon{kb: k, entities: trie{}, demonyms: trie{}, roles: trie{}, honorifics: trie{}, events: trie{}, delegation: trie{}}
	// entries in type order so that a form shared by a country and a city
	// resolves to the country
	entries := append([]*kb.Entry(nil), k.Entries()...)
	sort.SliceStable(entries, func(i, j int) bool { return typeRank[entries[i].Type] < typeRank[entries[j].Type] })
	type dem struct {
		text string
		e    *kb.Entry
	}
	var dems []dem
	for _, e := range entries {
		for _, a := range e.Forms() {
			lx.entities.add(a.Text, e)
		}
		for _, d := range e.Demonyms {
			dems = append(dems, dem{d.Text, e})
		}
	}
	// an adjective shared by several countries ("French": France and the
	// French Southern Lands) goes to the country whose name it resembles,
	// then to the one with the shortest name
	score := func(d dem) (int, int) {
		a, b := []rune(strings.ToLower(d.text)), []rune(strings.ToLower(d.e.Name))
		same := 0
		for same < len(a) && same < len(b) && same < 2 && a[same] == b[same] {
			same++
		}
		return -same, len(b)
	}
	sort.SliceStable(dems, func(i, j int) bool {
		si, li := score(dems[i])
		sj, lj := score(dems[j])
		if si != sj {
			return si < sj
		}
		return li < lj
	})
	for _, d := range dems {
		lx.demonyms.add(d.text, d.e)
	}
	for _, r := range englishRoles {
		lx.roles.add(r, role{en: r, head: r == "head"})
	}
	// explicit Arabic titles first, then their forms with or without the
	// article, so that an explicit entry always wins a clash
	ars := sortedKeys(arabicRoles)
	for _, ar := range ars {
		lx.roles.add(ar, arabicRoles[ar])
	}
	for _, ar := range ars {
		if strings.HasPrefix(ar, "ال") {
			lx.roles.add(strings.TrimPrefix(ar, "ال"), arabicRoles[ar])
		} else {
			lx.roles.add("ال"+ar, arabicRoles[ar])
		}
	}
	for _, h := range sortedKeys(englishHonorifics) {
		lx.honorifics.add(h, true)
	}
	for _, h := range sortedKeys(arabicHonorifics) {
		lx.honorifics.add(h, true)
	}
	for _, w := range sortedKeys(englishEvents) {
		lx.events.add(w, englishEvents[w])
	}
	for _, w := range sortedKeys(arabicEvents) {
		lx.events.add(w, arabicEvents[w])
	}
	for _, w := range englishDelegation {
		lx.delegation.add(w, true)
	}
	for _, w := range arabicDelegation {
		lx.delegation.add(w, true)
	}
	return lx
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
