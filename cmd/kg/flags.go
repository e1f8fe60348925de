package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// newFlags returns the flag set of "kg NAME": it reports errors instead of
// exiting, and its usage message, printed for -h and by "kg help NAME", is
// the one style every command shares:
//
//	usage: kg NAME SYNOPSIS
//
//	DOC
//
//	Flags (before or after the arguments; -- ends them):
//	  -flag ...
//
// doc may be empty.
func newFlags(name, synopsis, doc string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: kg %s\n", strings.TrimSpace(name+" "+synopsis))
		if doc = strings.TrimSpace(doc); doc != "" {
			fmt.Fprintf(w, "\n%s\n", doc)
		}
		any := false
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(w, "\nFlags (before or after the arguments; -- ends them):")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args with flags and arguments in any order: "kg build
// seeds -o x" sets -o, as "kg build -o x seeds" does. A flag that takes a
// value takes the next argument, whatever it looks like (as package flag
// does); "-" alone is an argument (standard input); "--" ends the flags,
// so that "kg build -- -odd-name.txt" reads a file of that name. After it
// fs.Args() holds the arguments in their order.
//
// A mistake is an errUsage naming the flag, with the hint to run "kg help
// NAME"; -h gives flag.ErrHelp after printing the usage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimPrefix(a[1:], "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	// Package flag prints its complaint and the whole usage on an error;
	// say it in one line instead, and print the usage only for -h.
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(flags)
	if err == nil {
		// Only the arguments are left: "--" keeps them all, so that
		// fs.Args() holds them.
		err = fs.Parse(append([]string{"--"}, pos...))
	}
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return err
	case err != nil:
		return fmt.Errorf("%w: %v (run 'kg help %s')", errUsage, err, fs.Name())
	}
	return nil
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// checkInputs fails, naming every one, if an input path does not exist or
// cannot be read ("-", standard input, always can). A path given on the
// command line that is not there is a mistake to stop for, not a file to
// skip: the build would otherwise write a graph without it.
func checkInputs(paths []string) error {
	var bad missingInputs
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			bad = append(bad, fmt.Errorf("%s: %w", p, err))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return bad
}

// missingInputs is checkInputs' error: one line, every path named.
type missingInputs []error

func (m missingInputs) Error() string {
	var parts []string
	for _, e := range m {
		parts = append(parts, e.Error())
	}
	if len(m) == 1 {
		return "input " + parts[0]
	}
	return fmt.Sprintf("%d inputs missing: %s", len(m), strings.Join(parts, "; "))
}

func (m missingInputs) Unwrap() []error { return m }
