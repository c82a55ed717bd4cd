package io.jointresponse.test;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Reports with known findings, made from the canonical incident report on the manifest's clock. */
final class Reports {

    private Reports() {}

    /** @return a report without findings */
    static ValidationReport clean() {
        return ManifestValidation.validator().validate(CanonicalFixtures.incidentReport());
    }

    /** @return a report with one INC-002 error at /detectedAt and one INC-003 warning at /sharedWith */
    static ValidationReport errorAndWarning() {
        IncidentReport r = CanonicalFixtures.incidentReport();
        // Times after the clock lie after notice 217 lapsed too: NTC-004 is left out, INC-002 is wanted.
        JointResponseValidator validator = ManifestValidation.validator()
                .withOptions(ManifestValidation.validator().options().toBuilder().disableRules("NTC-004").build());
        return validator.validate(IncidentReport.builder().from(r)
                .detectedAt(r.occurredAt().minusHours(1))
                .suspectedCyberAttack(true)
                .sharedWith(Set.of(PoliceDivision.COMMUNITY_SAFETY))
                .build());
    }

    /** @return a report with only the INC-003 warning at /sharedWith */
    static ValidationReport warningOnly() {
        IncidentReport r = CanonicalFixtures.incidentReport();
        // Times after the clock lie after notice 217 lapsed too: NTC-004 is left out, INC-002 is wanted.
        JointResponseValidator validator = ManifestValidation.validator()
                .withOptions(ManifestValidation.validator().options().toBuilder().disableRules("NTC-004").build());
        return validator.validate(IncidentReport.builder().from(r)
                .suspectedCyberAttack(true)
                .sharedWith(Set.of(PoliceDivision.COMMUNITY_SAFETY))
                .build());
    }

    /** @return a report with three INC-002 errors, at /detectedAt, /occurredAt and /reportedAt: every time is in the future */
    static ValidationReport threeOfOneRule() {
        IncidentReport r = CanonicalFixtures.incidentReport();
        Duration ahead = Duration.between(r.occurredAt().toInstant(), ManifestValidation.validator().options().clock().instant()).plusDays(1);
        // Times after the clock lie after notice 217 lapsed too: NTC-004 is left out, INC-002 is wanted.
        JointResponseValidator validator = ManifestValidation.validator()
                .withOptions(ManifestValidation.validator().options().toBuilder().disableRules("NTC-004").build());
        return validator.validate(IncidentReport.builder().from(r)
                .occurredAt(r.occurredAt().plus(ahead))
                .detectedAt(r.detectedAt().plus(ahead))
                .reportedAt(r.reportedAt().plus(ahead))
                .build());
    }

    /** Writes the lines of some findings, as failure messages list them. */
    static String lines(List<Finding> findings) {
        return String.join("\n", findings.stream().map(Reports::line).toList());
    }

    /**
     * Writes a finding's line as failure messages show it, spelled out here apart from the code
     * under test: two spaces, the severity padded to seven, the rule, "at", the pointer or
     * "(root)", the message and the clause in brackets.
     */
    static String line(Finding f) {
        String severity = f.severity() == Severity.ERROR ? "ERROR  " : "WARNING";
        String pointer = f.pointer().isRoot() ? "(root)" : f.pointer().toString();
        return "  " + severity + " " + f.ruleId() + " at " + pointer + ": " + f.message() + " [" + f.clause() + "]";
    }
}
