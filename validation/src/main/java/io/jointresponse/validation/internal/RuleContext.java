package io.jointresponse.validation.internal;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.validation.AppliedNotice;
import io.jointresponse.validation.PersonalDataDetector;
import io.jointresponse.validation.ValidationContext;
import io.jointresponse.validation.ValidationOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule may know besides the document: the caller's explicit context (agreement records), the
 * clock of the call, the thresholds of the options, the notices the call applies and the
 * personal-data detectors (SHR-004). Never global state.
 */
public final class RuleContext {

    private final ValidationContext context;
    private final ValidationOptions options;
    private final Clock clock;
    private final Duration preventionReleaseDelay;
    private final List<PersonalDataDetector> personalDataDetectors;

    /**
     * Returns the rule context of a call with options.
     *
     * @param context the caller's context, not null
     * @param options the options of the call: clock, thresholds, enabled rules, registered successor
     *     notices; not null
     */
    public RuleContext(ValidationContext context, ValidationOptions options) {
        this.context = Objects.requireNonNull(context, "context");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = options.clock();
        this.preventionReleaseDelay = options.preventionReleaseDelay();
        this.personalDataDetectors = options.personalDataDetectors();
    }

    /**
     * Returns the notices whose rules the call applies to a document, each the one that governs the
     * document's date (a registered successor, when one continues a lapsed notice), and whether it
     * had lapsed on that date. A document without a governing date applies its notices as the
     * library encodes them, none lapsed.
     *
     * @param document the document, not null
     * @return the applied notices, notice 217's line first
     */
    public List<AppliedNotice> appliedNotices(Object document) {
        return NoticeApplication.applied(document, options);
    }

    /** @return the current instant of the call's clock */
    public Instant now() {
        return clock.instant();
    }

    /** @return today's date in the zone of the call's clock */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the delay after which an unreleased or late prevention release is warned (PRV-002) */
    public Duration preventionReleaseDelay() {
        return preventionReleaseDelay;
    }

    /** @return the detectors of personal data in free text (SHR-004) */
    public List<PersonalDataDetector> personalDataDetectors() {
        return personalDataDetectors;
    }

    /** @return true when the caller gave a way to look agreements up */
    public boolean hasAgreementLookup() {
        return context.hasAgreementLookup();
    }

    /**
     * Looks an agreement up in the caller's context.
     *
     * @param id the agreement id, not null
     * @return the agreement; empty when the context has none of that id, or no lookup at all
     */
    public Optional<Agreement> agreement(String id) {
        return context.agreement(id);
    }

    /** @return every agreement record of the context, when the caller gave the records themselves */
    public Optional<List<Agreement>> agreementRecords() {
        return context.agreementRecords();
    }
}
