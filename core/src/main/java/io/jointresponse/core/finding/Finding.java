package io.jointresponse.core.finding;

import io.jointresponse.core.internal.ImmutablesStyle;
import org.immutables.value.Value;

/**
 * One problem found in a record or payload, whoever found it: the wire-format reader
 * ({@code JSON-SYNTAX}, {@code SHAPE-MISSING}, …) or a rule of the notices ({@code AGR-001}, …).
 *
 * <p>Messages are written for a person and never contain personal or business-identifying data.
 */
@Value.Immutable
@ImmutablesStyle
public abstract class Finding {

    Finding() {}

    /**
     * Returns the stable rule id, such as {@code AGR-001} or {@code SHAPE-MISSING}. Systems store
     * and filter on it; it never changes meaning.
     *
     * @return the rule id
     */
    public abstract String ruleId();

    /** @return whether the finding makes the record invalid */
    public abstract Severity severity();

    /**
     * Returns where in the payload the problem is: a pointer that resolves in the payload, or, when
     * the problem is an absent property, that points at where the property belongs (its parent
     * resolves to an object, and its last token is the property's wire name; see
     * {@link JsonPointer}). The root pointer designates the whole document.
     *
     * @return the pointer
     */
    public abstract JsonPointer pointer();

    /** @return a message for a person, in the language chosen for the report */
    public abstract String message();

    /**
     * Returns the clause of the notices the rule comes from, such as {@code A §1} (notice 217,
     * section 1) or {@code B §3(2)} (notice 185); {@code wire format} for structural findings.
     *
     * @return the clause reference
     */
    public abstract String clause();

    /** @return true when the severity is {@link Severity#ERROR} */
    public final boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Value.Check
    void check() {
        if (!ruleId().matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
            throw new IllegalStateException("A rule id is upper-case words joined by '-', such as AGR-001: \"" + ruleId() + "\"");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a finding.
     *
     * @param ruleId the stable rule id, not null
     * @param severity error or warning, not null
     * @param pointer where the problem is, not null
     * @param message the message for a person, not null
     * @param clause the clause of the notices, not null
     * @return the finding
     */
    public static Finding of(String ruleId, Severity severity, JsonPointer pointer, String message, String clause) {
        return builder().ruleId(ruleId).severity(severity).pointer(pointer).message(message).clause(clause).build();
    }

    /** Builds a {@link Finding}. */
    public static final class Builder extends ImmutableFinding.Builder {}
}
