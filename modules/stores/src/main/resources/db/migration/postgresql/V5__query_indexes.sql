-- Indexes for the analyst's lists (StoreReader.meetings, metrics, articles, people, meetingsStoredAfter), sized
-- for 10,000 meetings and 100,000 metrics. A region filter is a code prefix (region_code LIKE '41%'):
-- text_pattern_ops makes it an index range whatever the database's collation. The meetings' default order
-- (newest first, nulls last, see JdbcReader) reads its first page straight from meeting_by_date.
CREATE INDEX meeting_by_date ON meeting (meeting_date DESC NULLS LAST, published_at DESC NULLS LAST, meeting_key DESC NULLS LAST);
CREATE INDEX meeting_by_region ON meeting (region_code text_pattern_ops);
CREATE INDEX meeting_by_article ON meeting (article_id);
CREATE INDEX meeting_by_stored ON meeting (stored_at_ms);
CREATE INDEX meeting_source_by_article ON meeting_source (article_id);
CREATE INDEX metric_by_indicator ON metric (indicator, year, region_code text_pattern_ops);
CREATE INDEX metric_by_region ON metric (region_code text_pattern_ops, year);
CREATE INDEX metric_by_year ON metric (year, kind);
CREATE INDEX article_by_published ON article (published_at DESC NULLS LAST, id DESC NULLS LAST);
CREATE INDEX article_by_site ON article (site_id);
