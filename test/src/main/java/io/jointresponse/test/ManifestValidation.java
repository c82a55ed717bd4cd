package io.jointresponse.test;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates a manifest entry the way the manifest's expectations are computed: on
 * {@link FixtureManifest#CLOCK} with the default options, and against the entry's agreement
 * records when it names any.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ManifestSource
 * void everyFixtureGivesItsRules(ManifestEntry entry) {
 *     assertThat(ManifestValidation.validate(entry)).hasOnlyRules(entry.expectedRuleIds());
 * }
 * }</pre>
 */
public final class ManifestValidation {

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.builder().clock(FixtureManifest.CLOCK).build();
    private static final JointResponseJson JSON = JointResponseJson.strict();

    private ManifestValidation() {}

    /**
     * Returns the validator the expectations are computed with: the default options on the
     * manifest's clock. It is shared and thread-safe.
     *
     * @return the validator
     */
    public static JointResponseValidator validator() {
        return VALIDATOR;
    }

    /**
     * Returns the context an entry is validated in: its agreement records, or the empty context
     * when it names none.
     *
     * @param entry the entry; not null
     * @return the context
     * @throws IllegalStateException if an agreement record of the entry does not read as a valid
     *     agreement (a defect of the fixtures)
     */
    public static ValidationContext context(ManifestEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.agreements().isEmpty()) {
            return ValidationContext.empty();
        }
        List<Agreement> records = new ArrayList<>();
        List<byte[]> payloads = entry.agreementPayloads();
        for (int i = 0; i < payloads.size(); i++) {
            ReadResult<Agreement> read = JSON.read(payloads.get(i), Agreement.class);
            if (!read.findings().isEmpty() || read.document().isEmpty()) {
                throw new IllegalStateException("The agreement record " + entry.agreements().get(i) + " of " + entry.file()
                        + " does not read as an agreement: " + read);
            }
            records.add(read.document().get());
        }
        return ValidationContext.of(records);
    }

    /**
     * Validates an entry's payload as the manifest's expectations are computed.
     *
     * @param entry the entry; not null
     * @return the report, whose rule ids the entry's {@code expectedRuleIds()} give
     * @throws IllegalStateException if an agreement record of the entry does not read
     */
    public static ValidationReport validate(ManifestEntry entry) {
        return VALIDATOR.validatePayload(entry.payload(), context(entry));
    }
}
