package io.jointresponse.core.agreement;

/**
 * The form a joint response with a business takes.
 */
public enum ArrangementType {
    /** A joint-response agreement (共同対処協定) under notice 217, §1. */
    JOINT_RESPONSE_AGREEMENT,
    /**
     * The existing-channel arrangement, which is not an agreement: where the security division
     * already shares information with the business, the existing contact point is used to encourage
     * reports instead of insisting on an agreement (notice 217, §1, third paragraph: 本件の共同対処協定の
     * 締結に拘泥することなく、既存の窓口を活用し). It has no conclusion and owes no agreed list of crimes;
     * the record names the channel ({@link Agreement#existingChannel()}).
     */
    EXISTING_CHANNEL;
}
