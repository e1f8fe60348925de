module newskg

go 1.26.0

require (
	github.com/chromedp/chromedp v0.23.0
	github.com/dominikbraun/graph v0.23.0
	golang.org/x/text v0.43.0
)

require (
	github.com/cayleygraph/quad v1.3.0 // indirect
	github.com/chromedp/cdproto v0.159.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/piprate/json-gold v0.9.1
	github.com/pquerna/cachecontrol v0.2.0 // indirect
)
