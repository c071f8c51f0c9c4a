-- Yaowen store, DuckDB dialect. Lists are stored as text: types joined by ',', region path by '/',
-- authors by newline. Times are UTC epoch milliseconds.
CREATE TABLE article (
    id               VARCHAR PRIMARY KEY,
    url              VARCHAR NOT NULL,
    site_id          VARCHAR NOT NULL,
    title            VARCHAR,
    published_at     VARCHAR,
    source           VARCHAR,
    authors          VARCHAR NOT NULL,
    body             VARCHAR NOT NULL,
    script           VARCHAR NOT NULL,
    charset          VARCHAR NOT NULL,
    charset_source   VARCHAR,
    simhash          VARCHAR NOT NULL,
    content_hash     VARCHAR NOT NULL,
    fetched_at_ms    BIGINT NOT NULL,
    site_region_code VARCHAR,
    stored_at_ms     BIGINT NOT NULL
);

CREATE TABLE meeting (
    meeting_key      VARCHAR PRIMARY KEY,
    article_id       VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    title            VARCHAR,
    types            VARCHAR NOT NULL,
    deciding_cue     VARCHAR,
    name             VARCHAR,
    meeting_date     DATE,
    region_code      VARCHAR,
    region_name      VARCHAR,
    region_path      VARCHAR,
    format           VARCHAR,
    congress         INTEGER,
    plenary          INTEGER,
    enlarged         BOOLEAN,
    review_year      INTEGER,
    plan_year        INTEGER,
    published_at     VARCHAR,
    stored_at_ms     BIGINT NOT NULL
);

CREATE TABLE meeting_person (
    meeting_key      VARCHAR NOT NULL,
    ordinal          INTEGER NOT NULL,
    name             VARCHAR NOT NULL,
    role             VARCHAR NOT NULL,
    roles            VARCHAR NOT NULL,
    part             VARCHAR
);

CREATE TABLE metric (
    metric_key       VARCHAR PRIMARY KEY,
    article_id       VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    meeting_key      VARCHAR,
    region_code      VARCHAR,
    region_name      VARCHAR,
    indicator        VARCHAR NOT NULL,
    label            VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,
    year             INTEGER,
    period           VARCHAR,
    measure          VARCHAR NOT NULL,
    value            DOUBLE NOT NULL,
    unit             VARCHAR NOT NULL,
    qualifier        VARCHAR,
    range_min        DOUBLE,
    range_max        DOUBLE,
    scope            VARCHAR,
    preliminary      BOOLEAN NOT NULL,
    rank_scope       VARCHAR,
    rank             INTEGER,
    versus_scope     VARCHAR,
    versus_delta_pp  DOUBLE,
    raw              VARCHAR NOT NULL,
    evidence         VARCHAR NOT NULL,
    stored_at_ms     BIGINT NOT NULL
);

CREATE INDEX meeting_person_by_meeting ON meeting_person (meeting_key);
CREATE INDEX metric_by_meeting ON metric (meeting_key);
CREATE INDEX metric_by_article ON metric (article_id);
