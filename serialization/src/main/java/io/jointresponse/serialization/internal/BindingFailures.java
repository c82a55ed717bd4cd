package io.jointresponse.serialization.internal;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import tools.jackson.core.JacksonException;

/**
 * Turns an exception thrown while binding a checked tree into a finding. The structural walk
 * should leave nothing for Jackson to reject; what remains are structural invariants of the model
 * ({@code @Value.Check}, builders that refuse a value) and defects. The exception's message is
 * never used: it may quote the payload.
 */
final class BindingFailures {

    private BindingFailures() {}

    static Finding toFinding(RuntimeException e, Class<?> documentType, WireMessages messages) {
        JsonPointer at = JsonPointer.root();
        if (e instanceof JacksonException) {
            at = pointer((JacksonException) e);
        }
        boolean invariant = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException || t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                invariant = true;
                break;
            }
        }
        String message = invariant
                ? messages.text("value.invariant", documentType.getSimpleName())
                : messages.text("value.other", documentType.getSimpleName(), e.getClass().getSimpleName());
        return Finding.of(WireRules.SHAPE_VALUE, Severity.ERROR, at, message, WireRules.CLAUSE);
    }

    /** Converts Jackson's path (property names and array indices) into a JSON Pointer. */
    static JsonPointer pointer(JacksonException e) {
        JsonPointer at = JsonPointer.root();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                at = at.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                at = at.append(r.getIndex());
            }
        }
        return at;
    }
}
