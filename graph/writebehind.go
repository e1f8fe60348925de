package graph

// behindWindow is how much a WriteBehind writer lets pile up in the
// page cache before it has the kernel write it out (Linux; a variable
// for the tests).
var behindWindow int64 = 64 << 20
