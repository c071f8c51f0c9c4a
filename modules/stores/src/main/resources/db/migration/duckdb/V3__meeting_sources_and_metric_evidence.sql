-- One meeting, one record: every article reporting a meeting (its own site's and reposts), and every
-- report stating a figure, with a flag on the figure when reports of equal standing disagree.
CREATE TABLE meeting_source (
    meeting_key      VARCHAR NOT NULL,
    ordinal          INTEGER NOT NULL,
    article_id       VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    site_id          VARCHAR,
    title            VARCHAR,
    published_at     VARCHAR
);

CREATE TABLE metric_evidence (
    metric_key       VARCHAR NOT NULL,
    ordinal          INTEGER NOT NULL,
    article_id       VARCHAR NOT NULL,
    url              VARCHAR NOT NULL,
    meeting_key      VARCHAR,
    standing         VARCHAR NOT NULL,
    value            DOUBLE NOT NULL,
    qualifier        VARCHAR,
    range_min        DOUBLE,
    range_max        DOUBLE,
    preliminary      BOOLEAN NOT NULL,
    raw              VARCHAR NOT NULL,
    evidence         VARCHAR NOT NULL
);

ALTER TABLE metric ADD COLUMN conflict BOOLEAN DEFAULT false;

CREATE INDEX meeting_source_by_meeting ON meeting_source (meeting_key);
CREATE INDEX metric_evidence_by_metric ON metric_evidence (metric_key);
CREATE INDEX metric_evidence_by_article ON metric_evidence (article_id);
CREATE INDEX metric_evidence_by_meeting ON metric_evidence (meeting_key);
