package io.jointresponse.validation.internal;

/** Character classes the personal-data scanners share, on {@linkplain FoldedText folded} characters. */
final class ScanChars {

    private ScanChars() {}

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** @return true for an ASCII letter, digit or underscore: a character of an identifier or a word */
    static boolean isWord(char c) {
        return isDigit(c) || isAsciiLetter(c) || c == '_';
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Tells whether a character is a hyphen or a dash as Japanese text types them between the groups
     * of a number: the hyphen-minus (to which NFKC folds the full-width one), the Unicode hyphens and
     * dashes, the minus sign and the katakana prolonged sound mark (ー), which NFKC keeps.
     */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u30FC';
    }

    /** @return the digit's value; for a character that {@link #isDigit(char)} accepts */
    static int value(char c) {
        return c - '0';
    }
}
