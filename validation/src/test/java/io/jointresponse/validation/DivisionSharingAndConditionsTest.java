package io.jointresponse.validation;

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
import io.jointresponse.core.agreement.ImmutableAgreement;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.incident.ImmutableIncidentReport;
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

    private static final ValidationContext OSAKA = with(agreement().withPrefecture(Prefecture.OSAKA));

    @Nested
    class Inc003 {
        private final ImmutableIncidentReport cybercrime = incident();
        private final ImmutableIncidentReport attack = incident().withSuspectedCyberAttack(true);

        @Test
        void aSuspectedCyberAttackNotSharedWithTheSecurityDivisionIsWarnedAsBefore() {
            onlyWarning(attack, "INC-003", "/sharedWith");
            onlyWarning(attack.withReceivedBy(PoliceDivision.COMMUNITY_SAFETY), OSAKA, "INC-003", "/sharedWith");
            clean(check(attack.withSharedWith(PoliceDivision.COMMUNITY_SAFETY, PoliceDivision.SECURITY)));
        }

        @Test
        void aCyberAttackTheSecurityDivisionReceivedIsAlreadyThere() {
            clean(check(attack.withReceivedBy(PoliceDivision.SECURITY).withSharedWith(List.of())));
        }

        @Test
        void aCybercrimeTheSecurityDivisionReceivedGoesToTheCommunitySafetyDivision() {
            ImmutableIncidentReport viaSecurity = cybercrime.withReceivedBy(PoliceDivision.SECURITY).withSharedWith(PoliceDivision.SECURITY);
            Finding f = onlyWarning(viaSecurity, OSAKA, "INC-003", "/sharedWith");
            assertThat(f.message()).contains("community safety division").doesNotContain("公安部");
            clean(check(viaSecurity.withSharedWith(PoliceDivision.SECURITY, PoliceDivision.COMMUNITY_SAFETY), OSAKA));
            onlyWarning(cybercrime.withReceivedBy(PoliceDivision.OTHER).withSharedWith(List.of()), "INC-003", "/sharedWith");
        }

        @Test
        void aCybercrimeTheCommunitySafetyDivisionReceivedStaysThere() {
            clean(check(cybercrime.withReceivedBy(PoliceDivision.COMMUNITY_SAFETY).withSharedWith(List.of())));
        }

        @Test
        void withoutAKnownReceiverOnlyACyberAttackIsChecked() {
            clean(check(cybercrime.withReceivedBy(Optional.empty()).withSharedWith(List.of())));
            clean(check(cybercrime.withReceivedBy(Optional.empty()).withSharedWith(List.of()), OSAKA));
        }

        @Test
        void aReportUnderAnExistingChannelWasReceivedByTheSecurityDivision() {
            ValidationContext channel = with(agreement().withPrefecture(Prefecture.OSAKA).withArrangement(ArrangementType.EXISTING_CHANNEL));
            onlyWarning(cybercrime.withSharedWith(PoliceDivision.SECURITY), channel, "INC-003", "/sharedWith");
            clean(check(attack.withSharedWith(List.of()), channel));
            // A recorded receiver wins over what the arrangement suggests.
            clean(check(cybercrime.withReceivedBy(PoliceDivision.COMMUNITY_SAFETY).withSharedWith(List.of()), channel));
        }

        @Test
        void inTokyoTheMessagesNameTheBureausOfTheMetropolitanPoliceDepartment() {
            ValidationContext tokyo = with(agreement());
            Finding security = onlyWarning(attack, tokyo, "INC-003", "/sharedWith");
            assertThat(security.message()).contains(PoliceDivision.SECURITY.englishLabel(Prefecture.TOKYO)).contains("公安部");
            Finding communitySafety = onlyWarning(cybercrime.withReceivedBy(PoliceDivision.SECURITY).withSharedWith(List.of()), tokyo,
                    "INC-003", "/sharedWith");
            assertThat(communitySafety.message()).contains(PoliceDivision.COMMUNITY_SAFETY.englishLabel(Prefecture.TOKYO))
                    .contains("生活安全部");

            JointResponseValidator japanese = Baseline.VALIDATOR.withLocale(Locale.JAPANESE);
            assertThat(japanese.validate(attack, tokyo).findings().get(0).message())
                    .contains("警視庁" + PoliceDivision.SECURITY.japaneseLabel(Prefecture.TOKYO));
            assertThat(japanese.validate(cybercrime.withReceivedBy(PoliceDivision.SECURITY).withSharedWith(List.of()), tokyo)
                    .findings().get(0).message()).contains(PoliceDivision.COMMUNITY_SAFETY.japaneseLabel(Prefecture.TOKYO))
                    .doesNotContain("生活安全部門");
            assertThat(japanese.validate(attack, OSAKA).findings().get(0).message()).contains("警備部門");
        }
    }

    @Nested
    class Inc005 {
        private final ImmutableAgreement dataCentre = agreement().withConditions(
                AgreedCondition.of(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT, "顧客の同意を得て通報する"));

        @Test
        void aReportWithoutTheCustomersConsentTheAgreementRequiresIsAnError() {
            Finding f = onlyError(check(incident(), with(dataCentre)), "INC-005", "/customerConsent");
            assertThat(f.clause()).isEqualTo("A §3");
        }

        @Test
        void consentGivenNoLaterThanTheReportKeepsTheRule() {
            clean(check(incident().withCustomerConsent(Consent.at(at(5, 1, 11))), with(dataCentre)));
            onlyError(check(incident().withCustomerConsent(Consent.at(at(5, 1, 11).plusSeconds(1))), with(dataCentre)),
                    "INC-005", "/customerConsent/givenAt");
        }

        @Test
        void withoutTheConditionOrTheAgreementNothingIsRequired() {
            clean(check(incident(), with(agreement())));
            clean(check(incident()));
            clean(check(incident(), with(agreement().withConditions(
                    AgreedCondition.of(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT, "公表は同意を得て")))));
        }
    }

    @Nested
    class Dsc004 {
        private final ValidationContext publishWithConsent = with(agreement().withConditions(
                AgreedCondition.of(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT, "公表は事業者の同意を得て行う")));

        @Test
        void publishingWithoutTheBusinessesConsentTheAgreementRequiresIsWarned() {
            Finding f = onlyWarning(occurrencePublication(), publishWithConsent, "DSC-004", "/businessConsent");
            assertThat(f.clause()).isEqualTo("A §6");
            onlyWarning(arrestPublication(), publishWithConsent, "DSC-004", "/businessConsent");
        }

        @Test
        void consentGivenNoLaterThanTheDecisionKeepsTheRule() {
            clean(check(occurrencePublication().withBusinessConsent(Consent.at(at(5, 20, 10))), publishWithConsent));
            onlyWarning(arrestPublication().withBusinessConsent(Consent.at(at(5, 25, 10).plusSeconds(1))), publishWithConsent,
                    "DSC-004", "/businessConsent/givenAt");
        }

        @Test
        void onlyADecisionToPublishNeedsTheConsent() {
            clean(check(occurrencePublication().withOutcome(DisclosureOutcome.PENDING), publishWithConsent));
            clean(check(arrestPublication().withOutcome(DisclosureOutcome.WITHHOLD), publishWithConsent));
        }

        @Test
        void withoutTheConditionOrTheAgreementNothingIsRequired() {
            clean(check(occurrencePublication(), with(agreement())));
            clean(check(arrestPublication()));
        }
    }
}
