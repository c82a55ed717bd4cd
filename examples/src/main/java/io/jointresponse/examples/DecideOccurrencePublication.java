package io.jointresponse.examples;

import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.validation.JointResponseValidator;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Shows how to record a decision to publish that a cybercrime occurred (発生公表, notice 217, §6(1)).
 *
 * <p>Before publishing, the police explain the necessity and effect of publication to the business
 * and assess both the hindrance to the investigation and the deterrent effect. A decision recorded
 * without the deterrent-effect assessment breaks rule DSC-001; once the assessment is recorded
 * before the decision, it is valid. The messages are printed in Japanese and in English.
 */
public final class DecideOccurrencePublication {

    private DecideOccurrencePublication() {}

    /**
     * Validates an incomplete and a complete decision and prints both reports.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        OffsetDateTime decidedAt = OffsetDateTime.of(2023, 6, 20, 17, 0, 0, 0, ZoneOffset.ofHours(9));
        OccurrencePublication draft = OccurrencePublication.builder()
                .id("DSC-13-2023-0007")
                .agreementId(CanonicalFixtures.AGREEMENT_ID)
                .incidentReportId(CanonicalFixtures.INCIDENT_REPORT_ID)
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(decidedAt)
                .targetsSpecifiedMany(true)
                .necessityExplanation(Explanation.at(decidedAt.minusDays(2)))
                .investigationHindranceAssessment(Assessment.at(decidedAt.minusDays(1)))
                .build();

        JointResponseValidator validator = JointResponseValidator.create();
        Reports.print(out, "without the deterrent-effect assessment", validator.validate(draft));
        Reports.print(out, "同 (日本語)", validator.withLocale(Locale.JAPANESE).validate(draft));

        OccurrencePublication complete = OccurrencePublication.builder().from(draft)
                .deterrentEffectAssessment(Assessment.at(decidedAt.minusHours(3)))
                .build();
        Reports.print(out, "with every assessment", validator.validate(complete));
    }
}
