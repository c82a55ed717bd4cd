package io.jointresponse.core.jc3;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.calendar.JapaneseDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class Jc3Test {

    @Test
    void isNamedAsSectionOneOfNotice185NamesIt() {
        assertThat(Jc3.JAPANESE_NAME).isEqualTo("一般財団法人日本サイバー犯罪対策センター");
        assertThat(Jc3.ENGLISH_NAME).isEqualTo("Japan Cybercrime Control Center");
        assertThat(Jc3.ABBREVIATION).isEqualTo("JC3");
        assertThat(Jc3.NAME_CLAUSE).isEqualTo("B §1(1)");
    }

    @Test
    void beganWorkInNovemberOfHeisei26() {
        assertThat(Jc3.START_OF_WORK).isEqualTo(YearMonth.of(2014, 11));
        assertThat(Jc3.START_OF_WORK_AS_WRITTEN).isEqualTo("平成26年11月");
        // The text as written and the month agree: the first of that month in the Japanese calendar.
        assertThat(JapaneseDate.parse(Jc3.START_OF_WORK_AS_WRITTEN + "1日").toLocalDate())
                .isEqualTo(Jc3.START_OF_WORK.atDay(1));
    }

    @Test
    void purposeIsTheSentenceOfSectionOneTwo() {
        assertThat(Jc3.PURPOSE_JAPANESE)
                .startsWith("産業界、学術機関、法執行機関等それぞれが持つサイバー空間の脅威への対処経験を集約・分析した情報を共有することにより、")
                .contains("サイバー空間全体を俯瞰した上で、サイバー犯罪等のサイバー空間の脅威の大本を特定、軽減及び無効化し、")
                .endsWith("以後の事案発生防止に資するための活動を行うこと。")
                .doesNotContain("\n");
        assertThat(Jc3.PURPOSE_ENGLISH).contains("industry, academia, law enforcement").contains("identify, mitigate and neutralise");
        assertThat(Jc3.PURPOSE_CLAUSE).isEqualTo("B §1(2)");
    }

    @Test
    void hasTheFourLinesOfWorkOfSectionTwoInOrder() {
        assertThat(Jc3.linesOfWork()).extracting(Jc3LineOfWork::clause)
                .containsExactly("B §2(1)", "B §2(2)", "B §2(3)", "B §2(4)");
        assertThat(Jc3.linesOfWork()).extracting(Jc3LineOfWork::japaneseLabel).containsExactly(
                "サイバー空間の脅威に関する情報の集約・分析",
                "サイバー空間の脅威への対処に関する研究開発",
                "サイバー空間の脅威への対処に関するトレーニングプログラムの開発及び提供",
                "サイバー空間の脅威に総合的に対処するための国際連携");
        assertThat(Jc3.linesOfWork()).allSatisfy(l -> assertThat(l.englishLabel()).isNotBlank());
    }

    @Test
    void namesTheTwoOverseasPartnersOfTheNoticeAsExamples() {
        assertThat(Jc3.namedOverseasPartners()).containsExactly(Jc3.NCFTA, Jc3.CDA);
        assertThat(Jc3.NCFTA.japaneseLabel()).isEqualTo("米国NCFTA (National Cyber-Forensics & Training Alliance)");
        assertThat(Jc3.NCFTA.englishLabel()).isEqualTo("NCFTA (National Cyber-Forensics & Training Alliance), United States");
        assertThat(Jc3.CDA.japaneseLabel()).isEqualTo("英国CDA (Cyber Defence Alliance)");
        assertThat(Jc3.CDA.englishLabel()).isEqualTo("CDA (Cyber Defence Alliance), United Kingdom");
    }

    @Test
    void theListOfPartnersIsNotClosed() {
        // 「…等の海外関係機関」: another partner is a value like the named ones.
        OverseasPartner other = OverseasPartner.builder().abbreviation("EC3").name("European Cybercrime Centre")
                .japaneseCountry("欧州").englishCountry("European Union").build();
        assertThat(other.japaneseLabel()).isEqualTo("欧州EC3 (European Cybercrime Centre)");
        assertThat(Jc3.namedOverseasPartners()).doesNotContain(other);
    }
}
