package io.jointresponse.examples;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.validation.ValidationReport;
import java.io.PrintStream;

/**
 * Prints a validation report the way the examples show it: a status line, then one line per
 * finding with severity, rule id, JSON Pointer and message.
 */
final class Reports {

    private Reports() {}

    static void print(PrintStream out, String what, ValidationReport report) {
        out.println(what + ": " + (report.isValid() ? "valid" : "invalid") + ", " + report.findings().size() + " finding(s)");
        for (Finding f : report.findings()) {
            out.println("  " + f.severity() + " " + f.ruleId() + " " + (f.pointer().isRoot() ? "(root)" : f.pointer()) + " " + f.message());
        }
    }
}
