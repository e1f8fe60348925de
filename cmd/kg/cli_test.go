package main

// Tests of the command line itself: flags in any order, missing inputs,
// the version, unknown commands, one usage style, and progress only on a
// terminal.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

func TestParseFlagsInterspersed(t *testing.T) {
	cases := []struct {
		name string
		args []string
		o    string
		v    bool
		n    int
		rest []string
		err  string // a usage error containing this; "" for none
	}{
		{name: "flags first", args: []string{"-o", "x", "seeds"}, o: "x", rest: []string{"seeds"}},
		{name: "flag after path", args: []string{"seeds", "-o", "x"}, o: "x", rest: []string{"seeds"}},
		{name: "flags between paths", args: []string{"a", "-v", "b", "-n", "3", "c"}, v: true, n: 3, rest: []string{"a", "b", "c"}},
		{name: "double dash and equals", args: []string{"a", "--o=x", "-n=4"}, o: "x", n: 4, rest: []string{"a"}},
		{name: "bool with value", args: []string{"-v=false", "a"}, rest: []string{"a"}},
		{name: "stdin is an argument", args: []string{"-", "-o", "x"}, o: "x", rest: []string{"-"}},
		{name: "value that looks like stdin", args: []string{"-o", "-", "a"}, o: "-", rest: []string{"a"}},
		{name: "value that looks like a flag", args: []string{"-o", "-v", "a"}, o: "-v", rest: []string{"a"}},
		{name: "double dash ends flags", args: []string{"a", "--", "-o", "x", "-v"}, rest: []string{"a", "-o", "x", "-v"}},
		{name: "double dash as a value", args: []string{"-o", "--", "a", "-v"}, o: "--", v: true, rest: []string{"a"}},
		{name: "negative number", args: []string{"a", "-n", "-2"}, n: -2, rest: []string{"a"}},
		{name: "no arguments", args: nil},
		{name: "missing value", args: []string{"a", "-o"}, err: "flag needs an argument: -o"},
		{name: "unknown flag after path", args: []string{"a", "-x", "b"}, err: "-x"},
		{name: "bad number", args: []string{"-n", "many", "a"}, err: "-n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			fs := newFlags("test", "[-o X] ARG...", "", &out)
			o := fs.String("o", "", "")
			v := fs.Bool("v", false, "")
			n := fs.Int("n", 0, "")
			err := parseFlags(fs, c.args)
			if c.err != "" {
				if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "kg help test") {
					t.Fatalf("err = %v; want a usage error with %q and the hint", err, c.err)
				}
				if out.Len() > 0 {
					t.Errorf("a mistake printed the whole usage:\n%s", out.String())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if *o != c.o || *v != c.v || *n != c.n {
				t.Errorf("-o %q -v %v -n %d; want %q %v %d", *o, *v, *n, c.o, c.v, c.n)
			}
			if got := fs.Args(); !reflect.DeepEqual(got, c.rest) && (len(got) > 0 || len(c.rest) > 0) {
				t.Errorf("arguments %q, want %q", got, c.rest)
			}
		})
	}
}

func TestParseFlagsHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"a", "-help"}, {"--help"}} {
		var out bytes.Buffer
		fs := newFlags("test", "ARG", "Does a test.", &out)
		fs.String("o", "", "output `file`")
		if err := parseFlags(fs, args); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%q: err = %v, want flag.ErrHelp", args, err)
		}
		want := "usage: kg test ARG\n\nDoes a test.\n\nFlags (before or after the arguments; -- ends them):\n  -o file\n"
		if !strings.HasPrefix(out.String(), want) {
			t.Errorf("%q: usage\n%s\nwant it to start\n%s", args, out.String(), want)
		}
	}
}

// TestUsageStyle: every command's help starts "usage: kg NAME", in one
// style, and nothing says "Usage:".
func TestUsageStyle(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, err := runKG(t, "help", c.name)
			if !errors.Is(err, flag.ErrHelp) || exitCode(err, io.Discard) != 0 {
				t.Fatalf("kg help %s: %v", c.name, err)
			}
			if stderr != "" {
				t.Errorf("help went to stderr: %s", stderr)
			}
			first, _, _ := strings.Cut(stdout, "\n")
			if !regexp.MustCompile(`^usage: kg ` + regexp.QuoteMeta(c.name) + `( [^ ].*)?$`).MatchString(first) {
				t.Errorf("first line %q; want usage: kg %s ...", first, c.name)
			}
			if strings.Count(stdout, "usage:") != 1 || strings.Contains(stdout, "Usage:") {
				t.Errorf("usage printed in more than one style or more than once:\n%s", stdout)
			}
			if c.name != "version" && !strings.Contains(stdout, "\nFlags (before or after the arguments; -- ends them):\n  -") {
				t.Errorf("no flags section:\n%s", stdout)
			}
		})
	}
	stdout, _, _ := runKG(t, "help")
	if !strings.HasPrefix(stdout, "usage: kg COMMAND") {
		t.Errorf("kg help starts %q", strings.SplitN(stdout, "\n", 2)[0])
	}
}

func TestUnknownCommand(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"frobnicate", "-o", "x"}, {"help", "frobnicate"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			stdout, stderr, err := runKG(t, args...)
			if stdout != "" || stderr != "" {
				t.Errorf("printed more than the one line: stdout %q stderr %q", stdout, stderr)
			}
			var msg bytes.Buffer
			if code := exitCode(err, &msg); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			want := "kg: usage: unknown command \"frobnicate\" (run 'kg help' for the list)\n"
			if msg.String() != want {
				t.Errorf("message %q, want %q", msg.String(), want)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	var lines []string
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		stdout, stderr, err := runKG(t, args...)
		if err != nil || stderr != "" {
			t.Fatalf("%q: %v %s", args, err, stderr)
		}
		if !strings.HasPrefix(stdout, "kg ") || strings.Count(stdout, "\n") != 1 {
			t.Errorf("%q printed %q; want one line starting kg", args, stdout)
		}
		lines = append(lines, stdout)
	}
	if lines[0] != lines[1] || lines[0] != lines[2] {
		t.Errorf("kg version, --version and -version differ: %q", lines)
	}
	if _, _, err := runKG(t, "version", "extra"); !errors.Is(err, errUsage) {
		t.Errorf("kg version extra: %v, want a usage error", err)
	}
}

func TestVersionLine(t *testing.T) {
	stamped := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "newskg", Version: "v0.0.0-20260102030405-0123456789ab+dirty"},
		Settings: []debug.BuildSetting{
			{Key: "-buildmode", Value: "exe"},
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-01-02T03:04:05Z"},
			{Key: "vcs.modified", Value: "true"},
		}}
	clean := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "newskg", Version: "v1.2.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "fedcba"}, {Key: "vcs.modified", Value: "false"}}}
	cases := []struct {
		name, ldflags string
		bi            *debug.BuildInfo
		ok            bool
		want          string
	}{
		{"stamped", "", stamped, true, "kg v0.0.0-20260102030405-0123456789ab+dirty (newskg, revision 0123456789abcdef0123456789abcdef01234567, 2026-01-02T03:04:05Z, modified, go1.26.0)"},
		{"clean", "", clean, true, "kg v1.2.0 (newskg, revision fedcba, go1.26.0)"},
		{"go run", "", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "newskg", Version: "(devel)"}}, true, "kg (devel) (newskg, go1.26.0)"},
		{"ldflags", "2.0.0", clean, true, "kg 2.0.0 (newskg, revision fedcba, go1.26.0)"},
		{"no build info", "", nil, false, "kg (devel)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func(v string) { version = v }(version)
			version = c.ldflags
			if got := versionLine(c.bi, c.ok); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestVersionStamped builds the binary the way a user does and checks
// that kg version names the commit it was built from. The go command
// stamps the revision only in a checkout whose .git is a folder (not a
// git worktree), so elsewhere only the format is checked.
func TestVersionStamped(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command(goCmd, "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		if bytes.Contains(out, []byte("VCS status")) {
			t.Skipf("git cannot read this checkout here: %s", out)
		}
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(out))
	t.Log(line)
	if !strings.HasPrefix(line, "kg ") || !strings.Contains(line, "newskg") {
		t.Errorf("kg --version: %q", line)
	}
	st, err := os.Stat(filepath.Join("..", "..", ".git"))
	head, herr := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil || !st.IsDir() || herr != nil {
		t.Skip("not a plain git checkout: the go command stamps no revision here")
	}
	if rev := strings.TrimSpace(string(head)); !strings.Contains(line, "revision "+rev) {
		t.Errorf("kg --version %q does not name the commit %s", line, rev)
	}
	if strings.Contains(line, "(devel)") {
		t.Errorf("kg --version %q: want the module's pseudo-version from the VCS", line)
	}
}

// TestBuildFlagAfterPath: "kg build PATH -o DIR" writes to DIR, and
// neither "-o" nor DIR is read as an input.
func TestBuildFlagAfterPath(t *testing.T) {
	dir := t.TempDir()
	_, stderr, err := runKG(t, "build", "testdata/articles/en.txt", "-o", dir, "-review", "", "-formats", "jsonld")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "graph.jsonld")); err != nil {
		t.Errorf("-o after the path was not obeyed: %v", err)
	}
	if _, err := os.Stat("out"); err == nil {
		t.Errorf("wrote to the default ./out")
		os.RemoveAll("out")
	}
	if strings.Contains(stderr, "warning") || !strings.Contains(stderr, "read 1 articles, skipped 0") {
		t.Errorf("flags were taken as inputs:\n%s", stderr)
	}
}

// TestBuildMissingPath: a PATH that is not there stops the build (exit
// 1), every missing one named, and nothing is written.
func TestBuildMissingPath(t *testing.T) {
	for _, c := range []struct {
		name    string
		paths   []string
		missing []string
	}{
		{"one of two", []string{"testdata/articles/en.txt", "testdata/no-such.txt"}, []string{"testdata/no-such.txt"}},
		{"folder", []string{"testdata/no-such-folder"}, []string{"testdata/no-such-folder"}},
		{"two", []string{"nope-a", "testdata/articles", "nope-b"}, []string{"nope-a", "nope-b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			_, stderr, err := runKG(t, append([]string{"build", "-o", dir, "-review", ""}, c.paths...)...)
			var msg bytes.Buffer
			if code := exitCode(err, &msg); code != 1 {
				t.Fatalf("exit %d (%v), want 1", code, err)
			}
			if !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("err %v does not wrap fs.ErrNotExist", err)
			}
			for _, m := range c.missing {
				if !strings.Contains(msg.String(), m) {
					t.Errorf("message %q does not name %s", msg.String(), m)
				}
			}
			if strings.Count(msg.String(), "\n") != 1 {
				t.Errorf("message is not one line: %q", msg.String())
			}
			if strings.Contains(stderr, "warning") {
				t.Errorf("reported as a warning too:\n%s", stderr)
			}
			if left := outputs(t, dir); len(left) > 0 {
				t.Errorf("wrote %v despite the missing input", left)
			}
		})
	}
	// A usage mistake is reported as one (exit 2) before the inputs are
	// looked at.
	if _, _, err := runKG(t, "build", "-formats", "bogus", "nope-a"); exitCode(err, io.Discard) != 2 {
		t.Errorf("bad -formats and a missing input: %v, want a usage error", err)
	}
	// serve stops too, before it listens.
	_, _, err := runKG(t, "serve", "-addr", "127.0.0.1:0", "no-such-graph.jsonld")
	if exitCode(err, io.Discard) != 1 || !strings.Contains(err.Error(), "no-such-graph.jsonld") {
		t.Errorf("serve of a missing path: %v", err)
	}
}

// TestExportArgumentOrder: every order of -f, -o and the graph, and
// filters among them, writes the same file.
func TestExportArgumentOrder(t *testing.T) {
	in := saved(t)
	dir := t.TempDir()
	parts := [][]string{{"-f", "dot"}, {in}, {"-o", ""}, {"-focus", "Doha"}}
	var orders [][][]string
	var permute func(done [][]string, left [][]string)
	permute = func(done, left [][]string) {
		if len(left) == 0 {
			orders = append(orders, done)
			return
		}
		for i := range left {
			rest := append(append([][]string{}, left[:i]...), left[i+1:]...)
			permute(append(append([][]string{}, done...), left[i]), rest)
		}
	}
	permute(nil, parts)
	var want []byte
	for i, order := range orders {
		out := filepath.Join(dir, "g"+strings.Repeat("x", i)+".dot")
		var args []string
		for _, p := range order {
			if p[0] == "-o" {
				p = []string{"-o", out}
			}
			args = append(args, p...)
		}
		var stdout, stderr bytes.Buffer
		if err := runExport(context.Background(), args, nil, &stdout, &stderr); err != nil {
			t.Fatalf("kg export %s: %v", strings.Join(args, " "), err)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("kg export %s: %v", strings.Join(args, " "), err)
		}
		if want == nil {
			want = got
		}
		if !bytes.Equal(got, want) || stdout.Len() > 0 {
			t.Errorf("kg export %s wrote something else", strings.Join(args, " "))
		}
	}
	if len(orders) != 24 || !bytes.Contains(want, []byte("Doha")) || bytes.Contains(want, []byte("Gromov")) {
		t.Errorf("%d orders; the filter was not applied:\n%s", len(orders), want)
	}
}

// TestExportGEXFVersion: 1.2draft by default, 1.3 on request, and the
// flag only with -f gexf.
func TestExportGEXFVersion(t *testing.T) {
	in := saved(t)
	for _, c := range []struct {
		args     []string
		want     string
		notWant  string
		usageErr bool
	}{
		{[]string{"-f", "gexf", in}, `version="1.2"`, `kind="`, false},
		{[]string{"-f", "gexf", in, "-gexf-version", "1.2draft"}, `xmlns="http://www.gexf.net/1.2draft"`, "1.3", false},
		{[]string{in, "-gexf-version", "1.3", "-f", "gexf"}, `version="1.3"`, "1.2draft", false},
		{[]string{"-f", "gexf", "-gexf-version", "1.4", in}, "", "", true},
		{[]string{"-f", "graphml", "-gexf-version", "1.3", in}, "", "", true},
	} {
		var out, errb bytes.Buffer
		err := runExport(context.Background(), c.args, nil, &out, &errb)
		if c.usageErr {
			if !errors.Is(err, errUsage) {
				t.Errorf("%q: %v, want a usage error", c.args, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", c.args, err)
		}
		if !strings.Contains(out.String(), c.want) || strings.Contains(out.String(), c.notWant) {
			t.Errorf("%q: want %q and no %q", c.args, c.want, c.notWant)
		}
	}
}

func TestExportQuiet(t *testing.T) {
	in := saved(t)
	out := filepath.Join(t.TempDir(), "g.dot")
	var stdout, stderr bytes.Buffer
	if err := runExport(context.Background(), []string{"-f", "dot", "-o", out, "-q", in}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("-q printed %q", stderr.String())
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}
