package ner

import (
	"reflect"
	"testing"
)

func TestClusters(t *testing.T) {
	// Two slots: names after «قال» and before «امس», places after «في».
	var text [][]string
	for _, n := range []string{"سامر", "نادر", "فلورا", "ريتا"} {
		for _, p := range []string{"كنارا", "لوريا", "سمارا"} {
			text = append(text, []string{"قال", n, "امس", "في", p})
		}
	}
	text = append(text, []string{"نادرة"}) // once: below minCount
	a := Clusters(text, 4, 2, 20)
	if b := Clusters(text, 4, 2, 20); !reflect.DeepEqual(a, b) {
		t.Fatalf("two runs differ: %v, %v", a, b)
	}
	if _, ok := a["نادرة"]; ok {
		t.Error("a word seen once has a class")
	}
	for w, c := range a {
		if c < 1 || c >= 4 {
			t.Errorf("%s: class %d outside [1,4)", w, c)
		}
	}
	if a["سامر"] != a["ريتا"] || a["كنارا"] != a["سمارا"] {
		t.Errorf("words of one slot apart: %v", a)
	}
	if a["سامر"] == a["كنارا"] {
		t.Errorf("names and places share class %d: %v", a["سامر"], a)
	}
}
