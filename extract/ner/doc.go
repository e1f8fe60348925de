// Package ner is the statistical named-entity tagger of newskg for English
// and Arabic news: an averaged perceptron over BIO tags (PER, LOC, ORG,
// MISC) with first-order Viterbi decoding, trained by this package's own
// code (Train) on hashed features: lower-cased and normalised words, word
// shapes, prefixes and suffixes, words and shapes of the neighbours,
// capitalisation in context (sentence-initial, after an opening mark,
// mid-sentence, headline), the share of a word's occurrences written in
// lower case, gazetteer matches, Arabic forms with proclitics split off (and
// with enclitic pronouns split off too, with their affixes), Arabic trigger
// words (titles before persons, generic nouns before places and
// organisations), whether an Arabic word is in a spelling dictionary (the
// stand-in for capitals, which Arabic lacks), names harvested from the
// training data (jackknifed, so that a training sentence never sees its own
// names), and document context: what a word's other occurrences in the
// sentences around it say (after a title, next to a known first name,
// repeated, with or without the article; see docctx.go). Features are left
// out of training passes at random (dropout), so that a word seen in
// training does not carry a decision alone. The Arabic model also has word
// classes learned from its training text (cluster.go), and transitions that
// depend on the token moved to (whether it carries a conjunction, a
// preposition or the article, whether it is a dictionary word): a word
// that starts with «و» after a name more often starts a new name than it
// continues the old one. TagDoc tags an article's sentences together; Tag
// tags one sentence without context.
//
// Every word is folded by textnorm.FoldWord, the project's one normaliser,
// before features see it; a model's header records textnorm.FoldVersion
// and Load refuses a model folded under another.
//
// Training data and licences. The English model is trained on the CoNLL-2003
// English training split (eng.train, with eng.testa as the development set
// that chooses the number of epochs); CoNLL-2003 is Reuters RCV1 text
// distributed for research use only, and the model trained on it is subject
// to the same restriction. Entity names from the WikiANN English training
// split (Wikipedia-derived, CC BY-SA) are used as name lists. The Arabic
// model is trained on the ANERcorp training split (CC BY-SA 4.0) and on
// the AQMAR Arabic Wikipedia NER corpus v1.0 (Mohit et al. 2012; CC BY-SA
// 3.0, its tags mapped to PER, LOC, ORG, MISC and harmonised with
// ANERcorp's conventions by Harmonise, its features with a second copy of
// their own so that what holds only in encyclopaedia text stays there), and
// carries the word list of the Ayaspell spelling dictionary (MPL 1.1; see
// data/README.md). Both use
// country, city and territory names from Unicode CLDR 48 (Unicode License
// v3) and mledoze/countries (ODbL 1.0). The test splits (eng.testb,
// ANERcorp test.txt, WikiANN test) are used for reporting only.
//
// The shipped models are embedded (models/en.model.gz, models/ar.model.gz)
// and decoded once, on first use, by ForLang; `kg train-ner` rebuilds them
// and `kg ner-eval` scores them.
package ner
