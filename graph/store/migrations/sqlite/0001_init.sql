-- The store's first schema (SQLite). Times are RFC 3339 text in UTC;
-- lists are JSON text. See ../../README.md.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- Change counters: 'changes' grows with every document or decision
-- written, 'resolved' is the value the last resolution started from;
-- the store needs resolving while changes > resolved.
CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	n    BIGINT NOT NULL
);
INSERT INTO counters (name, n) VALUES ('changes', 0), ('resolved', 0);

-- Documents: metadata, text, and extraction state. A document is
-- pending (needs pass 2) while needs > done; deferred when its relations
-- wait for a corpus pass that runs before each resolution.
CREATE TABLE documents (
	id        TEXT PRIMARY KEY,
	hash      TEXT NOT NULL,
	title     TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	lang      TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	text      TEXT NOT NULL,
	extractor TEXT NOT NULL DEFAULT '',
	needs     INTEGER NOT NULL DEFAULT 1,
	done      INTEGER NOT NULL DEFAULT 0,
	deferred  INTEGER NOT NULL DEFAULT 0,
	error     TEXT NOT NULL DEFAULT '',
	added     TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (hash);
CREATE INDEX documents_pending ON documents (needs, done);

CREATE TABLE sentences (
	doc   TEXT NOT NULL,
	idx   INTEGER NOT NULL,
	start INTEGER NOT NULL,
	stop  INTEGER NOT NULL,
	lang  TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- Per-document extraction, as gzipped JSON: stage is what the passes
-- before the name book found (kept so that a document is re-extracted
-- against a grown book without running them again), data the output of
-- every per-document pass (mentions and relations, before corpus-level
-- event linking), so that resolution can be rerun without extracting.
CREATE TABLE extractions (
	doc   TEXT PRIMARY KEY,
	stage BLOB,
	data  BLOB
);

-- The corpus-wide name book: the person names pass 1 found, by document.
CREATE TABLE book (
	key   TEXT NOT NULL,
	doc   TEXT NOT NULL,
	first TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX book_doc ON book (doc);
CREATE INDEX book_first ON book (first);

-- The keys on which a book name can begin a match in a document.
CREATE TABLE name_starts (
	key TEXT NOT NULL,
	doc TEXT NOT NULL,
	PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX name_starts_doc ON name_starts (doc);

-- Every mention with its offsets and the entity it was resolved to.
CREATE TABLE mentions (
	doc        TEXT NOT NULL,
	start      INTEGER NOT NULL,
	stop       INTEGER NOT NULL,
	type       TEXT NOT NULL,
	gkey       TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	sent       INTEGER NOT NULL,
	lang       TEXT NOT NULL DEFAULT '',
	name       TEXT NOT NULL DEFAULT '',
	kbid       TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL DEFAULT '',
	extractor  TEXT NOT NULL DEFAULT '',
	confidence REAL NOT NULL DEFAULT 0,
	entity     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, start, stop, type, gkey)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE entities (
	id       TEXT PRIMARY KEY,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	date     TEXT NOT NULL DEFAULT '',
	mentions INTEGER NOT NULL DEFAULT 0,
	same_as  TEXT NOT NULL DEFAULT '[]',
	roles    TEXT NOT NULL DEFAULT '[]',
	docs     TEXT NOT NULL DEFAULT '[]',
	digest   TEXT NOT NULL DEFAULT '',
	created  TEXT NOT NULL,
	updated  TEXT NOT NULL
);

CREATE TABLE aliases (
	entity TEXT NOT NULL,
	lang   TEXT NOT NULL,
	text   TEXT NOT NULL,
	count  INTEGER NOT NULL,
	docs   TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (entity, lang, text)
) WITHOUT ROWID;

-- Alias search by any part of a spelling (trigrams), in either script.
CREATE VIRTUAL TABLE alias_search USING fts5 (text, entity UNINDEXED, tokenize = 'trigram');

-- The merge log behind kg explain.
CREATE TABLE merges (
	entity TEXT NOT NULL,
	seq    INTEGER NOT NULL,
	form   TEXT NOT NULL,
	into_form TEXT NOT NULL,
	rule   TEXT NOT NULL,
	mkey   TEXT NOT NULL DEFAULT '',
	score  REAL NOT NULL DEFAULT 0,
	PRIMARY KEY (entity, seq)
) WITHOUT ROWID;

CREATE TABLE facts (
	id          TEXT PRIMARY KEY,
	subject     TEXT NOT NULL,
	predicate   TEXT NOT NULL,
	object      TEXT NOT NULL,
	role        TEXT NOT NULL DEFAULT '',
	role_phrase TEXT NOT NULL DEFAULT '',
	confidence  REAL NOT NULL,
	sources     INTEGER NOT NULL,
	digest      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX facts_subject ON facts (subject);
CREATE INDEX facts_object ON facts (object);

CREATE TABLE evidence (
	fact          TEXT NOT NULL,
	seq           INTEGER NOT NULL,
	doc           TEXT NOT NULL,
	url           TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL,
	start         INTEGER NOT NULL,
	stop          INTEGER NOT NULL,
	subject_start INTEGER NOT NULL,
	subject_stop  INTEGER NOT NULL,
	object_start  INTEGER NOT NULL,
	object_stop   INTEGER NOT NULL,
	extractor     TEXT NOT NULL DEFAULT '',
	rule          TEXT NOT NULL DEFAULT '',
	confidence    REAL NOT NULL,
	PRIMARY KEY (fact, seq)
) WITHOUT ROWID;
CREATE INDEX evidence_doc ON evidence (doc);

-- Old ids keep resolving: kind is 'entity' or 'fact'.
CREATE TABLE redirects (
	kind   TEXT NOT NULL,
	old    TEXT NOT NULL,
	new    TEXT NOT NULL,
	reason TEXT NOT NULL DEFAULT '',
	at     TEXT NOT NULL,
	PRIMARY KEY (kind, old)
) WITHOUT ROWID;
CREATE INDEX redirects_new ON redirects (kind, new);

-- Analysts' decisions with author, time and revocation. did is the
-- decision's id in review files (graph.Decision.ID); anchor is the JSON
-- list of mention spans of each named entity when the decision was
-- made, so that it keeps its meaning whatever happens to ids.
CREATE TABLE decisions (
	id         INTEGER PRIMARY KEY,
	did        TEXT NOT NULL DEFAULT '',
	op         TEXT NOT NULL,
	entities   TEXT NOT NULL DEFAULT '[]',
	forms      TEXT NOT NULL DEFAULT '[]',
	fact       TEXT NOT NULL DEFAULT '',
	name       TEXT NOT NULL DEFAULT '',
	type       TEXT NOT NULL DEFAULT '',
	note       TEXT NOT NULL DEFAULT '',
	author     TEXT NOT NULL,
	at         TEXT NOT NULL,
	anchor     TEXT NOT NULL DEFAULT '[]',
	revoked_by TEXT NOT NULL DEFAULT '',
	revoked_at TEXT NOT NULL DEFAULT ''
);

-- Inputs that could not be read or extracted, with their error.
CREATE TABLE problems (
	source TEXT NOT NULL,
	doc    TEXT NOT NULL DEFAULT '',
	error  TEXT NOT NULL,
	at     TEXT NOT NULL,
	PRIMARY KEY (source, doc)
) WITHOUT ROWID;

-- The work queue of kg enqueue / kg worker (used on PostgreSQL; present
-- everywhere so that a store can be pushed whole).
CREATE TABLE jobs (
	id       INTEGER PRIMARY KEY,
	doc      TEXT NOT NULL,
	article  TEXT NOT NULL,
	state    TEXT NOT NULL DEFAULT 'queued',
	worker   TEXT NOT NULL DEFAULT '',
	lease    INTEGER NOT NULL DEFAULT 0,
	attempts INTEGER NOT NULL DEFAULT 0,
	error    TEXT NOT NULL DEFAULT '',
	enqueued TEXT NOT NULL,
	finished TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jobs_state ON jobs (state, id);
