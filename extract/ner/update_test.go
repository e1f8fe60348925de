package ner

import (
	"bytes"
	"math"
	"testing"
)

func TestTokenCost(t *testing.T) {
	// tags: 0 is O, 1 B-PER, 2 I-PER, ...
	for _, c := range []struct {
		name       string
		g, p       int
		margin, mc float64
		want       float64
	}{
		{"right O", 0, 0, 4, 2, 0},
		{"right name", 1, 1, 4, 2, 0},
		{"name missed", 1, 0, 4, 2, 8},
		{"name inside missed", 2, 0, 4, 3, 12},
		{"false name", 0, 1, 4, 2, 4},
		{"wrong type", 1, 3, 4, 2, 4},
		{"no cost", 1, 0, 0, 2, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tokenCost(c.g, c.p, c.margin, c.mc); got != c.want {
				t.Errorf("tokenCost(%d, %d, %v, %v) = %v, want %v", c.g, c.p, c.margin, c.mc, got, c.want)
			}
		})
	}
}

func TestPAStep(t *testing.T) {
	for _, c := range []struct {
		name                string
		loss, gap, sq, cap_ float64
		want                float64
	}{
		{"gold behind", 4, -2, 3, 0, 2},
		{"gold ahead, short of the cost", 4, 1, 6, 0, 0.5},
		{"gold ahead by the cost", 4, 4, 6, 0, 0},
		{"gold ahead by more", 4, 9, 6, 0, 0},
		{"capped", 4, -2, 3, 1.5, 1.5},
		{"no difference", 4, 0, 0, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := paStep(c.loss, c.gap, c.sq, c.cap_)
			if math.Abs(got-c.want) > 1e-12 {
				t.Errorf("paStep(%v, %v, %v, %v) = %v, want %v", c.loss, c.gap, c.sq, c.cap_, got, c.want)
			}
			// after the step the gold path leads by the cost (or the cap)
			if c.sq > 0 && c.cap_ == 0 && c.gap < c.loss {
				if lead := c.gap + got*c.sq; math.Abs(lead-c.loss) > 1e-9 {
					t.Errorf("lead after the step %v, want the cost %v", lead, c.loss)
				}
			}
		})
	}
}

// TestTrainCost trains the toy data with a cost in training's decoding,
// with the perceptron's step and the passive-aggressive one: each still
// learns the task, and its weights differ from those trained without.
func TestTrainCost(t *testing.T) {
	train := toySentences()
	save := func(m *Model) []byte {
		return saved(t, m)
	}
	plain, err := Train(TrainConfig{Lang: "en", Epochs: 10, Seed: 1, Folds: 1}, train, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	test := []string{"Mary", "Brown", "visited", "Berlin", "."}
	for _, c := range []struct {
		name string
		cfg  TrainConfig
	}{
		{"margin", TrainConfig{Margin: 4}},
		{"margin, misses dearer", TrainConfig{Margin: 4, MissCost: 3}},
		{"passive-aggressive", TrainConfig{Margin: 2, PA: true}},
		{"passive-aggressive, capped", TrainConfig{Margin: 2, MissCost: 2, PA: true, PACap: 0.5}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := c.cfg
			cfg.Lang, cfg.Epochs, cfg.Seed, cfg.Folds = "en", 10, 1, 1
			m, err := Train(cfg, train, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkToySpans(t, test, m.Tag(test))
			if bytes.Equal(save(m), save(plain)) {
				t.Error("the same model as one trained without a cost")
			}
			m2, err := Train(cfg, train, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(save(m), save(m2)) {
				t.Error("two trainings differ")
			}
		})
	}
	if _, err := Train(TrainConfig{Epochs: 1, PA: true}, train, nil, nil); err == nil {
		t.Error("passive-aggressive without a cost: want an error")
	}
}

// TestExtraWeight: the perceptron's step on Extra's sentences. Weight 1
// trains the model trained without one; another weight another model.
func TestExtraWeight(t *testing.T) {
	train := toySentences()
	save := func(w float64) []byte {
		m, err := Train(TrainConfig{Lang: "en", Epochs: 5, Seed: 1, Folds: 1, Extra: train[:3], ExtraWeight: w}, train[3:], nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return saved(t, m)
	}
	plain := save(0)
	for _, c := range []struct {
		w    float64
		same bool
	}{{1, true}, {0.5, false}, {2, false}} {
		if got := bytes.Equal(save(c.w), plain); got != c.same {
			t.Errorf("ExtraWeight %v: same model as without %v, want %v", c.w, got, c.same)
		}
	}
}
