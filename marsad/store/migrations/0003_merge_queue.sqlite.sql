-- Incremental merging (SQLite). Each write queues what it changed for the merged events:
-- the reports it added or removed (type and the days they may fall on) and the entities
-- whose description changed; refresh_merged re-merges only the runs of overlapping dates
-- those touch, and empties the queue. A queue row per write replaces the single
-- events_version counter every writer had to update.
ALTER TABLE events ADD COLUMN merge_lo TEXT;   -- first day the report's event may fall on (merge.report_interval)
ALTER TABLE events ADD COLUMN merge_hi TEXT;   -- last day; both NULL: undated and unpublished
CREATE INDEX events_merge ON events (type, merge_lo, merge_hi, id);

CREATE TABLE merge_queue (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,   -- added | removed | entity | all
    type       TEXT,
    lo         TEXT,
    hi         TEXT,
    event_id   TEXT,
    entity_key TEXT
);

-- A store written before this version: its first refresh re-merges everything (and fills merge_lo/hi).
INSERT INTO merge_queue (kind) SELECT 'all' WHERE EXISTS (SELECT 1 FROM events);

-- The search index without its own case folding: what it indexes is already folded and
-- lower-cased (rows.fold_for_search), and so are the queries; folding each trigram again
-- was a tenth of the single writer's time. Rebuilt from documents.folded.
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    folded,
    content = 'documents',
    content_rowid = 'seq',
    tokenize = 'trigram case_sensitive 1'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, folded) VALUES (new.seq, new.folded);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, folded) VALUES ('delete', old.seq, old.folded);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
