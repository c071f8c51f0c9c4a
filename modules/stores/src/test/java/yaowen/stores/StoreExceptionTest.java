package yaowen.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Whether a failed operation means the store is down, or only that the database refused the record. */
class StoreExceptionTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            08006 | connection failure                                  | true
            08001 | unable to connect                                   | true
            57P01 | terminating connection due to administrator command | true
            53100 | could not extend file: No space left on device      | true
                  | IO Error: could not write file                      | true
                  | FATAL Error: database has been invalidated          | true
            23505 | duplicate key value violates unique constraint      | false
            22001 | value too long for type character varying(64)       | false
            23502 | null value in column violates not-null constraint   | false
                  | Constraint Error: NOT NULL constraint failed        | false
            """)
    void tellsAStoreThatFailedFromARecordItRefused(String state, String message, boolean unavailable) {
        StoreException e = new StoreException("upsertMeeting", "k", new SQLException(message, state));
        assertThat(e.storeUnavailable()).isEqualTo(unavailable);
    }

    @Test
    void aLostConnectionOrAClosedStoreIsTheStores() {
        assertThat(new StoreException("ping", null, new SQLNonTransientConnectionException("closed")).storeUnavailable()).isTrue();
        assertThat(new StoreException("upsertArticle", "a", new IllegalStateException("store is closed")).storeUnavailable())
                .isTrue();
        assertThat(new StoreException("upsertArticle", "a", new IllegalArgumentException("bad date")).storeUnavailable())
                .isFalse();
    }
}
