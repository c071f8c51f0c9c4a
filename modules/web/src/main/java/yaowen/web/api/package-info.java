/**
 * The analyst's HTTP API behind {@link yaowen.web.WebServer} (docs/api.md): the routing table
 * ({@link yaowen.web.api.AnalystApi}), parameters declared once ({@link yaowen.web.api.Param}) that both validate
 * requests and write {@code /openapi.json}, the JSON shapes ({@link yaowen.web.api.Json}), exports to CSV, XLSX and
 * Parquet, the server-sent feed of new meetings ({@link yaowen.web.api.Feed}) and the dashboard's static files
 * ({@link yaowen.web.api.StaticFiles}). Internal to the web module.
 */
package yaowen.web.api;
