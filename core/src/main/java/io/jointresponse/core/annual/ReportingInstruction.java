package io.jointresponse.core.annual;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How an annual report is to be made: the period it covers, the day its counts are taken, and the
 * items it counts.
 *
 * <p>Notice 217, §8 leaves all three to a separate instruction (報告事項、報告時期、報告様式については別途
 * 指示する), which is not part of the notices. A user who has received that instruction builds it
 * here, with its reference; {@link #libraryDefault(int)} is what the library does without one, and
 * says so in every report made with it.
 */
@Value.Immutable
public abstract class ReportingInstruction {

    ReportingInstruction() {}

    /** @return the period reported on */
    public abstract ReportingPeriod period();

    /**
     * Returns the day the counts are taken: in force means in force at the end of that day, and
     * agreements concluded or terminated in the period are counted up to it.
     *
     * @return the count day; the last day of the period unless set
     */
    @Value.Default
    public LocalDate countDay() {
        return period().end();
    }

    /** @return the items counted; every item unless set */
    @Value.Default
    public Set<ReportItem> items() {
        return EnumSet.allOf(ReportItem.class);
    }

    /** @return which instruction this is; one given to the library, without a reference, unless set */
    @Value.Default
    public Instruction instruction() {
        return Instruction.builder().source(InstructionSource.GIVEN).build();
    }

    /**
     * Returns the library's default, which is not the notice's: the calendar year, counted as of
     * 31 December, every item.
     *
     * @param year the calendar year, from 1 to 9999
     * @return the default instruction for that year
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReportingInstruction libraryDefault(int year) {
        return builder().period(ReportingPeriod.calendarYear(year)).instruction(Instruction.libraryDefault()).build();
    }

    /**
     * Returns the instruction of a period, counted as of its last day, every item; marked as given to
     * the library, without a reference.
     *
     * @param period the period, not null
     * @return the instruction
     */
    public static ReportingInstruction of(ReportingPeriod period) {
        return builder().period(period).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportingInstruction}. */
    public static final class Builder extends ImmutableReportingInstruction.Builder {}
}
