package svg

import "earlyinit"

// go-graphviz's initialiser, which compiles Graphviz, has run by now
// (this package imports it), with TMPDIR pointed at the checked cache
// folder by earlyinit's initialiser: put TMPDIR back for the rest of
// the program.
func init() { earlyinit.Restore() }

// WasmCache returns the folder that caches Graphviz's compiled
// WebAssembly, or "" and the reason it was compiled in memory.
func WasmCache() (dir, why string) { return earlyinit.Cache() }
