package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeNumbers;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Notices have a validity (有効期間): notice 217 until 平成36年3月31日 (2024-03-31), notice 185 until
 * 平成34年3月31日 (2022-03-31). A record dated after a notice whose rules apply had lapsed draws NTC-004;
 * a registered successor in force on its date is named instead, and changes no rule.
 */
class NoticeValidityTest {

    /** No successor registered: the notices as the library encodes them. */
    private static final JointResponseValidator PLAIN = JointResponseValidator.builder().clock(Baseline.CLOCK).build();

    private static final SuccessorNotice SUCCESSOR_OF_217 = SuccessorNotice.builder()
            .numbers(NoticeNumbers.parse("警察庁丁サ企発第1号、丁備企発第2号"))
            .issuedOn(JapaneseDate.parse("令和6年3月29日"))
            .validity(Validity.parse("一種(令和11年3月31日まで)"))
            .continues(NoticeNumber.parse("警察庁丁情対発第217号"))
            .build();

    private static OffsetDateTime jst(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    }

    private static IncidentReport reportedOn(OffsetDateTime at) {
        return IncidentReport.builder().from(Baseline.incident()).occurredAt(at.minusHours(3)).detectedAt(at.minusHours(1))
                .reportedAt(at).build();
    }

    @Test
    void aRecordWhileTheNoticeIsInForceIsCheckedWithoutAWordAndNamesIt() {
        ValidationReport report = PLAIN.validate(reportedOn(jst(2024, 3, 31)));
        assertThat(report.findings()).isEmpty();
        assertThat(report.appliedNotices()).singleElement().satisfies(n -> {
            assertThat(n.numbersText()).isEqualTo("警察庁丁情対発第217号、丁備企発第111号");
            assertThat(n.validUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(n.lapsed()).isFalse();
            assertThat(n.continues()).isEmpty();
        });
    }

    @Test
    void aRecordOfTheDayAfterTheLapseIsWarnedAtItsGoverningDate() {
        ValidationReport report = PLAIN.validate(reportedOn(jst(2024, 4, 1)));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NTC-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).hasToString("/reportedAt");
            assertThat(f.message()).contains("警察庁丁情対発第217号、丁備企発第111号").contains("2024-03-31");
        });
        assertThat(report.isValid()).isTrue();
        assertThat(report.appliedNotices()).singleElement().satisfies(n -> assertThat(n.lapsed()).isTrue());
    }

    @Test
    void theGoverningDateIsTheDayInJapan() {
        // 2024-03-31T20:00Z is already 1 April in Tokyo.
        assertThat(PLAIN.validate(reportedOn(OffsetDateTime.of(2024, 3, 31, 20, 0, 0, 0, ZoneOffset.UTC))).ruleIds())
                .containsExactly("NTC-004");
        assertThat(PLAIN.validate(reportedOn(OffsetDateTime.of(2024, 3, 31, 14, 0, 0, 0, ZoneOffset.UTC))).ruleIds()).isEmpty();
    }

    @Test
    void jc3LiaisonIsGovernedByNotice185WhichLapsedTwoYearsEarlier() {
        Jc3Liaison liaison = Jc3Liaison.builder().from(Baseline.jc3Liaison()).at(jst(2023, 5, 5))
                .receivedInformation(List.of()).build();
        ValidationReport report = PLAIN.validate(liaison);
        assertThat(report.ruleIds()).containsExactly("NTC-004");
        assertThat(report.findings().get(0).pointer()).hasToString("/at");
        assertThat(report.appliedNotices()).extracting(AppliedNotice::numbersText)
                .containsExactly("警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号");
    }

    @Test
    void eachKindHasItsGoverningDate() {
        Agreement concluded = Agreement.builder().from(Baseline.agreement()).concludedOn(LocalDate.of(2024, 4, 1))
                .draftedOn(LocalDate.of(2024, 1, 1)).amendedOn(List.of()).build();
        assertThat(pointers(concluded)).containsExactly("/concludedOn");
        Agreement channel = Agreement.builder().from(concluded).arrangement(ArrangementType.EXISTING_CHANNEL)
                .concludedOn(Optional.empty()).draftedOn(Optional.empty())
                .partner(io.jointresponse.core.agreement.Partner.builder().from(Baseline.partner()).securityDivisionChannel(true).build())
                .existingChannel(ExistingChannel.of("公安部公安総務課", LocalDate.of(2024, 4, 2))).build();
        assertThat(pointers(channel)).containsExactly("/existingChannel/establishedOn");
        OnwardShare unsent = OnwardShare.builder().from(Baseline.share()).sharedAt(Optional.empty()).build();
        assertThat(pointers(unsent)).containsExactly("/preparedAt");
        // A share that carries content from JC3 is governed by notice 185 too, lapsed as well.
        assertThat(pointers(OnwardShare.builder().from(unsent).addSources(ShareSource.of(SourceOrigin.JC3)).build()))
                .containsExactly("/preparedAt", "/preparedAt");
        DivisionReport division = DivisionReport.builder().from(Baseline.divisionReport()).reportedAt(jst(2025, 1, 1)).build();
        assertThat(pointers(division)).containsExactly("/reportedAt");
        AnnualReport fiscal2023 = AnnualReport.builder().from(Baseline.annualReport()).period(ReportingPeriod.fiscalYear(2023))
                .asOf(LocalDate.of(2024, 3, 31)).build();
        // The last day of fiscal 2023 is the last day of notice 217: in force.
        assertThat(PLAIN.validate(fiscal2023).ruleIds()).doesNotContain("NTC-004");
        assertThat(pointers(Baseline.annualReport())).containsExactly("/period/end");
        assertThat(PLAIN.validate(Notices.JOINT_RESPONSE_MATTERS).appliedNotices()).isEmpty();
    }

    @Test
    void notice185GovernsAShareOnlyThroughWhatItCarriesFromJc3() {
        // Prepared in 2023: notice 217 in force, notice 185 lapsed.
        OnwardShare share = OnwardShare.builder().from(Baseline.share()).preparedAt(jst(2023, 5, 5)).sharedAt(Optional.empty()).build();
        ValidationReport own = PLAIN.validate(share);
        assertThat(own.ruleIds()).doesNotContain("NTC-004");
        assertThat(own.appliedNotices()).extracting(AppliedNotice::numbersText).containsExactly("警察庁丁情対発第217号、丁備企発第111号");

        OnwardShare fromJc3 = OnwardShare.builder().from(share).addSources(ShareSource.of(SourceOrigin.JC3)).build();
        ValidationReport withJc3 = PLAIN.validate(fromJc3);
        assertThat(withJc3.findings("NTC-004")).extracting(f -> f.pointer().toString() + " " + f.messageArguments().get("notice"))
                .containsExactly("/preparedAt 警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号");
        assertThat(withJc3.appliedNotices()).hasSize(2);
    }

    @Test
    void aNationalCompilationIsWarnedOnceNotForEachReport() {
        ValidationReport report = PLAIN.validate(Baseline.compilation());
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactly("NTC-004 /period/end");
    }

    @Test
    void aRegisteredSuccessorIsNamedAndGivesNoWarningWhileTheRulesStayTheSame() {
        JointResponseValidator continued = JointResponseValidator.builder().clock(Baseline.CLOCK)
                .registerSuccessors(SUCCESSOR_OF_217).build();
        ValidationReport report = continued.validate(reportedOn(jst(2025, 6, 10)));
        assertThat(report.findings()).isEmpty();
        assertThat(report.appliedNotices()).singleElement().satisfies(n -> {
            assertThat(n.numbersText()).isEqualTo("警察庁丁サ企発第1号、丁備企発第2号");
            assertThat(n.continues()).contains("警察庁丁情対発第217号、丁備企発第111号");
            assertThat(n.validUntil()).isEqualTo(LocalDate.of(2029, 3, 31));
        });
        // The same rules: a record that breaks INC-002 breaks it under the successor too.
        IncidentReport outOfOrder = IncidentReport.builder().from(reportedOn(jst(2025, 6, 10))).detectedAt(jst(2025, 6, 11)).build();
        assertThat(continued.validate(outOfOrder).ruleIds()).containsExactly("INC-002");
        assertThat(PLAIN.validate(outOfOrder).ruleIds()).containsExactly("INC-002", "NTC-004");
    }

    @Test
    void aRecordInTheGapBeforeTheSuccessorWasIssuedIsStillWarned() {
        JointResponseValidator continued = JointResponseValidator.builder().clock(Baseline.CLOCK)
                .registerSuccessors(SuccessorNotice.builder().from(SUCCESSOR_OF_217).issuedOn(JapaneseDate.parse("令和6年6月1日")).build())
                .build();
        ValidationReport report = continued.validate(reportedOn(jst(2024, 5, 1)));
        assertThat(report.ruleIds()).containsExactly("NTC-004");
        assertThat(report.appliedNotices()).extracting(AppliedNotice::numbersText).containsExactly("警察庁丁情対発第217号、丁備企発第111号");
    }

    @Test
    void aLapsedSuccessorIsNamedInTheWarning() {
        JointResponseValidator continued = JointResponseValidator.builder().clock(Baseline.CLOCK)
                .registerSuccessors(SuccessorNotice.builder().from(SUCCESSOR_OF_217).validity(Validity.parse("一種(令和7年3月31日まで)")).build())
                .build();
        Finding f = continued.validate(reportedOn(jst(2025, 6, 10))).findings().get(0);
        assertThat(f.ruleId()).isEqualTo("NTC-004");
        assertThat(f.message()).contains("警察庁丁サ企発第1号、丁備企発第2号").contains("2025-03-31");
    }

    @Test
    void successorsChainAndAreCheckedWhenRegistered() {
        SuccessorNotice second = SuccessorNotice.builder()
                .numbers(NoticeNumbers.parse("警察庁丁サ企発第9号"))
                .issuedOn(JapaneseDate.parse("令和11年3月28日"))
                .validity(Validity.parse("一種(令和16年3月31日まで)"))
                .continues(NoticeNumber.parse("警察庁丁サ企発第1号"))
                .build();
        JointResponseValidator chained = JointResponseValidator.builder().clock(Baseline.CLOCK)
                .registerSuccessors(second, SUCCESSOR_OF_217).build();
        assertThat(chained.validate(reportedOn(jst(2030, 1, 1))).appliedNotices()).extracting(AppliedNotice::numbersText)
                .containsExactly("警察庁丁サ企発第9号");

        SuccessorNotice orphan = SuccessorNotice.builder().from(second).continues(NoticeNumber.parse("警察庁丁情対発第999号")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> JointResponseValidator.builder().registerSuccessors(orphan))
                .withMessageContaining("第999号");
        SuccessorNotice early = SuccessorNotice.builder().from(SUCCESSOR_OF_217).issuedOn(JapaneseDate.parse("平成30年1月1日")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> JointResponseValidator.builder().registerSuccessors(early))
                .withMessageContaining("not after the notice it continues");
        SuccessorNotice rival = SuccessorNotice.builder().from(SUCCESSOR_OF_217).numbers(NoticeNumbers.parse("警察庁丁サ企発第7号")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> JointResponseValidator.builder().registerSuccessors(SUCCESSOR_OF_217, rival))
                .withMessageContaining("Two successors");
    }

    @Test
    void disablingNtc004SilencesTheWarningButNotTheNamesOfTheNotices() {
        JointResponseValidator quiet = JointResponseValidator.builder().clock(Baseline.CLOCK).disableRules("NTC-004").build();
        ValidationReport report = quiet.validate(reportedOn(jst(2025, 6, 10)));
        assertThat(report.findings()).isEmpty();
        assertThat(report.appliedNotices()).singleElement().satisfies(n -> assertThat(n.lapsed()).isTrue());
    }

    @Test
    void theWarningSpeaksJapaneseToo() {
        Finding f = PLAIN.withLocale(Locale.JAPANESE).validate(reportedOn(jst(2025, 6, 10))).findings().get(0);
        assertThat(f.message()).contains("有効期間").contains("2024-03-31まで").contains("警察庁丁情対発第217号");
    }

    private static List<String> pointers(Document document) {
        return PLAIN.validate(document).findings().stream().filter(f -> f.ruleId().equals("NTC-004"))
                .map(f -> f.pointer().toString()).toList();
    }
}
