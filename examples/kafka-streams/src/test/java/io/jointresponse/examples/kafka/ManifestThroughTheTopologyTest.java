package io.jointresponse.examples.kafka;

import static io.jointresponse.test.JointResponseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.test.ManifestSource;
import io.jointresponse.test.ManifestValidation;
import io.jointresponse.validation.ReportJson;
import io.jointresponse.validation.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every payload of the fixtures' manifest goes through the topology and comes out on the right
 * topic: a valid document on the valid topic as it went in; the report of a document with findings
 * on the findings topic, byte for byte what {@code jointresponse validate --format json} prints for
 * it, with the manifest's rule ids; unreadable input on the dead-letter topic as it went in, its
 * report in a header. The agreements table holds exactly the records the entry names, as the
 * manifest's expectations assume.
 */
class ManifestThroughTheTopologyTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final String KEY = "13";

    private static Pipeline pipeline;
    private static long nextOffset;
    private static final Set<String> agreementsInTable = new HashSet<>();

    @BeforeAll
    static void start() {
        pipeline = new Pipeline(ManifestValidation.validator()::validatePayload);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    /** Makes the agreements table hold exactly the entry's records. */
    private static void tableOf(ManifestEntry entry) {
        Set<String> wanted = new HashSet<>();
        for (byte[] record : entry.agreementPayloads()) {
            Agreement agreement = JSON.read(record, Agreement.class).document().orElseThrow();
            wanted.add(agreement.id());
            pipeline.agreements.pipeInput(agreement.id(), record);
        }
        for (String id : agreementsInTable) {
            if (!wanted.contains(id)) {
                pipeline.agreements.pipeInput(id, null);
            }
        }
        agreementsInTable.clear();
        agreementsInTable.addAll(wanted);
    }

    @ParameterizedTest
    @ManifestSource
    void eachEntryComesOutOnItsTopic(ManifestEntry entry) {
        ValidationReport expected = ManifestValidation.validate(entry);
        assertThat(expected).hasOnlyRules(entry.expectedRuleIds());
        String source = Pipeline.TOPICS.payloads() + "-0@" + nextOffset++;
        tableOf(entry);

        pipeline.payloads.pipeInput(KEY, entry.payload());

        List<TestRecord<String, byte[]>> valid = pipeline.valid.readRecordsToList();
        List<TestRecord<String, byte[]>> findings = pipeline.findings.readRecordsToList();
        List<TestRecord<String, byte[]>> deadLetters = pipeline.deadLetters.readRecordsToList();
        if (entry.isUnreadable()) {
            assertThat(valid).as("valid").isEmpty();
            assertThat(findings).as("findings").isEmpty();
            assertThat(deadLetters).as("dead letters").singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(KEY);
                assertThat(r.value()).isEqualTo(entry.payload());
                Header report = r.headers().lastHeader(DeadLetterReport.REPORT_HEADER);
                assertThat(report.value()).isEqualTo(ReportJson.of(source, expected));
                assertThat(ruleIds(report.value())).isEqualTo(entry.expectedRuleIds());
            });
            return;
        }
        assertThat(deadLetters).as("dead letters").isEmpty();
        if (expected.isValid()) {
            assertThat(valid).as("valid").singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(KEY);
                assertThat(r.value()).isEqualTo(entry.payload());
            });
        } else {
            assertThat(valid).as("valid").isEmpty();
        }
        if (entry.isValid()) {
            assertThat(findings).as("findings").isEmpty();
        } else {
            assertThat(findings).as("findings").singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(KEY);
                assertThat(r.value()).isEqualTo(ReportJson.of(source, expected));
                assertThat(ruleIds(r.value())).isEqualTo(entry.expectedRuleIds());
            });
        }
    }

    /** Reads the rule ids out of a report's JSON, apart from the code that wrote it. */
    private static Set<String> ruleIds(byte[] reportJson) {
        JsonNode files = JsonMapper.shared().readTree(reportJson).get("files");
        assertThat(files).hasSize(1);
        Set<String> ids = new TreeSet<>();
        files.get(0).get("findings").forEach(f -> ids.add(f.get("rule").asString()));
        return ids;
    }
}
