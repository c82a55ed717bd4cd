package io.jointresponse.validation;

import java.util.Objects;

/**
 * A rule that applies to the document but was not run, because it needs records the caller did not
 * give, and why. A report lists such rules apart from its findings, so that a document checked
 * without them never looks as if it had kept them. A rule the caller disabled is not "not checked":
 * the caller chose to leave it out, and the report does not mention it.
 *
 * @param ruleId the id of the rule, such as {@code INC-001}, not null
 * @param reason why it was not run, not null
 * @param message the reason for a person, in the language of the report, not null
 */
public record NotChecked(String ruleId, Reason reason, String message) {

    /** Why a rule was not run. */
    public enum Reason {
        /**
         * The rule needs the agreement a document names, and the context has no way to look
         * agreements up ({@link ValidationContext#empty()}).
         */
        NO_AGREEMENT_LOOKUP,
        /**
         * The rule needs the complete agreement records ({@link ValidationContext#of}), and the
         * context has none, or only a lookup.
         */
        NO_AGREEMENT_RECORDS
    }

    /**
     * Checks that nothing is null.
     *
     * @param ruleId the id of the rule, not null
     * @param reason why it was not run, not null
     * @param message the reason for a person, not null
     */
    public NotChecked {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
