package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Messages name the NPA unit that held a role on the document's date: 情報技術犯罪対策課 until
 * 2022-03-31, the Cyber Affairs Bureau's サイバー企画課 from 2022-04-01, when the first ceased to exist.
 * SHR-002 speaks of consultation (協議), as notice 217, §7 does, not of consent.
 */
class NpaUnitNamesTest {

    private static final JointResponseValidator JA = Baseline.VALIDATOR.withLocale(Locale.JAPANESE);

    private static OffsetDateTime jst(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    }

    private static DivisionReport addressedToOneDivisionOn(OffsetDateTime at) {
        return DivisionReport.builder().from(Baseline.divisionReport()).reportedAt(at)
                .addressedTo(List.of(NpaRole.SECURITY_PLANNING_DIVISION)).build();
    }

    @Test
    void beforeTheReorganisationTheMessageNamesTheCybercrimeDivisionOfTheCommunitySafetyBureau() {
        String message = JA.validate(addressedToOneDivisionOn(jst(2021, 6, 11))).findings("SHR-003").get(0).message();
        assertThat(message).contains("警察庁生活安全局情報技術犯罪対策課").contains("警察庁警備局警備企画課");
    }

    @Test
    void afterTheReorganisationItNamesTheCyberAffairsBureau() {
        String message = JA.validate(addressedToOneDivisionOn(jst(2022, 4, 1))).findings("SHR-003").get(0).message();
        assertThat(message).contains("警察庁サイバー警察局サイバー企画課").doesNotContain("情報技術犯罪対策課");
        String english = Baseline.VALIDATOR.validate(addressedToOneDivisionOn(jst(2025, 1, 10))).findings("SHR-003").get(0).message();
        assertThat(english).contains("Cyber Planning Division, Cyber Affairs Bureau of the NPA").doesNotContain("Community Safety Bureau");
    }

    @Test
    void shr002SpeaksOfConsultationNotConsent() {
        OnwardShare oneDivision = OnwardShare.builder().from(Baseline.share())
                .concurrences(List.of(Concurrence.of(NpaRole.CYBERCRIME_DIVISION, Baseline.share().preparedAt()))).build();
        String ja = JA.validate(oneDivision).findings("SHR-002").get(0).message();
        assertThat(ja).contains("協議").doesNotContain("同意");
        String en = Baseline.VALIDATOR.validate(oneDivision).findings("SHR-002").get(0).message();
        assertThat(en).contains("consultation").doesNotContain("concurrence");
        assertThat(RuleCatalogue.find("SHR-002").orElseThrow().title(Locale.JAPANESE)).contains("協議");
    }

    @Test
    void theCatalogueNamesTheRolesWhereNoDateIsGiven() {
        assertThat(RuleCatalogue.find("SHR-003").orElseThrow().message(Locale.JAPANESE)).contains("警察庁のサイバー犯罪対策担当課");
        assertThat(RuleCatalogue.find("SHR-003").orElseThrow().message(Locale.ENGLISH)).contains("the NPA's cybercrime division")
                .doesNotContain("{");
    }
}
