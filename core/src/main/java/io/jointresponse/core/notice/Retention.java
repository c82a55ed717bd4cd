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
 * <p>The stated end is kept as written, nominal era year and kanji numerals included. It should
 * equal the end computed from the date of issue ({@link #expectedEnd(LocalDate)}); a header where
 * it does not is still a valid value, for rule NTC-002 to report.
 *
 * <p>Two text forms: the value, which {@link #toString()} writes in half-width digits and
 * {@link #parse(CharSequence)} reads (the form of the wire format), and the whole header line with
 * its label, which {@link #toHeaderLine()} writes and {@link #parseHeaderLine(CharSequence)} reads
 * as notices print it: {@code [原議保存期間 3年(令和9年3月31日まで)]} or
 * {@code 原議保存期間<TAB>5年(平成36年3月31日まで)}.
 */
public final class Retention {

    /** The label of the header line, {@code 原議保存期間}. */
    public static final String LABEL = "原議保存期間";

    private static final String SPACE = Texts.SPACE;
    private static final Pattern FORM = Pattern.compile(SPACE + "([0-9０-９〇一二三四五六七八九十百○◯]+)" + SPACE + "年"
            + SPACE + "[(（]" + SPACE + "(.+?)" + SPACE + "まで" + SPACE + "[)）]" + SPACE, Pattern.DOTALL);
    private static final String EXAMPLE = "5年(平成36年3月31日まで)";
    private static final HeaderLine<Retention> LINE = new HeaderLine<>(LABEL, "retention", EXAMPLE, Retention::read);

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
     * Reads the value as {@link #toString()} writes it, such as {@code 5年(平成36年3月31日まで)}:
     * years and the last day in digits, full-width digits or kanji numerals
     * ({@code 五年(平成三十六年三月三十一日まで)}), full-width brackets and spacing accepted.
     *
     * @param text the retention, not null
     * @return the retention; its stated end keeps the date as written
     * @throws IllegalArgumentException if the text is not in that form, the number of years is
     *     outside 1 to 9999, or the date cannot be read; the message names the text and what was
     *     expected
     */
    public static Retention parse(CharSequence text) {
        return LINE.parseValue(text);
    }

    /**
     * Reads the retention line of a notice header as printed: the label {@code 原議保存期間} and
     * the value, with or without the enclosing {@code [ ]} or {@code ［ ］}, separated by spaces,
     * a tab or an ideographic space, such as {@code [原議保存期間 3年(令和9年3月31日まで)]},
     * {@code ［原議保存期間　3年（令和9年3月31日まで）］} or {@code 原議保存期間<TAB>5年(平成36年3月31日まで)}.
     * A colon may follow the label ({@code 原議保存期間：5年(…)}). The label may be left out, and so
     * may the brackets; a bracket opened must be closed.
     *
     * @param line the header line, not null
     * @return the retention; its stated end keeps the date as written
     * @throws IllegalArgumentException if the line is not in that form or its value cannot be read
     *     as by {@link #parse(CharSequence)}; the message names the line and what was expected
     */
    public static Retention parseHeaderLine(CharSequence line) {
        return LINE.parse(line);
    }

    /** Reads the value; the message of what it throws is only the problem. */
    private static Retention read(CharSequence text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("write years and the last day, such as " + EXAMPLE);
        }
        return new Retention(RetentionPeriod.parse(m.group(1) + "年"), JapaneseDate.parse(m.group(2)));
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

    /**
     * Returns the header line as notices print it, the label and the value in brackets, which
     * {@link #parseHeaderLine(CharSequence)} reads back.
     *
     * @return the header line, such as {@code [原議保存期間 5年(平成36年3月31日まで)]}
     */
    public String toHeaderLine() {
        return LINE.format(this);
    }

    /**
     * Returns the value in half-width digits, the stated end normalised as by
     * {@link JapaneseDate#toString()}; the form of the wire format.
     *
     * @return the value, such as {@code 5年(平成36年3月31日まで)}
     */
    @Override
    public String toString() {
        return period + "(" + statedEnd + "まで)";
    }
}
