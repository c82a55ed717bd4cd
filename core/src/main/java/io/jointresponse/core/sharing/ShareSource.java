package io.jointresponse.core.sharing;

import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.privacy.BusinessIdentifying;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source of the content of an onward share: where it came from and, for content from JC3, the
 * exception that allows passing it to third parties (notice 185, §3(2); rule JC3-003).
 */
@Value.Immutable
public abstract class ShareSource {

    ShareSource() {}

    /** @return where the content came from */
    public abstract SourceOrigin origin();

    /**
     * Returns the reference of the source record, such as JC3's reference of what it provided or
     * the id of an incident report. Such an id can lead back to the business, so it is classified.
     *
     * @return the reference, where recorded
     */
    @BusinessIdentifying
    @Value.Redacted
    public abstract Optional<String> reference();

    /** @return the exception that allows disclosing content from JC3 to third parties, where one was approved */
    public abstract Optional<DisclosureExemption> disclosureExemption();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a source with no reference and no exception.
     *
     * @param origin where the content came from, not null
     * @return the source
     */
    public static ShareSource of(SourceOrigin origin) {
        return builder().origin(origin).build();
    }

    /** Builds a {@link ShareSource}. */
    public static final class Builder extends ImmutableShareSource.Builder {}
}
