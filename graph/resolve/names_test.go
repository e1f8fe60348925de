package resolve

import "testing"

// TestCleanTextKeepsHolderName: a title's word that opens an office-
// holder's full name is his given name, kept; before anyone else's name
// it is a title, stripped.
func TestCleanTextKeepsHolderName(t *testing.T) {
	old := holderNamed
	defer func() { holderNamed = old }()
	holderNamed = func(name string) bool { return name == "Amir Tarek Halabi" }
	for in, want := range map[string]string{
		"Amir Tarek Halabi":          "Amir Tarek Halabi",
		"Minister Amir Tarek Halabi": "Amir Tarek Halabi",
		"Amir Salem Dabbas":          "Salem Dabbas",
	} {
		if got := cleanText(in); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}
