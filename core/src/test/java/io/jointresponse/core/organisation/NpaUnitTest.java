package io.jointresponse.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpaUnitTest {

    private static NpaUnit.Builder minimal() {
        return NpaUnit.builder()
                .japaneseName("警察庁警備局警備企画課")
                .englishName("Security Planning Division, Security Bureau")
                .validFrom(LocalDate.of(2004, 4, 1));
    }

    @Test
    void buildsWithRequiredFieldsOnly() {
        NpaUnit unit = minimal().build();
        assertThat(unit.roles()).isEmpty();
        assertThat(unit.validUntil()).isEmpty();
        assertThat(unit.noticeNumberCode()).isEmpty();
        assertThat(unit.headTitle()).isEqualTo("警察庁警備局警備企画課長");
    }

    @Test
    void missingRequiredFieldsAreNamedInTheError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> NpaUnit.builder().japaneseName("警察庁警備局警備企画課").build())
                .withMessageContaining("englishName")
                .withMessageContaining("validFrom");
    }

    @Test
    void validityIncludesBothEnds() {
        NpaUnit unit = minimal().validUntil(LocalDate.of(2022, 3, 31)).build();
        assertThat(unit.isValidOn(LocalDate.of(2004, 3, 31))).isFalse();
        assertThat(unit.isValidOn(LocalDate.of(2004, 4, 1))).isTrue();
        assertThat(unit.isValidOn(LocalDate.of(2022, 3, 31))).isTrue();
        assertThat(unit.isValidOn(LocalDate.of(2022, 4, 1))).isFalse();
    }

    @Test
    void openEndedRecordAppliesFromItsFirstDayOn() {
        assertThat(minimal().build().isValidOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void rejectsRecordEndingBeforeItBegins() {
        assertThatIllegalStateException()
                .isThrownBy(() -> minimal().validUntil(LocalDate.of(2004, 3, 31)).build())
                .withMessageContaining("2004-03-31");
    }
}
