package io.jointresponse.validation;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.WireRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every finding of one validation pass: structural findings of the wire format and findings of the
 * rules together, never just the first. Immutable.
 *
 * <p>Findings are ordered by pointer (array indices in numeric order), then rule id, then severity,
 * then message, so that the same input always gives the same report. When the options treat warnings
 * as errors, the report shows each warning as an error; the catalogue keeps the rule's own severity.
 */
public final class ValidationReport {

    /** Orders pointers token by token, array indices by number: {@code /a/2} before {@code /a/10}. */
    static final Comparator<JsonPointer> POINTER_ORDER = (a, b) -> {
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compareTokens(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer, POINTER_ORDER)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::message);

    private final List<Finding> findings;
    private final Object document;

    private ValidationReport(List<Finding> findings, Object document) {
        this.findings = findings;
        this.document = document;
    }

    /**
     * Makes a report, ordering the findings and, if asked, showing warnings as errors.
     *
     * @param findings the findings of the pass, not null
     * @param warningsAsErrors whether to show each warning as an error
     * @param document the document validated, or null when a payload could not be read
     * @return the report
     */
    static ValidationReport of(Collection<Finding> findings, boolean warningsAsErrors, Object document) {
        List<Finding> list = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            list.add(warningsAsErrors && f.severity() == Severity.WARNING
                    ? Finding.builder().from(f).severity(Severity.ERROR).build()
                    : f);
        }
        list.sort(ORDER);
        return new ValidationReport(Collections.unmodifiableList(list), document);
    }

    /** @return every finding, in report order */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one rule.
     *
     * @param ruleId a rule id, not null
     * @return its findings, in report order
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** @return the findings of severity error, in report order */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** @return the findings of severity warning, in report order */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** @return true when no finding is an error (warnings allowed, unless treated as errors) */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /**
     * Tells whether the payload could not be read as a document at all: it is not JSON within the
     * reader's limits ({@code JSON-SYNTAX} or {@code JSON-LIMIT}). Such a report has no document;
     * the {@code jointresponse} command calls the input unreadable.
     *
     * @return true when unreadable
     */
    public boolean isUnreadable() {
        return findings.stream().anyMatch(f -> WireRules.isUnreadable(f.ruleId()));
    }

    /** @return the ids of the rules with findings, in id order */
    public SortedSet<String> ruleIds() {
        SortedSet<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return Collections.unmodifiableSortedSet(ids);
    }

    /**
     * Returns the document validated: the object given, or the one read from the payload.
     *
     * @return the document; empty when a payload could not be read into one
     */
    public Optional<Object> document() {
        return Optional.ofNullable(document);
    }

    /** Returns a summary that names rule ids and pointers only, never payload data. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ValidationReport{")
                .append(isValid() ? "valid" : "invalid")
                .append(", ").append(errors().size()).append(" errors, ")
                .append(warnings().size()).append(" warnings");
        for (Finding f : findings) {
            sb.append(", ").append(f.ruleId()).append(' ').append(f.severity()).append(" at \"").append(f.pointer()).append('"');
        }
        return sb.append('}').toString();
    }

    private static int compareTokens(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(ch -> ch >= '0' && ch <= '9') && (token.length() == 1 || token.charAt(0) != '0');
    }
}
