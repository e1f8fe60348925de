package jsonld

import (
	"sort"
	"strconv"
	"strings"

	"newskg/graph/internal/ew"
)

// encoder writes JSON values indented exactly as json.Indent(prefix, " ")
// would, without building or re-scanning the document: the writer of a
// large graph streams.
type encoder struct {
	w       *ew.Writer
	prefix  string
	indents []string // a line break, the prefix and depth spaces, by depth
}

func (e *encoder) newline(depth int) {
	for len(e.indents) <= depth {
		e.indents = append(e.indents, "\n"+e.prefix+strings.Repeat(" ", len(e.indents)))
	}
	e.w.S(e.indents[depth])
}

func (e *encoder) value(v any, depth int) {
	switch x := v.(type) {
	case obj:
		if len(x) == 0 {
			e.w.WriteString("{}")
			return
		}
		e.w.WriteByte('{')
		for i, f := range x {
			if i > 0 {
				e.w.WriteByte(',')
			}
			e.newline(depth + 1)
			e.str(f.k)
			e.w.WriteString(": ")
			e.value(f.v, depth+1)
		}
		e.newline(depth)
		e.w.WriteByte('}')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := make(obj, 0, len(keys))
		for _, k := range keys {
			o = append(o, kv{k, x[k]})
		}
		e.value(o, depth)
	case []any:
		e.array(len(x), depth, func(i int) { e.value(x[i], depth+1) })
	case []string:
		e.array(len(x), depth, func(i int) { e.str(x[i]) })
	case string:
		e.str(x)
	case int:
		e.w.SetBuf(strconv.AppendInt(e.w.Buf(), int64(x), 10))
	case float64:
		e.float(x)
	case bool:
		if x {
			e.w.WriteString("true")
		} else {
			e.w.WriteString("false")
		}
	case nil:
		e.w.WriteString("null")
	default:
		panic("jsonld: cannot encode value")
	}
}

func (e *encoder) array(n, depth int, item func(i int)) {
	if n == 0 {
		e.w.WriteString("[]")
		return
	}
	e.w.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			e.w.WriteByte(',')
		}
		e.newline(depth + 1)
		item(i)
	}
	e.newline(depth)
	e.w.WriteByte(']')
}

// lang writes a name in a language at depth: the text alone when the
// language is unknown, else {"@value": text, "@language": lang}.
func (e *encoder) lang(text, lang string, depth int) {
	if lang == "" {
		e.str(text)
		return
	}
	o := fields{e: e, depth: depth}
	o.str("@value", text)
	o.str("@language", lang)
	o.end()
}

// float formats like encoding/json (NaN and infinities as strconv
// writes them).
func (e *encoder) float(f float64) { e.w.SetBuf(ew.AppendFloat(e.w.Buf(), f)) }

// str writes a JSON string escaped as encoding/json escapes it with HTML
// escaping off (ew.AppendJSONString).
func (e *encoder) str(s string) {
	e.w.SetBuf(ew.AppendJSONString(e.w.Buf(), s))
}
