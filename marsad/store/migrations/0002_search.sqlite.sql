-- Full-text search (SQLite): an FTS5 trigram index over documents.folded, kept in
-- step by triggers. Trigrams match any substring of the folded text, so a query
-- finds its words with clitics attached (بغداد in وبغداد), as matching does.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    folded,
    content = 'documents',
    content_rowid = 'seq',
    tokenize = 'trigram'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, folded) VALUES (new.seq, new.folded);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, folded) VALUES ('delete', old.seq, old.folded);
END;
