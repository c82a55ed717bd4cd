package io.jointresponse.core.prevention;

import io.jointresponse.core.privacy.PersonalData;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The check, made before a release, of whether releasing damage-prevention information hinders the
 * investigation or the trial (notice 217, §5: 捜査幹部が捜査活動への支障の有無を事前に確認).
 */
@Value.Immutable
public abstract class HindranceCheck {

    HindranceCheck() {}

    /** @return when the check was made */
    public abstract OffsetDateTime checkedAt();

    /** @return the role of whoever checked */
    public abstract CheckerRole checkerRole();

    /** @return the name of whoever checked, where recorded */
    @PersonalData
    @Value.Redacted
    public abstract Optional<String> checkerName();

    /** @return what the check concluded */
    public abstract HindranceConclusion conclusion();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HindranceCheck}. */
    public static final class Builder extends ImmutableHindranceCheck.Builder {}
}
