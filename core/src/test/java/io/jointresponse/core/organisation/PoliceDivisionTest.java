package io.jointresponse.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PoliceDivisionTest {

    @Test
    void theMetropolitanPoliceDepartmentsBureausAreTheAddresseesOfBothNotices() {
        // 警視庁生活安全部長 and 警視庁公安部長 are addressees of notices 217 and 185.
        assertThat(PoliceDivision.COMMUNITY_SAFETY.japaneseLabel(Prefecture.TOKYO)).isEqualTo("生活安全部");
        assertThat(PoliceDivision.SECURITY.japaneseLabel(Prefecture.TOKYO)).isEqualTo("公安部");
        assertThat(PoliceDivision.COMMUNITY_SAFETY.englishLabel(Prefecture.TOKYO)).isEqualTo("Community Safety Bureau");
        assertThat(PoliceDivision.SECURITY.englishLabel(Prefecture.TOKYO)).isEqualTo("Public Security Bureau");
    }

    @Test
    void anotherDivisionOfTokyoKeepsItsFunctionalLabel() {
        assertThat(PoliceDivision.OTHER.japaneseLabel(Prefecture.TOKYO)).isEqualTo("その他の部門");
        assertThat(PoliceDivision.OTHER.englishLabel(Prefecture.TOKYO)).isEqualTo("other division");
    }

    @ParameterizedTest
    @EnumSource(value = Prefecture.class, names = "TOKYO", mode = EnumSource.Mode.EXCLUDE)
    void elsewhereTheDivisionsAreNamedByFunctionAsTheNoticesDo(Prefecture prefecture) {
        for (PoliceDivision division : PoliceDivision.values()) {
            assertThat(division.japaneseLabel(prefecture)).isEqualTo(division.japaneseLabel());
            assertThat(division.englishLabel(prefecture)).isEqualTo(division.englishLabel());
        }
        assertThat(PoliceDivision.SECURITY.japaneseLabel(prefecture)).isEqualTo("警備部門");
        assertThat(PoliceDivision.COMMUNITY_SAFETY.japaneseLabel(prefecture)).isEqualTo("生活安全部門");
    }

    @Test
    void aPrefectureIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> PoliceDivision.SECURITY.japaneseLabel(null));
        assertThatNullPointerException().isThrownBy(() -> PoliceDivision.SECURITY.englishLabel(null));
    }
}
