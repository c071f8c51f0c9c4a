package yaowen.stores.sink;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.stores.ArticleStore;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.SinkBatch;
import yaowen.stores.SinkOffset;
import yaowen.stores.SqlQueries;
import yaowen.stores.StoreReader;
import yaowen.stores.StoreStats;
import yaowen.stores.ArticleQuery;
import yaowen.stores.ArticleRow;
import yaowen.stores.MeetingQuery;
import yaowen.stores.MetricQuery;
import yaowen.stores.Page;
import yaowen.stores.Paging;
import yaowen.stores.PeopleQuery;
import yaowen.stores.PersonAppearance;
import yaowen.stores.RegionCount;
import yaowen.stores.StoredMeeting;

/** A store that hands every call to another: tests override the writes they want to fail. */
abstract class DelegatingStore implements ArticleStore {
    protected final ArticleStore store;

    DelegatingStore(ArticleStore store) {
        this.store = store;
    }

    @Override
    public void upsertArticle(Article article) {
        store.upsertArticle(article);
    }

    @Override
    public void upsertMeeting(Meeting meeting) {
        store.upsertMeeting(meeting);
    }

    @Override
    public void upsertMetric(MetricObservation metric) {
        store.upsertMetric(metric);
    }

    @Override
    public SinkBatch beginSinkBatch() {
        return store.beginSinkBatch();
    }

    @Override
    public List<SinkOffset> sinkOffsets(String group) {
        return store.sinkOffsets(group);
    }

    @Override
    public SqlQueries sqlQueries() {
        return store.sqlQueries();
    }

    @Override
    public StoreReader reader() {
        return store.reader();
    }

    @Override
    public Page<MeetingRow> meetings(MeetingQuery query, Paging paging) {
        return store.meetings(query, paging);
    }

    @Override
    public Page<MetricRow> metrics(MetricQuery query, Paging paging) {
        return store.metrics(query, paging);
    }

    @Override
    public Page<ArticleRow> articles(ArticleQuery query, Paging paging) {
        return store.articles(query, paging);
    }

    @Override
    public Optional<ArticleRow> article(String id) {
        return store.article(id);
    }

    @Override
    public Page<PersonAppearance> people(PeopleQuery query, Paging paging) {
        return store.people(query, paging);
    }

    @Override
    public List<RegionCount> regions() {
        return store.regions();
    }

    @Override
    public List<StoredMeeting> meetingsStoredAfter(long storedAfterMs, int limit) {
        return store.meetingsStoredAfter(storedAfterMs, limit);
    }

    @Override
    public List<MeetingRow> recentMeetings(int limit) {
        return store.recentMeetings(limit);
    }

    @Override
    public Optional<MeetingRow> meeting(String key) {
        return store.meeting(key);
    }

    @Override
    public List<MetricRow> metricsOfMeeting(String meetingKey) {
        return store.metricsOfMeeting(meetingKey);
    }

    @Override
    public List<MetricRow> metricsOfArticle(String articleId) {
        return store.metricsOfArticle(articleId);
    }

    @Override
    public Map<String, Long> rowCounts() {
        return store.rowCounts();
    }

    @Override
    public StoreStats stats() {
        return store.stats();
    }

    @Override
    public void close() {
        store.close();
    }
}
