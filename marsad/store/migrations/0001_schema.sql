-- Marsad store, schema version 1: documents and what was extracted from them.
-- Portable SQL: the same file creates the schema in SQLite and in PostgreSQL.
-- JSON is kept as TEXT; booleans as INTEGER 0/1; dates as ISO 8601 TEXT.
-- Dates at a grain (2025-09) are kept as given and as [date_start, date_end].

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,          -- the record's doc.id
    seq          BIGINT NOT NULL UNIQUE,    -- integer handle for the search index
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the text: same content, same document
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    lang         TEXT,
    text         TEXT NOT NULL,
    folded       TEXT NOT NULL,             -- title + text folded as matching folds them
    record       TEXT NOT NULL,             -- the marsad.document/1 JSON
    source       TEXT,                      -- where ingest read it (path, path:line, feed)
    n_events     INTEGER NOT NULL DEFAULT 0,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);

-- One row per real-world entity across all documents (key: kb_id, else group:normalised name).
CREATE TABLE entities (
    key           TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    kb_id         TEXT,
    norm_name     TEXT NOT NULL,
    name_ar       TEXT NOT NULL,
    name_en       TEXT,
    actor_code    TEXT,
    country       TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    feature       TEXT,
    admin1        TEXT,
    geo_precision TEXT,
    rank          TEXT NOT NULL             -- which description wins, whatever the ingest order
);
CREATE INDEX entities_norm_name ON entities (norm_name);
CREATE INDEX entities_country ON entities (country);

-- A document's entity (E1 …) linked to the global entity.
CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    local_id   TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    type       TEXT NOT NULL,
    name_ar    TEXT,
    name_en    TEXT,
    role       TEXT,
    n          INTEGER NOT NULL,
    spans      TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX mentions_entity ON mentions (entity_key);

-- One row per reported event (id: doc_id/V1).
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id),
    local_id        TEXT NOT NULL,
    type            TEXT NOT NULL,
    mode            TEXT,
    status          TEXT NOT NULL,
    date            TEXT,
    grain           TEXT,
    date_start      TEXT,
    date_end        TEXT,
    published       TEXT,
    outlet          TEXT,
    quantity        DOUBLE PRECISION,
    quantity_lower  DOUBLE PRECISION,
    quantity_upper  DOUBLE PRECISION,
    quantity_approx INTEGER NOT NULL DEFAULT 0,
    quantity_unit   TEXT,
    quantity_text   TEXT,
    source_key      TEXT,
    source_name     TEXT,
    via_key         TEXT,
    via_name        TEXT,
    trigger_text    TEXT,
    sentence        TEXT,
    confidence      DOUBLE PRECISION,
    summary_en      TEXT,
    roles           TEXT NOT NULL            -- JSON {"actor": [keys], "origin": [...], ...}
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_date ON events (date_start);

CREATE TABLE event_entities (
    event_id   TEXT NOT NULL REFERENCES events (id),
    role       TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    PRIMARY KEY (event_id, role, entity_key)
);
CREATE INDEX event_entities_entity ON event_entities (entity_key);

CREATE TABLE statements (
    id           TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents (id),
    local_id     TEXT NOT NULL,
    speaker_key  TEXT,
    speaker_name TEXT,
    speaker_text TEXT,
    via_key      TEXT,
    via_name     TEXT,
    cue          TEXT NOT NULL,
    content      TEXT,
    direct       INTEGER NOT NULL DEFAULT 0,
    date         TEXT,
    published    TEXT,
    outlet       TEXT
);
CREATE INDEX statements_doc ON statements (doc_id);
CREATE INDEX statements_speaker ON statements (speaker_key);

CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL REFERENCES documents (id),
    local_id    TEXT NOT NULL,
    holder      TEXT NOT NULL,
    holder_kind TEXT NOT NULL,
    content     TEXT
);
CREATE INDEX claims_doc ON claims (doc_id);

CREATE TABLE posture (
    id              TEXT PRIMARY KEY,
    doc_id          TEXT NOT NULL REFERENCES documents (id),
    local_id        TEXT NOT NULL,
    actor_key       TEXT,
    actor_name      TEXT,
    location_key    TEXT,
    location_name   TEXT,
    quantity        DOUBLE PRECISION,
    quantity_lower  DOUBLE PRECISION,
    quantity_upper  DOUBLE PRECISION,
    quantity_approx INTEGER NOT NULL DEFAULT 0,
    quantity_unit   TEXT,
    quantity_text   TEXT,
    date            TEXT,
    grain           TEXT,
    date_start      TEXT,
    date_end        TEXT,
    status          TEXT NOT NULL,
    published       TEXT,
    outlet          TEXT
);
CREATE INDEX posture_doc ON posture (doc_id);
CREATE INDEX posture_actor ON posture (actor_key);
CREATE INDEX posture_location ON posture (location_key);

-- Reports of one real event, merged across articles (derived: rebuilt by merging).
CREATE TABLE merged_events (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    date           TEXT,
    grain          TEXT,
    date_start     TEXT,
    date_end       TEXT,
    n_reports      INTEGER NOT NULL,
    n_documents    INTEGER NOT NULL,
    corroboration  INTEGER NOT NULL,         -- distinct outlets (documents when no outlet)
    has_conflict   INTEGER NOT NULL DEFAULT 0,
    first_reported TEXT,
    last_reported  TEXT,
    summary_en     TEXT,
    detail         TEXT NOT NULL             -- JSON: roles, outlets, sources, statuses, quantities, conflicts
);
CREATE INDEX merged_events_date ON merged_events (date_start);
CREATE INDEX merged_events_type ON merged_events (type, date_start);

CREATE TABLE merged_members (
    merged_id TEXT NOT NULL REFERENCES merged_events (id),
    event_id  TEXT NOT NULL,
    doc_id    TEXT NOT NULL,
    PRIMARY KEY (merged_id, event_id)
);
CREATE INDEX merged_members_event ON merged_members (event_id);
CREATE INDEX merged_members_doc ON merged_members (doc_id);

CREATE TABLE merged_entities (
    merged_id  TEXT NOT NULL REFERENCES merged_events (id),
    role       TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    PRIMARY KEY (merged_id, role, entity_key)
);
CREATE INDEX merged_entities_entity ON merged_entities (entity_key);

-- Small key/value state: merge_dirty = 1 while merged_events lags the events.
CREATE TABLE store_state (
    name  TEXT PRIMARY KEY,
    value TEXT
);
