package io.jointresponse.examples;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationContext;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Shows how to record a partner's incident report (通報) under its agreement and check it against
 * that agreement (notice 217, §3).
 *
 * <p>The bank's agreement lists unauthorized access and phishing. A phishing report is valid; a
 * report of a DoS attack, which the agreement does not list, breaks rule INC-001. The agreement is
 * given to the validator as an explicit context: rules never look records up in global state.
 */
public final class RecordIncidentReport {

    private RecordIncidentReport() {}

    /**
     * Validates a report the agreement covers and one it does not, and prints both reports.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Agreement agreement = CanonicalFixtures.agreement();
        OffsetDateTime occurred = OffsetDateTime.of(2023, 9, 1, 22, 5, 0, 0, ZoneOffset.ofHours(9));
        IncidentReport phishing = IncidentReport.builder()
                .id("INC-13-2023-0100")
                .agreementId(agreement.id())
                .addCrimeTypes(CrimeType.PHISHING)
                .occurredAt(occurred)
                .detectedAt(occurred.plusHours(2))
                .reportedAt(occurred.plusHours(11))
                .summary("当行を装ったSMSで偽のログイン画面へ誘導する事案を顧客の申告により認知")
                .addSharedWith(PoliceDivision.COMMUNITY_SAFETY)
                .build();

        // One validator for the application; the clock is fixed here so the output never changes.
        JointResponseValidator validator = JointResponseValidator.builder()
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        ValidationContext context = ValidationContext.of(List.of(agreement));

        Reports.print(out, "phishing report", validator.validate(phishing, context));

        IncidentReport dos = IncidentReport.builder().from(phishing)
                .id("INC-13-2023-0101")
                .crimeTypes(List.of(CrimeType.DOS_ATTACK))
                .build();
        Reports.print(out, "DoS report", validator.validate(dos, context));
    }
}
