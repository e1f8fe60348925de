package iri

import (
	"regexp"
	"testing"
)

var encoded = regexp.MustCompile(`^([A-Za-z0-9._~-]|%[0-9A-F]{2})*$`)

func TestLocal(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"person-anna-berg", "person-anna-berg"},
		{"Reuters report (1).txt", "Reuters%20report%20%281%29.txt"},
		{"a/b:c#d?e%f", "a%2Fb%3Ac%23d%3Fe%25f"},
		{"تقرير", "%D8%AA%D9%82%D8%B1%D9%8A%D8%B1"},
	} {
		if got := Local(tc.id); got != tc.want {
			t.Errorf("Local(%q) = %q, want %q", tc.id, got, tc.want)
		}
		if back := Unlocal(tc.want); back != tc.id {
			t.Errorf("Unlocal(%q) = %q, want %q", tc.want, back, tc.id)
		}
	}
	if got := External("http://x.example/a b<c>"); got != "http://x.example/a%20b%3Cc%3E" {
		t.Errorf("External: %q", got)
	}
}

// FuzzLocal: Local writes only unreserved characters and escapes, and
// Unlocal gives the id back.
func FuzzLocal(f *testing.F) {
	for _, s := range []string{"", "a b", "100%", "%zz", "تقرير (2).txt", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		l := Local(id)
		if !encoded.MatchString(l) {
			t.Fatalf("Local(%q) = %q holds other characters", id, l)
		}
		if back := Unlocal(l); back != id {
			t.Fatalf("Unlocal(Local(%q)) = %q", id, back)
		}
	})
}
