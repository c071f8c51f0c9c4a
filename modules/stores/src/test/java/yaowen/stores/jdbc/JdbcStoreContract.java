package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import yaowen.stores.StoreWhileRunningContract;
import yaowen.stores.Fixtures;
import yaowen.stores.MeetingRow;

/** What the SQL back ends add to the store contract: columns bound by name, reads beside an open write. */
public abstract class JdbcStoreContract extends StoreWhileRunningContract {
    private static final long WAIT_SECONDS = 30;

    private JdbcArticleStore jdbc() {
        return (JdbcArticleStore) store;
    }

    @Test
    void everyArticleColumnHoldsItsOwnField() {
        store.upsertArticle(Fixtures.article("a1"));

        Map<String, String> row = jdbc().inWriteTransaction("read back", "a1", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM article WHERE id = ?")) {
                ps.setString(1, "a1");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, String> columns = new TreeMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                    }
                    return columns;
                }
            }
        });

        assertThat(row.remove("stored_at_ms")).isNotNull();
        assertThat(row).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("id", "a1"),
                Map.entry("url", "http://www.longting.gov.cn/news/a1.html"),
                Map.entry("site_id", "longting"),
                Map.entry("title", "区委十届九次全会暨区委经济工作会议召开"),
                Map.entry("published_at", "2021-01-28"),
                Map.entry("source", "开封市龙亭区人民政府"),
                Map.entry("authors", "王晓宇\n李明"),
                Map.entry("body", "1月27日，中国共产党开封市龙亭区第十届委员会召开。\n全区生产总值增长5.7%。"),
                Map.entry("script", "zh-Hans"),
                Map.entry("charset", "UTF-8"),
                Map.entry("charset_source", "HEADER"),
                Map.entry("simhash", "0123456789abcdef"),
                Map.entry("content_hash", "ab".repeat(32)),
                Map.entry("fetched_at_ms", "1611802800000"),
                Map.entry("site_region_code", "410202"))));
    }

    @Test
    void everyColumnOfEachTableIsWrittenByName() {
        assertThat(JdbcArticleStore.articleRow(Fixtures.article("a"), 0).columns())
                .containsExactlyInAnyOrderElementsOf(columnsOf("article"));
        assertThat(JdbcArticleStore.meetingRow(Fixtures.meeting("m", "a", null), 0).columns())
                .containsExactlyInAnyOrderElementsOf(columnsOf("meeting"));
        assertThat(JdbcArticleStore.metricRow(Fixtures.metric("x", "a", null), 0).columns())
                .containsExactlyInAnyOrderElementsOf(columnsOf("metric"));
    }

    private List<String> columnsOf(String table) {
        return jdbc().inWriteTransaction("columns", table, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ?")) {
                ps.setString(1, table);
                List<String> names = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                assertThat(names).as("columns of " + table).isNotEmpty();
                return names;
            }
        });
    }

    @Test
    void aReadProceedsWhileAWriteTransactionIsOpen() throws Exception {
        store.upsertMeeting(Fixtures.meeting("committed", "a1", LocalDate.of(2021, 1, 27)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService sink = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> write = sink.submit(() -> jdbc().inWriteTransaction("hold", null, c -> {
                try (Statement st = c.createStatement()) {
                    int deleted = st.executeUpdate("DELETE FROM meeting");
                    inside.countDown();
                    assertThat(awaitQuietly(release)).as("released").isTrue();
                    return deleted;
                }
            }));
            assertThat(inside.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("write transaction open").isTrue();

            List<MeetingRow> seen = CompletableFuture.supplyAsync(() -> store.reader().recentMeetings(10))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertThat(seen).as("the committed state, not the open delete").extracting(MeetingRow::key)
                    .containsExactly("committed");
            release.countDown();
            assertThat(write.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            release.countDown();
            sink.shutdownNow();
        }
        assertThat(store.reader().recentMeetings(10)).as("after the commit").isEmpty();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
