package ner

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// LoadGazetteer reads the shipped name lists in dir (countries_en_ar.tsv,
// cldr_cities_en_ar.tsv, cldr_territories_en_ar.tsv) and returns the names
// for lang ("en" or "ar"): countries, official names, capitals, cities and
// territories as LOC, and English demonyms as MISC. Missing files are skipped.
func LoadGazetteer(dir, lang string) ([]GazEntry, error) {
	var out []GazEntry
	add := func(name, typ string) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		letters := 0
		for _, r := range name {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 3 {
			return
		}
		out = append(out, GazEntry{Phrase: name, Type: typ})
	}
	read := func(file string, fn func(cols map[string]string)) error {
		f, err := os.Open(filepath.Join(dir, file))
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		var head []string
		for sc.Scan() {
			row := strings.Split(sc.Text(), "\t")
			if head == nil {
				head = row
				continue
			}
			cols := map[string]string{}
			for i, h := range head {
				if i < len(row) {
					cols[h] = row[i]
				}
			}
			fn(cols)
		}
		return sc.Err()
	}
	err := read("countries_en_ar.tsv", func(c map[string]string) {
		if lang == "ar" {
			add(c["name_common_ar"], "LOC")
			add(c["name_official_ar"], "LOC")
			return
		}
		add(c["name_common_en"], "LOC")
		add(c["name_official_en"], "LOC")
		add(c["capital_en"], "LOC")
		for _, a := range strings.Split(c["altSpellings"], "|") {
			ascii := true
			for _, r := range a {
				if r > 0x7f {
					ascii = false
				}
			}
			if ascii && len(a) > 3 {
				add(a, "LOC")
			}
		}
		add(c["demonym_en"], "MISC")
	})
	if err != nil {
		return nil, err
	}
	for _, f := range []string{"cldr_cities_en_ar.tsv", "cldr_territories_en_ar.tsv"} {
		err := read(f, func(c map[string]string) {
			add(c["name_"+lang], "LOC")
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
