package io.jointresponse.validation;

import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.CollectionMethod;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.jc3.Jc3Subject;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.InformationSource;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.agreement.ImmutableAgreement;
import io.jointresponse.core.agreement.ImmutablePartner;
import io.jointresponse.core.incident.ImmutableIncidentReport;
import io.jointresponse.core.investigation.ImmutableEvidenceRequest;
import io.jointresponse.core.prevention.ImmutablePreventionRelease;
import io.jointresponse.core.disclosure.ImmutableOccurrencePublication;
import io.jointresponse.core.disclosure.ImmutableArrestPublication;
import io.jointresponse.core.sharing.ImmutableOnwardShare;
import io.jointresponse.core.sharing.ImmutableDivisionReport;
import io.jointresponse.core.jc3.ImmutableJc3Liaison;
import io.jointresponse.core.annual.ImmutableAnnualReport;
import io.jointresponse.core.annual.ImmutableNationalCompilation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One valid document of each kind, built with the core builders, that each rule test changes with
 * {@code withX(...)} to break exactly one rule; and a fixed clock, 2026-06-01 12:00 in Tokyo.
 */
final class Baseline {

    private Baseline() {}

    static final ZoneOffset JST = ZoneOffset.ofHours(9);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, JST);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Tokyo"));

    static final JointResponseValidator VALIDATOR = JointResponseValidator.builder().clock(CLOCK).build();
    static final JointResponseValidator STRICT = JointResponseValidator.builder().clock(CLOCK).warningsAsErrors(true).build();

    static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, JST);
    }

    static ImmutableAgreement agreement() {
        return ImmutableAgreement.class.cast(Agreement.builder()
                .id("AGR-13-0001")
                .prefecture(Prefecture.TOKYO)
                .partner(partner())
                .status(AgreementStatus.IN_FORCE)
                .draftedOn(LocalDate.of(2019, 4, 1))
                .concludedOn(LocalDate.of(2019, 5, 15))
                .addAmendedOn(LocalDate.of(2021, 4, 1))
                .addReportableCrimes(AgreedCrime.of(CrimeType.UNAUTHORIZED_ACCESS), AgreedCrime.of(CrimeType.PHISHING))
                .build());
    }

    static ImmutablePartner partner() {
        return ImmutablePartner.class.cast(Partner.builder()
                .name("株式会社見本銀行")
                .corporateNumber("1234567890123")
                .sector(Sector.FINANCIAL_INSTITUTION)
                .outsourcing(OutsourcingStatus.OUTSOURCED)
                .addSecurityVendors(SecurityVendor.of("見本セキュリティ株式会社", VendorKind.SECURITY_MONITORING_PROVIDER))
                .addContacts(Contact.builder().name("山田太郎").role("情報システム部").email("yamada@bank.example").build())
                .build());
    }

    static ImmutableIncidentReport incident() {
        return ImmutableIncidentReport.class.cast(IncidentReport.builder()
                .id("INC-2026-0001")
                .agreementId("AGR-13-0001")
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS)
                .occurredAt(at(5, 1, 9))
                .detectedAt(at(5, 1, 10))
                .reportedAt(at(5, 1, 11))
                .summary("インターネットバンキングへの不正ログイン")
                .addSharedWith(PoliceDivision.COMMUNITY_SAFETY)
                .build());
    }

    static ImmutableEvidenceRequest evidenceRequest() {
        return ImmutableEvidenceRequest.class.cast(EvidenceRequest.builder()
                .id("EVR-2026-0001")
                .agreementId("AGR-13-0001")
                .requestedAt(at(5, 2, 10))
                .addEvidenceItems("認証サーバのアクセスログ")
                .collectionMethod(CollectionMethod.VOLUNTARY_SUBMISSION)
                .businessImpactConsideration("営業時間外に複写の提出を受け、サーバは停止しない")
                .significanceExplanation(Explanation.at(at(5, 2, 9)))
                .build());
    }

    static ImmutablePreventionRelease preventionRelease() {
        return ImmutablePreventionRelease.class.cast(PreventionRelease.builder()
                .id("PRV-2026-0001")
                .agreementId("AGR-13-0001")
                .source(InformationSource.MALWARE_ANALYSIS)
                .obtainedAt(at(5, 10, 9))
                .releasedAt(at(5, 11, 9))
                .content("不正プログラムの通信先")
                .addHindranceChecks(HindranceCheck.builder()
                        .checkedAt(at(5, 10, 15))
                        .checkerRole(CheckerRole.SENIOR_INVESTIGATOR)
                        .conclusion(HindranceConclusion.NO_HINDRANCE)
                        .build())
                .build());
    }

    static ImmutableOccurrencePublication occurrencePublication() {
        return ImmutableOccurrencePublication.class.cast(OccurrencePublication.builder()
                .id("DSC-2026-0001")
                .agreementId("AGR-13-0001")
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(at(5, 20, 10))
                .necessityExplanation(Explanation.at(at(5, 19, 10)))
                .investigationHindranceAssessment(Assessment.at(at(5, 19, 11)))
                .deterrentEffectAssessment(Assessment.at(at(5, 19, 12)))
                .build());
    }

    static ImmutableArrestPublication arrestPublication() {
        return ImmutableArrestPublication.class.cast(ArrestPublication.builder()
                .id("DSC-2026-0002")
                .agreementId("AGR-13-0001")
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(at(5, 25, 10))
                .preventiveEffectExplanation(Explanation.at(at(5, 24, 10)))
                .reassuranceExplanation(Explanation.at(at(5, 24, 11)))
                .businessOpinion(HeardOpinion.at(at(5, 24, 12)))
                .build());
    }

    /** A share fit to leave the police: nothing classified. */
    static ImmutableOnwardShare share() {
        return ImmutableOnwardShare.class.cast(OnwardShare.builder()
                .id("SHR-2026-0001")
                .addRecipients(Recipient.of(RecipientType.JC3, "JC3"))
                .addCrimeTypes(CrimeType.PHISHING)
                .sector(Sector.FINANCIAL_INSTITUTION)
                .modusOperandi("銀行を装った電子メールで偽のログイン画面に誘導する")
                .addIndicators("login-bank.example")
                .addConcurrences(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 28, 10)),
                        Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, at(5, 28, 11)))
                .preparedAt(at(5, 27, 10))
                .sharedAt(at(5, 29, 10))
                .build());
    }

    /** A share as first drafted from an incident: it still identifies the bank and its people. */
    static ImmutableOnwardShare rawShare() {
        return ImmutableOnwardShare.class.cast(OnwardShare.builder().from(share())
                .sourceAgreementId("AGR-13-0001")
                .businessName("株式会社見本銀行")
                .corporateNumber("1234567890123")
                .incidentSummary("見本銀行の利用者約100名が偽サイトに誘導された")
                .addPeople(Contact.builder().name("山田太郎").role("情報システム部").email("yamada@bank.example").build())
                .addPersonalIdentifiers("victim-account-001")
                .modusOperandi("株式会社見本銀行を装った電子メールで偽のログイン画面に誘導する。問合せ先 YAMADA@bank.example")
                .build());
    }

    static ImmutableDivisionReport divisionReport() {
        return ImmutableDivisionReport.class.cast(DivisionReport.builder()
                .id("DIV-2026-0001")
                .prefecture(Prefecture.TOKYO)
                .reportedAt(at(5, 3, 10))
                .addAddressedTo(NpaRole.CYBERCRIME_DIVISION, NpaRole.SECURITY_PLANNING_DIVISION)
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS)
                .summary("不正ログインの手口")
                .build());
    }

    static ImmutableJc3Liaison jc3Liaison() {
        return ImmutableJc3Liaison.class.cast(Jc3Liaison.builder()
                .id("JC3-2026-0001")
                .prefecture(Prefecture.TOKYO)
                .subject(Jc3Subject.INVESTIGATION)
                .channel(NpaRole.CYBERCRIME_DIVISION)
                .at(at(5, 5, 10))
                .addReceivedInformation(Jc3Information.builder().reference("JC3-REF-1").receivedAt(at(5, 6, 10)).build())
                .build());
    }

    static ImmutableAnnualReport annualReport() {
        return annualReport(Prefecture.TOKYO);
    }

    static ImmutableAnnualReport annualReport(Prefecture prefecture) {
        Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            bySector.put(s, 0);
        }
        bySector.put(Sector.FINANCIAL_INSTITUTION, 2);
        bySector.put(Sector.CRYPTO_ASSET_EXCHANGE, 1);
        return ImmutableAnnualReport.class.cast(AnnualReport.builder()
                .prefecture(prefecture)
                .year(2025)
                .asOf(LocalDate.of(2025, 12, 31))
                .putAllInForceBySector(bySector)
                .inForceTotal(3)
                .previousYearTotal(2)
                .concludedDuringYear(2)
                .terminatedDuringYear(1)
                .existingChannelArrangements(0)
                .vendorCounterpartPartners(1)
                .build());
    }

    static ImmutableNationalCompilation compilation() {
        return ImmutableNationalCompilation.class.cast(NationalCompilation.builder()
                .year(2025)
                .addReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.OSAKA))
                .build());
    }

    /** @return one valid document of every kind */
    static List<Object> everyKind() {
        return List.of(agreement(), incident(), evidenceRequest(), preventionRelease(), occurrencePublication(),
                arrestPublication(), share(), divisionReport(), jc3Liaison(), annualReport(), compilation(),
                Notices.JOINT_RESPONSE_MATTERS);
    }

    static String describe(ValidationReport report) {
        return report.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }

    static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }
}
