package io.jointresponse.validation;

import io.jointresponse.core.calendar.JapanStandardTime;
import io.jointresponse.core.notice.SuccessorNotice;
import io.jointresponse.serialization.UnknownFieldPolicy;
import io.jointresponse.validation.internal.Messages;
import io.jointresponse.validation.internal.NoticeSuccession;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a {@link JointResponseValidator} validates: which rules are disabled, whether warnings count as
 * errors, the language of the messages, the clock, the thresholds of rules that need one, the
 * notices registered as successors of the notices the library encodes, the detectors of personal
 * data in the free text of onward shares, and what reading a payload does with properties the wire
 * format does not define. Immutable.
 *
 * <p>Rule ids are case-insensitive: {@code agr-001} names {@code AGR-001}, and the set of disabled
 * rules holds each id in its catalogue form.
 *
 * <p>Defaults: no rule disabled; warnings stay warnings; English messages ({@link Locale#ENGLISH},
 * whatever the JVM's default locale); the system clock in Japan Standard Time
 * ({@link JapanStandardTime#OFFSET}, the same days as {@code Asia/Tokyo}), since the
 * records' dates are Japanese dates; a PRV-002 delay of {@value #DEFAULT_PREVENTION_RELEASE_DELAY_HOURS}
 * hours; no successor notice; the library's personal-data detectors
 * ({@link PersonalDataDetectors#standard()}) for SHR-004; payloads read strictly
 * ({@link UnknownFieldPolicy#REJECT}).
 */
public final class ValidationOptions {

    /**
     * The default delay, in hours, after which PRV-002 warns that damage-prevention information was
     * not released "without delay" (遅滞なく). The notice sets no number; three days is a prompt for a
     * reviewer, not a legal limit, and should be set to the practice of the organisation.
     */
    public static final long DEFAULT_PREVENTION_RELEASE_DELAY_HOURS = 72;

    private static final ZoneId JAPAN = JapanStandardTime.OFFSET;
    private static final ValidationOptions DEFAULTS = builder().build();

    private final Set<String> disabledRules;
    private final boolean warningsAsErrors;
    private final Locale locale;
    private final Clock clock;
    private final Duration preventionReleaseDelay;
    private final List<SuccessorNotice> successorNotices;
    private final List<PersonalDataDetector> personalDataDetectors;
    private final UnknownFieldPolicy unknownFields;

    private ValidationOptions(Builder b) {
        this.disabledRules = Collections.unmodifiableSet(new TreeSet<>(b.disabledRules));
        this.warningsAsErrors = b.warningsAsErrors;
        this.locale = b.locale;
        this.clock = b.clock;
        this.preventionReleaseDelay = b.preventionReleaseDelay;
        this.successorNotices = List.copyOf(b.successorNotices);
        this.personalDataDetectors = List.copyOf(b.personalDataDetectors);
        this.unknownFields = b.unknownFields;
    }

    /** @return the default options */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the default options */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.disabledRules.addAll(disabledRules);
        b.warningsAsErrors = warningsAsErrors;
        b.locale = locale;
        b.clock = clock;
        b.preventionReleaseDelay = preventionReleaseDelay;
        b.successorNotices.addAll(successorNotices);
        b.personalDataDetectors.clear();
        b.personalDataDetectors.addAll(personalDataDetectors);
        b.unknownFields = unknownFields;
        return b;
    }

    /** @return the ids of the disabled rules, in their catalogue form and in id order */
    public Set<String> disabledRules() {
        return disabledRules;
    }

    /**
     * Tells whether a rule runs, or a wire-format finding is reported.
     *
     * @param ruleId a rule id, in any case, not null
     * @return false when the rule is disabled
     */
    public boolean isEnabled(String ruleId) {
        return disabledRules.isEmpty() || !disabledRules.contains(ruleId.toUpperCase(Locale.ROOT));
    }

    /** @return true when a report shows every warning as an error */
    public boolean warningsAsErrors() {
        return warningsAsErrors;
    }

    /** @return the language of the messages: {@link Locale#ENGLISH} or {@link Locale#JAPANESE} */
    public Locale locale() {
        return locale;
    }

    /** @return the clock that says what "now" and "today" are (INC-002, AGR-005, PRV-002) */
    public Clock clock() {
        return clock;
    }

    /** @return the delay after which PRV-002 warns */
    public Duration preventionReleaseDelay() {
        return preventionReleaseDelay;
    }

    /**
     * Returns the notices registered as continuing notice 217 or 185 (or one another) after they
     * lapsed. A record dated after a notice lapsed is checked under the successor in force on its
     * date, which its report names, with no lapse warning (NTC-004). The rules themselves are the
     * same: a successor is taken to continue the rules of the notice it follows.
     *
     * @return the successors, in the order registered
     */
    public List<SuccessorNotice> successorNotices() {
        return successorNotices;
    }

    /** @return the detectors SHR-004 runs over the free text of onward shares, in order */
    public List<PersonalDataDetector> personalDataDetectors() {
        return personalDataDetectors;
    }

    /**
     * Returns what {@link JointResponseValidator#validatePayload(byte[], ValidationContext)} does with a
     * property the wire format does not define (see {@link Builder#unknownFields(UnknownFieldPolicy)}).
     *
     * @return the policy; {@link UnknownFieldPolicy#REJECT} by default
     */
    public UnknownFieldPolicy unknownFields() {
        return unknownFields;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ValidationOptions)) {
            return false;
        }
        ValidationOptions other = (ValidationOptions) o;
        return disabledRules.equals(other.disabledRules) && warningsAsErrors == other.warningsAsErrors
                && locale.equals(other.locale) && clock.equals(other.clock)
                && preventionReleaseDelay.equals(other.preventionReleaseDelay) && successorNotices.equals(other.successorNotices)
                && personalDataDetectors.equals(other.personalDataDetectors) && unknownFields == other.unknownFields;
    }

    @Override
    public int hashCode() {
        return Objects.hash(disabledRules, warningsAsErrors, locale, clock, preventionReleaseDelay, successorNotices,
                personalDataDetectors, unknownFields);
    }

    @Override
    public String toString() {
        return "ValidationOptions{disabledRules=" + disabledRules + ", warningsAsErrors=" + warningsAsErrors
                + ", locale=" + locale + ", clock=" + clock + ", preventionReleaseDelay=" + preventionReleaseDelay
                + ", successorNotices=" + successorNotices.stream().map(SuccessorNotice::numbersText).toList()
                + ", personalDataDetectors=" + personalDataDetectors + ", unknownFields=" + unknownFields + "}";
    }

    /** Builds {@link ValidationOptions}; not thread-safe. */
    public static final class Builder {
        private final Set<String> disabledRules = new TreeSet<>();
        private boolean warningsAsErrors;
        private Locale locale = Locale.ENGLISH;
        private Clock clock = Clock.system(JAPAN);
        private Duration preventionReleaseDelay = Duration.ofHours(DEFAULT_PREVENTION_RELEASE_DELAY_HOURS);
        private final List<SuccessorNotice> successorNotices = new ArrayList<>();
        private final List<PersonalDataDetector> personalDataDetectors = new ArrayList<>(PersonalDataDetectors.standard());
        private UnknownFieldPolicy unknownFields = UnknownFieldPolicy.REJECT;

        private Builder() {}

        /**
         * Registers notices that continue notice 217 or 185, or one another, after they lapse. The
         * rules stay the same; records dated while a successor is in force are reported as applying
         * it, without a lapse warning.
         *
         * @param successors the successors, not null
         * @return this builder
         * @throws IllegalArgumentException if a successor continues no known notice, is issued before
         *     the notice it continues, or continues a notice another successor already continues
         */
        public Builder registerSuccessors(Collection<SuccessorNotice> successors) {
            List<SuccessorNotice> all = new ArrayList<>(successorNotices);
            for (SuccessorNotice s : successors) {
                all.add(Objects.requireNonNull(s, "successor"));
            }
            NoticeSuccession.requireKnown(all);
            successorNotices.clear();
            successorNotices.addAll(all);
            return this;
        }

        /**
         * Registers notices that continue notice 217 or 185, or one another, after they lapse.
         *
         * @param successors the successors, not null
         * @return this builder
         * @throws IllegalArgumentException as {@link #registerSuccessors(Collection)} says
         */
        public Builder registerSuccessors(SuccessorNotice... successors) {
            return registerSuccessors(java.util.Arrays.asList(successors));
        }

        /**
         * Disables rules, as {@link #disableRules(Collection)} says.
         *
         * @param ruleIds ids from the {@link RuleCatalogue}, in any case, not null
         * @return this builder
         * @throws IllegalArgumentException if an id is not in the catalogue or cannot be disabled;
         *     the message names it and says why
         */
        public Builder disableRules(String... ruleIds) {
            return disableRules(List.of(ruleIds));
        }

        /**
         * Disables rules: a disabled rule is not run and never reported, nor listed as not checked.
         * Every rule of the notices can be disabled, and so can one wire-format finding,
         * {@code SHAPE-UNKNOWN}: properties the wire format does not define are then dropped from
         * payloads and not reported (as a lenient reader that drops them does; so a payload of a
         * later 1.x format version is read too, with a {@code SHAPE-VERSION} warning). The other
         * wire-format and input findings ({@code JSON-SYNTAX}, {@code SHAPE-MISSING},
         * {@code INPUT-IO}, …) say that no document could be read at all, and cannot be disabled
         * ({@link RuleDescription#canBeDisabled()}).
         *
         * @param ruleIds ids from the {@link RuleCatalogue}, in any case, not null
         * @return this builder
         * @throws IllegalArgumentException if an id is not in the catalogue or cannot be disabled;
         *     the message names it and says why
         */
        public Builder disableRules(Collection<String> ruleIds) {
            List<String> ids = new java.util.ArrayList<>();
            for (String id : ruleIds) {
                Objects.requireNonNull(id, "rule id");
                RuleDescription entry = RuleCatalogue.find(id)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown rule id: " + id
                                + "; the ids are listed by RuleCatalogue and in docs/rules.md"));
                if (!entry.canBeDisabled()) {
                    throw new IllegalArgumentException(entry.id() + " cannot be disabled: " + entry.whyNotDisableable());
                }
                ids.add(entry.id());
            }
            disabledRules.addAll(ids);
            return this;
        }

        /**
         * Sets whether a report shows every warning as an error (and so is invalid with any warning).
         *
         * @param value true to treat warnings as errors
         * @return this builder
         */
        public Builder warningsAsErrors(boolean value) {
            this.warningsAsErrors = value;
            return this;
        }

        /**
         * Sets the language of the messages.
         *
         * @param value an English or Japanese locale (by language: {@code Locale.US} is English,
         *     {@code Locale.JAPAN} Japanese), not null
         * @return this builder
         * @throws IllegalArgumentException if the language is neither English nor Japanese
         */
        public Builder locale(Locale value) {
            Objects.requireNonNull(value, "locale");
            if (!Messages.isSupported(value)) {
                throw new IllegalArgumentException("Messages exist in English (en) and Japanese (ja) only, not " + value);
            }
            this.locale = value.getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
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
            Objects.requireNonNull(value, "preventionReleaseDelay");
            if (value.isNegative()) {
                throw new IllegalArgumentException("The prevention release delay cannot be negative: " + value);
            }
            this.preventionReleaseDelay = value;
            return this;
        }

        /**
         * Adds detectors of personal data to those SHR-004 runs (by default the library's own), such as
         * one for the application's customer numbers.
         *
         * @param detectors the detectors, not null
         * @return this builder
         */
        public Builder addPersonalDataDetectors(PersonalDataDetector... detectors) {
            for (PersonalDataDetector d : detectors) {
                personalDataDetectors.add(Objects.requireNonNull(d, "detector"));
            }
            return this;
        }

        /**
         * Replaces the detectors of personal data SHR-004 runs.
         *
         * @param detectors the detectors, possibly empty (SHR-004 then finds nothing), not null
         * @return this builder
         */
        public Builder personalDataDetectors(List<PersonalDataDetector> detectors) {
            List<PersonalDataDetector> copy = List.copyOf(detectors);
            personalDataDetectors.clear();
            personalDataDetectors.addAll(copy);
            return this;
        }

        /**
         * Sets what reading a payload does with a property the wire format does not define, in
         * {@link JointResponseValidator#validatePayload(byte[], ValidationContext)}; the report of
         * one pass says what was done, beside the findings of the rules:
         * <ul>
         *   <li>{@link UnknownFieldPolicy#REJECT} (the default, strict intake): each is a
         *       {@code SHAPE-UNKNOWN} error, and the payload gives no document;</li>
         *   <li>{@link UnknownFieldPolicy#KEEP} (lenient intake that passes them on): the document is
         *       read without them and validated; each is a {@code SHAPE-UNKNOWN} warning, since it
         *       travels on unchecked, and {@link ValidationReport#keptFields()} holds it, so that the
         *       document can be written back with it;</li>
         *   <li>{@link UnknownFieldPolicy#DROP} (lenient intake that discards them): the document is
         *       read without them and validated; none is a finding, since what goes on is exactly
         *       what was checked, and {@link ValidationReport#droppedFields()} lists where each was.</li>
         * </ul>
         * Everything else stays strict: types, nulls, duplicate properties, limits. A lenient reader
         * also reads a payload of a later 1.x format version, with a {@code SHAPE-VERSION} warning.
         * Disabling {@code SHAPE-UNKNOWN} ({@link #disableRules(String...)}) makes strict intake drop
         * them, and keeps the warnings of {@code KEEP} out of the report.
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder unknownFields(UnknownFieldPolicy value) {
            this.unknownFields = Objects.requireNonNull(value, "unknownFields");
            return this;
        }

        /** @return the options */
        public ValidationOptions build() {
            return new ValidationOptions(this);
        }
    }
}
