package io.jointresponse.core.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionMethodTest {

    @Test
    void theMethodsThatSpareTheBusinessCarryTheirLegalBasis() {
        assertThat(CollectionMethod.COPY_INSTEAD_OF_SEIZURE.japaneseLabel()).isEqualTo("電磁的記録に係る記録媒体の差押えに代わる処分");
        assertThat(CollectionMethod.COPY_INSTEAD_OF_SEIZURE.legalBasis()).contains("刑事訴訟法第110条の2");
        assertThat(CollectionMethod.PRESERVATION_REQUEST.japaneseLabel()).isEqualTo("通信履歴の保全要請");
        assertThat(CollectionMethod.PRESERVATION_REQUEST.legalBasis()).contains("刑事訴訟法第197条第3項");
        assertThat(CollectionMethod.REMOTE_ACCESS_COPY.japaneseLabel()).isEqualTo("リモートアクセスによる複写");
        assertThat(CollectionMethod.REMOTE_ACCESS_COPY.legalBasis()).contains("刑事訴訟法第218条第2項");
    }

    @Test
    void exactlyThoseThreeSpareTheBusinessByDesign() {
        for (CollectionMethod method : CollectionMethod.values()) {
            boolean sparing = method == CollectionMethod.COPY_INSTEAD_OF_SEIZURE || method == CollectionMethod.PRESERVATION_REQUEST
                    || method == CollectionMethod.REMOTE_ACCESS_COPY;
            assertThat(method.sparesBusinessByDesign()).as(method.name()).isEqualTo(sparing);
        }
    }

    @Test
    void everyMethodButOtherHasALegalBasisAndEveryOneHasLabels() {
        for (CollectionMethod method : CollectionMethod.values()) {
            assertThat(method.legalBasis().isPresent()).as(method.name()).isEqualTo(method != CollectionMethod.OTHER);
            assertThat(method.japaneseLabel()).isNotBlank();
            assertThat(method.englishLabel()).isNotBlank();
        }
    }
}
