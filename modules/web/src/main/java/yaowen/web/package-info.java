/**
 * The HTTP face of a store: {@link yaowen.web.WebServer} serves the dashboard (static files), the analyst's JSON
 * API with its exports and live feed (package {@code yaowen.web.api}), analysts' SQL and the operator's endpoints
 * on the JDK's built-in HTTP server. Nothing here writes to the store.
 */
package yaowen.web;
