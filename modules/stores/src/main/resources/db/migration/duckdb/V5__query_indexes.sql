-- Indexes for the analyst's lists, the counterpart of PostgreSQL's V5. DuckDB's ART indexes speed up point and
-- very highly selective lookups only (DuckDB's documentation, "Indexes"), not prefix filters, ranges or order,
-- while its column scans skip row groups by their min-max zone maps: at 10,000 meetings and 100,000 metrics the
-- lists answer in milliseconds without an index, and every index costs each upsert. So only the point lookup the
-- lists add gets one: the meetings an article reports.
CREATE INDEX meeting_source_by_article ON meeting_source (article_id);
