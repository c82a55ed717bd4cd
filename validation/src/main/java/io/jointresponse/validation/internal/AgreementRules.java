package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.JsonPointer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules of joint-response agreements (notice 217, §1 to §3). */
final class AgreementRules {

    private AgreementRules() {}

    /** AGR-001: a partner outside the four named sectors needs a recorded basis for adding it. */
    static final Rule<Agreement> AGR_001 = Rule.of("AGR-001", ERROR, "A §1", Agreement.class, (a, ctx, sink) -> {
        if (a.partner().sector().isNamedTarget()) {
            return;
        }
        Optional<AdditionBasis> basis = a.additionBasis();
        if (basis.isEmpty()) {
            sink.report(JsonPointer.of("additionBasis"));
        } else if (basis.get().description().isBlank()) {
            sink.report(JsonPointer.of("additionBasis", "description"));
        }
    })
            .note("A partner in sector OTHER needs an addition basis whose description is not blank; reported at /additionBasis, or at its description when blank.");

    /** AGR-002: a partner with an existing security-division channel needs no separate agreement. */
    static final Rule<Agreement> AGR_002 = Rule.of("AGR-002", WARNING, "A §1", Agreement.class, (a, ctx, sink) -> {
        if (a.arrangement() == ArrangementType.JOINT_RESPONSE_AGREEMENT && a.partner().securityDivisionChannel()) {
            sink.report(JsonPointer.of("arrangement"));
        }
    })
            .note("Reported at /arrangement: the alternative the notice offers is the EXISTING_CHANNEL arrangement.");

    /** AGR-003: whether the partner outsources security, and to whom, is recorded. */
    static final Rule<Agreement> AGR_003 = Rule.of("AGR-003", ERROR, "A §2", Agreement.class, (a, ctx, sink) -> {
        Partner p = a.partner();
        switch (p.outsourcing()) {
            case OUTSOURCED:
                if (p.securityVendors().isEmpty()) {
                    sink.report(JsonPointer.of("partner", "securityVendors"));
                }
                break;
            case NOT_OUTSOURCED:
                if (!p.securityVendors().isEmpty()) {
                    sink.report("notOutsourced", JsonPointer.of("partner", "securityVendors"));
                }
                break;
            case UNKNOWN:
                sink.report("unknown", JsonPointer.of("partner", "outsourcing"));
                break;
            default:
                throw new IllegalStateException("Unknown outsourcing status");
        }
    }).variant("unknown", WARNING).variant("notOutsourced", ERROR)
            .note("E/W: OUTSOURCED without a vendor, and NOT_OUTSOURCED with vendors, are errors; UNKNOWN is a warning, since the notice asks to establish it only as far as possible.");

    /** AGR-004: the reportable crimes are agreed, and a crime outside the catalogue is described. */
    static final Rule<Agreement> AGR_004 = Rule.of("AGR-004", ERROR, "A §3", Agreement.class, (a, ctx, sink) -> {
        List<AgreedCrime> crimes = a.reportableCrimes();
        if (crimes.isEmpty()) {
            sink.report(JsonPointer.of("reportableCrimes"));
        }
        for (int i = 0; i < crimes.size(); i++) {
            if (crimes.get(i).type() == CrimeType.OTHER && Texts.isBlank(crimes.get(i).description())) {
                sink.report("description", JsonPointer.of("reportableCrimes").append(i).append("description"));
            }
        }
    }).variant("description", ERROR);

    /**
     * AGR-005: the life-cycle dates are in order (drafted ≤ concluded ≤ each amendment ≤ terminated)
     * and the status agrees with them on the clock's today.
     */
    static final Rule<Agreement> AGR_005 = Rule.of("AGR-005", ERROR, "A §1", Agreement.class, (a, ctx, sink) -> {
        checkOrder(a, sink);
        checkStatus(a, ctx.today(), sink);
    }).variant("inForce", ERROR).variant("terminated", ERROR).variant("draft", ERROR)
            .note("Order: drafted ≤ concluded ≤ each amendment ≤ terminated (amendments are compared with the drafting date when no conclusion is recorded). Status, on the clock's today: IN_FORCE needs a conclusion on or before today and no termination on or before today (a termination still to come, as for a fixed term, is allowed); TERMINATED needs a conclusion and a termination on or before today; DRAFT has neither date.");

    private static void checkOrder(Agreement a, FindingSink sink) {
        Optional<LocalDate> drafted = a.draftedOn();
        Optional<LocalDate> concluded = a.concludedOn();
        Optional<LocalDate> terminated = a.terminatedOn();
        if (isBefore(concluded, drafted)) {
            sink.report(JsonPointer.of("concludedOn"));
        }
        // Amendments follow the conclusion, or the drafting when no conclusion is recorded.
        Optional<LocalDate> start = concluded.isPresent() ? concluded : drafted;
        List<LocalDate> amended = a.amendedOn();
        for (int i = 0; i < amended.size(); i++) {
            Optional<LocalDate> amendment = Optional.of(amended.get(i));
            if (isBefore(amendment, start) || isBefore(terminated, amendment)) {
                sink.report(JsonPointer.of("amendedOn").append(i));
            }
        }
        if (isBefore(terminated, start)) {
            sink.report(JsonPointer.of("terminatedOn"));
        }
    }

    private static void checkStatus(Agreement a, LocalDate today, FindingSink sink) {
        Optional<LocalDate> concluded = a.concludedOn();
        Optional<LocalDate> terminated = a.terminatedOn();
        switch (a.status()) {
            case DRAFT:
                concluded.ifPresent(d -> sink.report("draft", JsonPointer.of("concludedOn")));
                terminated.ifPresent(d -> sink.report("draft", JsonPointer.of("terminatedOn")));
                break;
            case IN_FORCE:
                // In force today: concluded on or before today, not terminated on or before today.
                if (concluded.isEmpty() || concluded.get().isAfter(today)) {
                    sink.report("inForce", JsonPointer.of("concludedOn"));
                }
                if (terminated.isPresent() && !terminated.get().isAfter(today)) {
                    sink.report("inForce", JsonPointer.of("terminatedOn"));
                }
                break;
            case TERMINATED:
                if (concluded.isEmpty()) {
                    sink.report("terminated", JsonPointer.of("concludedOn"));
                }
                if (terminated.isEmpty() || terminated.get().isAfter(today)) {
                    sink.report("terminated", JsonPointer.of("terminatedOn"));
                }
                break;
            default:
                throw new IllegalStateException("Unknown agreement status");
        }
    }

    /** @return true when both dates are present and the first is strictly before the second */
    private static boolean isBefore(Optional<LocalDate> first, Optional<LocalDate> second) {
        return first.isPresent() && second.isPresent() && first.get().isBefore(second.get());
    }

    static List<Rule<?>> all() {
        return List.of(AGR_001, AGR_002, AGR_003, AGR_004, AGR_005);
    }
}
