package io.jointresponse.core.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrimeTypeTest {

    @ParameterizedTest
    @EnumSource(value = CrimeType.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void cataloguedCrimesHaveLabelsAndALegalBasis(CrimeType type) {
        assertThat(type.isCatalogued()).isTrue();
        assertThat(type.japaneseLabel()).isNotBlank();
        assertThat(type.englishLabel()).isNotBlank();
        assertThat(type.legalBasis()).hasValueSatisfying(basis -> assertThat(basis).isNotBlank());
    }

    @Test
    void otherHasLabelsButNoLegalBasis() {
        assertThat(CrimeType.OTHER.isCatalogued()).isFalse();
        assertThat(CrimeType.OTHER.japaneseLabel()).isEqualTo("その他");
        assertThat(CrimeType.OTHER.englishLabel()).isNotBlank();
        assertThat(CrimeType.OTHER.legalBasis()).isEmpty();
    }

    @Test
    void theCatalogueIsTheFourCrimesTheNoticeNames() {
        assertThat(Arrays.stream(CrimeType.values()).filter(CrimeType::isCatalogued)).containsExactly(
                CrimeType.UNAUTHORIZED_ACCESS, CrimeType.DOS_ATTACK, CrimeType.MALWARE_USE, CrimeType.PHISHING);
    }

    @Test
    void labelsAndLegalBasisAsTheNoticeAndTheLawWriteThem() {
        assertThat(CrimeType.UNAUTHORIZED_ACCESS.japaneseLabel()).isEqualTo("不正アクセス行為");
        assertThat(CrimeType.DOS_ATTACK.japaneseLabel()).isEqualTo("DoS攻撃");
        assertThat(CrimeType.MALWARE_USE.japaneseLabel()).isEqualTo("不正指令電磁的記録の供用行為");
        assertThat(CrimeType.PHISHING.japaneseLabel()).isEqualTo("フィッシング行為");
        assertThat(CrimeType.UNAUTHORIZED_ACCESS.legalBasis()).hasValueSatisfying(b -> assertThat(b).contains("第3条"));
        assertThat(CrimeType.DOS_ATTACK.legalBasis()).hasValueSatisfying(b -> assertThat(b).contains("第234条の2"));
        assertThat(CrimeType.MALWARE_USE.legalBasis()).hasValueSatisfying(b -> assertThat(b).contains("第168条の2"));
        assertThat(CrimeType.PHISHING.legalBasis()).hasValueSatisfying(b -> assertThat(b).contains("第7条"));
    }
}
