package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newskg/graph/textnorm"
)

// normalize is the form of a token that features see: textnorm.FoldWord
// (the project's one normaliser: lower case, Arabic letter variants unified,
// diacritics, tatweel and format characters removed), with every digit
// mapped to 0. Models record textnorm.FoldVersion and are refused under
// another (see Load).
func normalize(w string) string {
	w = textnorm.FoldWord(w)
	for i, r := range w {
		if unicode.IsDigit(r) {
			b := []byte(w[:i])
			for _, r := range w[i:] {
				if unicode.IsDigit(r) {
					r = '0'
				}
				b = utf8.AppendRune(b, r)
			}
			return string(b)
		}
	}
	return w
}

func isArabic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFF
}

// arabicPrefixes lists proclitic sequences, longest first: conjunction (و ف),
// preposition (ب ك ل) and article (ال), with ل+ال written لل.
var arabicPrefixes = []string{
	"وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
	"وب", "ول", "وك", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك",
}

// splitClitics splits proclitics off a normalised Arabic word, keeping a
// stem of at least two letters (three for single-letter prefixes, which are
// often part of the word). It returns the prefix ("" if none) and the stem.
func splitClitics(w string) (prefix, stem string) {
	if !isArabic(w) {
		return "", w
	}
	n := utf8.RuneCountInString(w)
	for _, p := range arabicPrefixes {
		if strings.HasPrefix(w, p) {
			pn := utf8.RuneCountInString(p)
			min := 2
			if pn == 1 {
				min = 3
			}
			if n-pn >= min {
				return p, w[len(p):]
			}
		}
	}
	return "", w
}

// arabicSuffixes lists enclitic pronouns, longest first.
var arabicSuffixes = []string{"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"}

// splitEnclitic splits a pronoun suffix off a proclitic-free Arabic stem,
// keeping at least three letters. It returns the base and the suffix ("" if
// none).
func splitEnclitic(w string) (base, suffix string) {
	if !isArabic(w) {
		return w, ""
	}
	n := utf8.RuneCountInString(w)
	for _, s := range arabicSuffixes {
		if strings.HasSuffix(w, s) && n-utf8.RuneCountInString(s) >= 3 {
			return w[:len(w)-len(s)], s
		}
	}
	return w, ""
}

// arabicTriggers are words (normalised, proclitics split off) that often
// stand next to a name of a type: titles before persons, generic nouns
// before places and organisations.
var arabicTriggers = map[string]string{}

func init() {
	for typ, ws := range map[string]string{
		"P": "الرئيس رئيس الرئيسان السيد السيده الشيخ الملك الامير الاميره الوزير وزير وزيره الوزيره المتحدث الناطق الدكتور د الجنرال العقيد اللواء الفريق المستشار النائب نائب الامين امين المدير مدير السفير سفير المبعوث القاضي الاستاذ البابا الزعيم زعيم المرشح قائد القائد رئيسه المدرب اللاعب الكاتب الفنان الشاعر المطرب الممثل ابن بن ابو ام الحاج المفتي الامام السلطان الرئيسه المستشاره",
		"L": "مدينه المدينه العاصمه عاصمه جمهوريه دوله الدوله منطقه المنطقه محافظه ولايه اقليم مقاطعه جزيره جزر بحر نهر جبل قريه بلده بلاد شمال جنوب شرق غرب وسط مخيم ميناء مطار حي شارع",
		"O": "وكاله شركه الشركه جامعه الجامعه حزب الحزب وزاره الوزاره منظمه المنظمه مجلس المجلس اتحاد الاتحاد جمعيه الجمعيه هيئه الهيئه مؤسسه المؤسسه بنك البنك نادي النادي حركه الحركه جبهه الجبهه لجنه اللجنه محكمه المحكمه صحيفه الصحيفه مجموعه المجموعه منتخب المنتخب فريق الفريق مركز المركز معهد المعهد",
	} {
		for _, w := range strings.Fields(ws) {
			arabicTriggers[normalize(w)] += typ
		}
	}
}
