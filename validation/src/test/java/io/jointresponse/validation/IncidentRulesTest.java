package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.NOW;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.incident;
import static io.jointresponse.validation.Baseline.incidentBuilder;
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
            onlyError(check(incidentBuilder().crimeTypes(List.of(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.MALWARE_USE)).build(), AGREEMENTS),
                    "INC-001", "/crimeTypes/1");
        }

        @Test
        void everyAgreedCrimeTypeKeepsTheRule() {
            clean(check(incidentBuilder().crimeTypes(List.of(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.PHISHING)).build(), AGREEMENTS));
        }

        @Test
        void withoutAContextNothingIsClaimed() {
            clean(check(incidentBuilder().crimeTypes(List.of(CrimeType.MALWARE_USE)).build()));
        }

        @Test
        void agreementFromALookupFunction() {
            ValidationContext lookup = ValidationContext.withAgreementLookup(
                    id -> id.equals("AGR-13-0001") ? Optional.of(agreement()) : Optional.empty());
            onlyError(check(incidentBuilder().crimeTypes(List.of(CrimeType.DOS_ATTACK)).build(), lookup), "INC-001", "/crimeTypes/0");
        }
    }

    @Nested
    class Inc002 {
        @Test
        void detectedBeforeOccurred() {
            onlyError(check(incidentBuilder().detectedAt(at(5, 1, 8)).build()), "INC-002", "/detectedAt");
        }

        @Test
        void reportedBeforeDetected() {
            onlyError(check(incidentBuilder().reportedAt(at(5, 1, 9)).build()), "INC-002", "/reportedAt");
        }

        @Test
        void comparedAsInstantsAcrossOffsets() {
            // 03:00 UTC is 12:00 in Tokyo: after the report at 11:00 Tokyo time, though the clock reads earlier.
            onlyError(check(incidentBuilder().detectedAt(OffsetDateTime.of(2026, 5, 1, 3, 0, 0, 0, ZoneOffset.UTC)).build()),
                    "INC-002", "/reportedAt");
        }

        @Test
        void equalTimesKeepTheRule() {
            clean(check(incidentBuilder().occurredAt(NOW).detectedAt(NOW).reportedAt(NOW).build()));
        }

        @Test
        void oneSecondInTheFuture() {
            onlyError(check(incidentBuilder().reportedAt(NOW.plusSeconds(1)).build()), "INC-002", "/reportedAt");
        }

        @Test
        void everyTimeInTheFutureIsReported() {
            exactly(check(incidentBuilder().occurredAt(NOW.plusDays(1)).detectedAt(NOW.plusDays(1)).reportedAt(NOW.plusDays(1)).build()),
                    "INC-002 /detectedAt", "INC-002 /occurredAt", "INC-002 /reportedAt");
        }
    }

    @Nested
    class Inc003 {
        @Test
        void suspectedAttackNotSharedWithSecurityIsWarned() {
            onlyWarning(incidentBuilder().suspectedCyberAttack(true).build(), "INC-003", "/sharedWith");
        }

        @Test
        void suspectedAttackSharedWithSecurityKeepsTheRule() {
            clean(check(incidentBuilder().suspectedCyberAttack(true)
                    .sharedWith(List.of(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY)).build()));
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
            onlyWarning(incidentBuilder().agreementId("AGR-13-9999").build(), AGREEMENTS, "INC-004", "/agreementId");
        }

        @Test
        void knownAgreementOrNoLookupKeepsTheRule() {
            clean(check(incident(), AGREEMENTS));
            clean(check(incidentBuilder().agreementId("AGR-13-9999").build()));
        }
    }
}
