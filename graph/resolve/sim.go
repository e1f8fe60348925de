package resolve

import (
	"strings"
	"sync"
	"unicode/utf8"

	"newskg/graph/resolve/translit"
	"newskg/graph/textnorm"
)

// JaroWinkler is the Jaro-Winkler similarity of two strings (bytes),
// with the usual prefix scale 0.1 over at most four characters. It
// rewards a shared beginning, which is what survives garbling best.
func JaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return 0
	}
	win := la
	if lb > win {
		win = lb
	}
	win = win/2 - 1
	if win < 0 {
		win = 0
	}
	var ma, mb [64]bool
	if la > 64 || lb > 64 {
		return 0.0 + boolf(a == b)
	}
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := i-win, i+win+1
		if lo < 0 {
			lo = 0
		}
		if hi > lb {
			hi = lb
		}
		for j := lo; j < hi; j++ {
			if !mb[j] && a[i] == b[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, k := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if a[i] != b[k] {
			t++
		}
		k++
	}
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(t)/2)/fm) / 3
	p := 0
	for p < 4 && p < la && p < lb && a[p] == b[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}

func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// tok is one word of a name: its romanisation and its consonant key.
type tok struct {
	lat    string
	key    string
	shape  string   // vowelShape(lat)
	vowels []string // the vowel slots around the key's classes (translit.Skeleton)
	ar     bool     // romanised from Arabic script
	cons   [2]int   // in Arabic script: its consonant letters but ه, with a leading ال and without it
	given  string   // the table's given name the word spells (translit.GivenName), or ""
}

func makeTok(w string) tok {
	l := translit.Latin(w)
	k, vs := translit.Skeleton(l)
	t := tok{lat: l, key: k, shape: vowelShape(l), vowels: vs, ar: translit.IsArabic(w)}
	t.given = translit.GivenName(l, t.ar)
	if t.ar {
		// ه is the one a transliteration may leave out (a silent h:
		// «هوغو», «أوغو» Hugo); a leading ال may be the article
		// («الهادي», «هادي») or the name's own letters («ألكسندر»)
		k := textnorm.Key(w)
		t.cons[0] = utf8.RuneCountInString(strings.ReplaceAll(arabicConsonants(k), "ه", ""))
		t.cons[1] = t.cons[0]
		if r, ok := strings.CutPrefix(k, "ال"); ok && utf8.RuneCountInString(r) >= 2 {
			t.cons[1] += 1 // arabicConsonants took the ل off
		}
	}
	return t
}

// consonantsAgree reports whether two words in Arabic script have as
// many consonant letters (tok.cons), the article counted or not.
func consonantsAgree(a, b tok) bool {
	return a.cons[0] == b.cons[0] || a.cons[1] == b.cons[1]
}

// vowelAgree is translit.VowelAgreement of two words: how well their
// vowels agree where their consonant keys align, -1 when they do not.
func vowelAgree(a, b tok) float64 {
	return translit.VowelAgreement(a.vowels, b.vowels, a.ar, b.ar)
}

// deletions returns a key and, for keys of three classes or more, the
// keys with one class deleted: two keys within one edit share one of
// these, which makes a blocking index that finds near keys without
// comparing all pairs (the symmetric-deletion method).
func deletions(k string) []string {
	out := []string{k}
	// a w after the first class left out, the classes around it run
	// into one: the key Arabic gives when it writes the w as a long
	// vowel («نوانكو» NNK, "Nwankwo" NWNK; wAsVowel)
	if i := strings.IndexByte(k[min(1, len(k)):], 'W'); i >= 0 && len(k) >= 3 {
		i++
		d := k[:i] + k[i+1:]
		if i < len(d) && d[i-1] == d[i] {
			d = d[:i] + d[i+1:]
		}
		out = append(out, d)
	}
	if len(k) < 3 {
		return out
	}
	for i := 0; i < len(k); i++ {
		d := k[:i] + k[i+1:]
		if d != out[len(out)-1] {
			out = append(out, d)
		}
	}
	return out
}

// vowelShape maps the romanisation to consonant classes while keeping
// one generic vowel per vowel run, so that Jaro-Winkler compares the
// syllable shape ("witkof" and "witkov" agree) without being misled by
// the vowel letters, which machine translation and transliteration vary
// most.
func vowelShape(lat string) string {
	b := make([]byte, 0, len(lat))
	inV := false
	for i := 0; i < len(lat); i++ {
		c := lat[i]
		if c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0) {
			if !inV {
				b = append(b, 'a')
			}
			inV = true
			continue
		}
		inV = false
		k := translit.WordKey(string(c))
		if k == "" {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == k[0] {
			continue
		}
		b = append(b, k[0])
	}
	return string(b)
}

// tokSim is the similarity of two name words in [0,1]: mostly the
// consonant-key similarity (the part both scripts write), plus a smaller
// share of Jaro-Winkler on the vowel shape (how the syllables line up).
func tokSim(a, b tok) float64 {
	if a.lat == b.lat {
		return 1
	}
	if nisbaPair(a.lat, b.lat) || !a.ar && !b.ar && nisbaNounPair(a.lat, b.lat) {
		return 0
	}
	s := tokSim1(a, b)
	if s == 1 || a.ar && b.ar {
		return s // Arabic script writes its letters one way
	}
	va, vb := variantToks(a), variantToks(b)
	if len(va)+len(vb) == 0 {
		return s
	}
	// another romanisation's letters for the same sound: French "ch"
	// for ش ("Hicham", "Hisham"), "h" for kh ("Horlenko", «خورلينكو»)
	for _, x := range append([]tok{a}, va...) {
		for _, y := range append([]tok{b}, vb...) {
			if x.lat != a.lat || y.lat != b.lat {
				s = max(s, tokSim1(x, y))
			}
		}
	}
	return s
}

var variantCache sync.Map // tok.lat and script -> []tok, for the words that have variants

// variantToks are the word as other romanisations write it
// (translit.Variants), with the word's script and given name.
func variantToks(t tok) []tok {
	ls := translit.Variants(t.lat, t.ar)
	if len(ls) == 0 {
		return nil
	}
	k := t.lat
	if t.ar {
		k = "ar:" + k
	}
	if v, ok := variantCache.Load(k); ok {
		return v.([]tok)
	}
	var out []tok
	for _, l := range ls {
		x := makeTok(l)
		x.ar, x.cons, x.given = t.ar, t.cons, t.given
		out = append(out, x)
	}
	variantCache.Store(k, out)
	return out
}

// tokSim1 is tokSim of the two spellings as they are written.
func tokSim1(a, b tok) float64 {
	if a.lat == b.lat {
		return 1
	}
	ks := translit.KeySimilarity(a.key, b.key)
	if a.ar != b.ar {
		ks = max(ks, wAsVowel(a, b), wAsVowel(b, a))
	}
	js := JaroWinkler(a.shape, b.shape)
	if a.ar != b.ar {
		js = max(js, hVowelShape(a, b), hVowelShape(b, a))
	}
	s := 0.7*ks + 0.3*js
	if !a.ar && !b.ar {
		// two words in Latin letters that share a key but few letters in
		// order are two names ("Paul" and "Bill", "Prichard" and
		// "Berkrot", "Kennedys" and "Kuntz"): the key stands for sounds
		// that another script or a machine translation spells otherwise
		// ("Brenchov" for "Brenkoff" keeps most letters in order)
		if jw := JaroWinkler(a.lat, b.lat); jw < 0.65 {
			s = min(s, jw+0.2)
		}
	}
	return s
}

// hVowelShape is the shape similarity of a word in Latin letters that
// opens with h and a vowel and one romanised from Arabic that opens with
// h (ه, ح) and a consonant ("Himai", «الحمائي» hmai; "Hazmun", «حزمون»):
// the key drops h, so the Latin short vowel after it, which Arabic does
// not write, would open the Latin shape alone. Compared without it; 0
// when the two do not open so.
func hVowelShape(lat, ar tok) float64 {
	if lat.ar || !ar.ar || len(lat.lat) < 3 || len(ar.lat) < 3 || lat.lat[0] != 'h' || ar.lat[0] != 'h' {
		return 0
	}
	if !strings.ContainsRune("aeiou", rune(lat.lat[1])) || strings.ContainsRune("aeiouy", rune(ar.lat[1])) || !strings.HasPrefix(lat.shape, "a") || strings.HasPrefix(ar.shape, "a") {
		return 0
	}
	return JaroWinkler(lat.shape[1:], ar.shape)
}

// wAsVowel is the key similarity of a word in Latin letters and one
// romanised from Arabic when a w of the Latin word is the و that the
// Arabic spelling wrote there: after a consonant, Arabic reads و as a
// long vowel and its romanisation writes o («مروان» mroan, «درويش»
// droish, «الرويلي» roili), while English writes "Marwan", "Darwish",
// "Ruwaili", and Persian names written with v the same و ("Tavakoli",
// «توكلي»). The Latin key without that w (or v) is compared, for a quarter
// of a class more, only where the Arabic word has its o or u in that
// very place (Rana, «رنا», is no "Rawan"); 0 when no w fits. A w that
// starts the Latin word is a consonant in both scripts.
func wAsVowel(lat, ar tok) float64 {
	if lat.ar || !ar.ar || strings.HasPrefix(lat.lat, "w") {
		return 0
	}
	best := 0.0
	for i := 0; i < len(lat.key); i++ {
		if i >= len(ar.vowels) || !strings.ContainsAny(ar.vowels[i], "ou") {
			continue
		}
		// a v only where و stands alone between two consonants
		// («توكلي» Tavakoli), not beside another long vowel («بوارو» is
		// no "Beaver")
		if !(lat.key[i] == 'W' || lat.key[i] == 'F' && strings.Contains(lat.lat, "v") && (ar.vowels[i] == "o" || ar.vowels[i] == "u")) {
			continue
		}
		k := lat.key[:i] + lat.key[i+1:]
		if i > 0 && i < len(k) && k[i-1] == k[i] {
			k = k[:i] + k[i+1:] // the classes around it run into one, as in Arabic ("Nwankwo", «نوانكو»)
		}
		m := max(len(lat.key), len(ar.key))
		best = max(best, 1-(translit.KeyDistance(k, ar.key)+0.25)/float64(m))
	}
	return best
}

// Similarity scores how alike two names are, in either script, in
// [0,1]: the consonant keys of the whole names compared with
// KeySimilarity, and the romanisations with Jaro-Winkler. It is meant
// for lookups (kg explain), not for merging decisions.
func Similarity(a, b string) float64 {
	la, lb := translit.Latin(a), translit.Latin(b)
	if la == lb {
		return 1
	}
	ka := strings.ReplaceAll(translit.Key(a), " ", "")
	kb := strings.ReplaceAll(translit.Key(b), " ", "")
	return 0.7*translit.KeySimilarity(ka, kb) + 0.3*JaroWinkler(la, lb)
}

// nisbaPair reports two words of which one is the other with the
// ending of a relative adjective, the article aside: "Ibrahimi" is a
// family name made from "Ibrahim" (a given name), «الهاشمي» from
// «هاشم», and they name different people. The ending is an "i" or "y"
// after a base of four letters or more that ends in a consonant.
func nisbaPair(a, b string) bool {
	a, b = stripArticle(a), stripArticle(b)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || !strings.HasPrefix(b, a) || strings.ContainsAny(a[len(a)-1:], "iy") {
		return false // "Zelensky", "Zelenskyy": one name
	}
	rest := b[len(a):]
	return rest == "i" || rest == "y" || rest == "iy" || rest == "ii"
}

// nisbaNounPair reports two Latin spellings of which one is a relative
// adjective ending in "i" and the other the noun it is made from, ending
// in the ta marbuta's "a", "ah" or "eh" ("Mashnouqi", "Mashnouqa"), or
// the adjective's feminine ("Mashnouqiya", "-iyah", "-ieh"): two family
// names, or a family name and a place. The two words' bases, the article
// aside, must be the same four letters or more ending in a consonant.
func nisbaNounPair(a, b string) bool {
	a, b = stripArticle(a), stripArticle(b)
	for _, p := range [2][2]string{{a, b}, {b, a}} {
		adj, other := p[0], p[1]
		base, ok := strings.CutSuffix(adj, "i")
		if !ok || len(base) < 4 || strings.ContainsAny(base[len(base)-1:], "aeiouy") {
			continue
		}
		for _, end := range []string{"a", "ah", "eh"} {
			if other == base+end {
				return true
			}
		}
		for _, end := range []string{"ya", "yah", "yya", "yyah", "eh", "yeh"} {
			if other == adj+end {
				return true
			}
		}
	}
	return false
}

// stripArticle drops a romanised Arabic article from a word ("al-", "el").
func stripArticle(w string) string {
	for _, p := range []string{"al-", "el-", "al", "el"} {
		if r, ok := strings.CutPrefix(w, p); ok && len(r) >= 3 {
			return r
		}
	}
	return w
}
