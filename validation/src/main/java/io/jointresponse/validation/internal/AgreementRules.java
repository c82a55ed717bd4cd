package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AgreedCrime;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.TargetGround;
import io.jointresponse.core.crime.CrimeType;
import io.jointresponse.core.finding.JsonPointer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules of joint-response agreements (notice 217, §1 to §3). */
final class AgreementRules {

    private AgreementRules() {}

    /**
     * AGR-001: a partner outside the four named sectors is a target on a recorded ground: as likely
     * to be targeted as the named sectors (first paragraph, 等), or added as necessary with the basis
     * of the addition (second paragraph). A warning: the notice names examples, not a closed list.
     */
    static final Rule<Agreement> AGR_001 = Rule.of("AGR-001", WARNING, "A §1", Agreement.class, (a, ctx, sink) -> {
        if (a.arrangement() == ArrangementType.EXISTING_CHANNEL || a.partner().sector().isNamedTarget()) {
            return;
        }
        Optional<TargetGround> ground = a.targetGround();
        Optional<AdditionBasis> basis = a.additionBasis();
        if (ground.isEmpty() && basis.isEmpty()) {
            sink.report(JsonPointer.of("targetGround"));
        } else if (ground.orElse(TargetGround.ADDED_AS_NECESSARY) == TargetGround.ADDED_AS_NECESSARY) {
            if (basis.isEmpty()) {
                sink.report("basis", JsonPointer.of("additionBasis"));
            } else if (basis.get().description().isBlank()) {
                sink.report("description", JsonPointer.of("additionBasis", "description"));
            }
        }
    }).variant("basis", WARNING).variant("description", WARNING)
            .quote("サイバー犯罪の標的となるおそれが高い金融機関、仮想通貨交換事業者、データセンター事業者、オンラインショップ事業者等を締結対象とすること。また、社会的反響が大きいサイバー犯罪が発生した場合など、前記以外の民間事業者等との共同対処が必要と認められるときは、必要に応じ、締結対象の追加を検討すること。")
            .note("The four sectors are examples (等), not a closed list. A partner of sector OTHER is a proper target on either ground of Agreement.targetGround: HIGH_RISK_LIKE_NAMED_SECTORS (first paragraph; nothing more is owed) or ADDED_AS_NECESSARY (second paragraph; the additionBasis says what made joint response necessary, such as a cybercrime with large social impact, and describes it). An additionBasis without a ground records the second. Neither recorded: a warning at /targetGround; an addition without its basis, or with a blank description: a warning at /additionBasis or its description. Existing-channel arrangements are not agreements, so the sectors of agreement targets do not apply to them.");

    /**
     * AGR-002: where the partner already shares information with the security division, the notice
     * says not to insist on an agreement; an agreement made anyway records why.
     */
    static final Rule<Agreement> AGR_002 = Rule.of("AGR-002", WARNING, "A §1", Agreement.class, (a, ctx, sink) -> {
        boolean hasChannel = a.partner().securityDivisionChannel() || a.existingChannel().isPresent();
        if (a.arrangement() == ArrangementType.JOINT_RESPONSE_AGREEMENT && hasChannel
                && Texts.isBlank(a.reasonDespiteExistingChannel())) {
            sink.report(JsonPointer.of("reasonDespiteExistingChannel"));
        }
    })
            .note("The notice says not to insist on an agreement (拘泥することなく) where the security division already shares information with the business; it does not forbid one. A JOINT_RESPONSE_AGREEMENT whose partner has such a channel (Partner.securityDivisionChannel, or a recorded existingChannel) is warned only when no reason for making it anyway is recorded (reasonDespiteExistingChannel), at that property. The alternative the notice offers is the EXISTING_CHANNEL arrangement.")
            .quote("なお、既に都道府県警察の警備部門と民間事業者との間で、サイバー攻撃の未然防止等を目的とした情報共有体制が確立されている場合には、本件の共同対処協定の締結に拘泥することなく、既存の窓口を活用し、通報を促すとともに、各部門間で連携した対処を行うなど、本件の共同対処の趣旨に沿った取組を行うこと。");

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
            .note("E/W: OUTSOURCED without a vendor, and NOT_OUTSOURCED with vendors, are errors; UNKNOWN is a warning, since the notice asks to establish it only as far as possible (可能な限り把握). It applies to existing-channel arrangements too: the vendor may be the practical counterpart whatever form the joint response takes.")
            .quote("そのため、共同対処協定の締結先は民間事業者であるものの、実質的な共同対処はセキュリティ関連事業者と実施する場合も想定されるので、この委託の有無についても可能な限り把握するなどして、共同対処に当たって齟齬が生じないように努めること。");

    /**
     * AGR-004: a concluded agreement lists the cybercrimes the parties agreed the partner reports,
     * and a crime outside the catalogue is described as agreed.
     */
    static final Rule<Agreement> AGR_004 = Rule.of("AGR-004", ERROR, "A §3", Agreement.class, (a, ctx, sink) -> {
        List<AgreedCrime> crimes = a.reportableCrimes();
        boolean owesList = a.arrangement() == ArrangementType.JOINT_RESPONSE_AGREEMENT && a.status() != AgreementStatus.DRAFT;
        if (crimes.isEmpty() && owesList) {
            sink.report(JsonPointer.of("reportableCrimes"));
        }
        for (int i = 0; i < crimes.size(); i++) {
            if (crimes.get(i).type() == CrimeType.OTHER && Texts.isBlank(crimes.get(i).description())) {
                sink.report("description", JsonPointer.of("reportableCrimes").append(i).append("description"));
            }
        }
    }).variant("description", ERROR)
            .quote("通報を求めるサイバー犯罪の内容については、協定を締結する当事者間で実情に応じて協議して決定することを原則とするが、主として、不正アクセス行為、DoS攻撃、不正指令電磁的記録の供用行為、フィッシング行為等が想定される。")
            .note("The parties decide the reportable crimes in consultation; a concluded agreement (IN_FORCE or TERMINATED) records what they decided, so an empty list is an error. A DRAFT is still being negotiated and owes no list yet. An existing-channel arrangement is not an agreement and owes no agreed list (its reports are encouraged through the channel); where any record lists a crime of type OTHER, it needs the description the parties agreed.");

    /**
     * AGR-005: the life-cycle dates are in order (drafted ≤ started ≤ each amendment ≤ terminated)
     * and the status agrees with them on the clock's today. An agreement starts on its conclusion; an
     * existing-channel arrangement on the establishment of its channel, and has no conclusion.
     */
    static final Rule<Agreement> AGR_005 = Rule.of("AGR-005", ERROR, "A §1", Agreement.class, (a, ctx, sink) -> {
        boolean channel = a.arrangement() == ArrangementType.EXISTING_CHANNEL;
        if (channel && a.concludedOn().isPresent()) {
            sink.report("channelConcluded", JsonPointer.of("concludedOn"));
        }
        if (channel && a.existingChannel().isEmpty()) {
            // Without its channel the record has no start to check; AGR-006 reports the missing channel.
            return;
        }
        JsonPointer start = channel ? JsonPointer.of("existingChannel", "establishedOn") : JsonPointer.of("concludedOn");
        checkOrder(a, start, sink);
        checkStatus(a, start, ctx.today(), sink);
    }).variant("inForce", ERROR).variant("terminated", ERROR).variant("draft", ERROR).variant("channelConcluded", ERROR)
            .recordIntegrity()
            .note("Order: drafted ≤ started ≤ each amendment ≤ terminated, where an agreement starts on its conclusion and an existing-channel arrangement on the day its channel was established (amendments are compared with the drafting date when no start is recorded). Status, on the clock's today: IN_FORCE needs a start on or before today and no termination on or before today (a termination still to come, as for a fixed term, is allowed); TERMINATED needs a start and a termination on or before today; DRAFT has neither. An existing-channel arrangement is not concluded: a conclusion date on one is an error.");

    /**
     * AGR-006: an existing-channel arrangement names the channel the business has with the security
     * division: with which unit, and since when; and its partner is recorded as having that channel.
     */
    static final Rule<Agreement> AGR_006 = Rule.of("AGR-006", ERROR, "A §1", Agreement.class, (a, ctx, sink) -> {
        if (a.arrangement() != ArrangementType.EXISTING_CHANNEL) {
            return;
        }
        Optional<ExistingChannel> channel = a.existingChannel();
        if (channel.isEmpty()) {
            sink.report(JsonPointer.of("existingChannel"));
        } else if (channel.get().securityUnit().isBlank()) {
            sink.report("unit", JsonPointer.of("existingChannel", "securityUnit"));
        }
        if (!a.partner().securityDivisionChannel()) {
            sink.report("partner", JsonPointer.of("partner", "securityDivisionChannel"));
        }
    }).variant("unit", ERROR).variant("partner", ERROR)
            .quote("なお、既に都道府県警察の警備部門と民間事業者との間で、サイバー攻撃の未然防止等を目的とした情報共有体制が確立されている場合には、本件の共同対処協定の締結に拘泥することなく、既存の窓口を活用し、通報を促すとともに、各部門間で連携した対処を行うなど、本件の共同対処の趣旨に沿った取組を行うこと。")
            .note("The arrangement rests on a channel that is already established (確立されている): the record names it, with the unit of the security division (Tokyo: 公安部) the business shares information with and the day it was established, and its partner is recorded as sharing information with the security division.");

    private static void checkOrder(Agreement a, JsonPointer startPointer, FindingSink sink) {
        Optional<LocalDate> drafted = a.draftedOn();
        Optional<LocalDate> started = a.startedOn();
        Optional<LocalDate> terminated = a.terminatedOn();
        if (isBefore(started, drafted)) {
            sink.report(startPointer);
        }
        // Amendments follow the start, or the drafting when no start is recorded.
        Optional<LocalDate> start = started.isPresent() ? started : drafted;
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

    private static void checkStatus(Agreement a, JsonPointer startPointer, LocalDate today, FindingSink sink) {
        Optional<LocalDate> started = a.startedOn();
        Optional<LocalDate> terminated = a.terminatedOn();
        switch (a.status()) {
            case DRAFT:
                started.ifPresent(d -> sink.report("draft", startPointer));
                terminated.ifPresent(d -> sink.report("draft", JsonPointer.of("terminatedOn")));
                break;
            case IN_FORCE:
                // In force today: started on or before today, not terminated on or before today.
                if (started.isEmpty() || started.get().isAfter(today)) {
                    sink.report("inForce", startPointer);
                }
                if (terminated.isPresent() && !terminated.get().isAfter(today)) {
                    sink.report("inForce", JsonPointer.of("terminatedOn"));
                }
                break;
            case TERMINATED:
                if (started.isEmpty()) {
                    sink.report("terminated", startPointer);
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
        return List.of(AGR_001, AGR_002, AGR_003, AGR_004, AGR_005, AGR_006);
    }
}
