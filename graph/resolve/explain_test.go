package resolve

import (
	"strings"
	"testing"
)

// TestWhyApart checks the reasons kg explain gives for two entities the
// rules kept apart: the rule that judged their closest forms and what
// stopped it.
func TestWhyApart(t *testing.T) {
	cases := []struct {
		name       string
		spec       []string
		a, b       string
		rule, want string
	}{
		{"other surnames", []string{"a|Person|Tomas Berkov", "b|Person|Tomas Berman"}, "Tomas Berkov", "Tomas Berman", RuleFuzzy, "surnames"},
		{"other given names", []string{"a|Person|John Harper", "b|Person|Mary Harper"}, "John Harper", "Mary Harper", RuleFuzzy, "given names"},
		{"ambiguous surname", []string{"a|Person|John Harper", "b|Person|Mary Harper", "c|Person|Harper"}, "Harper", "John Harper", RuleSurnameCross, "ambiguous"},
		{"each with its own full name", []string{"a|Person|Tomas Bakun", "a|Person|Bakun", "b|Person|Piotr Pakun", "b|Person|Pakun"}, "Bakun", "Pakun", RuleSurnameCross, "its own entity's full name"},
		{"initialisms", []string{"a|Organization|GCC", "b|Organization|G7"}, "GCC", "G7", RuleExactKey, "initialism"},
		{"types across articles", []string{"a|Person|Danlak", "b|Place|دانلاك"}, "Danlak", "دانلاك", RuleTypeConflict, "within one article"},
		{"the father's name after bin", []string{"a|Person|Faris bin Khalid", "a|Person|Khalid"}, "Khalid", "Faris bin Khalid", RuleSurnameArticle, "father's name"},
		{"body without its country elsewhere", []string{"a|Organization|المجلس الأعلى الليبي", "b|Organization|المجلس الأعلى"}, "المجلس الأعلى", "المجلس الأعلى الليبي", RuleQualified, "within one article"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, _ := mustResolve(t, mentionsOf(c.spec...), nil, Options{})
			ea, eb := entityWith(g, c.a), entityWith(g, c.b)
			if ea == nil || eb == nil || ea == eb {
				t.Fatalf("%q and %q: %v %v", c.a, c.b, ea, eb)
			}
			v := WhyApart(g, ea, eb)
			if v.Rule != c.rule || !strings.Contains(v.Reason, c.want) {
				t.Errorf("verdict %+v, want rule %s and a reason with %q", v, c.rule, c.want)
			}
			if n, _ := Nearest(g, ea, 0.5); n == nil {
				t.Errorf("no entity near %s", ea.ID)
			}
		})
	}
}
