package io.jointresponse.core.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A date written in the Japanese calendar, such as {@code 平成31年3月27日} or
 * {@code 平成三十一年三月二十七日}: an era, a year of the era, a month and a day.
 *
 * <p>The Gregorian year is the era's first year − 1 + the year of the era, whether or not the era
 * was in force on the day. Documents written before an era changed name days such as
 * {@code 平成36年3月31日}, which never existed as a day of 平成 but means 2024-03-31; such a
 * <em>nominal</em> date is read, kept as written and never shifted to the era in force
 * ({@link #isNominal()} tells it apart, {@link #toEraInForce()} converts it on request). The same
 * rule holds before an era began, deliberately: documents of 2019 call 2019-04-01 the first day of
 * {@code 令和元年度}, and {@code 令和元年4月1日} is read as that day, nominal; likewise
 * {@code 平成元年1月1日} is 1989-01-01, a day of 昭和64年. The day itself is checked strictly:
 * {@code 令和6年2月30日} and {@code 令和5年2月29日} are rejected.
 *
 * <p>Only days from {@link #GREGORIAN_CALENDAR_ADOPTED} (明治6年1月1日, 1873-01-01) on are dates
 * of this calendar. Before it Japan counted days in a lunisolar calendar, whose months do not match
 * the Gregorian ones: {@code 明治5年12月2日}, its last day, was 1872-12-31, and the next day was
 * {@code 明治6年1月1日}, so {@code 明治5年12月3日} to {@code 12月31日} never existed. Such dates
 * are rejected, never mapped as if Gregorian; {@code java.time.chrono.JapaneseDate} likewise stops
 * at Meiji 6.
 *
 * <p>{@link #parse(CharSequence)} reads digits, full-width digits and kanji numerals, and keeps
 * the text as written ({@link #text()}), which is what the wire format carries. {@link #toString()}
 * gives the normalised text that reads back to an equal value: half-width digits without leading
 * zeros, no spacing, and {@code 元年} for year 1 whether written {@code 元年}, {@code 1年} or
 * {@code 一年}; {@link #format(Numerals)} writes full-width digits or kanji numerals instead. Two
 * dates are equal when era, year of era, month and day are equal; how they were written does not
 * count, and the same day written in two eras ({@code 平成31年5月1日}, {@code 令和元年5月1日})
 * gives two different values with the same {@link #toLocalDate()}.
 */
public final class JapaneseDate {

    /**
     * The first day of the Gregorian calendar in Japan, 明治6年1月1日 (1873-01-01), and the first
     * day this class represents. The day before was 明治5年12月2日 of the lunisolar calendar.
     */
    public static final LocalDate GREGORIAN_CALENDAR_ADOPTED = LocalDate.of(1873, 1, 1);

    /** The most a year of an era written in kanji may be: a larger one is a Gregorian year. */
    private static final int MAX_KANJI_YEAR_OF_ERA = 999;

    /** How {@link #format(Numerals)} writes the numbers of a date; each writes year 1 as 元. */
    public enum Numerals {
        /** Half-width digits without leading zeros, as {@code 平成31年3月27日}: the form of {@link #toString()}. */
        DIGITS,
        /** Full-width digits without leading zeros, as {@code 平成３１年３月２７日}. */
        FULL_WIDTH_DIGITS,
        /**
         * Kanji numerals with the places 十 and 百, as formal and vertical documents write them:
         * {@code 平成三十一年三月二十七日}, {@code 令和元年十月一日}. Years of an era up to 999.
         */
        KANJI
    }

    private final String text;
    private final JapaneseEra era;
    private final int yearOfEra;
    private final LocalDate date;

    private JapaneseDate(String text, JapaneseEra era, int yearOfEra, LocalDate date) {
        this.text = text;
        this.era = era;
        this.yearOfEra = yearOfEra;
        this.date = date;
    }

    /**
     * Returns the date of a day written in the era in force on that day, such as
     * {@code 令和元年5月1日} for 2019-05-01.
     *
     * @param day the day, not null
     * @return the Japanese date; its text is the normalised form
     * @throws IllegalArgumentException if the day is before {@link #GREGORIAN_CALENDAR_ADOPTED}
     */
    public static JapaneseDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(GREGORIAN_CALENDAR_ADOPTED)) {
            throw new IllegalArgumentException(day + " is before " + GREGORIAN_CALENDAR_ADOPTED
                    + " (明治6年1月1日), when Japan adopted the Gregorian calendar; the days before it were written"
                    + " in the lunisolar calendar, which this library does not convert");
        }
        JapaneseEra era = JapaneseEra.inForceOn(day);
        int yearOfEra = day.getYear() - era.firstGregorianYear() + 1;
        return new JapaneseDate(format(era, yearOfEra, day, Numerals.DIGITS), era, yearOfEra, day);
    }

    /**
     * Returns a date from its parts. A nominal date, after its era ended or before it began, is
     * allowed.
     *
     * @param era the era, not null
     * @param yearOfEra the year of the era, 1 for {@code 元年}
     * @param month the month, 1 to 12
     * @param dayOfMonth the day of the month
     * @return the Japanese date; its text is the normalised form
     * @throws IllegalArgumentException if the year of the era is less than 1, the month or day
     *     does not exist in that Gregorian year, or the day is before
     *     {@link #GREGORIAN_CALENDAR_ADOPTED} ({@code 明治5年} and earlier)
     */
    public static JapaneseDate of(JapaneseEra era, int yearOfEra, int month, int dayOfMonth) {
        Objects.requireNonNull(era, "era");
        int year = era.gregorianYear(yearOfEra);
        beforeGregorian(era, yearOfEra, month, dayOfMonth).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        LocalDate day;
        try {
            day = LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(era.japaneseName() + yearOfEra + "年 (" + year + ") has no "
                    + month + "月" + dayOfMonth + "日", e);
        }
        return new JapaneseDate(format(era, yearOfEra, day, Numerals.DIGITS), era, yearOfEra, day);
    }

    /**
     * Reads a date written in the Japanese calendar, such as {@code 平成31年3月27日},
     * {@code 令和元年5月1日}, {@code 令和６年４月１日}, {@code 平成三十一年三月二十七日} or, with
     * spacing left by OCR, {@code 平成 31 年 3 月 27 日}.
     *
     * <p>Each of year, month and day is written in one of three notations, and notations may differ
     * between them ({@code 令和6年十月1日} is read):
     * <ul>
     *   <li>digits, half- or full-width, leading zeros allowed ({@code 06});
     *   <li>kanji numerals with the places 十 and 百 ({@code 三十一}, {@code 百}): one digit from 二
     *       to 九 before a place, never 一 ({@code 十一}, not {@code 一十一});
     *   <li>kanji numerals digit by digit with 〇 ({@code 一〇月}, {@code 三一日}); {@code ○} and
     *       {@code ◯}, typed in place of 〇, are read as 〇.
     * </ul>
     * Year 1 may also be {@code 元}. One number never mixes notations ({@code 3十1}, and the
     * ambiguous {@code 二十〇}, are rejected). A year of an era written in kanji is at most 999:
     * four kanji digits ({@code 令和二〇二四年}) are a Gregorian year, which no era date takes.
     * Spacing anywhere and the one-character era signs such as {@code ㍻} are accepted (the text is
     * read after Unicode NFKC normalisation).
     *
     * <p>Nominal era years, after the era ended or before it began, are read as they are written
     * ({@code 平成36年3月31日} is 2024-03-31). Dates before {@link #GREGORIAN_CALENDAR_ADOPTED}
     * ({@code 明治5年12月2日} and earlier, and the days {@code 明治5年12月3日} to {@code 12月31日}
     * that never existed) are rejected, saying why.
     *
     * @param text the date, not null
     * @return the date, which keeps {@code text} as written
     * @throws JapaneseDateParseException if the text is empty, names an unknown era, has era year 0,
     *     lacks a part, writes a number in no notation above or mixes notations in one number, has
     *     text left over, names a day that does not exist, or names a day before the Gregorian
     *     calendar; the message quotes the text and says what was expected
     */
    public static JapaneseDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String written = text.toString();
        String s = normalise(written);
        if (s.isEmpty()) {
            throw new JapaneseDateParseException(written, "the text is empty");
        }
        JapaneseEra era = null;
        for (JapaneseEra e : JapaneseEra.values()) {
            if (s.startsWith(e.japaneseName())) {
                era = e;
                break;
            }
        }
        if (era == null) {
            int i = 0;
            while (i < s.length() && !KanjiNumerals.isNumeral(s.charAt(i)) && s.charAt(i) != '元' && s.charAt(i) != '年') {
                i++;
            }
            throw new JapaneseDateParseException(written, i == 0
                    ? "it does not start with an era name (" + JapaneseEra.names() + ")"
                    : "unknown era \"" + s.substring(0, i) + "\"; known eras are " + JapaneseEra.names());
        }
        Cursor c = new Cursor(written, s, era.japaneseName().length());
        int yearOfEra;
        if (c.skip('元')) {
            yearOfEra = 1;
        } else {
            KanjiNumerals.Reading year = c.number("the year of the era", 9, "digits (31), kanji numerals (三十一) or 元");
            yearOfEra = year.value();
            if (yearOfEra == 0) {
                throw new JapaneseDateParseException(written,
                        "era year 0 does not exist; the first year of an era is 元年 (1)");
            }
            if (year.notation() != KanjiNumerals.Notation.DIGITS && yearOfEra > MAX_KANJI_YEAR_OF_ERA) {
                int meant = yearOfEra - era.firstGregorianYear() + 1;
                throw new JapaneseDateParseException(written, "a year of an era written in kanji goes up to 九百九十九;"
                        + " " + yearOfEra + " is a Gregorian year, which a date of an era does not take: write the"
                        + " year of " + era.japaneseName() + (meant >= 1 && meant <= MAX_KANJI_YEAR_OF_ERA
                                ? " (" + yearOfEra + " is " + era.japaneseName() + yearText(meant, Numerals.KANJI) + "年)"
                                : ""));
            }
        }
        c.expect('年', "the year");
        int month = c.number("the month", 2, "digits (3) or kanji numerals (三)").value();
        c.expect('月', "the month");
        int dayOfMonth = c.number("the day", 2, "digits (27) or kanji numerals (二十七)").value();
        c.expect('日', "the day");
        if (!c.atEnd()) {
            throw new JapaneseDateParseException(written, "unexpected text \"" + s.substring(c.pos) + "\" after 日");
        }
        long year = (long) era.firstGregorianYear() - 1 + yearOfEra;
        if (year > Year.MAX_VALUE) {
            throw new JapaneseDateParseException(written, "the year " + era.japaneseName() + yearOfEra
                    + "年 is beyond the supported range");
        }
        if (month < 1 || month > 12) {
            throw new JapaneseDateParseException(written, "month " + month + " does not exist");
        }
        Optional<String> beforeGregorian = beforeGregorian(era, yearOfEra, month, dayOfMonth);
        if (beforeGregorian.isPresent()) {
            throw new JapaneseDateParseException(written, beforeGregorian.get());
        }
        LocalDate day;
        try {
            day = LocalDate.of((int) year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw new JapaneseDateParseException(written, year + " (" + era.japaneseName()
                    + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年) has no " + month + "月"
                    + dayOfMonth + "日");
        }
        return new JapaneseDate(written, era, yearOfEra, day);
    }

    /**
     * Tells why a day of 明治5年 or earlier is no date of this calendar; such days are the only ones
     * before {@link #GREGORIAN_CALENDAR_ADOPTED}, since 明治6年 is 1873.
     */
    private static Optional<String> beforeGregorian(JapaneseEra era, int yearOfEra, int month, int dayOfMonth) {
        if (era != JapaneseEra.MEIJI || yearOfEra > 5) {
            return Optional.empty();
        }
        String day = "明治" + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + month + "月" + dayOfMonth + "日";
        if (yearOfEra == 5 && month == 12 && dayOfMonth >= 3) {
            return Optional.of(day + " never existed: Japan adopted the Gregorian calendar by going from 明治5年12月2日"
                    + " straight to 明治6年1月1日 (1873-01-01), so 明治5年12月3日 to 12月31日 were never counted");
        }
        return Optional.of(day + " is a date of the lunisolar calendar, which Japan used until 明治5年12月2日; the"
                + " Gregorian calendar, the only one read here, starts on 明治6年1月1日 (1873-01-01), and a lunisolar"
                + " date is not converted as if it were Gregorian");
    }

    /** @return the text as written when parsed, or the normalised text when built from parts */
    public String text() {
        return text;
    }

    /** @return the era the date is written in */
    public JapaneseEra era() {
        return era;
    }

    /** @return the year of the era as written, 1 for {@code 元年} */
    public int yearOfEra() {
        return yearOfEra;
    }

    /** @return the month, 1 to 12 */
    public int month() {
        return date.getMonthValue();
    }

    /** @return the day of the month */
    public int dayOfMonth() {
        return date.getDayOfMonth();
    }

    /** @return the Gregorian date this date means */
    public LocalDate toLocalDate() {
        return date;
    }

    /**
     * Tells whether the date names a day on which its era was not in force, such as
     * {@code 平成36年3月31日} (平成 ended on 2019-04-30), {@code 令和元年4月1日} (令和 began on
     * 2019-05-01) or {@code 平成元年1月1日} (平成 began on 1989-01-08). Such dates are lawful text:
     * documents written before an era changed name days after it, and documents of an era's first
     * year name its earlier days, such as the start of the fiscal year, in the new era.
     *
     * @return true when the era was not in force on {@link #toLocalDate()}
     */
    public boolean isNominal() {
        return !era.isInForceOn(date);
    }

    /**
     * Returns the same day written in the era in force on it: {@code 令和6年3月31日} for
     * {@code 平成36年3月31日}; this date itself when it is not nominal.
     *
     * @return the date in the era in force
     */
    public JapaneseDate toEraInForce() {
        return isNominal() ? of(date) : this;
    }

    /**
     * Returns the normalised text: half-width digits without leading zeros, no spacing, and
     * {@code 元年} for year 1; the same as {@code format(Numerals.DIGITS)}.
     *
     * @return the normalised text, such as {@code 令和元年5月1日}
     */
    public String format() {
        return format(era, yearOfEra, date, Numerals.DIGITS);
    }

    /**
     * Returns the date written with the numerals asked for, without spacing and with {@code 元年}
     * for year 1: {@code 平成三十一年三月二十七日} and {@code 令和元年十月一日} in
     * {@link Numerals#KANJI}. {@link #parse(CharSequence)} reads every form back to an equal value.
     *
     * @param numerals how to write the numbers, not null
     * @return the text, such as {@code 平成三十一年三月二十七日}
     * @throws DateTimeException if kanji numerals are asked for and the year of the era is beyond
     *     999, which only a date of the 29th century or later has
     */
    public String format(Numerals numerals) {
        Objects.requireNonNull(numerals, "numerals");
        if (numerals == Numerals.KANJI && yearOfEra > MAX_KANJI_YEAR_OF_ERA) {
            throw new DateTimeException("Year " + yearOfEra + " of " + era.japaneseName()
                    + " is not written in kanji numerals, which go up to 九百九十九 here");
        }
        return format(era, yearOfEra, date, numerals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JapaneseDate && era == ((JapaneseDate) o).era
                && yearOfEra == ((JapaneseDate) o).yearOfEra && date.equals(((JapaneseDate) o).date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(era, yearOfEra, date);
    }

    /** @return the normalised text, as {@link #format()}; {@link #parse(CharSequence)} reads it back */
    @Override
    public String toString() {
        return format();
    }

    private static String format(JapaneseEra era, int yearOfEra, LocalDate day, Numerals numerals) {
        return era.japaneseName() + yearText(yearOfEra, numerals) + "年" + number(day.getMonthValue(), numerals) + "月"
                + number(day.getDayOfMonth(), numerals) + "日";
    }

    private static String yearText(int yearOfEra, Numerals numerals) {
        return yearOfEra == 1 ? "元" : number(yearOfEra, numerals);
    }

    private static String number(int n, Numerals numerals) {
        String digits = String.valueOf(n);
        return switch (numerals) {
            case DIGITS -> digits;
            case FULL_WIDTH_DIGITS -> digits.chars().map(ch -> ch - '0' + '０')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            case KANJI -> KanjiNumerals.format(n);
        };
    }

    // NFKC turns full-width digits and the era signs (㍻, ㋿) into what the reader expects; spacing
    // is dropped because OCR inserts it anywhere.
    private static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char ch = nfkc.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Reads the normalised text from left to right, failing with the text as written. */
    private static final class Cursor {
        private final String written;
        private final String s;
        private int pos;

        Cursor(String written, String s, int pos) {
            this.written = written;
            this.s = s;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        boolean skip(char ch) {
            if (pos < s.length() && s.charAt(pos) == ch) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char ch, String after) {
            if (!skip(ch)) {
                throw new JapaneseDateParseException(written, "expected " + ch + " after " + after
                        + (atEnd() ? ", found the end of the text" : ", found \"" + s.substring(pos) + "\""));
            }
        }

        KanjiNumerals.Reading number(String what, int maxDigits, String expected) {
            int start = pos;
            while (pos < s.length() && KanjiNumerals.isNumeral(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new JapaneseDateParseException(written, what + " is missing"
                        + (atEnd() ? "" : " before \"" + s.substring(pos) + "\"")
                        + ": expected " + expected);
            }
            try {
                return KanjiNumerals.read(s.substring(start, pos), maxDigits);
            } catch (IllegalArgumentException e) {
                throw new JapaneseDateParseException(written, what + " " + e.getMessage());
            }
        }
    }
}
