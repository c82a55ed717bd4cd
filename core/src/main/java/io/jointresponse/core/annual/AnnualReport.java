package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One prefectural police's report on the state of its joint-response agreements (notice 217, §8:
 * 共同対処協定の締結状況).
 *
 * <p>The notice leaves the items, timing and format to a separate instruction; the report records
 * the period it covers, the day its counts were taken and the {@link #instruction() instruction} it
 * was made under. Each count is present when the instruction asked for it. Counts are recorded as
 * given: a report whose counts do not add up can be built, so that rule ANR-001 can report it.
 */
@Value.Immutable
public abstract non-sealed class AnnualReport implements Document {

    AnnualReport() {}

    /** @return the reporting prefectural police */
    public abstract Prefecture prefecture();

    /** @return the period reported on */
    public abstract ReportingPeriod period();

    /** @return the day the counts were taken: "in force" means in force at the end of that day */
    public abstract LocalDate asOf();

    /** @return the instruction the report was made under: the library's default, or the NPA's */
    public abstract Instruction instruction();

    /** @return agreements in force on {@link #asOf()}, by the partner's sector; empty when not counted */
    public abstract Map<Sector, Integer> inForceBySector();

    /** @return agreements in force on {@link #asOf()}; the sum of {@link #inForceBySector()} */
    public abstract Optional<Integer> inForceTotal();

    /** @return agreements in force when the period began, at the end of the day before its first day */
    public abstract Optional<Integer> inForceAtPeriodStart();

    /** @return agreements concluded from the period's first day to {@link #asOf()} or its last day, whichever is earlier */
    public abstract Optional<Integer> concludedInPeriod();

    /** @return agreements that ended from the period's first day to {@link #asOf()} or its last day, whichever is earlier */
    public abstract Optional<Integer> terminatedInPeriod();

    /** @return existing-channel arrangements in force on {@link #asOf()} (notice 217, §1) */
    public abstract Optional<Integer> existingChannelArrangements();

    /** @return agreements in force on {@link #asOf()} whose practical counterpart is a security vendor (notice 217, §2) */
    public abstract Optional<Integer> vendorCounterpartPartners();

    /** @return the items the report counts: those whose count is present */
    public final Set<ReportItem> items() {
        Set<ReportItem> items = EnumSet.noneOf(ReportItem.class);
        if (!inForceBySector().isEmpty()) {
            items.add(ReportItem.IN_FORCE_BY_SECTOR);
        }
        inForceTotal().ifPresent(n -> items.add(ReportItem.IN_FORCE_TOTAL));
        inForceAtPeriodStart().ifPresent(n -> items.add(ReportItem.IN_FORCE_AT_PERIOD_START));
        concludedInPeriod().ifPresent(n -> items.add(ReportItem.CONCLUDED_IN_PERIOD));
        terminatedInPeriod().ifPresent(n -> items.add(ReportItem.TERMINATED_IN_PERIOD));
        existingChannelArrangements().ifPresent(n -> items.add(ReportItem.EXISTING_CHANNELS));
        vendorCounterpartPartners().ifPresent(n -> items.add(ReportItem.VENDOR_COUNTERPARTS));
        return items;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnnualReport}. */
    public static final class Builder extends ImmutableAnnualReport.Builder {}
}
