package store

import (
	"context"
	"testing"
	"time"

	"newskg/graph"
)

// TestWorkerSameDocumentTwice: two claims that store the same document
// at once (a slow worker whose lease was taken over, or an article
// enqueued twice). With the book lock taken first, as before, the
// second transaction waited for the first and replaced its rows; with
// the lock taken after the documents' rows it does not see the first
// one's row when it deletes, and its insert fails on the key: kg worker
// exits with a duplicate key error instead of "lease lost".
func TestWorkerSameDocumentTwice(t *testing.T) {
	for name, open := range engines(t) {
		if name != "postgres" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := context.Background()
			doc := Document{DocInfo: graph.DocInfo{ID: "x.txt", Title: "x"}, Hash: Hash("x", "text", "", "", "en"), Text: "text"}
			put := func(started, wait chan struct{}) error {
				return s.Update(ctx, func(tx *Tx) error {
					if wait != nil {
						<-wait
					}
					if err := tx.PutDocument(ctx, doc, []Sentence{{0, 0, 4, "en"}}, Extraction{}, nil, nil); err != nil {
						return err
					}
					if started != nil {
						close(started)
						time.Sleep(200 * time.Millisecond)
					}
					return tx.LockBook(ctx) // as kg worker's put: the lock after the rows
				})
			}
			first := make(chan struct{})
			errs := make(chan error, 2)
			go func() { errs <- put(first, nil) }()
			go func() { errs <- put(nil, first) }()
			for i := 0; i < 2; i++ {
				if err := <-errs; err != nil {
					t.Errorf("storing the same document twice: %v", err)
				}
			}
		})
	}
}

// TestClaimsInIDOrder: kg worker stores a whole claim in one
// transaction and takes the name-book lock only after the documents'
// rows, so two claims holding the same two documents (an article
// enqueued twice) would deadlock if they locked them in opposite
// orders; kg worker stores a claim in id order, as here, and both
// claims then succeed, one after the other.
func TestClaimsInIDOrder(t *testing.T) {
	for name, open := range engines(t) {
		if name != "postgres" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := context.Background()
			doc := func(id string) Document {
				return Document{DocInfo: graph.DocInfo{ID: id, Title: id}, Hash: Hash(id, "text "+id, "", "", "en"), Text: "text " + id}
			}
			put := func(ids ...string) error {
				return s.Update(ctx, func(tx *Tx) error {
					for i, id := range ids { // as kg worker's put: every document, then the lock
						if err := tx.PutDocument(ctx, doc(id), []Sentence{{0, 0, 4, "en"}}, Extraction{}, nil, nil); err != nil {
							return err
						}
						if i == 0 {
							// the other claim begins meanwhile and waits on
							// this one's first document
							time.Sleep(50 * time.Millisecond)
						}
					}
					return tx.LockBook(ctx)
				})
			}
			errs := make(chan error, 2)
			go func() { errs <- put("x.txt", "y.txt") }()
			go func() { errs <- put("x.txt", "y.txt") }() // the other claim, also in id order
			for i := 0; i < 2; i++ {
				if err := <-errs; err != nil {
					t.Errorf("a worker's claim failed: %v", err)
				}
			}
		})
	}
}
