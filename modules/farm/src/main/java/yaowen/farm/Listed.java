package yaowen.farm;

/** An entry on a portal's list pages: the article and the path it is served at. */
record Listed(String path, StoredArticle article, boolean poison) {
}
