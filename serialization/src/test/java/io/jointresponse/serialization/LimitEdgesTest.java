package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every limit of the reader (README, "Limits") exactly at its value and one past it: at the limit
 * nothing is said about the limit, past it there is one {@code JSON-LIMIT} finding and no document.
 */
class LimitEdgesTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    private static List<String> ruleIds(String json) {
        return ruleIds(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ruleIds(byte[] json) {
        return JSON.read(json).findings().stream().map(Finding::ruleId).toList();
    }

    private static void assertLimit(String json, String what) {
        ReadResult<Document> read = JSON.read(json);
        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).extracting(Finding::ruleId).containsExactly("JSON-LIMIT");
        assertThat(read.findings().get(0).message()).contains(what);
    }

    /** An agreement with an extra property {@code x} holding {@code depth - 1} nested arrays. */
    private static String nested(int depth) {
        String prefix = StrictnessTest.agreementWith(t -> { });
        return prefix.substring(0, prefix.length() - 1) + ",\"x\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    void nestingDepthOf64IsReadAnd65IsALimit() {
        assertThat(ruleIds(nested(64))).containsExactly("SHAPE-UNKNOWN");
        assertLimit(nested(65), "nesting deeper than 64 levels");
    }

    @Test
    void stringOfOneMebibyteIsReadAndOneMoreCharacterIsALimit() {
        assertThat(JSON.read(StrictnessTest.agreementWith(t -> t.put("id", "x".repeat(1 << 20)))).isValid()).isTrue();
        assertLimit(StrictnessTest.agreementWith(t -> t.put("id", "x".repeat((1 << 20) + 1))), "a string longer than 1048576 characters");
        // Characters, not bytes: a mebibyte of three-byte characters is still within the limit.
        assertThat(JSON.read(StrictnessTest.agreementWith(t -> t.put("id", "漢".repeat(1 << 20)))).isValid()).isTrue();
    }

    @Test
    void numberOf100CharactersIsReadAnd101IsALimit() {
        // 100 digits read as a number, then fail as an int: a shape finding, not a limit.
        assertThat(ruleIds(StrictnessTest.annualReportWith("inForceTotal", "1".repeat(100)))).containsExactly("SHAPE-TYPE");
        assertLimit(StrictnessTest.annualReportWith("inForceTotal", "1".repeat(101)), "a number longer than 100 characters");
        assertThat(ruleIds(StrictnessTest.annualReportWith("inForceTotal", "-" + "1".repeat(99)))).containsExactly("SHAPE-TYPE");
    }

    @Test
    void propertyNameOf256CharactersIsReadAnd257IsALimit() {
        assertThat(ruleIds(StrictnessTest.agreementWith(t -> t.put("n".repeat(256), 1)))).containsExactly("SHAPE-UNKNOWN");
        assertLimit(StrictnessTest.agreementWith(t -> t.put("n".repeat(257), 1)), "a property name longer than 256 characters");
    }

    @Test
    void documentOf16MebibytesIsReadAndOneMoreByteIsALimit() {
        byte[] doc = StrictnessTest.agreementWith(t -> { }).getBytes(StandardCharsets.UTF_8);
        byte[] atLimit = Arrays.copyOf(doc, 16 << 20);
        Arrays.fill(atLimit, doc.length, atLimit.length, (byte) ' ');
        assertThat(JSON.read(atLimit).isValid()).isTrue();
        byte[] pastLimit = Arrays.copyOf(atLimit, (16 << 20) + 1);
        pastLimit[pastLimit.length - 1] = ' ';
        ReadResult<Document> read = JSON.read(pastLimit);
        assertThat(read.findings()).extracting(Finding::ruleId).containsExactly("JSON-LIMIT");
        assertThat(read.findings().get(0).message()).contains("16777216 bytes");
    }

    /** An agreement with an extra array of {@code n} zeros: {@code n + 9} tokens in all. */
    private static String tokens(int n) {
        String prefix = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"x\":[";
        return prefix + "0,".repeat(n - 1) + "0]}";
    }

    @Test
    void aMillionTokensAreReadAndOneMoreIsALimit() {
        assertThat(ruleIds(tokens(100_000 - 9))).doesNotContain("JSON-LIMIT", "JSON-SYNTAX");
        assertLimit(tokens(100_000 - 8), "more than 100000 tokens");
    }

    private static String unknownProperties(int count) {
        ObjectNode tree = JSON.writeTree(Samples.minimalAgreement());
        for (int i = 0; i < count; i++) {
            tree.put("unknown" + i, i);
        }
        return tree.toString();
    }

    @Test
    void aThousandFindingsAreReportedAndTheNextStopsTheWalk() {
        List<String> atLimit = ruleIds(unknownProperties(1000));
        assertThat(atLimit).hasSize(1000).containsOnly("SHAPE-UNKNOWN");
        List<String> pastLimit = ruleIds(unknownProperties(1001));
        assertThat(pastLimit).hasSize(1001).endsWith("JSON-LIMIT");
        assertThat(pastLimit.subList(0, 1000)).containsOnly("SHAPE-UNKNOWN");
    }
}
