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
