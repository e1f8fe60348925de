package resolve

import (
	"runtime"
	"sync"
)

// parallel calls f(lo, hi) on consecutive chunks of [0, n) from one
// goroutine per core and returns when all are done. Callers write
// results into slots of their own per index or per chunk and merge them
// in order afterwards, so that the outcome never depends on scheduling.
func parallel(n, minChunk int, f func(lo, hi int)) {
	w := runtime.GOMAXPROCS(0)
	if w < 1 {
		w = 1
	}
	if n <= minChunk || w == 1 {
		if n > 0 {
			f(0, n)
		}
		return
	}
	// more chunks than workers, so that uneven chunks even out
	chunk := max(minChunk, (n+4*w-1)/(4*w))
	var wg sync.WaitGroup
	next := make(chan int, (n+chunk-1)/chunk)
	for lo := 0; lo < n; lo += chunk {
		next <- lo
	}
	close(next)
	for i := 0; i < w; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for lo := range next {
				f(lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
}
