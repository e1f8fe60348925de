-- What a kg worker makes of its documents ahead of the resolution (see
-- the SQLite migration of the same number).
CREATE TABLE premade (
	doc     TEXT PRIMARY KEY,
	hash    TEXT NOT NULL,
	gen     BIGINT NOT NULL,
	version TEXT NOT NULL,
	settled TEXT NOT NULL DEFAULT '',
	tail    BYTEA,
	share   BYTEA,
	output  BYTEA
);
