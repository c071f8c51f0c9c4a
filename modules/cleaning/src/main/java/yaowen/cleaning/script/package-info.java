/**
 * Script and character normalisation: traditional to simplified (HanLP; the only package of this module
 * that calls HanLP), pinyin glosses such as {@code 區(qū)} removed, full-width digits, letters and spaces
 * folded, whitespace normalised. Internal to the cleaning module.
 */
package yaowen.cleaning.script;
