package io.jointresponse.validation;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.serialization.WireRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Every finding of one validation pass: structural findings of the wire format and findings of the
 * rules together, never just the first; and the rules that could not be checked for want of records
 * the caller did not give ({@link #notChecked()}). Immutable.
 *
 * <p>Findings are ordered by pointer (array indices in numeric order), then rule id, then severity,
 * then message, so that the same input always gives the same report. When the options treat warnings
 * as errors, the report shows each warning as an error; the catalogue keeps the rule's own severity.
 */
public final class ValidationReport {

    /** Orders pointers token by token, array indices by number: {@code /a/2} before {@code /a/10}. */
    static final Comparator<JsonPointer> POINTER_ORDER = new PointerOrder();

    /** Orders findings by pointer, then rule id, then severity, then message. */
    static final Comparator<Finding> ORDER = new FindingOrder();

    // The orders are classes of their own rather than lambdas and chains of Comparator.comparing:
    // every report needs them, and each lambda costs a fresh JVM its linking at the first report.
    private static final class PointerOrder implements Comparator<JsonPointer> {
        @Override
        public int compare(JsonPointer a, JsonPointer b) {
            List<String> x = a.tokens();
            List<String> y = b.tokens();
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compareTokens(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
    }

    private static final class FindingOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = POINTER_ORDER.compare(a.pointer(), b.pointer());
            if (c == 0) {
                c = a.ruleId().compareTo(b.ruleId());
            }
            if (c == 0) {
                c = a.severity().compareTo(b.severity());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    }

    private static final class NotCheckedOrder implements Comparator<NotChecked> {
        @Override
        public int compare(NotChecked a, NotChecked b) {
            return a.ruleId().compareTo(b.ruleId());
        }
    }

    private final List<Finding> findings;
    private final List<NotChecked> notChecked;
    private final Document document;
    private final List<AppliedNotice> appliedNotices;
    /** The unknown properties a lenient read kept: a fresh copy on each call. */
    private final Supplier<Map<JsonPointer, JsonNode>> keptFields;
    private final List<JsonPointer> droppedFields;

    private ValidationReport(List<Finding> findings, List<NotChecked> notChecked, Document document, List<AppliedNotice> appliedNotices,
            Supplier<Map<JsonPointer, JsonNode>> keptFields, List<JsonPointer> droppedFields) {
        this.findings = findings;
        this.notChecked = notChecked;
        this.document = document;
        this.appliedNotices = appliedNotices;
        this.keptFields = keptFields;
        this.droppedFields = droppedFields;
    }

    /**
     * Makes a report, ordering the findings and, if asked, showing warnings as errors.
     *
     * @param findings the findings of the pass, not null
     * @param notChecked the rules not run for want of records, not null
     * @param warningsAsErrors whether to show each warning as an error
     * @param document the document validated, or null when a payload could not be read
     * @param appliedNotices the notices whose rules were applied, not null
     * @return the report
     */
    static ValidationReport of(Collection<Finding> findings, Collection<NotChecked> notChecked, boolean warningsAsErrors,
            Document document, List<AppliedNotice> appliedNotices) {
        List<Finding> list = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            list.add(warningsAsErrors && f.severity() == Severity.WARNING
                    ? Finding.builder().from(f).severity(Severity.ERROR).build()
                    : f);
        }
        list.sort(ORDER);
        List<NotChecked> unchecked = new ArrayList<>(notChecked);
        unchecked.sort(new NotCheckedOrder());
        return new ValidationReport(Collections.unmodifiableList(list), List.copyOf(unchecked), document, List.copyOf(appliedNotices),
                Map::of, List.of());
    }

    /**
     * Returns this report with the unknown properties that reading its payload kept or dropped. The
     * report holds on to the read result only when it kept some: it copies them for each caller.
     *
     * @param read the result of reading the payload, not null
     * @return the report
     */
    ValidationReport withUnknownFields(ReadResult<?> read) {
        boolean kept = read.unknownFieldPolicy() == UnknownFieldPolicy.KEEP && !read.keptFields().isEmpty();
        if (!kept && read.droppedFields().isEmpty()) {
            return this;
        }
        return new ValidationReport(findings, notChecked, document, appliedNotices, kept ? read::keptFields : Map::of,
                read.droppedFields());
    }

    /**
     * Returns the notices whose rules this validation applied: notice 217 or 185, or the registered
     * successor that continued one of them on the document's date, each saying whether it had lapsed
     * on that date (rule NTC-004 then warns). Empty when a payload could not be read, and for a notice
     * record, whose rules are the conventions of the headers.
     *
     * @return the applied notices, notice 217's line first
     */
    public List<AppliedNotice> appliedNotices() {
        return appliedNotices;
    }

    /** @return every finding, in report order */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one rule.
     *
     * @param ruleId a rule id, in any case ({@code agr-001} is {@code AGR-001}), not null
     * @return its findings, in report order
     */
    public List<Finding> findings(String ruleId) {
        String id = ruleId.toUpperCase(Locale.ROOT);
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    /**
     * Returns the rules that apply to the document but were not run, because they need records the
     * context did not give (INC-001 and INC-004 without an agreement lookup, ANR-003 without the
     * agreement records), each with the reason. A document can be valid and still have rules not
     * checked: it kept every rule that could be checked. Disabled rules are not listed.
     *
     * @return the rules not checked, in id order; empty when every applicable rule ran
     */
    public List<NotChecked> notChecked() {
        return notChecked;
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
        for (Finding f : findings) {
            if (f.isError()) {
                return false;
            }
        }
        return true;
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
    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Returns the properties the wire format does not define that a payload validated with
     * {@link io.jointresponse.serialization.UnknownFieldPolicy#KEEP} had, by the pointer where each
     * was; each is also a {@code SHAPE-UNKNOWN} warning (unless that id is disabled). The document
     * was validated without them; {@code JointResponseJson.write(document, keptFields)} writes it
     * back with them where they were.
     *
     * @return pointer to a copy of each value, in payload order; empty unless kept
     */
    public Map<JsonPointer, JsonNode> keptFields() {
        return keptFields.get();
    }

    /**
     * Returns where a payload validated with
     * {@link io.jointresponse.serialization.UnknownFieldPolicy#DROP} (or strictly, with
     * {@code SHAPE-UNKNOWN} disabled) had properties the wire format does not define. They were
     * discarded before validation and are no finding.
     *
     * @return the pointers, in payload order; empty unless dropped
     */
    public List<JsonPointer> droppedFields() {
        return droppedFields;
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
        for (NotChecked n : notChecked) {
            sb.append(", ").append(n.ruleId()).append(" not checked (").append(n.reason()).append(')');
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
