package io.jointresponse.core.finding;

import io.jointresponse.core.internal.ImmutablesStyle;
import java.util.Map;
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
     * section 1) or {@code B §3(2)} (notice 185); for a rule of {@linkplain Basis#RECORD_INTEGRITY
     * record integrity}, the clause whose records it keeps sound; {@code wire format} for structural
     * findings and {@code input} for inputs that cannot be read.
     *
     * @return the clause reference
     */
    public abstract String clause();

    /**
     * Returns what the finding rests on: a notice's words, the integrity of the record, the wire
     * format or the input. Unless set, it follows from the clause: {@code wire format} and
     * {@code input} name their own basis, any other clause is a notice's.
     *
     * @return the basis
     */
    @Value.Default
    public Basis basis() {
        switch (clause()) {
            case "wire format":
                return Basis.WIRE_FORMAT;
            case "input":
                return Basis.INPUT;
            default:
                return Basis.NOTICE;
        }
    }

    /**
     * Returns which of its rule's messages the finding carries: empty for the main message, or the
     * name of a more precise one, such as {@code unknown} for AGR-003. With
     * {@link #messageArguments()} it lets a framework render the message again in another language
     * from the catalogue.
     *
     * @return the variant; empty for the main message
     */
    @Value.Default
    public String variant() {
        return "";
    }

    /**
     * Returns the catalogue data the message was filled with, by placeholder name: the names of the
     * NPA units that held a role on the document's date, a notice's numbers, a day of its validity.
     * Never a value of the payload.
     *
     * @return placeholder name to text; empty for a message without placeholders
     */
    public abstract Map<String, String> messageArguments();

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

    /**
     * Returns a finding with an explicit basis.
     *
     * @param ruleId the stable rule id, not null
     * @param severity error or warning, not null
     * @param pointer where the problem is, not null
     * @param message the message for a person, not null
     * @param clause the clause of the notices, or the one a record-integrity rule supports, not null
     * @param basis what the finding rests on, not null
     * @return the finding
     */
    public static Finding of(String ruleId, Severity severity, JsonPointer pointer, String message, String clause, Basis basis) {
        return builder().ruleId(ruleId).severity(severity).pointer(pointer).message(message).clause(clause).basis(basis).build();
    }

    /** Builds a {@link Finding}. */
    public static final class Builder extends ImmutableFinding.Builder {}
}
