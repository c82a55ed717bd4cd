package io.jointresponse.test;

import static io.jointresponse.test.JointResponseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import org.junit.jupiter.api.Test;

/** The assertions on one finding, with their exact messages, the finding's line spelled out in full. */
class FindingAssertTest {

    private static final Finding AT_ROOT = Finding.of("JC3-002", Severity.WARNING, JsonPointer.root(),
            "Disclosed with a recorded exception: 100% sure?", "B §3(2)");
    private static final Finding NESTED = Finding.of("AGR-004", Severity.ERROR, JsonPointer.of("reportableCrimes", "0", "description"),
            "An agreed crime outside the catalogue needs its agreed description.", "A §3");

    @Test
    void passingAssertionsChain() {
        assertThat(NESTED).at("/reportableCrimes/0/description").isError().withSeverity(Severity.ERROR)
                .hasRuleId("AGR-004").hasClause("A §3").hasMessageContaining("agreed description");
        assertThat(AT_ROOT).at("").isWarning();
    }

    @Test
    void atFailsSayingWhereTheFindingIs() {
        assertThatThrownBy(() -> assertThat(NESTED).at("/reportableCrimes/1/description"))
                .hasMessage("Expecting a finding of AGR-004 at /reportableCrimes/1/description, but it is at /reportableCrimes/0/description;"
                        + " the findings are:\n"
                        + "  ERROR   AGR-004 at /reportableCrimes/0/description: An agreed crime outside the catalogue needs its agreed description. [A §3]");
    }

    @Test
    void severityFailuresUseTheRightArticle() {
        assertThatThrownBy(() -> assertThat(AT_ROOT).isError())
                .hasMessage("Expecting the finding of JC3-002 at (root) to be an ERROR, but it is a WARNING; the findings are:\n"
                        + "  WARNING JC3-002 at (root): Disclosed with a recorded exception: 100% sure? [B §3(2)]");
        assertThatThrownBy(() -> assertThat(NESTED).isWarning())
                .hasMessageStartingWith("Expecting the finding of AGR-004 at /reportableCrimes/0/description to be a WARNING, but it is an ERROR;");
    }

    @Test
    void ruleClauseAndMessageFailuresNameWhatWasExpected() {
        assertThatThrownBy(() -> assertThat(AT_ROOT).hasRuleId("JC3-001"))
                .hasMessage("Expecting the finding of JC3-002 at (root) to be of rule JC3-001; the findings are:\n"
                        + "  WARNING JC3-002 at (root): Disclosed with a recorded exception: 100% sure? [B §3(2)]");
        assertThatThrownBy(() -> assertThat(AT_ROOT).hasClause("B §3(1)"))
                .hasMessage("Expecting the finding of JC3-002 at (root) to cite \"B §3(1)\", but it cites \"B §3(2)\"; the findings are:\n"
                        + "  WARNING JC3-002 at (root): Disclosed with a recorded exception: 100% sure? [B §3(2)]");
        assertThatThrownBy(() -> assertThat(AT_ROOT).hasMessageContaining("consent"))
                .hasMessage("Expecting the message of the finding of JC3-002 at (root) to contain \"consent\"; the findings are:\n"
                        + "  WARNING JC3-002 at (root): Disclosed with a recorded exception: 100% sure? [B §3(2)]");
    }

    @Test
    void aPointerThatIsNotAPointerIsAMistakeOfTheTest() {
        assertThatThrownBy(() -> assertThat(NESTED).at("reportableCrimes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullFindingIsRefused() {
        assertThatThrownBy(() -> assertThat((Finding) null).isError()).hasMessageContaining("Expecting actual not to be null");
    }
}
