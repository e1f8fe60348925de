// Package iri builds the IRIs of a knowledge graph's documents, entities
// and facts: one builder, so that every exporter that writes IRIs (the
// JSON-LD of graph/jsonld, the N-Quads and Turtle of graph/rdf) names a
// node the same way, and every IRI it writes is valid whatever the id
// holds (a file name such as "Reuters report (1).txt").
package iri

import (
	"net/url"
	"strings"
)

// The namespaces of the graph's own nodes.
const (
	EntityNS = "urn:newskg:entity:"
	FactNS   = "urn:newskg:fact:"
	DocNS    = "urn:newskg:doc:"
)

const hex = "0123456789ABCDEF"

// Local percent-encodes id for use after a namespace: ASCII letters,
// digits and -._~ (RFC 3986's unreserved characters) pass unchanged,
// every other byte becomes %XX. Ids made of those characters alone, as
// entity slugs are, are written as they are.
func Local(id string) string {
	for i := 0; i < len(id); i++ {
		if !unreserved(id[i]) {
			return string(AppendLocal(make([]byte, 0, len(id)+8), id))
		}
	}
	return id
}

// AppendLocal appends Local(id).
func AppendLocal(b []byte, id string) []byte {
	start := 0 // the unreserved bytes from start on are appended together
	for i := 0; i < len(id); i++ {
		c := id[i]
		if unreserved(c) {
			continue
		}
		b = append(b, id[start:i]...)
		b = append(b, '%', hex[c>>4], hex[c&15])
		start = i + 1
	}
	return append(b, id[start:]...)
}

func unreserved(c byte) bool { return isUnreserved[c] }

var isUnreserved = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
	}
	return t
}()

// Unlocal reverses Local. A text with no valid escape (written by an
// older version, or by hand) is returned as it is.
func Unlocal(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// Entity, Fact and Doc return the full IRIs of an entity, a fact and a
// document by id.
func Entity(id string) string { return EntityNS + Local(id) }

// Fact returns the IRI of the fact with id.
func Fact(id string) string { return FactNS + Local(id) }

// Doc returns the IRI of the document with id: the name of its graph in
// N-Quads.
func Doc(id string) string { return DocNS + Local(id) }

// External returns an IRI from outside the graph (an entity's sameAs)
// with the characters an IRI may not hold percent-encoded: controls,
// space and <>"{}|^`\.
func External(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c == 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
