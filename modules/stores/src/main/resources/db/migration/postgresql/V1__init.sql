-- Yaowen store, PostgreSQL dialect. Lists are stored as text: types joined by ',', region path by '/',
-- authors by newline. Times are UTC epoch milliseconds.
CREATE TABLE article (
    id               TEXT PRIMARY KEY,
    url              TEXT NOT NULL,
    site_id          TEXT NOT NULL,
    title            TEXT,
    published_at     TEXT,
    source           TEXT,
    authors          TEXT NOT NULL,
    body             TEXT NOT NULL,
    script           TEXT NOT NULL,
    charset          TEXT NOT NULL,
    charset_source   TEXT,
    simhash          TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    fetched_at_ms    BIGINT NOT NULL,
    site_region_code TEXT,
    stored_at_ms     BIGINT NOT NULL
);

CREATE TABLE meeting (
    meeting_key      TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL,
    url              TEXT NOT NULL,
    title            TEXT,
    types            TEXT NOT NULL,
    deciding_cue     TEXT,
    name             TEXT,
    meeting_date     DATE,
    region_code      TEXT,
    region_name      TEXT,
    region_path      TEXT,
    format           TEXT,
    congress         INTEGER,
    plenary          INTEGER,
    enlarged         BOOLEAN,
    review_year      INTEGER,
    plan_year        INTEGER,
    published_at     TEXT,
    stored_at_ms     BIGINT NOT NULL
);

CREATE TABLE meeting_person (
    meeting_key      TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL,
    roles            TEXT NOT NULL,
    part             TEXT
);

CREATE TABLE metric (
    metric_key       TEXT PRIMARY KEY,
    article_id       TEXT NOT NULL,
    url              TEXT NOT NULL,
    meeting_key      TEXT,
    region_code      TEXT,
    region_name      TEXT,
    indicator        TEXT NOT NULL,
    label            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    year             INTEGER,
    period           TEXT,
    measure          TEXT NOT NULL,
    value            DOUBLE PRECISION NOT NULL,
    unit             TEXT NOT NULL,
    qualifier        TEXT,
    range_min        DOUBLE PRECISION,
    range_max        DOUBLE PRECISION,
    scope            TEXT,
    preliminary      BOOLEAN NOT NULL,
    rank_scope       TEXT,
    rank             INTEGER,
    versus_scope     TEXT,
    versus_delta_pp  DOUBLE PRECISION,
    raw              TEXT NOT NULL,
    evidence         TEXT NOT NULL,
    stored_at_ms     BIGINT NOT NULL
);

CREATE INDEX meeting_person_by_meeting ON meeting_person (meeting_key);
CREATE INDEX metric_by_meeting ON metric (meeting_key);
CREATE INDEX metric_by_article ON metric (article_id);
