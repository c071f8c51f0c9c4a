-- One meeting, one record: every article reporting a meeting (its own site's and reposts), and every
-- report stating a figure, with a flag on the figure when reports of equal standing disagree.
CREATE TABLE meeting_source (
    meeting_key      TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
    article_id       TEXT NOT NULL,
    url              TEXT NOT NULL,
    site_id          TEXT,
    title            TEXT,
    published_at     TEXT
);

CREATE TABLE metric_evidence (
    metric_key       TEXT NOT NULL,
    ordinal          INTEGER NOT NULL,
    article_id       TEXT NOT NULL,
    url              TEXT NOT NULL,
    meeting_key      TEXT,
    standing         TEXT NOT NULL,
    value            DOUBLE PRECISION NOT NULL,
    qualifier        TEXT,
    range_min        DOUBLE PRECISION,
    range_max        DOUBLE PRECISION,
    preliminary      BOOLEAN NOT NULL,
    raw              TEXT NOT NULL,
    evidence         TEXT NOT NULL
);

ALTER TABLE metric ADD COLUMN conflict BOOLEAN DEFAULT false;

CREATE INDEX meeting_source_by_meeting ON meeting_source (meeting_key);
CREATE INDEX metric_evidence_by_metric ON metric_evidence (metric_key);
CREATE INDEX metric_evidence_by_article ON metric_evidence (article_id);
CREATE INDEX metric_evidence_by_meeting ON metric_evidence (meeting_key);
