package graph

import (
	"testing"
	"testing/fstest"
)

// TestDigestFS: the same files give the same digest; a changed byte, an
// added, removed or renamed file, or bytes moved from one file to the
// next give another.
func TestDigestFS(t *testing.T) {
	base := fstest.MapFS{
		"data/a.tsv":   {Data: []byte("one\tx\n")},
		"data/b.tsv":   {Data: []byte("two\ty\n")},
		"models/m.bin": {Data: []byte{1, 2, 3}},
	}
	digest := func(fsys fstest.MapFS) string {
		t.Helper()
		d, err := DigestFS(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	want := digest(base)
	if again := digest(base); again != want {
		t.Fatalf("two digests of the same files differ: %s, %s", want, again)
	}
	clone := func(edit func(fstest.MapFS)) fstest.MapFS {
		c := fstest.MapFS{}
		for k, v := range base {
			c[k] = &fstest.MapFile{Data: append([]byte(nil), v.Data...)}
		}
		edit(c)
		return c
	}
	for name, fsys := range map[string]fstest.MapFS{
		"changed byte": clone(func(c fstest.MapFS) { c["data/a.tsv"].Data[0] = 'O' }),
		"added file":   clone(func(c fstest.MapFS) { c["data/c.tsv"] = &fstest.MapFile{Data: []byte("z")} }),
		"removed file": clone(func(c fstest.MapFS) { delete(c, "data/b.tsv") }),
		"renamed file": clone(func(c fstest.MapFS) { c["data/z.tsv"] = c["data/b.tsv"]; delete(c, "data/b.tsv") }),
		"bytes moved": clone(func(c fstest.MapFS) {
			c["data/a.tsv"].Data = []byte("one\tx\ntwo")
			c["data/b.tsv"].Data = []byte("\ty\n")
		}),
	} {
		if got := digest(fsys); got == want {
			t.Errorf("%s: digest unchanged", name)
		}
	}
}
