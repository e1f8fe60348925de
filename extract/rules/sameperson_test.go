package rules

import (
	"testing"

	"newskg/graph"
)

func TestSamePerson(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Vidal", "Javier Torres Vidal", true},
		// the paternal surname of an Iberian name, the mother's after it
		{"Torres", "Javier Torres Vidal", true},
		{"Nuno", "Luis Alberto Nuno da Costa", true},
		// the given name is no surname; nor is a father's name after
		// "bin", nor a short word
		{"Javier", "Javier Torres Vidal", false},
		{"Abdulrahman", "Mohammed bin Abdulrahman Al Thani", false},
		{"Lee", "Mark Lee Dunn", false},
		{"Torres", "Ana Torres", true},
		{"Torres", "Ana Ruiz", false},
		// a family name first in capitals
		{"Sato", "SATO Kenji", true},
		{"Kenji", "SATO Kenji", false},
		{"Sato", "NATO Kenji", false},
		// a generational suffix is no family name
		{"Reyes", "Carlos M. Reyes Jr", true},
		{"Jr", "Carlos M. Reyes Jr", false},
		{"يوسف بن فهد", "يوسف بن محمد بن فهد العتيبي", true},
		// no middle word of an Arabic name stands for it
		{"محمد", "يوسف محمد العتيبي", false},
	} {
		a := graph.Mention{Type: graph.Person, Text: c.a}
		b := graph.Mention{Type: graph.Person, Text: c.b}
		if got := samePerson(a, b); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := samePerson(b, a); got != c.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
