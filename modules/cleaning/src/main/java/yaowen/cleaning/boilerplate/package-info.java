/**
 * Finding the article in a page: {@link yaowen.cleaning.boilerplate.BlockExtractor} turns the DOM into
 * text blocks (scripts, styles and hidden nodes dropped), {@link yaowen.cleaning.boilerplate.BlockScorer}
 * weighs each block by Chinese text and punctuation against links,
 * {@link yaowen.cleaning.boilerplate.MainContentFinder} picks the subtree with the best total (class/id
 * cues such as {@code TRS_Editor} or {@code footer} tilt it), and
 * {@link yaowen.cleaning.boilerplate.ChromeLines} recognises page chrome line by line (breadcrumbs,
 * meta lines, share bars, footers, template-site filler), with
 * {@link yaowen.cleaning.boilerplate.SiteChrome} for what plain-text copies keep of a page (e-paper chrome,
 * link rows, tool words, prompts, image names and photo captions). Internal to the cleaning module.
 */
package yaowen.cleaning.boilerplate;
