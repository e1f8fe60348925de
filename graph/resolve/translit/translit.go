// Package translit romanises Arabic-script renderings of foreign names
// and computes phonetic consonant keys on which a name written in Arabic
// and the same name written in Latin letters meet.
//
// Arabic writes foreign names (Berkov «بيركوف», Dorensky «دورينسكي»,
// Kyiv «كييف») with consonants and long vowels only: و stands for w, v,
// o or u; ي for y, i or e; ف for f and v; ج, غ and ك for g, j and k;
// short vowels are not written. Latin renderings, for their part, vary in
// vowels and in digraphs (ch, kh, zh, sh, ph, th). A key that keeps only
// consonant classes, in which each Arabic letter and each Latin letter or
// digraph falls in the class of the sounds it is used for, is therefore
// nearly the same for both scripts. Key computes it; Latin gives a
// readable romanisation for display and letter-level comparison.
package translit

import (
	_ "embed"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newskg/graph/textnorm"
)

// prime separates two letters of a romanisation that would otherwise
// read as a digraph (ALA-LC's soft sign: «زهير» "zʹhir", not "zhir"); no
// key class, so z and h are keyed apart.
const prime = 'ʹ'

// arabicLetter is the romanisation of one Arabic letter used for foreign
// names (ALA-LC-like, simplified to ASCII).
var arabicLetter = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d",
	'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d",
	'ط': "t", 'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k",
	'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'ء': "", 'ة': "a", 'ى': "a",
	'پ': "p", 'چ': "ch", 'ڤ': "v", 'ژ': "zh", 'گ': "g", 'ک': "k", 'ی': "y",
	'ڨ': "g", 'ڭ': "g",
}

// fold unifies hamza carriers and alef variants as textnorm does, but
// keeps the information that a word starts with an alef with hamza below
// (usually "i") or above (usually "a"/"u").
func foldArabic(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	}
	return r
}

func isDiacritic(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
}

// IsArabic reports whether s contains an Arabic letter.
func IsArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Latin romanises s. Arabic words are transliterated letter by letter with
// the conventions Arabic uses for names of foreign origin: a word-initial
// و is "w" and a word-initial ي is "y"; elsewhere they are the long
// vowels "o" and "i"; ا is "a" (and an alef that only carries a vowel
// before و or ي is dropped); the article ال is dropped from words longer
// than four letters. Latin text is folded to lower-case ASCII (accents
// removed). Every other character becomes a space, so the result is
// ASCII letters and single spaces only.
func Latin(s string) string {
	var b strings.Builder
	for i, w := range splitWords(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if IsArabic(w) {
			b.WriteString(latinWord(w))
		} else {
			b.WriteString(foldLatin(w))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// splitWords splits at anything that is not a letter.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != 0x0640
	})
}

// foldLatin lower-cases a Latin word and strips accents; non-ASCII
// letters that do not decompose are dropped.
func foldLatin(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø':
			b.WriteByte('o')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'đ':
			b.WriteByte('d')
		case r == 'ı':
			b.WriteByte('i')
		case r == prime:
			b.WriteRune(r) // kept: two letters, not a digraph (latinWord)
		}
	}
	return b.String()
}

func latinWord(w string) string {
	var rs []rune
	plainAlef := false // the word starts with an alef without hamza
	for _, r := range w {
		if isDiacritic(r) {
			continue
		}
		if len(rs) == 0 {
			plainAlef = r == 'ا'
		}
		rs = append(rs, foldArabic(r))
	}
	// The definite article: «الناتو» -> "nato". Short words keep it
	// (it may be a root: «الله» is not a foreign name anyway), and so
	// do words that start with a hamza on the alef («ألكسندر»
	// Alexander, «إليزابيث» Elizabeth): the article is never written so.
	if len(rs) > 4 && plainAlef && rs[1] == 'ل' {
		rs = rs[2:]
	}
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		first := i == 0
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case 'ا':
			// An alef that only carries the vowel of a following و/ي.
			if first && (next == 'و' || next == 'ي') {
				continue
			}
			b.WriteByte('a')
		case 'و':
			switch {
			case first, afterJoinedArticle(rs, i):
				b.WriteByte('w')
			case prev == 'ا' && i == 1:
				b.WriteByte('u') // «أوشاتوف» Ushatov
			case i > 1 && (prev == 'ا' || prev == 'ي') && (next == 'ا' || next == 'ي' || next == 'ى' || next == 'ة'):
				b.WriteByte('w') // between long vowels a consonant: «حلاوي» Halawi
			default:
				b.WriteByte('o')
			}
		case 'ي':
			switch {
			case nisbaSeat(rs, i):
				// «الزنائي» Zanai, «صحرائي» Sahrai: a nisba on a word that
				// ends in alef and hamza; the hamza's seat ئ (folded to ي)
				// is a glottal stop Latin does not write, and the final ي
				// is the vowel i (below), not a y after a long vowel
				continue
			case i >= 2 && i == len(rs)-1 && nisbaSeat(rs, i-1):
				b.WriteByte('i')
			case first, afterJoinedArticle(rs, i):
				b.WriteByte('y')
			case prev == 'ا' && i == 1:
				b.WriteByte('i') // «إيغور» Igor
			case prev == 'ي':
				b.WriteByte('y')
			default:
				b.WriteByte('i')
			}
		case 'ت':
			if next == 'ش' {
				b.WriteString("ch") // «تشين» Chen, «ريتشارد» Richard
				i++
				continue
			}
			b.WriteByte('t')
		case 'ع':
			// «علي» Ali, «سعد» Saad, «سعيد» Said: an ain after a
			// consonant, or opening a word before one, carries a short
			// vowel, which Latin writes; after a long vowel, before one
			// at the start, or at the end it leaves no letter («عيسى»
			// Isa, «إسماعيل» Ismail).
			if (first && !longVowel(next)) || (!first && !longVowel(prev) && next != 0) {
				b.WriteByte('a')
			}
		case 'ه':
			if i == len(rs)-1 && i > 0 {
				b.WriteByte('a') // final ه is mostly a folded ة
			} else {
				b.WriteByte('h')
			}
		default:
			if s, ok := arabicLetter[r]; ok {
				b.WriteString(s)
				if next == 'ه' && (r == 'ز' || r == 'ظ' || r == 'پ') {
					// «زهير» Zuhair, «زهران» Zahran: z and h are two
					// letters, not the digraph zh (ژ, «جوكوف» Zhukov);
					// ALA-LC writes a prime between them
					b.WriteRune(prime)
				}
			} else if r < 128 && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

// afterJoinedArticle reports a letter that opens the word after «عبد»
// or «ابو» and its article, the two written as one («عبدالوهاب»
// abdalwhab, «ابوالوليد»): a و or ي there is the consonant w or y that
// opens «الوهاب», not a long vowel.
func afterJoinedArticle(rs []rune, i int) bool {
	if i < 5 || rs[i-2] != 'ا' || rs[i-1] != 'ل' {
		return false
	}
	head := string(rs[:i-2])
	return head == "عبد" || head == "ابو" || head == "ابا"
}

// nisbaSeat reports the middle letter of a word's final «ائي» (with
// the hamza's seat folded, «ايي»): the seat of the hamza, not a y.
func nisbaSeat(rs []rune, i int) bool {
	return i >= 2 && i == len(rs)-2 && rs[i] == 'ي' && rs[i-1] == 'ا' && rs[i+1] == 'ي'
}

// longVowel tells whether r is a letter Arabic writes long vowels with
// (or the word's edge, 0, which is no consonant either).
func longVowel(r rune) bool {
	switch r {
	case 'ا', 'و', 'ي', 'ى', 'ء', 0:
		return true
	}
	return false
}

// Phonetic classes of consonants. Each class letter stands for a set of
// sounds that the two scripts render interchangeably in foreign names.
const (
	cB = 'B' // b p (Arabic has no p: «بيلين» Pelin)
	cF = 'F' // f v ph (ف for v: «فيكتور» Viktor)
	cW = 'W' // w
	cT = 'T' // t d th dh (ت د ط ض ث ذ)
	cS = 'S' // s z sh (س ز ش ص ظ)
	cK = 'K' // k g q c(hard) kh gh j zh x (ك ق غ ج خ: «جوكوف» Zhukov)
	cC = 'C' // ch (Arabic تش or ك; close to both K and S)
	cL = 'L'
	cM = 'M'
	cN = 'N'
	cR = 'R'
	cY = 'Y' // a word-initial y
)

func isVowel(r byte) bool {
	return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' || r == 'y'
}

// Key returns the phonetic consonant key of a name in either script:
// the romanisation (Latin) of each word reduced to consonant classes,
// vowels and h dropped, repeats collapsed; words are separated by
// spaces. «توماس بيركوف» and "Tomas Berkov" both give "TMS BRKF".
func Key(s string) string {
	ws := strings.Fields(Latin(s))
	for i, w := range ws {
		ws[i] = WordKey(w)
	}
	return strings.Join(strings.Fields(strings.Join(ws, " ")), " ")
}

// WordKey is the consonant key of one lower-case ASCII word.
func WordKey(w string) string {
	k, _ := Skeleton(w)
	return k
}

// Skeleton returns the consonant key of one lower-case ASCII word (as
// WordKey) and its vowel slots: the vowel letters written before the
// first consonant class, between each two, and after the last, so that
// len(slots) == len(key)+1. Two spellings with the same key can then be
// compared vowel by vowel (VowelAgreement): the key says "Kiden" and
// "Kutin" sound alike (K-T-N), the slots tell them apart (i-e, u-i).
// A w or y that is part of a vowel counts as one.
func Skeleton(w string) (string, []string) {
	var out []byte
	var slots []string
	run := make([]byte, 0, 4)
	emit := func(c byte) {
		if len(out) > 0 && out[len(out)-1] == c {
			return // a repeat: its vowels join the slot before it
		}
		out = append(out, c)
		slots = append(slots, string(run))
		run = run[:0]
	}
	n := len(w)
	for i := 0; i < n; i++ {
		c := w[i]
		var nx byte
		if i+1 < n {
			nx = w[i+1]
		}
		switch c {
		case 'o':
			// French "ou" before a vowel, at the start or after one, is
			// a w: "Ouattara", "Cherkaoui" (Arabic و there)
			if nx == 'u' && i+2 < n && isVowel(w[i+2]) && w[i+2] != 'y' && (i == 0 || isVowel(w[i-1])) {
				emit(cW)
				i++
				continue
			}
			run = append(run, c)
		case 'a', 'e', 'i', 'u':
			run = append(run, c)
		case 'y':
			// a word-initial y is a consonant: before a vowel ("Yakub"),
			// and before a consonant, as Arabic writes a y whose short
			// vowel it leaves out («يزدي» "yzdi", Yazdi)
			if i == 0 && nx != 0 && nx != 'y' {
				emit(cY)
			} else {
				run = append(run, 'y')
			}
		case 'h':
			// silent or a breath: dropped (digraphs are handled below)
		case 'b', 'p':
			if c == 'p' && nx == 'h' {
				emit(cF)
				i++
				continue
			}
			emit(cB)
		case 'f', 'v':
			emit(cF)
		case 'w':
			// after a vowel and not before one, w is part of the vowel
			// ("News", "Lowry"): Arabic writes it as a long vowel.
			if i > 0 && isVowel(w[i-1]) && (nx == 0 || !isVowel(nx)) {
				run = append(run, 'u')
				continue
			}
			// after k or g and before a vowel ("Kwame", "Gwen") Arabic
			// writes و, which it reads as w there but which is romanised
			// as a vowel («كوامي» koami): a vowel on both sides (after
			// other consonants a w is kept: "Motherwell" is no
			// «موتورولا»)
			if i > 0 && (w[i-1] == 'k' || w[i-1] == 'g') && isVowel(nx) && nx != 'y' {
				run = append(run, 'u')
				continue
			}
			emit(cW)
		case 't', 'd':
			if nx == 'h' {
				i++
			}
			emit(cT)
		case 's', 'z':
			if nx == 'h' {
				i++
				if c == 'z' {
					emit(cK) // zh: Arabic ج
					continue
				}
			}
			if c == 's' && nx == 'c' && i+2 < n && w[i+2] == 'h' {
				i += 2
			}
			emit(cS)
		case 'c':
			switch {
			case nx == 'c' && i+2 < n && w[i+2] == 'h':
				// Italian "cch" is a k: "Pinocchio", «بينوكيو»
				i += 2
				emit(cK)
			case nx == 'h', nx == 'z':
				// Polish "cz" is ch: "Kowalczyk", «كوفالتشيك»
				i++
				emit(cC)
			case nx == 'k':
				i++
				emit(cK)
			case nx == 'e' || nx == 'i' || nx == 'y':
				emit(cS)
			default:
				emit(cK)
			}
		case 'k', 'g', 'q', 'j':
			if nx == 'h' {
				i++
			}
			emit(cK)
		case 'x':
			emit(cK)
			emit(cS)
		case 'l':
			emit(cL)
		case 'm':
			emit(cM)
		case 'n':
			emit(cN)
		case 'r':
			emit(cR)
		}
	}
	slots = append(slots, string(run))
	return string(out), slots
}

// VowelAgreement compares the vowel slots of two words with the same
// consonant key (Skeleton), in [0,1]; arabicA and arabicB tell which
// words were romanised from Arabic, whose vowel letters are long vowels
// (ا a, و o/u, ي i/y/e) and whose short vowels are not written. A slot
// agrees (1) when both are empty or share a vowel, half when the vowels
// are near (e and i, a and e), a quarter for Arabic ا written for an
// English e, o or u («كرامب» Krump), and little when one side writes a vowel the other lacks
// (less when Arabic lacks it, since Arabic omits short vowels). It
// returns -1 when the keys differ in length (no slot alignment).
func VowelAgreement(a, b []string, arabicA, arabicB bool) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return -1
	}
	total := 0.0
	for i := range a {
		total += slotAgreement(a[i], b[i], arabicA, arabicB)
	}
	return total / float64(len(a))
}

func slotAgreement(x, y string, ax, ay bool) float64 {
	switch {
	case x == "" && y == "":
		return 1
	case x == "" || y == "":
		if x == "" && ax && !ay || y == "" && ay && !ax {
			return 0.75 // Arabic leaves the short vowel unwritten
		}
		return 0.25
	}
	best := 0.0
	for i := 0; i < len(x); i++ {
		for j := 0; j < len(y); j++ {
			if s := vowelPair(x[i], y[j], ax, ay); s > best {
				best = s
			}
		}
	}
	return best
}

// vowelPair scores two vowel letters of romanisations: 1 for the same
// sound, 0.5 for near ones, 0 otherwise.
func vowelPair(x, y byte, ax, ay bool) float64 {
	if ax && !ay {
		x, y, ax, ay = y, x, ay, ax // x Latin, y Arabic
	}
	if y == 'u' {
		y = 'o' // Arabic و
	}
	if !ay && y == 'y' {
		y = 'i'
	}
	if x == 'y' {
		x = 'i'
	}
	if ay && !ax {
		switch y {
		case 'a': // ا
			switch x {
			case 'a':
				return 1
			case 'e', 'o', 'u':
				return 0.25
			}
		case 'o': // و
			if x == 'o' || x == 'u' {
				return 1
			}
		case 'i': // ي
			if x == 'i' || x == 'e' {
				return 1
			}
		}
		return 0
	}
	if !ax && x == 'u' {
		x = 'o'
	}
	if x == y || ax && ay && (x == 'u' || x == 'o') && (y == 'u' || y == 'o') {
		return 1
	}
	if !ax && !ay {
		switch {
		case x > y:
			x, y = y, x
		}
		if x == 'e' && y == 'i' || x == 'a' && y == 'e' {
			return 0.5
		}
	}
	return 0
}

// near reports the cost of substituting class a for class b: 0 when
// equal, 0.5 for classes that one script or the other confuses (ch with
// k and s, w with f/v, b with f), 1 otherwise.
func near(a, b byte) float64 {
	if a == b {
		return 0
	}
	if a > b {
		a, b = b, a
	}
	switch {
	case a == cC && (b == cK || b == cS || b == cT):
		return 0.5
	case a == cF && b == cW:
		return 0.5
	case a == cB && b == cF:
		return 0.5
	case a == cS && b == cT: // ts/tz and th (ث) are read either way
		return 0.5
	}
	return 1
}

// KeyDistance is an edit distance between two keys (of one word each) in
// which a deletion or insertion costs 1 and a substitution costs 1, or
// 0.5 between near classes. It tolerates a letter dropped, doubled or
// swapped for a similar sound.
func KeyDistance(a, b string) float64 {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return float64(la + lb)
	}
	var buf [2][32]float64
	prev, cur := buf[0][:0], buf[1][:0]
	if lb+1 > 32 {
		prev, cur = make([]float64, 0, lb+1), make([]float64, 0, lb+1)
	}
	prev = append(prev, 0)
	for j := 1; j <= lb; j++ {
		prev = append(prev, prev[j-1]+indel(b, j-1))
	}
	cur = cur[:lb+1]
	for i := 1; i <= la; i++ {
		cur[0] = prev[0] + indel(a, i-1)
		for j := 1; j <= lb; j++ {
			d := prev[j-1] + near(a[i-1], b[j-1])
			if x := prev[j] + indel(a, i-1); x < d {
				d = x
			}
			if x := cur[j-1] + indel(b, j-1); x < d {
				d = x
			}
			cur[j] = d
		}
		prev, cur = cur, prev[:lb+1]
	}
	return prev[lb]
}

// indel is the cost of inserting or deleting class k[i]: 1, or half for
// a t before ch, which French and German spell and English does not
// ("Kravtchenko", "Kravchenko"; "Farahtchi", "Farahchi").
func indel(k string, i int) float64 {
	if k[i] == cT && i+1 < len(k) && k[i+1] == cC {
		return 0.5
	}
	return 1
}

// KeySimilarity is 1 - KeyDistance/max(len): 1 for equal keys, 0 for
// unrelated ones.
func KeySimilarity(a, b string) float64 {
	m := len(a)
	if len(b) > m {
		m = len(b)
	}
	if m == 0 {
		return 1
	}
	s := 1 - KeyDistance(a, b)/float64(m)
	if s < 0 {
		return 0
	}
	return s
}

// Romanize writes a name in Arabic script for a reader of English: each
// word romanised as Latin does, capitalised, with the article written
// "al-" («الأنكاري» "Al-Ankari"), the particles bin, bint, Al and Abu,
// and an initial ع as "a" («علي» "Ali"). Short vowels, which Arabic
// does not write, stay out («ناصح» "Nash"). Latin words are kept as
// they are.
func Romanize(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		if !IsArabic(w) {
			out = append(out, w)
			continue
		}
		trail := ""
		if strings.HasSuffix(w, ".") {
			trail = "."
		}
		// the tatweel that stretches a word («الثانـي») is no letter
		orig := []rune(strings.ReplaceAll(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !isDiacritic(r) }), "ـ", ""))
		rs := make([]rune, len(orig))
		for i, r := range orig {
			rs[i] = foldArabic(r)
		}
		var r string
		switch string(rs) {
		case "بن", "ابن":
			r = "bin"
		case "بنت":
			r = "bint"
		case "ال":
			r = "Al"
		case "ابو":
			r = "Abu"
		default:
			if n, ok := regnalNumerals[string(rs)]; ok && len(out) > 0 {
				// a monarch's number after his name: «محمد الخامس»
				// "Muhammad V"
				r = n
				break
			}
			if g, ok := givenNames[givenKey(string(orig))]; ok {
				r = g // «الطاهر» "Tahar": a name the table holds with its article
				break
			}
			art := ""
			if len(orig) > 4 && orig[0] == 'ا' && orig[1] == 'ل' {
				art, orig = "al-", orig[2:]
			}
			if g, ok := givenNames[givenKey(string(orig))]; ok {
				r = art + g
			} else {
				r = art + capitalize(latinWord(string(orig)))
			}
			if len(out) == 0 {
				r = capitalize(r)
			}
		}
		if r != "" {
			out = append(out, r+trail)
		}
	}
	return strings.Join(out, " ")
}

// RegnalNumeral returns the Roman numeral of an Arabic ordinal that
// follows a monarch's name («الثاني»: "II"), as English writes his
// number; false for any other word.
func RegnalNumeral(w string) (string, bool) {
	rs := []rune(w)
	for i, r := range rs {
		rs[i] = foldArabic(r)
	}
	n, ok := regnalNumerals[string(rs)]
	return n, ok
}

// LatinRegnal reports a Roman numeral of a monarch's number as English
// writes it after the name ("Abdullah II"), in any case: one of those
// RegnalNumeral gives.
func LatinRegnal(w string) bool {
	up := strings.ToUpper(w)
	for _, n := range regnalNumerals {
		if n == up {
			return true
		}
	}
	return false
}

// regnalNumerals are the Roman numerals of the Arabic ordinals after a
// monarch's name, as English writes his number.
var regnalNumerals = map[string]string{"الاول": "I", "الثاني": "II", "الثالث": "III", "الرابع": "IV", "الخامس": "V", "السادس": "VI", "السابع": "VII", "الثامن": "VIII", "التاسع": "IX", "العاشر": "X"}

// givenNames maps common given names in Arabic script (givenKey) to the
// spelling English-language news gives them («أحمد» "Ahmad", «روبرت»
// "Robert"): Arabic writes no short vowels, and a reader should not see
// "Ahmd" or "Robrt" (data/given.tsv).
var givenNames = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(givenTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ar, lat, ok := strings.Cut(line, "\t")
		if !ok {
			panic("translit: data/given.tsv: want Arabic<TAB>Latin: " + line)
		}
		m[givenKey(ar)] = lat
	}
	return m
}()

//go:embed data/given.tsv
var givenTSV string

// givenLatin maps the table's Latin spellings, lower-cased, to
// themselves, and the other spellings of data/given_latin.tsv to the
// table's ("mohammed": "Muhammad").
var givenLatin = func() map[string]string {
	m := map[string]string{}
	for _, lat := range givenNames {
		m[strings.ToLower(lat)] = lat
	}
	for _, line := range strings.Split(givenLatinTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		v, lat, ok := strings.Cut(line, "\t")
		if !ok || m[strings.ToLower(lat)] != lat {
			panic("translit: data/given_latin.tsv: want spelling<TAB>a Latin name of given.tsv: " + line)
		}
		m[strings.ToLower(v)] = lat
	}
	return m
}()

//go:embed data/given_latin.tsv
var givenLatinTSV string

//go:embed data/latin_variants.tsv
var latinVariantsTSV string

type variant struct {
	from, to, notAfter string
	latinOnly          bool
}

// latinVariants are the rows of data/latin_variants.tsv.
var latinVariants = func() []variant {
	var vs []variant
	for _, line := range strings.Split(latinVariantsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || f[0] == "" || (f[3] != "latin" && f[3] != "any") {
			panic("translit: data/latin_variants.tsv: want letters<TAB>other letters<TAB>not after<TAB>latin|any: " + line)
		}
		vs = append(vs, variant{f[0], f[1], f[2], f[3] == "latin"})
	}
	return vs
}()

// Variants returns a romanised word (Latin) as other romanisations of
// the same name would write it (data/latin_variants.tsv): French "ch"
// for ش as "sh" ("hicham": "hisham"), "kh" as "h" ("khorlenko":
// "horlenko"), "mb" at the end as "m" (a "$" ends the letters that only
// a word's end has); each row alone and all together, without the word
// itself; nil when none applies. arabic tells a word romanised from
// Arabic script, which only the rows for any word apply to (Arabic's
// تش is always ch).
func Variants(lat string, arabic bool) []string {
	var out []string
	all := lat
	for _, v := range latinVariants {
		if v.latinOnly && arabic {
			continue
		}
		if end, ok := strings.CutSuffix(v.from, "$"); ok {
			// letters at the word's end only ("mb$": a silent b)
			if w, ok := strings.CutSuffix(lat, end); ok && w != "" && !strings.ContainsRune(v.notAfter, rune(w[len(w)-1])) {
				out = append(out, w+v.to)
				if a, ok := strings.CutSuffix(all, end); ok {
					all = a + v.to
				}
			}
			continue
		}
		if !strings.Contains(lat, v.from) {
			continue
		}
		if w := replaceNotAfter(lat, v); w != lat {
			out = append(out, w)
			all = replaceNotAfter(all, v)
		}
	}
	if len(out) > 1 {
		out = append(out, all)
	}
	return out
}

func replaceNotAfter(w string, v variant) string {
	var b strings.Builder
	for i := 0; i < len(w); {
		if strings.HasPrefix(w[i:], v.from) && (i == 0 || !strings.ContainsRune(v.notAfter, rune(w[i-1]))) {
			b.WriteString(v.to)
			i += len(v.from)
			continue
		}
		b.WriteByte(w[i])
		i++
	}
	return b.String()
}

// givenRoman maps the romanisation (Latin) of each Arabic name of the
// table to its Latin spelling; a romanisation two names of the table
// share, spelt apart in Latin letters, maps to "".
var givenRoman = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(givenTSV, "\n") {
		ar, lat, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		r := Latin(ar)
		if x, ok := m[r]; ok && x != lat {
			lat = ""
		}
		m[r] = lat
	}
	return m
}()

// GivenName returns the table's given name (data/given.tsv) that a word
// spells, by its romanisation (Latin) and whether it was written in
// Arabic script: an Arabic word the table holds, by its Latin spelling,
// or a Latin word that is one of the table's spellings; "" otherwise.
func GivenName(lat string, arabic bool) string {
	if arabic {
		return givenRoman[lat]
	}
	return givenLatin[lat]
}

// TwoGivenNames reports whether two given names of the table are two
// names, not two spellings of one: their Latin spellings differ in their
// consonant classes or vowels ("Hassan" and "Hussein", «حسن» and
// «حسين»; "Mohammed" and "Mahmoud"; "Saleh" and "Salah"), while
// spellings with the same vowels in the same places may be one name
// ("Rashid", "Rachid").
func TwoGivenNames(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	fa, fb := foldLatin(a), foldLatin(b)
	if fa == "" || fb == "" {
		return false
	}
	if isVowel(fa[0]) != isVowel(fb[0]) {
		return true // "Ahmad", "Hamad": the key drops the h, not the name
	}
	ka, va := Skeleton(fa)
	kb, vb := Skeleton(fb)
	if len(ka) != len(kb) {
		return true
	}
	for i := range va {
		if va[i] != vb[i] {
			return true
		}
	}
	return false
}

// givenKey folds a word for the table of given names with the one
// Arabic normaliser (alef forms, ta marbuta, alef maqsura, diacritics).
func givenKey(w string) string { return textnorm.Fold(w) }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
