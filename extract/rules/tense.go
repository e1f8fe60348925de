package rules

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"newskg/graph/textnorm"
)

// What is yet to come, or already past, is read in several places, each
// at its own scope; they read the same words.tsv classes (future-aux,
// future-word, may-modal, schedule-word, next-word, date-unit):
//
//   - futureSentence: a whole sentence, English or Arabic: a word of
//     future-aux or future-word ("will", "planned", «المقرر», «المقبل»)
//     or a verb of meeting that «س» makes future (futureVerb). The report's
//     main event told in it is not where the reporter files from.
//   - mayHappen: a whole English sentence, a modal of may-modal
//     ("could", "might"; the month "May" is none): a later round in prospect.
//   - travelPlanned: the items of one travel match: a future-aux word or
//     a verb of travel that «س» makes future (futureVerb, shared with
//     futureSentence): a trip planned, not made.
//   - scheduledVerb: one Arabic verb item: its own future prefix, or a
//     schedule-word in the four items before it within its clause.
//   - nextBefore: the four English words before an event word: a
//     next-word governs it ("the upcoming summit"), unless a date unit
//     comes first ("next month's summit").
//   - preparedBefore: the six words before an event word, English or
//     Arabic: a preparation word governs it ("preparations for the
//     meeting", «التحضيرات للاجتماع»): the event prepared is to come.
//   - pastAfter: the ten English words after an event word, in its
//     clause: "ago", or "last" before a date unit (lastUnit); after an
//     Arabic one, a past-date in its relative clause (pastAfterAr).
//   - pastWhere: a "where" clause in the four words before an event
//     word, whose antecedent ends on "ago" or "last" and a date unit
//     (lastUnit, shared with pastAfter).

// dateUnitTok reports a word whose key opens with a date unit of
// words.tsv's date-unit ("week", "months").
func dateUnitTok(t token) bool {
	return !t.punct && t.key != "" && dateUnitWords[strings.Fields(t.key)[0]]
}

// lastUnit reports "last" before a date unit ("last week"): a past date.
func lastUnit(last, unit token) bool {
	return last.key == "last" && dateUnitTok(unit)
}

// futureWords are the words of a sentence that speaks of what is to
// come (words.tsv, future-aux and future-word).
var futureWords = union(futureAux, wordSet("words.tsv", "future-word"))

// futureSentence reports a sentence that speaks of what is to come
// ("Russia and Ukraine will hold talks next week", «ستعقد المحادثات»,
// «من المقرر أن ...»): its event is not where the reporter files from.
func (st *docState) futureSentence(si int) bool {
	sent := st.d.Sentences[si]
	for _, t := range tokenize(st.d.Text, sent.Start, sent.End) {
		if futureWords[t.key] {
			return true
		}
		if futureVerb(t.key) {
			return true
		}
	}
	return false
}

// futureVerb reports a key of a verb of meeting that «س» makes future
// («ستعقد», «سيلتقي»), «و» before it or not («وسيلتقي»).
func futureVerb(key string) bool {
	key = strings.TrimPrefix(key, "و")
	return strings.HasPrefix(key, "س") && futureVerbs[strings.TrimPrefix(key, "س")]
}

// futureVerbs: verbs of meeting that «س» makes future («ستعقد», «سيلتقي»).
var futureVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range []string{"meet", "conduct", "welcome", "visit", "call", "event-verb"} {
		for k := range wordSet("words.tsv", c, "ar") {
			m[k] = true
		}
	}
	return m
}()

// mayModals are the modals of what may come (words.tsv, may-modal).
var mayModals = wordSet("words.tsv", "may-modal", "en")

// mayHappen reports an English sentence that speaks of what may come
// ("could", "might", "may", "would"); the month "May" is no modal, and
// one before the modal does not hide it ("On May 12, officials said a
// second round could take place").
func (st *docState) mayHappen(si int) bool {
	sent := st.d.Sentences[si]
	for _, t := range tokenize(st.d.Text, sent.Start, sent.End) {
		if mayModals[t.key] && !(t.text == "May" && t.upper) {
			return true
		}
	}
	return false
}

// futureAux are the auxiliaries that put a trip ahead (words.tsv,
// future-aux: "will", "expected", "scheduled").
var futureAux = wordSet("words.tsv", "future-aux")

// travelPlanned reports a future auxiliary in a travel match ("will",
// "expected to", "scheduled to") or a verb of travel with the Arabic
// future prefix («سيتوجه», «وسيزور»).
func travelPlanned(its []item) bool {
	for _, it := range its {
		if it.wordIn(futureAux) {
			return true
		}
		if it.k == kTok && hasTag(it.tags, "@visit") {
			if futureVerb(textnorm.Key(it.text)) {
				return true
			}
		}
	}
	return false
}

// scheduleWords govern a verb of meeting or travel (words.tsv,
// schedule-word: «المقرر», «المنتظر», «المتوقع»).
var scheduleWords = wordSet("words.tsv", "schedule-word", "ar")

// scheduledVerb reports an Arabic verb of meeting or travel that a
// schedule governs: «ومن المقرر أن يتوجه X إلى P للقاء Y», «ومن
// المنتظر أن يلتقي الوفد غدا Z», or its future prefix «سيتوجه X»: a
// meeting yet to come, another one than the one the report has told.
func scheduledVerb(its []item, verb int) bool {
	if verb >= len(its) || its[verb].k != kTok {
		return false
	}
	t := strings.TrimPrefix(strings.TrimPrefix(its[verb].text, "و"), "ف")
	if strings.HasPrefix(t, "سي") || strings.HasPrefix(t, "ست") || strings.HasPrefix(t, "سن") {
		return len(its[verb].forms) > 1
	}
	for i, n := verb-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
		if its[i].punct() {
			return false
		}
		if its[i].wordIn(scheduleWords) {
			return true
		}
	}
	return false
}

// nextBefore reports an English event word that a next-word governs
// across the words that qualify it ("the upcoming reconstruction
// conference in Aswan", "a follow-up round in Lima", "the next Arctic
// summit"): an event announced, another one than the report's. A date
// unit between them makes it a date ("next month's summit"): the
// report's own event may be a future one.
func (st *docState) nextBefore(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	for i, n := len(toks)-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
		t := toks[i]
		switch {
		case t.punct || t.arabic || t.key == "":
			return false
		case nextWords[t.key]:
			return true
		case dateUnitTok(t) || stopWordsEN[t.key]:
			return false
		}
	}
	return false
}

// preparationWords name the getting ready for an event: "preparations".
var preparationWords = wordSet("words.tsv", "preparation")

// preparedBefore reports an event word that preparations govern
// ("preparations for the meeting in Istanbul", "the preparation to the
// summit", «التحضيرات للاجتماع»): the event prepared is still to come.
func (st *docState) preparedBefore(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	for i, n := len(toks)-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		t := toks[i]
		switch {
		case t.punct || t.key == "":
			return false
		case preparationTok(t):
			return true
		case t.key == "the" || t.key == "for" || t.key == "to" || t.key == "of" || t.key == "a" || !t.arabic && !t.upper && n < 4:
			continue
		case t.arabic && len([]rune(t.key)) <= 2:
			continue // the proclitic «لل» of «للاجتماع»
		default:
			return false
		}
	}
	return false
}

// preparationTok reports a word of preparation, an Arabic one with or
// without the article and behind a proclitic too («بالتحضيرات»,
// «والتحضيرات»).
func preparationTok(t token) bool {
	if !t.arabic {
		return preparationWords[t.key]
	}
	for _, s := range t.keys() {
		if preparationWords[s.key] || preparationWords[strings.TrimPrefix(s.key, "ال")] {
			return true
		}
	}
	return false
}

// pastAfter reports an English event word its own clause dates in the
// past ("the meetings held in Baghdad last month", "his visit to Tehran
// last week", "talks in Oslo two years ago"), or an Arabic one whose
// relative clause does (pastAfterAr): an earlier event.
func (st *docState) pastAfter(si, end int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, end, sent.End)
	if st.otherMonthAfter(toks) {
		return true
	}
	// (the language of the first word, past a comma that may open an
	// Arabic relative clause: «القمة، التي …»)
	for _, t := range toks {
		if !t.punct {
			if t.arabic {
				return pastAfterAr(toks)
			}
			break
		}
	}
	for i, n := 0, 0; i < len(toks) && n < 10; i++ {
		t := toks[i]
		if !t.punct && (!t.upper || t.arabic) {
			n++ // (the words of a capitalised name and the marks count as none: "the Southern African Development Community (SADC)")
		}
		if j := relativeAfterComma(toks, i); j > i {
			// "the summit held in Lima, Peru, which Peru hosted last
			// month": the relative clause on the event dates it too
			i, n = j, 0
			continue
		}
		// "a joint summit of the East African Community (EAC) ... held in
		// Dar es Salaam, Tanzania, last week": a body's abbreviation in
		// parentheses, and the commas of a place's country, go on to
		// the date
		if t.text == "(" && i+2 < len(toks) && toks[i+2].text == ")" {
			i += 2
			continue
		}
		if t.text == "," && i+1 < len(toks) && (toks[i+1].upper && !toks[i+1].arabic || i+2 < len(toks) && lastUnit(toks[i+1], toks[i+2])) {
			continue
		}
		if t.punct || t.arabic {
			return false
		}
		if t.key == "ago" {
			return true
		}
		if i+1 < len(toks) && lastUnit(t, toks[i+1]) {
			return true
		}
		if i+2 < len(toks) && earlierThis(t, toks[i+1], toks[i+2]) {
			return true
		}
	}
	return false
}

// relativeAfterComma returns the index of "which" when toks[i] is a
// comma that opens a relative clause, past at most one capitalised word
// between commas (", Peru, which"); else i.
func relativeAfterComma(toks []token, i int) int {
	if toks[i].text != "," {
		return i
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].upper && toks[j+1].text == "," {
		j += 2
	}
	if j < len(toks) && toks[j].key == "which" {
		return j
	}
	return i
}

// earlierThis reports "earlier this month" (week, year): a past date, as
// "last month" is. ("Earlier in the day" opening a sentence is another
// occasion of the report's day: occasionOpeners.)
func earlierThis(earlier, this, unit token) bool {
	return earlier.key == "earlier" && this.key == "this" && dateUnitTok(unit)
}

// pastDatesAr date a clause in the past: «العام الماضي», «الشهر المنصرم».
var pastDatesAr = wordSet("words.tsv", "past-date", "ar")

// pastAfterAr reports an Arabic event word the relative clause that
// follows it dates in the past («القمة التي استضافتها الرباط العام
// الماضي»): an earlier event. (A verb's own date is the report's: «زار X
// المدينة الأسبوع الماضي والتقى Y» tells one trip.)
func pastAfterAr(toks []token) bool {
	rel := false
	for i := 0; i+1 < len(toks) && i < 10; i++ {
		t := toks[i]
		if t.punct && !rel && (t.text == "،" || t.text == ",") && relPronounAr(toks[i+1]) {
			continue // «القمة، التي استضافتها …»: a comma may open the clause
		}
		if t.punct {
			return false
		}
		if relPronounAr(t) {
			rel = true
		}
		if pastDatesAr[t.key+" "+toks[i+1].key] && rel {
			return true
		}
	}
	return false
}

// relPronounAr reports the Arabic relative pronoun that opens a clause
// on an event word («التي», «الذي»).
func relPronounAr(t token) bool {
	return t.key == "التي" || t.key == "الذي"
}

// lastUnitBefore reports an English event word right after "last year's",
// "last month's", "last week's" (an adjective between: "last year's
// informal meeting"): an event as old as that, not the report's.
func (st *docState) lastUnitBefore(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	for i, n := len(toks)-1, 0; i >= 1 && n < 3; i, n = i-1, n+1 {
		if toks[i].punct || toks[i].arabic {
			return false
		}
		if lastUnit(toks[i-1], toks[i]) && strings.HasSuffix(strings.ToLower(toks[i].text), "'s") {
			return true
		}
	}
	return false
}

// pastWhere reports an English event word in a "where" clause whose
// antecedent is dated in the past ("his visit to Tehran last week, where
// he met Y"): the clause's event is as old as its antecedent.
func (st *docState) pastWhere(si, start int) bool {
	sent := st.d.Sentences[si]
	toks := tokenize(st.d.Text, sent.Start, start)
	for i, n := len(toks)-1, 0; i >= 3 && n < 4; i, n = i-1, n+1 {
		if toks[i].punct {
			return false
		}
		if toks[i].key != "where" {
			continue
		}
		if toks[i-1].text != "," {
			return false
		}
		unit, last := toks[i-2], toks[i-3]
		return unit.key == "ago" || lastUnit(last, unit)
	}
	return false
}

// otherMonthAfter reports an event word its own clause dates in another
// month than the report's ("a meeting in Cairo in September" in a
// report of December 9; «لقاء في القاهرة في سبتمبر»): an earlier event,
// or a later one, not the report's. The month follows "in" («في») among
// the ten words after the event word, before any other clause.
func (st *docState) otherMonthAfter(toks []token) bool {
	rm := st.reportMonth()
	if rm == 0 {
		return false
	}
	for i := 1; i < len(toks) && i < 10; i++ {
		t := toks[i]
		if t.punct {
			return false
		}
		if m, ok := months[t.key]; ok && (toks[i-1].key == "in" || toks[i-1].key == "في") {
			return m != rm
		}
	}
	return false
}

// reportMonth returns the month of the report: its publication's, else
// the month its dateline names (a month among the first twelve words of
// its first two sentences: "MOSCOW, December 9."), else 0.
func (st *docState) reportMonth() time.Month {
	if st.monthKnown {
		return st.month
	}
	st.monthKnown = true
	if t, ok := parsePublished(st.d.Published); ok {
		st.month = t.Month()
		return st.month
	}
	for si := 0; si < len(st.d.Sentences) && si < 2; si++ {
		sent := st.d.Sentences[si]
		toks := tokenize(st.d.Text, sent.Start, sent.End)
		for i := 0; i < len(toks) && i < 12; i++ {
			if m, ok := months[toks[i].key]; ok {
				st.month = m
				return m
			}
		}
	}
	// a date in figures in a header line: "|14.10.2025 - Update",
	// «نواكشوط، 24/11/2025», "2025-10-14" (day before month, as agencies
	// outside the United States write it, unless the first is no month)
	for si := 0; si < len(st.d.Sentences) && si < 4; si++ {
		sent := st.d.Sentences[si]
		if m := numericMonth(st.d.Text[sent.Start:sent.End]); m != 0 {
			st.month = m
			return m
		}
	}
	return 0
}

// numericDateRe matches a date in figures: day, month and year with dots
// or slashes, or a year, month and day with dashes.
var numericDateRe = regexp.MustCompile(`(?:^|[^0-9])(?:([0-9]{1,2})[./]([0-9]{1,2})[./](20[0-9]{2})|(20[0-9]{2})-([0-9]{2})-([0-9]{2}))(?:$|[^0-9])`)

// numericMonth returns the month of the first date in figures in text,
// or 0.
func numericMonth(text string) time.Month {
	sm := numericDateRe.FindStringSubmatch(text)
	if sm == nil {
		return 0
	}
	if sm[5] != "" {
		m, _ := strconv.Atoi(sm[5])
		if m >= 1 && m <= 12 {
			return time.Month(m)
		}
		return 0
	}
	d, _ := strconv.Atoi(sm[1])
	m, _ := strconv.Atoi(sm[2])
	if m > 12 && d <= 12 {
		d, m = m, d // "10/14/2025": the month first
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return time.Month(m)
}
