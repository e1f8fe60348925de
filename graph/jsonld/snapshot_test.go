package jsonld

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"newskg/graph"
	"newskg/graph/graphtest"
	"newskg/graph/internal/kgtest"
)

// awkward returns a graph with what the JSON-LD changes on the way out
// and back: unrounded confidences, sameAs that is not an IRI yet, invalid
// UTF-8, a bidirectional control, ids with characters IRIs escape, empty
// lists and an entity without facts.
func awkward() *graph.KG {
	g := graphtest.Fixture()
	g.Entities = append(g.Entities,
		&graph.Entity{ID: "person-odd id%2F/\xff", Type: graph.Person, Name: "Bad \xff\xfe name \u202e", SameAs: []string{"Q1 2"},
			Aliases: []graph.Alias{{Text: "\u2028line", Lang: "", Count: 0, Docs: []string{}}}, Roles: []string{}, Docs: []string{"doc \xff"},
			Merges: []graph.Merge{{Form: "a", Into: "b", Rule: "r", Score: 0.123456789}}},
		&graph.Entity{ID: "country-lonely", Type: graph.Country, Name: "Lonely", Romanized: true})
	g.Facts = append(g.Facts, &graph.Fact{ID: "fact odd", Subject: "person-odd id%2F/\xff", Predicate: graph.MemberOf, Object: "country-lonely",
		Role: "r\xff", Confidence: 0.33333, Evidence: []graph.Evidence{{Doc: "doc \xff", Text: "x", Confidence: 0.6666, Start: -1}}},
		&graph.Fact{ID: "fact bare", Subject: "country-lonely", Predicate: graph.LocatedIn, Object: "country-lonely", Confidence: 1})
	g.Normalize()
	return g
}

// TestSnapshotEqualsRead checks that a snapshot gives the graph Read
// gives of the JSON-LD written from the same graph, field for field, on
// the fixture, an awkward graph and a generated one (decoded in several
// runs of entities and facts on every core); and that it is
// deterministic and smaller than the JSON-LD.
func TestSnapshotEqualsRead(t *testing.T) {
	defer func(n int) { runItems = n }(runItems)
	runItems = 100 // runs much shorter than the counts of the graph
	for name, g := range map[string]*graph.KG{"fixture": graphtest.Fixture(), "awkward": awkward(), "generated": kgtest.Generate(2000, 8000, 10), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			src, err := Marshal(g)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Read(bytes.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			sum, _ := SumOf(bytes.NewReader(src))
			snap, err := SnapshotOf(g, sum)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := SnapshotOf(g, sum)
			if !bytes.Equal(snap, again) {
				t.Error("two snapshots of one graph differ")
			}
			if len(snap) >= len(src) && len(g.Facts) > 0 {
				t.Errorf("snapshot %d bytes, JSON-LD %d", len(snap), len(src))
			}
			got, gotSum, err := ReadSnapshot(bytes.NewReader(snap))
			if err != nil {
				t.Fatal(err)
			}
			if gotSum != sum {
				t.Errorf("sum %+v, want %+v", gotSum, sum)
			}
			sameGraph(t, got, want)
			// and it writes the JSON-LD the read graph writes
			back, _ := Marshal(got)
			if wantBack, _ := Marshal(want); !bytes.Equal(back, wantBack) {
				t.Error("the snapshot's graph writes another JSON-LD")
			}
		})
	}
}

func sameGraph(t *testing.T, got, want *graph.KG) {
	t.Helper()
	if !reflect.DeepEqual(got.Docs, want.Docs) {
		t.Errorf("docs differ:\n%+v\n%+v", got.Docs, want.Docs)
	}
	if len(got.Entities) != len(want.Entities) || len(got.Facts) != len(want.Facts) {
		t.Fatalf("%d entities %d facts, want %d %d", len(got.Entities), len(got.Facts), len(want.Entities), len(want.Facts))
	}
	for i := range got.Entities {
		if !reflect.DeepEqual(got.Entities[i], want.Entities[i]) {
			t.Errorf("entity %d:\n%#v\nwant\n%#v", i, got.Entities[i], want.Entities[i])
		}
	}
	for i := range got.Facts {
		if !reflect.DeepEqual(got.Facts[i], want.Facts[i]) {
			t.Errorf("fact %d:\n%#v\nwant\n%#v", i, got.Facts[i], want.Facts[i])
		}
	}
}

// writeSaved writes g's JSON-LD and snapshot into dir, as kg build does.
func writeSaved(t *testing.T, dir string, g *graph.KG) (string, []byte) {
	t.Helper()
	path := filepath.Join(dir, "graph.jsonld")
	src, err := Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, _ := SumOf(bytes.NewReader(src))
	snap, err := SnapshotOf(g, sum)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(SnapshotPath(path), snap, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, src
}

// TestReadFileSnapshot checks that ReadFile takes the graph from a
// snapshot that records the JSON-LD, and from the JSON-LD when the
// snapshot is missing, stale (the JSON-LD edited, even at the same
// size), truncated or not a snapshot; never a graph the JSON-LD does not
// hold.
func TestReadFileSnapshot(t *testing.T) {
	g := graphtest.Fixture()
	src, _ := Marshal(g)
	editedSrc := bytes.Replace(src, []byte(`"Anna Berg"`), []byte(`"Anna Borg"`), 1) // same size
	edited, err := Read(bytes.NewReader(editedSrc))
	if err != nil || edited.Entity("person-anna-berg").Name != "Anna Borg" {
		t.Fatalf("edit: %v", err)
	}
	cases := []struct {
		name  string
		spoil func(t *testing.T, path string, src []byte)
		from  Source
		want  *graph.KG
	}{
		{"fresh", func(*testing.T, string, []byte) {}, FromSnapshot, g},
		{"missing", func(t *testing.T, path string, _ []byte) { os.Remove(SnapshotPath(path)) }, FromJSONLD, g},
		{"edited same size", func(t *testing.T, path string, src []byte) {
			os.WriteFile(path, editedSrc, 0o644)
		}, StaleSnapshot, edited},
		{"edited", func(t *testing.T, path string, src []byte) {
			os.WriteFile(path, bytes.Replace(src, []byte(`"Anna Berg"`), []byte(`"Anna Bergen"`), 1), 0o644)
		}, StaleSnapshot, nil},
		{"truncated", func(t *testing.T, path string, _ []byte) {
			b, _ := os.ReadFile(SnapshotPath(path))
			os.WriteFile(SnapshotPath(path), b[:len(b)-7], 0o644)
		}, StaleSnapshot, g},
		{"garbage", func(t *testing.T, path string, _ []byte) {
			os.WriteFile(SnapshotPath(path), []byte("kg-graph-snapshot 1\nnonsense"), 0o644)
		}, StaleSnapshot, g},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path, src := writeSaved(t, t.TempDir(), g)
			c.spoil(t, path, src)
			got, from, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if from != c.from {
				t.Errorf("read from %v, want %v", from, c.from)
			}
			cur, _ := os.ReadFile(path)
			want, err := Read(bytes.NewReader(cur))
			if err != nil {
				t.Fatal(err)
			}
			sameGraph(t, got, want)
			if c.want != nil {
				wantSrc, _ := Marshal(c.want)
				if back, _ := Marshal(got); !bytes.Equal(back, wantSrc) {
					t.Error("not the graph expected")
				}
			}
		})
	}
}

// TestReadSnapshotNotOne checks that a file that is not a snapshot is
// refused with ErrNoSnapshot, and a corrupt one with an error.
func TestReadSnapshotNotOne(t *testing.T) {
	if _, _, err := ReadSnapshot(bytes.NewReader([]byte(`{"@graph": []}`))); err != ErrNoSnapshot {
		t.Errorf("JSON: %v, want ErrNoSnapshot", err)
	}
	snap, _ := SnapshotOf(graphtest.Fixture(), Sum{})
	for _, cut := range []int{len(snapshotMagic) + 6, len(snap) / 2, len(snap) - 1} {
		if _, _, err := ReadSnapshot(bytes.NewReader(snap[:cut])); err == nil {
			t.Errorf("cut at %d of %d: no error", cut, len(snap))
		}
	}
}

// TestSumWriter checks that the Sum taken while writing is the Sum of
// the bytes read back, whatever the size of the writes.
func TestSumWriter(t *testing.T) {
	src, _ := Marshal(graphtest.Fixture())
	want, _ := SumOf(bytes.NewReader(src))
	for _, step := range []int{1, 7, 4096, len(src)} {
		var b bytes.Buffer
		w := NewSumWriter(&b)
		for i := 0; i < len(src); i += step {
			w.Write(src[i:min(i+step, len(src))])
		}
		if w.Sum() != want || !bytes.Equal(b.Bytes(), src) {
			t.Errorf("writes of %d: %+v, want %+v", step, w.Sum(), want)
		}
	}
}

// TestCopySnapshot checks that the snapshot beside a JSON-LD is copied
// for another JSON-LD of the same Sum, byte for byte, and that it is not
// for one of another Sum, from a stale or missing snapshot, or onto
// itself; nothing is written when nothing is copied.
func TestCopySnapshot(t *testing.T) {
	g := graphtest.Fixture()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	path, src := writeSaved(t, filepath.Join(dir, "a"), g)
	snap, _ := os.ReadFile(SnapshotPath(path))
	sum, _ := SumOf(bytes.NewReader(src))
	other := sum
	other.CRC++
	cases := []struct {
		name     string
		src      string
		sum      Sum
		copied   bool
		prepared func()
	}{
		{"same sum", path, sum, true, nil},
		{"other sum", path, other, false, nil},
		{"other size", path, Sum{Size: sum.Size + 1, CRC: sum.CRC}, false, nil},
		{"no snapshot", filepath.Join(dir, "none", "graph.jsonld"), sum, false, nil},
		{"not a snapshot", filepath.Join(dir, "bad", "graph.jsonld"), sum, false, func() {
			os.MkdirAll(filepath.Join(dir, "bad"), 0o755)
			os.WriteFile(filepath.Join(dir, "bad", "graph.snapshot"), []byte("kg-graph-snapshot 1\n"), 0o644)
		}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.prepared != nil {
				c.prepared()
			}
			dst := filepath.Join(dir, "out", fmt.Sprint(i), "graph.jsonld")
			copied, err := CopySnapshot(c.src, dst, c.sum)
			if err != nil || copied != c.copied {
				t.Fatalf("copied %v, %v; want %v", copied, err, c.copied)
			}
			got, err := os.ReadFile(SnapshotPath(dst))
			if c.copied && !bytes.Equal(got, snap) {
				t.Error("the copy differs")
			}
			if !c.copied && err == nil {
				t.Error("a snapshot was written without a copy")
			}
		})
	}
	if copied, err := CopySnapshot(path, path, sum); !copied || err != nil {
		t.Errorf("onto itself: %v, %v", copied, err)
	}
	if b, _ := os.ReadFile(SnapshotPath(path)); !bytes.Equal(b, snap) {
		t.Error("onto itself: the snapshot changed")
	}
}

// WriteSnapshot, whose body waits in a temporary file while the string
// table is gathered, writes the bytes of the snapshot made in memory
// (SnapshotOf): for graphs whose entities and facts take many moves to
// the file, and where no temporary file can be made.
func TestSnapshotSpilledBody(t *testing.T) {
	for name, g := range map[string]*graph.KG{"fixture": graphtest.Fixture(), "awkward": awkward(), "generated": kgtest.Generate(3*spillEvery, 5*spillEvery, 10), "empty": {}} {
		for _, tmp := range []string{"", "none"} {
			t.Run(name+"/tmp="+tmp, func(t *testing.T) {
				if tmp == "none" {
					t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
				}
				sum := Sum{Size: 12345, CRC: 0xfeed}
				want, err := SnapshotOf(g, sum)
				if err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				if err := WriteSnapshot(&got, g, sum); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Fatalf("written snapshot of %d bytes differs from the one made in memory (%d bytes)", got.Len(), len(want))
				}
				if _, _, err := ReadSnapshot(bytes.NewReader(got.Bytes())); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}
