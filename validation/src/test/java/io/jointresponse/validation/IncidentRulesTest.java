package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.NOW;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.incident;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.organisation.PoliceDivision;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final ValidationContext AGREEMENTS = ValidationContext.of(List.of(agreement()));

    @Test
    void baselineReportKeepsEveryRule() {
        clean(check(incident()));
        clean(check(incident(), AGREEMENTS));
    }

    @Nested
    class Inc001 {
        @Test
        void crimeTypeNotInTheAgreement() {
            onlyError(check(incident().withCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.MALWARE_USE), AGREEMENTS),
                    "INC-001", "/crimeTypes/1");
        }

        @Test
        void everyAgreedCrimeTypeKeepsTheRule() {
            clean(check(incident().withCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.PHISHING), AGREEMENTS));
        }

        @Test
        void withoutAContextNothingIsClaimed() {
            clean(check(incident().withCrimeTypes(CrimeType.MALWARE_USE)));
        }

        @Test
        void agreementFromALookupFunction() {
            ValidationContext lookup = ValidationContext.withAgreementLookup(
                    id -> id.equals("AGR-13-0001") ? Optional.of(agreement()) : Optional.empty());
            onlyError(check(incident().withCrimeTypes(CrimeType.DOS_ATTACK), lookup), "INC-001", "/crimeTypes/0");
        }
    }

    @Nested
    class Inc002 {
        @Test
        void detectedBeforeOccurred() {
            onlyError(check(incident().withDetectedAt(at(5, 1, 8))), "INC-002", "/detectedAt");
        }

        @Test
        void reportedBeforeDetected() {
            onlyError(check(incident().withReportedAt(at(5, 1, 9))), "INC-002", "/reportedAt");
        }

        @Test
        void comparedAsInstantsAcrossOffsets() {
            // 03:00 UTC is 12:00 in Tokyo: after the report at 11:00 Tokyo time, though the clock reads earlier.
            onlyError(check(incident().withDetectedAt(OffsetDateTime.of(2026, 5, 1, 3, 0, 0, 0, ZoneOffset.UTC))),
                    "INC-002", "/reportedAt");
        }

        @Test
        void equalTimesKeepTheRule() {
            clean(check(incident().withOccurredAt(NOW).withDetectedAt(NOW).withReportedAt(NOW)));
        }

        @Test
        void oneSecondInTheFuture() {
            onlyError(check(incident().withReportedAt(NOW.plusSeconds(1))), "INC-002", "/reportedAt");
        }

        @Test
        void everyTimeInTheFutureIsReported() {
            exactly(check(incident().withOccurredAt(NOW.plusDays(1)).withDetectedAt(NOW.plusDays(1)).withReportedAt(NOW.plusDays(1))),
                    "INC-002 /detectedAt", "INC-002 /occurredAt", "INC-002 /reportedAt");
        }
    }

    @Nested
    class Inc003 {
        @Test
        void suspectedAttackNotSharedWithSecurityIsWarned() {
            onlyWarning(incident().withSuspectedCyberAttack(true), "INC-003", "/sharedWith");
        }

        @Test
        void suspectedAttackSharedWithSecurityKeepsTheRule() {
            clean(check(incident().withSuspectedCyberAttack(true)
                    .withSharedWith(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY)));
        }
    }

    @Nested
    class Inc004 {
        @Test
        void agreementUnknownToTheLookupIsWarned() {
            onlyWarning(incident(), ValidationContext.withAgreementLookup(id -> Optional.empty()), "INC-004", "/agreementId");
        }

        @Test
        void agreementMissingFromTheRecordsIsWarned() {
            onlyWarning(incident().withAgreementId("AGR-13-9999"), AGREEMENTS, "INC-004", "/agreementId");
        }

        @Test
        void knownAgreementOrNoLookupKeepsTheRule() {
            clean(check(incident(), AGREEMENTS));
            clean(check(incident().withAgreementId("AGR-13-9999")));
        }
    }
}
