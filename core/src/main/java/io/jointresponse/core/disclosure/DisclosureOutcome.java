package io.jointresponse.core.disclosure;

/**
 * What a disclosure decision decided.
 */
public enum DisclosureOutcome {
    /** Publish. */
    PUBLISH,
    /** Do not publish, or delay publication. */
    WITHHOLD,
    /** Not yet decided. */
    PENDING;
}
