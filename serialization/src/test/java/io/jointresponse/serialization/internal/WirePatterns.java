package io.jointresponse.serialization.internal;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.calendar.JapaneseEra;
import io.jointresponse.core.notice.NoticeClass;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.serialization.internal.Shape.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The {@code pattern} of every text the wire format reads with a parser of its own: what
 * {@link WireTime} reads as a date and a date-time ({@code java.time}'s ISO formatters, which take
 * more than RFC 3339), and what the model's parsers read as a notice number, a Japanese-calendar
 * date, a retention and a validity. Each pattern mirrors its parser's grammar, so that a validator
 * without format assertion refuses what the reader refuses; what a pattern cannot say is listed as
 * a documented difference in {@code serialization/README.md}.
 *
 * <p>The patterns use only the regular-expression syntax JSON Schema recommends: no look-around,
 * no back-reference, no class escape such as {@code \d} or {@code \p}, no character beyond U+FFFF.
 */
final class WirePatterns {

    /** A text that ends with a line break, which some engines let {@code $} match before. */
    static final String LINE_BREAK_AT_END = "[\\n\\r\\u0085\\u2028\\u2029]$";

    /** The largest year {@code java.time} takes, and so the largest Gregorian year of a Japanese date. */
    private static final long MAX_YEAR = 999_999_999L;
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    /** The circles word processors put in place of 〇, read as 〇. */
    private static final String CIRCLES = "○◯";
    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private static final Map<Class<?>, Supplier<String>> TEXTS = Map.of(
            NoticeNumber.class, WirePatterns::noticeNumber,
            JapaneseDate.class, () -> "^" + japaneseDate() + "$",
            Retention.class, WirePatterns::retention,
            Validity.class, WirePatterns::validity);

    private WirePatterns() {}

    /**
     * Returns the pattern of a scalar written as text.
     *
     * @param scalar the scalar, not null
     * @return its pattern, or empty when the scalar is no text with a grammar
     */
    static Optional<String> of(Scalar scalar) {
        switch (scalar) {
            case LOCAL_DATE:
                return Optional.of("^" + isoDate() + "$");
            case OFFSET_DATE_TIME:
                return Optional.of("^" + isoDate() + "[Tt]" + isoTime() + isoOffset() + "$");
            default:
                return Optional.empty();
        }
    }

    /**
     * Returns the pattern of a value of the model written as text.
     *
     * @param textType the value type, not null
     * @return its pattern
     * @throws IllegalStateException if no grammar is known for the type: a new text type needs one
     */
    static String of(Class<?> textType) {
        Supplier<String> pattern = TEXTS.get(textType);
        if (pattern == null) {
            throw new IllegalStateException("No pattern for the text type " + textType.getName()
                    + ": add the grammar of its parser to " + WirePatterns.class.getSimpleName());
        }
        return pattern.get();
    }

    // ------------------------------------------------------------------ ISO 8601 as java.time reads it

    /**
     * {@code DateTimeFormatter.ISO_LOCAL_DATE}, strict: a year of four digits, or of five to ten
     * with a sign ({@code +10000}, {@code -0001}; no {@code -0000}; at most 999,999,999), then a
     * month and a day that exist in that year.
     */
    private static String isoDate() {
        String year = "([0-9]{4}|\\+" + digits(5, 10, true) + "|-" + digits(4, 10, false) + ")";
        String leapEnd = "(0[48]|[2468][048]|[13579][26])";
        String leapCentury = "(0[048]|[2468][048]|[13579][26])00";
        String leapYear = "([0-9]{2}" + leapEnd + "|" + leapCentury
                + "|\\+([0-9]{3,7}|0[0-9]{7})" + leapEnd + "|\\+([0-9]{1,5}|0[0-9]{5})" + leapCentury
                + "|-([0-9]{2,7}|0[0-9]{7})" + leapEnd + "|-([0-9]{0,5}|0[0-9]{5})" + leapEnd + "00"
                + "|-(" + digits(1, 5, false) + "|0" + digits(5, 5, false) + ")0000)";
        String monthDay = "(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
                + "|02-(0[1-9]|1[0-9]|2[0-8])";
        return "(" + year + "-(" + monthDay + ")|" + leapYear + "-02-29)";
    }

    /** {@code ISO_LOCAL_TIME}: seconds optional, a fraction of up to nine digits (or none) after them. */
    private static String isoTime() {
        return "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{0,9})?)?";
    }

    /** The offset {@code ISO_OFFSET_DATE_TIME} reads leniently: Z, ±HH, ±HH:MM or ±HH:MM:SS, up to 18 hours. */
    private static String isoOffset() {
        return "([Zz]|[+-]((0[0-9]|1[0-7])(:[0-5][0-9](:[0-5][0-9])?)?|18(:00(:00)?)?))";
    }

    /**
     * ASCII digits of a length from {@code min} to {@code max} whose value is at most 999,999,999,
     * zero allowed or not.
     */
    private static String digits(int min, int max, boolean zero) {
        List<String> alternatives = new ArrayList<>();
        if (zero) {
            alternatives.add("0" + count(min, max));
        }
        for (int significant = 1; significant <= 9 && significant <= max; significant++) {
            int zerosMin = Math.max(0, min - significant);
            int zerosMax = max - significant;
            alternatives.add((zerosMax == 0 ? "" : "0" + count(zerosMin, zerosMax)) + "[1-9]"
                    + (significant > 1 ? "[0-9]" + count(significant - 1, significant - 1) : ""));
        }
        return "(" + String.join("|", alternatives) + ")";
    }

    private static String count(int min, int max) {
        return min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
    }

    // ------------------------------------------------------------------ the notice parsers of the model

    /** How the numerals of a text are written: after NFKC with spacing anywhere, or exactly as given. */
    private static final class Numerals {
        private final Function<String, String> glyphs;
        private final boolean fullWidthAsDigits;

        Numerals(Function<String, String> glyphs, boolean fullWidthAsDigits) {
            this.glyphs = glyphs;
            this.fullWidthAsDigits = fullWidthAsDigits;
        }

        String ascii(int from, int to) {
            String chars = "0123456789".substring(from, to + 1);
            return glyphs.apply(fullWidthAsDigits ? chars + FULL_WIDTH_DIGITS.substring(from, to + 1) : chars);
        }

        String kanji(int from, int to) {
            return glyphs.apply(KANJI_DIGITS.substring(from, to + 1) + (from == 0 ? CIRCLES : ""));
        }

        String text(String chars) {
            return glyphs.apply(chars);
        }

        /**
         * A number of {@code KanjiNumerals.read} from {@code min} (at most 10) to {@code max}, in each of
         * its notations, leading zeros allowed: digits to {@code max}, kanji digit by digit to
         * {@code maxInKanji}, kanji with places to that or 999, whichever is less.
         */
        String number(long min, long max, long maxInKanji) {
            List<String> notations = new ArrayList<>();
            notations.add("(" + ascii(0, 0) + ")*" + between(min, max, this::ascii));
            long kanjiMax = Math.min(max, maxInKanji);
            if (min <= kanjiMax) {
                notations.add("(" + kanji(0, 0) + ")*" + between(min, kanjiMax, this::kanji));
            }
            long placesMax = Math.min(kanjiMax, 999);
            if (placesMax >= 10) {
                notations.add(places(placesMax));
            }
            return "(" + String.join("|", notations) + ")";
        }

        /**
         * Kanji with the places 十 and 百 up to a value: {@code [二-九]?百} then {@code [二-九]?十}, each
         * optional but one of them there, then {@code [一-九]?}. Every such numeral is at least 10.
         */
        String places(long max) {
            String digit = kanji(2, 9);
            String unit = kanji(1, 9);
            if (max >= 999) {
                return "((" + digit + ")?" + text("百") + "((" + digit + ")?" + text("十") + ")?(" + unit + ")?"
                        + "|(" + digit + ")?" + text("十") + "(" + unit + ")?)";
            }
            if (max >= 100) {
                throw new IllegalArgumentException("Kanji places are bounded here below 100 or at 999: " + max);
            }
            List<String> alternatives = new ArrayList<>();
            for (int tens = 1; tens <= max / 10; tens++) {
                String head = (tens == 1 ? "" : kanji(tens, tens)) + text("十");
                int lastUnit = tens < max / 10 ? 9 : (int) (max % 10);
                alternatives.add(head + (lastUnit == 0 ? "" : "(" + kanji(1, lastUnit) + ")?"));
            }
            return "(" + String.join("|", alternatives) + ")";
        }

        /** Any of some values from 1 to 99, in each notation, leading zeros allowed. */
        String valuesIn(int... values) {
            List<String> notations = new ArrayList<>();
            notations.add("(" + ascii(0, 0) + ")*" + byTens(values, this::asciiSet));
            notations.add("(" + kanji(0, 0) + ")*" + byTens(values, this::kanjiSet));
            Map<Integer, StringBuilder> units = new TreeMap<>();
            for (int v : values) {
                if (v >= 10) {
                    units.computeIfAbsent(v / 10, t -> new StringBuilder()).append(v % 10);
                }
            }
            units.forEach((tens, digits) -> {
                String head = (tens == 1 ? "" : kanji(tens, tens)) + text("十");
                String nonZero = digits.toString().replace("0", "");
                String tail = nonZero.isEmpty() ? "" : "(" + kanjiSet(nonZero) + ")" + (digits.indexOf("0") >= 0 ? "?" : "");
                notations.add(head + tail);
            });
            return "(" + String.join("|", notations) + ")";
        }

        private String asciiSet(String digits) {
            StringBuilder chars = new StringBuilder();
            digits.chars().forEach(d -> chars.append((char) d).append(fullWidthAsDigits ? String.valueOf(FULL_WIDTH_DIGITS.charAt(d - '0')) : ""));
            return glyphs.apply(chars.toString());
        }

        private String kanjiSet(String digits) {
            StringBuilder chars = new StringBuilder();
            digits.chars().forEach(d -> chars.append(KANJI_DIGITS.charAt(d - '0')).append(d == '0' ? CIRCLES : ""));
            return glyphs.apply(chars.toString());
        }

        /** Values below 100 digit by digit: the one-digit ones as one class, the others by their tens. */
        private static String byTens(int[] values, Function<String, String> digitSet) {
            Map<Integer, StringBuilder> byTens = new TreeMap<>();
            for (int v : values) {
                byTens.computeIfAbsent(v / 10, t -> new StringBuilder()).append(v % 10);
            }
            List<String> alternatives = new ArrayList<>();
            byTens.forEach((tens, digits) -> alternatives.add(
                    (tens == 0 ? "" : digitSet.apply(String.valueOf(tens))) + digitSet.apply(digits.toString())));
            return "(" + String.join("|", alternatives) + ")";
        }
    }

    /** A digit of some alphabet from one value to another. */
    private interface DigitClass {
        String of(int from, int to);
    }

    private static String spell(long value, DigitClass digit) {
        StringBuilder sb = new StringBuilder();
        String.valueOf(value).chars().forEach(c -> sb.append(digit.of(c - '0', c - '0')));
        return sb.toString();
    }

    /** Numbers from {@code min} to {@code max} without leading zeros, in an alphabet of digits. */
    private static String between(long min, long max, DigitClass digit) {
        List<String> alternatives = new ArrayList<>();
        for (int length = String.valueOf(min).length(); length <= String.valueOf(max).length(); length++) {
            long low = Math.max(min, length == 1 ? 0 : pow10(length - 1));
            long high = Math.min(max, pow10(length) - 1);
            if (low <= high) {
                alternatives.add(sameLength(String.valueOf(low), String.valueOf(high), digit));
            }
        }
        return "(" + String.join("|", alternatives) + ")";
    }

    private static String sameLength(String low, String high, DigitClass digit) {
        int first = low.charAt(0) - '0';
        int last = high.charAt(0) - '0';
        if (low.length() == 1) {
            return digit.of(first, last);
        }
        String lowRest = low.substring(1);
        String highRest = high.substring(1);
        if (first == last) {
            return digit.of(first, first) + sameLength(lowRest, highRest, digit);
        }
        int rest = lowRest.length();
        if (lowRest.matches("0*") && highRest.matches("9*")) {
            return digit.of(first, last) + any(rest, digit);
        }
        List<String> alternatives = new ArrayList<>();
        alternatives.add(digit.of(first, first) + sameLength(lowRest, "9".repeat(rest), digit));
        if (last - first > 1) {
            alternatives.add(digit.of(first + 1, last - 1) + any(rest, digit));
        }
        alternatives.add(digit.of(last, last) + sameLength("0".repeat(rest), highRest, digit));
        return "(" + String.join("|", alternatives) + ")";
    }

    private static String any(int count, DigitClass digit) {
        return count == 1 ? digit.of(0, 9) : "(" + digit.of(0, 9) + "){" + count + "}";
    }

    private static long pow10(int exponent) {
        long n = 1;
        for (int i = 0; i < exponent; i++) {
            n *= 10;
        }
        return n;
    }

    private static final Numerals NORMALISED = new Numerals(NormalisedText::atom, false);
    private static final Numerals EXACT = new Numerals(NormalisedText::exactly, true);

    /**
     * {@code JapaneseDate.parse}: after NFKC and without spacing, an era name, the year of the era
     * ({@code 元}, or 1 up to where the Gregorian year passes 999,999,999, in kanji up to 999; 明治
     * from 6 on, since earlier days were lunisolar), 年, a month of 1 to 12, 月, a day that exists in
     * that month (29 February in every year: see the documented differences), 日. Numbers in digits,
     * kanji digit by digit with 〇, or kanji with the places 十 and 百. No anchors.
     */
    static String japaneseDate() {
        // Eras whose years start at the same number share one pattern up to the smallest of their
        // last years; each adds the few years it has beyond that.
        Map<Long, List<JapaneseEra>> byFirstYear = new TreeMap<>();
        for (JapaneseEra era : JapaneseEra.values()) {
            byFirstYear.computeIfAbsent(firstYearOfEra(era), y -> new ArrayList<>()).add(era);
        }
        List<String> eras = new ArrayList<>();
        byFirstYear.forEach((first, group) -> {
            long shared = group.stream().mapToLong(WirePatterns::lastYearOfEra).min().orElseThrow();
            StringBuilder names = new StringBuilder();
            for (JapaneseEra era : group) {
                names.append(names.length() == 0 ? "" : "|").append(NormalisedText.literal(era.japaneseName()));
                if (lastYearOfEra(era) > shared) {
                    eras.add(NormalisedText.literal(era.japaneseName()) + "(" + NORMALISED.ascii(0, 0) + ")*"
                            + between(shared + 1, lastYearOfEra(era), NORMALISED::ascii));
                }
            }
            String year = NORMALISED.number(first, shared, 999);
            eras.add(0, "(" + names + ")" + (first == 1 ? "(" + NormalisedText.literal("元") + "|" + year + ")" : year));
        });
        List<String> months = new ArrayList<>();
        months.add(monthsOf(new int[] {1, 3, 5, 7, 8, 10, 12}, 31));
        months.add(monthsOf(new int[] {4, 6, 9, 11}, 30));
        months.add(monthsOf(new int[] {2}, 29));
        return NormalisedText.spacing() + "(" + String.join("|", eras) + ")" + NormalisedText.literal("年")
                + "(" + String.join("|", months) + ")" + NormalisedText.literal("日");
    }

    private static String monthsOf(int[] months, int days) {
        return NORMALISED.valuesIn(months) + NormalisedText.literal("月") + NORMALISED.number(1, days, days);
    }

    /** The first year of an era a date may name: 明治 from 6, when Japan took the Gregorian calendar. */
    private static long firstYearOfEra(JapaneseEra era) {
        long adopted = JapaneseDate.GREGORIAN_CALENDAR_ADOPTED.getYear() - era.firstGregorianYear() + 1;
        return Math.max(1, adopted);
    }

    /** The last year of an era a date may name: its Gregorian year is at most 999,999,999. */
    private static long lastYearOfEra(JapaneseEra era) {
        return MAX_YEAR - era.firstGregorianYear() + 1;
    }

    /**
     * {@code NoticeNumber.parse}: after NFKC and without spacing, an agency of kanji or kana, the
     * class 甲, 乙, 丙 or 丁, a division code of 1 to 4 kanji or katakana, 発第, a serial number of
     * 1 to 999,999,999 in digits (leading zeros allowed), 号. The parser takes the leftmost class
     * character that leaves 1 to 4 characters for the division code, so the characters just before
     * the class are no class character when the code is shorter than 4.
     */
    private static String noticeNumber() {
        String classes = classSymbols();
        IntPredicate kanjiOrKatakana = c -> isScript(c, Character.UnicodeScript.HAN)
                || isScript(c, Character.UnicodeScript.KATAKANA) || c == 'ー';
        IntPredicate agencyChar = kanjiOrKatakana.or(c -> isScript(c, Character.UnicodeScript.HIRAGANA));
        String agency = NormalisedText.atom(agencyChar);
        String agencyButClass = NormalisedText.atom(agencyChar.and(c -> classes.indexOf(c) < 0));
        String cls = NormalisedText.atom(classes);
        String division = NormalisedText.atom(kanjiOrKatakana);
        String prefix = "((" + agency + ")+" + cls + "(" + division + "){4}"
                + "|(" + agency + ")*" + agencyButClass + cls + "(" + division + "){3}"
                + "|((" + agency + ")*" + agencyButClass + ")?" + agencyButClass + cls + "(" + division + "){2}"
                + "|(((" + agency + ")*" + agencyButClass + ")?" + agencyButClass + ")?" + agencyButClass + cls + division + ")";
        String serial = "(" + NORMALISED.ascii(0, 0) + ")*" + between(1, MAX_YEAR, NORMALISED::ascii);
        return "^" + NormalisedText.spacing() + prefix + NormalisedText.literal("発第") + serial + NormalisedText.literal("号") + "$";
    }

    private static String classSymbols() {
        StringBuilder sb = new StringBuilder();
        for (NoticeClass c : NoticeClass.values()) {
            sb.append(c.symbol());
        }
        return sb.toString();
    }

    private static boolean isScript(int c, Character.UnicodeScript script) {
        return Character.UnicodeScript.of(c) == script;
    }

    /** The spacing the header forms of {@code Retention} and {@code Validity} take as written: {@code [\s\u3000]*}. */
    private static String headerSpacing() {
        return NormalisedText.exactly(" \t\n\u000B\f\r\u3000") + "*";
    }

    /**
     * {@code Retention.parse}: years in digits (half- or full-width) or kanji numerals, 1 to 9999
     * (kanji with places up to 999), 年, an opening bracket, a Japanese date, まで, a closing bracket;
     * spacing between them.
     */
    private static String retention() {
        String s = headerSpacing();
        return "^" + s + EXACT.number(1, 9999, 9999) + s + "年" + s
                + NormalisedText.exactly("(（") + japaneseDate() + "まで" + s + NormalisedText.exactly(")）") + s + "$";
    }

    /** {@code Validity.parse}: a class of kanji numerals, 種, an opening bracket, a Japanese date, まで, a closing bracket. */
    private static String validity() {
        String s = headerSpacing();
        return "^" + s + NormalisedText.exactly("一二三四五六七八九十") + "+" + s + "種" + s
                + NormalisedText.exactly("(（") + japaneseDate() + "まで" + s + NormalisedText.exactly(")）") + s + "$";
    }
}
