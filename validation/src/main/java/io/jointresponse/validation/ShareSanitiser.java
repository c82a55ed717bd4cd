package io.jointresponse.validation;

import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.validation.internal.ClassifiedData;
import java.util.Objects;
import java.util.Set;

/**
 * Makes an onward share fit to leave the police (notice 217, §7; rule SHR-001): removes what could
 * identify the business and all personal information.
 *
 * <p>It is driven by the model's data classification, the same that SHR-001 checks: every attribute
 * marked {@code @PersonalData} or {@code @BusinessIdentifying} is emptied, at any depth. Then every
 * value those attributes held (names, corporate numbers, identifiers, at least two characters long)
 * is masked with {@value #MASK} wherever it occurs verbatim, ignoring case, in unclassified text such
 * as the modus operandi and the indicators. A value written differently (another spelling, a
 * full-width form, a nickname) cannot be recognised: free text remains its author's responsibility.
 */
public final class ShareSanitiser {

    /** What replaces a classified value found inside unclassified text. */
    public static final String MASK = ClassifiedData.MASK;

    private ShareSanitiser() {}

    /**
     * Returns a copy of a share without classified data.
     *
     * @param share a raw share, not null
     * @return the compliant share, equal to the input in every unclassified attribute except for
     *     masked text
     */
    public static OnwardShare sanitise(OnwardShare share) {
        Objects.requireNonNull(share, "share");
        Set<String> secrets = ClassifiedData.secrets(share);
        return ClassifiedData.sanitise(share, secrets);
    }
}
