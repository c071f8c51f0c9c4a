/**
 * Where a running node's logs go and in what shape: {@link yaowen.cli.logging.Logs} sends them to
 * {@code DATA_DIR/logs/yaowen.log} (rolled daily and at 50 MB, a week kept) and warnings to the console, as
 * text or as one JSON object per line ({@link yaowen.cli.logging.LogFormat}); {@link yaowen.cli.logging.LogOptions}
 * is the {@code --log-format} option the long-running commands share.
 */
package yaowen.cli.logging;
