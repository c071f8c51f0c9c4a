/** What a page's address says about the article: the date its content system filed it under. */
package yaowen.insight.url;
