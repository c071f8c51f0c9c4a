/** The node configuration: YAML in, a validated {@link yaowen.cli.config.YaowenConfig} out. */
package yaowen.cli.config;
