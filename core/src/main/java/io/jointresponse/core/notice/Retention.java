package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.calendar.RetentionPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention of a notice's original (原議保存期間) as its header states it: a number of years
 * and the stated last day, as in {@code 5年(平成36年3月31日まで)}.
 *
 * <p>The stated end is kept as written, nominal era year included. It should equal the end
 * computed from the date of issue ({@link #expectedEnd(LocalDate)}); a header where it does not
 * is still a valid value, for rule NTC-002 to report. {@link #toString()} gives the header form,
 * which {@link #parse(CharSequence)} reads back.
 */
public final class Retention {

    private static final String SPACE = "[\\s\\u3000]*";
    private static final Pattern FORM = Pattern.compile(SPACE + "([0-9０-９]+)" + SPACE + "年" + SPACE
            + "[(（]" + SPACE + "(.+?)" + SPACE + "まで" + SPACE + "[)）]" + SPACE, Pattern.DOTALL);

    private final RetentionPeriod period;
    private final JapaneseDate statedEnd;

    private Retention(RetentionPeriod period, JapaneseDate statedEnd) {
        this.period = period;
        this.statedEnd = statedEnd;
    }

    /**
     * Returns a retention.
     *
     * @param years the number of years, 1 to 9999
     * @param statedEnd the last day as the header states it, not null
     * @return the retention
     * @throws IllegalArgumentException if the number of years is outside 1 to 9999
     */
    public static Retention of(int years, JapaneseDate statedEnd) {
        return new Retention(RetentionPeriod.ofYears(years), Objects.requireNonNull(statedEnd, "statedEnd"));
    }

    /**
     * Reads the header form, such as {@code 5年(平成36年3月31日まで)}; full-width digits and
     * brackets and spacing are accepted.
     *
     * @param text the retention, not null
     * @return the retention; its stated end keeps the date as written
     * @throws IllegalArgumentException if the text is not in that form, the number of years is
     *     outside 1 to 9999, or the date cannot be read; the message names the text
     */
    public static Retention parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read \"" + text
                    + "\" as a retention: write years and the last day, such as 5年(平成36年3月31日まで)");
        }
        try {
            return new Retention(RetentionPeriod.parse(m.group(1) + "年"), JapaneseDate.parse(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a retention: " + e.getMessage(), e);
        }
    }

    /** @return the number of years */
    public int years() {
        return period.years();
    }

    /** @return the retention period */
    public RetentionPeriod period() {
        return period;
    }

    /** @return the last day as the header states it, as written */
    public JapaneseDate statedEnd() {
        return statedEnd;
    }

    /**
     * Returns the last day of retention computed from a date of issue: the years are counted from
     * 1 April of the fiscal year after the one the notice was issued in.
     *
     * @param issuedOn the date of issue, not null
     * @return the computed last day, such as 2024-03-31 for 5 years from 2019-03-27
     * @throws IllegalArgumentException if that day is beyond the range of {@link LocalDate}
     */
    public LocalDate expectedEnd(LocalDate issuedOn) {
        return period.endFor(issuedOn);
    }

    /**
     * Tells whether the stated end is the one computed from a date of issue (rule NTC-002).
     *
     * @param issuedOn the date of issue, not null
     * @return true when {@link #statedEnd()} is the day {@link #expectedEnd(LocalDate)} gives
     * @throws IllegalArgumentException if the computed day is beyond the range of {@link LocalDate}
     */
    public boolean statedEndMatches(LocalDate issuedOn) {
        return statedEnd.toLocalDate().equals(expectedEnd(issuedOn));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Retention && period.equals(((Retention) o).period)
                && statedEnd.equals(((Retention) o).statedEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, statedEnd);
    }

    /** @return the header form, such as {@code 5年(平成36年3月31日まで)} */
    @Override
    public String toString() {
        return period + "(" + statedEnd + "まで)";
    }
}
