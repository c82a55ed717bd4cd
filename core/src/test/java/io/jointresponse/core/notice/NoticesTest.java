package io.jointresponse.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.calendar.JapaneseDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NoticesTest {

    /** The originals, beside the repository; override with {@code -Djointresponse.seeds=…}. */
    private static final Path SEEDS = Path.of(System.getProperty("jointresponse.seeds", "../../shared/seeds"));

    private static final Notice A = Notices.JOINT_RESPONSE_MATTERS;
    private static final Notice B = Notices.JC3_COOPERATION;

    @Test
    void notice217HasTheOriginalMetadata() {
        assertThat(A.numbersText()).isEqualTo("警察庁丁情対発第217号、丁備企発第111号");
        assertThat(A.numbers()).hasSize(2);
        assertThat(A.issuedOn().text()).isEqualTo("平成31年3月27日");
        assertThat(A.issuedOn().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 27));
        assertThat(A.title()).isEqualTo("サイバー犯罪に対する警察と民間事業者の共同対処の推進に当たって留意すべき事項について(通達)");
        assertThat(A.issuers()).containsExactly("警察庁生活安全局情報技術犯罪対策課長", "警察庁警備局警備企画課長");
        assertThat(A.addressees()).containsExactly("警視庁公安部長", "警視庁生活安全部長", "各道府県警察本部長");
        assertThat(A.referenceAddressees()).containsExactly(
                "各管区警察局広域調整担当部長", "各管区警察局情報通信部長", "各警察情報通信部長", "各府県(方面)情報通信部長");
        assertThat(A.retention()).hasToString("5年(平成36年3月31日まで)");
        assertThat(A.validity()).hasToString("一種(平成36年3月31日まで)");
        assertThat(A.abolishes()).extracting(NoticeReference::citation)
                .containsExactly("平成24年7月12日付け警察庁丁情対発第159号ほか");
        assertThat(A.abolishes().get(0).title())
                .contains("サイバー犯罪に対する警察と民間事業者の共同対処の推進に当たって留意すべき事項について");
        assertThat(A.parentNotices()).extracting(NoticeReference::citation)
                .containsExactly("平成31年3月27日付け警察庁丙情対発第10号ほか");
    }

    @Test
    void notice185HasTheOriginalMetadata() {
        assertThat(B.numbersText()).isEqualTo("警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号");
        assertThat(B.issuedOn()).isEqualTo(JapaneseDate.parse("平成31年3月27日"));
        assertThat(B.title()).isEqualTo("一般財団法人日本サイバー犯罪対策センターとの連携の推進について");
        assertThat(B.issuers()).containsExactly("警察庁生活安全局情報技術犯罪対策課長", "警察庁長官官房総務課長",
                "警察庁警備局警備企画課長", "警察庁情報通信局情報技術解析課長");
        assertThat(B.addressees()).hasSize(6).startsWith("各警察情報通信部長").endsWith("各道府県警察本部長");
        assertThat(B.referenceAddressees()).hasSize(7).startsWith("警察大学校生活安全教養部長").endsWith("各管区警察局情報通信部長");
        assertThat(B.retention()).hasToString("3年(平成34年3月31日まで)");
        assertThat(B.validity()).hasToString("一種(平成34年3月31日まで)");
        assertThat(B.abolishes()).extracting(NoticeReference::citation)
                .containsExactly("平成27年4月22日付け警察庁丁情対発第122号ほか");
        assertThat(B.parentNotices()).isEmpty();
    }

    @Test
    void statedRetentionEndsAgreeWithTheDateOfIssue() {
        for (Notice n : Notices.all()) {
            assertThat(n.retention().statedEnd().toLocalDate()).as(n.numbersText()).isEqualTo(n.expectedRetentionEnd());
            assertThat(n.retention().statedEnd().isNominal()).isTrue();
        }
        assertThat(A.expectedRetentionEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(B.expectedRetentionEnd()).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void abolishedAndParentNoticesWereIssuedNoLaterThanTheNotice() {
        for (Notice n : Notices.all()) {
            for (NoticeReference r : n.abolishes()) {
                assertThat(r.issuedOn().toLocalDate()).isBefore(n.issuedOn().toLocalDate());
            }
            for (NoticeReference r : n.parentNotices()) {
                assertThat(r.issuedOn().toLocalDate()).isBeforeOrEqualTo(n.issuedOn().toLocalDate());
            }
        }
    }

    @Test
    void allListsBothNoticesAndFindsThemByAnyNumber() {
        assertThat(Notices.all()).containsExactly(A, B);
        assertThat(Notices.withNumber(NoticeNumber.parse("警察庁丁備企発第111号"))).contains(A);
        assertThat(Notices.withNumber(NoticeNumber.parse("警察庁丁情解発第42号"))).contains(B);
        assertThat(Notices.withNumber(NoticeNumber.parse("警察庁丁情対発第159号"))).isEmpty();
    }

    @Test
    void notice217HeaderInTheSeedReadsToTheConstant() throws IOException {
        assertHeaderReadsTo(seed("000_"), A);
    }

    @Test
    void notice185HeaderInTheSeedReadsToTheConstant() throws IOException {
        assertHeaderReadsTo(seed("002_"), B);
    }

    @Test
    void preambleOfNotice217CitesItsParentThenTheAbolishedNotice() throws IOException {
        String text = Files.readString(seed("000_"), StandardCharsets.UTF_8);
        List<NoticeReference> cited = citedNotices(text);
        assertThat(cited).containsExactly(A.parentNotices().get(0), A.abolishes().get(0));
        assertThat(text).contains(A.abolishes().get(0).citation() + ")は廃止する");
    }

    @Test
    void preambleOfNotice185CitesTheNoticeItAbolishes() throws IOException {
        String text = Files.readString(seed("002_"), StandardCharsets.UTF_8);
        assertThat(citedNotices(text)).containsExactly(B.abolishes().get(0));
        assertThat(text).contains(B.abolishes().get(0).citation() + "。以下「旧通達」という。").contains("旧通達は廃止する");
    }

    private static Path seed(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), () -> "no seeds at " + SEEDS.toAbsolutePath());
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            Assumptions.assumeTrue(found != null, () -> "no seed " + prefix + "* in " + SEEDS.toAbsolutePath());
            return found;
        }
    }

    /** Finds every 「title」(date付けnumbers…) citation in a text, in order. */
    private static List<NoticeReference> citedNotices(String text) {
        Matcher m = Pattern.compile("「([^」]*)」\\(([^()]*?付け[^()]*?号(?:ほか)?)").matcher(text);
        List<NoticeReference> cited = new ArrayList<>();
        while (m.find()) {
            cited.add(NoticeReference.parse("「" + m.group(1) + "」(" + m.group(2) + ")"));
        }
        return cited;
    }

    /**
     * Reads a seed's header the way a records clerk would, each header line as printed: the block
     * with the retention and validity lines (read whole, label and tab included); the block that opens with the numbers, then the date, then the issuers; the
     * block of addressees closed by (参考送付先), then the block of addressees for reference; and
     * the title, the first block after all of these.
     */
    private static void assertHeaderReadsTo(Path seed, Notice expected) throws IOException {
        List<List<String>> blocks = blocks(Files.readAllLines(seed, StandardCharsets.UTF_8));
        int numbersAt = -1;
        int addresseesAt = -1;
        int retentionLines = 0;
        int validityLines = 0;
        for (int i = 0; i < blocks.size() && (numbersAt < 0 || addresseesAt < 0); i++) {
            List<String> block = blocks.get(i);
            for (String line : block) {
                // Each header line whole, as printed: label, tab and value.
                if (line.strip().startsWith(Retention.LABEL)) {
                    assertThat(Retention.parseHeaderLine(line)).isEqualTo(expected.retention());
                    retentionLines++;
                } else if (line.strip().startsWith(Validity.LABEL)) {
                    assertThat(Validity.parseHeaderLine(line)).isEqualTo(expected.validity());
                    validityLines++;
                }
            }
            if (numbersAt < 0 && block.get(0).contains("発第")) {
                numbersAt = i;
                int dateAt = 0;
                while (block.get(dateAt).contains("発第")) {
                    dateAt++;
                }
                // The numbers as the seed writes them, line breaks and indentation included; the
                // first line alone holds the first numbers with their agency.
                String numbers = String.join("\n", block.subList(0, dateAt));
                assertThat(NoticeNumbers.parse(numbers)).isEqualTo(expected.numbers());
                List<NoticeNumber> firstLine = NoticeNumbers.parse(block.get(0));
                assertThat(expected.numbers()).startsWith(firstLine.toArray(new NoticeNumber[0]));
                // The date line as printed, indentation included, and the same line in kanji numerals.
                String dateLine = block.get(dateAt);
                JapaneseDate issued = JapaneseDate.parse(dateLine);
                assertThat(issued).isEqualTo(expected.issuedOn());
                assertThat(issued.text()).isEqualTo(dateLine);
                assertThat(JapaneseDate.parse(dateLine.strip()).text()).isEqualTo(expected.issuedOn().text());
                String inKanji = dateLine.replace(dateLine.strip(), issued.format(JapaneseDate.Numerals.KANJI));
                assertThat(inKanji).contains("平成三十一年三月二十七日");
                assertThat(JapaneseDate.parse(inKanji)).isEqualTo(expected.issuedOn());
                assertThat(stripped(block.subList(dateAt + 1, block.size()))).isEqualTo(expected.issuers());
            }
            if (addresseesAt < 0 && block.get(block.size() - 1).strip().equals("(参考送付先)")) {
                addresseesAt = i;
                List<String> addressees = new ArrayList<>();
                for (String line : stripped(block.subList(0, block.size() - 1))) {
                    addressees.add(line.replaceFirst("\\s*殿$", ""));
                }
                assertThat(addressees).isEqualTo(expected.addressees());
                assertThat(stripped(blocks.get(i + 1))).isEqualTo(expected.referenceAddressees());
            }
        }
        assertThat(retentionLines).as("retention lines").isEqualTo(1);
        assertThat(validityLines).as("validity lines").isEqualTo(1);
        assertThat(numbersAt).as("numbers block").isNotNegative();
        assertThat(addresseesAt).as("addressees block").isNotNegative();
        List<String> title = blocks.get(Math.max(numbersAt, addresseesAt + 1) + 1);
        assertThat(title).hasSize(1);
        assertThat(title.get(0).strip()).isEqualTo(expected.title());
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static List<String> stripped(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(l.strip()));
        return out;
    }
}
