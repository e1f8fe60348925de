module earlyinit

go 1.26.0
