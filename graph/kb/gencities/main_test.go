package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCleanNames(t *testing.T) {
	for in, want := range map[string]string{
		"Kazan’":      "Kazan",
		"Dar‘ā":       "Dar‘ā",
		"Москва":      "",
		"Ho Chi Minh": "Ho Chi Minh",
	} {
		if got := cleanLatin(in); got != want {
			t.Errorf("cleanLatin(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"طَرَابُلُس":       "طرابلس",
		"شعبية سرت":        "سرت",
		"حفر الباطن\u200e": "حفر الباطن",
		"دهک":              "دهك",
		"Tārūt":            "",
		"بُرَيدَة":         "بريدة",
	} {
		if got := cleanArabic(in); got != want {
			t.Errorf("cleanArabic(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEnglishOK(t *testing.T) {
	dict := map[string]bool{"orange": true, "shanghai": true}
	words := map[string]bool{"nice": true, "charlotte": true}
	for _, c := range []struct {
		name string
		pop  uint32
		want bool
	}{
		{"Nice", 340000, false}, {"Charlotte", 870000, false}, {"Orange", 140000, false},
		{"Shanghai", 22000000, true}, {"Of", 32000, false}, {"Qom", 900000, true},
		{"Al-Hamdaniya District", 50000, false}, {"Aleppo", 1600000, true},
	} {
		if got := englishOK(c.name, c.pop, dict, words); got != c.want {
			t.Errorf("englishOK(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestArabicForms(t *testing.T) {
	for _, c := range []struct {
		name, province string
		want           []string
	}{
		{"بصرة", "البصرة", []string{"بصرة", "البصرة"}},
		{"جدة", "منطقة مكة المكرمة", []string{"جدة"}},
		{"الموصل", "نينوى", []string{"الموصل"}},
		{"دير الزور", "دير الزور", []string{"دير الزور"}},
	} {
		if got := arabicForms(c.name, c.province); !reflect.DeepEqual(got, c.want) {
			t.Errorf("arabicForms(%q, %q) = %q, want %q", c.name, c.province, got, c.want)
		}
	}
}

// TestParseTable reads a GVariant array of two (sssssssudd) rows built
// here by the serialisation rules.
func TestParseTable(t *testing.T) {
	row := func(s [7]string, pop uint32) []byte {
		var b []byte
		var ends []int
		for _, x := range s {
			b = append(append(b, x...), 0)
			ends = append(ends, len(b))
		}
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		b = binary.LittleEndian.AppendUint32(b, pop)
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
		b = binary.LittleEndian.AppendUint64(b, 0)
		b = binary.LittleEndian.AppendUint64(b, 0)
		for i := len(ends) - 1; i >= 0; i-- {
			b = append(b, byte(ends[i]))
		}
		return b
	}
	var arr []byte
	var offs []int
	for _, r := range [][7]string{{"1", "Aleppo", "09", "Aleppo", "SY", "Syria", "Asia/Damascus"}, {"2", "Mosul", "15", "Nineveh", "IQ", "Iraq", "Asia/Baghdad"}} {
		for len(arr)%8 != 0 {
			arr = append(arr, 0)
		}
		arr = append(arr, row(r, 1000000)...)
		offs = append(offs, len(arr))
	}
	for _, o := range offs {
		arr = binary.LittleEndian.AppendUint32(arr, uint32(o))
	}
	got, err := parseTable(arr)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].name != "Aleppo" || got[1].country != "IQ" || got[1].pop != 1000000 || got[1].admin1 != "15" {
		t.Errorf("parseTable: %+v", got)
	}
}

// TestReadMO reads a gettext catalogue of one entry built here.
func TestReadMO(t *testing.T) {
	var b bytes.Buffer
	le := func(v uint32) { binary.Write(&b, binary.LittleEndian, v) }
	k, v := "170063", "حلب"
	le(0x950412de)
	le(0)
	le(1)
	le(28)
	le(36)
	le(0)
	le(0)
	le(uint32(len(k)))
	le(44)
	le(uint32(len(v)))
	le(uint32(44 + len(k) + 1))
	b.WriteString(k + "\x00" + v + "\x00")
	p := filepath.Join(t.TempDir(), "x.mo")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readMO(p)
	if err != nil || m[k] != v {
		t.Errorf("readMO: %v %v", m, err)
	}
}
