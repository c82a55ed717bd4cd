package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How failure messages show findings: one line each, with severity, rule id, pointer, message and
 * clause, and nothing else. Findings never quote payload values, so neither do the messages.
 */
final class FindingLines {

    private FindingLines() {}

    /**
     * Shows findings one per line, each indented by two spaces.
     *
     * @param findings the findings, in report order
     * @return the lines, joined by newlines; empty for no findings
     */
    static String lines(List<Finding> findings) {
        return findings.stream().map(FindingLines::line).collect(Collectors.joining("\n"));
    }

    /**
     * Shows one finding: {@code ERROR   AGR-004 at /reportableCrimes: message [A §3]}.
     *
     * @param f the finding
     * @return the line, indented by two spaces
     */
    static String line(Finding f) {
        return String.format(Locale.ROOT, "  %-7s %s at %s: %s [%s]", f.severity(), f.ruleId(), pointer(f.pointer()), f.message(), f.clause());
    }

    /**
     * Shows a pointer as its text, or {@code (root)} for the whole document.
     *
     * @param pointer the pointer
     * @return the text
     */
    static String pointer(JsonPointer pointer) {
        return pointer.isRoot() ? "(root)" : pointer.toString();
    }

    /**
     * Says what findings there are and lists them: {@code no findings.}, or
     * {@code 1 error and 2 warnings:} followed by their lines.
     *
     * @param findings the findings, in report order
     * @return the text, to follow "it has "
     */
    static String counted(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings.";
        }
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        String counts = errors == 0 ? plural(warnings, "warning")
                : warnings == 0 ? plural(errors, "error")
                : plural(errors, "error") + " and " + plural(warnings, "warning");
        return counts + ":\n" + lines(findings);
    }

    /**
     * Shows rule ids as a bracketed list in the order given: {@code [AGR-001, AGR-003]}.
     *
     * @param ids the ids
     * @return the list
     */
    static String ids(Collection<String> ids) {
        return ids.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
