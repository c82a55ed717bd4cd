package io.jointresponse.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NpaRoleTest {

    @Test
    void theJointResponseDivisionsAreCybercrimeAndSecurityPlanning() {
        assertThat(Arrays.stream(NpaRole.values()).filter(NpaRole::isJointResponseDivision))
                .containsExactly(NpaRole.CYBERCRIME_DIVISION, NpaRole.SECURITY_PLANNING_DIVISION);
        assertThat(NpaRole.GENERAL_AFFAIRS_DIVISION.isJointResponseDivision()).isFalse();
        assertThat(NpaRole.IT_ANALYSIS_DIVISION.isJointResponseDivision()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(NpaRole.class)
    void everyRoleHasJapaneseAndEnglishLabels(NpaRole role) {
        assertThat(role.japaneseLabel()).isNotBlank();
        assertThat(role.englishLabel()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(PoliceDivision.class)
    void everyPoliceDivisionHasJapaneseAndEnglishLabels(PoliceDivision division) {
        assertThat(division.japaneseLabel()).endsWith("部門");
        assertThat(division.englishLabel()).endsWith("division");
    }
}
