package io.jointresponse.core.agreement;

/**
 * Whether a partner outsources its security to vendors (notice 217, §2: この委託の有無についても可能な限り把握).
 */
public enum OutsourcingStatus {
    /** Security work is outsourced: at least one vendor must be recorded. */
    OUTSOURCED,
    /** The partner handles security itself. */
    NOT_OUTSOURCED,
    /** Not yet established; allowed, but to be established as far as possible. */
    UNKNOWN;
}
