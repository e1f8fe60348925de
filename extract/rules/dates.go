package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// weekdays and months map date words (keys) to their values.
var weekdays, months = dateWords()

// dateWord reports whether a token names a weekday or a month.
func dateWord(t token) bool {
	_, wd := weekdays[t.key]
	return wd || monthKey(t)
}

// numericDate reports a date written in figures, day, month and year (or
// year first) joined by slashes, dots or dashes: "19/1/2025",
// "2025.01.19", «18-5-2025» (a tokenizer's word: a slash joins figures).
func numericDate(s string) bool {
	sep := "/"
	for _, c := range []string{".", "-"} {
		if !strings.Contains(s, sep) {
			sep = c
		}
	}
	ps := strings.Split(s, sep)
	if len(ps) != 3 {
		return false
	}
	for _, p := range ps {
		if !isNumber(p) || len(p) > 4 {
			return false
		}
	}
	return len(ps[0]) == 4 || len(ps[2]) == 4 || len(ps[2]) == 2
}

// monthKey reports whether a token names a month («مارس», «آذار», "March").
func monthKey(t token) bool {
	_, mo := months[t.key]
	return mo
}

func dateWords() (map[string]time.Weekday, map[string]time.Month) {
	wd, mo := map[string]time.Weekday{}, map[string]time.Month{}
	for _, l := range lexLangs {
		for _, e := range lexFile(l, "dates.tsv") {
			n, err := strconv.Atoi(e.Value)
			switch {
			case err != nil:
				panic(fmt.Sprintf("data/%s/dates.tsv:%d: %v", l, e.Line, err))
			case e.Class == "weekday" && n >= 0 && n <= 6:
				wd[e.Key] = time.Weekday(n)
			case e.Class == "month" && n >= 1 && n <= 12:
				mo[e.Key] = time.Month(n)
			default:
				panic(fmt.Sprintf("data/%s/dates.tsv:%d: bad row", l, e.Line))
			}
		}
	}
	return wd, mo
}

// parsePublished reads an article's publication date in the common feed formats.
func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "2 January 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateIn finds the date a sentence gives: "January 23" or «23 يناير»
// (the year from the text, else the publication's), "on Tuesday" or
// «يوم الثلاثاء» (the nearest such day to the publication date, the past
// one on a tie), "today" (the publication date). It returns "" when the
// sentence gives none or a relative date has nothing to resolve against.
func dateIn(toks []token, published string) string {
	pub, havePub := parsePublished(published)
	year := 0
	for _, t := range toks {
		if len(t.text) == 4 && isNumber(t.text) && (t.text[:2] == "19" || t.text[:2] == "20") {
			year, _ = strconv.Atoi(t.text)
			break
		}
	}
	for i, t := range toks {
		if m, ok := months[t.key]; ok {
			day := 0
			// "23 and 24 January", «23 و24 يناير»: the first day of a range
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				w := strings.TrimPrefix(toks[j].text, "و")
				if isNumber(w) && len(w) <= 2 {
					day, _ = strconv.Atoi(w)
					continue
				}
				if toks[j].key == "and" || toks[j].key == "و" || toks[j].text == "-" {
					continue
				}
				break
			}
			if day == 0 && i+1 < len(toks) && isNumber(toks[i+1].text) && len(toks[i+1].text) <= 2 {
				day, _ = strconv.Atoi(toks[i+1].text)
			}
			y := year
			if y == 0 && havePub {
				y = pub.Year()
			}
			if day >= 1 && day <= 31 && y > 0 {
				return time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
			}
		}
	}
	if !havePub {
		return ""
	}
	for _, t := range toks {
		if wd, ok := weekdays[t.key]; ok {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			fwd := (int(wd) - int(pub.Weekday()) + 7) % 7
			if fwd < back {
				return pub.AddDate(0, 0, fwd).Format("2006-01-02")
			}
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
		switch t.key {
		case "today", "اليوم":
			return pub.Format("2006-01-02")
		case "yesterday", "امس":
			return pub.AddDate(0, 0, -1).Format("2006-01-02")
		}
	}
	return ""
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// dayRange reports two days of a month joined by a hyphen or a dash,
// "16-17" ("on 16-17 February"), read as a number of the date.
func dayRange(s string) bool {
	for _, sep := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok && isNumber(a) && isNumber(b) && len(a) <= 2 && len(b) <= 2 {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return 1 <= x && x < y && y <= 31
		}
	}
	return false
}

// daysApart returns the number of days between two dates written
// "2006-01-02" (a large number when either is none).
func daysApart(a, b string) int {
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea != nil || eb != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// firstFullDate returns the first full date of a text (day, month and
// year, as "2006-01-02"), or "".
func firstFullDate(text string) string {
	if ds := fullDates(text); len(ds) > 0 {
		return ds[0]
	}
	return ""
}

// fullDates returns the full dates a text gives, in order, as
// "2006-01-02": in figures ("19/1/2025", «18-5-2025», "2025.01.19"),
// or with a month's name ("19 January 2025", "October 16, 2024", «14
// نونبر 2024»).
func fullDates(text string) []string {
	var out []string
	add := func(y, m, d int) {
		if y >= 1900 && y < 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			out = append(out, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
		}
	}
	toks := tokenize(text, 0, len(text))
	for i, t := range toks {
		if numericDate(t.text) {
			ps := strings.FieldsFunc(t.text, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
			a, _ := strconv.Atoi(ps[0])
			b, _ := strconv.Atoi(ps[1])
			c, _ := strconv.Atoi(ps[2])
			switch {
			case len(ps[0]) == 4:
				add(a, b, c)
			case b > 12:
				add(c, a, b) // the American order: "1/19/2025"
			default:
				add(c, b, a)
			}
			continue
		}
		m, ok := months[t.key]
		if !ok {
			continue
		}
		num := func(k int) int {
			if k < 0 || k >= len(toks) {
				return 0
			}
			w := toks[k].text
			if d, ok := figureOrdinal(w); ok {
				w = d // "January 19th, 2025"
			}
			if isNumber(w) {
				n, _ := strconv.Atoi(w)
				return n
			}
			return 0
		}
		// "19 January 2025", "October 16, 2024"
		if d, y := num(i-1), num(i+1); d > 0 && y >= 1900 {
			add(y, int(m), d)
		} else if d := num(i + 1); d > 0 && d <= 31 {
			k := i + 2
			if k < len(toks) && (toks[k].text == "," || toks[k].text == "،") {
				k++
			}
			add(num(k), int(m), d)
		}
	}
	return out
}
