package resolve

import (
	"testing"

	"newskg/graph"
)

func TestRelink(t *testing.T) {
	ev := graph.Mention{Type: graph.Event, Key: "event:a"}
	del := graph.Mention{Type: graph.Delegation, Key: "delegation:x"}
	per := graph.Mention{Type: graph.Person, Key: "p:old"}
	ms := []graph.Mention{ev, per}
	rels := []graph.Relation{{Subject: del, Object: graph.Mention{Type: graph.Event, Key: "event:b"}}}

	if f := Relink(ms, rels, func() {}); f != nil {
		t.Fatalf("a link that changed nothing gave a rekeying")
	}
	f := Relink(ms, rels, func() {
		ms[0].Key = "event:joined"
		ms[1].Key = "p:new" // a named mention's key is not the linker's to give
		rels[0].Subject.Key = "delegation:y"
		rels[0].Object.Key = "event:joined"
	})
	if f == nil {
		t.Fatal("no rekeying after keys changed")
	}
	for _, c := range []struct {
		m    graph.Mention
		want string
	}{
		{ev, "event:joined"},
		{graph.Mention{Type: graph.Event, Key: "event:b"}, "event:joined"},
		{del, "delegation:y"},
		{per, "p:old"},
		{graph.Mention{Type: graph.Delegation, Key: "event:a"}, "event:a"}, // the type is part of the key
		{graph.Mention{Type: graph.Event, Key: "event:other"}, "event:other"},
	} {
		if got := f(c.m); got != c.want {
			t.Errorf("rekey(%s %s) = %q, want %q", c.m.Type, c.m.Key, got, c.want)
		}
	}
}
