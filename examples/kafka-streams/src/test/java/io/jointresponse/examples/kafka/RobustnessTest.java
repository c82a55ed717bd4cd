package io.jointresponse.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.test.ManifestValidation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad records never stop the topology, and every output topic keeps each prefecture's records in
 * the order they came.
 */
class RobustnessTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final byte[] VALID = FixtureManifest.entry("payloads/valid/agreement.json").payload();
    private static final byte[] POISON = "{\"boom\":true}".getBytes(StandardCharsets.UTF_8);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String ruleOf(Header report) {
        return JsonMapper.shared().readTree(report.value()).get("files").get(0).get("findings").get(0).get("rule").asString();
    }

    @Test
    void malformedRecordsGoToTheDeadLettersAndTheNextRecordStillGoesThrough() {
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("not JSON", utf8("{not json"));
        malformed.put("empty", new byte[0]);
        malformed.put("tombstone", null);
        malformed.put("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        malformed.put("nested past the limit", utf8("[".repeat(100_000) + "]".repeat(100_000)));
        malformed.put("a number past the limit", utf8("{\"schemaVersion\":\"1.0\",\"kind\":\"annualReport\",\"year\":" + "7".repeat(10_000) + "}"));
        try (Pipeline pipeline = new Pipeline(ManifestValidation.validator()::validatePayload)) {
            for (Map.Entry<String, byte[]> bad : malformed.entrySet()) {
                pipeline.payloads.pipeInput("27", bad.getValue());
                pipeline.payloads.pipeInput("13", VALID);

                List<TestRecord<String, byte[]>> dead = pipeline.deadLetters.readRecordsToList();
                assertThat(dead).as(bad.getKey()).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("27");
                    assertThat(r.value()).isEqualTo(bad.getValue());
                    assertThat(ruleOf(r.headers().lastHeader(DeadLetterReport.REPORT_HEADER))).isIn("JSON-SYNTAX", "JSON-LIMIT");
                });
                assertThat(pipeline.findings.readRecordsToList()).as(bad.getKey()).isEmpty();
                assertThat(pipeline.valid.readValuesToList()).as("%s, then a valid record", bad.getKey()).containsExactly(VALID);
            }
        }
    }

    @Test
    void aRecordWithoutAKeyIsValidatedLikeAnyOther() {
        try (Pipeline pipeline = new Pipeline(ManifestValidation.validator()::validatePayload)) {
            pipeline.payloads.pipeInput((String) null, utf8("]"));
            pipeline.payloads.pipeInput((String) null, VALID);

            assertThat(pipeline.deadLetters.readRecordsToList()).singleElement().satisfies(r -> assertThat(r.key()).isNull());
            assertThat(pipeline.valid.readRecordsToList()).singleElement().satisfies(r -> assertThat(r.key()).isNull());
        }
    }

    @Test
    void aFailureInsideProcessingSendsTheRecordToTheDeadLettersAndGoesOn() {
        PayloadCheck failsOnPoison = (payload, context) -> {
            if (Arrays.equals(payload, POISON)) {
                throw new IllegalStateException("a defect in the check");
            }
            return ManifestValidation.validator().validatePayload(payload, context);
        };
        try (Pipeline pipeline = new Pipeline(failsOnPoison)) {
            pipeline.payloads.pipeInput("13", POISON);
            pipeline.payloads.pipeInput("13", VALID);

            assertThat(pipeline.deadLetters.readRecordsToList()).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("13");
                assertThat(r.value()).isEqualTo(POISON);
                assertThat(new String(r.headers().lastHeader("__streams.errors.exception").value(), StandardCharsets.UTF_8))
                        .isEqualTo(IllegalStateException.class.getName());
            });
            assertThat(pipeline.valid.readValuesToList()).containsExactly(VALID);
        }
    }

    @Test
    void eachPrefecturesRecordsKeepTheirOrderOnEveryTopic() {
        Prefecture[] prefectures = {Prefecture.TOKYO, Prefecture.OSAKA, Prefecture.ofCode(1)};
        Map<String, List<String>> validIn = new LinkedHashMap<>();
        Map<String, List<String>> deadIn = new LinkedHashMap<>();
        try (Pipeline pipeline = new Pipeline(ManifestValidation.validator()::validatePayload)) {
            for (int i = 0; i < 60; i++) {
                Prefecture prefecture = prefectures[i % prefectures.length];
                String key = prefecture.codeText();
                byte[] payload = i % 5 == 4
                        ? utf8("{\"broken\": " + i)
                        : JSON.write(new Generators(i).agreement(prefecture));
                (i % 5 == 4 ? deadIn : validIn).computeIfAbsent(key, k -> new ArrayList<>()).add(new String(payload, StandardCharsets.UTF_8));
                pipeline.payloads.pipeInput(key, payload);
            }

            assertThat(byKey(pipeline.valid.readRecordsToList())).isEqualTo(validIn);
            assertThat(byKey(pipeline.deadLetters.readRecordsToList())).isEqualTo(deadIn);
        }
    }

    /** Groups values by key, each key's values in the order read, as text so that they compare by content. */
    private static Map<String, List<String>> byKey(List<TestRecord<String, byte[]>> records) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new String(r.value(), StandardCharsets.UTF_8)));
        return byKey;
    }
}
