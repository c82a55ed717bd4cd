package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.Contact;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.serialization.internal.MixInRegistry;
import io.jointresponse.serialization.internal.WireMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader is strict by default: each way a payload can bend the format is rejected, both by the
 * structural walk (as findings) and by the Jackson mapper underneath (as a second line of defence).
 */
class StrictnessTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    /** A valid annual report with one value replaced by raw JSON text. */
    static String annualReportWith(String property, String rawValue) {
        ObjectNode tree = JSON.writeTree(Samples.minimalAnnualReport());
        tree.remove(property);
        String text = tree.toString();
        return text.substring(0, text.length() - 1) + ",\"" + property + "\":" + rawValue + "}";
    }

    /** A valid agreement, changed. */
    static String agreementWith(Consumer<ObjectNode> change) {
        ObjectNode tree = JSON.writeTree(Samples.fullAgreement());
        change.accept(tree);
        return tree.toString();
    }

    static Finding onlyFinding(String json) {
        ReadResult<Document> read = JSON.read(json);
        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).hasSize(1);
        Finding f = read.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.clause()).isEqualTo("wire format");
        return f;
    }

    static void assertOnly(String json, String ruleId, String pointer) {
        Finding f = onlyFinding(json);
        assertThat(f.ruleId()).isEqualTo(ruleId);
        assertThat(f.pointer()).isEqualTo(JsonPointer.parse(pointer));
    }

    @Nested
    class AsFindings {

        @Test
        void rejectsAnUnknownProperty() {
            assertOnly(agreementWith(t -> ((ObjectNode) t.get("partner")).put("nickname", "x")), "SHAPE-UNKNOWN", "/partner/nickname");
            assertOnly(agreementWith(t -> t.put("extra", 1)), "SHAPE-UNKNOWN", "/extra");
        }

        @Test
        void rejectsDuplicateKeys() {
            String json = agreementWith(t -> { });
            String duplicated = json.replaceFirst("\"id\":\"AGR-13-0001\"", "\"id\":\"AGR-13-0001\",\"id\":\"AGR-13-0002\"");
            Finding f = onlyFinding(duplicated);
            assertThat(f.ruleId()).isEqualTo("JSON-SYNTAX");
            assertThat(f.message()).contains("appears twice").doesNotContain("AGR-13-0002");
        }

        @Test
        void rejectsTrailingTokens() {
            Finding f = onlyFinding(agreementWith(t -> { }) + " {}");
            assertThat(f.ruleId()).isEqualTo("JSON-SYNTAX");
            assertThat(f.message()).contains("content follows the end of the document");
            assertThat(onlyFinding(agreementWith(t -> { }) + " x").ruleId()).isEqualTo("JSON-SYNTAX");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024.0", "2024.5", "2.024e3", "\"2024\"", "true", "null", "[2024]", "{}", "99999999999", "-2147483649"})
        void rejectsAnythingButAnIntegerForAnInt(String raw) {
            assertOnly(annualReportWith("inForceTotal", raw), "SHAPE-TYPE", "/inForceTotal");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2147483647", "-2147483648", "0"})
        void acceptsTheWholeIntRange(String raw) {
            ReadResult<AnnualReport> read = JSON.read(annualReportWith("inForceTotal", raw), AnnualReport.class);
            assertThat(read.findings()).isEmpty();
            assertThat(read.document().orElseThrow().inForceTotal()).contains(Integer.parseInt(raw));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12", "12.5", "true", "null", "[\"a\"]", "{\"a\":1}"})
        void rejectsAnythingButAStringForAString(String raw) {
            assertOnly(agreementWith(t -> t.set("id", JsonMapper.shared().readTree(raw))), "SHAPE-TYPE", "/id");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"tokyo\"", "\"Tokyo\"", "\"13\"", "13", "\" TOKYO\"", "null", "true"})
        void rejectsAnEnumNameOtherThanExact(String raw) {
            Finding f = onlyFinding(agreementWith(t -> t.set("prefecture", JsonMapper.shared().readTree(raw))));
            assertThat(f.ruleId()).isEqualTo("SHAPE-TYPE");
            assertThat(f.pointer()).isEqualTo(JsonPointer.of("prefecture"));
            assertThat(f.message()).contains("HOKKAIDO", "TOKYO", "OKINAWA");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "\"true\"", "0", "null", "\"\""})
        void rejectsAnythingButABooleanForABoolean(String raw) {
            assertOnly(agreementWith(t -> ((ObjectNode) t.get("partner")).set("securityDivisionChannel", JsonMapper.shared().readTree(raw))),
                    "SHAPE-TYPE", "/partner/securityDivisionChannel");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2019/04/01\"", "\"20190401\"", "\"2019-02-30\"", "\"2019-4-1\"", "\"2019-04-01T00:00:00+09:00\"",
            "\"\"", "1554076800", "[2019,4,1]", "null"})
        void rejectsADateThatIsNotAnIsoCalendarDate(String raw) {
            assertOnly(agreementWith(t -> t.set("concludedOn", JsonMapper.shared().readTree(raw))), "SHAPE-TYPE", "/concludedOn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2024-05-01T09:30:00\"", "\"2024-05-01\"", "\"2024-05-01 09:30:00+09:00\"", "\"2024-05-01T25:00:00+09:00\"",
            "\"2024-05-01T09:30:00+0900X\"", "1714523400", "\"\"", "null"})
        void rejectsADateTimeWithoutOffsetOrNotIso(String raw) {
            ObjectNode tree = JSON.writeTree(Samples.minimalIncidentReport());
            tree.set("occurredAt", JsonMapper.shared().readTree(raw));
            assertOnly(tree.toString(), "SHAPE-TYPE", "/occurredAt");
        }

        @Test
        void rejectsNullForAnOptionalAndForAnElement() {
            assertOnly(agreementWith(t -> t.putNull("concludedOn")), "SHAPE-TYPE", "/concludedOn");
            assertOnly(agreementWith(t -> ((tools.jackson.databind.node.ArrayNode) t.get("amendedOn")).addNull()), "SHAPE-TYPE", "/amendedOn/2");
            assertOnly(agreementWith(t -> t.putNull("reportableCrimes")), "SHAPE-TYPE", "/reportableCrimes");
            assertOnly(agreementWith(t -> t.putNull("partner")), "SHAPE-TYPE", "/partner");
        }

        @Test
        void rejectsASingleValueWhereAnArrayIsExpected() {
            assertOnly(agreementWith(t -> t.put("amendedOn", "2020-04-01")), "SHAPE-TYPE", "/amendedOn");
        }

        @Test
        void rejectsARepeatedElementOfASet() {
            ObjectNode tree = JSON.writeTree(Samples.fullIncidentReport());
            ((tools.jackson.databind.node.ArrayNode) tree.get("sharedWith")).add("SECURITY");
            assertOnly(tree.toString(), "SHAPE-TYPE", "/sharedWith/2");
        }

        @Test
        void rejectsAMapKeyOutsideTheEnum() {
            ObjectNode tree = JSON.writeTree(Samples.fullAnnualReport());
            ((ObjectNode) tree.get("inForceBySector")).put("BANKS", 1);
            assertOnly(tree.toString(), "SHAPE-TYPE", "/inForceBySector/BANKS");
            ((ObjectNode) tree.get("inForceBySector")).remove("BANKS");
            ((ObjectNode) tree.get("inForceBySector")).put("OTHER", "5");
            assertOnly(tree.toString(), "SHAPE-TYPE", "/inForceBySector/OTHER");
        }

        @Test
        void rejectsARootThatIsNotAnObject() {
            for (String json : List.of("[]", "\"agreement\"", "42", "null", "true")) {
                assertOnly(json, "SHAPE-TYPE", "");
            }
        }

        @Test
        void rejectsAnEmptyPayloadAsASyntaxError() {
            assertOnly("", "JSON-SYNTAX", "");
            assertOnly("   \n ", "JSON-SYNTAX", "");
        }

        @Test
        void rejectsJsonExtensionsJacksonCouldAllow() {
            for (String json : List.of("{'schemaVersion':'1.0'}", "{schemaVersion:\"1.0\"}", "{\"a\":1,}", "{\"a\":NaN}",
                    "{\"a\":01}", "{/*c*/\"a\":1}", "{\"a\":\"\t\"}")) {
                assertThat(onlyFinding(json).ruleId()).as(json).isEqualTo("JSON-SYNTAX");
            }
        }
    }

    @Nested
    class Limits {

        @Test
        void rejectsNestingDeeperThan64() {
            String deep = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
            Finding f = onlyFinding(deep);
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("nesting deeper than 64 levels").contains("line 1, column");
            String ok = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"x\":" + "[".repeat(62) + "]".repeat(62) + "}";
            assertThat(JSON.read(ok).findings()).extracting(Finding::ruleId).doesNotContain("JSON-LIMIT");
        }

        @Test
        void rejectsAStringLongerThanOneMebibyte() {
            Finding f = onlyFinding(agreementWith(t -> t.put("id", "x".repeat((1 << 20) + 1))));
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("a string longer than 1048576 characters");
            assertThat(JSON.read(agreementWith(t -> t.put("id", "x".repeat(1 << 20)))).isValid()).isTrue();
        }

        @Test
        void rejectsANumberLongerThan100Characters() {
            Finding f = onlyFinding(annualReportWith("inForceTotal", "1".repeat(101)));
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("a number longer than 100 characters");
        }

        @Test
        void rejectsAPropertyNameLongerThan256Characters() {
            Finding f = onlyFinding(agreementWith(t -> t.put("n".repeat(257), 1)));
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("a property name longer than 256 characters");
        }

        @Test
        void rejectsADocumentLongerThan16Mebibytes() {
            byte[] big = new byte[(16 << 20) + 1];
            java.util.Arrays.fill(big, (byte) ' ');
            Finding f = onlyFinding(new String(big, StandardCharsets.UTF_8));
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("longer than 16777216 bytes");
        }

        @Test
        void rejectsMoreThanAHundredThousandTokens() {
            String many = "{\"schemaVersion\":\"1.0\",\"kind\":\"agreement\",\"x\":[" + "0,".repeat(100_000) + "0]}";
            Finding f = onlyFinding(many);
            assertThat(f.ruleId()).isEqualTo("JSON-LIMIT");
            assertThat(f.message()).contains("more than 100000 tokens");
        }

        @Test
        void stopsAfterAThousandFindings() {
            ObjectNode tree = JSON.writeTree(Samples.minimalAgreement());
            for (int i = 0; i < 1500; i++) {
                tree.put("unknown" + i, i);
            }
            ReadResult<Document> read = JSON.read(tree.toString());
            assertThat(read.findings()).hasSize(1001);
            assertThat(read.findings().get(1000).ruleId()).isEqualTo("JSON-LIMIT");
        }
    }

    /** The mapper underneath rejects the same things on its own, had the walk missed one. */
    @Nested
    class InTheMapper {

        private final JsonMapper mapper = WireMapper.create(MixInRegistry.standard());

        private void rejects(String json, Class<?> type) {
            assertThatThrownBy(() -> mapper.readValue(json, type)).as(json).isInstanceOf(JacksonException.class);
        }

        @Test
        void bindsAValidValue() {
            assertThat(mapper.readValue("{\"type\":\"JC3\",\"name\":\"JC3\"}", Recipient.class).name()).isEqualTo("JC3");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"type\":\"JC3\",\"name\":12}",
            "{\"type\":\"JC3\",\"name\":12.5}",
            "{\"type\":\"JC3\",\"name\":true}",
            "{\"type\":\"JC3\",\"name\":[\"x\"]}",
            "{\"type\":\"\",\"name\":\"x\"}",
            "{\"type\":\"jc3\",\"name\":\"x\"}",
            "{\"type\":4,\"name\":\"x\"}",
            "{\"type\":\"JC3\",\"name\":\"x\",\"extra\":1}",
            "{\"type\":\"JC3\",\"name\":\"x\"} []",
        })
        void rejectsScalarCoercionUnknownPropertiesAndTrailingTokens(String json) {
            rejects(json, Recipient.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"true\"", "1", "\"\"", "null"})
        void rejectsCoercionToABoolean(String raw) {
            rejects("{\"name\":\"x\",\"kind\":\"OTHER\",\"practicalCounterpart\":" + raw + "}", SecurityVendor.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2024\"", "2024.0", "2024.5", "true", "null", "\"\""})
        void rejectsCoercionToAnInt(String raw) {
            String json = JSON.writeTree(Samples.minimalAnnualReport()).toString()
                    .replace("\"schemaVersion\":\"1.0\",\"kind\":\"annualReport\",", "")
                    .replace("\"inForceTotal\":0", "\"inForceTotal\":" + raw);
            rejects(json, AnnualReport.class);
        }

        @Test
        void rejectsAnEmptyStringForAnObjectAndAnArrayForAScalar() {
            rejects("{\"name\":\"x\",\"role\":[\"a\"]}", Contact.class);
            rejects("\"\"", Contact.class);
        }
    }
}
