package io.jointresponse.core.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A retention period of a public record (保存期間), in whole years, counted the way Japanese
 * public records count it: from 1 April of the fiscal year after the one in which the record was
 * made.
 *
 * <p>A notice issued on 2019-03-27 (fiscal year 2018) is counted from 2019-04-01, so 5 years end
 * on 2024-03-31 and 3 years on 2022-03-31; a notice issued on 2019-04-01 (fiscal year 2019) is
 * counted from 2020-04-01, so 1 year ends on 2021-03-31. {@link #toString()} gives the header form
 * {@code 5年}, which {@link #parse(CharSequence)} reads back.
 */
public final class RetentionPeriod {

    private final int years;

    private RetentionPeriod(int years) {
        this.years = years;
    }

    /**
     * Returns a retention period of whole years.
     *
     * @param years the number of years, 1 to 9999
     * @return the period
     * @throws IllegalArgumentException if the number of years is outside 1 to 9999
     */
    public static RetentionPeriod ofYears(int years) {
        if (years < 1 || years > 9999) {
            throw new IllegalArgumentException("A retention period is 1 to 9999 years: " + years);
        }
        return new RetentionPeriod(years);
    }

    /**
     * Reads a period written as in record headers, such as {@code 5年}, {@code ５年} or
     * {@code 五年}: the years in digits (half- or full-width) or in kanji numerals, which are read
     * as {@link JapaneseDate#parse(CharSequence)} reads the numbers of a date; spacing is accepted.
     *
     * @param text the period, not null
     * @return the period
     * @throws IllegalArgumentException if the text is not a number of years from 1 to 9999 (1 to
     *     999 in kanji) followed by 年; the message names the text
     */
    public static RetentionPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Zs}]+", "");
        String token = s.endsWith("年") ? s.substring(0, s.length() - 1) : "";
        int years = 0;
        String problem = "";
        if (!token.isEmpty() && token.chars().allMatch(ch -> KanjiNumerals.isNumeral((char) ch))) {
            try {
                years = KanjiNumerals.read(token, 4).value();
            } catch (IllegalArgumentException e) {
                problem = ": " + e.getMessage();
            }
        }
        if (years == 0) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a retention period" + problem
                    + "; write a number of years from 1 to 9999, such as 5年 or 五年");
        }
        return new RetentionPeriod(years);
    }

    /**
     * Returns the last day of retention of a record made on a day, for a number of years.
     *
     * @param made the day the record was made (a notice: its date of issue), not null
     * @param years the number of years, 1 to 9999
     * @return the last day of retention
     * @throws IllegalArgumentException if the number of years is outside 1 to 9999, or the last day
     *     is beyond the range of {@link LocalDate}
     */
    public static LocalDate retentionEnd(LocalDate made, int years) {
        return ofYears(years).endFor(made);
    }

    /** @return the number of years */
    public int years() {
        return years;
    }

    /**
     * Returns the day retention is counted from: 1 April of the fiscal year after the one the
     * record was made in.
     *
     * @param made the day the record was made, not null
     * @return the first day counted
     * @throws IllegalArgumentException if that day is beyond the range of {@link LocalDate}
     */
    public LocalDate startFor(LocalDate made) {
        return FiscalYear.containing(made).next().start();
    }

    /**
     * Returns the last day of retention: the end of the fiscal year {@link #years()} − 1 years
     * after the one retention is counted from.
     *
     * @param made the day the record was made, not null
     * @return the last day of retention, such as 2024-03-31 for 5 years from 2019-03-27
     * @throws IllegalArgumentException if that day is beyond the range of {@link LocalDate}
     */
    public LocalDate endFor(LocalDate made) {
        return FiscalYear.containing(made).plusYears(years).end();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPeriod && years == ((RetentionPeriod) o).years;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(years);
    }

    /** @return the header form, such as {@code 5年} */
    @Override
    public String toString() {
        return years + "年";
    }
}
