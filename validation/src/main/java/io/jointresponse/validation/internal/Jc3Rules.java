package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.jc3.DisclosureExemption;
import io.jointresponse.core.jc3.ExemptionBasis;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.core.sharing.Recipient;
import io.jointresponse.core.sharing.RecipientType;
import io.jointresponse.core.sharing.ShareSource;
import io.jointresponse.core.sharing.SourceOrigin;
import java.util.List;
import java.util.Optional;

/** The rules of cooperation with JC3 (notice 185, §3). */
final class Jc3Rules {

    private Jc3Rules() {}

    private static final String EXCEPTION = "exception";

    /** JC3-001: a liaison, whichever way information flows, names the NPA division it goes through, one of the two. */
    static final Rule<Jc3Liaison> JC3_001 = Rule.of("JC3-001", ERROR, "B §3(1)", Jc3Liaison.class, (l, ctx, sink) -> {
        if (l.channel().isEmpty()) {
            sink.report(JsonPointer.of("channel"));
        } else if (!l.channel().get().isJointResponseDivision()) {
            sink.report("role", JsonPointer.of("channel"));
        }
    }).variant("role", ERROR)
            .note("Every liaison is checked, whether the police receive information from JC3, provide it (捜査等で得られた情報も含め, §2) or both. The notice leaves the choice between the two divisions to the content (両課のうち、内容に応じて適当と考えられる所属): the rule requires one of them and does not tie a subject to either.")
            .quote("警察とJC3との連絡調整は、警察庁生活安全局情報技術犯罪対策課及び警察庁警備局警備企画課が行うので、事件捜査、被害防止対策、教養訓練その他の活動に関してJC3の活用等を図る場合には、両課のうち、内容に応じて適当と考えられる所属を通じて行われたい。");

    /**
     * JC3-002: information JC3 provided, and other information about JC3 such as the record of a
     * liaison, is not disclosed to third parties in principle: marked for disclosure without a
     * recorded exception it is an error, with one a warning.
     */
    static final Rule<Jc3Liaison> JC3_002 = Rule.of("JC3-002", ERROR, "B §3(2)", Jc3Liaison.class, (l, ctx, sink) -> {
        List<Jc3Information> received = l.receivedInformation();
        for (int i = 0; i < received.size(); i++) {
            Jc3Information information = received.get(i);
            if (information.marking() == HandlingMarking.THIRD_PARTY_DISCLOSURE) {
                sink.report(variant(information.disclosureExemption()), JsonPointer.of("receivedInformation").append(i).append("marking"));
            }
        }
        if (l.marking() == HandlingMarking.THIRD_PARTY_DISCLOSURE) {
            sink.report(variant(l.disclosureExemption()), JsonPointer.of("marking"));
        }
    }).variant(EXCEPTION, WARNING)
            .note("Covers what JC3 provided (receivedInformation) and other information about JC3, such as the record of the liaison itself (its marking); what the police provide to JC3 is their own and is not covered. The prohibition holds in principle (原則として): an exception counts as recorded when it states its basis and who approved it (and describes an OTHER basis); disclosure with one is reviewed (a warning), without one it is an error.")
            .quote("警察とJC3との情報共有は、秘密保持契約等に基づいて行われるものであり、原則として第三者への開示等は禁止されていることから、JC3から提供された情報その他のJC3に関する情報については、適切な管理を徹底されたい。");

    /**
     * JC3-003: content of an onward share that came from JC3 does not go to third parties without a
     * recorded exception; with one, it is reviewed.
     */
    static final Rule<OnwardShare> JC3_003 = Rule.of("JC3-003", ERROR, "B §3(2)", OnwardShare.class, (s, ctx, sink) -> {
        if (!goesBeyondJc3(s.recipients())) {
            return;
        }
        List<ShareSource> sources = s.sources();
        for (int i = 0; i < sources.size(); i++) {
            ShareSource source = sources.get(i);
            if (source.origin() == SourceOrigin.JC3) {
                sink.report(variant(source.disclosureExemption()), JsonPointer.of("sources").append(i).append("origin"));
            }
        }
    }).variant(EXCEPTION, WARNING).concerns(Jc3Rules::carriesContentFromJc3)
            .note("Checked on the share's recorded sources: a source of origin JC3 in a share to any recipient other than JC3 itself (an onward share goes to third parties outside the police, notice 217 §7) needs a recorded exception, as JC3-002 counts one; with it the share is reviewed (a warning). A share only to JC3 discloses nothing to a third party. Notice 185 is applied to a share (and warned of as lapsed, NTC-004) only when it records a source from JC3.")
            .quote("警察とJC3との情報共有は、秘密保持契約等に基づいて行われるものであり、原則として第三者への開示等は禁止されていることから、JC3から提供された情報その他のJC3に関する情報については、適切な管理を徹底されたい。");

    /** Notice 185 governs a share only through what it carries from JC3. */
    private static boolean carriesContentFromJc3(OnwardShare share) {
        return share.sources().stream().anyMatch(source -> source.origin() == SourceOrigin.JC3);
    }

    private static boolean goesBeyondJc3(List<Recipient> recipients) {
        for (Recipient recipient : recipients) {
            if (recipient.type() != RecipientType.JC3) {
                return true;
            }
        }
        return false;
    }

    /** The main message without a recorded exception, the exception variant with one. */
    private static String variant(Optional<DisclosureExemption> exemption) {
        return isRecorded(exemption) ? EXCEPTION : "";
    }

    /** An exception is recorded when it names who approved it and describes a basis of OTHER. */
    static boolean isRecorded(Optional<DisclosureExemption> exemption) {
        if (exemption.isEmpty()) {
            return false;
        }
        DisclosureExemption e = exemption.get();
        return !e.approvedBy().isBlank() && (e.basis() != ExemptionBasis.OTHER || !Texts.isBlank(e.description()));
    }

    static List<Rule<?>> all() {
        return List.of(JC3_001, JC3_002, JC3_003);
    }
}
