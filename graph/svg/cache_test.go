package svg

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"earlyinit"

	"newskg/graph/internal/kgtest"
)

// TestHelperProcess is the child of the cache tests: a fresh process
// whose start-up compiles Graphviz, which then draws and says where the
// compiled code went.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("NEWSKG_SVG_HELPER") != "1" {
		t.Skip("run by the cache tests")
	}
	tmp, ok := os.LookupEnv("TMPDIR")
	if !ok {
		tmp = "<unset>"
	}
	dir, why := WasmCache()
	fmt.Printf("TMPDIR=%s\nCACHE=%s\nWHY=%s\n", tmp, dir, why)
	if _, err := RenderKG(context.Background(), kgtest.Fixture(), Options{}); err != nil {
		fmt.Println("ERROR", err)
		os.Exit(3)
	}
	fmt.Println("DRAWN")
}

// child runs the test binary (bin, or this one) as TestHelperProcess
// with env added to a bare environment, as uid (or this user when
// uid < 0), and returns what it printed by key.
func child(t *testing.T, bin string, uid int, env ...string) map[string]string {
	t.Helper()
	if bin == "" {
		bin = os.Args[0]
	}
	cmd := exec.Command(bin, "-test.run=^TestHelperProcess$", "-test.v=false")
	cmd.Env = append([]string{"NEWSKG_SVG_HELPER=1", "PATH=" + os.Getenv("PATH")}, env...)
	if uid >= 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, l := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			got[k] = v
		}
		if l == "DRAWN" {
			got["DRAWN"] = "yes"
		}
	}
	if got["DRAWN"] != "yes" {
		t.Fatalf("child drew nothing:\n%s", out)
	}
	return got
}

// TestWasmCacheInUserCache: the compiled code goes to the user's cache
// folder, private, never to the temporary folder, and TMPDIR is left as
// it was for the rest of the program.
func TestWasmCacheInUserCache(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the temporary folder is the user's own there")
	}
	tmp, cache := t.TempDir(), t.TempDir()
	for _, env := range [][]string{
		{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + cache, "HOME=" + cache},
		{"XDG_CACHE_HOME=" + cache, "HOME=" + cache}, // TMPDIR unset
	} {
		got := child(t, "", -1, env...)
		want := "<unset>"
		if strings.HasPrefix(env[0], "TMPDIR=") {
			want = tmp
		}
		if got["TMPDIR"] != want {
			t.Errorf("TMPDIR after start-up = %q, want %q", got["TMPDIR"], want)
		}
		if got["CACHE"] != filepath.Join(cache, earlyinit.Sub, "go-graphviz") {
			t.Errorf("cache %q (%s), want under %s", got["CACHE"], got["WHY"], cache)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "go-graphviz")); err == nil {
		t.Error("go-graphviz cached in the temporary folder")
	}
	for _, d := range []string{earlyinit.Sub, filepath.Join(earlyinit.Sub, "go-graphviz")} {
		fi, err := os.Stat(filepath.Join(cache, d))
		if err != nil {
			t.Error(err)
		} else if fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s: mode %v; want private", d, fi.Mode())
		}
	}
	versions, _ := filepath.Glob(filepath.Join(cache, earlyinit.Sub, "go-graphviz", "*", "*"))
	if len(versions) == 0 {
		t.Error("no compiled code cached")
	}
}

// TestWasmCacheRefused: a cache folder that another user could have
// written is not used; Graphviz compiles in memory and draws.
func TestWasmCacheRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no owners to check there")
	}
	t.Run("writable by others", func(t *testing.T) {
		cache := t.TempDir()
		gv := filepath.Join(cache, earlyinit.Sub, "go-graphviz")
		if err := os.MkdirAll(gv, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(gv, 0o777); err != nil {
			t.Fatal(err)
		}
		got := child(t, "", -1, "XDG_CACHE_HOME="+cache, "HOME="+cache, "TMPDIR="+t.TempDir())
		if got["CACHE"] != "" || !strings.Contains(got["WHY"], "other users") {
			t.Errorf("cache %q used (%s)", got["CACHE"], got["WHY"])
		}
	})
	t.Run("a link", func(t *testing.T) {
		cache, elsewhere := t.TempDir(), t.TempDir()
		if err := os.Symlink(elsewhere, filepath.Join(cache, earlyinit.Sub)); err != nil {
			t.Fatal(err)
		}
		got := child(t, "", -1, "XDG_CACHE_HOME="+cache, "HOME="+cache, "TMPDIR="+t.TempDir())
		if got["CACHE"] != "" || got["WHY"] == "" {
			t.Errorf("cache %q used through a link (%s)", got["CACHE"], got["WHY"])
		}
	})
	if os.Geteuid() != 0 {
		t.Run("unwritable", func(t *testing.T) {
			cache := t.TempDir()
			if err := os.Chmod(cache, 0o500); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(cache, 0o700)
			got := child(t, "", -1, "XDG_CACHE_HOME="+cache, "HOME="+cache, "TMPDIR="+t.TempDir())
			if got["CACHE"] != "" || got["WHY"] == "" {
				t.Errorf("cache %q in an unwritable folder (%s)", got["CACHE"], got["WHY"])
			}
		})
		return
	}
	const nobody = 65534
	t.Run("owned by another user", func(t *testing.T) {
		cache := t.TempDir()
		gv := filepath.Join(cache, earlyinit.Sub, "go-graphviz", "wazero-planted")
		if err := os.MkdirAll(gv, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(gv, "planted"), []byte("not compiled code"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(filepath.Join(gv, "planted"), nobody, nobody); err != nil {
			t.Fatal(err)
		}
		got := child(t, "", -1, "XDG_CACHE_HOME="+cache, "HOME="+cache, "TMPDIR="+t.TempDir())
		if got["CACHE"] != "" || !strings.Contains(got["WHY"], "another user") {
			t.Errorf("cache %q with a planted file used (%s)", got["CACHE"], got["WHY"])
		}
	})
}

// TestSharedTmpOwnedByAnother is the finding: another user owns the
// shared temporary folder's go-graphviz cache, and every command
// panicked at start-up. The test binary runs as another user (nobody)
// against a temporary folder whose cache belongs to this one (root).
func TestSharedTmpOwnedByAnother(t *testing.T) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("needs root to run a process as another user")
	}
	const nobody = 65534
	base, err := os.MkdirTemp("", "svg-shared-*")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Chmod(base, 0o755))
	// A copy of this test binary that the other user may run.
	bin := filepath.Join(base, "svg.test")
	src, err := os.Open(os.Args[0])
	must(err)
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	must(err)
	_, err = io.Copy(dst, src)
	src.Close()
	must(err)
	must(dst.Close())
	// The shared temporary folder, with this user's private cache in it
	// as go-graphviz leaves it.
	shared := filepath.Join(base, "tmp")
	must(os.MkdirAll(filepath.Join(shared, "go-graphviz"), 0o755))
	must(os.Chmod(shared, 0o1777))
	for _, v := range []string{"wazero-v1.10.1-amd64-linux", "wazero-v1.8.1-amd64-linux", "wazero-dev-amd64-linux"} {
		d := filepath.Join(shared, "go-graphviz", v)
		must(os.MkdirAll(d, 0o700))
		for _, key := range []string{"65d05e8bbea8a6610d0686e4cb2ab62ff93a257de48b3587eb75f15ddf3c84ca"} {
			must(os.WriteFile(filepath.Join(d, key), []byte("x"), 0o600))
		}
	}
	// The other user's own cache folder, and one it cannot write.
	home := filepath.Join(base, "home")
	must(os.MkdirAll(home, 0o755))
	must(os.Chown(home, nobody, nobody))
	got := child(t, bin, nobody, "TMPDIR="+shared, "XDG_CACHE_HOME="+home, "HOME="+home)
	if got["CACHE"] != filepath.Join(home, earlyinit.Sub, "go-graphviz") {
		t.Errorf("cache %q (%s), want in the user's own folder", got["CACHE"], got["WHY"])
	}
	locked := filepath.Join(base, "locked")
	must(os.MkdirAll(locked, 0o755))
	got = child(t, bin, nobody, "TMPDIR="+shared, "XDG_CACHE_HOME="+locked, "HOME="+locked)
	if got["CACHE"] != "" || got["WHY"] == "" {
		t.Errorf("cache %q in a folder the user cannot write (%s)", got["CACHE"], got["WHY"])
	}
}
