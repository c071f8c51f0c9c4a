package yaowen.stores;

import java.util.Collection;

/**
 * A sink batch open on a store ({@link ArticleStore#beginSinkBatch()}): the upserts the opening thread
 * makes until {@link #commit} or {@link #rollback} form one transaction, committed together with where the
 * sink resumes. Other writers wait meanwhile; readers see the batch only once committed. Use it from the
 * thread that opened it; exactly one of commit or rollback ends it.
 */
public interface SinkBatch {

    /**
     * Records where consumer group {@code group} resumes each partition the batch read ({@code advances}) and
     * commits that with the batch's rows — unless, for some partition, the store already holds an offset beyond
     * where this batch began: another sink owns it now, and the whole batch is rolled back.
     *
     * @throws StoreException when the commit failed or the batch was overtaken; the batch is then rolled back
     *                        and ended
     */
    void commit(String group, Collection<SinkAdvance> advances);

    /** Discards the batch's rows. Never throws; ending an ended batch does nothing. */
    void rollback();
}
