package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreementBuilder;
import static io.jointresponse.validation.Baseline.arrestPublicationBuilder;
import static io.jointresponse.validation.Baseline.occurrencePublicationBuilder;
import static io.jointresponse.validation.Baseline.incidentBuilder;
import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.arrestPublication;
import static io.jointresponse.validation.Baseline.at;
import static io.jointresponse.validation.Baseline.incident;
import static io.jointresponse.validation.Baseline.occurrencePublication;
import static io.jointresponse.validation.Expect.check;
import static io.jointresponse.validation.Expect.clean;
import static io.jointresponse.validation.Expect.onlyError;
import static io.jointresponse.validation.Expect.onlyWarning;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.AgreedCondition;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ConditionKind;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.record.Consent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** INC-003 in both directions, and the conditions agreements carry (INC-005, DSC-004). */
class DivisionSharingAndConditionsTest {

    private static ValidationContext with(Agreement agreement) {
        return ValidationContext.of(List.of(agreement));
    }

    private static final ValidationContext OSAKA = with(agreementBuilder().prefecture(Prefecture.OSAKA).build());

    @Nested
    class Inc003 {
        private final IncidentReport cybercrime = incident();
        private final IncidentReport attack = incidentBuilder().suspectedCyberAttack(true).build();

        @Test
        void aSuspectedCyberAttackNotSharedWithTheSecurityDivisionIsWarnedAsBefore() {
            onlyWarning(attack, "INC-003", "/sharedWith");
            onlyWarning(IncidentReport.builder().from(attack).receivedBy(PoliceDivision.COMMUNITY_SAFETY).build(), OSAKA, "INC-003", "/sharedWith");
            clean(check(IncidentReport.builder().from(attack).sharedWith(List.of(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY)).build()));
        }

        @Test
        void aCyberAttackTheSecurityDivisionReceivedIsAlreadyThere() {
            clean(check(IncidentReport.builder().from(attack).receivedBy(PoliceDivision.SECURITY).sharedWith(List.of()).build()));
        }

        @Test
        void aCybercrimeTheSecurityDivisionReceivedGoesToTheCommunitySafetyDivision() {
            IncidentReport viaSecurity = IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.SECURITY).sharedWith(List.of(PoliceDivision.SECURITY)).build();
            Finding f = onlyWarning(viaSecurity, OSAKA, "INC-003", "/sharedWith");
            assertThat(f.message()).contains("community safety division").doesNotContain("公安部");
            clean(check(IncidentReport.builder().from(viaSecurity).sharedWith(List.of(PoliceDivision.SECURITY, PoliceDivision.COMMUNITY_SAFETY)).build(), OSAKA));
            onlyWarning(IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.OTHER).sharedWith(List.of()).build(), "INC-003", "/sharedWith");
        }

        @Test
        void aCybercrimeTheCommunitySafetyDivisionReceivedStaysThere() {
            clean(check(IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.COMMUNITY_SAFETY).sharedWith(List.of()).build()));
        }

        @Test
        void withoutAKnownReceiverOnlyACyberAttackIsChecked() {
            clean(check(IncidentReport.builder().from(cybercrime).receivedBy(Optional.empty()).sharedWith(List.of()).build()));
            clean(check(IncidentReport.builder().from(cybercrime).receivedBy(Optional.empty()).sharedWith(List.of()).build(), OSAKA));
        }

        @Test
        void aReportUnderAnExistingChannelWasReceivedByTheSecurityDivision() {
            ValidationContext channel = with(agreementBuilder().prefecture(Prefecture.OSAKA).arrangement(ArrangementType.EXISTING_CHANNEL).build());
            onlyWarning(IncidentReport.builder().from(cybercrime).sharedWith(List.of(PoliceDivision.SECURITY)).build(), channel, "INC-003", "/sharedWith");
            clean(check(IncidentReport.builder().from(attack).sharedWith(List.of()).build(), channel));
            // A recorded receiver wins over what the arrangement suggests.
            clean(check(IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.COMMUNITY_SAFETY).sharedWith(List.of()).build(), channel));
        }

        @Test
        void inTokyoTheMessagesNameTheBureausOfTheMetropolitanPoliceDepartment() {
            ValidationContext tokyo = with(agreement());
            Finding security = onlyWarning(attack, tokyo, "INC-003", "/sharedWith");
            assertThat(security.message()).contains(PoliceDivision.SECURITY.englishLabel(Prefecture.TOKYO)).contains("公安部");
            Finding communitySafety = onlyWarning(IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.SECURITY).sharedWith(List.of()).build(), tokyo,
                    "INC-003", "/sharedWith");
            assertThat(communitySafety.message()).contains(PoliceDivision.COMMUNITY_SAFETY.englishLabel(Prefecture.TOKYO))
                    .contains("生活安全部");

            JointResponseValidator japanese = Baseline.VALIDATOR.withLocale(Locale.JAPANESE);
            assertThat(japanese.validate(attack, tokyo).findings().get(0).message())
                    .contains("警視庁" + PoliceDivision.SECURITY.japaneseLabel(Prefecture.TOKYO));
            assertThat(japanese.validate(IncidentReport.builder().from(cybercrime).receivedBy(PoliceDivision.SECURITY).sharedWith(List.of()).build(), tokyo)
                    .findings().get(0).message()).contains(PoliceDivision.COMMUNITY_SAFETY.japaneseLabel(Prefecture.TOKYO))
                    .doesNotContain("生活安全部門");
            assertThat(japanese.validate(attack, OSAKA).findings().get(0).message()).contains("警備部門");
        }
    }

    @Nested
    class Inc005 {
        private final Agreement dataCentre = agreementBuilder().conditions(List.of(AgreedCondition.of(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT, "顧客の同意を得て通報する"))).build();

        @Test
        void aReportWithoutTheCustomersConsentTheAgreementRequiresIsAnError() {
            Finding f = onlyError(check(incident(), with(dataCentre)), "INC-005", "/customerConsent");
            assertThat(f.clause()).isEqualTo("A §3");
        }

        @Test
        void consentGivenNoLaterThanTheReportKeepsTheRule() {
            clean(check(incidentBuilder().customerConsent(Consent.at(at(5, 1, 11))).build(), with(dataCentre)));
            onlyError(check(incidentBuilder().customerConsent(Consent.at(at(5, 1, 11).plusSeconds(1))).build(), with(dataCentre)),
                    "INC-005", "/customerConsent/givenAt");
        }

        @Test
        void withoutTheConditionOrTheAgreementNothingIsRequired() {
            clean(check(incident(), with(agreement())));
            clean(check(incident()));
            clean(check(incident(), with(agreementBuilder().conditions(List.of(AgreedCondition.of(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT, "公表は同意を得て"))).build())));
        }
    }

    @Nested
    class Dsc004 {
        private final ValidationContext publishWithConsent = with(agreementBuilder().conditions(List.of(AgreedCondition.of(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT, "公表は事業者の同意を得て行う"))).build());

        @Test
        void publishingWithoutTheBusinessesConsentTheAgreementRequiresIsWarned() {
            Finding f = onlyWarning(occurrencePublication(), publishWithConsent, "DSC-004", "/businessConsent");
            assertThat(f.clause()).isEqualTo("A §6");
            onlyWarning(arrestPublication(), publishWithConsent, "DSC-004", "/businessConsent");
        }

        @Test
        void consentGivenNoLaterThanTheDecisionKeepsTheRule() {
            clean(check(occurrencePublicationBuilder().businessConsent(Consent.at(at(5, 20, 10))).build(), publishWithConsent));
            onlyWarning(arrestPublicationBuilder().businessConsent(Consent.at(at(5, 25, 10).plusSeconds(1))).build(), publishWithConsent,
                    "DSC-004", "/businessConsent/givenAt");
        }

        @Test
        void onlyADecisionToPublishNeedsTheConsent() {
            clean(check(occurrencePublicationBuilder().outcome(DisclosureOutcome.PENDING).build(), publishWithConsent));
            clean(check(arrestPublicationBuilder().outcome(DisclosureOutcome.WITHHOLD).build(), publishWithConsent));
        }

        @Test
        void withoutTheConditionOrTheAgreementNothingIsRequired() {
            clean(check(occurrencePublication(), with(agreement())));
            clean(check(arrestPublication()));
        }
    }
}
