-- What a resolution keeps of each document so that the next one reads
-- it instead of the document's mentions (see the SQLite migration of
-- the same number).
CREATE TABLE resolver (
	doc      TEXT PRIMARY KEY,
	gen      BIGINT NOT NULL,
	version  TEXT NOT NULL,
	settled  TEXT NOT NULL DEFAULT '',
	tail     BYTEA,
	share    BYTEA,
	assigned BYTEA
);
