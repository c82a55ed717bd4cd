package io.jointresponse.core.notice;

/**
 * The class (種別) written at the head of an NPA notice number: {@code 甲}, {@code 乙}, {@code 丙}
 * or {@code 丁}, as in {@code 警察庁丁情対発第217号}. The class follows the rank of the issuer: the
 * two notices this library encodes are class 丁, issued by division heads (課長), and cite a
 * class 丙 parent notice ({@code 警察庁丙情対発第10号}).
 */
public enum NoticeClass {
    /** 甲. */
    KO('甲'),
    /** 乙. */
    OTSU('乙'),
    /** 丙. */
    HEI('丙'),
    /** 丁. */
    TEI('丁');

    private final char symbol;

    NoticeClass(char symbol) {
        this.symbol = symbol;
    }

    /** @return the character written in notice numbers, such as {@code 丁} */
    public char symbol() {
        return symbol;
    }

    /**
     * Returns the class written with a character.
     *
     * @param symbol {@code 甲}, {@code 乙}, {@code 丙} or {@code 丁}
     * @return the class
     * @throws IllegalArgumentException if the character is none of these
     */
    public static NoticeClass ofSymbol(char symbol) {
        for (NoticeClass c : values()) {
            if (c.symbol == symbol) {
                return c;
            }
        }
        throw new IllegalArgumentException("A notice class is 甲, 乙, 丙 or 丁: \"" + symbol + "\"");
    }

    static boolean isSymbol(char ch) {
        for (NoticeClass c : values()) {
            if (c.symbol == ch) {
                return true;
            }
        }
        return false;
    }
}
