package io.jointresponse.core.annual;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The period an annual report covers, from its first to its last day, both included.
 *
 * <p>Notice 217, §8 asks each prefectural police to report the state of its agreements every year
 * (毎年) and leaves the items, timing and format to a separate instruction (報告事項、報告時期、報告様式
 * については別途指示する). A period is therefore whatever that instruction says: a calendar year, a
 * fiscal year, or explicit dates. A period whose dates disagree with its type can be built, so that
 * rule ANR-001 can report it.
 */
@Value.Immutable
public abstract class ReportingPeriod {

    /** The first year a report can be of. */
    public static final int FIRST_YEAR = 1;

    /** The last year a report can be of: four digits, as the wire format writes dates. */
    public static final int LAST_YEAR = 9999;

    ReportingPeriod() {}

    /** @return how the period is defined */
    public abstract PeriodType type();

    /** @return the first day of the period */
    public abstract LocalDate start();

    /** @return the last day of the period */
    public abstract LocalDate end();

    /**
     * Tells whether a day falls in the period.
     *
     * @param day the day, not null
     * @return true when start ≤ day ≤ end
     */
    public final boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /**
     * Tells whether the dates are those of the period's type: 1 January to 31 December of one year
     * for a calendar year, 1 April to 31 March of the next for a fiscal year, an end not before the
     * start for explicit dates.
     *
     * @return true when the dates agree with the type
     */
    public final boolean isConsistent() {
        switch (type()) {
            case CALENDAR_YEAR:
                return start().getMonthValue() == 1 && start().getDayOfMonth() == 1
                        && end().equals(LocalDate.of(start().getYear(), 12, 31));
            case FISCAL_YEAR:
                return start().getMonthValue() == 4 && start().getDayOfMonth() == 1
                        && end().equals(LocalDate.of(start().getYear() + 1, 3, 31));
            case EXPLICIT:
                return !end().isBefore(start());
            default:
                throw new IllegalStateException("Unknown period type");
        }
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year, from 1 to 9999
     * @return 1 January to 31 December of the year
     * @throws IllegalArgumentException if the year is out of that range
     */
    public static ReportingPeriod calendarYear(int year) {
        checkYear(year);
        return builder().type(PeriodType.CALENDAR_YEAR).start(LocalDate.of(year, 1, 1)).end(LocalDate.of(year, 12, 31)).build();
    }

    /**
     * Returns a Japanese fiscal year (年度), named by the calendar year it starts in: fiscal year
     * 2021 (令和3年度) runs from 2021-04-01 to 2022-03-31.
     *
     * @param fiscalYear the year it starts in, from 1 to 9998
     * @return 1 April of the year to 31 March of the next
     * @throws IllegalArgumentException if the year is out of that range
     */
    public static ReportingPeriod fiscalYear(int fiscalYear) {
        checkYear(fiscalYear + 1);
        checkYear(fiscalYear);
        return builder().type(PeriodType.FISCAL_YEAR).start(LocalDate.of(fiscalYear, 4, 1))
                .end(LocalDate.of(fiscalYear + 1, 3, 31)).build();
    }

    /**
     * Returns a period of explicit dates.
     *
     * @param start the first day, not null
     * @param end the last day, not before the first, not null
     * @return the period
     * @throws IllegalArgumentException if the end is before the start
     */
    public static ReportingPeriod between(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A reporting period ends on or after its first day: " + start + " to " + end);
        }
        return builder().type(PeriodType.EXPLICIT).start(start).end(end).build();
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("A reporting year is from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
    }

    /** @return the period as {@code CALENDAR_YEAR 2021-01-01..2021-12-31} */
    @Override
    public String toString() {
        return type() + " " + start() + ".." + end();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportingPeriod}. */
    public static final class Builder extends ImmutableReportingPeriod.Builder {}
}
