package io.jointresponse.core.agreement;

/**
 * The form a joint response with a business takes.
 */
public enum ArrangementType {
    /** A joint-response agreement (共同対処協定) under notice 217, §1. */
    JOINT_RESPONSE_AGREEMENT,
    /**
     * The existing-channel arrangement: where the security division already shares information with
     * the business, the existing contact point is used instead of a separate agreement (notice 217,
     * §1, third paragraph: 既存の窓口を活用).
     */
    EXISTING_CHANNEL;
}
