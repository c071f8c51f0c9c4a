/**
 * What an operator reads from the web port: {@code /metrics} (Prometheus), {@code /health/live},
 * {@code /health/ready} composed from {@link yaowen.web.ops.HealthCheck}s, and {@code /api/sites}.
 * The checks and the sites come from whoever wires the node; this package only composes and renders.
 */
package yaowen.web.ops;
