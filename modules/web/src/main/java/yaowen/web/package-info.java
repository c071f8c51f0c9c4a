/**
 * The HTTP face of a store: {@link yaowen.web.WebServer} serves a server-rendered dashboard, a small
 * JSON query API and a health check on the JDK's built-in HTTP server. Pages and JSON are rendered
 * by {@code DashboardPages} and {@code JsonViews}; nothing here writes to the store.
 */
package yaowen.web;
