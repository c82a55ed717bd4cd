package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.JsonPointer;
import java.util.Map;

/**
 * Where a rule reports what it finds. A sink is bound to one rule, so a check names only the place
 * and, where the rule has them, the message variant; the severity comes from the rule.
 *
 * <p>Nothing from the payload is ever passed: messages come from the catalogue alone, and the only
 * arguments a rule may give are catalogue data (a notice's numbers, a day of its validity).
 */
public interface FindingSink {

    /**
     * Reports a finding with the rule's main message.
     *
     * @param where the place, relative to the document validated, not null
     */
    default void report(JsonPointer where) {
        report("", where);
    }

    /**
     * Reports a finding with one of the rule's message variants.
     *
     * @param variant a variant the rule declares, or {@code ""} for the main message, not null
     * @param where the place, relative to the document validated, not null
     * @throws IllegalArgumentException if the rule declares no such variant
     */
    default void report(String variant, JsonPointer where) {
        report(variant, where, Map.of());
    }

    /**
     * Reports a finding whose message has placeholders the rule fills.
     *
     * @param variant a variant the rule declares, or {@code ""} for the main message, not null
     * @param where the place, relative to the document validated, not null
     * @param arguments placeholder name to text, from catalogue data only (never a payload value), not null
     * @throws IllegalArgumentException if the rule declares no such variant
     */
    void report(String variant, JsonPointer where, Map<String, String> arguments);
}
