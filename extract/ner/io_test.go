package ner

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"reflect"
	"runtime"
	"testing"
	"weak"

	"newskg/graph/textnorm"
)

// TestLoadNormaliser checks that a model records the normaliser its words
// were folded with and that Load refuses one folded by another.
func TestLoadNormaliser(t *testing.T) {
	m, err := Train(TrainConfig{Lang: "en", Epochs: 2, Seed: 1, Folds: 1}, toySentences(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw[:64], []byte(textnorm.FoldVersion)) {
		t.Fatalf("header %q does not name the normaliser %q", raw[:64], textnorm.FoldVersion)
	}
	rezip := func(b []byte) *bytes.Buffer {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		zw.Write(b)
		zw.Close()
		return &out
	}
	if m2, err := Load(rezip(raw)); err != nil || m2.Normaliser() != textnorm.FoldVersion {
		t.Fatalf("the model as saved: err %v", err)
	}
	other := bytes.Replace(raw, []byte(textnorm.FoldVersion), []byte(textnorm.FoldVersion[:len(textnorm.FoldVersion)-1]+"X"), 1)
	if _, err := Load(rezip(other)); !errors.Is(err, ErrNormaliser) {
		t.Errorf("a model of another normaliser: err %v, want ErrNormaliser", err)
	}
	old := append([]byte("NEWSKG-NER 3\n"), raw[len(magic):]...)
	if _, err := Load(rezip(old)); !errors.Is(err, ErrNormaliser) {
		t.Errorf("a version 3 model: err %v, want ErrNormaliser", err)
	}
	// the flags after the magic and the language ("en"): one unknown to
	// this build is refused, not guessed at (the varint's continuation bit:
	// the next byte's bits are flags above flagStack)
	flagged := append([]byte(nil), raw...)
	flagged[len(magic)+3] |= 0x80
	if _, err := Load(rezip(flagged)); !errors.Is(err, ErrFormat) {
		t.Errorf("a model with an unknown flag: err %v, want ErrFormat", err)
	}
	if _, err := Load(rezip([]byte("NOT-A-MODEL 4\n"))); !errors.Is(err, ErrFormat) {
		t.Errorf("garbage: err %v, want ErrFormat", err)
	}
}

// TestResaveShipped: a shipped model loaded and saved again is the same
// file, byte for byte (its weights are kept at the step they were saved
// with), so that a saved model can stand in for the one it was saved from.
func TestResaveShipped(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			data, err := modelFS.ReadFile("models/" + lang + ".model.gz")
			if err != nil {
				t.Fatal(err)
			}
			m, err := Load(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), data) {
				t.Errorf("saved again: %d bytes differ from the %d shipped", buf.Len(), len(data))
			}
		})
	}
}

// TestTrainStops: a Stop that reports an error (an interrupted kg
// train-ner) ends the training before the next epoch, with that error
// and no model; a Stop that reports none changes nothing.
func TestTrainStops(t *testing.T) {
	stopped := errors.New("interrupted")
	calls := 0
	m, err := Train(TrainConfig{Lang: "en", Epochs: 5, Seed: 1, Folds: 1, Stop: func() error {
		calls++
		if calls == 3 {
			return stopped
		}
		return nil
	}}, toySentences(), nil, nil)
	if !errors.Is(err, stopped) || m != nil {
		t.Fatalf("Train with a Stop that fails at the third epoch = %v, %v; want nil, %v", m, err, stopped)
	}
	if calls != 3 {
		t.Errorf("Stop asked %d times, want 3 (once an epoch until it fails)", calls)
	}
	a, err := Train(TrainConfig{Lang: "en", Epochs: 2, Seed: 1, Folds: 1, Stop: func() error { return nil }}, toySentences(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(TrainConfig{Lang: "en", Epochs: 2, Seed: 1, Folds: 1}, toySentences(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sa, sb := saved(t, a), saved(t, b); !bytes.Equal(sa, sb) {
		t.Error("a Stop that never fails changed the model")
	}
}

// TestRelease: after Release a shipped model is let go (nothing else
// holds it) and ForLang decodes it again, alike.
func TestRelease(t *testing.T) {
	m, err := ForLang("en")
	if err != nil {
		t.Fatal(err)
	}
	words := [][]string{{"Minister", "Orlan", "Vessik", "met", "the", "delegation", "in", "Norvale", "."}}
	want := m.TagDoc(words)
	gone := weak.Make(m)
	m = nil
	Release()
	for range 3 {
		runtime.GC()
	}
	if gone.Value() != nil {
		t.Fatal("the model is still held after Release")
	}
	again, err := ForLang("en")
	if err != nil {
		t.Fatal(err)
	}
	if got := again.TagDoc(words); !reflect.DeepEqual(got, want) {
		t.Fatalf("tags after Release: %v, want %v", got, want)
	}
	if same, _ := ForLang("en"); same != again {
		t.Fatal("ForLang decoded the model again without a Release")
	}
}
