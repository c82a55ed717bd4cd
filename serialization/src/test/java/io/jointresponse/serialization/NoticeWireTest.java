package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
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
    void aDateInKanjiNumeralsTravelsAsWrittenAndHeaderValuesInDigits() {
        Notice kanji = Notice.builder().from(Notices.JOINT_RESPONSE_MATTERS)
                .issuedOn(JapaneseDate.parse("平成三十一年三月二十七日"))
                .retention(Retention.parseHeaderLine("原議保存期間\t五年(平成三十六年三月三十一日まで)"))
                .validity(Validity.parseHeaderLine("[有効期間 一種(平成三十六年三月三十一日まで)]"))
                .build();
        assertThat(kanji).isEqualTo(Notices.JOINT_RESPONSE_MATTERS);

        byte[] bytes = JSON.write(kanji);
        JsonNode tree = PLAIN.readTree(bytes);
        assertThat(tree.get("issuedOn").stringValue()).isEqualTo("平成三十一年三月二十七日");
        assertThat(tree.get("retention").stringValue()).isEqualTo("5年(平成36年3月31日まで)");
        assertThat(tree.get("validity").stringValue()).isEqualTo("一種(平成36年3月31日まで)");

        Notice read = JSON.read(bytes, Notice.class).document().orElseThrow();
        assertThat(read).isEqualTo(kanji);
        assertThat(read.issuedOn().text()).isEqualTo("平成三十一年三月二十七日");
        assertThat(JSON.write(read)).isEqualTo(bytes);
    }

    @Test
    void headerValuesWrittenInKanjiAreReadFromTheWire() {
        ObjectNode tree = JSON.writeTree(Notices.JC3_COOPERATION);
        tree.put("issuedOn", "平成三十一年三月二十七日");
        tree.put("retention", "三年（平成三十四年三月三十一日まで）");
        tree.put("validity", "一種(平成三十四年三月三十一日まで)");
        ((ObjectNode) tree.get("abolishes").get(0)).put("issuedOn", "平成二十七年四月二十二日");

        ReadResult<Notice> read = JSON.read(tree.toString(), Notice.class);

        assertThat(read.findings()).isEmpty();
        assertThat(read.document()).contains(Notices.JC3_COOPERATION);
    }

    @Test
    void aDateBeforeTheGregorianCalendarIsATypeFinding() {
        ObjectNode tree = JSON.writeTree(Notices.JC3_COOPERATION);
        tree.put("issuedOn", "明治5年12月2日");
        ((ObjectNode) tree.get("abolishes").get(0)).put("issuedOn", "明治五年十二月三日");
        tree.put("validity", "一種(令和二〇二四年三月三十一日まで)");

        ReadResult<Notice> read = JSON.read(tree.toString(), Notice.class);

        assertThat(read.document()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactlyInAnyOrder(
                "SHAPE-TYPE /issuedOn", "SHAPE-TYPE /abolishes/0/issuedOn", "SHAPE-TYPE /validity");
        assertThat(read.findings()).filteredOn(f -> f.pointer().toString().equals("/issuedOn")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("from 明治6年1月1日 on", "平成三十一年三月二十七日"));
        assertThat(read.findings().stream().map(Finding::message).collect(Collectors.joining("\n")))
                .doesNotContain("明治5年12月2日", "明治五年十二月三日", "二〇二四");
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
