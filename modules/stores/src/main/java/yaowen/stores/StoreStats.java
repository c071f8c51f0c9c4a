package yaowen.stores;

/**
 * Counts of a store: rows held now, and upserts performed through this instance since it opened.
 * Immutable.
 */
public record StoreStats(long articles, long meetings, long metrics, long writes) {
    public StoreStats {
        if (articles < 0 || meetings < 0 || metrics < 0 || writes < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
