package io.jointresponse.core.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year (年度) of the Japanese government, from 1 April to 31 March of the next year,
 * named after the Gregorian year it starts in: {@code FY2018} runs from 2018-04-01 to 2019-03-31.
 *
 * <p>{@link #toString()} gives {@code FY2018}, which {@link #parse(CharSequence)} reads back.
 * No era name is offered: the year that spans an era change has two names in use
 * ({@code 平成31年度} and {@code 令和元年度}).
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    private static final Pattern FORM = Pattern.compile("(?:FY(-?[0-9]{1,9})|(-?[0-9]{1,9})年度)");

    private final int startYear;

    private FiscalYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Returns the fiscal year that starts on 1 April of a Gregorian year.
     *
     * @param startYear the Gregorian year it starts in
     * @return the fiscal year
     * @throws IllegalArgumentException if the year, or the year after it, is outside the range of
     *     {@link LocalDate}
     */
    public static FiscalYear of(int startYear) {
        if (startYear < Year.MIN_VALUE || startYear >= Year.MAX_VALUE) {
            throw new IllegalArgumentException("A fiscal year must start and end within the years "
                    + Year.MIN_VALUE + " to " + Year.MAX_VALUE + ": " + startYear);
        }
        return new FiscalYear(startYear);
    }

    /**
     * Returns the fiscal year a day falls in: 2019-03-27 is in {@code FY2018}, 2019-04-01 in
     * {@code FY2019}.
     *
     * @param day the day, not null
     * @return the fiscal year
     * @throws IllegalArgumentException if the fiscal year would start or end outside the range of
     *     {@link LocalDate}
     */
    public static FiscalYear containing(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return of(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /**
     * Reads a fiscal year written {@code FY2018} or {@code 2018年度}; full-width digits are accepted.
     *
     * @param text the fiscal year, not null
     * @return the fiscal year
     * @throws IllegalArgumentException if the text has neither form, or the year is out of range
     */
    public static FiscalYear parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a fiscal year; write FY2018 or 2018年度");
        }
        return of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    /** @return the Gregorian year the fiscal year starts in */
    public int startYear() {
        return startYear;
    }

    /** @return 1 April of {@link #startYear()} */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** @return 31 March of the year after {@link #startYear()} */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /**
     * Tells whether a day falls in this fiscal year.
     *
     * @param day the day, not null
     * @return true from {@link #start()} to {@link #end()}, both included
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /**
     * Returns the fiscal year after this one.
     *
     * @return the next fiscal year
     * @throws IllegalArgumentException if it would end after the range of {@link LocalDate}
     */
    public FiscalYear next() {
        return plusYears(1);
    }

    /**
     * Returns the fiscal year before this one.
     *
     * @return the previous fiscal year
     * @throws IllegalArgumentException if it would start before the range of {@link LocalDate}
     */
    public FiscalYear previous() {
        return plusYears(-1);
    }

    /**
     * Returns the fiscal year a number of years later (or earlier, when negative).
     *
     * @param years the number of years to add
     * @return the fiscal year
     * @throws IllegalArgumentException if the result is outside the range of {@link LocalDate}
     */
    public FiscalYear plusYears(long years) {
        long year = startYear + years;
        if (year < Year.MIN_VALUE || year >= Year.MAX_VALUE) {
            throw new IllegalArgumentException("A fiscal year must start and end within the years "
                    + Year.MIN_VALUE + " to " + Year.MAX_VALUE + ": " + year);
        }
        return new FiscalYear((int) year);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /**
     * Tells whether this fiscal year is before another.
     *
     * @param other the other fiscal year, not null
     * @return true when this one starts earlier
     */
    public boolean isBefore(FiscalYear other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this fiscal year is after another.
     *
     * @param other the other fiscal year, not null
     * @return true when this one starts later
     */
    public boolean isAfter(FiscalYear other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalYear && startYear == ((FiscalYear) o).startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    /** @return {@code FY} and the start year, such as {@code FY2018} */
    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
