package io.jointresponse.core.sharing;

import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A prefectural police's report to the NPA of information obtained through joint response, which
 * goes to both divisions at any time (notice 217, §7: 随時両課に報告; rule SHR-003).
 */
@Value.Immutable
public abstract non-sealed class DivisionReport implements Document {

    DivisionReport() {}

    /** @return the identifier of the report */
    public abstract String id();

    /** @return the reporting prefectural police */
    public abstract Prefecture prefecture();

    /** @return when it was reported */
    public abstract OffsetDateTime reportedAt();

    /** @return the NPA divisions it is addressed to, by role */
    public abstract Set<NpaRole> addressedTo();

    /** @return the crimes it concerns */
    public abstract List<CrimeType> crimeTypes();

    /** @return what is reported; inside the police it may still identify the business */
    @BusinessIdentifying
    @Value.Redacted
    public abstract String summary();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DivisionReport}. */
    public static final class Builder extends ImmutableDivisionReport.Builder {}
}
