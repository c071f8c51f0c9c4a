/**
 * Text plumbing shared by the other packages: paragraph and sentence splitting, and the only calls into HanLP
 * (word segmentation with person-name recognition, and the custom dictionary of place names).
 * Internal to insight: not part of its API.
 */
package yaowen.insight.nlp;
