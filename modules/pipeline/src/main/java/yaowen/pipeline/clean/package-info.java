/** raw pages → articles: decoding, cleaning, mapping to {@code Article}. */
package yaowen.pipeline.clean;
