package io.jointresponse.core.annual;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.document.Document;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The NPA's national compilation of the prefectural annual reports for one period (notice 217, §8:
 * 全国の共同対処協定の締結状況を取りまとめ公表).
 *
 * <p>The national figures are computed from the reports, never stored beside them, so they cannot
 * disagree. At most one report per prefectural police is allowed (rule ANR-002), but a compilation
 * that breaks this can be built so that the rule can report it.
 */
@Value.Immutable
public abstract non-sealed class NationalCompilation implements Document {

    NationalCompilation() {}

    /** @return the period compiled */
    public abstract ReportingPeriod period();

    /** @return the prefectural reports, in the order given */
    public abstract List<AnnualReport> reports();

    /** @return agreements in force nationally, summed over the reports that count them */
    public final int inForceTotal() {
        return reports().stream().mapToInt(r -> r.inForceTotal().orElse(0)).sum();
    }

    /** @return agreements in force nationally by sector, every sector present, in sector order */
    public final Map<Sector, Integer> inForceBySector() {
        Map<Sector, Integer> sums = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            sums.put(s, 0);
        }
        reports().forEach(r -> r.inForceBySector().forEach((s, n) -> sums.merge(s, n, Integer::sum)));
        return Collections.unmodifiableMap(sums);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NationalCompilation}. */
    public static final class Builder extends ImmutableNationalCompilation.Builder {}
}
