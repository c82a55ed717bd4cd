package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.Notices;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notice records on the wire: header values travel as the text the notice prints, Japanese dates
 * exactly as written, and the model's own structural checks surface as findings.
 */
class NoticeWireTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void headerValuesTravelAsTheTextTheNoticePrints() {
        JsonNode tree = PLAIN.readTree(JSON.write(Notices.JOINT_RESPONSE_MATTERS));
        assertThat(tree.get("kind").stringValue()).isEqualTo("notice");
        assertThat(tree.get("numbers").toString()).isEqualTo("[\"警察庁丁情対発第217号\",\"警察庁丁備企発第111号\"]");
        assertThat(tree.get("issuedOn").stringValue()).isEqualTo("平成31年3月27日");
        assertThat(tree.get("retention").stringValue()).isEqualTo("5年(平成36年3月31日まで)");
        assertThat(tree.get("validity").stringValue()).isEqualTo("一種(平成36年3月31日まで)");
        assertThat(tree.at("/abolishes/0/issuedOn").stringValue()).isEqualTo("平成24年7月12日");
        assertThat(tree.at("/abolishes/0/andOthers").booleanValue()).isTrue();
        assertThat(tree.has("numbersText")).isFalse();
        assertThat(tree.has("expectedRetentionEnd")).isFalse();
    }

    @Test
    void aJapaneseDateIsKeptExactlyAsWritten() {
        JsonNode tree = PLAIN.readTree(JSON.write(Samples.minimalNotice()));
        assertThat(tree.get("issuedOn").stringValue()).isEqualTo("令和元年５月１日");
        Notice read = JSON.read(JSON.write(Samples.minimalNotice()), Notice.class).document().orElseThrow();
        assertThat(read.issuedOn().text()).isEqualTo("令和元年５月１日");
        assertThat(read).isEqualTo(Samples.minimalNotice());
    }

    @Test
    void unreadableHeaderTextIsATypeFindingThatDoesNotQuoteIt() {
        ObjectNode tree = JSON.writeTree(Notices.JC3_COOPERATION);
        ((ArrayNode) tree.get("numbers")).set(1, "警察庁第XYZ号");
        tree.put("issuedOn", "平成31年2月30日");
        tree.put("retention", "five years");
        ((ObjectNode) tree.get("abolishes").get(0)).put("issuedOn", 2015);

        ReadResult<Notice> read = JSON.read(tree.toString(), Notice.class);

        assertThat(read.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactlyInAnyOrder(
                "SHAPE-TYPE /numbers/1", "SHAPE-TYPE /issuedOn", "SHAPE-TYPE /retention", "SHAPE-TYPE /abolishes/0/issuedOn");
        assertThat(read.findings().stream().map(Finding::message).collect(Collectors.joining("\n")))
                .contains("such as 警察庁丁情対発第217号", "such as 平成31年3月27日")
                .doesNotContain("XYZ", "2月30日", "five years");
    }

    @Test
    void aBrokenStructuralInvariantOfTheModelIsAShapeValueFinding() {
        ObjectNode tree = JSON.writeTree(Notices.JOINT_RESPONSE_MATTERS);
        ((ArrayNode) tree.get("abolishes").get(0).get("numbers")).removeAll();

        ReadResult<Notice> read = JSON.read(tree.toString(), Notice.class);

        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SHAPE-VALUE");
            assertThat(f.pointer().toString()).startsWith("/abolishes/0");
            assertThat(f.message()).contains("structural invariant");
        });

        ObjectNode noNumbers = JSON.writeTree(Notices.JOINT_RESPONSE_MATTERS);
        ((ArrayNode) noNumbers.get("numbers")).removeAll();
        assertThat(JSON.read(noNumbers.toString()).findings()).extracting(Finding::ruleId).containsExactly("SHAPE-VALUE");
    }
}
