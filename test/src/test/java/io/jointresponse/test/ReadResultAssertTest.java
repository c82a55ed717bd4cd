package io.jointresponse.test;

import static io.jointresponse.test.JointResponseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.document.Document;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The read-result assertions, on what the strict reader makes of fixture payloads. */
class ReadResultAssertTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    private static final ReadResult<Agreement> AGREEMENT = JSON.read(FixtureManifest.entry("payloads/valid/agreement.json").payload(),
            Agreement.class);
    private static final ReadResult<Document> SYNTAX = JSON.read(FixtureManifest.entry("payloads/invalid/JSON-SYNTAX-missing-comma.json")
            .payload());
    private static final ReadResult<Document> SHAPE = JSON.read(FixtureManifest.entry("payloads/invalid/SHAPE-MISSING-occurred-at.json")
            .payload());

    private static String lines(ReadResult<?> read) {
        return Reports.lines(read.findings());
    }

    @Test
    void passingAssertionsChain() {
        assertThat(AGREEMENT).isValid().hasDocument().hasKind("agreement").hasNoFindings();
        assertThat(SYNTAX).isInvalid().isUnreadable().hasNoDocument().hasOnlyRules("JSON-SYNTAX");
        assertThat(SHAPE).isInvalid().hasNoDocument().hasKind("incidentReport").hasOnlyRules("SHAPE-MISSING")
                .hasFinding("SHAPE-MISSING").at("/occurredAt").isError();
    }

    @Test
    void aReadResultWithoutADocumentIsNotValid() {
        assertThatThrownBy(() -> assertThat(SHAPE).isValid())
                .hasMessage("Expecting the read result to be valid (a document and no ERROR finding), but it has 1 error:\n" + lines(SHAPE));
        assertThatThrownBy(() -> assertThat(AGREEMENT).isInvalid())
                .hasMessage("Expecting the read result to be invalid (no document, or an ERROR finding), but it has no findings.");
    }

    @Test
    void documentAssertionsSayWhatWasRead() {
        assertThatThrownBy(() -> assertThat(SHAPE).hasDocument())
                .hasMessage("Expecting the read result to have a document, but it has none; it has 1 error:\n" + lines(SHAPE));
        assertThatThrownBy(() -> assertThat(AGREEMENT).hasNoDocument())
                .hasMessage("Expecting the read result to have no document, but it has one; it has no findings.");
    }

    @Test
    void onlyJsonThatDoesNotReadIsUnreadable() {
        assertThatThrownBy(() -> assertThat(SHAPE).isUnreadable())
                .hasMessage("Expecting the read result to be unreadable (a JSON-SYNTAX or JSON-LIMIT finding), but it has 1 error:\n"
                        + lines(SHAPE));
    }

    @Test
    void hasKindNamesTheKindRead() {
        assertThatThrownBy(() -> assertThat(AGREEMENT).hasKind("notice"))
                .hasMessage("Expecting the read result to be of kind notice, but it is of kind agreement; it has no findings.");
        assertThatThrownBy(() -> assertThat(JSON.read("[]".getBytes(StandardCharsets.UTF_8))).hasKind("agreement"))
                .hasMessageStartingWith("Expecting the read result to be of kind agreement, but its kind is unknown; it has 1 error:\n");
    }
}
