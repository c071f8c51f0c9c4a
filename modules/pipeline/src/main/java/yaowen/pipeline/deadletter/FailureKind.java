package yaowen.pipeline.deadletter;

/** Why a record went to the dead-letter topic; written as {@code DeadLetter.errorKind}. */
public enum FailureKind {
    /** The bytes are not a record of the expected schema. */
    UNDECODABLE_RECORD,
    /** The fetch did not return a page (HTTP status not 2xx). */
    HTTP_ERROR,
    /** No bytes, or only whitespace. */
    EMPTY,
    /** Not text: a PDF, an image, an archive. */
    BINARY,
    /** Over the size cap. */
    TOO_LARGE,
    /** A page with no article text. */
    NO_TEXT,
    /** Insight took longer than its per-article budget ({@code pipeline.insightBudget}) and was stopped. */
    TOO_SLOW,
    /** An unexpected error in a processing step (a bug to look at). */
    PROCESSING_ERROR
}
