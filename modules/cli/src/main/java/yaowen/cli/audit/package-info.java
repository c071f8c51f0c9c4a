/**
 * {@code yaowen audit}: whether the committed records of a cluster (and a store) hold each raw page exactly
 * once downstream. {@link yaowen.cli.audit.Audit} counts (pure, on plain values: keys, coordinates and
 * fingerprints of records); {@link yaowen.cli.audit.TopicReader} and {@link yaowen.cli.audit.StoreKeys}
 * read the cluster and the store into those values.
 */
package yaowen.cli.audit;
