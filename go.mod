module newskg

go 1.26.8

require (
	github.com/dominikbraun/graph v0.23.0
	golang.org/x/text v0.43.0
)
