// Package web serves the analysts' review app: an interactive view of a
// knowledge graph with its evidence, and a form for corrections that are
// written to the review file and applied on the next build.
//
// The app (index.html, app.js, style.css and the vendored Cytoscape.js
// bundle) is embedded in the binary; nothing is fetched from the network.
//
// Routes:
//
//	GET  /                      the app
//	GET  /static/...            its files
//	GET  /api/graph?FILTER      the (filtered) graph for the client, with node positions (Layout)
//	GET  /api/search?q=TEXT     entities with a form that matches TEXT (textnorm.Key)
//	GET  /api/entity/{id}       one entity, its names by script, sources, merges, facts
//	GET  /api/fact/{id}         one fact with its evidence split into marked parts
//	GET  /api/export?format=dot|svg&FILTER   the current view, via Config.Render
//	GET  /api/review            the review decisions, each pending or applied, reflected or not, revoked or not
//	POST /api/review            append one decision (JSON) to the review file (a revocation too)
//	DELETE /api/review/{id}     undo a pending decision (an applied one is revoked instead)
//	POST /api/rebuild           rebuild with Config.Build, save with Config.Save, swap the graph in
//
// FILTER is any of types=Person,City  preds=leads,heldIn  docs=ID,ID
// minConf=0.5  minSources=2  focus=ENTITY-ID  hops=2 (see graph.Filter).
// A docs value that is a whole document id is that document, commas
// and all; otherwise it is split on commas. The parameter may repeat.
//
// Security: the server answers only requests whose Host is a loopback
// one (127.0.0.1, localhost or [::1], at the port it listens on) or one
// of Config.Hosts, which defeats DNS rebinding; every /api/ request must
// carry the per-run Config.Token in the X-KG-Token header (the page
// reads it from the ?token= of the URL that kg serve prints); a POST
// must come from the app's own origin and carry JSON.
//
// Rebuilds: a rebuild runs detached from the request that asked for it,
// bounded by Config.RebuildTimeout and Config.Context, so a client that
// disconnects or reloads cancels nothing. The new graph is saved
// (Config.Save) and then served only when the build and the save both
// succeed; otherwise the server keeps the graph it had, and the files.
//
// Pending and applied: when a build starts, the server counts the
// decisions in the review file (writes to the file wait while it
// builds). Decisions within that count were in the file the build read,
// so they are applied; decisions appended later are pending until the
// next rebuild. Each decision also carries "reflected", whether the
// current graph shows its effect (for example, a rejected fact is gone),
// so that an applied decision the build could not honour is visible.
// What each kind of decision means, and how a graph shows it, is the
// table graph.DecisionKinds; the server only stores decisions, with an
// id, the time, the author and an anchor it takes from the graph shown
// (see review.go).
//
// Layout: the server places the nodes of each view (Layout, a multilevel
// force-directed layout) and the browser only draws them, so that a view
// of thousands of entities is interactive in about two seconds. Layouts
// are cached per build and filter; the whole graph's is computed at each
// build.
//
// First page: kg build keeps the unfiltered GET /api/graph of the graph
// it writes (FirstPage) beside it; a server given it (Config.FirstPage)
// answers it at once while the graph loads in the background, and every
// other /api/ request waits for the graph (see firstpage.go).
package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"newskg/graph"
	"newskg/graph/resolve"
	"newskg/graph/textnorm"
)

//go:embed static
var staticFS embed.FS

// MaxBodyBytes bounds the body of POST /api/review.
const MaxBodyBytes = 64 << 10

// DefaultRebuildTimeout bounds a rebuild when Config.RebuildTimeout is 0.
const DefaultRebuildTimeout = 30 * time.Minute

// TokenHeader is the request header that carries Config.Token.
const TokenHeader = "X-KG-Token"

// Config configures the handler.
type Config struct {
	// Build (re)builds the graph applying the review file. It must
	// return an error when its ctx is cancelled.
	Build func(ctx context.Context) (*graph.KG, error)
	// ReviewPath is the review file; it is created at the first decision.
	ReviewPath string
	// Save writes the outputs of each successful build (kg serve: every
	// file kg build writes, as one graph.OutputSet) before the new graph
	// is served; when it fails, the server keeps the graph it had. Nil
	// writes nothing.
	Save func(ctx context.Context, g *graph.KG) error
	// Context bounds every build: when it is done (the server is shutting
	// down), a running build is abandoned and nothing is swapped or
	// saved. Nil means context.Background().
	Context context.Context
	// RebuildTimeout bounds each rebuild asked for by POST /api/rebuild;
	// 0 means DefaultRebuildTimeout.
	RebuildTimeout time.Duration
	// Token is the per-run secret every /api/ request must carry in the
	// TokenHeader header (see NewToken). It is required.
	Token string
	// Hosts are the host names (or addresses) besides the loopback ones
	// that requests may name in their Host header: those of kg serve
	// -public.
	Hosts []string
	// Render returns "dot" or "svg" of a (filtered) KG; nil answers 501.
	Render func(ctx context.Context, g *graph.KG, format string) ([]byte, error)
	// Decisions, when set, keeps the decisions instead of the review
	// file (kg serve -store): a posted decision is stored and the graph
	// rebuilt at once.
	Decisions Decisions
	// FirstPage, when set, is the first page of the graph the first
	// build returns, as FirstPage made it when the graph was saved. New
	// then returns at once and builds in the background: the unfiltered
	// GET /api/graph is answered from FirstPage (with generation 1, no
	// decisions and the time New was called) until the graph is served,
	// and every other /api/ request waits for it (or for its own end).
	// The caller must know that the first build gives the graph
	// FirstPage was made of (kg serve: the same graph.jsonld, no
	// decisions).
	FirstPage []byte
	// Loaded, when set, is called with the result of the first build
	// when it runs in the background (FirstPage): nil once the graph is
	// served, or the error that stopped it, after which every /api/
	// request is answered 503.
	Loaded func(err error)
}

// Decisions is a place other than a review file that keeps decisions.
type Decisions interface {
	// Load returns the decisions, in the order they were made.
	Load(ctx context.Context) (*graph.Review, error)
	// Append stores a decision (a revocation revokes the one it names);
	// author is the X-KG-Author header, "" when the client sent none.
	Append(ctx context.Context, author string, d graph.Decision) error
}

// NewToken returns a random token for Config.Token: 128 bits, URL-safe.
func NewToken() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

type server struct {
	cfg Config

	mu    sync.RWMutex // guards the fields below
	g     *graph.KG
	built int       // decisions in the review file when g was built
	at    time.Time // when g was built
	gen   int       // build generation

	fileMu  sync.Mutex // serialises review-file writes and builds
	buildMu sync.Mutex // one rebuild at a time

	layoutMu sync.Mutex
	layouts  map[string]map[string]Point // by generation and filter; emptied on rebuild

	indexMu sync.Mutex // the first focus on a graph builds its traversal index (graph.KG.Index)

	ready   chan struct{} // closed once the first build is served, or failed
	loadErr error         // the first build's error; set before ready is closed
	started time.Time     // when New was called: the time of the first page (FirstPage)
}

// viewLimit is the most entities a view under filter f shows: FirstView
// for the unfiltered first page, MaxView for the others.
func viewLimit(f graph.Filter) int {
	if f.Empty() {
		return FirstView
	}
	return MaxView
}

// maxLayouts bounds the cached layouts; the cache is emptied when full.
const maxLayouts = 64

func layoutKey(gen int, f graph.Filter) string { return fmt.Sprintf("%d %+v", gen, f) }

// positions returns the layout of view v of generation gen under filter
// f, from the cache or computed now.
func (s *server) positions(gen int, f graph.Filter, v *graph.KG) map[string]Point {
	key := layoutKey(gen, f)
	s.layoutMu.Lock()
	p, ok := s.layouts[key]
	s.layoutMu.Unlock()
	if ok {
		return p
	}
	p = Layout(v)
	s.layoutMu.Lock()
	defer s.layoutMu.Unlock()
	if _, _, _, now := s.current(); now != gen {
		return p // a rebuild came in between: do not cache a stale layout
	}
	if s.layouts == nil || len(s.layouts) >= maxLayouts {
		s.layouts = map[string]map[string]Point{}
	}
	s.layouts[key] = p
	return p
}

// New builds the graph once with cfg.Build and returns the app's handler.
func New(cfg Config) (http.Handler, error) {
	if cfg.Build == nil {
		return nil, errors.New("web: Config.Build is nil")
	}
	if cfg.ReviewPath == "" && cfg.Decisions == nil {
		return nil, errors.New("web: Config.ReviewPath is empty")
	}
	if len(cfg.Token) < 16 {
		return nil, errors.New("web: Config.Token is missing or shorter than 16 characters (see NewToken)")
	}
	if cfg.Context == nil {
		cfg.Context = context.Background()
	}
	if cfg.RebuildTimeout <= 0 {
		cfg.RebuildTimeout = DefaultRebuildTimeout
	}
	s := &server{cfg: cfg, ready: make(chan struct{}), started: time.Now()}
	if cfg.FirstPage != nil {
		if err := checkPage(cfg.FirstPage); err != nil {
			return nil, err
		}
		go func() {
			err := s.rebuild(cfg.Context)
			s.loadErr = err
			close(s.ready)
			if cfg.Loaded != nil {
				cfg.Loaded(err)
			}
		}()
	} else {
		if err := s.rebuild(cfg.Context); err != nil {
			return nil, err
		}
		close(s.ready)
	}
	mux := http.NewServeMux()
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		b, err := fs.ReadFile(sub, "index.html")
		if err != nil {
			httpError(w, http.StatusInternalServerError, err.Error())
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	})
	mux.HandleFunc("/api/graph", only("GET", s.handleGraph))
	mux.HandleFunc("/api/search", only("GET", s.waiting(s.handleSearch)))
	mux.HandleFunc("/api/entity/{id}", only("GET", s.waiting(s.handleEntity)))
	mux.HandleFunc("/api/fact/{id}", only("GET", s.waiting(s.handleFact)))
	mux.HandleFunc("/api/export", only("GET", s.waiting(s.handleExport)))
	mux.HandleFunc("/api/review", s.waiting(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			s.handleReviewList(w, r)
		case http.MethodPost:
			s.handleReviewPost(w, r)
		default:
			w.Header().Set("Allow", "GET, HEAD, POST")
			httpError(w, http.StatusMethodNotAllowed, r.Method+" not allowed on /api/review")
		}
	}))
	mux.HandleFunc("/api/review/{id}", only("DELETE", s.waiting(s.handleReviewDelete)))
	mux.HandleFunc("/api/rebuild", only("POST", s.waiting(s.handleRebuild)))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		httpError(w, http.StatusNotFound, "no such API route: "+r.URL.Path)
	})
	return s.secure(mux), nil
}

// secure sets defensive headers, refuses a Host that is neither a
// loopback one nor one of cfg.Hosts (DNS rebinding) and an /api/ request
// without the token, and refuses cross-site writes: a POST must come
// from the app's own origin (or from a tool that sends no Origin) and
// carry JSON.
func (s *server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'")
		if !s.hostAllowed(r) {
			httpError(w, http.StatusForbidden, fmt.Sprintf("Host %q refused: this server answers to 127.0.0.1, localhost and [::1] at its own port, and to the hosts named with kg serve -public", r.Host))
			return
		}
		if strings.HasPrefix(r.URL.Path, "/api/") {
			tok := r.Header.Get(TokenHeader)
			if subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.Token)) != 1 {
				httpError(w, http.StatusUnauthorized, "missing or wrong token: open the app at the URL kg serve printed (it ends in ?token=...)")
				return
			}
		}
		if r.Method == http.MethodPost {
			if o := r.Header.Get("Origin"); o != "" {
				u, err := url.Parse(o)
				if err != nil || u.Host != r.Host {
					httpError(w, http.StatusForbidden, "cross-origin request refused")
					return
				}
			}
			if ct := r.Header.Get("Content-Type"); ct != "" {
				mt, _, err := mime.ParseMediaType(ct)
				if err != nil || mt != "application/json" {
					httpError(w, http.StatusUnsupportedMediaType, "body must be application/json")
					return
				}
			}
		}
		h.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether the request's Host names this server: a
// loopback name or address, or one of cfg.Hosts, at the port the
// connection came in on (when the server knows it).
func (s *server) hostAllowed(r *http.Request) bool {
	host, port, err := net.SplitHostPort(r.Host)
	if err != nil {
		host, port = r.Host, "80"
	}
	host = strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	ok := host == "localhost" || host == "127.0.0.1" || host == "::1"
	for _, h := range s.cfg.Hosts {
		ok = ok || host != "" && strings.EqualFold(strings.TrimSuffix(strings.TrimPrefix(h, "["), "]"), host)
	}
	if !ok {
		return false
	}
	if a, _ := r.Context().Value(http.LocalAddrContextKey).(net.Addr); a != nil {
		if _, lp, err := net.SplitHostPort(a.String()); err == nil && lp != port {
			return false
		}
	}
	return true
}

// only answers 405 with a JSON message to any method but method (and
// HEAD for GET).
func only(method string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			allow := method
			if method == http.MethodGet {
				allow += ", HEAD"
			}
			w.Header().Set("Allow", allow)
			httpError(w, http.StatusMethodNotAllowed, r.Method+" not allowed on "+r.URL.Path+"; use "+method)
			return
		}
		h(w, r)
	}
}

// current returns the graph being served; it is never changed in place.
func (s *server) current() (*graph.KG, int, time.Time, int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g, s.built, s.at, s.gen
}

// rebuild builds a new graph, saves it and swaps it in, only when the
// build and the save both succeed and ctx is not done. The review file
// is counted and read by the build while fileMu is held, so the count
// is exact.
func (s *server) rebuild(ctx context.Context) error {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	s.fileMu.Lock()
	r, err := s.readReview(ctx)
	if err != nil {
		s.fileMu.Unlock()
		return err
	}
	g, err := s.cfg.Build(ctx)
	s.fileMu.Unlock()
	if err == nil {
		err = ctx.Err() // a build that returned a graph after all
	}
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if g == nil {
		return errors.New("build: no graph")
	}
	g.Normalize()
	if s.cfg.Save != nil {
		if err := s.cfg.Save(ctx, g); err != nil {
			return fmt.Errorf("save: %w", err)
		}
	}
	// Lay out the first view now (the whole graph, or its FirstView most
	// mentioned entities), so that it is drawn at once, and drop the old
	// generation's layouts.
	first, _ := limitView(g, "", viewLimit(graph.Filter{}))
	p := Layout(first)
	s.mu.Lock()
	s.g, s.built, s.at = g, len(r.Decisions), time.Now()
	if s.gen == 0 && s.cfg.FirstPage != nil {
		s.at = s.started // as the first page has said
	}
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	s.layoutMu.Lock()
	s.layouts = map[string]map[string]Point{layoutKey(gen, graph.Filter{}): p}
	s.layoutMu.Unlock()
	return nil
}

// Responses.

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func httpError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]any{"error": msg, "status": code})
}

// Filters.

type badRequest string

func (e badRequest) Error() string { return string(e) }

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseFilter reads a graph.Filter from query parameters and checks it
// against g.
func parseFilter(q url.Values, g *graph.KG) (graph.Filter, error) {
	var f graph.Filter
	for _, t := range splitList(q.Get("types")) {
		if !graph.EntityType(t).Valid() {
			return f, badRequest("unknown entity type " + strconv.Quote(t))
		}
		f.Types = append(f.Types, graph.EntityType(t))
	}
	for _, p := range splitList(q.Get("preds")) {
		if !graph.Predicate(p).Valid() {
			return f, badRequest("unknown predicate " + strconv.Quote(p))
		}
		f.Predicates = append(f.Predicates, graph.Predicate(p))
	}
	docs := map[string]bool{}
	for _, d := range g.Docs {
		docs[d.ID] = true
	}
	for _, v := range q["docs"] {
		ids := []string{v}
		if !docs[v] {
			ids = splitList(v)
		}
		for _, d := range ids {
			if len(g.Docs) > 0 && !docs[d] {
				return f, badRequest("unknown document " + strconv.Quote(d))
			}
			f.Docs = append(f.Docs, d)
		}
	}
	if v := q.Get("minConf"); v != "" {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || x < 0 || x > 1 {
			return f, badRequest("minConf must be a number from 0 to 1")
		}
		f.MinConfidence = x
	}
	if v := q.Get("minSources"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			return f, badRequest("minSources must be a whole number from 0 to 1000")
		}
		f.MinSources = n
	}
	if v := q.Get("focus"); v != "" {
		if g.Entity(v) == nil {
			return f, fmt.Errorf("%w %q", graph.ErrUnknownEntity, v)
		}
		f.Focus = v
	}
	if v := q.Get("hops"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 10 {
			return f, badRequest("hops must be a whole number from 1 to 10")
		}
		f.Hops = n
	}
	return f, nil
}

func filterError(w http.ResponseWriter, err error) {
	if errors.Is(err, graph.ErrUnknownEntity) {
		httpError(w, http.StatusNotFound, err.Error())
		return
	}
	var br badRequest
	if errors.As(err, &br) {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	httpError(w, http.StatusInternalServerError, err.Error())
}

// view applies the request's filter to the current graph. It returns the
// graph, its generation, the filter and the view.
func (s *server) view(w http.ResponseWriter, r *http.Request) (*graph.KG, int, graph.Filter, *graph.KG, bool) {
	g, _, _, gen := s.current()
	f, err := parseFilter(r.URL.Query(), g)
	if err != nil {
		filterError(w, err)
		return nil, 0, f, nil, false
	}
	if f.Focus != "" {
		// Built on the first focus, not at each build: at corpus scale
		// it costs seconds and hundreds of MB the first page does not need.
		s.indexMu.Lock()
		g.Index()
		s.indexMu.Unlock()
	}
	v, err := f.Apply(g)
	if err != nil {
		filterError(w, err)
		return nil, 0, f, nil, false
	}
	return g, gen, f, v, true
}

// Client shapes.

type factOut struct {
	*graph.Fact
	Sources int `json:"sources"`
}

// viewEntity and viewFact are what the graph view draws of an entity
// and a fact: the evidence, documents and merge records come with
// /api/entity and /api/fact when one is opened, so that a view of
// thousands of entities, some in thousands of articles, stays small.
type viewEntity struct {
	ID        string           `json:"id"`
	Type      graph.EntityType `json:"type"`
	Name      string           `json:"name"`
	Aliases   []graph.Alias    `json:"aliases"` // the first form in the other script, if any (the label's second line)
	Date      string           `json:"date,omitempty"`
	Mentions  int              `json:"mentions"`
	Romanized bool             `json:"romanized,omitempty"`
}

type viewFact struct {
	ID         string          `json:"id"`
	Subject    string          `json:"subject"`
	Predicate  graph.Predicate `json:"predicate"`
	Object     string          `json:"object"`
	Role       string          `json:"role,omitempty"`
	Confidence float64         `json:"confidence"`
	Sources    int             `json:"sources"`
}

// viewDoc is a document as the view's document filter lists it.
type viewDoc struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
}

func isArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

func newViewEntity(e *graph.Entity) viewEntity {
	out := viewEntity{ID: e.ID, Type: e.Type, Name: e.Name, Date: e.Date, Mentions: e.Mentions, Romanized: e.Romanized, Aliases: []graph.Alias{}}
	ar := isArabic(e.Name)
	for _, a := range e.Aliases {
		if isArabic(a.Text) != ar {
			out.Aliases = append(out.Aliases, graph.Alias{Text: a.Text, Lang: a.Lang, Count: a.Count})
			break
		}
	}
	return out
}

type graphOut struct {
	Entities   []viewEntity       `json:"entities"`
	Facts      []viewFact         `json:"facts"`
	Docs       []viewDoc          `json:"docs"`
	Types      []graph.EntityType `json:"types"`
	Predicates []graph.Predicate  `json:"predicates"`
	Total      map[string]int     `json:"total"`
	Build      map[string]any     `json:"build"` // nil in pageBody: filled in by writePage
	Filtered   bool               `json:"filtered"`
	Counts     map[string]int     `json:"counts"`
	// Limited is set when the view had more than MaxView entities and
	// shows only the MaxView most mentioned (Counts counts what is shown).
	Limited bool `json:"limited,omitempty"`
	// Positions places each entity of the view, in pixels at zoom 1,
	// by entity id; the client draws them as they are.
	Positions map[string]Point `json:"positions"`
}

// handleGraph answers a view; while the graph loads, the unfiltered one
// comes from Config.FirstPage and the others wait.
func (s *server) handleGraph(w http.ResponseWriter, r *http.Request) {
	select {
	case <-s.ready:
	default:
		if s.cfg.FirstPage != nil && firstPageAsked(r) {
			writePage(w, s.cfg.FirstPage, 1, 0, s.started)
			return
		}
	}
	if !s.await(w, r) {
		return
	}
	g, gen, f, v, ok := s.view(w, r)
	if !ok {
		return
	}
	v, limited := limitView(v, f.Focus, viewLimit(f))
	_, built, at, _ := s.current()
	writePage(w, pageBody(g.Docs, len(g.Entities), len(g.Facts), v, v != g, limited, s.positions(gen, f, v)), gen, built, at)
}

type hit struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Type    graph.EntityType `json:"type"`
	Matched string           `json:"matched"`
	Lang    string           `json:"lang"`
	How     string           `json:"how"`   // exact, prefix, word, contains, sound
	Score   float64          `json:"score"` // 1 for a form as written, less by sound
}

// searchIndex caches the search index of the graph being served (a
// served graph never changes in place; a rebuild swaps in another).
var searchIndex struct {
	sync.Mutex
	g   *graph.KG
	idx *resolve.Index
}

// handleSearch finds entities by any spelling in either script with the
// resolver's keys (resolve.Index.Search), ranked.
func (s *server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		httpError(w, http.StatusBadRequest, "query too long (200 bytes at most)")
		return
	}
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			httpError(w, http.StatusBadRequest, "limit must be from 1 to 200")
			return
		}
		limit = n
	}
	g, _, _, _ := s.current()
	searchIndex.Lock()
	if searchIndex.g != g {
		searchIndex.g, searchIndex.idx = g, resolve.NewIndex(g)
	}
	idx := searchIndex.idx
	searchIndex.Unlock()
	hits := []hit{}
	for _, h := range idx.Search(q, limit) {
		e := h.Entity
		hits = append(hits, hit{ID: e.ID, Name: e.Name, Type: e.Type, Matched: h.Matched, Lang: h.Lang, How: h.How, Score: h.Score})
	}
	writeJSON(w, http.StatusOK, hits)
}

type entityOut struct {
	*graph.Entity
	Names   map[string][]graph.Alias `json:"names"` // by script: "en", "ar", ...
	Sources []graph.DocInfo          `json:"sources"`
	Facts   []factOut                `json:"facts"`
	Others  map[string]string        `json:"others"` // names of the entities at the other end of Facts
}

func docInfo(g *graph.KG, id string) graph.DocInfo {
	for _, d := range g.Docs {
		if d.ID == id {
			return d
		}
	}
	return graph.DocInfo{ID: id}
}

func (s *server) handleEntity(w http.ResponseWriter, r *http.Request) {
	g, _, _, _ := s.current()
	id := r.PathValue("id")
	e := g.Entity(id)
	if e == nil {
		httpError(w, http.StatusNotFound, fmt.Sprintf("%v %q", graph.ErrUnknownEntity, id))
		return
	}
	out := entityOut{Entity: e, Names: map[string][]graph.Alias{}, Sources: []graph.DocInfo{}, Facts: []factOut{}, Others: map[string]string{}}
	for _, a := range e.Aliases {
		lang := a.Lang
		if lang == "" {
			lang = textnorm.Script(a.Text)
		}
		out.Names[lang] = append(out.Names[lang], a)
	}
	for _, d := range e.Docs {
		out.Sources = append(out.Sources, docInfo(g, d))
	}
	for _, f := range g.Facts {
		if f.Subject == id || f.Object == id {
			out.Facts = append(out.Facts, factOut{f, f.Sources()})
			for _, o := range []string{f.Subject, f.Object} {
				if x := g.Entity(o); x != nil && o != id {
					out.Others[o] = x.Name
				}
			}
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// Part is a piece of an evidence sentence; Mark is "subject", "object" or "".
type Part struct {
	Text string `json:"text"`
	Mark string `json:"mark,omitempty"`
}

// markSentence splits an evidence sentence into parts with the subject
// and object mentions marked. Offsets are runes into the document; the
// sentence starts at ev.Start. Offsets outside the sentence are ignored.
func markSentence(ev graph.Evidence) []Part {
	rs := []rune(ev.Text)
	marks := make([]string, len(rs))
	set := func(from, to int, m string) {
		from, to = from-ev.Start, to-ev.Start
		if from < 0 || to > len(rs) || from >= to {
			return
		}
		for i := from; i < to; i++ {
			if marks[i] == "" {
				marks[i] = m
			}
		}
	}
	set(ev.SubjectStart, ev.SubjectEnd, "subject")
	set(ev.ObjectStart, ev.ObjectEnd, "object")
	var parts []Part
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && marks[j] == marks[i] {
			j++
		}
		parts = append(parts, Part{Text: string(rs[i:j]), Mark: marks[i]})
		i = j
	}
	return parts
}

type evidenceOut struct {
	graph.Evidence
	Parts []Part        `json:"parts"`
	Doc   graph.DocInfo `json:"docInfo"`
}

type factDetail struct {
	factOut
	SubjectEntity *graph.Entity `json:"subjectEntity"`
	ObjectEntity  *graph.Entity `json:"objectEntity"`
	Evidence      []evidenceOut `json:"evidence"`
}

func (s *server) handleFact(w http.ResponseWriter, r *http.Request) {
	g, _, _, _ := s.current()
	id := r.PathValue("id")
	var f *graph.Fact
	for _, x := range g.Facts {
		if x.ID == id {
			f = x
			break
		}
	}
	if f == nil {
		httpError(w, http.StatusNotFound, fmt.Sprintf("unknown fact %q", id))
		return
	}
	out := factDetail{factOut: factOut{f, f.Sources()}, SubjectEntity: g.Entity(f.Subject), ObjectEntity: g.Entity(f.Object), Evidence: []evidenceOut{}}
	for _, ev := range f.Evidence {
		d := docInfo(g, ev.Doc)
		if ev.URL != "" {
			d.URL = ev.URL
		}
		out.Evidence = append(out.Evidence, evidenceOut{Evidence: ev, Parts: markSentence(ev), Doc: d})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *server) handleExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	var ctype, ext string
	switch format {
	case "dot":
		ctype, ext = "text/vnd.graphviz; charset=utf-8", "dot"
	case "svg":
		ctype, ext = "image/svg+xml", "svg"
	default:
		httpError(w, http.StatusBadRequest, "format must be dot or svg")
		return
	}
	_, _, _, v, ok := s.view(w, r)
	if !ok {
		return
	}
	if s.cfg.Render == nil {
		httpError(w, http.StatusNotImplemented, "this server has no "+format+" renderer")
		return
	}
	b, err := s.cfg.Render(r.Context(), v, format)
	if err != nil {
		httpError(w, http.StatusInternalServerError, "render "+format+": "+err.Error())
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="kg-view.`+ext+`"`)
	w.Write(b)
}

// Bounds of the text a client may post (boundStrings).
const (
	maxField = 500  // a name, a form, an id
	maxNote  = 2000 // a note
	maxItems = 200  // the items of a list
)

// boundStrings checks that every string of v, a posted value, is at most
// maxField bytes long (maxNote for a field named Note) and every list at
// most maxItems long, walking nested structs, slices and maps, so that a
// field added to graph.Decision is bounded too.
func boundStrings(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.String:
		limit := maxField
		if strings.HasSuffix(path, ".Note") {
			limit = maxNote
		}
		if v.Len() > limit {
			return fmt.Errorf("%s is too long: %d bytes, at most %d", path, v.Len(), limit)
		}
	case reflect.Slice, reflect.Array:
		if v.Len() > maxItems {
			return fmt.Errorf("%s has too many items: %d, at most %d", path, v.Len(), maxItems)
		}
		for i := 0; i < v.Len(); i++ {
			if err := boundStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.Len() > maxItems {
			return fmt.Errorf("%s has too many items: %d, at most %d", path, v.Len(), maxItems)
		}
		it := v.MapRange()
		for it.Next() {
			if err := boundStrings(it.Key(), path+" key"); err != nil {
				return err
			}
			if err := boundStrings(it.Value(), path+"["+fmt.Sprint(it.Key())+"]"); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				if err := boundStrings(v.Field(i), path+"."+v.Type().Field(i).Name); err != nil {
					return err
				}
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return boundStrings(v.Elem(), path)
		}
	}
	return nil
}

func (s *server) handleRebuild(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(s.cfg.Context, s.cfg.RebuildTimeout)
	defer cancel()
	if err := s.rebuild(ctx); err != nil {
		code := http.StatusInternalServerError
		if ctx.Err() != nil {
			code = http.StatusServiceUnavailable
			err = fmt.Errorf("%w (limit %v, or the server is stopping); the graph and its files are unchanged", err, s.cfg.RebuildTimeout)
		}
		httpError(w, code, err.Error())
		return
	}
	g, built, at, gen := s.current()
	writeJSON(w, http.StatusOK, map[string]any{
		"entities": len(g.Entities), "facts": len(g.Facts),
		"build": map[string]any{"generation": gen, "decisions": built, "time": at.UTC().Format(time.RFC3339)},
	})
}
