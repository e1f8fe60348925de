package rules

import (
	"slices"
	"testing"

	"newskg/graph/kb"
)

// TestHolderNames: an office-holder of the knowledge base (here made up)
// is found by his full name where a word of it reads as a title, and a
// longer name that ends with his gives his country, not the report's.
func TestHolderNames(t *testing.T) {
	k, err := kb.WithUser()
	if err != nil {
		t.Fatal(err)
	}
	k.AddHolder(&kb.OfficeHolder{Name: "Amir Tarek Halabi", Country: "JO", Office: "foreign-minister"})
	k.AddHolder(&kb.OfficeHolder{Name: "Rafael Ostos Quiroga", Country: "PE", Office: "head-of-government"})
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"CAIRO — Later, the minister joined Foreign Minister Karimov and Acting Foreign Minister of Jordan Amir Tarek Halabi for a trilateral meeting.",
			[]string{"holdsPosition(Amir Tarek Halabi|Jordan|foreign minister)"},
			[]string{"holdsPosition(Tarek Halabi|Jordan|foreign minister)"}},
		{"CAIRO — President Ana Ruiz met Prime Minister Carlos Rafael Ostos Quiroga on Monday.",
			[]string{"holdsPosition(Carlos Rafael Ostos Quiroga|Peru|prime minister)"},
			[]string{"holdsPosition(Carlos Rafael Ostos Quiroga|Egypt|prime minister)"}},
	} {
		got := extractFactsKB(t, k, c.text, "", nil, nil)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s\nmissing %s; got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%s\nunwanted %s", c.text, n)
			}
		}
	}
}
