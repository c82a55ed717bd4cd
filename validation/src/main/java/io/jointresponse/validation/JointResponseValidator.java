package io.jointresponse.validation;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.internal.Engine;
import io.jointresponse.validation.internal.NoticeNumberText;
import io.jointresponse.validation.internal.Rules;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Validates joint-response documents against the rules of the notices and reports every finding.
 *
 * <p>A breach of a rule is a finding in the {@link ValidationReport}, never an exception; exceptions
 * are kept for programming errors (a null, or an object that is not a document). Immutable and
 * thread-safe: create one and share it. All validators share one Hibernate Validator factory, built
 * on the first validation.
 *
 * <pre>{@code
 * JointResponseValidator validator = JointResponseValidator.builder()
 *         .locale(Locale.JAPANESE)
 *         .disableRules("AGR-002")
 *         .build();
 * ValidationReport report = validator.validate(agreement);
 * }</pre>
 */
public final class JointResponseValidator {

    /** The strict wire-format reader every payload goes through; immutable and shared. */
    private static final JointResponseJson JSON = JointResponseJson.strict();

    private static final JointResponseValidator DEFAULT = new JointResponseValidator(ValidationOptions.defaults());

    private final ValidationOptions options;
    /** The validators for the empty context, the usual case, by document type; each made on first use. */
    private final AtomicReferenceArray<Validator> withoutContext = new AtomicReferenceArray<>(Rules.documentTypes().size());

    private JointResponseValidator(ValidationOptions options) {
        this.options = options;
    }

    /** @return a validator with the default options */
    public static JointResponseValidator create() {
        return DEFAULT;
    }

    /**
     * Returns a validator with the given options.
     *
     * @param options the options, not null
     * @return the validator
     */
    public static JointResponseValidator create(ValidationOptions options) {
        return new JointResponseValidator(Objects.requireNonNull(options, "options"));
    }

    /** @return a builder starting from the default options */
    public static Builder builder() {
        return new Builder(ValidationOptions.builder());
    }

    /** @return the options of this validator */
    public ValidationOptions options() {
        return options;
    }

    /**
     * Returns a validator like this one with other options.
     *
     * @param newOptions the options, not null
     * @return the validator
     */
    public JointResponseValidator withOptions(ValidationOptions newOptions) {
        return new JointResponseValidator(Objects.requireNonNull(newOptions, "options"));
    }

    /**
     * Returns a validator like this one whose messages are in another language.
     *
     * @param locale an English or Japanese locale, not null
     * @return the validator
     * @throws IllegalArgumentException if the language is neither English nor Japanese
     */
    public JointResponseValidator withLocale(Locale locale) {
        return withOptions(options.toBuilder().locale(locale).build());
    }

    /**
     * Validates a document with no context: rules that need other records (INC-001, INC-004,
     * ANR-003) are silent.
     *
     * @param document an agreement, incident report, evidence request, prevention release, publication
     *     decision, onward share, division report, JC3 liaison, annual report, national compilation or
     *     notice; not null
     * @return every finding
     * @throws IllegalArgumentException if the object is not of a document type
     */
    public ValidationReport validate(Object document) {
        return validate(document, ValidationContext.empty());
    }

    /**
     * Validates a document against the rules of its type, consulting the given context.
     *
     * @param document a document, as for {@link #validate(Object)}; not null
     * @param context the records the rules may consult, not null
     * @return every finding
     * @throws IllegalArgumentException if the object is not of a document type
     */
    public ValidationReport validate(Object document, ValidationContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        if (!Rules.isDocument(document.getClass())) {
            throw new IllegalArgumentException("Not a document the rules apply to: " + document.getClass().getName());
        }
        return ValidationReport.of(Engine.validate(document, validatorFor(document, context)), options.warningsAsErrors(), document);
    }

    /**
     * Reads a payload and validates it in one pass, with no other records: every structural finding
     * of the wire format ({@code JSON-SYNTAX}, {@code SHAPE-MISSING}, …) and, when the payload reads
     * as a document, every rule finding, in one report.
     *
     * @param payload UTF-8 JSON, not null
     * @return the report; never throws for bad input
     */
    public ValidationReport validatePayload(byte[] payload) {
        return validatePayload(payload, ValidationContext.empty());
    }

    /**
     * Reads a payload and validates it in one pass, with the records that cross-record rules
     * (INC-001, ANR-003) check against: every structural finding of the wire format and, when the
     * payload reads as a document, every rule finding, in one report. Notice numbers that do not
     * read are reported as NTC-001. Rule messages are in the locale of the options; the messages of
     * structural findings are the wire format's own, in English.
     *
     * @param payload UTF-8 JSON, not null
     * @param context the other records, not null
     * @return the report; never throws for bad input
     */
    public ValidationReport validatePayload(byte[] payload, ValidationContext context) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        ReadResult<Object> read = JSON.read(payload);
        List<Finding> findings = new ArrayList<>(NoticeNumberText.apply(read, options));
        read.document().ifPresent(document -> findings.addAll(Engine.validate(document, validatorFor(document, context))));
        return ValidationReport.of(findings, options.warningsAsErrors(), read.document().orElse(null));
    }

    private Validator validatorFor(Object document, ValidationContext context) {
        int type = Engine.documentTypeIndex(document.getClass());
        if (context != ValidationContext.empty() || type < 0) {
            return Engine.validator(document.getClass(), context, options);
        }
        Validator v = withoutContext.get(type);
        if (v == null) {
            // Two threads may both make one; either will do.
            v = Engine.validator(document.getClass(), context, options);
            withoutContext.set(type, v);
        }
        return v;
    }

    /** Builds a {@link JointResponseValidator}; not thread-safe. */
    public static final class Builder {
        private final ValidationOptions.Builder options;

        private Builder(ValidationOptions.Builder options) {
            this.options = options;
        }

        /**
         * Starts from other options, replacing everything set so far.
         *
         * @param value the options, not null
         * @return a builder holding them
         */
        public Builder options(ValidationOptions value) {
            return new Builder(value.toBuilder());
        }

        /**
         * Disables rules.
         *
         * @param ruleIds ids from the {@link RuleCatalogue}, not null
         * @return this builder
         * @throws IllegalArgumentException if an id is not in the catalogue; the message names it
         */
        public Builder disableRules(String... ruleIds) {
            options.disableRules(ruleIds);
            return this;
        }

        /**
         * Sets whether warnings count as errors.
         *
         * @param value true to treat warnings as errors
         * @return this builder
         */
        public Builder warningsAsErrors(boolean value) {
            options.warningsAsErrors(value);
            return this;
        }

        /**
         * Sets the language of the messages.
         *
         * @param value an English or Japanese locale, not null
         * @return this builder
         * @throws IllegalArgumentException if the language is neither English nor Japanese
         */
        public Builder locale(Locale value) {
            options.locale(value);
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            options.clock(value);
            return this;
        }

        /**
         * Sets the delay after which PRV-002 warns.
         *
         * @param value a delay, zero or positive, not null
         * @return this builder
         * @throws IllegalArgumentException if the delay is negative
         */
        public Builder preventionReleaseDelay(Duration value) {
            options.preventionReleaseDelay(value);
            return this;
        }

        /**
         * Adds detectors of personal data to those SHR-004 runs, such as one for the application's
         * customer numbers.
         *
         * @param detectors the detectors, not null
         * @return this builder
         */
        public Builder addPersonalDataDetectors(PersonalDataDetector... detectors) {
            options.addPersonalDataDetectors(detectors);
            return this;
        }

        /** @return the validator */
        public JointResponseValidator build() {
            return new JointResponseValidator(options.build());
        }
    }
}
