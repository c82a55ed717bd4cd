package io.jointresponse.core.calendar;

/**
 * The numbers of Japanese dates and record headers, read in any of the three ways officials
 * write them and written in kanji on request.
 *
 * <p>The three notations, each read exactly:
 * <ul>
 *   <li><b>digits</b>: {@code 31}, {@code 06} (full-width digits arrive here half-width, after NFKC);
 *   <li><b>kanji with places</b>, the form of formal and vertical writing: {@code 十}, {@code 二十九},
 *       {@code 三十一}, {@code 百}, {@code 百二}, {@code 九百九十九}. One digit from 二 to 九 may
 *       stand before 百 and before 十 (never 一: {@code 十一}, not {@code 一十一}), 百 comes before
 *       十, each at most once, and one digit from 一 to 九 may close the number. 千 and larger places
 *       are not read: no year of an era or of a retention needs them;
 *   <li><b>kanji digit by digit</b>, with 〇 for zero: {@code 一〇}, {@code 三一}, {@code 二〇二四}.
 *       The circles {@code ○} (U+25CB) and {@code ◯} (U+25EF), which word processors put in place
 *       of 〇, are read as 〇.
 * </ul>
 * A number never mixes notations: {@code 3十1} mixes digits and kanji, and {@code 二十〇} is
 * ambiguous (20 or 200?), so both are rejected.
 */
final class KanjiNumerals {

    /** How a number is written. */
    enum Notation {
        /** Half-width digits. */
        DIGITS,
        /** Kanji with the places 十 and 百. */
        KANJI_PLACES,
        /** Kanji digit by digit, with 〇. */
        KANJI_DIGITS
    }

    /**
     * A number read from text, with how it was written.
     *
     * @param value the value
     * @param notation how it was written
     */
    record Reading(int value, Notation notation) {}

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private KanjiNumerals() {}

    /** @return true when the character can be part of a number in any notation */
    static boolean isNumeral(char ch) {
        return isAsciiDigit(ch) || kanjiDigit(ch) >= 0 || place(ch) > 0;
    }

    /**
     * Reads a number from a run of characters for which {@link #isNumeral(char)} holds.
     *
     * @param token the characters, not empty
     * @param maxDigits the most significant digits a value may have (leading zeros do not count)
     * @return the number and its notation
     * @throws IllegalArgumentException whose message says what is wrong with the token, quoting
     *     it, for the caller to frame
     */
    static Reading read(String token, int maxDigits) {
        boolean ascii = false;
        boolean kanji = false;
        boolean zero = false;
        boolean places = false;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (isAsciiDigit(ch)) {
                ascii = true;
            } else if (place(ch) > 0) {
                places = true;
            } else {
                kanji = true;
                zero |= kanjiDigit(ch) == 0;
            }
        }
        if (ascii && (kanji || places)) {
            throw new IllegalArgumentException("\"" + token + "\" mixes digits and kanji numerals: write it in one of"
                    + " them, such as 31 or 三十一");
        }
        if (places && zero) {
            throw new IllegalArgumentException("\"" + token + "\" mixes 〇 with 十 or 百, which makes it ambiguous: write"
                    + " it either with 十 and 百 (二十, 百五) or digit by digit with 〇 (二〇, 一〇五)");
        }
        if (places) {
            int value = withPlaces(token);
            if (value >= tenTo(maxDigits)) {
                throw new IllegalArgumentException("\"" + token + "\" is too large");
            }
            return new Reading(value, Notation.KANJI_PLACES);
        }
        StringBuilder digits = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            digits.append(isAsciiDigit(ch) ? ch : (char) ('0' + kanjiDigit(ch)));
        }
        String significant = digits.toString().replaceFirst("^0+(?=.)", "");
        if (significant.length() > maxDigits) {
            throw new IllegalArgumentException((ascii ? significant : "\"" + token + "\"") + " is too large");
        }
        return new Reading(Integer.parseInt(significant), ascii ? Notation.DIGITS : Notation.KANJI_DIGITS);
    }

    /**
     * Writes a number in kanji with places, the form {@link #read(String, int)} reads back.
     *
     * @param value the number, 1 to 999
     * @return the kanji numeral, such as {@code 三十一}
     * @throws IllegalArgumentException if the number is outside 1 to 999
     */
    static String format(int value) {
        if (value < 1 || value > 999) {
            throw new IllegalArgumentException("Kanji numerals are written here for 1 to 999: " + value);
        }
        StringBuilder sb = new StringBuilder(5);
        appendPlace(sb, value / 100, '百');
        appendPlace(sb, value / 10 % 10, '十');
        if (value % 10 > 0) {
            sb.append(KANJI_DIGITS.charAt(value % 10));
        }
        return sb.toString();
    }

    private static void appendPlace(StringBuilder sb, int digit, char place) {
        if (digit > 1) {
            sb.append(KANJI_DIGITS.charAt(digit));
        }
        if (digit > 0) {
            sb.append(place);
        }
    }

    // The grammar: [二-九]?百 then [二-九]?十 (each optional, 百 first) then [一-九]?; nothing else.
    private static int withPlaces(String token) {
        int total = 0;
        int digit = 0;
        int lastPlace = 1000;
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            int p = place(ch);
            if (p == 0) {
                if (digit > 0) {
                    throw new IllegalArgumentException("\"" + token + "\" is not a kanji numeral: one digit stands before"
                            + " 百 or 十 and one after the last of them (三十一, 百二), or write it digit by digit (三一)");
                }
                digit = kanjiDigit(ch);
            } else if (p >= lastPlace) {
                throw new IllegalArgumentException("\"" + token + "\" is not a kanji numeral: 百 and 十 come at most once"
                        + " each, 百 first (百十二)");
            } else if (digit == 1) {
                throw new IllegalArgumentException("\"" + token + "\" is not how kanji numerals are written: 十 and 百"
                        + " take no 一 before them (十一, 百十)");
            } else {
                total += (digit == 0 ? 1 : digit) * p;
                lastPlace = p;
                digit = 0;
            }
        }
        return total + digit;
    }

    private static int tenTo(int digits) {
        int n = 1;
        for (int i = 0; i < digits && n < 1_000_000_000; i++) {
            n *= 10;
        }
        return n;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** @return 0 to 9 for a kanji digit or a circle read as 〇, else -1 */
    private static int kanjiDigit(char ch) {
        return ch == '○' || ch == '◯' ? 0 : KANJI_DIGITS.indexOf(ch);
    }

    /** @return 10 or 100 for a place, else 0 */
    private static int place(char ch) {
        return ch == '十' ? 10 : ch == '百' ? 100 : 0;
    }
}
