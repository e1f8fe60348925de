// Package storetest helps tests use a real PostgreSQL server: the store
// suite and the multi-process tests of cmd/kg each get a fresh database.
package storetest

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Admin returns the admin URL of the test server (KG_TEST_POSTGRES);
// without one the test is skipped, or failed under CI=true, where
// .ci/run starts a server.
func Admin(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("KG_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("KG_TEST_POSTGRES is not set: .ci/run starts a PostgreSQL server for the store's tests")
		}
		t.Skip("KG_TEST_POSTGRES not set: no PostgreSQL server for this test")
	}
	return admin
}

// Database makes an empty database on the server of the admin URL and
// returns its URL; it is dropped when the test ends.
func Database(t testing.TB, admin string) string {
	t.Helper()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("kgtest_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := db.Exec(`CREATE DATABASE ` + name); err != nil {
		db.Close()
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`)
		db.Close()
	})
	i := strings.LastIndex(admin, "/")
	q := ""
	if j := strings.Index(admin[i:], "?"); j >= 0 {
		q = admin[i+j:]
	}
	return admin[:i+1] + name + q
}
