package io.jointresponse.core.agreement;

/**
 * Where an agreement stands in its life.
 */
public enum AgreementStatus {
    /** Being drafted or negotiated; not yet concluded. */
    DRAFT,
    /** Concluded and not terminated. */
    IN_FORCE,
    /** Terminated (解除・失効). */
    TERMINATED;
}
