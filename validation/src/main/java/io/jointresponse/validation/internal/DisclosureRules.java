package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ConditionKind;
import io.jointresponse.core.disclosure.ArrestPublication;
import io.jointresponse.core.disclosure.DisclosureDecision;
import io.jointresponse.core.disclosure.DisclosureOutcome;
import io.jointresponse.core.disclosure.OccurrencePublication;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.record.Assessment;
import io.jointresponse.core.record.Consent;
import io.jointresponse.core.record.Explanation;
import io.jointresponse.core.record.HeardOpinion;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The rules of publication decisions (notice 217, §6). */
final class DisclosureRules {

    private DisclosureRules() {}

    /**
     * DSC-001: publishing an occurrence needs, no later than the decision, the necessity explained to
     * the business, the hindrance to the investigation assessed and the deterrent effect assessed.
     */
    static final Rule<OccurrencePublication> DSC_001 = Rule.of("DSC-001", ERROR, "A §6(1)", OccurrencePublication.class, (d, ctx, sink) -> {
        if (d.outcome() != DisclosureOutcome.PUBLISH) {
            return;
        }
        OffsetDateTime decided = d.decidedAt();
        before(d.necessityExplanation(), Explanation::explainedAt, decided, "necessityExplanation", "explainedAt", sink);
        before(d.investigationHindranceAssessment(), Assessment::assessedAt, decided, "investigationHindranceAssessment", "assessedAt", sink);
        before(d.deterrentEffectAssessment(), Assessment::assessedAt, decided, "deterrentEffectAssessment", "assessedAt", sink);
    }).variant("late", ERROR)
            .note("Only PUBLISH is checked; one finding per missing record; a record at the same instant as the decision is in time.")
            .quote("民間事業者側に発生公表の必要性や効果を十分説明して理解を求めた上で、公表を行うこと。なお、発生公表に当たっては、捜査活動への支障の有無、被害の抑止効果を十分に検討した上で行うこと。");

    /**
     * DSC-002: withholding or delaying the publication of a crime that targets a specified many,
     * without publishing its modus operandi, records why.
     */
    static final Rule<OccurrencePublication> DSC_002 = Rule.of("DSC-002", WARNING, "A §6(1)", OccurrencePublication.class, (d, ctx, sink) -> {
        if (d.outcome() != DisclosureOutcome.PUBLISH && d.targetsSpecifiedMany() && !d.modusOperandiPublished()
                && Texts.isBlank(d.reason())) {
            sink.report(JsonPointer.of("reason"));
        }
    })
            .note("WITHHOLD and PENDING both withhold or delay publication; a blank reason is no reason.")
            .quote("特定多数を対象としたサイバー犯罪やサイバー攻撃が発生した場合には、その手口を公表することが被害防止につながり、公表の遅れが被害を拡大させるおそれもあることから、民間事業者側に発生公表の必要性や効果を十分説明して理解を求めた上で、公表を行うこと。");

    /**
     * DSC-003: deciding an arrest publication, either way, needs, no later than the decision, the
     * preventive effect and the users' reassurance explained to the business and its opinion heard. A
     * pending decision is not yet decided and is not checked.
     */
    static final Rule<ArrestPublication> DSC_003 = Rule.of("DSC-003", ERROR, "A §6(2)", ArrestPublication.class, (d, ctx, sink) -> {
        if (d.outcome() == DisclosureOutcome.PENDING) {
            return;
        }
        OffsetDateTime decided = d.decidedAt();
        before(d.preventiveEffectExplanation(), Explanation::explainedAt, decided, "preventiveEffectExplanation", "explainedAt", sink);
        before(d.reassuranceExplanation(), Explanation::explainedAt, decided, "reassuranceExplanation", "explainedAt", sink);
        before(d.businessOpinion(), HeardOpinion::heardAt, decided, "businessOpinion", "heardAt", sink);
    }).variant("late", ERROR)
            .note("PUBLISH and WITHHOLD are decisions and are checked; PENDING is not yet decided and is not. A record at the same instant as the decision is in time.")
            .quote("したがって、公表することが当該民間事業者に対するサイバー犯罪の予防効果があること、当該事業の利用者の安心感の確保につながるものであること等を丁寧に説明し、事業者側の意見を十分に聴いた上で、公表の当否を検討すること。");

    /** Reports a record that is missing, or dated after the decision. */
    private static <R> void before(Optional<R> record, Function<R, OffsetDateTime> at, OffsetDateTime decided,
            String property, String timeProperty, FindingSink sink) {
        if (record.isEmpty()) {
            sink.report(JsonPointer.of(property));
        } else if (at.apply(record.get()).isAfter(decided)) {
            sink.report("late", JsonPointer.of(property, timeProperty));
        }
    }

    /**
     * DSC-004: a decision to publish, under an agreement that makes publication conditional on the
     * business's consent, records that consent, given no later than the decision.
     */
    static final Rule<DisclosureDecision> DSC_004 = Rule.of("DSC-004", WARNING, "A §6", DisclosureDecision.class, (d, ctx, sink) -> {
        if (d.outcome() != DisclosureOutcome.PUBLISH) {
            return;
        }
        Optional<Agreement> agreement = ctx.agreement(d.agreementId());
        if (agreement.isEmpty() || !agreement.get().hasCondition(ConditionKind.PUBLISH_WITH_BUSINESS_CONSENT)) {
            return;
        }
        before(d.businessConsent(), Consent::givenAt, d.decidedAt(), "businessConsent", "givenAt", sink);
    }).variant("late", WARNING).needs(Requirement.AGREEMENT_LOOKUP)
            .note("Needs the agreement, from the ValidationContext; without a lookup the rule is not checked, and the report lists it as such. Applies to decisions to publish, of occurrences and arrests. A warning, not an error: the notice makes publication the police's decision after explaining it to the business and hearing it (A §6), not the business's consent, so a consent condition the parties agreed is held up for review rather than declared a breach of the notice. Consent given at the same instant as the decision is in time.")
            .quote("したがって、公表することが当該民間事業者に対するサイバー犯罪の予防効果があること、当該事業の利用者の安心感の確保につながるものであること等を丁寧に説明し、事業者側の意見を十分に聴いた上で、公表の当否を検討すること。");

    static List<Rule<?>> all() {
        return List.of(DSC_001, DSC_002, DSC_003, DSC_004);
    }
}
