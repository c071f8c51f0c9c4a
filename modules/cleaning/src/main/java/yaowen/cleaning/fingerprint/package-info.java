/**
 * Fingerprints of a cleaned text: a 64-bit SimHash for near-duplicate detection and a SHA-256
 * content hash for exact duplicates. Internal to the cleaning module.
 */
package yaowen.cleaning.fingerprint;
