package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"strconv"
)

// DigestFS returns the SHA-256, in hex, of every regular file of fsys:
// each file's path, length and bytes, in the lexical order fs.WalkDir
// gives, so that the same files give the same digest and a changed,
// added, removed or renamed file another one. It names the data a
// result was made from (the rule files, models and knowledge base the
// extraction embeds).
func DigestFS(fsys fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write([]byte{0})
		h.Write([]byte(strconv.Itoa(len(b))))
		h.Write([]byte{0})
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
