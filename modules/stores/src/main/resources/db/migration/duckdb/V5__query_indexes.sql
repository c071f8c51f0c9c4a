-- Indexes for the analyst's lists, as in PostgreSQL's V5. DuckDB scans its columns with zone maps, and its
-- ART indexes serve only equality and IN lookups, not ranges, prefixes or order: at 10,000 meetings and
-- 100,000 metrics the lists' scans take milliseconds without one, and an index on a column that upserts
-- rewrite slows every write. So only the lookups by key that the lists add get one: an article's meetings.
CREATE INDEX meeting_source_by_article ON meeting_source (article_id);
