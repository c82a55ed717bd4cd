package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Finding}. Reached from a report through
 * {@code hasFinding("AGR-001")}, it knows the report's other findings of that rule, so that
 * {@link #at(String)} can choose the one at a pointer; every failure message lists all the
 * report's findings, one per line.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("AGR-003").at("/partner/outsourcing").withSeverity(Severity.WARNING);
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    /** The findings of the same rule in the report, the actual one among them. */
    private final List<Finding> sameRule;
    /** Every finding of the report, for failure messages. */
    private final List<Finding> all;

    FindingAssert(Finding actual, List<Finding> sameRule, List<Finding> all) {
        super(actual, FindingAssert.class);
        this.sameRule = sameRule;
        this.all = all;
    }

    /**
     * Verifies that the finding is at a pointer. Reached from a report, any of the report's findings
     * of the same rule may be the one; the assertions that follow are on it.
     *
     * @param pointer a JSON Pointer such as {@code /partner/sector}, or {@code ""} for the whole document; not null
     * @return an assertion on the finding at that pointer
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer
     */
    public FindingAssert at(String pointer) {
        JsonPointer wanted = JsonPointer.parse(Objects.requireNonNull(pointer, "pointer"));
        isNotNull();
        if (actual.pointer().equals(wanted)) {
            return myself;
        }
        for (Finding f : sameRule) {
            if (f.pointer().equals(wanted)) {
                FindingAssert there = new FindingAssert(f, sameRule, all);
                return info.hasDescription() ? there.as(info.description()) : there;
            }
        }
        String pointers = sameRule.stream().map(f -> FindingLines.pointer(f.pointer())).distinct().collect(Collectors.joining(", "));
        failExpecting("a finding of " + actual.ruleId() + " at " + FindingLines.pointer(wanted) + ", but "
                + (sameRule.size() == 1 ? "it is at " : "they are at ") + pointers);
        return myself;
    }

    /**
     * Verifies the severity.
     *
     * @param severity {@code ERROR} or {@code WARNING}; not null
     * @return this assertion
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        isNotNull();
        if (actual.severity() != severity) {
            failExpecting(described() + " to be " + article(severity) + ", but it is " + article(actual.severity()));
        }
        return myself;
    }

    /**
     * Verifies that the finding is an error.
     *
     * @return this assertion
     */
    public FindingAssert isError() {
        return withSeverity(Severity.ERROR);
    }

    /**
     * Verifies that the finding is a warning.
     *
     * @return this assertion
     */
    public FindingAssert isWarning() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Verifies the rule id.
     *
     * @param ruleId such as {@code "AGR-001"}; not null
     * @return this assertion
     */
    public FindingAssert hasRuleId(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        if (!actual.ruleId().equals(ruleId)) {
            failExpecting(described() + " to be of rule " + ruleId);
        }
        return myself;
    }

    /**
     * Verifies the clause the finding cites.
     *
     * @param clause such as {@code "A §1"}; not null
     * @return this assertion
     */
    public FindingAssert hasClause(String clause) {
        Objects.requireNonNull(clause, "clause");
        isNotNull();
        if (!actual.clause().equals(clause)) {
            failExpecting(described() + " to cite \"" + clause + "\", but it cites \"" + actual.clause() + "\"");
        }
        return myself;
    }

    /**
     * Verifies that the message contains a text.
     *
     * @param text the text; not null
     * @return this assertion
     */
    public FindingAssert hasMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        isNotNull();
        if (!actual.message().contains(text)) {
            failExpecting("the message of " + described() + " to contain \"" + text + "\"");
        }
        return myself;
    }

    private String described() {
        return "the finding of " + actual.ruleId() + " at " + FindingLines.pointer(actual.pointer());
    }

    private static String article(Severity severity) {
        return (severity == Severity.ERROR ? "an " : "a ") + severity;
    }

    /** Fails with "Expecting [what]", then every finding of the report. */
    private void failExpecting(String what) {
        failWithMessage("%s", "Expecting " + what + "; the findings are:\n" + FindingLines.lines(all));
    }
}
