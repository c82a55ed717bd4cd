package io.jointresponse.validation;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.ReaderOptions;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.serialization.WireRules;
import io.jointresponse.validation.internal.NoticeApplication;
import io.jointresponse.validation.internal.RuleRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates joint-response documents against the rules of the notices and reports every finding.
 *
 * <p>A breach of a rule is a finding in the {@link ValidationReport}, never an exception; exceptions
 * are kept for programming errors (a null, or an object that is not a document). Immutable and
 * thread-safe: create one and share it. The rules run in a plain runner, each check writing its
 * findings straight into the report; nothing is built or cached per validator but its reader.
 *
 * <pre>{@code
 * JointResponseValidator validator = JointResponseValidator.builder()
 *         .locale(Locale.JAPANESE)
 *         .disableRules("AGR-002")
 *         .unknownFields(UnknownFieldPolicy.KEEP)   // lenient intake: unknown properties are warnings
 *         .build();
 * ValidationReport report = validator.validate(agreement);
 * }</pre>
 */
public final class JointResponseValidator {

    private static final JointResponseValidator DEFAULT = new JointResponseValidator(ValidationOptions.defaults());

    private final ValidationOptions options;
    /**
     * The wire-format reader every payload goes through, speaking the options' language and reading
     * as they say: strict, or lenient, keeping or dropping unknown properties.
     */
    private final JointResponseJson json;

    private JointResponseValidator(ValidationOptions options) {
        this.options = options;
        this.json = JointResponseJson.strict().withOptions(reading(options).withLocale(options.locale()));
    }

    /** How payloads are read: as the options' policy says, and strict intake drops what it may not report. */
    private static ReaderOptions reading(ValidationOptions options) {
        UnknownFieldPolicy policy = options.unknownFields();
        if (policy == UnknownFieldPolicy.REJECT) {
            return options.isEnabled(WireRules.SHAPE_UNKNOWN) ? ReaderOptions.strict() : ReaderOptions.lenient(UnknownFieldPolicy.DROP);
        }
        return ReaderOptions.lenient(policy);
    }

    /**
     * Does, now, the one-time work of a JVM's first validation: builds the wire format's mapper and
     * the readers of some kinds ({@link JointResponseJson#warmUp(DocumentKind...)}), the rule
     * catalogue and the notices, and reads the messages of the default language. A fresh JVM
     * otherwise spends about a hundred milliseconds of its first validation on it. A service can
     * call it at start-up; the command calls it on a second thread while it reads its command
     * line. It may run on any thread, at any time, any number of times; validating needs no such
     * call.
     *
     * @param kinds the kinds of documents expected first, not null; none for the rest only
     */
    public static void warmUp(DocumentKind... kinds) {
        DEFAULT.json.warmUp(kinds);
        RuleRunner.warmUp(DEFAULT.options);
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
     * ANR-003) are not run, and the report lists them as not checked ({@link ValidationReport#notChecked()}).
     *
     * @param document an agreement, incident report, evidence request, prevention release, publication
     *     decision, onward share, division report, JC3 liaison, annual report, national compilation or
     *     notice; not null
     * @return every finding
     */
    public ValidationReport validate(Document document) {
        return validate(document, ValidationContext.empty());
    }

    /**
     * Validates a document against the rules of its type, consulting the given context.
     *
     * @param document a document, as for {@link #validate(Document)}; not null
     * @param context the records the rules may consult, not null
     * @return every finding, and the rules not checked for want of records
     */
    public ValidationReport validate(Document document, ValidationContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        RuleRunner runner = new RuleRunner(context, options);
        runner.document(document);
        return ValidationReport.of(runner.findings(), runner.notChecked(), options.warningsAsErrors(), document,
                NoticeApplication.applied(document, options));
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
     * payload reads as a document, every rule finding, in one report. Rules that check the text of
     * a payload (NTC-001, on notice numbers) run whether or not it reads as a document, and their
     * finding replaces the wire format's at the same place. Every message, structural or of a
     * rule, is in the locale of the options.
     *
     * <p>Properties the wire format does not define are treated as the options'
     * {@link ValidationOptions#unknownFields() unknownFields} policy says: by default each is a
     * {@code SHAPE-UNKNOWN} error and no document is read; with {@link UnknownFieldPolicy#KEEP} each
     * is a {@code SHAPE-UNKNOWN} warning at its pointer, the rules run on the document read without
     * them, and {@link ValidationReport#keptFields()} holds them; with {@link UnknownFieldPolicy#DROP}
     * none is a finding and {@link ValidationReport#droppedFields()} lists their pointers. With
     * SHAPE-UNKNOWN disabled, strict intake drops them as {@code DROP} does.
     *
     * @param payload UTF-8 JSON, not null
     * @param context the other records, not null
     * @return the report; never throws for bad input
     */
    public ValidationReport validatePayload(byte[] payload, ValidationContext context) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        ReadResult<Document> read = json.read(payload);
        RuleRunner runner = new RuleRunner(context, options);
        runner.payload(read);
        read.document().ifPresent(runner::document);
        return ValidationReport.of(runner.findings(), runner.notChecked(), options.warningsAsErrors(), read.document().orElse(null),
                read.document().map(d -> NoticeApplication.applied(d, options)).orElse(List.of()))
                .withUnknownFields(read);
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
         * Disables rules, and the wire-format findings that can be disabled ({@code SHAPE-UNKNOWN}),
         * as {@link ValidationOptions.Builder#disableRules(String...)} says.
         *
         * @param ruleIds ids from the {@link RuleCatalogue}, in any case, not null
         * @return this builder
         * @throws IllegalArgumentException if an id is not in the catalogue, or cannot be disabled;
         *     the message names it and says why
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
         * Registers notices that continue notice 217 or 185 after they lapse (see
         * {@link ValidationOptions#successorNotices()}).
         *
         * @param successors the successors, not null
         * @return this builder
         * @throws IllegalArgumentException if a successor continues no known notice, or two continue
         *     the same one
         */
        public Builder registerSuccessors(SuccessorNotice... successors) {
            options.registerSuccessors(successors);
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

        /**
         * Sets what reading a payload does with properties the wire format does not define: reject
         * them (strict, the default), or keep or drop them (lenient), as
         * {@link ValidationOptions.Builder#unknownFields(UnknownFieldPolicy)} says.
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder unknownFields(UnknownFieldPolicy value) {
            options.unknownFields(value);
            return this;
        }

        /** @return the validator */
        public JointResponseValidator build() {
            return new JointResponseValidator(options.build());
        }
    }
}
