package io.jointresponse.core.privacy;

/**
 * How sensitive one model attribute is.
 */
public enum Classification {
    /** Personal information: see {@link PersonalData}. */
    PERSONAL,
    /** Information that could identify the business: see {@link BusinessIdentifying}. */
    BUSINESS_IDENTIFYING;
}
