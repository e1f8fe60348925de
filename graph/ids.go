package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
)

// ContentID is base with a short hash of content: the id of one of
// several entities that would have the same base id (type and name).
// content is something of the entity itself that other articles do not
// change (where it was first mentioned, its knowledge-base id, the
// decision that made it), so the id does not move when unrelated
// articles are added. Where two contents' hashes meet, longer ones tell
// them apart (ContentIDLen).
func ContentID(base, content string) string { return ContentIDLen(base, content, 6) }

// ContentIDLen is ContentID with n hex digits of hash (6 to 40).
func ContentIDLen(base, content string, n int) string {
	h := sha1.Sum([]byte(content))
	n = min(max(n, 6), 2*len(h))
	return base + "-" + hex.EncodeToString(h[:])[:n]
}

// CombineConfidence is the confidence of a fact read in several
// independent documents: 1 - prod(1 - c_doc), c_doc the best evidence of
// one document (sentences of one article are not independent), rounded
// to three decimals.
func CombineConfidence(ev []Evidence) float64 {
	best := map[string]float64{}
	var docs []string
	for _, e := range ev {
		if _, ok := best[e.Doc]; !ok {
			docs = append(docs, e.Doc)
		}
		if e.Confidence > best[e.Doc] {
			best[e.Doc] = e.Confidence
		}
	}
	sort.Strings(docs)
	miss := 1.0
	for _, d := range docs {
		miss *= 1 - min(best[d], 1)
	}
	return float64(int((1-miss)*1000+0.5)) / 1000
}
