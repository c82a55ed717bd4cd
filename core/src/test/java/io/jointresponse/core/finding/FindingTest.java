package io.jointresponse.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void buildsWithEveryField() {
        Finding f = Finding.of("AGR-001", Severity.ERROR, JsonPointer.of("partner", "sector"), "msg", "A §1");
        assertThat(f.isError()).isTrue();
        assertThat(f.pointer()).hasToString("/partner/sector");
    }

    @Test
    void missingFieldIsNamedInTheError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Finding.builder().ruleId("AGR-001").severity(Severity.WARNING).build())
                .withMessageContaining("pointer")
                .withMessageContaining("message")
                .withMessageContaining("clause");
    }

    @Test
    void rejectsRuleIdOutsideTheIdForm() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Finding.of("agr 1", Severity.ERROR, JsonPointer.root(), "m", "A §1"))
                .withMessageContaining("agr 1");
    }

    @Test
    void warningIsNotAnError() {
        assertThat(Finding.of("SHAPE-UNKNOWN", Severity.WARNING, JsonPointer.root(), "m", "wire format").isError()).isFalse();
    }
}
