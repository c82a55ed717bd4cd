package io.jointresponse.examples.kafka;

import io.jointresponse.validation.ReportJson;
import io.jointresponse.validation.ValidationReport;

/**
 * What validating one record gave, on its way to the output topics.
 *
 * @param source the record's place, {@code <topic>-<partition>@<offset>}, which names it in the report
 * @param payload the record's value as it arrived; null for a tombstone
 * @param report the validation report
 */
record Outcome(String source, byte[] payload, ValidationReport report) {

    /** @return true when the document goes to the valid topic: read, and no ERROR finding */
    boolean valid() {
        return report.isValid();
    }

    /** @return true when the report goes to the findings topic: the input read as JSON and has findings */
    boolean hasFindings() {
        return !report.isUnreadable() && !report.findings().isEmpty();
    }

    /** @return true when the input goes to the dead-letter topic: not JSON within the reader's limits */
    boolean unreadable() {
        return report.isUnreadable();
    }

    /** @return the report as the {@code jointresponse} command prints it with {@code --format json} */
    byte[] reportJson() {
        return ReportJson.of(source, report);
    }
}
