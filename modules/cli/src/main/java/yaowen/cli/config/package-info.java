/**
 * The node configuration: YAML in, a validated {@link yaowen.cli.config.YaowenConfig} out. The keys are
 * defined once ({@link yaowen.cli.config.NodeKeys} here, {@code CrawlerKeys}, {@code SiteKeys} and
 * {@code PipelineKeys} in their modules); {@link yaowen.cli.config.ConfigLayout} places them in the file,
 * {@link yaowen.cli.config.ConfigLoader} reads by it and {@link yaowen.cli.config.ReferenceYaml} writes the
 * reference file and the table of keys from it. Only this package knows YAML.
 */
package yaowen.cli.config;
