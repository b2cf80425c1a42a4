-- Full-text search (PostgreSQL): substring match over documents.folded, with a
-- trigram GIN index when the pg_trgm extension can be created (postgresql-contrib;
-- needs the right to create extensions). Without it, search still works, by scan.
CREATE SEQUENCE IF NOT EXISTS documents_seq;
ALTER TABLE documents ALTER COLUMN seq SET DEFAULT nextval('documents_seq');
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available: search will scan';
END
$$;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX documents_folded_trgm ON documents USING gin (folded gin_trgm_ops);
    END IF;
END
$$;
