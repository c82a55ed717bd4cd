package io.jointresponse.validation;

import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.validation.internal.ClassifiedData;
import io.jointresponse.validation.internal.PersonalDataScan;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Makes an onward share fit to leave the police (notice 217, §7; rules SHR-001 and SHR-004): removes
 * what could identify the business and the personal information it can recognise.
 *
 * <p>It is driven by the model's data classification, the same that SHR-001 checks: every attribute
 * marked {@code @PersonalData} or {@code @BusinessIdentifying} is emptied, at any depth. Then, in
 * every unclassified text (the modus operandi, the indicators, the recipients' names, …):
 * <ul>
 *   <li>every value those attributes held (names, corporate numbers, identifiers, at least two
 *       characters long) is masked with {@value #MASK} wherever it occurs verbatim, ignoring case;</li>
 *   <li>everything the personal-data detectors find (SHR-004: telephone numbers, e-mail addresses,
 *       individual numbers, payment card numbers, IP addresses, and whatever detectors the caller
 *       adds) is masked with {@value #MASK}, in half-width and full-width forms alike.</li>
 * </ul>
 * A value written otherwise (another spelling, a nickname) cannot be recognised: free text remains its
 * author's responsibility.
 */
public final class ShareSanitiser {

    /** What replaces a classified value or detected personal data found inside unclassified text. */
    public static final String MASK = ClassifiedData.MASK;

    private ShareSanitiser() {}

    /**
     * Returns a copy of a share without classified data, masking what the library's detectors find
     * ({@link PersonalDataDetectors#standard()}).
     *
     * @param share a raw share, not null
     * @return the compliant share, equal to the input in every unclassified attribute except for
     *     masked text
     */
    public static OnwardShare sanitise(OnwardShare share) {
        return sanitise(share, PersonalDataDetectors.standard());
    }

    /**
     * Returns a copy of a share without classified data, masking what the given detectors find, such
     * as the library's with the application's own ({@link ValidationOptions#personalDataDetectors()}).
     *
     * @param share a raw share, not null
     * @param detectors the detectors whose findings are masked, not null
     * @return the compliant share, equal to the input in every unclassified attribute except for
     *     masked text
     */
    public static OnwardShare sanitise(OnwardShare share, List<PersonalDataDetector> detectors) {
        Objects.requireNonNull(share, "share");
        List<PersonalDataDetector> masking = List.copyOf(detectors);
        Set<String> secrets = ClassifiedData.secrets(share);
        return ClassifiedData.sanitise(share, text -> PersonalDataScan.mask(ClassifiedData.mask(text, secrets), masking, MASK));
    }
}
