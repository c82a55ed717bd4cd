package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One prefectural police's annual report on the state of its joint-response agreements
 * (notice 217, §8: 共同対処協定の締結状況).
 *
 * <p>The reporting year is the calendar year, and the counts are taken as of its last day. Counts
 * are recorded as given: a report whose counts do not add up can be built, so that rule ANR-001 can
 * report it.
 */
@Value.Immutable
public abstract non-sealed class AnnualReport implements Document {

    AnnualReport() {}

    /** @return the reporting prefectural police */
    public abstract Prefecture prefecture();

    /** @return the calendar year reported on */
    public abstract int year();

    /** @return the day the counts are taken on, normally 31 December of the year */
    public abstract LocalDate asOf();

    /** @return agreements in force on {@link #asOf()}, by the partner's sector */
    public abstract Map<Sector, Integer> inForceBySector();

    /** @return agreements in force on {@link #asOf()}; the sum of {@link #inForceBySector()} */
    public abstract int inForceTotal();

    /** @return agreements in force at the end of the previous year */
    public abstract int previousYearTotal();

    /** @return agreements concluded during the year */
    public abstract int concludedDuringYear();

    /** @return agreements terminated during the year */
    public abstract int terminatedDuringYear();

    /** @return existing-channel arrangements in force on {@link #asOf()} (notice 217, §1) */
    public abstract int existingChannelArrangements();

    /** @return partners in force whose practical counterpart is a security vendor (notice 217, §2) */
    public abstract int vendorCounterpartPartners();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnnualReport}. */
    public static final class Builder extends ImmutableAnnualReport.Builder {}
}
