package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ConditionKind;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.PoliceDivision;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of incident reports (notice 217, §3). */
final class IncidentRules {

    private IncidentRules() {}

    /**
     * INC-001: every crime type reported is one the agreement lists. Needs the agreement from the
     * context: without a lookup the rule is not checked (and the report says so), and INC-004 says
     * when the lookup does not know it.
     */
    static final Rule<IncidentReport> INC_001 = Rule.of("INC-001", ERROR, "A §3", IncidentReport.class, (r, ctx, sink) -> {
        Optional<Agreement> agreement = ctx.agreement(r.agreementId());
        if (agreement.isEmpty()) {
            return;
        }
        Set<CrimeType> agreed = agreement.get().reportableCrimeTypes();
        if (agreed.isEmpty() && agreement.get().arrangement() == ArrangementType.EXISTING_CHANNEL) {
            // An existing channel owes no agreed list: reports of any crime are encouraged through it.
            return;
        }
        List<CrimeType> reported = r.crimeTypes();
        for (int i = 0; i < reported.size(); i++) {
            if (!agreed.contains(reported.get(i))) {
                sink.report(JsonPointer.of("crimeTypes").append(i));
            }
        }
    }).needs(Requirement.AGREEMENT_LOOKUP)
            .note("Needs the agreement, from the ValidationContext; without a lookup the rule is not checked, and the report lists it as such. A report through an existing-channel arrangement that lists no crimes is not checked against a list: the channel owes none, and reports of any cybercrime are encouraged through it.")
            .quote("通報を求めるサイバー犯罪の内容については、協定を締結する当事者間で実情に応じて協議して決定することを原則とする");

    /** INC-002: occurred ≤ detected ≤ reported, none after the clock's now. */
    static final Rule<IncidentReport> INC_002 = Rule.of("INC-002", ERROR, "A §3", IncidentReport.class, (r, ctx, sink) -> {
        if (r.detectedAt().isBefore(r.occurredAt())) {
            sink.report(JsonPointer.of("detectedAt"));
        }
        if (r.reportedAt().isBefore(r.detectedAt())) {
            sink.report(JsonPointer.of("reportedAt"));
        }
        Instant now = ctx.now();
        reportIfFuture(r.occurredAt(), now, "occurredAt", sink);
        reportIfFuture(r.detectedAt(), now, "detectedAt", sink);
        reportIfFuture(r.reportedAt(), now, "reportedAt", sink);
    }).variant("future", ERROR)
            .note("Times are compared as instants, whatever their offsets; now is the clock of the options. Equal times are in order.")
            .recordIntegrity();

    private static void reportIfFuture(OffsetDateTime time, Instant now, String property, FindingSink sink) {
        if (time.toInstant().isAfter(now)) {
            sink.report("future", JsonPointer.of(property));
        }
    }

    /**
     * INC-003: information goes between the community safety and the security divisions as the case
     * needs, either way: a suspected cyber attack reaches the security division, and a cybercrime
     * that the security division (or another) received reaches the community safety division.
     */
    static final Rule<IncidentReport> INC_003 = Rule.of("INC-003", WARNING, "A §3", IncidentReport.class, (r, ctx, sink) -> {
        Optional<Agreement> agreement = ctx.agreement(r.agreementId());
        Optional<PoliceDivision> receiver = r.receivedBy().or(() -> agreement
                .filter(a -> a.arrangement() == ArrangementType.EXISTING_CHANNEL).map(a -> PoliceDivision.SECURITY));
        // The case's concern: a cyber attack is the security division's, any other cybercrime the
        // community safety division's. A report received elsewhere is passed on to it; of a report
        // whose receiver is unknown, only a suspected cyber attack can be checked.
        boolean attack = r.suspectedCyberAttack();
        PoliceDivision concerned = attack ? PoliceDivision.SECURITY : PoliceDivision.COMMUNITY_SAFETY;
        boolean receivedElsewhere = attack ? receiver.orElse(null) != concerned : receiver.isPresent() && receiver.get() != concerned;
        if (receivedElsewhere && !r.sharedWith().contains(concerned)) {
            boolean metropolitan = agreement.map(a -> a.prefecture().isMetropolitanPolice()).orElse(false);
            String variant;
            if (attack) {
                variant = metropolitan ? "metropolitanSecurity" : "";
            } else {
                variant = metropolitan ? "metropolitanCommunitySafety" : "communitySafety";
            }
            sink.report(variant, JsonPointer.of("sharedWith"));
        }
    }).variant("communitySafety", WARNING).variant("metropolitanSecurity", WARNING)
            .variant("metropolitanCommunitySafety", WARNING)
            .note("Either way (生活安全部門と警備部門等の間で): a report that suggests a cyber attack is the security division's concern, any other the community safety division's, and a report received by a division that is not its concern is shared with the one that is. The receiving division is the report's receivedBy; when absent, a report under an existing channel (needs the agreement from the ValidationContext) was received by the security division, whose channel it is, and otherwise the receiver is unknown: only a suspected cyber attack is then checked. Where the agreement shows the Metropolitan Police Department (警視庁), the message names its bureaus, 公安部 and 生活安全部.")
            .quote("なお、それぞれの事案内容に応じ、生活安全部門と警備部門等の間で必要な情報共有を図ること。");

    /**
     * INC-004 (added): the context has an agreement lookup, but not the agreement the report names,
     * so INC-001 could not be checked.
     */
    static final Rule<IncidentReport> INC_004 = Rule.of("INC-004", WARNING, "A §3", IncidentReport.class, (r, ctx, sink) -> {
        if (ctx.hasAgreementLookup() && ctx.agreement(r.agreementId()).isEmpty()) {
            sink.report(JsonPointer.of("agreementId"));
        }
    }).needs(Requirement.AGREEMENT_LOOKUP)
            .note("Added to the catalogue of DOMAIN.md: INC-001 needs the report's agreement; when a lookup is given but does not know it, this warning says INC-001 could not be checked rather than passing in silence.")
            .recordIntegrity();

    /**
     * INC-005: a report under an agreement that makes reporting conditional on the customer's consent
     * records that consent, given no later than the report.
     */
    static final Rule<IncidentReport> INC_005 = Rule.of("INC-005", ERROR, "A §3", IncidentReport.class, (r, ctx, sink) -> {
        Optional<Agreement> agreement = ctx.agreement(r.agreementId());
        if (agreement.isEmpty() || !agreement.get().hasCondition(ConditionKind.REPORT_WITH_CUSTOMER_CONSENT)) {
            return;
        }
        if (r.customerConsent().isEmpty()) {
            sink.report(JsonPointer.of("customerConsent"));
        } else if (r.customerConsent().get().givenAt().isAfter(r.reportedAt())) {
            sink.report("late", JsonPointer.of("customerConsent", "givenAt"));
        }
    }).variant("late", ERROR).needs(Requirement.AGREEMENT_LOOKUP)
            .note("Needs the agreement, from the ValidationContext; without a lookup the rule is not checked, and the report lists it as such. The notice leaves the crimes reported and what reports contain to the parties (当事者間で実情に応じて協議して決定, A §3), so a condition they agreed on reporting binds a report as the agreed crime list does (INC-001): an error. Consent given at the same instant as the report is in time.")
            .quote("通報を求めるサイバー犯罪の内容については、協定を締結する当事者間で実情に応じて協議して決定することを原則とする");

    static List<Rule<?>> all() {
        return List.of(INC_001, INC_002, INC_003, INC_004, INC_005);
    }
}
