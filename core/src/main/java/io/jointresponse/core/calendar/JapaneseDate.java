package io.jointresponse.core.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A date written in the Japanese calendar, such as {@code 平成31年3月27日}: an era, a year of the
 * era, a month and a day.
 *
 * <p>The Gregorian year is the era's first year − 1 + the year of the era, whether or not the era
 * was still in force then. Documents written before an era changed name days such as
 * {@code 平成36年3月31日}, which never existed as a day of 平成 but means 2024-03-31; such a
 * <em>nominal</em> date is read, kept as written and never shifted to the era in force
 * ({@link #isNominal()} tells it apart, {@link #toEraInForce()} converts it on request). The day
 * itself is checked strictly: {@code 令和6年2月30日} is rejected.
 *
 * <p>{@link #parse(CharSequence)} keeps the text as written ({@link #text()}). {@link #toString()}
 * gives the normalised text that it reads back to an equal value: half-width digits without
 * leading zeros, no spacing, and {@code 元年} for year 1 whether written {@code 元年} or
 * {@code 1年}. Two dates are equal when era, year of era, month and day are equal; how they were
 * written does not count, and the same day written in two eras ({@code 平成31年5月1日},
 * {@code 令和元年5月1日}) gives two different values with the same {@link #toLocalDate()}.
 */
public final class JapaneseDate {

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
     * @throws IllegalArgumentException if the day is before {@link JapaneseEra#MEIJI} came into force
     */
    public static JapaneseDate of(LocalDate day) {
        JapaneseEra era = JapaneseEra.inForceOn(day);
        int yearOfEra = day.getYear() - era.firstGregorianYear() + 1;
        return new JapaneseDate(format(era, yearOfEra, day), era, yearOfEra, day);
    }

    /**
     * Returns a date from its parts. A nominal date, after its era ended, is allowed.
     *
     * @param era the era, not null
     * @param yearOfEra the year of the era, 1 for {@code 元年}
     * @param month the month, 1 to 12
     * @param dayOfMonth the day of the month
     * @return the Japanese date; its text is the normalised form
     * @throws IllegalArgumentException if the year of the era is less than 1, or the month or day
     *     does not exist in that Gregorian year
     */
    public static JapaneseDate of(JapaneseEra era, int yearOfEra, int month, int dayOfMonth) {
        Objects.requireNonNull(era, "era");
        int year = era.gregorianYear(yearOfEra);
        LocalDate day;
        try {
            day = LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(era.japaneseName() + yearOfEra + "年 (" + year + ") has no "
                    + month + "月" + dayOfMonth + "日", e);
        }
        return new JapaneseDate(format(era, yearOfEra, day), era, yearOfEra, day);
    }

    /**
     * Reads a date written in the Japanese calendar, such as {@code 平成31年3月27日},
     * {@code 令和元年5月1日}, {@code 令和６年４月１日} or, with spacing left by OCR,
     * {@code 平成 31 年 3 月 27 日}.
     *
     * <p>Full-width digits and spacing are accepted, as are the one-character era signs such as
     * {@code ㍻} (the text is read after Unicode NFKC normalisation). Nominal era years, after the
     * era ended, are read as they are written ({@code 平成36年3月31日} is 2024-03-31).
     *
     * @param text the date, not null
     * @return the date, which keeps {@code text} as written
     * @throws JapaneseDateParseException if the text is empty, names an unknown era, has era year 0,
     *     lacks a part, has text left over, or names a day that does not exist
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
            while (i < s.length() && !isAsciiDigit(s.charAt(i)) && s.charAt(i) != '元' && s.charAt(i) != '年') {
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
            yearOfEra = c.number("the year of the era", 9);
            if (yearOfEra == 0) {
                throw new JapaneseDateParseException(written,
                        "era year 0 does not exist; the first year of an era is 元年 (1)");
            }
        }
        c.expect('年', "the year");
        int month = c.number("the month", 2);
        c.expect('月', "the month");
        int dayOfMonth = c.number("the day", 2);
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
     * {@code 平成36年3月31日} (平成 ended on 2019-04-30) or {@code 平成元年1月1日} (平成 began on
     * 1989-01-08). Such dates are lawful text in documents written before an era changed.
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
     * @throws IllegalArgumentException if the day is before {@link JapaneseEra#MEIJI} came into force
     */
    public JapaneseDate toEraInForce() {
        return isNominal() ? of(date) : this;
    }

    /**
     * Returns the normalised text: half-width digits without leading zeros, no spacing, and
     * {@code 元年} for year 1.
     *
     * @return the normalised text, such as {@code 令和元年5月1日}
     */
    public String format() {
        return format(era, yearOfEra, date);
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

    private static String format(JapaneseEra era, int yearOfEra, LocalDate day) {
        return era.japaneseName() + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年"
                + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
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

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
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

        int number(String what, int maxDigits) {
            int start = pos;
            while (pos < s.length() && isAsciiDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new JapaneseDateParseException(written, what + " is missing"
                        + (atEnd() ? "" : " before \"" + s.substring(pos) + "\""));
            }
            String digits = s.substring(start, pos).replaceFirst("^0+(?=.)", "");
            if (digits.length() > maxDigits) {
                throw new JapaneseDateParseException(written, what + " " + digits + " is too large");
            }
            return Integer.parseInt(digits);
        }
    }
}
