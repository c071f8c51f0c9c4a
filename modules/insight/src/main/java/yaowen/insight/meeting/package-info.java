/**
 * Meeting facts: whether an article reports a meeting and of which types (explainable cue rules over title and
 * lead), its date (lead date anchored on the publication date), session numbering, format and the years it
 * reviews and plans. Internal to insight: not part of its API.
 */
package yaowen.insight.meeting;
