package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.divisionReport;
import static io.jointresponse.validation.Baseline.divisionReportBuilder;
import static io.jointresponse.validation.Baseline.jc3Liaison;
import static io.jointresponse.validation.Baseline.jc3LiaisonBuilder;
import static io.jointresponse.validation.Baseline.rawShare;
import static io.jointresponse.validation.Baseline.share;
import static io.jointresponse.validation.Baseline.shareBuilder;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.exactly;
import static io.jointresponse.validation.Expect.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.privacy.DataClassification;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.OnwardShare;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SharingAndJc3RulesTest {

    @Test
    void baselinesKeepEveryRule() {
        clean(check(share()));
        clean(check(divisionReport()));
        clean(check(jc3Liaison()));
    }

    @Nested
    class Shr001 {
        @Test
        void businessNameIsReported() {
            onlyError(check(shareBuilder().businessName("株式会社見本銀行").build()), "SHR-001", "/businessName");
        }

        @Test
        void peopleAreReported() {
            onlyError(check(shareBuilder().people(List.of(Contact.builder().name("山田太郎").build())).build()), "SHR-001", "/people");
        }

        @Test
        void emptyValuesKeepTheRule() {
            clean(check(shareBuilder().businessName(Optional.empty()).people(List.of()).personalIdentifiers(List.of()).build()));
        }

        @Test
        void everyClassifiedAttributeOfARawShareIsReportedDrivenByTheClassification() {
            Set<String> classified = DataClassification.classifiedAttributes(OnwardShare.class).keySet().stream()
                    .map(name -> "/" + name).collect(Collectors.toSet());
            assertThat(classified).contains("/businessName", "/people", "/personalIdentifiers");
            ValidationReport report = check(rawShare());
            // The e-mail address embedded in the modus operandi is also personal data in free text (SHR-004).
            assertThat(report.ruleIds()).containsExactly("SHR-001", "SHR-004");
            Set<String> reported = report.findings().stream().map(f -> f.pointer().toString()).collect(Collectors.toSet());
            assertThat(reported).containsAll(classified);
        }

        @Test
        void classifiedValueInsideUnclassifiedTextIsReported() {
            // The name and the e-mail address (in another case) reappear in the modus operandi.
            ValidationReport report = check(rawShare());
            assertThat(report.findings()).filteredOn(f -> f.pointer().toString().equals("/modusOperandi"))
                    .extracting(Finding::ruleId).containsExactlyInAnyOrder("SHR-001", "SHR-004");
        }

        @Test
        void classifiedValueInAnIndicatorIsReported() {
            exactly(check(shareBuilder().personalIdentifiers(List.of("victim-account-001"))
                    .indicators(List.of("a.example", "victim-account-001")).build()),
                    "SHR-001 /indicators/1", "SHR-001 /personalIdentifiers");
        }

        @Test
        void messagesNeverEchoTheData() {
            for (Finding f : check(rawShare()).findings()) {
                assertThat(f.message()).doesNotContain("見本", "山田", "yamada", "1234567890123", "victim", "AGR-13");
            }
        }
    }

    @Nested
    class Sanitiser {
        @Test
        void sanitisedShareKeepsShr001() {
            OnwardShare clean = ShareSanitiser.sanitise(rawShare());
            clean(check(clean));
        }

        @Test
        void classifiedAttributesAreEmptiedAndTheRestKept() {
            OnwardShare raw = rawShare();
            OnwardShare clean = ShareSanitiser.sanitise(raw);
            assertThat(clean.businessName()).isEmpty();
            assertThat(clean.corporateNumber()).isEmpty();
            assertThat(clean.sourceAgreementId()).isEmpty();
            assertThat(clean.incidentSummary()).isEmpty();
            assertThat(clean.people()).isEmpty();
            assertThat(clean.personalIdentifiers()).isEmpty();
            assertThat(clean.id()).isEqualTo(raw.id());
            assertThat(clean.recipients()).isEqualTo(raw.recipients());
            assertThat(clean.indicators()).isEqualTo(raw.indicators());
            assertThat(clean.concurrences()).isEqualTo(raw.concurrences());
            assertThat(clean.sharedAt()).isEqualTo(raw.sharedAt());
            assertThat(clean.sector()).isEqualTo(raw.sector());
        }

        @Test
        void classifiedValuesInTextAreMasked() {
            OnwardShare clean = ShareSanitiser.sanitise(rawShare());
            assertThat(clean.modusOperandi())
                    .isEqualTo("＊＊＊を装った電子メールで偽のログイン画面に誘導する。問合せ先 ＊＊＊")
                    .doesNotContain("見本銀行", "YAMADA");
        }

        @Test
        void compliantShareIsLeftAsItIs() {
            OnwardShare compliant = share();
            assertThat(ShareSanitiser.sanitise(compliant)).isEqualTo(compliant);
        }
    }

    @Nested
    class Shr002 {
        @Test
        void missingSecurityPlanningConcurrence() {
            onlyError(check(shareBuilder().concurrences(List.of(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 28, 10)))).build()),
                    "SHR-002", "/concurrences");
        }

        @Test
        void concurrenceOfAnotherDivisionDoesNotCount() {
            onlyError(check(shareBuilder().concurrences(List.of(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 28, 10)),
                    Concurrence.of(NpaRole.GENERAL_AFFAIRS_DIVISION, at(5, 28, 10)))).build()), "SHR-002", "/concurrences");
        }

        @Test
        void concurrenceAfterTheShareWasSent() {
            onlyError(check(shareBuilder().concurrences(List.of(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 28, 10)),
                    Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, at(5, 29, 10).plusSeconds(1)))).build()),
                    "SHR-002", "/concurrences/1/concurredAt");
        }

        @Test
        void concurrenceAtTheMomentOfSendingKeepsTheRule() {
            clean(check(shareBuilder().concurrences(List.of(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 29, 10)),
                    Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, at(5, 29, 10)))).build()));
        }

        @Test
        void unsentShareHasNoLateConcurrence() {
            clean(check(shareBuilder().sharedAt(Optional.empty()).build()));
        }
    }

    @Nested
    class Shr003 {
        @Test
        void reportToOneDivisionIsAnError() {
            // 「随時両課に報告すること」 is an obligation.
            onlyError(check(divisionReportBuilder().addressedTo(List.of(NpaRole.CYBERCRIME_DIVISION)).build()), "SHR-003", "/addressedTo");
        }
    }

    @Nested
    class Jc3 {
        @Test
        void liaisonWithoutChannel() {
            onlyError(check(jc3LiaisonBuilder().channel(Optional.empty()).build()), "JC3-001", "/channel");
        }

        @Test
        void liaisonThroughAnotherDivision() {
            onlyError(check(jc3LiaisonBuilder().channel(NpaRole.IT_ANALYSIS_DIVISION).build()), "JC3-001", "/channel");
        }

        @Test
        void liaisonThroughEitherDivisionKeepsTheRule() {
            clean(check(jc3LiaisonBuilder().channel(NpaRole.SECURITY_PLANNING_DIVISION).build()));
            clean(check(jc3LiaisonBuilder().channel(NpaRole.CYBERCRIME_DIVISION).build()));
        }

        @Test
        void informationMarkedForThirdParties() {
            onlyError(check(jc3LiaisonBuilder().receivedInformation(List.of(
                    Jc3Information.builder().reference("JC3-REF-1").receivedAt(at(5, 6, 10)).build(),
                    Jc3Information.builder().reference("JC3-REF-2").receivedAt(at(5, 6, 11))
                            .marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).build())).build()),
                    "JC3-002", "/receivedInformation/1/marking");
        }
    }
}
