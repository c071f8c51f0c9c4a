/**
 * Article fields read from the page: title ({@link yaowen.cleaning.fields.TitleFinder}), publish time
 * ({@link yaowen.cleaning.fields.PublishTimeParser}), source ({@link yaowen.cleaning.fields.SourceLine})
 * and authors ({@link yaowen.cleaning.fields.AuthorLine}). Each works on one line or one document and
 * keeps no state. Internal to the cleaning module.
 */
package yaowen.cleaning.fields;
