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
     * Records {@code offsets} for consumer group {@code group} and commits them with the batch's rows.
     *
     * @throws StoreException when the commit failed; the batch is then rolled back and ended
     */
    void commit(String group, Collection<SinkOffset> offsets);

    /** Discards the batch's rows. Never throws; ending an ended batch does nothing. */
    void rollback();
}
