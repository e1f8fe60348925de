module newskg

go 1.26.8
