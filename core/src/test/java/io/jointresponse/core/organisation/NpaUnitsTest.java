package io.jointresponse.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.Notices;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NpaUnitsTest {

    private static final LocalDate ISSUED = LocalDate.of(2019, 3, 27);

    @Test
    void cybercrimeDivisionIn2019IsTheCommunitySafetyBureauDivision() {
        assertThat(NpaUnits.holding(NpaRole.CYBERCRIME_DIVISION, ISSUED))
                .map(NpaUnit::japaneseName).contains("警察庁生活安全局情報技術犯罪対策課");
    }

    @Test
    void cybercrimeDivisionFromApril2022IsTheCyberAffairsPlanningDivision() {
        assertThat(NpaUnits.holding(NpaRole.CYBERCRIME_DIVISION, LocalDate.of(2022, 3, 31)))
                .map(NpaUnit::japaneseName).contains("警察庁生活安全局情報技術犯罪対策課");
        assertThat(NpaUnits.holding(NpaRole.CYBERCRIME_DIVISION, LocalDate.of(2022, 4, 1)))
                .map(NpaUnit::japaneseName).contains("警察庁サイバー警察局サイバー企画課");
    }

    @Test
    void itAnalysisDivisionMovedToTheCyberAffairsBureau() {
        assertThat(NpaUnits.holding(NpaRole.IT_ANALYSIS_DIVISION, ISSUED))
                .contains(NpaUnits.INFO_COMMUNICATIONS_IT_ANALYSIS_DIVISION);
        assertThat(NpaUnits.holding(NpaRole.IT_ANALYSIS_DIVISION, LocalDate.of(2022, 4, 1)))
                .contains(NpaUnits.CYBER_AFFAIRS_IT_ANALYSIS_DIVISION);
    }

    @Test
    void securityPlanningAndGeneralAffairsDivisionsContinue() {
        for (LocalDate day : new LocalDate[] {ISSUED, LocalDate.of(2022, 4, 1), LocalDate.of(2030, 1, 1)}) {
            assertThat(NpaUnits.holding(NpaRole.SECURITY_PLANNING_DIVISION, day)).contains(NpaUnits.SECURITY_PLANNING_DIVISION);
            assertThat(NpaUnits.holding(NpaRole.GENERAL_AFFAIRS_DIVISION, day)).contains(NpaUnits.GENERAL_AFFAIRS_DIVISION);
        }
    }

    @ParameterizedTest
    @EnumSource(NpaRole.class)
    void everyRoleIsHeldByExactlyOneUnitOnEveryDayOfTheData(NpaRole role) {
        for (LocalDate day = LocalDate.of(2004, 4, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            assertThat(NpaUnits.all().stream().filter(u -> u.holds(role) && u.isValidOn(d)).count())
                    .as("%s on %s", role, day).isEqualTo(1);
        }
    }

    @Test
    void nothingIsRecordedBeforeTheDataBegins() {
        assertThat(NpaUnits.holding(NpaRole.CYBERCRIME_DIVISION, LocalDate.of(2004, 3, 31))).isEmpty();
    }

    @Test
    void findsUnitByNameWithOrWithoutAgencyOnlyWhileItsRecordApplies() {
        assertThat(NpaUnits.ofName("警察庁警備局警備企画課", ISSUED)).contains(NpaUnits.SECURITY_PLANNING_DIVISION);
        assertThat(NpaUnits.ofName("警備局警備企画課", ISSUED)).contains(NpaUnits.SECURITY_PLANNING_DIVISION);
        assertThat(NpaUnits.ofName("生活安全局情報技術犯罪対策課", LocalDate.of(2022, 4, 1))).isEmpty();
        assertThat(NpaUnits.ofName("警察庁刑事局捜査第一課", ISSUED)).isEmpty();
    }

    @Test
    void everyIssuerOfTheSeedNoticesIsTheHeadOfAUnitRecordedOnTheDateOfIssue() {
        for (Notice notice : Notices.all()) {
            LocalDate issued = notice.issuedOn().toLocalDate();
            for (String issuer : notice.issuers()) {
                assertThat(NpaUnits.all().stream().filter(u -> u.isValidOn(issued) && u.headTitle().equals(issuer)))
                        .as(issuer).hasSize(1);
            }
        }
    }

    @Test
    void everyDivisionCodeOfTheSeedNoticesNamesAUnitRecordedOnTheDateOfIssue() {
        for (Notice notice : Notices.all()) {
            LocalDate issued = notice.issuedOn().toLocalDate();
            for (NoticeNumber number : notice.numbers()) {
                Optional<NpaUnit> unit = NpaUnits.all().stream()
                        .filter(u -> u.isValidOn(issued) && u.noticeNumberCode().equals(Optional.of(number.divisionCode())))
                        .findFirst();
                assertThat(unit).as(number.toString()).isPresent();
            }
        }
    }

    @Test
    void theTwoJointResponseDivisionsIssuedNotice217() {
        assertThat(Notices.JOINT_RESPONSE_MATTERS.issuers()).containsExactly(
                NpaUnits.holding(NpaRole.CYBERCRIME_DIVISION, ISSUED).orElseThrow().headTitle(),
                NpaUnits.holding(NpaRole.SECURITY_PLANNING_DIVISION, ISSUED).orElseThrow().headTitle());
    }
}
