package io.jointresponse.serialization;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AdditionReason;
import io.jointresponse.core.agreement.AgreedCondition;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ConditionKind;
import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.TargetGround;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.investigation.CollectionMethod;
import io.jointresponse.core.investigation.EvidenceRequest;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.ExemptionBasis;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.jc3.Jc3ProvidedInformation;
import io.jointresponse.core.jc3.Jc3Subject;
import io.jointresponse.core.jc3.ProvisionOrigin;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.PoliceDivision;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.InformationSource;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Representative documents of every kind: one with every optional attribute populated (and every
 * default overridden), one with none. Any other source of documents (such as a seeded generator)
 * can feed the same round-trip tests through {@link RoundTripTest#assertRoundTrip}.
 */
final class Samples {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private Samples() {}

    static OffsetDateTime at(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2024, month, day, hour, minute, 0, 0, JST);
    }

    static Contact fullContact() {
        return Contact.builder().name("山田太郎").role("情報システム部").email("yamada@example.jp").telephone("03-0000-0000").build();
    }

    static Agreement fullAgreement() {
        return Agreement.builder()
                .id("AGR-13-0001")
                .prefecture(Prefecture.TOKYO)
                .partner(Partner.builder()
                        .name("例示電力株式会社")
                        .corporateNumber("1234567890123")
                        .sector(Sector.OTHER)
                        .sectorDescription("電気事業者")
                        .securityDivisionChannel(true)
                        .outsourcing(OutsourcingStatus.OUTSOURCED)
                        .addSecurityVendors(SecurityVendor.builder().name("例示セキュリティ株式会社")
                                .kind(VendorKind.SECURITY_MONITORING_PROVIDER).practicalCounterpart(true).build())
                        .addSecurityVendors(SecurityVendor.of("例示ウイルス対策株式会社", VendorKind.ANTIVIRUS_PROVIDER))
                        .addContacts(fullContact())
                        .build())
                .arrangement(ArrangementType.EXISTING_CHANNEL)
                .status(AgreementStatus.TERMINATED)
                .targetGround(TargetGround.ADDED_AS_NECESSARY)
                .additionBasis(AdditionBasis.builder().reason(AdditionReason.SIGNIFICANT_INCIDENT)
                        .description("重要インフラへの攻撃").decidedOn(LocalDate.of(2019, 3, 1)).build())
                .existingChannel(ExistingChannel.builder().securityUnit("公安部公安総務課").establishedOn(LocalDate.of(2018, 10, 1))
                        .purpose("サイバー攻撃の未然防止").build())
                .reasonDespiteExistingChannel("通報事項の取決めが必要なため")
                .draftedOn(LocalDate.of(2019, 1, 15))
                .concludedOn(LocalDate.of(2019, 4, 1))
                .addAmendedOn(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 4, 1))
                .terminatedOn(LocalDate.of(2024, 3, 31))
                .addReportableCrimes(AgreedCrime.builder().type(CrimeType.UNAUTHORIZED_ACCESS)
                        .addReportItems("発生日時", "被害の概要").build())
                .addReportableCrimes(AgreedCrime.builder().type(CrimeType.OTHER).description("制御系システムへの攻撃")
                        .addReportItems("影響範囲").build())
                .addConditions(AgreedCondition.of(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT, "顧客の同意を得て通報する"),
                        AgreedCondition.of(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT, "事業者の同意を得て公表する"))
                .build();
    }

    static Agreement minimalAgreement() {
        return Agreement.builder()
                .id("AGR-27-0002")
                .prefecture(Prefecture.OSAKA)
                .partner(Partner.builder().name("例示銀行").sector(Sector.FINANCIAL_INSTITUTION)
                        .outsourcing(OutsourcingStatus.UNKNOWN).build())
                .status(AgreementStatus.DRAFT)
                .build();
    }

    static IncidentReport fullIncidentReport() {
        return IncidentReport.builder()
                .id("INC-0001")
                .agreementId("AGR-13-0001")
                .addCrimeTypes(CrimeType.UNAUTHORIZED_ACCESS, CrimeType.MALWARE_USE)
                .occurredAt(OffsetDateTime.of(2024, 5, 1, 9, 30, 0, 0, JST))
                .detectedAt(OffsetDateTime.of(2024, 5, 1, 10, 0, 15, 123_000_000, JST))
                .reportedAt(OffsetDateTime.of(2024, 5, 1, 2, 0, 0, 0, ZoneOffset.UTC))
                .summary("不正ログインの検知")
                .suspectedCyberAttack(true)
                .receivedBy(PoliceDivision.SECURITY)
                .addSharedWith(PoliceDivision.SECURITY, PoliceDivision.COMMUNITY_SAFETY)
                .reporter(fullContact())
                .customerConsent(Consent.builder().givenAt(at(5, 1, 10, 30)).summary("顧客の同意").build())
                .build();
    }

    static IncidentReport minimalIncidentReport() {
        return IncidentReport.builder()
                .id("INC-0002")
                .agreementId("AGR-27-0002")
                .occurredAt(at(5, 1, 9, 30))
                .detectedAt(at(5, 1, 9, 30))
                .reportedAt(at(5, 1, 9, 30))
                .summary("")
                .build();
    }

    static EvidenceRequest fullEvidenceRequest() {
        return EvidenceRequest.builder()
                .id("EVR-0001")
                .agreementId("AGR-13-0001")
                .incidentReportId("INC-0001")
                .requestedAt(at(5, 2, 14, 0))
                .addEvidenceItems("サーバのアクセスログ", "ファイアウォールのログ")
                .collectionMethod(CollectionMethod.VOLUNTARY_SUBMISSION)
                .businessImpactConsideration("営業時間外に複写する")
                .significanceExplanation(Explanation.builder().explainedAt(at(5, 2, 13, 0)).summary("事件化の意義を説明").build())
                .build();
    }

    static EvidenceRequest minimalEvidenceRequest() {
        return EvidenceRequest.builder().id("EVR-0002").agreementId("AGR-27-0002").requestedAt(at(5, 2, 14, 0)).build();
    }

    static PreventionRelease fullPreventionRelease() {
        return PreventionRelease.builder()
                .id("PRV-0001")
                .agreementId("AGR-13-0001")
                .source(InformationSource.MALWARE_ANALYSIS)
                .obtainedAt(at(6, 1, 9, 0))
                .releasedAt(at(6, 1, 17, 0))
                .content("C2サーバの通信先")
                .addHindranceChecks(HindranceCheck.builder().checkedAt(at(6, 1, 10, 0)).checkerRole(CheckerRole.OTHER)
                        .conclusion(HindranceConclusion.HINDERS).build())
                .addHindranceChecks(HindranceCheck.builder().checkedAt(at(6, 1, 12, 0)).checkerRole(CheckerRole.SENIOR_INVESTIGATOR)
                        .checkerName("佐藤警視").conclusion(HindranceConclusion.NO_HINDRANCE).build())
                .build();
    }

    static PreventionRelease minimalPreventionRelease() {
        return PreventionRelease.builder().id("PRV-0002").agreementId("AGR-27-0002").source(InformationSource.ARREST)
                .obtainedAt(at(6, 1, 9, 0)).content("手口").build();
    }

    static OccurrencePublication fullOccurrencePublication() {
        return OccurrencePublication.builder()
                .id("DSC-0001")
                .agreementId("AGR-13-0001")
                .incidentReportId("INC-0001")
                .outcome(DisclosureOutcome.PUBLISH)
                .decidedAt(at(7, 1, 10, 0))
                .reason("被害拡大防止")
                .necessityExplanation(Explanation.builder().explainedAt(at(6, 28, 10, 0)).summary("公表の必要性").build())
                .investigationHindranceAssessment(Assessment.builder().assessedAt(at(6, 29, 10, 0)).summary("支障なし").build())
                .deterrentEffectAssessment(Assessment.at(at(6, 30, 10, 0)))
                .targetsSpecifiedMany(true)
                .modusOperandiPublished(true)
                .businessConsent(Consent.builder().givenAt(at(6, 30, 15, 0)).summary("公表への同意").build())
                .build();
    }

    static OccurrencePublication minimalOccurrencePublication() {
        return OccurrencePublication.builder().id("DSC-0002").agreementId("AGR-27-0002")
                .outcome(DisclosureOutcome.PENDING).decidedAt(at(7, 1, 10, 0)).build();
    }

    static ArrestPublication fullArrestPublication() {
        return ArrestPublication.builder()
                .id("DSC-0003")
                .agreementId("AGR-13-0001")
                .incidentReportId("INC-0001")
                .outcome(DisclosureOutcome.WITHHOLD)
                .decidedAt(at(8, 1, 10, 0))
                .reason("公判への影響")
                .preventiveEffectExplanation(Explanation.builder().explainedAt(at(7, 28, 10, 0)).summary("予防効果").build())
                .reassuranceExplanation(Explanation.at(at(7, 29, 10, 0)))
                .businessOpinion(HeardOpinion.builder().heardAt(at(7, 30, 10, 0)).summary("公表に同意").build())
                .businessConsent(Consent.at(at(7, 31, 10, 0)))
                .build();
    }

    static ArrestPublication minimalArrestPublication() {
        return ArrestPublication.builder().id("DSC-0004").agreementId("AGR-27-0002")
                .outcome(DisclosureOutcome.PUBLISH).decidedAt(at(8, 1, 10, 0)).build();
    }

    static OnwardShare fullOnwardShare() {
        return OnwardShare.builder()
                .id("SHR-0001")
                .addRecipients(Recipient.of(RecipientType.JC3, "JC3"), Recipient.of(RecipientType.SYSTEM_DEVELOPER, "例示開発株式会社"))
                .addCrimeTypes(CrimeType.PHISHING)
                .sector(Sector.FINANCIAL_INSTITUTION)
                .modusOperandi("SMSで偽サイトへ誘導する")
                .addIndicators("example.invalid", "d41d8cd98f00b204e9800998ecf8427e")
                .addSources(ShareSource.builder().origin(SourceOrigin.JC3).reference("JC3-REF-1")
                        .disclosureExemption(exemption()).build(), ShareSource.of(SourceOrigin.JOINT_RESPONSE))
                .sourceAgreementId("AGR-13-0001")
                .businessName("例示銀行")
                .corporateNumber("1234567890123")
                .incidentSummary("利用者のID・パスワードが窃取された")
                .addPeople(fullContact())
                .addPersonalIdentifiers("victim-account-01")
                .addConcurrences(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, at(9, 1, 10, 0)),
                        Concurrence.of(NpaRole.SECURITY_PLANNING_DIVISION, at(9, 1, 11, 0)))
                .preparedAt(at(9, 1, 9, 0))
                .sharedAt(at(9, 2, 9, 0))
                .build();
    }

    static OnwardShare minimalOnwardShare() {
        return OnwardShare.builder().id("SHR-0002").modusOperandi("手口").preparedAt(at(9, 1, 9, 0)).build();
    }

    static DivisionReport fullDivisionReport() {
        return DivisionReport.builder()
                .id("DIV-0001")
                .prefecture(Prefecture.HOKKAIDO)
                .reportedAt(at(10, 1, 9, 0))
                .addAddressedTo(NpaRole.SECURITY_PLANNING_DIVISION, NpaRole.CYBERCRIME_DIVISION)
                .addCrimeTypes(CrimeType.DOS_ATTACK, CrimeType.DOS_ATTACK)
                .summary("DoS攻撃の通報")
                .build();
    }

    static DivisionReport minimalDivisionReport() {
        return DivisionReport.builder().id("DIV-0002").prefecture(Prefecture.OKINAWA).reportedAt(at(10, 1, 9, 0)).summary("").build();
    }

    static Jc3Liaison fullJc3Liaison() {
        return Jc3Liaison.builder()
                .id("JC3-0001")
                .prefecture(Prefecture.KANAGAWA)
                .subject(Jc3Subject.INVESTIGATION)
                .channel(NpaRole.CYBERCRIME_DIVISION)
                .at(at(11, 1, 9, 0))
                .summary("マルウェア情報の照会")
                .marking(HandlingMarking.THIRD_PARTY_DISCLOSURE)
                .disclosureExemption(exemption())
                .addReceivedInformation(Jc3Information.builder().reference("JC3-REF-1").receivedAt(at(11, 2, 9, 0))
                        .marking(HandlingMarking.THIRD_PARTY_DISCLOSURE).disclosureExemption(exemption()).summary("検体情報").build())
                .addReceivedInformation(Jc3Information.builder().reference("JC3-REF-2").receivedAt(at(11, 3, 9, 0)).build())
                .addProvidedInformation(Jc3ProvidedInformation.builder().reference("CYB-1").providedAt(at(11, 1, 9, 30))
                        .origin(ProvisionOrigin.INVESTIGATION).summary("捜査で判明した通信先").build())
                .build();
    }

    static DisclosureExemption exemption() {
        return DisclosureExemption.builder().basis(ExemptionBasis.OTHER).approvedBy("情報技術犯罪対策課長")
                .approvedAt(at(11, 4, 9, 0)).description("注意喚起に必要な範囲").build();
    }

    static Jc3Liaison minimalJc3Liaison() {
        return Jc3Liaison.builder().id("JC3-0002").subject(Jc3Subject.TRAINING).at(at(11, 1, 9, 0)).build();
    }

    static AnnualReport fullAnnualReport() {
        Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        int n = 1;
        for (Sector s : Sector.values()) {
            bySector.put(s, n++);
        }
        return AnnualReport.builder()
                .prefecture(Prefecture.TOKYO)
                .period(ReportingPeriod.fiscalYear(2024))
                .asOf(LocalDate.of(2025, 3, 31))
                .instruction(Instruction.given("令和6年1月15日付け警察庁の別途指示"))
                .inForceBySector(bySector)
                .inForceTotal(15)
                .inForceAtPeriodStart(12)
                .concludedInPeriod(4)
                .terminatedInPeriod(1)
                .existingChannelArrangements(2)
                .vendorCounterpartPartners(3)
                .build();
    }

    static AnnualReport minimalAnnualReport() {
        return AnnualReport.builder().prefecture(Prefecture.TOTTORI).period(ReportingPeriod.calendarYear(2024))
                .asOf(LocalDate.of(2024, 12, 31)).instruction(Instruction.libraryDefault()).inForceTotal(0).build();
    }

    static NationalCompilation fullNationalCompilation() {
        return NationalCompilation.builder().period(ReportingPeriod.calendarYear(2024)).addReports(fullAnnualReport(), minimalAnnualReport()).build();
    }

    static NationalCompilation minimalNationalCompilation() {
        return NationalCompilation.builder().period(ReportingPeriod.calendarYear(2024)).build();
    }

    /** Notice 217 as the seeds print it: two numbers, nominal era years, references with titles. */
    static Notice fullNotice() {
        return Notices.JOINT_RESPONSE_MATTERS;
    }

    static Notice minimalNotice() {
        return Notice.builder()
                .addNumbers(NoticeNumber.parse("警察庁丁情対発第１号"))
                .issuedOn(JapaneseDate.parse("令和元年５月１日"))
                .title("")
                .retention(Retention.parse("1年(令和3年3月31日まで)"))
                .validity(Validity.parse("一種(令和3年3月31日まで)"))
                .build();
    }

    /** @return one fully populated document of every kind (both disclosure decisions) */
    static List<Document> full() {
        return List.of(fullAgreement(), fullIncidentReport(), fullEvidenceRequest(), fullPreventionRelease(),
                fullOccurrencePublication(), fullArrestPublication(), fullOnwardShare(), fullDivisionReport(),
                fullJc3Liaison(), fullAnnualReport(), fullNationalCompilation(), fullNotice(), Notices.JC3_COOPERATION);
    }

    /** @return one document of every kind with no optional attribute set */
    static List<Document> minimal() {
        return List.of(minimalAgreement(), minimalIncidentReport(), minimalEvidenceRequest(), minimalPreventionRelease(),
                minimalOccurrencePublication(), minimalArrestPublication(), minimalOnwardShare(), minimalDivisionReport(),
                minimalJc3Liaison(), minimalAnnualReport(), minimalNationalCompilation(), minimalNotice());
    }

    /** @return every sample document */
    static List<Document> all() {
        List<Document> all = new ArrayList<>(full());
        all.addAll(minimal());
        return all;
    }
}
