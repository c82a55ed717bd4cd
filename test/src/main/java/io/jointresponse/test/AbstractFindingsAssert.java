package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on anything that holds the findings of one payload or document: a validation report
 * or a read result. Every failure message lists every finding, one per line (severity, rule id,
 * pointer, message, clause), and never anything of the payload itself.
 *
 * @param <SELF> the type of the concrete assertion
 * @param <ACTUAL> the type of what is asserted on
 */
public abstract class AbstractFindingsAssert<SELF extends AbstractFindingsAssert<SELF, ACTUAL>, ACTUAL> extends AbstractAssert<SELF, ACTUAL> {

    private final Function<? super ACTUAL, List<Finding>> findings;
    private final Function<? super ACTUAL, Optional<?>> document;
    private final Predicate<? super ACTUAL> valid;
    private final String noun;
    private final String validMeans;
    private final String invalidMeans;

    /**
     * Creates an assertion; the subclasses of this module are the only ones.
     *
     * @param actual what is asserted on; may be null, which every assertion then refuses
     * @param selfType the concrete assertion's class
     * @param findings the findings of an actual value, in its order
     * @param document the document of an actual value, empty when none was read
     * @param valid whether an actual value is valid, as its own {@code isValid()} says
     * @param noun what messages call the actual value, such as {@code the report}
     * @param validMeans what valid means for it, such as {@code no ERROR finding}
     * @param invalidMeans what invalid means for it, such as {@code an ERROR finding}
     */
    AbstractFindingsAssert(ACTUAL actual, Class<?> selfType, Function<? super ACTUAL, List<Finding>> findings,
            Function<? super ACTUAL, Optional<?>> document, Predicate<? super ACTUAL> valid,
            String noun, String validMeans, String invalidMeans) {
        super(actual, selfType);
        this.findings = findings;
        this.document = document;
        this.valid = valid;
        this.noun = noun;
        this.validMeans = validMeans;
        this.invalidMeans = invalidMeans;
    }

    /** @return the findings of the actual value, which is not null */
    final List<Finding> findings() {
        return findings.apply(actual);
    }

    private Optional<?> document() {
        return document.apply(actual);
    }

    private boolean valid() {
        return valid.test(actual);
    }

    /**
     * Verifies that the actual value is valid, as its own {@code isValid()} says; warnings are allowed.
     *
     * @return this assertion
     */
    public SELF isValid() {
        isNotNull();
        if (!valid()) {
            failExpecting("to be valid (" + validMeans + "), but it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that the actual value is not valid, as its own {@code isValid()} says.
     *
     * @return this assertion
     */
    public SELF isInvalid() {
        isNotNull();
        if (valid()) {
            failExpecting("to be invalid (" + invalidMeans + "), but it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that the payload could not be read as JSON at all: a {@code JSON-SYNTAX} or
     * {@code JSON-LIMIT} finding.
     *
     * @return this assertion
     */
    public SELF isUnreadable() {
        isNotNull();
        if (findings().stream().noneMatch(f -> WireRules.isUnreadable(f.ruleId()))) {
            failExpecting("to be unreadable (a JSON-SYNTAX or JSON-LIMIT finding), but it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that a document was read.
     *
     * @return this assertion
     */
    public SELF hasDocument() {
        isNotNull();
        if (document().isEmpty()) {
            failExpecting("to have a document, but it has none; it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that no document was read.
     *
     * @return this assertion
     */
    public SELF hasNoDocument() {
        isNotNull();
        if (document().isPresent()) {
            failExpecting("to have no document, but it has one; it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that no finding is an error.
     *
     * @return this assertion
     */
    public SELF hasNoErrors() {
        return hasNo(Severity.ERROR);
    }

    /**
     * Verifies that no finding is a warning.
     *
     * @return this assertion
     */
    public SELF hasNoWarnings() {
        return hasNo(Severity.WARNING);
    }

    private SELF hasNo(Severity severity) {
        isNotNull();
        if (findings().stream().anyMatch(f -> f.severity() == severity)) {
            failExpecting("to have no " + severity + " finding, but it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that there is no finding at all.
     *
     * @return this assertion
     */
    public SELF hasNoFindings() {
        isNotNull();
        if (!findings().isEmpty()) {
            failExpecting("to have no findings, but it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that the findings are of exactly these rules: each has at least one finding, and no
     * other rule has any. With no id, that there is no finding at all.
     *
     * @param ruleIds the rule ids, such as {@code "AGR-001"}; not null
     * @return this assertion
     */
    public SELF hasOnlyRules(String... ruleIds) {
        return hasOnlyRules(Arrays.asList(ruleIds));
    }

    /**
     * Verifies that the findings are of exactly these rules, such as a manifest entry's
     * {@code expectedRuleIds()}: each has at least one finding, and no other rule has any. With no
     * id, that there is no finding at all.
     *
     * @param ruleIds the rule ids; not null
     * @return this assertion
     */
    public SELF hasOnlyRules(Collection<String> ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds");
        isNotNull();
        if (ruleIds.isEmpty()) {
            return hasNoFindings();
        }
        SortedSet<String> expected = new TreeSet<>(ruleIds);
        SortedSet<String> actualIds = ruleIds();
        if (!actualIds.equals(expected)) {
            if (actualIds.isEmpty()) {
                failExpecting("to have findings of exactly " + FindingLines.ids(expected) + ", but it has no findings.");
            }
            SortedSet<String> unexpected = new TreeSet<>(actualIds);
            unexpected.removeAll(expected);
            SortedSet<String> missing = new TreeSet<>(expected);
            missing.removeAll(actualIds);
            String difference = unexpected.isEmpty() ? "missing: " + FindingLines.ids(missing)
                    : missing.isEmpty() ? "unexpected: " + FindingLines.ids(unexpected)
                    : "unexpected: " + FindingLines.ids(unexpected) + ", missing: " + FindingLines.ids(missing);
            failExpecting("to have findings of exactly " + FindingLines.ids(expected) + ", but it has findings of "
                    + FindingLines.ids(actualIds) + " (" + difference + "); it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that each of these rules has at least one finding; others may have some too.
     *
     * @param ruleIds the rule ids, at least one; not null
     * @return this assertion
     * @throws IllegalArgumentException if no id is given
     */
    public SELF hasRules(String... ruleIds) {
        SortedSet<String> wanted = nonEmpty(ruleIds);
        isNotNull();
        SortedSet<String> absent = new TreeSet<>(wanted);
        absent.removeAll(ruleIds());
        if (!absent.isEmpty()) {
            failExpecting("to have findings of " + FindingLines.ids(wanted) + ", but it has none of "
                    + FindingLines.ids(absent) + "; it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that none of these rules has a finding.
     *
     * @param ruleIds the rule ids, at least one; not null
     * @return this assertion
     * @throws IllegalArgumentException if no id is given
     */
    public SELF doesNotHaveRule(String... ruleIds) {
        SortedSet<String> unwanted = nonEmpty(ruleIds);
        isNotNull();
        SortedSet<String> present = new TreeSet<>(unwanted);
        present.retainAll(ruleIds());
        if (!present.isEmpty()) {
            failExpecting("to have no finding of " + FindingLines.ids(unwanted) + ", but it has findings of "
                    + FindingLines.ids(present) + "; it has " + FindingLines.counted(findings()));
        }
        return myself;
    }

    /**
     * Verifies that a rule has a finding, and continues with assertions on it. When the rule has
     * several, {@link FindingAssert#at(String)} chooses among them by pointer; otherwise the
     * assertions are on the first in report order.
     *
     * @param ruleId the rule id, such as {@code "AGR-001"}; not null
     * @return an assertion on that finding
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        List<Finding> ofRule = findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (ofRule.isEmpty()) {
            failExpecting("to have a finding of " + ruleId + ", but it has " + FindingLines.counted(findings()));
        }
        FindingAssert finding = new FindingAssert(ofRule.get(0), ofRule, findings());
        return info.hasDescription() ? finding.as(info.description()) : finding;
    }

    private SortedSet<String> ruleIds() {
        SortedSet<String> ids = new TreeSet<>();
        findings().forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    private static SortedSet<String> nonEmpty(String... ruleIds) {
        if (ruleIds.length == 0) {
            throw new IllegalArgumentException("Name at least one rule id");
        }
        return new TreeSet<>(Arrays.asList(ruleIds));
    }

    /**
     * Fails with "Expecting [noun] [what]".
     *
     * @param what what was expected and what was found, with the findings where they help
     */
    final void failExpecting(String what) {
        // The text goes in as an argument, so a '%' in a message is safe.
        failWithMessage("%s", "Expecting " + noun + " " + what);
    }
}
