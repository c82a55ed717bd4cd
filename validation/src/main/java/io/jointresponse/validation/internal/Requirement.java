package io.jointresponse.validation.internal;

import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.ValidationContext;

/** Records a rule needs besides the document, which the caller gives in the {@link ValidationContext}. */
public enum Requirement {
    /** A way to look agreements up by id (INC-001, INC-004). */
    AGREEMENT_LOOKUP(NotChecked.Reason.NO_AGREEMENT_LOOKUP),
    /** The complete agreement records themselves (ANR-003). */
    AGREEMENT_RECORDS(NotChecked.Reason.NO_AGREEMENT_RECORDS);

    private final NotChecked.Reason missing;
    /** The key of the message saying why, made once rather than for every document not checked. */
    private final String messageKey;

    Requirement(NotChecked.Reason missing) {
        this.missing = missing;
        this.messageKey = "notChecked." + missing.name();
    }

    /**
     * Tells whether a context gives what is needed.
     *
     * @param context the caller's context, not null
     * @return true when the rule can run
     */
    public boolean isMetBy(ValidationContext context) {
        return this == AGREEMENT_LOOKUP ? context.hasAgreementLookup() : context.agreementRecords().isPresent();
    }

    /** @return the reason a report gives when the context does not meet the requirement */
    public NotChecked.Reason reasonWhenMissing() {
        return missing;
    }

    /** @return the key of the message that says why, in the rules' bundles */
    public String messageKey() {
        return messageKey;
    }
}
