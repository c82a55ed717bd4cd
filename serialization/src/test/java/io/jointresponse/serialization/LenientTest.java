package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lenient reader accepts unknown properties, keeps or drops them as asked, and says which it did.
 */
class LenientTest {

    private static final JointResponseJson KEEP = JointResponseJson.strict().withOptions(ReaderOptions.lenient(UnknownFieldPolicy.KEEP));
    private static final JointResponseJson DROP = JointResponseJson.strict().withOptions(ReaderOptions.lenient(UnknownFieldPolicy.DROP));
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** An agreement from a newer producer: unknown properties at the top, nested, and inside an array. */
    static String agreementWithExtras() {
        ObjectNode tree = JointResponseJson.strict().writeTree(Samples.fullAgreement());
        tree.put("schemaVersion", "1.3");
        tree.putObject("audit").put("by", "system").putArray("tags").add("a").add(1);
        ((ObjectNode) tree.get("partner")).put("website", "https://example.invalid");
        ((ObjectNode) tree.get("reportableCrimes").get(1)).put("severity", 3);
        ((ObjectNode) tree.get("partner").get("contacts").get(0)).putNull("fax");
        return tree.toString();
    }

    private static final List<JsonPointer> EXTRAS = List.of(JsonPointer.parse("/audit"), JsonPointer.parse("/partner/website"),
            JsonPointer.parse("/partner/contacts/0/fax"), JsonPointer.parse("/reportableCrimes/1/severity"));

    private static List<JsonPointer> unknownWarnings(ReadResult<?> read) {
        return read.findings().stream()
                .filter(f -> f.ruleId().equals("SHAPE-UNKNOWN"))
                .peek(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .map(Finding::pointer)
                .collect(Collectors.toList());
    }

    @Test
    void keepsUnknownPropertiesAndWritesThemBack() {
        String input = agreementWithExtras();
        ReadResult<Agreement> read = KEEP.read(input, Agreement.class);

        assertThat(read.isValid()).isTrue();
        assertThat(read.document()).contains(Samples.fullAgreement());
        assertThat(read.unknownFieldPolicy()).isEqualTo(UnknownFieldPolicy.KEEP);
        assertThat(unknownWarnings(read)).containsExactlyInAnyOrderElementsOf(EXTRAS);
        assertThat(read.findings()).filteredOn(f -> f.ruleId().equals("SHAPE-UNKNOWN"))
                .allSatisfy(f -> assertThat(f.message()).contains("kept"));
        assertThat(read.keptFields().keySet()).containsExactlyInAnyOrderElementsOf(EXTRAS);
        assertThat(read.droppedFields()).isEmpty();

        JsonNode written = PLAIN.readTree(KEEP.write(read));
        JsonNode original = PLAIN.readTree(input);
        for (JsonPointer p : EXTRAS) {
            assertThat(written.at(p.toString())).as(p.toString()).isEqualTo(original.at(p.toString()));
        }
        // Nothing is lost: apart from the version this writer speaks, the output is the input.
        ((ObjectNode) original).put("schemaVersion", "1.0");
        assertThat(written).isEqualTo(original);

        ReadResult<Agreement> again = KEEP.read(PLAIN.writeValueAsBytes(written), Agreement.class);
        assertThat(again.document()).isEqualTo(read.document());
        assertThat(again.keptFields()).isEqualTo(read.keptFields());
    }

    @Test
    void dropsUnknownPropertiesAndSaysWhich() {
        ReadResult<Agreement> read = DROP.read(agreementWithExtras(), Agreement.class);

        assertThat(read.isValid()).isTrue();
        assertThat(read.document()).contains(Samples.fullAgreement());
        assertThat(read.unknownFieldPolicy()).isEqualTo(UnknownFieldPolicy.DROP);
        assertThat(unknownWarnings(read)).containsExactlyInAnyOrderElementsOf(EXTRAS);
        assertThat(read.findings()).filteredOn(f -> f.ruleId().equals("SHAPE-UNKNOWN"))
                .allSatisfy(f -> assertThat(f.message()).contains("dropped"));
        assertThat(read.droppedFields()).containsExactlyInAnyOrderElementsOf(EXTRAS);
        assertThat(read.keptFields()).isEmpty();
        assertThat(DROP.write(read)).isEqualTo(JointResponseJson.strict().write(Samples.fullAgreement()));
    }

    @Test
    void warnsAboutANewerMinorVersionButRejectsAnotherMajor() {
        ReadResult<Agreement> read = KEEP.read(agreementWithExtras(), Agreement.class);
        assertThat(read.findings()).filteredOn(f -> f.ruleId().equals("SHAPE-VERSION"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));

        ObjectNode major = JointResponseJson.strict().writeTree(Samples.minimalAgreement());
        major.put("schemaVersion", "2.0");
        assertThat(KEEP.read(major.toString()).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId() + " " + f.severity()).isEqualTo("SHAPE-VERSION ERROR"));

        ObjectNode minor = JointResponseJson.strict().writeTree(Samples.minimalAgreement());
        minor.put("schemaVersion", "1.3");
        assertThat(JointResponseJson.strict().read(minor.toString()).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId() + " " + f.severity()).isEqualTo("SHAPE-VERSION ERROR"));
    }

    @Test
    void staysStrictAboutEverythingElse() {
        ObjectNode tree = JointResponseJson.strict().writeTree(Samples.minimalAgreement());
        tree.put("extra", 1);
        tree.put("id", 12);
        tree.remove("status");
        ReadResult<Document> read = KEEP.read(tree.toString());
        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.ruleId() + " " + f.severity() + " " + f.pointer())
                .containsExactlyInAnyOrder("SHAPE-UNKNOWN WARNING /extra", "SHAPE-TYPE ERROR /id", "SHAPE-MISSING ERROR /status");
        assertThat(read.keptFields()).isEmpty();
    }

    @Test
    void theStrictReaderRejectsWhatTheLenientOneKeeps() {
        ReadResult<Document> read = JointResponseJson.strict().read(agreementWithExtras().replace("\"1.3\"", "\"1.0\""));
        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).extracting(Finding::ruleId).containsOnly("SHAPE-UNKNOWN");
        assertThat(read.findings()).allSatisfy(f -> assertThat(f.isError()).isTrue());
    }

    @Test
    void refusesToPutBackAPropertyTheDocumentNoLongerHasRoomFor() {
        ReadResult<Agreement> read = KEEP.read(agreementWithExtras(), Agreement.class);
        Agreement shorter = Agreement.builder().from(read.document().orElseThrow()).reportableCrimes(List.of()).build();
        assertThatThrownBy(() -> KEEP.write(shorter, read.keptFields()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/reportableCrimes/1/severity");
        Map<JsonPointer, JsonNode> clash = Map.of(JsonPointer.parse("/partner/name"), PLAIN.readTree("1"));
        assertThatThrownBy(() -> KEEP.write(shorter, clash)).isInstanceOf(IllegalArgumentException.class);
        ReadResult<Document> failed = KEEP.read("[]");
        assertThatThrownBy(() -> KEEP.write(failed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsSayWhatTheyAre() {
        assertThat(ReaderOptions.strict().isLenient()).isFalse();
        assertThat(ReaderOptions.strict().unknownFields()).isEqualTo(UnknownFieldPolicy.REJECT);
        assertThat(ReaderOptions.lenient(UnknownFieldPolicy.DROP).isLenient()).isTrue();
        assertThat(ReaderOptions.lenient(UnknownFieldPolicy.KEEP)).isEqualTo(ReaderOptions.lenient(UnknownFieldPolicy.KEEP));
        assertThatThrownBy(() -> ReaderOptions.lenient(UnknownFieldPolicy.REJECT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(KEEP.options()).isEqualTo(ReaderOptions.lenient(UnknownFieldPolicy.KEEP));
        assertThat(JointResponseJson.strict().withOptions(ReaderOptions.strict())).isSameAs(JointResponseJson.strict());
    }
}
