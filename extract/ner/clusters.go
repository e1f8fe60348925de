package ner

func learnClusters(texts [][]string, k int, seed int64) map[string]string { return nil }
