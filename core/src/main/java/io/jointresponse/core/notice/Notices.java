package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two notices this library encodes, with their header metadata exactly as the originals
 * write it.
 *
 * <p>Names are kept as written, with two presentational exceptions: the indentation of header
 * lines is dropped, and the honorific {@code 殿} that closes the block of addressees (written after
 * {@code 警視庁生活安全部長} in notice 217) is left out, because it addresses every name of the block
 * and is not part of any of them.
 */
public final class Notices {

    /**
     * Notice 217 (notice A): 警察庁丁情対発第217号、丁備企発第111号 of 平成31年3月27日,
     * <em>matters to note when promoting joint response by police and private businesses against
     * cybercrime</em>.
     */
    public static final Notice JOINT_RESPONSE_MATTERS = Notice.builder()
            .numbers(NoticeNumbers.parse("警察庁丁情対発第217号、丁備企発第111号"))
            .issuedOn(JapaneseDate.parse("平成31年3月27日"))
            .title("サイバー犯罪に対する警察と民間事業者の共同対処の推進に当たって留意すべき事項について(通達)")
            .addIssuers(
                    "警察庁生活安全局情報技術犯罪対策課長",
                    "警察庁警備局警備企画課長")
            .addAddressees(
                    "警視庁公安部長",
                    "警視庁生活安全部長",
                    "各道府県警察本部長")
            .addReferenceAddressees(
                    "各管区警察局広域調整担当部長",
                    "各管区警察局情報通信部長",
                    "各警察情報通信部長",
                    "各府県(方面)情報通信部長")
            .retention(Retention.parse("5年(平成36年3月31日まで)"))
            .validity(Validity.parse("一種(平成36年3月31日まで)"))
            .addAbolishes(NoticeReference.parse(
                    "「サイバー犯罪に対する警察と民間事業者の共同対処の推進に当たって留意すべき事項について」"
                            + "(平成24年7月12日付け警察庁丁情対発第159号ほか)"))
            .addParentNotices(NoticeReference.parse(
                    "「サイバー犯罪に対する警察と民間事業者の共同対処の推進について(通達)」"
                            + "(平成31年3月27日付け警察庁丙情対発第10号ほか)"))
            .build();

    /**
     * Notice 185 (notice B): 警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号 of
     * 平成31年3月27日, <em>promoting cooperation with the Japan Cybercrime Control Center (JC3)</em>.
     * The notice it abolishes is the one its preamble calls 旧通達.
     */
    public static final Notice JC3_COOPERATION = Notice.builder()
            .numbers(NoticeNumbers.parse("警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号"))
            .issuedOn(JapaneseDate.parse("平成31年3月27日"))
            .title("一般財団法人日本サイバー犯罪対策センターとの連携の推進について")
            .addIssuers(
                    "警察庁生活安全局情報技術犯罪対策課長",
                    "警察庁長官官房総務課長",
                    "警察庁警備局警備企画課長",
                    "警察庁情報通信局情報技術解析課長")
            .addAddressees(
                    "各警察情報通信部長",
                    "各府県(方面)情報通信部長",
                    "警視庁生活安全部長",
                    "警視庁のサイバーセキュリティ総括責任者",
                    "警視庁公安部長",
                    "各道府県警察本部長")
            .addReferenceAddressees(
                    "警察大学校生活安全教養部長",
                    "警察大学校警備教養部長",
                    "警察大学校サイバーセキュリティ対策研究・研修センター所長",
                    "警察大学校附属警察情報通信学校長",
                    "各管区警察局広域調整担当部長",
                    "各管区警察局のサイバーセキュリティ総括責任者",
                    "各管区警察局情報通信部長")
            .retention(Retention.parse("3年(平成34年3月31日まで)"))
            .validity(Validity.parse("一種(平成34年3月31日まで)"))
            .addAbolishes(NoticeReference.parse(
                    "「日本版NCFTAである一般財団法人日本サイバー犯罪対策センターとの連携に向けた警察における対応について」"
                            + "(平成27年4月22日付け警察庁丁情対発第122号ほか)"))
            .build();

    private static final List<Notice> ALL = List.of(JOINT_RESPONSE_MATTERS, JC3_COOPERATION);

    private Notices() {}

    /** @return both notices: 217 (A), then 185 (B) */
    public static List<Notice> all() {
        return ALL;
    }

    /**
     * Finds the notice that carries a number.
     *
     * @param number the number, not null
     * @return the notice, or empty if neither carries the number
     */
    public static Optional<Notice> withNumber(NoticeNumber number) {
        Objects.requireNonNull(number, "number");
        return ALL.stream().filter(n -> n.numbers().contains(number)).findFirst();
    }
}
