-- What a resolution keeps of each document so that the next one reads
-- it instead of the document's mentions (see ../../README.md,
-- "What a resolution costs"): made from the document's extraction of
-- generation gen by the resolver and passes of version; tail is what the
-- corpus passes read of it (titles, events, and for a deferred document
-- the keys its pass read), settled a digest of what that pass found under
-- those keys; share the resolver's reduction of it (graph/resolve.Share);
-- assigned the entity of each of its forms at the last resolution.
CREATE TABLE resolver (
	doc      TEXT PRIMARY KEY,
	gen      BIGINT NOT NULL,
	version  TEXT NOT NULL,
	settled  TEXT NOT NULL DEFAULT '',
	tail     BLOB,
	share    BLOB,
	assigned BLOB
);

-- The search rows of each entity: FTS5 does not index an UNINDEXED
-- column, so deleting an entity's rows by entity scanned the whole
-- search table; by rowid it is a lookup.
CREATE TABLE alias_rows (
	entity TEXT NOT NULL,
	row    INTEGER NOT NULL,
	PRIMARY KEY (entity, row)
) WITHOUT ROWID;
INSERT INTO alias_rows (entity, row) SELECT entity, rowid FROM alias_search;
