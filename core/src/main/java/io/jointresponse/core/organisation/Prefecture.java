package io.jointresponse.core.organisation;

import java.util.Objects;

/**
 * The 47 prefectures of Japan, each with its prefectural police (都道府県警察), identified by the
 * JIS X 0401 code.
 *
 * <p>Tokyo's police is the Metropolitan Police Department (警視庁, code 13); the others are named
 * after their prefecture (道府県警察, e.g. 大阪府警察). {@link #toString()} gives the constant's name
 * ({@code TOKYO}), which is also how the wire format writes it and what {@link #valueOf(String)}
 * reads back; {@link #codeText()} gives the two-digit code that {@link #parse(String)} reads back.
 */
public enum Prefecture {
    /** 北海道 (北海道警察), JIS X 0401 code 01. */
    HOKKAIDO(1, "北海道", "北海道警察"),
    /** 青森県 (青森県警察), JIS X 0401 code 02. */
    AOMORI(2, "青森県", "青森県警察"),
    /** 岩手県 (岩手県警察), JIS X 0401 code 03. */
    IWATE(3, "岩手県", "岩手県警察"),
    /** 宮城県 (宮城県警察), JIS X 0401 code 04. */
    MIYAGI(4, "宮城県", "宮城県警察"),
    /** 秋田県 (秋田県警察), JIS X 0401 code 05. */
    AKITA(5, "秋田県", "秋田県警察"),
    /** 山形県 (山形県警察), JIS X 0401 code 06. */
    YAMAGATA(6, "山形県", "山形県警察"),
    /** 福島県 (福島県警察), JIS X 0401 code 07. */
    FUKUSHIMA(7, "福島県", "福島県警察"),
    /** 茨城県 (茨城県警察), JIS X 0401 code 08. */
    IBARAKI(8, "茨城県", "茨城県警察"),
    /** 栃木県 (栃木県警察), JIS X 0401 code 09. */
    TOCHIGI(9, "栃木県", "栃木県警察"),
    /** 群馬県 (群馬県警察), JIS X 0401 code 10. */
    GUNMA(10, "群馬県", "群馬県警察"),
    /** 埼玉県 (埼玉県警察), JIS X 0401 code 11. */
    SAITAMA(11, "埼玉県", "埼玉県警察"),
    /** 千葉県 (千葉県警察), JIS X 0401 code 12. */
    CHIBA(12, "千葉県", "千葉県警察"),
    /** 東京都 (警視庁), JIS X 0401 code 13. */
    TOKYO(13, "東京都", "警視庁"),
    /** 神奈川県 (神奈川県警察), JIS X 0401 code 14. */
    KANAGAWA(14, "神奈川県", "神奈川県警察"),
    /** 新潟県 (新潟県警察), JIS X 0401 code 15. */
    NIIGATA(15, "新潟県", "新潟県警察"),
    /** 富山県 (富山県警察), JIS X 0401 code 16. */
    TOYAMA(16, "富山県", "富山県警察"),
    /** 石川県 (石川県警察), JIS X 0401 code 17. */
    ISHIKAWA(17, "石川県", "石川県警察"),
    /** 福井県 (福井県警察), JIS X 0401 code 18. */
    FUKUI(18, "福井県", "福井県警察"),
    /** 山梨県 (山梨県警察), JIS X 0401 code 19. */
    YAMANASHI(19, "山梨県", "山梨県警察"),
    /** 長野県 (長野県警察), JIS X 0401 code 20. */
    NAGANO(20, "長野県", "長野県警察"),
    /** 岐阜県 (岐阜県警察), JIS X 0401 code 21. */
    GIFU(21, "岐阜県", "岐阜県警察"),
    /** 静岡県 (静岡県警察), JIS X 0401 code 22. */
    SHIZUOKA(22, "静岡県", "静岡県警察"),
    /** 愛知県 (愛知県警察), JIS X 0401 code 23. */
    AICHI(23, "愛知県", "愛知県警察"),
    /** 三重県 (三重県警察), JIS X 0401 code 24. */
    MIE(24, "三重県", "三重県警察"),
    /** 滋賀県 (滋賀県警察), JIS X 0401 code 25. */
    SHIGA(25, "滋賀県", "滋賀県警察"),
    /** 京都府 (京都府警察), JIS X 0401 code 26. */
    KYOTO(26, "京都府", "京都府警察"),
    /** 大阪府 (大阪府警察), JIS X 0401 code 27. */
    OSAKA(27, "大阪府", "大阪府警察"),
    /** 兵庫県 (兵庫県警察), JIS X 0401 code 28. */
    HYOGO(28, "兵庫県", "兵庫県警察"),
    /** 奈良県 (奈良県警察), JIS X 0401 code 29. */
    NARA(29, "奈良県", "奈良県警察"),
    /** 和歌山県 (和歌山県警察), JIS X 0401 code 30. */
    WAKAYAMA(30, "和歌山県", "和歌山県警察"),
    /** 鳥取県 (鳥取県警察), JIS X 0401 code 31. */
    TOTTORI(31, "鳥取県", "鳥取県警察"),
    /** 島根県 (島根県警察), JIS X 0401 code 32. */
    SHIMANE(32, "島根県", "島根県警察"),
    /** 岡山県 (岡山県警察), JIS X 0401 code 33. */
    OKAYAMA(33, "岡山県", "岡山県警察"),
    /** 広島県 (広島県警察), JIS X 0401 code 34. */
    HIROSHIMA(34, "広島県", "広島県警察"),
    /** 山口県 (山口県警察), JIS X 0401 code 35. */
    YAMAGUCHI(35, "山口県", "山口県警察"),
    /** 徳島県 (徳島県警察), JIS X 0401 code 36. */
    TOKUSHIMA(36, "徳島県", "徳島県警察"),
    /** 香川県 (香川県警察), JIS X 0401 code 37. */
    KAGAWA(37, "香川県", "香川県警察"),
    /** 愛媛県 (愛媛県警察), JIS X 0401 code 38. */
    EHIME(38, "愛媛県", "愛媛県警察"),
    /** 高知県 (高知県警察), JIS X 0401 code 39. */
    KOCHI(39, "高知県", "高知県警察"),
    /** 福岡県 (福岡県警察), JIS X 0401 code 40. */
    FUKUOKA(40, "福岡県", "福岡県警察"),
    /** 佐賀県 (佐賀県警察), JIS X 0401 code 41. */
    SAGA(41, "佐賀県", "佐賀県警察"),
    /** 長崎県 (長崎県警察), JIS X 0401 code 42. */
    NAGASAKI(42, "長崎県", "長崎県警察"),
    /** 熊本県 (熊本県警察), JIS X 0401 code 43. */
    KUMAMOTO(43, "熊本県", "熊本県警察"),
    /** 大分県 (大分県警察), JIS X 0401 code 44. */
    OITA(44, "大分県", "大分県警察"),
    /** 宮崎県 (宮崎県警察), JIS X 0401 code 45. */
    MIYAZAKI(45, "宮崎県", "宮崎県警察"),
    /** 鹿児島県 (鹿児島県警察), JIS X 0401 code 46. */
    KAGOSHIMA(46, "鹿児島県", "鹿児島県警察"),
    /** 沖縄県 (沖縄県警察), JIS X 0401 code 47. */
    OKINAWA(47, "沖縄県", "沖縄県警察");

    private static final Prefecture[] BY_CODE = values();

    private final int code;
    private final String japaneseName;
    private final String policeName;

    Prefecture(int code, String japaneseName, String policeName) {
        this.code = code;
        this.japaneseName = japaneseName;
        this.policeName = policeName;
    }

    /** @return the JIS X 0401 code, 1 to 47 */
    public int code() {
        return code;
    }

    /** @return the two-digit JIS X 0401 code, {@code "01"} to {@code "47"} */
    public String codeText() {
        return String.format("%02d", code);
    }

    /** @return the prefecture's name, such as {@code 大阪府} */
    public String japaneseName() {
        return japaneseName;
    }

    /** @return the name of its prefectural police, such as {@code 大阪府警察} or {@code 警視庁} */
    public String policeName() {
        return policeName;
    }

    /** @return true for Tokyo, whose police is the Metropolitan Police Department (警視庁) */
    public boolean isMetropolitanPolice() {
        return this == TOKYO;
    }

    /**
     * Returns the prefecture with a JIS X 0401 code.
     *
     * @param code 1 to 47
     * @return the prefecture
     * @throws IllegalArgumentException if the code is outside 1 to 47
     */
    public static Prefecture ofCode(int code) {
        if (code < 1 || code > BY_CODE.length) {
            throw new IllegalArgumentException("A JIS X 0401 prefecture code is 01 to 47: " + code);
        }
        return BY_CODE[code - 1];
    }

    /**
     * Parses a JIS X 0401 code written with one or two digits ({@code "13"}, {@code "01"}, {@code "1"}).
     *
     * @param text the code, not null
     * @return the prefecture
     * @throws IllegalArgumentException if the text is not a code from 01 to 47
     */
    public static Prefecture parse(String text) {
        Objects.requireNonNull(text, "text");
        // The range is checked here rather than by ofCode so that the message quotes the text as
        // written ("00", not 0).
        int code = text.matches("[0-9]{1,2}") ? Integer.parseInt(text) : 0;
        if (code < 1 || code > BY_CODE.length) {
            throw new IllegalArgumentException("A JIS X 0401 prefecture code is 01 to 47: \"" + text + "\"");
        }
        return BY_CODE[code - 1];
    }

    /**
     * Finds a prefecture by the Japanese name of the prefecture or of its police
     * ({@code 大阪府}, {@code 大阪府警察}, {@code 警視庁}).
     *
     * @param name the name, not null
     * @return the prefecture
     * @throws IllegalArgumentException if no prefecture or police has that name
     */
    public static Prefecture ofJapaneseName(String name) {
        Objects.requireNonNull(name, "name");
        for (Prefecture p : BY_CODE) {
            if (p.japaneseName.equals(name) || p.policeName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No prefecture or prefectural police is named \"" + name + "\"");
    }

    /**
     * Returns the constant's name, such as {@code TOKYO}: the prefecture's code on the wire, so that
     * logs and messages name it as payloads do.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name();
    }
}
