package io.jointresponse.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.ReaderOptions;
import io.jointresponse.serialization.internal.MixInRegistry;
import io.jointresponse.serialization.internal.WireMapper;
import io.jointresponse.serialization.internal.WireModel;
import io.jointresponse.serialization.internal.WireReader;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationReport;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Byte-level fuzzing of the payload reader and of {@code validatePayload}.
 *
 * <p>Without {@code JAZZER_FUZZ} set, each method runs once per committed input under
 * {@code src/test/resources/io/jointresponse/robustness/PayloadFuzzTestInputs/<method>/} (the
 * canonical payloads and every crash ever found), as part of {@code ./mvnw verify}. With
 * {@code JAZZER_FUZZ=1} one method is fuzzed, guided by coverage of {@code io.jointresponse.**} and
 * {@code tools.jackson.**}; see the README's "Fuzzing" section for the command.
 *
 * <p>The property: no exception escapes, and the result is consistent with itself and with the
 * reader's slow way (the structural walk of every payload).
 */
class PayloadFuzzTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    private static final MixInRegistry REGISTRY = MixInRegistry.standard();
    private static final JsonMapper MAPPER = WireMapper.create(REGISTRY);
    private static final WireReader WALKED = new WireReader(MAPPER, () -> WireModel.introspect(MAPPER, REGISTRY), false);

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.builder()
            .clock(Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .locale(Locale.ENGLISH)
            .build();

    @FuzzTest(maxDuration = "5m")
    void readerNeverThrowsAndIsConsistent(byte[] payload) {
        ReadResult<Document> read = JSON.read(payload);
        checkFindings(read.findings());
        // A strict read binds a well-formed payload straight from its bytes and walks the tree only
        // when that fails: a reader that walks every payload must give the same outcome.
        WireReader.Outcome walked = WALKED.read(payload, null, null, ReaderOptions.strict());
        assertThat(read.document().orElse(null)).isEqualTo(walked.document);
        assertThat(read.kind().orElse(null)).isEqualTo(walked.kind);
        assertThat(read.findings()).isEqualTo(walked.findings);
        if (read.isValid()) {
            Document document = read.document().orElseThrow();
            assertThat(read.kind()).isPresent();
            assertThat(read.kind().orElseThrow().type()).isInstanceOf(Class.class);
            assertThat(read.kind().orElseThrow().type().isInstance(document)).isTrue();
            byte[] written = JSON.write(document);
            ReadResult<Document> again = JSON.read(written);
            assertThat(again.isValid()).as("a valid document written is read back valid").isTrue();
            assertThat(again.document()).contains(document);
            assertThat(JSON.write(again.document().orElseThrow())).isEqualTo(written);
        }
        if (read.findings().stream().anyMatch(f -> f.ruleId().startsWith("JSON-"))) {
            assertThat(read.document()).isEmpty();
            assertThat(read.findings()).hasSize(1);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void validatePayloadNeverThrowsAndIsConsistent(byte[] payload) {
        ValidationReport report = VALIDATOR.validatePayload(payload);
        checkFindings(report.findings());
        ReadResult<Document> read = JSON.read(payload);
        assertThat(report.document().isPresent()).isEqualTo(read.document().isPresent());
        if (report.isValid()) {
            assertThat(report.document()).isPresent();
            assertThat(report.errors()).isEmpty();
        }
        // Every structural finding of the reader is in the report, or replaced by NTC-001 at its pointer.
        for (Finding f : read.findings()) {
            assertThat(report.findings().contains(f)
                    || report.findings().stream().anyMatch(r -> r.ruleId().equals("NTC-001") && r.pointer().equals(f.pointer())))
                    .as("reader finding %s kept in the report", f.ruleId()).isTrue();
        }
        assertThat(VALIDATOR.validatePayload(payload).findings()).isEqualTo(report.findings());
    }

    private static void checkFindings(List<Finding> findings) {
        for (Finding f : findings) {
            assertThat(f.ruleId()).isNotBlank();
            assertThat(f.pointer()).isNotNull();
            assertThat(f.message()).isNotBlank();
            assertThat(f.severity()).isNotNull();
        }
    }
}
