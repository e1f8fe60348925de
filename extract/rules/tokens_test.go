package rules

import (
	"fmt"
	"reflect"
	"testing"
)

// TestWordCache: a token read from the word cache is the token computed
// afresh, in both scripts, and the cache never holds more than maxWords.
func TestWordCache(t *testing.T) {
	for _, text := range []string{
		"Foreign Minister Tarek Oulmi met U.S. envoy Linda Krom in Valletta.",
		"والتقى وزير الخارجية طارق العلمي بالمبعوث ليندا كروم في فاليتا.",
	} {
		t.Run(text, func(t *testing.T) {
			first := tokenize(text, 0, len(text))
			again := tokenize(text, 0, len(text)) // from the cache
			if !reflect.DeepEqual(first, again) {
				t.Fatalf("cached tokens differ:\n%+v\n%+v", first, again)
			}
			for _, tok := range again {
				f := formsOf(tok.text)
				if tok.key != f.key || tok.arabic != f.arabic || tok.upper != f.upper || !reflect.DeepEqual(tok.stems, f.stems) {
					t.Errorf("%q: cached %+v, computed %+v", tok.text, tok, f)
				}
			}
		})
	}
	t.Run("bounded", func(t *testing.T) {
		for i := 0; i < maxWords+10; i++ {
			newToken(fmt.Sprintf("w%d", i), 0, 1)
		}
		n := 0
		words.m.Range(func(any, any) bool { n++; return true })
		if n > maxWords {
			t.Errorf("%d words cached, more than %d", n, maxWords)
		}
		if tok := newToken("Valletta", 0, 8); tok.key != formsOf("Valletta").key || !tok.upper {
			t.Errorf("after a reset: %+v", tok)
		}
	})
}
