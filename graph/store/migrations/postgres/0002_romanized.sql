-- A person's name romanised from its Arabic forms (graph.Entity.Romanized):
-- 1 when no article writes the name. See graph/resolve/README.md.
ALTER TABLE entities ADD COLUMN romanized INTEGER NOT NULL DEFAULT 0;
