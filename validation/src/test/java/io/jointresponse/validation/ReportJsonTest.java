package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.fixtures.FixtureManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of validation results: its exact layout, its counts and its exit code. */
class ReportJsonTest {

    private static final Finding ERROR = Finding.of("AGR-004", Severity.ERROR, JsonPointer.of("reportableCrimes"),
            "No reportable crime is agreed.", "A §3");
    private static final Finding WARNING = Finding.of("INV-002", Severity.WARNING, JsonPointer.root(),
            "Say \"why\"\\here.\nNext line\u0001.", "A §4(2)");

    @Test
    void streamsEveryDocumentThenTheSummaryInThisExactLayout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson json = ReportJson.writer(out);
        json.document("a.json", List.of(), false);
        json.document("b.json:2", List.of(ERROR, WARNING), false);
        json.document("c.json", List.of(Finding.of("JSON-SYNTAX", Severity.ERROR, JsonPointer.root(), "Not JSON.", "wire format")), true);
        int exitCode = json.finish().exitCode();

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"files\":["
                + "{\"file\":\"a.json\",\"valid\":true,\"unreadable\":false,\"notices\":[],\"findings\":[],\"notChecked\":[]},"
                + "{\"file\":\"b.json:2\",\"valid\":false,\"unreadable\":false,\"notices\":[],\"findings\":["
                + "{\"rule\":\"AGR-004\",\"severity\":\"ERROR\",\"pointer\":\"/reportableCrimes\",\"message\":\"No reportable crime is agreed.\",\"clause\":\"A §3\",\"basis\":\"NOTICE\"},"
                + "{\"rule\":\"INV-002\",\"severity\":\"WARNING\",\"pointer\":\"\",\"message\":\"Say \\\"why\\\"\\\\here.\\nNext line\\u0001.\",\"clause\":\"A §4(2)\",\"basis\":\"NOTICE\"}],\"notChecked\":[]},"
                + "{\"file\":\"c.json\",\"valid\":false,\"unreadable\":true,\"notices\":[],\"findings\":["
                + "{\"rule\":\"JSON-SYNTAX\",\"severity\":\"ERROR\",\"pointer\":\"\",\"message\":\"Not JSON.\",\"clause\":\"wire format\",\"basis\":\"WIRE_FORMAT\"}],\"notChecked\":[]}],"
                + "\"summary\":{\"documents\":3,\"valid\":1,\"invalid\":1,\"unreadable\":1,\"errors\":2,\"warnings\":1,\"notFullyChecked\":0,\"exitCode\":2}}\n");
    }

    @Test
    void warningsAloneLeaveADocumentValidAndTheExitCodeZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson json = ReportJson.writer(out);
        json.document("a.json", List.of(WARNING), false);

        assertThat(json.finish().exitCode()).isZero();
        JsonNode tree = JsonMapper.shared().readTree(out.toByteArray());
        assertThat(tree.get("files").get(0).get("valid").asBoolean()).isTrue();
        assertThat(tree.get("summary").get("warnings").asInt()).isEqualTo(1);
        assertThat(tree.get("summary").get("exitCode").asInt()).isZero();
    }

    @Test
    void anErrorMakesTheExitCodeOne() {
        ReportJson json = ReportJson.writer(new ByteArrayOutputStream());
        json.document("a.json", List.of(), false);
        json.document("b.json", List.of(ERROR), false);

        assertThat(json.finish().exitCode()).isEqualTo(1);
    }

    @Test
    void oneReportIsTheJsonOfThatDocumentAlone() {
        ValidationReport report = JointResponseValidator.builder().clock(FixtureManifest.CLOCK).build()
                .validatePayload(FixtureManifest.entry("payloads/invalid/PRV-001-released-without-hindrance-check.json").payload());

        JsonNode tree = JsonMapper.shared().readTree(ReportJson.of("topic-0@7", report));

        assertThat(tree.get("files")).hasSize(1);
        JsonNode file = tree.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("topic-0@7");
        assertThat(file.get("valid").asBoolean()).isFalse();
        assertThat(file.get("unreadable").asBoolean()).isFalse();
        assertThat(file.get("findings")).hasSize(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            JsonNode written = file.get("findings").get(i);
            assertThat(written.get("rule").asString()).isEqualTo(f.ruleId());
            assertThat(written.get("severity").asString()).isEqualTo(f.severity().name());
            assertThat(written.get("pointer").asString()).isEqualTo(f.pointer().toString());
            assertThat(written.get("message").asString()).isEqualTo(f.message());
            assertThat(written.get("clause").asString()).isEqualTo(f.clause());
        }
        assertThat(tree.get("summary").get("invalid").asInt()).isEqualTo(1);
        assertThat(tree.get("summary").get("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void aPayloadThatIsNotJsonIsUnreadable() {
        ValidationReport report = JointResponseValidator.create().validatePayload("{\"kind\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(report.isUnreadable()).isTrue();
        JsonNode tree = JsonMapper.shared().readTree(ReportJson.of("x", report));
        assertThat(tree.get("files").get(0).get("unreadable").asBoolean()).isTrue();
        assertThat(tree.get("files").get(0).get("valid").asBoolean()).isFalse();
        assertThat(tree.get("summary").get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void aDocumentWithShapeErrorsIsInvalidButNotUnreadable() {
        ValidationReport report = JointResponseValidator.create()
                .validatePayload(FixtureManifest.entry("payloads/invalid/SHAPE-MISSING-occurred-at.json").payload());

        assertThat(report.isUnreadable()).isFalse();
        assertThat(report.document()).isEmpty();
    }

    @Test
    void finishingNeverClosesTheCallersStream() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ReportJson.writer(out).finish();

        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"files\":[],\"summary\":{\"documents\":0,\"valid\":0,\"invalid\":0,\"unreadable\":0,\"errors\":0,\"warnings\":0,\"notFullyChecked\":0,\"exitCode\":0}}\n");
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        ReportJson json = ReportJson.writer(broken);
        json.document("a.json", List.of(ERROR), false);

        assertThatThrownBy(json::finish).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    }
}
