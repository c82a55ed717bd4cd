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
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeNumbers;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.document.Document;
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
 * One valid document of each kind, built with the core builders, and the builder it comes from, which
 * each rule test changes ({@code agreementBuilder().status(…).build()}) to break exactly one rule;
 * and a fixed clock, 2026-06-01 12:00 in Tokyo.
 *
 * <p>The documents of 2025 and 2026 are dated after notices 217 and 185 lapsed; the validators
 * therefore register {@link #SUCCESSORS}, fictional notices that continue them, so that the rule
 * tests see the rules alone. {@code NoticeValidityTest} checks the lapse itself.
 */
final class Baseline {

    private Baseline() {}

    static final ZoneOffset JST = ZoneOffset.ofHours(9);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, JST);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Tokyo"));

    /** Fictional successors of notice 217 and of notice 185, in force on every date the tests use. */
    static final SuccessorNotice[] SUCCESSORS = {
        SuccessorNotice.builder()
                .numbers(NoticeNumbers.parse("警察庁丁サ企発第1号、丁備企発第2号"))
                .issuedOn(JapaneseDate.parse("令和6年3月29日"))
                .validity(Validity.parse("一種(令和11年3月31日まで)"))
                .continues(NoticeNumber.parse("警察庁丁情対発第217号"))
                .build(),
        SuccessorNotice.builder()
                .numbers(NoticeNumbers.parse("警察庁丁サ企発第3号"))
                .issuedOn(JapaneseDate.parse("令和4年3月30日"))
                .validity(Validity.parse("一種(令和9年3月31日まで)"))
                .continues(NoticeNumber.parse("警察庁丁情対発第185号"))
                .build()
    };

    static final JointResponseValidator VALIDATOR = JointResponseValidator.builder().clock(CLOCK).registerSuccessors(SUCCESSORS).build();
    static final JointResponseValidator STRICT = JointResponseValidator.builder().clock(CLOCK).registerSuccessors(SUCCESSORS)
            .warningsAsErrors(true).build();

    static OffsetDateTime at(int month, int day, int hour) {
        return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, JST);
    }

    static Agreement.Builder agreementBuilder() {
        return Agreement.builder()
                .id("AGR-13-0001")
                .prefecture(Prefecture.TOKYO)
                .partner(partner())
                .status(AgreementStatus.IN_FORCE)
                .draftedOn(LocalDate.of(2019, 4, 1))
                .concludedOn(LocalDate.of(2019, 5, 15))
                .addAmendedOn(LocalDate.of(2021, 4, 1))
                .addReportableCrimes(AgreedCrime.of(CrimeType.UNAUTHORIZED_ACCESS), AgreedCrime.of(CrimeType.PHISHING));
    }

    static Agreement agreement() {
        return agreementBuilder().build();
    }

    static Partner.Builder partnerBuilder() {
        return Partner.builder()
                .name("株式会社見本銀行")
                .corporateNumber("1234567890123")
                .sector(Sector.FINANCIAL_INSTITUTION)
                .outsourcing(OutsourcingStatus.OUTSOURCED)
                .addSecurityVendors(SecurityVendor.of("見本セキュリティ株式会社", VendorKind.SECURITY_MONITORING_PROVIDER))
                .addContacts(Contact.builder().name("山田太郎").role("情報システム部").email("yamada@bank.example").build());
    }

    static Partner partner() {
        return partnerBuilder().build();
    }

    static IncidentReport.Builder incidentBuilder() {
        return IncidentReport.builder()
                .id("INC-2026-0001")
                .agreementId("AGR-13-0001")
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS)
                .occurredAt(at(5, 1, 9))
                .detectedAt(at(5, 1, 10))
                .reportedAt(at(5, 1, 11))
                .summary("インターネットバンキングへの不正ログイン")
                .addSharedWith(PoliceDivision.COMMUNITY_SAFETY);
    }

    static IncidentReport incident() {
        return incidentBuilder().build();
    }

    static EvidenceRequest.Builder evidenceRequestBuilder() {
        return EvidenceRequest.builder()
                .id("EVR-2026-0001")
                .agreementId("AGR-13-0001")
                .requestedAt(at(5, 2, 10))
                .addEvidenceItems("認証サーバのアクセスログ")
                .collectionMethod(CollectionMethod.VOLUNTARY_SUBMISSION)
                .businessImpactConsideration("営業時間外に複写の提出を受け、サーバは停止しない")
                .significanceExplanation(Explanation.at(at(5, 2, 9)));
    }

    static EvidenceRequest evidenceRequest() {
        return evidenceRequestBuilder().build();
    }

    static PreventionRelease.Builder preventionReleaseBuilder() {
        return PreventionRelease.builder()
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
                        .build());
    }

    static PreventionRelease preventionRelease() {
        return preventionReleaseBuilder().build();
    }

    static OccurrencePublication.Builder occurrencePublicationBuilder() {
        return OccurrencePublication.builder()
                .id("DSC-2026-0001")
                .agreementId("AGR-13-0001")
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(at(5, 20, 10))
                .necessityExplanation(Explanation.at(at(5, 19, 10)))
                .investigationHindranceAssessment(Assessment.at(at(5, 19, 11)))
                .deterrentEffectAssessment(Assessment.at(at(5, 19, 12)));
    }

    static OccurrencePublication occurrencePublication() {
        return occurrencePublicationBuilder().build();
    }

    static ArrestPublication.Builder arrestPublicationBuilder() {
        return ArrestPublication.builder()
                .id("DSC-2026-0002")
                .agreementId("AGR-13-0001")
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(at(5, 25, 10))
                .preventiveEffectExplanation(Explanation.at(at(5, 24, 10)))
                .reassuranceExplanation(Explanation.at(at(5, 24, 11)))
                .businessOpinion(HeardOpinion.at(at(5, 24, 12)));
    }

    static ArrestPublication arrestPublication() {
        return arrestPublicationBuilder().build();
    }

    /** A share fit to leave the police: nothing classified. */
    static OnwardShare.Builder shareBuilder() {
        return OnwardShare.builder()
                .id("SHR-2026-0001")
                .addRecipients(Recipient.of(RecipientType.JC3, "JC3"))
                .addCrimeTypes(CrimeType.PHISHING)
                .sector(Sector.FINANCIAL_INSTITUTION)
                .modusOperandi("銀行を装った電子メールで偽のログイン画面に誘導する")
                .addIndicators("login-bank.example")
                .addConcurrences(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(5, 28, 10)),
                        Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, at(5, 28, 11)))
                .preparedAt(at(5, 27, 10))
                .sharedAt(at(5, 29, 10));
    }

    static OnwardShare share() {
        return shareBuilder().build();
    }

    /** A share as first drafted from an incident: it still identifies the bank and its people. */
    static OnwardShare.Builder rawShareBuilder() {
        return OnwardShare.builder().from(share())
                .sourceAgreementId("AGR-13-0001")
                .businessName("株式会社見本銀行")
                .corporateNumber("1234567890123")
                .incidentSummary("見本銀行の利用者約100名が偽サイトに誘導された")
                .addPeople(Contact.builder().name("山田太郎").role("情報システム部").email("yamada@bank.example").build())
                .addPersonalIdentifiers("victim-account-001")
                .modusOperandi("株式会社見本銀行を装った電子メールで偽のログイン画面に誘導する。問合せ先 YAMADA@bank.example");
    }

    static OnwardShare rawShare() {
        return rawShareBuilder().build();
    }

    static DivisionReport.Builder divisionReportBuilder() {
        return DivisionReport.builder()
                .id("DIV-2026-0001")
                .prefecture(Prefecture.TOKYO)
                .reportedAt(at(5, 3, 10))
                .addAddressedTo(NpaRole.CYBERCRIME_DIVISION, NpaRole.SECURITY_PLANNING_DIVISION)
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS)
                .summary("不正ログインの手口");
    }

    static DivisionReport divisionReport() {
        return divisionReportBuilder().build();
    }

    static Jc3Liaison.Builder jc3LiaisonBuilder() {
        return Jc3Liaison.builder()
                .id("JC3-2026-0001")
                .prefecture(Prefecture.TOKYO)
                .subject(Jc3Subject.INVESTIGATION)
                .channel(NpaRole.CYBERCRIME_DIVISION)
                .at(at(5, 5, 10))
                .addReceivedInformation(Jc3Information.builder().reference("JC3-REF-1").receivedAt(at(5, 6, 10)).build());
    }

    static Jc3Liaison jc3Liaison() {
        return jc3LiaisonBuilder().build();
    }

    static AnnualReport.Builder annualReportBuilder() {
        return annualReportBuilder(Prefecture.TOKYO);
    }

    static AnnualReport annualReport() {
        return annualReportBuilder().build();
    }

    static AnnualReport annualReport(Prefecture prefecture) {
        return annualReportBuilder(prefecture).build();
    }

    static AnnualReport.Builder annualReportBuilder(Prefecture prefecture) {
        Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            bySector.put(s, 0);
        }
        bySector.put(Sector.FINANCIAL_INSTITUTION, 2);
        bySector.put(Sector.CRYPTO_ASSET_EXCHANGE, 1);
        return AnnualReport.builder()
                .prefecture(prefecture)
                .period(ReportingPeriod.calendarYear(2025))
                .asOf(LocalDate.of(2025, 12, 31))
                .instruction(Instruction.libraryDefault())
                .putAllInForceBySector(bySector)
                .inForceTotal(3)
                .inForceAtPeriodStart(2)
                .concludedInPeriod(2)
                .terminatedInPeriod(1)
                .existingChannelArrangements(0)
                .vendorCounterpartPartners(1);
    }

    static NationalCompilation.Builder compilationBuilder() {
        return NationalCompilation.builder()
                .period(ReportingPeriod.calendarYear(2025))
                .addReports(annualReport(Prefecture.TOKYO), annualReport(Prefecture.OSAKA));
    }

    static NationalCompilation compilation() {
        return compilationBuilder().build();
    }

    /** @return one valid document of every kind */
    static List<Document> everyKind() {
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
