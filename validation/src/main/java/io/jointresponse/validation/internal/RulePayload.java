package io.jointresponse.validation.internal;

import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import java.util.Objects;

/**
 * What one call hands the constraint validator through Hibernate Validator's constraint validator
 * payload: the caller's context and options, the clock of the call among them.
 *
 * @param context the caller's context, not null
 * @param options the options of the call, not null
 */
public record RulePayload(ValidationContext context, ValidationOptions options) {

    /** Checks that nothing is null. */
    public RulePayload {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(options, "options");
    }
}
