package rules

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"newskg/extract"
	"newskg/extract/rules/pattern"
	"newskg/graph"
	"newskg/graph/kb"
)

// Metamorphic tests: a case of testdata whose wanted facts all come out
// is rewritten by meaning-preserving transformations of ordinary news
// wording (a time phrase, an attribution, a fronted place, a synonym of
// the verb of meeting, an honorific, a title in apposition ...), and the
// wanted facts must still come out of each rewriting. Events are compared
// without their number (a rewriting may add or move an event's mention).
//
// Every transformation is conservative: it applies only where the result
// is grammatical news wording, and gives nothing elsewhere.
//
// testdata/meta/LANG.hold lists the (transformation, case file, text)
// triples that hold; TestMetamorphic fails when one of them breaks. After a
// deliberate change, rerun with -update-meta to rewrite the lists;
// -v prints every break by transformation and by the rule that gives the
// fact on the original text.
var updateMeta = flag.Bool("update-meta", false, "rewrite testdata/meta/*.hold from the current breaks")

// A metaTransform rewrites one text; it gives no text where it does not
// apply. persons are the full names (two words or more) of the persons
// the case's wanted facts name.
type metaTransform struct {
	name  string
	apply func(text string, persons []string, want []string) []string
}

var (
	enWeekday  = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	enMonth    = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	enTimeRe   = regexp.MustCompile(`\b(?:` + enWeekday + `|` + enMonth + `|today|yesterday|tonight|tomorrow|morning|afternoon|evening|earlier|later|last|next|week|weeks|month|year|years|days|hours|ago|[0-9]{4})\b`)
	enSaidRe   = regexp.MustCompile(`\b(?:said|says|say|told|according|announced|reported|stated|added)\b|["“”]`)
	enAbbrev   = map[string]bool{"Jr": true, "Sr": true, "Mr": true, "Ms": true, "Mrs": true, "Dr": true, "St": true, "Gen": true, "Col": true, "Lt": true, "Maj": true, "Capt": true, "Sgt": true, "Prof": true, "Rev": true, "No": true, "Co": true, "Inc": true, "Ltd": true, "U.S": true, "U.N": true, "U.K": true, "Hon": true}
	enVerbRe   = regexp.MustCompile(`\b(?:met|held|conferred|received|hosted|welcomed|spoke|phoned|visited|attended|discussed|signed|chaired|led|headed|talked|joined|accompanied|mediated|brokered|meets|will meet|hold|holds)\b`)
	enAuxRe    = regexp.MustCompile(`\b(?:was|were|is|are|be|been|being|will|would|has|have|had|to|also|then|later|reportedly|did)\s*$`)
	enDetWords = map[string]bool{"The": true, "He": true, "She": true, "They": true, "It": true, "Its": true, "His": true, "Her": true, "Their": true, "Two": true, "Both": true, "Officials": true, "Senior": true, "A": true, "An": true, "Delegations": true, "Representatives": true, "Ministers": true, "Leaders": true, "Negotiators": true, "Talks": true}
	enNoFront  = map[string]bool{"arrived": true, "landed": true, "based": true, "born": true, "stationed": true, "located": true, "lives": true, "lived": true, "resident": true, "ambassador": true, "embassy": true, "held": true, "hosted": true, "organized": true, "organised": true, "convened": true, "staged": true, "opened": true, "signed": true}
	enMeetRe   = regexp.MustCompile(`\b(met with|met|held talks with|conferred with)( )`)
	enTimeVerb = regexp.MustCompile(`\b(met|spoke|conferred|talked|held talks|held a meeting|held a phone call|held phone talks) (with|in|at)\b`)
)

// sentenceBounds gives the start and end (the byte of its closing full
// stop, or len(text)) of the sentence around pos.
func sentenceBounds(text string, pos int) (int, int) {
	start := 0
	end := len(text)
	isEnd := func(i int) bool {
		if text[i] != '.' && text[i] != '!' && text[i] != '?' {
			return false
		}
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
			return false
		}
		// the word before the stop: an abbreviation does not end a sentence
		j := i
		for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' && text[j-1] != '(' {
			j--
		}
		w := text[j:i]
		if enAbbrev[w] || (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') || strings.Contains(w, ".") {
			return false
		}
		return true
	}
	for i := 0; i < len(text); i++ {
		if isEnd(i) || text[i] == '\n' {
			if i < pos {
				start = i + 1
				for start < len(text) && (text[start] == ' ' || text[start] == '\n') {
					start++
				}
			} else {
				end = i
				break
			}
		}
	}
	return start, end
}

// enMainVerb finds the first finite verb of meeting, visiting, leading
// ... (not a participle with "by", not after a hyphen).
func enMainVerb(text string) (int, int, bool) {
	for _, m := range enVerbRe.FindAllStringIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] == '-' {
			continue
		}
		if strings.HasPrefix(text[m[1]:], " by ") {
			continue
		}
		return m[0], m[1], true
	}
	return 0, 0, false
}

// enEndSentence: the sentence of the main verb, if it ends with a plain
// word and a full stop.
func enEndSentence(text string) (int, int, bool) {
	v, _, ok := enMainVerb(text)
	if !ok {
		return 0, 0, false
	}
	s, e := sentenceBounds(text, v)
	if e >= len(text) || text[e] != '.' || e == 0 {
		return 0, 0, false
	}
	c := text[e-1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0, 0, false
	}
	return s, e, true
}

func enTimeEnd(phrase string) func(string, []string, []string) []string {
	return func(text string, _, _ []string) []string {
		s, e, ok := enEndSentence(text)
		if !ok || enTimeRe.MatchString(text[s:e]) || enSaidRe.MatchString(text[s:e]) {
			return nil
		}
		return []string{text[:e] + " " + phrase + text[e:]}
	}
}

func enTimeAfterVerb(phrase string) func(string, []string, []string) []string {
	return func(text string, _, _ []string) []string {
		m := enTimeVerb.FindStringSubmatchIndex(text)
		if m == nil || regexp.MustCompile(`\b(?:was|were|is|are|be|been|being)\s*$`).MatchString(text[:m[0]]) {
			return nil
		}
		s, e := sentenceBounds(text, m[0])
		if enTimeRe.MatchString(text[s:e]) {
			return nil
		}
		return []string{text[:m[3]] + " " + phrase + text[m[3]:]}
	}
}

// enAttribSubject: "X, according to a statement, met Y": the subject is
// all that comes before the verb in its sentence, with no comma, and it
// ends with a noun.
func enAttribSubject(text string, _, _ []string) []string {
	v, _, ok := enMainVerb(text)
	if !ok {
		return nil
	}
	s, _ := sentenceBounds(text, v)
	subj := text[s:v]
	if strings.ContainsAny(subj, ",()\"“”:;") || strings.TrimSpace(subj) == "" || enAuxRe.MatchString(subj) {
		return nil
	}
	w := strings.Fields(subj)
	last := w[len(w)-1]
	if strings.HasSuffix(last, "'s") || strings.ToLower(last) == "and" {
		return nil
	}
	return []string{strings.TrimRight(text[:v], " ") + ", according to a statement, " + text[v:]}
}

func enAttribEnd(text string, _, _ []string) []string {
	s, e, ok := enEndSentence(text)
	if !ok || enSaidRe.MatchString(text[s:e]) {
		return nil
	}
	return []string{text[:e] + ", the ministry said" + text[e:]}
}

var enFrontRe = regexp.MustCompile(`^([A-Z].*?[a-z]) ((?:in [A-Z][\w-]+(?: [A-Z][\w-]+)?(?:, [A-Z][\w-]+)?)(?: on ` + enWeekday + `)?|on ` + enWeekday + `)$`)

// enFront: "X met Y in Geneva on Monday." -> "In Geneva on Monday, X met Y."
func enFront(text string, _, _ []string) []string {
	s, e, ok := enEndSentence(text)
	if !ok {
		return nil
	}
	sent := text[s:e]
	m := enFrontRe.FindStringSubmatch(sent)
	if m == nil {
		return nil
	}
	body, adv := m[1], m[2]
	if strings.ContainsAny(body, ",;:()\"“”") || regexp.MustCompile(`^in `+enMonth+`\b`).MatchString(adv) {
		return nil
	}
	if !enMeetRe.MatchString(body+" ") && !regexp.MustCompile(`\b(?:talks|meeting|met|meet|hold|held|received|hosted|welcomed|signed)\b`).MatchString(body) {
		return nil
	}
	bw := strings.Fields(body)
	if enNoFront[bw[len(bw)-1]] || strings.Contains(body, " in ") && strings.HasPrefix(adv, "on ") {
		return nil
	}
	// a place alone before a name reads as "City, Country": the body
	// begins with a determiner or a name of two words
	if !strings.Contains(adv, " on ") && strings.HasPrefix(adv, "in ") && !enDetWords[bw[0]] &&
		!(len(bw) > 1 && bw[1][0] >= 'A' && bw[1][0] <= 'Z') {
		return nil
	}
	if enDetWords[bw[0]] {
		body = strings.ToLower(bw[0][:1]) + body[1:]
	}
	adv = strings.ToUpper(adv[:1]) + adv[1:]
	return []string{text[:s] + adv + ", " + body + text[e:]}
}

// enVerbSwap: "met", "met with", "held talks with", "conferred with"
// for one another, where the verb takes its object (a name, a title or a
// determiner next).
func enVerbSwap(to string) func(string, []string, []string) []string {
	return func(text string, _, _ []string) []string {
		for _, m := range enMeetRe.FindAllStringSubmatchIndex(text, -1) {
			from := text[m[2]:m[3]]
			rest := text[m[5]:]
			if from == to {
				return nil
			}
			if from == "met" && regexp.MustCompile(`^(?:with|in|at|on|for|to|by|today|yesterday|here|again|separately|jointly|earlier|later|privately|briefly|virtually|him|her|them|and)\b`).MatchString(rest) {
				continue
			}
			if !regexp.MustCompile(`^(?:[A-Z]|the |his |her |their |its |a |an |senior |top )`).MatchString(rest) {
				continue
			}
			if enAuxRe.MatchString(text[:m[2]]) && regexp.MustCompile(`\b(?:was|were|is|are|be|been|being)\s*$`).MatchString(text[:m[2]]) {
				continue
			}
			return []string{text[:m[2]] + to + text[m[3]:]}
		}
		return nil
	}
}

// enHonorific: "Dr." before a person's full name where no title runs
// into it (at the head of a sentence, after a lower-case word or a
// comma).
func enHonorific(hon string) func(string, []string, []string) []string {
	return func(text string, persons []string, _ []string) []string {
		for _, p := range persons {
			i := strings.Index(text, p)
			if i < 0 || strings.Contains(text[i+len(p):], " "+p) {
				continue
			}
			before := text[:i]
			ok := before == "" || strings.HasSuffix(before, ", ") || strings.HasSuffix(before, ". ") ||
				regexp.MustCompile(`(?:^|\s)(?:met|with|and|by|from|to|received|welcomed|hosted|phoned|of|as|envoy|minister|president)\s$`).MatchString(before)
			if !ok || regexp.MustCompile(`(?:Mr|Ms|Mrs|Dr|Sir|Hon)\.? $`).MatchString(before) || strings.HasSuffix(p, "'s") {
				continue
			}
			return []string{before + hon + " " + text[i:]}
		}
		return nil
	}
}

// enRoles: the English titles of roles.tsv, lower-case.
var enRoles = func() map[string]bool {
	out := map[string]bool{}
	f, err := os.Open("data/en/roles.tsv")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, rest, _ := strings.Cut(l, "\t")
		if strings.Contains(rest, "honorific") {
			continue
		}
		out[strings.ToLower(k)] = true
	}
	return out
}()

var enDemonymRe = regexp.MustCompile(`^[A-Z][a-z]+(?:ian|ish|ese|ch|an|i|ic)$`)

// enApposPost: "Danish Foreign Minister Lars Holm" -> "Lars Holm, the
// Danish foreign minister,".
func enApposPost(text string, persons []string, _ []string) []string {
	for _, p := range persons {
		i := strings.Index(text, p)
		if i < 0 {
			continue
		}
		after := text[i+len(p):]
		if !(strings.HasPrefix(after, " ") || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")) || strings.HasPrefix(after, " and ") ||
			strings.HasSuffix(p, "'s") || regexp.MustCompile(`^(?:'s|’s| of | Jr| Sr| II|, Jr|, Sr| \()`).MatchString(after) {
			continue
		}
		words := strings.Fields(text[:i])
		j := len(words)
		for j > 0 {
			w := words[j-1]
			if w == "of" || (w[0] >= 'A' && w[0] <= 'Z' && strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") == "") {
				j--
				continue
			}
			break
		}
		run := words[j:]
		if len(run) == 0 || run[0] == "of" {
			continue
		}
		var title []string
		dem := ""
		if enRoles[strings.ToLower(strings.Join(run, " "))] {
			title = run
		} else if len(run) > 1 && enDemonymRe.MatchString(run[0]) && enRoles[strings.ToLower(strings.Join(run[1:], " "))] {
			dem, title = run[0], run[1:]
		} else {
			continue
		}
		// the title begins the sentence or follows a verb or a preposition
		if j > 0 {
			prev := words[j-1]
			if strings.HasSuffix(prev, ",") {
				continue
			} else if !regexp.MustCompile(`^(?:met|with|by|to|from|received|welcomed|hosted|visited|told|phoned|called|thanked|briefed|between|including|after|before|for|as)$`).MatchString(prev) {
				continue
			}
		}
		if strings.HasPrefix(after, ",") && !regexp.MustCompile(`^, (?:who|which|and|in|on|at) `).MatchString(after) {
			continue
		}
		runText := strings.Join(run, " ") + " "
		k := strings.LastIndex(text[:i], runText)
		if k < 0 || k+len(runText) != i {
			continue
		}
		app := "the "
		if dem != "" {
			app += dem + " "
		}
		app += strings.ToLower(strings.Join(title, " "))
		tail := after
		var out string
		switch {
		case strings.HasPrefix(after, "."):
			out = text[:k] + p + ", " + app + tail
		case strings.HasPrefix(after, ","):
			out = text[:k] + p + ", " + app + tail
		default:
			out = text[:k] + p + ", " + app + "," + tail
		}
		return []string{out}
	}
	return nil
}

// enApposPre: "Lars Holm, the Danish foreign minister," -> "Danish
// Foreign Minister Lars Holm".
func enApposPre(text string, persons []string, _ []string) []string {
	for _, p := range persons {
		i := strings.Index(text, p)
		if i < 0 {
			continue
		}
		m := regexp.MustCompile(`^, the (?:([A-Z][a-z]+) )?([a-z][a-z -]*?)([,.])`).FindStringSubmatch(text[i+len(p):])
		if m == nil || !enRoles[m[2]] || (m[1] != "" && !enDemonymRe.MatchString(m[1])) {
			continue
		}
		var tw []string
		for _, w := range strings.Fields(m[2]) {
			if w == "of" || w == "for" || w == "and" {
				tw = append(tw, w)
			} else {
				tw = append(tw, strings.ToUpper(w[:1])+w[1:])
			}
		}
		pre := strings.Join(tw, " ") + " "
		if m[1] != "" {
			pre = m[1] + " " + pre
		}
		// the name must not follow a determiner
		if regexp.MustCompile(`\b(?:the|a|an|his|her|their)\s$`).MatchString(text[:i]) {
			continue
		}
		rest := text[i+len(p)+len(m[0])-1:]
		if m[3] == "," {
			rest = rest[1:]
			if !strings.HasPrefix(rest, " ") {
				continue
			}
		}
		return []string{text[:i] + pre + p + rest}
	}
	return nil
}

// Arabic

var (
	arTimeRe  = regexp.MustCompile(`(?:^|[\s،])(?:و|ب|ل|ف)?(?:اليوم|أمس|امس|غدا|يوم|صباح|مساء|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الماضي|المقبل|عام|العام|الأسبوع|الشهر|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|[0-9]{4})(?:[\s.،]|$)`)
	arSaidRe  = regexp.MustCompile(`(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|بيان|وفق|حسبما|وكالة|أكد|أكدت|أضاف|أوضح|«|»|")`)
	arVerbs   = `(?:التقى|اجتمع|استقبل|بحث|أجرى|عقد|تلقى|زار|ترأس|حضر|شارك|وقع|رافق|استضاف|تباحث|ناقش|هاتف|تحدث)`
	arVerbRe  = regexp.MustCompile(`(?:^|[\s.،])(و?ف?)(` + arVerbs + `)(\s)`)
	arMeetRe  = regexp.MustCompile(`(?:^|[\s.،])(و?)(التقى مع|التقى|اجتمع مع|اجتمع ب|اجتمع|عقد لقاء مع|أجرى محادثات مع)(\s)`)
	arEndWord = regexp.MustCompile(`[\p{Arabic}]$`)
)

// arSentence: the sentence of pos, ended by a full stop.
func arSentence(text string, pos int) (int, int, bool) {
	s := strings.LastIndexAny(text[:pos], ".\n")
	if s < 0 {
		s = 0
	} else {
		s++
		for s < len(text) && text[s] == ' ' {
			s++
		}
	}
	e := strings.IndexAny(text[pos:], ".\n")
	if e < 0 {
		return s, len(text), false
	}
	e += pos
	return s, e, text[e] == '.'
}

func arTimeAfterVerb(phrase string) func(string, []string, []string) []string {
	return func(text string, _, _ []string) []string {
		m := arVerbRe.FindStringSubmatchIndex(text)
		if m == nil {
			return nil
		}
		s, e, _ := arSentence(text, m[4])
		if arTimeRe.MatchString(text[s:e]) {
			return nil
		}
		// the verb heads its clause: nothing but the conjunction before it
		// in the sentence, or a name (a subject) before it
		return []string{text[:m[5]] + " " + phrase + text[m[5]:]}
	}
}

func arAttribEnd(phrase string) func(string, []string, []string) []string {
	return func(text string, _, _ []string) []string {
		m := arVerbRe.FindStringSubmatchIndex(text)
		if m == nil {
			return nil
		}
		s, e, ok := arSentence(text, m[4])
		if !ok || arSaidRe.MatchString(text[s:e]) || !arEndWord.MatchString(text[s:e]) {
			return nil
		}
		return []string{text[:e] + "، " + phrase + text[e:]}
	}
}

// arVerbSwap: «التقى» / «اجتمع مع» / «عقد لقاء مع» / «أجرى محادثات مع»
// for one another. After a subject («X التقى مع Y») the forms follow one
// another; at the head of the sentence («التقى X Y») the subject is the
// first person the facts name, and the object follows it.
func arVerbSwap(to string) func(string, []string, []string) []string {
	forms := map[string][2]string{ // verb, noun between subject and «مع»
		"التقى":           {"التقى", ""},
		"اجتمع مع":        {"اجتمع", "مع"},
		"عقد لقاء مع":     {"عقد", "لقاء مع"},
		"أجرى محادثات مع": {"أجرى", "محادثات مع"},
	}
	return func(text string, persons []string, want []string) []string {
		m := arMeetRe.FindStringSubmatchIndex(text)
		if m == nil {
			return nil
		}
		from := text[m[4]:m[5]]
		if from == "اجتمع ب" {
			return nil
		}
		key := from
		if key == "التقى مع" {
			key = "التقى"
		}
		if key == "اجتمع" {
			key = "اجتمع مع"
		}
		if key == to {
			return nil
		}
		s, _, _ := arSentence(text, m[4])
		pre := strings.TrimSpace(text[s:m[2]])
		head := pre == "" || strings.HasSuffix(pre, "،") || pre == "كما"
		if !head && from == "اجتمع" {
			return nil
		}
		if !head {
			// after a subject: a person's name ends right before the verb
			named := false
			for _, p := range persons {
				if strings.HasSuffix(pre, p) {
					named = true
				}
			}
			if !named {
				return nil
			}
			// after a subject: the whole verb phrase is replaced
			repl := to
			if to == "التقى" && from == "التقى مع" {
				return nil
			}
			if !strings.Contains(from, " ") && to != "التقى" {
				// «X التقى Y»: the object follows at once
			}
			if !arObjectNext(strings.TrimPrefix(text[m[5]:], " ")) {
				return nil
			}
			return []string{text[:m[4]] + repl + text[m[5]:]}
		}
		if strings.Contains(from, " ") && from != "التقى مع" {
			// «عقد لقاء مع» at the head: no subject between; leave it
			return nil
		}
		// «التقى S O» / «اجتمع S مع O»: S ends with the first person named
		rest := text[m[7]:]
		best := -1
		var subj string
		for _, p := range persons {
			if i := strings.Index(rest, p); i >= 0 && (best < 0 || i < best) {
				best, subj = i, p
			}
		}
		if best < 0 || strings.ContainsAny(rest[:best], "،,.()") || len(strings.Fields(rest[:best])) > 4 {
			return nil
		}
		after := rest[best+len(subj):]
		tail := strings.TrimPrefix(after, " ")
		if from == "التقى مع" || from == "التقى" && strings.HasPrefix(tail, "مع ") {
			return nil
		}
		if from == "اجتمع" {
			if !strings.HasPrefix(tail, "مع ") {
				return nil
			}
			tail = strings.TrimPrefix(tail, "مع ")
		}
		// the object: a person of a meetsWith fact with the subject, next
		obj := false
		for _, w := range want {
			if strings.HasPrefix(w, "meetsWith("+subj+"|") || strings.HasPrefix(w, "meetsWith(") && strings.HasSuffix(w, "|"+subj+")") {
				obj = true
			}
		}
		if !obj || !strings.HasPrefix(after, " ") || !arObjectNext(tail) || strings.HasPrefix(tail, "و") && !strings.HasPrefix(tail, "وزير") ||
			regexp.MustCompile(`^(?:في|اليوم|أمس|امس|مساء|صباح|يوم|كلا|كلًا|كل|ب|ل|،|\.)`).MatchString(tail) {
			return nil
		}
		f := forms[to]
		out := text[:m[4]] + f[0] + " " + rest[:best+len(subj)] + " "
		if f[1] != "" {
			out += f[1] + " "
		}
		return []string{out + tail}
	}
}

// arObjectNext: the words after the subject begin the object (no
// preposition, no time or place first).
func arObjectNext(tail string) bool {
	w, _, _ := strings.Cut(tail, " ")
	if regexp.MustCompile(`^(?:على|خلال|عبر|قبل|بعد|أثناء|عند|لدى|إلى|الى|من|عن|في|اليوم|أمس|امس|مساء|صباح|يوم|كلا|كل)$`).MatchString(w) {
		return false
	}
	return !strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "بعض")
}

// arHonorific: «السيد» or «الدكتور» before a person's full name.
func arHonorific(hon string) func(string, []string, []string) []string {
	return func(text string, persons []string, _ []string) []string {
		for _, p := range persons {
			i := strings.Index(text, p)
			if i < 0 || (i > 0 && text[i-1] != ' ') {
				continue
			}
			if regexp.MustCompile(`(?:السيد|السيدة|الدكتور|الدكتورة|الشيخ|الأمير|الملك|المهندس|اللواء|الفريق|العميد|معالي|سمو|فخامة|ركن|أول|د\.)\s$`).MatchString(text[:i]) {
				continue
			}
			return []string{text[:i] + hon + " " + text[i:]}
		}
		return nil
	}
}

// arMaali: «معالي» before «وزير …» that runs into a person's name.
func arMaali(text string, persons []string, _ []string) []string {
	for _, p := range persons {
		i := strings.Index(text, p)
		if i < 0 {
			continue
		}
		pre := text[:i]
		m := regexp.MustCompile(`(^|\s)(و?)(ال)?(وزير(?:\s[^\s.،]+){0,3}\s)$`).FindStringSubmatchIndex(pre)
		if m == nil || m[6] >= 0 {
			continue
		}
		// «وزير» heads its phrase: it follows a verb or begins the sentence
		if w := strings.Fields(pre[:m[2]]); len(w) > 0 && !regexp.MustCompile(`^[وف]?`+arVerbs+`$`).MatchString(w[len(w)-1]) {
			continue
		}
		return []string{text[:m[5]] + "معالي " + text[m[8]:]}
	}
	return nil
}

// arConj: «و» before the first word of the text.
func arConj(text string, _, _ []string) []string {
	w, _, _ := strings.Cut(text, " ")
	if w == "" || !regexp.MustCompile(`^\p{Arabic}`).MatchString(w) {
		return nil
	}
	// a word that begins with «و» may have it already; a dateline
	// («الرياض - واس:») takes none
	head := text[:min(len(text), 60)]
	if strings.HasPrefix(w, "و") || strings.ContainsAny(head, ":—–/\n") || strings.Contains(head, " - ") {
		return nil
	}
	if strings.HasPrefix(w, "ف") && len([]rune(w)) > 4 {
		return nil
	}
	return []string{"و" + text}
}

var metaTransforms = map[string][]metaTransform{
	"en": {
		{"time-end:on Tuesday", enTimeEnd("on Tuesday")},
		{"time-end:earlier today", enTimeEnd("earlier today")},
		{"time-end:late on Monday", enTimeEnd("late on Monday")},
		{"time-verb:on Tuesday", enTimeAfterVerb("on Tuesday")},
		{"time-verb:earlier today", enTimeAfterVerb("earlier today")},
		{"attrib-subject", enAttribSubject},
		{"attrib-end", enAttribEnd},
		{"front-place-time", enFront},
		{"verb:met", enVerbSwap("met")},
		{"verb:met with", enVerbSwap("met with")},
		{"verb:held talks with", enVerbSwap("held talks with")},
		{"verb:conferred with", enVerbSwap("conferred with")},
		{"honorific:Dr.", enHonorific("Dr.")},
		{"honorific:Mr.", enHonorific("Mr.")},
		{"appos:title-after", enApposPost},
		{"appos:title-before", enApposPre},
	},
	"ar": {
		{"time-verb:اليوم", arTimeAfterVerb("اليوم")},
		{"time-verb:أمس الأول", arTimeAfterVerb("أمس الأول")},
		{"time-verb:مساء أمس", arTimeAfterVerb("مساء أمس")},
		{"attrib-end:وفق بيان", arAttribEnd("وفق بيان")},
		{"attrib-end:حسبما أفادت وكالة الأنباء", arAttribEnd("حسبما أفادت وكالة الأنباء")},
		{"verb:التقى", arVerbSwap("التقى")},
		{"verb:اجتمع مع", arVerbSwap("اجتمع مع")},
		{"verb:عقد لقاء مع", arVerbSwap("عقد لقاء مع")},
		{"verb:أجرى محادثات مع", arVerbSwap("أجرى محادثات مع")},
		{"honorific:السيد", arHonorific("السيد")},
		{"honorific:الدكتور", arHonorific("الدكتور")},
		{"honorific:معالي", arMaali},
		{"conj:و", arConj},
	},
}

var metaEventRe = regexp.MustCompile(`\bE[0-9]+\b`)

// casePersons gives the persons' full names that the extraction of the
// text finds and a wanted fact names.
func casePersons(t *testing.T, text, pub string, tags []string, want []string) []string {
	t.Helper()
	var tagger extract.Extractor
	if len(tags) > 0 {
		tagger = fakeTagger(tags)
	}
	k := kb.Starter()
	arts := []extract.Article{{ID: "t.txt", Text: text, Published: pub}}
	c, err := extract.Driver{Passes: Passes(k, tagger, NewRelations(k))}.Run(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range c.Output().Mentions {
		if m.Type != graph.Person || seen[m.Text] || len(strings.Fields(m.Text)) < 2 {
			continue
		}
		named := false
		for _, w := range want {
			if strings.Contains(w, "("+m.Text+"|") || strings.Contains(w, "|"+m.Text+"|") || strings.Contains(w, "|"+m.Text+")") {
				named = true
			}
		}
		if named {
			seen[m.Text] = true
			out = append(out, m.Text)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.Index(text, out[i]) < strings.Index(text, out[j]) })
	return out
}

func metaKey(tr, file, text string) string {
	return tr + "\t" + filepath.Base(file) + "\t" + strings.ReplaceAll(text, "\n", `\n`)
}

func metaReadHold(lang string) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open(filepath.Join("testdata", "meta", lang+".hold"))
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}

// TestMetamorphic rewrites every passing case with the transformations of
// its language and checks the wanted facts.
func TestMetamorphic(t *testing.T) {
	for _, lang := range lexLangs {
		t.Run(lang, func(t *testing.T) {
			hold := metaReadHold(lang)
			type stat struct{ applied, broken, facts, brokenFacts, nots int }
			stats := map[string]*stat{}
			for _, tr := range metaTransforms[lang] {
				stats[tr.name] = &stat{}
			}
			byFact := map[string]int{}
			byRule := map[string]int{}
			var holds []string
			present := map[string]bool{}
			for _, c := range readCases(t, lang) {
				for _, text := range c.texts {
					fired := map[string]bool{}
					got := extractFacts(t, text, c.pub, c.tags, func(r *pattern.Rule) { fired[r.Name] = true })
					ok := len(c.want) > 0
					for _, w := range c.want {
						if !has(got, w) {
							ok = false
						}
					}
					if !ok {
						continue
					}
					persons := casePersons(t, text, c.pub, c.tags, c.want)
					for _, tr := range metaTransforms[lang] {
						for _, nt := range tr.apply(text, persons, c.want) {
							if nt == text {
								continue
							}
							key := metaKey(tr.name, c.file, text)
							present[key] = true
							st := stats[tr.name]
							st.applied++
							nfired := map[string]bool{}
							ngot := extractFacts(t, nt, c.pub, c.tags, func(r *pattern.Rule) { nfired[r.Name] = true })
							var broken []string
							for _, w := range c.want {
								st.facts++
								if !has(ngot, metaEventRe.ReplaceAllString(w, "E?")) {
									broken = append(broken, w)
									byFact[tr.name+"  "+strings.SplitN(w, "(", 2)[0]]++
								}
							}
							for _, w := range c.not {
								if has(ngot, w) {
									st.nots++
									t.Logf("NOT %s %s:%d %s\n  text: %s", tr.name, filepath.Base(c.file), c.line, w, nt)
								}
							}
							if len(broken) == 0 {
								holds = append(holds, key)
								continue
							}
							st.broken++
							for r := range fired {
								if !nfired[r] {
									byRule[r]++
								}
							}
							st.brokenFacts += len(broken)
							if hold[key] {
								t.Errorf("%s %s:%d: the rewriting loses %v\n  text: %s\n  was:  %s\n  got: %q", tr.name, filepath.Base(c.file), c.line, broken, nt, text, ngot)
							} else if testing.Verbose() {
								t.Logf("BREAK %s %s:%d: loses %v\n  text: %s\n  got: %q", tr.name, filepath.Base(c.file), c.line, broken, nt, ngot)
							}
						}
					}
				}
			}
			var names []string
			for n := range stats {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				s := stats[n]
				t.Logf("%-40s rewritten %4d  broken %4d  facts broken %4d / %4d  nots %d", n, s.applied, s.broken, s.brokenFacts, s.facts, s.nots)
			}
			var fk []string
			for k := range byFact {
				fk = append(fk, k)
			}
			sort.Strings(fk)
			for _, k := range fk {
				t.Logf("  by predicate: %-50s %d", k, byFact[k])
			}
			var rk []string
			for k := range byRule {
				rk = append(rk, k)
			}
			sort.Slice(rk, func(i, j int) bool {
				return byRule[rk[i]] > byRule[rk[j]] || byRule[rk[i]] == byRule[rk[j]] && rk[i] < rk[j]
			})
			for _, k := range rk {
				t.Logf("  rule lost: %-50s %d", k, byRule[k])
			}
			stale := 0
			for k := range hold {
				if !present[k] {
					stale++
				}
			}
			if stale > 0 {
				t.Logf("%d held rewritings no longer apply (a case changed); rerun with -update-meta", stale)
			}
			if *updateMeta {
				sort.Strings(holds)
				dir := filepath.Join("testdata", "meta")
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				body := fmt.Sprintf("# (transformation, case file, text) rewritings of testdata/%s that keep every wanted fact;\n# written by go test ./extract/rules -run TestMetamorphic -update-meta\n", lang) + strings.Join(holds, "\n") + "\n"
				if err := os.WriteFile(filepath.Join(dir, lang+".hold"), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
