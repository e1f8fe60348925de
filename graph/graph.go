// Package graph is the domain of the knowledge graph: entity and relation
// types of the ontology, mentions found in documents, the evidence that
// backs every fact, and the KG that holds resolved entities and facts.
//
// Extractors produce Mentions and mention-level Relations; a resolver
// (package graph/resolve) turns them into Entities and Facts of a KG;
// exporters (graph/jsonld, graph/dot, graph/svg, ...) write the KG.
// The package depends on the standard library and on
// github.com/dominikbraun/graph, used as a traversal index only.
package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityType is one of the seven entity types of the ontology.
type EntityType string

// The entity types.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	City         EntityType = "City"
	Place        EntityType = "Place"
	Delegation   EntityType = "Delegation"
	Event        EntityType = "Event"
)

// EntityTypes lists the entity types in a fixed order.
var EntityTypes = []EntityType{Person, Organization, Country, City, Place, Delegation, Event}

// Valid reports whether t is a type of the ontology.
func (t EntityType) Valid() bool {
	for _, x := range EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// Named reports whether entities of this type carry proper names (as
// opposed to delegations and events, which are described).
func (t EntityType) Named() bool {
	return t == Person || t == Organization || t == Country || t == City || t == Place
}

// Location reports whether t is a place-like type.
func (t EntityType) Location() bool { return t == Country || t == City || t == Place }

// Predicate is one of the ten relation kinds of the ontology.
type Predicate string

// The predicates.
const (
	HoldsPosition  Predicate = "holdsPosition"
	MemberOf       Predicate = "memberOf"
	Leads          Predicate = "leads"
	Represents     Predicate = "represents"
	ParticipatesIn Predicate = "participatesIn"
	HeldIn         Predicate = "heldIn"
	LocatedIn      Predicate = "locatedIn"
	MeetsWith      Predicate = "meetsWith"
	Advises        Predicate = "advises"
	Mediates       Predicate = "mediates"
)

// Predicates lists the predicates in a fixed order.
var Predicates = []Predicate{HoldsPosition, MemberOf, Leads, Represents, ParticipatesIn, HeldIn, LocatedIn, MeetsWith, Advises, Mediates}

// Valid reports whether p is a predicate of the ontology.
func (p Predicate) Valid() bool {
	for _, x := range Predicates {
		if x == p {
			return true
		}
	}
	return false
}

// Symmetric reports whether the predicate holds both ways (meetsWith).
func (p Predicate) Symmetric() bool { return p == MeetsWith }

// Mention is one occurrence of an entity in a document.
type Mention struct {
	Doc   string     `json:"doc"`            // document id (the input file name)
	Text  string     `json:"text"`           // the surface form, exactly as in the document
	Type  EntityType `json:"type"`           // the entity type
	Start int        `json:"start"`          // byte offset of Text in the document
	End   int        `json:"end"`            // byte offset just past Text
	Sent  int        `json:"sent"`           // sentence index in the document
	Lang  string     `json:"lang,omitempty"` // "en" or "ar": the script of Text
	// Name is a canonical name when the extractor knows the entity from a
	// lexicon or knowledge base (e.g. "Russia" for «روسيا»); empty otherwise.
	Name string `json:"name,omitempty"`
	// KBID is the knowledge-base id of the entity when known.
	KBID string `json:"kbid,omitempty"`
	// Key groups mentions that the extractor knows to be one entity within
	// a document: for a delegation the country it represents, for an event
	// an event key. Empty for ordinary named mentions.
	Key string `json:"key,omitempty"`
	// Country is the country (or body) a delegation represents, and Place
	// the place an event was held in (a country or place name): typed
	// identity for linking events across articles.
	Country    string  `json:"country,omitempty"`
	Place      string  `json:"place,omitempty"`
	Role       string  `json:"role,omitempty"` // a title seen with a person mention ("foreign minister")
	Date       string  `json:"date,omitempty"` // for events: the ISO date the text gives, where known
	Extractor  string  `json:"extractor,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Adjectival reports whether the mention is a nationality adjective
// standing for its country ("Russian", «الروسي»), or a title whose
// country the document implies ("Secretary of State" in an American
// readout): it evidences relations but is not a name of the entity.
func (m Mention) Adjectival() bool { return m.Extractor == "demonym" || m.Extractor == "implied" }

// Overlaps reports whether two mentions of one document share characters.
func (m Mention) Overlaps(o Mention) bool {
	return m.Doc == o.Doc && m.Start < o.End && o.Start < m.End
}

// Evidence ties a fact to the sentence it was read from.
type Evidence struct {
	Doc       string `json:"doc"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	// Text is the sentence exactly as it appears in the document.
	Text string `json:"text"`
	// Character (rune) offsets in the document: the sentence and the two mentions.
	Start        int     `json:"start"`
	End          int     `json:"end"`
	SubjectStart int     `json:"subjectStart"`
	SubjectEnd   int     `json:"subjectEnd"`
	ObjectStart  int     `json:"objectStart"`
	ObjectEnd    int     `json:"objectEnd"`
	Extractor    string  `json:"extractor"`
	Rule         string  `json:"rule"`
	Confidence   float64 `json:"confidence"`
}

// Relation is a mention-level fact produced by an extractor.
type Relation struct {
	Subject    Mention   `json:"subject"`
	Predicate  Predicate `json:"predicate"`
	Object     Mention   `json:"object"`
	Role       string    `json:"role,omitempty"`       // lower-case English role, for holdsPosition
	RolePhrase string    `json:"rolePhrase,omitempty"` // the role as written in the text
	Evidence   Evidence  `json:"evidence"`
}

// Alias is one surface form of an entity.
type Alias struct {
	Text  string   `json:"text"`
	Lang  string   `json:"lang"`
	Count int      `json:"count"`
	Docs  []string `json:"docs,omitempty"`
}

// Merge records why a surface form was put on an entity.
type Merge struct {
	Form  string  `json:"form"`  // the form that was attached
	Into  string  `json:"into"`  // the form (or canonical name) it was attached to
	Rule  string  `json:"rule"`  // the rule that decided it
	Key   string  `json:"key"`   // the matching key, where there is one
	Score float64 `json:"score"` // similarity or confidence
}

// Entity is a resolved node of the graph.
type Entity struct {
	ID      string     `json:"id"`
	Type    EntityType `json:"type"`
	Name    string     `json:"name"`
	Aliases []Alias    `json:"aliases"`
	SameAs  []string   `json:"sameAs,omitempty"`
	Docs    []string   `json:"docs"`
	Merges  []Merge    `json:"merges,omitempty"`
	// Roles lists titles seen with a person, lower-case English.
	Roles []string `json:"roles,omitempty"`
	// Date is an ISO date for events when known.
	Date     string `json:"date,omitempty"`
	Mentions int    `json:"mentions"`
	// Romanized marks a Name that no article writes: a person seen only
	// in Arabic script is named by a romanisation of its forms.
	Romanized bool `json:"romanized,omitempty"`
}

// Fact is a resolved relation between two entities with all its evidence.
type Fact struct {
	ID         string     `json:"id"`
	Subject    string     `json:"subject"`
	Predicate  Predicate  `json:"predicate"`
	Object     string     `json:"object"`
	Role       string     `json:"role,omitempty"`
	RolePhrase string     `json:"rolePhrase,omitempty"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Sources is the number of distinct documents that support the fact.
func (f *Fact) Sources() int {
	if len(f.Evidence) > 16 {
		seen := map[string]bool{}
		for _, e := range f.Evidence {
			seen[e.Doc] = true
		}
		return len(seen)
	}
	n := 0 // few: no map to allocate
	for i, e := range f.Evidence {
		first := true
		for _, p := range f.Evidence[:i] {
			if p.Doc == e.Doc {
				first = false
				break
			}
		}
		if first {
			n++
		}
	}
	return n
}

// DocInfo describes one input document.
type DocInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
}

// FactID is the stable id of a fact: a hash of its subject, predicate,
// object and role.
func FactID(subject string, p Predicate, object, role string) string {
	h := sha1.Sum([]byte(subject + "\x00" + string(p) + "\x00" + object + "\x00" + role))
	return "rel-" + hex.EncodeToString(h[:6])
}

// EntityID is the stable id of an entity of type t with canonical name
// name: the type and an ASCII slug of the name, or a hash where the name
// has no Latin letters.
func EntityID(t EntityType, name string) string {
	s := Slug(name)
	if s == "" {
		h := sha1.Sum([]byte(name))
		s = "x" + hex.EncodeToString(h[:5])
	}
	return strings.ToLower(string(t)) + "-" + s
}

// Slug lower-cases s, folds accents, and joins its ASCII letters and digits
// with hyphens.
func Slug(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r), r == 'ʹ':
			// a mark, or the prime a romanisation writes between two
			// letters that are no digraph («زهير» "Zʹhir"): in the word
		default:
			dash = true
		}
	}
	return b.String()
}

// SortFacts orders facts by subject, predicate, object, role and id.
func SortFacts(fs []*Fact) {
	less := func(i, j int) bool { return factLess(fs[i], fs[j]) }
	if sort.SliceIsSorted(fs, less) {
		return // a read graph is sorted: one pass, not a stable sort's
	}
	sort.SliceStable(fs, less)
}

// SortEvidence orders evidence by document and position.
func SortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool { return evidenceLess(&ev[i], &ev[j]) })
}

func evidenceLess(a, b *Evidence) bool {
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.SubjectStart != b.SubjectStart {
		return a.SubjectStart < b.SubjectStart
	}
	if a.ObjectStart != b.ObjectStart {
		return a.ObjectStart < b.ObjectStart
	}
	return a.Rule < b.Rule
}
