-- What a kg worker makes of its documents ahead of the resolution (see
-- ../../README.md, "Workers"): the resolver row of the document of
-- content hash hash at extraction generation gen, made as a resolution
-- makes it (a deferred document completed with the titles stored then;
-- settled the digest of what its pass read), and output, the mentions
-- of its output after that pass (relation ends included), which the
-- resolution writes. A resolution takes it instead of making the row
-- while the document, its generation, the version and, for a deferred
-- document, the digest are still those, and deletes it once its own row
-- is as recent.
CREATE TABLE premade (
	doc     TEXT PRIMARY KEY,
	hash    TEXT NOT NULL,
	gen     BIGINT NOT NULL,
	version TEXT NOT NULL,
	settled TEXT NOT NULL DEFAULT '',
	tail    BLOB,
	share   BLOB,
	output  BLOB
);
