module newskg

go 1.26.8

require (
	github.com/dominikbraun/graph v0.23.0
	github.com/goccy/go-graphviz v0.2.9
	golang.org/x/text v0.43.0
)

require (
	github.com/disintegration/imaging v1.6.2 // indirect
	github.com/flopp/go-findfont v0.1.0 // indirect
	github.com/fogleman/gg v1.3.0 // indirect
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	github.com/tetratelabs/wazero v1.8.1 // indirect
	golang.org/x/image v0.21.0 // indirect
)
